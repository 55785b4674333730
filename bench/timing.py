"""Repeat-and-take-the-median timing, and the result row every benchmark prints."""

from __future__ import annotations

import json
import statistics
import time
from collections.abc import Callable
from dataclasses import asdict, dataclass


@dataclass
class Result:
    name: str
    median_ms: float
    floor_ms: float | None = None  # the same work done the plainest way, in the same run
    target_ms: float | None = None
    max_ratio: float | None = None
    note: str = ""

    @property
    def ratio(self) -> float | None:
        return None if not self.floor_ms else self.median_ms / self.floor_ms

    @property
    def ok(self) -> bool:
        within_target = self.target_ms is None or self.median_ms <= self.target_ms
        within_ratio = self.max_ratio is None or (self.ratio is not None and self.ratio <= self.max_ratio)
        return within_target and within_ratio

    def as_json(self) -> str:
        data = asdict(self)
        data["ratio"] = None if self.ratio is None else round(self.ratio, 2)
        data["ok"] = self.ok
        return json.dumps(data, ensure_ascii=False)


def median_ms(work: Callable[[], object], repeat: int = 30, warmup: int = 3) -> float:
    for _ in range(warmup):
        work()
    samples = []
    for _ in range(repeat):
        start = time.perf_counter()
        work()
        samples.append(time.perf_counter() - start)
    return statistics.median(samples) * 1000


def paired_ms(
    work: Callable[[], object], floor: Callable[[], object], repeat: int = 30
) -> tuple[float, float]:
    """Median of work and of floor, interleaved so both see the same machine state."""
    for _ in range(3):
        work()
        floor()
    a, b = [], []
    for _ in range(repeat):
        start = time.perf_counter()
        work()
        a.append(time.perf_counter() - start)
        start = time.perf_counter()
        floor()
        b.append(time.perf_counter() - start)
    return statistics.median(a) * 1000, statistics.median(b) * 1000


def print_table(results: list[Result]) -> None:
    header = f"{'benchmark':44} {'median ms':>10} {'floor ms':>9} {'ratio':>6} {'target':>14}  ok"
    print(header)
    print("-" * len(header))
    for r in results:
        floor = f"{r.floor_ms:9.3f}" if r.floor_ms is not None else f"{'—':>9}"
        ratio = f"{r.ratio:6.2f}" if r.ratio is not None else f"{'—':>6}"
        target = " ".join(
            t
            for t in (
                f"<{r.target_ms:g}ms" if r.target_ms else "",
                f"≤{r.max_ratio:g}×" if r.max_ratio else "",
            )
            if t
        )
        print(f"{r.name:44} {r.median_ms:10.3f} {floor} {ratio} {target:>14}  {'yes' if r.ok else 'NO'}")
        if r.note:
            print(f"    {r.note}")
