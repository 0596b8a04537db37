"""Undoable note changes: each QUndoCommand calls the NotesStore; one QUndoStack holds them."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QUndoCommand

from rcpdesk.notes import Colour, Note, NotesError, NotesStore

ErrorHandler = Callable[[NotesError], None]


translate = QCoreApplication.translate  # literal translate("NoteCommands", ...) calls: lupdate reads them


class NoteCommand(QUndoCommand):
    """Base: the change was already made once by the controller (so errors reach the delegate
    before anything is pushed); later redo/undo calls go to the store. A redo or undo that the
    store refuses (the note was changed or purged in another window) makes the command obsolete,
    so Qt drops it from the stack, and reports the error."""

    def __init__(self, store: NotesStore, text: str, on_error: ErrorHandler | None = None,
                 *, already_done: bool = True) -> None:
        super().__init__(text)
        self._store = store
        self._on_error = on_error
        self._skip_redo = already_done

    def redo(self) -> None:
        if self._skip_redo:
            self._skip_redo = False
            return
        self._guard(self._redo)

    def undo(self) -> None:
        self._guard(self._undo)

    def _guard(self, call: Callable[[], None]) -> None:
        try:
            call()
        except NotesError as exc:
            self.setObsolete(True)
            if self._on_error is not None:
                self._on_error(exc)

    def _redo(self) -> None:
        raise NotImplementedError

    def _undo(self) -> None:
        raise NotImplementedError


class AddNoteCommand(NoteCommand):
    """Undo moves the new note to the trash (nothing is ever lost); redo takes it back out."""

    def __init__(self, store: NotesStore, note: Note, on_error: ErrorHandler | None = None) -> None:
        super().__init__(store, translate("NoteCommands", "Add note"), on_error)
        self.note_id = note.id

    def _redo(self) -> None:
        self._store.restore(self.note_id)

    def _undo(self) -> None:
        self._store.delete(self.note_id)


class EditNoteCommand(NoteCommand):
    """Changes some fields of a note; undo puts the earlier values back, unless another window
    changed the note in between (then the undo is refused rather than overwrite that change)."""

    FIELDS = ("body", "body_format", "tags", "colour", "target")

    def __init__(self, store: NotesStore, before: Note, after: Note,
                 on_error: ErrorHandler | None = None, text: str | None = None) -> None:
        super().__init__(store, text or translate("NoteCommands", "Edit note"), on_error)
        self.note_id = before.id
        self._before = {name: getattr(before, name) for name in self.FIELDS
                        if getattr(before, name) != getattr(after, name)}
        self._after = {name: getattr(after, name) for name in self._before}
        self._modified = after.modified  # the version the next undo expects to find

    def _apply(self, values: dict[str, Any]) -> None:
        note = self._store.update(self.note_id, expected_modified=self._modified, **values)
        self._modified = note.modified

    def _redo(self) -> None:
        self._apply(self._after)

    def _undo(self) -> None:
        self._apply(self._before)


class ChangeColourCommand(EditNoteCommand):
    def __init__(self, store: NotesStore, before: Note, after: Note,
                 on_error: ErrorHandler | None = None) -> None:
        super().__init__(store, before, after, on_error, translate("NoteCommands", "Change note colour"))


class ChangeTagsCommand(NoteCommand):
    """Adds and removes tags in one step (merged with tags another window added meanwhile)."""

    def __init__(self, store: NotesStore, before: Note, added: Iterable[str] = (),
                 removed: Iterable[str] = (), on_error: ErrorHandler | None = None) -> None:
        super().__init__(store, translate("NoteCommands", "Change tags"), on_error)
        self.note_id = before.id
        had = {tag.casefold() for tag in before.tags}
        self._added = tuple(tag for tag in added if tag.casefold() not in had)
        self._removed = tuple(tag for tag in removed if tag.casefold() in had)

    def _change(self, add: tuple[str, ...], remove: tuple[str, ...]) -> None:
        if remove:
            self._store.remove_tags(self.note_id, remove)
        if add:
            self._store.add_tags(self.note_id, add)

    def _redo(self) -> None:
        self._change(self._added, self._removed)

    def _undo(self) -> None:
        self._change(self._removed, self._added)


class DeleteNoteCommand(NoteCommand):
    """Moves a note to the trash; undo restores it."""

    def __init__(self, store: NotesStore, note: Note, on_error: ErrorHandler | None = None) -> None:
        super().__init__(store, translate("NoteCommands", "Delete note"), on_error)
        self.note_id = note.id

    def _redo(self) -> None:
        self._store.delete(self.note_id)

    def _undo(self) -> None:
        self._store.restore(self.note_id)


class RestoreNoteCommand(NoteCommand):
    """Takes a note out of the trash; undo puts it back."""

    def __init__(self, store: NotesStore, note: Note, on_error: ErrorHandler | None = None) -> None:
        super().__init__(store, translate("NoteCommands", "Restore note"), on_error)
        self.note_id = note.id

    def _redo(self) -> None:
        self._store.restore(self.note_id)

    def _undo(self) -> None:
        self._store.delete(self.note_id)


class RenameColourCommand(NoteCommand):
    def __init__(self, store: NotesStore, before: Colour, new_name: str,
                 on_error: ErrorHandler | None = None) -> None:
        super().__init__(store, translate("NoteCommands", "Rename colour"), on_error)
        self.key = before.key
        self._old = before.name
        self._new = new_name

    def _redo(self) -> None:
        self._store.rename_colour(self.key, self._new)

    def _undo(self) -> None:
        self._store.rename_colour(self.key, self._old)
