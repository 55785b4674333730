"""Sample resume-code content and the fixed clock, shared by the resume tests (imported by name:
test modules must not import ``conftest``, which names a different file in every folder)."""

from __future__ import annotations

import datetime as dt

from assist_app.resume import ResumeContent, SigningKey, layout_hash

NOW = dt.datetime(2026, 11, 25, 9, 30, 0)  # naive UTC, like the database


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
