"""Handouts for many cases at once (before an announced outage): one PDF per case named by its
number only, progress after each, a cancel that keeps what is finished, each printing recorded."""

from __future__ import annotations

import datetime as dt
import threading

from assist_app.resume import SigningKey
from assist_app.services.access import Actor
from assist_app.services.handout_service import HandoutService
from assist_app.services.views import ConsentInput, ResidentInput

PIN = "2468"
NOW = dt.datetime(2026, 11, 20, 0, 30)
ANSWERS = {"insurance": "nhi", "age": 80, "pension": "yes", "funeral_date": "2026-11-08"}


def open_cases(core, count: int) -> tuple[HandoutService, list[int], Actor]:
    helper = core.accounts.create_first_account("試験 担当", PIN)
    ids = []
    for n in range(count):
        resident = core.residents.add_resident(
            helper,
            ResidentInput(
                name=f"見本 {n}号", preferred_language=("ja", "en", "easy_ja")[n % 3], large_print=n == 1
            ),
            ConsentInput("手続き支援の記録", dt.date(2026, 11, 2)),
        )
        ids.append(core.cases.open_case(helper, resident.id, "mini", dt.date(2026, 11, 2), ANSWERS).id)
    key = SigningKey.generate()
    service = HandoutService(
        core.database, core.library, core.cases, core.residents, lambda: key, lambda: NOW
    )
    return service, ids, helper


def printed_history(core, actor, case_id: int) -> list:
    return [h for h in core.cases.get_case(actor, case_id).history if h.action == "printed"]


def test_one_file_per_case_named_without_personal_data_with_progress(core, tmp_path):
    service, ids, actor = open_cases(core, 3)
    progress = []
    written = service.print_batch(actor, ids, tmp_path / "out", progress=lambda d, t: progress.append((d, t)))
    assert [p.name for p in written] == [
        f"handout-{ids[0]}-ja.pdf",
        f"handout-{ids[1]}-en-large.pdf",
        f"handout-{ids[2]}-easy_ja.pdf",
    ]
    assert all(p.read_bytes().startswith(b"%PDF") for p in written)
    assert progress == [(1, 3), (2, 3), (3, 3)]
    assert not list((tmp_path / "out").glob("*.part"))
    for case_id in ids:
        (entry,) = printed_history(core, actor, case_id)
        assert entry.detail["resume_code"] is True


def test_cancel_keeps_finished_files_and_records_only_those(core, tmp_path):
    service, ids, actor = open_cases(core, 3)
    cancel = threading.Event()

    def progress(done: int, total: int) -> None:
        if done == 1:
            cancel.set()  # the helper presses Cancel while the first one is written

    written = service.print_batch(actor, ids, tmp_path / "out", progress=progress, cancel=cancel)
    assert len(written) == 1 and written[0].exists()
    assert sorted(p.name for p in (tmp_path / "out").iterdir()) == [written[0].name]
    assert [len(printed_history(core, actor, c)) for c in ids] == [1, 0, 0]
