"""No resident's data where it does not belong. The main flows run on one data folder with a marker
resident — the command line, the services (print, scan, export, erase, audit, retention), an error
that gets logged, and the window (sign in, search, notes, lock) — and then every file the app wrote
in the data folder outside the database is searched for the marker, in every encoding a settings
or log file might use, and every file name there and in the export folders too."""

from __future__ import annotations

import datetime as dt
import json

import keyring
import pytest
from PySide6.QtCore import Qt

from assist_app.__main__ import main
from assist_app.config import DATABASE_FILE, load_config
from assist_app.gui.app import Application
from assist_app.resume import TrustStore, load_signing_key
from assist_app.resume.trust import TRUST_FILE
from assist_app.security import SecretStore
from assist_app.security.memory_keyring import MemoryKeyring
from assist_app.services.case_service import CaseService
from assist_app.services.core import open_core
from assist_app.services.handout_service import HandoutService
from assist_app.services.resume_service import ResumeService
from assist_app.services.views import ConsentInput, ResidentInput
from tests.core.storage.page_bytes import page_bytes

PIN = "2468"
NAME, KANA = "目印 漏洩子", "メジルシ ロウエイコ"
ADDRESS, NOTE, REASON = "目印町一丁目", "目印さんの長男に電話", "目印家の保険証が見つからない"
ERASED = "消去 目印郎"
MARKERS = ["目印", "漏洩子", "メジルシ", "ロウエイコ", "消去"]


def encodings(word: str) -> list[bytes]:
    """The word as a log, JSON, INI (QSettings writes \\xNNNN) or UTF-16 file would hold it."""
    return [
        word.encode("utf-8"),
        word.encode("utf-16-le"),
        word.encode("utf-16-be"),
        json.dumps(word).strip('"').encode("ascii"),  # \\uNNNN
        "".join(f"\\x{ord(c):04x}" for c in word).encode("ascii"),
        "".join(f"\\x{ord(c):x}" for c in word).encode("ascii"),
    ]


def leaks(folder, skip_contents=()) -> list[str]:
    found = []
    for path in folder.rglob("*"):
        relative = str(path.relative_to(folder))
        found += [f"name {relative}: {m}" for m in MARKERS if m in relative]
        if path.is_file() and not any(path.name.startswith(s) for s in skip_contents):
            data = path.read_bytes()
            found += [f"{relative}: {m}" for m in MARKERS for e in encodings(m) if e in data]
    return found


@pytest.fixture
def memory_keyring():
    previous = keyring.get_keyring()
    keyring.set_keyring(MemoryKeyring())
    yield
    keyring.set_keyring(previous)


def run(*argv) -> int:
    return main(list(argv))


def test_no_personal_data_outside_the_database(qtbot, tmp_path, monkeypatch, memory_keyring, capsys):
    data, out = tmp_path / "data", tmp_path / "out"
    monkeypatch.setenv("ASSIST_APP_NEW_PIN", PIN)
    monkeypatch.setenv("ASSIST_APP_PIN", PIN)
    monkeypatch.setenv("ASSIST_APP_HELPER", "1")
    d = ["--data-dir", str(data)]
    assert run(*d, "account", "first", "--name", "試験 責任者") == 0
    assert run(*d, "demo", "--residents", "3") == 0

    # The services, as the window and the command line use them.
    core = open_core(load_config(data))
    boss = core.accounts.sign_in(1, PIN).actor
    consent = ConsentInput("手続き支援の記録", dt.date.today(), paper_form=True)
    resident = core.residents.add_resident(
        boss, ResidentInput(NAME, KANA, phone="03-0000-0000", address=ADDRESS, needs=NOTE), consent
    )
    answers = {"died_abroad": "no", "insurance": "unknown", "deceased_age": 80}
    case = core.cases.open_case(boss, resident.id, "death", dt.date.today() - dt.timedelta(days=2), answers)
    core.cases.set_notes(boss, case.items[0].id, NOTE)
    core.cases.set_status(boss, case.items[1].id, "blocked", reason=REASON)
    core.residents.search(boss, "メジルシ")
    key = load_signing_key(SecretStore(), create=True)
    handouts = HandoutService(core.database, core.library, core.cases, core.residents, lambda: key)
    printed = handouts.print_handout(boss, case.id)
    handouts.print_batch(boss, [case.id], out / "batch")
    trust = TrustStore(data / TRUST_FILE, key)
    ResumeService(core.database, core.library, core.cases, lambda: trust).scan_text(boss, printed.resume_code)
    core.exports.export_resident(boss, resident.id, out / "export")
    erased = core.residents.add_resident(boss, ResidentInput(ERASED), consent)
    core.residents.withdraw_consent(boss, erased.id)
    core.audit.entries(boss)
    core.retention.preview(boss)
    core.backups.backup_now(actor=boss)
    key = core.keys.key
    core.close()

    # The command line, including an error and an unexpected failure that is logged.
    assert run(*d, "cases", "list") == 0
    assert run(*d, "case", "show", str(case.id)) == 0
    assert run(*d, "handout", str(case.id), "-o", str(out / "handout.pdf")) == 0
    assert run(*d, "export-resident", str(resident.id), "-o", str(out / "cli-export")) == 0
    assert run(*d, "audit", "list") == 0
    assert run(*d, "retention", "preview") == 0
    assert run(*d, "case", "show", "99999") == 1
    secret = f"{NAME} {ADDRESS}"

    def failing(*_args, **_kwargs):
        raise RuntimeError(secret)

    with monkeypatch.context() as patch:
        patch.setattr(CaseService, "list_open_cases", failing)
        assert run(*d, "cases", "list") == 1
    assert "RuntimeError" in (data / "logs" / "assist.log").read_text(encoding="utf-8")

    # The window: sign in, search by kana, open the case, type a note, lock, sign in again.
    monkeypatch.delenv("ASSIST_APP_PIN")
    application = Application(["--data-dir", str(data)])
    qtbot.addWidget(application.window)
    application.start()
    qtbot.waitUntil(lambda: application.session is not None, timeout=20000)
    page = application.session.page
    assert page.select_helper(1)
    page.pin.setText(PIN)
    qtbot.keyClick(page.pin, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: application.controller is not None)
    controller = application.controller
    controller.today.search.setText("メジルシ")
    qtbot.waitUntil(lambda: controller.today.model.rowCount() == 1)
    controller.open_case(case.id)
    controller.case.step.notes.setPlainText(f"{NOTE}（窓口）")
    application.window.ui.actionLock.trigger()
    assert page.select_helper(1)
    page.pin.setText(PIN)
    qtbot.keyClick(page.pin, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not application.session.locked)
    application.window.close()
    application.background.wait()
    capsys.readouterr()

    # The database holds the data, readable with its key (this shows the marker reaches disk at all) …
    assert NAME.encode() in page_bytes(data / DATABASE_FILE, key)
    # … and no file in the data folder holds it in clear: not the database and its backups, which
    # are encrypted, nor anything else; exports are looked at by name only.
    written = {p.name for p in data.rglob("*")}
    assert {"logs", "assist.log", "settings.ini", "backups"} <= written
    assert leaks(data) == []
    assert sorted(p.name for p in (out / "export").iterdir()) == [
        f"resident-{resident.id}.json",
        f"resident-{resident.id}.pdf",
    ]
    assert [p for p in out.rglob("*") if any(m in p.name for m in MARKERS)] == []
