"""`assist-app cases list`, `case show` and `demo`: commands on the case database."""

from __future__ import annotations

import argparse
import dataclasses
import datetime as dt

from assist_app.catalog.describe import kind_label
from assist_app.catalog.model import LANGUAGES
from assist_app.cli.output import print_json, print_table
from assist_app.services.core import Core
from assist_app.services.demo_data import fill_demo


def register(commands: argparse._SubParsersAction) -> None:
    cases = commands.add_parser("cases", help="list open cases by nearest due date")
    sub = cases.add_subparsers(dest="cases_command", metavar="{list}", required=True)
    listing = sub.add_parser("list", help="open cases, overdue first")
    listing.add_argument("--format", choices=["text", "json"], default="text")
    listing.add_argument("--limit", type=int, default=50)
    listing.add_argument("--lang", choices=LANGUAGES, default="ja")
    listing.set_defaults(run=cmd_cases_list, needs_core=True)

    case = commands.add_parser("case", help="show one case")
    sub = case.add_subparsers(dest="case_command", metavar="{show}", required=True)
    show = sub.add_parser("show", help="a case with its checklist and history")
    show.add_argument("case_id", type=int, metavar="ID")
    show.add_argument("--format", choices=["text", "json"], default="text")
    show.add_argument("--lang", choices=LANGUAGES, default="ja")
    show.set_defaults(run=cmd_case_show, needs_core=True)

    demo = commands.add_parser("demo", help="fill the database with fictional residents and cases")
    demo.add_argument("--residents", type=int, default=12)
    demo.set_defaults(run=cmd_demo, needs_core=True)


def cmd_cases_list(args: argparse.Namespace, core: Core) -> int:
    cases = core.cases.list_open_cases(args.actor, limit=args.limit, lang=args.lang)
    today = dt.date.today()
    if args.format == "json":
        print_json([{**dataclasses.asdict(c), "days_left": c.days_left(today)} for c in cases])
        return 0
    rows = [["case", "next due", "days", "event", "resident", "next step"]]
    for c in cases:
        days = c.days_left(today)
        overdue = days is not None and days < 0
        rows.append(
            [
                str(c.id),
                c.next_due.isoformat() if c.next_due else "—",
                ("OVERDUE " if overdue else "") + ("" if days is None else str(days)),
                c.catalog_id,
                c.resident_name,
                c.next_title or "—",
            ]
        )
    print_table(rows)
    if not cases:
        print("no open cases")
    return 0


def cmd_case_show(args: argparse.Namespace, core: Core) -> int:
    view = core.cases.get_case(args.actor, args.case_id, lang=args.lang)
    if args.format == "json":
        print_json(dataclasses.asdict(view))
        return 0
    s = view.summary
    print(
        f"Case {s.id}: {s.catalog_id} {view.catalog_version}, event {s.event_date}"
        + (f", known {view.known_date}" if view.known_date else "")
    )
    print(f"Resident {s.resident_id}: {s.resident_name} ({s.resident_kana})  status: {s.status}")
    rows = [
        [
            i.due_date.isoformat() if i.due_date else "—",
            kind_label(i.due_kind, args.lang),
            i.short_code,
            i.status + (f": {i.blocked_reason}" if i.blocked_reason else ""),
            i.title + (" [to confirm]" if i.applies == "to_confirm" else ""),
        ]
        for i in view.items
    ]
    print_table(rows)
    print(f"History: {len(view.history)} entries")
    for h in view.history[-10:]:
        print(f"  {h.at:%Y-%m-%d %H:%M} {h.helper or '-'}: {h.action} {h.procedure_id or ''}".rstrip())
    return 0


def cmd_demo(args: argparse.Namespace, core: Core) -> int:
    created = fill_demo(core, args.actor, residents=args.residents)
    print(f"added {created.residents} fictional residents and {created.cases} cases to {core.database.url}")
    return 0
