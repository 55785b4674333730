"""Consent, erasure, retention and the resident's own export, on a real SQLite file.

An erasure must remove the name from every byte of the database file (and its write-ahead log),
not only from query results; the test first shows the name is in the file, so it would fail if
the scrub did nothing.
"""

from __future__ import annotations

import datetime as dt
import json
from types import SimpleNamespace

import pypdfium2 as pdfium
import pytest
from sqlalchemy import text

from assist_app.__main__ import main
from assist_app.services.account_service import AccountService
from assist_app.services.case_service import CaseService
from assist_app.services.errors import ConsentRequired, InvalidInput, NotFound
from assist_app.services.resident_service import ResidentService
from assist_app.services.retention_service import RetentionService
from assist_app.services.views import ConsentInput, ResidentInput
from assist_app.storage import open_database
from assist_app.storage.erasure import erase_resident
from assist_app.storage.models import utcnow
from tests.core.storage.page_bytes import page_bytes

PIN = "2468"  # as in tests/conftest.py
NHI = {"insurance": "nhi", "age": 80, "pension": "yes", "funeral_date": "2026-11-08"}
CONSENT = ConsentInput("手続き支援のための記録", dt.date(2026, 11, 2), paper_form=True)


def file_bytes(config, key: bytes) -> bytes:
    """Everything the database file and its write-ahead log hold, decrypted page by page."""
    return page_bytes(config.data_dir / "assist.sqlite3", key)


def add(core, actor, name: str, kana: str = "", note: str = ""):
    resident = core.residents.add_resident(actor, ResidentInput(name, kana), CONSENT)
    case = core.cases.open_case(actor, resident.id, "mini", dt.date(2026, 11, 2), NHI)
    if note:
        core.cases.set_notes(actor, case.items[0].id, note)
    return resident, case


# consent ---------------------------------------------------------------------------------------
def test_nothing_is_stored_without_consent(core, accounts):
    staff = accounts.add("counter_staff", "試験 窓口")
    with pytest.raises(ConsentRequired):
        core.residents.add_resident(
            staff, ResidentInput("架空 一郎"), ConsentInput("  ", dt.date(2026, 11, 2))
        )
    resident, case = add(core, staff, "架空 二郎")
    with core.database.session() as session:  # a consent withdrawn outside the app (say, on paper)
        session.execute(text("UPDATE consents SET withdrawn_at = '2026-11-20'"))
    for attempt in (
        lambda: core.cases.open_case(staff, resident.id, "mini", dt.date(2026, 11, 2), NHI),
        lambda: core.cases.set_status(staff, case.items[0].id, "done"),
        lambda: core.cases.set_notes(staff, case.items[0].id, "メモ"),
        lambda: core.cases.change_answers(staff, case.id, {"insurance": "employee"}),
        lambda: core.residents.update_resident(staff, resident.id, ResidentInput("架空 三郎")),
    ):
        with pytest.raises(ConsentRequired):
            attempt()


# erasure ---------------------------------------------------------------------------------------
MARKER = "消去目印子"


@pytest.fixture(params=["encrypted", "plain"])
def stored(request, core, tmp_path, fixture_library):
    """(services, volunteer, bytes on disk, bytes as stored): the encrypted file of the app, read
    page by page with its key (free pages and the log included), and a plain file (an older
    release's, as it is until its first open encrypts it), read as it is. The bytes as stored (file
    and log, not decrypted) are given for the encrypted file only."""
    if request.param == "encrypted":
        path, key, services = core.config.data_dir / "assist.sqlite3", core.keys.key, core
    else:
        path, key = tmp_path / "plain" / "assist.sqlite3", None
        database = open_database(f"sqlite:///{path}")
        request.addfinalizer(database.dispose)
        services = SimpleNamespace(
            database=database,
            accounts=AccountService(database),
            residents=ResidentService(database),
            cases=CaseService(database, fixture_library),
        )
    supervisor = services.accounts.create_first_account("試験 責任者", PIN)
    view = services.accounts.add_account(supervisor, "例示 ボランティア", "volunteer", PIN)
    volunteer = services.accounts.sign_in(view.id, PIN).actor
    as_stored = None if key is None else lambda: page_bytes(path, None)
    return services, volunteer, lambda: page_bytes(path, key), as_stored


def test_withdrawing_consent_erases_the_resident_from_every_byte_of_the_file(stored):
    core, volunteer, on_disk, as_stored = stored
    kept, _ = add(core, volunteer, "見本 花子", "ミホン ハナコ")
    resident, case = add(core, volunteer, MARKER, "ケシメジルシコ", note=f"{MARKER}さんの長男に連絡")
    assert MARKER.encode() in on_disk()  # the test can see the name before the erasure
    assert as_stored is None or MARKER.encode() not in as_stored()  # encrypted: only with the key
    assert core.residents.withdraw_consent(volunteer, resident.id) == 1
    data = on_disk()
    assert MARKER.encode() not in data and "ケシメジルシコ".encode() not in data
    assert "見本 花子".encode() in data  # the others are still there
    with pytest.raises(NotFound):
        core.residents.get_resident(volunteer, resident.id)
    with pytest.raises(NotFound):
        core.cases.get_case(volunteer, case.id)
    assert core.residents.get_resident(volunteer, kept.id).name == "見本 花子"


def test_deleting_rows_alone_would_leave_the_name_in_the_file(stored):
    """Why the scrub exists: without it the deleted name is still on disk (and the decryption
    above reads the pages where it lingers)."""
    core, volunteer, on_disk, _ = stored
    resident, _ = add(core, volunteer, MARKER)
    with core.database.session() as session:
        erase_resident(session, resident.id)  # rows gone, no checkpoint, no VACUUM
    assert MARKER.encode() in on_disk()


# retention -------------------------------------------------------------------------------------
@pytest.fixture
def later():
    """400 days from now, past the default retention of 365 days."""
    moment = utcnow() + dt.timedelta(days=400)
    return lambda: moment


def close(core, actor, case_id: int, days_ago: int | None = None) -> None:
    core.cases.close_case(actor, case_id)
    if days_ago is not None:
        with core.database.session() as session:
            session.execute(
                text("UPDATE cases SET closed_at = :at WHERE id = :id"),
                {"at": utcnow() - dt.timedelta(days=days_ago), "id": case_id},
            )


def test_retention_previews_then_erases_only_what_was_previewed(core, accounts, config, later):
    boss, staff = accounts.supervisor, accounts.add("counter_staff", "試験 窓口")
    gone, gone_case = add(core, staff, MARKER, note="古い記録")
    mixed, mixed_closed = add(core, staff, "見本 一郎")
    mixed_open = core.cases.open_case(staff, mixed.id, "mini", dt.date(2026, 11, 20), NHI)
    _recent, recent_case = add(core, staff, "見本 二郎")
    close(core, staff, gone_case.id)
    close(core, staff, mixed_closed.id)
    close(core, staff, recent_case.id, days_ago=-300)  # closed 300 days after now: 100 days old then
    retention = RetentionService(core.database, core.policies, now=later)

    preview = retention.preview(boss)
    assert preview.retention_days == 365
    assert {c.case_id for c in preview.cases} == {gone_case.id, mixed_closed.id}
    assert [r.resident_id for r in preview.residents] == [gone.id]
    assert {c.resident_name for c in preview.cases} == {MARKER, "見本 一郎"}

    _late, late_case = add(core, staff, "見本 三郎")  # closed after the preview: not shown, not erased
    close(core, staff, late_case.id, days_ago=30)
    result = retention.apply(boss, preview)
    assert (result.cases, result.residents) == (2, 1)
    assert MARKER.encode() not in file_bytes(config, core.keys.key)
    listed = {c.id for c in core.cases.list_open_cases(staff)}
    assert mixed_open.id in listed
    assert core.residents.get_resident(staff, mixed.id).name == "見本 一郎"
    assert core.cases.get_case(staff, recent_case.id).summary.status == "closed"
    assert core.cases.get_case(staff, late_case.id).summary.status == "closed"
    assert {c.case_id for c in retention.preview(boss).cases} == {late_case.id}


def test_the_retention_period_is_a_bounded_policy(core, accounts, later):
    boss, staff = accounts.supervisor, accounts.add("counter_staff", "試験 窓口")
    _, case = add(core, staff, "見本 花子")
    close(core, staff, case.id, days_ago=0)
    retention = RetentionService(core.database, core.policies, now=later)
    core.policies.set_policy(boss, "retention_days", 500)
    assert retention.preview(boss).empty
    core.policies.set_policy(boss, "retention_days", 30)
    assert [c.case_id for c in retention.preview(boss).cases] == [case.id]
    for days in (0, 29, 3651):
        with pytest.raises(InvalidInput, match="between 30 and 3650"):
            core.policies.set_policy(boss, "retention_days", days)
    assert core.policies.policies(staff).retention_days == 30


# export ----------------------------------------------------------------------------------------
def pdf_lines(path) -> list[str]:
    pdf = pdfium.PdfDocument(path)
    try:
        return [
            line for i in range(len(pdf)) for line in pdf[i].get_textpage().get_text_range().split("\r\n")
        ]
    finally:
        pdf.close()


def pdf_text(path) -> str:
    # Table cells wrap: join the lines so a phrase split across two is still found.
    return "".join(pdf_lines(path))


def test_a_resident_gets_everything_held_about_them_as_json_and_pdf(core, accounts, tmp_path):
    volunteer = accounts.add("volunteer", "例示 ボランティア")
    resident, case = add(core, volunteer, "見本 花子", "ミホン ハナコ", note="長男の連絡先を確認")
    core.cases.set_status(volunteer, case.items[1].id, "blocked", reason="保険証が見つからない")
    files = core.exports.export_resident(volunteer, resident.id, tmp_path / "out")
    assert {p.name for p in (tmp_path / "out").iterdir()} == {
        f"resident-{resident.id}.json",
        f"resident-{resident.id}.pdf",
    }
    record = json.loads(files.json_path.read_text(encoding="utf-8"))
    assert record["resident"]["name"] == "見本 花子" and record["resident"]["kana"] == "ミホン ハナコ"
    assert record["consents"][0]["scope"] == CONSENT.scope and record["consents"][0]["paper_form"]
    [exported_case] = record["cases"]
    steps = {s["procedure"]: s for s in exported_case["steps"]}
    assert steps[case.items[0].procedure_id]["notes"] == "長男の連絡先を確認"
    assert steps[case.items[1].procedure_id]["blocked_reason"] == "保険証が見つからない"
    answers = {a["question"]: a["answer"] for a in exported_case["answers"]}
    assert answers["保険の種類"] == "国保" and answers["年金を受けていた"] == "はい"
    assert [h["action"] for h in exported_case["history"]][:1] == ["case_opened"]
    assert [h["action"] for h in record["history"]] == ["resident_added", "consent_recorded"]
    assert {"case_opened", "notes_changed"} <= {a["action"] for a in record["access_log"]}
    text = pdf_text(files.pdf_path)
    for expected in (
        "見本 花子",
        "長男の連絡先を確認",
        "保険証が見つからない",
        "国保",
        "届出",
        "あなたについて記録",
    ):
        assert expected in text, expected
    dues = [s["due_date"] for s in exported_case["steps"] if s["due_date"]]
    lines = " ".join(pdf_lines(files.pdf_path))  # here the lines stay apart: a date is never split
    assert dues and [d for d in dues if d not in lines] == []


def test_cli_export_and_erase(core, accounts, tmp_path, capsys, monkeypatch, config):
    volunteer = accounts.add("volunteer", "例示 ボランティア")
    resident, _ = add(core, volunteer, MARKER)
    key = core.keys.key
    core.close()
    monkeypatch.setenv("ASSIST_APP_PIN", "2468")
    base = ["--data-dir", str(config.data_dir), "--helper", str(volunteer.helper_id)]
    assert main([*base, "export-resident", str(resident.id), "-o", str(tmp_path / "out")]) == 0
    assert (tmp_path / "out" / f"resident-{resident.id}.pdf").exists()
    assert main([*base, "erase-resident", str(resident.id)]) == 2  # no --yes: nothing erased
    assert MARKER.encode() in file_bytes(config, key)
    assert main([*base, "erase-resident", str(resident.id), "--yes"]) == 0
    assert MARKER.encode() not in file_bytes(config, key)
    assert "still hold them until they are rotated out" in capsys.readouterr().out
