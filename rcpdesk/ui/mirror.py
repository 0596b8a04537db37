"""The docks on the mirrored sides when the interface runs right to left (Arabic).

QMainWindow places its left and right dock areas the same way in both directions; a delegate
reading Arabic expects the contents tree on the right and the search results and notes on the
left, as every other part of the window mirrors. The caller says which direction the present
layout was made for (a restored layout keeps its sides; the default one is left to right), so
docks a delegate moved stay where they were put.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDockWidget, QMainWindow

_LEFT, _RIGHT = Qt.DockWidgetArea.LeftDockWidgetArea, Qt.DockWidgetArea.RightDockWidgetArea
_OTHER_SIDE = {_LEFT: _RIGHT, _RIGHT: _LEFT}


def mirror_docks(window: QMainWindow, *, laid_out_rtl: bool) -> bool:
    """Move the side docks across when the layout was made for the other direction.

    True when they moved."""
    if laid_out_rtl == window.isRightToLeft():
        return False
    side = [d for d in window.findChildren(QDockWidget)
            if d.parentWidget() is window and not d.isFloating() and window.dockWidgetArea(d) in _OTHER_SIDE]
    side.sort(key=lambda d: d.geometry().top())  # above one another as they were
    widths = [d.width() for d in side]
    for dock in side:
        window.addDockWidget(_OTHER_SIDE[window.dockWidgetArea(dock)], dock, Qt.Orientation.Vertical)
    window.resizeDocks(side, widths, Qt.Orientation.Horizontal)
    return True
