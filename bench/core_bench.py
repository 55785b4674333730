"""Core benchmarks: catalog load, derivation, and, with 100,000 cases, the open-case list and
name search — each beside its floor, the same query run as raw SQL on the same engine."""

from __future__ import annotations

import datetime as dt
import json
import random
import time
from pathlib import Path
from types import SimpleNamespace

import yaml

from assist_app import paths
from assist_app.catalog import load_library
from assist_app.checklist import derive_checklist
from assist_app.services.account_service import AccountService
from assist_app.services.audit_chain import link_hash
from assist_app.services.case_service import CaseService
from assist_app.services.demo_data import random_answers
from assist_app.services.resident_service import ResidentService
from assist_app.storage import open_database
from assist_app.storage.models import utcnow
from assist_app.textfold import fold
from bench import dataset
from bench.timing import Result, median_ms, paired_ms

OPEN_LIST_SQL = """
SELECT cases.id, cases.resident_id, residents.name, residents.kana, cases.catalog_id, cases.event_date,
       cases.next_due, cases.next_procedure_id, cases.status, cases.assigned_helper_id
FROM cases JOIN residents ON residents.id = cases.resident_id
WHERE cases.status = 'open'
ORDER BY cases.next_due NULLS LAST, cases.id
LIMIT 50 OFFSET 0
"""

SEARCH_SQL = """
SELECT page.*, EXISTS (SELECT 1 FROM consents WHERE consents.resident_id = page.id
                       AND consents.withdrawn_at IS NULL) AS has_consent
FROM (SELECT residents.id, residents.name, residents.kana, residents.birth_date, residents.phone,
             residents.address, residents.preferred_language, residents.large_print, residents.needs
      FROM residents
      WHERE residents.id IN (SELECT DISTINCT resident_id FROM resident_search_keys WHERE key >= ? AND key < ?)
      ORDER BY residents.kana, residents.id LIMIT 20) AS page
ORDER BY page.kana, page.id
"""


def _raw_yaml() -> None:
    loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
    for folder in (paths.catalogs_dir(), paths.offices_dir()):
        for path in folder.glob("*.yaml"):
            with path.open("rb") as stream:
                yaml.load(stream, Loader=loader)


def catalog_benchmarks() -> list[Result]:
    library = load_library(paths.catalogs_dir(), paths.offices_dir())
    load, floor = paired_ms(
        lambda: load_library(paths.catalogs_dir(), paths.offices_dir()), _raw_yaml, repeat=15
    )
    results = [
        Result(
            "catalog load (all catalogs + office layers)",
            load,
            floor,
            note="floor: the same files parsed by libyaml into plain dicts, no validation",
        )
    ]
    rng = random.Random(3)
    for catalog_id in ("death", "birth"):
        catalog = library.catalog(catalog_id)
        answer_sets = [random_answers(catalog, rng) for _ in range(200)]
        event = dt.date.today()
        cursor = iter(range(10**9))

        def derive(catalog=catalog, answer_sets=answer_sets, event=event, cursor=cursor):
            derive_checklist(catalog, event, answer_sets[next(cursor) % 200])

        results.append(
            Result(
                f"checklist derivation per case ({catalog_id})", median_ms(derive, repeat=400), target_ms=5.0
            )
        )
    return results


def driver_sql(engine, sql: str) -> str:
    """``sql`` with its ``?`` placeholders in the driver's own style (psycopg writes ``%s``)."""
    return sql if engine.dialect.paramstyle == "qmark" else sql.replace("?", "%s")


def record_view(engine, actor, action: str, record_type: str, ids: list[int]) -> None:
    """The floor's share of auditing: the same chained row, written with plain SQL in its own
    committed transaction, as the services record every list and search they show."""
    with engine.begin() as conn:
        count, prev = conn.exec_driver_sql("SELECT row_count, last_hash FROM audit_anchor WHERE id = 1").one()
        row = SimpleNamespace(
            id=count + 1,
            at=utcnow(),
            helper_id=actor.helper_id,
            role=actor.role,
            kind="view",
            action=action,
            resident_id=None,
            case_id=None,
            record_type=record_type,
            record_ids=ids,
            detail={},
        )
        digest = link_hash(prev, row)
        conn.exec_driver_sql(
            driver_sql(
                engine,
                "INSERT INTO audit_log (id, at, helper_id, role, kind, action, record_type, record_ids, "
                "detail, prev_hash, row_hash) VALUES (?, ?, ?, ?, 'view', ?, ?, ?, '{}', ?, ?)",
            ),
            (
                row.id,
                row.at.isoformat(sep=" "),
                actor.helper_id,
                actor.role,
                action,
                record_type,
                json.dumps(ids),
                prev,
                digest,
            ),
        )
        conn.exec_driver_sql(
            driver_sql(engine, "UPDATE audit_anchor SET row_count = ?, last_hash = ? WHERE id = 1"),
            (row.id, digest),
        )


def _open_bench_database(library, residents: int, out_dir: Path | None, server: str | None):
    """The benchmark database (filled on first use) and notes; ``server``: a PostgreSQL URL whose
    database is empty or holds this benchmark's data already (``out_dir`` is then not used)."""
    notes = []
    if server is not None:
        database = open_database(server)
        with database.engine.connect() as conn:
            present = conn.exec_driver_sql("SELECT count(*) FROM residents").scalar()
        if present not in (0, residents):
            database.dispose()
            raise SystemExit(f"{database.url} holds {present:,} residents: give an empty database")
        if present == 0:
            start = time.perf_counter()
            dataset.fill(database, library, residents)
            notes.append(
                f"built {residents:,} residents/cases on PostgreSQL in {time.perf_counter() - start:.1f} s"
            )
        return database, None, notes
    path, notes = dataset.sqlite_file(out_dir, residents, library)
    return open_database(f"sqlite:///{path}"), path, notes


def database_benchmarks(
    residents: int, out_dir: Path | None, server: str | None = None
) -> tuple[list[Result], Path | None]:
    """The database figures, and the database file (kept for the start-up benchmark; None for a
    server). ``server``: run them on that PostgreSQL database instead of a SQLite file."""
    library = load_library(paths.catalogs_dir(), paths.offices_dir())
    database, path, notes = _open_bench_database(library, residents, out_dir, server)
    where = " on PostgreSQL" if server else ""
    cases = CaseService(database, library)
    people = ResidentService(database)
    # Every list and search is audited (one chained row each): the floors record one too.
    [helper] = AccountService(database).sign_in_choices()
    actor = AccountService(database).sign_in(helper.id, dataset.BENCH_PIN).actor
    engine = database.engine

    def floor_list():
        with engine.connect() as conn:
            rows = conn.exec_driver_sql(OPEN_LIST_SQL).fetchall()
        record_view(engine, actor, "cases_listed", "case", [r[0] for r in rows])
        return rows

    listed, floor = paired_ms(lambda: cases.list_open_cases(actor, limit=50), floor_list)
    assert len(cases.list_open_cases(actor, limit=50)) == 50
    results = [
        Result(
            f"open-case list, first page of 50 ({residents:,} cases){where}",
            listed,
            floor,
            50.0,
            3.0,
            note="; ".join(notes),
        )
    ]
    with engine.connect() as conn:
        middle = driver_sql(engine, "SELECT kana FROM residents WHERE id = ?")
        kana = conn.exec_driver_sql(middle, (residents // 2,)).scalar()
    search_sql = driver_sql(engine, SEARCH_SQL)
    for label, query in (
        ("a full family name in kana", kana.split()[0]),
        ("one kana, many matches", kana[0]),
    ):
        key = fold(query)

        def floor_search(key=key):
            with engine.connect() as conn:
                rows = conn.exec_driver_sql(search_sql, (key, key + "\U0010ffff")).fetchall()
            record_view(engine, actor, "residents_found", "resident", [r[0] for r in rows])
            return rows

        found, floor = paired_ms(lambda q=query: people.search(actor, q), floor_search)
        hits = len(people.search(actor, query))
        results.append(Result(f"name search: {label} ({hits} shown){where}", found, floor, 50.0, 3.0))
    database.dispose()
    return results, path
