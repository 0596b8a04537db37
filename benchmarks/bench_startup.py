"""Start-up: time from launch to the first painted main window, and peak RSS at that moment.

Pairs: `python -m rcpdesk` (real catalog, empty profile) against a bare PySide6 window with the
same widget kinds (benchmarks/bare_window.py); the frozen bundle against the same floor. Also
printed: when the window is complete (its notes open and the search results, comparison and
notes panels built, just after the first paint), and the longest the GUI thread was held in
between (budget 50 ms, as for typing).
"""

from __future__ import annotations

import tempfile

from harness import ROOT, Figure, first_paint, python

BUNDLE = ROOT / "dist" / "rcpdesk" / "rcpdesk"
STALL_BUDGET_MS = 50.0  # as for typing a query: a delegate may type as soon as the window shows


def _paired(name: str, argv: list[str], runs: int) -> list[Figure]:
    app, floor = [], []
    with tempfile.TemporaryDirectory() as profile:  # warm-up: bytecode written, disk cache filled
        first_paint(argv, {"RCPDESK_HOME": profile})
    first_paint([python(), str(ROOT / "benchmarks" / "bare_window.py")])
    for index in range(runs):  # in pairs, back to back, each going first in turn
        with tempfile.TemporaryDirectory() as profile:
            pair = [lambda: first_paint(argv, {"RCPDESK_HOME": profile}),
                    lambda: first_paint([python(), str(ROOT / "benchmarks" / "bare_window.py")])]
            if index % 2:
                floor_result, app_result = pair[1](), pair[0]()
            else:
                app_result, floor_result = pair[0](), pair[1]()
        app.append(app_result)
        floor.append(floor_result)
    return [
        Figure(f"start to first paint, {name}", "s", [r["first_paint_s"] for r in app],
               [r["first_paint_s"] for r in floor], floor_ratio_budget=1.3, paired=True),
        Figure(f"peak RSS at first paint, {name}", "MiB", [r["peak_rss_mib"] for r in app],
               [r["peak_rss_mib"] for r in floor], floor_ratio_budget=1.3, paired=True),
        Figure(f"start to complete window, {name}", "s", [r["ready_s"] for r in app],
               note="notes opened (a new profile's database created), the docked panels built"),
        Figure(f"peak RSS, complete window, {name}", "MiB", [r["ready_rss_mib"] for r in app]),
        Figure(f"longest GUI stall, first paint to complete window, {name}", "ms",
               [r["stall_after_paint_ms"] for r in app], budget=STALL_BUDGET_MS,
               note="a new profile (its notes database made then); typing may start at the first paint"),
    ]


def run(runs: int) -> list[Figure]:
    runs = max(runs, 11)  # start-up times on a shared machine scatter by ±30 %: more pairs
    figures = _paired("python -m rcpdesk", [python(), "-m", "rcpdesk"], runs)
    if BUNDLE.is_file():
        figures += _paired("frozen one-dir bundle", [str(BUNDLE)], runs)
    return figures


if __name__ == "__main__":
    from harness import print_table

    print_table(run(5))
