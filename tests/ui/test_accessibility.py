"""What a screen reader gets: every control in the window's accessible tree is named and described,
and the keyboard reaches the tree, the page, the comparison and the notes."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import QApplication, QWidget

R = QAccessible.Role
INTERACTIVE = {R.PushButton, R.CheckBox, R.RadioButton, R.ComboBox, R.EditableText, R.List,
               R.Tree, R.Table, R.SpinBox, R.Slider, R.PageTab, R.ButtonMenu, R.ButtonDropDown,
               R.Link, R.MenuItem}
NAMED_BY_TEXT = {R.MenuItem, R.PageTab}  # a menu title or a dock's tab says what it is


def _controls(window) -> list[tuple[QAccessible.Role, QWidget | None, str, str]]:
    """(role, object, name, description) of every visible interactive node under the window."""
    found, seen = [], set()

    def walk(node) -> None:
        if node is None or not node.isValid():
            return
        key = (id(node.object()), node.role(), node.text(QAccessible.Text.Name))
        if key in seen:
            return
        seen.add(key)
        if node.role() in INTERACTIVE and not node.state().invisible:
            found.append((node.role(), node.object(), node.text(QAccessible.Text.Name),
                          node.text(QAccessible.Text.Description)))
        for index in range(node.childCount()):
            walk(node.child(index))

    walk(QAccessible.queryAccessibleInterface(window))
    return found


def _open_everything(qtbot, window) -> None:
    window.finish_startup()
    for name in ("search_dock", "map_dock", "timeline_dock"):
        window.docks[name].show()
    window.navigate("rcpdesk:process/colombo-process")
    QApplication.processEvents()


def _label(obj) -> str:
    return f"{type(obj).__name__} {getattr(obj, 'objectName', lambda: '')()}"


def test_every_control_is_named_and_described(qtbot, window):
    _open_everything(qtbot, window)
    controls = _controls(window)
    assert len(controls) > 40  # the walk reached the docks, not only the menu bar
    unnamed = [(role.name, _label(obj)) for role, obj, name, _ in controls if not name.strip()]
    assert unnamed == []
    undescribed = [(role.name, _label(obj), name) for role, obj, name, description in controls
                   if role not in NAMED_BY_TEXT and not description.strip()]
    assert undescribed == []


def test_the_keyboard_reaches_every_region_of_the_window(qtbot, window):
    _open_everything(qtbot, window)
    window.activateWindow()
    tree = window.tree_panel.view
    tree.setFocus(Qt.FocusReason.OtherFocusReason)
    qtbot.waitUntil(tree.hasFocus)
    qtbot.keyClick(tree, Qt.Key.Key_Tab)  # from the contents straight to the page (its sections first)
    assert QApplication.focusWidget() in (window.detail_panel.sections, window.detail_panel.view)
    reached, widget = [], window.search_field
    for _ in range(200):  # Tab's chain (inside the page Tab first visits its links)
        widget = widget.nextInFocusChain()
        if widget is window.search_field:
            break
        if widget.focusPolicy() & Qt.FocusPolicy.TabFocus and widget.isVisible() and widget.isEnabled():
            reached.append(widget.objectName())
    order = ["search_field", "tree_filter", "process_tree", "section_strip", "detail_view", "notes_text_filter",
             "search_region_filter"]
    positions = [reached.index(name) if name in reached else -1 for name in order[1:]]
    assert -1 not in positions and positions == sorted(positions), reached
    for wanted in ("search_results", "comparison_pick_processes", "map_year", "timeline_print"):
        assert wanted in reached, (wanted, reached)
