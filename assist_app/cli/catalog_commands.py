"""`assist-app catalog …` and `assist-app checklist`: catalogs and derived checklists, no database."""

from __future__ import annotations

import argparse
import datetime as dt
import json
from pathlib import Path

from assist_app import paths
from assist_app.catalog import Catalog, CatalogError, Library, load_library, parse_catalog, parse_office_layer
from assist_app.catalog.answers import normalize_answers
from assist_app.catalog.describe import describe_deadline, kind_label
from assist_app.checklist import derive_checklist
from assist_app.cli.output import print_json, print_table
from assist_app.cli.usage import BadData, UsageError, parse_date

_WEEKDAYS = {"ja": "月火水木金土日", "en": ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]}


def register(commands: argparse._SubParsersAction) -> None:
    catalog = commands.add_parser("catalog", help="list, show and check procedure catalogs")
    sub = catalog.add_subparsers(dest="catalog_command", metavar="{list,show,check}", required=True)
    sub.add_parser("list", help="catalogs and office layers that load").set_defaults(run=cmd_list)
    show = sub.add_parser("show", help="questions and procedures of a catalog")
    show.add_argument("event")
    show.add_argument("--lang", choices=["ja", "en", "easy_ja"], default="ja")
    show.set_defaults(run=cmd_show)
    check = sub.add_parser("check", help="validate catalog and office files (all bundled ones by default)")
    check.add_argument("paths", nargs="*", type=Path)
    check.set_defaults(run=cmd_check)

    checklist = commands.add_parser("checklist", help="derive a checklist from answers (no database)")
    checklist.add_argument("event")
    checklist.add_argument("--date", required=True, type=parse_date, help="event date YYYY-MM-DD")
    checklist.add_argument("--known-on", type=parse_date, help="day the event became known")
    answers = checklist.add_mutually_exclusive_group()
    answers.add_argument("--answer", action="append", default=[], metavar="ID=VALUE")
    answers.add_argument("--answers", type=Path, metavar="FILE.json")
    checklist.add_argument("--lang", choices=["ja", "en", "easy_ja"], default="ja")
    checklist.add_argument("--format", choices=["text", "json"], default="text")
    checklist.add_argument("--ward", help="office layer to use (default: generic)")
    checklist.set_defaults(run=cmd_checklist)


def _library() -> Library:
    return load_library(paths.catalogs_dir(), paths.offices_dir())


def _catalog(library: Library, event: str) -> Catalog:
    catalog = library.catalog(event)
    if catalog is None:
        known = ", ".join(sorted(library.catalogs)) or "none"
        broken = " (its file has errors: run `assist-app catalog check`)" if library.problems else ""
        raise BadData(f"no catalog {event!r}{broken}; available: {known}")
    return catalog


def cmd_list(args: argparse.Namespace) -> int:
    library = _library()
    rows = [
        [c.id, c.version, c.checked_on.isoformat(), str(len(c.procedures)), c.title.ja]
        for c in library.catalogs.values()
    ]
    print_table([["id", "version", "checked on", "procedures", "title"], *rows])
    wards = [layer.id for layer in library.wards()]
    print(f"office layers: generic{', ' if wards else ''}{', '.join(wards)}")
    if library.problems:
        print(f"{len(library.problems)} problem(s) in catalog files; run `assist-app catalog check`")
        return 1
    return 0


def cmd_show(args: argparse.Namespace) -> int:
    catalog = _catalog(_library(), args.event)
    lang = args.lang
    print(f"{catalog.title.get(lang)}  ({catalog.id} {catalog.version}, checked {catalog.checked_on})")
    print("\nQuestions:")
    for q in catalog.questions:
        options = " / ".join(f"{o.value}={o.label.get(lang)}" for o in q.options)
        kind = {"yes_no": "yes/no", "choice": options}.get(q.type.value, q.type.value)
        print(f"  {q.id}: {q.text.get(lang)}  [{kind} / unknown]")
    print("\nProcedures:")
    for p in catalog.procedures:
        flag = "" if p.verified else "  (unverified)"
        print(f"  {p.short_code} {p.id}: {p.title.get(lang)}{flag}")
        print(f"      {describe_deadline(p.deadline, lang)}")
        print(f"      {p.basis.text.get(lang)}")
    return 0


def cmd_check(args: argparse.Namespace) -> int:
    if not args.paths:
        library = _library()
        for problem in library.problems:
            print(problem)
        for c in library.catalogs.values():
            print(_summary(c))
        print(f"ok: {len(library.layers)} office layer(s): {', '.join(sorted(library.layers))}")
        return 1 if library.problems else 0
    generic = _library().layers.get("generic")
    office_ids = set(generic.offices) if generic else None
    failed = 0
    for path in args.paths:
        try:
            if _is_office_layer(path):
                layer = parse_office_layer(path, None if path.stem == "generic" else office_ids)
                print(f"ok: {path.name}: office layer {layer.id}, {len(layer.offices)} offices")
            else:
                c = parse_catalog(path, office_ids)
                print(_summary(c))
        except CatalogError as exc:
            failed += 1
            for problem in exc.problems:
                print(problem)
    return 1 if failed else 0


def _summary(c: Catalog) -> str:
    name = c.source.name if c.source else c.id
    return f"ok: {name}: {c.id} {c.version}, {len(c.questions)} questions, {len(c.procedures)} procedures"


def _is_office_layer(path: Path) -> bool:
    try:
        with path.open("rb") as stream:
            head = stream.read(4096).decode("utf-8", "replace")
    except OSError:
        return False
    return any(line.startswith("layer:") for line in head.splitlines())


def _raw_answers(args: argparse.Namespace) -> dict:
    if args.answers:
        try:
            data = json.loads(args.answers.read_text(encoding="utf-8"))
        except OSError as exc:
            raise BadData(f"cannot read {args.answers}: {exc.strerror}") from None
        except ValueError as exc:
            raise BadData(f"{args.answers} is not valid JSON ({exc})") from None
        if not isinstance(data, dict):
            raise BadData(f"{args.answers} must hold a JSON object of question id to answer")
        return data
    raw = {}
    for item in args.answer:
        key, sep, value = item.partition("=")
        if not sep or not key:
            raise UsageError(f"--answer expects ID=VALUE, got {item!r}")
        raw[key.strip()] = value.strip()
    return raw


def _date_text(day: dt.date | None, lang: str) -> str:
    if day is None:
        return "—"
    weekday = _WEEKDAYS["en" if lang == "en" else "ja"][day.weekday()]
    return f"{day.isoformat()} ({weekday})"


def cmd_checklist(args: argparse.Namespace) -> int:
    library = _library()
    catalog = _catalog(library, args.event)
    answers = normalize_answers(catalog, _raw_answers(args))
    if args.known_on and args.known_on < args.date:
        raise BadData("--known-on cannot be before --date")
    if args.ward and args.ward not in library.layers:
        raise BadData(f"no office layer {args.ward!r}; available: {', '.join(sorted(library.layers))}")
    items = derive_checklist(catalog, args.date, answers, args.known_on)
    lang = args.lang
    if args.format == "json":
        print_json(
            [
                {
                    "id": i.procedure_id,
                    "short_code": i.procedure.short_code,
                    "title": i.procedure.title.get(lang),
                    "level": i.procedure.level.value,
                    "office": library.office(i.procedure.office, args.ward).name.get(lang),
                    "office_id": i.procedure.office,
                    "due": i.due.date,
                    "due_kind": i.due.kind.value,
                    "due_rule": describe_deadline(i.deadline, lang),
                    "basis": i.procedure.basis.text.get(lang),
                    "applies": i.applies.value,
                    "to_confirm": list(i.to_confirm),
                    "depends_on": list(i.procedure.depends_on),
                    "verified": i.procedure.verified,
                    "url": i.procedure.url,
                }
                for i in items
            ]
        )
        return 0
    confirm = "要確認" if lang != "en" else "to confirm"
    rows = []
    for i in items:
        mark = f" [{confirm}]" if i.applies.value == "to_confirm" else ""
        rows.append(
            [
                _date_text(i.due.date, lang),
                kind_label(i.due.kind, lang),
                i.procedure.short_code,
                i.procedure.title.get(lang) + mark,
                library.office(i.procedure.office, args.ward).name.get(lang),
            ]
        )
    print(f"{catalog.title.get(lang)} — {catalog.id} {catalog.version} ({catalog.checked_on})")
    print_table(rows)
    return 0
