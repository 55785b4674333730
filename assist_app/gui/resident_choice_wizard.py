"""Find or add the resident a case from paper belongs to, with their consent: the new-case
wizard's own resident and consent pages, after a page saying what the paper holds."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget, QWizard, QWizardPage

from assist_app.gui.new_case_pages import ConsentPage, ResidentPage
from assist_app.gui.new_case_wizard import ResidentFinder
from assist_app.gui.resident_search import ResidentSearchAs
from assist_app.services.views import ConsentInput, ResidentInput


@dataclass(frozen=True)
class ResidentChoice:
    resident_id: int | None  # an existing resident, or
    resident: ResidentInput | None  # a new one, saved with
    consent: ConsentInput | None  # their consent (None: an existing resident's consent stands)

    def save(self, residents: ResidentSearchAs) -> int:
        """The resident's id, adding the new resident (with consent) first if need be."""
        if self.resident_id is not None:
            return self.resident_id
        return residents.add_resident(self.resident, self.consent).id


class _SummaryPage(QWizardPage):
    def __init__(self, title: str, text: str) -> None:
        super().__init__()
        self.setTitle(title)
        label = QLabel(text, wordWrap=True)
        QVBoxLayout(self).addWidget(label)


class ResidentChoiceWizard(QWizard):
    def __init__(
        self, residents: ResidentFinder, title: str, summary: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.setWizardStyle(QWizard.WizardStyle.ClassicStyle)
        self.setOption(QWizard.WizardOption.NoBackButtonOnStartPage)
        self.summary_page = _SummaryPage(title, summary)
        self.resident_page = ResidentPage(residents)  # ConsentPage reads wizard().resident_page
        self.consent_page = ConsentPage()
        for page in (self.summary_page, self.resident_page, self.consent_page):
            self.addPage(page)
        self.resize(760, 560)

    def choice(self) -> ResidentChoice:
        existing = self.resident_page.existing()
        needs_consent = existing is None or not existing.has_consent
        return ResidentChoice(
            resident_id=existing.id if existing else None,
            resident=None if existing else self.resident_page.new_resident(),
            consent=self.consent_page.consent() if needs_consent else None,
        )
