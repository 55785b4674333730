"""How the command line gets the database key: keychain, ASSIST_APP_PASSPHRASE, or asking.

In a terminal the passphrase (and, with ``--recovery-key``, the recovery key) is asked for without
echo; in a script it comes from the environment, and a missing one is a one-line
message saying which variable to set. Nothing secret is printed or logged.
"""

from __future__ import annotations

import argparse
import getpass
import os
import sys
from collections.abc import Callable
from typing import TypeVar

from assist_app.cli.usage import BadData, UsageError
from assist_app.security import SecretStore
from assist_app.security.database_key import (
    ENV_PASSPHRASE,
    Credentials,
    PassphraseRequired,
    RecoveryKeyRequired,
    SigningSecrets,
    UnlockError,
    unlock_database_key,
)
from assist_app.security.passphrase_vault import WeakPassphrase, WrongPassphrase

ENV_NEW_PASSPHRASE = "ASSIST_APP_NEW_PASSPHRASE"
T = TypeVar("T")


def add_options(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--recovery-key",
        action="store_true",
        help="open the database with the recovery key from its recovery sheet, when neither the keychain "
        "nor the passphrase can; the key is asked for (or read as one line from standard input), so it "
        "stays out of the shell history",
    )
    parser.add_argument(
        "--read-only",
        action="store_true",
        help="open the database read-only (to read what is left of a damaged file)",
    )


def interactive() -> bool:
    """Someone at a terminal can be asked (else the answer must come from the environment)."""
    return sys.stdin is not None and sys.stdin.isatty()


def ask_hidden(prompt: str) -> str:
    """Ask without echo (a PIN, a passphrase, a password); Ctrl+D or Ctrl+C: "cancelled"."""
    try:
        return getpass.getpass(prompt)
    except (EOFError, KeyboardInterrupt):
        raise UsageError("cancelled") from None


def ask_new_passphrase() -> str:
    """A new passphrase from ASSIST_APP_NEW_PASSPHRASE, else asked twice in a terminal."""
    given = os.environ.get(ENV_NEW_PASSPHRASE)
    if given:
        return given
    if not interactive():
        raise UsageError(f"set {ENV_NEW_PASSPHRASE} to the new passphrase (or run this in a terminal)")
    first = ask_hidden("New passphrase: ")
    if ask_hidden("The same passphrase again: ") != first:
        raise UsageError("the two passphrases differ; nothing was changed")
    return first


def credentials_from(args: argparse.Namespace) -> Credentials:
    recovery = None
    if getattr(args, "recovery_key", False):
        if not interactive():
            recovery = sys.stdin.readline().strip() if sys.stdin else ""
        else:
            recovery = ask_hidden("Recovery key (from the recovery sheet): ")
        if not recovery:
            raise UsageError("no recovery key was given")
    return Credentials.from_environment(recovery)


def with_credentials(args: argparse.Namespace, attempt: Callable[[Credentials], T]) -> T:
    """Run ``attempt`` with what the environment gives; in a terminal, ask for what is missing."""
    credentials = credentials_from(args)
    try:
        return attempt(credentials)
    except PassphraseRequired as exc:
        if not interactive():
            verb = "choose one and set" if exc.first_start else "set"
            raise BadData(f"{exc} ({verb} {ENV_PASSPHRASE}, or run this in a terminal)") from None
        print(str(exc), file=sys.stderr)
        if exc.first_start:
            credentials.new_passphrase = ask_new_passphrase()
        else:
            credentials.passphrase = ask_hidden("Passphrase: ")
    except RecoveryKeyRequired as exc:
        raise BadData(f"{exc} (run the command again with --recovery-key)") from None
    try:
        return attempt(credentials)
    except (WrongPassphrase, WeakPassphrase) as exc:
        raise BadData(str(exc)) from None


def signing_secrets(args: argparse.Namespace) -> SigningSecrets:
    """Where this installation's signing key is, for commands that do not open the database; built
    as ``open_core`` builds ``Core.secrets``: the keychain, and the passphrase vault (with
    ASSIST_APP_PASSPHRASE) as the unlocking opens it, so that a key made here is saved in the vault."""
    from assist_app.config import load_config, resolve_data_dir
    from assist_app.security.key_file import key_file_path
    from assist_app.security.server_password import find_password
    from assist_app.storage import postgres
    from assist_app.storage.database import sqlite_path

    config = load_config(resolve_data_dir(args.data_dir))
    keychain = SecretStore()
    credentials = Credentials.from_environment()
    path = sqlite_path(config.database_url)
    vault = None
    try:
        if path is None:
            server = postgres.describe(postgres.without_password(config.database_url)[0])
            vault = find_password(server, config.data_dir, credentials, keychain).vault
        elif key_file_path(path).exists():  # never make a database key here: no database is opened
            unlocked = unlock_database_key(key_file_path(path), credentials, keychain, database_exists=True)
            vault = unlocked.vault
    except UnlockError:
        pass  # no vault: the keychain's own failure says what is wrong when the key is needed
    return SigningSecrets(keychain, vault)
