"""A case's history entries in words: what happened and the details, in the interface language.

The core records each change with machine keys (``old``/``new`` status values, procedure ids,
helper ids); the history tab shows them as the helper would say them. Actions this module does
not know yet (added by later features) still show, with their details listed plainly.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from assist_app.gui.labels import HANDOUT_LANGUAGES, action_label, local_time, status_label
from assist_app.services.views import HistoryView, ItemView

LANGUAGE_NAMES = dict(HANDOUT_LANGUAGES)


# Marked for pyside6-lupdate here, translated when shown (the language can change at any time).
TEXTS = {
    "{n} steps": QT_TRANSLATE_NOOP("HistoryText", "{n} steps"),
    "catalog {version}": QT_TRANSLATE_NOOP("HistoryText", "catalog {version}"),
    "reason: {reason}": QT_TRANSLATE_NOOP("HistoryText", "reason: {reason}"),
    "taken from the paper handout": QT_TRANSLATE_NOOP("HistoryText", "taken from the paper handout"),
    "catalog {old} → {new}": QT_TRANSLATE_NOOP("HistoryText", "catalog {old} → {new}"),
    "{n} answers changed": QT_TRANSLATE_NOOP("HistoryText", "{n} answers changed"),
    "steps added: {steps}": QT_TRANSLATE_NOOP("HistoryText", "steps added: {steps}"),
    "steps removed: {steps}": QT_TRANSLATE_NOOP("HistoryText", "steps removed: {steps}"),
    "to {name}": QT_TRANSLATE_NOOP("HistoryText", "to {name}"),
    "note: {note}": QT_TRANSLATE_NOOP("HistoryText", "note: {note}"),
    "handout in {language}": QT_TRANSLATE_NOOP("HistoryText", "handout in {language}"),
    "large print": QT_TRANSLATE_NOOP("HistoryText", "large print"),
    "with resume code": QT_TRANSLATE_NOOP("HistoryText", "with resume code"),
    "sent to a printer": QT_TRANSLATE_NOOP("HistoryText", "sent to a printer"),
    "saved as a PDF file": QT_TRANSLATE_NOOP("HistoryText", "saved as a PDF file"),
    "from case {id} of the paper": QT_TRANSLATE_NOOP("HistoryText", "from case {id} of the paper"),
    "answers to ask again": QT_TRANSLATE_NOOP("HistoryText", "answers to ask again"),
    "not restored: {steps}": QT_TRANSLATE_NOOP("HistoryText", "not restored: {steps}"),
    "sheet for catalog {version}": QT_TRANSLATE_NOOP("HistoryText", "sheet for catalog {version}"),
    "{n} answers entered": QT_TRANSLATE_NOOP("HistoryText", "{n} answers entered"),
    "{n} statuses changed": QT_TRANSLATE_NOOP("HistoryText", "{n} statuses changed"),
    "not on this checklist: {codes}": QT_TRANSLATE_NOOP("HistoryText", "not on this checklist: {codes}"),
    "{n} steps differ from the paper": QT_TRANSLATE_NOOP("HistoryText", "{n} steps differ from the paper"),
    "taken from the paper: {steps}": QT_TRANSLATE_NOOP("HistoryText", "taken from the paper: {steps}"),
}


def _tr(text: str) -> str:
    return QCoreApplication.translate("HistoryText", TEXTS[text])


def step_name(procedure_id: str | None, items: Mapping[str, ItemView]) -> str:
    if procedure_id is None:
        return ""
    item = items.get(procedure_id)
    return f"{item.short_code} {item.title}" if item else procedure_id


def _steps(ids: list[str], items: Mapping[str, ItemView]) -> str:
    return "、".join(step_name(i, items) for i in ids)


def when(entry: HistoryView) -> str:
    return local_time(entry.at)


def what(entry: HistoryView, items: Mapping[str, ItemView]) -> str:
    label = action_label(entry.action)
    step = step_name(entry.procedure_id, items)
    return f"{label} — {step}" if step else label


def details(entry: HistoryView, items: Mapping[str, ItemView], helpers: Mapping[int, str]) -> str:
    d: dict[str, Any] = entry.detail
    parts: list[str] = []
    if entry.action == "case_opened":
        parts.append(_tr("{n} steps").format(n=d.get("items", "?")))
        if d.get("version"):
            parts.append(_tr("catalog {version}").format(version=d["version"]))
    elif entry.action == "status_changed":
        parts.append(f"{status_label(str(d.get('old', '')))} → {status_label(str(d.get('new', '')))}")
        if d.get("reason"):
            parts.append(_tr("reason: {reason}").format(reason=d["reason"]))
        if d.get("source") == "resume_code":
            parts.append(_tr("taken from the paper handout"))
    elif entry.action == "notes_changed":
        parts.append(str(d.get("notes", "")))
    elif entry.action in ("answers_changed", "catalog_updated"):
        if entry.action == "catalog_updated":
            parts.append(_tr("catalog {old} → {new}").format(old=d.get("old", ""), new=d.get("new", "")))
        else:
            parts.append(_tr("{n} answers changed").format(n=len(d.get("answers") or {})))
        if d.get("added"):
            parts.append(_tr("steps added: {steps}").format(steps=_steps(d["added"], items)))
        if d.get("removed"):
            parts.append(_tr("steps removed: {steps}").format(steps=_steps(d["removed"], items)))
    elif entry.action == "handed_over":
        parts.append(_tr("to {name}").format(name=helpers.get(d.get("new"), "—")))
        if d.get("note"):
            parts.append(_tr("note: {note}").format(note=d["note"]))
    elif entry.action == "printed":
        language = LANGUAGE_NAMES.get(str(d.get("lang")), str(d.get("lang", "")))
        parts.append(_tr("handout in {language}").format(language=language))
        if d.get("large"):
            parts.append(_tr("large print"))
        if d.get("resume_code"):
            parts.append(_tr("with resume code"))
        if d.get("output") == "printer":
            parts.append(_tr("sent to a printer"))
        elif d.get("output") == "pdf_file":
            parts.append(_tr("saved as a PDF file"))
    elif entry.action == "case_recreated":
        parts.append(_tr("from case {id} of the paper").format(id=d.get("origin_case", "?")))
        if d.get("answers") == "unknown":
            parts.append(_tr("answers to ask again"))
        if d.get("not_restored"):
            parts.append(_tr("not restored: {steps}").format(steps=_steps(d["not_restored"], items)))
    elif entry.action == "paper_entered":
        if d.get("version"):
            parts.append(_tr("sheet for catalog {version}").format(version=d["version"]))
        parts.append(_tr("{n} answers entered").format(n=len(d.get("answers") or [])))
        parts.append(_tr("{n} statuses changed").format(n=d.get("statuses_changed", 0)))
        if d.get("not_on_checklist"):
            parts.append(_tr("not on this checklist: {codes}").format(codes="、".join(d["not_on_checklist"])))
    elif entry.action == "resume_scanned":
        parts.append(_tr("{n} steps differ from the paper").format(n=len(d.get("disagreements") or [])))
    elif entry.action == "resume_applied":
        parts.append(
            _tr("taken from the paper: {steps}").format(steps=_steps(d.get("taken_from_paper") or [], items))
        )
    elif entry.action != "case_closed":
        parts += [f"{k}: {v}" for k, v in d.items() if v not in ("", [], None, {})]
    return " · ".join(p for p in parts if p)
