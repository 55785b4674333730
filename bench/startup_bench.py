"""Start-up on an encrypted database of 100,000 cases, from process start: the main window first
painted, the sign-in page painted, and today's list filled with its first page once the probe has
signed in ($ASSIST_APP_PIN, as the command line does) — each beside a bare PySide6 window shown in a
fresh process (the floor), measured in the same run. The PIN check (a slow hash, by design) is also
shown on its own, and the list's time without it; then when the deferred check of every page ends,
and the sign-in page and list when the key comes from the passphrase instead of a keychain."""

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


MARKS = ("first_paint", "sign_in_shown", "pin_checked", "list_filled", "checked")
TYPED = "pin_entered"  # only with ASSIST_APP_PROBE_TYPED_PIN=1


def _run(argv: list[str], env: dict[str, str]) -> dict[str, float]:
    """Milliseconds from process start to each mark the probe prints (app.py, startup_probe.py);
    ``pin_ms`` is how long the PIN check itself took."""
    start = time.time()
    done = subprocess.run(argv, capture_output=True, text=True, env=env, timeout=120, check=True)
    marks = {}
    for line in done.stdout.splitlines():
        name, *rest = line.split()
        if name in (*MARKS, TYPED) and rest:
            marks[name] = (float(rest[0]) - start) * 1000
            if name == "pin_checked":
                marks["pin_ms"] = float(rest[1].removeprefix("ms="))
    return marks


def _runs(app: list[str], env: dict[str, str], repeat: int, floor_cmd=None) -> tuple[list[dict], list[float]]:
    runs, floor = [], []
    for _ in range(repeat):
        runs.append(_run(app, env))
        if floor_cmd is not None:
            floor.append(_run(floor_cmd, env)["first_paint"])
    missing = [m for m in MARKS if any(m not in r for r in runs)]
    if missing:
        raise RuntimeError(f"the start-up probe did not print {', '.join(missing)}")
    return runs, floor


def startup_benchmarks(database: Path, repeat: int = 7) -> list[Result]:
    from bench.crypto_bench import startup_data_dir

    # The app encrypts a plain database on open: it starts on an encrypted copy of it, its key
    # from a keychain (as on a desktop) or unwrapped from the passphrase (no keychain).
    data_dir, unlocking = startup_data_dir(database)
    base = {
        **os.environ,
        "QT_QPA_PLATFORM": os.environ.get("QT_QPA_PLATFORM", "offscreen"),
        "ASSIST_APP_STARTUP_PROBE": "1",
        "ASSIST_APP_PIN": dataset.BENCH_PIN,  # the probe signs in as the dataset's one account
    }
    env = {**base, **unlocking["keychain"]}
    passphrase_env = {**base, **unlocking["passphrase"]}
    app = [sys.executable, "-m", "assist_app", "--data-dir", str(data_dir)]
    floor_cmd = [sys.executable, "-c", FLOOR_SCRIPT]
    _run(app, env)  # warm the file cache once
    _run(floor_cmd, env)
    runs, floor = _runs(app, env, repeat, floor_cmd)
    by_passphrase, _ = _runs(app, passphrase_env, max(3, repeat // 2))
    typed, _ = _runs(app, {**env, "ASSIST_APP_PROBE_TYPED_PIN": "1"}, max(3, repeat // 2))

    def median(key: str, of: list[dict] = runs) -> float:
        return statistics.median(r[key] for r in of)

    floor_ms = statistics.median(floor)
    without_pin = statistics.median(r["list_filled"] - r["pin_ms"] for r in runs)
    encrypted = f"an encrypted copy of {database.name}"
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
            note=f"key from the keychain, {encrypted} open (schema check); catalogs load during the PIN",
        ),
        Result(
            "start-up: today's list filled (signed in)",
            median("list_filled"),
            floor_ms,
            None,
            3.0,
            note=f"database: {encrypted}; includes the PIN check below (the target predates sign-in)",
        ),
        Result("start-up: the PIN check alone (scrypt)", median("pin_ms"), note="slow on purpose"),
        Result(
            "start-up: today's list, less the PIN check",
            without_pin,
            floor_ms,
            note="what the app itself costs on the way to the list",
        ),
        Result(
            "start-up: PIN entered → today's list filled",
            statistics.median(r["list_filled"] - r[TYPED] for r in typed),
            note="Enter pressed once the rest of the core has opened (a person types for a second or "
            "more): what a helper waits for after the PIN, the PIN check included",
        ),
        Result(
            "start-up: every page checked (after the list)",
            median("checked"),
            floor_ms,
            note="cipher_integrity_check on the worker, off the way to the sign-in page and the list",
        ),
        Result(
            "start-up without a keychain: sign-in page painted",
            median("sign_in_shown", by_passphrase),
            floor_ms,
            note="the key unwrapped from $ASSIST_APP_PASSPHRASE (scrypt n=2^17) before the database opens",
        ),
        Result(
            "start-up without a keychain: today's list filled",
            median("list_filled", by_passphrase),
            floor_ms,
        ),
    ]
