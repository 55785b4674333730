"""Reading a resume code with a webcam, through OpenCV (the optional ``camera`` extra).

Frames are grabbed one after another and decoded as a scanned image is; reading ends at the first
frame that holds a resume code, when asked to stop, or when the source ends. A video file may stand
in for the camera (tests, demos): it plays at its own speed, as a camera would deliver it. The
window shows ``latest()`` a few times a second. Nothing is saved or logged: the picture may show a
resident's handout.
"""

from __future__ import annotations

import functools
import os
import sys
import threading
import time
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path

from assist_app.messages import Message
from assist_app.messages.paper import (
    CAMERA_BUSY,
    CAMERA_CANNOT_OPEN,
    CAMERA_NOT_FOUND,
    CAMERA_NOT_INSTALLED,
    CAMERA_SAW_NO_CODE,
    VIDEO_HAD_NO_CODE,
    VIDEO_NOT_READABLE,
)
from assist_app.resume.errors import CameraUnavailable
from assist_app.resume.reading import codes_in_grey, first_code

ENVIRONMENT = "ASSIST_APP_CAMERA"  # another camera's number, or a video file that stands in for one

Source = int | Path


@functools.cache
def camera_installed() -> bool:
    """Whether OpenCV can be imported (the camera button appears only then)."""
    try:
        _opencv()
    except CameraUnavailable:
        return False
    return True


def _opencv():
    try:
        import cv2
    except ImportError:  # the extra is not installed, or its libraries are missing
        raise CameraUnavailable(CAMERA_NOT_INSTALLED()) from None
    # OpenCV warns on stderr for every backend that cannot open a camera; the reader says it once.
    cv2.utils.logging.setLogLevel(cv2.utils.logging.LOG_LEVEL_ERROR)
    return cv2


def camera_source(environ: Mapping[str, str] = os.environ) -> Source:
    """Camera 0, unless ASSIST_APP_CAMERA gives another number or a video file."""
    value = environ.get(ENVIRONMENT, "").strip()
    if not value:
        return 0
    return int(value) if value.isdigit() else Path(value)


@dataclass(frozen=True)
class CameraOutcome:
    code: str | None  # the resume code's digits, or None
    frames: int  # frames looked at
    stopped: bool  # asked to stop (Cancel, the dialog closed) before a code was seen
    source: Source

    @property
    def message(self) -> Message | None:
        """Why no code came back, when the source ended without one; None otherwise."""
        if self.code is not None or self.stopped:
            return None
        if isinstance(self.source, Path):
            return VIDEO_HAD_NO_CODE(file=self.source.name)
        return CAMERA_SAW_NO_CODE()


class CameraReader:
    """One reading: ``read()`` runs on a worker thread; ``stop()`` and ``latest()`` may be called
    from any other thread."""

    def __init__(self, source: Source, pace: bool | None = None) -> None:
        self.source = source
        self.pace = isinstance(source, Path) if pace is None else pace
        self._stop = threading.Event()
        self._lock = threading.Lock()
        self._latest: tuple[int, object] | None = None

    def stop(self) -> None:
        self._stop.set()

    def latest(self) -> tuple[int, object] | None:
        """The newest frame (a BGR numpy array, never changed afterwards) with its number, or None."""
        with self._lock:
            return self._latest

    def read(self) -> CameraOutcome:
        """Frames until one holds a resume code, the source ends or ``stop()``; the camera is
        released in every case. CameraUnavailable when it cannot be opened or gives no picture."""
        cv2 = _opencv()
        capture = self._open(cv2)
        try:
            return self._frames(cv2, capture)
        finally:
            capture.release()

    def _open(self, cv2):
        if isinstance(self.source, Path):
            capture = cv2.VideoCapture(str(self.source)) if self.source.is_file() else None
            if capture is None or not capture.isOpened():
                if capture is not None:
                    capture.release()
                raise CameraUnavailable(VIDEO_NOT_READABLE(file=self.source.name))
            return capture
        capture = cv2.VideoCapture(self.source)
        if not capture.isOpened():
            capture.release()
            if sys.platform.startswith("linux") and not Path(f"/dev/video{self.source}").exists():
                raise CameraUnavailable(CAMERA_NOT_FOUND(camera=self.source))
            raise CameraUnavailable(CAMERA_CANNOT_OPEN(camera=self.source))
        # Keep only the newest picture: frames queued while one is decoded would show the past.
        capture.set(cv2.CAP_PROP_BUFFERSIZE, 1)
        return capture

    def _frames(self, cv2, capture) -> CameraOutcome:
        fps = capture.get(cv2.CAP_PROP_FPS) if self.pace else 0
        interval = 1 / fps if fps and fps > 0 else 0.0
        due = time.monotonic()
        frames = 0
        while not self._stop.is_set():
            ok, frame = capture.read()
            if not ok or frame is None:
                if frames == 0:
                    if isinstance(self.source, Path):
                        raise CameraUnavailable(VIDEO_NOT_READABLE(file=self.source.name))
                    raise CameraUnavailable(CAMERA_BUSY(camera=self.source))
                return CameraOutcome(None, frames, False, self.source)
            frames += 1
            with self._lock:
                self._latest = (frames, frame)
            code = first_code(codes_in_grey(cv2.cvtColor(frame, cv2.COLOR_BGR2GRAY)))
            if code is not None:
                return CameraOutcome(code, frames, False, self.source)
            if interval:
                due += interval
                if self._stop.wait(max(0.0, due - time.monotonic())):
                    break
        return CameraOutcome(None, frames, True, self.source)
