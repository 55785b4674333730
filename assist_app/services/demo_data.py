"""Fictional residents and cases for demonstrations and screenshots.

Family names are words meaning "sample", "test", "fictional" and "example", so nobody can take
a demo record for a real person.
"""

from __future__ import annotations

import datetime as dt
import random
from dataclasses import dataclass

from assist_app.catalog import UNKNOWN
from assist_app.services.access import Actor
from assist_app.services.core import Core
from assist_app.services.views import ConsentInput, ResidentInput

FAMILY = [("見本", "ミホン"), ("試験", "シケン"), ("架空", "カクウ"), ("例示", "レイジ"), ("仮名", "カメイ")]
GIVEN = [
    ("花子", "ハナコ"),
    ("太郎", "タロウ"),
    ("一郎", "イチロウ"),
    ("春子", "ハルコ"),
    ("次郎", "ジロウ"),
    ("夏美", "ナツミ"),
    ("三郎", "サブロウ"),
    ("秋子", "アキコ"),
]


@dataclass
class DemoResult:
    residents: int
    cases: int


def random_answers(catalog, rng: random.Random, unknown_share: float = 0.1) -> dict:
    """Plausible answers for every question; about one in ten is "don't know"."""
    answers: dict = {}
    for q in catalog.questions:
        if rng.random() < unknown_share:
            answers[q.id] = UNKNOWN
        elif q.type.value == "yes_no":
            answers[q.id] = rng.choice(["yes", "no"])
        elif q.type.value == "choice":
            answers[q.id] = rng.choice(q.options).value
        elif q.type.value == "number":
            answers[q.id] = rng.randint(q.minimum if q.minimum is not None else 0, min(q.maximum or 100, 100))
        else:
            answers[q.id] = UNKNOWN
    return answers


def _progress(core: Core, actor: Actor, view, today: dt.date, leave_one_late: bool) -> None:
    """As a helper keeps up: steps already due are done, but in a few cases one is still late, so
    the demo shows the overdue marking without every case looking neglected."""
    due = sorted(
        (item for item in view.items if item.due_date is not None and item.due_date < today),
        key=lambda item: item.due_date,
    )
    for item in due[:-1] if leave_one_late else due:  # the one left is the latest due: days late
        core.cases.set_status(actor, item.id, "done")


def fill_demo(
    core: Core, actor: Actor, residents: int = 12, seed: int = 7, today: dt.date | None = None
) -> DemoResult:
    """Residents and cases added by ``actor`` (the signed-in helper), as if at the counter."""
    rng = random.Random(seed)
    today = today or dt.date.today()
    catalogs = [c for c in (core.library.catalog("death"), core.library.catalog("birth")) if c]
    cases = 0
    for n in range(residents):
        (family, family_kana), (given, given_kana) = FAMILY[n % len(FAMILY)], GIVEN[n % len(GIVEN)]
        resident = core.residents.add_resident(
            actor,
            ResidentInput(
                name=f"{family} {given}",
                kana=f"{family_kana} {given_kana}",
                birth_date=dt.date(1940 + n % 50, 1 + n % 12, 1 + n % 28),
                preferred_language="en" if n % 5 == 4 else "ja",
                large_print=n % 3 == 0,
            ),
            ConsentInput(
                scope="手続き支援のための記録（デモ）/ Records for procedure support (demo)",
                given_on=today,
                paper_form=n % 2 == 0,
            ),
        )
        if not catalogs:
            continue
        catalog = catalogs[n % len(catalogs)]
        event = today - dt.timedelta(days=rng.randint(0, 40))
        answers = random_answers(catalog, rng)
        for q in catalog.questions:
            if q.type.value == "date":
                answers[q.id] = (event + dt.timedelta(days=rng.randint(2, 6))).isoformat()
        view = core.cases.open_case(actor, resident.id, catalog.id, event, answers)
        _progress(core, actor, view, today, leave_one_late=n % 5 == 2)
        cases += 1
    return DemoResult(residents, cases)
