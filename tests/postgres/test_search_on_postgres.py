"""Name search on PostgreSQL databases whose collation is not SQLite's code-point order.

The search is a range over folded keys, ``key >= 'みほん' AND key < 'みほん' || U+10FFFF``. Under
glibc's ja_JP.UTF-8, U+10FFFF weighs nothing and the range held only the exact key; under ICU's
ja-JP, kana that differ only by their voicing marks compare equal first, so 羽場 (はば) found 馬場
(ばば). Migration 0003 gives the key column the "C" collation; these searches check the result on
both, through the service, with hiragana, katakana, kanji and Latin names.
"""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import text

from assist_app.services.access import VIEWER
from assist_app.services.resident_service import _SEARCH, _SEARCH_OWN
from assist_app.services.views import ConsentInput, ResidentInput
from assist_app.textfold import fold

RESIDENTS = [
    ("見本 花子", "ミホン ハナコ"),
    ("羽場 太郎", "ハバ タロウ"),
    ("馬場 次郎", "ババ ジロウ"),
    ("試験 太郎", "しけん たろう"),
    ("Smith-Jones Mary", "スミス メアリー"),
    ("Müller Anna", ""),
    ("ﾃｽﾄ ｹﾝ", ""),  # half-width katakana as typed on an old system
]

# query -> the residents (by name) it must find, and only those
EXPECTED = {
    "みほん": {"見本 花子"},
    "ミホ": {"見本 花子"},
    "ﾐﾎﾝﾊﾅ": {"見本 花子"},
    "見本": {"見本 花子"},
    "見本花": {"見本 花子"},
    "はば": {"羽場 太郎"},
    "ばば": {"馬場 次郎"},
    "たろう": {"羽場 太郎", "試験 太郎"},
    "smith": {"Smith-Jones Mary"},
    "SMITH-J": {"Smith-Jones Mary"},
    "mü": {"Müller Anna"},
    "mu": set(),
    "てすと": {"ﾃｽﾄ ｹﾝ"},
    "メアリ": {"Smith-Jones Mary"},
    "めありい": set(),
}

BOTH = pytest.mark.parametrize("pg_url", ["libc ja_JP.UTF-8", "ICU ja-JP"], indirect=True)


@pytest.fixture
def found(core, accounts):
    helper = accounts.add("counter_staff", "試験 窓口")
    for name, kana in RESIDENTS:
        consent = ConsentInput("記録", dt.date(2026, 11, 1))
        core.residents.add_resident(helper, ResidentInput(name, kana), consent)
    return lambda query: {r.name for r in core.residents.search(helper, query)}


@BOTH
def test_a_prefix_finds_exactly_the_names_that_start_with_it(found):
    assert {query: found(query) for query in EXPECTED} == EXPECTED


@BOTH
def test_the_database_collation_alone_would_get_it_wrong(core, found):
    """Without the "C" collation of the key column, the same ranges give other residents: the
    database used here really is one on which the fix matters."""
    found("みほん")  # the residents are stored
    with core.database.session() as session:

        def by_database_collation(query: str) -> set[str]:
            key = fold(query)
            rows = session.execute(
                text(
                    "SELECT DISTINCT r.name FROM residents r "
                    "JOIN resident_search_keys k ON k.resident_id = r.id "
                    'WHERE k.key COLLATE "default" >= :low AND k.key COLLATE "default" < :high'
                ),
                {"low": key, "high": key + "\U0010ffff"},
            )
            return {row[0] for row in rows}

        wrong = {q: by_database_collation(q) for q in EXPECTED if by_database_collation(q) != EXPECTED[q]}
    assert wrong  # e.g. ICU: "はば" also gives 馬場 次郎; glibc: "みほん" gives nobody


@pytest.mark.parametrize("statement", [_SEARCH, _SEARCH_OWN], ids=["staff", "volunteer"])
def test_the_search_uses_the_index_of_the_keys(core, found, statement):
    """The app's own search statement, as it runs, reads the key range from the key index alone
    (it includes resident_id): the primary key (resident_id, key) could not serve a range on key."""
    found("みほん")
    with core.database.read() as conn:
        conn.execute(text("SET LOCAL enable_seqscan = off"))  # a few rows: make the planner show its hand
        compiled = statement.compile(dialect=conn.dialect)
        values = {"low": "みほん", "high": "みほん\U0010ffff", "limit": 20, VIEWER: 1}
        params = compiled.construct_params(values)
        plan = [row[0].strip() for row in conn.exec_driver_sql(f"EXPLAIN {compiled}", params)]
    scan = "->  Index Only Scan using ix_resident_search_keys_key on resident_search_keys"
    at = [i for i, line in enumerate(plan) if line.startswith(scan)]
    assert at, "\n".join(plan)
    assert plan[at[0] + 1].startswith("Index Cond: ((key >= "), "\n".join(plan)
