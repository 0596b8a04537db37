"""NotesController: the note actions and their one undo stack (add, edit, delete, tags, colours,
the trash and review lists). Sharing by file is NotesExchange's job, recovery NotesRecovery's;
every change is a command of ui.notes.commands, announced once on `events`."""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal, Slot
from PySide6.QtGui import QAction, QKeySequence, QUndoCommand, QUndoStack
from PySide6.QtWidgets import QDialog, QMenu, QMessageBox, QWidget

from rcpdesk.notes import Colour, Note, NotesError, NotesStore, Target, TargetKind
from rcpdesk.ui import links
from rcpdesk.ui.notes.commands import (
    AddNoteCommand,
    ChangeColourCommand,
    ChangeTagsCommand,
    EditNoteCommand,
    NotesChange,
    NotesEvents,
    RenameColourCommand,
    TrashCommand,
)
from rcpdesk.ui.notes.dialogs import ColoursDialog, NoteListDialog
from rcpdesk.ui.notes.editor import NoteEditorDialog
from rcpdesk.ui.notes.exchange_flow import NotesExchange
from rcpdesk.ui.notes.feedback import NotesFeedback
from rcpdesk.ui.notes.labels import TargetLabeler, link_for_target
from rcpdesk.ui.notes.recovery_flow import NotesRecovery

if TYPE_CHECKING:  # annotations only
    from PySide6.QtCore import SignalInstance

    from rcpdesk.services import Services

NOTE_KINDS = ("process", "paragraph", "dimension", "cell")


def passage_offsets(paragraph_text: str, selected: str) -> tuple[int, int] | None:
    """Where a selection copied from the detail view lies in the paragraph's stored text."""
    cleaned = selected.replace("\u2029", "\n").replace("\u2028", "\n").replace("\u00a0", " ").strip()
    if not cleaned:
        return None
    start = paragraph_text.find(cleaned)
    if start < 0:  # the view may have reflowed white space: match word by word
        pattern = r"\s+".join(re.escape(word) for word in cleaned.split())
        found = re.search(pattern, paragraph_text)
        if found is None:
            return None
        return found.start(), found.end()
    return start, start + len(cleaned)


class NotesController(QObject):
    """Owns the note actions and the QUndoStack; every change goes through a command."""

    current_target_changed = Signal()
    open_link = Signal(str)

    def __init__(self, services: Services, parent_widget: QWidget | None = None) -> None:
        super().__init__(parent_widget)
        self.setObjectName("notes_controller")
        self._services = services
        self._parent = parent_widget
        self._target: Target | None = None
        self._passage: Target | None = None
        self._current_note_id: str | None = None
        self._failures = 0  # commands refused by the store so far
        self.feedback = NotesFeedback(parent_widget)
        self.events = NotesEvents(lambda: self._services.notes, self)
        self.exchange = NotesExchange(services, self.events, self.feedback)
        self.recovery = NotesRecovery(services, self.events, self.feedback)
        self.recovery.availability_changed.connect(lambda _available: self._update_actions())
        self.labeler = TargetLabeler(services.catalog)
        self.undo_stack = QUndoStack(self)
        self.undo_stack.setObjectName("notes_undo_stack")
        self._create_actions()
        self._update_actions()
        if self.store is None and not services.notes_pending:
            QTimer.singleShot(0, self.recovery.report_unavailable)
        elif self.store is not None and self.store.read_only:
            QTimer.singleShot(0, self.recovery.report_read_only)

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

    # What the flows tell the delegate, in one place (NotesFeedback).
    @property
    def status_message(self) -> SignalInstance:
        return self.feedback.status_message

    @property
    def error_reported(self) -> SignalInstance:
        return self.feedback.error_reported

    @property
    def availability_changed(self) -> SignalInstance:
        return self.recovery.availability_changed

    @property
    def active_dialog(self) -> QDialog | None:
        return self.feedback.active_dialog

    @property
    def last_error(self) -> str | None:
        return self.feedback.last_error

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
        self.undo_action.triggered.connect(self._say_undone)  # after the stack's undo, connected first
        self.redo_action.triggered.connect(self._say_redone)
        self.export_action = action("notes_export", self.exchange.export_notes)
        self.import_action = action("notes_import", self.exchange.import_notes)
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
        if target_id.startswith("rcpdesk:"):  # a page's link: what its notes are on, if anything
            page_target = links.note_target(target_id)
            return (page_target[1], page_target[0]) if page_target else ("", None)
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

    # --- marks and links ------------------------------------------------------------------

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

    # --- changing notes: one command each -------------------------------------------------

    def _push(self, command: QUndoCommand) -> bool:
        """Run the command (its first redo writes) and keep it for Undo; False if it failed."""
        failures = self._failures
        self.undo_stack.push(command)
        return self._failures == failures

    def _say_undone(self) -> None:
        """After Undo (the stack's own slot ran first): what it undid is now the one to redo.
        The status bar says it, as the page that changed may be off-screen."""
        self.feedback.status_message.emit(self.tr("Undone: {change}").format(
            change=self.undo_stack.redoText()))

    def _say_redone(self) -> None:
        self.feedback.status_message.emit(self.tr("Redone: {change}").format(
            change=self.undo_stack.undoText()))

    def _command_failed(self, error: NotesError) -> None:
        """A write the store refused (another window changed the note): say why, then show what
        is stored."""
        self._failures += 1
        self.feedback.report_error(error)
        self.events.announce(NotesChange("everything"))

    def _editor(self, target: Target, note: Note | None = None) -> NoteEditorDialog | None:
        store = self.store
        if store is None:
            return None
        colours = self.feedback.run(store.colours)
        tags = self.feedback.run(store.tags)
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
        self.feedback.open_dialog(dialog)
        return dialog

    @Slot()
    def add_note_on_selection(self) -> NoteEditorDialog | None:
        return self.add_note(self._passage) if self._passage is not None else None

    def _finish_add(self, target: Target, dialog: NoteEditorDialog) -> None:
        values, store = dialog.values(), self.store
        if values is None or store is None:
            return
        if self._push(AddNoteCommand(store, self.events, target, values, self._command_failed)):
            self.feedback.status_message.emit(self.tr("Note added."))

    @Slot()
    def edit_note(self, note_id: str | None = None) -> NoteEditorDialog | None:
        note_id = note_id or self._current_note_id
        store = self.store
        if not note_id or store is None:
            return None
        note = self.feedback.run(lambda: store.get(note_id))
        if note is None:
            return None
        dialog = self._editor(note.target, note)
        if dialog is None:
            return None
        dialog.accepted.connect(lambda: self._finish_edit(note, dialog))
        self.feedback.open_dialog(dialog)
        return dialog

    def _finish_edit(self, before: Note, dialog: NoteEditorDialog) -> None:
        values, store = dialog.values(), self.store
        if values is None or store is None:
            return
        after = {"body": values.body, "body_format": values.body_format, "tags": values.tags,
                 "colour": values.colour}
        self._push(EditNoteCommand(store, self.events, before, after, self._command_failed))

    def change_colour(self, note_id: str, colour_key: str | None) -> None:
        store = self.store
        before = self.feedback.run(lambda: store.get(note_id)) if store is not None else None
        if store is not None and before is not None:
            self._push(ChangeColourCommand(store, self.events, before, colour_key, self._command_failed))

    def change_tags(self, note_id: str, add: tuple[str, ...] = (),
                    remove: tuple[str, ...] = ()) -> None:
        store = self.store
        before = self.feedback.run(lambda: store.get(note_id)) if store is not None else None
        if store is not None and before is not None:
            self._push(ChangeTagsCommand(store, self.events, before, add, remove, self._command_failed))

    @Slot()
    def delete_note(self, note_id: str | None = None) -> None:
        note_id = note_id or self._current_note_id
        store = self.store
        if not note_id or store is None:
            return
        if self._push(TrashCommand(store, self.events, note_id, on_error=self._command_failed)):
            if note_id == self._current_note_id:
                self.set_current_note(None)
            self.feedback.status_message.emit(self.tr("Note moved to the trash."))

    def restore_note(self, note_id: str) -> None:
        store = self.store
        if store is not None:
            self._push(TrashCommand(store, self.events, note_id, restore=True,
                                    on_error=self._command_failed))

    # --- trash, review, colours ----------------------------------------------------------
    # Deleting for good and settling a review are not undoable (the delegate confirms them);
    # they announce their change like a command does.

    def _announce(self, kind: str, note: Note | None) -> None:
        if note is not None:
            self.events.announce(NotesChange.of(kind, [note]))

    @Slot()
    def show_trash(self) -> NoteListDialog | None:
        store = self.store
        if store is None:
            return None
        dialog = NoteListDialog(self.tr("Notes trash"), "notes_trash_dialog",
                                lambda: self.feedback.run(store.trash) or (), self.labeler,
                                self.tr("The trash is empty."), self._parent)
        dialog.add_button(self.tr("&Restore"), self.restore_note, "notes_trash_restore")
        dialog.add_button(self.tr("Delete for &Good…"), self._purge, "notes_trash_purge")
        self.feedback.open_dialog(dialog)
        return dialog

    def _purge(self, note_id: str) -> None:
        store = self.store
        answer = QMessageBox.question(
            self.feedback.active_dialog or self._parent, self.tr("Delete for good"),
            self.tr("Delete this note for good? This cannot be undone."))
        if store is None or answer != QMessageBox.StandardButton.Yes:
            return
        note = self.feedback.run(lambda: store.get(note_id))
        if note is not None and self.feedback.run(lambda: store.purge(note_id) or True):
            self._announce("removed", note)

    @Slot()
    def show_needs_review(self) -> NoteListDialog | None:
        store = self.store
        if store is None:
            return None
        dialog = NoteListDialog(
            self.tr("Notes that need review"), "notes_review_dialog",
            lambda: self.feedback.run(store.needs_review) or (), self.labeler,
            self.tr("No note needs review."), self._parent)
        dialog.add_button(self.tr("&Open"), self._open_note_target, "notes_review_open")
        dialog.add_button(self.tr("&Edit…"), lambda note_id: self.edit_note(note_id),
                          "notes_review_edit")
        dialog.add_button(self.tr("&Keep as Reviewed"), lambda note_id: self._settle(note_id, "original"),
                          "notes_review_keep")
        dialog.add_button(self.tr("&Use This Version"), lambda note_id: self._settle(note_id, "copy"),
                          "notes_review_use")
        self.feedback.open_dialog(dialog)
        return dialog

    def _open_note_target(self, note_id: str) -> None:
        store = self.store
        note = self.feedback.run(lambda: store.get(note_id)) if store is not None else None
        link = link_for_target(note.target) if note is not None else None
        if link:
            self.open_link.emit(link)

    def _settle(self, note_id: str, keep: str) -> None:
        """An orphan is marked reviewed as it is; of a conflicting copy and the delegate's own
        version, the one chosen stays (keep: "original" or "copy")."""
        store = self.store
        note = self.feedback.run(lambda: store.get(note_id)) if store is not None else None
        if store is None or note is None:
            return
        if note.conflict_of:
            settled = self.feedback.run(lambda: store.resolve_conflict(note_id, keep=keep))
            self._announce("changed", settled)
            self._announce("removed", note)  # one of the two copies went
        else:
            self._announce("changed", self.feedback.run(lambda: store.mark_reviewed(note_id)))

    @Slot()
    def edit_colours(self) -> ColoursDialog | None:
        store = self.store
        colours = self.feedback.run(store.colours) if store is not None else None
        if store is None or colours is None:
            return None
        dialog = ColoursDialog(colours, self._parent)
        dialog.accepted.connect(lambda: self._finish_colours(colours, dialog.renames()))
        self.feedback.open_dialog(dialog)
        return dialog

    def _finish_colours(self, colours: tuple[Colour, ...], renames: dict[str, str]) -> None:
        store = self.store
        if store is None or not renames:
            return
        by_key = {colour.key: colour for colour in colours}
        self.undo_stack.beginMacro(self.tr("Rename colours"))
        try:
            for key, name in renames.items():
                self._push(RenameColourCommand(store, self.events, by_key[key], name,
                                               self._command_failed))
        finally:
            self.undo_stack.endMacro()


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
