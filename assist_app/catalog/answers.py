"""Checks intake answers against a catalog's questions and brings them to their stored form."""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from typing import Any

from assist_app.catalog.model import UNKNOWN, Catalog, QuestionType
from assist_app.messages.cases import (
    EXPECTED_CHOICE,
    EXPECTED_DATE,
    EXPECTED_NUMBER,
    EXPECTED_YES_NO,
    NO_SUCH_QUESTION,
    NUMBER_OUTSIDE,
    NUMBER_TOO_LARGE,
    NUMBER_TOO_SMALL,
)

_UNKNOWN_WORDS = {"unknown", "dont_know", "don't know", "わからない", "不明", ""}
_BOOLS = {"yes": "yes", "no": "no", "true": "yes", "false": "no", "はい": "yes", "いいえ": "no"}


class AnswerError(ValueError):
    """An answer does not fit its question; the message names both."""


def normalize_answer(catalog: Catalog, question_id: str, value: Any) -> str | int:
    question = catalog.question(question_id)
    if question is None:
        raise AnswerError(NO_SUCH_QUESTION(catalog=catalog.id, question=question_id))
    if value is None or (isinstance(value, str) and value.strip().casefold() in _UNKNOWN_WORDS):
        return UNKNOWN
    text = str(value).strip()
    if question.type is QuestionType.YES_NO:
        if isinstance(value, bool):
            return "yes" if value else "no"
        if text.casefold() in _BOOLS:
            return _BOOLS[text.casefold()]
        raise AnswerError(EXPECTED_YES_NO(question=question_id, value=text))
    if question.type is QuestionType.CHOICE:
        if question.option(text) is None:
            values = ", ".join(o.value for o in question.options)
            raise AnswerError(EXPECTED_CHOICE(question=question_id, choices=values, value=text))
        return text
    if question.type is QuestionType.DATE:
        try:
            return (value if isinstance(value, dt.date) else dt.date.fromisoformat(text)).isoformat()
        except ValueError:
            raise AnswerError(EXPECTED_DATE(question=question_id, value=text)) from None
    try:
        number = int(text)
    except ValueError:
        raise AnswerError(EXPECTED_NUMBER(question=question_id, value=text)) from None
    low, high = question.minimum, question.maximum
    if (low is not None and number < low) or (high is not None and number > high):
        if high is None:
            raise AnswerError(NUMBER_TOO_SMALL(question=question_id, value=number, minimum=low))
        if low is None:
            raise AnswerError(NUMBER_TOO_LARGE(question=question_id, value=number, maximum=high))
        raise AnswerError(NUMBER_OUTSIDE(question=question_id, value=number, minimum=low, maximum=high))
    return number


def normalize_answers(catalog: Catalog, raw: Mapping[str, Any]) -> dict[str, str | int]:
    return {qid: normalize_answer(catalog, qid, value) for qid, value in raw.items()}
