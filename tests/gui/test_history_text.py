"""History entries in words: local time, statuses and helpers by name, steps by code and title."""

from __future__ import annotations

import datetime as dt
import os
import time

import pytest

from assist_app.gui import history_text
from assist_app.gui.labels import local_time, status_label
from assist_app.services.views import HistoryView, ItemView


@pytest.fixture
def tokyo_time():
    before = os.environ.get("TZ")
    os.environ["TZ"] = "Asia/Tokyo"
    time.tzset()
    yield
    if before is None:
        del os.environ["TZ"]
    else:
        os.environ["TZ"] = before
    time.tzset()


def item(procedure_id: str, code: str, title: str) -> ItemView:
    now = dt.datetime(2026, 11, 2)
    return ItemView(1, procedure_id, code, title, "yes", None, "deadline", "todo", "", "", now, None, 1)


ITEMS = {"death-registration": item("death-registration", "D01", "死亡届")}


def entry(action: str, procedure_id: str | None = None, **detail) -> HistoryView:
    return HistoryView(dt.datetime(2026, 11, 2, 23, 30), "試験 窓口", action, procedure_id, detail)


def test_stored_utc_is_shown_in_local_time(qapp, tokyo_time):
    assert history_text.when(entry("case_opened")) == "2026-11-03 08:30"


def test_a_time_that_knows_its_zone_is_converted_not_taken_for_utc(tokyo_time):
    new_york = dt.timezone(dt.timedelta(hours=-5))
    assert local_time(dt.datetime(2026, 11, 2, 18, 30, tzinfo=new_york)) == "2026-11-03 08:30"


def test_a_status_change_names_the_step_and_both_statuses(qapp):
    change = entry("status_changed", "death-registration", old="todo", new="blocked", reason="書類待ち")
    assert history_text.what(change, ITEMS).endswith("D01 死亡届")
    details = history_text.details(change, ITEMS, {})
    assert f"{status_label('todo')} → {status_label('blocked')}" in details and "書類待ち" in details
    assert "todo" not in details and "old" not in details  # no machine keys on screen


def test_a_handover_names_the_helper_who_takes_over(qapp):
    handover = entry("handed_over", old=1, new=2, note="年金事務所は予約済み")
    details = history_text.details(handover, ITEMS, {1: "試験 窓口", 2: "例示 ボランティア"})
    assert "例示 ボランティア" in details and "年金事務所は予約済み" in details


def test_an_action_added_later_still_shows_its_details(qapp):
    assert history_text.details(entry("pin_changed", by="admin"), ITEMS, {}) == "by: admin"


def test_paper_entries_say_where_the_paper_went_and_what_came_back(qapp):
    saved = entry("printed", document="handout", output="pdf_file", lang="en", large=True, resume_code=True)
    printed = entry("printed", document="handout", output="printer", lang="ja", large=False)
    assert history_text.details(saved, ITEMS, {}) != history_text.details(printed, ITEMS, {})
    assert "English" in history_text.details(saved, ITEMS, {})
    recreated = entry("case_recreated", origin_case=7, answers="unknown", not_restored=["death-registration"])
    assert "7" in history_text.details(recreated, ITEMS, {})
    assert "D01 死亡届" in history_text.details(recreated, ITEMS, {})
    sheet = entry(
        "paper_entered", version="1.0", answers=["insurance"], statuses_changed=2, not_on_checklist=["T02"]
    )
    words = history_text.details(sheet, ITEMS, {})
    assert "1.0" in words and "2" in words and "T02" in words
    for shown in (recreated, sheet):  # no machine keys on screen
        assert not any(
            key in history_text.details(shown, ITEMS, {})
            for key in ("origin_case", "not_restored", "statuses_changed")
        )
