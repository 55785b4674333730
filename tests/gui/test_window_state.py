"""Language, large text, and what survives closing and reopening the window."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET

from PySide6.QtWidgets import QApplication

from assist_app import paths
from tests.gui.screens import cut_off, screens, settle, texts

# Two Latin words in a row, the second with a small letter: a format shown as "XXXX-XXXX-…" (the
# recovery key's) is not English left in the Japanese interface.
ENGLISH_WORDS = re.compile(r"[A-Za-z]{3,}[ ,’'-]+(?=[A-Za-z]*[a-z])[A-Za-z]{2,}")


def translations() -> tuple[set[str], set[str]]:
    """English sources and their Japanese translations, as shown (accelerators removed)."""
    sources, translated = set(), set()
    ts = paths.resources_dir() / "translations" / "assist_ja.ts"
    for message in ET.parse(ts).getroot().iter("message"):
        sources.add(message.findtext("source").replace("&", "").strip())
        translated.add(re.sub(r"\(&\w\)", "", message.findtext("translation")).strip())
    return sources, translated


def test_japanese_by_default_and_complete_english(start_app):
    sources, translated = translations()
    application = start_app()  # no language chosen yet: Japanese
    for name, window in screens(application):
        shown = texts(window)
        english = [t for t in shown if t in sources or ENGLISH_WORDS.search(t)]
        assert english == [], f"{name}: English in the Japanese interface"
        assert any(t in translated for t in shown), f"{name}: no translated text at all"
    application.set_language("en")
    for name, window in screens(application):
        shown = texts(window)
        japanese = [t for t in shown if t in translated and t not in sources]
        assert japanese == [], f"{name}: Japanese interface text in English"
        assert any(t in sources for t in shown), name


def test_large_text_scales_the_whole_app(start_app):
    application = start_app()
    controller = application.controller
    controller.open_case(controller.today.model.case_at(0).id)
    application.window.resize(1024, 700)
    normal = QApplication.font().pointSizeF()
    button = controller.case.step.buttons["done"]
    small = button.height()
    application.set_large_text(True)  # while the case is on screen, as Ctrl+Shift+L does
    settle()
    assert QApplication.font().pointSizeF() >= normal * 1.45
    assert controller.today.table.font().pointSizeF() >= normal * 1.45
    assert button.height() >= small * 1.3
    assert cut_off(application.window) == []  # the open page re-flowed, nothing clipped
    application.set_large_text(False)
    settle()
    assert QApplication.font().pointSizeF() == normal and cut_off(application.window) == []


def test_restart_shows_what_was_saved(start_app, qtbot):
    application = start_app()
    controller = application.controller
    case_id = controller.today.model.case_at(0).id
    controller.open_case(case_id)
    page = controller.case
    item = next(i for i in page.view.items if i.procedure_id == "seal-registration")
    page.checklist.select_item(item.id)
    page.step.request_status("not_needed")
    application.window.resize(700, 500)
    application.window.close()

    again = start_app()
    assert (again.window.size().width(), again.window.size().height()) == (700, 500)
    assert again.window.ui.pages.currentWidget() is again.controller.case  # last page remembered
    shown = {i.procedure_id: i.status for i in again.controller.case.view.items}
    assert shown["seal-registration"] == "not_needed"
    assert again.controller.case.view.id == case_id


def test_a_database_the_core_refuses_says_what_to_do_instead_of_showing_a_list(qtbot, data_dir):
    from assist_app.config import load_config
    from assist_app.gui.app import Application
    from assist_app.services.core import open_core
    from assist_app.storage import driver
    from tests.gui.message_box import read_message_box

    core = open_core(load_config(data_dir))
    key = core.keys.key
    core.close()
    connection = driver.connect(data_dir / "assist.sqlite3", key)  # as a newer release would leave it
    connection.execute("UPDATE alembic_version SET version_num = 'f00dfeed'")
    connection.close()
    application = Application(["--data-dir", str(data_dir)])
    application.settings.helper_id = 1
    qtbot.addWidget(application.window)
    text = read_message_box(qtbot, application.start)
    window = application.window
    assert "新しいバージョン" in text and not ENGLISH_WORDS.search(text)
    assert window.ui.pages.currentWidget() is window.start_error and window.start_error.message.text() == text
    assert application.controller is None and not window.ui.actionNewCase.isEnabled()
    window.close()
    application.background.wait()


def test_a_second_start_on_the_same_folder_calls_the_open_window_forward(start_app, qtbot, data_dir):
    """Two windows on one folder would each back it up and could restore under each other: the
    second start asks the first window to come forward and ends, without opening the database."""
    import os
    import subprocess
    import sys

    application = start_app()
    application.window.showMinimized()
    env = {
        **os.environ,
        "QT_QPA_PLATFORM": "offscreen",
        "ASSIST_APP_STARTUP_PROBE": "1",  # would print its start-up marks if it opened a window
        "PYTHON_KEYRING_BACKEND": "keyring.backends.fail.Keyring",
    }
    with subprocess.Popen(
        [sys.executable, "-m", "assist_app", "--data-dir", str(data_dir)],
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    ) as second:
        qtbot.waitUntil(lambda: second.poll() is not None, timeout=30000)  # the window answers meanwhile
        out, err = second.communicate()
    assert second.returncode == 0, err
    assert "first_paint" not in out and "Traceback" not in err
    assert application.brought_to_front == 1
    assert not application.window.isMinimized()


def test_settings_retranslate_the_pages_once(start_app, qtbot, monkeypatch):
    """A new language is applied once (not again after the dialog); a new ward office alone
    still refreshes the pages, whose steps and words may differ by ward."""
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QDialogButtonBox

    from assist_app.gui.settings_dialog import SettingsDialog

    application = start_app("en")
    controller = application.controller
    retranslated = []
    retranslate = controller.today.retranslate
    monkeypatch.setattr(controller.today, "retranslate", lambda: (retranslated.append(1), retranslate()))

    def settle_dialog(combo: str, pick) -> None:
        def answer() -> None:
            [dialog] = [
                w for w in QApplication.topLevelWidgets() if isinstance(w, SettingsDialog) and w.isVisible()
            ]
            box = getattr(dialog.ui, combo)
            box.setCurrentIndex(pick(box))
            dialog.ui.buttons.button(QDialogButtonBox.StandardButton.Ok).click()

        QTimer.singleShot(0, answer)
        application.window.ui.actionSettings.trigger()

    settle_dialog("languageCombo", lambda box: box.findData("ja"))
    assert len(retranslated) == 1 and controller.today.title.text() != "Today's work"  # in Japanese
    settle_dialog("wardCombo", lambda box: (box.currentIndex() + 1) % box.count())
    assert len(retranslated) == 2
