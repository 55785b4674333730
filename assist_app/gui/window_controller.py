"""Once the core is open and a helper has signed in: the pages, and what each window action does
with them. Every service call is made as the signed-in helper (context.helper.actor)."""

from __future__ import annotations

from collections.abc import Collection
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QDialog

from assist_app.gui.context import AppContext
from assist_app.gui.error_messages import show_error
from assist_app.gui.main_window import MainWindow
from assist_app.gui.paper_controller import PaperController
from assist_app.gui.resident_search import ResidentSearchAs
from assist_app.gui.today_page import PAGE_SIZE, TodayPage
from assist_app.services.errors import AccessDenied, NotFound, ServiceError
from assist_app.storage.database import DatabaseError

if TYPE_CHECKING:  # the case page, the wizard and settings are imported when first used
    from assist_app.gui.case_page import CasePage
    from assist_app.gui.new_case_wizard import NewCaseRequest
    from assist_app.services.views import CaseView


class WindowController(QObject):
    def __init__(self, window: MainWindow, context: AppContext) -> None:
        super().__init__(window)
        self.window, self.context = window, context
        self.today = TodayPage()
        self._case: CasePage | None = None  # built when a case is first opened, not for today's list
        ui = window.ui
        ui.actionToday.triggered.connect(self.show_today)
        ui.actionFind.triggered.connect(self._on_find)
        ui.actionNewCase.triggered.connect(self.new_case)
        ui.actionSettings.triggered.connect(self._on_settings)
        self.today.open_case_requested.connect(self.open_case)
        self.today.new_case_requested.connect(self.new_case)
        self.today.search_requested.connect(self.refresh_today)
        self.paper = PaperController(
            window, context, self.open_case, self._on_paper_cases_changed, self._shown_case
        )
        context.helper.changed.connect(
            lambda: window.show_helper(context.helper.view.name if context.helper.view else None)
        )
        window.set_actions_enabled(True)
        window.show_helper(context.helper.view.name if context.helper.view else None)
        self._show_last_page()

    @property
    def case(self) -> CasePage:
        if self._case is None:
            from assist_app.gui.case_page import CasePage

            self._case = CasePage(self.context)
            self._case.case_changed.connect(lambda _id: self.refresh_today(self.today.search.text().strip()))
            self._case.print_requested.connect(self.paper.print_handout)
        return self._case

    @property
    def built_case(self) -> CasePage | None:
        """The case page if a case was opened since the pages were built (else nothing to save or clear)."""
        return self._case

    def _show_last_page(self) -> None:
        self.refresh_today()
        settings = self.context.settings
        if settings.last_page == "case" and settings.last_case_id:
            self.open_case(settings.last_case_id, quiet=True)
        else:
            self.show_today()

    # locking -------------------------------------------------------------------------------
    def suspend(self) -> None:
        """The app is being locked: save what is being typed, then forget every resident shown."""
        if self._case is not None:
            self._case.step.flush_notes()
        self.today.search.blockSignals(True)
        self.today.search.clear()
        self.today.search.blockSignals(False)
        self.today.show_cases([], "")
        if self._case is not None:
            self._case.clear()

    def resume(self, same_helper: bool) -> None:
        """Signed in again: the same helper gets back to where they were; another starts at today."""
        if not same_helper:
            self.context.settings.last_page = "today"
        self._show_last_page()

    # pages ---------------------------------------------------------------------------------
    def refresh_today(self, query: str = "") -> None:
        core, actor = self.context.core, self.context.helper.actor
        if actor is None:  # locked: nothing is looked up or shown
            return
        try:
            if query:
                ids = [r.id for r in core.residents.search(actor, query, limit=PAGE_SIZE)]
                cases = core.cases.list_open_cases(
                    actor, limit=PAGE_SIZE, lang=self.context.lang, resident_ids=ids
                )
            else:
                cases = core.cases.list_open_cases(actor, limit=PAGE_SIZE, lang=self.context.lang)
        except (ServiceError, DatabaseError) as exc:  # e.g. a damaged page of a file opened read-only
            show_error(self.window, exc)
            return
        self.today.show_cases(cases, query)

    def show_today(self) -> None:
        if self._case is not None:
            self._case.step.flush_notes()
        self.context.settings.last_page = "today"
        self.window.show_page(self.today)
        self.today.table.setFocus()

    def _on_find(self) -> None:
        self.show_today()
        self.today.focus_search()

    def open_case(self, case_id: int, quiet: bool = False) -> None:
        try:
            self.case.load(case_id)
        except (NotFound, AccessDenied):
            if not quiet:
                raise
            self.show_today()
            return
        self.context.settings.last_page, self.context.settings.last_case_id = "case", case_id
        self.window.show_page(self.case)
        self.case.checklist.setFocus()

    def shown_case_view(self) -> CaseView | None:
        """The case on screen, if the case page is the page shown and holds one."""
        page = self._case
        if page is None or self.window.ui.pages.currentWidget() is not page:
            return None
        return page.view

    def _shown_case(self) -> int | None:
        view = self.shown_case_view()
        return view.id if view is not None else None

    def _on_paper_cases_changed(self, case_ids: Collection[int]) -> None:
        """Cases changed through paper (printed, scanned, entered): refresh what shows them, once."""
        if self.context.helper.actor is None:  # locked meanwhile: nothing is looked up or shown
            return
        self.refresh_today(self.today.search.text().strip())
        page = self._case
        if page is not None and page.view is not None and page.view.id in case_ids:
            page.load(page.view.id)

    def new_case(self) -> None:
        if self.context.helper.actor is None:
            return
        from assist_app.gui.new_case_wizard import NewCaseWizard

        wizard = NewCaseWizard(
            self.context.core.library, ResidentSearchAs(self.context), self.context.lang, self.window
        )
        if wizard.exec() != QDialog.DialogCode.Accepted or self.context.helper.actor is None:
            return
        try:
            case_id = self.create_case(wizard.request())
        except ServiceError as exc:
            show_error(self.window, exc)
            return
        self.refresh_today()
        self.open_case(case_id)

    def create_case(self, request: NewCaseRequest) -> int:
        core, actor = self.context.core, self.context.helper.actor
        resident_id = request.resident_id
        if resident_id is None:
            resident_id = core.residents.add_resident(actor, request.resident, request.consent).id
        view = core.cases.open_case(
            actor,
            resident_id,
            request.catalog_id,
            request.event_date,
            request.answers,
            request.known_date,
            ward=self.context.ward,
        )
        return view.id

    def _on_settings(self) -> None:
        from assist_app.gui.settings_dialog import edit_settings

        config = self.context.core.config
        saved = edit_settings(
            self.window,
            self.context.settings,
            self.context.core.library,
            config.data_dir,
            config.database_url,
        )
        if saved is not None and not saved.language_changed:  # a new language retranslated already
            self.retranslate()  # the ward office may have changed what the pages show

    def retranslate(self) -> None:
        self.today.retranslate()
        if self._case is not None:
            self._case.retranslate()
        self.refresh_today(self.today.search.text().strip())
        view = self.context.helper.view
        self.window.show_helper(view.name if view else None)

    def close(self) -> None:
        if self._case is not None:
            self._case.step.flush_notes()
        self.context.core.close()
