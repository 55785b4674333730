"""Windows as tall as their word-wrapped text needs.

Qt sizes a new window from its size hint, in which a word-wrapped label asks for the width of about
80 characters, takes the height for that width, and only then narrows the window to two thirds of
the screen, without asking the labels again: at large text or on a small screen the labels get
fewer pixels than their lines need, and a label centred in too little height loses its first and
last lines. Text set later (a status line) does not make a window grow either.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QWidget


class _HeightFit(QObject):
    def __init__(self, window: QWidget) -> None:
        super().__init__(window)
        self.window = window
        window.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.window and event.type() in (QEvent.Type.Show, QEvent.Type.LayoutRequest):
            fit_height(self.window)
        return False


def fit_height(window: QWidget) -> None:
    """Grow ``window`` to the height its layout needs at its present width (within the screen)."""
    needed = window.heightForWidth(window.width())
    screen = window.screen()
    if screen is not None:
        needed = min(needed, screen.availableGeometry().height())
    if needed > window.height():
        window.resize(window.width(), needed)


def keep_text_visible(window: QWidget) -> None:
    """Fit the window's height when it is shown and whenever its contents change."""
    _HeightFit(window)
