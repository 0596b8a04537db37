"""The start-up probe the benchmarks read: `python -m rcpdesk` reports its first paint and the
moment its panels are complete, then quits (a probe that never fires would hang the suite)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]


def test_first_paint_and_complete_window_are_reported(tmp_path: Path) -> None:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", RCPDESK_HOME=str(tmp_path),
               RCPDESK_BENCH_T0=repr(time.time()))
    result = subprocess.run([sys.executable, "-m", "rcpdesk"], capture_output=True, text=True,
                            env=env, cwd=ROOT, timeout=60, check=True)
    report = json.loads(next(line for line in result.stdout.splitlines() if line.startswith("{")))
    assert 0 < report["first_paint_s"] <= report["ready_s"] < 60
    assert 20 < report["peak_rss_mib"] <= report["ready_rss_mib"] < 2000
    assert 0 < report["stall_after_paint_ms"] < report["ready_s"] * 1000  # the GUI thread's longest wait
    assert (tmp_path / "notes.db").exists()  # the new profile's notes were created after the paint


def test_the_window_before_its_first_paint_leaves_the_later_work_unloaded(tmp_path: Path) -> None:
    """What the first paint does not need stays out of it: the panels built just after it,
    notes, sheets, printing, sqlite-utils, and modules of Python's and Qt's that cost time to
    load (the html entity table, the QPainter type)."""
    script = (
        "import sys\n"
        "from rcpdesk.app import build_main_window, create_application, create_services\n"
        "app = create_application(['rcpdesk'])\n"
        "window = build_main_window(create_services(defer_notes=True))\n"
        "import PySide6.QtGui as gui\n"
        "print(' '.join(sorted(sys.modules)), 'QPainter' in vars(gui))\n"
    )
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", RCPDESK_HOME=str(tmp_path))
    out = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, env=env,
                         cwd=ROOT, timeout=60, check=True).stdout.split()
    loaded, painter_made = set(out[:-1]), out[-1]
    assert "rcpdesk.ui.main_window" in loaded and "rcpdesk.catalog.store" in loaded
    for later in ("rcpdesk.notes", "rcpdesk.sheets.build", "rcpdesk.ui.printing", "rcpdesk.ui.panels.search",
                  "rcpdesk.ui.panels.comparison", "rcpdesk.catalog.records", "sqlite_utils", "html",
                  "PySide6.QtPrintSupport", "rcpdesk.ui.widgets.find_bar", "rcpdesk.ui.detail_country"):
        assert later not in loaded, later
    assert painter_made == "False"


def test_the_window_modules_load_without_pyside_reading_their_sources(tmp_path: Path) -> None:
    """PySide6 reads the source of each module imported after it (its `__feature__` scan);
    the window's start-up answers the scan without reading files, and with PySide's default."""
    module = tmp_path / "freshly_imported.py"
    module.write_text("VALUE = 1\n", encoding="utf-8")
    script = (
        "import inspect, sys\n"
        "from rcpdesk.pyside_scan import skip_feature_source_scan\n"
        "skip_feature_source_scan()\n"
        "feature = sys.modules.get('PySide6.support.feature')\n"
        "if feature is None or not hasattr(feature, '_mod_uses_pyside'):\n"
        "    print('no scan'); sys.exit(0)\n"
        "read = []\n"
        "inspect.getsource = lambda module: read.append(module.__name__) or ''\n"
        f"sys.path.insert(0, {str(tmp_path)!r})\n"
        "import freshly_imported\n"
        "print(read, feature.pyside_feature_dict.get('freshly_imported'))\n"
    )
    out = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True,
                         cwd=ROOT, timeout=60, check=True).stdout.strip()
    if out == "no scan":
        pytest.skip("this PySide6 does not scan module sources")
    assert out == "[] 0"  # no source read; the module counts as PySide's, with no feature on
