"""Typed errors of the notes package; each carries a message template and its fields."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from rcpdesk.notes import messages


class NotesError(Exception):
    """Base of every notes error; str() is the message for the delegate, in English."""

    template: str = "{detail}"

    def __init__(self, template: str | None = None, **fields: Any) -> None:
        self.template = template or self.template
        self.fields = fields
        super().__init__(self.message)

    @property
    def message(self) -> str:
        return self.template.format(**self.fields)

    def translated(self, tr_notes: Callable[[str], str]) -> str:
        """The message through a translator such as QCoreApplication.translate's partial."""
        return str(tr_notes(self.template)).format(**self.fields)


# --- the database file -------------------------------------------------------------------


class NotesDatabaseError(NotesError):
    """The notes database could not be opened or written."""

    def __init__(self, template: str | None = None, *, path: Path | str = "", **fields: Any) -> None:
        self.path = Path(path) if path else None
        super().__init__(template, path=path, **fields)


class NotesDatabaseCorrupt(NotesDatabaseError):
    """The file is damaged; recover() moves it aside and restores the latest backup."""

    template = messages.DB_CORRUPT

    def __init__(self, template: str | None = None, *, path: Path | str, detail: str = "",
                 latest_backup: Path | None = None) -> None:
        self.latest_backup = latest_backup
        super().__init__(template, path=path, detail=detail)


class NotesDatabaseNotSqlite(NotesDatabaseCorrupt):
    """The file is not SQLite at all."""

    template = messages.DB_NOT_SQLITE


class NotesDatabaseUnrecognised(NotesDatabaseCorrupt):
    """A SQLite file, but not one rcpdesk made for notes."""

    template = messages.DB_UNRECOGNISED


class NotesDatabaseEmptied(NotesDatabaseCorrupt):
    """Empty or missing, where backups or the profile's record say there were notes: damaged,
    not new (treated as new, it would let backup rotation delete the last copy)."""

    template = messages.DB_EMPTIED

    def __init__(self, template: str | None = None, *, path: Path | str, count: int, when: str,
                 latest_backup: Path | None = None) -> None:
        self.latest_backup = latest_backup
        NotesDatabaseError.__init__(self, template, path=path, count=count, when=when)


class NotesDatabaseTooNew(NotesDatabaseError):
    """Made by a newer rcpdesk; left untouched."""

    template = messages.DB_TOO_NEW

    def __init__(self, *, path: Path | str, found: str, supported: int) -> None:
        super().__init__(None, path=path, found=found, supported=supported)


class NotesDatabaseReadOnly(NotesDatabaseError):
    """The file or its folder cannot be written."""

    template = messages.DB_READ_ONLY


class NotesDatabaseBusy(NotesDatabaseError):
    """Another process held the write lock longer than the busy timeout."""

    template = messages.DB_BUSY


class NotesDatabaseWriteFailed(NotesDatabaseError):
    """Disk full, I/O error: the transaction was rolled back."""

    template = messages.DB_WRITE_FAILED


# --- notes and their fields --------------------------------------------------------------


class NoteNotFound(NotesError):
    template = messages.NOTE_NOT_FOUND


class NoteIdAmbiguous(NotesError):
    template = messages.NOTE_ID_AMBIGUOUS


class NoteChangedElsewhere(NotesError):
    """An update based on a version that another window has since replaced."""

    template = messages.NOTE_CHANGED_ELSEWHERE


class InvalidNote(NotesError):
    """A target, body, tag or colour that a note cannot have."""


class UnknownColour(InvalidNote):
    template = messages.UNKNOWN_COLOUR


class UnknownTarget(InvalidNote):
    template = messages.UNKNOWN_TARGET


# --- exchange files ----------------------------------------------------------------------


class ImportRefused(NotesError):
    """The file was refused as a whole; nothing was changed."""


class ImportTooLarge(ImportRefused):
    template = messages.IMPORT_TOO_LARGE


class ImportMalformed(ImportRefused):
    template = messages.IMPORT_MALFORMED


class ImportWrongSchema(ImportRefused):
    template = messages.IMPORT_WRONG_SCHEMA


class ImportUnknownTargets(ImportRefused):
    template = messages.IMPORT_UNKNOWN_TARGETS


class ExportFailed(NotesError):
    template = messages.EXPORT_UNKNOWN_FORMAT
