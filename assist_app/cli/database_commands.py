"""`assist-app database show|use|password`: which database the data folder uses.

A server's password is kept in the keychain (or, where no keychain works, the passphrase vault),
never in config.json. In a terminal it is asked for; scripts give it with ``--password-stdin``.
"""

from __future__ import annotations

import argparse
import sys

from assist_app.cli.unlocking import ask_hidden, interactive, with_credentials
from assist_app.cli.usage import BadData, UsageError
from assist_app.config import load_config, resolve_data_dir

SOURCES = {
    "environment": "from PGPASSWORD",
    "keychain": "kept in the keychain",
    "passphrase": "kept in the passphrase vault (server.keys.json; the passphrase is asked for at start)",
    "none": "none stored (the server must trust this computer, or ~/.pgpass holds it)",
}


def register(commands: argparse._SubParsersAction) -> None:
    database = commands.add_parser(
        "database", help="which database this data folder uses: its SQLite file or a PostgreSQL server"
    )
    sub = database.add_subparsers(dest="database_command", metavar="{show,use,password}", required=True)
    show = sub.add_parser("show", help="the database in use and where a server's password comes from")
    show.set_defaults(run=cmd_show)

    use = sub.add_parser(
        "use",
        help="from the next start, use a PostgreSQL server (postgresql://USER@HOST[:PORT]/DATABASE) "
        "or, with --file, the SQLite file of the data folder",
    )
    where = use.add_mutually_exclusive_group(required=True)
    where.add_argument("url", nargs="?", metavar="URL")
    where.add_argument("--file", action="store_true", help="the data folder's own SQLite file (the default)")
    _password_option(use)
    use.set_defaults(run=cmd_use)

    password = sub.add_parser("password", help="keep a new password for the server in use")
    _password_option(password)
    password.set_defaults(run=cmd_password)


def _password_option(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--password-stdin",
        action="store_true",
        help="read the server's password as one line from standard input (else it is asked for in a "
        "terminal), so it stays out of the shell history",
    )


def _read_password(args: argparse.Namespace, server: str) -> str | None:
    if args.password_stdin:
        return sys.stdin.readline().rstrip("\r\n") or None
    if interactive():
        return ask_hidden(f"Password for {server} (empty: keep the stored one): ") or None
    return None


def cmd_show(args: argparse.Namespace) -> int:
    from assist_app.services.database_choice import password_source
    from assist_app.storage import postgres, sqlite_path

    config = load_config(resolve_data_dir(args.data_dir))
    path = sqlite_path(config.database_url)
    if path is not None:
        print(f"database: {path} (SQLite file)")
        return 0
    if not postgres.is_server_url(config.database_url):
        print(f"database: {config.database_url}")
        return 0
    print(f"database: {postgres.describe(config.database_url)} (PostgreSQL server)")
    print(f"password: {SOURCES[password_source(config)]}")
    return 0


def _choose(args: argparse.Namespace, url: str | None, password: str | None = None) -> int:
    from assist_app.security import SecretStore
    from assist_app.services.database_choice import choose_database, parse_database_url
    from assist_app.storage import postgres

    data_dir = resolve_data_dir(args.data_dir)
    clean, in_url = parse_database_url(url)
    if password is None and clean is not None and postgres.is_server_url(clean) and in_url is None:
        password = _read_password(args, postgres.describe(clean))
    choice = with_credentials(
        args,
        lambda credentials: choose_database(data_dir, url, password, SecretStore(), credentials),
    )
    if choice.url is None:
        print("from the next start: the SQLite file of the data folder")
    elif postgres.is_server_url(choice.url):
        kept = f"; its password is {SOURCES[choice.password_kept]}" if choice.password_kept else ""
        print(f"from the next start: {postgres.describe(choice.url)} (PostgreSQL server){kept}")
    else:
        print(f"from the next start: {choice.url}")
    return 0


def cmd_use(args: argparse.Namespace) -> int:
    return _choose(args, None if args.file else args.url)


def cmd_password(args: argparse.Namespace) -> int:
    from assist_app.storage import postgres

    config = load_config(resolve_data_dir(args.data_dir))
    if not postgres.is_server_url(config.database_url):
        raise BadData("this data folder uses its SQLite file, which has no password")
    password = _read_password(args, postgres.describe(config.database_url))
    if password is None:
        raise UsageError("no password was given; type it in a terminal, or give it with --password-stdin")
    return _choose(args, config.database_url, password)
