"""Screenshots of the app, from a data folder filled with fictional demo cases.

Run under Xvfb (Debian needs libxcb-cursor0 libxcb-icccm4 libxcb-keysyms1 for Qt's xcb plugin):
    xvfb-run -a -s "-screen 0 1400x900x24" .venv/bin/python packaging/screenshots.py
writes the README's docs/screenshots/{sign-in,today,case,wizard}-{ja,en}[-large].png and
{print-preview,scan,paper-entry}-{ja,en}.png at 1280×800;
    ... packaging/screenshots.py --review DIR
writes every screen the GUI tests walk (tests/gui/screens.py: sign-in and lock, pages, tabs, wizard
pages, dialogs, the questions asked while the database opens, the recovery sheet, the read-only
window, the paper screens, the first-account page) in ja/en × normal/large text × 1280×800 and
1024×700 into DIR, for a person to look through before a release;
    ... packaging/screenshots.py --paper DIR
the same for the printing and scanning screens only (packaging/paper_screenshots.py runs it).

Each language/size combination runs in its own process, so each gets a fresh QApplication.
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import re
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "docs" / "screenshots"
PIN = "2468"  # the demo folder's accounts, as tests/gui/screens.py expects
README_SIZE = (1280, 800)
REVIEW_SIZES = ((1280, 800), (1024, 700))


def make_data_dir() -> tuple[Path, int]:
    from assist_app.config import load_config
    from assist_app.security.database_key import Credentials
    from assist_app.services.core import open_core
    from assist_app.services.demo_data import fill_demo

    data_dir = Path(tempfile.mkdtemp(prefix="assist-shots-"))
    core = open_core(load_config(data_dir), credentials=Credentials.from_environment())
    actor = core.accounts.create_first_account("見本 担当", PIN)
    fill_demo(core, actor, residents=14, today=dt.date.today())
    core.accounts.add_account(actor, "例示 ボランティア", "volunteer", PIN)  # someone to hand over to
    helper_id = actor.helper_id
    core.close()
    return data_dir, helper_id


def settle(app) -> None:
    for _ in range(5):
        app.processEvents()


class Shooter:
    """Drives one started application through its screens and saves what it sees."""

    def __init__(self, data_dir: Path, helper_id: int, lang: str, large: bool, size: tuple[int, int]):
        from assist_app.gui.app import Application

        self.application = Application(["--data-dir", str(data_dir)])
        self.app = self.application.qt
        settings = self.application.settings
        settings.language, settings.large_text, settings.helper_id = lang, large, helper_id
        settings.last_page = "today"
        self.application.appearance.set_language(lang)
        self.application.appearance.set_large_text(large)
        self.application.window.retranslate()
        self.application.window.resize(*size)
        self.application.start()
        while self.application.session is None or self.application.background.running:
            self.app.processEvents()  # the core open and its file checked: no "Working…" left
        settle(self.app)
        self.sign_in_page = self.application.window.grab()  # before anyone has signed in
        self.application.session.page.pin.setText(PIN)
        self.application.session.page.pin.returnPressed.emit()
        while self.application.controller is None:
            self.app.processEvents()
        settle(self.app)
        self.lang, self.size = lang, size

    @property
    def controller(self):
        return self.application.controller

    def save(self, widget, path: Path) -> None:
        settle(self.app)
        widget.grab().save(str(path), "PNG", 0)  # 0: smallest file, same pixels

    def today(self, path: Path) -> None:
        self.save(self.application.window, path)

    def case(self, path: Path, tab: int = 0) -> None:
        controller = self.controller
        controller.open_case(controller.today.model.case_at(0).id)
        controller.case.tabs.setCurrentIndex(tab)
        self.save(self.application.window, path)

    def wizard(self, path_for_page) -> None:
        from assist_app.gui.new_case_wizard import NewCaseWizard
        from assist_app.gui.window_controller import ResidentSearchAs

        context = self.controller.context
        residents = ResidentSearchAs(context)
        wizard = NewCaseWizard(context.core.library, residents, self.lang, self.application.window)
        wizard.show()
        wizard.resident_page.name.setText("見本 花子" if self.lang == "ja" else "Sample Hanako")
        wizard.resident_page.kana.setText("ミホン ハナコ")
        for page in range(5):
            if page == 1:
                wizard.consent_page.records.setChecked(True)
            path = path_for_page(page)
            if path is not None:
                self.save(wizard, path)
            wizard.next()
        wizard.reject()

    def paper(self, folder: Path, suffix: str) -> None:
        """The README's paper screens, from the walk of the paper screens."""
        from tests.gui.screens import paper_screens

        wanted = {"print preview": "print-preview", "scan, differences": "scan", "paper entry": "paper-entry"}
        for name, window in paper_screens(self.application):
            if name in wanted:
                self.save(window, folder / f"{wanted[name]}-{suffix}.png")

    def every_screen(self, folder: Path, suffix: str, paper_only: bool = False) -> None:
        """The screens the GUI tests walk (or only the paper ones), each saved as <name>-<suffix>.png."""
        from tests.gui.screens import paper_screens, screens

        walk = paper_screens(self.application) if paper_only else screens(self.application, PIN)
        for number, (name, window) in enumerate(walk, start=1):
            slug = re.sub(r"[^a-z0-9]+", "-", name.lower()).strip("-")
            self.save(window, folder / f"{number:02d}-{slug}-{suffix}.png")

    def close(self) -> None:
        from PySide6.QtCore import QTimer

        self.application.window.close()
        # Ends as the app does, through its event loop: torn down straight from processEvents(),
        # the interpreter's exit crashed about one run in eight (after every file was saved).
        QTimer.singleShot(0, self.app.quit)
        self.app.exec()


def shoot_one(
    data_dir: Path, helper_id: int, lang: str, large: bool, size, folder: Path, review: bool, paper=False
) -> None:
    import keyring

    from assist_app.security.memory_keyring import MemoryKeyring

    keyring.set_keyring(MemoryKeyring())  # resume codes signed with a key of this run only
    shooter = Shooter(data_dir, helper_id, lang, large, size)
    suffix = f"{lang}{'-large' if large else ''}"
    if paper:
        shooter.every_screen(folder, f"{suffix}-{size[0]}x{size[1]}", paper_only=True)
    elif review:
        suffix += f"-{size[0]}x{size[1]}"
        shooter.sign_in_page.save(str(folder / f"00-sign-in-{suffix}.png"), "PNG", 0)
        shooter.every_screen(folder, suffix)
    else:
        shooter.sign_in_page.save(str(folder / f"sign-in-{suffix}.png"), "PNG", 0)
        shooter.today(folder / f"today-{suffix}.png")
        shooter.case(folder / f"case-{suffix}.png")
        shooter.wizard(lambda page: folder / f"wizard-{suffix}.png" if page == 3 else None)
        if not large:
            shooter.paper(folder, suffix)
    shooter.close()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--review", metavar="DIR", help="every screen, both window sizes, into DIR")
    parser.add_argument("--paper", metavar="DIR", help="the paper screens only, as --review does them")
    parser.add_argument("--one", nargs=6, help=argparse.SUPPRESS)  # data_dir helper lang large WxH out
    args = parser.parse_args(argv)
    sys.path.insert(0, str(ROOT))
    # The demo folder's database key never goes near this computer's real keychain: no keychain,
    # and a throwaway passphrase (inherited by the --one processes).
    os.environ.setdefault("PYTHON_KEYRING_BACKEND", "keyring.backends.fail.Keyring")
    os.environ.setdefault("ASSIST_APP_PASSPHRASE", "demo screenshots only")
    if args.one:
        data_dir, helper_id, lang, large, size, out = args.one
        width, height = (int(n) for n in size.split("x"))
        shoot_one(
            Path(data_dir),
            int(helper_id),
            lang,
            large == "large",
            (width, height),
            Path(out),
            bool(args.review),
            bool(args.paper),
        )
        return 0
    review = args.review or args.paper
    folder = Path(review) if review else OUT
    folder.mkdir(parents=True, exist_ok=True)
    data_dir, helper_id = make_data_dir()
    sizes = REVIEW_SIZES if review else (README_SIZE,)
    for size in sizes:
        for large in (False, True):
            for lang in ("ja", "en"):
                command = [sys.executable, __file__, "--one", str(data_dir), str(helper_id), lang]
                command += ["large" if large else "normal", f"{size[0]}x{size[1]}", str(folder)]
                if args.review:
                    command += ["--review", str(folder)]
                if args.paper:
                    command += ["--paper", str(folder)]
                subprocess.run(command, check=True)
    print(f"screenshots in {folder}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
