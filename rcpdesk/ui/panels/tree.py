"""The navigation panel: a filter box over the tree of processes, report, dimensions and countries."""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING

from PySide6.QtCore import (
    QEvent,
    QItemSelectionModel,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QAbstractItemView, QLineEdit, QMenu, QTreeView, QVBoxLayout, QWidget

from rcpdesk.services import Services
from rcpdesk.ui import links
from rcpdesk.ui.models.tree_model import KIND_ROLE, LINK_ROLE, TreeFilterModel, TreeModel
from rcpdesk.ui.steps import run_in_steps

if TYPE_CHECKING:  # an annotation only: each Qt type made costs start-up time
    from PySide6.QtCore import QPoint

OPENABLE = ("process", "paragraph", "dimension", "country", "section", "region")


class TreePanel(QWidget):
    """Emits open_link for the row a delegate picks and add_to_comparison for chosen processes."""

    open_link = Signal(str)
    add_to_comparison = Signal(list)

    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("tree_panel")
        self._services = services
        self.model = TreeModel(services.catalog, self)
        self.proxy = TreeFilterModel(self)
        self.proxy.setSourceModel(self.model)

        self.filter_field = QLineEdit(self)
        self.filter_field.setObjectName("tree_filter")
        self.filter_field.setClearButtonEnabled(True)
        self.filter_field.textChanged.connect(self._on_filter)

        self.view = QTreeView(self)
        self.view.setObjectName("process_tree")
        self.view.setModel(self.proxy)
        self.view.setHeaderHidden(True)
        self.view.setUniformRowHeights(True)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.view.customContextMenuRequested.connect(self._context_menu)
        self.view.activated.connect(self._open_index)
        self.view.selectionModel().currentChanged.connect(self._on_current_changed)

        self.open_action = QAction(self)
        self.open_action.setObjectName("tree_open_action")
        self.open_action.triggered.connect(self.open_selected)
        self.compare_action = QAction(self)
        self.compare_action.setObjectName("tree_add_to_comparison_action")
        self.compare_action.triggered.connect(self.add_selected_to_comparison)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 0, 0)
        layout.setSpacing(6)
        layout.addWidget(self.filter_field)
        layout.addWidget(self.view, 1)
        self._following = False
        self._follow_token = 0
        self.retranslate_ui()
        self.view.expand(self.proxy.index(0, 0))

    # -- language ----------------------------------------------------------------------------

    def retranslate_ui(self) -> None:
        self.filter_field.setPlaceholderText(self.tr("Filter processes, paragraphs, countries…"))
        self.filter_field.setAccessibleName(self.tr("Filter the contents"))
        self.view.setAccessibleName(self.tr("Contents"))
        self.view.setAccessibleDescription(self.tr(
            "Processes by region, the 2005 report by section and paragraph, the comparison "
            "dimensions and the countries; Enter opens the page, the context menu adds processes "
            "to the comparison"))
        self.open_action.setText(self.tr("&Open"))
        self.compare_action.setText(self.tr("&Add to comparison"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
            if self.model.catalog is not self._services.catalog:
                self.set_catalog(self._services.catalog)
        super().changeEvent(event)

    def set_catalog(self, catalog: object) -> None:
        """After a language switch: reload the rows in the catalog's language."""
        expanded, selected = self.expanded_links(), self.selected_links()
        self.model.set_catalog(catalog)  # type: ignore[arg-type]
        self.set_expanded_links(expanded)
        self.select_links(selected)

    # -- selection and state -----------------------------------------------------------------

    def selected_links(self) -> list[str]:
        rows = sorted(self.view.selectionModel().selectedRows(), key=lambda i: (i.parent().row(), i.row()))
        return [i.data(LINK_ROLE) for i in rows if i.data(KIND_ROLE) in OPENABLE]

    def selected_processes(self) -> list[str]:
        out = []
        for link in self.selected_links():
            parsed = links.parse(link)
            if parsed and parsed.kind == "process":
                out.append(parsed.ident)
            elif parsed and parsed.kind == "region":
                region = next((r for r in self._services.catalog.regions() if r.id == parsed.ident), None)
                out.extend(p.id for p in (region.processes if region else ()))
        return out

    def select_links(self, urls: list[str] | tuple[str, ...]) -> None:
        """Select these rows (expanding their parents) without opening them."""
        self._follow_token += 1  # a follow still under way would undo this selection
        self._select_indexes([self.proxy.mapFromSource(self.model.find_link(url)) for url in urls])

    def _select_indexes(self, indexes: list[QModelIndex]) -> None:
        selection = self.view.selectionModel()
        self._following = True
        try:
            selection.clearSelection()
            first = True
            for index in indexes:
                if not index.isValid():
                    continue
                parent = index.parent()
                while parent.isValid():
                    self.view.expand(parent)
                    parent = parent.parent()
                flags = QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows
                if first:
                    selection.setCurrentIndex(index, flags)
                    self.view.scrollTo(index)
                    first = False
                else:
                    selection.select(index, flags)
        finally:
            self._following = False

    def follow(self, link: str, now: bool = False) -> None:
        """Show where the page now open sits in the tree (if it is there).

        One step per event-loop turn (find the row, open each parent, select it), unless now:
        following a paragraph of a 200,000-paragraph report loads and opens 400 sections and a
        500-row section, too long in one piece for the GUI thread's stall budget.
        """
        link = links.first_page(link)  # page 3 of a section sits where the section does
        if link in self.selected_links():
            self._follow_token += 1
            return
        if now:
            self.select_links([link])
            return
        self._follow_token += 1
        token = self._follow_token  # a newer follow or selection takes over from this one
        run_in_steps(self, self._follow_steps(link), lambda: token == self._follow_token)

    def _follow_steps(self, link: str) -> Iterator[None]:
        row = QPersistentModelIndex(self.model.find_link(link))  # may load a section: a step
        yield
        ancestors = []
        parent = self.proxy.mapFromSource(QModelIndex(row)).parent()
        while parent.isValid():
            ancestors.append(QPersistentModelIndex(parent))
            parent = parent.parent()
        for ancestor in reversed(ancestors):
            if ancestor.isValid() and not self.view.isExpanded(QModelIndex(ancestor)):
                self.view.expand(QModelIndex(ancestor))
                yield
        if row.isValid():
            self._select_indexes([self.proxy.mapFromSource(QModelIndex(row))])

    def expanded_links(self) -> list[str]:
        out = []
        stack = [QModelIndex()]
        while stack:
            parent = stack.pop()
            for row in range(self.proxy.rowCount(parent)):
                index = self.proxy.index(row, 0, parent)
                if self.view.isExpanded(index):
                    out.append(index.data(LINK_ROLE))
                    stack.append(index)
        return out

    def set_expanded_links(self, urls: list[str] | tuple[str, ...]) -> None:
        wanted = set(urls)
        stack = [QModelIndex()]
        while stack:
            parent = stack.pop()
            for row in range(self.proxy.rowCount(parent)):
                index = self.proxy.index(row, 0, parent)
                if index.data(LINK_ROLE) in wanted:
                    self.view.expand(index)
                    stack.append(index)

    # -- actions -----------------------------------------------------------------------------

    def open_selected(self) -> None:
        chosen = self.selected_links()
        if chosen:
            self.open_link.emit(chosen[0])

    def add_selected_to_comparison(self) -> None:
        chosen = self.selected_processes()
        if chosen:
            self.add_to_comparison.emit(chosen)

    def _open_index(self, index: QModelIndex) -> None:
        if index.data(KIND_ROLE) in OPENABLE:
            self.open_link.emit(index.data(LINK_ROLE))

    def _on_current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if self._following or not current.isValid():
            return
        if len(self.view.selectionModel().selectedRows()) <= 1:
            self._open_index(current)

    def _on_filter(self, text: str) -> None:
        if text.strip():
            self.model.fetch_all()  # the filter looks into branches never expanded
        self.proxy.setFilterFixedString(text.strip())
        if text.strip():
            self.view.expandAll()

    def _context_menu(self, pos: QPoint) -> None:
        menu = self.context_menu()
        menu.exec(self.view.viewport().mapToGlobal(pos))

    def context_menu(self) -> QMenu:
        menu = QMenu(self)
        menu.setObjectName("tree_context_menu")
        menu.addAction(self.open_action)
        menu.addAction(self.compare_action)
        self.open_action.setEnabled(bool(self.selected_links()))
        self.compare_action.setEnabled(bool(self.selected_processes()))
        return menu
