"""Backups on real files: encrypted and checked, on a schedule, rotated, made before migrations; a
damaged database detected and restored from the latest good backup, or opened read-only."""

from __future__ import annotations

import datetime as dt
import shutil
import textwrap
from contextlib import closing

import pytest

from assist_app.services.backup_service import BackupService, latest_good_backup, restore_backup
from assist_app.services.core import open_core
from assist_app.storage import DatabaseDamaged, DatabaseError, StorageReadOnly, driver, upgrade_database
from assist_app.storage.backup import list_backups
from assist_app.storage.migrate import MIGRATIONS_DIR
from assist_app.storage.schema_revisions import HEAD, REVISIONS
from tests.core.storage.marker import MARKER, add_residents, clear_text_hits, signed_in


def names_in(path, key):
    with closing(driver.connect(path, key)) as conn:
        return sorted(row[0] for row in conn.execute("SELECT name FROM residents"))


def damage(path):
    """Overwrite bytes in the middle of the file, as a failing disk sector would."""
    size = path.stat().st_size
    with path.open("r+b") as stream:
        stream.seek(size // 2)
        stream.write(bytes(range(256)) * 4)


def test_backup_is_an_encrypted_checked_copy(core):
    add_residents(core)
    made = core.backups.backup_now()
    assert made.parent == core.config.backup_dir and made.name.endswith("-manual.sqlite3")
    assert names_in(made, core.keys.key) == [MARKER]
    assert clear_text_hits(core.config.backup_dir, MARKER) == []
    assert latest_good_backup(core.config.backup_dir, core.keys.key).path == made  # read, checked
    assert [p.name for p in core.config.backup_dir.iterdir()] == [made.name]  # no -wal, -shm, .partial


def test_scheduled_backup_once_a_day_and_rotation(core):
    add_residents(core)
    day = [dt.datetime(2026, 11, 1, 9, 0)]
    service = BackupService(core.database, core.config.backup_dir, now=lambda: day[0])
    assert service.backup_if_due() is not None
    day[0] += dt.timedelta(hours=5)
    assert service.backup_if_due() is None  # one a day
    for _ in range(9):
        day[0] += dt.timedelta(days=1)
        assert service.backup_if_due() is not None
    daily = [b for b in service.backups() if b.reason == "daily"]
    assert len(daily) == 7 and daily[0].made == day[0]  # the newest seven
    assert daily[-1].made.date() == dt.date(2026, 11, 4)


def test_migration_takes_an_encrypted_backup_first(core, tmp_path):
    add_residents(core)
    scripts = tmp_path / "migrations"
    shutil.copytree(MIGRATIONS_DIR, scripts, ignore=shutil.ignore_patterns("__pycache__"))
    (scripts / "versions" / "9001_test.py").write_text(
        textwrap.dedent(f"""
        import sqlalchemy as sa
        from alembic import op

        revision = "9001"
        down_revision = "{HEAD}"
        branch_labels = None
        depends_on = None

        def upgrade():
            op.create_table("test_notes", sa.Column("id", sa.Integer, primary_key=True))

        def downgrade():
            pass
    """)
    )
    backup = upgrade_database(
        core.database.engine,
        core.config.backup_dir,
        target="9001",
        known=(*REVISIONS, "9001"),
        scripts=scripts,
    )
    assert backup.name.endswith("-before-9001.sqlite3")
    assert names_in(backup, core.keys.key) == [MARKER]
    assert clear_text_hits(core.config.backup_dir, MARKER) == []


def test_damaged_database_is_detected_and_restored_from_the_latest_good_backup(config, fixture_library):
    core = open_core(config, fixture_library)
    add_residents(core, 40)
    older = core.backups.backup_now()
    add_residents(core, 1, prefix="試験 太郎")
    newest = core.backups.backup_now()
    key = core.keys.key
    core.close()
    damage(newest)  # the newest backup went bad too: the older one must be offered
    database = config.data_dir / "assist.sqlite3"
    damage(database)

    with pytest.raises(DatabaseDamaged) as caught:
        open_core(config, fixture_library)
    assert caught.value.latest_good.path == older
    assert "damaged" in str(caught.value) and f"{caught.value.latest_good.made:%Y-%m-%d %H:%M}" in str(
        caught.value
    )

    result = restore_backup(database, caught.value.latest_good.path, key, config.backup_dir)
    assert result.set_aside is not None and result.set_aside.exists()  # the damaged file is kept
    core = open_core(config, fixture_library)
    assert len(core.residents.search(signed_in(core), "ミホン", limit=100)) == 40
    core.close()


def test_damaged_database_can_be_opened_read_only(config, fixture_library):
    core = open_core(config, fixture_library)
    add_residents(core)
    core.close()
    damage_page = config.data_dir / "assist.sqlite3"
    with damage_page.open("r+b") as stream:  # the last page: the rest stays readable
        stream.seek(damage_page.stat().st_size - 2000)
        stream.write(b"\xff" * 1000)
    with pytest.raises(DatabaseDamaged):
        open_core(config, fixture_library)
    core = open_core(config, fixture_library, read_only=True)
    assert core.read_only
    rows = core.audit.verify(signed_in(core)).rows  # signing in and checking: nothing recorded
    supervisor = signed_in(core)
    assert supervisor.name == "試験 責任者"
    assert [r.name for r in core.residents.search(supervisor, "ミホン")] == [MARKER]
    with pytest.raises(StorageReadOnly, match="opened read-only"):
        core.accounts.add_account(supervisor, "例示 ボランティア", "volunteer", "2468")
    assert core.audit.verify(supervisor).rows == rows
    core.close()


def test_restore_refuses_a_backup_of_another_database(config, fixture_library, tmp_path):
    other_dir = tmp_path / "other"
    from assist_app.config import load_config

    other = open_core(load_config(other_dir), fixture_library)
    add_residents(other)
    foreign = other.backups.backup_now()
    other.close()
    core = open_core(config, fixture_library)
    key = core.keys.key
    core.close()
    with pytest.raises(DatabaseError, match="another database key"):
        restore_backup(config.data_dir / "assist.sqlite3", foreign, key, config.backup_dir)
    assert latest_good_backup(other_dir / "backups", key) is None
    assert list_backups(config.backup_dir) == []  # nothing was set aside: nothing was replaced


def test_deferred_check_finds_the_damage_and_the_open_core_goes_on_with_the_restored_file(
    config, fixture_library
):
    """The window opens without the page check (``defer_check``) and runs it later: the damage is
    found on the open core, which then works on the restored file, audit chain and all."""
    core = open_core(config, fixture_library)
    add_residents(core, 40)
    supervisor = signed_in(core)
    core.backups.backup_now(actor=supervisor)
    add_residents(core, 1, prefix="試験 太郎")  # after the backup: lost with the damaged file
    assert core.find_damage() is None  # a sound file
    entries = core.audit.verify(supervisor).rows
    core.close()
    damage(config.data_dir / "assist.sqlite3")

    core = open_core(config, fixture_library, defer_check=True)  # opens: no page was read yet
    found = core.find_damage()
    assert isinstance(found, DatabaseDamaged) and found.latest_good is not None
    residents, services = core.residents, (core.cases, core.accounts, core.audit)
    result = core.restore(found.latest_good.path)
    assert result.set_aside is not None and result.set_aside.exists()
    assert core.residents is residents and (core.cases, core.accounts, core.audit) == services
    supervisor = signed_in(core)
    assert len(core.residents.search(supervisor, "ミホン", limit=100)) == 40
    check = core.audit.verify(supervisor)  # the backup's chain, then the restore's row, unbroken
    assert check.ok and check.rows < entries + 3
    restored = core.audit.entries(supervisor, kind="change")[0]  # newest first
    assert restored.action == "backup_restored" and restored.detail == {"backup": found.latest_good.path.name}
    assert core.find_damage() is None
    core.close()


def test_deferred_check_then_read_only(config, fixture_library):
    core = open_core(config, fixture_library)
    add_residents(core)
    core.close()
    damage(config.data_dir / "assist.sqlite3")
    core = open_core(config, fixture_library, defer_check=True)
    assert core.find_damage() is not None
    core.reopen(read_only=True)
    assert core.read_only and core.find_damage() is None  # nothing to check in a read-only file
    core.close()


def test_backups_are_recorded_in_the_audit_log(core):
    add_residents(core)
    supervisor = signed_in(core)
    core.backups.backup_now(actor=supervisor)
    core.backups.backup_if_due()
    made = [e for e in core.audit.entries(supervisor, kind="export") if e.action == "backup_made"]
    assert [(e.helper_id, e.detail["reason"]) for e in made] == [(None, "daily"), (supervisor.id, "manual")]
