"""PDF pages as pictures: for the preview on screen, and for a printer at its own resolution.

pypdfium2 renders (onto white: a transparent page turns black when converted to grey), Qt paints.
pdfium is not thread-safe, so every call here runs on the one BackgroundWork thread; painting on a
QImage or a QPrinter from a worker thread is supported by Qt.
"""

from __future__ import annotations

import threading

from PySide6.QtCore import QCoreApplication, QRectF
from PySide6.QtGui import QImage, QPageLayout, QPageSize, QPainter
from PySide6.QtPrintSupport import QPrinter

WHITE = (255, 255, 255, 255)
PREVIEW_DPI = 150
MAX_PRINT_DPI = 600  # beyond this a page only grows in memory, not in sharpness on paper


class PrinterProblem(Exception):
    """The printer could not be used; the message is for the helper."""


def _image(page, scale: float, grey: bool = False) -> QImage:
    bitmap = page.render(scale=scale, fill_color=WHITE, rev_byteorder=True, grayscale=grey)
    try:
        image_format = QImage.Format.Format_Grayscale8 if grey else QImage.Format.Format_RGB888
        image = QImage(bitmap.buffer, bitmap.width, bitmap.height, bitmap.stride, image_format)
        return image.copy()  # the bitmap's memory is freed when it closes
    finally:
        bitmap.close()


def page_images(pdf: bytes, dpi: float = PREVIEW_DPI) -> list[QImage]:
    import pypdfium2 as pdfium

    document = pdfium.PdfDocument(pdf)
    try:
        images = []
        for page in document:
            images.append(_image(page, dpi / 72))
            page.close()
        return images
    finally:
        document.close()


def page_count(pdf: bytes) -> int:
    import pypdfium2 as pdfium

    document = pdfium.PdfDocument(pdf)
    try:
        return len(document)
    finally:
        document.close()


def a4_printer() -> QPrinter:
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
    printer.setPageOrientation(QPageLayout.Orientation.Portrait)
    printer.setFullPage(True)  # the documents keep their own margins
    return printer


class PrintJob:
    """One print job made of the pages of one or more PDFs, each drawn to fill the paper."""

    def __init__(self, printer: QPrinter) -> None:
        self.printer = printer
        self.painter: QPainter | None = None
        self.pages = 0

    def add(self, pdf: bytes, cancel: threading.Event | None = None) -> None:
        import pypdfium2 as pdfium

        document = pdfium.PdfDocument(pdf)
        try:
            for page in document:
                try:
                    if cancel is not None and cancel.is_set():
                        return
                    self._next_sheet()
                    self._paint(page)
                finally:
                    page.close()
        finally:
            document.close()

    def _next_sheet(self) -> None:
        if self.painter is None:
            self.printer.setFullPage(True)
            self.painter = QPainter()
            if not self.painter.begin(self.printer):
                self.painter = None
                raise PrinterProblem(
                    QCoreApplication.translate(
                        "Printing",
                        "The printer could not be started. Check that it is switched on and connected, "
                        "or save the document as PDF instead.",
                    )
                )
        elif not self.printer.newPage():
            raise PrinterProblem(
                QCoreApplication.translate(
                    "Printing", "The printer stopped taking pages; check it and try again."
                )
            )

    def _paint(self, page) -> None:
        dpi = self.printer.resolution()
        paper = self.printer.pageLayout().fullRectPixels(dpi)
        width_pt, height_pt = page.get_size()
        scale = min(paper.width() / width_pt, paper.height() / height_pt)  # device pixels per point
        # Grey: the documents use only black and greys (printing/styles.py), and a third of the
        # pixels makes printing faster.
        image = _image(page, min(scale, MAX_PRINT_DPI / 72), grey=True)
        target = QRectF(0, 0, width_pt * scale, height_pt * scale)
        target.moveCenter(QRectF(paper).center())
        self.painter.drawImage(target, image)
        self.pages += 1

    def finish(self) -> None:
        if self.painter is not None:
            self.painter.end()
            self.painter = None


def print_pdf(printer: QPrinter, pdf: bytes) -> int:
    """Print one document; returns the number of pages sent."""
    job = PrintJob(printer)
    try:
        job.add(pdf)
    finally:
        job.finish()
    return job.pages
