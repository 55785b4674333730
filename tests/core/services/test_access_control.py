"""Who sees what, through every service call, on a real SQLite file.

Two volunteers (A and B) each look after one resident with one case. Every call A could make on
B's records (list, show, search, history, change, hand over, close, print, scan, export, erase …)
is refused, recorded as refused, and changes nothing; counter staff see everything; a volunteer
sees a case once it is handed to them; only a supervisor reads the audit log.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

import pytest
from sqlalchemy import func, select

from assist_app.resume import SigningKey, TrustStore
from assist_app.services.access import Actor
from assist_app.services.errors import AccessDenied
from assist_app.services.handout_service import HandoutService
from assist_app.services.paper_entry import PaperEntryService, SheetReader
from assist_app.services.resume_service import ResumeService
from assist_app.services.views import CaseView, ConsentInput, ResidentInput, ResidentView
from assist_app.storage.models import AuditEntry, Case, ChecklistItem, Resident

D = dt.date
NHI = {"insurance": "nhi", "age": 80, "pension": "yes", "funeral_date": "2026-11-08"}
NOW = dt.datetime(2026, 11, 25, 9, 30)


@dataclass
class World:
    core: object
    a: Actor
    b: Actor
    staff: Actor
    supervisor: Actor
    a_resident: ResidentView
    b_resident: ResidentView
    a_case: CaseView
    b_case: CaseView
    handouts: HandoutService
    resume: ResumeService
    tmp_path: object

    @property
    def b_item(self):
        return self.b_case.items[0]


@pytest.fixture(scope="module")
def key():
    return SigningKey.generate()


@pytest.fixture
def world(core, accounts, tmp_path, key) -> World:
    a = accounts.add("volunteer", "例示 ボランティアA")
    b = accounts.add("volunteer", "例示 ボランティアB")
    staff = accounts.add("counter_staff", "試験 窓口")
    consent = ConsentInput("手続き支援の記録", D(2026, 11, 2))
    a_resident = core.residents.add_resident(a, ResidentInput("試験 太郎", "シケン タロウ"), consent)
    b_resident = core.residents.add_resident(b, ResidentInput("見本 花子", "ミホン ハナコ"), consent)
    a_case = core.cases.open_case(a, a_resident.id, "mini", D(2026, 11, 2), NHI)
    b_case = core.cases.open_case(b, b_resident.id, "mini", D(2026, 11, 2), NHI)
    trust = TrustStore(tmp_path / "trusted_keys.json", key)
    handouts = HandoutService(
        core.database, core.library, core.cases, core.residents, lambda: key, now=lambda: NOW
    )
    resume = ResumeService(core.database, core.library, core.cases, lambda: trust, now=lambda: NOW)
    return World(
        core,
        a,
        b,
        staff,
        accounts.supervisor,
        a_resident,
        b_resident,
        a_case,
        b_case,
        handouts,
        resume,
        tmp_path,
    )


def b_code(w: World) -> str:
    return w.handouts.print_handout(w.b, w.b_case.id).resume_code


# Everything volunteer A might try on volunteer B's resident and case.
ATTEMPTS = {
    "show case (checklist and history)": lambda w: w.core.cases.get_case(w.a, w.b_case.id),
    "set a status": lambda w: w.core.cases.set_status(w.a, w.b_item.id, "done"),
    "write notes": lambda w: w.core.cases.set_notes(w.a, w.b_item.id, "覗き見"),
    "change answers": lambda w: w.core.cases.change_answers(w.a, w.b_case.id, {"insurance": "employee"}),
    "preview catalog update": lambda w: w.core.cases.preview_catalog_update(w.a, w.b_case.id),
    "apply catalog update": lambda w: w.core.cases.apply_catalog_update(w.a, w.b_case.id),
    "take the case over": lambda w: w.core.cases.hand_over(w.a, w.b_case.id, w.a.helper_id),
    "close the case": lambda w: w.core.cases.close_case(w.a, w.b_case.id),
    "open a case for their resident": lambda w: w.core.cases.open_case(
        w.a, w.b_resident.id, "mini", D(2026, 11, 3), NHI
    ),
    "show resident": lambda w: w.core.residents.get_resident(w.a, w.b_resident.id),
    "change resident": lambda w: w.core.residents.update_resident(
        w.a, w.b_resident.id, ResidentInput("見本 変更")
    ),
    "erase resident": lambda w: w.core.residents.withdraw_consent(w.a, w.b_resident.id),
    "export resident": lambda w: w.core.exports.resident_record(w.a, w.b_resident.id),
    "export files": lambda w: w.core.exports.export_resident(w.a, w.b_resident.id, w.tmp_path / "out"),
    "print handout": lambda w: w.handouts.print_handout(w.a, w.b_case.id),
    "print a batch": lambda w: w.handouts.print_batch(w.a, [w.b_case.id], w.tmp_path / "batch"),
    "scan their resume code": lambda w: w.resume.scan_text(w.a, b_code(w)),
    "apply a scan of their case": lambda w: w.resume.apply(w.a, w.resume.scan_text(w.b, b_code(w)), []),
    "recreate a case for their resident": lambda w: w.resume.recreate(
        w.a, w.resume.scan_text(w.b, b_code(w)), w.b_resident.id
    ),
    "record their handout as printed": lambda w: w.handouts.record_output(
        w.a, w.handouts.print_handout(w.b, w.b_case.id, record=False), "printer"
    ),
    "enter a paper sheet into their case": lambda w: paper_entry(w).save_to_case(
        w.a, w.b_case.id, "mini", SheetReader(w.core.library.catalog("mini")).read("Q1 2 T01 1")
    ),
    "enter a paper sheet for their resident": lambda w: paper_entry(w).save_new(
        w.a,
        w.b_resident.id,
        "mini",
        D(2026, 11, 3),
        SheetReader(w.core.library.catalog("mini")).read("T01 1"),
    ),
}


def paper_entry(w: World) -> PaperEntryService:
    return PaperEntryService(w.core.database, w.core.library, w.core.cases)


def snapshot(w: World) -> dict:
    """Everything about B's records that a refused call must leave as it was."""
    with w.core.database.session() as session:
        case = session.get(Case, w.b_case.id)
        resident = session.get(Resident, w.b_resident.id)
        items = session.scalars(select(ChecklistItem).where(ChecklistItem.case_id == w.b_case.id)).all()
        return {
            "case": (case.status, case.assigned_helper_id, dict(case.answers), case.row_version),
            "resident": (resident.name, resident.kana),
            "items": sorted((i.procedure_id, i.status, i.notes, i.row_version) for i in items),
            "cases": session.scalar(select(func.count()).select_from(Case)),
        }


def refusals(w: World) -> list[AuditEntry]:
    with w.core.database.session() as session:
        return session.scalars(
            select(AuditEntry).where(AuditEntry.action == "refused", AuditEntry.helper_id == w.a.helper_id)
        ).all()


@pytest.mark.parametrize("attempt", ATTEMPTS.values(), ids=ATTEMPTS.keys())
def test_a_volunteer_cannot_touch_another_volunteers_records(world, attempt):
    before = snapshot(world)
    with pytest.raises(AccessDenied, match="another helper"):
        attempt(world)
    assert snapshot(world) == before
    [refused] = refusals(world)  # recorded once, even when one service calls another
    assert refused.case_id == world.b_case.id or refused.resident_id == world.b_resident.id
    assert not list((world.tmp_path).glob("out/*")) and not list((world.tmp_path).glob("batch/*"))


def test_a_volunteer_lists_and_finds_only_their_own(world):
    w, cases, residents = world, world.core.cases, world.core.residents
    assert [c.id for c in cases.list_open_cases(w.a)] == [w.a_case.id]
    assert cases.list_open_cases(w.a, resident_ids=[w.b_resident.id]) == []
    assert cases.list_open_cases(w.a, helper_id=w.b.helper_id) == []
    assert residents.search(w.a, "みほん") == [] and residents.search(w.a, "見本") == []
    assert [r.id for r in residents.search(w.a, "しけん")] == [w.a_resident.id]
    assert [c.id for c in cases.list_open_cases(w.b)] == [w.b_case.id]


def test_the_owner_may_do_what_the_other_volunteer_may_not(world):
    """The same calls as B: proof that the refusals above are about who asks, not broken calls."""
    w = world
    assert w.core.cases.get_case(w.b, w.b_case.id).history
    w.core.cases.set_status(w.b, w.b_item.id, "done")
    w.core.cases.set_notes(w.b, w.b_item.id, "確認済み")
    w.core.residents.get_resident(w.b, w.b_resident.id)
    assert w.core.exports.resident_record(w.b, w.b_resident.id)["resident"]["name"] == "見本 花子"
    assert w.handouts.print_handout(w.b, w.b_case.id).pdf.startswith(b"%PDF")
    w.handouts.record_output(w.b, w.handouts.print_handout(w.b, w.b_case.id, record=False), "printer")
    reader = SheetReader(w.core.library.catalog("mini"))
    assert paper_entry(w).save_to_case(w.b, w.b_case.id, "mini", reader.read("T01 2")).statuses_changed == 1
    scan = w.resume.scan_text(w.b, b_code(w))
    assert scan.case_id == w.b_case.id
    w.core.cases.close_case(w.b, w.b_case.id)
    assert refusals(w) == []


def test_counter_staff_see_everyone(world):
    w = world
    assert {c.id for c in w.core.cases.list_open_cases(w.staff)} == {w.a_case.id, w.b_case.id}
    assert [r.id for r in w.core.residents.search(w.staff, "みほん")] == [w.b_resident.id]
    assert w.core.cases.get_case(w.staff, w.b_case.id).summary.resident_name == "見本 花子"
    w.core.cases.set_status(w.staff, w.b_item.id, "in_progress")


def test_handing_over_gives_the_other_volunteer_the_case_and_its_resident(world):
    w = world
    w.core.cases.hand_over(w.b, w.b_case.id, w.a.helper_id, "引き継ぎ")
    assert {c.id for c in w.core.cases.list_open_cases(w.a)} == {w.a_case.id, w.b_case.id}
    assert w.core.residents.get_resident(w.a, w.b_resident.id).name == "見本 花子"
    # B opened it, so B still sees it (cases assigned to them or created by them).
    assert w.core.cases.get_case(w.b, w.b_case.id).summary.assigned_helper_id == w.a.helper_id


def test_only_a_supervisor_reads_the_audit_log_and_sets_the_rules(world):
    w = world
    for actor in (w.a, w.staff):
        with pytest.raises(AccessDenied, match="supervisor"):
            w.core.audit.entries(actor)
        with pytest.raises(AccessDenied, match="supervisor"):
            w.core.audit.verify(actor)
        with pytest.raises(AccessDenied, match="supervisor"):
            w.core.retention.preview(actor)
        with pytest.raises(AccessDenied, match="supervisor"):
            w.core.policies.set_policy(actor, "retention_days", 30)
    assert w.core.audit.entries(w.supervisor, limit=5)
    assert w.core.audit.verify(w.supervisor).ok


def test_reports_are_for_a_supervisor_and_count_everyone(world):
    w = world
    for actor in (w.a, w.staff):
        with pytest.raises(AccessDenied, match="supervisor"):
            w.core.reports.summary(actor)
    w.core.cases.close_case(w.a, w.a_case.id)
    report = w.core.reports.summary(w.supervisor)
    [mini] = report.by_event
    assert (mini.catalog_id, mini.open, mini.closed) == ("mini", 1, 1)
    assert report.residents == 2
    loads = {h.name: (h.open, h.overdue) for h in report.by_helper}
    assert loads["例示 ボランティアB"][0] == 1 and loads["例示 ボランティアA"][0] == 0
