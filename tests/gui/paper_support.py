"""Shared by the paper-screen tests (their fixtures are in conftest.py): reading what a PDF holds,
opening the fixture case."""

from __future__ import annotations

import pypdfium2 as pdfium


def pdf_texts(pdf: bytes) -> list[str]:
    document = pdfium.PdfDocument(pdf)
    try:
        texts = []
        for page in document:
            textpage = page.get_textpage()
            texts.append(textpage.get_text_range())
            textpage.close()
            page.close()
        return texts
    finally:
        document.close()


def open_the_case(application) -> int:
    controller = application.controller
    case_id = controller.today.model.case_at(0).id
    controller.open_case(case_id)
    return case_id


def actor(application):
    """The signed-in helper, as the window's service calls are made."""
    return application.controller.context.helper.actor
