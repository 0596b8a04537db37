"""Every change to the notes: an undoable command that writes once and says what it changed.

A command's redo() makes the change (the first time too: nothing is written before the push)
and its undo() takes it back; each announces one NotesChange on the NotesEvents hub, which the
page, the notes list and the marks in the tree and comparison listen to. A write the store
refuses (the note was changed or purged in another window) makes the command obsolete, so
QUndoStack drops it, and the error reaches the delegate.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QObject, QTimer, Signal
from PySide6.QtGui import QUndoCommand

from rcpdesk.notes import Colour, Note, NotesError, NotesStore, Target

if TYPE_CHECKING:  # annotations only
    from rcpdesk.ui.notes.editor import NoteValues

ErrorHandler = Callable[[NotesError], None]
POLL_MSECS = 2000  # how often another window's (another process's) writes are looked for

translate = QCoreApplication.translate  # literal translate("NoteCommands", ...) calls: lupdate reads them


@dataclass(frozen=True)
class NotesChange:
    """What one change did: "added", "changed", "removed", "colours" (names of the highlight
    colours) or "everything" (an import, a restored backup, another window's writes).

    targets are the catalog ids the notes are on (a passage: its paragraph's id)."""

    kind: str
    targets: frozenset[str] = frozenset()
    note_ids: tuple[str, ...] = ()
    tags: bool = False  # the tags in use may differ (the filters' lists)

    @classmethod
    def of(cls, kind: str, notes: Iterable[Note], *, tags: bool = False) -> NotesChange:
        notes = tuple(notes)
        return cls(kind, frozenset(n.target.id for n in notes), tuple(n.id for n in notes), tags)

    def touches(self, target_id: str | None) -> bool:
        """True when the notes on target_id (a page, a row) may read differently now."""
        if self.kind in ("everything", "colours"):
            return True
        return target_id is not None and target_id in self.targets

    @property
    def changes_which_exist(self) -> bool:
        """Notes came or went (or anything may have): what carries notes may differ."""
        return self.kind in ("added", "removed", "everything")


class NotesEvents(QObject):
    """The one place a note change is announced, from a command or from another window's writes
    (seen by polling the database's data_version, which only other connections move)."""

    changed = Signal(object)  # NotesChange

    def __init__(self, store: Callable[[], NotesStore | None], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._store = store
        self._version_seen = self._data_version()  # the store's data_version last seen
        self._colours: tuple[Colour, ...] | None = None  # read once, until a change renames them
        self._poll = QTimer(self)
        self._poll.setObjectName("notes_poll")
        self._poll.setInterval(POLL_MSECS)
        self._poll.timeout.connect(self.poll)
        self._poll.start()

    def announce(self, change: NotesChange) -> None:
        if change.kind in ("colours", "everything"):
            self._colours = None
        self.changed.emit(change)

    def colours(self) -> tuple[Colour, ...]:
        """The highlight colours, read once until a change renames them."""
        store = self._store()
        if store is None:
            return ()
        if self._colours is None:
            try:
                self._colours = tuple(store.colours())
            except NotesError:
                return ()
        return self._colours

    def _data_version(self) -> int | None:
        store = self._store()
        try:
            return store.data_version() if store is not None else None
        except NotesError:
            return None

    def poll(self) -> None:
        """Announce "everything" when another window has written to the notes."""
        version = self._data_version()
        if version is None:
            return
        changed = self._version_seen is not None and version != self._version_seen
        self._version_seen = version
        if changed:
            self.announce(NotesChange("everything"))


class NoteCommand(QUndoCommand):
    """Base: _redo() and _undo() write and return the change to announce."""

    def __init__(self, store: NotesStore, events: NotesEvents, text: str,
                 on_error: ErrorHandler | None = None) -> None:
        super().__init__(text)
        self._store = store
        self._events = events
        self._on_error = on_error

    def redo(self) -> None:
        self._guard(self._redo)

    def undo(self) -> None:
        self._guard(self._undo)

    def _guard(self, call: Callable[[], NotesChange | None]) -> None:
        try:
            change = call()
        except NotesError as exc:
            self.setObsolete(True)
            if self._on_error is not None:
                self._on_error(exc)
            return
        if change is None:  # nothing to change (an edit that kept every value)
            self.setObsolete(True)
            return
        self._events.announce(change)

    def _redo(self) -> NotesChange | None:
        raise NotImplementedError

    def _undo(self) -> NotesChange | None:
        raise NotImplementedError


class AddNoteCommand(NoteCommand):
    """The first redo adds the note; undo moves it to the trash (nothing is ever lost); a later
    redo takes it back out."""

    def __init__(self, store: NotesStore, events: NotesEvents, target: Target, values: NoteValues,
                 on_error: ErrorHandler | None = None) -> None:
        super().__init__(store, events, translate("NoteCommands", "Add note"), on_error)
        self._target = target
        self._values = values
        self.note_id: str | None = None

    def _redo(self) -> NotesChange:
        if self.note_id is None:
            v = self._values
            note = self._store.add(self._target, v.body, body_format=v.body_format, tags=v.tags,
                                   colour=v.colour)
            self.note_id = note.id
        else:
            note = self._store.restore(self.note_id)
        return NotesChange.of("added", [note], tags=bool(note.tags))

    def _undo(self) -> NotesChange:
        note = self._store.delete(self.note_id or "")
        return NotesChange.of("removed", [note], tags=bool(note.tags))


class EditNoteCommand(NoteCommand):
    """Changes some fields of a note; undo puts the earlier values back, unless another window
    changed the note in between (then the undo is refused rather than overwrite that change)."""

    FIELDS = ("body", "body_format", "tags", "colour")

    def __init__(self, store: NotesStore, events: NotesEvents, before: Note, after: dict[str, Any],
                 on_error: ErrorHandler | None = None, text: str | None = None) -> None:
        super().__init__(store, events, text or translate("NoteCommands", "Edit note"), on_error)
        self.note_id = before.id
        self._before = {name: getattr(before, name) for name in self.FIELDS if name in after}
        self._after = dict(after)
        self._modified = before.modified  # the version the next write expects to find

    def _apply(self, values: dict[str, Any]) -> NotesChange | None:
        note = self._store.update(self.note_id, expected_modified=self._modified, **values)
        if note.modified == self._modified:
            return None  # the same values: nothing was written
        self._modified = note.modified
        return NotesChange.of("changed", [note], tags="tags" in values)

    def _redo(self) -> NotesChange | None:
        return self._apply(self._after)

    def _undo(self) -> NotesChange | None:
        return self._apply(self._before)


class ChangeColourCommand(EditNoteCommand):
    def __init__(self, store: NotesStore, events: NotesEvents, before: Note, colour: str | None,
                 on_error: ErrorHandler | None = None) -> None:
        super().__init__(store, events, before, {"colour": colour}, on_error,
                         translate("NoteCommands", "Change note colour"))


class ChangeTagsCommand(NoteCommand):
    """Adds and removes tags in one step (merged with tags another window added meanwhile)."""

    def __init__(self, store: NotesStore, events: NotesEvents, before: Note, added: Iterable[str] = (),
                 removed: Iterable[str] = (), on_error: ErrorHandler | None = None) -> None:
        super().__init__(store, events, translate("NoteCommands", "Change tags"), on_error)
        self.note_id = before.id
        had = {tag.casefold() for tag in before.tags}
        self._added = tuple(tag for tag in added if tag.casefold() not in had)
        self._removed = tuple(tag for tag in removed if tag.casefold() in had)

    def _change(self, add: tuple[str, ...], remove: tuple[str, ...]) -> NotesChange | None:
        if not add and not remove:
            return None
        note = None
        if remove:
            note = self._store.remove_tags(self.note_id, remove)
        if add:
            note = self._store.add_tags(self.note_id, add)
        return NotesChange.of("changed", [note] if note else [], tags=True)

    def _redo(self) -> NotesChange | None:
        return self._change(self._added, self._removed)

    def _undo(self) -> NotesChange | None:
        return self._change(self._removed, self._added)


class TrashCommand(NoteCommand):
    """Moves a note to the trash (Delete Note) or takes it out (Restore); undo does the other."""

    def __init__(self, store: NotesStore, events: NotesEvents, note_id: str, *, restore: bool = False,
                 on_error: ErrorHandler | None = None) -> None:
        text = (translate("NoteCommands", "Restore note") if restore
                else translate("NoteCommands", "Delete note"))
        super().__init__(store, events, text, on_error)
        self.note_id = note_id
        self._restore = restore

    def _move(self, out_of_trash: bool) -> NotesChange:
        if out_of_trash:
            note = self._store.restore(self.note_id)
            return NotesChange.of("added", [note], tags=bool(note.tags))
        note = self._store.delete(self.note_id)
        return NotesChange.of("removed", [note], tags=bool(note.tags))

    def _redo(self) -> NotesChange:
        return self._move(self._restore)

    def _undo(self) -> NotesChange:
        return self._move(not self._restore)


class RenameColourCommand(NoteCommand):
    def __init__(self, store: NotesStore, events: NotesEvents, before: Colour, new_name: str,
                 on_error: ErrorHandler | None = None) -> None:
        super().__init__(store, events, translate("NoteCommands", "Rename colour"), on_error)
        self.key = before.key
        self._old = before.name
        self._new = new_name

    def _redo(self) -> NotesChange:
        self._store.rename_colour(self.key, self._new)
        return NotesChange("colours")

    def _undo(self) -> NotesChange:
        self._store.rename_colour(self.key, self._old)
        return NotesChange("colours")
