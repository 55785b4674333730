"""Shared fixtures: a real SQLite file per test, the small fixture catalog, a fixed today."""

from __future__ import annotations

import datetime as dt
import os
from pathlib import Path

import keyring
import pytest
from keyring.backends import fail

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from assist_app.catalog import Library, load_library
from assist_app.config import Config
from assist_app.security.memory_keyring import MemoryKeyring
from assist_app.security.passphrase_vault import ScryptCost
from assist_app.services.core import Core, open_core

FIXTURES = Path(__file__).parent / "fixtures"
TODAY = dt.date(2026, 11, 25)


@pytest.fixture(autouse=True)
def memory_keychain() -> MemoryKeyring:
    """Every test gets an empty in-memory keychain, so open_core works unattended and no test
    touches the real one; tests of the failure paths install keyring's ``fail`` backend instead."""
    previous = keyring.get_keyring()
    ring = MemoryKeyring()
    keyring.set_keyring(ring)
    yield ring
    keyring.set_keyring(previous)


@pytest.fixture
def no_keychain(monkeypatch) -> None:
    """keyring's ``fail`` backend, as on a machine with no D-Bus session."""
    monkeypatch.delenv("DBUS_SESSION_BUS_ADDRESS", raising=False)
    keyring.set_keyring(fail.Keyring())


@pytest.fixture
def cheap_scrypt() -> ScryptCost:
    """Real scrypt with a small work factor, so tests that unlock often stay fast; the cost is
    recorded in the key file, so unlocking reads it from there as always."""
    return ScryptCost(n=2**10, r=8, p=1)


@pytest.fixture(scope="session")
def fixture_library() -> Library:
    library = load_library(FIXTURES / "catalogs", FIXTURES / "offices")
    assert library.problems == []
    return library


@pytest.fixture
def config(tmp_path: Path) -> Config:
    return Config(data_dir=tmp_path, database_url=f"sqlite:///{tmp_path / 'assist.sqlite3'}")


@pytest.fixture
def core(config: Config, fixture_library: Library) -> Core:
    core = open_core(config, fixture_library, today=lambda: TODAY)
    yield core
    core.close()


# Accounts -------------------------------------------------------------------------------------
PIN = "2468"


@pytest.fixture(autouse=True)
def quick_pins(monkeypatch):
    """Real scrypt at a cost fit for a test run; the production cost is checked in test_pin.py."""
    from assist_app.security import pin

    monkeypatch.setattr(pin, "DEFAULT_COST", pin.ScryptCost(log2_n=10))


class Accounts:
    """Signed-in helpers on a core: the first account (a supervisor) and any others added."""

    def __init__(self, core: Core) -> None:
        self.core = core
        self.supervisor = core.accounts.create_first_account("試験 責任者", PIN)

    def add(self, role: str, name: str):
        view = self.core.accounts.add_account(self.supervisor, name, role, PIN)
        result = self.core.accounts.sign_in(view.id, PIN)
        assert result.ok, result.message
        return result.actor


@pytest.fixture
def accounts(core: Core) -> Accounts:
    return Accounts(core)
