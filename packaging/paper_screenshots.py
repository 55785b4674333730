"""Screenshots of the paper screens (print preview, batch, outage kit, scan, paper entry, keys), from a
data folder of fictional demo cases, for reviewing them.

Run under Xvfb:  xvfb-run -a -s "-screen 0 1400x900x24" .venv/bin/python packaging/paper_screenshots.py [OUT]
Writes paper-*-{ja,en}.png into OUT (default: docs/screenshots). Signing uses an in-memory keychain.
"""

from __future__ import annotations

import datetime as dt
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def main(argv: list[str]) -> int:
    sys.path.insert(0, str(ROOT))
    import keyring
    from PySide6.QtWidgets import QApplication

    from assist_app.config import load_config
    from assist_app.gui.app import Application
    from assist_app.security.memory_keyring import MemoryKeyring
    from assist_app.services.core import open_core
    from assist_app.services.demo_data import fill_demo

    out = Path(argv[0]) if argv else ROOT / "docs" / "screenshots"
    out.mkdir(parents=True, exist_ok=True)
    keyring.set_keyring(MemoryKeyring())
    data_dir = Path(tempfile.mkdtemp(prefix="assist-paper-shots-"))
    core = open_core(load_config(data_dir))
    fill_demo(core, residents=6, today=dt.date.today())
    helper_id = core.helpers.list_helpers()[0].id
    core.close()

    def settle(seconds: float = 0.3) -> None:
        end = time.monotonic() + seconds
        while time.monotonic() < end:
            QApplication.processEvents()
            time.sleep(0.01)

    def wait(condition, seconds: float = 30) -> None:
        end = time.monotonic() + seconds
        while not condition() and time.monotonic() < end:
            QApplication.processEvents()
            time.sleep(0.01)

    for lang in ("en", "ja"):  # English first: a Japanese translator, once installed, stays
        application = Application(["--data-dir", str(data_dir)])
        application.settings.helper_id = helper_id
        application.settings.last_page = "today"
        application.set_language(lang)
        application.window.resize(1280, 800)
        application.start()
        wait(lambda a=application: a.controller is not None)
        controller = application.controller
        paper = controller.paper
        paper.with_services(lambda _s: None)
        wait(lambda p=paper: p.services is not None)

        def shot(widget, name: str, lang: str = lang) -> None:
            settle()
            widget.grab().save(str(out / f"paper-{name}-{lang}.png"))

        case_id = controller.today.model.case_at(0).id
        controller.open_case(case_id)
        shot(application.window, "case")

        from assist_app.gui.handout_options_dialog import HandoutOptionsDialog

        options = HandoutOptionsDialog("easy_ja", True, application.window)
        options.show()
        shot(options, "handout-options")
        options.close()

        from assist_app.services.paper_services import HandoutChoice

        paper.preview_handout(case_id, HandoutChoice(lang, lang == "ja"))
        wait(lambda p=paper: p.preview is not None and p.preview.document is not None)
        paper.preview.resize(900, 860)
        shot(paper.preview, "preview")
        paper.preview.reject()

        from assist_app.gui.batch_print_dialog import BatchPrintDialog

        cases = controller.context.core.cases.list_open_cases(lang=lang)
        batch = BatchPrintDialog(cases, dt.date.today(), application.window)
        batch.show()
        shot(batch, "batch")
        batch.close()

        from assist_app.gui.outage_kit_dialog import OutageKitDialog

        kit = OutageKitDialog(controller.context.core.library, lang, application.window)
        kit.show()
        shot(kit, "outage-kit")
        kit.close()

        # Scan: a refusal, then a code whose case disagrees with this computer.
        services = paper.services
        view = controller.context.core.cases.get_case(case_id)
        first = view.items[0]
        controller.context.core.cases.set_status(helper_id, first.id, "done")
        code = services.print_handout(helper_id, case_id, HandoutChoice("ja", False)).resume_code
        controller.context.core.cases.set_status(helper_id, first.id, "todo")
        paper.scan_code()
        wait(lambda p=paper: p.dialog is not None)
        scan = paper.dialog
        scan.ui.codeEdit.setText(code[:-9])
        scan.ui.codeEdit.returnPressed.emit()
        shot(scan, "scan-refused")
        scan.ui.codeEdit.setText(code)
        scan.ui.codeEdit.returnPressed.emit()
        shot(scan, "scan-decide")
        scan.ui.paperButton.click()
        shot(scan, "scan-confirm")
        scan.reject()
        wait(lambda p=paper: p.dialog is None)

        paper.paper_entry()
        wait(lambda p=paper: p.dialog is not None)
        entry = paper.dialog
        entry.choose_sheet("death")
        for text in ("2", "78\n", "2", "1"):
            entry.ui.entryEdit.setText(text.strip())
            if text.endswith("\n"):
                entry.ui.entryEdit.returnPressed.emit()
            else:
                entry.ui.entryEdit.textEdited.emit(text)
        entry.ui.entryEdit.setText("D05")
        entry.ui.entryEdit.returnPressed.emit()
        for key in "1201":
            entry.ui.entryEdit.setText(key)
            entry.ui.entryEdit.textEdited.emit(key)
        shot(entry, "entry")
        entry.reject()
        wait(lambda p=paper: p.dialog is None)

        from assist_app.resume import SigningKey
        from assist_app.resume.trust import export_public_key

        key_file = data_dir / "laptop.json"
        laptop = export_public_key(SigningKey.generate(), "港区 ボランティア端末 A")
        key_file.write_text(laptop, encoding="utf-8")
        paper.keys()
        wait(lambda p=paper: p.dialog is not None)
        keys = paper.dialog
        keys.export_to(data_dir / "mine.json")
        keys.import_file(key_file, lambda _key: True)
        shot(keys, "keys")
        keys.reject()
        wait(lambda p=paper: p.dialog is None)
        application.window.close()
        settle()
    print(f"screenshots in {out}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
