"""Translated words for core values: statuses, levels, date kinds, history actions.

The words are marked with QT_TRANSLATE_NOOP so pyside6-lupdate finds them, and translated when
shown, so a change of interface language takes effect at once.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

STATUSES = {
    "todo": QT_TRANSLATE_NOOP("Labels", "To do"),
    "in_progress": QT_TRANSLATE_NOOP("Labels", "In progress"),
    "done": QT_TRANSLATE_NOOP("Labels", "Done"),
    "not_needed": QT_TRANSLATE_NOOP("Labels", "Not needed"),
    "blocked": QT_TRANSLATE_NOOP("Labels", "Blocked"),
}
LEVELS = {
    "ward": QT_TRANSLATE_NOOP("Labels", "Ward office"),
    "tokyo": QT_TRANSLATE_NOOP("Labels", "Tokyo"),
    "national": QT_TRANSLATE_NOOP("Labels", "National office"),
    "insurer": QT_TRANSLATE_NOOP("Labels", "Health insurer"),
    "private": QT_TRANSLATE_NOOP("Labels", "Private company"),
}
DUE_KINDS = {
    "deadline": QT_TRANSLATE_NOOP("Labels", "Deadline"),
    "claim_by": QT_TRANSLATE_NOOP("Labels", "Claim by"),
    "guidance": QT_TRANSLATE_NOOP("Labels", "Guidance"),
    "none": QT_TRANSLATE_NOOP("Labels", "No deadline"),
}
ACTIONS = {
    "case_opened": QT_TRANSLATE_NOOP("Labels", "Case opened"),
    "status_changed": QT_TRANSLATE_NOOP("Labels", "Status changed"),
    "notes_changed": QT_TRANSLATE_NOOP("Labels", "Notes changed"),
    "answers_changed": QT_TRANSLATE_NOOP("Labels", "Answers revised"),
    "catalog_updated": QT_TRANSLATE_NOOP("Labels", "Catalog updated"),
    "handed_over": QT_TRANSLATE_NOOP("Labels", "Handed over"),
    "case_closed": QT_TRANSLATE_NOOP("Labels", "Case closed"),
    "printed": QT_TRANSLATE_NOOP("Labels", "Handout printed"),
    "resume_scanned": QT_TRANSLATE_NOOP("Labels", "Resume code scanned"),
    "resume_applied": QT_TRANSLATE_NOOP("Labels", "Progress taken from paper"),
    "case_recreated": QT_TRANSLATE_NOOP("Labels", "Case made again from a resume code"),
    "paper_entered": QT_TRANSLATE_NOOP("Labels", "Paper sheet entered"),
}
# The languages a handout is printed in, each named in itself (not translated).
HANDOUT_LANGUAGES = (("ja", "日本語"), ("en", "English"), ("easy_ja", "やさしい日本語"))

EVENTS = {
    "death": QT_TRANSLATE_NOOP("Labels", "Death"),
    "birth": QT_TRANSLATE_NOOP("Labels", "Birth"),
}


def _translate(table: dict[str, str], key: str) -> str:
    return QCoreApplication.translate("Labels", table[key]) if key in table else key


def status_label(status: str) -> str:
    return _translate(STATUSES, status)


def level_label(level: str) -> str:
    return _translate(LEVELS, level)


def due_kind_label(kind: str) -> str:
    return _translate(DUE_KINDS, kind)


def action_label(action: str) -> str:
    return _translate(ACTIONS, action)


def event_label(catalog_id: str) -> str:
    return _translate(EVENTS, catalog_id)


def local_time(at: dt.datetime) -> str:
    """The core stores UTC without a zone (see storage.models.utcnow); the counter reads its own
    clock, to the minute. An aware time is only converted."""
    at = at if at.tzinfo else at.replace(tzinfo=dt.UTC)
    return f"{at.astimezone():%Y-%m-%d %H:%M}"


def countdown(days: int | None) -> str:
    if days is None:
        return QCoreApplication.translate("Labels", "No date")
    # One and many apart, so English reads "1 day" (Japanese needs no plural).
    if days == -1:
        return QCoreApplication.translate("Labels", "Overdue by 1 day")
    if days < 0:
        return QCoreApplication.translate("Labels", "Overdue by {n} days").format(n=-days)
    if days == 0:
        return QCoreApplication.translate("Labels", "Due today")
    if days == 1:
        return QCoreApplication.translate("Labels", "1 day left")
    return QCoreApplication.translate("Labels", "{n} days left").format(n=days)
