"""A full disk and a read-only folder: a plain message, and everything saved before is kept.

The full disk is a real one: a tiny tmpfs, which root can mount (CI runs as root on Debian). Where
mounting is not allowed the test is skipped with the reason; SQLite's own error path is the same for
any file system. The read-only folder is a tmpfs remounted read-only (as root, who ignores file
permissions) or a folder without write permission (as anyone else). A folder turning read-only
while the database is open cannot be staged here (Linux refuses to remount a file system with files
open for writing); the write path it would take is the one the full disk takes.
"""

from __future__ import annotations

import os
import subprocess
from pathlib import Path

import pytest

from assist_app.config import load_config
from assist_app.services.core import open_core
from assist_app.storage import StorageFull, StorageReadOnly
from assist_app.storage.backup import BackupError
from tests.core.storage.marker import add_residents, signed_in


class Tmpfs:
    def __init__(self, root: Path, size: str) -> None:
        self.root = root
        root.mkdir()
        done = subprocess.run(
            ["mount", "-t", "tmpfs", "-o", f"size={size}", "tmpfs", str(root)],
            capture_output=True,
            check=False,
        )
        if done.returncode != 0:
            pytest.skip(f"cannot mount a tmpfs here ({done.stderr.decode().strip() or 'not root'})")

    def remount(self, mode: str) -> None:
        subprocess.run(["mount", "-o", f"remount,{mode}", str(self.root)], check=True)

    def unmount(self) -> None:
        subprocess.run(["umount", "-l", str(self.root)], check=False)  # lazy: even if a file is open


@pytest.fixture
def tmpfs(tmp_path):
    mounted = []

    def mount(size: str) -> Tmpfs:
        if os.geteuid() != 0:
            pytest.skip("mounting a tmpfs needs root")
        fs = Tmpfs(tmp_path / f"fs{len(mounted)}", size)
        mounted.append(fs)
        return fs

    yield mount
    for fs in mounted:
        fs.unmount()


def test_full_disk_gives_a_message_and_keeps_what_was_saved(tmpfs, fixture_library):
    fs = tmpfs("600k")
    config = load_config(fs.root / "data")
    core = open_core(config, fixture_library)
    helper = signed_in(core)
    saved = []
    with pytest.raises(StorageFull, match=r"disk is full.*everything saved before it is safe"):
        for _ in range(10_000):
            saved += add_residents(core, 1, prefix=f"見本 花子{len(saved)}")
    assert saved, "the disk filled up before anything was saved; make the tmpfs larger"
    with pytest.raises(BackupError, match="disk is full"):
        core.backups.backup_now()
    assert not list((fs.root / "data" / "backups").glob("*"))  # no half backup left behind
    core.close()

    # Reopened on the still-full disk, read-only: signing in for real would write its audit row.
    core = open_core(config, fixture_library, read_only=True)
    found = {r.id for r in core.residents.search(signed_in(core), "ミホン", limit=100_000)}
    names = {h.id: h.name for h in core.helpers.list_helpers()}
    assert found == set(saved) and names[helper.helper_id] == "試験 責任者"
    core.close()


def make_read_only(tmpfs, tmp_path):
    """A data folder with one resident, then made read-only; returns (config, undo)."""
    if os.geteuid() == 0:
        fs = tmpfs("4m")
        folder = fs.root / "data"
        return folder, lambda: fs.remount("ro"), lambda: fs.remount("rw")
    folder = tmp_path / "data"

    def lock():
        for path in folder.rglob("*"):
            path.chmod(0o444 if path.is_file() else 0o555)
        folder.chmod(0o555)

    def unlock():
        folder.chmod(0o755)
        for path in folder.rglob("*"):
            path.chmod(0o644 if path.is_file() else 0o755)

    return folder, lock, unlock


def test_read_only_folder_at_start_says_so_and_opens_read_only(tmpfs, tmp_path, fixture_library):
    folder, lock, unlock = make_read_only(tmpfs, tmp_path)
    config = load_config(folder)
    core = open_core(config, fixture_library)
    [resident] = add_residents(core)
    core.close()
    lock()
    try:
        with pytest.raises(StorageReadOnly, match=r"cannot be opened for editing; nothing was changed"):
            open_core(config, fixture_library)
        core = open_core(config, fixture_library, read_only=True)
        assert core.residents.get_resident(signed_in(core), resident).name == "見本 花子"
        core.close()
    finally:
        unlock()
