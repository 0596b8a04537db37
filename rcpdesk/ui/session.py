"""The window's session: where it was, what was open and how its docks were laid out, restored
at start (fitted to the screen it opens on: ui/window_fit.py) and saved when it closes."""

from __future__ import annotations

from typing import TYPE_CHECKING

from rcpdesk.ui import links
from rcpdesk.ui.window_fit import available_area, restore_layout, screen_key

if TYPE_CHECKING:  # annotations only: the window imports this module before its first paint
    from rcpdesk.ui.main_window import MainWindow


def restore_session(window: MainWindow) -> bool:
    """Lay the window out, open the page and the tree as they were. True when the saved layout
    held (saved on a screen of this size); False when it was laid out for this screen."""
    settings = window.services.settings
    held = restore_layout(window, settings.window_geometry, settings.window_state,
                          settings.window_screen, window.docks)
    # Arabic: the tree on the right. A layout restored keeps the sides it was saved with. The
    # docks move once the window is shown (MainWindow.showEvent): moved before, Qt's dock
    # layout now and then crashed on the window's first resize.
    restored = settings.window_state is not None
    window.laid_out_rtl = restored and settings.window_right_to_left
    expanded = settings.tree_expanded
    if expanded is not None:
        window.tree_panel.set_expanded_links(expanded)
    location = settings.last_location or links.HOME
    if links.parse(location) is None:
        location = links.HOME
    window.navigate(location)
    if settings.tree_selection:
        window.tree_panel.select_links(settings.tree_selection)
    return held


def save_session(window: MainWindow) -> None:
    settings = window.services.settings
    settings.window_geometry = window.saveGeometry()
    settings.window_state = window.saveState()
    settings.window_right_to_left = window.isRightToLeft()
    settings.window_screen = screen_key(available_area(window))
    settings.last_location = window.current_target
    if window.current_target:
        window.tree_panel.follow(window.current_target, now=True)  # a follow under way must not be lost
    settings.tree_selection = window.tree_panel.selected_links()
    settings.tree_expanded = window.tree_panel.expanded_links()
    settings.sync()
