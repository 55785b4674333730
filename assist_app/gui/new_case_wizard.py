"""New case: find or add the resident, record consent, pick the event and its dates, answer the
intake questions, preview the checklist. Nothing is saved until the helper presses Finish."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any, Protocol

from PySide6.QtCore import QDate, QSize
from PySide6.QtWidgets import QWidget, QWizard

from assist_app.catalog import Catalog, Library
from assist_app.gui.new_case_pages import ConsentPage, EventPage, PreviewPage, QuestionsPage, ResidentPage
from assist_app.services.views import ConsentInput, ResidentInput, ResidentView


class ResidentFinder(Protocol):
    def search(self, query: str, limit: int = 20) -> list[ResidentView]: ...


@dataclass(frozen=True)
class NewCaseRequest:
    resident_id: int | None  # an existing resident, or
    resident: ResidentInput | None  # a new one, saved together with
    consent: ConsentInput | None  # their consent (None: the existing resident's consent stands)
    catalog_id: str
    event_date: dt.date
    known_date: dt.date | None
    answers: dict[str, Any]


class NewCaseWizard(QWizard):
    def __init__(self, library: Library, residents: ResidentFinder, lang: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.library, self.lang = library, lang
        self.setWindowTitle(self.tr("New case"))
        self.setWizardStyle(QWizard.WizardStyle.ClassicStyle)
        self.setOption(QWizard.WizardOption.NoBackButtonOnStartPage)
        self.resident_page = ResidentPage(residents)
        self.consent_page = ConsentPage()
        self.event_page = EventPage(library, lang)
        self.questions_page = QuestionsPage(self)
        self.preview_page = PreviewPage(self)
        for page in (
            self.resident_page,
            self.consent_page,
            self.event_page,
            self.questions_page,
            self.preview_page,
        ):
            self.addPage(page)
        self.resize(self._fitting_size(parent))

    def _fitting_size(self, parent: QWidget | None) -> QSize:
        """Room for the longest page at the current text size, but no larger than the window."""
        line = self.fontMetrics().lineSpacing()
        size = QSize(70 * line, 52 * line)
        if parent is not None:
            size = size.boundedTo(parent.window().size() * 0.95)
        return size.expandedTo(self.minimumSizeHint())

    def catalog(self) -> Catalog:
        return self.library.catalog(self.event_page.catalog_id())

    def request(self) -> NewCaseRequest:
        existing = self.resident_page.existing()
        needs_consent = existing is None or not existing.has_consent
        return NewCaseRequest(
            resident_id=existing.id if existing else None,
            resident=None if existing else self.resident_page.new_resident(),
            consent=self.consent_page.consent() if needs_consent else None,
            catalog_id=self.event_page.catalog_id(),
            event_date=self.event_page.event_date(),
            known_date=self.event_page.known_date(),
            answers=self.questions_page.answers(),
        )


def qdate(day: dt.date) -> QDate:
    return QDate(day.year, day.month, day.day)
