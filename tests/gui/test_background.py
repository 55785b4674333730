"""The background helper: results and errors come back on the GUI thread, and nothing a job holds
(its work, its callbacks, its result or error) is freed on the worker thread, where PySide would
disconnect slots under Qt's connection lock and could deadlock with the GUI thread."""

from __future__ import annotations

import gc
import threading

from PySide6.QtCore import QObject

from assist_app.gui.background import BackgroundWork


class Tracked:
    """Records on which thread it was freed."""

    def __init__(self, freed: list[str], name: str) -> None:
        self.freed, self.name = freed, name

    def __del__(self) -> None:
        self.freed.append(f"{self.name}@{threading.current_thread().name}")


def on_gui_thread(entries: list[str]) -> bool:
    main = threading.main_thread().name
    return all(entry.endswith(f"@{main}") for entry in entries)


def test_results_errors_and_progress_reach_the_gui_thread(qtbot):
    work = BackgroundWork()
    seen = []
    with qtbot.waitSignal(work.busy_changed, check_params_cb=lambda busy: not busy, timeout=10000):
        work.run(
            lambda report: [report(n, 3) for n in (1, 2, 3)] and threading.current_thread().name,
            lambda name: seen.append(("done", name, threading.current_thread() is threading.main_thread())),
            lambda exc: seen.append(("failed", exc)),
            lambda done, total: seen.append(("progress", done, total)),
        )
    assert seen[:3] == [("progress", 1, 3), ("progress", 2, 3), ("progress", 3, 3)]
    kind, worker_name, on_main = seen[3]
    assert kind == "done" and worker_name != threading.main_thread().name and on_main

    with qtbot.waitSignal(work.busy_changed, check_params_cb=lambda busy: not busy, timeout=10000):
        work.run(lambda: 1 / 0, seen.append, lambda exc: seen.append(type(exc).__name__))
    assert seen[-1] == "ZeroDivisionError" and work.running == 0


def test_nothing_a_job_holds_is_freed_on_the_worker_thread(qtbot):
    work = BackgroundWork()
    freed: list[str] = []
    for round_ in range(30):
        captured = Tracked(freed, f"work{round_}")
        listener = Tracked(freed, f"callback{round_}")

        def job(captured=captured, round_=round_):
            assert captured
            if round_ % 3 == 2:
                raise ValueError(Tracked(freed, f"error{round_}"))
            return Tracked(freed, f"result{round_}")

        finished = []
        work.run(
            job,
            lambda result, listener=listener, finished=finished: finished.append(1),
            lambda exc, finished=finished: finished.append(0),
        )
        del captured, listener, job
        qtbot.waitUntil(lambda finished=finished: bool(finished), timeout=10000)
    work.wait()
    qtbot.wait(0)  # let queued events and their arguments go
    gc.collect()
    assert len([f for f in freed if f.startswith(("work", "callback"))]) == 60
    assert on_gui_thread(freed), [f for f in freed if not on_gui_thread([f])]


def test_a_callback_of_a_widget_deleted_meanwhile_is_not_called(qtbot):
    work = BackgroundWork()
    gate = threading.Event()
    calls = []

    class Receiver(QObject):
        def done(self, value) -> None:
            calls.append(value)

    receiver = Receiver()
    work.run(lambda: gate.wait(10) and "late", receiver.done, receiver.done)
    receiver.deleteLater()  # e.g. a dialog closed by the lock while its document was being made
    qtbot.waitUntil(lambda: not _alive(receiver))
    gate.set()
    qtbot.waitUntil(lambda: work.running == 0, timeout=10000)
    assert calls == []


def _alive(obj: QObject) -> bool:
    import shiboken6

    return shiboken6.isValid(obj)
