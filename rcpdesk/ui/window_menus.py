"""The main window's actions, menus and toolbar. Printing and the briefing pack join the File
menu with the last start-up step (their modules are slow to import); the notes add theirs to
File and Edit when the notes are built."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QToolBar, QWidget

from rcpdesk.ui import links
from rcpdesk.ui.icons import toolbar_icon
from rcpdesk.ui.language import LanguageController

if TYPE_CHECKING:  # annotations only: the window imports this module before its first paint
    from rcpdesk.ui.main_window import MainWindow


def _action(window: MainWindow, name: str, slot: object,
            shortcut: QKeySequence | str | QKeySequence.StandardKey | None = None) -> QAction:
    action = QAction(window)
    action.setObjectName(name)
    if shortcut is not None:
        action.setShortcut(QKeySequence(shortcut))
    action.triggered.connect(lambda _checked=False: slot())  # type: ignore[operator]
    window.addAction(action)
    return action


def build_actions(window: MainWindow) -> None:
    window.home_action = _action(window, "home_action", lambda: window.navigate(links.HOME), "Alt+Home")
    window.home_action.setIcon(toolbar_icon("go-home"))
    window.find_action = _action(window, "find_action", window.focus_search, QKeySequence.StandardKey.Find)
    window.quit_action = _action(window, "quit_action", window.close, QKeySequence.StandardKey.Quit)
    window.shortcuts_action = _action(window, "shortcuts_action", window.show_shortcuts)
    window.about_action = _action(window, "about_action", window.show_about)
    window.compare_action = _action(window, "add_to_comparison_action", window.add_current_to_comparison)
    window.addActions([window.history.back_action, window.history.forward_action,
                       *window.zoom.actions(), window.detail_panel.quote_action])


def build_menus(window: MainWindow) -> None:
    menus = window.menus
    bar = window.menuBar()
    for key in ("file", "edit", "view", "go", "help"):
        menus[key] = bar.addMenu("")
        menus[key].setObjectName(f"{key}_menu")
    # Printing joins the File menu above this separator (ensure_printing).
    window.printing_anchor = menus["file"].addSeparator()
    menus["file"].addAction(window.quit_action)
    menus["edit"].addActions([window.detail_panel.quote_action, window.find_action])
    view = menus["view"]
    for dock in window.docks.values():
        view.addAction(dock.toggleViewAction())
        # A dock opened from the menu comes to the front of its tabs.
        dock.toggleViewAction().toggled.connect(
            lambda shown, opened=dock: shown and QTimer.singleShot(0, opened.raise_))
    view.addSeparator()
    view.addActions(window.zoom.actions())
    view.addSeparator()
    window.language_menu = LanguageController(window.services, window)  # View -> Language
    window.language_menu.install(view)
    menus["go"].addActions([window.history.back_action, window.history.forward_action, window.home_action])
    menus["go"].addSeparator()
    menus["go"].addAction(window.compare_action)
    menus["help"].addActions([window.shortcuts_action, window.about_action])


def build_toolbar(window: MainWindow) -> None:
    toolbar = QToolBar(window)
    toolbar.setObjectName("main_toolbar")
    toolbar.setMovable(False)
    toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonIconOnly)
    toolbar.addActions([window.history.back_action, window.history.forward_action, window.home_action])
    toolbar.addSeparator()
    spacer = QWidget(toolbar)
    spacer.setSizePolicy(spacer.sizePolicy().Policy.Expanding, spacer.sizePolicy().Policy.Preferred)
    toolbar.addWidget(spacer)
    toolbar.addWidget(window.search_field)
    window.addToolBar(Qt.ToolBarArea.TopToolBarArea, toolbar)
    window.toolbar = toolbar
