"""The audit log on a real SQLite file: what is recorded (ids, never names), the triggers that keep
it append-only, and the chain check that finds an altered row, a removed row and a cut tail —
through the service and through `assist-app audit verify`."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import select, text

from assist_app.__main__ import main
from assist_app.resume import SigningKey, TrustStore
from assist_app.services.audit_chain import canonical
from assist_app.services.handout_service import HandoutService
from assist_app.services.resume_service import ResumeService
from assist_app.services.views import ConsentInput, ResidentInput
from assist_app.storage.models import AuditEntry

NHI = {"insurance": "nhi", "age": 80, "pension": "yes", "funeral_date": "2026-11-08"}
MARKER = "監査 目印子"


@pytest.fixture
def busy(core, accounts, tmp_path):
    """A volunteer who did one of everything to one resident; returns (volunteer, resident, case)."""
    volunteer = accounts.add("volunteer", "例示 ボランティア")
    resident = core.residents.add_resident(
        volunteer, ResidentInput(MARKER, "カンサ メジルシコ"), ConsentInput("記録", dt.date(2026, 11, 2))
    )
    case = core.cases.open_case(volunteer, resident.id, "mini", dt.date(2026, 11, 2), NHI)
    core.cases.get_case(volunteer, case.id)
    core.residents.get_resident(volunteer, resident.id)
    core.residents.search(volunteer, "かんさ")
    core.cases.list_open_cases(volunteer)
    core.cases.set_status(volunteer, case.items[0].id, "done")
    core.cases.set_notes(volunteer, case.items[0].id, f"{MARKER}さんに電話済み")
    key = SigningKey.generate()
    handouts = HandoutService(core.database, core.library, core.cases, core.residents, lambda: key)
    code = handouts.print_handout(volunteer, case.id).resume_code
    ResumeService(
        core.database, core.library, core.cases, lambda: TrustStore(tmp_path / "trust.json", key)
    ).scan_text(volunteer, code)
    core.exports.resident_record(volunteer, resident.id)
    return volunteer, resident, case


def rows(core) -> list[AuditEntry]:
    with core.database.session() as session:
        return session.scalars(select(AuditEntry).order_by(AuditEntry.id)).all()


def test_every_kind_of_look_and_change_is_recorded_with_ids_only(core, busy):
    volunteer, resident, case = busy
    mine = [r for r in rows(core) if r.helper_id == volunteer.helper_id]
    by_action = {r.action: r for r in mine}
    expected = {
        "resident_added": ("change", resident.id, None),
        "case_opened": ("change", resident.id, case.id),
        "case_viewed": ("view", resident.id, case.id),
        "resident_viewed": ("view", resident.id, None),
        "status_changed": ("change", resident.id, case.id),
        "notes_changed": ("change", resident.id, case.id),
        "printed": ("print", resident.id, case.id),
        "resume_scanned": ("scan", resident.id, case.id),
        "resident_exported": ("export", resident.id, None),
    }
    for action, (kind, resident_id, case_id) in expected.items():
        row = by_action[action]
        assert (row.kind, row.resident_id, row.case_id, row.role) == (kind, resident_id, case_id, "volunteer")
    assert by_action["residents_found"].record_ids == [resident.id]
    assert by_action["cases_listed"].record_ids == [case.id]
    # No name, kana or note text anywhere in the log.
    assert all(MARKER not in canonical(r) and "カンサ" not in canonical(r) for r in rows(core))


def test_erasure_is_recorded_and_the_log_keeps_no_trace_of_the_name(core, busy, verify):
    volunteer, resident, _ = busy
    core.residents.withdraw_consent(volunteer, resident.id)
    erased = [r for r in rows(core) if r.kind == "erase"]
    assert [(r.action, r.resident_id) for r in erased] == [("consent_withdrawn", resident.id)]
    assert verify().ok  # the erasure left the chain whole


def test_the_log_refuses_updates_and_deletes(core, busy):
    for statement in (
        "UPDATE audit_log SET action = 'x' WHERE id = 3",
        "DELETE FROM audit_log WHERE id = 3",
        "UPDATE audit_anchor SET row_count = row_count - 1",
        "DELETE FROM audit_anchor",
    ):
        with pytest.raises(Exception, match="audit"), core.database.session() as session:
            session.execute(text(statement))


def tamper(core, *statements: str) -> None:
    """What someone with the file and an SQLite tool could do: drop the guards, then edit."""
    with core.database.session() as session:
        for trigger in ("audit_log_no_update", "audit_log_no_delete", "audit_anchor_forward"):
            session.execute(text(f"DROP TRIGGER {trigger}"))
        for statement in statements:
            session.execute(text(statement))


@pytest.fixture
def verify(core, accounts):
    return lambda: core.audit.verify(accounts.supervisor)  # signed in before any tampering


def test_an_intact_log_verifies(core, busy, verify):
    check = verify()
    assert check.ok and check.rows == len(rows(core)) - 1  # the check itself is appended after


def test_an_altered_row_is_the_first_broken_link(core, busy, verify):
    target = next(r.id for r in rows(core) if r.action == "case_viewed")
    tamper(core, f"UPDATE audit_log SET helper_id = 1 WHERE id = {target}")
    check = verify()
    assert not check.ok and check.broken_at == target and "altered" in check.problem


def test_a_row_removed_in_the_middle_is_found(core, busy, verify):
    total = len(rows(core))
    tamper(core, f"DELETE FROM audit_log WHERE id = {total // 2}")
    check = verify()
    assert not check.ok and check.broken_at == total // 2 and "removed" in check.problem


def test_a_rehashed_row_breaks_the_next_link(core, busy, verify):
    target = next(r for r in rows(core) if r.action == "printed")
    target.helper_id = None  # forge the row, then give it a matching hash of its own
    from assist_app.services.audit_chain import link_hash

    forged = link_hash(target.prev_hash, target)
    tamper(core, f"UPDATE audit_log SET helper_id = NULL, row_hash = '{forged}' WHERE id = {target.id}")
    check = verify()
    assert not check.ok and check.broken_at == target.id + 1


def test_the_last_rows_removed_are_found_through_the_anchor(core, busy, verify):
    total = len(rows(core))
    tamper(core, f"DELETE FROM audit_log WHERE id > {total - 2}")
    check = verify()
    assert not check.ok and check.broken_at == total - 1 and "last 2 row(s)" in check.problem


def test_cli_audit_verify(core, busy, capsys, monkeypatch, config):
    core.close()
    monkeypatch.setenv("ASSIST_APP_HELPER", "1")
    monkeypatch.setenv("ASSIST_APP_PIN", "2468")
    argv = ["--data-dir", str(config.data_dir), "audit", "verify"]
    assert main(argv) == 0
    out = capsys.readouterr().out
    assert out.startswith("ok, ") and out.strip().endswith(" rows")
    from assist_app.services.core import open_core

    again = open_core(config, core.library)
    tamper(again, "UPDATE audit_log SET action = 'case_closed' WHERE id = 5")
    again.close()
    assert main(argv) == 1
    assert "broken at row 5" in capsys.readouterr().out


def test_what_a_command_hands_back_is_not_recorded_as_a_look(core, busy):
    """A look is what a helper opens (get_case); a command's own reading and the case it hands back
    are recorded as what the command did, not as extra looks."""
    from assist_app.services.paper_entry import PaperEntryService

    volunteer, _, case = busy

    def looks():
        return sum(1 for r in rows(core) if r.action == "case_viewed")

    before = looks()
    saved = PaperEntryService(core.database, core.library, core.cases).save_to_case(
        volunteer, case.id, "mini", []
    )
    assert saved.case.id == case.id and looks() == before
    assert any(r.action == "paper_entered" for r in rows(core))
    core.cases.get_case(volunteer, case.id)
    assert looks() == before + 1
