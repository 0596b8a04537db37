"""Long GUI-thread work cut into steps, one per event-loop turn."""

from __future__ import annotations

from collections.abc import Callable, Iterator

from PySide6.QtCore import QObject, QTimer

_DONE = object()


def run_in_steps(context: QObject, steps: Iterator[object],
                 still_wanted: Callable[[], bool] = lambda: True) -> None:
    """Run the first step now and each next one on a 1 ms timer while still_wanted(): a real
    timer, not a 0 ms call, so that input and paint events come in between. The steps stop
    with context (a deleted widget runs none)."""
    def step() -> None:
        if still_wanted() and next(steps, _DONE) is not _DONE:
            QTimer.singleShot(1, context, step)

    step()
