"""A QGuiApplication for work that draws without a window: sheets, maps, the headless commands."""

from __future__ import annotations

import os
import sys

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QGuiApplication

_app: QGuiApplication | None = None  # kept alive for the process: Qt needs it while drawing


def ensure_gui_app(error: type[Exception] = RuntimeError) -> QGuiApplication:
    """The running QGuiApplication, or an offscreen one (no display needed, and none touched).

    Raises `error` when a bare QCoreApplication is running: fonts and painting need more.
    """
    global _app
    app = QCoreApplication.instance()
    if app is not None:
        if not isinstance(app, QGuiApplication):
            raise error("drawing needs a QGuiApplication, not a bare QCoreApplication")
        return app
    argv = ["rcpdesk"]
    if sys.platform not in ("win32", "darwin") and not os.environ.get("QT_QPA_PLATFORM"):
        argv += ["-platform", "offscreen"]
    _app = QGuiApplication(argv)
    return _app
