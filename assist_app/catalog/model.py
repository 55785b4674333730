"""The catalog as immutable data: questions, procedures, deadlines and office layers."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from enum import StrEnum
from pathlib import Path

from assist_app.catalog.conditions import Condition
from assist_app.deadlines import Rule

LANGUAGES = ("ja", "en", "easy_ja")
UNKNOWN = "unknown"  # the stored answer for "don't know"


@dataclass(frozen=True, slots=True)
class Text:
    """A text in several languages; simple Japanese falls back to Japanese."""

    ja: str
    en: str = ""
    easy_ja: str = ""

    def get(self, lang: str) -> str:
        if lang == "en":
            return self.en or self.ja
        if lang == "easy_ja":
            return self.easy_ja or self.ja
        return self.ja


class QuestionType(StrEnum):
    YES_NO = "yes_no"
    CHOICE = "choice"
    DATE = "date"
    NUMBER = "number"


class Level(StrEnum):
    WARD = "ward"
    TOKYO = "tokyo"
    NATIONAL = "national"
    INSURER = "insurer"
    PRIVATE = "private"


class Capability(StrEnum):
    ONLINE = "online"
    VISIT = "visit"
    BOOKING = "booking"
    BY_POST = "by_post"
    AUTOMATIC = "automatic"


@dataclass(frozen=True, slots=True)
class Option:
    value: str
    label: Text


@dataclass(frozen=True, slots=True)
class Question:
    id: str
    type: QuestionType
    text: Text
    help: Text | None = None
    options: tuple[Option, ...] = ()
    minimum: int | None = None
    maximum: int | None = None
    unit: Text | None = None

    def option(self, value: str) -> Option | None:
        return next((o for o in self.options if o.value == value), None)


@dataclass(frozen=True, slots=True)
class Deadline:
    rule: Rule
    note: Text | None = None


@dataclass(frozen=True, slots=True)
class DeadlineOverride:
    when: Condition
    deadline: Deadline


@dataclass(frozen=True, slots=True)
class Basis:
    text: Text
    url: str | None = None


@dataclass(frozen=True, slots=True)
class Procedure:
    id: str
    short_code: str
    title: Text
    what: Text
    level: Level
    office: str
    deadline: Deadline
    basis: Basis
    verified: bool
    documents: tuple[Text, ...] = ()
    url: str | None = None
    depends_on: tuple[str, ...] = ()
    capabilities: tuple[Capability, ...] = ()
    applies_when: Condition | None = None
    deadline_overrides: tuple[DeadlineOverride, ...] = ()
    external_id: str | None = None
    note: Text | None = None


@dataclass(frozen=True, slots=True)
class Catalog:
    id: str
    version: str
    checked_on: dt.date
    region: str
    title: Text
    event_date_label: Text
    questions: tuple[Question, ...]
    procedures: tuple[Procedure, ...]
    known_date_label: Text | None = None
    source: Path | None = None
    _questions: dict[str, Question] = field(init=False, repr=False, compare=False)
    _procedures: dict[str, Procedure] = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "_questions", {q.id: q for q in self.questions})
        object.__setattr__(self, "_procedures", {p.id: p for p in self.procedures})

    def question(self, question_id: str) -> Question | None:
        return self._questions.get(question_id)

    def procedure(self, procedure_id: str) -> Procedure | None:
        return self._procedures.get(procedure_id)

    @property
    def version_key(self) -> tuple[int | str, ...]:
        return version_key(self.version)


def version_key(version: str) -> tuple[int | str, ...]:
    """Sort key for versions such as ``2026.11.1``."""
    return tuple(int(p) if p.isdigit() else p for p in version.split("."))


@dataclass(frozen=True, slots=True)
class Office:
    id: str
    name: Text
    counter: Text | None = None
    address: Text | None = None
    phone: str | None = None
    hours: Text | None = None
    url: str | None = None
    verified: bool = False


@dataclass(frozen=True, slots=True)
class OfficeLayer:
    id: str
    version: str
    checked_on: dt.date
    offices: dict[str, Office]
    ward: Text | None = None
    source: Path | None = None
