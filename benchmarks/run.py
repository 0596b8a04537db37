"""Run every benchmark and print a table of figures against their floors and budgets.

    python benchmarks/run.py            # everything (builds the synthetic catalogs once, cached)
    python benchmarks/run.py --quick    # fewer runs, no 200,000-paragraph catalog
    python benchmarks/run.py --only search,sheets

Exits 1 and names the figure when a budget is missed. Not part of the test run: figures depend
on the machine; the budgets are the product's promises, checked here on purpose.
"""

from __future__ import annotations

import argparse
import os
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("QT_LOGGING_RULES", "qt.qpa.*=false")

from harness import ROOT, Figure, print_table

CACHE = Path(os.environ.get("RCPDESK_BENCH_CACHE", ROOT / "benchmarks" / ".cache"))
GROUPS = ("startup", "search", "gui", "notes", "sheets", "pack", "bundle")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--quick", action="store_true", help="fewer runs; skip the stress catalog")
    parser.add_argument("--only", help=f"comma-separated groups: {', '.join(GROUPS)}")
    args = parser.parse_args()
    groups = args.only.split(",") if args.only else list(GROUPS)
    runs = 3 if args.quick else 7
    started = time.perf_counter()

    import synthetic

    large = synthetic.build_synthetic(CACHE / "large", 2500, 5000)
    stress = None if args.quick else synthetic.build_stress(CACHE / "stress", 200_000)
    figures: list[Figure] = []
    if "startup" in groups:
        import bench_startup

        figures += bench_startup.run(runs)
    if "search" in groups:
        import bench_search

        catalogs = {"real": ROOT / "resources" / "rcpdesk.db", "large": large}
        if stress:
            catalogs["stress"] = stress
        figures += bench_search.run(catalogs, runs * 3)
    if "gui" in groups and stress:
        import bench_gui

        figures += bench_gui.run(large, stress)
    if "notes" in groups:
        import bench_notes

        figures += bench_notes.run(1 if args.quick else 3)
    if "sheets" in groups:
        import bench_sheets

        figures += bench_sheets.run(runs)
    if "pack" in groups:
        import bench_pack

        figures += bench_pack.run(min(runs, 5))
    if "bundle" in groups:
        import bench_bundle

        figures += bench_bundle.run()

    print()
    print_table(figures)
    missed = [reason for f in figures if (reason := f.missed())]
    print(f"\n{len(figures)} figures in {time.perf_counter() - started:.0f} s")
    for reason in missed:
        print(f"BUDGET MISSED: {reason}")
    return 1 if missed else 0


if __name__ == "__main__":
    sys.exit(main())
