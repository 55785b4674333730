"""The installed Qt binding keeps Python's reference counts straight.

PySide6 6.12.0 drops a reference to None on every call of a method returning void. From Python
3.12 None is immortal and nothing happens; on 3.11 the app aborts after a few thousand calls
("Fatal Python error: none_dealloc"), so pyproject.toml keeps 3.11 on an earlier PySide6.
"""

from __future__ import annotations

import sys

from PySide6.QtWidgets import QLabel


def test_calling_void_methods_keeps_none_alive(qtbot):
    label = QLabel("見本")
    qtbot.addWidget(label)
    before = sys.getrefcount(None)
    for _ in range(2000):
        label.update()
    assert sys.getrefcount(None) >= before - 50  # a little noise from the interpreter is fine
