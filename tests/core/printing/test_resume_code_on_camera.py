"""The resume code read by a webcam (OpenCV): a real MJPG video stands in for the camera, showing
a blank page for a few frames and then the printed handout, as a helper holds it up."""

from __future__ import annotations

import sys
import threading
import time
from pathlib import Path

import pytest
from printed_case import PRINTED_AT

from assist_app.messages import message_of
from assist_app.messages.paper import (
    CAMERA_CANNOT_OPEN,
    CAMERA_NOT_FOUND,
    CAMERA_NOT_INSTALLED,
    VIDEO_HAD_NO_CODE,
    VIDEO_NOT_READABLE,
)
from assist_app.resume import verify_code
from assist_app.resume.camera import CameraReader, camera_installed, camera_source
from assist_app.resume.errors import CameraUnavailable
from tests.camera_video import camera_frame, open_files, write_video

needs_proc = pytest.mark.skipif(not Path("/proc/self/fd").is_dir(), reason="needs /proc (Linux)")


@pytest.fixture(scope="module")
def handout_video(printed_case, tmp_path_factory) -> tuple[Path, str]:
    printed = printed_case.handout("ja", False)
    blank, held_up = camera_frame(None), camera_frame(printed.pdf)
    video = tmp_path_factory.mktemp("camera") / "handout.avi"
    return write_video(video, [blank] * 4 + [held_up] * 4), printed.resume_code


@needs_proc
def test_the_first_frame_with_the_code_ends_the_reading(handout_video, printed_case):
    video, code = handout_video
    reader = CameraReader(video, pace=False)
    outcome = reader.read()
    assert outcome.code == code and outcome.frames == 5 and not outcome.stopped
    assert outcome.message is None
    assert verify_code(outcome.code, printed_case.trust, PRINTED_AT).content.case_id == printed_case.case_id
    number, frame = reader.latest()
    assert number == 5 and frame.shape == (720, 1280, 3)  # what the window shows last
    assert open_files(video) == []  # released


@needs_proc
def test_a_video_without_a_resume_code_ends_with_no_code(printed_case, tmp_path):
    printed = printed_case.handout("en", False)
    # Page 2 holds other QR codes (official pages), none of them a resume code.
    frames = [camera_frame(None)] * 3 + [camera_frame(printed.pdf, page=1)] * 3
    video = write_video(tmp_path / "no code.avi", frames)
    outcome = CameraReader(video, pace=False).read()
    assert outcome.code is None and outcome.frames == 6 and not outcome.stopped
    assert outcome.message.template is VIDEO_HAD_NO_CODE
    assert str(outcome.message) == "No resume code was seen in no code.avi."
    assert open_files(video) == []


@needs_proc
def test_stop_ends_a_reading_that_plays_at_the_cameras_speed(tmp_path):
    video = write_video(tmp_path / "long.avi", [camera_frame(None)] * 40, fps=2)  # 20 s of blank page
    reader = CameraReader(video)  # a video file plays at its own speed, as a camera delivers
    outcomes = []
    worker = threading.Thread(target=lambda: outcomes.append(reader.read()))
    worker.start()
    deadline = time.monotonic() + 20
    while reader.latest() is None and time.monotonic() < deadline:
        threading.Event().wait(0.01)  # waits for the first frame; asserts nothing about time
    reader.stop()
    worker.join(timeout=10)
    assert not worker.is_alive()
    (outcome,) = outcomes
    assert outcome.stopped and outcome.code is None and outcome.message is None
    assert 1 <= outcome.frames < 40
    assert open_files(video) == []


def test_a_missing_camera_says_so_in_a_plain_sentence():
    with pytest.raises(CameraUnavailable) as raised:
        CameraReader(97).read()
    message = message_of(raised.value)
    if sys.platform.startswith("linux"):
        assert message.template is CAMERA_NOT_FOUND
        assert str(raised.value) == (
            "No camera number 97 was found. Plug the camera in and try again, or use the scanner."
        )
    else:
        assert message.template in (CAMERA_NOT_FOUND, CAMERA_CANNOT_OPEN)


@needs_proc
def test_a_file_that_is_not_a_video(tmp_path):
    notes = tmp_path / "notes.avi"
    notes.write_text("見本 花子")
    for path in (notes, tmp_path / "missing.avi"):
        with pytest.raises(CameraUnavailable) as raised:
            CameraReader(path).read()
        assert message_of(raised.value).template is VIDEO_NOT_READABLE
        assert str(raised.value) == f"{path.name} is not a video this app can read."
    assert open_files(notes) == []


def test_without_opencv_the_camera_is_simply_not_offered(monkeypatch):
    # A local patch only: monkeypatch.undo() would also undo the autouse ones (quick PINs …).
    with monkeypatch.context() as local:
        local.setitem(sys.modules, "cv2", None)  # import cv2 now raises ImportError
        camera_installed.cache_clear()
        try:
            assert not camera_installed()
            with pytest.raises(CameraUnavailable) as raised:
                CameraReader(0).read()
            assert message_of(raised.value).template is CAMERA_NOT_INSTALLED
            assert "scanner" in str(raised.value)
        finally:
            camera_installed.cache_clear()
    assert camera_installed()


def test_which_camera():
    assert camera_source({}) == 0
    assert camera_source({"ASSIST_APP_CAMERA": " 2 "}) == 2
    assert camera_source({"ASSIST_APP_CAMERA": "/tmp/demo.avi"}) == Path("/tmp/demo.avi")
