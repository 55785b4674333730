"""One step of a case: what to do, where, what to bring, the legal basis and link, the countdown,
and the controls to change its status and notes. Notes save themselves while typing."""

from __future__ import annotations

import datetime as dt
import html
from dataclasses import replace

from PySide6.QtCore import QSize, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QFrame,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from assist_app.catalog import Catalog, Library
from assist_app.catalog.describe import describe_deadline
from assist_app.checklist.status import ItemStatus
from assist_app.gui.flow_row import FlowRow
from assist_app.gui.labels import countdown, due_kind_label, level_label, status_label
from assist_app.services.views import ItemView

STATUSES = ("todo", "in_progress", "done", "not_needed", "blocked")
SHORTCUTS = {s: f"Ctrl+{n}" for n, s in enumerate(STATUSES, 1)}
NOTES_SAVE_DELAY_MS = 400
ZERO_WIDTH_SPACE = "\u200b"


def breakable_url(url: str) -> str:
    """A URL as shown: a zero-width space after each separator lets a long address wrap instead of
    widening the panel (the link target keeps the real URL)."""
    for separator in "/.?&=_-":
        url = url.replace(separator, separator + ZERO_WIDTH_SPACE)
    return url


class StepDetailWidget(QScrollArea):
    status_requested = Signal(int, str, str)  # item id, status, blocked reason
    notes_edited = Signal(int, str)  # item id, notes

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        # Everything inside wraps to the panel's width, so there is never anything to scroll to.
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        body = QWidget()
        self.setWidget(body)
        self.title = QLabel(objectName="stepTitle", wordWrap=True)
        self.due = QLabel(wordWrap=True)
        self.info = QLabel(wordWrap=True, textFormat=Qt.TextFormat.RichText, openExternalLinks=True)
        self.info.setTextInteractionFlags(Qt.TextInteractionFlag.TextBrowserInteraction)
        self.status = QLabel(wordWrap=True)
        self.buttons: dict[str, QPushButton] = {}
        row = FlowRow()  # the buttons wrap onto more lines in a narrow panel or with large text
        for status in STATUSES:
            button = QPushButton()
            button.setCheckable(True)
            button.clicked.connect(lambda _c=False, s=status: self._on_status_clicked(s))
            self.buttons[status] = button
            row.add(button)
        self.reason_label = QLabel(wordWrap=True)
        self.reason = QLineEdit()
        self.reason_label.setBuddy(self.reason)
        self.notes_label = QLabel(wordWrap=True)
        self.notes = QPlainTextEdit()
        self.notes.setMinimumHeight(self.fontMetrics().lineSpacing() * 4)
        self.notes.setTabChangesFocus(True)
        self.saved = QLabel(wordWrap=True)
        layout = QVBoxLayout(body)
        for widget in (self.title, self.due, self.status):
            layout.addWidget(widget)
        layout.addWidget(row)
        layout.addWidget(self.reason_label)
        layout.addWidget(self.reason)
        layout.addWidget(self.info)
        layout.addWidget(self.notes_label)
        layout.addWidget(self.notes, 1)
        layout.addWidget(self.saved)
        self._item: ItemView | None = None
        self._notes_timer = QTimer(self, singleShot=True, interval=NOTES_SAVE_DELAY_MS)
        self._notes_timer.timeout.connect(self.flush_notes)
        self.notes.textChanged.connect(self._on_notes_text_changed)
        self.retranslate()
        self.show_item(None)

    def retranslate(self) -> None:
        for status, button in self.buttons.items():
            button.setText(f"{status_label(status)} ({SHORTCUTS[status]})")
            button.setAccessibleName(status_label(status))
        self.reason_label.setText(self.tr("&Reason, if the step is blocked (needed for “Blocked”)"))
        self.reason.setAccessibleName(self.tr("Reason the step is blocked"))
        self.notes_label.setText(self.tr("Notes (saved as you type)"))
        self.notes.setAccessibleName(self.tr("Notes for this step"))

    def minimumSizeHint(self) -> QSize:
        # The splitter may not squeeze the panel below what its content needs without scrolling
        # sideways: the widest status button or unbreakable word.
        body = self.widget().minimumSizeHint()
        scrollbar = self.verticalScrollBar().sizeHint().width()
        return QSize(body.width() + scrollbar + 2 * self.frameWidth(), super().minimumSizeHint().height())

    def current_item(self) -> ItemView | None:
        return self._item

    def show_item(
        self,
        item: ItemView | None,
        catalog: Catalog | None = None,
        library: Library | None = None,
        ward: str | None = None,
        lang: str = "ja",
        today: dt.date | None = None,
        to_confirm: list[str] | None = None,
    ) -> None:
        self.flush_notes()
        self._item = item
        enabled = item is not None
        for widget in (*self.buttons.values(), self.reason, self.notes):
            widget.setEnabled(enabled)
        if item is None:
            self.title.setText(self.tr("Choose a step on the left."))
            for label in (self.due, self.info, self.status, self.saved):
                label.clear()
            self.notes.blockSignals(True)
            self.notes.clear()
            self.notes.blockSignals(False)
            return
        procedure = catalog.procedure(item.procedure_id) if catalog else None
        self.title.setText(f"{item.short_code}  {item.title}")
        days = None if item.due_date is None else (item.due_date - (today or dt.date.today())).days
        due = item.due_date.isoformat() if item.due_date else "—"
        if item.due_date and not ItemStatus(item.status).is_open:  # done or not needed: no countdown
            text = self.tr("{kind}: {date}").format(kind=due_kind_label(item.due_kind), date=due)
        elif item.due_date:
            text = self.tr("{kind}: {date} — {countdown}").format(
                kind=due_kind_label(item.due_kind), date=due, countdown=countdown(days)
            )
        else:
            text = self.tr("{kind}: no date").format(kind=due_kind_label(item.due_kind))
        self.due.setText(text)
        state = status_label(item.status) + (f": {item.blocked_reason}" if item.blocked_reason else "")
        self.status.setText(self.tr("Status: {s}").format(s=state))
        for status, button in self.buttons.items():
            button.setChecked(status == item.status)
        self.reason.setText(item.blocked_reason)
        self.info.setText(self._info_html(item, procedure, library, ward, lang, to_confirm or []))
        self.notes.blockSignals(True)
        self.notes.setPlainText(item.notes)
        self.notes.blockSignals(False)
        self.saved.setText(
            self.tr("Last change by {who}").format(who=item.updated_by) if item.updated_by else ""
        )

    def request_status(self, status: str) -> None:
        """Keyboard shortcuts and buttons land here."""
        self._on_status_clicked(status)

    def _on_status_clicked(self, status: str) -> None:
        if self._item is None:
            return
        reason = self.reason.text().strip()
        if status == "blocked" and not reason:
            self.buttons[status].setChecked(False)
            self.reason.setFocus()
            self.saved.setText(self.tr("Type why the step is blocked, then choose “Blocked” again."))
            return
        self.flush_notes()
        self.status_requested.emit(self._item.id, status, reason if status == "blocked" else "")

    def _on_notes_text_changed(self) -> None:
        self.saved.setText(self.tr("Saving…"))
        self._notes_timer.start()

    def flush_notes(self) -> None:
        """Save pending note edits now (on a timer, on leaving the step, on closing)."""
        if self._notes_timer.isActive():
            self._notes_timer.stop()
        if self._item is not None and self.notes.toPlainText() != self._item.notes:
            text = self.notes.toPlainText()
            self._item = _with_notes(self._item, text)
            self.notes_edited.emit(self._item.id, text)
            self.saved.setText(self.tr("Saved"))

    def _info_html(self, item: ItemView, procedure, library, ward, lang, to_confirm: list[str]) -> str:
        esc = html.escape
        parts = []
        if item.applies == "to_confirm":
            questions = "".join(f"<li>{esc(q)}</li>" for q in to_confirm)
            heading = esc(self.tr("To confirm — answered “Don't know”:"))
            parts.append(f"<p><b>⚠ {heading}</b></p><ul>{questions}</ul>")
        if item.applies == "no_longer":
            text = self.tr("After the answers were revised, this step no longer applies.")
            parts.append(f"<p><b>{esc(text)}</b></p>")
        if procedure is None:
            return "".join(parts)
        parts.append(f"<p>{esc(procedure.what.get(lang))}</p>")
        if library is not None:
            office = library.office(procedure.office, ward)
            where = [office.name.get(lang)]
            where += [x.get(lang) for x in (office.counter, office.address, office.hours) if x]
            if office.phone:
                where.append(self.tr("Phone: {p}").format(p=office.phone))
            heading = self.tr("Where ({level})").format(level=level_label(procedure.level))
            parts.append(f"<p><b>{esc(heading)}</b><br>" + "<br>".join(esc(w) for w in where) + "</p>")
        if procedure.documents:
            docs = "".join(f"<li>{esc(d.get(lang))}</li>" for d in procedure.documents)
            heading = self.tr("What to bring")
            parts.append(f"<p><b>{esc(heading)}</b></p><ul>{docs}</ul>")
        rule = describe_deadline(procedure.deadline, "en" if lang == "en" else "ja")
        heading = self.tr("Deadline rule")
        parts.append(f"<p><b>{esc(heading)}</b><br>{esc(rule)}</p>")
        basis = esc(procedure.basis.text.get(lang))
        if procedure.basis.url:
            basis = f'<a href="{esc(procedure.basis.url)}">{basis}</a>'
        heading = self.tr("Legal basis")
        parts.append(f"<p><b>{esc(heading)}</b><br>{basis}</p>")
        if not procedure.verified:
            text = self.tr("Not yet verified against an official source: confirm at the counter.")
            parts.append(f"<p>⚠ {esc(text)}</p>")
        ways = self.tr(", ").join(self._capability(c.value) for c in procedure.capabilities)
        if ways:
            heading = self.tr("How")
            parts.append(f"<p><b>{esc(heading)}</b><br>{esc(ways)}</p>")
        if procedure.url:
            heading = self.tr("Official page")
            parts.append(
                f'<p><b>{esc(heading)}</b><br><a href="{esc(procedure.url)}">'
                f"{esc(breakable_url(procedure.url))}</a></p>"
            )
        if procedure.note:
            parts.append(f"<p>{esc(procedure.note.get(lang))}</p>")
        return "".join(parts)

    def _capability(self, value: str) -> str:
        return {
            "online": self.tr("can be done online"),
            "visit": self.tr("needs a visit"),
            "booking": self.tr("needs booking"),
            "by_post": self.tr("by post"),
            "automatic": self.tr("happens automatically"),
        }.get(value, value)


def _with_notes(item: ItemView, notes: str) -> ItemView:
    return replace(item, notes=notes)
