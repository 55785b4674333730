"""This installation's resume-code key and the keys it trusts, as the app's Keys dialog uses them.

The private key stays in the OS keychain (assist_app.resume.signing_key); only public keys are
written, to the trust file in the data folder. Errors come back as ServiceErrors whose messages
say what to do.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from pathlib import Path

from assist_app.messages import Message, message_of
from assist_app.messages.paper import KEY_FILE_NOT_TEXT
from assist_app.resume import KeyFileError, SigningKey, TrustedKey, TrustStore
from assist_app.resume.trust import TRUST_FILE, export_public_key, parse_public_key_file
from assist_app.security import SecretStoreError
from assist_app.services.errors import InvalidInput, ServiceError

KeyLoader = Callable[[bool], SigningKey | None]  # create? → the key (None: none made yet)


class KeychainUnavailable(ServiceError):
    """The keychain holding this installation's signing key cannot be used right now."""

    def __init__(self, message: Message, reason: str = "keychain_error") -> None:
        super().__init__(message)
        self.reason = reason  # as SecretStoreError.reason says it


class ResumeKeyService:
    """Resume-code signing keys (the database key is key_service.py's)."""

    def __init__(self, data_dir: Path, load_key: KeyLoader) -> None:
        self.trust_path = data_dir / TRUST_FILE
        self._load_key = load_key
        self._own: SigningKey | None = None
        self._lock = threading.Lock()
        self.own_problem = ""  # why this installation's own key could not be read, if it could not

    def own_key(self, create: bool = False) -> SigningKey | None:
        with self._lock:  # one keychain prompt at a time
            if self._own is None:
                try:
                    self._own = self._load_key(create)
                except SecretStoreError as exc:
                    self.own_problem = str(exc)
                    raise KeychainUnavailable(message_of(exc), exc.reason) from None
                self.own_problem = ""
            return self._own

    def trust_store(self) -> TrustStore:
        """The trusted keys as the file holds them now, with this installation's own if readable."""
        try:
            own = self.own_key()
        except KeychainUnavailable:
            own = None  # imported keys still verify; own codes then read as "unknown signer"
        try:
            return TrustStore(self.trust_path, own)
        except KeyFileError as exc:
            raise InvalidInput(message_of(exc)) from None

    def trusted(self) -> list[TrustedKey]:
        return self.trust_store().trusted()

    def export_text(self, label: str) -> str:
        """The public-key file's text; makes this installation's key on first use."""
        key = self.own_key(create=True)
        return export_public_key(key, label.strip() or "assist-app")

    def read_key_file(self, path: Path) -> TrustedKey:
        try:
            text = Path(path).read_text(encoding="utf-8")
        except UnicodeDecodeError:
            raise InvalidInput(KEY_FILE_NOT_TEXT(file=Path(path).name)) from None
        try:
            return parse_public_key_file(text, Path(path).name)
        except KeyFileError as exc:
            raise InvalidInput(message_of(exc)) from None

    def trust(self, key: TrustedKey) -> bool:
        """Accept codes signed by ``key`` from now on; False if it was trusted already."""
        return self.trust_store().add(key)

    def remove(self, key_id: bytes) -> bool:
        return self.trust_store().remove(key_id)
