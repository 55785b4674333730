"""The composition root: configuration, window, core and pages are built here and passed down.

Start-up order, so the helper sees something at once: the window is shown before anything else;
after its first paint the opening flow (opening_flow.py) unlocks the database key — asking for the
passphrase or the recovery key only when the keychain cannot give it — and opens the core
(SQLAlchemy, migrations, catalogs) on a worker thread; a file found damaged on the way leads to the
restore-or-read-only choice. Then the sign-in page appears, and the pages are attached once a
helper has signed in. Nothing about a resident is read before that.

The check of every page of the encrypted file (≈0.7 s at 100,000 cases) is not on that path: it
runs on the worker while the sign-in page is up. Should it find damage, the window locks (nothing
of the damaged file stays on screen) and the same restore-or-read-only choice follows. A file that
needs a migration is checked before it is migrated, on the way in.
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
        self.opening = None  # unlocking, opening and checking the database
        self.context = None  # once the core is open
        self.controller = None  # the pages, once a helper has signed in
        self.session = None  # signing in and locking, once the core is open
        self.safety = None  # backups and the recovery sheet, once the core is open
        self.focus_ring = None  # set up after the first paint
        self.checked = False  # the deferred check of the file has passed
        self._sheet_offered = False
        self.probe = os.environ.get(PROBE_ENV) == "1"

    def start(self) -> None:
        self.window.first_painted.connect(self._after_first_paint)
        self.window.show()

    def _after_first_paint(self) -> None:
        if self.probe:
            print(f"first_paint {time.time():.6f}", flush=True)
        from assist_app.gui.focus_ring import FocusRing
        from assist_app.gui.opening_flow import DatabaseOpening
        from assist_app.log_setup import configure_logging

        self.appearance.complete()
        self.focus_ring = FocusRing(self.qt)
        configure_logging(self.data_dir / "logs")
        self.appearance.use_bundled_font()
        self.opening = DatabaseOpening(
            self.data_dir, self.background, self.window, interactive=not self.probe
        )
        self.opening.opened.connect(self._on_core_open)
        self.opening.failed.connect(self._on_core_failed)
        self.opening.restored.connect(self.window.show_restored)
        self.opening.checked.connect(self._on_file_checked)
        self.opening.damage_found.connect(self._on_damage_found)
        self.opening.reopened.connect(self._on_core_reopened)
        self.opening.start()

    def _on_core_open(self, core) -> None:
        from assist_app.gui.context import AppContext, CurrentHelper
        from assist_app.gui.data_safety_actions import DataSafetyActions
        from assist_app.gui.session_lock import SessionLock

        self.context = context = AppContext(core, self.settings, CurrentHelper())
        self.safety = DataSafetyActions(self.window, self.background, context)
        if core.read_only:
            self.window.show_read_only()
        self.session = SessionLock(self.window, context, lambda: self._open_pages(context), self.qt)
        context.helper.changed.connect(self._on_helper_changed)
        if core.read_only:
            self.checked = True  # nothing to check: it is known to be damaged, and cannot be changed
        else:
            self.opening.check(core)
        if self.probe:
            self._probe_sign_in(core)

    def _open_pages(self, context):
        from assist_app.gui.window_controller import WindowController

        self.controller = WindowController(self.window, context)
        return self.controller

    def _probe_sign_in(self, core) -> None:
        """Start-up probe: sign in as $ASSIST_APP_HELPER (or the only account) with $ASSIST_APP_PIN,
        as the command line does (the check of the file runs meanwhile on the worker); without
        them the probe stops at the sign-in page. It quits once the check is done too."""
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
        if self.checked:
            QTimer.singleShot(0, self.qt.quit)

    # the deferred check -------------------------------------------------------------------------
    def _on_file_checked(self) -> None:
        self.checked = True
        if self.probe:
            print(f"checked {time.time():.6f}", flush=True)
            QTimer.singleShot(0, self.qt.quit)
            return
        self.safety.backup_if_due()  # only a file that passed its check is copied
        self.safety.start_schedule()

    def _on_damage_found(self) -> None:
        """The check found damage after the sign-in page was up: lock, so nothing read from the
        damaged file stays on screen, and put the sign-in page away until the file is restored or
        reopened read-only (the opening flow asks which); nobody signs in to a file being replaced."""
        self.session.lock("damaged_file")
        self.window.show_page(self.window.loading)

    def _on_core_reopened(self) -> None:
        """The same core on the restored file, or on the damaged one read-only."""
        core = self.context.core
        self.checked = True
        if core.read_only:
            self.window.show_read_only()
        self.session.page.refresh(self.settings.helper_id or None)
        self.window.show_page(self.session.page)
        self.safety.update(self.context.helper.actor)
        if not core.read_only:
            self.safety.backup_if_due()
            self.safety.start_schedule()

    def _on_helper_changed(self) -> None:
        actor = self.context.helper.actor
        self.safety.update(actor)
        keys = self.context.core.database_key
        if actor is not None and actor.is_supervisor and keys.sheet_due and not self._sheet_offered:
            # Set-up (or a database just encrypted): the first supervisor in gets the sheet to save.
            self._sheet_offered = True
            if not self.probe:
                QTimer.singleShot(0, self.safety.show_recovery_sheet)

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
        if self.session is not None:
            self.session.retranslate()
        if self.safety is not None:
            self.safety.retranslate()

    def set_large_text(self, large: bool) -> None:
        self.settings.large_text = large
        self.appearance.set_large_text(large)


def run(argv: list[str]) -> int:
    from assist_app.gui import error_hook

    application = Application(argv)
    error_hook.install(application.window)
    application.start()
    return application.qt.exec()
