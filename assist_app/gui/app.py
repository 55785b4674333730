"""The composition root: configuration, window, core and pages are built here and passed down.

The window is shown before the database is opened, so it paints at once; the core (key, SQLAlchemy,
checks, migrations, catalogs) is opened on a worker thread and the pages are attached when it is
ready. Questions on the way (passphrase, recovery key, a damaged file) are asked by the opening flow.
"""

from __future__ import annotations

import os
import sys
import time

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

from assist_app.config import resolve_data_dir
from assist_app.gui.appearance import Appearance
from assist_app.gui.background import BackgroundWork
from assist_app.gui.context import AppContext, CurrentHelper
from assist_app.gui.main_window import MainWindow
from assist_app.gui.settings import Settings
from assist_app.log_setup import configure_logging

PROBE_ENV = "ASSIST_APP_STARTUP_PROBE"  # bench/startup_bench.py: print start-up times, then quit


def data_dir_from(argv: list[str]) -> str | None:
    for i, arg in enumerate(argv):
        if arg.startswith("--data-dir="):
            return arg.split("=", 1)[1]
        if arg == "--data-dir" and i + 1 < len(argv):
            return argv[i + 1]
    return None


class Application:
    def __init__(self, argv: list[str]) -> None:
        self.data_dir = resolve_data_dir(data_dir_from(argv))
        self.data_dir.mkdir(parents=True, exist_ok=True)
        configure_logging(self.data_dir / "logs")
        self.qt = QApplication.instance() or QApplication([sys.argv[0]])
        self.qt.setApplicationName("Procedure Assist")
        self.qt.setApplicationDisplayName("手続きアシスト Procedure Assist")
        self.settings = Settings.in_folder(self.data_dir)
        self.appearance = Appearance(self.qt)
        self.appearance.set_language(self.settings.language)
        self.appearance.set_large_text(self.settings.large_text)
        self.background = BackgroundWork(self.qt)
        self.window = MainWindow(self.settings, self.data_dir, self.background)
        self.window.language_requested.connect(self.set_language)
        self.window.large_text_requested.connect(self.set_large_text)
        self.controller = None
        self.opening = None
        self.safety = None
        self.probe = os.environ.get(PROBE_ENV) == "1"

    def start(self) -> None:
        self.window.first_painted.connect(self._after_first_paint)
        self.window.show()

    def _after_first_paint(self) -> None:
        if self.probe:
            print(f"first_paint {time.time():.6f}", flush=True)
        self.appearance.use_bundled_font()
        from assist_app.gui.opening_flow import DatabaseOpening

        self.opening = DatabaseOpening(
            self.data_dir, self.background, self.window, interactive=not self.probe
        )
        self.opening.opened.connect(self._on_core_open)
        self.opening.failed.connect(self._on_core_failed)
        self.opening.restored.connect(self.window.show_restored)
        self.opening.start()

    def _on_core_open(self, core) -> None:
        from assist_app.gui.data_safety_actions import DataSafetyActions
        from assist_app.gui.window_controller import WindowController
        from assist_app.storage.database import DatabaseError

        self.safety = DataSafetyActions(self.window, self.background, core)
        if core.read_only:
            self.window.show_read_only()
        context = AppContext(core, self.settings, CurrentHelper())
        if self.probe:
            context.helper.set(None)
            self.settings.helper_id = self.settings.helper_id or 0
        try:
            self.controller = WindowController(self.window, context)
        except DatabaseError as exc:  # e.g. the list of a damaged file opened read-only
            self.window.show_start_error(str(exc))
            return
        if self.probe:
            rows = self.controller.today.model.rowCount()
            print(f"list_filled {time.time():.6f} rows={rows}", flush=True)
            QTimer.singleShot(0, self.qt.quit)
            return
        if core.keys is not None and core.keys.how == "created":
            self.safety.show_recovery_sheet()  # set-up: the sheet to print and keep
        self.safety.backup_if_due()

    def _on_core_failed(self, message: str) -> None:
        if self.probe:
            print(f"failed {message}", flush=True)
            QTimer.singleShot(0, self.qt.quit)
            return
        self.window.show_start_error(message)

    def set_language(self, lang: str) -> None:
        self.settings.language = lang
        self.appearance.set_language(lang)
        self.window.retranslate()
        if self.safety is not None:
            self.safety.retranslate()
        if self.controller is not None:
            self.controller.retranslate()

    def set_large_text(self, large: bool) -> None:
        self.settings.large_text = large
        self.appearance.set_large_text(large)


def run(argv: list[str]) -> int:
    from assist_app.gui import error_hook

    application = Application(argv)
    error_hook.install(application.window)
    application.start()
    return application.qt.exec()
