"""History entries in words: local time, statuses and helpers by name, steps by code and title."""

from __future__ import annotations

import datetime as dt
import os
import time

import pytest

from assist_app.gui import history_text
from assist_app.gui.labels import status_label
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
