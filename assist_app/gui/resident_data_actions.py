"""The resident's own rights, from the File menu while their case is open: a copy of everything
held about them (JSON and PDF, into a folder the helper picks) and, when they withdraw their
consent, erasing everything about them. The erasure rebuilds the database file, which takes
seconds on a large one, so it runs in the background."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QFileDialog, QMessageBox

from assist_app.gui.context import AppContext
from assist_app.gui.error_messages import show_error
from assist_app.gui.main_window import MainWindow
from assist_app.services.access import Actor
from assist_app.services.errors import ServiceError
from assist_app.services.export_service import ExportedFiles


class ResidentDataActions(QObject):
    def __init__(self, window: MainWindow, context: AppContext, controller) -> None:
        super().__init__(window)
        self.window, self.context, self.controller = window, context, controller
        self.export_action = QAction(window)
        self.erase_action = QAction(window)
        menu = window.ui.menuFile
        menu.insertAction(window.ui.actionSettings, self.export_action)
        menu.insertAction(window.ui.actionSettings, self.erase_action)
        menu.insertSeparator(window.ui.actionSettings)
        self.export_action.triggered.connect(self._on_export_triggered)
        self.erase_action.triggered.connect(self._on_erase_triggered)
        self.retranslate()

    def retranslate(self) -> None:
        self.export_action.setText(self.tr("E&xport the resident's records…"))
        self.erase_action.setText(self.tr("&Erase the resident (consent withdrawn)…"))

    def update(self, actor: Actor | None) -> None:
        for action in (self.export_action, self.erase_action):
            action.setEnabled(actor is not None)

    def shown_resident(self) -> tuple[int, str] | None:
        """The resident whose case is on screen, if a case is."""
        view = self.controller.shown_case_view()
        return (view.summary.resident_id, view.summary.resident_name) if view is not None else None

    def _no_case(self) -> None:
        self.no_case_box().exec()

    def no_case_box(self) -> QMessageBox:
        return QMessageBox(
            QMessageBox.Icon.Information,
            self.tr("The resident's records"),
            self.tr("Open one of the resident's cases first, then choose this again."),
            QMessageBox.StandardButton.Ok,
            self.window,
        )

    # export ------------------------------------------------------------------------------------
    def export_to(self, folder: Path) -> ExportedFiles:
        resident_id, _ = self.shown_resident()
        return self.context.core.exports.export_resident(self.context.helper.actor, resident_id, folder)

    def _on_export_triggered(self) -> None:
        if self.shown_resident() is None:
            self._no_case()
            return
        folder = QFileDialog.getExistingDirectory(self.window, self.tr("Folder for the resident's copy"))
        if not folder:
            return
        try:
            files = self.export_to(Path(folder))
        except (ServiceError, OSError) as exc:
            show_error(self.window, exc)
            return
        self.exported_box(files).exec()

    def exported_box(self, files: ExportedFiles) -> QMessageBox:
        return QMessageBox(
            QMessageBox.Icon.Information,
            self.tr("The resident's copy"),
            self.tr("Saved {pdf} (to print or give) and {json} in {folder}.").format(
                pdf=files.pdf_path.name, json=files.json_path.name, folder=files.pdf_path.parent
            ),
            QMessageBox.StandardButton.Ok,
            self.window,
        )

    # erase -------------------------------------------------------------------------------------
    def erase(self, resident_id: int) -> None:
        """Erase in the background; the pages forget the resident when it is done."""
        actor = self.context.helper.actor
        if self.controller.built_case is not None:
            self.controller.built_case.clear()
        self.controller.show_today()
        self.window.background.run(
            lambda: self.context.core.residents.withdraw_consent(actor, resident_id),
            self._on_erased,
            lambda exc: show_error(self.window, exc),
        )

    def _on_erased(self, cases: int) -> None:
        self.controller.refresh_today(self.controller.today.search.text().strip())
        self.window.statusBar().showMessage(
            self.tr("The resident and {n} case(s) were erased.").format(n=cases), 10000
        )

    def _on_erase_triggered(self) -> None:
        shown = self.shown_resident()
        if shown is None:
            self._no_case()
            return
        resident_id, name = shown
        if self.erase_question(name).exec() == QMessageBox.StandardButton.Yes:
            self.erase(resident_id)

    def erase_question(self, name: str) -> QMessageBox:
        box = QMessageBox(
            QMessageBox.Icon.Warning,
            self.tr("Erase the resident"),
            self.tr(
                "The resident has withdrawn their consent: erase everything about {name} — details, "
                "consent, every case, its steps, notes and history? This cannot be undone. Give them "
                "their copy first if they want one."
            ).format(name=name),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
            self.window,
        )
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        box.button(QMessageBox.StandardButton.Yes).setText(self.tr("&Erase"))
        return box
