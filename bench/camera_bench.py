"""Camera benchmark (needs the optional ``camera`` extra): how many webcam frames a second the
reader looks at, on a video of a page held up to the camera that shows QR codes but no resume code
(so every frame is searched in full, as while a helper is still aiming the paper).

The floor is the plainest loop doing the same work: OpenCV reads each frame, converts it to grey and
zxing-cpp searches it, with nothing else around it.
"""

from __future__ import annotations

import tempfile
from pathlib import Path

from bench.timing import Result, paired_ms

FRAMES = 30
SIZE = (1280, 720)  # a common webcam picture


def _video(path: Path) -> Path:
    import cv2
    import numpy as np
    import qrcode
    from PIL import Image, ImageDraw

    page = Image.new("RGB", SIZE, (90, 90, 90))
    sheet = Image.new("RGB", (1000, 720), (250, 250, 250))
    draw = ImageDraw.Draw(sheet)
    for line in range(14):
        draw.rectangle((40, 60 + line * 44, 40 + 500 - (line % 4) * 60, 72 + line * 44), fill=(60, 60, 60))
    for n, top in enumerate((60, 380)):
        url = f"https://www.example.lg.jp/procedures/step-{n}.html"
        symbol = qrcode.make(url, error_correction=qrcode.constants.ERROR_CORRECT_Q, box_size=6, border=4)
        sheet.paste(symbol.get_image().convert("RGB").resize((260, 260)), (700, top))
    page.paste(sheet.rotate(2, expand=False, fillcolor=(90, 90, 90)), (140, 0))
    frame = cv2.cvtColor(np.array(page), cv2.COLOR_RGB2BGR)
    writer = cv2.VideoWriter(str(path), cv2.VideoWriter_fourcc(*"MJPG"), 30, SIZE)
    for _ in range(FRAMES):
        writer.write(frame)
    writer.release()
    return path


def camera_benchmarks(repeat: int = 5) -> list[Result]:
    from assist_app.resume.camera import CameraReader, camera_installed

    if not camera_installed():
        return []  # the camera is an optional extra: nothing to measure without it
    import cv2
    import zxingcpp

    video = _video(Path(tempfile.mkdtemp(prefix="assist-camera-bench-")) / "aiming.avi")

    def reader() -> None:
        outcome = CameraReader(video, pace=False).read()
        assert outcome.code is None and outcome.frames == FRAMES

    def floor() -> None:
        capture = cv2.VideoCapture(str(video))
        while True:
            ok, frame = capture.read()
            if not ok:
                break
            grey = cv2.cvtColor(frame, cv2.COLOR_BGR2GRAY)
            zxingcpp.read_barcodes(grey, formats=zxingcpp.BarcodeFormat.QRCode)
        capture.release()

    median, floor_ms = paired_ms(reader, floor, repeat=repeat)
    per_frame, floor_frame = median / FRAMES, floor_ms / FRAMES
    video.unlink()
    video.parent.rmdir()
    return [
        Result(
            "camera: one 1280×720 frame read and searched",
            per_frame,
            floor_frame,
            target_ms=100.0,  # 10 frames a second: the code is read before the hand moves
            max_ratio=1.3,
            note=f"{1000 / per_frame:.0f} frames/s over a {FRAMES}-frame MJPG video with 2 other QR codes; "
            "floor: OpenCV read, grey and zxing-cpp alone",
        )
    ]
