"""Resume-code fixtures: an in-memory keychain, keys, and a fixed clock."""

from __future__ import annotations

import datetime as dt

import keyring
import pytest

from assist_app.resume import ResumeContent, SigningKey, TrustStore, layout_hash
from assist_app.security.memory_keyring import MemoryKeyring

NOW = dt.datetime(2026, 11, 25, 9, 30, 0)  # naive UTC, like the database


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


def sample_content(key: SigningKey, steps: int = 27, **changes) -> ResumeContent:
    cycle = ("todo", "done", None, "in_progress", "not_needed", "blocked")
    values = dict(
        key_id=key.key_id,
        case_id=4711,
        case_created_at=dt.datetime(2026, 11, 20, 10, 15, 7),
        catalog_id="death",
        catalog_version="2026.11.1",
        layout=layout_hash(f"p{i}" for i in range(steps)),
        event_date=dt.date(2026, 11, 18),
        known_date=dt.date(2026, 11, 19),
        issued_at=NOW,
        expires_on=dt.date(2027, 12, 31),
        statuses=tuple(cycle[i % len(cycle)] for i in range(steps)),
    )
    values.update(changes)
    return ResumeContent(**values)
