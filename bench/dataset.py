"""A large database of fictional residents and cases, written with bulk inserts.

Checklists are derived with the real derivation code; rows go in through SQLAlchemy Core so that
100,000 cases take seconds, not the minutes the ORM would need.
"""

from __future__ import annotations

import datetime as dt
import random
import time
from pathlib import Path

from sqlalchemy import insert

from assist_app import paths
from assist_app.catalog import Library, load_library
from assist_app.checklist import derive_checklist, next_step
from assist_app.security.pin import hash_pin
from assist_app.services.demo_data import random_answers
from assist_app.storage import Database, open_database
from assist_app.storage.models import (
    Case,
    ChecklistItem,
    Consent,
    Helper,
    Resident,
    ResidentSearchKey,
    utcnow,
)
from assist_app.textfold import search_keys

BENCH_PIN = "2580"  # the one account, a supervisor: benchmarks sign in as it (ASSIST_APP_PIN)
MORAE = "アイウエオカキクケコサシスセソタチツテトナニヌネノハヒフヘホマミムメモヤユヨラリルレロワ"
KANJI = "山川田中村本井上下木林森石原野小大高松竹梅花春夏秋冬月日星空海谷池島橋口岡沢"


def _name(rng: random.Random) -> tuple[str, str]:
    family = "".join(rng.choice(KANJI) for _ in range(2))
    given = "".join(rng.choice(KANJI) for _ in range(2))
    family_kana = "".join(rng.choice(MORAE) for _ in range(3))
    given_kana = "".join(rng.choice(MORAE) for _ in range(3))
    return f"{family} {given}", f"{family_kana} {given_kana}"


def fill(database: Database, library: Library, residents: int, seed: int = 1, chunk: int = 5000) -> dict:
    """Insert ``residents`` residents with one case each; returns timings and a sample name."""
    rng = random.Random(seed)
    catalogs = [library.catalog("death"), library.catalog("birth")]
    orders = {c.id: {p.id: i for i, p in enumerate(c.procedures)} for c in catalogs}
    today = dt.date.today()
    now = utcnow()
    derive_seconds = 0.0
    sample = None
    with database.engine.begin() as conn:
        helper_id = conn.execute(
            insert(Helper).values(
                name="ベンチ 担当",
                role="supervisor",
                active=True,
                created_at=now,
                pin_hash=hash_pin(BENCH_PIN),
            )
        ).inserted_primary_key[0]
    for start in range(0, residents, chunk):
        count = min(chunk, residents - start)
        people, keys, consents, cases, items = [], [], [], [], []
        for offset in range(count):
            rid = start + offset + 1
            name, kana = _name(rng)
            sample = sample or (name, kana)
            people.append(
                dict(
                    id=rid,
                    name=name,
                    kana=kana,
                    birth_date=None,
                    phone="",
                    address="",
                    preferred_language="ja",
                    large_print=False,
                    needs="",
                    created_at=now,
                    created_by=helper_id,
                )
            )
            keys.extend(dict(resident_id=rid, key=k) for k in search_keys(name, kana))
            consents.append(
                dict(resident_id=rid, scope="bench", given_on=today, paper_form=False, recorded_at=now)
            )
            catalog = catalogs[rid % 2]
            event = today - dt.timedelta(days=rng.randint(0, 120))
            answers = random_answers(catalog, rng)
            t = time.perf_counter()
            derived = derive_checklist(catalog, event, answers)
            derive_seconds += time.perf_counter() - t
            rows = [
                dict(
                    case_id=rid,
                    procedure_id=d.procedure_id,
                    applies=d.applies.value,
                    due_date=d.due.date,
                    due_kind=d.due.kind.value,
                    status=rng.choice(("todo", "todo", "todo", "done")),
                    blocked_reason="",
                    notes="",
                    updated_at=now,
                    row_version=1,
                )
                for d in derived
            ]
            first = next_step([_Step(r) for r in rows], orders[catalog.id])
            items.extend(rows)
            cases.append(
                dict(
                    id=rid,
                    resident_id=rid,
                    catalog_id=catalog.id,
                    catalog_version=catalog.version,
                    event_date=event,
                    known_date=None,
                    answers=answers,
                    ward=None,
                    status="open" if rng.random() < 0.7 else "closed",
                    assigned_helper_id=helper_id,
                    next_due=first.due_date if first else None,
                    next_procedure_id=first.procedure_id if first else None,
                    created_at=now,
                    created_by=helper_id,
                    updated_at=now,
                    row_version=1,
                )
            )
        with database.engine.begin() as conn:
            conn.execute(insert(Resident), people)
            conn.execute(insert(ResidentSearchKey), keys)
            conn.execute(insert(Consent), consents)
            conn.execute(insert(Case), cases)
            conn.execute(insert(ChecklistItem), items)
    with database.engine.begin() as conn:
        if conn.dialect.name == "postgresql":  # rows went in with their ids: move the sequences on
            for table in ("residents", "cases", "consents", "checklist_items"):
                conn.exec_driver_sql(
                    f"SELECT setval(pg_get_serial_sequence('{table}', 'id'), (SELECT max(id) FROM {table}))"
                )
        else:
            conn.exec_driver_sql("ANALYZE")
    if database.engine.dialect.name == "postgresql":
        # What autovacuum does on a server that has been running: statistics, and the visibility
        # map that lets a search read the index alone. VACUUM runs outside a transaction.
        with database.engine.connect().execution_options(isolation_level="AUTOCOMMIT") as conn:
            conn.exec_driver_sql("VACUUM ANALYZE")
    return {"derive_ms_per_case": derive_seconds * 1000 / residents, "sample": sample}


class _Step:
    def __init__(self, row: dict) -> None:
        self.procedure_id, self.status, self.applies, self.due_date = (
            row["procedure_id"],
            row["status"],
            row["applies"],
            row["due_date"],
        )


def database_path(out_dir: Path, residents: int) -> Path:
    return out_dir / f"bench-{residents}.sqlite3"


def sqlite_file(out_dir: Path, residents: int, library: Library | None = None) -> tuple[Path, list[str]]:
    """The plain benchmark SQLite file in ``out_dir``, filled on first use (every benchmark that
    needs it shares it); returns its path and a note when it was built now."""
    out_dir.mkdir(parents=True, exist_ok=True)
    path = database_path(out_dir, residents)
    if path.exists():
        return path, []
    library = library or load_library(paths.catalogs_dir(), paths.offices_dir())
    database = open_database(f"sqlite:///{path}")
    start = time.perf_counter()
    try:
        info = fill(database, library, residents)
    finally:
        database.dispose()
    note = (
        f"built {residents:,} residents/cases in {time.perf_counter() - start:.1f} s; "
        f"derivation {info['derive_ms_per_case']:.3f} ms per case"
    )
    return path, [note]
