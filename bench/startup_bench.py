"""Start-up: from process start to the main window's first paint, and to today's list filled with
its first page, on a database of 100,000 cases — each beside a bare PySide6 window shown in a
fresh process (the floor), measured in the same run. Also shown, without a target: when the full
core (SQLAlchemy, migrations check) is open and every action is available."""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import time
from pathlib import Path

from bench import dataset
from bench.timing import Result

FLOOR_SCRIPT = """
import time
from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QMainWindow
app = QApplication([])
window = QMainWindow()
class Probe(QObject):
    def eventFilter(self, obj, event):
        if event.type() == QEvent.Type.Paint:
            print(f"first_paint {time.time():.6f}", flush=True)
            QTimer.singleShot(0, app.quit)
            obj.removeEventFilter(self)
        return False
probe = Probe()
window.installEventFilter(probe)
window.resize(1180, 760)
window.show()
app.exec()
"""


def _run(argv: list[str], env: dict[str, str]) -> dict[str, float]:
    start = time.time()
    done = subprocess.run(argv, capture_output=True, text=True, env=env, timeout=120, check=True)
    marks = {}
    for line in done.stdout.splitlines():
        name, _, rest = line.partition(" ")
        if name in ("first_paint", "list_filled", "core_ready"):
            marks[name] = (float(rest.split()[0]) - start) * 1000
    return marks


def startup_benchmarks(database: Path, repeat: int = 7) -> list[Result]:
    from bench.crypto_bench import startup_data_dir

    # The app encrypts a plain database on open: start it on an encrypted copy, unlocked by passphrase.
    data_dir, unlock_env = startup_data_dir(database)
    env = {
        **os.environ,
        **unlock_env,
        "QT_QPA_PLATFORM": os.environ.get("QT_QPA_PLATFORM", "offscreen"),
        "ASSIST_APP_STARTUP_PROBE": "1",
        "ASSIST_APP_PIN": dataset.BENCH_PIN,  # the probe signs in as the dataset's one account
    }
    app = [sys.executable, "-m", "assist_app", "--data-dir", str(data_dir)]
    floor_cmd = [sys.executable, "-c", FLOOR_SCRIPT]
    _run(app, env)  # warm the file cache once
    _run(floor_cmd, env)
    paint, filled, ready, floor = [], [], [], []
    for _ in range(repeat):
        marks = _run(app, env)
        paint.append(marks["first_paint"])
        filled.append(marks["list_filled"])
        ready.append(marks["core_ready"])
        floor.append(_run(floor_cmd, env)["first_paint"])
    floor_ms = statistics.median(floor)
    return [
        Result(
            "start-up: main window first painted",
            statistics.median(paint),
            floor_ms,
            None,
            1.5,
            note="floor: a bare PySide6 QMainWindow shown in a fresh process",
        ),
        Result(
            "start-up: today's list filled (first page)",
            statistics.median(filled),
            floor_ms,
            None,
            3.0,
            note=f"database: an encrypted copy of {database.name}, key unwrapped from a passphrase (scrypt)",
        ),
        Result(
            "start-up: core open, all actions available",
            statistics.median(ready),
            floor_ms,
            note="no target: the list above is already shown from a plain SQLite read",
        ),
    ]
