"""Entering an outage-kit sheet by keyboard: answers by question number (``Q3 1``) and statuses by
short code (``D01`` then a status key), then saving them to a new case or an existing one.

Keys follow the boxes as printed, so a helper reads the paper left to right: a status is its box's
position (1 済/done, 2 手続き中/in progress, 3 不要/not needed, 4 保留/on hold, 5 対象外/does not apply,
0 nothing ticked) or a letter; an answer is its box's position (はい 1, いいえ 2, …; "わからない" is
the last box) or ``?`` for "don't know". Typing is folded (full-width, lower case) before reading, so
the same keys work with a Japanese input method on.
"""

from __future__ import annotations

import datetime as dt
import re
import unicodedata
from collections.abc import Iterable, Mapping
from dataclasses import dataclass

from assist_app.catalog import UNKNOWN, Catalog, Library, QuestionType
from assist_app.catalog.answers import AnswerError, normalize_answer
from assist_app.checklist import NO_LONGER, ItemStatus
from assist_app.messages import Message, Word
from assist_app.messages.paper import (
    ENTRY_ANSWER_MISSING,
    ENTRY_AT_LEAST,
    ENTRY_AT_MOST,
    ENTRY_BAD_STATUS,
    ENTRY_CHOICE,
    ENTRY_DATE_FORMAT,
    ENTRY_EMPTY,
    ENTRY_NOT_A_DATE,
    ENTRY_NUMBER,
    ENTRY_OUTSIDE,
    ENTRY_STATUS_MISSING,
    ENTRY_UNKNOWN_CODE,
    ENTRY_YES_NO,
    SHEET_NO_CATALOG,
    SHEET_OF_ANOTHER_EVENT,
)
from assist_app.printing.form_codes import PREFIX as FORM_PREFIX
from assist_app.printing.form_codes import FormCode, parse_form_code
from assist_app.services.access import Actor, records_denials
from assist_app.services.case_service import CaseService
from assist_app.services.errors import InvalidInput, NotFound
from assist_app.services.history import record
from assist_app.services.views import CaseView
from assist_app.storage import Database

PAPER_BLOCKED_REASON = "紙のチェックリストで保留（理由は未記入）"

# key → status; "does not apply" (対象外) is stored as not needed: the step stays visible with why.
STATUS_KEYS: dict[str, str] = {
    "1": ItemStatus.DONE,
    "d": ItemStatus.DONE,
    "2": ItemStatus.IN_PROGRESS,
    "p": ItemStatus.IN_PROGRESS,
    "3": ItemStatus.NOT_NEEDED,
    "n": ItemStatus.NOT_NEEDED,
    "4": ItemStatus.BLOCKED,
    "h": ItemStatus.BLOCKED,
    "5": ItemStatus.NOT_NEEDED,
    "x": ItemStatus.NOT_NEEDED,
    "0": ItemStatus.TODO,
    "t": ItemStatus.TODO,
}
_UNKNOWN_KEYS = {"?", "？"}
_YES_NO = {"1": "yes", "y": "yes", "2": "no", "n": "no", "3": UNKNOWN}
_SEPARATORS = re.compile(r"[\s,、，]+")
_QUESTION_WITH_VALUE = re.compile(r"^(Q\d+)[=:](.+)$")
_DATE = re.compile(r"^(\d{4})[-/.]?(\d{1,2})[-/.]?(\d{1,2})$")
_BARE_VALUE = re.compile(r"^(?:[0-9?]+|\d{4}[-/.]\d{1,2}[-/.]\d{1,2})$")


class EntryError(InvalidInput):
    """What was typed cannot be read; the message names the code and what is expected, ``kind``
    which of the ways it went wrong ("empty", "unknown_code", "range" …)."""

    def __init__(self, message: Message, kind: str) -> None:
        super().__init__(message)
        self.kind = kind


@dataclass(frozen=True)
class Entry:
    code: str  # as printed: "Q3" or "D01"
    target: str  # question id or procedure id
    kind: str  # "answer" or "status"
    value: str | int  # the stored answer, or the status


def fold(text: str) -> str:
    return unicodedata.normalize("NFKC", text).strip()


def form_code_from_scan(text: str) -> FormCode | None:
    """The sheet's form code as a keyboard-wedge scanner typed it.

    A scanner set to the wrong layout (JIS vs US) turns ``:`` into another symbol, and caps lock
    turns the letters upper case; neither may stop a sheet from being recognised.
    """
    parts = [p for p in re.split(r"[^0-9A-Za-z._-]+", fold(text)) if p]
    if len(parts) != 4 or parts[0].upper() != FORM_PREFIX:
        return None
    return parse_form_code(":".join([FORM_PREFIX, parts[1].lower(), parts[2], parts[3].lower()]))


class SheetReader:
    """Reads typed commands against one catalog's sheets (its question numbers and short codes)."""

    def __init__(self, catalog: Catalog) -> None:
        self.catalog = catalog
        self.steps = {p.short_code.upper(): p for p in catalog.procedures}
        self.questions = {f"Q{n}": q for n, q in enumerate(catalog.questions, start=1)}

    def question_code(self, question_id: str) -> str:
        return next(code for code, q in self.questions.items() if q.id == question_id)

    @property
    def codes(self) -> list[str]:
        """Every printed code in the order of the paper: the intake sheet, then the checklist."""
        return [*self.questions, *self.steps]

    def next_code(self, code: str) -> str | None:
        codes = self.codes
        position = codes.index(code) + 1
        return codes[position] if position < len(codes) else None

    def code_named(self, text: str) -> str | None:
        """The code itself, when that is all the text is (to move to that line of the sheet)."""
        token = fold(text).upper()
        return token if token in self.questions or token in self.steps else None

    def code_at_end(self, text: str) -> str | None:
        """The printed code of the last command being typed, if it names one (for a live hint)."""
        tokens = [t.upper() for t in _SEPARATORS.split(fold(text)) if t]
        for token in reversed(tokens[-2:]):
            match = _QUESTION_WITH_VALUE.match(token)
            token = match.group(1) if match else token
            if token in self.questions:
                return token
            code = self._step_code(token)
            if code is not None:
                return code
        return None

    def _step_code(self, token: str) -> str | None:
        found = [c for c in self.steps if token.startswith(c)]
        return max(found, key=len) if found else None

    def read(self, text: str, final: bool = True, cursor: str | None = None) -> list[Entry] | None:
        """The entries in ``text``.

        With ``final`` (Enter was pressed) anything unreadable raises EntryError. Without it (as the
        helper types) the entries come back only once the text is complete and typing more could not
        change its meaning, e.g. ``D01`` and a status key; otherwise None.

        A value alone (``1``, ``?``, ``82``) is for ``cursor``, the line of the sheet the helper is
        on, so going down a sheet takes one key a line.
        """
        folded = fold(text)
        if cursor is not None and _BARE_VALUE.match(folded):
            text = f"{cursor} {folded}"
        tokens = [t for t in _SEPARATORS.split(fold(text)) if t]
        if not tokens:
            if final:
                raise EntryError(ENTRY_EMPTY(), "empty")
            return None
        entries: list[Entry] = []
        i, last_open = 0, False
        try:
            while i < len(tokens):
                token = tokens[i].upper()
                match = _QUESTION_WITH_VALUE.match(token)
                if match:
                    code, value, i = match.group(1), tokens[i][len(match.group(1)) + 1 :], i + 1
                elif token in self.questions:
                    if i + 1 >= len(tokens):
                        raise EntryError(ENTRY_ANSWER_MISSING(code=token), "answer_missing")
                    code, value, i = token, tokens[i + 1], i + 2
                else:
                    entry, i, last_open = self._step(tokens, i)
                    entries.append(entry)
                    continue
                entries.append(self._answer(code, value))
                question = self.questions[code]
                last_open = question.type in (QuestionType.DATE, QuestionType.NUMBER) or (
                    question.type is QuestionType.CHOICE and len(question.options) >= 9
                )
        except EntryError:
            if final:
                raise
            return None
        if not final and last_open:
            return None
        return entries

    def _step(self, tokens: list[str], i: int) -> tuple[Entry, int, bool]:
        token = tokens[i].upper()
        code = self._step_code(token)
        if code is None:
            raise EntryError(ENTRY_UNKNOWN_CODE(code=tokens[i]), "unknown_code")
        key = token[len(code) :].lower()
        used = 1
        if not key:
            if i + 1 >= len(tokens):
                raise EntryError(ENTRY_STATUS_MISSING(code=code), "status_missing")
            key, used = tokens[i + 1].lower(), 2
        if key not in STATUS_KEYS:
            raise EntryError(ENTRY_BAD_STATUS(code=code, key=key), "bad_status")
        # "D01" + "1" must wait if some code is longer, e.g. "D011".
        extendable = used == 1 and any(c.startswith(token) and c != code for c in self.steps)
        procedure = self.steps[code]
        return Entry(code, procedure.id, "status", STATUS_KEYS[key]), i + used, extendable

    def _answer(self, code: str, raw: str) -> Entry:
        question = self.questions[code]
        key = raw.strip().lower()
        if key in _UNKNOWN_KEYS:
            value: str | int = UNKNOWN
        elif question.type is QuestionType.YES_NO:
            if key not in _YES_NO:
                raise EntryError(ENTRY_YES_NO(code=code), "yes_no")
            value = _YES_NO[key]
        elif question.type is QuestionType.CHOICE:
            count = len(question.options)
            if not key.isdigit() or not 1 <= int(key) <= count + 1:
                raise EntryError(ENTRY_CHOICE(code=code, last=count + 1), "choice")
            value = question.options[int(key) - 1].value if int(key) <= count else UNKNOWN
        elif question.type is QuestionType.DATE:
            match = _DATE.match(key)
            if not match:
                raise EntryError(ENTRY_DATE_FORMAT(code=code), "date_format")
            try:
                value = dt.date(*(int(g) for g in match.groups())).isoformat()
            except ValueError:
                raise EntryError(ENTRY_NOT_A_DATE(code=code, value=raw), "not_a_date") from None
        else:
            value = key
        try:
            value = normalize_answer(self.catalog, question.id, value)
        except AnswerError:
            kind = "range" if key.isdigit() else "number"
            raise EntryError(_number_problem(code, key, question.minimum, question.maximum), kind) from None
        return Entry(code, question.id, "answer", value)


def _number_problem(code: str, typed: str, minimum: int | None, maximum: int | None) -> Message:
    """A number question's answer that is not a number, or not in the question's range."""
    if not typed.isdigit():
        return ENTRY_NUMBER(code=code)
    if maximum is None:
        return ENTRY_AT_LEAST(code=code, minimum=minimum)
    if minimum is None:
        return ENTRY_AT_MOST(code=code, maximum=maximum)
    return ENTRY_OUTSIDE(code=code, value=typed, minimum=minimum, maximum=maximum)


@dataclass(frozen=True)
class PaperSaved:
    case: CaseView
    statuses_changed: int
    not_on_checklist: tuple[str, ...]  # short codes ticked on paper that this case has no step for


class PaperEntryService:
    def __init__(self, database: Database, library: Library, cases: CaseService) -> None:
        self._db, self._library, self._cases = database, library, cases

    def _catalog(self, catalog_id: str) -> Catalog:
        catalog = self._library.catalog(catalog_id)
        if catalog is None:
            raise NotFound(SHEET_NO_CATALOG(catalog=Word("life_event", catalog_id)))
        return catalog

    @staticmethod
    def _split(entries: Iterable[Entry]) -> tuple[dict[str, str | int], dict[str, Entry]]:
        answers: dict[str, str | int] = {}
        statuses: dict[str, Entry] = {}
        for entry in entries:  # the last entry for a code wins, as on screen
            if entry.kind == "answer":
                answers[entry.target] = entry.value
            else:
                statuses[entry.target] = entry
        return answers, statuses

    @records_denials
    def save_new(
        self,
        actor: Actor,
        resident_id: int,
        catalog_id: str,
        event_date: dt.date,
        entries: Iterable[Entry],
        known_date: dt.date | None = None,
        ward: str | None = None,
    ) -> PaperSaved:
        """A new case from the sheet: questions left blank count as "don't know"."""
        catalog = self._catalog(catalog_id)
        answers, statuses = self._split(entries)
        full = {q.id: answers.get(q.id, UNKNOWN) for q in catalog.questions}
        view = self._cases.open_case(actor, resident_id, catalog.id, event_date, full, known_date, ward)
        return self._statuses(actor, view, catalog, statuses, answers)

    @records_denials
    def save_to_case(
        self, actor: Actor, case_id: int, catalog_id: str, entries: Iterable[Entry]
    ) -> PaperSaved:
        """The sheet's answers revise the case's (the checklist follows), then its statuses apply."""
        view = self._cases.view(actor, case_id)
        if view.summary.catalog_id != catalog_id:
            raise InvalidInput(
                SHEET_OF_ANOTHER_EVENT(
                    case_id=case_id,
                    case_event=Word("life_event", view.summary.catalog_id),
                    sheet_event=Word("life_event", catalog_id),
                )
            )
        catalog = self._catalog(catalog_id)
        answers, statuses = self._split(entries)
        if answers:
            self._cases.change_answers(actor, case_id, answers)
            view = self._cases.view(actor, case_id)
        return self._statuses(actor, view, catalog, statuses, answers)

    def _statuses(
        self,
        actor: Actor,
        view: CaseView,
        catalog: Catalog,
        statuses: Mapping[str, Entry],
        answers: Mapping[str, str | int],
    ) -> PaperSaved:
        items = {i.procedure_id: i for i in view.items if i.applies != NO_LONGER}
        missing: list[str] = []
        changed = 0
        for procedure_id, entry in statuses.items():
            item = items.get(procedure_id)
            if item is None:
                if entry.value != ItemStatus.TODO:  # nothing ticked on a step it does not have: fine
                    missing.append(entry.code)
                continue
            if item.status == entry.value:
                continue
            reason = PAPER_BLOCKED_REASON if entry.value == ItemStatus.BLOCKED else ""
            self._cases.set_status(actor, item.id, str(entry.value), reason, item.row_version)
            changed += 1
        with self._db.session() as session:
            record(
                session,
                "paper_entered",
                actor,
                case_id=view.id,
                catalog=catalog.id,
                version=catalog.version,
                answers=sorted(answers),
                statuses_changed=changed,
                not_on_checklist=missing,
            )
        return PaperSaved(self._cases.view(actor, view.id), changed, tuple(missing))
