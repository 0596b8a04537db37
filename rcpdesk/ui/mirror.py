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
    shown = {dock: (dock.isVisible(), dock.width()) for dock in side}
    for dock in side:
        # Taken out, then put in on the other side, its visibility as it was: moving a dock
        # (hidden, or split from another) in place left Qt's dock layout pointing at it twice.
        area = _OTHER_SIDE[window.dockWidgetArea(dock)]
        window.removeDockWidget(dock)
        window.addDockWidget(area, dock, Qt.Orientation.Vertical)
        dock.setVisible(shown[dock][0])
    visible = [dock for dock in side if shown[dock][0]]
    if visible and window.isVisible():
        window.resizeDocks(visible, [shown[dock][1] for dock in visible], Qt.Orientation.Horizontal)
    return True
