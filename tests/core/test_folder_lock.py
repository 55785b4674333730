"""The data folder's lock: one holder at a time, and dropped by the OS when its process dies."""

from __future__ import annotations

import signal
import subprocess
import sys

from assist_app.folder_lock import LOCK_FILE, FolderLock

HOLD = """
import sys
from pathlib import Path
from assist_app.folder_lock import FolderLock
lock = FolderLock(Path(sys.argv[1]))
print("held" if lock.acquire() else "refused", flush=True)
sys.stdin.read()  # until killed
"""


def holder(folder):
    child = subprocess.Popen(
        [sys.executable, "-c", HOLD, str(folder)], stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True
    )
    assert child.stdout.readline().strip() == "held"
    return child


def test_one_holder_at_a_time_in_one_process(tmp_path):
    first, second = FolderLock(tmp_path), FolderLock(tmp_path)
    assert first.acquire() and first.held
    assert not second.acquire() and not second.held
    first.release()
    assert second.acquire()
    second.release()
    assert (tmp_path / LOCK_FILE).exists()  # left behind, and harmless: the lock is the OS's


def test_a_killed_holder_leaves_no_stale_lock(tmp_path):
    child = holder(tmp_path)
    try:
        assert not FolderLock(tmp_path).acquire()
    finally:
        child.send_signal(signal.SIGKILL)
        child.wait(timeout=30)
        child.stdin.close()
        child.stdout.close()
    with FolderLock(tmp_path) as lock:
        assert lock.acquire()  # nobody had to remove anything


def test_a_folder_where_no_lock_can_be_made_is_not_refused(tmp_path):
    blocked = tmp_path / "not-a-folder"
    blocked.write_text("a file where the data folder should be")
    lock = FolderLock(blocked)
    assert lock.acquire() and not lock.held  # reading what is left there must stay possible
