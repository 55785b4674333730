"""Migrations on real SQLite files: from empty, refusing newer, backing up, rolling back whole."""

import shutil
import textwrap
from contextlib import closing

import pytest
from alembic.config import Config as AlembicConfig
from alembic.script import ScriptDirectory
from sqlalchemy import inspect, text

from assist_app.storage import DatabaseTooNew, create_database_engine, driver, open_database, upgrade_database
from assist_app.storage.migrate import MIGRATIONS_DIR, current_revision
from assist_app.storage.schema_revisions import HEAD, REVISIONS


def test_revision_list_matches_the_migration_scripts():
    config = AlembicConfig()
    config.set_main_option("script_location", str(MIGRATIONS_DIR))
    scripts = ScriptDirectory.from_config(config)
    chain = [s.revision for s in reversed(list(scripts.walk_revisions()))]
    assert tuple(chain) == REVISIONS and scripts.get_current_head() == HEAD


def test_empty_database_is_created_at_head_with_durable_settings(tmp_path):
    db = open_database(f"sqlite:///{tmp_path / 'new.sqlite3'}", tmp_path / "backups")
    assert current_revision(db.engine) == HEAD
    assert {"cases", "checklist_items", "residents", "consents", "helpers", "history"} <= set(
        inspect(db.engine).get_table_names()
    )
    with db.engine.connect() as conn:
        assert conn.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
        assert conn.exec_driver_sql("PRAGMA synchronous").scalar() == 2  # FULL
        assert conn.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
    db.dispose()
    assert not (tmp_path / "backups").exists()  # nothing to back up in a new file


def test_database_from_a_newer_release_is_refused_untouched(tmp_path):
    path = tmp_path / "newer.sqlite3"
    open_database(f"sqlite:///{path}").dispose()
    with closing(driver.connect(path, None)) as conn:  # the app's driver: never two SQLite copies
        conn.execute("UPDATE alembic_version SET version_num = '9999'")
    with pytest.raises(DatabaseTooNew, match="newer release"):
        open_database(f"sqlite:///{path}")
    with closing(driver.connect(path, None)) as conn:
        assert conn.execute("SELECT version_num FROM alembic_version").fetchone() == ("9999",)


def test_foreign_file_is_refused(tmp_path):
    path = tmp_path / "other.sqlite3"
    with closing(driver.connect(path, None)) as conn:
        conn.execute("CREATE TABLE photos (id INTEGER)")
    with pytest.raises(Exception, match="not a Procedure Assist database"):
        open_database(f"sqlite:///{path}")


NEXT = f"{int(HEAD) + 1:04d}"  # a revision after this release's head


def failing_scripts(tmp_path):
    scripts = tmp_path / "migrations"
    shutil.copytree(MIGRATIONS_DIR, scripts, ignore=shutil.ignore_patterns("__pycache__"))
    (scripts / "versions" / f"{NEXT}_fails.py").write_text(
        textwrap.dedent(f"""
        import sqlalchemy as sa
        from alembic import op

        revision = "{NEXT}"
        down_revision = "{HEAD}"
        branch_labels = None
        depends_on = None

        def upgrade():
            op.add_column("residents", sa.Column("nickname", sa.String(50)))
            op.execute("DELETE FROM consents")
            op.execute("SELECT no_such_function()")

        def downgrade():
            pass
    """)
    )
    return scripts


def test_failed_migration_rolls_back_whole_after_a_backup(tmp_path):
    path = tmp_path / "assist.sqlite3"
    db = open_database(f"sqlite:///{path}")
    with db.session() as session:
        session.execute(
            text(
                "INSERT INTO residents (name, kana, phone, address, preferred_language, large_print, needs, "
                "created_at) "
                "VALUES ('見本 花子', '', '', '', 'ja', 0, '', '2026-11-01')"
            )
        )
        session.execute(
            text(
                "INSERT INTO consents (resident_id, scope, given_on, paper_form, recorded_at) "
                "VALUES (1, '記録', '2026-11-01', 0, '2026-11-01')"
            )
        )
    db.dispose()

    engine = create_database_engine(f"sqlite:///{path}")
    with pytest.raises(Exception, match="no_such_function"):
        upgrade_database(
            engine,
            tmp_path / "backups",
            target=NEXT,
            known=(*REVISIONS, NEXT),
            scripts=failing_scripts(tmp_path),
        )
    assert current_revision(engine) == HEAD
    columns = {c["name"] for c in inspect(engine).get_columns("residents")}
    assert "nickname" not in columns
    with engine.connect() as conn:
        assert conn.exec_driver_sql("SELECT count(*) FROM consents").scalar() == 1
        assert conn.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
    engine.dispose()
    [backup] = (tmp_path / "backups").iterdir()
    with closing(driver.connect(backup, None)) as conn:
        assert conn.execute("SELECT name FROM residents").fetchall() == [("見本 花子",)]


def test_history_is_append_only(tmp_path):
    db = open_database(f"sqlite:///{tmp_path / 'a.sqlite3'}")
    with db.session() as session:
        session.execute(text("INSERT INTO history (action, at, detail) VALUES ('x', '2026-11-01', '{}')"))
    for statement in ("UPDATE history SET action = 'y'", "DELETE FROM history"):
        with pytest.raises(Exception, match="append-only"), db.session() as session:
            session.execute(text(statement))
    db.dispose()


def test_erasure_removes_every_row_of_the_resident(core, accounts):
    import datetime as dt

    from assist_app.services.views import ConsentInput, ResidentInput
    from assist_app.storage.erasure import erase_resident

    helper = accounts.add("volunteer", "試験 担当")
    resident = core.residents.add_resident(
        helper, ResidentInput("見本 花子", "ミホン"), ConsentInput("記録", dt.date(2026, 11, 1))
    )
    core.cases.open_case(helper, resident.id, "mini", dt.date(2026, 11, 1), {"insurance": "nhi"})
    tables = ("residents", "consents", "cases", "checklist_items", "history", "resident_search_keys")
    with pytest.raises(Exception, match="append-only"), core.database.session() as session:
        session.execute(text("DELETE FROM residents"))
    with core.database.session() as session:
        erase_resident(session, resident.id)
    with core.database.session() as session:
        counts = {t: session.execute(text(f"SELECT count(*) FROM {t}")).scalar() for t in tables}
        assert counts == dict.fromkeys(tables, 0)
        assert session.execute(text("SELECT count(*) FROM erasure_marker")).scalar() == 0
