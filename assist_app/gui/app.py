"""The composition root: configuration, window, core and pages are built here and passed down.

Start-up order, so the helper sees something at once: the window is shown before anything else;
after its first paint the database opens on a worker thread (SQLAlchemy, the schema check) and the
sign-in page appears; the rest of the core (catalogs, the other services) opens on the worker while
the helper types their PIN; the pages are attached once a helper has signed in and the core is
open. Nothing about a resident is read before that.
"""

from __future__ import annotations

import os
import sys

from PySide6.QtCore import QCoreApplication
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
        self.sign_in_page = None  # shown as soon as the database is open
        self._early_actor = None  # a helper who signed in before the rest of the core was open
        self.focus_ring = None  # set up after the first paint
        self.probe = None
        if os.environ.get(PROBE_ENV) == "1":
            from assist_app.gui.startup_probe import StartupProbe

            self.probe = StartupProbe(self.background, self.qt.quit)

    def start(self) -> None:
        self.window.first_painted.connect(self._after_first_paint)
        self.window.show()

    def _after_first_paint(self) -> None:
        if self.probe:
            self.probe.mark("first_paint")
        from assist_app.gui.focus_ring import FocusRing
        from assist_app.log_setup import configure_logging

        self.appearance.complete()
        self.focus_ring = FocusRing(self.qt)
        configure_logging(self.data_dir / "logs")
        self.appearance.use_bundled_font()
        self.background.run(self._open_database, self._on_database_open, self._on_core_failed)

    # first step, on the worker: what the sign-in page needs ----------------------------------
    def _open_database(self):
        from assist_app.services.account_service import AccountService
        from assist_app.services.helper_service import HelperService
        from assist_app.storage import open_database

        config = load_config(self.data_dir)
        database = open_database(config.database_url, config.backup_dir)
        return config, database, AccountService(database), HelperService(database)

    def _on_database_open(self, opened) -> None:
        from assist_app.gui.sign_in_page import SignInPage

        config, database, accounts, helpers = opened
        page = SignInPage(accounts, helpers)
        page.refresh(self.settings.helper_id or None)
        page.signed_in.connect(self._on_signed_in_early)
        self.window.show_page(page)
        self.sign_in_page = page
        self.background.run(
            lambda: self._open_core(config, database), self._on_core_open, self._on_core_failed
        )
        if self.probe:
            self.probe.sign_in_when_shown(page, accounts)

    def _on_signed_in_early(self, actor) -> None:
        # The PIN was right; the pages follow as soon as the rest of the core is open.
        self._early_actor = actor
        self.sign_in_page.message.setText(
            QCoreApplication.translate("MainWindow", "Opening the case database…")
        )

    # second step, on the worker while the helper types: the rest of the core -----------------
    def _open_core(self, config, database):
        from assist_app.services.core import open_core

        return open_core(config, database=database)

    def _on_core_open(self, core) -> None:
        from assist_app.gui.context import AppContext, CurrentHelper
        from assist_app.gui.session_lock import SessionLock

        context = AppContext(core, self.settings, CurrentHelper())
        page = self.sign_in_page
        page.signed_in.disconnect(self._on_signed_in_early)
        self.session = SessionLock(self.window, context, lambda: self._open_pages(context), self.qt, page)
        if self._early_actor is not None:
            actor, self._early_actor = self._early_actor, None
            self.session.sign_in(actor)

    def _open_pages(self, context):
        from assist_app.gui.window_controller import WindowController

        self.controller = WindowController(self.window, context)
        if self.probe:
            self.probe.list_filled(self.controller.today.model.rowCount())
        return self.controller

    def _on_core_failed(self, exc: Exception) -> None:
        if self.probe:
            self.probe.failed(exc)
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
        elif self.sign_in_page is not None:  # shown while the rest of the core opens
            self.sign_in_page.retranslate()

    def set_large_text(self, large: bool) -> None:
        self.settings.large_text = large
        self.appearance.set_large_text(large)


def run(argv: list[str]) -> int:
    application = Application(argv)
    application.start()
    return application.qt.exec()
