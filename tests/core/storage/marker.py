"""Residents with a marker name whose bytes must never appear in clear on disk, and the search for it."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from assist_app.services.views import ConsentInput, ResidentInput

MARKER = "見本 花子"
MARKER_KANA = "ミホン ハナコ"


def add_residents(core, count: int = 1, prefix: str = MARKER) -> list[int]:
    helper = core.helpers.list_helpers()[0] if core.helpers.list_helpers() else None
    helper = helper or core.helpers.add_helper("試験 担当", "counter_staff")
    ids = []
    for i in range(count):
        name = prefix if count == 1 else f"{prefix}{i}"
        view = core.residents.add_resident(
            helper.id, ResidentInput(name, MARKER_KANA), ConsentInput("記録", dt.date(2026, 11, 1))
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
