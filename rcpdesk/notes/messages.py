"""Every message the notes package shows a delegate, in plain English (the UI passes them through tr())."""

from __future__ import annotations

# Each template uses str.format() fields. The UI translates the template with
# QCoreApplication.translate(CONTEXT, template), then formats it; pyside6-lupdate finds the
# templates through the QT_TRANSLATE_NOOP marker below, which needs no Qt import.
CONTEXT = "notes"


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # the name lupdate looks for
    """Marks text for translation; returns it unchanged."""
    return text

DB_CORRUPT = QT_TRANSLATE_NOOP(
    "notes",
    "Your notes database is damaged and cannot be read ({detail}): {path}"
)
DB_NOT_SQLITE = QT_TRANSLATE_NOOP(
    "notes",
    "The notes file is not a notes database (it may have been overwritten by another "
    "program): {path}"
)
DB_UNRECOGNISED = QT_TRANSLATE_NOOP(
    "notes",
    "The notes file is a database, but not an rcpdesk notes database: {path}"
)
DB_EMPTIED = QT_TRANSLATE_NOOP(
    "notes",
    "Your notes file is empty or missing, yet it held notes before ({count} in the backup of "
    "{when}). A full disk, a sync tool or a bad copy may have emptied it: {path}"
)
DB_EMPTIED_NO_BACKUP = QT_TRANSLATE_NOOP(
    "notes",
    "Your notes file is empty or missing, yet it held notes on {when} ({count} then), and no "
    "backup holds them. A full disk, a sync tool or a bad copy may have emptied it; a copy of the "
    "profile folder made before then may still have them: {path}"
)
DB_RECOVER_HINT = QT_TRANSLATE_NOOP(
    "notes",
    "Nothing was changed. To keep this file aside (it is never deleted) and restore your notes "
    "from the newest good backup, run: rcpdesk notes recover (rcpdesk notes recover --list "
    "shows every backup)."
)
DB_TOO_NEW = QT_TRANSLATE_NOOP(
    "notes",
    "Your notes were saved by a newer version of rcpdesk (notes format {found}; this version "
    "reads up to {supported}). Update rcpdesk to use them; the file is left untouched: {path}"
)
DB_READ_ONLY = QT_TRANSLATE_NOOP(
    "notes",
    "Your notes cannot be saved: the notes file or its folder is read-only ({path}). Notes "
    "can be read but not changed."
)
DB_OPENED_READ_ONLY = QT_TRANSLATE_NOOP(
    "notes",
    "Your notes are on a read-only disk or folder ({path}): they can be read, searched, "
    "printed and exported, but not changed."
)
DB_BUSY = QT_TRANSLATE_NOOP(
    "notes",
    "Your notes are busy in another rcpdesk window that did not finish saving in time. Try "
    "again in a moment."
)
DB_WRITE_FAILED = QT_TRANSLATE_NOOP(
    "notes",
    "Your notes could not be saved ({detail}). Nothing was changed."
)
DB_CLOSED = QT_TRANSLATE_NOOP("notes", "The notes database is closed.")
DB_NEEDS_UPGRADE_READ_ONLY = QT_TRANSLATE_NOOP(
    "notes",
    "Your notes need an upgrade to this version of rcpdesk, but the notes file is read-only: "
    "{path}"
)

RECOVERY_RESTORED = QT_TRANSLATE_NOOP(
    "notes",
    "The notes file was moved to {moved}. Your notes were restored from the automatic"
    " backup of {when}; changes made after that backup are in the moved file."
)
RECOVERY_RESTORED_NOTHING_MOVED = QT_TRANSLATE_NOOP(
    "notes",
    "Your notes were restored from the automatic backup of {when}."
)
RECOVERY_NO_BACKUP = QT_TRANSLATE_NOOP(
    "notes",
    "The damaged notes file was moved to {moved}. There was no usable backup, so rcpdesk "
    "starts with an empty notes database."
)
RECOVERY_NO_SUCH_BACKUP = QT_TRANSLATE_NOOP(
    "notes",
    "There is no backup {name} in {folder}. rcpdesk notes recover --list shows them."
)
RECOVERY_BAD_BACKUP = QT_TRANSLATE_NOOP(
    "notes",
    "The backup {name} is damaged too and cannot be restored. Nothing was changed."
)
RECOVERY_NOTHING_TO_DO = QT_TRANSLATE_NOOP(
    "notes",
    "There is no backup to restore in {folder}. Nothing was changed."
)
RECOVERY_NOT_NEEDED = QT_TRANSLATE_NOOP(
    "notes",
    "Your notes file is readable ({count} notes), so nothing was changed: {path}. To replace it "
    "with a backup anyway (it is kept aside), name one with --from NUMBER; --list shows them."
)
RECOVERY_NOW = QT_TRANSLATE_NOOP("notes", "Your notes file now holds {count} notes: {path}")
RECOVERY_LIST_HEADER = QT_TRANSLATE_NOOP("notes", "Backups in {folder}, newest first:")
RECOVERY_LIST_EMPTY = QT_TRANSLATE_NOOP("notes", "There are no backups in {folder}.")
RECOVERY_LIST_NOTES = QT_TRANSLATE_NOOP("notes", "{count} notes")
RECOVERY_LIST_ONE_NOTE = QT_TRANSLATE_NOOP("notes", "1 note")
RECOVERY_LIST_DAMAGED = QT_TRANSLATE_NOOP("notes", "damaged, cannot be restored")
RECOVERY_LIST_NOW = QT_TRANSLATE_NOOP(
    "notes",
    "Your notes file now: {state}. To restore the newest good backup: rcpdesk notes recover;"
    " a chosen one: rcpdesk notes recover --from NUMBER"
)
RECOVERY_STATE_GOOD = QT_TRANSLATE_NOOP("notes", "{count} notes, readable")
RECOVERY_STATE_MISSING = QT_TRANSLATE_NOOP("notes", "missing")
RECOVERY_STATE_DAMAGED = QT_TRANSLATE_NOOP("notes", "damaged or empty")

NOTE_NOT_FOUND = QT_TRANSLATE_NOOP("notes", "There is no note with the id {note_id}.")
NOTE_ID_AMBIGUOUS = QT_TRANSLATE_NOOP(
    "notes",
    "The id {prefix} matches more than one note: give more of it."
)
NOTE_CHANGED_ELSEWHERE = QT_TRANSLATE_NOOP(
    "notes",
    "This note was changed in another window since you opened it. Your version was not saved;"
    " reopen the note to see both."
)
NOTE_NOT_IN_TRASH = QT_TRANSLATE_NOOP("notes", "The note {note_id} is not in the trash.")
NOTE_NOT_A_CONFLICT = QT_TRANSLATE_NOOP("notes", "The note {note_id} is not a conflict copy.")

INVALID_TARGET_KIND = QT_TRANSLATE_NOOP(
    "notes",
    "Unknown kind of note target: {kind} (one of {kinds})."
)
INVALID_TARGET_ID = QT_TRANSLATE_NOOP(
    "notes",
    "A note target needs a stable id (got {target_id!r})."
)
INVALID_CELL_ID = QT_TRANSLATE_NOOP(
    "notes",
    "A comparison cell id is PROCESS#DIMENSION (got {target_id!r})."
)
INVALID_PASSAGE = QT_TRANSLATE_NOOP(
    "notes",
    "A passage needs the quoted text and its start and end offsets in the paragraph."
)
INVALID_BODY_FORMAT = QT_TRANSLATE_NOOP(
    "notes",
    "Unknown note format: {body_format} (text or markdown)."
)

NOTE_TOO_LONG = QT_TRANSLATE_NOOP(
    "notes",
    "A note may have at most {limit} characters; this one has {length}."
)

TOO_MANY_TAGS = QT_TRANSLATE_NOOP("notes", "A note may have at most {limit} tags.")

INVALID_TAG = QT_TRANSLATE_NOOP(
    "notes",
    "A tag must be 1 to {limit} characters without line breaks (got {tag!r})."
)

UNKNOWN_COLOUR = QT_TRANSLATE_NOOP(
    "notes",
    "There is no colour named {colour!r}. The colours are: {known}."
)

INVALID_COLOUR_NAME = QT_TRANSLATE_NOOP(
    "notes",
    "A colour name must be 1 to {limit} characters (got {name!r})."
)

COLOUR_NAME_TAKEN = QT_TRANSLATE_NOOP("notes", "There is already a colour named {name!r}.")

INVALID_COLOUR_HEX = QT_TRANSLATE_NOOP(
    "notes",
    "A colour must be written like #1a2b3c (got {hex!r})."
)

UNKNOWN_TARGET = QT_TRANSLATE_NOOP(
    "notes",
    "No process, paragraph, dimension or comparison cell has the id {target_id!r}."
)

TARGET_KIND_NEEDED = QT_TRANSLATE_NOOP(
    "notes",
    "Say what {target_id!r} is with --kind (process, paragraph, dimension or cell)."
)

IMPORT_NOT_FOUND = QT_TRANSLATE_NOOP("notes", "The file {name} does not exist or cannot be read.")
IMPORT_TOO_LARGE = QT_TRANSLATE_NOOP(
    "notes",
    "The file {name} is too large to be a notes file ({size} bytes; the limit is {limit}). "
    "Nothing was imported."
)
IMPORT_MALFORMED = QT_TRANSLATE_NOOP(
    "notes",
    "The file {name} is not valid JSON (line {line}, column {column}: {detail}). Nothing was "
    "imported."
)
IMPORT_NOT_UTF8 = QT_TRANSLATE_NOOP(
    "notes",
    "The file {name} is not UTF-8 text. Nothing was imported."
)
IMPORT_WRONG_SCHEMA = QT_TRANSLATE_NOOP(
    "notes",
    "The file {name} is not an rcpdesk notes file ({detail}). Nothing was imported."
)
IMPORT_TOO_MANY = QT_TRANSLATE_NOOP(
    "notes",
    "The file {name} holds {count} notes; at most {limit} can be imported at once. Nothing "
    "was imported."
)
IMPORT_DUPLICATE_ID = QT_TRANSLATE_NOOP(
    "notes",
    "The file {name} holds the note {note_id} twice. Nothing was imported."
)
IMPORT_UNKNOWN_TARGETS = QT_TRANSLATE_NOOP(
    "notes",
    "{count} of the notes in {name} are on things this edition of the data does not have "
    '({examples}). Nothing was imported; import them anyway to keep them in the "needs '
    'review" list.'
)
IMPORT_FUTURE_TIME = QT_TRANSLATE_NOOP(
    "notes",
    "The file {name} dates the note {note_id} {time}, later than tomorrow: the clock that wrote "
    "it was wrong. Nothing was imported."
)
IMPORT_SANITISED = QT_TRANSLATE_NOOP(
    "notes",
    "{count} notes contained control characters, which were removed."
)
IMPORT_EDITION_DIFFERS = QT_TRANSLATE_NOOP(
    "notes",
    "The notes were written against the data edition {theirs}; you have {ours}."
)
IMPORT_SUMMARY = QT_TRANSLATE_NOOP(
    "notes",
    "{new} new, {updated} updated, {conflicts} {conflict_word}, {unchanged} unchanged, "
    "{deleted} deleted"
)
IMPORT_CONFLICT_ONE = QT_TRANSLATE_NOOP("notes", "conflict")
IMPORT_CONFLICT_MANY = QT_TRANSLATE_NOOP("notes", "conflicts")
IMPORT_DRY_RUN = QT_TRANSLATE_NOOP("notes", "Dry run: nothing was changed.")
IMPORT_DONE = QT_TRANSLATE_NOOP("notes", "Imported.")

EXPORT_DONE = QT_TRANSLATE_NOOP("notes", "Wrote {count} notes to {path}.")
EXPORT_UNKNOWN_FORMAT = QT_TRANSLATE_NOOP(
    "notes",
    "Unknown export format: {format} (rcpnotes, md or csv)."
)
EXPORT_UNKNOWN_SUFFIX = QT_TRANSLATE_NOOP(
    "notes",
    "Cannot tell the format of {name}: name it .rcpnotes, .md or .csv, or give --format."
)

REASON_DELETED_HERE = QT_TRANSLATE_NOOP("notes", "deleted here after it was last changed there")
REASON_CHANGED_BOTH = QT_TRANSLATE_NOOP("notes", "changed here and there")
REASON_SAME_TIME_DIFFERENT = QT_TRANSLATE_NOOP("notes", "same time, different text")
REASON_DELETED_THERE_CHANGED_HERE = QT_TRANSLATE_NOOP(
    "notes",
    "deleted there, changed here since: kept"
)

CLI_NO_NOTES = QT_TRANSLATE_NOOP("notes", "No notes.")
CLI_TRASH_EMPTY = QT_TRANSLATE_NOOP("notes", "The trash is empty.")
CLI_ADDED = QT_TRANSLATE_NOOP("notes", "Added note {note_id}.")
CLI_RESTORED = QT_TRANSLATE_NOOP("notes", "Restored note {note_id}.")
CLI_DELETED = QT_TRANSLATE_NOOP("notes", "Moved note {note_id} to the trash.")
CLI_UNEXPECTED = QT_TRANSLATE_NOOP("notes", "Unexpected error ({kind}): {detail}")
