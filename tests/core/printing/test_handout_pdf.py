"""The handout as a resident gets it: rendered, its QR codes decoded and its text read back, in
Japanese, English and simple Japanese, normal and large print."""

from __future__ import annotations

import datetime as dt
import functools
import re

import pytest
from pdf_pages import MM, Page, overlaps, read_pdf, sections, squash
from printed_case import PRINTED_AT, PrintedCase

from assist_app.resume import verify_code
from assist_app.resume.reading import looks_like_code

LANGS = ["ja", "en", "easy_ja"]
MATRIX = [(lang, large) for lang in LANGS for large in (False, True)]
HEADER_BELOW = 20 * MM  # the running header sits above this distance from the top edge
FOOTER_ABOVE = 18 * MM
OPEN = {"todo", "in_progress", "blocked"}
EN_DAYS = ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")
EN_MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")
# What each language calls things on the page; written out here, not taken from the code under test.
WORDS = {
    "ja": {
        "page": "{n}/{m}ページ",
        "left": "残りの手続き:{n}件",
        "case": "受付番号",
        "confirm": "要確認:この手続きが必要かどうか",
        "overdue": "期限を過ぎています",
        "in_progress": "手続き中",
        "blocked": "保留中",
        "continued": "(続き)",
        "qr": "公式ページ",
    },
    "en": {
        "page": "Page{n}of{m}",
        "left": "Proceduresleft:{n}",
        "case": "Caseno.",
        "confirm": "Toconfirm:askatthecounter",
        "overdue": "Thedatehaspassed",
        "in_progress": "inprogress",
        "blocked": "onhold",
        "continued": "(continued)",
        "qr": "Officialpage",
    },
    "easy_ja": {
        "page": "{n}/{m}ページ",
        "left": "のこりのてつづき:{n}",
        "case": "ばんごう",
        "confirm": "かくにん:このてつづきがいるかどうか",
        "overdue": "ひにちがすぎました",
        "in_progress": "てつづきちゅう",
        "blocked": "とまっています",
        "continued": "(つづき)",
        "qr": "くわしいページ",
    },
}


def day(d: dt.date, lang: str) -> str:
    if lang == "en":
        return f"{EN_DAYS[d.weekday()]}{d.day}{EN_MONTHS[d.month - 1]}{d.year}"
    return f"{d.year}年{d.month}月{d.day}日"


@pytest.fixture(scope="module")
def pages(printed_case: PrintedCase):
    @functools.cache
    def read(lang: str, large: bool) -> list[Page]:
        return read_pdf(printed_case.handout(lang, large).pdf)

    return read


def open_items(printed_case: PrintedCase):
    return [i for i in printed_case.view().items if i.status in OPEN and i.applies != "no_longer"]


def body_text(pages: list[Page], lang: str, printed_case: PrintedCase) -> str:
    """The text between header and footer of every page, run together, without "(continued)" lines
    and the labels under QR codes (they are drawn after the text beside them)."""
    text = "".join(p.text_between(FOOTER_ABOVE, p.height - HEADER_BELOW) for p in pages)
    text = text.replace(WORDS[lang]["qr"], "")
    catalog = printed_case.library.catalog("death")
    for procedure in catalog.procedures:
        text = text.replace(squash(procedure.title.get(lang)) + WORDS[lang]["continued"], "")
    return text


def step_sections(text: str, items, printed_case: PrintedCase, lang: str) -> dict[str, str]:
    """Each open step's stretch of text, from its heading (title + short code) to the next heading."""
    catalog = printed_case.library.catalog("death")
    headings = {
        item.procedure_id: squash(catalog.procedure(item.procedure_id).title.get(lang)) + item.short_code
        for item in items
    }
    by_heading = sections(text, headings.values())
    return {pid: by_heading[heading] for pid, heading in headings.items()}


@pytest.mark.parametrize(("lang", "large"), MATRIX)
def test_every_open_step_is_printed_whole_soonest_first(pages, printed_case, lang, large):
    catalog = printed_case.library.catalog("death")
    items = open_items(printed_case)
    assert len(items) >= 12
    text = body_text(pages(lang, large), lang, printed_case)
    sections = step_sections(text, items, printed_case, lang)
    for item in items:
        procedure = catalog.procedure(item.procedure_id)
        section = sections[item.procedure_id]
        # Nothing clipped or lost at a page break: every sentence of the step is there, whole.
        assert squash(procedure.what.get(lang)) in section
        for document in procedure.documents:
            assert squash(document.get(lang)) in section
        office = printed_case.library.office(procedure.office)
        assert squash(office.name.get(lang)) in section
        if item.due_date is not None:
            assert day(item.due_date, lang) in section
    # Done and not-needed steps are left out.
    view = printed_case.view()
    for item in view.items:
        if item.status not in OPEN:
            heading = squash(catalog.procedure(item.procedure_id).title.get(lang)) + item.short_code
            assert heading not in text
    # Soonest due first, undated last.
    order = sorted(items, key=lambda i: text.index(sections[i.procedure_id]))
    dues = [i.due_date or dt.date.max for i in order]
    assert dues == sorted(dues)
    opening = pages(lang, large)[0].flat
    assert squash(printed_case.resident_name) in opening
    # The whole phrase, the count not part of a longer number (a date may follow it on the page).
    assert re.search(re.escape(WORDS[lang]["left"].format(n=len(items))) + r"(?!\d)", opening)


@pytest.mark.parametrize(("lang", "large"), MATRIX)
def test_marks_for_confirming_overdue_in_progress_and_on_hold(pages, printed_case, lang, large):
    items = open_items(printed_case)
    sections = step_sections(body_text(pages(lang, large), lang, printed_case), items, printed_case, lang)
    w = WORDS[lang]
    kinds = set()
    for item in items:
        section = sections[item.procedure_id]
        assert (w["confirm"] in section) == (item.applies == "to_confirm"), item.procedure_id
        overdue = item.due_date is not None and item.due_date < PRINTED_AT.date()
        assert (w["overdue"] in section) == overdue, item.procedure_id
        if item.status == "in_progress":
            assert w["in_progress"] in section
        if item.status == "blocked":
            assert w["blocked"] in section
            if lang != "en":
                assert "住民票の写しを取り寄せ中" in section
        kinds |= {item.applies, item.status, "overdue" if overdue else "on time"}
    # The case really exercises every mark.
    assert {"to_confirm", "yes", "in_progress", "blocked", "todo", "overdue", "on time"} <= kinds


@pytest.mark.parametrize(("lang", "large"), MATRIX)
def test_every_page_names_resident_helper_case_catalog_dates_and_page(pages, printed_case, lang, large):
    printed = pages(lang, large)
    catalog = printed_case.library.catalog("death")
    assert len(printed) >= 2
    for page in printed:
        header = page.text_between(page.height - HEADER_BELOW, page.height)
        footer = page.text_between(0, FOOTER_ABOVE)
        assert squash(printed_case.resident_name) in header
        assert squash(printed_case.helper_name) in header
        assert f"{WORDS[lang]['case']}{printed_case.case_id}" in header
        assert catalog.version in footer
        assert day(catalog.checked_on, lang) in footer
        assert day(PRINTED_AT.date(), lang) in footer
        assert WORDS[lang]["page"].format(n=page.number, m=len(printed)) in footer


@pytest.mark.parametrize(("lang", "large"), MATRIX)
def test_qr_codes_are_the_official_pages_of_the_open_steps_and_one_resume_code(
    pages, printed_case, lang, large
):
    catalog = printed_case.library.catalog("death")
    printed = pages(lang, large)
    codes = [c for page in printed for c in page.codes]
    resume = [c for c in codes if looks_like_code(c.text)]
    assert len(resume) == 1 and resume[0] in printed[0].codes
    urls = {c.text for c in codes if c not in resume}
    expected = {catalog.procedure(i.procedure_id).url for i in open_items(printed_case)} - {None}
    assert len(expected) >= 5
    assert urls == expected
    # Each official-page code sits beside its own step: on the page where the step begins.
    for page in printed:
        for code in page.codes:
            if code not in resume:
                titles = [p.title.get(lang) for p in catalog.procedures if p.url == code.text]
                assert any(squash(t) in page.flat for t in titles)


@pytest.mark.parametrize(("lang", "large"), MATRIX)
def test_resume_code_verifies_carries_the_statuses_and_fits_a_poor_scan(pages, printed_case, lang, large):
    code = next(c for c in pages(lang, large)[0].codes if looks_like_code(c.text))
    assert code.text.isdigit()  # numeric mode; no name or anything else in clear
    verified = verify_code(code.text, printed_case.trust, PRINTED_AT)
    content = verified.content
    catalog = printed_case.library.catalog("death")
    view = printed_case.view()
    items = {i.procedure_id: i.status for i in view.items if i.applies != "no_longer"}
    assert content.case_id == printed_case.case_id and verified.signer.own
    assert (content.catalog_id, content.catalog_version) == ("death", catalog.version)
    assert content.event_date == view.summary.event_date and content.known_date == view.known_date
    assert content.statuses == tuple(items.get(p.id) for p in catalog.procedures)
    assert {"done", "not_needed", "in_progress", "blocked", "todo", None} <= set(content.statuses)
    assert content.issued_at == PRINTED_AT
    assert code.version <= 10 and code.ec_level == "Q"
    assert code.width_mm >= 35, f"the resume code is {code.width_mm:.1f} mm wide"


@pytest.mark.parametrize(("lang", "large"), MATRIX)
def test_nothing_outside_the_page_or_over_a_qr_code(pages, lang, large):
    for page in pages(lang, large):
        assert page.chars
        for char in page.chars:
            left, bottom, right, top = char.box
            # 5 mm from every edge: office printers cannot print closer.
            assert left >= 5 * MM and right <= page.width - 5 * MM, (page.number, char)
            assert bottom >= 5 * MM and top <= page.height - 5 * MM, (page.number, char)
            for code in page.codes:
                # The whole character cell: a closing 。 may hang past the line's end.
                assert not overlaps(char.em_box, code.with_quiet_zone), (page.number, char, code.text[:30])
        for code in page.codes:
            left, bottom, right, top = code.with_quiet_zone
            assert left >= 5 * MM and right <= page.width - 5 * MM
            assert bottom >= 5 * MM and top <= page.height - 5 * MM


@pytest.mark.parametrize(("lang", "large"), MATRIX)
def test_pages_are_filled_before_the_next_begins(pages, lang, large):
    printed = pages(lang, large)
    for page in printed[:-1]:
        body = page.chars_between(FOOTER_ABOVE, page.height - HEADER_BELOW)
        lowest = min([c.box[1] for c in body] + [c.box[1] for c in page.codes])
        frame = page.height - HEADER_BELOW - FOOTER_ABOVE
        # A step moves to the next page only when its heading and two lines do not fit.
        assert lowest - FOOTER_ABOVE < frame / 4, f"page {page.number} is {lowest / frame:.0%} empty"


@pytest.mark.parametrize("lang", LANGS)
def test_large_print_is_at_least_14_points_and_larger_than_normal(pages, lang):
    large = [c for p in pages(lang, True) for c in p.chars_between(FOOTER_ABOVE, p.height - HEADER_BELOW)]
    normal = [c for p in pages(lang, False) for c in p.chars_between(FOOTER_ABOVE, p.height - HEADER_BELOW)]
    assert min(c.size for c in large) >= 14
    assert sorted(c.size for c in normal)[len(normal) // 2] < 14  # the normal handout is not large
    assert len(pages(lang, True)) > len(pages(lang, False))


@pytest.mark.parametrize("large", [False, True])
def test_japanese_line_breaking_keeps_marks_off_the_wrong_end_of_a_line(pages, large):
    for lang in ("ja", "easy_ja"):
        for page in pages(lang, large):
            lines = [line.strip() for line in page.text.splitlines() if line.strip()]
            bad = [line for line in lines if line[0] in "、。，．）」』】"]
            bad += [line for line in lines[:-1] if line[-1] in "（「『【"]
            assert not bad, (lang, page.number, bad[:3])
