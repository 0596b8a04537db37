"""Figures and budgets: repeat a measurement, keep median/min/max, compare with a floor."""

from __future__ import annotations

import json
import os
import statistics
import subprocess
import sys
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:  # run from a checkout without `pip install -e .`
    sys.path.insert(0, str(ROOT))


@dataclass
class Figure:
    name: str
    unit: str
    samples: list[float]
    floor: list[float] = field(default_factory=list)
    budget: float | None = None  # absolute budget in `unit`
    floor_ratio_budget: float | None = None  # budget as a multiple of the floor's median
    note: str = ""
    # Samples and floor taken in pairs, back to back: the ratio is then the median of the
    # pairs' ratios, which cancels the machine's slow swings (±30 % here) that hit both alike.
    paired: bool = False

    @property
    def median(self) -> float:
        return statistics.median(self.samples)

    @property
    def floor_median(self) -> float | None:
        return statistics.median(self.floor) if self.floor else None

    @property
    def ratio(self) -> float | None:
        if self.paired and self.floor and len(self.floor) == len(self.samples):
            return statistics.median(a / f for a, f in zip(self.samples, self.floor))
        floor = self.floor_median
        return self.median / floor if floor else None

    def missed(self) -> str | None:
        """Why the budget is missed, or None."""
        if self.budget is not None and self.median > self.budget:
            return f"{self.name}: median {self.median:.3g} {self.unit} > budget {self.budget:g} {self.unit}"
        ratio = self.ratio
        if self.floor_ratio_budget is not None and ratio is not None and ratio > self.floor_ratio_budget:
            return f"{self.name}: {ratio:.2f}x the floor > budget {self.floor_ratio_budget:g}x"
        return None


def repeat(measure: Callable[[], float], runs: int, warmup: int = 1) -> list[float]:
    for _ in range(warmup):
        measure()
    return [measure() for _ in range(runs)]


def timed(call: Callable[[], object], scale: float = 1000.0) -> Callable[[], float]:
    """A measurement of call's wall time (milliseconds by default)."""

    def measure() -> float:
        started = time.perf_counter()
        call()
        return (time.perf_counter() - started) * scale

    return measure


def first_paint(argv: list[str], env: dict[str, str] | None = None) -> dict[str, float]:
    """Start a program with the first-paint probe on; returns its JSON report."""
    environment = dict(os.environ, QT_QPA_PLATFORM="offscreen", **(env or {}))
    # An installed app runs from compiled bytecode; this machine's PYTHONDONTWRITEBYTECODE=1 would
    # make every start compile rcpdesk from source (the warm-up run writes the .pyc files).
    environment.pop("PYTHONDONTWRITEBYTECODE", None)
    environment["RCPDESK_BENCH_T0"] = repr(time.time())
    result = subprocess.run(argv, capture_output=True, text=True, env=environment, timeout=120, cwd=ROOT, check=False)
    for line in result.stdout.splitlines():
        if line.startswith("{") and "first_paint_s" in line:
            return json.loads(line)
    raise RuntimeError(f"no first-paint report from {argv}: {result.stderr[-1500:]}")


def print_table(figures: list[Figure]) -> None:
    header = f"{'figure':<52} {'median':>10} {'min':>10} {'max':>10} {'unit':<5} {'floor':>10} {'ratio':>6} {'budget':>12}"
    print(header)
    print("-" * len(header))
    for f in figures:
        floor = f"{f.floor_median:.3g}" if f.floor_median is not None else "-"
        ratio = f"{f.ratio:.2f}" if f.ratio is not None else "-"
        budget = (f"<= {f.budget:g}" if f.budget is not None else
                  f"<= {f.floor_ratio_budget:g}x" if f.floor_ratio_budget else "-")
        flag = "  MISSED" if f.missed() else ""
        print(f"{f.name:<52} {f.median:>10.3g} {min(f.samples):>10.3g} {max(f.samples):>10.3g} "
              f"{f.unit:<5} {floor:>10} {ratio:>6} {budget:>12}{flag}")
        if f.note:
            print(f"    {f.note}")


def python() -> str:
    return sys.executable
