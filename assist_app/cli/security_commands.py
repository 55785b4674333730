"""`assist-app backup`, `restore`, `check`, `recovery-sheet` and `passphrase set`."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from assist_app.cli.unlocking import ask_new_passphrase, with_credentials
from assist_app.cli.usage import BadData, UsageError
from assist_app.config import load_config, resolve_data_dir
from assist_app.folder_lock import FolderLock
from assist_app.security import SecretStore
from assist_app.services.core import Core


def register(commands: argparse._SubParsersAction) -> None:
    backup = commands.add_parser("backup", help="make an encrypted backup of the database now")
    backup.add_argument(
        "-o",
        "--output",
        metavar="FILE",
        help="write it here (default: the backups folder of the data folder)",
    )
    backup.set_defaults(run=cmd_backup, needs_core=True)

    restore = commands.add_parser(
        "restore", help="put a backup in place of the database (the replaced file is kept)"
    )
    which = restore.add_mutually_exclusive_group(required=True)
    which.add_argument("file", nargs="?", metavar="FILE", help="a backup of this database")
    which.add_argument("--latest", action="store_true", help="the newest backup that passes its check")
    restore.set_defaults(run=cmd_restore)

    check = commands.add_parser("check", help="check the database file for damage")
    check.add_argument("--full", action="store_true", help="also cross-check every index (slower)")
    check.set_defaults(run=cmd_check, needs_core=True, needs_actor=False)  # shows page numbers only

    sheet = commands.add_parser(
        "recovery-sheet",
        help="write the recovery sheet (recovery key as text and QR code) as a PDF to print (supervisor)",
    )
    sheet.add_argument("-o", "--output", metavar="FILE", required=True)
    sheet.set_defaults(run=cmd_recovery_sheet, needs_core=True)

    passphrase = commands.add_parser(
        "passphrase", help="protect the database key with a passphrase (supervisor)"
    )
    sub = passphrase.add_subparsers(dest="passphrase_command", metavar="{set}", required=True)
    set_ = sub.add_parser(
        "set", help="choose a new passphrase (from ASSIST_APP_NEW_PASSPHRASE, or asked in a terminal)"
    )
    set_.set_defaults(run=cmd_passphrase_set, needs_core=True)


def cmd_backup(args: argparse.Namespace, core: Core) -> int:
    destination = Path(args.output) if args.output else None
    if destination is not None and destination.exists():
        raise UsageError(f"{destination} already exists; choose a new file name")
    made = core.backups.backup_now("manual", destination, actor=args.actor)
    print(f"wrote {made} (encrypted with this database's key; open it with its recovery key elsewhere)")
    return 0


def cmd_restore(args: argparse.Namespace) -> int:
    from assist_app.services.database_opening import restore_from_backup

    config = load_config(resolve_data_dir(args.data_dir))
    source = None
    if args.file:
        source = Path(args.file)
        if not source.is_file():
            raise BadData(f"{source} is not a file")
    with FolderLock(config.data_dir) as lock:
        if not lock.acquire():  # a file swapped under an open window would be written over by it
            raise BadData(
                "the app is open on this data folder; close its window (or restore from the app "
                "when it offers it), then restore"
            )
        result = with_credentials(
            args, lambda credentials: restore_from_backup(config, credentials, SecretStore(), source)
        )
    kept = f"; the replaced file was kept as {result.set_aside}" if result.set_aside else ""
    print(f"restored {Path(result.restored).name}{kept}")
    return 0


def cmd_check(args: argparse.Namespace, core: Core) -> int:
    from assist_app.storage.integrity import check_connection

    if core.database.path is None:
        raise BadData(
            "this database is on a PostgreSQL server, which checks its own files; ask its administrator "
            "(data checksums, amcheck)"
        )
    with core.database.engine.connect() as conn:
        problems = check_connection(conn.connection.dbapi_connection, full=args.full)
    if problems:
        for problem in problems:
            print(problem, file=sys.stderr)
        return 1
    print(f"ok ({'full' if args.full else 'quick'} check of {core.database.path or core.database.url})")
    return 0


def cmd_recovery_sheet(args: argparse.Namespace, core: Core) -> int:
    Path(args.output).write_bytes(core.database_key.recovery_sheet_pdf(args.actor))
    print(f"wrote {args.output}: print it, keep it locked away from the computer, then delete the file")
    return 0


def cmd_passphrase_set(args: argparse.Namespace, core: Core) -> int:
    core.database_key.set_passphrase(args.actor, ask_new_passphrase())
    print("passphrase set: it opens the database when the keychain cannot")
    return 0
