"""The first page read with the plain SQLite driver equals what the core lists, and steps aside
for anything it cannot read the same way."""

import datetime as dt
import sqlite3
import subprocess
import sys

from assist_app.services.first_page import read_first_page, save_titles, saved_titles, titles_of
from assist_app.services.views import ConsentInput, ResidentInput

D = dt.date


def fill(core, dated: int, undated: int) -> None:
    helper = core.helpers.add_helper("試験 担当", "counter_staff")
    for n in range(dated + undated):
        resident = core.residents.add_resident(
            helper.id, ResidentInput(f"見本 {n}", f"ミホン {n}"), ConsentInput("記録", D(2026, 11, 2))
        )
        answers = {"insurance": "employee", "age": 50} if n >= dated else {"insurance": "nhi", "age": 80}
        view = core.cases.open_case(
            helper.id, resident.id, "mini", D(2026, 10, 1) + dt.timedelta(n % 7), answers
        )
        if n >= dated:  # its only dated step done: no next due date
            core.cases.set_status(helper.id, view.items[0].id, "done")


def test_same_rows_as_the_core_dated_first_then_undated(core, config, fixture_library):
    fill(core, dated=9, undated=4)
    for limit in (5, 9, 11, 50):
        for lang in ("ja", "en"):
            expected = core.cases.list_open_cases(limit=limit, lang=lang)
            assert read_first_page(config.database_url, titles_of(fixture_library, lang), limit) == expected
    listed = read_first_page(config.database_url, titles_of(fixture_library, "ja"), 50)
    assert len(listed) == 13 and listed[-1].next_due is None and listed[0].next_due is not None
    assert listed[0].next_title == "届出"


def test_offset_pages_of_the_core_follow_on(core):
    fill(core, dated=6, undated=3)
    everything = core.cases.list_open_cases(limit=50)
    assert core.cases.list_open_cases(limit=4, offset=4) == everything[4:8]
    assert core.cases.list_open_cases(limit=4, offset=8) == everything[8:]


def test_steps_aside_when_it_cannot_read_the_file_itself(tmp_path, fixture_library):
    titles = titles_of(fixture_library, "ja")
    missing = tmp_path / "none.sqlite3"
    assert read_first_page(f"sqlite:///{missing}", titles) is None
    assert not missing.exists()  # read-only: nothing created
    assert read_first_page("postgresql://counter@db/assist", titles) is None
    assert read_first_page(f"sqlite+pysqlcipher://:x'00'@/{missing}", titles) is None
    other = tmp_path / "other.sqlite3"
    connection = sqlite3.connect(other)
    connection.execute("create table t (x)")
    connection.close()
    assert read_first_page(f"sqlite:///{other}", titles) is None  # not our schema
    garbage = tmp_path / "garbage.sqlite3"
    garbage.write_bytes(b"not a database" * 200)
    assert read_first_page(f"sqlite:///{garbage}", titles) is None


def test_saved_titles_give_the_same_page_and_a_missing_one_steps_aside(
    core, config, fixture_library, tmp_path
):
    fill(core, dated=3, undated=1)
    assert saved_titles(tmp_path, "ja") is None  # nothing saved yet
    save_titles(fixture_library, tmp_path)
    for lang in ("ja", "en"):
        titles = saved_titles(tmp_path, lang)
        assert read_first_page(config.database_url, titles) == core.cases.list_open_cases(lang=lang)
    partial = {"mini": {}}  # e.g. a catalog updated since the titles were saved
    assert read_first_page(config.database_url, partial) is None


def test_reads_without_sqlalchemy_or_the_catalogs(config, core, fixture_library, tmp_path):
    fill(core, dated=1, undated=0)
    save_titles(fixture_library, tmp_path)
    code = (
        "import sys; from pathlib import Path;"
        "from assist_app.services.first_page import read_first_page, saved_titles;"
        f"rows = read_first_page({config.database_url!r}, saved_titles(Path({str(tmp_path)!r}), 'ja'));"
        "print(len(rows), rows[0].next_title, 'sqlalchemy' in sys.modules, 'yaml' in sys.modules)"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert done.stdout.split() == ["1", "届出", "False", "False"]
