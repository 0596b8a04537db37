"""The start-up probe the benchmarks read: `python -m rcpdesk` reports its first paint and the
moment its panels are complete, then quits (a probe that never fires would hang the suite)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def test_first_paint_and_complete_window_are_reported(tmp_path: Path) -> None:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", RCPDESK_HOME=str(tmp_path),
               RCPDESK_BENCH_T0=repr(time.time()))
    result = subprocess.run([sys.executable, "-m", "rcpdesk"], capture_output=True, text=True,
                            env=env, cwd=ROOT, timeout=60, check=True)
    report = json.loads(next(line for line in result.stdout.splitlines() if line.startswith("{")))
    assert 0 < report["first_paint_s"] <= report["ready_s"] < 60
    assert 20 < report["peak_rss_mib"] <= report["ready_rss_mib"] < 2000
    assert (tmp_path / "notes.db").exists()  # the new profile's notes were created after the paint
