"""Which installations' resume codes this one accepts, and the public-key files that carry them.

Trusted keys live in ``trusted_keys.json`` in the data folder, not in the database: they are this
installation's configuration (like config.json), the decoder needs no database to check a code,
and they travel with a data folder on a USB stick. A ward shares them by handing one exported
file to every seat. This installation's own key is always trusted.
"""

from __future__ import annotations

import base64
import binascii
import datetime as dt
import json
from dataclasses import dataclass
from pathlib import Path

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PublicKey

from assist_app.messages import Message
from assist_app.messages.paper import (
    KEY_FILE_NOT_JSON,
    KEY_ID_MISMATCH,
    KEY_IN_TRUST_FILE,
    KEY_NOT_AN_OBJECT,
    KEY_NOT_ED25519,
    NOT_A_KEY_FILE,
    NOT_A_TRUST_FILE,
    TRUST_FILE_UNREADABLE,
    TRUST_KEYS_NOT_A_LIST,
)
from assist_app.resume.signing_key import SigningKey, key_id_of

TRUST_FILE = "trusted_keys.json"
KEY_FILE_FORMAT = "assist-app-public-key"
TRUST_FILE_FORMAT = "assist-app-trusted-keys"


class KeyFileError(ValueError):
    """A public-key or trust file cannot be used; the message names it and the problem."""


@dataclass(frozen=True)
class TrustedKey:
    public_bytes: bytes
    label: str
    added_on: dt.date | None = None
    own: bool = False

    @property
    def key_id(self) -> bytes:
        return key_id_of(self.public_bytes)

    @property
    def key_id_hex(self) -> str:
        return self.key_id.hex()

    def public_key(self) -> Ed25519PublicKey:
        return Ed25519PublicKey.from_public_bytes(self.public_bytes)

    def as_json(self) -> dict:
        return {
            "key_id": self.key_id_hex,
            "public_key": base64.b64encode(self.public_bytes).decode(),
            "label": self.label,
            **({"added_on": self.added_on.isoformat()} if self.added_on else {}),
        }


def _key_from_json(item: object, where: str | Message) -> TrustedKey:
    if not isinstance(item, dict):
        raise KeyFileError(KEY_NOT_AN_OBJECT(where=where))
    try:
        raw = base64.b64decode(str(item["public_key"]), validate=True)
        Ed25519PublicKey.from_public_bytes(raw)
        added = item.get("added_on")
        key = TrustedKey(raw, str(item.get("label", "")), dt.date.fromisoformat(added) if added else None)
    except (KeyError, ValueError, binascii.Error):
        raise KeyFileError(KEY_NOT_ED25519(where=where)) from None
    if str(item.get("key_id", "")).lower() != key.key_id_hex:
        raise KeyFileError(KEY_ID_MISMATCH(where=where))
    return key


def export_public_key(key: SigningKey, label: str) -> str:
    """The text of a public-key file another installation can import."""
    own = TrustedKey(key.public_bytes, label)
    return json.dumps(
        {"format": KEY_FILE_FORMAT, "version": 1, **own.as_json()}, ensure_ascii=False, indent=2
    )


def parse_public_key_file(text: str, where: str = "public key file") -> TrustedKey:
    try:
        data = json.loads(text)
    except ValueError:
        raise KeyFileError(KEY_FILE_NOT_JSON(file=where)) from None
    if not isinstance(data, dict) or data.get("format") != KEY_FILE_FORMAT:
        raise KeyFileError(NOT_A_KEY_FILE(file=where))
    return _key_from_json(data, where)


class TrustStore:
    """The trusted public keys: the file's, plus this installation's own when it is known."""

    def __init__(self, path: Path, own: SigningKey | None = None) -> None:
        self.path = path
        self._own = TrustedKey(own.public_bytes, "this installation", own=True) if own else None
        self._keys = self._read()

    def _read(self) -> list[TrustedKey]:
        if not self.path.exists():
            return []
        try:
            data = json.loads(self.path.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            raise KeyFileError(TRUST_FILE_UNREADABLE(file=self.path)) from None
        if not isinstance(data, dict) or data.get("format") != TRUST_FILE_FORMAT:
            raise KeyFileError(NOT_A_TRUST_FILE(file=self.path))
        items = data.get("keys", [])
        if not isinstance(items, list):
            raise KeyFileError(TRUST_KEYS_NOT_A_LIST(file=self.path))
        return [
            _key_from_json(item, KEY_IN_TRUST_FILE(file=self.path, number=i + 1))
            for i, item in enumerate(items)
        ]

    def trusted(self) -> list[TrustedKey]:
        return ([self._own] if self._own else []) + list(self._keys)

    def find(self, key_id: bytes) -> TrustedKey | None:
        return next((k for k in self.trusted() if k.key_id == key_id), None)

    def add(self, key: TrustedKey, today: dt.date | None = None) -> bool:
        """Trust ``key``; False if it is trusted already."""
        if self.find(key.key_id) is not None:
            return False
        self._keys.append(TrustedKey(key.public_bytes, key.label, today or dt.date.today()))
        self._write()
        return True

    def remove(self, key_id: bytes) -> bool:
        kept = [k for k in self._keys if k.key_id != key_id]
        if len(kept) == len(self._keys):
            return False
        self._keys = kept
        self._write()
        return True

    def _write(self) -> None:
        data = {"format": TRUST_FILE_FORMAT, "version": 1, "keys": [k.as_json() for k in self._keys]}
        self.path.parent.mkdir(parents=True, exist_ok=True)
        tmp = self.path.with_suffix(".tmp")
        tmp.write_text(json.dumps(data, ensure_ascii=False, indent=2), encoding="utf-8")
        tmp.replace(self.path)
