"""Reading the modal message boxes the window opens (each runs a nested event loop)."""

from __future__ import annotations

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox


def read_message_box(qtbot, trigger) -> str:
    """Do ``trigger`` and return the text of the message box it opens (then close it)."""
    shown = []

    def read_and_close():
        box = QApplication.activeModalWidget()
        if isinstance(box, QMessageBox):
            shown.append(box.text())
            box.accept()
        else:
            QTimer.singleShot(20, read_and_close)

    QTimer.singleShot(0, read_and_close)
    trigger()
    qtbot.waitUntil(lambda: bool(shown), timeout=20000)
    return shown[0]
