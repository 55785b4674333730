"""Words for deadline rules, the same on screen, on paper and in the terminal."""

from __future__ import annotations

from collections.abc import Callable

from assist_app.catalog.model import Deadline
from assist_app.deadlines import DueKind
from assist_app.deadlines.rules import Unit

_UNITS = {
    "ja": {Unit.DAYS: "{n}日", Unit.MONTHS: "{n}か月", Unit.YEARS: "{n}年"},
    "en": {Unit.DAYS: "{n} days", Unit.MONTHS: "{n} months", Unit.YEARS: "{n} years"},
}
_FROM = {
    "ja": {"event": "当日から", "known": "知った日から"},
    "en": {"event": "from the event", "known": "from the day it became known"},
}
KIND_LABELS = {
    "ja": {
        DueKind.DEADLINE: "期限",
        DueKind.CLAIM_BY: "請求期限",
        DueKind.GUIDANCE: "目安",
        DueKind.NONE: "期限なし",
    },
    "en": {
        DueKind.DEADLINE: "deadline",
        DueKind.CLAIM_BY: "claim by",
        DueKind.GUIDANCE: "guidance",
        DueKind.NONE: "no deadline",
    },
}


def _lang(lang: str) -> str:
    return "en" if lang == "en" else "ja"


def kind_label(kind: DueKind | str, lang: str) -> str:
    return KIND_LABELS[_lang(lang)][DueKind(kind)]


def describe_deadline(
    deadline: Deadline, lang: str = "ja", question_name: Callable[[str], str] | None = None
) -> str:
    """E.g. '7日（知った日から・初日算入、戸籍法43条1項）閉庁日は翌開庁日'.

    ``question_name`` turns the id of a question whose answer starts the period (funeral_date)
    into words for the reader (e.g. "Q10" on a paper sheet); without it the id is shown.
    """
    rule, key = deadline.rule, _lang(lang)
    note = deadline.note.get(lang) if deadline.note else ""
    if rule.period is None:
        return note or kind_label(rule.kind, lang)
    period = _UNITS[key][rule.period.unit].format(n=rule.period.amount)
    start = _FROM[key].get(rule.start)
    if start is None:
        question = rule.start.removeprefix("answer:")
        question = question_name(question) if question_name else question
        start = f"{question} から" if key == "ja" else f"from {question}"
    if key == "ja":
        counting = "初日算入" if rule.first_day_counted else "初日不算入"
        text = f"{kind_label(rule.kind, lang)} {period}（{start}・{counting}、{rule.counting_basis}）"
        if rule.extend_on_closed_day:
            text += f" 閉庁日は翌開庁日（{rule.closed_days_basis}）"
    else:
        counting = "first day counted" if rule.first_day_counted else "first day not counted"
        text = f"{kind_label(rule.kind, lang)} {period} {start} ({counting}; {rule.counting_basis})"
        if rule.extend_on_closed_day:
            text += f"; a closed day moves it to the next open day ({rule.closed_days_basis})"
    return f"{text} — {note}" if note else text
