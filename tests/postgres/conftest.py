"""A real PostgreSQL server: each test gets a database of its own, created empty and dropped after.

The server is named by ASSIST_APP_TEST_POSTGRES_URL (``.ci/run`` starts one and sets it); its role
must be allowed to create databases. Without it every test here is skipped, saying why.

Test databases are created with a Japanese collation, as a ward office's server would likely have:
glibc's ja_JP.UTF-8 where the server's machine has that locale (``.ci/run`` generates it), else
ICU's ja-JP; both compare text differently from SQLite, which is the point.
"""

from __future__ import annotations

import os
import uuid
from pathlib import Path

import pytest
from sqlalchemy.engine import make_url

from assist_app.config import CONFIG_FILE, Config
from assist_app.security import SecretStore
from assist_app.security.server_password import store_password
from assist_app.storage import postgres

ENV_SERVER = "ASSIST_APP_TEST_POSTGRES_URL"
SERVER = os.environ.get(ENV_SERVER)

# CREATE DATABASE clauses, most wanted first
COLLATIONS = {
    "libc ja_JP.UTF-8": "LOCALE 'ja_JP.UTF-8'",
    "ICU ja-JP": "LOCALE_PROVIDER icu ICU_LOCALE 'ja-JP' LOCALE 'C.UTF-8'",
}


def conninfo(url) -> str:
    """The libpq form of a SQLAlchemy URL (for psycopg used directly)."""
    return make_url(url).set(drivername="postgresql").render_as_string(hide_password=False)


def admin():
    import psycopg

    return psycopg.connect(conninfo(SERVER), autocommit=True)


@pytest.fixture(autouse=True)
def _needs_server() -> None:
    if not SERVER:
        pytest.skip(f"{ENV_SERVER} is not set: no PostgreSQL server to test against (.ci/run starts one)")


class Databases:
    """Makes empty databases on the test server; drops them (and their connections) at the end."""

    def __init__(self) -> None:
        self.made: list[str] = []

    def create(self, collation: str | None = None) -> str:
        """The URL (with the test role's password) of a new empty database."""
        import psycopg

        name = f"assist_t_{uuid.uuid4().hex[:12]}"
        choices = [collation] if collation else list(COLLATIONS)
        with admin() as conn:
            for choice in choices:
                try:
                    conn.execute(f"CREATE DATABASE {name} TEMPLATE template0 {COLLATIONS[choice]}")
                    break
                except psycopg.Error as exc:
                    problem = exc
            else:
                pytest.skip(f"the test server cannot make a database with the collation {choice}: {problem}")
        self.made.append(name)
        return make_url(SERVER).set(database=name).render_as_string(hide_password=False)

    def drop_all(self) -> None:
        with admin() as conn:
            for name in self.made:
                conn.execute(f"DROP DATABASE IF EXISTS {name} WITH (FORCE)")


@pytest.fixture
def databases():
    made = Databases()
    yield made
    made.drop_all()


@pytest.fixture
def pg_url(databases, request) -> str:
    """A fresh, empty database; the URL carries the password (for the storage layer's own tests).
    Parametrize it indirectly with a key of COLLATIONS to choose the database's collation."""
    return databases.create(getattr(request, "param", None))


@pytest.fixture
def config(tmp_path: Path, pg_url: str, monkeypatch) -> Config:
    """The app's configuration for the fresh database as a ward office would have it: config.json
    holds the URL without the password, the password is in the keychain (the in-memory one)."""
    monkeypatch.delenv("PGPASSWORD", raising=False)
    url, password = postgres.without_password(pg_url)
    store_password(postgres.describe(url), password, tmp_path, SecretStore())
    (tmp_path / CONFIG_FILE).write_text(f'{{"database_url": "{url}"}}', encoding="utf-8")
    return Config(data_dir=tmp_path, database_url=url)
