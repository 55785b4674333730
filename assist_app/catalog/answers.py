"""Checks intake answers against a catalog's questions and brings them to their stored form."""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from typing import Any

from assist_app.catalog.model import UNKNOWN, Catalog, QuestionType

_UNKNOWN_WORDS = {"unknown", "dont_know", "don't know", "わからない", "不明", ""}
_BOOLS = {"yes": "yes", "no": "no", "true": "yes", "false": "no", "はい": "yes", "いいえ": "no"}


class AnswerError(ValueError):
    """An answer does not fit its question; the message names both."""


def normalize_answer(catalog: Catalog, question_id: str, value: Any) -> str | int:
    question = catalog.question(question_id)
    if question is None:
        raise AnswerError(f"{catalog.id} has no question {question_id!r}")
    if value is None or (isinstance(value, str) and value.strip().casefold() in _UNKNOWN_WORDS):
        return UNKNOWN
    text = str(value).strip()
    if question.type is QuestionType.YES_NO:
        if isinstance(value, bool):
            return "yes" if value else "no"
        if text.casefold() in _BOOLS:
            return _BOOLS[text.casefold()]
        raise AnswerError(f"{question_id}: expected yes, no or unknown; got {text!r}")
    if question.type is QuestionType.CHOICE:
        if question.option(text) is None:
            values = ", ".join(o.value for o in question.options)
            raise AnswerError(f"{question_id}: expected one of {values} or unknown; got {text!r}")
        return text
    if question.type is QuestionType.DATE:
        try:
            return (value if isinstance(value, dt.date) else dt.date.fromisoformat(text)).isoformat()
        except ValueError:
            raise AnswerError(f"{question_id}: expected a date YYYY-MM-DD; got {text!r}") from None
    try:
        number = int(text)
    except ValueError:
        raise AnswerError(f"{question_id}: expected a whole number; got {text!r}") from None
    if (question.minimum is not None and number < question.minimum) or (
        question.maximum is not None and number > question.maximum
    ):
        raise AnswerError(f"{question_id}: {number} is outside {question.minimum}–{question.maximum}")
    return number


def normalize_answers(catalog: Catalog, raw: Mapping[str, Any]) -> dict[str, str | int]:
    return {qid: normalize_answer(catalog, qid, value) for qid, value in raw.items()}
