"""Every screen of the running app, and what a person would see on it: the texts, the
interactive widgets, and anything cut off, overlapping or scrolled sideways.

Used by the tests of translation, layout and accessibility, so they all walk the same screens.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import itertools
import tempfile
import time
from collections.abc import Callable, Iterator
from pathlib import Path

from PySide6 import QtGui
from PySide6.QtCore import QAbstractListModel, QCoreApplication, QModelIndex, QPoint, Qt
from PySide6.QtGui import QAccessible, QTextDocument
from PySide6.QtTest import QTest
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractScrollArea,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QDialogButtonBox,
    QFocusFrame,
    QGroupBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMainWindow,
    QPlainTextEdit,
    QScrollArea,
    QStackedWidget,
    QStyle,
    QStyleOptionViewItem,
    QTabBar,
    QTabWidget,
    QTextEdit,
    QWidget,
    QWizard,
)

from assist_app.gui.wrapping_item_delegate import WrappingItemDelegate

PIN = "2468"  # helper 1's and helper 2's, as in conftest.py

INTERACTIVE = (
    QAbstractButton,
    QLineEdit,
    QComboBox,
    QAbstractSpinBox,
    QAbstractItemView,
    QPlainTextEdit,
    QTextEdit,
    QTabBar,
)


def settle() -> None:
    for _ in range(4):
        QApplication.processEvents()


def screens(application, pin: str = PIN) -> Iterator[tuple[str, QWidget]]:
    """Shows each screen in turn and yields (name, its window); dialogs are closed afterwards.

    ``application`` is signed in as a supervisor (helper 1) whose PIN is ``pin``; helper 2, a
    volunteer, is left waiting after wrong PINs. The walk ends where it began: signed in, on today."""
    yield from _sign_in_screens(application, pin)
    yield from _page_screens(application)
    yield from _dialog_screens(application)
    yield from opening_screens(application)
    yield from paper_screens(application)
    yield from _first_account_screen(application)
    application.controller.show_today()


def _sign_in_screens(application, pin: str) -> Iterator[tuple[str, QWidget]]:
    controller, window, session = application.controller, application.window, application.session
    controller.show_today()
    settle()
    yield "today", window
    session.lock("on_demand")
    settle()
    yield "locked", window
    page = session.page
    assert page.select_helper(2)
    for _ in range(3):  # up to the wait: the longest message this page shows
        if page.sign_in_button.isEnabled():  # (a second walk finds helper 2 still waiting)
            page.pin.setText("0000")
            page.sign_in_button.click()
    settle()
    yield "sign-in, wrong PINs", window
    assert page.select_helper(1)
    page.pin.setText(pin)
    page.sign_in_button.click()
    assert not session.locked
    controller.show_today()


def _page_screens(application) -> Iterator[tuple[str, QWidget]]:
    from assist_app.gui.new_case_wizard import NewCaseWizard
    from assist_app.gui.window_controller import ResidentSearchAs

    controller, window = application.controller, application.window
    controller.open_case(controller.today.model.case_at(0).id)
    page = controller.case
    for tab, name in enumerate(("checklist", "answers", "history")):
        page.tabs.setCurrentIndex(tab)
        settle()
        yield f"case {name}", window
    page.tabs.setCurrentIndex(0)
    context = controller.context
    wizard = NewCaseWizard(context.core.library, ResidentSearchAs(context), context.lang, window)
    wizard.show()
    wizard.resident_page.name.setText("試験 太郎")
    for number in range(1, 6):
        if number == 2:
            wizard.consent_page.records.setChecked(True)
        settle()
        yield f"wizard page {number}", wizard
        wizard.next()
    wizard.reject()


def _dialog_screens(application) -> Iterator[tuple[str, QWidget]]:
    """Every dialog, the supervisor's and the resident's (export, erase) included, with the case
    of the first resident open."""
    from assist_app.gui.audit_dialog import AuditDialog
    from assist_app.gui.handover_dialog import HandoverDialog
    from assist_app.gui.helper_dialog import HelperDialog
    from assist_app.gui.pin_dialog import PinDialog
    from assist_app.gui.retention_dialog import RetentionDialog
    from assist_app.gui.settings_dialog import SettingsDialog

    controller, window, session = application.controller, application.window, application.session
    context = controller.context
    core, actor = context.core, context.helper.actor
    assert session.resident_data.shown_resident() is not None  # the case is still open

    def helper_accounts():
        dialog = HelperDialog(core.accounts, actor, window)
        dialog.ui.helperList.setCurrentRow(0)  # the buttons for one helper, enabled
        return dialog

    def change_pin():
        dialog = PinDialog(QCoreApplication.translate("AdminActions", "Change my PIN"), True, window)
        dialog.new.setText("1111")
        dialog.accept()  # refused: the problem is shown under the fields
        return dialog

    copies = tempfile.TemporaryDirectory(prefix="写し")  # its path is in the message: no English words

    def exported():
        return session.resident_data.exported_box(session.resident_data.export_to(Path(copies.name)))

    dialogs = (
        (
            "settings",
            lambda: SettingsDialog(
                context.settings, core.library, core.config.data_dir, core.config.database_url, window
            ),
        ),
        ("helper accounts", helper_accounts),
        ("handover", lambda: HandoverDialog(core.helpers.list_helpers()[1:], window)),
        ("change PIN", change_pin),
        ("audit log", lambda: AuditDialog(core.audit, actor, window)),
        ("retention", lambda: RetentionDialog(core, actor, window)),
        ("resident's copy saved", exported),
        ("erase the resident?", lambda: session.resident_data.erase_question("見本 花子")),
        ("resident's records without a case", session.resident_data.no_case_box),
    )
    with copies:
        for name, make in dialogs:
            dialog = make()
            dialog.show()
            settle()
            yield name, dialog
            dialog.reject()
            dialog.deleteLater()


def opening_screens(application) -> Iterator[tuple[str, QWidget]]:
    """The questions asked while the database opens, on scratch folders through the real opening
    flow: a passphrase to choose (no keychain at first start), to enter (no keychain; a locked one),
    the recovery key (the keychain lost this database's key; no keychain at all: then a new
    passphrase too); the damaged-file choice with and without a good backup; then, signed in as
    a supervisor, the recovery sheet and the window on a database opened read-only."""
    import keyring
    from keyring.backends import fail

    from assist_app.config import load_config, save_database_url
    from assist_app.gui.damaged_database_dialog import DamagedDatabaseDialog
    from assist_app.gui.opening_flow import DatabaseOpening
    from assist_app.gui.unlock_dialog import Mode, UnlockDialog
    from assist_app.security import SecretStore
    from assist_app.security.database_key import Credentials
    from assist_app.security.memory_keyring import MemoryKeyring
    from assist_app.security.passphrase_vault import ScryptCost
    from assist_app.security.server_password import store_password
    from assist_app.services.core import open_core
    from assist_app.services.database_opening import open_database_unlocked
    from assist_app.services.views import ConsentInput, ResidentInput
    from assist_app.storage import DatabaseDamaged, postgres

    window = application.window
    previous_keyring = keyring.get_keyring()
    no_keychain, ring = fail.Keyring(), MemoryKeyring()
    scratch = tempfile.TemporaryDirectory(prefix="assist-opening-")
    folders = {name: Path(scratch.name) / name for name in ("new", "protected", "damaged")}
    openings = []

    def make(folder: Path, credentials: Credentials, resident: bool = False):
        core = open_core(load_config(folder), credentials=credentials)
        if resident:  # some pages to damage, and a backup from before
            boss = core.accounts.create_first_account("試験 責任者", PIN)
            core.residents.add_resident(
                boss, ResidentInput("見本 花子", "ミホン ハナコ"), ConsentInput("記録", dt.date.today())
            )
            core.backups.backup_now()
        core.close()

    def asked(folder: Path, backend, mode: Mode) -> UnlockDialog:
        keyring.set_keyring(backend)
        opening = DatabaseOpening(folder, application.background, window)
        opening.credentials = Credentials()  # not a passphrase from the environment
        opening.start()
        openings.append(opening)
        wait_until(lambda: isinstance(opening.dialog, UnlockDialog))
        settle()
        assert opening.dialog.mode is mode
        return opening.dialog

    def answered(dialog: UnlockDialog) -> None:
        dialog.ui.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
        settle()

    def closed(dialog: QWidget) -> None:
        dialog.reject()
        dialog.deleteLater()

    try:
        keyring.set_keyring(ring)
        make(folders["protected"], Credentials(new_passphrase="ume ga saita haru", cost=ScryptCost(n=2**10)))
        make(folders["damaged"], Credentials(), resident=True)

        dialog = asked(folders["new"], no_keychain, Mode.CHOOSE)
        yield "unlock, choose a passphrase", dialog
        dialog.ui.passphraseEdit.setText("short")
        dialog.ui.confirmEdit.setText("short")
        answered(dialog)  # refused: the problem is shown under the fields
        assert dialog.ui.errorLabel.isVisible()
        yield "unlock, passphrase too short", dialog
        closed(dialog)

        dialog = asked(folders["protected"], no_keychain, Mode.ENTER)
        yield "unlock, enter the passphrase", dialog
        dialog.ui.passphraseEdit.setText("ume ga saita natsu")
        opening = openings[-1]
        answered(dialog)
        wait_until(lambda: opening.dialog not in (None, dialog))
        dialog = opening.dialog
        settle()
        assert dialog.ui.errorLabel.isVisible()
        yield "unlock, wrong passphrase", dialog
        dialog.recovery_button.click()
        settle()
        assert dialog.mode is Mode.RECOVER and dialog.ui.newPassphraseEdit.isVisible()
        yield "unlock, recovery key and a new passphrase", dialog
        closed(dialog)

        ring.locked = True
        dialog = asked(folders["protected"], ring, Mode.ENTER)
        assert dialog.keychain_button.isVisible()
        yield "unlock, keychain locked", dialog
        closed(dialog)
        ring.locked = False

        server = Path(scratch.name) / "server"  # a shared server's password kept behind a passphrase
        url = "postgresql+psycopg://assist@127.0.0.1:1/assist"
        save_database_url(server, url)
        cheap = Credentials(new_passphrase="ume ga saita haru", cost=ScryptCost(n=2**10))
        keep = SecretStore(backend=no_keychain)
        store_password(postgres.describe(url), "server-secret", server, keep, cheap)
        dialog = asked(server, no_keychain, Mode.ENTER)
        assert dialog.for_server and not dialog.recovery_button.isVisible()
        yield "unlock, server password's passphrase", dialog
        closed(dialog)

        kept = dict(ring.secrets)
        ring.secrets.clear()  # as on a data folder copied from another computer
        dialog = asked(folders["damaged"], ring, Mode.RECOVER)
        yield "unlock, recovery key", dialog
        closed(dialog)
        ring.secrets.update(kept)

        database = folders["damaged"] / "assist.sqlite3"
        with database.open("r+b") as stream:
            stream.seek(database.stat().st_size // 2)
            stream.write(b"\x00" * 4096)
        backups = folders["damaged"] / "backups"
        for name, gone in (("damaged database", False), ("damaged database, no good backup", True)):
            if gone:
                backups.rename(backups.with_name("elsewhere"))
            try:
                open_database_unlocked(load_config(folders["damaged"]), Credentials(), SecretStore())
            except DatabaseDamaged as damage:
                dialog = DamagedDatabaseDialog(damage, window)
            else:
                raise AssertionError("the damage was not found")
            assert (dialog.restore_button is None) is gone
            dialog.open()
            settle()
            yield name, dialog
            closed(dialog)
    finally:
        keyring.set_keyring(previous_keyring)
        for opening in openings:
            opening.deleteLater()
        settle()
        scratch.cleanup()

    yield from _recovery_sheet_screens(application)


def _recovery_sheet_screens(application) -> Iterator[tuple[str, QWidget]]:
    window, safety = application.window, application.safety
    safety.show_recovery_sheet()
    dialog = safety.sheet_dialog
    settle()
    yield "recovery sheet", dialog
    with tempfile.TemporaryDirectory(prefix="写し") as folder:  # its path is shown: no English words
        dialog.save_to(Path(folder) / "sheet.pdf")
        settle()
        yield "recovery sheet saved", dialog
    dialog.reject()
    dialog.deleteLater()
    window.show_read_only()
    settle()
    yield "read-only", window
    window.show_read_only(False)
    yield from _start_error_screen(application)


def _start_error_screen(application) -> Iterator[tuple[str, QWidget]]:
    """The page left when a server cannot be reached (its message box is the message alone)."""
    from assist_app.gui.error_messages import translated
    from assist_app.messages.storage import SERVER_UNREACHABLE

    window = application.window
    before = window.ui.pages.currentWidget()
    message = translated(SERVER_UNREACHABLE(server="assist@db.example.lg.jp:5432/assist"))
    window.start_error.show_error(message, can_retry=True, on_server=True)
    window.show_page(window.start_error)
    settle()
    yield "start error, server unreachable", window
    window.show_page(before)


def wait_until(condition: Callable[[], object], seconds: float = 30) -> None:
    """Let the event loop run until ``condition`` holds (work on the background thread)."""
    deadline = time.monotonic() + seconds
    while not condition():
        if time.monotonic() > deadline:
            raise TimeoutError("the screen did not get ready")
        QTest.qWait(10)


def _camera_screen(dialog, handout: bytes) -> Iterator[tuple[str, QWidget]]:
    """The camera's picture in the scan dialog (when OpenCV is installed): a video stands in for the
    webcam, showing a handout's second page, which has no resume code, so the camera stays on."""
    from assist_app.resume.camera import camera_installed

    if not camera_installed():
        return
    from tests.camera_video import camera_frame, write_video

    folder = Path(tempfile.mkdtemp(prefix="assist-camera-"))
    video = write_video(folder / "camera.avi", [camera_frame(handout, page=1)] * 60, fps=1)
    dialog.start_camera(video)
    wait_until(lambda: not dialog.ui.cameraView.pixmap().isNull())
    settle()
    yield "scan with the camera", dialog
    dialog.ui.stopCameraButton.click()
    wait_until(lambda: dialog.camera is None)
    video.unlink()
    folder.rmdir()


def paper_screens(application) -> Iterator[tuple[str, QWidget]]:
    """Printing, the outage kit, scanning (a refused code, a case of another helper, differences to
    decide, a case to make again), paper entry and the resume-code keys, on the case shown (the
    first of today's list if none is). Needs a volunteer account (the case must not be theirs)."""
    from assist_app.gui.batch_print_dialog import BatchPrintDialog
    from assist_app.gui.handout_options_dialog import HandoutOptionsDialog
    from assist_app.gui.keys_dialog import KeysDialog
    from assist_app.gui.outage_kit_dialog import OutageKitDialog
    from assist_app.gui.paper_entry_dialog import PaperEntryDialog
    from assist_app.gui.resident_choice_wizard import ResidentChoiceWizard
    from assist_app.gui.scan_dialog import ScanDialog
    from assist_app.resume import issue_code
    from assist_app.services.access import Actor
    from assist_app.services.handout_service import resume_content
    from assist_app.services.paper_services import HandoutChoice
    from assist_app.storage.models import utcnow

    controller, window = application.controller, application.window
    context, paper = controller.context, controller.paper
    core, actor = context.core, context.helper.actor
    if controller.built_case is None or controller.case.view is None:
        controller.open_case(controller.today.model.case_at(0).id)
    view = core.cases.get_case(actor, controller.case.view.id)
    paper.with_services(lambda _services: None)
    wait_until(lambda: paper.services is not None)
    services = paper.services

    def shown(dialog: QWidget) -> QWidget:
        dialog.show()
        settle()
        return dialog

    def closed(dialog: QWidget) -> None:
        dialog.reject()
        dialog.deleteLater()
        wait_until(lambda: paper.dialog is None and paper.preview is None)

    for name, make in (
        ("handout options", lambda: HandoutOptionsDialog("easy_ja", True, window)),
        ("outage kit", lambda: OutageKitDialog(core.library, context.lang, window)),
        (
            "print handouts for several cases",
            lambda: BatchPrintDialog(
                core.cases.list_open_cases(actor, lang=context.lang), context.today(), window
            ),
        ),
    ):
        dialog = shown(make())
        yield name, dialog
        closed(dialog)

    paper.preview_handout(view.id, HandoutChoice("en" if context.lang == "en" else "ja", False))
    wait_until(lambda: paper.preview is not None and paper.preview.document is not None)
    settle()
    yield "print preview", paper.preview
    closed(paper.preview)

    # Resume codes as this installation would print them: as the case is, with two steps ticked
    # differently on the paper, and for a case that is not on this computer.
    key = services.keys.own_key(create=True)
    catalog = core.library.catalog(view.summary.catalog_id)

    def code_for(case_view) -> str:
        return issue_code(resume_content(case_view, catalog, key.key_id, utcnow()), key)

    ticked = [dataclasses.replace(i, status="done" if i.status != "done" else "todo") for i in view.items[:2]]
    differing = code_for(dataclasses.replace(view, items=[*ticked, *view.items[2:]]))
    elsewhere = code_for(
        dataclasses.replace(view, summary=dataclasses.replace(view.summary, id=view.id + 10**6))
    )

    def scan(dialog: ScanDialog, code: str) -> None:
        dialog.ui.codeEdit.setText(code)
        dialog.ui.codeEdit.returnPressed.emit()  # as the scanner's Enter
        settle()

    paper.scan_code()
    wait_until(lambda: isinstance(paper.dialog, ScanDialog))
    dialog = paper.dialog
    settle()
    yield "scan a resume code", dialog
    handout = services.preview_handout(actor, view.id, HandoutChoice("ja", False)).pdf
    yield from _camera_screen(dialog, handout)
    scan(dialog, differing[:-7])
    yield "scan, code refused", dialog
    scan(dialog, differing)
    yield "scan, differences", dialog
    while dialog.ui.steps.currentWidget() is dialog.ui.decidePage:
        dialog.ui.paperButton.click()
    settle()
    yield "scan, decisions", dialog
    closed(dialog)

    volunteer = next(h for h in core.helpers.list_helpers() if h.role == "volunteer")
    as_volunteer = Actor(volunteer.id, volunteer.role, volunteer.name)  # the case is not theirs
    dialog = shown(ScanDialog(services, window.background, core.library, as_volunteer, context.lang, window))
    scan(dialog, code_for(view))
    yield "scan, case of another helper", dialog
    dialog.reject()
    dialog.deleteLater()

    paper.scan_code()
    wait_until(lambda: isinstance(paper.dialog, ScanDialog))
    scan(paper.dialog, elsewhere)
    wait_until(lambda: isinstance(paper.dialog, ResidentChoiceWizard))
    wizard = paper.dialog
    wizard.resident_page.name.setText("試験 太郎")
    for number in range(1, 4):
        if number == 3:
            wizard.consent_page.records.setChecked(True)
        settle()
        yield f"case made again, page {number}", wizard
        wizard.next()
    closed(wizard)

    paper.paper_entry()
    wait_until(lambda: isinstance(paper.dialog, PaperEntryDialog))
    entry = paper.dialog
    entry.choose_sheet(view.summary.catalog_id)
    for typed in ("Q1 ?", f"{next(iter(entry.reader.steps))} 1"):
        entry.ui.entryEdit.setText(typed)
        entry.ui.entryEdit.returnPressed.emit()
    settle()
    yield "paper entry", entry
    closed(entry)

    paper.keys()
    wait_until(lambda: isinstance(paper.dialog, KeysDialog))
    settle()
    yield "resume-code keys", paper.dialog
    closed(paper.dialog)


def _first_account_screen(application) -> Iterator[tuple[str, QWidget]]:
    """The page a new installation opens on, in the window, over a real empty database."""
    from assist_app.config import load_config
    from assist_app.gui.sign_in_page import SignInPage
    from assist_app.services.core import open_core

    window = application.window
    before = window.ui.pages.currentWidget()
    with tempfile.TemporaryDirectory(prefix="assist-first-") as folder:
        core = open_core(load_config(Path(folder)))
        page = SignInPage(core.accounts, core.helpers)
        try:
            page.refresh()
            window.show_page(page)
            page.first_name.setText("試験 責任者")
            page.first_pin.setText("1234")
            page.create_button.click()  # refused: the problem is shown under the form
            settle()
            yield "first account", window
        finally:
            window.ui.pages.removeWidget(page)
            page.deleteLater()
            core.close()
            window.show_page(before)


def visible_widgets(root: QWidget) -> list[QWidget]:
    return [w for w in [root, *root.findChildren(QWidget)] if w.isVisible() and w.window() is root]


def _plain(text: str) -> str:
    return text.replace("&&", "\0").replace("&", "").replace("\0", "&").strip()


def texts(root: QWidget) -> list[str]:
    """The words on screen: labels, buttons, tabs, headers, placeholders, items, titles, menus."""
    found: list[str] = [root.windowTitle()]
    if isinstance(root, QWizard):
        found += [root.currentPage().title(), root.currentPage().subTitle()]
    for widget in visible_widgets(root):
        if isinstance(widget, QLabel | QAbstractButton):
            found.append(widget.text())
        if isinstance(widget, QGroupBox):
            found.append(widget.title())
        if isinstance(widget, QLineEdit):
            found.append(widget.placeholderText())
        if isinstance(widget, QComboBox):
            found += [widget.itemText(i) for i in range(widget.count())]
        if isinstance(widget, QTabBar):
            found += [widget.tabText(i) for i in range(widget.count())]
        if isinstance(widget, QHeaderView) and widget.model() is not None:
            model, horizontal = widget.model(), widget.orientation() is Qt.Orientation.Horizontal
            count = model.columnCount() if horizontal else 0
            found += [str(model.headerData(i, widget.orientation()) or "") for i in range(count)]
        if isinstance(widget, QAbstractItemView) and not isinstance(widget, QHeaderView):
            found += [str(index.data() or "") for index in _indexes(widget)]
        found += [a.text() for a in widget.actions()]
    if hasattr(root, "menuBar"):
        for menu_action in root.menuBar().actions():
            found.append(menu_action.text())
            if menu_action.menu():
                found += [a.text() for a in menu_action.menu().actions()]
    return [_plain(t) for t in found if t and _plain(t)]


def _indexes(view: QAbstractItemView, parent: QModelIndex | None = None) -> list[QModelIndex]:
    model = view.model()
    if model is None:
        return []
    parent = parent or QModelIndex()
    found = []
    columns = 1 if isinstance(model, QAbstractListModel) else model.columnCount(QModelIndex())
    for row in range(model.rowCount(parent)):
        for column in range(columns):
            index = model.index(row, column, parent)
            found.append(index)
            if column == 0 and model.rowCount(index) > 0:
                found += _indexes(view, index)
    return found


def interactive(root: QWidget) -> list[QWidget]:
    return [
        w
        for w in visible_widgets(root)
        if isinstance(w, INTERACTIVE)
        and not isinstance(w, QHeaderView)
        and w.focusPolicy() != Qt.FocusPolicy.NoFocus
        and w.isEnabled()
        and "qt_" not in w.objectName()  # Qt's own parts of a composite widget (spin box arrows…)
    ]


def accessible_name(widget: QWidget) -> str:
    interface = QAccessible.queryAccessibleInterface(widget)
    return interface.text(QAccessible.Text.Name) if interface is not None else ""


def _inside_scrolled_content(widget: QWidget) -> bool:
    parent = widget.parentWidget()
    while parent is not None:
        area = parent.parentWidget()
        if isinstance(area, QAbstractScrollArea) and parent is area.viewport():
            return True
        parent = area if isinstance(area, QAbstractScrollArea) else parent.parentWidget()
    return False


def cut_off(root: QWidget) -> list[str]:
    """Widgets whose text is clipped or elided, that stick out of their parent, or that make their
    scroll area scroll sideways."""
    problems: list[str] = []

    def report(widget: QWidget, what: str) -> None:
        name = widget.objectName() or type(widget).__name__
        text = getattr(widget, "text", lambda: "")()
        problems.append(f"{name} {text[:40]!r}: {what}")

    for widget in visible_widgets(root):
        if isinstance(widget, QFocusFrame):
            continue  # the focus ring is drawn around its widget, over the edges on purpose
        size = widget.size()
        if isinstance(widget, QAbstractButton) and widget.text():
            if size.width() < widget.sizeHint().width() - 1:
                report(widget, f"{size.width()} px wide, needs {widget.sizeHint().width()}")
        elif isinstance(widget, QLabel) and widget.text() and widget.pixmap().isNull():
            for problem in _ink(widget):
                report(widget, problem)
            if widget.wordWrap():
                needed = widget.heightForWidth(size.width())
                if size.height() < needed - 1:
                    report(widget, f"{size.height()} px high, needs {needed}")
            elif size.width() < widget.sizeHint().width() - 1:
                report(widget, f"{size.width()} px wide, needs {widget.sizeHint().width()}")
        elif isinstance(widget, QComboBox) and widget.currentText():
            room = widget.style().subControlRect(
                QStyle.ComplexControl.CC_ComboBox,
                _combo_option(widget),
                QStyle.SubControl.SC_ComboBoxEditField,
                widget,
            )
            if widget.fontMetrics().horizontalAdvance(widget.currentText()) > room.width():
                report(widget, "current choice cut short")
        elif isinstance(widget, QLineEdit) and not widget.text() and widget.placeholderText():
            if widget.fontMetrics().horizontalAdvance(widget.placeholderText()) > widget.width() - 12:
                report(widget, "placeholder cut short")
        elif isinstance(widget, QTabBar):
            for i in range(widget.count()):
                if widget.tabRect(i).width() < widget.tabSizeHint(i).width() - 1:
                    report(widget, f"tab {widget.tabText(i)!r} cut short")
        if isinstance(widget, QAbstractItemView) and not isinstance(widget, QHeaderView):
            problems += [f"{type(widget).__name__}: {p}" for p in _cut_cells(widget)]
        if isinstance(widget, QHeaderView) and widget.orientation() is Qt.Orientation.Horizontal:
            for i in range(widget.count()):
                if not widget.isSectionHidden(i):
                    needed = widget.sectionSizeFromContents(i).width()
                    if widget.sectionSize(i) < needed - 1:
                        report(widget, f"column {i} header cut short ({widget.sectionSize(i)} < {needed})")
        if isinstance(widget, QAbstractScrollArea) and not isinstance(widget, QPlainTextEdit | QTextEdit):
            if widget.horizontalScrollBar().maximum() > 0:
                report(widget, "scrolls sideways")
            content = widget.widget() if isinstance(widget, QScrollArea) else None
            if content is not None and content.width() > widget.viewport().width():
                report(widget, "content wider than the visible area")
        parent = widget.parentWidget()
        if widget is not root and parent is not None and not _inside_scrolled_content(widget):
            inside = parent.rect().contains(widget.geometry().topLeft()) and parent.rect().contains(
                widget.geometry().bottomRight() - QPoint(1, 1)
            )
            if not inside and not widget.isWindow() and widget.objectName() != "qt_scrollarea_viewport":
                report(widget, f"sticks out of {type(parent).__name__}")
    problems += _overlapping(root)
    return problems


def _ink(label: QLabel) -> list[str]:
    """Where the glyphs of a label's text reach past the room its lines get: lines drawn over the
    next one, or the first or last line cut at the label's edge. Line height comes
    from the font's declared metrics while the glyphs are drawn as they are, so a font whose
    ascent and descent leave no air (BIZ UDPGothic's are exactly one em) passes every size check
    and still draws descenders into the next line and out of the label."""
    document = QTextDocument()
    document.setDefaultFont(label.font())
    document.setDocumentMargin(0)
    rich = label.textFormat() is Qt.TextFormat.RichText or (
        label.textFormat() is Qt.TextFormat.AutoText and QtGui.Qt.mightBeRichText(label.text())
    )
    if rich:
        document.setHtml(label.text())
    else:
        document.setPlainText(label.text())
    margin = label.margin()
    room = label.contentsRect().adjusted(margin, margin, -margin, -margin)
    if label.wordWrap():
        document.setTextWidth(room.width() - max(label.indent(), 0))
    lines = []  # (ink top, ink bottom) of each line, in the document
    block = document.begin()
    while block.isValid():
        layout, top = block.layout(), document.documentLayout().blockBoundingRect(block).top()
        for i in range(layout.lineCount()):
            inked = [
                run.rawFont().boundingRect(glyph).translated(position)
                for run in layout.lineAt(i).glyphRuns()
                for glyph, position in zip(run.glyphIndexes(), run.positions(), strict=True)
            ]
            inked = [r for r in inked if not r.isEmpty()]
            if inked:
                lines.append((top + min(r.top() for r in inked), top + max(r.bottom() for r in inked)))
        block = block.next()
    if not lines:
        return []
    problems = []
    # Hinted glyph boxes are whole pixels: lines share a row of pixels when they overlap by more
    # than half a pixel. (Merely adjacent rows are what a Japanese glyph from the fallback font
    # gives in a Latin font's line: tight, but nothing is drawn over anything.)
    overlapping = sum(1 for above, below in itertools.pairwise(lines) if above[1] - below[0] > 0.5)
    if overlapping:
        problems.append(f"{overlapping} line(s) of text drawn over the next one")
    # Placed in its room as the label aligns it, the ink must stay inside the label (give or take
    # the pixel the hinted boxes may be rounded out by).
    height = document.size().height()
    vertical = label.alignment() & Qt.AlignmentFlag.AlignVertical_Mask
    shift = {Qt.AlignmentFlag.AlignTop: 0.0, Qt.AlignmentFlag.AlignBottom: 1.0}.get(vertical, 0.5)
    offset = room.top() + (room.height() - height) * shift
    above, below = -(offset + lines[0][0]), offset + lines[-1][1] - label.height()
    if above > 1 or below > 1:
        problems.append(f"text cut at the edge ({max(above, below):.1f} px of it outside the label)")
    return problems


def _overlapping(root: QWidget) -> list[str]:
    """Sibling widgets drawn over each other (the focus ring and scroll bars excepted)."""
    problems = []
    for parent in [root, *root.findChildren(QWidget)]:
        children = [
            c
            for c in parent.findChildren(QWidget, options=Qt.FindChildOption.FindDirectChildrenOnly)
            if c.isVisible() and not c.isWindow() and not isinstance(c, QFocusFrame)
        ]
        for i, a in enumerate(children):
            for b in children[i + 1 :]:
                if a.geometry().intersects(b.geometry()) and not _layered(parent):
                    problems.append(
                        f"{type(a).__name__} and {type(b).__name__} overlap in {type(parent).__name__}"
                    )
    return problems


def _layered(parent: QWidget) -> bool:
    # Widgets whose children lie on top of each other by design.
    return isinstance(parent, QAbstractScrollArea | QStackedWidget | QTabWidget | QMainWindow) or (
        parent.parentWidget() is not None and isinstance(parent.parentWidget(), QAbstractScrollArea)
    )


def _combo_option(combo: QComboBox):
    from PySide6.QtWidgets import QStyleOptionComboBox

    option = QStyleOptionComboBox()
    combo.initStyleOption(option)
    return option


def _cut_cells(view: QAbstractItemView) -> list[str]:
    model = view.model()
    columns = model.columnCount() if model is not None and not isinstance(model, QAbstractListModel) else 1
    delegates = [view.itemDelegateForColumn(c) for c in range(columns)]
    wrapped = next((d.column for d in delegates if isinstance(d, WrappingItemDelegate)), None)
    problems = []
    for index in _indexes(view):
        text = index.data()
        rect = view.visualRect(index)
        if not text or not rect.isValid() or not view.viewport().rect().intersects(rect):
            continue
        option = QStyleOptionViewItem()
        option.initFrom(view)
        option.font = view.font()
        option.fontMetrics = view.fontMetrics()
        if view.wordWrap():
            option.features |= QStyleOptionViewItem.ViewItemFeature.WrapText
        hint = view.itemDelegateForIndex(index).sizeHint(option, index)
        if wrapped is not None and index.column() == wrapped:
            if rect.height() < hint.height() - 1 - max(8, view.fontMetrics().height() // 2):
                problems.append(f"{str(text)[:30]!r} wraps taller than its row")
        elif rect.width() < hint.width() - 1 and not view.wordWrap():
            problems.append(f"{str(text)[:30]!r} cut short ({rect.width()} < {hint.width()})")
    return problems
