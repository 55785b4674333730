"""Many handouts in one go (e.g. a day's cases before an announced outage), with progress."""

from __future__ import annotations

import datetime as dt
import threading
from collections.abc import Callable, Sequence
from pathlib import Path

from assist_app.catalog import Library
from assist_app.printing.handout import HandoutJob, build_job

Progress = Callable[[int, int], None]  # (done, total), called after each file


def handout_file_name(job: HandoutJob) -> str:
    # The case number only: file names end up in folder listings and backups, names do not belong there.
    return f"handout-{job.case.id}-{job.lang}{'-large' if job.large else ''}.pdf"


def write_handouts(
    jobs: Sequence[HandoutJob],
    library: Library,
    out_dir: Path,
    *,
    printed_on: dt.date | None = None,
    progress: Progress | None = None,
    cancel: threading.Event | None = None,
) -> list[Path]:
    """Write one PDF per job into ``out_dir``; stops early (keeping finished files) when cancelled."""
    out_dir.mkdir(parents=True, exist_ok=True)
    written: list[Path] = []
    for job in jobs:
        if cancel is not None and cancel.is_set():
            break
        path = out_dir / handout_file_name(job)
        tmp = path.with_suffix(".part")
        tmp.write_bytes(build_job(job, library, printed_on))
        tmp.replace(path)  # a half-written file never carries the final name
        written.append(path)
        if progress is not None:
            progress(len(written), len(jobs))
    return written
