"""Scanning a resume code: from the scanner (a field it types into), from an image or PDF file, or
with the camera (when OpenCV is installed; its picture is shown while the core reads it).

A refused code shows why and changes nothing. A code for a case that is here shows each
disagreement between the paper and this computer, one at a time, for the helper to decide; then
the decisions are applied. A code for a case that is not here is handed back (``recreate_requested``)
so a resident can be chosen for it.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QEvent, QStandardPaths, Qt, QTimer, Signal
from PySide6.QtGui import QImage, QPixmap
from PySide6.QtWidgets import QDialog, QFileDialog, QPushButton, QWidget

from assist_app.catalog import Library
from assist_app.gui.background import BackgroundWork
from assist_app.gui.core_messages import translated
from assist_app.gui.error_messages import explain
from assist_app.gui.forms.ui_scan_dialog import Ui_ScanDialog
from assist_app.gui.labels import local_time, status_label
from assist_app.gui.scanner_field import prepare_scanner_field
from assist_app.resume.camera import CameraReader, Source, camera_installed, camera_source

if TYPE_CHECKING:
    from assist_app.resume.camera import CameraOutcome
    from assist_app.services.access import Actor
    from assist_app.services.paper_services import PaperServices
    from assist_app.services.resume_service import ResumeScan, StepDisagreement


def problem_text(exc: Exception) -> str:
    """Why a code was refused, or cannot be used here, or a step changed meanwhile, in the
    interface language; a refusal says that nothing was changed."""
    from assist_app.resume import ResumeCodeRefused
    from assist_app.services.errors import AccessDenied
    from assist_app.services.resume_service import CatalogMismatch

    if isinstance(exc, ResumeCodeRefused | CatalogMismatch | AccessDenied):
        return QCoreApplication.translate("ScanDialog", "Refused: {why} Nothing was changed.").format(
            why=explain(exc)
        )
    return explain(exc)


PREVIEW_MS = 200  # the camera's picture five times a second is enough to aim the paper


class ScanDialog(QDialog):
    case_ready = Signal(int, str)  # case id, what happened (for the status bar)
    recreate_requested = Signal(object)  # the ResumeScan of a case that is not here

    def __init__(
        self,
        services: PaperServices,
        background: BackgroundWork,
        library: Library,
        actor: Actor,
        lang: str,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.ui = Ui_ScanDialog()
        self.ui.setupUi(self)
        self.services, self.background, self.library = services, background, library
        self.actor, self.lang = actor, lang
        self.scan: ResumeScan | None = None
        self.decisions: dict[str, bool] = {}  # procedure id → take the paper's status
        self.position = 0
        self.camera: CameraReader | None = None  # the reading under way, until its outcome arrives
        self._shown_frame = 0
        self.preview = QTimer(self)
        self.preview.setInterval(PREVIEW_MS)
        self.preview.timeout.connect(self._on_preview_timeout)
        self.ui.cameraButton.setVisible(camera_installed())
        if parent is not None:
            # Closing the main window neither hides nor closes this dialog, and it waits for the
            # background work to end: the camera must go off first.
            parent.installEventFilter(self)
        prepare_scanner_field(self.ui.codeEdit, digits_only=True)
        for button in self.findChildren(QPushButton):
            # The scanner's Enter ends the code; it must never close the dialog or open a file.
            button.setAutoDefault(button in (self.ui.paperButton, self.ui.hereButton))
        self.ui.applyButton.setDefault(True)  # only while its page shows
        self.ui.stepLabel.setObjectName("stepTitle")  # the app's style: large and bold
        self.ui.codeEdit.returnPressed.connect(self._on_code_edit_return_pressed)
        self.ui.openFileButton.clicked.connect(self._on_open_file_button_clicked)
        self.ui.cameraButton.clicked.connect(self._on_camera_button_clicked)
        self.ui.stopCameraButton.clicked.connect(self._on_stop_camera_button_clicked)
        self.ui.paperButton.clicked.connect(lambda: self._decide(True))
        self.ui.hereButton.clicked.connect(lambda: self._decide(False))
        self.ui.backButton.clicked.connect(self._on_back_button_clicked)
        self.ui.confirmBackButton.clicked.connect(self._on_confirm_back_button_clicked)
        self.ui.applyButton.clicked.connect(self._on_apply_button_clicked)
        self.ui.buttons.rejected.connect(self.reject)
        self.ui.steps.setCurrentWidget(self.ui.scanPage)
        self.ui.codeEdit.setFocus()

    def keyPressEvent(self, event) -> None:
        scanning = self.ui.steps.currentWidget() is self.ui.scanPage
        if scanning and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            return  # the scanner's Enter ends the code in the field; nothing else may take it
        if self.ui.steps.currentWidget() is self.ui.cameraPage and event.key() == Qt.Key.Key_Escape:
            self._on_stop_camera_button_clicked()  # Escape stops the camera, not the whole dialog
            return
        super().keyPressEvent(event)

    def done(self, result: int) -> None:
        self.stop_camera()  # closed, accepted, or rejected by the lock: the camera goes off
        super().done(result)

    def hideEvent(self, event) -> None:
        self.stop_camera()
        super().hideEvent(event)

    def eventFilter(self, watched, event) -> bool:
        if event.type() == QEvent.Type.Close and watched is self.parent():
            self.stop_camera()
        return False

    # reading ---------------------------------------------------------------------------------
    def _on_code_edit_return_pressed(self) -> None:
        text = self.ui.codeEdit.text()
        if not text.strip():
            return
        resume, actor = self.services.resume, self.actor
        self._read(lambda: resume.scan_text(actor, text), in_background=False)

    def _on_open_file_button_clicked(self) -> None:
        folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.PicturesLocation)
        path, _filter = QFileDialog.getOpenFileName(
            self,
            self.tr("Open a scanned handout"),
            folder,
            self.tr("Scans (*.pdf *.png *.jpg *.jpeg *.tif *.tiff *.bmp);;All files (*)"),
        )
        if path:
            self.read_file(Path(path))

    def read_file(self, path: Path) -> None:
        """Read the code in an image or PDF file (a scanned handout) on the background thread."""
        # The work captures no widget: what the worker thread frees must own no connected slot.
        resume, actor = self.services.resume, self.actor
        if path.suffix.lower() == ".pdf":
            self._read(lambda: resume.scan_pdf(actor, path), in_background=True)
        else:
            self._read(lambda: resume.scan_image(actor, path), in_background=True)

    def _read(self, work, in_background: bool) -> None:
        self.ui.resultLabel.setText(self.tr("Reading the code…"))
        if in_background:
            self._set_reading(True)
            self.background.run(work, self._on_scanned, self._on_refused)
            return
        try:
            scan = work()
        except Exception as exc:  # shown in words below; the database was not touched
            self._on_refused(exc)
        else:
            self._on_scanned(scan)

    def _on_refused(self, exc: Exception) -> None:
        self._set_reading(self.camera is not None)
        self.ui.resultLabel.setText(problem_text(exc))
        self.ui.codeEdit.selectAll()  # the next scan replaces the refused one
        self.ui.codeEdit.setFocus()

    def _on_scanned(self, scan: ResumeScan) -> None:
        self._set_reading(self.camera is not None)
        self.scan = scan
        if scan.case_id is None:
            self.recreate_requested.emit(scan)
            self.accept()
            return
        if not scan.disagreements:
            self.case_ready.emit(
                scan.case_id,
                self.tr("The paper agrees with case {id} ({n} steps); nothing needed changing.").format(
                    id=scan.case_id, n=scan.agreeing
                ),
            )
            self.accept()
            return
        self.decisions, self.position = {}, 0
        self.ui.decideIntro.setText(
            self.tr(
                "Case {id}: the paper (issued {issued}) and this computer disagree on {n} step(s). "
                "For each, choose which status is right."
            ).format(id=scan.case_id, issued=local_time(scan.issued_at), n=len(scan.disagreements))
        )
        self._show_disagreement()

    # the camera --------------------------------------------------------------------------------
    def _on_camera_button_clicked(self) -> None:
        self.start_camera(camera_source())

    def start_camera(self, source: Source) -> None:
        """Show the camera's picture and read it on the background thread until a code is seen."""
        if self.camera is not None:
            return  # the previous reading has not ended yet
        reader = CameraReader(source)
        self.camera, self._shown_frame = reader, 0
        self._set_reading(True)
        self.ui.resultLabel.clear()
        self.ui.cameraView.clear()
        self.ui.cameraView.setText(self.tr("Starting the camera…"))
        self.ui.steps.setCurrentWidget(self.ui.cameraPage)
        self.ui.stopCameraButton.setFocus()
        self.preview.start()
        # The work is the reader's own method: it holds no widget (see background.py).
        self.background.run(reader.read, self._on_camera_read, self._on_camera_failed)

    def stop_camera(self) -> None:
        """Ask the reading to end (it releases the camera within a frame) and go back to scanning."""
        self.preview.stop()
        if self.camera is not None:
            self.camera.stop()
        if self.ui.steps.currentWidget() is self.ui.cameraPage:
            self.ui.steps.setCurrentWidget(self.ui.scanPage)
            self.ui.codeEdit.setFocus()

    def _on_stop_camera_button_clicked(self) -> None:
        self.stop_camera()
        self.ui.resultLabel.setText(self.tr("The camera was stopped."))

    def _on_preview_timeout(self) -> None:
        latest = self.camera.latest() if self.camera is not None else None
        if latest is None or latest[0] == self._shown_frame:
            return
        self._shown_frame, frame = latest
        height, width = frame.shape[:2]
        # scaled() copies, so the picture no longer needs the frame's memory.
        image = QImage(frame.data, width, height, frame.strides[0], QImage.Format.Format_BGR888).scaled(
            self.ui.cameraView.size(),
            Qt.AspectRatioMode.KeepAspectRatio,
            Qt.TransformationMode.SmoothTransformation,
        )
        self.ui.cameraView.setPixmap(QPixmap.fromImage(image))

    def _camera_ended(self) -> bool:
        """Forget the ended reading; True when the dialog was still waiting for it."""
        waiting = self.ui.steps.currentWidget() is self.ui.cameraPage
        self.camera = None
        self.stop_camera()
        self._set_reading(False)
        return waiting

    def _on_camera_read(self, outcome: CameraOutcome) -> None:
        if not self._camera_ended() or outcome.stopped:
            return  # stopped meanwhile: nothing to say
        if outcome.code is None:
            self.ui.resultLabel.setText(translated(outcome.message))
            return
        code = outcome.code
        self.ui.codeEdit.setText(code)  # what was read, as if the scanner had typed it
        resume, actor = self.services.resume, self.actor
        self._read(lambda: resume.scan_text(actor, code), in_background=False)

    def _on_camera_failed(self, exc: Exception) -> None:
        if self._camera_ended():
            self.ui.resultLabel.setText(explain(exc))

    def _set_reading(self, reading: bool) -> None:
        """One reading at a time: a file or the camera."""
        self.ui.openFileButton.setEnabled(not reading)
        self.ui.cameraButton.setEnabled(not reading)

    # deciding --------------------------------------------------------------------------------
    def _title(self, disagreement: StepDisagreement) -> str:
        catalog = self.library.catalog(self.scan.verified.content.catalog_id)
        procedure = catalog.procedure(disagreement.procedure_id) if catalog else None
        return procedure.title.get(self.lang) if procedure else disagreement.title

    def _show_disagreement(self) -> None:
        items = self.scan.disagreements
        d = items[self.position]
        newer = d.newer(self.scan.issued_at)
        self.ui.progressLabel.setText(
            self.tr("Difference {n} of {m}").format(n=self.position + 1, m=len(items))
        )
        self.ui.stepLabel.setText(f"<b>{d.short_code}</b> {self._title(d)}")
        self.ui.paperButton.setText(self.tr("On the paper: {status}").format(status=status_label(d.paper)))
        self.ui.paperButton.setDescription(
            self.tr("Printed {when}").format(when=local_time(self.scan.issued_at))
            + (self.tr(" — newer") if newer == "paper" else "")
        )
        self.ui.hereButton.setText(self.tr("On this computer: {status}").format(status=status_label(d.here)))
        self.ui.hereButton.setDescription(
            self.tr("Changed {when}").format(when=local_time(d.here_updated_at))
            + (self.tr(" — newer") if newer == "here" else "")
        )
        self.ui.backButton.setEnabled(self.position > 0)
        self.ui.steps.setCurrentWidget(self.ui.decidePage)
        chosen = self.decisions.get(d.procedure_id, newer == "paper")
        (self.ui.paperButton if chosen else self.ui.hereButton).setFocus()

    def _decide(self, take_paper: bool) -> None:
        d = self.scan.disagreements[self.position]
        self.decisions[d.procedure_id] = take_paper
        if self.position + 1 < len(self.scan.disagreements):
            self.position += 1
            self._show_disagreement()
        else:
            self._show_summary()

    def _on_back_button_clicked(self) -> None:
        self.position = max(0, self.position - 1)
        self._show_disagreement()

    def _on_confirm_back_button_clicked(self) -> None:
        self.position = len(self.scan.disagreements) - 1
        self._show_disagreement()

    def _show_summary(self) -> None:
        scan = self.scan
        taken = sum(1 for v in self.decisions.values() if v)
        self.ui.summaryLabel.setText(
            self.tr("{t} step(s) will take the paper's status; {k} keep this computer's.").format(
                t=taken, k=len(self.decisions) - taken
            )
        )
        self.ui.decisionsList.clear()
        for d in scan.disagreements:
            if self.decisions[d.procedure_id]:
                line = self.tr("{code} {title}: {here} → {paper} (from the paper)")
            else:
                line = self.tr("{code} {title}: stays {here}")
            self.ui.decisionsList.addItem(
                line.format(
                    code=d.short_code,
                    title=self._title(d),
                    here=status_label(d.here),
                    paper=status_label(d.paper),
                )
            )
        self.ui.steps.setCurrentWidget(self.ui.confirmPage)
        self.ui.applyButton.setFocus()

    def take_paper(self) -> list[str]:
        return [pid for pid, take in self.decisions.items() if take]

    def _on_apply_button_clicked(self) -> None:
        chosen = self.take_paper()
        try:
            self.services.resume.apply(self.actor, self.scan, chosen)
        except Exception as exc:  # e.g. a step changed meanwhile: say so, change nothing
            self.ui.summaryLabel.setText(problem_text(exc))
            return
        self.case_ready.emit(
            self.scan.case_id,
            self.tr("Case {id} brought up to date from the paper: {n} step(s) changed.").format(
                id=self.scan.case_id, n=len(chosen)
            ),
        )
        self.accept()
