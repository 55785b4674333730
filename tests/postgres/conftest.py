"""A real PostgreSQL server: each test gets a database of its own, made new and dropped after
(a copy of one migrated once per session, or an empty one for the migration tests).

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
from assist_app.storage import open_database, postgres

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


def _url(name: str) -> str:
    return make_url(SERVER).set(database=name).render_as_string(hide_password=False)


class Databases:
    """Makes databases on the test server, each new; drops them (and their connections) at the end.

    A migrated one is copied from a template migrated once per collation and session (CREATE
    DATABASE … TEMPLATE), which saves the migration in every test; ``empty=True`` gives one with
    no tables at all, for the tests of the migrations themselves."""

    def __init__(self, templates: dict[str, str]) -> None:
        self.made: list[str] = []
        self.templates = templates

    def _create_empty(self, name: str, collation: str | None) -> str:
        import psycopg

        choices = [collation] if collation else list(COLLATIONS)
        with admin() as conn:
            for choice in choices:
                try:
                    conn.execute(f"CREATE DATABASE {name} TEMPLATE template0 {COLLATIONS[choice]}")
                    return choice
                except psycopg.Error as exc:
                    problem = exc
        pytest.skip(f"the test server cannot make a database with the collation {choice}: {problem}")

    def create(self, collation: str | None = None, *, empty: bool = False) -> str:
        """The URL (with the test role's password) of a new database."""
        name = f"assist_t_{uuid.uuid4().hex[:12]}"
        if empty:
            self._create_empty(name, collation)
        else:
            template = self.templates.get(collation or "")
            if template is None:
                template = f"assist_template_{uuid.uuid4().hex[:12]}"
                self._create_empty(template, collation)
                self.templates[collation or ""] = template
                open_database(_url(template)).dispose()  # migrated to head, then left alone
            with admin() as conn:
                conn.execute(f"CREATE DATABASE {name} TEMPLATE {template}")
        self.made.append(name)
        return _url(name)

    def drop_all(self) -> None:
        with admin() as conn:
            for name in self.made:
                conn.execute(f"DROP DATABASE IF EXISTS {name} WITH (FORCE)")


@pytest.fixture(scope="session")
def _templates():
    made: dict[str, str] = {}
    yield made
    if made:
        with admin() as conn:
            for name in made.values():
                conn.execute(f"DROP DATABASE IF EXISTS {name} WITH (FORCE)")


@pytest.fixture
def databases(_templates):
    made = Databases(_templates)
    yield made
    made.drop_all()


@pytest.fixture
def pg_url(databases, request) -> str:
    """A new database at this release's schema; the URL carries the password (for the storage
    layer's own tests). Parametrize it indirectly with a key of COLLATIONS to choose the collation."""
    return databases.create(getattr(request, "param", None))


@pytest.fixture
def empty_pg_url(databases) -> str:
    """A new database with no tables at all."""
    return databases.create(empty=True)


@pytest.fixture
def config(tmp_path: Path, pg_url: str, monkeypatch) -> Config:
    """The app's configuration for the fresh database as a ward office would have it: config.json
    holds the URL without the password, the password is in the keychain (the in-memory one)."""
    monkeypatch.delenv("PGPASSWORD", raising=False)
    url, password = postgres.without_password(pg_url)
    store_password(postgres.describe(url), password, tmp_path, SecretStore())
    (tmp_path / CONFIG_FILE).write_text(f'{{"database_url": "{url}"}}', encoding="utf-8")
    return Config(data_dir=tmp_path, database_url=url)
