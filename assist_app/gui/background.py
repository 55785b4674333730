"""The one way the GUI runs slow work: on a worker thread, with progress, results and errors
delivered back on the GUI thread. Widgets never block on the database or the disk."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal


class _Signals(QObject):
    done = Signal(object)
    failed = Signal(object)
    progress = Signal(int, int)


class _Job(QRunnable):
    def __init__(self, work: Callable[..., Any], signals: _Signals, with_progress: bool) -> None:
        super().__init__()
        self.work, self.signals, self.with_progress = work, signals, with_progress

    def run(self) -> None:
        try:
            if self.with_progress:
                result = self.work(lambda done, total: self.signals.progress.emit(done, total))
            else:
                result = self.work()
        except Exception as exc:  # handed to the GUI thread, which shows it in plain words
            self.signals.failed.emit(exc)
        else:
            self.signals.done.emit(result)


class BackgroundWork(QObject):
    """Runs callables off the GUI thread; ``busy_changed`` drives the status bar."""

    busy_changed = Signal(bool)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(1)  # one writer at a time keeps SQLite and ordering simple
        self._running: set[_Signals] = set()

    def run(
        self,
        work: Callable[..., Any],
        on_done: Callable[[Any], None],
        on_error: Callable[[Exception], None],
        on_progress: Callable[[int, int], None] | None = None,
    ) -> None:
        signals = _Signals()
        self._running.add(signals)
        signals.done.connect(on_done)
        signals.failed.connect(on_error)
        if on_progress is not None:
            signals.progress.connect(on_progress)
        signals.done.connect(lambda _r, s=signals: self._finished(s))
        signals.failed.connect(lambda _e, s=signals: self._finished(s))
        self.busy_changed.emit(True)
        self._pool.start(_Job(work, signals, on_progress is not None))

    def _finished(self, signals: _Signals) -> None:
        self._running.discard(signals)
        if not self._running:
            self.busy_changed.emit(False)

    def wait(self, msecs: int = 30000) -> bool:
        """Block until queued work ends (for shutdown and tests)."""
        return self._pool.waitForDone(msecs)
