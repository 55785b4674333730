"""The key file beside the database (``assist.keys.json`` next to ``assist.sqlite3``).

It never holds a key in clear: only a fingerprint of the database key (to tell a wrong key from a
damaged file), the name of the keychain entry that holds the key, and, when a passphrase protects
the key, the passphrase vault (scrypt salt and cost, AES-GCM-wrapped secrets).
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path

from assist_app.messages.keys import KEY_FILE_DAMAGED, KEY_FILE_TOO_NEW, KEY_FILE_UNREADABLE
from assist_app.security.secret_store import SecretStoreError
from assist_app.storage.files import write_durably

FORMAT = 1


class KeyFileError(SecretStoreError):
    """The key file cannot be read; the message says what to do."""

    reason = "key_file_unreadable"


def key_file_path(database: Path) -> Path:
    return database.with_name(f"{database.stem}.keys.json")


@dataclass
class KeyFile:
    path: Path
    key_id: str
    keychain_entry: str | None = None
    passphrase: dict | None = None  # a PassphraseVault record
    recovery_sheet_saved: str | None = None  # ISO date the recovery sheet was last saved to print
    extra: dict = field(default_factory=dict)  # fields of newer releases, kept as they were

    @classmethod
    def load(cls, path: Path) -> KeyFile | None:
        try:
            text = path.read_text(encoding="utf-8")
        except FileNotFoundError:
            return None
        except OSError as exc:
            raise KeyFileError(KEY_FILE_UNREADABLE(path=path, reason=exc.strerror)) from None
        try:
            values = json.loads(text)
            if values.get("format") != FORMAT:
                raise KeyFileError(KEY_FILE_TOO_NEW(path=path))
            known = {"format", "key_id", "keychain_entry", "passphrase", "recovery_sheet_saved"}
            return cls(
                path=path,
                key_id=str(values["key_id"]),
                keychain_entry=values.get("keychain_entry"),
                passphrase=values.get("passphrase"),
                recovery_sheet_saved=values.get("recovery_sheet_saved"),
                extra={k: v for k, v in values.items() if k not in known},
            )
        except (ValueError, KeyError, AttributeError, TypeError):
            raise KeyFileError(KEY_FILE_DAMAGED(path=path)) from None

    def save(self) -> None:
        """Write through a temporary file, flushed, then renamed: the file is old or new, never half."""
        values = {
            "format": FORMAT,
            **self.extra,
            "key_id": self.key_id,
            "keychain_entry": self.keychain_entry,
            "passphrase": self.passphrase,
            "recovery_sheet_saved": self.recovery_sheet_saved,
        }
        write_durably(self.path, json.dumps(values, indent=2).encode("utf-8"))
