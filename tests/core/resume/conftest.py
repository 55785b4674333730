"""Resume-code fixtures: a signing key and the trust store that holds it (the in-memory keychain
is the root conftest's, for every test)."""

from __future__ import annotations

import pytest

from assist_app.resume import SigningKey, TrustStore


@pytest.fixture(scope="session")
def signing_key() -> SigningKey:
    return SigningKey.generate()


@pytest.fixture
def trust(tmp_path, signing_key) -> TrustStore:
    return TrustStore(tmp_path / "trusted_keys.json", signing_key)
