"""Signing in, locking and switching helper: who the window works for, and when it shows nothing.

The window starts locked. Signing in builds the pages (the first time) or brings them back; locking
(on demand with Ctrl+L, after the idle time set by a supervisor, or to switch helper) saves what is
being typed, closes any open dialog, empties the pages and shows the sign-in page, so nothing
about a resident stays on screen, in the window title or in a hidden widget.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtWidgets import QApplication, QDialog

from assist_app.gui.admin_actions import AdminActions
from assist_app.gui.context import AppContext
from assist_app.gui.main_window import MainWindow
from assist_app.gui.sign_in_page import SignInPage
from assist_app.log_setup import log_exception
from assist_app.services.access import Actor


class SessionLock(QObject):
    def __init__(
        self,
        window: MainWindow,
        context: AppContext,
        open_pages: Callable[[], QObject],
        app: QCoreApplication | None = None,
        page: SignInPage | None = None,
    ) -> None:
        """``page``: the sign-in page already on screen (shown before the core was open), kept as
        it is so that a PIN being typed is not lost."""
        super().__init__(window)
        from assist_app.gui.idle_watch import IdleWatch

        self.window, self.context, self._open_pages = window, context, open_pages
        core = context.core
        shown = page is not None
        self.page = page if page is not None else SignInPage(core.accounts, core.helpers)
        self.page.signed_in.connect(self.sign_in)
        self.idle = IdleWatch(app or QCoreApplication.instance(), self)
        self.idle.idle.connect(lambda: self.lock("idle"))
        self.admin = AdminActions(window, context, self.policies_changed)
        self.controller = None  # the WindowController, once someone has signed in
        self.resident_data = None  # the File menu's export and erase, with the pages
        ui = window.ui
        ui.actionLock.triggered.connect(lambda: self.lock("on_demand"))
        ui.actionSwitchHelper.triggered.connect(lambda: self.lock("switch_helper"))
        window.controller = self  # the window's close goes through close() below
        self._show_locked(first=True, refresh=not shown)

    @property
    def locked(self) -> bool:
        return self.context.helper.actor is None

    # locking ---------------------------------------------------------------------------------
    def _show_locked(self, first: bool = False, refresh: bool = True) -> None:
        if refresh:
            self.page.refresh(self.context.settings.helper_id or None, locked=not first)
        self.window.show_page(self.page)
        # No title of its own: the frame shows the app's name (Appearance keeps it in the interface
        # language), never a resident's.
        self.window.setWindowTitle("")
        self.window.set_actions_enabled(False)
        self.admin.update(None)
        if self.resident_data is not None:
            self.resident_data.update(None)
        self.window.ui.actionLock.setEnabled(False)

    def lock(self, reason: str) -> None:
        actor = self.context.helper.actor
        if actor is None:
            return
        self.idle.stop()
        if self.controller is not None:
            self.controller.suspend()  # saves notes being typed as the helper who typed them
        for widget in QApplication.topLevelWidgets():
            if isinstance(widget, QDialog) and widget.isVisible():
                widget.reject()  # a dialog's own exec() returns "rejected" and its caller stops
                widget.deleteLater()  # and what it showed does not linger in a hidden widget
        self.context.helper.set(None)
        self._show_locked()
        try:
            self.context.core.accounts.signed_out(actor, reason)
        except Exception as exc:  # recording must not keep the screen unlocked
            log_exception(exc, "recording a lock")

    # signing in ------------------------------------------------------------------------------
    def sign_in(self, actor: Actor) -> None:
        previous = self.context.settings.helper_id
        self.context.helper.set(actor)
        self.context.settings.helper_id = actor.helper_id
        self.window.set_actions_enabled(True)
        self.window.ui.actionLock.setEnabled(True)
        self.admin.update(actor)
        if self.controller is None:
            from assist_app.gui.resident_data_actions import ResidentDataActions

            self.controller = self._open_pages()
            self.resident_data = ResidentDataActions(self.window, self.context, self.controller)
        else:
            self.controller.resume(same_helper=previous == actor.helper_id)
        self.resident_data.update(actor)
        self.idle.start(self.context.core.policies.policies(actor).idle_lock_seconds)

    def policies_changed(self) -> None:
        actor = self.context.helper.actor
        if actor is not None:
            self.idle.start(self.context.core.policies.policies(actor).idle_lock_seconds)

    # window ----------------------------------------------------------------------------------
    def retranslate(self) -> None:
        self.page.retranslate()
        if self.controller is not None:
            self.controller.retranslate()
            self.resident_data.retranslate()

    def close(self) -> None:
        actor = self.context.helper.actor
        self.idle.close()
        if actor is not None:
            try:
                self.context.core.accounts.signed_out(actor, "quit")
            except Exception as exc:
                log_exception(exc, "recording the end of a session")
        if self.controller is not None:
            self.controller.close()  # saves notes, closes the core
        else:
            self.context.core.close()
