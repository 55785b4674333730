"""Notices when nobody has touched the app for a while (keys, mouse, wheel, touch), app-wide."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QTimer, Signal

INPUT = frozenset(
    {
        QEvent.Type.KeyPress,
        QEvent.Type.MouseButtonPress,
        QEvent.Type.MouseMove,
        QEvent.Type.Wheel,
        QEvent.Type.TouchBegin,
        QEvent.Type.TouchUpdate,
        QEvent.Type.TabletPress,
    }
)


class IdleWatch(QObject):
    idle = Signal()

    def __init__(self, app: QCoreApplication, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._timer = QTimer(self, singleShot=True)
        self._timer.timeout.connect(self.idle)
        self._app = app
        app.installEventFilter(self)

    def start(self, seconds: int) -> None:
        self._timer.start(max(1, seconds) * 1000)

    def stop(self) -> None:
        self._timer.stop()

    @property
    def running(self) -> bool:
        return self._timer.isActive()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if self._timer.isActive() and event.type() in INPUT:
            self._timer.start()  # restart with the same interval
        return False

    def close(self) -> None:
        self._timer.stop()
        self._app.removeEventFilter(self)
