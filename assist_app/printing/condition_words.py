"""Applicability conditions in words for paper, naming questions by their number on the intake
sheet (Q1, Q2, …) so the two sheets are read side by side."""

from __future__ import annotations

import datetime as dt

from assist_app.catalog import Catalog
from assist_app.catalog.conditions import All, Atom, Condition, Not
from assist_app.printing.wording import format_date

_WORDS = {
    "ja": {
        "always": "常に対象",
        "and": " かつ ",
        "or": " または ",
        "not": "（{x}）ではない",
        "not_equals": "{q}が{v}ではない",
        "yes": "「はい」",
        "no": "「いいえ」",
        "value_or": "か",
        "equals": "{q}が{v}",
        "one_of": "{q}が{v}",
        "at_least": "{q}が{v}以上",
        "at_most": "{q}が{v}以下",
        "answered": "{q}に回答あり",
        "unknown": "{q}がわからない",
        "on_or_after": "{q}が{v}以降",
        "before": "{q}が{v}より前",
        "date_of": "{q}の日",
    },
    "en": {
        "always": "always",
        "and": " and ",
        "or": " or ",
        "not": "not ({x})",
        "not_equals": "{q} ≠ {v}",
        "yes": "yes",
        "no": "no",
        "value_or": " / ",
        "equals": "{q} = {v}",
        "one_of": "{q} = {v}",
        "at_least": "{q} ≥ {v}",
        "at_most": "{q} ≤ {v}",
        "answered": "{q} answered",
        "unknown": "{q} not known",
        "on_or_after": "{q} on or after {v}",
        "before": "{q} before {v}",
        "date_of": "the date in {q}",
    },
}


def question_numbers(catalog: Catalog) -> dict[str, str]:
    return {q.id: f"Q{n}" for n, q in enumerate(catalog.questions, start=1)}


class ConditionWords:
    def __init__(self, catalog: Catalog, lang: str) -> None:
        self.catalog = catalog
        self.lang = "en" if lang == "en" else "ja"
        self.w = _WORDS[self.lang]
        self.numbers = question_numbers(catalog)

    def date_question(self, question_id: str) -> str:
        """A date asked on the intake sheet, named by its number: "Q10の日" / "the date in Q10"."""
        return self.w["date_of"].format(q=self._question(question_id))

    def _question(self, question_id: str) -> str:
        if question_id == "event_date":
            return self.catalog.event_date_label.get(self.lang)
        if question_id == "known_date" and self.catalog.known_date_label:
            return self.catalog.known_date_label.get(self.lang)
        return self.numbers.get(question_id, question_id)

    def _value(self, atom: Atom, value) -> str:
        question = self.catalog.question(atom.question)
        if value in ("yes", "no"):
            return self.w[value]
        if isinstance(value, dt.date):  # as people write dates, not ISO
            return format_date(value, self.lang, weekday=False)
        option = question.option(str(value)) if question else None
        if option is not None:
            label = option.label.get(self.lang)
            return f"「{label.split('（')[0]}」" if self.lang == "ja" else f'"{label.split(" (")[0]}"'
        if question is not None and question.unit is not None and self.lang == "ja":
            return f"{value}{question.unit.get(self.lang)}"  # 75歳; English keeps "Q2 ≥ 75"
        return str(value)

    def atom(self, atom: Atom) -> str:
        if atom.op == "one_of":
            # Its own joiner, so "A or B" inside an "and" is not misread.
            value = self.w["value_or"].join(self._value(atom, v) for v in atom.value)
        else:
            value = self._value(atom, atom.value)
        return self.w[atom.op].format(q=self._question(atom.question), v=value)

    def __call__(self, condition: Condition | None, nested: bool = False) -> str:
        if condition is None:
            return self.w["always"]
        if isinstance(condition, Atom):
            return self.atom(condition)
        if isinstance(condition, Not):
            item = condition.item
            if isinstance(item, Atom) and item.op == "equals":
                return self.w["not_equals"].format(
                    q=self._question(item.question), v=self._value(item, item.value)
                )
            return self.w["not"].format(x=self(item))
        joiner = self.w["and"] if isinstance(condition, All) else self.w["or"]
        text = joiner.join(self(item, nested=True) for item in condition.items)
        if not nested or len(condition.items) < 2:
            return text
        return f"（{text}）" if self.lang == "ja" else f"({text})"
