"""The composition root: configuration, window, core and pages are built here and passed down.

Start-up order, so the helper sees something at once: the window is shown before anything else;
after its first paint the core (SQLAlchemy, migrations, catalogs) opens on a worker thread, the
sign-in page appears, and the pages are attached once a helper has signed in. Nothing about a
resident is read before that.
"""

from __future__ import annotations

import os
import sys
import time

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

from assist_app.config import ConfigError, load_config, resolve_data_dir
from assist_app.gui.appearance import Appearance
from assist_app.gui.background import BackgroundWork
from assist_app.gui.main_window import MainWindow
from assist_app.gui.settings import Settings

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
        self.qt = QApplication.instance() or QApplication([sys.argv[0]])
        self.qt.setApplicationName("Procedure Assist")
        self.settings = Settings.in_folder(self.data_dir)
        self.appearance = Appearance(self.qt)
        self.appearance.set_language(self.settings.language)
        self.appearance.set_large_text(self.settings.large_text)
        self.background = BackgroundWork(self.qt)
        self.window = MainWindow(self.settings, self.data_dir, self.background)
        self.window.language_requested.connect(self.set_language)
        self.window.large_text_requested.connect(self.set_large_text)
        self.controller = None  # the pages, once a helper has signed in
        self.session = None  # signing in and locking, once the core is open
        self.focus_ring = None  # set up after the first paint
        self.probe = os.environ.get(PROBE_ENV) == "1"

    def start(self) -> None:
        self.window.first_painted.connect(self._after_first_paint)
        self.window.show()

    def _after_first_paint(self) -> None:
        if self.probe:
            print(f"first_paint {time.time():.6f}", flush=True)
        from assist_app.gui.focus_ring import FocusRing
        from assist_app.log_setup import configure_logging

        self.appearance.complete()
        self.focus_ring = FocusRing(self.qt)
        configure_logging(self.data_dir / "logs")
        self.appearance.use_bundled_font()
        self.background.run(self._open_core, self._on_core_open, self._on_core_failed)

    def _open_core(self):
        from assist_app.services.core import open_core

        return open_core(load_config(self.data_dir))

    def _on_core_open(self, core) -> None:
        from assist_app.gui.context import AppContext, CurrentHelper
        from assist_app.gui.session_lock import SessionLock

        context = AppContext(core, self.settings, CurrentHelper())
        self.session = SessionLock(self.window, context, lambda: self._open_pages(context), self.qt)
        if self.probe:
            self._probe_sign_in(core)

    def _open_pages(self, context):
        from assist_app.gui.window_controller import WindowController

        self.controller = WindowController(self.window, context)
        return self.controller

    def _probe_sign_in(self, core) -> None:
        """Start-up probe: sign in as $ASSIST_APP_HELPER (or the only account) with $ASSIST_APP_PIN,
        as the command line does; without them the probe stops at the sign-in page."""
        from assist_app.services.account_service import ENV_HELPER, ENV_PIN

        print(f"sign_in_shown {time.time():.6f}", flush=True)
        choices = [h.id for h in core.accounts.sign_in_choices()]
        helper = os.environ.get(ENV_HELPER)
        helper_id = int(helper) if helper else (choices[0] if len(choices) == 1 else None)
        result = core.accounts.sign_in(helper_id, os.environ.get(ENV_PIN, "")) if helper_id else None
        if result is not None and result.ok:
            self.session.sign_in(result.actor)
            rows = self.controller.today.model.rowCount()
            print(f"list_filled {time.time():.6f} rows={rows}", flush=True)
        QTimer.singleShot(0, self.qt.quit)

    def _on_core_failed(self, exc: Exception) -> None:
        if self.probe:
            print(f"failed {type(exc).__name__}", flush=True)
            QTimer.singleShot(0, self.qt.quit)
            return
        from assist_app.gui.error_messages import explain

        message = str(exc) if isinstance(exc, ConfigError) else explain(exc)
        self.window.show_start_error(message)

    def set_language(self, lang: str) -> None:
        self.settings.language = lang
        self.appearance.set_language(lang)
        self.window.retranslate()
        if self.session is not None:
            self.session.retranslate()

    def set_large_text(self, large: bool) -> None:
        self.settings.large_text = large
        self.appearance.set_large_text(large)


def run(argv: list[str]) -> int:
    application = Application(argv)
    application.start()
    return application.qt.exec()
