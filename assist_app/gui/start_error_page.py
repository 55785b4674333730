"""What the window shows when the case database could not be opened: the reason in plain words,
and what can be done from here without restarting — try again (a server back up, a passphrase
now at hand) or, for a shared server, change its address or password before anyone signs in."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget


class StartErrorPage(QWidget):
    retry_requested = Signal()
    settings_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.title = QLabel()
        self.title.setObjectName("pageTitle")  # sized with the text size (appearance.py)
        self.title.setWordWrap(True)
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.retry_button = QPushButton()
        self.settings_button = QPushButton()
        self.retry_button.clicked.connect(self.retry_requested)
        self.settings_button.clicked.connect(self.settings_requested)
        buttons = QHBoxLayout()
        buttons.addWidget(self.retry_button)
        buttons.addWidget(self.settings_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 24, 24, 24)
        layout.addWidget(self.title)
        layout.addWidget(self.message)
        layout.addLayout(buttons)
        layout.addStretch(1)
        self.retranslate()

    def show_error(self, message: str, *, can_retry: bool, on_server: bool) -> None:
        self.message.setText(message)
        self.retry_button.setVisible(can_retry)
        # Only a server's address or password can be put right from here; a file's folder cannot.
        self.settings_button.setVisible(can_retry and on_server)
        (self.retry_button if can_retry else self.message).setFocus()

    def retranslate(self) -> None:
        self.title.setText(self.tr("The case database could not be opened"))
        self.retry_button.setText(self.tr("&Try again"))
        self.retry_button.setAccessibleName(self.tr("Try again to open the case database"))
        self.settings_button.setText(self.tr("&Database settings…"))
        self.settings_button.setAccessibleName(self.tr("Change the database server or its password"))
