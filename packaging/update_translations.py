"""Interface translations: extract the strings (pyside6-lupdate) into resources/translations/
assist_<lang>.ts and compile each .ts into the .qm the app loads (pyside6-lrelease).

    python packaging/update_translations.py               extract, keep existing translations, compile
    python packaging/update_translations.py --unfinished  list what still needs translating, as TSV
    python packaging/update_translations.py --apply F.tsv fill translations in from a TSV, then compile
    python packaging/update_translations.py --apply F.ts  fill in what is unfinished from another .ts
                                                          (the other side of a merge), then compile
    python packaging/update_translations.py --check       CI: fail if anything is untranslated, a
                                                          placeholder or accelerator is lost, or a .qm
                                                          is older than its .ts

The core's messages (assist_app.messages) are Qt-free, so lupdate cannot find them in the source:
every template is written out for it as a QT_TRANSLATE_NOOP call (context CoreMessages) in a
temporary file, so they land in the .ts like any other string, and --check fails while one of them
has no translation.

TSV lines are ``context<TAB>source<TAB>translation``, with newlines written as ``\\n``; the output
of --unfinished, with a third column added, is what --apply reads. Keep ``{name}`` placeholders,
``%n`` and ``(Ctrl+…)`` texts as they are; put the accelerator as ``(&X)`` after Japanese text.
"""

from __future__ import annotations

import argparse
import json
import re
import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TS_DIR = ROOT / "resources" / "translations"
LANGUAGES = ("ja",)
PLACEHOLDER = re.compile(r"\{\w*\}|%n|%\d")
ACCELERATOR = re.compile(r"&(?!&)\w")


def tool(name: str) -> str:
    return shutil.which(name) or str(Path(sys.executable).parent / name)


def sources() -> list[str]:
    gui = ROOT / "assist_app" / "gui"
    files = [p for p in gui.rglob("*.py") if "forms" not in p.parts]
    return [str(p) for p in sorted(files)] + [str(p) for p in sorted((ROOT / "ui").glob("*.ui"))]


def core_messages(folder: Path) -> Path:
    """A file of QT_TRANSLATE_NOOP calls, one per template of the core's messages, for lupdate."""
    if str(ROOT) not in sys.path:
        sys.path.insert(0, str(ROOT))
    from assist_app.messages import CONTEXT, all_templates

    calls = [
        f"QT_TRANSLATE_NOOP({json.dumps(CONTEXT)}, {json.dumps(t.text, ensure_ascii=False)})"
        for t in all_templates()
    ]
    path = folder / "core_messages.py"
    path.write_text("\n".join(calls) + "\n", encoding="utf-8")
    return path


def lupdate(ts: Path) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        core = core_messages(Path(tmp))
        subprocess.run(
            [
                tool("pyside6-lupdate"),
                "-no-obsolete",
                "-locations",
                "none",
                *sources(),
                str(core),
                "-ts",
                str(ts),
            ],
            check=True,
            capture_output=True,
        )


def lrelease(ts: Path, qm: Path) -> None:
    subprocess.run([tool("pyside6-lrelease"), "-silent", str(ts), "-qm", str(qm)], check=True)


def messages(ts: Path):
    """(context, source, translation element) for every message of a .ts file."""
    tree = ET.parse(ts)
    for context in tree.getroot().iter("context"):
        name = context.findtext("name")
        for message in context.iter("message"):
            yield name, message.findtext("source"), message.find("translation")


def text_of(translation: ET.Element) -> str:
    """The translated text; a message with %n keeps it in its one numerus form (Japanese has one)."""
    forms = translation.findall("numerusform")
    return (forms[0].text or "") if forms else (translation.text or "")


def is_unfinished(translation: ET.Element | None) -> bool:
    return translation is None or translation.get("type") == "unfinished" or not text_of(translation).strip()


def problems(ts: Path) -> list[str]:
    found = []
    for context, source, translation in messages(ts):
        where = f"{context}: {source!r}"
        if is_unfinished(translation):
            found.append(f"not translated — {where}")
            continue
        text = text_of(translation)
        if sorted(PLACEHOLDER.findall(source)) != sorted(PLACEHOLDER.findall(text)):
            found.append(f"placeholders differ — {where} → {text!r}")
        if bool(ACCELERATOR.search(source)) != bool(ACCELERATOR.search(text)):
            found.append(f"accelerator (&) missing or added — {where} → {text!r}")
    return found


def escape(text: str) -> str:
    return text.replace("\\", "\\\\").replace("\t", "\\t").replace("\n", "\\n")


def unescape(text: str) -> str:
    return re.sub(r"\\([\\tn])", lambda m: {"\\": "\\", "t": "\t", "n": "\n"}[m.group(1)], text)


def apply(ts: Path, table: Path) -> int:
    wanted = {}
    from_ts = table.suffix == ".ts"
    if from_ts:
        wanted = {(c, s): text_of(t) for c, s, t in messages(table) if not is_unfinished(t)}
    else:
        for line in table.read_text(encoding="utf-8").splitlines():
            if line.strip():
                context, source, text = line.split("\t")
                wanted[(unescape(context), unescape(source))] = unescape(text)
    tree = ET.parse(ts)
    filled = 0
    for context in tree.getroot().iter("context"):
        name = context.findtext("name")
        for message in context.iter("message"):
            text = wanted.get((name, message.findtext("source")))
            if text is None or (from_ts and not is_unfinished(message.find("translation"))):
                continue
            translation = message.find("translation")
            if translation is None:
                translation = ET.SubElement(message, "translation")
            if message.get("numerus") == "yes":
                forms = translation.findall("numerusform") or [ET.SubElement(translation, "numerusform")]
                for form in forms:
                    form.text = text
            else:
                translation.text = text
            translation.attrib.pop("type", None)
            filled += 1
    tree.write(ts, encoding="utf-8", xml_declaration=True)
    return filled


def check(ts: Path) -> list[str]:
    with tempfile.TemporaryDirectory() as tmp:
        copy = Path(tmp) / ts.name
        shutil.copy(ts, copy)
        lupdate(copy)
        found = problems(copy)
        if copy.read_bytes() != ts.read_bytes():
            found.append(f"{ts.name} is not up to date with the source: run update_translations.py")
        qm = Path(tmp) / "check.qm"
        lrelease(ts, qm)
        committed = ts.with_suffix(".qm")
        if not committed.exists() or committed.read_bytes() != qm.read_bytes():
            found.append(f"{committed.name} is not compiled from {ts.name}: run update_translations.py")
    return found


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser()
    action = parser.add_mutually_exclusive_group()
    action.add_argument("--check", action="store_true")
    action.add_argument("--unfinished", action="store_true")
    action.add_argument("--apply", metavar="TSV_OR_TS", type=Path)
    args = parser.parse_args(argv)
    status = 0
    for lang in LANGUAGES:
        ts = TS_DIR / f"assist_{lang}.ts"
        if args.check:
            found = check(ts)
            if found:
                print(f"{ts.name}: {len(found)} problems:", *found[:40], sep="\n  ")
                status = 1
            continue
        lupdate(ts)
        if args.unfinished:
            for context, source, translation in messages(ts):
                if is_unfinished(translation):
                    print(f"{escape(context)}\t{escape(source)}")
            continue
        if args.apply:
            print(f"{ts.name}: {apply(ts, args.apply)} translations filled in")
            lupdate(ts)  # back to lupdate's own layout
        lrelease(ts, ts.with_suffix(".qm"))
        left = sum(1 for *_, t in messages(ts) if is_unfinished(t))
        print(f"{ts.name}: {left} unfinished")
    return status


if __name__ == "__main__":
    sys.exit(main())
