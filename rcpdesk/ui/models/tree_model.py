"""The navigation tree: processes by region, the 2005 report's sections and paragraphs, the
comparison dimensions and the countries; each group's children load the first time they are asked.
"""

from __future__ import annotations

from collections import deque
from collections.abc import Callable

from PySide6.QtCore import (
    QAbstractItemModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)
from PySide6.QtGui import QColor, QFont, QGuiApplication, QIcon, QPalette

from rcpdesk.catalog.store import Catalog
from rcpdesk.ui import links

LINK_ROLE = Qt.ItemDataRole.UserRole + 1
KIND_ROLE = Qt.ItemDataRole.UserRole + 2
ATTENDED_COLOUR = QColor("#2f6f8f")

Index = QModelIndex | QPersistentModelIndex
_ROW_FLAGS = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable  # once: enum "|" costs µs a row

_NOTE_ICONS: dict[str, QIcon] = {}


def note_marker_icon(colour: QColor | None = None) -> QIcon:
    """A small filled circle (the rows and cells that carry notes), cached by colour."""
    if colour is None:
        colour = QGuiApplication.palette().color(QPalette.ColorRole.Link)
    key = colour.name()
    icon = _NOTE_ICONS.get(key)
    if icon is None:
        from PySide6.QtGui import QPainter, QPixmap  # only once a note exists: not at start-up

        pixmap = QPixmap(16, 16)
        pixmap.fill(Qt.GlobalColor.transparent)
        painter = QPainter(pixmap)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(colour)
        painter.drawEllipse(4, 4, 8, 8)
        painter.end()
        icon = _NOTE_ICONS[key] = QIcon(pixmap)
    return icon


class TreeNode:
    """One row: a group, region, process, section, paragraph, dimension or country."""

    __slots__ = ("_children", "_loader", "bold", "kind", "link", "parent", "row", "span", "text",
                 "tooltip")

    def __init__(self, kind: str, link: str, text: str, parent: TreeNode | None, row: int, *,
                 tooltip: str = "", bold: bool = False,
                 loader: Callable[[TreeNode], list[TreeNode]] | None = None,
                 span: tuple[int, int] | None = None) -> None:
        self.kind, self.link, self.text, self.tooltip, self.bold = kind, link, text, tooltip, bold
        self.span = span  # a section's first and last paragraph numbers
        self.parent, self.row = parent, row
        self._loader = loader
        self._children: list[TreeNode] | None = None if loader else []

    @property
    def may_have_children(self) -> bool:
        return self._loader is not None or bool(self._children)

    @property
    def loaded(self) -> bool:
        return self._children is not None

    @property
    def loaded_children(self) -> list[TreeNode]:
        """The rows the view knows of: none until the model has fetched them."""
        return self._children or []

    @property
    def children(self) -> list[TreeNode]:
        if self._children is None:
            assert self._loader is not None
            self._children = self._loader(self)
        return self._children

    def read_children(self) -> list[TreeNode]:
        """Run the loader without keeping the result (the model inserts the rows itself)."""
        assert self._loader is not None
        return self._loader(self)

    def keep_children(self, children: list[TreeNode]) -> None:
        self._children = children


class TreeModel(QAbstractItemModel):
    """Four top-level groups; rows carry their rcpdesk: link in LINK_ROLE."""

    def __init__(self, catalog: Catalog, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._catalog = catalog
        self._root = self._build_root()
        self._noted: frozenset[str] = frozenset()

    # -- notes -------------------------------------------------------------------------------

    def set_noted(self, noted: set[str] | frozenset[str]) -> None:
        """Mark the rows whose link carries notes (a dot and a "Has notes" tooltip line)."""
        noted = frozenset(noted)
        changed = noted ^ self._noted
        self._noted = noted
        if not changed:
            return
        roles = [Qt.ItemDataRole.DecorationRole, Qt.ItemDataRole.ToolTipRole]
        stack = list(self._root.loaded_children)
        while stack:  # only rows the view has loaded; others read the set when they load
            node = stack.pop()
            if node.link in changed:
                index = self.createIndex(node.row, 0, node)
                self.dataChanged.emit(index, index, roles)
            stack.extend(node.loaded_children)

    def noted(self) -> frozenset[str]:
        return self._noted

    # -- building ----------------------------------------------------------------------------

    @property
    def catalog(self) -> Catalog:
        return self._catalog

    def set_catalog(self, catalog: Catalog) -> None:
        """Swap the catalog (another language) and reload the groups."""
        self.beginResetModel()
        self._catalog = catalog
        self._root = self._build_root()
        self.endResetModel()

    def reload(self) -> None:
        self.set_catalog(self._catalog)

    def _build_root(self) -> TreeNode:
        root = TreeNode("root", "", "", None, 0, loader=None)
        groups = [
            ("regions", self.tr("Processes by region"), self._load_regions,
             self.tr("The regional consultative processes and inter-regional forums")),
            ("report", self.tr("GCIM–IOM Workshop report, 2005"), self._load_sections,
             self.tr("The report of the GCIM–IOM Workshop on RCPs, Geneva, April 2005")),
            ("dimensions", self.tr("Comparison dimensions"), self._load_dimensions,
             self.tr("The dimensions the report compares processes by")),
            ("countries", self.tr("Countries"), self._load_countries,
             self.tr("Countries that are members or observers of a process")),
        ]
        root._children = [TreeNode("group", f"group:{key}", text, root, row, tooltip=tip, loader=loader)
                          for row, (key, text, loader, tip) in enumerate(groups)]
        return root

    def _load_regions(self, parent: TreeNode) -> list[TreeNode]:
        nodes = []
        lang = self._catalog.lang
        for row, region in enumerate(self._catalog.regions()):
            def load(node: TreeNode, processes=region.processes) -> list[TreeNode]:
                out = []
                for i, p in enumerate(processes):
                    name = p.names.get(lang)
                    # The short name and year first: they stay readable when a narrow dock
                    # elides the rest of the full name.
                    text = p.display_name
                    if p.established:
                        text += f" · {p.established}"
                    if name and name != p.display_name:
                        text += f" — {name}"
                    tip = name + ("\n" + self.tr("Took part in the 2005 workshop") if p.attended_2005 else "")
                    out.append(TreeNode("process", links.process(p.id), text, node, i,
                                        tooltip=tip, bold=p.attended_2005))
                return out
            nodes.append(TreeNode("region", links.region(region.id),
                                  f"{region.names.get(lang)} ({len(region.processes)})", parent, row,
                                  loader=load))
        return nodes

    def _load_sections(self, parent: TreeNode) -> list[TreeNode]:
        nodes = []
        for row, section in enumerate(self._catalog.sections()):
            def load(node: TreeNode, section_id=section.id) -> list[TreeNode]:
                # Numbers and opening words only: a section of a large report loads in one query.
                return [TreeNode("paragraph", links.paragraph(number),
                                 f"¶{number}  {_first_words(text)}", node, i,
                                 tooltip=_first_words(text, 40))
                        for i, (number, text) in enumerate(self._catalog.paragraph_heads(section_id))]
            nodes.append(TreeNode("section", links.section(section.id),
                                  f"{section.title} (¶{section.first}–{section.last})", parent, row,
                                  loader=load, span=(section.first, section.last)))
        return nodes

    def _load_dimensions(self, parent: TreeNode) -> list[TreeNode]:
        return [TreeNode("dimension", links.dimension(d.id), d.names.get(self._catalog.lang), parent, row,
                         tooltip=d.description)
                for row, d in enumerate(self._catalog.dimensions())]

    def _load_countries(self, parent: TreeNode) -> list[TreeNode]:
        counts = self._catalog.process_counts_by_country()
        countries = sorted((c for c in self._catalog.countries() if c.code in counts),
                           key=lambda c: c.name.casefold())
        return [TreeNode("country", links.country(c.code), c.name, parent, row,
                         tooltip=self.tr("%n process(es)", "", counts[c.code]))
                for row, c in enumerate(countries)]

    # -- QAbstractItemModel ------------------------------------------------------------------

    def _node(self, index: Index) -> TreeNode:
        if index.isValid():
            return index.internalPointer()  # type: ignore[no-any-return]
        return self._root

    def index(self, row: int, column: int, parent: Index = QModelIndex()) -> QModelIndex:  # noqa: B008
        if column != 0 or row < 0:
            return QModelIndex()
        node = self._node(parent)
        if parent.isValid() and parent.column() != 0:
            return QModelIndex()
        children = node.loaded_children
        if row >= len(children):
            return QModelIndex()
        return self.createIndex(row, 0, children[row])

    def parent(self, index: Index = QModelIndex()) -> QModelIndex:  # type: ignore[override]  # noqa: B008
        if not index.isValid():
            return QModelIndex()
        node: TreeNode = index.internalPointer()
        up = node.parent
        if up is None or up is self._root:
            return QModelIndex()
        return self.createIndex(up.row, 0, up)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        if parent.isValid() and parent.column() != 0:
            return 0
        return len(self._node(parent).loaded_children)

    # Rows are fetched when a branch is first expanded (Qt's fetchMore), so that showing the
    # report's sections does not read every paragraph of every section.
    def canFetchMore(self, parent: Index) -> bool:
        if parent.isValid() and parent.column() != 0:
            return False
        node = self._node(parent)
        return not node.loaded and node.may_have_children

    def fetchMore(self, parent: Index) -> None:
        node = self._node(parent)
        if node.loaded:
            return
        children = node.read_children()
        if children:
            self.beginInsertRows(parent, 0, len(children) - 1)
        node.keep_children(children)
        if children:
            self.endInsertRows()

    def fetch_all(self) -> None:
        """Load every branch (for the filter box, which must see rows never expanded)."""
        stack = [QModelIndex()]
        while stack:
            parent = stack.pop()
            self.fetchMore(parent)
            stack += [self.index(row, 0, parent) for row in range(self.rowCount(parent))]

    def hasChildren(self, parent: Index = QModelIndex()) -> bool:  # noqa: B008
        if parent.isValid() and parent.column() != 0:
            return False
        return self._node(parent).may_have_children

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 1

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return _ROW_FLAGS

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if orientation == Qt.Orientation.Horizontal and section == 0 and role == Qt.ItemDataRole.DisplayRole:
            return self.tr("Contents")
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid():
            return None
        node: TreeNode = index.internalPointer()
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return node.text
        if role == Qt.ItemDataRole.ToolTipRole:
            if node.link in self._noted:
                return "\n".join(filter(None, (node.tooltip, self.tr("Has notes"))))
            return node.tooltip or None
        if role == Qt.ItemDataRole.DecorationRole:
            return note_marker_icon() if node.link in self._noted else None
        if role == Qt.ItemDataRole.FontRole and (node.bold or node.kind == "group"):
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.ForegroundRole and node.bold:
            return ATTENDED_COLOUR
        if role == LINK_ROLE:
            return node.link
        if role == KIND_ROLE:
            return node.kind
        return None

    def find_link(self, link: str) -> QModelIndex:
        """The index of the first row with this link (loading the groups it may sit in).

        Walks the nodes, not indexes: in a 200,000-paragraph report, building an index per row
        on the way cost more than loading the section.
        """
        kind = link.split(":", 1)[-1].split("/", 1)[0]
        group = {"process": 0, "region": 0, "section": 1, "paragraph": 1, "dimension": 2,
                 "country": 3}.get(kind)
        groups = self._root.loaded_children
        if group is None or group >= len(groups):
            return QModelIndex()
        parsed = links.parse(link)
        number = int(parsed.ident) if parsed and parsed.kind == "paragraph" else None
        queue = deque([groups[group]])
        while queue:
            node = queue.popleft()
            if node.link == link:
                return self.createIndex(node.row, 0, node)
            if node.kind == "section" and (number is None or node.span is None
                                           or not node.span[0] <= number <= node.span[1]):
                continue  # only the section that holds the paragraph is loaded
            if node.kind in ("group", "region", "section"):
                self.fetchMore(self.createIndex(node.row, 0, node))
                queue.extend(node.loaded_children)
        return QModelIndex()


class TreeFilterModel(QSortFilterProxyModel):
    """Case-insensitive, recursive: a row stays when it or one of its descendants matches."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.setRecursiveFilteringEnabled(True)
        self.setAutoAcceptChildRows(True)
        self.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.setFilterRole(Qt.ItemDataRole.DisplayRole)


def _first_words(text: str, count: int = 7) -> str:
    words = text.split(maxsplit=count)  # the first words only: paragraphs run long
    return " ".join(words[:count]) + ("…" if len(words) > count else "")
