"""Help -> Keyboard shortcuts: every action of the window that has one, in a table."""

from __future__ import annotations

from PySide6.QtGui import QAction, QKeySequence, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QTableView,
    QVBoxLayout,
    QWidget,
)


def shortcut_rows(window: QWidget) -> list[tuple[str, str]]:
    """(action text without '&', shortcuts) for every action under the window that has a shortcut."""
    rows: dict[str, str] = {}
    for action in window.findChildren(QAction):
        keys = [k.toString(QKeySequence.SequenceFormat.NativeText) for k in action.shortcuts() if not k.isEmpty()]
        if keys and action.text():
            rows.setdefault(action.text().replace("&", "").rstrip("…").strip(), ", ".join(keys))
    return sorted(rows.items(), key=lambda r: r[0].casefold())


class ShortcutsDialog(QDialog):
    def __init__(self, window: QWidget, parent: QWidget | None = None) -> None:
        super().__init__(parent or window)
        self.setObjectName("shortcuts_dialog")
        self.setWindowTitle(self.tr("Keyboard Shortcuts"))
        self.resize(480, 520)
        rows = shortcut_rows(window)
        self.model = QStandardItemModel(0, 2, self)  # a static, read-only list
        self.model.setHorizontalHeaderLabels([self.tr("Action"), self.tr("Shortcut")])
        for text, keys in rows:
            cells = [QStandardItem(text), QStandardItem(keys)]
            for cell in cells:
                cell.setEditable(False)
            self.model.appendRow(cells)
        table = QTableView(self)
        table.setObjectName("shortcuts_table")
        table.setAccessibleName(self.tr("Keyboard shortcuts"))
        table.setModel(self.model)
        table.verticalHeader().hide()
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(table)
        layout.addWidget(buttons)
