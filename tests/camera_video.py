"""Real video files that stand in for a webcam (MJPG .avi, written with OpenCV): a blank page, then
a handout held up to the camera. Shared by the camera tests of the core and the window, and the
screen walk."""

from __future__ import annotations

from pathlib import Path

import cv2
import numpy as np
import pypdfium2 as pdfium
import pytest

FRAME = (1280, 720)  # a common webcam picture: width, height


def camera_frame(pdf: bytes | None, page: int = 0) -> np.ndarray:
    """What a webcam sees of a handout held up to it: the top of the page (the resume code's corner)
    at about 2 pixels a point, slightly askew, on a grey desk; a blank page when ``pdf`` is None."""
    width, height = FRAME
    frame = np.full((height, width, 3), 90, np.uint8)
    if pdf is None:
        picture = np.full((height, 1190, 3), 250, np.uint8)
    else:
        document = pdfium.PdfDocument(pdf)
        try:
            picture = np.array(document[page].render(scale=2).to_pil().convert("RGB"))[:height, :, ::-1]
        finally:
            document.close()
    left = (width - picture.shape[1]) // 2
    frame[:, left : left + picture.shape[1]] = picture
    turn = cv2.getRotationMatrix2D((width / 2, height / 2), 2.0, 1.0)
    return cv2.warpAffine(frame, turn, FRAME, borderValue=(90, 90, 90))


def write_video(path: Path, frames: list[np.ndarray], fps: float = 10) -> Path:
    writer = cv2.VideoWriter(str(path), cv2.VideoWriter_fourcc(*"MJPG"), fps, FRAME)
    assert writer.isOpened()
    for frame in frames:
        writer.write(frame)
    writer.release()
    return path


def open_files(path: Path) -> list[str]:
    """The process's open file descriptors that point at ``path``. Linux only: elsewhere the test
    is skipped, since an empty list there would pass every "released" check without looking."""
    folder = Path("/proc/self/fd")
    if not folder.is_dir():
        pytest.skip("no /proc/self/fd here: cannot see which files the process holds open")
    found = []
    for fd in folder.iterdir():
        try:
            if Path(fd.readlink()) == path:
                found.append(fd.name)
        except OSError:
            continue
    return found
