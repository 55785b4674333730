"""What accounts, the audit log and erasure cost, on the large fictional database.

Signing in is slow on purpose (scrypt); the floor is one bare scrypt call with the same cost. The
audit append is timed as a whole transaction (one view recorded) beside an empty transaction. The
chain check runs over a log grown to ``audit_rows`` rows. An erasure (delete, secure_delete, WAL
truncate, VACUUM) is timed on a copy of the database, since it rebuilds the file.
"""

from __future__ import annotations

import hashlib
import os
import shutil
import tempfile
import time
from pathlib import Path

from sqlalchemy import text

from assist_app.security.pin import DEFAULT_COST
from assist_app.services import audit_chain
from assist_app.services.account_service import AccountService
from assist_app.services.audit_service import AuditService
from assist_app.services.history import viewed
from assist_app.services.resident_service import ResidentService
from assist_app.storage import open_database
from bench import dataset
from bench.timing import Result, median_ms, paired_ms


def accounts_benchmarks(residents: int, out_dir: Path, audit_rows: int = 100_000) -> list[Result]:
    source, _notes = dataset.sqlite_file(out_dir, residents)
    work = Path(tempfile.mkdtemp(prefix="assist-bench-accounts-"))
    path = work / "copy.sqlite3"
    shutil.copyfile(source, path)
    database = open_database(f"sqlite:///{path}")
    accounts = AccountService(database)
    [helper] = accounts.sign_in_choices()
    actor = accounts.sign_in(helper.id, dataset.BENCH_PIN).actor
    salt = os.urandom(16)
    cost = DEFAULT_COST

    def bare_scrypt():
        hashlib.scrypt(b"2580", salt=salt, n=2**cost.log2_n, r=cost.r, p=cost.p, maxmem=cost.maxmem)

    signed, floor = paired_ms(lambda: accounts.sign_in(helper.id, dataset.BENCH_PIN), bare_scrypt, repeat=10)
    results = [Result(f"sign-in with a PIN (scrypt n=2^{cost.log2_n})", signed, floor, 500.0, 1.5)]

    def one_view():
        with database.session() as session:
            viewed(session, actor, "case_viewed", resident_id=1, case_id=1)

    def empty_transaction():
        with database.session() as session:
            session.execute(text("SELECT 1"))

    appended, floor = paired_ms(one_view, empty_transaction, repeat=50)
    results.append(Result("audit: record one view (a whole transaction)", appended, floor, 20.0))

    with database.session() as session:  # grow the log to audit_rows rows, then check all of it
        existing = session.execute(text("SELECT row_count FROM audit_anchor")).scalar()
        for n in range(existing, audit_rows):
            audit_chain.append(
                session,
                helper_id=actor.helper_id,
                role=actor.role,
                kind="view",
                action="case_viewed",
                case_id=n,
            )
    audit = AuditService(database)
    start = time.perf_counter()
    check = audit.verify(actor)
    verified = (time.perf_counter() - start) * 1000
    assert check.ok, check.problem
    results.append(
        Result(f"audit: check the whole chain ({check.rows:,} rows)", verified, target_ms=30_000.0)
    )

    people = ResidentService(database)
    searched = median_ms(lambda: people.search(actor, "ア"), repeat=10)
    results.append(
        Result(f"name search as counter staff, audited ({residents:,} residents)", searched, None, 50.0)
    )

    size = path.stat().st_size
    timings = []
    for resident_id in (residents // 3, residents // 2, residents - 1):
        start = time.perf_counter()
        people.withdraw_consent(actor, resident_id)
        timings.append((time.perf_counter() - start) * 1000)
    results.append(
        Result(
            f"erase one resident: delete, WAL truncate, VACUUM ({size / 2**20:.0f} MiB file)",
            sorted(timings)[1],
            note="median of 3 erasures; almost all of it is the VACUUM",
        )
    )
    database.dispose()
    shutil.rmtree(work, ignore_errors=True)
    return results
