"""Paper benchmarks: a typical handout beside its floor, the outage kit, and 200 handouts in a batch.

The floor is the plainest ReportLab document that does the same visible work, built in the same
run: the same font, the same text drawn line by line with drawString (no paragraph layout, no
page frame), the same number of pages and the same QR codes drawn the same way.
"""

from __future__ import annotations

import datetime as dt
import io
import itertools
import statistics
import tempfile
import textwrap
import time
from pathlib import Path

from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas

from assist_app.catalog import Library
from assist_app.config import Config
from assist_app.printing import build_handout, build_outage_kit, line_breaking, open_steps, qr_drawing
from assist_app.printing.fonts import BOLD, REGULAR, register_fonts
from assist_app.printing.qr_drawing import draw_qr
from assist_app.resume import SigningKey, issue_code
from assist_app.services.core import load_catalogs, open_core
from assist_app.services.demo_data import fill_demo
from assist_app.services.handout_service import HandoutService, resume_content
from assist_app.services.views import ConsentInput, ResidentInput
from bench.timing import Result, median_ms, paired_ms

BATCH = 200
NOW = dt.datetime(2026, 11, 20, 0, 30)
# A death in the family, a few weeks on: most steps open, some done, some to confirm.
ANSWERS = {
    "died_abroad": "no",
    "deceased_age": 82,
    "foreign_resident": "no",
    "head_of_household": "yes",
    "household_after": "two_or_more",
    "insurance": "late_elderly",
    "care_certified": "yes",
    "funeral_held": "yes",
    "funeral_date": "2026-11-12",
    "received_pension": "yes",
    "pension_type": "kosei",
    "has_my_number_card": "yes",
    "had_bank_accounts": "yes",
}
DONE = ("death-registration", "cremation-permit", "my-number-card")


def _floor_document(texts: list[tuple[str, bool]], urls: list[str], code: str, pages: int) -> bytes:
    """The same text in the same faces, and the same QR codes, on as many pages, drawn directly."""
    buffer = io.BytesIO()
    canvas = Canvas(buffer, pagesize=A4)
    lines = [(line, bold) for text, bold in texts for line in textwrap.wrap(text, 40)]
    per_page = -(-len(lines) // pages)
    codes = [(code, 42 * mm), *((url, 24 * mm) for url in urls)]
    codes_per_page = -(-len(codes) // pages)
    for page in range(pages):
        y = A4[1] - 20 * mm
        for line, bold in lines[page * per_page : (page + 1) * per_page]:
            canvas.setFont(BOLD if bold else REGULAR, 10.5)
            canvas.drawString(15 * mm, y, line)
            y -= 15
        for n, (text, size) in enumerate(codes[page * codes_per_page : (page + 1) * codes_per_page]):
            draw_qr(canvas, text, A4[0] - 15 * mm - size, A4[1] - 20 * mm - (n + 1) * (size + 5 * mm), size)
        canvas.showPage()
    canvas.save()
    return buffer.getvalue()


def _step_texts(view, library: Library, lang: str) -> tuple[list[tuple[str, bool]], list[str]]:
    """The steps' texts (with whether the handout sets them in bold) and official pages."""
    catalog = library.catalog(view.summary.catalog_id)
    texts, urls = [], []
    for item in open_steps(view):
        procedure = catalog.procedure(item.procedure_id)
        office = library.office(procedure.office)
        texts += [(procedure.title.get(lang), True), (procedure.what.get(lang), False)]
        texts += [(office.name.get(lang), False)]
        texts += [(d.get(lang), False) for d in procedure.documents]
        texts += [(procedure.note.get(lang), False)] if procedure.note else []
        urls += [procedure.url] if procedure.url else []
    return texts, urls


def paper_benchmarks(repeat: int = 15) -> list[Result]:
    register_fonts()
    library = load_catalogs()
    folder = Path(tempfile.mkdtemp(prefix="assist-paper-bench-"))
    core = open_core(
        Config(folder, f"sqlite:///{folder / 'assist.sqlite3'}"), library, today=lambda: NOW.date()
    )
    key = SigningKey.generate()
    clock = itertools.count()
    service = HandoutService(
        core.database,
        library,
        core.cases,
        core.residents,
        signing_key=lambda: key,
        now=lambda: NOW + dt.timedelta(seconds=next(clock)),  # a new resume code each time, as in use
    )
    helper = core.accounts.create_first_account("試験 担当", "2468")
    resident = core.residents.add_resident(
        helper, ResidentInput(name="見本 花子"), ConsentInput("手続き支援の記録", NOW.date())
    )
    view = core.cases.open_case(helper, resident.id, "death", dt.date(2026, 11, 8), ANSWERS)
    for item in view.items:
        if item.procedure_id in DONE:
            core.cases.set_status(helper, item.id, "done")
    view = core.cases.get_case(helper, view.id)
    resident_view = core.residents.get_resident(helper, resident.id)
    texts, urls = _step_texts(view, library, "ja")
    results = []
    # Every handout carries a resume code of its own, whose QR matrix is made afresh (≈20 ms):
    # each build here, and each floor, gets a code not seen before.
    catalog = library.catalog("death")
    fresh = (
        issue_code(resume_content(view, catalog, key.key_id, NOW + dt.timedelta(seconds=n)), key)
        for n in itertools.count()
    )
    for large in (False, True):
        pages = _page_count(service.print_handout(helper, view.id, "ja", large).pdf)

        def handout(large=large):
            return build_handout(
                view,
                library,
                resident_view,
                helper.name,
                lang="ja",
                large=large,
                resume_code=next(fresh),
                printed_on=NOW.date(),
            )

        def floor(pages=pages):
            return _floor_document(texts, urls, next(fresh), pages)

        median, floor_ms = paired_ms(handout, floor, repeat=repeat)
        results.append(
            Result(
                f"handout, typical case ({'large' if large else 'normal'} print)",
                median,
                floor_ms,
                target_ms=300.0,
                max_ratio=2.0,
                note=f"{len(open_steps(view))} steps, {len(urls) + 1} QR codes, {pages} pages, "
                f"{len(handout()) // 1024} KB; floor: same font, text, QR codes and page count, "
                "drawn line by line (titles bold)",
            )
        )

    def cold_handout():
        # As the first handout after start-up: no parsed text, line breaks or QR matrix kept.
        for store in (line_breaking._parsed, line_breaking._broken):
            store.clear()
        qr_drawing.qr_matrix.cache_clear()
        qr_drawing._module_path.cache_clear()
        return build_handout(
            view, library, resident_view, helper.name, resume_code=next(fresh), printed_on=NOW.date()
        )

    results.append(
        Result(
            "handout, nothing kept from earlier ones",
            median_ms(cold_handout, repeat=repeat),
            target_ms=300.0,
            note="normal print; fonts registered (once a process, ≈0.1 s)",
        )
    )
    results.append(
        Result(
            "handout via the service (read, sign, record)",
            median_ms(lambda: service.print_handout(helper, view.id, "ja", False), repeat=repeat),
            note="what the app and `assist-app handout` do: case from SQLite, resume code signed, "
            "printing written to the case history",
        )
    )
    kit = build_outage_kit(library, printed_on=NOW.date())
    results.append(
        Result(
            "outage kit (all life events, ja)",
            median_ms(lambda: build_outage_kit(library, printed_on=NOW.date()), repeat=5, warmup=1),
            note=f"{_page_count(kit)} pages, {len(kit) // 1024} KB",
        )
    )
    results.append(_batch(core, helper, service, folder, view.id))
    core.close()
    return results


def _batch(core, helper, service: HandoutService, folder: Path, typical_case: int) -> Result:
    fill_demo(core, helper, residents=BATCH, today=NOW.date())
    listed = core.cases.list_open_cases(helper, limit=BATCH + 1)
    case_ids = [c.id for c in listed if c.id != typical_case]
    timings = []
    for run in range(3):
        progress: list[int] = []
        start = time.perf_counter()
        written = service.print_batch(
            helper, case_ids, folder / f"batch-{run}", progress=lambda done, total, p=progress: p.append(done)
        )
        timings.append(time.perf_counter() - start)
        assert len(written) == BATCH and progress[-1] == BATCH
    total = statistics.median(timings)
    size = sum(p.stat().st_size for p in written) / BATCH / 1024
    return Result(
        f"{BATCH} handouts in a batch (one PDF each)",
        total * 1000,
        note=f"{total / BATCH * 1000:.0f} ms a handout, {size:.0f} KB average; demo cases, "
        "each resident's language and print size; median of 3 runs",
    )


def _page_count(pdf: bytes) -> int:
    import pypdfium2 as pdfium

    document = pdfium.PdfDocument(pdf)
    try:
        return len(document)
    finally:
        document.close()
