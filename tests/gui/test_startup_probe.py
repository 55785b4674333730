"""The start-up probe's marks are read line by line by bench/startup_bench.py; one of them
(``checked``) is printed from the worker thread while the GUI thread prints others."""

from __future__ import annotations

import io
import sys

from assist_app.gui.startup_probe import StartupProbe


class Writes(io.StringIO):
    def __init__(self) -> None:
        super().__init__()
        self.calls: list[str] = []

    def write(self, text: str) -> int:
        self.calls.append(text)
        return super().write(text)


def test_each_mark_is_written_whole_with_its_newline(qapp, monkeypatch):
    out = Writes()
    monkeypatch.setattr(sys, "stdout", out)
    probe = StartupProbe(None, lambda: None)
    probe.mark("list_filled", "rows=3")
    probe.mark("checked")
    # One write per line: a print() writes the newline apart, so another thread's mark could land
    # between ("…968940checked 1795…").
    assert [c.split()[0] for c in out.calls] == ["list_filled", "checked"]
    assert all(c.endswith("\n") and c.count("\n") == 1 for c in out.calls)
