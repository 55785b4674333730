"""The `assist-app` command line. Exit 0 on success, 1 on bad data, 2 on usage errors; one line
of explanation and never a traceback (details without personal data go to the log file)."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence

from assist_app import __version__
from assist_app.catalog import CatalogError
from assist_app.catalog.answers import AnswerError
from assist_app.cli import (
    account_commands,
    case_commands,
    catalog_commands,
    database_commands,
    paper_commands,
    privacy_commands,
    security_commands,
    unlocking,
)
from assist_app.cli.usage import EXIT_BAD_DATA, EXIT_USAGE, BadData, UsageError
from assist_app.config import ConfigError, load_config, resolve_data_dir
from assist_app.log_setup import configure_logging, log_exception
from assist_app.security import SecretStoreError
from assist_app.services.errors import ServiceError
from assist_app.storage import DatabaseDamaged, DatabaseError

PROG = "assist-app"


class _Parser(argparse.ArgumentParser):
    def error(self, message: str):  # one line, exit 2
        self.exit(EXIT_USAGE, f"{self.prog}: error: {message} (see --help)\n")


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(
        prog=PROG, description="Procedure Assist (手続きアシスト). Without a command, opens the app."
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    parser.add_argument(
        "--data-dir",
        metavar="DIR",
        help="folder for the database, settings and logs "
        "(default: $ASSIST_APP_DATA_DIR, else the user data folder)",
    )
    parser.add_argument(
        "--helper",
        metavar="ID",
        help="sign in as this helper (default: $ASSIST_APP_HELPER, or the only account); "
        "the PIN from $ASSIST_APP_PIN or typed at a prompt",
    )
    unlocking.add_options(parser)
    commands = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=_Parser)
    catalog_commands.register(commands)
    case_commands.register(commands)
    paper_commands.register(commands)
    account_commands.register(commands)
    privacy_commands.register(commands)
    security_commands.register(commands)
    database_commands.register(commands)
    return parser


def _fail(message: str) -> int:
    print(f"{PROG}: {message}", file=sys.stderr)
    return EXIT_BAD_DATA


def _open_core(args: argparse.Namespace, data_dir):
    from assist_app.services.core import open_core

    config = load_config(data_dir)
    core = unlocking.with_credentials(
        args, lambda credentials: open_core(config, credentials=credentials, read_only=args.read_only)
    )
    if core.keys is not None and core.keys.how == "created" and core.keys.keychain_problem is not None:
        print(
            f"{PROG}: new encrypted database. {core.keys.keychain_problem.describe()} Its key is protected "
            f"by the passphrase; print its recovery sheet: {PROG} recovery-sheet -o FILE",
            file=sys.stderr,
        )
    if core.keys is not None and core.keys.how == "recovery_key" and core.keys.needs_passphrase_choice:
        print(
            f"{PROG}: opened with the recovery key; no keychain can hold the key here "
            f"({core.keys.keychain_problem}), so set a passphrase: {PROG} --recovery-key passphrase set",
            file=sys.stderr,
        )
    return core


def _after_command(core) -> None:
    """Today's scheduled backup, if it is due; a failure is reported but fails nothing."""
    try:
        core.backups.backup_if_due()
    except DatabaseError as exc:
        print(f"{PROG}: warning: the scheduled backup failed: {exc}", file=sys.stderr)


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    if args.command is None:
        parser.print_help()
        return 0
    data_dir = resolve_data_dir(args.data_dir)
    log_path = configure_logging(data_dir / "logs") if getattr(args, "needs_core", False) else None
    core = None
    try:
        if getattr(args, "needs_core", False):
            core = _open_core(args, data_dir)
            if getattr(args, "needs_actor", True):
                from assist_app.cli.sign_in import sign_in

                args.actor = sign_in(core, args.helper)
            code = args.run(args, core)
            if code == 0:
                _after_command(core)
            return code
        return args.run(args)
    except UsageError as exc:
        print(f"{PROG}: error: {exc}", file=sys.stderr)
        return EXIT_USAGE
    except CatalogError as exc:
        for problem in exc.problems:
            print(problem, file=sys.stderr)
        return EXIT_BAD_DATA
    except DatabaseDamaged as exc:
        return _fail(f"{exc} (assist-app restore --latest | --read-only)")
    except (BadData, AnswerError, ServiceError, ConfigError, DatabaseError, SecretStoreError) as exc:
        return _fail(str(exc))
    except OSError as exc:
        return _fail(f"{exc.strerror or exc.__class__.__name__}: {exc.filename or ''}".rstrip(": "))
    except Exception as exc:  # a bug: say so plainly, keep the details for the log
        log_exception(exc, "command failed")
        where = f"; details in {log_path}" if log_path else ""
        return _fail(f"unexpected error ({exc.__class__.__name__}){where}")
    finally:
        if core is not None:
            core.close()
