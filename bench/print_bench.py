"""Printing from the app and entering paper: what the helper waits for.

  python -m bench --only print [--json]      (or: python -m bench.print_bench [--json])

Each figure beside its floor, measured in the same run: the preview beside making the PDF alone,
a printed page beside pdfium rendering it alone, a kit part beside the whole kit, and a full sheet
entered by keyboard (keystrokes, and the time to read them all).
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import sys
import tempfile
import time
from pathlib import Path

from bench.timing import Result, median_ms, paired_ms, print_table


def _setup(data_dir: Path):
    import keyring

    from assist_app.config import load_config
    from assist_app.security.memory_keyring import MemoryKeyring
    from assist_app.services.core import open_core
    from assist_app.services.demo_data import fill_demo
    from assist_app.services.paper_services import open_paper_services

    keyring.set_keyring(MemoryKeyring())  # a benchmark has no desktop keychain
    core = open_core(load_config(data_dir))
    actor = core.accounts.create_first_account("見本 担当", "2468")
    fill_demo(core, actor, residents=30, today=dt.date.today())
    return core, actor, open_paper_services(core)


def print_benchmarks() -> list[Result]:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtPrintSupport import QPrinter
    from PySide6.QtWidgets import QApplication

    from assist_app.gui.pdf_pages import PrintJob, a4_printer, page_count, page_images
    from assist_app.printing import build_outage_kit
    from assist_app.services.paper_entry import SheetReader
    from assist_app.services.paper_services import HandoutChoice

    app = QApplication.instance() or QApplication([])
    results: list[Result] = []
    with tempfile.TemporaryDirectory() as folder:
        data_dir = Path(folder)
        core, helper, paper = _setup(data_dir)
        open_cases = core.cases.list_open_cases(helper, limit=200)
        cases = [c.id for c in open_cases]
        death = next(c.id for c in open_cases if c.catalog_id == "death")
        choice = HandoutChoice("ja", False)
        pdf = paper.preview_handout(helper, death, choice).pdf
        pages = page_count(pdf)

        preview, floor = paired_ms(
            lambda: page_images(paper.preview_handout(helper, death, choice).pdf),
            lambda: paper.preview_handout(helper, death, choice),
            repeat=7,
        )
        results.append(
            Result(
                f"handout preview ({pages} pages at 150 dpi)",
                preview,
                floor,
                note="floor: the same handout's PDF made (and its resume code signed), not rendered",
            )
        )

        import pypdfium2 as pdfium

        def render_only(dpi: int) -> None:
            document = pdfium.PdfDocument(pdf)
            for page in document:
                page.render(scale=dpi / 72).close()
                page.close()
            document.close()

        for dpi in (300, 600):
            target = data_dir / f"printed-{dpi}.pdf"

            def to_printer(dpi: int = dpi, target: Path = target) -> None:
                printer = a4_printer()
                printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
                printer.setOutputFileName(str(target))
                printer.setResolution(dpi)
                job = PrintJob(printer)
                job.add(pdf)
                job.finish()

            printed, rendered = paired_ms(to_printer, lambda dpi=dpi: render_only(dpi), repeat=3)
            results.append(
                Result(
                    f"handout to a printer at {dpi} dpi, per page",
                    printed / pages,
                    rendered / pages,
                    note="a QPrinter writing a PDF file stands in for the printer (it also compresses "
                    "the page images); floor: pdfium rendering the pages at that resolution",
                )
            )

        kit_part, kit_whole = paired_ms(
            lambda: paper.kit.blank_forms("ja"),
            lambda: build_outage_kit(core.library, list(core.library.catalogs)[:1], lang="ja"),
            repeat=5,
        )
        results.append(
            Result(
                "blank consent form + handout (kit pages picked)",
                kit_part,
                kit_whole,
                note="floor: the one-event kit they are picked from, as built",
            )
        )

        batch = cases[:20]
        target = data_dir / "batch.pdf"
        printer = a4_printer()
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        printer.setOutputFileName(str(target))
        printer.setResolution(300)
        job = PrintJob(printer)
        start = time.perf_counter()
        paper.print_each(helper, batch, lambda printed: job.add(printed.pdf))
        job.finish()
        elapsed = (time.perf_counter() - start) * 1000
        results.append(
            Result(
                f"batch to a printer at 300 dpi ({len(batch)} handouts, {job.pages} pages)",
                elapsed / len(batch),
                note="per handout: made, signed, recorded, every page drawn; the window stays "
                "responsive (background thread)",
            )
        )

        catalog = core.library.catalog("death")
        reader = SheetReader(catalog)
        keys: list[tuple[str, bool]] = []  # (text typed, ends with Enter)
        for question in catalog.questions:
            if question.type.value in ("number", "date"):
                keys.append(("80" if question.type.value == "number" else "20261120", True))
            else:
                keys.append(("2", False))
        keys += [("1", False)] * len(catalog.procedures)

        def enter_sheet() -> int:
            cursor, entered = reader.codes[0], 0
            for text, enter in keys:
                typed = ""
                for char in text:
                    typed += char
                    got = reader.read(typed, final=False, cursor=cursor)
                    if got:
                        break
                if got is None or enter:
                    got = reader.read(typed, final=True, cursor=cursor)
                entered += len(got)
                cursor = reader.next_code(got[-1].code)
            return entered

        assert enter_sheet() == len(catalog.questions) + len(catalog.procedures)
        strokes = sum(len(text) + (1 if enter else 0) for text, enter in keys)
        results.append(
            Result(
                f"paper entry: full death sheet ({strokes} keystrokes)",
                median_ms(enter_sheet, repeat=20),
                note=f"{len(catalog.questions)} answers + {len(catalog.procedures)} statuses, one key a "
                "line; at 3 keys a second a person needs "
                f"{strokes / 3:.0f} s",
            )
        )
        core.close()
    del app
    return results


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench.print_bench")
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args(argv)
    results = print_benchmarks()
    if args.json:
        for result in results:
            print(result.as_json())
    else:
        print_table(results)
    return 0


if __name__ == "__main__":
    sys.exit(main())
