"""The window on a real X server with a window manager, at a laptop's and a desktop's size: a
layout saved on one screen reopens fitted to the other, and opening a dock never pushes the
window past the screen. Needs Xvfb and openbox (.ci/run installs them); skipped without."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
PROBE = Path(__file__).resolve().parent / "window_probe.py"

pytestmark = pytest.mark.skipif(shutil.which("Xvfb") is None or shutil.which("openbox") is None,
                                reason="needs Xvfb and openbox (Debian: xvfb openbox)")


@contextmanager
def x_server(size: str) -> Iterator[str]:
    """A fresh Xvfb screen of `size` with openbox managing its windows; yields the DISPLAY."""
    for number in range(140, 200):
        if not Path(f"/tmp/.X11-unix/X{number}").exists() and not Path(f"/tmp/.X{number}-lock").exists():
            break
    display = f":{number}"
    server = subprocess.Popen(["Xvfb", display, "-screen", "0", f"{size}x24", "-nolisten", "tcp"],
                              stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    manager = None
    try:
        for _ in range(100):
            if Path(f"/tmp/.X11-unix/X{number}").exists():
                break
            time.sleep(0.05)
        manager = subprocess.Popen(["openbox"], env=dict(os.environ, DISPLAY=display),
                                   stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        time.sleep(0.8)
        yield display
    finally:
        for process in (manager, server):
            if process is not None:
                process.terminate()
                process.wait(timeout=10)


def probe(run_window_process, display: str, profile: Path, open_dock: str = "") -> dict:
    env = dict(os.environ, DISPLAY=display, QT_QPA_PLATFORM="xcb", PYTHONPATH=str(ROOT))
    result = run_window_process([sys.executable, str(PROBE), str(profile), open_dock], env, timeout=120)
    assert result.returncode == 0, (result.returncode, result.stderr)
    return json.loads(result.stdout.strip().splitlines()[-1])


def inside(frame: list[int], screen: list[int]) -> bool:
    x, y, width, height = frame
    sx, sy, swidth, sheight = screen
    return x >= sx - 2 and y >= sy - 2 and x + width <= sx + swidth + 2 and y + height <= sy + sheight + 2


@pytest.mark.parametrize(("first", "second"), [("1920x1080", "1366x768"), ("1366x768", "1920x1080")])
def test_a_layout_saved_on_one_screen_fits_the_other(tmp_path: Path, first: str, second: str,
                                                      run_window_process) -> None:
    with x_server(first) as display:
        before = probe(run_window_process, display, tmp_path)
    assert inside(before["frame"], before["screen"])
    with x_server(second) as display:
        after = probe(run_window_process, display, tmp_path)
    assert inside(after["frame"], after["screen"]), after
    assert after["page"][0] >= 600, after  # the page keeps a reading width
    if second == "1366x768":
        assert after["maximized"], after
    else:
        assert after["window"][0] >= 0.7 * after["screen"][2], after  # not a 770x457 window


def test_opening_the_map_keeps_the_window_on_a_laptop_screen(tmp_path: Path, run_window_process) -> None:
    with x_server("1366x768") as display:
        seen = probe(run_window_process, display, tmp_path, "map_dock")
    assert inside(seen["frame"], seen["screen"]), seen
    assert seen["docks"]["map_dock"]["visible"] and seen["docks"]["map_dock"]["shown"], seen
    assert not seen["docks"]["comparison_dock"]["shown"]  # the map's tab is the one raised
    assert seen["page"][1] >= 250, seen  # the page is not squeezed to a strip
