"""A list of ticked items, each standing for an id (processes, dimensions, rows): what the sheet
options and the briefing pack dialogs choose from."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QListWidget, QListWidgetItem

ID_ROLE = Qt.ItemDataRole.UserRole


class CheckList(QListWidget):
    def add(self, ident: str, text: str, checked: bool) -> None:
        item = QListWidgetItem(text, self)
        item.setData(ID_ROLE, ident)
        item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
        item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)

    def checked(self) -> tuple[str, ...]:
        """The ids of the ticked items, in the list's order."""
        return tuple(str(self.item(i).data(ID_ROLE)) for i in range(self.count())
                     if self.item(i).checkState() == Qt.CheckState.Checked)

    def tick_where(self, wanted: Callable[[str], bool]) -> None:
        """Tick exactly the items whose id is wanted."""
        for i in range(self.count()):
            item = self.item(i)
            item.setCheckState(Qt.CheckState.Checked if wanted(str(item.data(ID_ROLE)))
                               else Qt.CheckState.Unchecked)

    def tick_all(self, checked: bool) -> None:
        self.tick_where(lambda _ident: checked)
