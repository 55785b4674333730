"""Resume-code fixtures: an in-memory keychain, a signing key and the trust store that holds it."""

from __future__ import annotations

import keyring
import pytest

from assist_app.resume import SigningKey, TrustStore
from assist_app.security.memory_keyring import MemoryKeyring


@pytest.fixture
def memory_keyring():
    previous = keyring.get_keyring()
    ring = MemoryKeyring()
    keyring.set_keyring(ring)
    yield ring
    keyring.set_keyring(previous)


@pytest.fixture(scope="session")
def signing_key() -> SigningKey:
    return SigningKey.generate()


@pytest.fixture
def trust(tmp_path, signing_key) -> TrustStore:
    return TrustStore(tmp_path / "trusted_keys.json", signing_key)
