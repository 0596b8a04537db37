"""A start-up probe for the benchmarks: report the first paint of a window, then quit.

Enabled only when RCPDESK_BENCH_T0 (the launcher's time.time() just before it started the
process) is set; then the first paint prints one JSON line (seconds since launch, peak RSS in MiB;
for rcpdesk also when the panels built after the first paint were ready, and the GUI thread's
longest stall until then) and the application quits.
"""

from __future__ import annotations

import json
import os
import sys
import time


def enabled() -> bool:
    return "RCPDESK_BENCH_T0" in os.environ


def measure() -> tuple[float, float]:
    """Seconds since launch and peak RSS in MiB, now."""
    elapsed = time.time() - float(os.environ["RCPDESK_BENCH_T0"])
    return round(elapsed, 4), round(_peak_rss_mib(), 1)


def _peak_rss_mib() -> float:
    if sys.platform.startswith("linux"):
        # VmHWM, not ru_maxrss: Linux carries ru_maxrss over exec(), so a child of a large
        # launcher (the benchmark runner) would report the launcher's peak as its own.
        with open("/proc/self/status", encoding="ascii") as status:
            for line in status:
                if line.startswith("VmHWM:"):
                    return int(line.split()[1]) / 1024
    if sys.platform == "win32":
        return 0.0
    import resource

    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / (1024 * 1024)  # bytes on macOS


def report(figures: dict[str, float]) -> None:
    print(json.dumps(figures), flush=True)


_once_filter_class = None


def after_first_paint(widget, call) -> None:  # QWidget, Callable: Qt stays out of the imports
    """Run call once the widget (its viewport if it has one) has painted for the first time.

    A zero timer set before show() would run before the paint; this runs just after it.
    """
    from PySide6.QtCore import QObject, QTimer

    global _once_filter_class
    if _once_filter_class is None:  # defining a QObject subclass is slow in PySide6: once only
        from PySide6.QtCore import QEvent

        class _Once(QObject):
            def __init__(self, parent: QObject, call) -> None:
                super().__init__(parent)
                self.call = call

            def eventFilter(self, watched: QObject, event: QEvent) -> bool:
                if event.type() == QEvent.Type.Paint:
                    watched.removeEventFilter(self)
                    QTimer.singleShot(0, self.call)
                return False

        _once_filter_class = _Once
    target = widget.viewport() if hasattr(widget, "viewport") else widget
    target.installEventFilter(_once_filter_class(target, call))


def install(widget, ready=None) -> None:  # widget: QWidget, ready: a Signal emitted once, or None
    """Report and quit at the first paint of widget (the benchmarks' probe); with `ready`, also
    wait for that signal (the window's panels built after the first paint) and report its time,
    and the longest the GUI thread was held in between (a 5 ms timer's longest wait)."""
    from PySide6.QtCore import QCoreApplication, QTimer

    figures: dict[str, float] = {}
    heartbeat = QTimer()
    heartbeat.setInterval(5)
    ticks: list[float] = []

    def tick() -> None:
        now = time.perf_counter()
        if ticks:
            figures["stall_after_paint_ms"] = max(figures.get("stall_after_paint_ms", 0.0),
                                                  round((now - ticks[-1]) * 1000, 1))
        ticks.append(now)

    heartbeat.timeout.connect(tick)

    def finish_when_complete() -> None:
        if "first_paint_s" in figures and (ready is None or "ready_s" in figures):
            heartbeat.stop()
            report(figures)
            QCoreApplication.quit()

    def painted() -> None:
        figures["first_paint_s"], figures["peak_rss_mib"] = measure()
        if ready is not None and "ready_s" not in figures:
            tick()
            heartbeat.start()
        finish_when_complete()

    def on_ready() -> None:
        figures["ready_s"], figures["ready_rss_mib"] = measure()
        tick()  # the wait up to now counts too
        QTimer.singleShot(0, finish_when_complete)

    if ready is not None:
        ready.connect(on_ready)
    after_first_paint(widget, painted)
