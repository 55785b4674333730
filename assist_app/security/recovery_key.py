"""The recovery key: the database key written for people, as on the recovery sheet.

It is the 256-bit database key itself plus a 3-byte checksum, in Crockford's base32 (digits and
capital letters without I, L, O, U), 56 characters in 14 groups of four. Typing it back forgives
case, spaces, dashes and the look-alikes I/L (read as 1) and O (read as 0); the checksum catches a
mistyped character before anything is tried. The characters are all in the QR alphanumeric set, so
the same text makes a compact QR code. Because it is the key itself, it opens the database and every
backup of it even when the key file beside the database is lost.
"""

from __future__ import annotations

import hashlib

from assist_app.messages.keys import (
    RECOVERY_KEY_BAD_CHARACTERS,
    RECOVERY_KEY_LENGTH,
    RECOVERY_KEY_TYPING_MISTAKE,
)
from assist_app.security.secret_store import SecretStoreError

ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"
_VALUES = {c: i for i, c in enumerate(ALPHABET)} | {"I": 1, "L": 1, "O": 0}
KEY_BYTES = 32
_CHECK_BYTES = 3
GROUP = 4
LENGTH = (KEY_BYTES + _CHECK_BYTES) * 8 // 5  # 56


class RecoveryKeyError(SecretStoreError, ValueError):
    """The text is not a well-formed recovery key; the message says what looks wrong."""

    reason = "recovery_key_malformed"


def _checksum(key: bytes) -> bytes:
    return hashlib.sha256(b"assist-app recovery key\x00" + key).digest()[:_CHECK_BYTES]


def format_recovery_key(key: bytes) -> str:
    if len(key) != KEY_BYTES:
        raise ValueError("a database key is 32 bytes")
    number = int.from_bytes(key + _checksum(key), "big")
    chars = [ALPHABET[(number >> (5 * i)) & 31] for i in reversed(range(LENGTH))]
    text = "".join(chars)
    return "-".join(text[i : i + GROUP] for i in range(0, LENGTH, GROUP))


def parse_recovery_key(text: str) -> bytes:
    """The key in ``text``; raises RecoveryKeyError for a wrong length, character or checksum."""
    cleaned = "".join(c for c in text.upper() if c not in " -\t\r\n")
    bad = sorted({c for c in cleaned if c not in _VALUES})
    if bad:
        raise RecoveryKeyError(RECOVERY_KEY_BAD_CHARACTERS(characters="".join(bad)))
    if len(cleaned) != LENGTH:
        raise RecoveryKeyError(RECOVERY_KEY_LENGTH(expected=LENGTH, length=len(cleaned)))
    number = 0
    for c in cleaned:
        number = (number << 5) | _VALUES[c]
    raw = number.to_bytes(KEY_BYTES + _CHECK_BYTES, "big")
    key, check = raw[:KEY_BYTES], raw[KEY_BYTES:]
    if _checksum(key) != check:
        raise RecoveryKeyError(RECOVERY_KEY_TYPING_MISTAKE())
    return key


def key_id(key: bytes) -> str:
    """A short fingerprint of a database key, stored beside the database to tell keys apart."""
    return hashlib.sha256(b"assist-app database key id\x00" + key).hexdigest()[:16]
