"""Moving a case to a newer catalog version shows what changes, then keeps the progress."""

import datetime as dt
import shutil

from assist_app.catalog import load_library
from assist_app.services.case_service import CaseService
from assist_app.services.views import ConsentInput, ResidentInput
from tests.conftest import FIXTURES

NEW_PROCEDURE = """
  - id: seal-return
    short_code: T05
    title: {ja: 印鑑登録証の返却, en: Return the seal card, easy_ja: いんかん}
    what: {ja: 返す, en: Return it}
    level: ward
    office: ward.family-register
    deadline: {kind: none}
    basis: {ja: 区の規則, en: Ward rules}
    verified: false
"""


def newer_library(tmp_path):
    catalogs = tmp_path / "catalogs"
    catalogs.mkdir()
    text = (FIXTURES / "catalogs" / "mini.yaml").read_text(encoding="utf-8")
    text = text.replace('version: "1.0"', 'version: "1.1"').replace(
        "period: {days: 14}", "period: {days: 10}"
    )
    (catalogs / "mini.yaml").write_text(text + NEW_PROCEDURE, encoding="utf-8")
    shutil.copytree(FIXTURES / "offices", tmp_path / "offices")
    library = load_library(catalogs, tmp_path / "offices")
    assert library.problems == [] and library.catalog("mini").version == "1.1"
    return library


def test_preview_then_apply(core, accounts, tmp_path):
    helper = accounts.add("counter_staff", "試験 担当")
    resident = core.residents.add_resident(
        helper, ResidentInput("見本 花子"), ConsentInput("記録", dt.date(2026, 11, 2))
    )
    answers = {"insurance": "nhi", "age": 80, "pension": "no"}
    view = core.cases.open_case(helper, resident.id, "mini", dt.date(2026, 11, 2), answers)
    registration = next(i for i in view.items if i.procedure_id == "registration")
    core.cases.set_status(helper, registration.id, "done")
    assert core.cases.preview_catalog_update(helper, view.id) is None  # current already

    newer = CaseService(core.database, newer_library(tmp_path))
    preview = newer.preview_catalog_update(helper, view.id)
    assert (preview.from_version, preview.to_version) == ("1.0", "1.1")
    assert preview.change.added == ["seal-return"]
    [due] = preview.change.due_changed
    assert (due.procedure_id, due.old, due.new) == (
        "insurance-loss",
        dt.date(2026, 11, 16),
        dt.date(2026, 11, 12),
    )
    assert newer.get_case(helper, view.id).catalog_version == "1.0"  # a preview changes nothing

    newer.apply_catalog_update(helper, view.id)
    after = newer.get_case(helper, view.id)
    assert after.catalog_version == "1.1"
    found = {i.procedure_id: i for i in after.items}
    assert found["registration"].status == "done" and "seal-return" in found
    assert found["insurance-loss"].due_date == dt.date(2026, 11, 12)
    assert after.history[-1].action == "catalog_updated" and after.history[-1].detail["new"] == "1.1"
