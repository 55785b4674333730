"""The outage kit for the app's print preview: the whole kit, or only some of its sheets.

Every kit page names its sheet by its form code (printed as text under the form QR, and in the QR
itself), so a part of the kit is the whole kit's pages of those sheets: the sheets' layout stays
in one place (assist_app.printing.outage_kit).
"""

from __future__ import annotations

import io
from collections.abc import Collection, Sequence

from assist_app.catalog import Library
from assist_app.messages.paper import KIT_CHOOSE_A_SHEET, KIT_NONE_OF_THE_SHEETS, KIT_UNKNOWN_SHEETS
from assist_app.printing import FormCode, build_outage_kit, parse_form_code
from assist_app.printing.form_codes import PREFIX
from assist_app.services.errors import InvalidInput

SHEETS = ("intake", "checklist", "consent", "handout")
BLANK_FORMS = ("consent", "handout")  # the sheets that belong to no life event
_FORM_CODE_DPI = 100


def _form_code_in_text(text: str) -> FormCode | None:
    for word in text.split():
        if word.startswith(PREFIX) and (code := parse_form_code(word)) is not None:
            return code
    return None


def sheet_of_each_page(pdf: bytes) -> list[FormCode | None]:
    """The form code of every page: from the page's text, else from its form QR."""
    import pypdfium2 as pdfium

    from assist_app.resume.reading import codes_in_image

    document = pdfium.PdfDocument(pdf)
    try:
        found: list[FormCode | None] = []
        for page in document:
            textpage = page.get_textpage()
            code = _form_code_in_text(textpage.get_text_range())
            textpage.close()
            if code is None:  # a font without a text layer: read the QR code instead
                image = page.render(scale=_FORM_CODE_DPI / 72, grayscale=True).to_pil()
                code = next((c for t in codes_in_image(image) if (c := parse_form_code(t))), None)
            page.close()
            found.append(code)
        return found
    finally:
        document.close()


def select_pages(pdf: bytes, pages: Sequence[int]) -> bytes:
    import pypdfium2 as pdfium

    source = pdfium.PdfDocument(pdf)
    target = pdfium.PdfDocument.new()
    try:
        target.import_pages(source, list(pages))
        buffer = io.BytesIO()
        target.save(buffer)
        return buffer.getvalue()
    finally:
        target.close()
        source.close()


class KitService:
    def __init__(self, library: Library) -> None:
        self._library = library

    def outage_kit(
        self,
        events: Sequence[str] | None = None,
        *,
        lang: str = "ja",
        ward: str | None = None,
        sheets: Collection[str] | None = None,
    ) -> bytes:
        """The kit for ``events`` (default: every life event); ``sheets`` limits it to those sheets."""
        unknown = set(sheets or ()) - set(SHEETS)
        if unknown:
            raise InvalidInput(KIT_UNKNOWN_SHEETS(sheets=", ".join(sorted(unknown))))
        if sheets is not None and not sheets:
            raise InvalidInput(KIT_CHOOSE_A_SHEET())
        wanted = set(sheets) if sheets is not None else set(SHEETS)
        if wanted <= set(BLANK_FORMS):
            events = list(self._library.catalogs)[:1]  # the general sheets come with any event's kit
        pdf = build_outage_kit(self._library, events, lang=lang, ward=ward)
        if wanted == set(SHEETS):
            return pdf
        codes = sheet_of_each_page(pdf)
        pages = [i for i, code in enumerate(codes) if code is not None and code.sheet in wanted]
        if not pages:
            raise InvalidInput(KIT_NONE_OF_THE_SHEETS())
        return select_pages(pdf, pages)

    def blank_forms(self, lang: str = "ja") -> bytes:
        """The consent form and the blank handout, which belong to no life event."""
        return self.outage_kit(lang=lang, sheets=BLANK_FORMS)
