"""The one way the GUI runs slow work: on a worker thread, with progress, results and errors
delivered back on the GUI thread. Widgets never block on the database or the disk.

Everything a job touches is owned here, on the GUI thread: its callables, its result and the one
signal object that carries "finished" and progress back. The worker thread never holds the last
reference to any of them, so nothing is freed there. (Freeing a QObject with connected slots, or
a callable that owns one, on the worker makes PySide disconnect it on that thread, and the worker
and the GUI thread can then deadlock over Qt's connection lock and the GIL.)
"""

from __future__ import annotations

import itertools
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

import shiboken6
from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal


def _alive(callback: Callable) -> bool:
    """False for a method of a widget deleted meanwhile (e.g. a dialog closed by the lock), as a
    signal connected to it would have been disconnected."""
    owner = getattr(callback, "__self__", None)
    return not isinstance(owner, QObject) or shiboken6.isValid(owner)


class _Bridge(QObject):
    """Lives as long as BackgroundWork; its signals reach the GUI thread as queued calls."""

    finished = Signal(int)  # job id: its outcome is in BackgroundWork's table
    progress = Signal(int, int, int)  # job id, done, total


@dataclass
class _JobRecord:
    work: Callable[..., Any]
    on_done: Callable[[Any], None]
    on_error: Callable[[Exception], None]
    on_progress: Callable[[int, int], None] | None
    outcome: tuple[bool, Any] | None = field(default=None)  # (ok, result or exception)


class _Job(QRunnable):
    """Holds only the job's id and the long-lived table and bridge, never the job's objects."""

    def __init__(self, job_id: int, jobs: dict[int, _JobRecord], bridge: _Bridge) -> None:
        super().__init__()
        self.job_id, self.jobs, self.bridge = job_id, jobs, bridge

    def run(self) -> None:
        job_id, bridge = self.job_id, self.bridge
        record = self.jobs[job_id]  # the GUI thread removes it only after "finished"
        try:
            if record.on_progress is not None:
                result = record.work(lambda done, total: bridge.progress.emit(job_id, done, total))
            else:
                result = record.work()
        except Exception as exc:  # handed to the GUI thread, which shows it in plain words
            record.outcome = (False, exc)
        else:
            record.outcome = (True, result)
            del result
        del record  # the table keeps the only reference until the GUI thread takes it
        bridge.finished.emit(job_id)


class BackgroundWork(QObject):
    """Runs callables off the GUI thread; ``busy_changed`` drives the status bar."""

    busy_changed = Signal(bool)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(1)  # one writer at a time keeps SQLite and ordering simple
        self._jobs: dict[int, _JobRecord] = {}
        self._ids = itertools.count(1)
        self._bridge = _Bridge(self)
        self._bridge.finished.connect(self._on_finished)
        self._bridge.progress.connect(self._on_progress)

    def run(
        self,
        work: Callable[..., Any],
        on_done: Callable[[Any], None],
        on_error: Callable[[Exception], None],
        on_progress: Callable[[int, int], None] | None = None,
    ) -> None:
        job_id = next(self._ids)
        self._jobs[job_id] = _JobRecord(work, on_done, on_error, on_progress)
        self.busy_changed.emit(True)
        self._pool.start(_Job(job_id, self._jobs, self._bridge))

    @property
    def running(self) -> int:
        """Jobs started and not yet finished (their callbacks not yet called)."""
        return len(self._jobs)

    def _on_progress(self, job_id: int, done: int, total: int) -> None:
        record = self._jobs.get(job_id)
        if record is not None and record.on_progress is not None and _alive(record.on_progress):
            record.on_progress(done, total)

    def _on_finished(self, job_id: int) -> None:
        record = self._jobs.pop(job_id)
        ok, value = record.outcome
        callback = record.on_done if ok else record.on_error
        try:
            if _alive(callback):
                callback(value)
        finally:
            if not self._jobs:  # after the callback: it may have started the next step
                self.busy_changed.emit(False)

    def wait(self, msecs: int = 30000) -> bool:
        """Block until queued work ends (for shutdown and tests)."""
        return self._pool.waitForDone(msecs)
