"""The paper actions of the window: print a handout (one case or many), the outage kit and blank
forms, scan a resume code, enter a paper sheet, manage resume-code keys.

The paper services load ReportLab, pypdfium2 and cryptography, so they are built on first use on
the background thread, never at start-up; the Qt dialogs this module needs are imported when used
too (PySide builds a class on first import, and this module is loaded as the pages are built).
Each action gathers input in a dialog, calls a service and shows the result; the dialogs are kept
on the controller while open so tests can drive them.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Collection
from pathlib import Path
from typing import TYPE_CHECKING

import shiboken6
from PySide6.QtCore import QObject, Qt
from PySide6.QtWidgets import QDialog

from assist_app.gui.context import AppContext
from assist_app.gui.core_messages import translated
from assist_app.gui.error_messages import show_error
from assist_app.gui.main_window import MainWindow
from assist_app.gui.resident_search import ResidentSearchAs

if TYPE_CHECKING:
    from PySide6.QtPrintSupport import QPrinter
    from PySide6.QtWidgets import QProgressDialog

    from assist_app.gui.batch_print_dialog import BatchRequest
    from assist_app.gui.print_preview_dialog import PreviewDocument, PrintPreviewDialog
    from assist_app.services.access import Actor
    from assist_app.services.handout_service import PrintedHandout
    from assist_app.services.paper_services import HandoutChoice, PaperServices
    from assist_app.services.resume_service import ResumeScan

STATUS_MESSAGE_MS = 15000
BATCH_LIMIT = 500  # open cases offered for a batch; more is a job for the command line


class PaperController(QObject):
    def __init__(
        self,
        window: MainWindow,
        context: AppContext,
        open_case: Callable[[int], None],
        cases_changed: Callable[[Collection[int]], None],
        current_case: Callable[[], int | None],
    ) -> None:
        super().__init__(window)
        self.window, self.context = window, context
        self._open_case, self._cases_changed, self._current_case = open_case, cases_changed, current_case
        self.services: PaperServices | None = None
        self.preview: PrintPreviewDialog | None = None
        self.dialog: QDialog | None = None  # the scan, paper-entry or keys dialog while it is open
        self.progress: QProgressDialog | None = None
        self.batch_cancel: threading.Event | None = None
        self.batch_result: list | None = None
        ui = window.ui
        ui.actionPrintHandout.triggered.connect(lambda: self.print_handout())
        ui.actionPrintBatch.triggered.connect(self.print_batch)
        ui.actionScanCode.triggered.connect(self.scan_code)
        ui.actionOutageKit.triggered.connect(self.outage_kit)
        ui.actionBlankForms.triggered.connect(self.blank_forms)
        ui.actionPaperEntry.triggered.connect(self.paper_entry)
        ui.actionKeys.triggered.connect(self.keys)
        ui.pages.currentChanged.connect(lambda _i: self._update_actions())
        context.helper.changed.connect(self._on_helper_changed)
        self._update_actions()

    def _on_helper_changed(self) -> None:
        if self.actor is None and self.batch_cancel is not None:
            self.batch_cancel.set()  # locked: no more handouts are made in the helper's name

    def _update_actions(self) -> None:
        self.window.ui.actionPrintHandout.setEnabled(self._current_case() is not None)

    @property
    def actor(self) -> Actor | None:
        """Who every paper action is attributed to (None while the app is locked)."""
        return self.context.helper.actor

    def with_services(self, then: Callable[[PaperServices], None]) -> None:
        """Call ``then`` with the paper services, building them first (in the background) if need be."""
        if self.services is not None:
            then(self.services)
            return

        def build() -> PaperServices:
            from assist_app.services.paper_services import open_paper_services

            return open_paper_services(self.context.core)

        def built(services: PaperServices) -> None:
            self.services = self.services or services
            if self.actor is not None:  # not locked while they were being built
                then(self.services)

        self.window.statusBar().showMessage(
            self.tr("Preparing printing and resume codes…"), STATUS_MESSAGE_MS
        )
        self.window.background.run(build, built, lambda exc: show_error(self.window, exc))

    def _say(self, message: str) -> None:
        self.window.statusBar().showMessage(message, STATUS_MESSAGE_MS)

    # previews ----------------------------------------------------------------------------------
    def _preview(self, title: str, file_name: str, make: Callable[[], PreviewDocument]) -> PrintPreviewDialog:
        from assist_app.gui.print_preview_dialog import PrintPreviewDialog

        preview = PrintPreviewDialog(self.window.background, title, file_name, self.window)
        preview.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        preview.finished.connect(lambda _r, p=preview: self._forget_preview(p))
        self.preview = preview
        preview.load(make)
        self._fit_screen(preview)
        preview.open()
        return preview

    def _fit_screen(self, dialog: QDialog) -> None:
        """The preview and the sheet's table are made tall; a laptop screen may be shorter."""
        screen = self.window.screen()
        if screen is not None:
            room = screen.availableGeometry()
            width, height = room.width() * 9 // 10, room.height() * 9 // 10
            dialog.resize(min(dialog.width(), width), min(dialog.height(), height))

    def _forget_preview(self, preview: PrintPreviewDialog) -> None:
        if self.preview is preview:
            self.preview = None

    def print_handout(self, case_id: int | None = None) -> None:
        """Ask for the handout's language and size (preset for the resident), then preview it."""
        case_id = case_id or self._current_case()
        if case_id is None:
            return

        def ask(services: PaperServices) -> None:
            from assist_app.gui.handout_options_dialog import HandoutOptionsDialog
            from assist_app.services.paper_services import HandoutChoice

            try:
                own = services.handout_defaults(self.actor, case_id)
            except Exception as exc:
                show_error(self.window, exc)
                return
            large = own.large or self.context.settings.handout_large
            dialog = HandoutOptionsDialog(own.lang, large, self.window)
            if dialog.exec() == QDialog.DialogCode.Accepted:
                self.preview_handout(case_id, HandoutChoice(*dialog.choice()))

        self.with_services(ask)

    def preview_handout(self, case_id: int, choice: HandoutChoice) -> None:
        """Make the handout and show its pages; it is recorded as printed once it leaves the app."""

        def show(services: PaperServices) -> None:
            from assist_app.gui.print_preview_dialog import PreviewDocument

            actor = self.actor

            def make() -> PreviewDocument:
                printed = services.preview_handout(actor, case_id, choice)
                note = (
                    self.tr("This handout has no resume code: {reason}").format(
                        reason=translated(printed.no_code_reason)
                    )
                    if printed.no_code_reason
                    else ""
                )
                return PreviewDocument(printed.pdf, note, origin=printed)

            suffix = "-large" if choice.large else ""
            preview = self._preview(
                self.tr("Handout for case {id}").format(id=case_id),
                f"handout-{case_id}-{choice.lang}{suffix}.pdf",  # the case number only: no names in files
                make,
            )
            preview.sent.connect(lambda output, p=preview: self._on_handout_sent(p.document.origin, output))

        self.with_services(show)

    def _on_handout_sent(self, printed: PrintedHandout, output: str) -> None:
        """The handout went to a printer or a PDF file: now it is in the case's history."""
        actor = self.actor
        if actor is None:
            return
        try:
            self.services.record_output(actor, printed, output)
        except Exception as exc:
            show_error(self.window, exc)
        self._cases_changed([printed.case_id])

    def outage_kit(self) -> None:
        def ask(services: PaperServices) -> None:
            from assist_app.gui.outage_kit_dialog import OutageKitDialog

            dialog = OutageKitDialog(self.context.core.library, self.context.lang, self.window)
            if dialog.exec() == QDialog.DialogCode.Accepted:
                self.preview_kit(dialog.request().events, dialog.request().sheets, dialog.request().lang)

        self.with_services(ask)

    def preview_kit(self, events: list[str], sheets: set[str], lang: str) -> None:
        def show(services: PaperServices) -> None:
            from assist_app.gui.print_preview_dialog import PreviewDocument

            ward = self.context.ward
            self._preview(
                self.tr("Outage kit"),
                f"outage-kit-{lang}.pdf",
                lambda: PreviewDocument(services.kit.outage_kit(events, lang=lang, ward=ward, sheets=sheets)),
            )

        self.with_services(show)

    def blank_forms(self) -> None:
        lang = "en" if self.context.lang == "en" else "ja"

        def show(services: PaperServices) -> None:
            from assist_app.gui.print_preview_dialog import PreviewDocument

            self._preview(
                self.tr("Blank consent form and handout"),
                f"blank-forms-{lang}.pdf",
                lambda: PreviewDocument(services.kit.blank_forms(lang)),
            )

        self.with_services(show)

    # many handouts -----------------------------------------------------------------------------
    def print_batch(self) -> None:
        from assist_app.gui.batch_print_dialog import BatchPrintDialog

        try:
            cases = self.context.core.cases.list_open_cases(
                self.actor, limit=BATCH_LIMIT, lang=self.context.lang
            )
        except Exception as exc:
            show_error(self.window, exc)
            return
        dialog = BatchPrintDialog(cases, self.context.today(), self.window)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        request = dialog.request()
        if request.to_printer:
            from PySide6.QtPrintSupport import QPrintDialog

            from assist_app.gui.pdf_pages import a4_printer

            printer = a4_printer()
            if QPrintDialog(printer, self.window).exec() == QDialog.DialogCode.Accepted:
                self.run_batch(request, printer=printer)
        else:
            from PySide6.QtCore import QStandardPaths
            from PySide6.QtWidgets import QFileDialog

            folder = QFileDialog.getExistingDirectory(
                self.window,
                self.tr("Folder for the handouts"),
                QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation),
            )
            if folder:
                self.run_batch(request, folder=Path(folder))

    def run_batch(
        self, request: BatchRequest, printer: QPrinter | None = None, folder: Path | None = None
    ) -> None:
        """Make and send the handouts on the background thread, with a progress dialog that cancels."""
        # The controller keeps the cancel flag: an object whose method is connected to a signal must
        # not be freed on the worker thread (PySide would then disconnect it there, and the worker
        # and the GUI thread can deadlock over Qt's connection lock and the GIL).
        cancel = self.batch_cancel = threading.Event()
        total = len(request.case_ids)
        from PySide6.QtWidgets import QProgressDialog

        progress = QProgressDialog(
            self.tr("Preparing %n handout(s)…", "", total), self.tr("Cancel"), 0, total, self.window
        )
        progress.setWindowTitle(self.tr("Printing handouts"))
        progress.setWindowModality(Qt.WindowModality.WindowModal)
        progress.setMinimumDuration(0)
        progress.setAutoClose(False)
        progress.setAutoReset(False)
        progress.canceled.connect(self._on_progress_canceled)
        progress.setValue(0)
        self.progress, self.batch_result = progress, None
        actor = self.actor

        def on_progress(done: int, of: int) -> None:
            # The label first: setValue on a modal dialog processes events, which may deliver the
            # next progress (and the end) before it returns.
            progress.setLabelText(self.tr("Handout {n} of {m} done").format(n=done, m=of))
            progress.setValue(done)

        def work(report) -> list:
            services = self.services
            options = {"lang": request.lang, "large": request.large, "progress": report, "cancel": cancel}
            if folder is not None:
                return services.save_each(actor, request.case_ids, folder, **options)
            from assist_app.gui.pdf_pages import PrintJob

            job = PrintJob(printer)
            try:
                return services.print_each(
                    actor, request.case_ids, lambda printed: job.add(printed.pdf, cancel), **options
                )
            finally:
                job.finish()

        def done(result: list) -> None:
            self.batch_result = result
            if shiboken6.isValid(progress):  # (the lock closes it)
                progress.hide()  # not close(): that would say "cancelled"
            if folder is not None:
                message = self.tr("{n} of {m} handouts saved in {folder}.")
            else:
                message = self.tr("{n} of {m} handouts sent to the printer.")
            self._say(message.format(n=len(result), m=total, folder=folder))
            self._cases_changed(request.case_ids[: len(result)])  # once: a batch may hold 500 cases

        def failed(exc: Exception) -> None:
            self.batch_result = []
            if shiboken6.isValid(progress):
                progress.hide()
            show_error(self.window, exc)

        self.with_services(lambda _s: self.window.background.run(work, done, failed, on_progress))

    def _on_progress_canceled(self) -> None:
        if self.batch_cancel is not None:
            self.batch_cancel.set()

    # resume codes ----------------------------------------------------------------------------------
    def scan_code(self) -> None:
        def show(services: PaperServices) -> None:
            from assist_app.gui.scan_dialog import ScanDialog

            dialog = ScanDialog(
                services,
                self.window.background,
                self.context.core.library,
                self.actor,
                self.context.lang,
                self.window,
            )
            dialog.case_ready.connect(self._on_case_ready)
            dialog.recreate_requested.connect(self.recreate_case)
            self._open_dialog(dialog)

        self.with_services(show)

    def _open_dialog(self, dialog: QDialog) -> None:
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.finished.connect(lambda _r, d=dialog: self._forget_dialog(d))
        self.dialog = dialog
        self._fit_screen(dialog)
        dialog.open()

    def _forget_dialog(self, dialog: QDialog) -> None:
        if self.dialog is dialog:
            self.dialog = None

    def _on_case_ready(self, case_id: int, message: str) -> None:
        self._cases_changed([case_id])
        self._open_case(case_id)
        self._say(message)

    def recreate_case(self, scan: ResumeScan) -> None:
        """The code's case is not here: find or add its resident, then make the case again."""
        from assist_app.gui.resident_choice_wizard import ResidentChoiceWizard

        content = scan.verified.content
        catalog = self.context.core.library.catalog(content.catalog_id)
        steps = sum(1 for s in scan.steps.values() if s is not None)
        wizard = ResidentChoiceWizard(
            ResidentSearchAs(self.context),
            self.tr("Case not on this computer"),
            self.tr(
                "The code is for {event} on {date}, with {n} steps, signed by “{signer}”. It carries no "
                "personal data, so choose or add the resident it belongs to. The intake answers are not "
                "on the paper either: they start as “don't know”, so ask them again."
            ).format(
                event=catalog.title.get(self.context.lang) if catalog else content.catalog_id,
                date=content.event_date.isoformat(),
                n=steps,
                signer=self._signer_name(scan.verified.signer),
            ),
            self.window,
        )
        wizard.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        wizard.accepted.connect(lambda: self._recreate(scan, wizard.choice()))
        wizard.finished.connect(lambda _r, w=wizard: self._forget_dialog(w))
        self.dialog = wizard
        wizard.open()

    def _signer_name(self, signer) -> str:
        if signer.own:  # the core names it in English
            return self.tr("this computer")
        return signer.label or signer.key_id_hex

    def _recreate(self, scan: ResumeScan, choice) -> None:
        services, actor = self.services, self.actor
        try:
            resident_id = choice.save(ResidentSearchAs(self.context))
            recreated = services.resume.recreate(actor, scan, resident_id, self.context.ward)
        except Exception as exc:
            show_error(self.window, exc)
            return
        message = self.tr("Case {id} made again from the paper.").format(id=recreated.case.id)
        if recreated.not_restored:
            message += " " + self.tr("{n} step(s) need the answers before they can return.").format(
                n=len(recreated.not_restored)
            )
        self._on_case_ready(recreated.case.id, message)

    # paper sheets and keys ---------------------------------------------------------------------
    def paper_entry(self) -> None:
        def show(services: PaperServices) -> None:
            from assist_app.gui.paper_entry_dialog import PaperEntryDialog

            core = self.context.core
            try:
                cases = core.cases.list_open_cases(self.actor, limit=BATCH_LIMIT, lang=self.context.lang)
            except Exception as exc:
                show_error(self.window, exc)
                return
            dialog = PaperEntryDialog(
                services,
                core.library,
                ResidentSearchAs(self.context),
                cases,
                self.actor,
                self.context.lang,
                self.context.ward,
                self.context.today(),
                self.window,
            )
            dialog.saved.connect(self._on_case_ready)
            self._open_dialog(dialog)

        self.with_services(show)

    def keys(self) -> None:
        def show(services: PaperServices) -> None:
            from assist_app.gui.keys_dialog import KeysDialog

            self._open_dialog(KeysDialog(services.keys, self.window))

        self.with_services(show)
