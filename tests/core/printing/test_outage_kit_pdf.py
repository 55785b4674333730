"""The outage kit as staff print it before an outage: rendered, every form QR decoded and every
procedure of the bundled catalogs found on the blank checklist with all its paper details."""

from __future__ import annotations

import datetime as dt
import functools

import pytest
from pdf_pages import MM, Page, overlaps, read_pdf, sections, squash

from assist_app.catalog import QuestionType
from assist_app.catalog.describe import describe_deadline
from assist_app.printing import build_outage_kit, parse_form_code
from assist_app.printing.condition_words import ConditionWords

PRINTED_ON = dt.date(2026, 11, 20)
SHEET_TITLES = {
    "ja": {
        "intake": "聞き取り票",
        "checklist": "手続きチェックリスト",
        "consent": "同意書",
        "handout": "手書き用",
    },
    "en": {"intake": "Intakesheet", "checklist": "Checklist", "consent": "Consentform", "handout": "Handout"},
}
PAGE = {"ja": "{n}/{m}ページ", "en": "Page{n}of{m}"}
UNKNOWN = {"ja": "わからない", "en": "don'tknow"}
YES_NO = {"ja": ("はい", "いいえ"), "en": ("yes", "no")}


@pytest.fixture(scope="module")
def kit(bundled_library):
    @functools.cache
    def read(lang: str, ward: str | None = None) -> list[Page]:
        pdf = build_outage_kit(bundled_library, lang=lang, ward=ward, printed_on=PRINTED_ON)
        return read_pdf(pdf)

    return read


def sheets(pages: list[Page]) -> dict[tuple[str, str], list[Page]]:
    """Pages grouped by the form code in their header: (catalog id, sheet) → pages."""
    grouped: dict[tuple[str, str], list[Page]] = {}
    for page in pages:
        (code,) = page.codes  # one form QR a page, nothing else
        form = parse_form_code(code.text)
        assert form is not None, code.text
        grouped.setdefault((form.catalog_id, form.sheet), []).append(page)
    return grouped


@pytest.mark.parametrize("lang", ["ja", "en"])
def test_every_page_has_its_sheets_form_qr_and_page_number(kit, bundled_library, lang):
    pages = kit(lang)
    grouped = sheets(pages)
    expected = {(c, s) for c in bundled_library.catalogs for s in ("intake", "checklist")}
    assert set(grouped) == expected | {("general", "consent"), ("general", "handout")}
    for page in pages:
        (code,) = page.codes
        form = parse_form_code(code.text)
        header = page.text_between(page.height - 45 * MM, page.height)
        assert SHEET_TITLES[lang][form.sheet] in header
        if form.catalog_id != "general":
            catalog = bundled_library.catalog(form.catalog_id)
            assert form.version == catalog.version and catalog.version in header
            assert squash(catalog.title.get(lang)) in header
        # In the top right corner, clear of every character, big enough for a phone or scanner.
        assert code.box[0] > page.width / 2 and code.box[3] > page.height - 40 * MM
        assert code.width_mm >= 15 and code.ec_level == "Q"
        assert not any(overlaps(c.em_box, code.with_quiet_zone) for c in page.chars)
        for char in page.chars:
            assert char.box[0] >= 5 * MM and char.box[2] <= page.width - 5 * MM
            assert char.box[1] >= 5 * MM and char.box[3] <= page.height - 5 * MM
        assert PAGE[lang].format(n=page.number, m=len(pages)) in page.text_between(0, 15 * MM)


@pytest.mark.parametrize("lang", ["ja", "en"])
def test_intake_sheet_asks_every_question_with_a_box_per_answer(kit, bundled_library, lang):
    grouped = sheets(kit(lang))
    for catalog_id, catalog in bundled_library.catalogs.items():
        text = "".join(p.flat for p in grouped[catalog_id, "intake"])
        headings = [f"Q{n}" + squash(q.text.get(lang)) for n, q in enumerate(catalog.questions, start=1)]
        asked = sections(text, headings)  # each question up to the next: its own boxes, no one else's
        for heading, question in zip(headings, catalog.questions, strict=True):
            boxes = [squash(option.label.get(lang)) for option in question.options]
            if question.type is QuestionType.YES_NO:
                boxes = list(YES_NO[lang])
            for box in [*boxes, UNKNOWN[lang]]:
                assert "□" + box in asked[heading], (heading, box)


@pytest.mark.parametrize(("lang", "ward"), [("ja", None), ("en", None), ("ja", "minato")])
def test_checklist_has_every_procedure_with_code_condition_deadline_where_and_bring(
    kit, bundled_library, lang, ward
):
    grouped = sheets(kit(lang, ward))
    for catalog_id, catalog in bundled_library.catalogs.items():
        pages = grouped[catalog_id, "checklist"]
        words = ConditionWords(catalog, lang)
        headings = {p.short_code + squash(p.title.get(lang)): p for p in catalog.procedures}
        for page in pages:
            # Each row up to the next row's heading: a detail missing from one row is not found in the next.
            rows = sections(page.flat, [h for h in headings if h in page.flat])
            for heading, row in rows.items():
                procedure = headings.pop(heading)
                office = bundled_library.office(procedure.office, ward)
                assert squash(words(procedure.applies_when)) in row
                assert squash(describe_deadline(procedure.deadline, lang, words.date_question)) in row
                assert squash(office.name.get(lang)) in row
                for document in procedure.documents:
                    assert squash(document.get(lang)) in row
                # Its own status boxes, found by the code again in the tick column.
                assert procedure.short_code + "□" in row
        assert not headings  # every procedure on the checklist, each on one page: a row is never split
        # Question ids are for the computer; paper names a question by its number.
        text = "".join(p.flat for p in pages)
        ids = [q.id for q in catalog.questions if "_" in q.id]  # "insurance" is also an English word
        assert ids
        assert not [i for i in ids if i in text]


def test_ward_layer_puts_the_wards_own_counters_on_the_checklist(kit, bundled_library):
    generic = "".join(p.flat for p in sheets(kit("ja"))["death", "checklist"])
    minato = "".join(p.flat for p in sheets(kit("ja", "minato"))["death", "checklist"])
    assert "港区" in minato and "港区" not in generic


@pytest.mark.parametrize("lang", ["ja", "en"])
def test_consent_form_and_blank_handout(kit, lang):
    grouped = sheets(kit(lang))
    consent = "".join(p.flat for p in grouped["general", "consent"])
    # Both languages on one consent form, so staff file one sheet whoever signs it.
    assert "同意はいつでも取り消せます" in consent and "Youmaywithdrawyourconsentatanytime" in consent
    assert "□上記に同意します" in consent
    blank = "".join(p.flat for p in grouped["general", "handout"])
    assert blank.count("□") >= 10


def test_condition_words_read_as_staff_would_say_them(bundled_library):
    death, birth = bundled_library.catalog("death"), bundled_library.catalog("birth")
    ja, en = ConditionWords(death, "ja"), ConditionWords(death, "en")
    by_code = {p.short_code: p.applies_when for p in death.procedures}
    assert ja(by_code["D01"]) == "常に対象" and en(by_code["D01"]) == "always"
    assert ja(by_code["D03"]) == "Q4が「はい」 かつ Q5が「15歳以上の人が2人以上」"
    assert ja(by_code["D05"]) == "Q6が「後期高齢者医療制度」 または Q2が75歳以上"
    assert en(by_code["D05"]) == 'Q6 = "Late-stage elderly medical care" or Q2 ≥ 75'
    # An "or" of values inside an "and" stays readable: its own joiner, and brackets round the "or".
    assert ja(by_code["D14"]) == (
        "（Q6が「国民健康保険」か「後期高齢者医療制度」 または Q2が75歳以上） かつ Q9が「はい」"
    )
    b_ja, b_en = ConditionWords(birth, "ja"), ConditionWords(birth, "en")
    births = {p.short_code: p.applies_when for p in birth.procedures}
    assert b_ja(births["B01"]) == "（Q1が「はい」 かつ Q2が「はい」）ではない"
    assert b_en(births["B07"]) == "Q2 = yes and Q1 ≠ yes"
    assert b_ja(births["B08"]) == "出生日が2025年4月1日以降"
    assert b_en(births["B08"]) == "Date of birth on or after 1 Apr 2025"
    assert ja.date_question("funeral_date") == "Q10の日"
