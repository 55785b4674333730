"""Bringing a printed resume code back, on real SQLite files: the same case is compared and changed
only as the helper decides; an unknown case is recreated for a resident the helper picks; a
refused code leaves every table exactly as it was."""

from __future__ import annotations

import datetime as dt
import zlib
from pathlib import Path

import pytest
from sqlalchemy import select

from assist_app.config import Config
from assist_app.resume import (
    DamagedCode,
    ExpiredCode,
    ForgedCode,
    NotAResumeCode,
    SigningKey,
    TruncatedCode,
    TrustStore,
    UnknownSigner,
    issue_code,
)
from assist_app.resume.digits import from_digits, to_digits
from assist_app.resume.signed_code import CRC_BYTES
from assist_app.resume.trust import export_public_key, parse_public_key_file
from assist_app.services.core import Core, open_core
from assist_app.services.errors import Conflict
from assist_app.services.handout_service import VALID_DAYS, HandoutService, resume_content
from assist_app.services.resume_service import CatalogMismatch, ResumeService
from assist_app.services.views import ConsentInput, ResidentInput
from assist_app.storage.models import Base, Case, HistoryEntry

D = dt.date
PRINTED = dt.datetime(2026, 11, 10, 1, 0)  # naive UTC
SCANNED = dt.datetime(2026, 11, 24, 2, 0)
PIN = "2468"
ANSWERS = {"insurance": "nhi", "age": 80, "pension": "yes", "funeral_date": "2026-11-08"}


class Installation:
    """One computer: its database, its signing key, the keys it trusts, its services."""

    def __init__(self, core: Core, folder: Path, label: str) -> None:
        self.core, self.label = core, label
        self.key = SigningKey.generate()
        self.trust = TrustStore(folder / "trusted_keys.json", self.key)
        self.now = SCANNED
        self.helper = core.accounts.create_first_account(f"試験 {label}", PIN)
        self.handouts = HandoutService(
            core.database,
            core.library,
            core.cases,
            core.residents,
            signing_key=lambda: self.key,
            now=lambda: PRINTED,
        )
        self.resume = ResumeService(
            core.database, core.library, core.cases, trust=lambda: self.trust, now=lambda: self.now
        )

    def code(self, case_id: int) -> str:
        """The resume code a handout of the case would carry, without building the PDF."""
        view = self.core.cases.get_case(self.helper, case_id)
        content = resume_content(view, self.core.library.catalog("mini"), self.key.key_id, PRINTED)
        return issue_code(content, self.key)

    def resident(self, name: str = "見本 花子"):
        return self.core.residents.add_resident(
            self.helper, ResidentInput(name=name), ConsentInput("手続き支援の記録", D(2026, 11, 2))
        )

    def case(self, resident_id: int):
        return self.core.cases.open_case(self.helper, resident_id, "mini", D(2026, 11, 2), ANSWERS)

    def set(self, case_id: int, procedure_id: str, status: str, reason: str = "") -> None:
        item = next(
            i for i in self.core.cases.get_case(self.helper, case_id).items if i.procedure_id == procedure_id
        )
        self.core.cases.set_status(self.helper, item.id, status, reason)

    def statuses(self, case_id: int) -> dict[str, str]:
        return {i.procedure_id: i.status for i in self.core.cases.get_case(self.helper, case_id).items}

    def snapshot(self) -> dict[str, list]:
        """Every row of every table: "nothing changed" checked on the database itself."""
        with self.core.database.engine.connect() as conn:
            return {
                table.name: sorted((tuple(row) for row in conn.execute(table.select())), key=repr)
                for table in Base.metadata.sorted_tables
            }

    def history(self, case_id: int | None = None) -> list[HistoryEntry]:
        with self.core.database.session() as session:
            query = select(HistoryEntry).order_by(HistoryEntry.id)
            if case_id is not None:
                query = query.where(HistoryEntry.case_id == case_id)
            return list(session.scalars(query))


@pytest.fixture
def here(core, tmp_path) -> Installation:
    return Installation(core, tmp_path, "ward")


@pytest.fixture
def laptop(tmp_path, fixture_library) -> Installation:
    folder = tmp_path / "laptop"
    folder.mkdir()
    config = Config(data_dir=folder, database_url=f"sqlite:///{folder / 'assist.sqlite3'}")
    core = open_core(config, fixture_library, today=lambda: PRINTED.date())
    yield Installation(core, folder, "laptop")
    core.close()


def test_printing_a_handout_is_recorded_in_the_case_history(here):
    case = here.case(here.resident().id)
    printed = here.handouts.print_handout(here.helper, case.id, "en", True)
    assert printed.pdf.startswith(b"%PDF") and printed.resume_code and printed.no_code_reason is None
    (entry,) = [h for h in here.core.cases.get_case(here.helper, case.id).history if h.action == "printed"]
    assert entry.helper == here.helper.name
    assert entry.detail["document"] == "handout" and entry.detail["resume_code"] is True
    assert entry.detail["lang"] == "en" and entry.detail["large"] is True
    assert entry.detail["key_id"] == here.key.key_id.hex()


def test_same_case_disagreements_are_shown_and_applied_only_as_the_helper_decides(here):
    case = here.case(here.resident().id)
    here.set(case.id, "registration", "done")
    code = here.handouts.print_handout(here.helper, case.id).resume_code
    # After printing, the database moves on in one step and the paper (ticked at home) in another.
    here.set(case.id, "insurance-loss", "in_progress")
    paper_code = here.handouts.print_handout(here.helper, case.id).resume_code
    here.set(case.id, "insurance-loss", "todo")
    here.set(case.id, "pension-stop", "not_needed")
    before = here.statuses(case.id)

    scan = here.resume.scan_text(here.helper, paper_code)
    assert scan.case_id == case.id
    differing = {d.procedure_id: (d.paper, d.here) for d in scan.disagreements}
    assert differing == {"insurance-loss": ("in_progress", "todo"), "pension-stop": ("todo", "not_needed")}
    assert scan.agreeing == 2  # registration (done) and funeral-claim (todo)
    assert here.statuses(case.id) == before  # scanning decides nothing

    view = here.resume.apply(here.helper, scan, take_paper=["insurance-loss"])
    after = {i.procedure_id: i.status for i in view.items}
    assert after == {**before, "insurance-loss": "in_progress"}  # pension-stop kept as here
    applied = [h for h in view.history if h.action == "resume_applied"]
    assert applied[-1].detail == {"taken_from_paper": ["insurance-loss"], "kept_here": ["pension-stop"]}
    changed = [h for h in view.history if h.action == "status_changed" and h.detail.get("source")]
    assert [(h.procedure_id, h.detail["new"]) for h in changed] == [("insurance-loss", "in_progress")]
    # The earlier paper agrees except where the database moved on.
    older = here.resume.scan_text(here.helper, code)
    assert {d.procedure_id for d in older.disagreements} == {"insurance-loss", "pension-stop"}


def test_applying_after_the_step_changed_meanwhile_is_refused_and_changes_nothing(here):
    case = here.case(here.resident().id)
    code = here.handouts.print_handout(here.helper, case.id).resume_code
    here.set(case.id, "registration", "done")
    scan = here.resume.scan_text(here.helper, code)
    assert [d.procedure_id for d in scan.disagreements] == ["registration"]
    here.set(case.id, "registration", "in_progress")  # another seat, between scan and decision
    before = here.snapshot()
    with pytest.raises(Conflict, match="T01"):
        here.resume.apply(here.helper, scan, take_paper=["registration"])
    assert here.snapshot() == before


def test_a_case_from_another_installation_is_recreated_for_the_chosen_resident(here, laptop):
    # The laptop's volunteer prints a handout; the ward trusts the laptop's key.
    visiting = laptop.resident("試験 太郎")
    case = laptop.case(visiting.id)
    laptop.set(case.id, "registration", "done")
    laptop.set(case.id, "pension-stop", "blocked", "書類待ち")
    code = laptop.handouts.print_handout(laptop.helper, case.id).resume_code
    here.trust.add(parse_public_key_file(export_public_key(laptop.key, "volunteer laptop 3")))
    # The ward has its own case 1 (another resident, another time): it must not be mistaken for it.
    own = here.case(here.resident().id)
    assert own.id == case.id
    resident = here.resident("試験 太郎")

    scan = here.resume.scan_text(here.helper, code)
    assert scan.case_id is None and scan.verified.signer.label == "volunteer laptop 3"
    assert here.statuses(own.id) == {p: "todo" for p in here.statuses(own.id)}

    recreated = here.resume.recreate(here.helper, scan, resident.id)
    view = recreated.case
    assert view.id != own.id and view.summary.resident_id == resident.id
    assert view.summary.event_date == case.summary.event_date and view.summary.catalog_id == "mini"
    assert {i.procedure_id: i.status for i in view.items} == laptop.statuses(case.id)
    blocked = next(i for i in view.items if i.procedure_id == "pension-stop")
    assert blocked.blocked_reason  # the paper carries no reason; the record says where it came from
    assert set(view.answers.values()) == {"unknown"}  # answers are personal: never on the paper
    (entry,) = [h for h in view.history if h.action == "case_recreated"]
    assert entry.detail["origin_case"] == case.id and entry.detail["key_id"] == laptop.key.key_id.hex()


def _forged(code: str) -> str:
    """The same code with the case number changed and the checksum made to match again."""
    data = bytearray(from_digits(code))
    data[8] ^= 1
    signed = bytes(data[:-CRC_BYTES])
    return to_digits(signed + zlib.crc32(signed).to_bytes(CRC_BYTES, "big"))


REFUSALS = {
    "damaged": (DamagedCode, lambda code: code[:40] + str((int(code[40]) + 1) % 10) + code[41:]),
    "truncated": (TruncatedCode, lambda code: code[:-12]),
    "bad_signature": (ForgedCode, _forged),
    "wrong_format": (NotAResumeCode, lambda code: "PA-FORM:mini:1.0:intake"),
}


@pytest.mark.parametrize("reason", sorted(REFUSALS))
@pytest.mark.parametrize("case_here", [True, False])
def test_a_refused_code_says_why_and_changes_nothing(here, laptop, reason, case_here):
    source = here if case_here else laptop
    here.trust.add(parse_public_key_file(export_public_key(laptop.key, "laptop")))
    code = source.code(source.case(source.resident().id).id)
    error, damage = REFUSALS[reason]
    before = here.snapshot()
    with pytest.raises(error) as refused:
        here.resume.scan_text(here.helper, damage(code))
    assert refused.value.reason == reason
    assert here.snapshot() == before


def test_expired_and_unknown_signer_are_refused_and_change_nothing(here, laptop):
    case = here.case(here.resident().id)
    code = here.handouts.print_handout(here.helper, case.id).resume_code
    before = here.snapshot()
    here.now = PRINTED + dt.timedelta(days=VALID_DAYS + 1)
    with pytest.raises(ExpiredCode) as refused:
        here.resume.scan_text(here.helper, code)
    assert refused.value.reason == "expired"
    here.now = PRINTED + dt.timedelta(days=VALID_DAYS)  # the last valid day still reads
    assert here.resume.verify(code).content.case_id == case.id
    foreign = laptop.code(laptop.case(laptop.resident().id).id)
    with pytest.raises(UnknownSigner) as refused:
        here.resume.scan_text(here.helper, foreign)
    assert refused.value.reason == "unknown_signer" and laptop.key.key_id.hex() in str(refused.value)
    assert here.snapshot() == before


def test_a_code_made_with_another_procedure_list_is_refused(here, fixture_library, tmp_path):
    case = here.case(here.resident().id)
    code = here.handouts.print_handout(here.helper, case.id).resume_code
    # The same catalog id and version with its procedures in another order: positions would be misread.
    from dataclasses import replace

    catalog = fixture_library.catalog("mini")
    moved = replace(catalog, procedures=tuple(reversed(catalog.procedures)))
    library = replace(fixture_library, catalogs={**fixture_library.catalogs, "mini": moved})
    other = ResumeService(
        here.core.database, library, here.core.cases, trust=lambda: here.trust, now=lambda: SCANNED
    )
    before = here.snapshot()
    with pytest.raises(CatalogMismatch):
        other.scan_text(here.helper, code)
    assert here.snapshot() == before


def test_scanning_records_what_was_read_without_personal_data(here):
    resident = here.resident("見本 花子")
    case = here.case(resident.id)
    code = here.handouts.print_handout(here.helper, case.id).resume_code
    here.resume.scan_text(here.helper, f"  {code[:100]}-{code[100:]}\n")  # as a scanner or person typed it
    (entry,) = [h for h in here.history(case.id) if h.action == "resume_scanned"]
    assert entry.detail["found"] is True and entry.detail["key_id"] == here.key.key_id.hex()
    assert "見本" not in repr(entry.detail)
    with here.core.database.session() as session:
        assert session.get(Case, case.id).resident_id == resident.id
