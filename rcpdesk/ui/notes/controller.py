"""NotesController: the note actions, one undo stack, and the flows behind them (add, edit, import...)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeVar

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal, Slot
from PySide6.QtGui import QAction, QKeySequence, QUndoStack
from PySide6.QtWidgets import QDialog, QFileDialog, QMenu, QMessageBox, QWidget

from rcpdesk.notes import (
    NOTES_FILE_NAME,
    ImportUnknownTargets,
    Note,
    NotesDatabaseCorrupt,
    NotesError,
    NotesStore,
    Target,
    TargetKind,
)
from rcpdesk.notes import messages as note_messages
from rcpdesk.ui import links
from rcpdesk.ui.notes.commands import (
    AddNoteCommand,
    ChangeColourCommand,
    ChangeTagsCommand,
    DeleteNoteCommand,
    EditNoteCommand,
    RenameColourCommand,
    RestoreNoteCommand,
)
from rcpdesk.ui.notes.dialogs import (
    ColoursDialog,
    ImportPreviewDialog,
    NoteListDialog,
    preview_summary,
    translate_notes,
)
from rcpdesk.ui.notes.editor import NoteEditorDialog
from rcpdesk.ui.notes.labels import TargetLabeler, link_for_target
from rcpdesk.ui.notes.notes_html import with_notes

if TYPE_CHECKING:  # annotations only
    from rcpdesk.services import Services

T = TypeVar("T")
NOTE_KINDS = ("process", "paragraph", "dimension", "cell")
EXPORT_SUFFIXES = {"rcpnotes": ".rcpnotes", "md": ".md", "csv": ".csv"}


def passage_offsets(paragraph_text: str, selected: str) -> tuple[int, int] | None:
    """Where a selection copied from the detail view lies in the paragraph's stored text."""
    cleaned = selected.replace("\u2029", "\n").replace("\u2028", "\n").replace("\u00a0", " ").strip()
    if not cleaned:
        return None
    start = paragraph_text.find(cleaned)
    if start < 0:  # the view may have reflowed white space: match word by word
        import re

        pattern = r"\s+".join(re.escape(word) for word in cleaned.split())
        found = re.search(pattern, paragraph_text)
        if found is None:
            return None
        return found.start(), found.end()
    return start, start + len(cleaned)


class NotesController(QObject):
    """Owns the note actions and the QUndoStack; every change goes through a command."""

    notes_changed = Signal()
    availability_changed = Signal(bool)
    current_target_changed = Signal()
    error_reported = Signal(str)
    status_message = Signal(str)
    open_link = Signal(str)

    def __init__(self, services: Services, parent_widget: QWidget | None = None) -> None:
        super().__init__(parent_widget)
        self.setObjectName("notes_controller")
        self._services = services
        self._parent = parent_widget
        self._target: Target | None = None
        self._passage: Target | None = None
        self._current_note_id: str | None = None
        self._unavailable_reported = False
        self.active_dialog: QDialog | None = None
        self.unavailable_box: QMessageBox | None = None
        self.last_error: str | None = None
        self.labeler = TargetLabeler(services.catalog)
        self.undo_stack = QUndoStack(self)
        self.undo_stack.setObjectName("notes_undo_stack")
        self.undo_stack.indexChanged.connect(self._on_stack_changed)
        self._create_actions()
        self._update_actions()
        if self.store is None and not services.notes_pending:
            QTimer.singleShot(0, self.report_unavailable)
        elif self.store is not None and self.store.read_only:
            QTimer.singleShot(0, self.report_read_only)

    # --- state -------------------------------------------------------------------------------

    @property
    def store(self) -> NotesStore | None:
        return self._services.notes

    @property
    def current_target(self) -> Target | None:
        return self._target

    @property
    def selected_passage(self) -> Target | None:
        return self._passage

    def _create_actions(self) -> None:
        parent = self._parent or self

        def action(name: str, slot: Callable[[], Any], shortcut: Any = None) -> QAction:
            created = QAction(parent)
            created.setObjectName(name)
            if shortcut is not None:
                created.setShortcut(QKeySequence(shortcut))
            created.triggered.connect(lambda _checked=False: slot())
            return created

        self.add_action = action("notes_add", self.add_note, "Ctrl+Shift+N")
        self.add_selection_action = action("notes_add_selection", self.add_note_on_selection,
                                           "Ctrl+Alt+N")
        self.edit_action = action("notes_edit", self.edit_note)
        self.delete_action = action("notes_delete", self.delete_note)
        # Qt words these itself ("Undo Edit note"), through Qt's own translations.
        self.undo_action = self.undo_stack.createUndoAction(parent)
        self.undo_action.setObjectName("notes_undo")
        self.undo_action.setShortcut(QKeySequence(QKeySequence.StandardKey.Undo))
        self.redo_action = self.undo_stack.createRedoAction(parent)
        self.redo_action.setObjectName("notes_redo")
        self.redo_action.setShortcut(QKeySequence(QKeySequence.StandardKey.Redo))
        self.export_action = action("notes_export", self.export_notes)
        self.import_action = action("notes_import", self.import_notes)
        self.trash_action = action("notes_trash", self.show_trash)
        self.review_action = action("notes_review", self.show_needs_review)
        self.colours_action = action("notes_colours", self.edit_colours)
        for item in self.actions():
            item.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        self.retranslate()
        if self._parent is not None:
            self._parent.installEventFilter(self)

    def retranslate(self) -> None:
        """Action texts in the current language (again after a language change)."""
        texts = {
            self.add_action: (self.tr("Add &Note…"), self.tr("Add a note on what you are reading")),
            self.add_selection_action: (self.tr("Add Note on &Selection…"), self.tr(
                "Add a note on the selected words of the paragraph")),
            self.edit_action: (self.tr("&Edit Note…"),
                               self.tr("Edit the note selected in the Notes panel")),
            self.delete_action: (self.tr("&Delete Note"),
                                 self.tr("Move the selected note to the trash")),
            self.export_action: (self.tr("E&xport Notes…"),
                                 self.tr("Save your notes to share them or keep a copy")),
            self.import_action: (self.tr("&Import Notes…"),
                                 self.tr("Merge notes from a colleague's .rcpnotes file")),
            self.trash_action: (self.tr("Notes &Trash…"),
                                self.tr("Notes you deleted; restore them from here")),
            self.review_action: (self.tr("Notes Needing &Review…"), self.tr(
                "Notes whose paragraph changed, and conflicting copies from imports")),
            self.colours_action: (self.tr("Note &Colours…"),
                                  self.tr("Name the highlight colours")),
        }
        for item, (text, tip) in texts.items():
            item.setText(text)
            item.setStatusTip(tip)
            item.setToolTip(tip)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self._parent and event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
            self._update_actions()
        return False

    def actions(self) -> list[QAction]:
        return [self.add_action, self.add_selection_action, self.edit_action, self.delete_action,
                self.undo_action, self.redo_action, self.export_action, self.import_action,
                self.trash_action, self.review_action, self.colours_action]

    def _update_actions(self) -> None:
        available = self.store is not None
        # A read-only profile (a locked USB stick): read, export and print, change nothing.
        writable = available and not self.store.read_only
        for item in (self.export_action, self.trash_action, self.review_action):
            item.setEnabled(available)
        for item in (self.import_action, self.colours_action):
            item.setEnabled(writable)
        self.add_action.setEnabled(writable and self._target is not None)
        self.add_selection_action.setEnabled(writable and self._passage is not None)
        self.edit_action.setEnabled(writable and self._current_note_id is not None)
        self.delete_action.setEnabled(writable and self._current_note_id is not None)
        if not writable:
            self.undo_action.setEnabled(False)
            self.redo_action.setEnabled(False)
        if self._target is not None:
            self.add_action.setStatusTip(self.tr("Add a note on {target}").format(
                target=self.labeler.label(self._target)))

    def install(self, menus: dict[str, QMenu]) -> None:
        """Undo/Redo and the note actions in the Edit menu; import and export in the File menu."""
        edit = menus.get("edit")
        if edit is not None:
            first = edit.actions()[0] if edit.actions() else None
            edit.insertActions(first, [self.undo_action, self.redo_action])
            if first is not None:
                edit.insertSeparator(first)
            edit.addSeparator()
            for item in (self.add_action, self.add_selection_action, self.edit_action,
                         self.delete_action):
                edit.addAction(item)
            edit.addSeparator()
            for item in (self.review_action, self.trash_action, self.colours_action):
                edit.addAction(item)
        file_menu = menus.get("file")
        if file_menu is not None:
            anchor = _quit_anchor(file_menu)
            file_menu.insertSeparator(anchor) if anchor is not None else file_menu.addSeparator()
            file_menu.insertActions(anchor, [self.import_action, self.export_action])
        if self._parent is not None:  # shortcuts work even where a menu is missing
            for item in self.actions():
                if item not in self._parent.actions():
                    self._parent.addAction(item)

    # --- navigation and selection --------------------------------------------------------------

    @Slot(str)
    def set_current_target(self, target_id: str, kind: str | None = None) -> None:
        """What the main window shows now: a process, paragraph, dimension or comparison cell id
        (an rcpdesk: link is understood too). Anything else leaves nothing to annotate."""
        target_id, kind = self._resolve(target_id or "", kind)
        target = None
        if target_id and kind in NOTE_KINDS:
            try:
                target = Target(TargetKind(kind), target_id)
            except NotesError:
                target = None
        changed = target != self._target
        self._target = target
        if changed:
            self._passage = None
        self._update_actions()
        if changed:
            self.current_target_changed.emit()

    def _resolve(self, target_id: str, kind: str | None) -> tuple[str, str | None]:
        link = links.parse(target_id.partition("#")[0]) if target_id.startswith("rcpdesk:") else None
        if link is not None:  # a link; its #anchor is a place on the page, not the target
            if link.kind == "paragraph":
                return f"report-2005/p{link.ident}", "paragraph"
            return link.ident, link.kind
        if kind is None and target_id:
            lookup = self._services.catalog.target_kind
            try:
                kind = lookup(target_id) if callable(lookup) else None
            except Exception:  # noqa: BLE001 - an id the catalog cannot answer for
                kind = None
        return target_id, kind

    def set_passage_selection(self, paragraph_id: str | None, start: int = 0, end: int = 0,
                              paragraph_text: str | None = None) -> None:
        """The words selected in a paragraph (offsets in its stored text), or None for none."""
        passage = None
        if paragraph_id and end > start:
            text = paragraph_text if paragraph_text is not None else self._paragraph_text(paragraph_id)
            if text is not None and end <= len(text) and text[start:end].strip():
                try:
                    passage = Target.passage(paragraph_id, text, start, end)
                except NotesError:
                    passage = None
        self._passage = passage
        self._update_actions()

    @Slot(str)
    def set_selected_text(self, selected: str) -> None:
        """The detail view's selected text: a passage when it lies in the current paragraph."""
        target = self._target
        if target is None or target.kind is not TargetKind.PARAGRAPH or not selected.strip():
            self.set_passage_selection(None)
            return
        text = self._paragraph_text(target.id)
        offsets = passage_offsets(text, selected) if text else None
        if offsets is None:
            self.set_passage_selection(None)
        else:
            self.set_passage_selection(target.id, *offsets, paragraph_text=text)

    def _paragraph_text(self, paragraph_id: str) -> str | None:
        catalog = self._services.catalog
        try:
            return str(catalog.paragraph(paragraph_id).text) if catalog is not None else None
        except Exception:  # noqa: BLE001 - an unknown paragraph has no text to quote
            return None

    @Slot(object)
    def set_current_note(self, note_id: str | None) -> None:
        """The note selected in the Notes panel (Edit and Delete act on it)."""
        self._current_note_id = note_id
        self._update_actions()

    def notes_for(self, target_id: str, *, passages: bool = True) -> tuple[Note, ...]:
        """Notes on a target id (and, for a paragraph, on its passages) for the detail view."""
        store = self.store
        if store is None or not target_id:
            return ()
        try:
            notes = store.list_notes(target_id=target_id)
        except NotesError:
            return ()
        return tuple(n for n in notes if passages or n.target.kind is not TargetKind.PASSAGE)

    def _page_notes(self, link_or_id: str) -> tuple[str, str | None, tuple[Note, ...]]:
        """(target id, kind, notes) of the page a link opens; no notes when it takes none."""
        if self.store is None:
            return "", None, ()
        target_id, kind = self._resolve(link_or_id, None)
        return target_id, kind, self.notes_for(target_id) if kind in NOTE_KINDS else ()

    def decorates(self, link_or_id: str) -> bool:
        """True if decorate_page would add notes to this page."""
        return bool(self._page_notes(link_or_id)[2])

    def decorate_page(self, page_html: str, link_or_id: str) -> str:
        """A detail page with the notes on what it shows (highlighted passages in a paragraph)."""
        target_id, kind, notes = self._page_notes(link_or_id)
        if not notes:
            return page_html
        text = self._paragraph_text(target_id) if kind == "paragraph" else None
        return with_notes(page_html, notes, self.colours(), paragraph_text=text)

    def note_marks(self) -> tuple[set[str], dict[tuple[str, str], list[str]]]:
        """What carries notes, for the tree and the comparison to mark: the links of the noted
        targets, and each comparison cell's notes (two light reads of the store)."""
        from rcpdesk.ui.notes.labels import link_for_target

        store = self.store
        targets, cell_notes = (), ()
        if store is not None:
            try:
                targets, cell_notes = store.noted_targets(), store.cell_notes()
            except NotesError:
                targets, cell_notes = (), ()
        noted = {link for link in map(link_for_target, targets) if link}
        cells: dict[tuple[str, str], list[str]] = {}
        for cell_id, body in cell_notes:
            process_id, _, dimension_id = cell_id.partition("#")
            cells.setdefault((process_id, dimension_id), []).append(body)
        return noted, cells

    def handle_link(self, link: str) -> bool:
        """rcpdesk:note/<id> (the detail view's "edit" link) opens the editor; True if handled."""
        parsed = links.parse(link)
        if parsed is None or parsed.kind != "note":
            return False
        self.edit_note(parsed.ident)
        return True

    def colours(self) -> tuple[Any, ...]:
        store = self.store
        if store is None:
            return ()
        try:
            return tuple(store.colours())
        except NotesError:
            return ()

    # --- running store calls ---------------------------------------------------------------

    def _run(self, call: Callable[[], T]) -> T | None:
        try:
            return call()
        except NotesError as exc:
            self._report_error(exc)
            return None

    def _report_error(self, error: BaseException | str) -> None:
        if isinstance(error, NotesError):
            message = error.translated(translate_notes)
        else:
            message = str(error)
        self.last_error = message
        self.error_reported.emit(message)
        box = QMessageBox(QMessageBox.Icon.Warning, self.tr("Notes"), message,
                          QMessageBox.StandardButton.Ok, self._parent)
        box.setObjectName("notes_error_box")
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.open()
        self.notes_changed.emit()  # the view may be out of date: show what is stored

    @Slot(int)
    def _on_stack_changed(self, _index: int) -> None:
        self.notes_changed.emit()

    def _open_dialog(self, dialog: QDialog) -> QDialog:
        """Shown window-modal without blocking (tests fill it in; the event loop keeps running)."""
        self.active_dialog = dialog

        def finished(_result: int) -> None:
            if self.active_dialog is dialog:
                self.active_dialog = None
            dialog.deleteLater()

        dialog.finished.connect(finished)
        dialog.open()
        return dialog

    # --- adding and editing ----------------------------------------------------------------

    def _editor(self, target: Target, note: Note | None = None) -> NoteEditorDialog | None:
        store = self.store
        if store is None:
            return None
        colours = self._run(store.colours)
        tags = self._run(store.tags)
        if colours is None or tags is None:
            return None
        return NoteEditorDialog(self.labeler.label(target), colours, [tag for tag, _ in tags],
                                note, self._parent)

    @Slot()
    def add_note(self, target: Target | None = None) -> NoteEditorDialog | None:
        """Open the editor for a new note on the target (default: what is shown now)."""
        target = target or self._target
        if target is None:
            return None
        dialog = self._editor(target)
        if dialog is None:
            return None
        dialog.accepted.connect(lambda: self._finish_add(target, dialog))
        self._open_dialog(dialog)
        return dialog

    @Slot()
    def add_note_on_selection(self) -> NoteEditorDialog | None:
        return self.add_note(self._passage) if self._passage is not None else None

    def _finish_add(self, target: Target, dialog: NoteEditorDialog) -> None:
        values, store = dialog.values(), self.store
        if values is None or store is None:
            return
        note = self._run(lambda: store.add(target, values.body, body_format=values.body_format,
                                           tags=values.tags, colour=values.colour))
        if note is not None:
            self.undo_stack.push(AddNoteCommand(store, note, self._report_error))
            self.status_message.emit(self.tr("Note added."))

    @Slot()
    def edit_note(self, note_id: str | None = None) -> NoteEditorDialog | None:
        note_id = note_id or self._current_note_id
        store = self.store
        if not note_id or store is None:
            return None
        note = self._run(lambda: store.get(note_id))
        if note is None:
            return None
        dialog = self._editor(note.target, note)
        if dialog is None:
            return None
        dialog.accepted.connect(lambda: self._finish_edit(note, dialog))
        self._open_dialog(dialog)
        return dialog

    def _finish_edit(self, before: Note, dialog: NoteEditorDialog) -> None:
        values, store = dialog.values(), self.store
        if values is None or store is None:
            return
        after = self._run(lambda: store.update(
            before.id, body=values.body, body_format=values.body_format, tags=values.tags,
            colour=values.colour, expected_modified=before.modified))
        if after is not None and after.modified != before.modified:
            self.undo_stack.push(EditNoteCommand(store, before, after, self._report_error))

    def change_colour(self, note_id: str, colour_key: str | None) -> None:
        store = self.store
        before = self._run(lambda: store.get(note_id)) if store is not None else None
        if store is None or before is None:
            return
        after = self._run(lambda: store.update(note_id, colour=colour_key,
                                               expected_modified=before.modified))
        if after is not None and after.modified != before.modified:
            self.undo_stack.push(ChangeColourCommand(store, before, after, self._report_error))

    def change_tags(self, note_id: str, add: tuple[str, ...] = (),
                    remove: tuple[str, ...] = ()) -> None:
        store = self.store
        before = self._run(lambda: store.get(note_id)) if store is not None else None
        if store is None or before is None:
            return
        command = ChangeTagsCommand(store, before, add, remove, self._report_error)

        def change() -> None:
            command._redo()

        if self._run(lambda: change() or True):
            self.undo_stack.push(command)

    @Slot()
    def delete_note(self, note_id: str | None = None) -> None:
        note_id = note_id or self._current_note_id
        store = self.store
        if not note_id or store is None:
            return
        note = self._run(lambda: store.delete(note_id))
        if note is not None:
            if note_id == self._current_note_id:
                self.set_current_note(None)
            self.undo_stack.push(DeleteNoteCommand(store, note, self._report_error))
            self.status_message.emit(self.tr("Note moved to the trash."))

    def restore_note(self, note_id: str) -> None:
        store = self.store
        if store is None:
            return
        note = self._run(lambda: store.restore(note_id))
        if note is not None:
            self.undo_stack.push(RestoreNoteCommand(store, note, self._report_error))

    # --- trash, review, colours ----------------------------------------------------------

    @Slot()
    def show_trash(self) -> NoteListDialog | None:
        store = self.store
        if store is None:
            return None
        dialog = NoteListDialog(self.tr("Notes trash"), "notes_trash_dialog",
                                lambda: self._run(store.trash) or (), self.labeler,
                                self.tr("The trash is empty."), self._parent)
        dialog.add_button(self.tr("&Restore"), self.restore_note, "notes_trash_restore")
        dialog.add_button(self.tr("Delete for &Good…"), self._purge, "notes_trash_purge")
        self._open_dialog(dialog)
        return dialog

    def _purge(self, note_id: str) -> None:
        store = self.store
        answer = QMessageBox.question(
            self.active_dialog or self._parent, self.tr("Delete for good"),
            self.tr("Delete this note for good? This cannot be undone."))
        if (store is not None and answer == QMessageBox.StandardButton.Yes
                and self._run(lambda: store.purge(note_id) or True)):
            self.notes_changed.emit()

    @Slot()
    def show_needs_review(self) -> NoteListDialog | None:
        store = self.store
        if store is None:
            return None
        dialog = NoteListDialog(
            self.tr("Notes that need review"), "notes_review_dialog",
            lambda: self._run(store.needs_review) or (), self.labeler,
            self.tr("No note needs review."), self._parent)
        dialog.add_button(self.tr("&Open"), self._open_note_target, "notes_review_open")
        dialog.add_button(self.tr("&Edit…"), lambda note_id: self.edit_note(note_id),
                          "notes_review_edit")
        dialog.add_button(self.tr("&Keep as Reviewed"), self._mark_reviewed, "notes_review_keep")
        dialog.add_button(self.tr("&Use This Version"), self._use_copy, "notes_review_use")
        self._open_dialog(dialog)
        return dialog

    def _open_note_target(self, note_id: str) -> None:
        store = self.store
        note = self._run(lambda: store.get(note_id)) if store is not None else None
        link = link_for_target(note.target) if note is not None else None
        if link:
            self.open_link.emit(link)

    def _mark_reviewed(self, note_id: str) -> None:
        """An orphan stays as it is; for a conflicting copy, the delegate's own version stays."""
        store = self.store
        note = self._run(lambda: store.get(note_id)) if store is not None else None
        if store is None or note is None:
            return
        if note.conflict_of:
            self._run(lambda: store.resolve_conflict(note_id, keep="original"))
        else:
            self._run(lambda: store.mark_reviewed(note_id))
        self.notes_changed.emit()

    def _use_copy(self, note_id: str) -> None:
        store = self.store
        note = self._run(lambda: store.get(note_id)) if store is not None else None
        if store is None or note is None:
            return
        if note.conflict_of:
            self._run(lambda: store.resolve_conflict(note_id, keep="copy"))
        else:
            self._run(lambda: store.mark_reviewed(note_id))
        self.notes_changed.emit()

    @Slot()
    def edit_colours(self) -> ColoursDialog | None:
        store = self.store
        colours = self._run(store.colours) if store is not None else None
        if store is None or colours is None:
            return None
        dialog = ColoursDialog(colours, self._parent)
        dialog.accepted.connect(lambda: self._finish_colours(colours, dialog.renames()))
        self._open_dialog(dialog)
        return dialog

    def _finish_colours(self, colours: tuple[Any, ...], renames: dict[str, str]) -> None:
        store = self.store
        if store is None or not renames:
            return
        by_key = {colour.key: colour for colour in colours}
        self.undo_stack.beginMacro(self.tr("Rename colours"))
        try:
            for key, name in renames.items():
                if self._run(lambda k=key, n=name: store.rename_colour(k, n)) is not None:
                    self.undo_stack.push(RenameColourCommand(store, by_key[key], name,
                                                             self._report_error))
        finally:
            self.undo_stack.endMacro()

    # --- export and import ---------------------------------------------------------------

    def _edition(self) -> str | None:
        """The data edition written into exported files (the same label as the command line)."""
        catalog = self._services.catalog
        return catalog.edition.label if catalog is not None else None

    def _lookup(self) -> Callable[[str], Any] | None:
        catalog = self._services.catalog
        return getattr(catalog, "target_kind", None)

    def _start_dir(self) -> str:
        return str(self._services.profile or Path.home())

    @Slot()
    def export_notes(self) -> None:
        filters = {
            self.tr("rcpdesk notes (*.rcpnotes)"): "rcpnotes",
            self.tr("Markdown (*.md)"): "md",
            self.tr("CSV spreadsheet (*.csv)"): "csv",
        }
        path, chosen = QFileDialog.getSaveFileName(
            self._parent, self.tr("Export Notes"), str(Path.home() / "rcpdesk-notes.rcpnotes"),
            ";;".join(filters))
        if not path:
            return
        export_format = filters.get(chosen) or {".md": "md", ".csv": "csv"}.get(
            Path(path).suffix.lower(), "rcpnotes")
        target = Path(path)
        if target.suffix.lower() != EXPORT_SUFFIXES[export_format]:
            target = target.with_name(target.name + EXPORT_SUFFIXES[export_format])
        self.export_to(target, export_format)

    def export_to(self, path: Path, export_format: str = "rcpnotes") -> int | None:
        """Write the notes on services.tasks; status_message reports the count."""
        from rcpdesk.notes.exchange import export_notes

        store = self.store
        if store is None:
            return None
        edition = self._edition()

        def done(count: int) -> None:
            self.status_message.emit(translate_notes(note_messages.EXPORT_DONE).format(
                count=count, path=path))

        return self._services.tasks.submit(
            lambda: export_notes(store, path, export_format=export_format, edition=edition),
            done, self._report_error, context=self)

    @Slot()
    def import_notes(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self._parent, self.tr("Import Notes"), str(Path.home()),
            self.tr("rcpdesk notes (*.rcpnotes);;All files (*)"))
        if path:
            self.import_from(Path(path))

    def import_from(self, path: Path, *, keep_unknown: bool = False) -> int | None:
        """Read and preview the file off the GUI thread; the preview dialog then asks to apply."""
        from rcpdesk.notes.exchange import preview_file

        store = self.store
        if store is None:
            return None
        lookup = self._lookup()

        def failed(error: BaseException) -> None:
            if isinstance(error, ImportUnknownTargets) and not keep_unknown:
                self._ask_keep_unknown(path, error)
            else:
                self._report_error(error)

        return self._services.tasks.submit(
            lambda: preview_file(store, path, lookup, keep_unknown=keep_unknown),
            lambda result: self._show_import_preview(path, result[0], result[1], keep_unknown),
            failed, context=self)

    def _ask_keep_unknown(self, path: Path, error: ImportUnknownTargets) -> None:
        box = QMessageBox(QMessageBox.Icon.Question, self.tr("Import Notes"),
                          error.translated(translate_notes), QMessageBox.StandardButton.Cancel,
                          self._parent)
        box.setObjectName("notes_import_unknown")
        keep = box.addButton(self.tr("Keep Them for Review"), QMessageBox.ButtonRole.AcceptRole)
        box.setInformativeText(self.tr(
            "You can import them anyway: they are flagged under Needs review."))
        box.buttonClicked.connect(
            lambda button: self.import_from(path, keep_unknown=True) if button is keep else None)
        self._open_dialog(box)

    def _show_import_preview(self, path: Path, document: Any, preview: Any,
                             keep_unknown: bool) -> ImportPreviewDialog:
        dialog = ImportPreviewDialog(preview, path.name, self._parent)
        dialog.accepted.connect(lambda: self._apply_import(document, keep_unknown))
        self._open_dialog(dialog)
        return dialog

    def _apply_import(self, document: Any, keep_unknown: bool) -> None:
        store = self.store
        if store is None:
            return
        lookup = self._lookup()
        self.status_message.emit(self.tr("Importing notes…"))
        self._services.tasks.submit(
            lambda: store.apply_import(document, lookup, keep_unknown=keep_unknown),
            self._import_applied, self._report_error, context=self)

    def _import_applied(self, preview: Any) -> None:
        self.status_message.emit(self.tr("Imported: {summary}").format(
            summary=preview_summary(preview)))
        self.notes_changed.emit()

    # --- when the notes cannot be opened -------------------------------------------------

    def notes_error(self) -> BaseException | None:
        return self._services.notes_error

    @Slot()
    def report_read_only(self) -> None:
        """Once: the notes are shown, but the profile cannot be written."""
        if self.store is None or not self.store.read_only:
            return
        self.last_error = translate_notes(note_messages.DB_OPENED_READ_ONLY).format(
            path=self.store.path)
        self.status_message.emit(self.last_error)

    @Slot()
    def report_unavailable(self) -> QMessageBox | None:
        """Once per session: why the notes are unavailable, with a way back from a backup."""
        if self.store is not None or self._unavailable_reported:
            return None
        self._unavailable_reported = True
        error = self.notes_error()
        if isinstance(error, NotesError):
            message = error.translated(translate_notes)
        elif error is not None:
            message = str(error)
        else:
            message = self.tr("Your notes could not be opened.")
        self.last_error = message
        self.error_reported.emit(message)
        box = QMessageBox(QMessageBox.Icon.Warning, self.tr("Notes unavailable"), message,
                          QMessageBox.StandardButton.Close, self._parent)
        box.setObjectName("notes_unavailable")
        box.setInformativeText(self.tr(
            "rcpdesk works without notes in this session; notes cannot be added or shown."))
        self.recover_button = None
        if isinstance(error, NotesDatabaseCorrupt):
            box.setInformativeText(self.tr(
                "Restore Latest Backup keeps this file aside (it is never deleted) and restores "
                "your notes from the newest good backup. Until then rcpdesk works without notes."))
            self.recover_button = box.addButton(self.tr("Restore Latest Backup"),
                                                QMessageBox.ButtonRole.AcceptRole)
            self.recover_button.setObjectName("notes_recover")
            self.recover_button.clicked.connect(self.recover_notes)
        self.unavailable_box = box
        box.finished.connect(lambda _r: setattr(self, "unavailable_box", None))
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.open()
        return box

    @Slot()
    def recover_notes(self) -> bool:
        """Move the damaged file aside, restore the newest good backup and open it."""
        error = self.notes_error()
        path = getattr(error, "path", None) or (Path(self._services.profile) / NOTES_FILE_NAME)
        try:
            recovery = NotesStore.recover(path)
            store = NotesStore(path)
        except NotesError as exc:
            self._report_error(exc)
            return False
        self._services.notes = store
        self._services.notes_error = None
        message = recovery.translated(translate_notes)
        self._update_actions()
        self.availability_changed.emit(True)
        self.notes_changed.emit()
        self.status_message.emit(message)
        box = QMessageBox(QMessageBox.Icon.Information, self.tr("Notes restored"), message,
                          QMessageBox.StandardButton.Ok, self._parent)
        box.setObjectName("notes_restored")
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.open()
        return True


def _quit_anchor(menu: QMenu) -> QAction | None:
    """The separator before Quit (or Quit itself), so notes go above it; None to append."""
    menu_actions = menu.actions()
    for index, item in enumerate(menu_actions):
        if (item.menuRole() == QAction.MenuRole.QuitRole
                or item.shortcut() == QKeySequence(QKeySequence.StandardKey.Quit)
                or item.objectName() in ("quit", "action_quit", "file_quit")):
            if index > 0 and menu_actions[index - 1].isSeparator():
                return menu_actions[index - 1]
            return item
    return None
