"""A start-up probe for the benchmarks: report the first paint of a window, then quit.

Enabled only when RCPDESK_BENCH_T0 (the launcher's time.time() just before it started the
process) is set; then the first paint prints one JSON line (seconds since launch, peak RSS in MiB)
and the application quits.
"""

from __future__ import annotations

import json
import os
import sys
import time


def enabled() -> bool:
    return "RCPDESK_BENCH_T0" in os.environ


def report() -> None:
    elapsed = time.time() - float(os.environ["RCPDESK_BENCH_T0"])
    if sys.platform == "win32":
        peak = 0.0
    else:
        import resource

        divisor = 1024 * 1024 if sys.platform == "darwin" else 1024  # bytes on macOS, KiB on Linux
        peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / divisor
    print(json.dumps({"first_paint_s": round(elapsed, 4), "peak_rss_mib": round(peak, 1)}), flush=True)


def install(widget) -> None:  # widget: QWidget; typed loosely to keep Qt out of this module's imports
    """Report and quit at the first paint of widget (its viewport if it has one)."""
    from PySide6.QtCore import QCoreApplication, QEvent, QObject, QTimer

    target = widget.viewport() if hasattr(widget, "viewport") else widget

    class _FirstPaint(QObject):
        def eventFilter(self, watched: QObject, event: QEvent) -> bool:
            if event.type() == QEvent.Type.Paint:
                watched.removeEventFilter(self)
                # After this paint has finished: the frame is on screen when we report.
                QTimer.singleShot(0, lambda: (report(), QCoreApplication.quit()))
            return False

    probe = _FirstPaint(target)
    target.installEventFilter(probe)
