"""Residents with a marker name whose bytes must never appear in clear on disk, and the search for it."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from assist_app.services.access import Actor
from assist_app.services.views import ConsentInput, ResidentInput

MARKER = "見本 花子"
MARKER_KANA = "ミホン ハナコ"
PIN = "2468"  # as in tests/conftest.py


def signed_in(core) -> Actor:
    """The data folder's supervisor (the first account, made on the first call), signed in."""
    if core.accounts.needs_first_account():
        return core.accounts.create_first_account("試験 責任者", PIN)
    [supervisor] = [h for h in core.accounts.sign_in_choices() if h.role == "supervisor"]
    result = core.accounts.sign_in(supervisor.id, PIN)
    assert result.ok, result.message
    return result.actor


def add_residents(core, count: int = 1, prefix: str = MARKER) -> list[int]:
    helper = signed_in(core)
    ids = []
    for i in range(count):
        name = prefix if count == 1 else f"{prefix}{i}"
        view = core.residents.add_resident(
            helper, ResidentInput(name, MARKER_KANA), ConsentInput("記録", dt.date(2026, 11, 1))
        )
        ids.append(view.id)
    return ids


def clear_text_hits(folder: Path, *texts: str) -> list[str]:
    """Files under ``folder`` holding any of ``texts`` in UTF-8, UTF-16 or Shift_JIS."""
    needles = []
    for text in texts:
        for encoding in ("utf-8", "utf-16-le", "utf-16-be", "shift_jis"):
            needles.append(text.encode(encoding))
    hits = []
    for path in sorted(folder.rglob("*")):
        if path.is_file():
            data = path.read_bytes()
            if any(needle in data for needle in needles):
                hits.append(str(path.relative_to(folder)))
    return hits
