"""Search results as a list model, and the delegate that paints title, citation and snippet."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import (
    QAbstractListModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSize,
    Qt,
)
from PySide6.QtGui import (
    QAbstractTextDocumentLayout,
    QFontMetrics,
    QPainter,
    QPalette,
    QTextDocument,
)
from PySide6.QtWidgets import QStyle, QStyledItemDelegate, QStyleOptionViewItem

from rcpdesk.catalog import model as m
from rcpdesk.ui import links
from rcpdesk.ui.tooltips import plain_tooltip

HIT_ROLE = Qt.ItemDataRole.UserRole + 1
LINK_ROLE = Qt.ItemDataRole.UserRole + 2
CITATION_ROLE = Qt.ItemDataRole.UserRole + 3
SNIPPET_HTML_ROLE = Qt.ItemDataRole.UserRole + 4

Index = QModelIndex | QPersistentModelIndex


def hit_link(hit: m.SearchHit) -> str:
    link = getattr(hit, "link", None)
    if link:
        return str(link)
    if hit.kind == "process":
        return links.process(hit.target_id)
    known = links.from_target_id(hit.target_id)
    if known:
        return known
    # A kind this model does not know, without a link of its own: nothing to open ("" is ignored).
    return links.process(hit.target_id) if hit.kind == "paragraph" else ""


def snippet_html(hit: m.SearchHit) -> str:
    """The snippet, escaped, with the matched words in bold."""
    out, at = [], 0
    for start, end in sorted(hit.highlights):
        if start < at:
            continue
        out.append(escape(hit.snippet[at:start]))
        out.append("<b>" + escape(hit.snippet[start:end]) + "</b>")
        at = end
    out.append(escape(hit.snippet[at:]))
    return "".join(out)


class SearchResultsModel(QAbstractListModel):
    """The hits of the last search, best first."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._hits: tuple[m.SearchHit, ...] = ()

    def set_hits(self, hits: tuple[m.SearchHit, ...] | list[m.SearchHit]) -> None:
        self.beginResetModel()
        self._hits = tuple(hits)
        self.endResetModel()

    def append_hits(self, hits: tuple[m.SearchHit, ...] | list[m.SearchHit]) -> None:
        """More hits of the same search, after those shown (the rows already there stay put)."""
        if not hits:
            return
        first = len(self._hits)
        self.beginInsertRows(QModelIndex(), first, first + len(hits) - 1)
        self._hits = (*self._hits, *hits)
        self.endInsertRows()

    def hits(self) -> tuple[m.SearchHit, ...]:
        return self._hits

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._hits)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid() or not 0 <= index.row() < len(self._hits):
            return None
        hit = self._hits[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return hit.title
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return f"{hit.citation} {hit.title}: {hit.snippet}"
        if role == Qt.ItemDataRole.ToolTipRole:  # a note's words, or the report's: as written
            return plain_tooltip(hit.snippet)
        if role == CITATION_ROLE:
            return hit.citation
        if role == SNIPPET_HTML_ROLE:
            return snippet_html(hit)
        if role == LINK_ROLE:
            return hit_link(hit)
        if role == HIT_ROLE:
            return hit
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemNeverHasChildren


class SearchHitDelegate(QStyledItemDelegate):
    """Paints a hit in two parts: the citation and title on one line, the snippet below."""

    PADDING = 6

    def _document(self, option: QStyleOptionViewItem, index: Index, width: int) -> QTextDocument:
        doc = QTextDocument()
        doc.setDefaultFont(option.font)
        doc.setDocumentMargin(0)
        citation = escape(str(index.data(CITATION_ROLE) or ""))
        title = escape(str(index.data(Qt.ItemDataRole.DisplayRole) or ""))
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        muted = "inherit" if selected else "#5b6670"
        doc.setHtml(f'<div><span style="font-weight:600">{citation}</span>&nbsp; {title}</div>'
                    f'<div style="color:{muted}">{index.data(SNIPPET_HTML_ROLE) or ""}</div>')
        doc.setTextWidth(max(60, width - 2 * self.PADDING))
        return doc

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: Index) -> None:
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        opt.text = ""
        style = opt.widget.style() if opt.widget else None
        if style is not None:
            style.drawControl(QStyle.ControlElement.CE_ItemViewItem, opt, painter, opt.widget)
        doc = self._document(option, index, option.rect.width())
        context = QAbstractTextDocumentLayout.PaintContext()
        if option.state & QStyle.StateFlag.State_Selected:
            context.palette.setColor(QPalette.ColorRole.Text,
                                     option.palette.color(QPalette.ColorRole.HighlightedText))
        else:
            context.palette.setColor(QPalette.ColorRole.Text, option.palette.color(QPalette.ColorRole.Text))
        painter.save()
        painter.setClipRect(option.rect.adjusted(0, 0, 0, -1))
        painter.translate(option.rect.left() + self.PADDING, option.rect.top() + self.PADDING)
        doc.documentLayout().draw(painter, context)
        painter.restore()
        painter.save()
        painter.setPen(option.palette.color(QPalette.ColorRole.Midlight))
        painter.drawLine(option.rect.bottomLeft(), option.rect.bottomRight())
        painter.restore()

    LINES = 5  # the citation and title, then the snippet; what does not fit is clipped

    def sizeHint(self, option: QStyleOptionViewItem, index: Index) -> QSize:
        # One height for every hit (the view sets uniform item sizes): laying out a rich-text
        # document for each of 50 new hits held the GUI thread when results arrived.
        width = option.rect.width() if option.rect.width() > 0 else 320
        if option.widget is not None and hasattr(option.widget, "viewport"):
            width = option.widget.viewport().width()
        return QSize(width, QFontMetrics(option.font).lineSpacing() * self.LINES + 2 * self.PADDING)
