"""Reading a resume code with the camera in the scan dialog. A real video file stands in for the
webcam (ASSIST_APP_CAMERA), played at its own speed as a camera delivers it; the code read goes
on exactly as a scanned file's does."""

from __future__ import annotations

import sys

import pytest
from paper_support import actor, open_the_case
from PySide6.QtCore import Qt
from test_paper_scan import items_of, open_scan_dialog

from assist_app.gui.labels import status_label
from assist_app.gui.scan_dialog import ScanDialog
from assist_app.resume.camera import camera_installed
from assist_app.services.paper_services import HandoutChoice
from tests.camera_video import camera_frame, open_files, write_video


@pytest.fixture
def blank_video(tmp_path):
    """Forty seconds of a blank page: the camera is on and sees no code."""
    return write_video(tmp_path / "blank.avi", [camera_frame(None)] * 40, fps=1)


def test_a_handout_held_up_to_the_camera_shows_its_differences(paper_app, qtbot, tmp_path, monkeypatch):
    case_id = open_the_case(paper_app)
    core, paper = paper_app.controller.context.core, paper_app.controller.paper
    items, _ = items_of(paper_app, case_id)
    registration = items["death-registration"]
    core.cases.set_status(actor(paper_app), registration.id, "done")
    printed = paper.services.preview_handout(actor(paper_app), case_id, HandoutChoice("ja", False))
    core.cases.set_status(actor(paper_app), registration.id, "todo")  # changed here after printing
    video = write_video(tmp_path / "held up.avi", [camera_frame(None)] * 3 + [camera_frame(printed.pdf)] * 3)
    monkeypatch.setenv("ASSIST_APP_CAMERA", str(video))

    dialog = open_scan_dialog(paper_app, qtbot)
    ui = dialog.ui
    assert ui.cameraButton.isVisible() and ui.cameraButton.accessibleDescription()
    qtbot.mouseClick(ui.cameraButton, Qt.MouseButton.LeftButton)
    assert ui.steps.currentWidget() is ui.cameraPage
    assert dialog.focusWidget() is ui.stopCameraButton
    qtbot.waitUntil(lambda: ui.steps.currentWidget() is ui.decidePage, timeout=20000)
    assert ui.codeEdit.text() == printed.resume_code  # what the camera read, as if typed
    assert "1" in ui.progressLabel.text() and registration.short_code in ui.stepLabel.text()
    assert status_label("done") in ui.paperButton.text() and status_label("todo") in ui.hereButton.text()
    assert dialog.camera is None and ui.cameraButton.isEnabled()
    assert open_files(video) == []  # the camera (here, the file) is released
    qtbot.mouseClick(ui.paperButton, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(ui.applyButton, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: paper.dialog is None)
    items, _ = items_of(paper_app, case_id)
    assert items["death-registration"].status == "done"  # taken from the paper


def test_the_picture_shows_and_stop_or_close_turns_the_camera_off(paper_app, qtbot, blank_video, monkeypatch):
    monkeypatch.setenv("ASSIST_APP_CAMERA", str(blank_video))
    dialog = open_scan_dialog(paper_app, qtbot)
    ui = dialog.ui
    qtbot.mouseClick(ui.cameraButton, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not ui.cameraView.pixmap().isNull(), timeout=20000)
    picture = ui.cameraView.pixmap()
    assert picture.width() <= ui.cameraView.width() and picture.height() <= ui.cameraView.height()
    assert open_files(blank_video)  # playing
    assert not ui.cameraButton.isEnabled() and not ui.openFileButton.isEnabled()

    qtbot.keyClick(ui.stopCameraButton, Qt.Key.Key_Escape)  # Escape stops the camera, not the dialog
    assert dialog.isVisible() and ui.steps.currentWidget() is ui.scanPage
    assert ui.resultLabel.text() == "The camera was stopped."
    qtbot.waitUntil(lambda: dialog.camera is None, timeout=20000)
    assert ui.cameraButton.isEnabled() and open_files(blank_video) == []

    qtbot.mouseClick(ui.cameraButton, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bool(open_files(blank_video)), timeout=20000)
    dialog.reject()  # closing the dialog turns the camera off
    assert paper_app.background.wait(20000)
    assert open_files(blank_video) == []


def test_closing_the_window_turns_the_camera_off(paper_app, qtbot, blank_video, monkeypatch):
    monkeypatch.setenv("ASSIST_APP_CAMERA", str(blank_video))
    dialog = open_scan_dialog(paper_app, qtbot)
    qtbot.mouseClick(dialog.ui.cameraButton, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bool(open_files(blank_video)), timeout=20000)
    paper_app.window.close()  # waits (up to 30 s) for background work: the camera must stop first
    assert open_files(blank_video) == []


def test_a_missing_camera_is_said_in_plain_words(paper_app, qtbot, monkeypatch):
    monkeypatch.setenv("ASSIST_APP_CAMERA", "97")
    dialog = open_scan_dialog(paper_app, qtbot)
    ui = dialog.ui
    qtbot.mouseClick(ui.cameraButton, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: ui.steps.currentWidget() is ui.scanPage, timeout=20000)
    qtbot.waitUntil(lambda: "97" in ui.resultLabel.text())
    words = ui.resultLabel.text()
    if sys.platform.startswith("linux"):
        assert words.startswith("No camera number 97 was found.")
    assert "Traceback" not in words and ui.cameraButton.isEnabled()


def test_without_opencv_there_is_no_camera_button(paper_app, qtbot, monkeypatch):
    # A local patch only: monkeypatch.undo() would also undo the autouse ones (quick PINs …).
    with monkeypatch.context() as local:
        local.setitem(sys.modules, "cv2", None)
        camera_installed.cache_clear()
        try:
            dialog = open_scan_dialog(paper_app, qtbot)
            assert isinstance(dialog, ScanDialog)
            assert not dialog.ui.cameraButton.isVisible() and dialog.ui.openFileButton.isVisible()
        finally:
            camera_installed.cache_clear()
