"""The paper screens' services on a real SQLite file: handout defaults and output records, batches
that stop when cancelled, parts of the outage kit, and keys moved between two installations."""

import datetime as dt
import json
import threading

import keyring
import pypdfium2 as pdfium
import pytest
from keyring.backends.fail import Keyring as FailKeyring
from sqlalchemy import select

from assist_app.config import Config
from assist_app.resume import ResumeCodeRefused, UnknownSigner
from assist_app.security.memory_keyring import MemoryKeyring
from assist_app.services.core import open_core
from assist_app.services.errors import InvalidInput
from assist_app.services.kit_service import sheet_of_each_page
from assist_app.services.paper_services import HandoutChoice, open_paper_services
from assist_app.services.resume_key_service import KeychainUnavailable
from assist_app.services.views import ConsentInput, ResidentInput
from assist_app.storage.models import AuditEntry

D = dt.date


@pytest.fixture
def memory_keyring():
    previous = keyring.get_keyring()
    ring = MemoryKeyring()
    keyring.set_keyring(ring)
    yield ring
    keyring.set_keyring(previous)


@pytest.fixture
def paper(core, memory_keyring):
    return open_paper_services(core)


@pytest.fixture
def cases(core, accounts):
    helper = accounts.add("counter_staff", "試験 担当")
    ids = []
    for name, lang, large in (
        ("見本 花子", "en", True),
        ("試験 太郎", "ja", False),
        ("例示 次郎", "ja", False),
    ):
        resident = core.residents.add_resident(
            helper,
            ResidentInput(name, preferred_language=lang, large_print=large),
            ConsentInput("記録", D(2026, 11, 20)),
        )
        ids.append(core.cases.open_case(helper, resident.id, "mini", D(2026, 11, 20), {}).id)
    return helper, ids


def page_count(pdf: bytes) -> int:
    document = pdfium.PdfDocument(pdf)
    try:
        return len(document)
    finally:
        document.close()


def printed_entries(core, helper, case_id):
    return [h for h in core.cases.get_case(helper, case_id).history if h.action == "printed"]


def outputs(core, helper, case_id):
    entries = printed_entries(core, helper, case_id)
    return [(h.detail["output"], h.detail["lang"], h.detail["large"]) for h in entries]


def test_a_previewed_handout_is_recorded_only_once_it_leaves_the_app(core, paper, cases):
    helper, (first, second, _third) = cases
    assert paper.handout_defaults(helper, first) == HandoutChoice("en", True)
    assert paper.handout_defaults(helper, second) == HandoutChoice("ja", False)
    printed = paper.preview_handout(helper, first, HandoutChoice("easy_ja", False))
    assert printed.resume_code and printed.pdf.startswith(b"%PDF")
    assert printed_entries(core, helper, first) == []  # looked at, not printed
    paper.record_output(helper, printed, "pdf_file")
    (entry,) = printed_entries(core, helper, first)
    assert entry.helper == "試験 担当"
    assert entry.detail == {
        "document": "handout",
        "output": "pdf_file",
        "lang": "easy_ja",
        "large": False,
        "resume_code": True,
        "key_id": printed.key_id,
    }
    with core.database.session() as session:
        kinds = [a.kind for a in session.scalars(select(AuditEntry).where(AuditEntry.action == "printed"))]
    assert kinds == ["print"]  # one audit entry, written with the history entry
    with pytest.raises(ValueError):
        paper.record_output(helper, printed, "screen")


def test_a_cancelled_batch_stops_before_the_next_case(core, paper, cases):
    helper, ids = cases
    cancel = threading.Event()
    sent, seen = [], []

    def progress(done, total):
        seen.append((done, total))
        cancel.set()  # the helper presses Cancel after the first handout

    done = paper.print_each(
        helper,
        ids,
        lambda printed: sent.append(printed.case_id),
        lang="ja",
        progress=progress,
        cancel=cancel,
    )
    assert done == sent == [ids[0]] and seen == [(1, 3)]
    outputs = printed_entries(core, helper, ids[0])
    assert [(o.detail["output"], o.detail["lang"], o.detail["large"]) for o in outputs] == [
        ("printer", "ja", True)
    ]
    assert printed_entries(core, helper, ids[1]) == []


def test_handouts_saved_as_files_are_named_by_case_number_and_recorded(core, paper, cases, tmp_path):
    helper, ids = cases
    written = paper.save_each(helper, ids[:2], tmp_path / "out", large=False)
    assert [p.name for p in written] == [f"handout-{ids[0]}-en.pdf", f"handout-{ids[1]}-ja.pdf"]
    assert all(page_count(p.read_bytes()) >= 1 for p in written)
    output = printed_entries(core, helper, ids[0])
    assert [(o.detail["output"], o.detail["lang"], o.detail["large"]) for o in output] == [
        ("pdf_file", "en", False)
    ]


def test_parts_of_the_outage_kit(paper):
    blank = paper.kit.blank_forms("ja")
    assert [c.sheet for c in sheet_of_each_page(blank)] == ["consent", "handout"]
    intake = paper.kit.outage_kit(["mini"], lang="en", sheets={"intake", "consent"})
    sheets = [(c.catalog_id, c.sheet) for c in sheet_of_each_page(intake)]
    assert ("mini", "intake") in sheets and ("general", "consent") in sheets
    assert {s for _, s in sheets} == {"intake", "consent"}
    whole = paper.kit.outage_kit(["mini"])
    assert page_count(whole) == page_count(intake) + sum(
        1 for c in sheet_of_each_page(whole) if c.sheet in ("checklist", "handout")
    )
    with pytest.raises(InvalidInput, match="poster"):
        paper.kit.outage_kit(sheets={"poster"})
    with pytest.raises(InvalidInput, match="at least one"):
        paper.kit.outage_kit(sheets=set())


def test_keys_move_between_two_installations(tmp_path, fixture_library, cases, core, paper):
    helper, ids = cases
    code = paper.preview_handout(helper, ids[0], HandoutChoice("ja", False)).resume_code
    text = paper.keys.export_text("港区 窓口1")
    key_file = tmp_path / "key.json"
    key_file.write_text(text, encoding="utf-8")

    other_dir = tmp_path / "other"
    other_dir.mkdir()
    other = open_core(
        Config(data_dir=other_dir, database_url=f"sqlite:///{other_dir / 'a.sqlite3'}"), fixture_library
    )
    try:
        keyring.set_keyring(MemoryKeyring())  # the other installation has its own keychain
        there = open_paper_services(other)
        with pytest.raises(UnknownSigner):
            there.resume.verify(code)
        key = there.keys.read_key_file(key_file)
        assert key.label == "港区 窓口1"
        assert there.keys.trust(key) is True and there.keys.trust(key) is False
        assert there.resume.verify(code).content.case_id == ids[0]
        assert [k.label for k in there.keys.trusted() if not k.own] == ["港区 窓口1"]
        stored = json.loads((other_dir / "trusted_keys.json").read_text(encoding="utf-8"))
        assert [k["key_id"] for k in stored["keys"]] == [key.key_id_hex]
        assert there.keys.remove(key.key_id) is True
        with pytest.raises(ResumeCodeRefused):
            there.resume.verify(code)
    finally:
        other.close()


def test_a_file_that_is_not_a_key_is_refused_by_name(tmp_path, paper):
    bad = tmp_path / "notes.json"
    bad.write_text('{"format": "something else"}', encoding="utf-8")
    with pytest.raises(InvalidInput, match=r"notes\.json"):
        paper.keys.read_key_file(bad)
    binary = tmp_path / "photo.jpg"
    binary.write_bytes(b"\xff\xd8\xff\xe0\x00\x10JFIF")
    with pytest.raises(InvalidInput, match=r"photo\.jpg"):
        paper.keys.read_key_file(binary)


def test_without_a_keychain_keys_explain_and_imported_keys_still_work(core, cases):
    previous = keyring.get_keyring()
    keyring.set_keyring(FailKeyring())
    try:
        paper = open_paper_services(core)
        with pytest.raises(KeychainUnavailable, match="keychain"):
            paper.keys.export_text("x")
        assert paper.keys.trusted() == [] and "keychain" in paper.keys.own_problem
        helper, ids = cases
        printed = paper.preview_handout(helper, ids[1], HandoutChoice("ja", False))
        assert printed.resume_code is None and "keychain" in str(printed.no_code_reason)
    finally:
        keyring.set_keyring(previous)


def test_without_a_keychain_handouts_are_signed_with_the_key_in_the_passphrase_vault(
    config, fixture_library, cheap_scrypt
):
    from assist_app.security.database_key import Credentials

    previous = keyring.get_keyring()
    keyring.set_keyring(FailKeyring())
    try:
        core = open_core(
            config,
            fixture_library,
            credentials=Credentials(new_passphrase="office safe passphrase", cost=cheap_scrypt),
        )
        try:
            helper = core.accounts.create_first_account("試験 責任者", "2468")
            resident = core.residents.add_resident(
                helper, ResidentInput("見本 花子"), ConsentInput("記録", D(2026, 11, 20))
            )
            case_id = core.cases.open_case(helper, resident.id, "mini", D(2026, 11, 20), {}).id
            paper = open_paper_services(core)
            printed = paper.preview_handout(helper, case_id, HandoutChoice("ja", False))
            assert printed.resume_code is not None and printed.no_code_reason is None
            assert paper.resume.verify(printed.resume_code).content.case_id == case_id
            assert paper.keys.own_key().key_id.hex() == printed.key_id
        finally:
            core.close()
    finally:
        keyring.set_keyring(previous)
