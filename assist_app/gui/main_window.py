"""The main window: menus, toolbar and status bar around the pages (today, case). It hosts the
pages and routes actions between them; the pages do the work."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, Signal
from PySide6.QtGui import QActionGroup, QCloseEvent, QKeySequence
from PySide6.QtWidgets import QLabel, QMainWindow, QMessageBox, QWidget

from assist_app.gui.background import BackgroundWork
from assist_app.gui.forms.ui_main_window import Ui_MainWindow
from assist_app.gui.settings import Settings

if TYPE_CHECKING:
    from assist_app.gui.start_error_page import StartErrorPage

# Set after the first paint: turning the first shortcut string into a key sequence makes PySide
# build all of Qt's enums (≈15 ms), and nobody can press a key before the window is there.
SHORTCUTS = {
    "actionNewCase": "Ctrl+N",
    "actionToday": "Ctrl+T",
    "actionFind": "Ctrl+F",
    "actionSettings": "Ctrl+,",
    "actionQuit": "Ctrl+Q",
    "actionLargeText": "Ctrl+Shift+L",  # Ctrl+L locks the window (accounts)
    "actionSwitchHelper": "Ctrl+Shift+H",
    "actionLock": "Ctrl+L",
    "actionPrintHandout": "Ctrl+P",
    "actionScanCode": "Ctrl+R",
    "actionPaperEntry": "Ctrl+E",
}


class MainWindow(QMainWindow):
    """Built before the core is open, so the window paints at once; the window controller
    (window_controller.py) fills it with pages once the core is open."""

    first_painted = Signal()
    closed = Signal()  # once everything is saved: the data folder may be opened elsewhere
    language_requested = Signal(str)
    start_retry_requested = Signal()  # from the start error page
    start_settings_requested = Signal()
    large_text_requested = Signal(bool)

    def __init__(self, settings: Settings, data_dir: Path, background: BackgroundWork) -> None:
        super().__init__()
        self.ui = Ui_MainWindow()
        self.ui.setupUi(self)
        self.settings, self.data_dir, self.background = settings, data_dir, background
        self.controller: QObject | None = None
        self.loading = QLabel(self.tr("Opening the case database…"))
        self.loading.setMargin(24)
        self.ui.pages.addWidget(self.loading)
        self._start_error: StartErrorPage | None = None  # made when needed: ≈20 ms before first paint
        self.helper_label = QLabel()
        self.busy_label = QLabel()
        # Shown while a damaged database is open read-only (see show_read_only).
        self.read_only_label = QLabel(self.tr("Read-only: the database is damaged; nothing can be saved"))
        self.read_only_label.setStyleSheet("color: #b00020; font-weight: bold;")
        self.read_only_label.setVisible(False)
        self.ui.statusbar.addPermanentWidget(self.read_only_label)
        self.ui.statusbar.addPermanentWidget(self.busy_label)
        self.ui.statusbar.addPermanentWidget(self.helper_label)
        languages = QActionGroup(self)
        for action in (self.ui.actionJapanese, self.ui.actionEnglish):
            languages.addAction(action)
        self.ui.actionJapanese.setChecked(settings.language != "en")
        self.ui.actionEnglish.setChecked(settings.language == "en")
        self.ui.actionLargeText.setChecked(settings.large_text)
        self.ui.actionJapanese.triggered.connect(lambda: self.language_requested.emit("ja"))
        self.ui.actionEnglish.triggered.connect(lambda: self.language_requested.emit("en"))
        self.ui.actionLargeText.toggled.connect(self.large_text_requested)
        self.ui.actionQuit.triggered.connect(self.close)
        background.busy_changed.connect(self._on_background_busy_changed)
        self.set_actions_enabled(False)
        if not settings.window_geometry.isEmpty():
            self.restoreGeometry(settings.window_geometry)
            self.restoreState(settings.window_state)
        self._painted = False
        self.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if not self._painted and watched is self and event.type() == QEvent.Type.Paint:
            self._painted = True
            self.first_painted.emit()
            self._install_shortcuts()
        return super().eventFilter(watched, event)

    def _install_shortcuts(self) -> None:
        for name, keys in SHORTCUTS.items():
            getattr(self.ui, name).setShortcut(QKeySequence(keys))

    def set_actions_enabled(self, enabled: bool) -> None:
        for action in (
            self.ui.actionNewCase,
            self.ui.actionToday,
            self.ui.actionFind,
            self.ui.actionSwitchHelper,
            self.ui.actionPrintBatch,
            self.ui.actionScanCode,
            self.ui.actionOutageKit,
            self.ui.actionBlankForms,
            self.ui.actionPaperEntry,
            self.ui.actionKeys,
        ):
            action.setEnabled(enabled)
        self.ui.actionPrintHandout.setEnabled(False)  # with a case on screen (see PaperController)

    def show_page(self, page: QWidget) -> None:
        if self.ui.pages.indexOf(page) < 0:
            self.ui.pages.addWidget(page)
        self.ui.pages.setCurrentWidget(page)

    def show_helper(self, name: str | None) -> None:
        self.helper_label.setText(
            self.tr("Helper: {name}").format(name=name) if name else self.tr("No helper chosen")
        )

    @property
    def start_error(self) -> StartErrorPage:
        if self._start_error is None:
            from assist_app.gui.start_error_page import StartErrorPage

            self._start_error = StartErrorPage()
            self._start_error.retry_requested.connect(self.start_retry_requested)
            self._start_error.settings_requested.connect(self.start_settings_requested)
            self.ui.pages.addWidget(self._start_error)
        return self._start_error

    def show_start_error(self, message: str, *, can_retry: bool = False, on_server: bool = False) -> None:
        # Replaces the sign-in page too: without the core nothing on it could be opened or changed.
        self.start_error.show_error(message, can_retry=can_retry, on_server=on_server)
        self.ui.pages.setCurrentWidget(self.start_error)
        QMessageBox.critical(self, self.tr("The case database could not be opened"), message)

    def show_opening(self) -> None:
        self.ui.pages.setCurrentWidget(self.loading)

    def show_read_only(self, read_only: bool = True) -> None:
        """A damaged database opened to read what is left: say so for as long as it lasts."""
        self.read_only_label.setVisible(read_only)

    def show_restored(self, backup_name: str) -> None:
        self.ui.statusbar.showMessage(self.tr("Restored the backup {name}.").format(name=backup_name))

    def retranslate(self) -> None:
        self.ui.retranslateUi(self)
        self.loading.setText(self.tr("Opening the case database…"))
        self.read_only_label.setText(self.tr("Read-only: the database is damaged; nothing can be saved"))
        if self._start_error is not None:
            self._start_error.retranslate()

    def _on_background_busy_changed(self, busy: bool) -> None:
        self.busy_label.setText(self.tr("Working…") if busy else "")

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.controller is not None:
            self.controller.close()
        self.settings.window_geometry = self.saveGeometry()
        self.settings.window_state = self.saveState()
        self.settings.sync()
        self.background.wait()
        super().closeEvent(event)
        self.closed.emit()
