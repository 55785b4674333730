"""The shipped catalogs: complete against the domain research, sourced, and correctly counted."""

import datetime as dt

import pytest

from assist_app.catalog import load_library
from assist_app.checklist import derive_checklist
from assist_app.deadlines import DueKind
from assist_app.paths import catalogs_dir, offices_dir

# Every row of shared/domain/death.md and birth.md, by its suggested id.
DEATH_IDS = {
    "death-registration", "cremation-permit", "head-of-household-change", "nhi-loss", "late-elderly-loss",
    "employee-insurance-loss", "care-insurance-loss", "funeral-expenses", "burial-allowance",
    "high-medical-cost-refund", "pension-stop", "unpaid-pension", "survivor-pension", "seal-registration",
    "my-number-card", "resident-tax-heir", "residence-card-return", "child-allowance-change",
    "inheritance-renunciation", "final-income-tax", "inheritance-tax", "inheritance-registration",
    "vehicle-transfer", "driving-licence", "bank-accounts", "utilities-contracts", "life-insurance",
}  # fmt: skip
BIRTH_IDS = {
    "birth-registration", "nhi-enrolment", "employee-insurance-dependant", "child-allowance",
    "child-medical-certificate", "childbirth-lump-sum", "birth-notice", "newborn-visit", "tokyo-018-support",
    "tokyo-baby-first", "pregnancy-support-benefit", "vaccinations", "residence-status",
    "my-number-card-child",
}  # fmt: skip


@pytest.fixture(scope="module")
def library():
    return load_library(catalogs_dir(), offices_dir())


def test_all_bundled_files_load_without_problems(library):
    assert [str(p) for p in library.problems] == []
    assert {"death", "birth"} <= set(library.catalogs)
    assert "minato" in library.layers and "generic" in library.layers


@pytest.mark.parametrize(("catalog_id", "ids"), [("death", DEATH_IDS), ("birth", BIRTH_IDS)])
def test_every_researched_procedure_is_in_the_catalog(library, catalog_id, ids):
    catalog = library.catalog(catalog_id)
    assert ids <= {p.id for p in catalog.procedures}
    for procedure in catalog.procedures:
        assert procedure.basis.text.ja and procedure.basis.text.en, procedure.id
        rule = procedure.deadline.rule
        if rule.period is not None:
            assert rule.counting_basis, procedure.id
        if rule.kind is DueKind.GUIDANCE:
            assert procedure.deadline.note is not None, procedure.id


def test_death_registration_counts_as_the_family_register_act_says(library):
    catalog = library.catalog("death")
    items = derive_checklist(
        catalog, dt.date(2026, 12, 27), {"died_abroad": "no"}, known_date=dt.date(2026, 12, 28)
    )
    found = {i.procedure_id: i for i in items}
    assert found["death-registration"].due.date == dt.date(2027, 1, 4)
    assert found["death-registration"].due.unextended == dt.date(2027, 1, 3)
    renunciation = found["inheritance-renunciation"].due
    assert renunciation.kind in (DueKind.DEADLINE, DueKind.CLAIM_BY) and renunciation.date == dt.date(
        2027, 3, 28
    )


def test_death_abroad_gets_three_months(library):
    items = derive_checklist(library.catalog("death"), dt.date(2026, 11, 10), {"died_abroad": "yes"})
    registration = next(i for i in items if i.procedure_id == "death-registration")
    assert registration.due.date == dt.date(2027, 2, 9)


def test_birth_registration_counts_the_day_of_birth(library):
    items = derive_checklist(library.catalog("birth"), dt.date(2026, 11, 10), {"born_abroad": "no"})
    registration = next(i for i in items if i.procedure_id == "birth-registration")
    assert registration.due.date == dt.date(2026, 11, 24)  # day 14 is 勤労感謝の日 (Mon 23 Nov)


def test_dont_know_never_drops_a_procedure(library):
    for catalog in library.catalogs.values():
        all_unknown = derive_checklist(catalog, dt.date(2026, 11, 10), {})
        assert {i.procedure_id for i in all_unknown} == {p.id for p in catalog.procedures}, catalog.id


def test_minato_layer_overrides_ward_offices(library):
    office = library.office("ward.family-register", "minato")
    assert "港区" in office.name.ja
    assert library.office("pension-office", "minato") == library.office("pension-office")
