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


def after_first_paint(widget, call) -> None:  # QWidget, Callable: Qt stays out of the imports
    """Run call once the widget (its viewport if it has one) has painted for the first time.

    A zero timer set before show() would run before the paint; this runs just after it.
    """
    from PySide6.QtCore import QEvent, QObject, QTimer

    target = widget.viewport() if hasattr(widget, "viewport") else widget

    class _Once(QObject):
        def eventFilter(self, watched: QObject, event: QEvent) -> bool:
            if event.type() == QEvent.Type.Paint:
                watched.removeEventFilter(self)
                QTimer.singleShot(0, call)
            return False

    target.installEventFilter(_Once(target))


def install(widget) -> None:  # widget: QWidget
    """Report and quit at the first paint of widget (the benchmarks' probe)."""
    from PySide6.QtCore import QCoreApplication

    after_first_paint(widget, lambda: (report(), QCoreApplication.quit()))
