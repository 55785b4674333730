"""Screenshots of the main screens for README, from a data folder filled with fictional demo cases.

Run under Xvfb:  xvfb-run -s "-screen 0 1400x900x24" .venv/bin/python packaging/screenshots.py
Writes docs/screenshots/{today,case,wizard}-{ja,en}[-large].png.
"""

from __future__ import annotations

import datetime as dt
import sys
import tempfile
from pathlib import Path

from PySide6.QtWidgets import QApplication

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "docs" / "screenshots"
PIN = "2580"  # the demo folder's one account


def settle(app: QApplication, rounds: int = 5) -> None:
    for _ in range(rounds):
        app.processEvents()


def main() -> int:
    sys.path.insert(0, str(ROOT))
    from assist_app.config import load_config
    from assist_app.gui.app import Application
    from assist_app.services.core import open_core
    from assist_app.services.demo_data import fill_demo

    OUT.mkdir(parents=True, exist_ok=True)
    data_dir = Path(tempfile.mkdtemp(prefix="assist-shots-"))
    core = open_core(load_config(data_dir))
    actor = core.accounts.create_first_account("見本 担当", PIN)
    fill_demo(core, actor, residents=14, today=dt.date.today())
    helper_id = actor.helper_id
    core.close()

    shots = [("ja", False), ("en", False), ("ja", True), ("en", True)]
    app = None
    for lang, large in shots:
        application = Application(["--data-dir", str(data_dir)])
        app = application.qt
        application.settings.language, application.settings.large_text = lang, large
        application.settings.helper_id = helper_id
        application.settings.last_page = "today"
        application.appearance.set_language(lang)
        application.appearance.set_large_text(large)
        application.window.retranslate()
        application.window.resize(1280, 800)
        application.start()
        while application.session is None:
            app.processEvents()
        application.session.page.pin.setText(PIN)
        application.session.page.pin.returnPressed.emit()
        while application.controller is None:
            app.processEvents()
        settle(app)
        suffix = f"{lang}{'-large' if large else ''}"
        application.window.grab().save(str(OUT / f"today-{suffix}.png"))
        controller = application.controller
        first = controller.today.model.case_at(0).id
        controller.open_case(first)
        settle(app)
        application.window.grab().save(str(OUT / f"case-{suffix}.png"))
        if not large:
            from assist_app.gui.new_case_wizard import NewCaseWizard
            from assist_app.gui.window_controller import ResidentSearchAs

            residents = ResidentSearchAs(controller.context)
            wizard = NewCaseWizard(controller.context.core.library, residents, lang, application.window)
            wizard.show()
            wizard.resident_page.name.setText("見本 花子" if lang == "ja" else "Sample Hanako")
            wizard.next()
            wizard.consent_page.records.setChecked(True)
            wizard.next()
            wizard.next()
            settle(app)
            wizard.grab().save(str(OUT / f"wizard-{suffix}.png"))
            wizard.reject()
        application.window.close()
        settle(app)
    print(f"screenshots in {OUT}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
