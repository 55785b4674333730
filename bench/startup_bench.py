"""Start-up on a database of 100,000 cases, from process start: the main window first painted,
the sign-in page painted, and today's list filled with its first page once the probe has signed in
($ASSIST_APP_PIN, as the command line does) — each beside a bare PySide6 window shown in a fresh
process (the floor), measured in the same run. The PIN check (a slow hash, by design) is also shown
on its own, and the list's time without it."""

from __future__ import annotations

import json
import os
import statistics
import subprocess
import sys
import tempfile
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


MARKS = ("first_paint", "sign_in_shown", "pin_checked", "list_filled")


def _run(argv: list[str], env: dict[str, str]) -> dict[str, float]:
    """Milliseconds from process start to each mark the probe prints (app.py, startup_probe.py);
    ``pin_ms`` is how long the PIN check itself took."""
    start = time.time()
    done = subprocess.run(argv, capture_output=True, text=True, env=env, timeout=120, check=True)
    marks = {}
    for line in done.stdout.splitlines():
        name, *rest = line.split()
        if name in MARKS and rest:
            marks[name] = (float(rest[0]) - start) * 1000
            if name == "pin_checked":
                marks["pin_ms"] = float(rest[1].removeprefix("ms="))
    return marks


def startup_benchmarks(database: Path, repeat: int = 7) -> list[Result]:
    data_dir = Path(tempfile.mkdtemp(prefix="assist-startup-"))
    (data_dir / "config.json").write_text(
        json.dumps({"database_url": f"sqlite:///{database}"}), encoding="utf-8"
    )
    env = {
        **os.environ,
        "QT_QPA_PLATFORM": os.environ.get("QT_QPA_PLATFORM", "offscreen"),
        "ASSIST_APP_STARTUP_PROBE": "1",
        "ASSIST_APP_PIN": dataset.BENCH_PIN,  # the probe signs in as the dataset's one account
    }
    app = [sys.executable, "-m", "assist_app", "--data-dir", str(data_dir)]
    floor_cmd = [sys.executable, "-c", FLOOR_SCRIPT]
    _run(app, env)  # warm the file cache once
    _run(floor_cmd, env)
    runs, floor = [], []
    for _ in range(repeat):
        runs.append(_run(app, env))
        floor.append(_run(floor_cmd, env)["first_paint"])
    missing = [m for m in MARKS if any(m not in r for r in runs)]
    if missing:
        raise RuntimeError(f"the start-up probe did not print {', '.join(missing)}")

    def median(key: str) -> float:
        return statistics.median(r[key] for r in runs)

    floor_ms = statistics.median(floor)
    without_pin = statistics.median(r["list_filled"] - r["pin_ms"] for r in runs)
    return [
        Result(
            "start-up: main window first painted",
            median("first_paint"),
            floor_ms,
            None,
            1.5,
            note="floor: a bare PySide6 QMainWindow shown in a fresh process",
        ),
        Result(
            "start-up: sign-in page painted",
            median("sign_in_shown"),
            floor_ms,
            note="database open (SQLAlchemy, schema check); catalogs load afterwards, during the PIN",
        ),
        Result(
            "start-up: today's list filled (signed in)",
            median("list_filled"),
            floor_ms,
            None,
            3.0,
            note=f"database: {database.name}; includes the PIN check below (the target predates sign-in)",
        ),
        Result("start-up: the PIN check alone (scrypt)", median("pin_ms"), note="slow on purpose"),
        Result(
            "start-up: today's list, less the PIN check",
            without_pin,
            floor_ms,
            note="what the app itself costs on the way to the list",
        ),
    ]
