"""NotesPanel: the delegate's notes in a filterable table, for a dock; double-click opens the target."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QEvent,
    QLocale,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QPoint,
    Qt,
    QTimer,
    Signal,
    Slot,
)
from PySide6.QtGui import QAction, QColor, QIcon
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMenu,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from rcpdesk.notes import Colour, Note, NoteFilter, NotesError, NotesStore, TargetKind
from rcpdesk.ui.notes.dialogs import translate_notes
from rcpdesk.ui.notes.editor import swatch_icon
from rcpdesk.ui.notes.labels import TargetLabeler, kind_label, link_for_target
from rcpdesk.ui.notes.notes_html import format_modified
from rcpdesk.ui.tooltips import plain_tooltip

if TYPE_CHECKING:  # annotations only
    from rcpdesk.services import Services
    from rcpdesk.ui.notes.commands import NotesChange
    from rcpdesk.ui.notes.controller import NotesController

NOTE_ID_ROLE = Qt.ItemDataRole.UserRole
# The newest notes the list holds (the filters find the rest): all of a delegation's stalled
# each refresh.
SHOWN_NOTES = 200
EXCERPT_CHARS = 120
Index = QModelIndex | QPersistentModelIndex


class NotesTableModel(QAbstractTableModel):
    """Rows are notes, in the order the view last asked for (newest first to begin with).

    The model sorts itself: a sort proxy asked Python for a key at every comparison (280,000
    calls for 10,000 notes, 2 s on the GUI thread); here each note's key is made once.
    """

    COLOUR, TARGET, EXCERPT, TAGS, MODIFIED = range(5)

    def __init__(self, labeler: TargetLabeler, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._labeler = labeler
        self._notes: list[Note] = []
        self._colours: dict[str, Colour] = {}
        self._icons: dict[str, QIcon] = {}
        self._order: tuple[int, Qt.SortOrder] = (self.MODIFIED, Qt.SortOrder.DescendingOrder)

    def headers(self) -> list[str]:
        return ["", self.tr("On"), self.tr("Note"), self.tr("Tags"),
                self.tr("Modified")]

    def set_notes(self, notes: Sequence[Note], colours: Sequence[Colour]) -> None:
        self.beginResetModel()
        self._colours = {colour.key: colour for colour in colours}
        self._icons = {colour.key: swatch_icon(colour.hex) for colour in colours}
        self._notes = self._sorted(notes, *self._order)
        self.endResetModel()

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Sort by a column (the view's header asks), keeping the selection on its notes."""
        self._order = (column, order)
        self.layoutAboutToBeChanged.emit()
        persistent = self.persistentIndexList()
        ids = [self._notes[index.row()].id if 0 <= index.row() < len(self._notes) else None
               for index in persistent]
        self._notes = self._sorted(self._notes, column, order)
        rows = {note.id: row for row, note in enumerate(self._notes)}
        self.changePersistentIndexList(
            persistent, [self.index(rows[ident], index.column()) if ident in rows else QModelIndex()
                         for index, ident in zip(persistent, ids, strict=True)])
        self.layoutChanged.emit()

    def _sorted(self, notes: Sequence[Note], column: int, order: Qt.SortOrder) -> list[Note]:
        descending = order == Qt.SortOrder.DescendingOrder
        return sorted(notes, key=lambda note: self._sort_key(note, column), reverse=descending)

    def _sort_key(self, note: Note, column: int) -> str:
        """What a column sorts by: the text it shows, without case; a note's time; a colour's name."""
        if column == self.COLOUR:
            colour = self._colours.get(note.colour or "")
            return colour.name.casefold() if colour else "~"
        if column == self.TARGET:
            return self._labeler.label(note.target).casefold()
        if column == self.EXCERPT:
            return " ".join(note.body.split()).casefold()
        if column == self.TAGS:
            return ", ".join(note.tags).casefold()
        return note.modified

    def note(self, row: int) -> Note | None:
        return self._notes[row] if 0 <= row < len(self._notes) else None

    def notes(self) -> tuple[Note, ...]:
        return tuple(self._notes)

    def row_of(self, note_id: str) -> int:
        for row, note in enumerate(self._notes):
            if note.id == note_id:
                return row
        return -1

    # --- Qt model --------------------------------------------------------------------------

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._notes)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 5

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < 5:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self.headers()[section]
        if role == Qt.ItemDataRole.ToolTipRole and section == self.COLOUR:
            return self.tr("Colour")
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._notes):
            return None
        note = self._notes[index.row()]
        column = index.column()
        colour = self._colours.get(note.colour or "")
        if role == NOTE_ID_ROLE:
            return note.id
        if role == Qt.ItemDataRole.DisplayRole:
            if column == self.COLOUR:  # a swatch only; the name is the tooltip and sort key
                return None
            if column == self.TARGET:
                return self._labeler.label(note.target)
            if column == self.EXCERPT:
                text = " ".join(note.body.split())
                return text if len(text) <= EXCERPT_CHARS else text[:EXCERPT_CHARS - 1] + "…"
            if column == self.TAGS:
                return ", ".join(note.tags)
            if column == self.MODIFIED:  # the day; the time is in the tooltip
                return format_modified(note.modified).partition(" ")[0]
        if role == Qt.ItemDataRole.DecorationRole and column == self.COLOUR and colour:
            return self._icons.get(colour.key)
        if role == Qt.ItemDataRole.ToolTipRole:
            if column == self.EXCERPT:  # the whole note, with what a narrow dock hides
                details = [self.tr("Tags: {tags}").format(tags=", ".join(note.tags))] if note.tags else []
                details.append(self.tr("Modified {when}").format(when=format_modified(note.modified)))
                return plain_tooltip(note.body[:2000] + "\n\n" + "\n".join(details))
            if column == self.TARGET:
                return kind_label(note.target.kind)
            if column == self.COLOUR:
                return plain_tooltip(colour.name) if colour else self.tr("No colour")
            if column == self.MODIFIED:
                return format_modified(note.modified)
            if column == self.TAGS:
                return plain_tooltip(", ".join(note.tags))
        if role == Qt.ItemDataRole.ForegroundRole and note.needs_review and column == self.TARGET:
            return QColor("#b71c1c")
        if role == Qt.ItemDataRole.AccessibleTextRole and column == self.COLOUR:
            return colour.name if colour else self.tr("No colour")
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable


class NotesPanel(QWidget):
    """The notes list with filters by tag, colour, target kind and text, and a review toggle."""

    open_link = Signal(str)

    def __init__(self, services: Services, controller: NotesController | None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("notes_panel")
        self._services = services
        self._controller = controller
        self._colours: tuple[Colour, ...] = ()  # as the filters last read them
        self._labeler = TargetLabeler(services.catalog)
        self.model = NotesTableModel(self._labeler, self)

        self.text_filter = QLineEdit(self)
        self.text_filter.setObjectName("notes_text_filter")
        self.text_filter.setClearButtonEnabled(True)
        self.tag_filter = QComboBox(self)
        self.tag_filter.setObjectName("notes_tag_filter")
        self.colour_filter = QComboBox(self)
        self.colour_filter.setObjectName("notes_colour_filter")
        self.kind_filter = QComboBox(self)
        self.kind_filter.setObjectName("notes_kind_filter")
        self.review_toggle = QCheckBox(self)
        self.review_toggle.setObjectName("notes_review_toggle")

        self.view = QTableView(self)
        self.view.setObjectName("notes_table")
        self.view.setModel(self.model)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setSortingEnabled(True)
        self.view.sortByColumn(NotesTableModel.MODIFIED, Qt.SortOrder.DescendingOrder)
        self.view.setWordWrap(False)
        self.view.setAlternatingRowColors(True)
        self.view.verticalHeader().hide()
        self.view.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 8)
        self.view.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(NotesTableModel.EXCERPT, QHeaderView.ResizeMode.Stretch)
        # Fixed widths, not "resize to contents": that measures up to a thousand rows per change.
        # The note's own words get what the dock has left: the other columns stay narrow.
        self.view.setColumnWidth(NotesTableModel.COLOUR, self.view.iconSize().width() + 12)
        self.view.setColumnWidth(NotesTableModel.MODIFIED,
                                 self.fontMetrics().horizontalAdvance("2026-11-26") + 14)
        # Room for a process's common short name ("Colombo Process") or a paragraph ("¶20").
        self.view.setColumnWidth(NotesTableModel.TARGET,
                                 self.fontMetrics().horizontalAdvance("Colombo Process") + 16)
        self.view.setColumnWidth(NotesTableModel.TAGS, 56)
        header.setMinimumSectionSize(24)
        self.view.installEventFilter(self)  # a narrow dock drops the Tags and Modified columns

        self.message = QLabel(self)
        self.message.setObjectName("notes_message")
        self.message.setWordWrap(True)
        self.message.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.message.setMargin(16)
        self.message.setStyleSheet("color: #555555;")
        self._stack = QStackedWidget(self)
        self._stack.addWidget(self.view)
        self._stack.addWidget(self.message)
        self.more = QLabel(self)  # "the newest 200 of 10,000": the filters find the others
        self.more.setObjectName("notes_more")
        self.more.setWordWrap(True)
        self.more.setStyleSheet("color: #555555;")
        self.more.hide()
        self.read_only_label = QLabel(self)  # a profile on a locked USB stick
        self.read_only_label.setObjectName("notes_read_only")
        self.read_only_label.setWordWrap(True)
        self.read_only_label.setStyleSheet("color: #555555;")
        self.read_only_label.hide()

        search_row = QHBoxLayout()  # two rows: the panel usually lives in a narrow dock
        search_row.setContentsMargins(0, 0, 0, 0)
        search_row.addWidget(self.text_filter, 1)
        search_row.addWidget(self.review_toggle)
        filters = QHBoxLayout()
        filters.setContentsMargins(0, 0, 0, 0)
        for combo in (self.tag_filter, self.colour_filter, self.kind_filter):
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
            combo.setMinimumContentsLength(8)
            filters.addWidget(combo, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.read_only_label)
        layout.addLayout(search_row)
        layout.addLayout(filters)
        layout.addWidget(self._stack, 1)
        layout.addWidget(self.more)

        self._text_timer = QTimer(self)
        self._text_timer.setSingleShot(True)
        self._text_timer.setInterval(250)
        self._text_timer.timeout.connect(self.refresh)
        self.text_filter.textChanged.connect(self._text_timer.start)
        for combo in (self.tag_filter, self.colour_filter, self.kind_filter):
            combo.currentIndexChanged.connect(self.refresh)
        self.review_toggle.toggled.connect(self.refresh)
        self.view.doubleClicked.connect(self._on_activated)
        self.view.activated.connect(self._on_activated)
        self.view.customContextMenuRequested.connect(self._show_context_menu)
        self.view.selectionModel().currentRowChanged.connect(self._on_current_changed)

        if controller is not None:
            controller.events.changed.connect(self._on_notes_changed)
            controller.availability_changed.connect(self.refresh)
        self.retranslate()

    # Below this width the note's own words would be cut to a few letters beside the Tags and
    # Modified columns: those two go (the note's tooltip gives them), the words keep the room.
    NARROW = 460

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.view and event.type() == QEvent.Type.Resize:
            narrow = self.view.width() < self.NARROW
            for column in (NotesTableModel.TAGS, NotesTableModel.MODIFIED):
                self.view.setColumnHidden(column, narrow)
        return super().eventFilter(watched, event)

    def retranslate(self) -> None:
        """Texts in the current language; the lists are refilled (refresh) in it too."""
        self.text_filter.setPlaceholderText(self.tr("Search notes…"))
        self.text_filter.setAccessibleName(self.tr("Search notes"))
        self.tag_filter.setAccessibleName(self.tr("Filter by tag"))
        self.colour_filter.setAccessibleName(self.tr("Filter by colour"))
        self.kind_filter.setAccessibleName(self.tr("Filter by what the note is on"))
        self.tag_filter.setToolTip(self.tr("Show only the notes with this tag"))
        self.colour_filter.setToolTip(self.tr("Show only the notes of this colour"))
        self.kind_filter.setToolTip(self.tr("Show only the notes on processes, paragraphs, dimensions or cells"))
        self._fill_combo(self.kind_filter, self.tr("Everything"),
                         [(kind_label(kind), kind.value, None) for kind in TargetKind])
        self.read_only_label.setText(self.tr(
            "Read-only: these notes can be read, searched, printed and exported, not changed."))
        self.review_toggle.setText(self.tr("Needs review"))
        self.review_toggle.setAccessibleName(self.tr("Show only notes that need review"))
        self.review_toggle.setToolTip(self.tr(
            "Notes whose paragraph changed in a new data edition, and conflicting copies from an import"))
        self.view.setAccessibleName(self.tr("Notes"))
        self.model.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, 4)
        self.refresh()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    @property
    def store(self) -> NotesStore | None:
        return self._services.notes

    # --- filters ---------------------------------------------------------------------------

    def current_filter(self) -> NoteFilter:
        text = self.text_filter.text().strip()
        return NoteFilter(tag=self.tag_filter.currentData(), colour=self.colour_filter.currentData(),
                          kind=self.kind_filter.currentData(), text=text or None,
                          needs_review=True if self.review_toggle.isChecked() else None)

    def set_filters(self, *, tag: str | None = None, colour: str | None = None,
                    kind: str | None = None, text: str = "", needs_review: bool = False) -> None:
        """Set every filter at once (one refresh); None and "" mean any."""
        widgets = (self.tag_filter, self.colour_filter, self.kind_filter, self.text_filter,
                   self.review_toggle)
        for widget in widgets:
            widget.blockSignals(True)
        try:
            self.tag_filter.setCurrentIndex(max(self.tag_filter.findData(tag), 0))
            self.colour_filter.setCurrentIndex(max(self.colour_filter.findData(colour), 0))
            self.kind_filter.setCurrentIndex(max(self.kind_filter.findData(kind), 0))
            self.text_filter.setText(text)
            self.review_toggle.setChecked(needs_review)
        finally:
            for widget in widgets:
                widget.blockSignals(False)
        self.refresh()

    def _fill_combo(self, combo: QComboBox, everything: str,
                    entries: Sequence[tuple[str, str, QIcon | None]]) -> None:
        current = combo.currentData()
        combo.blockSignals(True)
        combo.clear()
        combo.addItem(everything, None)
        for text, data, icon in entries:
            if icon is None:
                combo.addItem(text, data)
            else:
                combo.addItem(icon, text, data)
        combo.setCurrentIndex(max(combo.findData(current), 0))
        combo.blockSignals(False)

    # --- refreshing ------------------------------------------------------------------------

    def _on_notes_changed(self, change: NotesChange) -> None:
        """One read of the list; the tag and colour filters are read again only when the
        change may have altered them."""
        self.refresh(filters=change.tags or change.kind in ("colours", "everything"))

    @Slot()
    def refresh(self, filters: bool = True) -> None:
        store = self.store
        enabled = store is not None
        self.read_only_label.setVisible(bool(store is not None and store.read_only))
        for widget in (self.text_filter, self.tag_filter, self.colour_filter, self.kind_filter,
                       self.review_toggle):
            widget.setEnabled(enabled)
        if store is None:
            self.model.set_notes([], [])
            self.more.hide()
            self._show_message(self.tr("Notes are not available in this session."))
            return
        selected = self.selected_note_id()
        try:
            if filters or not self._colours:
                self._colours = tuple(store.colours())
                tags = store.tags()
                self._fill_combo(self.tag_filter, self.tr("All tags"),
                                 [(f"{tag} ({count})", tag, None) for tag, count in tags])
                self._fill_combo(self.colour_filter, self.tr("All colours"),
                                 [(c.name, c.key, swatch_icon(c.hex)) for c in self._colours])
            notes = store.list_notes(self.current_filter(), limit=SHOWN_NOTES)
            total = store.count_notes(self.current_filter()) if len(notes) == SHOWN_NOTES else len(notes)
        except NotesError as exc:
            self.model.set_notes([], [])
            self.more.hide()
            self._show_message(exc.translated(translate_notes))
            return
        self._labeler.clear()
        self.model.set_notes(notes, self._colours)
        self.more.setVisible(total > len(notes))
        self.more.setText(self.tr("The newest {shown} of {total} notes: the filters above find the others.").format(
            shown=QLocale().toString(len(notes)), total=QLocale().toString(total)))
        if notes:
            self._stack.setCurrentWidget(self.view)
        elif self.current_filter() == NoteFilter():
            self._show_message(self.tr(
                "No notes yet.\nPress Ctrl+Shift+N to add a note on what you are reading."))
        else:
            self._show_message(self.tr("No notes match these filters."))
        if selected:
            self.select_note(selected)

    def _show_message(self, text: str) -> None:
        self.message.setText(text)
        self._stack.setCurrentWidget(self.message)

    @Slot()
    # --- selection and actions ---------------------------------------------------------------

    def selected_note_id(self) -> str | None:
        index = self.view.currentIndex()
        return index.data(NOTE_ID_ROLE) if index.isValid() else None

    def select_note(self, note_id: str) -> bool:
        row = self.model.row_of(note_id)
        if row < 0:
            return False
        self.view.setCurrentIndex(self.model.index(row, NotesTableModel.EXCERPT))
        return True

    def _note_at(self, index: QModelIndex) -> Note | None:
        if not index.isValid():
            return None
        return self.model.note(index.row())

    @Slot(QModelIndex, QModelIndex)
    def _on_current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if self._controller is not None:
            note = self._note_at(current)
            self._controller.set_current_note(note.id if note else None)

    @Slot(QModelIndex)
    def _on_activated(self, index: QModelIndex) -> None:
        note = self._note_at(index)
        if note is not None:
            self._open_note(note)

    def _open_note(self, note: Note) -> None:
        link = link_for_target(note.target)
        if link:
            self.open_link.emit(link)

    @Slot(QPoint)
    def _show_context_menu(self, pos: QPoint) -> None:
        note = self._note_at(self.view.indexAt(pos))
        if note is None:
            return
        menu = self.context_menu(note)
        menu.exec(self.view.viewport().mapToGlobal(pos))
        menu.deleteLater()

    def context_menu(self, note: Note) -> QMenu:
        menu = QMenu(self)
        open_action = QAction(self.tr("Open"), menu)
        open_action.triggered.connect(lambda: self._open_note(note))
        menu.addAction(open_action)
        if self._controller is not None:
            edit = menu.addAction(self.tr("Edit note…"))
            edit.triggered.connect(lambda: self._controller.edit_note(note.id))
            colour_menu = menu.addMenu(self.tr("Colour"))
            none = colour_menu.addAction(self.tr("No colour"))
            none.triggered.connect(lambda: self._controller.change_colour(note.id, None))
            for colour in self.model._colours.values():
                action = colour_menu.addAction(swatch_icon(colour.hex), colour.name)
                action.setCheckable(True)
                action.setChecked(colour.key == note.colour)
                action.triggered.connect(
                    lambda _checked=False, key=colour.key: self._controller.change_colour(note.id, key))
            menu.addSeparator()
            delete = menu.addAction(self.tr("Delete note"))
            delete.triggered.connect(lambda: self._controller.delete_note(note.id))
        return menu
