"""Every screen, in both languages and both text sizes: nothing cut off, every control named for
screen readers and reachable by keyboard with a visible focus."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from tests.gui.screens import accessible_name, cut_off, interactive, screens, settle


@pytest.mark.parametrize(
    ("lang", "large", "size"),
    [
        ("ja", True, (1024, 700)),
        ("en", True, (1024, 700)),
        ("en", False, (1024, 700)),
        ("ja", False, (1280, 800)),
    ],
)
def test_every_screen_fits_and_names_its_controls(start_app, lang, large, size):
    application = start_app(lang, large)
    application.window.resize(*size)
    problems, unnamed = {}, {}
    seen = []
    for name, window in screens(application):
        seen.append(name)
        problems[name] = cut_off(window)  # nothing clipped, elided, overlapping or scrolling sideways
        unnamed[name] = [  # what a screen reader would announce
            f"{type(w).__name__} {w.objectName()}" for w in interactive(window) if not accessible_name(w)
        ]
    assert {"locked", "sign-in, wrong PINs", "first account", "helper accounts", "change PIN"} <= set(seen)
    assert {"audit log", "retention", "resident's copy saved", "erase the resident?"} <= set(seen)
    assert {"print preview", "handout options", "print handouts for several cases", "outage kit"} <= set(seen)
    assert {
        "scan, code refused",
        "scan, case of another helper",
        "scan, differences",
        "scan, decisions",
        "scan with the camera",
    } <= set(seen)
    assert {"case made again, page 1", "paper entry", "resume-code keys"} <= set(seen)
    assert {
        "unlock, choose a passphrase",
        "unlock, wrong passphrase",
        "unlock, keychain locked",
        "unlock, server password's passphrase",
        "unlock, recovery key",
        "unlock, recovery key and a new passphrase",
        "damaged database",
        "damaged database, no good backup",
        "recovery sheet saved",
        "read-only",
        "start error, server unreachable",
    } <= set(seen)
    assert {name: p for name, p in problems.items() if p} == {}
    assert {name: u for name, u in unnamed.items() if u} == {}


def test_keyboard_reaches_every_control_of_a_case_with_a_visible_focus(start_app, qtbot):
    application = start_app()
    controller = application.controller
    controller.open_case(controller.today.model.case_at(0).id)
    page = controller.case
    application.window.activateWindow()
    page.checklist.setFocus()
    settle()
    reached = []
    for _ in range(40):
        focused = application.qt.focusWidget()
        reached.append(focused)
        assert application.focus_ring.widget() is focused  # the ring follows the focus…
        qtbot.keyClick(focused, Qt.Key.Key_Tab)
        settle()
    on_page = [w for w in interactive(application.window) if page.isAncestorOf(w) and w.isVisible()]
    assert on_page and [w for w in on_page if w not in reached] == []
    ring = application.focus_ring._ring
    assert ring.isVisible() and ring.geometry().contains(application.qt.focusWidget().geometry().center())


def test_the_main_actions_by_keyboard_alone(start_app, qtbot):
    application = start_app()
    window, controller = application.window, application.controller
    window.activateWindow()
    controller.today.table.setFocus()
    qtbot.keyClick(controller.today.table, Qt.Key.Key_Return)  # open the selected case
    assert window.ui.pages.currentWidget() is controller.case
    qtbot.keyClick(window, Qt.Key.Key_T, Qt.KeyboardModifier.ControlModifier)  # back to today
    assert window.ui.pages.currentWidget() is controller.today
    qtbot.keyClick(window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)  # find a resident
    assert controller.today.search.hasFocus()
    for action in (window.ui.actionNewCase, window.ui.actionSettings, window.ui.actionSwitchHelper):
        assert not action.shortcut().isEmpty(), action.text()


def test_signing_in_by_keyboard_alone(start_app, qtbot):
    from tests.gui.screens import PIN

    application = start_app()
    window, session = application.window, application.session
    window.activateWindow()
    session.lock("on_demand")
    settle()
    page = session.page
    assert page.pin.hasFocus()  # the helper who was signed in is chosen: type the PIN at once
    qtbot.keyClick(page.pin, Qt.Key.Key_Tab, Qt.KeyboardModifier.ShiftModifier)  # back to the names
    assert page.helper_list.hasFocus()
    qtbot.keyClick(page.helper_list, Qt.Key.Key_Home)  # 例示 ボランティア, first by name
    assert page.helper_list.currentItem().data(Qt.ItemDataRole.UserRole) == 2
    qtbot.keyClick(page.helper_list, Qt.Key.Key_Tab)
    assert page.pin.hasFocus()
    qtbot.keyClicks(page.pin, PIN)
    qtbot.keyClick(page.pin, Qt.Key.Key_Return)
    assert not session.locked and session.context.helper.actor.helper_id == 2
    assert application.focus_ring.widget() is application.qt.focusWidget()


@pytest.mark.parametrize("lang", ["ja", "en"])
def test_each_menu_gives_every_item_its_own_access_key(start_app, lang):
    import re

    application = start_app(lang)
    menus = [application.window.menuBar()] + [
        a.menu() for a in application.window.menuBar().actions() if a.menu() is not None
    ]
    for menu in menus:
        keys = [m.group(1).lower() for a in menu.actions() if (m := re.search(r"&(\w)", a.text()))]
        assert len(keys) == len(set(keys)), [a.text() for a in menu.actions()]
        assert keys, menu.title()
