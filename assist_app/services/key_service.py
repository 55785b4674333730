"""The database key as helpers meet it: the recovery sheet, and the passphrase that protects the key.

The recovery sheet shows the key itself, which opens every resident's records and every backup, so
only a supervisor gets it; each time it is shown or saved is recorded in the audit log (no key, no
names). Until a sheet has been saved once, the window offers it to the next supervisor who signs in.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from assist_app.messages.cases import PRINT_THE_RECOVERY_SHEET, SEE_THE_RECOVERY_KEY, SET_THE_PASSPHRASE
from assist_app.messages.storage import NO_RECOVERY_KEY_ON_SERVER
from assist_app.security.database_key import UnlockedKey
from assist_app.services.access import Actor, records_denials, require_supervisor
from assist_app.services.errors import InvalidInput
from assist_app.services.history import audit
from assist_app.storage import Database

if TYPE_CHECKING:  # ReportLab is imported when a sheet is made, not when the core opens (start-up)
    from assist_app.printing.recovery_sheet import RecoverySheet


class KeyService:
    def __init__(
        self,
        database: Database,
        keys: UnlockedKey | None,
        data_dir: Path,
        today: Callable[[], dt.date] = dt.date.today,
    ) -> None:
        self._db, self._keys, self._data_dir, self._today = database, keys, data_dir, today

    @property
    def has_key(self) -> bool:
        """False for a database on a server, whose encryption is the server's."""
        return self._keys is not None

    @property
    def sheet_due(self) -> bool:
        """No recovery sheet was saved for this key yet (a new key, or a database just encrypted)."""
        return self._keys is not None and self._keys.key_file.recovery_sheet_saved is None

    def _require_key(self) -> UnlockedKey:
        if self._keys is None:
            raise InvalidInput(NO_RECOVERY_KEY_ON_SERVER())
        return self._keys

    @records_denials
    def recovery_sheet(self, actor: Actor) -> RecoverySheet:
        """What the sheet shows (the key on screen, in the dialog); supervisor only."""
        from assist_app.printing.recovery_sheet import RecoverySheet

        require_supervisor(actor, SEE_THE_RECOVERY_KEY)
        keys = self._require_key()
        with self._db.session() as session:
            audit(session, actor, "print", "recovery_sheet_shown")
        return RecoverySheet(keys.recovery_key, keys.key_file.key_id, str(self._data_dir), self._today())

    @records_denials
    def recovery_sheet_pdf(self, actor: Actor) -> bytes:
        """The sheet to print; from now on it is no longer offered at sign-in."""
        from assist_app.printing.recovery_sheet import RecoverySheet, build_recovery_sheet

        require_supervisor(actor, PRINT_THE_RECOVERY_SHEET)
        keys = self._require_key()
        sheet = RecoverySheet(keys.recovery_key, keys.key_file.key_id, str(self._data_dir), self._today())
        pdf = build_recovery_sheet(sheet)
        with self._db.session() as session:
            audit(session, actor, "print", "recovery_sheet_saved")
        keys.key_file.recovery_sheet_saved = self._today().isoformat()
        keys.key_file.save()
        return pdf

    @records_denials
    def set_passphrase(self, actor: Actor, passphrase: str) -> None:
        """Protect the key with ``passphrase`` (replacing an earlier one); supervisor only."""
        require_supervisor(actor, SET_THE_PASSPHRASE)
        self._require_key().set_passphrase(passphrase)
        with self._db.session() as session:
            audit(session, actor, "access", "passphrase_set")
