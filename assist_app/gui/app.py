"""The composition root: configuration, window, core and pages are built here and passed down.

Start-up order, so the helper sees something at once: the window is shown before anything else;
after its first paint a worker thread reads today's first page of cases with the plain SQLite
driver (services/first_page.py) and the list is shown; then the full core (SQLAlchemy, migrations)
opens on the same thread and the pages are attached to it.
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
# Today's list read before the core is open (services/first_page.py). Only while nothing stands
# between starting the app and seeing residents' names: that read passes by the services, so it
# must go (or move behind the sign-in) once accounts, per-helper visibility or an audit of who
# looked at the list exist.
EARLY_LIST = True


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
        self.controller = None
        self.today = None  # the today page, once it exists (before the core when the first read works)
        self._library = None  # catalogs, loaded by the first read and reused by the core
        self._pending_case: int | None = None  # a case chosen before the core was open
        self._listed_early = False  # today's list was filled before the core was open
        self.focus_ring = None  # set up after the first paint
        self.probe = os.environ.get(PROBE_ENV) == "1"

    def start(self) -> None:
        self.window.first_painted.connect(self._after_first_paint)
        self.window.show()

    def _after_first_paint(self) -> None:
        if self.probe:
            print(f"first_paint {time.time():.6f}", flush=True)
        from assist_app.gui.focus_ring import FocusRing

        self.appearance.complete()
        self.focus_ring = FocusRing(self.qt)
        if not EARLY_LIST or self.settings.last_page == "case":  # a case page needs the core anyway
            self._open_core_in_background()
            return
        lang = self.settings.language  # read here: QSettings stays on the GUI thread
        self.background.run(
            lambda: self._read_first_page(lang), self._on_first_page_read, self._on_first_page_failed
        )
        # While the worker reads, the GUI thread builds the page the list goes in.
        self.appearance.use_bundled_font()
        from assist_app.gui.today_page import TodayPage

        self.today = TodayPage()
        self.today.open_case_requested.connect(self._on_early_case_requested)

    def _read_first_page(self, lang: str):
        # Not services.core: that imports SQLAlchemy, which is what this read avoids.
        from assist_app.gui.today_page import PAGE_SIZE
        from assist_app.services import first_page

        url = load_config(self.data_dir).database_url
        titles = first_page.saved_titles(self.data_dir, lang)
        cases = first_page.read_first_page(url, titles, PAGE_SIZE) if titles is not None else None
        if cases is None:  # no saved titles yet, or not all of them: from the catalogs
            self._library = first_page.load_catalogs()
            cases = first_page.read_first_page(url, first_page.titles_of(self._library, lang), PAGE_SIZE)
        return cases

    def _on_first_page_read(self, cases) -> None:
        if cases is not None:
            self.today.show_cases(cases)
            self.window.show_page(self.today)
            self.today.table.setFocus()
            self._listed_early = True
            if self.probe:
                print(f"list_filled {time.time():.6f} rows={len(cases)}", flush=True)
        # Not a plain SQLite file, no file yet, or an unexpected schema: the core fills the list.
        self._open_core_in_background()

    def _on_first_page_failed(self, _exc: Exception) -> None:
        self._open_core_in_background()  # the core reports what is wrong, in plain words

    def _open_core_in_background(self) -> None:
        # Only now: importing SQLAlchemy on the worker would slow the GUI thread above (one GIL).
        from assist_app.log_setup import configure_logging

        configure_logging(self.data_dir / "logs")
        if self.today is None:
            self.appearance.use_bundled_font()
        self.background.run(self._open_core, self._on_core_open, self._on_core_failed)

    def _on_early_case_requested(self, case_id: int) -> None:
        self._pending_case = case_id  # opened as soon as the core is

    def _open_core(self):
        from assist_app.services.core import open_core
        from assist_app.services.first_page import save_titles

        core = open_core(load_config(self.data_dir), library=self._library)
        save_titles(core.library, self.data_dir)  # for the next start's first list
        return core

    def _on_core_open(self, core) -> None:
        from assist_app.gui.context import AppContext, CurrentHelper
        from assist_app.gui.window_controller import WindowController

        context = AppContext(core, self.settings, CurrentHelper())
        if self.probe:
            context.helper.set(None)
            self.settings.helper_id = self.settings.helper_id or 0
        if self.today is not None:
            self.today.open_case_requested.disconnect(self._on_early_case_requested)
        self.controller = WindowController(self.window, context, self.today)
        self.today = self.controller.today
        if self.probe:
            if not self._listed_early:
                rows = self.controller.today.model.rowCount()
                print(f"list_filled {time.time():.6f} rows={rows}", flush=True)
            print(f"core_ready {time.time():.6f}", flush=True)
            QTimer.singleShot(0, self.qt.quit)
            return
        if self._pending_case is not None:
            self.controller.open_case(self._pending_case)

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
        if self.controller is not None:
            self.controller.retranslate()
        elif self.today is not None:
            self.today.retranslate()  # the early list; its rows follow once the core is open

    def set_large_text(self, large: bool) -> None:
        self.settings.large_text = large
        self.appearance.set_large_text(large)


def run(argv: list[str]) -> int:
    application = Application(argv)
    application.start()
    return application.qt.exec()
