"""Migrations and the append-only guards on a real PostgreSQL server: empty to head, the schema of
the models, a newer database refused, a failed migration rolled back whole, and the plpgsql triggers
of migration 0003 refusing UPDATE, DELETE and TRUNCATE of history and the audit log, except the
erasure of a resident."""

from __future__ import annotations

import datetime as dt
import shutil
import textwrap

import pytest
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from sqlalchemy import inspect, text

from assist_app.services.views import ConsentInput, ResidentInput
from assist_app.storage import DatabaseTooNew, create_database_engine, open_database, upgrade_database
from assist_app.storage.erasure import erase_resident
from assist_app.storage.migrate import MIGRATIONS_DIR, current_revision
from assist_app.storage.models import Base
from assist_app.storage.schema_revisions import HEAD, REVISIONS


def test_an_empty_database_is_migrated_to_head_with_the_models_schema(empty_pg_url):
    database = open_database(empty_pg_url)
    try:
        assert current_revision(database.engine) == HEAD
        with database.engine.connect() as conn:
            assert {"cases", "checklist_items", "residents", "history", "audit_log", "audit_anchor"} <= set(
                inspect(conn).get_table_names()
            )
            diff = compare_metadata(MigrationContext.configure(conn), Base.metadata)
            collation = conn.execute(
                text(
                    "SELECT collation_name FROM information_schema.columns "
                    "WHERE table_name = 'resident_search_keys' AND column_name = 'key'"
                )
            ).scalar()
        # erasure_marker is the migrations' own table, not a model.
        assert [d for d in diff if not (d[0] == "remove_table" and d[1].name == "erasure_marker")] == []
        assert collation == "C"
    finally:
        database.dispose()
    open_database(empty_pg_url).dispose()  # opening again migrates nothing and changes nothing
    engine = create_database_engine(empty_pg_url)
    assert current_revision(engine) == HEAD
    engine.dispose()


def test_a_database_from_a_newer_release_is_refused_untouched(pg_url):
    open_database(pg_url).dispose()
    engine = create_database_engine(pg_url)
    with engine.begin() as conn:
        conn.execute(text("UPDATE alembic_version SET version_num = '9999'"))
    with pytest.raises(DatabaseTooNew, match="newer release"):
        open_database(pg_url)
    assert current_revision(engine) == "9999"
    engine.dispose()


def test_a_foreign_database_is_refused(empty_pg_url):
    engine = create_database_engine(empty_pg_url)
    with engine.begin() as conn:
        conn.execute(text("CREATE TABLE photos (id INTEGER)"))
    with pytest.raises(Exception, match="not a Procedure Assist database"):
        open_database(empty_pg_url)
    engine.dispose()


def test_a_failed_migration_rolls_back_whole(pg_url, tmp_path):
    open_database(pg_url).dispose()
    following = f"{int(HEAD) + 1:04d}"
    scripts = tmp_path / "migrations"
    shutil.copytree(MIGRATIONS_DIR, scripts, ignore=shutil.ignore_patterns("__pycache__"))
    (scripts / "versions" / f"{following}_fails.py").write_text(
        textwrap.dedent(f"""
        import sqlalchemy as sa
        from alembic import op

        revision = "{following}"
        down_revision = "{HEAD}"

        def upgrade():
            op.add_column("residents", sa.Column("nickname", sa.String(50)))
            op.execute("DELETE FROM policies")
            op.execute("SELECT no_such_function()")
        """)
    )
    engine = create_database_engine(pg_url)
    with engine.begin() as conn:
        conn.execute(text("INSERT INTO policies (key, value) VALUES ('retention_days', '365')"))
    with pytest.raises(Exception, match="no_such_function"):
        upgrade_database(engine, None, target=following, known=(*REVISIONS, following), scripts=scripts)
    assert current_revision(engine) == HEAD
    assert "nickname" not in {c["name"] for c in inspect(engine).get_columns("residents")}
    with engine.connect() as conn:
        assert conn.execute(text("SELECT value FROM policies")).scalar() == "365"
    engine.dispose()


@pytest.fixture
def stored(core, accounts):
    """One resident with a case: history rows and audit rows exist. Returns the resident's id."""
    helper = accounts.add("counter_staff", "試験 窓口")
    resident = core.residents.add_resident(
        helper, ResidentInput("見本 花子", "ミホン ハナコ"), ConsentInput("記録", dt.date(2026, 11, 1))
    )
    case = core.cases.open_case(helper, resident.id, "mini", dt.date(2026, 11, 1), {"insurance": "nhi"})
    core.cases.set_status(helper, case.items[0].id, "done")
    return resident.id


@pytest.mark.parametrize(
    ("statement", "refusal"),
    [
        ("UPDATE history SET action = 'x'", "history is append-only"),
        ("DELETE FROM history", "history is append-only"),
        ("TRUNCATE history CASCADE", "history is append-only"),
        ("DELETE FROM residents", "history is append-only"),  # the cascade reaches history
        ("DELETE FROM cases", "history is append-only"),
        ("UPDATE audit_log SET action = 'x'", "the audit log is append-only"),
        ("DELETE FROM audit_log WHERE id = 1", "the audit log is append-only"),
        ("TRUNCATE audit_log", "the audit log is append-only"),
        ("UPDATE audit_anchor SET row_count = 1", "the audit anchor only moves forward"),
        ("UPDATE audit_anchor SET id = 2, row_count = row_count + 1", "the audit anchor only moves forward"),
        ("DELETE FROM audit_anchor", "the audit anchor cannot be removed"),
        ("TRUNCATE audit_anchor", "the audit anchor cannot be removed"),
        ("INSERT INTO audit_anchor (id, row_count, last_hash) VALUES (2, 0, '')", "only one audit anchor"),
    ],
)
def test_history_and_the_audit_log_refuse_changes(core, stored, statement, refusal):
    def counts():
        with core.database.session() as session:
            return [
                session.execute(text(f"SELECT count(*) FROM {table}")).scalar()
                for table in ("history", "audit_log", "audit_anchor", "residents")
            ]

    before = counts()
    with pytest.raises(Exception, match=refusal), core.database.session() as session:
        session.execute(text(statement))
    assert counts() == before and before[0] > 0 and before[1] > 0


def test_the_audit_anchor_still_moves_forward(core, stored):
    with core.database.session() as session:
        count = session.execute(text("SELECT row_count FROM audit_anchor")).scalar()
    core.audit.verify(core.accounts.sign_in(1, "2468").actor)
    with core.database.session() as session:
        assert session.execute(text("SELECT row_count FROM audit_anchor")).scalar() > count


def test_an_erasure_passes_the_guard_inside_its_own_transaction_only(core, stored):
    tables = ("residents", "consents", "cases", "checklist_items", "history", "resident_search_keys")
    with core.database.session() as session:
        erase_resident(session, stored)
        # the marker that lowered the guard is gone again before the commit
        assert session.execute(text("SELECT count(*) FROM erasure_marker")).scalar() == 0
    with core.database.session() as session:
        counts = {t: session.execute(text(f"SELECT count(*) FROM {t}")).scalar() for t in tables}
        assert session.execute(text("SELECT count(*) FROM audit_log")).scalar() > 0  # never erased
    assert counts == dict.fromkeys(tables, 0)
