"""One app per data folder: a lock on ``assist.lock`` that the operating system drops when the
process ends, even on a crash or a power cut, so no stale lock ever keeps a helper out.

The window takes it for as long as it is open (a second start hands over to the first window);
``assist-app restore`` takes it so a backup is never put under an open window.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import BinaryIO

LOCK_FILE = "assist.lock"


def _try_lock(stream: BinaryIO) -> bool:
    if os.name == "nt":
        import msvcrt

        try:
            stream.seek(0)
            msvcrt.locking(stream.fileno(), msvcrt.LK_NBLCK, 1)
        except OSError:
            return False
        return True
    import fcntl

    try:
        fcntl.flock(stream.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)
    except BlockingIOError:
        return False
    return True


class FolderLock:
    def __init__(self, data_dir: Path) -> None:
        self.path = data_dir / LOCK_FILE
        self._stream: BinaryIO | None = None

    @property
    def held(self) -> bool:
        return self._stream is not None

    def acquire(self) -> bool:
        """False when another process holds the folder. A folder where no lock file can be made
        (read-only, a write-protected stick) is not locked, and True: nothing can be changed there
        anyway, and reading what is left must stay possible."""
        if self._stream is not None:
            return True
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            stream = open(self.path, "a+b")  # noqa: SIM115 - held open for as long as the lock
        except OSError:
            return True
        if not _try_lock(stream):
            stream.close()
            return False
        self._stream = stream
        return True

    def release(self) -> None:
        stream, self._stream = self._stream, None
        if stream is not None:
            stream.close()  # closing the file drops the lock

    def __enter__(self) -> FolderLock:
        return self

    def __exit__(self, *_exc) -> None:
        self.release()
