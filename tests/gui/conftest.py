"""GUI fixtures: the real application object over a real SQLite file with fictional cases, signed
in through the real sign-in page."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt

from assist_app.config import load_config
from assist_app.gui.app import Application
from assist_app.services.core import open_core
from assist_app.services.views import ConsentInput, ResidentInput

PIN = "2468"  # as in tests/conftest.py


@pytest.fixture
def data_dir(tmp_path):
    """A data folder with two accounts (1: 試験 窓口, supervisor; 2: 例示 ボランティア, volunteer; both
    with PIN), one death case of helper 1 (answers partly "don't know"), and the recovery sheet
    already saved."""
    core = open_core(load_config(tmp_path))
    staff = core.accounts.create_first_account("試験 窓口", PIN)
    core.accounts.add_account(staff, "例示 ボランティア", "volunteer", PIN)
    resident = core.residents.add_resident(
        staff, ResidentInput("見本 花子", "ミホン ハナコ"), ConsentInput("記録", dt.date.today())
    )
    answers = {"died_abroad": "no", "insurance": "unknown", "deceased_age": 80}
    core.cases.open_case(staff, resident.id, "death", dt.date.today() - dt.timedelta(days=2), answers)
    core.database_key.recovery_sheet_pdf(staff)  # set up: the sheet is printed, not offered again
    core.close()
    return tmp_path


def _sign_in(qtbot, application, helper_id: int = 1, pin: str = PIN) -> None:
    """Choose the helper on the sign-in page, type the PIN, press Enter."""
    qtbot.waitUntil(lambda: application.session is not None, timeout=20000)
    page = application.session.page
    assert page.select_helper(helper_id)
    page.pin.setText(pin)
    qtbot.keyClick(page.pin, Qt.Key.Key_Return)


@pytest.fixture
def sign_in(qtbot):
    """``sign_in(application, helper_id=1, pin=PIN)`` through the sign-in page."""
    return lambda application, helper_id=1, pin=PIN: _sign_in(qtbot, application, helper_id, pin)


@pytest.fixture
def start_app(qtbot, data_dir):
    """Start the app on ``data_dir``, signed in as helper 1; returns it once its pages are up."""
    started = []

    def start(language: str = "ja", large: bool = False) -> Application:
        application = Application(["--data-dir", str(data_dir)])
        application.settings.helper_id = 1
        if not started:  # a restart keeps what the previous window remembered
            application.settings.last_page = "today"
        if application.settings.language != language:
            application.set_language(language)
        application.set_large_text(large)
        qtbot.addWidget(application.window)
        application.start()
        _sign_in(qtbot, application)
        qtbot.waitUntil(lambda: application.controller is not None, timeout=20000)
        started.append(application)
        return application

    yield start
    for application in started:
        if application.window.isVisible():
            application.window.close()
        application.background.wait()


@pytest.fixture
def paper_app(start_app, qtbot, memory_keychain):
    """The started app, in English (tests read its words), with its paper services ready; its
    resume codes are signed with a key held in the in-memory keychain (tests/conftest.py)."""
    application = start_app("en")
    paper = application.controller.paper
    paper.with_services(lambda _services: None)
    qtbot.waitUntil(lambda: paper.services is not None, timeout=20000)
    return application
