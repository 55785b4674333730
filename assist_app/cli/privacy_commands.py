"""`assist-app audit verify|list`, `report`, `export-resident`, `erase-resident`,
`retention preview|apply|days`.

The audit log, retention and its erasing are for a supervisor; the export and the erasure on a
resident's request for any helper who looks after that resident.
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path

from assist_app.catalog.model import LANGUAGES
from assist_app.cli.output import print_table
from assist_app.cli.usage import EXIT_BAD_DATA, UsageError
from assist_app.services.backup_service import KEEP
from assist_app.services.core import Core

# Backups are whole copies of the file: they are not edited, so they age out instead.
BACKUPS_KEEP = (
    "backups made before now still hold them until they are rotated out "
    f"(the last {KEEP['daily']} daily backups are kept)"
)


def register(commands: argparse._SubParsersAction) -> None:
    audit = commands.add_parser("audit", help="the audit log (supervisor)")
    sub = audit.add_subparsers(dest="audit_command", metavar="{verify,list}", required=True)
    verify = sub.add_parser("verify", help="check the hash chain; reports the first broken link")
    verify.set_defaults(run=cmd_audit_verify, needs_core=True)
    listing = sub.add_parser("list", help="the latest entries, newest first")
    listing.add_argument("--limit", type=int, default=50)
    listing.add_argument("--resident", type=int, metavar="ID")
    listing.add_argument("--case", type=int, metavar="ID")
    listing.add_argument("--format", choices=["text", "json"], default="text")
    listing.set_defaults(run=cmd_audit_list, needs_core=True)

    report = commands.add_parser(
        "report", help="open, overdue and closed cases per event and helper (supervisor)"
    )
    report.add_argument("--format", choices=["text", "json"], default="text")
    report.set_defaults(run=cmd_report, needs_core=True)

    export = commands.add_parser(
        "export-resident", help="everything held about a resident, as JSON and PDF, for them"
    )
    export.add_argument("resident_id", type=int, metavar="ID")
    export.add_argument("-o", "--output", required=True, metavar="DIR")
    export.add_argument("--lang", choices=LANGUAGES, help="default: the resident's language")
    export.set_defaults(run=cmd_export, needs_core=True)

    erase = commands.add_parser(
        "erase-resident", help="the resident withdraws consent: erase everything about them"
    )
    erase.add_argument("resident_id", type=int, metavar="ID")
    erase.add_argument("--yes", action="store_true", help="confirm: this cannot be undone")
    erase.set_defaults(run=cmd_erase, needs_core=True)

    retention = commands.add_parser("retention", help="erase closed cases after the retention period")
    sub = retention.add_subparsers(dest="retention_command", metavar="{preview,apply,days}", required=True)
    sub.add_parser("preview", help="what would be erased now").set_defaults(run=cmd_preview, needs_core=True)
    apply = sub.add_parser("apply", help="erase what the preview lists")
    apply.add_argument("--yes", action="store_true", help="confirm: this cannot be undone")
    apply.set_defaults(run=cmd_apply, needs_core=True)
    days = sub.add_parser("days", help="set the retention period in days (supervisor)")
    days.add_argument("days", type=int)
    days.set_defaults(run=cmd_days, needs_core=True)


def cmd_audit_verify(args: argparse.Namespace, core: Core) -> int:
    check = core.audit.verify(args.actor)
    if check.ok:
        print(f"ok, {check.rows} rows")
        return 0
    print(f"assist-app: the audit log is broken at row {check.broken_at}: {check.problem}")
    return EXIT_BAD_DATA


def cmd_audit_list(args: argparse.Namespace, core: Core) -> int:
    entries = core.audit.entries(args.actor, limit=args.limit, resident_id=args.resident, case_id=args.case)
    if args.format == "json":
        from assist_app.cli.output import print_json

        print_json(entries)
        return 0
    rows = [["row", "at (UTC)", "helper", "kind", "action", "resident", "case"]]
    for e in entries:
        who = f"{e.helper_id} {e.role}" if e.helper_id is not None else e.role
        rows.append(
            [
                str(e.id),
                f"{e.at:%Y-%m-%d %H:%M:%S}",
                who,
                e.kind,
                e.action,
                str(e.resident_id or ""),
                str(e.case_id or (json.dumps(e.record_ids) if e.record_ids else "")),
            ]
        )
    print_table(rows)
    return 0


def cmd_report(args: argparse.Namespace, core: Core) -> int:
    report = core.reports.summary(args.actor)
    if args.format == "json":
        from assist_app.cli.output import print_json

        print_json(report)
        return 0
    print(f"{report.residents} residents on {report.today}")
    rows = [["event", "open", "overdue", "closed"]]
    rows += [[e.catalog_id, str(e.open), str(e.overdue), str(e.closed)] for e in report.by_event]
    print_table(rows)
    rows = [["helper", "role", "open", "overdue"]]
    rows += [[h.name, h.role, str(h.open), str(h.overdue)] for h in report.by_helper]
    print_table(rows)
    return 0


def cmd_export(args: argparse.Namespace, core: Core) -> int:
    files = core.exports.export_resident(args.actor, args.resident_id, Path(args.output), lang=args.lang)
    print(f"wrote {files.json_path} and {files.pdf_path}")
    return 0


def cmd_erase(args: argparse.Namespace, core: Core) -> int:
    if not args.yes:
        raise UsageError("erasing cannot be undone; add --yes to confirm")
    cases = core.residents.withdraw_consent(args.actor, args.resident_id)
    print(f"erased resident {args.resident_id} and {cases} case(s); {BACKUPS_KEEP}")
    return 0


def _print_preview(preview) -> None:
    print(f"retention: {preview.retention_days} days; closed before {preview.cutoff:%Y-%m-%d} goes")
    if preview.empty:
        print("nothing to erase")
        return
    rows = [["case", "closed", "event", "resident"]]
    rows += [
        [str(c.case_id), f"{c.closed_at:%Y-%m-%d}", c.catalog_id, f"{c.resident_id}"] for c in preview.cases
    ]
    print_table(rows)
    if preview.residents:
        print("residents with nothing left: " + ", ".join(str(r.resident_id) for r in preview.residents))


def cmd_preview(args: argparse.Namespace, core: Core) -> int:
    _print_preview(core.retention.preview(args.actor))
    return 0


def cmd_apply(args: argparse.Namespace, core: Core) -> int:
    preview = core.retention.preview(args.actor)
    _print_preview(preview)
    if preview.empty:
        return 0
    if not args.yes:
        raise UsageError("erasing cannot be undone; add --yes to confirm")
    result = core.retention.apply(args.actor, preview)
    print(f"erased {result.cases} case(s) and {result.residents} resident(s); {BACKUPS_KEEP}")
    return 0


def cmd_days(args: argparse.Namespace, core: Core) -> int:
    policies = core.policies.set_policy(args.actor, "retention_days", args.days)
    print(f"retention period: {policies.retention_days} days")
    return 0
