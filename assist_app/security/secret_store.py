"""The OS keychain behind one small interface, with the ways it fails told apart.

keyring picks a backend by itself. Three failures look alike from outside and need different
advice: no keychain at all (no D-Bus session, or the `fail`/`null` backend), D-Bus without a
Secret Service, and a locked keychain. A plaintext file backend (keyrings.alt) is refused outright:
it would put the signing key on disk in clear.
"""

from __future__ import annotations

import contextlib
import os
import sys
from collections.abc import Callable
from typing import TypeVar

import keyring
from keyring.backend import KeyringBackend
from keyring.errors import KeyringError, KeyringLocked, NoKeyringError

from assist_app.messages import Message, Template
from assist_app.messages.keys import (
    KEYCHAIN_FAILED,
    KEYCHAIN_LOCKED,
    KEYCHAIN_LOCKED_SITUATION,
    KEYCHAIN_REFUSED,
    NO_KEYCHAIN,
    NO_KEYCHAIN_SITUATION,
    NO_SECRET_SERVICE,
    NO_SECRET_SERVICE_SITUATION,
    UNSAFE_KEYCHAIN,
    UNSAFE_KEYCHAIN_SITUATION,
)

SERVICE = "assist-app"
T = TypeVar("T")

_NO_BACKEND = ("keyring.backends.fail", "keyring.backends.null")
_PLAINTEXT = ("keyrings.alt", "keyring.backends.file")


class SecretStoreError(Exception):
    """The keychain cannot be used; the message (assist_app.messages) says what to do."""

    reason = "keychain_error"
    situation: Template | None = None  # what happened, without the advice (followed by other advice)

    def __init__(self, message: Message) -> None:
        super().__init__(message)

    def describe(self) -> Message:
        """What happened, in one sentence without the advice."""
        return self.situation() if self.situation else self.args[0]


class NoKeychain(SecretStoreError):
    reason = "no_keychain"
    situation = NO_KEYCHAIN_SITUATION

    def __init__(self) -> None:
        super().__init__(NO_KEYCHAIN())


class NoSecretService(SecretStoreError):
    reason = "no_secret_service"
    situation = NO_SECRET_SERVICE_SITUATION

    def __init__(self) -> None:
        super().__init__(NO_SECRET_SERVICE())


class KeychainLocked(SecretStoreError):
    reason = "keychain_locked"
    situation = KEYCHAIN_LOCKED_SITUATION

    def __init__(self) -> None:
        super().__init__(KEYCHAIN_LOCKED())


class UnsafeKeychain(SecretStoreError):
    reason = "unsafe_keychain"
    situation = UNSAFE_KEYCHAIN_SITUATION

    def __init__(self, backend: str) -> None:
        super().__init__(UNSAFE_KEYCHAIN(backend=backend))


def _members(ring: KeyringBackend) -> list[KeyringBackend]:
    """The backends behind keyring's chainer, or the one backend itself."""
    chained = getattr(ring, "backends", None)
    return list(chained) if chained is not None else [ring]


def _unavailable() -> SecretStoreError:
    has_dbus = bool(os.environ.get("DBUS_SESSION_BUS_ADDRESS"))
    if has_dbus and sys.platform not in ("win32", "darwin"):
        return NoSecretService()
    return NoKeychain()


class SecretStore:
    """Named secrets of this app in the OS keychain (or the backend given, e.g. in tests)."""

    def __init__(self, service: str = SERVICE, backend: KeyringBackend | None = None) -> None:
        self._service = service
        self._backend = backend

    def _ring(self) -> KeyringBackend:
        ring = self._backend or keyring.get_keyring()
        members = _members(ring)
        for member in members:
            module = type(member).__module__
            if module.startswith(_PLAINTEXT):
                raise UnsafeKeychain(f"{module}.{type(member).__name__}")
        if not members or all(type(m).__module__.startswith(_NO_BACKEND) for m in members):
            raise _unavailable()
        return ring

    def backend_name(self) -> str:
        """Which keychain is in use; raises the specific error when there is none fit for use."""
        ring = self._ring()
        return ", ".join(f"{type(m).__module__}.{type(m).__name__}" for m in _members(ring))

    def check(self) -> None:
        """Raise the specific error if the keychain cannot be read right now (e.g. locked)."""
        self.get("probe")

    def _call(self, work: Callable[[KeyringBackend], T]) -> T:
        ring = self._ring()
        try:
            return work(ring)
        except NoKeyringError:
            raise _unavailable() from None
        except KeyringLocked:
            raise KeychainLocked() from None
        except KeyringError as exc:
            raise SecretStoreError(KEYCHAIN_REFUSED(error=exc.__class__.__name__)) from None
        except Exception as exc:  # D-Bus and OS errors of the backends come in many types
            raise SecretStoreError(KEYCHAIN_FAILED(error=exc.__class__.__name__)) from None

    def get(self, name: str) -> str | None:
        return self._call(lambda ring: ring.get_password(self._service, name))

    def set(self, name: str, value: str) -> None:
        self._call(lambda ring: ring.set_password(self._service, name, value))

    def delete(self, name: str) -> None:
        from keyring.errors import PasswordDeleteError

        def work(ring: KeyringBackend) -> None:
            with contextlib.suppress(PasswordDeleteError):  # nothing stored: the wanted end state already
                ring.delete_password(self._service, name)

        self._call(work)
