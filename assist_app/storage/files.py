"""Durable file steps: flush a file and its folder to the disk, copy or write, replace atomically."""

from __future__ import annotations

import contextlib
import os
import shutil
from pathlib import Path

SIDE_FILES = ("-wal", "-shm", "-journal")


def fsync_file(path: Path) -> None:
    with path.open("rb+") as stream:
        os.fsync(stream.fileno())


def fsync_dir(folder: Path) -> None:
    """Make a rename in ``folder`` durable (POSIX; Windows has no directory handles to flush)."""
    if os.name != "posix":
        return
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def durable_copy(source: Path, destination: Path) -> Path:
    """Copy through a temporary name, flush, then rename: the destination is whole or absent."""
    partial = destination.with_name(destination.name + ".partial")
    try:
        shutil.copyfile(source, partial)
        fsync_file(partial)
        partial.replace(destination)
    except BaseException:
        partial.unlink(missing_ok=True)
        raise
    fsync_dir(destination.parent)
    return destination


def write_durably(path: Path, data: bytes) -> None:
    """Write through a temporary name, flushed, then renamed: ``path`` holds the old content or the
    new, never half (a power cut while saving a key file must not lose the key)."""
    path.parent.mkdir(parents=True, exist_ok=True)
    partial = path.with_name(path.name + ".partial")
    try:
        with partial.open("wb") as stream:
            stream.write(data)
            stream.flush()
            os.fsync(stream.fileno())
        partial.replace(path)
    except BaseException:
        partial.unlink(missing_ok=True)
        raise
    with contextlib.suppress(OSError):  # the rename is done; some file systems refuse a folder fsync
        fsync_dir(path.parent)


def side_files(database: Path) -> list[Path]:
    """The WAL, shared-memory and rollback-journal files SQLite keeps beside ``database``."""
    return [database.with_name(database.name + suffix) for suffix in SIDE_FILES]


def scrub(path: Path) -> None:
    """Overwrite a file with zeros, then delete it: best effort against plain copies lingering on
    disk (an SSD or a copy-on-write file system may still keep the old blocks)."""
    with contextlib.suppress(OSError), path.open("rb+") as stream:
        overwrite(stream)
    path.unlink(missing_ok=True)


def overwrite(stream) -> None:
    """Zeros over an open file, flushed to the disk."""
    size = os.fstat(stream.fileno()).st_size
    stream.seek(0)
    block = bytes(1 << 20)
    left = size
    while left > 0:
        left -= stream.write(block[: min(left, len(block))])
    stream.flush()
    os.fsync(stream.fileno())
