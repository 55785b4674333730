"""Extract the interface strings into resources/translations/assist_ja.ts (pyside6-lupdate), and
compile every .ts into the .qm the app loads (pyside6-lrelease).

`--check` fails if a source string is missing from the .ts or still unfinished (CI runs it), so
the Japanese interface never shows an untranslated English string.
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TS_DIR = ROOT / "resources" / "translations"
LANGUAGES = ("ja",)


def tool(name: str) -> str:
    return shutil.which(name) or str(Path(sys.executable).parent / name)


def sources() -> list[str]:
    gui = ROOT / "assist_app" / "gui"
    files = [p for p in gui.rglob("*.py") if "forms" not in p.parts]
    return [str(p) for p in sorted(files)] + [str(p) for p in sorted((ROOT / "ui").glob("*.ui"))]


def lupdate(ts: Path) -> None:
    subprocess.run(
        [tool("pyside6-lupdate"), "-no-obsolete", "-locations", "none", *sources(), "-ts", str(ts)],
        check=True,
        capture_output=True,
    )


def unfinished(ts: Path) -> list[str]:
    missing = []
    for message in ET.parse(ts).getroot().iter("message"):
        translation = message.find("translation")
        if (
            translation is None
            or translation.get("type") == "unfinished"
            or not (translation.text or "").strip()
        ):
            missing.append(message.findtext("source"))
    return missing


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--check", action="store_true")
    args = parser.parse_args(argv)
    status = 0
    for lang in LANGUAGES:
        ts = TS_DIR / f"assist_{lang}.ts"
        if args.check:
            with tempfile.TemporaryDirectory() as tmp:
                copy = Path(tmp) / ts.name
                shutil.copy(ts, copy)
                lupdate(copy)
                missing = unfinished(copy)
            if missing:
                print(f"{ts.name}: {len(missing)} strings not translated:", *missing[:30], sep="\n  ")
                status = 1
            continue
        lupdate(ts)
        subprocess.run([tool("pyside6-lrelease"), str(ts), "-qm", str(ts.with_suffix(".qm"))], check=True)
        print(f"{ts.name}: {len(unfinished(ts))} unfinished")
    return status


if __name__ == "__main__":
    sys.exit(main())
