"""The main window fitted to the screen it opens on: the saved layout only where it was saved
on a screen of the same size, else a default for this screen with the docks in proportion."""

from __future__ import annotations

from PySide6.QtCore import QByteArray, QRect, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QDockWidget, QMainWindow

# Below this width a laptop screen is used whole: a window smaller than it only wastes it.
MAXIMISE_BELOW = 1600
# Shares of the window the docks start with, on a screen where no layout was saved.
TREE_SHARE, SIDE_SHARE, BOTTOM_SHARE = 0.22, 0.25, 0.34
# How long after the window first shows the docks follow its size (MainWindow.resizeEvent): a
# window manager maximises a window some time after it is mapped, and the docks must be sized
# for the final size.
SETTLE_MSECS = 3000


def available_area(window: QMainWindow) -> QRect:
    screen = window.screen() or QGuiApplication.primaryScreen()
    return screen.availableGeometry()


def screen_key(area: QRect) -> str:
    """What a saved layout is valid for: the usable size of the screen it was saved on."""
    return f"{area.width()}x{area.height()}"


def restore_layout(window: QMainWindow, geometry: QByteArray | None, state: QByteArray | None,
                   saved_on: str | None, docks: dict[str, QDockWidget]) -> bool:
    """Restore the saved geometry and dock layout when they were saved on a screen of this size
    and still fit it; else lay the window out for this screen. True when the saved one held."""
    area = available_area(window)
    if (geometry is not None and saved_on == screen_key(area)
            and window.restoreGeometry(geometry) and _fits(window, area)):
        if state is not None:
            window.restoreState(state)
        return True
    if state is not None:  # which docks are open and where, not their pixel sizes
        window.restoreState(state)
    default_layout(window, area, docks)
    return False


def default_layout(window: QMainWindow, area: QRect, docks: dict[str, QDockWidget]) -> None:
    """Maximised on a laptop screen; on a large one, most of it, centred."""
    if area.width() < MAXIMISE_BELOW:
        window.resize(area.size())
        window.move(area.topLeft())
        window.setWindowState(window.windowState() | Qt.WindowState.WindowMaximized)
    else:
        width, height = int(area.width() * 0.8), int(area.height() * 0.85)
        window.resize(width, height)
        window.move(area.left() + (area.width() - width) // 2,
                    area.top() + (area.height() - height) // 2)
    size_docks(window, docks)


def size_docks(window: QMainWindow, docks: dict[str, QDockWidget]) -> None:
    """Docks in proportion to the window, so the page keeps most of the width. Only the docks
    on show in a shown window: Qt's dock layout is not to be asked to size hidden ones."""
    if not window.isVisible():
        return
    width, height = window.width(), window.height()

    def shown(names: tuple[str, ...]) -> list[QDockWidget]:
        return [docks[name] for name in names
                if name in docks and docks[name].isVisible() and not docks[name].isFloating()]

    for dock in shown(("tree_dock",)):
        window.resizeDocks([dock], [int(width * TREE_SHARE)], Qt.Orientation.Horizontal)
    side = shown(("search_dock", "notes_dock"))
    if side:
        window.resizeDocks(side, [int(width * SIDE_SHARE)] * len(side), Qt.Orientation.Horizontal)
    bottom = shown(("comparison_dock", "map_dock", "timeline_dock"))
    if bottom:
        window.resizeDocks(bottom, [int(height * BOTTOM_SHARE)] * len(bottom), Qt.Orientation.Vertical)


def _fits(window: QMainWindow, area: QRect) -> bool:
    """The restored window lies on the screen and is no larger than it."""
    if window.isMaximized() or window.isFullScreen():
        return True
    rect = window.geometry()
    return (area.contains(rect.center()) and rect.width() <= area.width()
            and rect.height() <= area.height())
