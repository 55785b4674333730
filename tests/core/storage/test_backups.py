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
from tests.core.storage.marker import MARKER, add_residents, clear_text_hits


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
    assert len(core.residents.search("ミホン", limit=100)) == 40
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
    helper = core.helpers.list_helpers()[0]
    with pytest.raises(StorageReadOnly, match="opened read-only"):
        core.helpers.add_helper("例示 ボランティア", "volunteer")
    assert helper.name == "試験 担当"
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
