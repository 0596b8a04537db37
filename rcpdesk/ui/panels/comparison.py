"""The comparison panel: chosen processes side by side on the report's dimensions."""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import (
    QEvent,
    QModelIndex,
    QPersistentModelIndex,
    QPoint,
    QRect,
    QSize,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import (
    QAction,
    QFont,
    QFontMetrics,
    QKeyEvent,
    QMouseEvent,
    QPainter,
    QTextLayout,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMenu,
    QPushButton,
    QSizePolicy,
    QStackedWidget,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from rcpdesk.catalog import Catalog
from rcpdesk.services import Services
from rcpdesk.ui.models.comparison_model import (
    DIMENSION_ID_ROLE,
    FINDING_COLUMN,
    FIRST_PROCESS_COLUMN,
    LINK_ROLE,
    PROCESS_ID_ROLE,
    ComparisonModel,
)

PROCESS_COLUMN_WIDTH = 240  # the width before the panel knows its size
PROCESS_COLUMN_MIN = 170  # below this, scroll sideways rather than squeeze the text
FINDING_COLUMN_WIDTH = 190  # the finding's share of the width, within these bounds
FINDING_COLUMN_MAX = 380
FINDING_SHARE = 0.3
ROW_HEADER_WIDTH = 130
ROWS_IN_VIEW = 3  # a new comparison shows this many rows whole, if half the window allows
# A row shows at most this many lines (cut with "…", the tooltip has it all); the current row,
# the one the delegate clicked, shows whole.
ROW_LINES = 5
# Row headers in the table's own colours: a header style's gradient hid the row names.
ROW_HEADER_STYLE = ("QHeaderView::section:vertical { background-color: palette(base); color: palette(text);"
                    " border: none; border-bottom: 1px solid palette(midlight);"
                    " border-right: 1px solid palette(mid); padding: 4px 6px; }")
ID_ROLE = Qt.ItemDataRole.UserRole


def processes_2005(catalog: Catalog) -> list[str]:
    """The nine processes at the 2005 workshop, in the order the region tree lists them."""
    return [p.id for region in catalog.regions() for p in region.processes if p.attended_2005]


def _load_state(settings: object) -> tuple[list[str], list[str] | None, bool, bool]:
    """(processes, dimensions or None for all, only differences, show findings) from the settings."""
    state = getattr(settings, "comparison", None)
    if state is not None and hasattr(state, "process_ids"):
        dims = state.dimension_ids
        return (list(state.process_ids), None if dims is None else list(dims),
                bool(state.only_differences), bool(getattr(state, "show_findings", True)))
    return (list(getattr(settings, "comparison_processes", [])),
            getattr(settings, "comparison_dimensions", None),
            bool(getattr(settings, "only_differences", False)), True)


def _save_state(settings: object, processes: list[str], dimensions: list[str] | None,
                only_differences: bool, show_findings: bool) -> None:
    if hasattr(settings, "comparison"):
        from rcpdesk.settings import ComparisonState

        settings.comparison = ComparisonState(  # type: ignore[attr-defined]
            process_ids=tuple(processes),
            dimension_ids=None if dimensions is None else tuple(dimensions),
            only_differences=only_differences, show_findings=show_findings)
        return
    settings.comparison_processes = processes  # type: ignore[attr-defined]
    if dimensions is not None:
        settings.comparison_dimensions = dimensions  # type: ignore[attr-defined]
    settings.only_differences = only_differences  # type: ignore[attr-defined]


class _PaddedDelegate(QStyledItemDelegate):
    """Word-wrapped cells with room around the text (the default delegate writes edge to edge)."""

    PAD_X = 6
    PAD_Y = 4

    def sizeHint(self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex) -> QSize:
        opt = QStyleOptionViewItem(option)
        opt.rect = opt.rect.adjusted(0, 0, -2 * self.PAD_X, 0)
        size = super().sizeHint(opt, index)
        return QSize(size.width() + 2 * self.PAD_X, size.height() + 2 * self.PAD_Y)

    def paint(self, painter: QPainter, option: QStyleOptionViewItem,
              index: QModelIndex | QPersistentModelIndex) -> None:
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        widget = option.widget  # type: ignore[attr-defined]
        style = widget.style() if widget is not None else QApplication.style()
        style.drawPrimitive(QStyle.PrimitiveElement.PE_PanelItemViewItem, opt, painter, widget)
        opt.rect = opt.rect.adjusted(self.PAD_X, self.PAD_Y, -self.PAD_X, -self.PAD_Y)
        # the room the style lays the text out in: its text rectangle less the text margins
        text_rect = style.subElementRect(QStyle.SubElement.SE_ItemViewItemText, opt, widget)
        margin = 2 * (style.pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin, opt, widget) + 1)
        opt.text = elide_lines(opt.text, opt.font, text_rect.width() - margin, text_rect.height())
        style.drawControl(QStyle.ControlElement.CE_ItemViewItem, opt, painter, widget)


def _wrapped(paragraph: str, font: QFont, width: int) -> list[str]:
    """A paragraph's lines as Qt wraps it at this width."""
    layout = QTextLayout(paragraph, font)
    layout.beginLayout()
    lines = []
    while True:
        line = layout.createLine()
        if not line.isValid():
            break
        line.setLineWidth(width)
        lines.append(paragraph[line.textStart():line.textStart() + line.textLength()])
    layout.endLayout()
    return lines or [""]


def elide_lines(text: str, font: QFont, width: int, height: int) -> str:
    """The text as it fits wrapped in width × height: whole, or cut at a word with "…" where a
    capped row leaves it no room. A short last line (the finding's "¶17 · Several participants")
    is kept whole below the cut."""
    metrics = QFontMetrics(font)
    width = max(1, width)
    if not text or metrics.boundingRect(QRect(0, 0, width, 100_000), int(Qt.TextFlag.TextWordWrap),
                                        text).height() <= height:
        return text
    budget = max(1, height // metrics.lineSpacing())
    # the delegate's display text breaks lines with U+2028 (Qt's line separator), a model's with \n
    paragraphs = text.replace("\u2028", "\n").split("\n")
    tail: list[str] = []
    if len(paragraphs) > 1 and len(_wrapped(paragraphs[-1], font, width)) < budget:
        tail = [paragraphs.pop()]
        budget -= len(_wrapped(tail[0], font, width))
    kept: list[str] = []
    for paragraph in paragraphs:
        lines = _wrapped(paragraph, font, width)
        if len(lines) <= budget and (len(lines) < budget or paragraph is paragraphs[-1]):
            kept.append(paragraph)
            budget -= len(lines)
            continue
        shown = lines[:budget]
        last = shown[-1].rstrip()
        while last and metrics.horizontalAdvance(last + "…") > width:
            last = last[:-1]
        if " " in last and metrics.horizontalAdvance(last) > width * 0.6:
            last = last[:last.rfind(" ")]  # end at a word
        kept.append("".join(shown[:-1]) + last.rstrip(" ,;:.") + "…")
        break
    return "\u2028".join(kept + tail)


class _StayOpenMenu(QMenu):
    """A menu whose checkable entries toggle without closing it (pick several in one go)."""

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        action = self.activeAction()
        if action is not None and action.isCheckable() and action.isEnabled():
            action.trigger()
            return
        super().mouseReleaseEvent(event)


class ProcessPickerDialog(QDialog):
    """A checkable list of processes grouped by region, with the nine 2005 processes one click away."""

    def __init__(self, catalog: Catalog, chosen: Iterable[str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("comparison_process_picker")
        self._catalog = catalog
        self._chosen = list(chosen)
        self._tree = QTreeWidget(self)
        self._tree.setObjectName("comparison_process_list")
        self._tree.setHeaderHidden(True)
        self._tree.setRootIsDecorated(False)
        self._tree.setUniformRowHeights(True)
        self._items: dict[str, QTreeWidgetItem] = {}
        for region in catalog.regions():
            if not region.processes:
                continue
            top = QTreeWidgetItem(self._tree, [region.name])
            top.setFlags(Qt.ItemFlag.ItemIsEnabled)
            font = top.font(0)
            font.setBold(True)
            top.setFont(0, font)
            for process in region.processes:
                item = QTreeWidgetItem(top, [process.display_name if process.name == process.display_name
                                             else f"{process.display_name} — {process.name}"])
                item.setData(0, ID_ROLE, process.id)
                item.setToolTip(0, process.name)
                item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
                              | Qt.ItemFlag.ItemIsUserCheckable)
                checked = process.id in self._chosen
                item.setCheckState(0, Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)
                self._items[process.id] = item
        self._tree.expandAll()
        self._add_2005 = QPushButton(self)
        self._add_2005.setObjectName("comparison_picker_add_2005")
        self._add_2005.clicked.connect(self.check_2005)
        self._none = QPushButton(self)
        self._none.setObjectName("comparison_picker_none")
        self._none.clicked.connect(lambda: self.set_checked([]))
        self._buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        self._buttons.accepted.connect(self.accept)
        self._buttons.rejected.connect(self.reject)
        self._hint = QLabel(self)
        self._hint.setWordWrap(True)
        row = QHBoxLayout()
        row.addWidget(self._add_2005)
        row.addWidget(self._none)
        row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self._hint)
        layout.addWidget(self._tree, 1)
        layout.addLayout(row)
        layout.addWidget(self._buttons)
        self.resize(620, 600)
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("Processes to compare"))
        self._hint.setText(self.tr("Tick the processes to show side by side."))
        self._add_2005.setText(self.tr("Add the nine 2005 processes"))
        self._add_2005.setAccessibleName(self.tr("Add the nine processes at the 2005 workshop"))
        self._none.setText(self.tr("Untick all"))
        self._none.setAccessibleName(self.tr("Untick all processes"))
        self._tree.setAccessibleName(self.tr("Processes by region"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    def check_2005(self) -> None:
        self.set_checked([*self.checked(), *processes_2005(self._catalog)])

    def set_checked(self, ids: Iterable[str]) -> None:
        wanted = set(ids)
        for ident, item in self._items.items():
            item.setCheckState(0, Qt.CheckState.Checked if ident in wanted else Qt.CheckState.Unchecked)

    def checked(self) -> list[str]:
        """Ticked ids: those already compared keep their order, new ones follow in list order."""
        ticked = [i for i, item in self._items.items() if item.checkState(0) == Qt.CheckState.Checked]
        kept = [i for i in self._chosen if i in ticked]
        return kept + [i for i in ticked if i not in kept]


class ComparisonPanel(QWidget):
    """Processes side by side, dimension by dimension, next to what the 2005 report found."""

    open_link = Signal(str)
    comparison_changed = Signal(list, list)  # process ids, dimension ids

    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("comparison_panel")
        self._services = services
        self._model = ComparisonModel(services.catalog, self)
        self._restoring = True

        # toolbar row
        self._pick_processes = QPushButton(self)
        self._pick_processes.setObjectName("comparison_pick_processes")
        self._pick_processes.clicked.connect(self.choose_processes)
        self._pick_dimensions = QPushButton(self)
        self._pick_dimensions.setObjectName("comparison_pick_dimensions")
        self._dimension_menu = _StayOpenMenu(self._pick_dimensions)
        self._dimension_menu.setObjectName("comparison_dimension_menu")
        self._dimension_menu.aboutToShow.connect(self._fill_dimension_menu)
        self._pick_dimensions.setMenu(self._dimension_menu)
        self._only_differences = QCheckBox(self)
        self._only_differences.setObjectName("comparison_only_differences")
        self._only_differences.toggled.connect(self.set_only_differences)
        self._show_findings = True
        self._findings_shown = QCheckBox(self)
        self._findings_shown.setObjectName("comparison_show_findings")
        self._findings_shown.setChecked(True)
        self._findings_shown.toggled.connect(self.set_show_findings)
        self._clear = QPushButton(self)
        self._clear.setObjectName("comparison_clear")
        self._clear.clicked.connect(self.clear)
        self._status = QLabel(self)
        self._status.setObjectName("comparison_status")
        self._status.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        # a long status line must not hold the dock wide: it may be cut (its tooltip has it all)
        self._status.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        toolbar = QHBoxLayout()
        toolbar.setContentsMargins(0, 0, 0, 0)
        toolbar.addWidget(self._pick_processes)
        toolbar.addWidget(self._pick_dimensions)
        toolbar.addWidget(self._only_differences)
        toolbar.addWidget(self._findings_shown)
        toolbar.addWidget(self._clear)
        toolbar.addSpacing(12)
        toolbar.addWidget(self._status, 1)

        # the table
        self._table = QTableView(self)
        self._table.setObjectName("comparison_table")
        self._table.setModel(self._model)
        self._table.setItemDelegate(_PaddedDelegate(self._table))
        self._table.setWordWrap(True)
        self._table.setTextElideMode(Qt.TextElideMode.ElideNone)
        self._table.setAlternatingRowColors(False)
        self._table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self._table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
        self._table.setHorizontalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self._table.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self._table.setCornerButtonEnabled(False)
        header = self._table.horizontalHeader()
        header.setObjectName("comparison_columns")
        header.setDefaultSectionSize(PROCESS_COLUMN_WIDTH)
        header.setMinimumSectionSize(120)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionsMovable(True)
        header.setFirstSectionMovable(False)
        header.setStretchLastSection(False)
        header.setHighlightSections(False)
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        header.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        header.customContextMenuRequested.connect(self._header_menu)
        header.sectionMoved.connect(self._on_section_moved)
        header.sectionDoubleClicked.connect(self._on_column_double_clicked)
        rows = self._table.verticalHeader()
        rows.setObjectName("comparison_rows")
        rows.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)  # fit_rows sizes them
        rows.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop
                                 | Qt.TextFlag.TextWordWrap)  # type: ignore[operator]
        rows.setFixedWidth(ROW_HEADER_WIDTH)
        rows.setHighlightSections(False)
        rows.setStyleSheet(ROW_HEADER_STYLE)
        rows.sectionDoubleClicked.connect(self._on_row_double_clicked)
        self._table.doubleClicked.connect(self._open_index)
        self._table.installEventFilter(self)
        self._model.modelReset.connect(self._after_reset)

        # the empty state
        self._empty = QWidget(self)
        self._empty.setObjectName("comparison_empty")
        self._empty_title = QLabel(self._empty)
        self._empty_title.setObjectName("comparison_empty_title")
        font = self._empty_title.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.15)
        self._empty_title.setFont(font)
        self._empty_text = QLabel(self._empty)
        self._empty_text.setObjectName("comparison_empty_text")
        self._empty_text.setWordWrap(True)
        self._empty_choose = QPushButton(self._empty)
        self._empty_choose.setObjectName("comparison_empty_choose")
        self._empty_choose.clicked.connect(self.choose_processes)
        self._empty_2005 = QPushButton(self._empty)
        self._empty_2005.setObjectName("comparison_empty_add_2005")
        self._empty_2005.clicked.connect(self.add_2005_processes)
        buttons = QHBoxLayout()
        buttons.addWidget(self._empty_choose)
        buttons.addWidget(self._empty_2005)
        buttons.addStretch(1)
        empty_layout = QVBoxLayout(self._empty)
        empty_layout.addStretch(1)
        empty_layout.addWidget(self._empty_title)
        empty_layout.addWidget(self._empty_text)
        empty_layout.addLayout(buttons)
        empty_layout.addStretch(2)
        empty_layout.setContentsMargins(24, 12, 24, 12)

        self._stack = QStackedWidget(self)
        self._stack.addWidget(self._empty)
        self._stack.addWidget(self._table)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addLayout(toolbar)
        layout.addWidget(self._stack, 1)

        self._row_timer = QTimer(self)
        self._row_timer.setSingleShot(True)
        self._row_timer.setInterval(0)
        self._row_timer.timeout.connect(self.fit_rows)
        self._table.selectionModel().currentRowChanged.connect(lambda *_: self._row_timer.start())
        header.sectionResized.connect(self._on_section_resized)
        self._fitting = False
        self._user_sized = False  # once the delegate drags a column edge, leave the widths alone
        self._table.viewport().installEventFilter(self)

        self.retranslate_ui()
        self._restore()
        self._restoring = False
        self._refresh()

    # -- public API ----------------------------------------------------------------------------

    def model(self) -> ComparisonModel:
        return self._model

    def table(self) -> QTableView:
        return self._table

    def processes(self) -> list[str]:
        return self._model.processes()

    def dimensions(self) -> list[str]:
        return self._model.dimensions()

    def only_differences(self) -> bool:
        return self._model.only_differences()

    def set_processes(self, ids: Iterable[str]) -> None:
        before = self.processes()
        self._model.set_processes(ids)
        if self.processes() != before:
            self._changed()
            if not before and not self._restoring:
                QTimer.singleShot(0, self.make_room)  # a new comparison: once the rows have their heights

    def make_room(self, rows: int = ROWS_IN_VIEW) -> None:
        """Give the comparison's dock the height to show its first rows (at most half the window):
        a new comparison is read, not hunted for behind a splitter. It only ever grows the dock."""
        from PySide6.QtWidgets import QDockWidget, QMainWindow

        dock, window = self.parentWidget(), None
        while dock is not None and not isinstance(dock, QDockWidget):
            dock = dock.parentWidget()
        if dock is not None:
            window = dock.parentWidget()
        if not isinstance(window, QMainWindow) or dock.isFloating() or not self.processes():
            return
        self.fit_rows()
        shown = sum(self._table.rowHeight(r) for r in range(min(rows, self._model.rowCount())))
        needed = dock.height() + shown - self._table.viewport().height() + 2
        wanted = min(needed, window.height() // 2)
        if wanted > dock.height():
            window.resizeDocks([dock], [wanted], Qt.Orientation.Vertical)

    def add_processes(self, ids: Iterable[str]) -> None:
        self.set_processes([*self.processes(), *ids])

    def add_2005_processes(self) -> None:
        self.add_processes(processes_2005(self._services.catalog))

    def remove_process(self, process_id: str) -> None:
        before = self.processes()
        self._model.remove_process(process_id)
        if self.processes() != before:
            self._changed()

    def move_process(self, process_id: str, position: int) -> None:
        """Move a process column to position (0 = the first process, after the finding)."""
        if self._model.move_process(process_id, position):
            self._changed()

    def set_dimensions(self, ids: Iterable[str] | None) -> None:
        before = self.dimensions()
        self._model.set_dimensions(ids)
        if self.dimensions() != before:
            self._changed()

    def set_only_differences(self, on: bool) -> None:
        if self._only_differences.isChecked() != bool(on):
            self._only_differences.setChecked(bool(on))  # comes back here through toggled
            return
        if self._model.only_differences() != bool(on):
            self._model.set_only_differences(on)
            self._save()
            self._refresh()

    def show_findings(self) -> bool:
        return self._show_findings

    def set_show_findings(self, on: bool) -> None:
        """Show or hide the column of the report's findings."""
        if self._findings_shown.isChecked() != bool(on):
            self._findings_shown.setChecked(bool(on))
            return
        self._show_findings = bool(on)
        self._table.setColumnHidden(FINDING_COLUMN, not self._show_findings)
        self.fit_columns()
        self._save()

    def clear(self) -> None:
        self.set_processes([])

    def choose_processes(self) -> None:
        dialog = ProcessPickerDialog(self._services.catalog, self.processes(), self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.set_processes(dialog.checked())
        dialog.deleteLater()

    # -- state ---------------------------------------------------------------------------------

    def _restore(self) -> None:
        processes, dimensions, only_differences, show_findings = _load_state(self._services.settings)
        # None: a new comparison's rows (profile facts first), also where the settings said "all"
        self._show_findings = show_findings
        self._model.set_dimensions(dimensions)
        self._model.set_processes(processes)
        self._only_differences.setChecked(only_differences)
        self._findings_shown.setChecked(show_findings)
        self._table.setColumnHidden(FINDING_COLUMN, not show_findings)

    def _save(self) -> None:
        if self._restoring:
            return
        default = list(self._services.catalog.default_rows())
        dimensions = self.dimensions()
        _save_state(self._services.settings, self.processes(),
                    None if dimensions == default else dimensions,
                    self._model.only_differences(), self._show_findings)

    def _changed(self) -> None:
        self._save()
        self._refresh()
        self.comparison_changed.emit(self.processes(), self.dimensions())

    def _after_reset(self) -> None:
        self._table.setColumnHidden(FINDING_COLUMN, not self._show_findings)
        self.fit_columns()
        self._row_timer.start()

    def fit_rows(self) -> None:
        """Each row as tall as its text, up to ROW_LINES lines; the current row whole."""
        self.fit_columns()  # the panel may have changed width while hidden (a dock tab, start-up)
        self._table.resizeRowsToContents()
        cap = ROW_LINES * QFontMetrics(self._table.font()).lineSpacing() + 2 * _PaddedDelegate.PAD_Y + 2
        current = self._table.currentIndex().row()
        for row in range(self._model.rowCount()):
            if row != current and self._table.rowHeight(row) > cap:
                self._table.setRowHeight(row, cap)

    def fit_columns(self) -> None:
        """The columns fill the panel's width and stretch with it: the finding takes its share
        (260–380 px), the processes share the rest equally, down to 220 px each; below that
        the table scrolls sideways rather than squeeze the text."""
        count = len(self.processes())
        if not count or self._user_sized:
            return
        header = self._table.horizontalHeader()
        available = self._table.viewport().width()
        self._fitting = True
        try:
            if self._show_findings:
                finding = int(max(FINDING_COLUMN_WIDTH, min(FINDING_COLUMN_MAX, available * FINDING_SHARE)))
                # the finding gives up its share first, so the processes fit without scrolling
                finding = max(FINDING_COLUMN_WIDTH, min(finding, available - PROCESS_COLUMN_MIN * count))
                if header.sectionSize(FINDING_COLUMN) != finding:
                    header.resizeSection(FINDING_COLUMN, finding)
                available -= finding
            width = max(PROCESS_COLUMN_MIN, available // count)
            widths = [width] * count
            if width * count < available:  # the last pixels too: no gap at the right edge
                widths[-1] += available - width * count
            for column, size in zip(range(FIRST_PROCESS_COLUMN, FIRST_PROCESS_COLUMN + count), widths,
                                    strict=True):
                if header.sectionSize(column) != size:
                    header.resizeSection(column, size)
        finally:
            self._fitting = False

    def _on_section_resized(self, *_: int) -> None:
        if not self._fitting and self._table.horizontalHeader().isVisible() and \
                QApplication.mouseButtons() != Qt.MouseButton.NoButton:
            self._user_sized = True  # a drag on a column edge
        self._row_timer.start()

    def _refresh(self) -> None:
        """The empty state or the table, and the line that says what is shown."""
        has_processes = bool(self.processes())
        self._stack.setCurrentWidget(self._table if has_processes else self._empty)
        self.fit_columns()
        self._clear.setEnabled(has_processes)
        self._only_differences.setEnabled(len(self.processes()) > 1 or self.only_differences())
        shown = len(self._model.dimensions())
        total = len(self._services.catalog.comparison_rows())
        default = self._model.dimensions() == list(self._services.catalog.default_rows())
        if not has_processes:
            status = ""
        elif shown == 0:
            status = self.tr("No dimensions chosen: pick some under Dimensions.")
        elif self._model.only_differences():
            hidden = self._model.hidden_row_count()
            if hidden == shown:
                status = self.tr("No differences: the known values agree on every chosen dimension.")
            elif hidden == 0:
                status = self.tr("The known values differ on every chosen dimension.")
            elif hidden == 1:
                status = self.tr("One dimension hidden: the known values agree or none is known.")
            else:
                status = self.tr("{count} dimensions hidden: the known values agree or none is "
                                 "known.").format(count=hidden)
        elif not default and shown < total:
            status = self.tr("Showing {shown} of {total} rows.").format(shown=shown, total=total)
        else:
            status = ""
        self._status.setText(status)
        self._status.setToolTip(status)
        self._pick_dimensions.setText(
            self.tr("Dimensions") if default or shown == total
            else self.tr("Dimensions ({shown}/{total})").format(shown=shown, total=total))
        self._row_timer.start()

    # -- interaction ---------------------------------------------------------------------------

    def _fill_dimension_menu(self) -> None:
        menu = self._dimension_menu
        menu.clear()
        chosen = set(self.dimensions())
        catalog = self._services.catalog
        default = menu.addAction(self.tr("Profile facts first, then every dimension"))
        default.setObjectName("comparison_default_rows")
        default.triggered.connect(lambda: (self.set_dimensions(None), self._fill_dimension_menu()))
        every = menu.addAction(self.tr("Every row"))
        every.setObjectName("comparison_every_row")
        every.triggered.connect(lambda: (self.set_dimensions([d.id for d in catalog.comparison_rows()]),
                                         self._fill_dimension_menu()))
        previous_kind = None
        for dimension in catalog.comparison_rows():
            if dimension.kind != previous_kind:
                menu.addSection(self.tr("From the profiles") if dimension.is_fact
                                else self.tr("The report's dimensions"))
                previous_kind = dimension.kind
            action = QAction(dimension.name, menu)
            action.setCheckable(True)
            action.setChecked(dimension.id in chosen)
            action.setToolTip(dimension.description)
            action.setData(dimension.id)
            action.toggled.connect(self._on_dimension_toggled)
            menu.addAction(action)

    def _on_dimension_toggled(self) -> None:
        ids = [a.data() for a in self._dimension_menu.actions() if a.isCheckable() and a.isChecked()]
        self.set_dimensions(ids)

    def _header_menu(self, pos: QPoint) -> None:
        header = self._table.horizontalHeader()
        column = header.logicalIndexAt(pos)
        process_id = self._model.headerData(column, Qt.Orientation.Horizontal, PROCESS_ID_ROLE)
        if not process_id:
            return
        menu = self.header_menu(process_id)
        menu.exec(header.mapToGlobal(pos))
        menu.deleteLater()

    def header_menu(self, process_id: str) -> QMenu:
        """The context menu of a process column (public so tests can trigger its actions)."""
        ids = self.processes()
        position = ids.index(process_id)
        menu = QMenu(self)
        menu.setObjectName("comparison_column_menu")
        remove = menu.addAction(self.tr("Remove from comparison"))
        remove.setObjectName("remove")
        remove.triggered.connect(lambda: self.remove_process(process_id))
        left = menu.addAction(self.tr("Move left"))
        left.setObjectName("move_left")
        left.setEnabled(position > 0)
        left.triggered.connect(lambda: self.move_process(process_id, position - 1))
        right = menu.addAction(self.tr("Move right"))
        right.setObjectName("move_right")
        right.setEnabled(position < len(ids) - 1)
        right.triggered.connect(lambda: self.move_process(process_id, position + 1))
        menu.addSeparator()
        profile = menu.addAction(self.tr("Open the process profile"))
        profile.setObjectName("open_profile")
        profile.triggered.connect(
            lambda: self.open_link.emit(
                self._model.headerData(FIRST_PROCESS_COLUMN + self.processes().index(process_id),
                                       Qt.Orientation.Horizontal, LINK_ROLE)))
        return menu

    def _on_section_moved(self, logical: int, old_visual: int, new_visual: int) -> None:
        """A dragged header section: undo the view-only move and move the model's column instead,
        so the order is the model's (saved, exported) and the finding stays first."""
        header = self._table.horizontalHeader()
        header.blockSignals(True)
        header.moveSection(new_visual, old_visual)
        header.blockSignals(False)
        process_id = self._model.headerData(logical, Qt.Orientation.Horizontal, PROCESS_ID_ROLE)
        if process_id:
            self.move_process(process_id, max(0, new_visual - FIRST_PROCESS_COLUMN))

    def _open_index(self, index: QModelIndex) -> None:
        if index.column() == FINDING_COLUMN:
            dimension_id = index.data(DIMENSION_ID_ROLE)
            if len(self._model.findings(dimension_id)) > 1:
                self.show_row_findings(dimension_id)
                return
        link = index.data(LINK_ROLE)
        if link:
            self.open_link.emit(link)

    def show_row_findings(self, dimension_id: str) -> QDialog | None:
        """Every finding that bears on a row, most relevant first; a citation opens its paragraph."""
        from rcpdesk.ui.dialogs.row_findings import RowFindingsDialog

        row = self._model.row(dimension_id)
        if row is None:
            return None
        dialog = RowFindingsDialog(row, self._model.findings(dimension_id), self)
        dialog.link_clicked.connect(self.open_link)
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()
        return dialog

    def _on_column_double_clicked(self, column: int) -> None:
        link = self._model.headerData(column, Qt.Orientation.Horizontal, LINK_ROLE)
        if link:
            self.open_link.emit(link)

    def _on_row_double_clicked(self, row: int) -> None:
        link = self._model.headerData(row, Qt.Orientation.Vertical, LINK_ROLE)
        if link:
            self.open_link.emit(link)

    def eventFilter(self, watched: object, event: QEvent) -> bool:
        if watched is self._table.viewport() and event.type() == QEvent.Type.Resize:
            self.fit_columns()
            return False
        if watched is self._table and event.type() == QEvent.Type.KeyPress:
            key = event.key() if isinstance(event, QKeyEvent) else None
            if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self._table.currentIndex().isValid():
                self._open_index(self._table.currentIndex())
                return True
            if key == Qt.Key.Key_Delete:
                process_id = self._table.currentIndex().data(PROCESS_ID_ROLE)
                if process_id:
                    self.remove_process(process_id)
                    return True
        return super().eventFilter(watched, event)

    def showEvent(self, event: QEvent) -> None:
        super().showEvent(event)
        self._row_timer.start()  # widths and heights for the size the panel shows at

    # -- language ------------------------------------------------------------------------------

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    def retranslate_ui(self) -> None:
        if self._model.catalog() is not self._services.catalog:  # names in the new language
            self._model.set_catalog(self._services.catalog)
        else:
            self._model.retranslate()
        self._pick_processes.setText(self.tr("Processes…"))
        self._pick_processes.setToolTip(self.tr("Choose the processes to compare"))
        self._pick_processes.setAccessibleName(self.tr("Choose processes to compare"))
        self._pick_dimensions.setToolTip(self.tr("Choose the dimensions to compare"))
        self._pick_dimensions.setAccessibleName(self.tr("Choose dimensions to compare"))
        self._only_differences.setText(self.tr("Show only where they differ"))
        self._only_differences.setToolTip(self.tr(
            "Hide dimensions where every known value is the same, or where none is known"))
        self._only_differences.setAccessibleName(self.tr("Show only where they differ"))
        self._findings_shown.setText(self.tr("The report's finding"))
        self._findings_shown.setToolTip(self.tr("Show what the 2005 report found on each dimension"))
        self._findings_shown.setAccessibleName(self.tr("Show the report's finding"))
        self._clear.setText(self.tr("Clear"))
        self._clear.setToolTip(self.tr("Remove every process from the comparison"))
        self._clear.setAccessibleName(self.tr("Clear the comparison"))
        self._table.setAccessibleName(self.tr("Comparison of processes by dimension"))
        self._table.setAccessibleDescription(self.tr(
            "Rows are profile facts and dimensions; the first column is the report's finding that "
            "fits the row, then one column per process. Double-click a cell to open it; Delete "
            "removes its process."))
        self._table.horizontalHeader().setAccessibleName(self.tr("Processes compared"))
        self._table.verticalHeader().setAccessibleName(self.tr("Dimensions"))
        self._empty_title.setText(self.tr("No processes to compare yet"))
        self._empty_text.setText(self.tr(
            "Choose processes with “Processes…” above, or add the nine processes that met at "
            "the 2005 workshop. You can also add a process from its profile or the process "
            "list. The rows start with the profile facts (secretariat, chair, members...), then the "
            "report's dimensions; the first column gives the 2005 report's finding that fits each row."))
        self._empty_choose.setText(self.tr("Choose processes…"))
        self._empty_choose.setAccessibleName(self.tr("Choose processes to compare"))
        self._empty_choose.setToolTip(self.tr("Tick the processes to compare, by region"))
        self._empty_2005.setText(self.tr("Add the nine 2005 processes"))
        self._empty_2005.setAccessibleName(self.tr("Add the nine processes at the 2005 workshop"))
        self._empty_2005.setToolTip(self.tr("Compare the nine processes whose delegates met at the 2005 workshop"))
        self._refresh()
