"""Migration 0002 (accounts, audit log, policies) on a database file written at 0001 with data in
it: nothing is lost, a backup is taken first, and the helpers from before can carry on."""

from __future__ import annotations

import datetime as dt

import pytest
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from sqlalchemy import text

from assist_app.services.account_service import AccountService
from assist_app.services.case_service import CaseService
from assist_app.storage import create_database_engine, open_database, upgrade_database
from assist_app.storage.migrate import current_revision
from assist_app.storage.models import Base
from assist_app.storage.schema_revisions import HEAD

TABLES = ("helpers", "residents", "resident_search_keys", "consents", "cases", "checklist_items", "history")

ROWS_0001 = [
    "INSERT INTO helpers (id, name, role, active, created_at) VALUES "
    "(1, '試験 窓口', 'counter_staff', 1, '2026-10-01 09:00:00'), "
    "(2, '例示 ボランティア', 'volunteer', 1, '2026-10-01 09:00:00')",
    "INSERT INTO residents (id, name, kana, phone, address, preferred_language, large_print, needs, "
    "created_at, created_by) VALUES (1, '見本 花子', 'ミホン ハナコ', '03-0000-0000', '港区', 'ja', 1, "
    "'手話通訳', '2026-10-02 10:00:00', 2)",
    "INSERT INTO resident_search_keys (resident_id, key) VALUES (1, 'みほん'), (1, 'はなこ')",
    "INSERT INTO consents (id, resident_id, scope, given_on, paper_form, recorded_by, recorded_at) "
    "VALUES (1, 1, '手続き支援の記録', '2026-10-02', 1, 2, '2026-10-02 10:00:00')",
    "INSERT INTO cases (id, resident_id, catalog_id, catalog_version, event_date, answers, status, "
    "assigned_helper_id, next_due, next_procedure_id, created_at, created_by, updated_at, row_version) "
    "VALUES (1, 1, 'mini', '1.0', '2026-10-01', '{\"insurance\": \"nhi\"}', 'open', 2, '2026-10-08', "
    "'registration', '2026-10-02 10:05:00', 2, '2026-10-02 10:05:00', 3)",
    "INSERT INTO checklist_items (id, case_id, procedure_id, applies, due_date, due_kind, status, "
    "blocked_reason, notes, updated_at, updated_by, row_version) VALUES "
    "(1, 1, 'registration', 'yes', '2026-10-08', 'deadline', 'done', '', '届出済み', "
    "'2026-10-03 11:00:00', 2, 2), "
    "(2, 1, 'insurance-loss', 'yes', '2026-10-15', 'deadline', 'blocked', '保険証なし', '', "
    "'2026-10-03 11:00:00', 2, 2)",
    "INSERT INTO history (case_id, resident_id, helper_id, at, action, detail) VALUES "
    "(1, 1, 2, '2026-10-02 10:05:00', 'case_opened', '{}'), "
    '(1, NULL, 2, \'2026-10-03 11:00:00\', \'status_changed\', \'{"old": "todo", "new": "done"}\')',
]


def make_0001_file(path) -> dict[str, list]:
    engine = create_database_engine(f"sqlite:///{path}")
    upgrade_database(engine, None, target="0001")
    with engine.begin() as conn:
        for statement in ROWS_0001:
            conn.exec_driver_sql(statement)
    contents = dump(engine)
    engine.dispose()
    return contents


def dump(engine) -> dict[str, list]:
    with engine.connect() as conn:
        return {
            t: [tuple(r) for r in conn.exec_driver_sql(f"SELECT * FROM {t} ORDER BY 1, 2").fetchall()]
            for t in TABLES
        }


def test_upgrade_from_0001_keeps_every_row_and_value(tmp_path, fixture_library):
    path = tmp_path / "assist.sqlite3"
    before = make_0001_file(path)
    database = open_database(f"sqlite:///{path}", tmp_path / "backups")
    try:
        assert current_revision(database.engine) == HEAD
        after = dump(database.engine)
        # Old columns keep their values; helpers gained the account columns, empty.
        assert {t: after[t] for t in TABLES if t != "helpers"} == {
            t: before[t] for t in TABLES if t != "helpers"
        }
        assert [row[:5] for row in after["helpers"]] == [row[:5] for row in before["helpers"]]
        assert [row[5:] for row in after["helpers"]] == [(None, 0, None, None)] * 2
        with database.engine.connect() as conn:
            assert conn.exec_driver_sql("SELECT row_count FROM audit_anchor").scalar() == 0
            assert conn.exec_driver_sql("PRAGMA foreign_key_check").fetchall() == []
        [backup] = (tmp_path / "backups").iterdir()
        assert f"before-{HEAD}" in backup.name  # named for the revision it was migrated to

        # The helpers from before carry on: one becomes the first supervisor, the volunteer gets a
        # PIN and sees the case assigned to them, with its history.
        accounts = AccountService(database)
        assert accounts.needs_first_account()
        boss = accounts.create_first_account("", "2468", claim_helper_id=1)
        accounts.set_pin(boss, 2, "1357")
        volunteer = accounts.sign_in(2, "1357").actor
        view = CaseService(database, fixture_library).get_case(volunteer, 1)
        assert view.summary.resident_name == "見本 花子"
        assert [h.action for h in view.history] == ["case_opened", "status_changed"]
        assert {i.procedure_id: i.notes for i in view.items}["registration"] == "届出済み"
        with database.session() as session, pytest.raises(Exception, match="append-only"):
            session.execute(text("DELETE FROM history"))
    finally:
        database.dispose()


def test_the_migrated_schema_is_the_schema_of_the_models(tmp_path):
    path = tmp_path / "assist.sqlite3"
    make_0001_file(path)
    database = open_database(f"sqlite:///{path}")
    try:
        with database.engine.connect() as conn:
            diff = compare_metadata(MigrationContext.configure(conn), Base.metadata)
    finally:
        database.dispose()
    # erasure_marker is the migrations' own table, not a model.
    assert [d for d in diff if not (d[0] == "remove_table" and d[1].name == "erasure_marker")] == []


def test_dates_written_by_0001_read_back(tmp_path, fixture_library):
    path = tmp_path / "assist.sqlite3"
    make_0001_file(path)
    database = open_database(f"sqlite:///{path}")
    try:
        boss = AccountService(database).create_first_account("", "2468", claim_helper_id=1)
        view = CaseService(database, fixture_library).get_case(boss, 1)
        assert view.summary.event_date == dt.date(2026, 10, 1) and view.row_version == 3
    finally:
        database.dispose()
