"""Modules imported on a worker thread ahead of the GUI step that needs them.

Importing is Python work: on a worker it hands the GUI thread the interpreter every few
milliseconds (Python's switch interval), where importing in the step itself held the GUI
thread for as long as the import took (printing's modules, a new profile's notes schema).
"""

from __future__ import annotations

import importlib
from collections.abc import Iterable


def import_modules(names: Iterable[str]) -> None:
    """Import each module in turn (on a worker). One that fails is passed over: the step that
    imports it meets the error itself."""
    for name in names:
        try:
            importlib.import_module(name)
        except Exception:  # noqa: BLE001, S110 - the GUI step's own import raises it
            pass
