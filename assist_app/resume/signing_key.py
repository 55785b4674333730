"""This installation's Ed25519 signing key: made once, kept in the OS keychain, never on disk."""

from __future__ import annotations

import base64
import binascii
import hashlib
from dataclasses import dataclass

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey
from cryptography.hazmat.primitives.serialization import Encoding, NoEncryption, PrivateFormat, PublicFormat

from assist_app.messages.paper import SIGNING_KEY_UNREADABLE
from assist_app.resume.payload import KEY_ID_BYTES
from assist_app.security import SecretStore, SecretStoreError

SECRET_NAME = "resume-signing-key"
_PREFIX = "ed25519:"


class SigningKeyError(SecretStoreError):
    reason = "signing_key_unreadable"


def key_id_of(public_bytes: bytes) -> bytes:
    return hashlib.sha256(public_bytes).digest()[:KEY_ID_BYTES]


def public_bytes_of(key: Ed25519PublicKey) -> bytes:
    return key.public_bytes(Encoding.Raw, PublicFormat.Raw)


@dataclass(frozen=True)
class SigningKey:
    private: Ed25519PrivateKey

    @property
    def public_bytes(self) -> bytes:
        return public_bytes_of(self.private.public_key())

    @property
    def key_id(self) -> bytes:
        return key_id_of(self.public_bytes)

    def sign(self, data: bytes) -> bytes:
        return self.private.sign(data)

    @classmethod
    def generate(cls) -> SigningKey:
        return cls(Ed25519PrivateKey.generate())


def load_signing_key(store: SecretStore, create: bool = True) -> SigningKey | None:
    """The installation's key; made and stored on first use when ``create``.

    A stored value that cannot be read is reported, never replaced: replacing it would make every
    code this installation printed unverifiable.
    """
    stored = store.get(SECRET_NAME)
    if stored is None:
        if not create:
            return None
        key = SigningKey.generate()
        raw = key.private.private_bytes(Encoding.Raw, PrivateFormat.Raw, NoEncryption())
        store.set(SECRET_NAME, _PREFIX + base64.b64encode(raw).decode())
        return key
    try:
        if not stored.startswith(_PREFIX):
            raise ValueError("unknown key type")
        raw = base64.b64decode(stored.removeprefix(_PREFIX), validate=True)
        return SigningKey(Ed25519PrivateKey.from_private_bytes(raw))
    except (ValueError, binascii.Error):
        raise SigningKeyError(SIGNING_KEY_UNREADABLE(entry=SECRET_NAME)) from None
