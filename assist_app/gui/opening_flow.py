"""Opening the case database from the window: on the worker thread, asking the helper when needed.

When the keychain cannot give the key, the unlock dialog asks for the passphrase (or the recovery
key) and the opening runs again; when the file is damaged, the helper chooses between restoring the
latest good backup and opening it read-only. The dialogs are window-modal and asynchronous, so the
window keeps painting and tests can answer them.

The check of every page is left out of the opening (``defer_check``) and run by ``check`` once the
sign-in page is up; damage found then leads to the same choice, and the open core goes on with the
restored file, or with the damaged one read-only (``Core.restore`` / ``Core.reopen``).
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QDialog, QWidget

from assist_app.config import load_config
from assist_app.gui.background import BackgroundWork
from assist_app.gui.error_messages import explain


class DatabaseOpening(QObject):
    """``opened((config, OpenedDatabase))`` once the database is open (the rest of the core is the
    caller's); ``failed(message)`` when it will not be.

    After ``check(core)``: ``checked()`` when the file is sound; ``damage_found()`` before the
    choice is asked, then ``reopened()`` once the same core works on the restored file or read-only.
    """

    opened = Signal(object)
    failed = Signal(str)
    restored = Signal(str)  # the name of the backup put back
    checked = Signal()
    damage_found = Signal()
    reopened = Signal()

    def __init__(
        self, data_dir: Path, background: BackgroundWork, window: QWidget, interactive: bool = True
    ) -> None:
        super().__init__(window)
        self.data_dir, self.background, self.window = data_dir, background, window
        self.interactive = interactive
        # What the helper typed; at first whatever the environment gives (scripted kiosks; the GUI
        # never needs it), read on the worker with the rest: keyring and cryptography load there.
        self.credentials = None
        self.read_only = False
        self.dialog: QDialog | None = None  # the question on screen, if any
        self._problem = None
        self._mode = None

    def start(self) -> None:
        self.background.run(self._open, self.opened.emit, self._on_failed)

    def _open(self):
        """On the worker: the configuration and the database (``OpenedDatabase``), unlocked."""
        from assist_app.security import SecretStore
        from assist_app.security.database_key import Credentials
        from assist_app.services.database_opening import open_database_unlocked

        if self.credentials is None:
            self.credentials = Credentials.from_environment()
        config = load_config(self.data_dir)
        opened = open_database_unlocked(
            config, self.credentials, SecretStore(), read_only=self.read_only, defer_check=True
        )
        return config, opened

    def check(self, core, mark: Callable[[str], None] | None = None) -> None:
        """The deferred check of every page, on the worker (see the module's docstring);
        ``mark("checked")`` is called there when it is done (the start-up probe)."""

        def work():
            damage = core.find_damage()
            if mark is not None:
                mark("checked")
            return damage

        self.background.run(work, lambda damage: self._on_check_done(core, damage), self._on_failed)

    def _on_check_done(self, core, damage) -> None:
        if damage is None:
            self.checked.emit()
            return
        self.damage_found.emit()
        if self.interactive:
            self._ask_damaged(damage, core)
        else:
            core.close()
            self.failed.emit(explain(damage))

    def _on_failed(self, exc: Exception) -> None:
        from assist_app.gui.unlock_dialog import needs_unlock_dialog
        from assist_app.storage import DatabaseDamaged

        if self.interactive and needs_unlock_dialog(exc):
            self._ask_unlock(exc)
        elif self.interactive and isinstance(exc, DatabaseDamaged):
            self._ask_damaged(exc)
        else:
            self.failed.emit(explain(exc))

    # the key ---------------------------------------------------------------------------------
    def _ask_unlock(self, exc: Exception) -> None:
        from assist_app.gui.unlock_dialog import UnlockDialog
        from assist_app.security.database_key import Credentials, PassphraseRequired, RecoveryKeyRequired

        error = ""
        if isinstance(exc, PassphraseRequired | RecoveryKeyRequired):
            self._problem, self._mode = exc, None
        else:
            error = explain(exc)
        problem = self._problem or PassphraseRequired(None, first_start=False)
        self.dialog = UnlockDialog(problem, Credentials(), error, self.window, mode=self._mode)
        self.dialog.finished.connect(self._on_unlock_dialog_finished)
        self.dialog.open()

    def _on_unlock_dialog_finished(self, result: int) -> None:
        from assist_app.security.database_key import Credentials

        dialog, self.dialog = self.dialog, None
        if result != QDialog.DialogCode.Accepted:
            self.failed.emit(self.tr("The case database stays locked. Choose “Try again” to open it."))
            return
        self._mode = dialog.mode
        self.credentials = Credentials() if dialog.retry_keychain else dialog.credentials
        self.start()

    # damage ----------------------------------------------------------------------------------
    def _ask_damaged(self, damage, core=None) -> None:
        """``core``: the damage was found by ``check``, with the core already open."""
        from assist_app.gui.damaged_database_dialog import DamagedDatabaseDialog

        self.dialog = DamagedDatabaseDialog(damage, self.window)
        self.dialog.finished.connect(lambda _result: self._on_damaged_dialog_finished(damage, core))
        self.dialog.open()

    def _on_damaged_dialog_finished(self, damage, core) -> None:
        from assist_app.gui.damaged_database_dialog import Choice

        dialog, self.dialog = self.dialog, None
        choice = dialog.choice()
        if choice is Choice.RESTORE:
            backup = damage.latest_good.path
            if core is None:
                self.background.run(lambda: self._restore(backup), self._on_restored, self._on_failed)
            else:
                self.background.run(lambda: core.restore(backup), self._on_restored_in_place, self._on_failed)
        elif choice is Choice.READ_ONLY:
            self.read_only = True
            if core is None:
                self.start()
            else:
                self.background.run(lambda: core.reopen(read_only=True), self._on_reopened, self._on_failed)
        else:
            if core is not None:
                core.close()
            self.failed.emit(self.tr("The damaged database was left as it is. Nothing was changed."))

    def _restore(self, backup: Path):
        from assist_app.security import SecretStore
        from assist_app.services.database_opening import restore_from_backup

        return restore_from_backup(load_config(self.data_dir), self.credentials, SecretStore(), backup)

    def _on_restored(self, result) -> None:
        self.restored.emit(Path(result.restored).name)
        self.start()

    def _on_restored_in_place(self, result) -> None:
        self.restored.emit(Path(result.restored).name)
        self.reopened.emit()

    def _on_reopened(self, _result) -> None:
        self.reopened.emit()
