"""Once the core is open: the pages, and what each window action does with them."""

from __future__ import annotations

from PySide6.QtCore import QObject, QTimer
from PySide6.QtWidgets import QDialog

from assist_app.gui.case_page import CasePage
from assist_app.gui.context import AppContext
from assist_app.gui.error_messages import show_error
from assist_app.gui.helper_dialog import HelperDialog
from assist_app.gui.main_window import MainWindow
from assist_app.gui.new_case_wizard import NewCaseRequest, NewCaseWizard
from assist_app.gui.paper_controller import PaperController
from assist_app.gui.settings_dialog import SettingsDialog
from assist_app.gui.today_page import PAGE_SIZE, TodayPage
from assist_app.services.errors import NotFound, ServiceError


class WindowController(QObject):
    def __init__(self, window: MainWindow, context: AppContext) -> None:
        super().__init__(window)
        self.window, self.context = window, context
        self.today = TodayPage()
        self.case = CasePage(context)
        window.controller = self
        ui = window.ui
        ui.actionToday.triggered.connect(self.show_today)
        ui.actionFind.triggered.connect(self._on_find)
        ui.actionNewCase.triggered.connect(self.new_case)
        ui.actionSwitchHelper.triggered.connect(self.choose_helper)
        ui.actionSettings.triggered.connect(self._on_settings)
        self.today.open_case_requested.connect(self.open_case)
        self.today.new_case_requested.connect(self.new_case)
        self.today.search_requested.connect(self.refresh_today)
        self.case.case_changed.connect(lambda _id: self.refresh_today(self.today.search.text().strip()))
        self.paper = PaperController(
            window, context, self.open_case, self._on_paper_case_changed, self._shown_case
        )
        self.case.print_requested.connect(self.paper.print_handout)
        context.helper.changed.connect(
            lambda: window.show_helper(context.helper.view.name if context.helper.view else None)
        )
        window.set_actions_enabled(True)
        self._restore_helper()
        self.refresh_today()
        settings = context.settings
        if settings.last_page == "case" and settings.last_case_id:
            self.open_case(settings.last_case_id, quiet=True)
        else:
            self.show_today()
        if context.helper.view is None:
            QTimer.singleShot(0, self.choose_helper)  # after the first screen is up

    # helpers -------------------------------------------------------------------------------
    def _restore_helper(self) -> None:
        helper_id = self.context.settings.helper_id
        try:
            self.context.helper.set(self.context.core.helpers.get_helper(helper_id) if helper_id else None)
        except NotFound:
            self.context.helper.set(None)

    def choose_helper(self) -> bool:
        dialog = HelperDialog(self.context.core.helpers, self.context.helper.id, self.window)
        if dialog.exec() != QDialog.DialogCode.Accepted or dialog.chosen is None:
            return False
        self.context.helper.set(dialog.chosen)
        self.context.settings.helper_id = dialog.chosen.id
        return True

    # pages ---------------------------------------------------------------------------------
    def refresh_today(self, query: str = "") -> None:
        core = self.context.core
        try:
            if query:
                ids = [r.id for r in core.residents.search(query, limit=PAGE_SIZE)]
                cases = core.cases.list_open_cases(limit=PAGE_SIZE, lang=self.context.lang, resident_ids=ids)
            else:
                cases = core.cases.list_open_cases(limit=PAGE_SIZE, lang=self.context.lang)
        except ServiceError as exc:
            show_error(self.window, exc)
            return
        self.today.show_cases(cases, query)

    def show_today(self) -> None:
        self.case.step.flush_notes()
        self.context.settings.last_page = "today"
        self.window.show_page(self.today)
        self.today.table.setFocus()

    def _on_find(self) -> None:
        self.show_today()
        self.today.focus_search()

    def open_case(self, case_id: int, quiet: bool = False) -> None:
        try:
            self.case.load(case_id)
        except NotFound:
            if not quiet:
                raise
            self.show_today()
            return
        self.context.settings.last_page, self.context.settings.last_case_id = "case", case_id
        self.window.show_page(self.case)
        self.case.checklist.setFocus()

    def _shown_case(self) -> int | None:
        shown = self.window.ui.pages.currentWidget() is self.case and self.case.view is not None
        return self.case.view.id if shown else None

    def _on_paper_case_changed(self, case_id: int) -> None:
        """A case changed through paper (printed, scanned, entered): refresh what shows it."""
        self.refresh_today(self.today.search.text().strip())
        if self.case.view is not None and self.case.view.id == case_id:
            self.case.load(case_id)

    def new_case(self) -> None:
        if self.context.helper.view is None and not self.choose_helper():
            return
        wizard = NewCaseWizard(
            self.context.core.library, self.context.core.residents, self.context.lang, self.window
        )
        if wizard.exec() != QDialog.DialogCode.Accepted:
            return
        try:
            case_id = self.create_case(wizard.request())
        except ServiceError as exc:
            show_error(self.window, exc)
            return
        self.refresh_today()
        self.open_case(case_id)

    def create_case(self, request: NewCaseRequest) -> int:
        core, helper_id = self.context.core, self.context.helper.id
        resident_id = request.resident_id
        if resident_id is None:
            resident_id = core.residents.add_resident(helper_id, request.resident, request.consent).id
        view = core.cases.open_case(
            helper_id,
            resident_id,
            request.catalog_id,
            request.event_date,
            request.answers,
            request.known_date,
            ward=self.context.ward,
        )
        return view.id

    def _on_settings(self) -> None:
        settings = self.context.settings
        before = (settings.language, settings.large_text)
        dialog = SettingsDialog(
            settings,
            self.context.core.library,
            self.context.core.config.data_dir,
            self.context.core.config.database_url,
            self.window,
        )
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        if settings.language != before[0]:
            self.window.language_requested.emit(settings.language)
        if settings.large_text != before[1]:
            self.window.ui.actionLargeText.setChecked(settings.large_text)
        self.retranslate()

    def retranslate(self) -> None:
        self.today.retranslate()
        self.case.retranslate()
        self.refresh_today(self.today.search.text().strip())
        view = self.context.helper.view
        self.window.show_helper(view.name if view else None)

    def close(self) -> None:
        self.case.step.flush_notes()
        self.context.core.close()
