"""Which database a data folder uses: its own SQLite file (the default) or a PostgreSQL server.

``config.json`` gets the server's URL without its password; the password goes to the keychain (or,
where none works, the passphrase vault), see ``security.server_password``. The settings dialog and
``assist-app database`` both come here. The choice takes effect at the next start.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy.engine import make_url
from sqlalchemy.exc import ArgumentError

from assist_app.config import Config, save_database_url
from assist_app.messages import message_of
from assist_app.security import SecretStore, SecretStoreError
from assist_app.security.database_key import Credentials
from assist_app.security.server_password import (
    find_password,
    store_password,
    vault_path,
)
from assist_app.services.errors import InvalidInput
from assist_app.storage import postgres


@dataclass(frozen=True)
class DatabaseChoice:
    url: str | None  # as written to config.json, never with a password; None: the SQLite file
    password_kept: str | None = None  # "keychain" or "passphrase" when a password was stored


def parse_database_url(text: str | None) -> tuple[str | None, str | None]:
    """What the helper typed, as (URL for config.json, password it carried). Empty: the default file."""
    text = (text or "").strip()
    if not text:
        return None, None
    try:
        backend = make_url(text).get_backend_name()
    except ArgumentError:
        backend = None
    if backend == "sqlite":
        return text, None
    try:
        url = postgres.server_url(text)
    except postgres.UnsupportedDatabase as exc:
        raise InvalidInput(message_of(exc)) from None
    return postgres.without_password(url)


def choose_database(
    data_dir: Path,
    url_text: str | None,
    password: str | None = None,
    keychain: SecretStore | None = None,
    credentials: Credentials | None = None,
) -> DatabaseChoice:
    """Use ``url_text`` from the next start; ``password`` (or the one inside the URL) is kept for
    that server. No password given: the one stored before, if any, stays. Raises InvalidInput for
    a URL that is not a SQLite file or a PostgreSQL server, SecretStoreError subclasses when the
    password cannot be kept (ServerPassphraseRequired: the vault's passphrase is needed)."""
    url, in_url = parse_database_url(url_text)
    password = password or in_url
    kept = None
    if url is not None and postgres.is_server_url(url) and password:
        kept = store_password(
            postgres.describe(url), password, data_dir, keychain or SecretStore(), credentials
        )
    save_database_url(data_dir, url)
    return DatabaseChoice(url, kept)


def password_source(config: Config, keychain: SecretStore | None = None) -> str | None:
    """Where the server's password will come from: "environment", "keychain", "passphrase" (the
    vault: asked for at start) or "none"; None for a SQLite file. Reads no secret it need not."""
    if not postgres.is_server_url(config.database_url):
        return None
    if os.environ.get(postgres.ENV_PASSWORD):
        return "environment"
    try:
        found = find_password(
            postgres.describe(config.database_url), config.data_dir, Credentials(), keychain or SecretStore()
        )
    except SecretStoreError:  # only the vault has it (PassphraseRequired), or it is unreadable
        return "passphrase" if vault_path(config.data_dir).exists() else "none"
    return found.source
