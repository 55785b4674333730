"""Secrets kept on disk only wrapped by a passphrase: the fallback where no keychain can be used.

The passphrase goes through scrypt (128 MiB, ≈0.5 s here: slow for a guesser, once per start for
the helper) to a key that encrypts each secret with AES-256-GCM; the secret's name is bound in as
associated data, so entries cannot be swapped. A wrong passphrase fails the authentication tag of a
fixed check entry, so it is told apart from a damaged file. The passphrase is folded with NFKC first:
full-width letters typed with the Japanese input method on give the same key as half-width ones.
"""

from __future__ import annotations

import base64
import os
import unicodedata
from collections.abc import Callable
from dataclasses import asdict, dataclass

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.scrypt import Scrypt

from assist_app.messages.keys import DAMAGED_KEY_FILE_VAULT, WEAK_PASSPHRASE, WRONG_PASSPHRASE
from assist_app.security.secret_store import SecretStoreError

MIN_LENGTH = 8
_CHECK_NAME = "passphrase-check"
_CHECK_VALUE = "assist-app passphrase check"


class WrongPassphrase(SecretStoreError):
    reason = "wrong_passphrase"

    def __init__(self) -> None:
        super().__init__(WRONG_PASSPHRASE())


class WeakPassphrase(SecretStoreError):
    reason = "weak_passphrase"

    def __init__(self) -> None:
        super().__init__(WEAK_PASSPHRASE(length=MIN_LENGTH))


class DamagedVault(SecretStoreError):
    reason = "damaged_key_file"

    def __init__(self) -> None:
        super().__init__(DAMAGED_KEY_FILE_VAULT())


def check_new_passphrase(passphrase: str) -> None:
    """Raise WeakPassphrase for a passphrase too short to protect the key (counted as folded)."""
    if len(unicodedata.normalize("NFKC", passphrase)) < MIN_LENGTH:
        raise WeakPassphrase()


@dataclass(frozen=True)
class ScryptCost:
    n: int = 2**17
    r: int = 8
    p: int = 1


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def _unb64(text: str) -> bytes:
    return base64.b64decode(text.encode("ascii"), validate=True)


def normalise(passphrase: str) -> bytes:
    return unicodedata.normalize("NFKC", passphrase).encode("utf-8")


def _derive(passphrase: str, salt: bytes, cost: ScryptCost) -> bytes:
    return Scrypt(salt=salt, length=32, n=cost.n, r=cost.r, p=cost.p).derive(normalise(passphrase))


class PassphraseVault:
    """Named secrets (strings) encrypted under a passphrase; ``record`` is what goes into the file.

    Keeps the derived key while open, so secrets can be added without asking again;
    ``on_change`` is called with the new record after each change (the key file saves it).
    """

    def __init__(self, kek: bytes, record: dict, on_change: Callable[[dict], None] | None = None) -> None:
        self._aead = AESGCM(kek)
        self.record = record
        self.on_change = on_change

    @classmethod
    def create(
        cls, passphrase: str, cost: ScryptCost = ScryptCost(), on_change: Callable[[dict], None] | None = None
    ) -> PassphraseVault:
        check_new_passphrase(passphrase)
        salt = os.urandom(16)
        record = {"kdf": {"name": "scrypt", **asdict(cost), "salt": _b64(salt)}, "cipher": "aes-256-gcm"}
        record["secrets"] = {}
        vault = cls(_derive(passphrase, salt, cost), record, None)
        vault._put(_CHECK_NAME, _CHECK_VALUE)
        vault.on_change = on_change
        return vault

    @classmethod
    def unlock(
        cls, record: dict, passphrase: str, on_change: Callable[[dict], None] | None = None
    ) -> PassphraseVault:
        try:
            kdf = record["kdf"]
            if kdf["name"] != "scrypt" or record["cipher"] != "aes-256-gcm":
                raise DamagedVault()
            cost = ScryptCost(int(kdf["n"]), int(kdf["r"]), int(kdf["p"]))
            kek = _derive(passphrase, _unb64(kdf["salt"]), cost)
            vault = cls(kek, record, on_change)
            check = vault._read(_CHECK_NAME)
        except InvalidTag:
            raise WrongPassphrase() from None
        except (KeyError, TypeError, ValueError):
            raise DamagedVault() from None
        if check != _CHECK_VALUE:
            raise DamagedVault()
        return vault

    def _read(self, name: str) -> str | None:
        entry = self.record["secrets"].get(name)
        if entry is None:
            return None
        data = self._aead.decrypt(_unb64(entry["nonce"]), _unb64(entry["data"]), name.encode())
        return data.decode("utf-8")

    def _put(self, name: str, value: str) -> None:
        nonce = os.urandom(12)
        data = self._aead.encrypt(nonce, value.encode("utf-8"), name.encode())
        self.record["secrets"][name] = {"nonce": _b64(nonce), "data": _b64(data)}

    def _changed(self) -> None:
        if self.on_change is not None:
            self.on_change(self.record)

    # The SecretStore interface, so callers need not know where a secret lives.
    def get(self, name: str) -> str | None:
        try:
            return self._read(name)
        except (InvalidTag, KeyError, TypeError, ValueError):
            raise DamagedVault() from None

    def set(self, name: str, value: str) -> None:
        self._put(name, value)
        self._changed()

    def delete(self, name: str) -> None:
        if self.record["secrets"].pop(name, None) is not None:
            self._changed()

    def names(self) -> list[str]:
        return [n for n in self.record["secrets"] if n != _CHECK_NAME]

    def rewrapped(self, passphrase: str, cost: ScryptCost = ScryptCost()) -> PassphraseVault:
        """The same secrets under a new passphrase (for a change of passphrase)."""
        vault = PassphraseVault.create(passphrase, cost)
        for name in self.names():
            vault._put(name, self.get(name))
        vault.on_change = self.on_change
        return vault
