"""The composition root: configuration, window, core and pages are built here and passed down.

Start-up order, so the helper sees something at once: the window is shown before anything else;
after its first paint the opening flow (opening_flow.py) unlocks the database key on a worker
thread — asking for the passphrase or the recovery key only when the keychain cannot give it — and
opens the database (SQLAlchemy, the schema check); a file found damaged on the way leads to the
restore-or-read-only choice. Then the sign-in page appears; the rest of the core (catalogs, the
other services) opens on the worker while the helper types their PIN, and the pages are attached
once a helper has signed in and the core is open. Nothing about a resident is read before that.

The check of every page of the encrypted file (≈0.7 s at 100,000 cases) is not on that path
either: it runs on the worker once the rest of the core is open. Should it find damage, the window
locks (nothing of the damaged file stays on screen) and the same choice follows; the open core then
goes on with the restored file, or the damaged one read-only. A file that needs a migration is
checked before it is migrated, on the way in.
"""

from __future__ import annotations

import os
import sys

from PySide6.QtCore import QCoreApplication, QTimer
from PySide6.QtWidgets import QApplication

from assist_app.config import resolve_data_dir
from assist_app.folder_lock import FolderLock
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


class AlreadyOpen(Exception):
    """Another process has the app open on this data folder (folder_lock.py)."""


class Application:
    def __init__(self, argv: list[str]) -> None:
        self.data_dir = resolve_data_dir(data_dir_from(argv))
        self.data_dir.mkdir(parents=True, exist_ok=True)
        self.folder_lock = FolderLock(self.data_dir)
        if not self.folder_lock.acquire():
            raise AlreadyOpen()
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
        self.window.start_retry_requested.connect(self._retry_start)
        self.window.start_settings_requested.connect(self._database_settings_before_start)
        self.window.closed.connect(self.folder_lock.release)
        self.caller = None  # a second start on this folder calls the window forward (single_window.py)
        self.opening = None  # unlocking, opening and checking the database
        self.context = None  # once the core is open
        self.controller = None  # the pages, once a helper has signed in
        self.session = None  # signing in and locking, once the core is open
        self.sign_in_page = None  # shown as soon as the database is open
        self.safety = None  # backups and the recovery sheet, once the core is open
        self._early_actor = None  # a helper who signed in before the rest of the core was open
        self.focus_ring = None  # set up after the first paint
        self.checked = False  # the deferred check of every page has passed
        self._sheet_offered = False
        self.probe = None
        self.brought_to_front = 0  # times a second start called the window forward
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
        from assist_app.gui.opening_flow import DatabaseOpening
        from assist_app.gui.single_window import WindowCaller
        from assist_app.log_setup import configure_logging

        self.appearance.complete()
        self.focus_ring = FocusRing(self.qt)
        self.caller = WindowCaller(self.data_dir, self.bring_to_front, self.window)
        configure_logging(self.data_dir / "logs")
        self.appearance.use_bundled_font()
        self.opening = DatabaseOpening(
            self.data_dir, self.background, self.window, interactive=self.probe is None
        )
        self.opening.opened.connect(self._on_database_open)
        self.opening.failed.connect(self._on_start_failed)
        self.opening.restored.connect(self.window.show_restored)
        self.opening.checked.connect(self._on_file_checked)
        self.opening.damage_found.connect(self._on_damage_found)
        self.opening.reopened.connect(self._on_core_reopened)
        self.opening.start()

    # first step, on the worker (with the helper's answers if the key needs them): the database --
    def _on_database_open(self, config_and_database) -> None:
        from assist_app.gui.sign_in_page import SignInPage
        from assist_app.services.account_service import AccountService
        from assist_app.services.helper_service import HelperService

        config, opened = config_and_database
        accounts = AccountService(opened.database)
        page = SignInPage(accounts, HelperService(opened.database))
        page.refresh(self.settings.helper_id or None)
        page.signed_in.connect(self._on_signed_in_early)
        self.window.show_page(page)
        self.sign_in_page = page
        if opened.database.read_only:
            self.window.show_read_only()
        self.background.run(lambda: self._open_core(config, opened), self._on_core_open, self._on_core_failed)
        if self.probe:
            self.probe.sign_in_when_shown(page, accounts)

    def _on_signed_in_early(self, actor) -> None:
        # The PIN was right; the pages follow as soon as the rest of the core is open.
        self._early_actor = actor
        self.sign_in_page.message.setText(
            QCoreApplication.translate("MainWindow", "Opening the case database…")
        )

    # second step, on the worker while the helper types: the rest of the core -----------------
    def _open_core(self, config, opened):
        from assist_app.services.core import open_core

        return open_core(config, opened=opened)

    def _on_core_open(self, core) -> None:
        from assist_app.gui.context import AppContext, CurrentHelper
        from assist_app.gui.data_safety_actions import DataSafetyActions
        from assist_app.gui.session_lock import SessionLock

        self.context = context = AppContext(core, self.settings, CurrentHelper())
        page = self.sign_in_page
        page.signed_in.disconnect(self._on_signed_in_early)
        self.safety = DataSafetyActions(self.window, self.background, context)
        self.session = SessionLock(self.window, context, lambda: self._open_pages(context), self.qt, page)
        context.helper.changed.connect(self._on_helper_changed)
        # Queued before an early helper's pages are built, so it runs right after them.
        if core.read_only:
            self.checked = True  # known to be damaged, and nothing in it can change
        else:
            self.opening.check(core, self.probe.mark if self.probe else None)
        if self._early_actor is not None:
            actor, self._early_actor = self._early_actor, None
            self.session.sign_in(actor)
        if self.probe:
            self.probe.core_open()

    def _open_pages(self, context):
        from assist_app.gui.window_controller import WindowController

        self.controller = WindowController(self.window, context)
        if self.probe:
            self.probe.list_filled(self.controller.today.model.rowCount())
        return self.controller

    # the deferred check -------------------------------------------------------------------------
    def _on_file_checked(self) -> None:
        self.checked = True
        if self.probe:
            return
        self.safety.backup_if_due()  # only a file that passed its check is copied
        self.safety.start_schedule()

    def _on_damage_found(self) -> None:
        """Lock, so nothing read from the damaged file stays on screen, and put the sign-in page
        away until the file is restored or reopened read-only (the opening flow asks which):
        nobody signs in to a file that is being replaced."""
        self.session.lock("damaged_file")
        self.window.show_page(self.window.loading)

    def _on_core_reopened(self) -> None:
        """The same core, on the restored file or on the damaged one read-only."""
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

    # failures -----------------------------------------------------------------------------------
    def _on_core_failed(self, exc: Exception) -> None:
        from assist_app.gui.error_messages import explain

        self._show_start_error(explain(exc), can_retry=False)  # the database is open: start again

    def _on_start_failed(self, message: str) -> None:
        # Once a core was open (damage found later, left as it was), only a new start is clean.
        self._show_start_error(message, can_retry=self.context is None)

    def _show_start_error(self, message: str, *, can_retry: bool) -> None:
        if self.probe:
            self.probe.failed(message)
            return
        self.window.show_start_error(message, can_retry=can_retry, on_server=self._on_server())

    def _on_server(self) -> bool:
        from assist_app.config import ConfigError, load_config
        from assist_app.storage.postgres import is_server_url

        try:
            return is_server_url(load_config(self.data_dir).database_url)
        except ConfigError:  # an unreadable config.json is the error already on screen
            return False

    def _retry_start(self) -> None:
        """The opening again, from the key: nothing of the failed attempt is kept open."""
        self.window.show_opening()
        self.opening.start()

    def _database_settings_before_start(self) -> None:
        """A server that cannot be reached or refuses the password: its address and password can
        be changed before anyone signs in (they are this seat's, not a resident's), then tried."""
        from assist_app.config import load_config
        from assist_app.gui.settings_dialog import edit_settings
        from assist_app.services.core import load_catalogs

        url = load_config(self.data_dir).database_url
        if edit_settings(self.window, self.settings, load_catalogs(), self.data_dir, url):
            self._retry_start()

    def bring_to_front(self) -> None:
        from PySide6.QtCore import Qt  # here: the first use of Qt's namespace builds its enums (≈15 ms)

        window = self.window
        window.setWindowState(window.windowState() & ~Qt.WindowState.WindowMinimized)
        window.show()
        window.raise_()
        window.activateWindow()
        self.brought_to_front += 1

    def set_language(self, lang: str) -> None:
        self.settings.language = lang
        self.appearance.set_language(lang)
        self.window.retranslate()
        if self.session is not None:
            self.session.retranslate()
        elif self.sign_in_page is not None:  # shown while the rest of the core opens
            self.sign_in_page.retranslate()
        if self.safety is not None:
            self.safety.retranslate()

    def set_large_text(self, large: bool) -> None:
        self.settings.large_text = large
        self.appearance.set_large_text(large)


def run(argv: list[str]) -> int:
    from assist_app.gui import error_hook

    try:
        application = Application(argv)
    except AlreadyOpen:
        return _call_the_open_window(argv)
    error_hook.install(application.window)
    application.start()
    return application.qt.exec()


def _call_the_open_window(argv: list[str]) -> int:
    """The app is open on this folder already: bring its window forward, or say why not."""
    from PySide6.QtWidgets import QMessageBox

    from assist_app.gui.single_window import already_open_text, call_open_window

    data_dir = resolve_data_dir(data_dir_from(argv))
    qt = QApplication.instance() or QApplication([sys.argv[0]])
    if call_open_window(data_dir):
        return 0
    Appearance(qt).set_language(Settings.in_folder(data_dir).language)
    if os.environ.get(PROBE_ENV) == "1":
        print("already_open", flush=True)
    else:
        title = QCoreApplication.translate("SingleWindow", "Procedure Assist")
        QMessageBox.information(None, title, already_open_text())
    return 0
