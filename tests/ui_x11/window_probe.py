"""Run by test_window_fit on a real X server: opens rcpdesk's window on a profile, lets the window
manager place it, optionally opens a dock, prints what a delegate would see as JSON, closes."""

from __future__ import annotations

import json
import os
import sys
import time

from PySide6.QtWidgets import QApplication


def settle(app: QApplication, seconds: float) -> None:
    end = time.monotonic() + seconds
    while time.monotonic() < end:
        app.processEvents()
        time.sleep(0.02)


def settled(app: QApplication, window, least: float, most: float = 12.0) -> None:
    """Events processed for at least `least` seconds, then until the window's frame and its
    page have kept their size for a second (a loaded machine's window manager is slow)."""
    settle(app, least)
    end, last, since = time.monotonic() + most, None, time.monotonic()
    while time.monotonic() < end:
        now = (window.frameGeometry().getRect(), window.detail_panel.size().toTuple())
        if now != last:
            last, since = now, time.monotonic()
        elif time.monotonic() - since >= 1.0:
            return
        settle(app, 0.05)


def main() -> None:
    profile, open_dock = sys.argv[1], sys.argv[2] if len(sys.argv) > 2 else ""
    from rcpdesk.app import build_main_window, create_application
    from rcpdesk.services import create_services

    app = create_application(sys.argv[:1])
    services = create_services(profile)
    window = build_main_window(services)
    window.show()
    settled(app, window, 2.5)
    if open_dock:
        dock = window.docks[open_dock]
        dock.toggleViewAction().trigger()
        settled(app, window, 1.5)
    shot = os.environ.get("RCPDESK_PROBE_SHOT")
    if shot:  # the whole screen, window manager's frame included, for a person to look at
        window.screen().grabWindow(0).save(shot)
    screen = window.screen().availableGeometry()
    frame = window.frameGeometry()
    docks = {name: {"visible": dock.isVisible(), "shown": not dock.visibleRegion().isEmpty(),
                    "height": dock.height(), "width": dock.width()}
             for name, dock in window.docks.items()}
    print(json.dumps({
        "screen": [screen.x(), screen.y(), screen.width(), screen.height()],
        "frame": [frame.x(), frame.y(), frame.width(), frame.height()],
        "window": [window.width(), window.height()],
        "page": [window.detail_panel.width(), window.detail_panel.height()],
        "maximized": window.isMaximized(),
        "docks": docks,
    }))
    sys.stdout.flush()
    window.close()
    services.close()


if __name__ == "__main__":
    main()
