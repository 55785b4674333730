"""The real pages of a document before it leaves the app: print them, save them as PDF, or close.

The document is made and its pages rendered on the background thread; so is printing. The dialog
says when the document went out (``sent``), so the caller can record it in the case history.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QStandardPaths, Qt, Signal
from PySide6.QtGui import QFont, QImage, QPixmap
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import QDialog, QFileDialog, QLabel, QVBoxLayout, QWidget

from assist_app.gui.background import BackgroundWork
from assist_app.gui.error_messages import explain
from assist_app.gui.forms.ui_print_preview_dialog import Ui_PrintPreviewDialog
from assist_app.gui.pdf_pages import PREVIEW_DPI, PrinterProblem, a4_printer, page_images, print_pdf

ZOOMS = (0, 50, 75, 100, 150)  # 0: fit the width of the window
SCREEN_DPI = 96


@dataclass(frozen=True)
class PreviewDocument:
    pdf: bytes
    note: str = ""  # e.g. why a handout carries no resume code
    origin: object = None  # what it was made from, for the caller to record once it is sent


@dataclass(frozen=True)
class _Rendered:
    document: PreviewDocument
    images: list[QImage]


class PrintPreviewDialog(QDialog):
    sent = Signal(str)  # "printer" or "pdf_file", once the document went out

    def __init__(
        self, background: BackgroundWork, title: str, file_name: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.ui = Ui_PrintPreviewDialog()
        self.ui.setupUi(self)
        self.background, self.file_name = background, file_name
        self.document: PreviewDocument | None = None
        self.images: list[QImage] = []
        self.page_labels: list[QLabel] = []
        self.printer: QPrinter | None = None
        self.setWindowTitle(self.tr("Print preview — {title}").format(title=title))
        font = QFont(self.ui.titleLabel.font())
        font.setBold(True)
        self.ui.titleLabel.setFont(font)
        self.ui.titleLabel.setText(title)
        self.pages = QWidget()
        self.pages_layout = QVBoxLayout(self.pages)
        self.pages_layout.setAlignment(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop)
        self.pages.setStyleSheet("background: palette(mid);")
        self.ui.pagesArea.setWidget(self.pages)
        for zoom in ZOOMS:
            self.ui.zoomCombo.addItem(self.tr("Fit width") if zoom == 0 else f"{zoom} %", zoom)
        self.ui.zoomCombo.currentIndexChanged.connect(lambda _i: self._show_pages())
        self.ui.printButton.clicked.connect(self._on_print_button_clicked)
        self.ui.saveButton.clicked.connect(self._on_save_button_clicked)
        self.ui.closeButton.clicked.connect(self.reject)
        self._set_busy(True, self.tr("Preparing the document…"))

    # loading ---------------------------------------------------------------------------------
    def load(self, make: Callable[[], PreviewDocument]) -> None:
        """Make the document with ``make`` on the background thread and show its pages."""

        def work() -> _Rendered:
            document = make()
            return _Rendered(document, page_images(document.pdf, PREVIEW_DPI))

        self.background.run(work, self._on_rendered, self._on_failed)

    def _on_rendered(self, rendered: _Rendered) -> None:
        self.document, self.images = rendered.document, rendered.images
        self.ui.noteLabel.setText(rendered.document.note)
        self.ui.noteLabel.setVisible(bool(rendered.document.note))
        self._set_busy(False, self.tr("%n page(s)", "", len(self.images)))
        self._show_pages()
        self.ui.printButton.setFocus()

    def _on_failed(self, exc: Exception) -> None:
        self._set_busy(False, "")
        self.ui.printButton.setEnabled(False)
        self.ui.saveButton.setEnabled(False)
        self.ui.noteLabel.setVisible(True)
        self.ui.noteLabel.setText(
            self.tr("The document could not be made: {reason}").format(reason=explain(exc))
        )

    def _set_busy(self, busy: bool, status: str) -> None:
        self.ui.pagesLabel.setText(status)
        ready = not busy and self.document is not None
        self.ui.printButton.setEnabled(ready)
        self.ui.saveButton.setEnabled(ready)

    def _show_pages(self) -> None:
        while self.page_labels:
            self.page_labels.pop().deleteLater()
        zoom = self.ui.zoomCombo.currentData()
        for number, image in enumerate(self.images, start=1):
            if zoom == 0:
                width = max(200, self.ui.pagesArea.viewport().width() - 40)
            else:
                width = round(image.width() * SCREEN_DPI / PREVIEW_DPI * zoom / 100)
            pixmap = QPixmap.fromImage(image).scaledToWidth(width, Qt.TransformationMode.SmoothTransformation)
            label = QLabel()
            label.setPixmap(pixmap)
            label.setAccessibleName(self.tr("Page {n} of {m}").format(n=number, m=len(self.images)))
            self.pages_layout.addWidget(label)
            self.page_labels.append(label)

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        if self.images and self.ui.zoomCombo.currentData() == 0:
            self._show_pages()

    # output ----------------------------------------------------------------------------------
    def _on_save_button_clicked(self) -> None:
        folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
        path, _filter = QFileDialog.getSaveFileName(
            self, self.tr("Save as PDF"), str(Path(folder) / self.file_name), self.tr("PDF files (*.pdf)")
        )
        if path:
            self.save_to(Path(path))

    def save_to(self, path: Path) -> bool:
        if path.suffix.lower() != ".pdf":
            path = path.with_name(path.name + ".pdf")
        tmp = path.with_name(path.name + ".part")
        try:
            tmp.write_bytes(self.document.pdf)
            tmp.replace(path)  # a half-written file never carries the chosen name
        except OSError as exc:
            self.ui.noteLabel.setVisible(True)
            self.ui.noteLabel.setText(explain(exc))
            return False
        self.ui.pagesLabel.setText(self.tr("Saved as {name}").format(name=path.name))
        self.sent.emit("pdf_file")
        return True

    def _on_print_button_clicked(self) -> None:
        if self.printer is None:
            self.printer = a4_printer()
        dialog = QPrintDialog(self.printer, self)
        dialog.setWindowTitle(self.tr("Print"))
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.print_to(self.printer)

    def print_to(self, printer: QPrinter) -> None:
        """Send the pages to ``printer`` on the background thread, at the printer's resolution."""
        self._set_busy(True, self.tr("Printing…"))
        pdf = self.document.pdf
        self.background.run(lambda: print_pdf(printer, pdf), self._on_printed, self._on_print_failed)

    def _on_printed(self, pages: int) -> None:
        self._set_busy(False, self.tr("Sent %n page(s) to the printer", "", pages))
        self.sent.emit("printer")

    def _on_print_failed(self, exc: Exception) -> None:
        self._set_busy(False, "")
        self.ui.noteLabel.setVisible(True)
        self.ui.noteLabel.setText(str(exc) if isinstance(exc, PrinterProblem) else explain(exc))
