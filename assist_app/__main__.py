"""Entry point: with no command, the desktop app; with a command, the command line.

This module sits outside both layers so that neither the core nor the command line imports Qt.
"""

from __future__ import annotations

import sys


def _is_gui_launch(argv: list[str]) -> bool:
    """No command given: only ``--data-dir DIR`` (or ``--data-dir=DIR``), if anything."""
    if not argv:
        return True
    if len(argv) == 1:
        return argv[0].startswith("--data-dir=")
    return len(argv) == 2 and argv[0] == "--data-dir"


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else list(argv)
    if _is_gui_launch(argv):
        try:
            from assist_app.gui.app import run
        except ImportError as error:  # Qt's own libraries missing (libGL, libxcb…): say which
            print(
                f"assist-app: the desktop window cannot start: {error}.\n"
                "Install the system libraries Qt needs (README, first lines); "
                "the commands still work: assist-app --help",
                file=sys.stderr,
            )
            return 1
        return run(argv)
    from assist_app.cli.main import main as cli_main

    return cli_main(argv)


if __name__ == "__main__":
    sys.exit(main())
