"""Secrets kept in the OS keychain (database key, PostgreSQL password, signing key)."""

from assist_app.security.secret_store import (
    KeychainLocked,
    NoKeychain,
    NoSecretService,
    SecretStore,
    SecretStoreError,
    UnsafeKeychain,
)

__all__ = [
    "KeychainLocked",
    "NoKeychain",
    "NoSecretService",
    "SecretStore",
    "SecretStoreError",
    "UnsafeKeychain",
]
