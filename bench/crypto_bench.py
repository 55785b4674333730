"""Encryption benchmarks on 100,000 cases: unlocking and opening the encrypted database (key from
the keychain, or unwrapped from a passphrase), and the core database queries and file work on the
encrypted file beside the same work on the plain copy — the floor — measured in the same run.

The keychain is the in-memory backend here (a real one adds its own IPC round trip, once per start).
"""

from __future__ import annotations

import datetime as dt
import json
import os
import shutil
import tempfile
import time
from pathlib import Path

from assist_app import paths
from assist_app.catalog import load_library
from assist_app.config import Config
from assist_app.security import SecretStore
from assist_app.security.database_key import DATABASE_KEY, Credentials
from assist_app.security.key_file import KeyFile, key_file_path
from assist_app.security.memory_keyring import MemoryKeyring
from assist_app.security.passphrase_vault import PassphraseVault
from assist_app.security.recovery_key import key_id
from assist_app.services.account_service import AccountService
from assist_app.services.case_service import CaseService
from assist_app.services.core import open_core
from assist_app.services.resident_service import ResidentService
from assist_app.services.views import ConsentInput, ResidentInput
from assist_app.storage import open_database
from assist_app.storage.backup import backup_sqlite
from assist_app.storage.encryption import export_encrypted
from assist_app.storage.integrity import check_connection, check_pages
from bench import dataset
from bench.timing import Result, median_ms, paired_ms

BENCH_PASSPHRASE = "bench passphrase, not a secret"
KEYCHAIN_ENTRY = "database-key:bench"


def encrypted_copy(plain: Path) -> tuple[Path, bytes, float | None]:
    """An encrypted copy of ``plain`` in its own data folder, its key kept both ways (a keychain entry
    and a passphrase vault, default scrypt cost); returns the folder, the key and the seconds the
    export took (None when an earlier run's copy was reused)."""
    folder = plain.with_name(plain.stem + "-encrypted")
    database = folder / "assist.sqlite3"
    keys = key_file_path(database)
    if database.exists() and keys.exists():
        vault = PassphraseVault.unlock(KeyFile.load(keys).passphrase, BENCH_PASSPHRASE)
        return folder, bytes.fromhex(vault.get(DATABASE_KEY)), None
    shutil.rmtree(folder, ignore_errors=True)
    folder.mkdir(parents=True)
    key = os.urandom(32)
    start = time.perf_counter()
    export_encrypted(plain, database, key)
    seconds = time.perf_counter() - start
    vault = PassphraseVault.create(BENCH_PASSPHRASE)
    vault.set(DATABASE_KEY, key.hex())
    KeyFile(keys, key_id(key), KEYCHAIN_ENTRY, vault.record).save()
    return folder, key, seconds


def crypto_benchmarks(residents: int, out_dir: Path) -> list[Result]:
    plain, notes = dataset.sqlite_file(out_dir, residents)
    folder, key, export_seconds = encrypted_copy(plain)
    library = load_library(paths.catalogs_dir(), paths.offices_dir())
    config = Config(folder, f"sqlite:///{folder / 'assist.sqlite3'}")
    ring = MemoryKeyring()
    ring.set_password("assist-app", KEYCHAIN_ENTRY, key.hex())
    keychain = SecretStore(backend=ring)
    from keyring.backends import fail

    no_keychain = SecretStore(backend=fail.Keyring())
    size_mb = plain.stat().st_size / 1e6
    results = []
    if export_seconds is not None:
        notes.append(
            f"encrypted a copy ({size_mb:.0f} MB) with sqlcipher_export + check in {export_seconds:.1f} s"
        )

    # The dataset's one account, signed in once: the PIN's slow hash is not what is measured here.
    probe = open_database(f"sqlite:///{plain}")
    [helper] = AccountService(probe).sign_in_choices()
    actor = AccountService(probe).sign_in(helper.id, dataset.BENCH_PIN).actor
    probe.dispose()

    def open_with_keychain(defer_check: bool = False):
        core = open_core(config, library, keychain=keychain, defer_check=defer_check)
        core.cases.list_open_cases(actor, limit=50)
        core.close()

    def open_with_passphrase():
        core = open_core(
            config,
            library,
            keychain=no_keychain,
            credentials=Credentials(passphrase=BENCH_PASSPHRASE),
            defer_check=True,
        )
        core.cases.list_open_cases(actor, limit=50)
        core.close()

    def plain_first_page(defer_check: bool = False):
        database = open_database(f"sqlite:///{plain}", defer_check=defer_check)
        CaseService(database, library).list_open_cases(actor, limit=50)
        database.dispose()

    open_with_keychain()  # warm the file cache for both files
    plain_first_page()
    floor = median_ms(plain_first_page, 5, warmup=0)
    floor_note = "floor: the plain copy opened (quick_check) and listed the same way"
    deferred_floor = median_ms(lambda: plain_first_page(defer_check=True), 5, warmup=0)
    results.append(
        Result(
            f"unlock (keychain) + open + check every page + first page ({residents:,})",
            median_ms(open_with_keychain, 5, warmup=0),
            floor,
            note="; ".join([*notes, "the command line's way: the check before anything", floor_note]),
        )
    )
    results.append(
        Result(
            f"unlock (keychain) + open + first page, page check deferred ({residents:,})",
            median_ms(lambda: open_with_keychain(defer_check=True), 5, warmup=0),
            deferred_floor,
            None,
            1.5,
            note="the window's way: the check runs after the sign-in page is up; floor: the plain copy "
            "opened and listed the same way, its check deferred too",
        )
    )
    results.append(
        Result(
            f"unlock (passphrase) + open + first page, page check deferred ({residents:,})",
            median_ms(open_with_passphrase, 3, warmup=0),
            deferred_floor,
            note="scrypt n=2^17 r=8 p=1 (128 MiB) runs once per start",
        )
    )

    encrypted = open_database(config.database_url, key=key)
    plain_db = open_database(f"sqlite:///{plain}")

    def raw(database):
        return database.engine.connect()

    def start_check(database, encrypted_file: bool):
        with raw(database) as conn:
            dbapi = conn.connection.dbapi_connection
            return check_pages(dbapi) if encrypted_file else check_connection(dbapi)

    def quick_check(database):
        with raw(database) as conn:
            return check_connection(conn.connection.dbapi_connection)

    start_ms, start_floor = paired_ms(
        lambda: start_check(encrypted, True), lambda: start_check(plain_db, False), repeat=5
    )
    results.append(
        Result(
            "start-up check: page HMACs vs plain quick_check",
            start_ms,
            start_floor,
            note="cipher_integrity_check on the encrypted file; the plain file can only be quick_checked",
        )
    )
    quick_ms, quick_floor = paired_ms(lambda: quick_check(encrypted), lambda: quick_check(plain_db), repeat=5)
    results.append(Result("quick_check (each new backup copy)", quick_ms, quick_floor))

    scratch = Path(tempfile.mkdtemp(prefix="assist-bench-backup-"))
    backup_ms, backup_floor = paired_ms(
        lambda: backup_sqlite(encrypted.engine, scratch / "enc.sqlite3"),
        lambda: backup_sqlite(plain_db.engine, scratch / "plain.sqlite3"),
        repeat=3,
    )
    shutil.rmtree(scratch, ignore_errors=True)
    results.append(Result("backup (backup API + check of the copy)", backup_ms, backup_floor))

    cases, plain_cases = CaseService(encrypted, library), CaseService(plain_db, library)
    listed, floor = paired_ms(
        lambda: cases.list_open_cases(actor, limit=50), lambda: plain_cases.list_open_cases(actor, limit=50)
    )
    results.append(
        Result(
            "open-case list, first page: encrypted vs plain",
            listed,
            floor,
            50.0,
            1.5,
            note="the index walk (NULLS LAST) on a lock-free read, then the audit row, on each file",
        )
    )
    people, plain_people = ResidentService(encrypted), ResidentService(plain_db)
    with plain_db.engine.connect() as conn:
        kana = conn.exec_driver_sql("SELECT kana FROM residents WHERE id = ?", (residents // 2,)).scalar()
    for label, query in (("a family name in kana", kana.split()[0]), ("one kana, many matches", kana[0])):
        found, floor = paired_ms(
            lambda q=query: people.search(actor, q), lambda q=query: plain_people.search(actor, q)
        )
        results.append(Result(f"name search, {label}: encrypted vs plain", found, floor, 50.0, 1.5))
    # A VACUUM of the whole file each: two of each, no warm-up (the file cache is warm by now).
    erased, floor = (
        median_ms(lambda: _erase_one(encrypted, actor), 2, warmup=0),
        median_ms(lambda: _erase_one(plain_db, actor), 2, warmup=0),
    )
    results.append(
        Result(
            "erase a resident (secure_delete + VACUUM): encrypted vs plain",
            erased,
            floor,
            note="a fictional resident added, then erased; VACUUM rewrites (and re-encrypts) the whole file",
        )
    )
    encrypted.dispose()
    plain_db.dispose()
    return results


def _erase_one(database, actor) -> None:
    people = ResidentService(database)
    consent = ConsentInput("benchmark", dt.date(2026, 11, 1))
    added = people.add_resident(actor, ResidentInput("試験 消去", "シケン ショウキョ"), consent)
    people.withdraw_consent(actor, added.id)


def startup_data_dir(plain: Path) -> tuple[Path, dict[str, dict[str, str]]]:
    """A data folder on the encrypted copy for the start-up benchmark, and, for each way of
    unlocking it, the environment that does so in a child process: "keychain" (the key served by
    bench/env_keyring.py as an OS keychain would) and "passphrase" (no keychain: the passphrase, as a
    script would give it; scrypt runs)."""
    folder, key, _seconds = encrypted_copy(plain)
    data_dir = Path(tempfile.mkdtemp(prefix="assist-startup-"))
    (data_dir / "config.json").write_text(
        json.dumps({"database_url": f"sqlite:///{folder / 'assist.sqlite3'}"}), encoding="utf-8"
    )
    envs = {
        "keychain": {
            "PYTHON_KEYRING_BACKEND": "bench.env_keyring.EnvKeyring",
            "ASSIST_BENCH_KEYCHAIN": json.dumps({KEYCHAIN_ENTRY: key.hex()}),
        },
        "passphrase": {
            "ASSIST_APP_PASSPHRASE": BENCH_PASSPHRASE,
            "PYTHON_KEYRING_BACKEND": "keyring.backends.fail.Keyring",
        },
    }
    return data_dir, envs
