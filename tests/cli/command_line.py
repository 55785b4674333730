"""Running the command line in the test's own process, as a script would: exit code and what it
printed."""

from __future__ import annotations

from assist_app.__main__ import main


def run(capsys, *argv: str) -> tuple[int, str, str]:
    """``assist-app *argv``: (exit code, stdout, stderr), read through pytest's ``capsys``."""
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err
