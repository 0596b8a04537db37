"""The main window's docks: the contents tree on the left, search results above the notes on
the right, the comparison under the page with the map and the timeline as its tabs (built when
first shown). The panels that fill the search, notes and comparison docks come after the first
paint (ui/startup.py)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDockWidget, QWidget

from rcpdesk.ui import links
from rcpdesk.ui.docks import LazyDock

if TYPE_CHECKING:  # annotations only: the window imports this module before its first paint
    from rcpdesk.ui.main_window import MainWindow


def _dock(window: MainWindow, name: str, widget: QWidget, area: Qt.DockWidgetArea) -> QDockWidget:
    dock = QDockWidget(window)
    dock.setObjectName(name)
    dock.setWidget(widget)
    window.addDockWidget(area, dock)
    window.docks[name] = dock
    return dock


def build_docks(window: MainWindow) -> None:
    window.setDockNestingEnabled(True)
    window.setCorner(Qt.Corner.BottomLeftCorner, Qt.DockWidgetArea.LeftDockWidgetArea)
    # The search results and notes run the full height too: the comparison sits under the page.
    window.setCorner(Qt.Corner.BottomRightCorner, Qt.DockWidgetArea.RightDockWidgetArea)
    _dock(window, "tree_dock", window.tree_panel, Qt.DockWidgetArea.LeftDockWidgetArea)
    # Empty frames for now: the start-up puts the panels in.
    search = _dock(window, "search_dock", QWidget(window), Qt.DockWidgetArea.RightDockWidgetArea)
    search.hide()
    notes = _dock(window, "notes_dock", QWidget(window), Qt.DockWidgetArea.RightDockWidgetArea)
    # Above one another, not tabbed: a search must not hide the notes a delegate is taking.
    window.splitDockWidget(search, notes, Qt.Orientation.Vertical)
    comparison = _dock(window, "comparison_dock", QWidget(window), Qt.DockWidgetArea.BottomDockWidgetArea)
    for name, build in (("map_dock", lambda parent: _build_map(window, parent)),
                        ("timeline_dock", lambda parent: _build_timeline(window, parent))):
        dock = LazyDock(name, build, parent=window)
        dock.hide()  # before it joins the comparison's tabs: shown, it left an empty tab bar over the tree
        window.addDockWidget(Qt.DockWidgetArea.BottomDockWidgetArea, dock)
        window.docks[name] = dock
        window.tabifyDockWidget(comparison, dock)


def _build_map(window: MainWindow, parent: QWidget) -> QWidget:
    from rcpdesk.ui.panels.coverage_map import CoverageMapPanel

    panel = CoverageMapPanel(window.services.catalog, parent)
    panel.country_selected.connect(lambda code: window.navigate(links.country(code)))
    window.current_target_changed.connect(lambda link: _map_follows(panel, link))
    _map_follows(panel, window.current_target)
    return panel


def _map_follows(panel, link: str) -> None:  # panel: CoverageMapPanel
    parsed = links.parse(link)
    panel.follow_page(parsed.kind if parsed else None, parsed.ident if parsed else None)


def _build_timeline(window: MainWindow, parent: QWidget) -> QWidget:
    from rcpdesk.ui.panels.timeline import FoundingTimelinePanel

    panel = FoundingTimelinePanel(window.services.catalog, parent)
    panel.process_selected.connect(lambda pid: window.navigate(links.process(pid)))
    return panel
