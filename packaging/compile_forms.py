"""Compile the Qt Designer forms in ui/ into assist_app/gui/forms/ui_*.py.

`python packaging/compile_forms.py` writes them; `--check` only reports forms that are out of date
(CI runs it), so the committed Python always matches the .ui files.
"""

from __future__ import annotations

import argparse
import re
import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
FORMS_SRC = ROOT / "ui"
FORMS_OUT = ROOT / "assist_app" / "gui" / "forms"
HEADER = "# Automatically generated from ui/{name} by packaging/compile_forms.py — do not edit.\n"


def uic() -> str:
    found = shutil.which("pyside6-uic") or str(Path(sys.executable).parent / "pyside6-uic")
    return found


IMPORT_BLOCK = re.compile(r"^from (PySide6\.\w+) import (?:\(([^)]*)\)|([^\n(]*))$", re.MULTILINE)


def prune_imports(code: str) -> str:
    """uic imports dozens of Qt names whether used or not; each costs start-up time (PySide
    creates the type on first import), and the main window's form is on the first-paint path."""
    body = IMPORT_BLOCK.sub("", code)

    def used_only(match: re.Match) -> str:
        listed = match.group(2) if match.group(2) is not None else match.group(3)
        names = [n.strip() for n in listed.replace("\n", " ").split(",") if n.strip()]
        used = [n for n in names if re.search(rf"\b{n}\b", body)]
        if not used:
            return ""
        return f"from {match.group(1)} import {', '.join(used)}"

    return IMPORT_BLOCK.sub(used_only, code)


def compile_form(form: Path) -> str:
    result = subprocess.run([uic(), "--from-imports", str(form)], capture_output=True, text=True, check=True)
    lines = [line for line in result.stdout.splitlines() if not line.startswith("## ")]
    body = re.sub(r"\n{3,}", "\n\n", prune_imports("\n".join(lines))).strip() + "\n"
    return HEADER.format(name=form.name) + body


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--check", action="store_true")
    args = parser.parse_args(argv)
    stale = []
    for form in sorted(FORMS_SRC.glob("*.ui")):
        target = FORMS_OUT / f"ui_{form.stem}.py"
        text = compile_form(form)
        if args.check:
            if not target.exists() or target.read_text(encoding="utf-8") != text:
                stale.append(target.relative_to(ROOT))
        else:
            target.write_text(text, encoding="utf-8")
    if stale:
        print("out of date (run python packaging/compile_forms.py):", *stale, sep="\n  ")
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
