"""NotesStore: the delegate's notes in their own SQLite database (WAL, one transaction per change)."""

from __future__ import annotations

import contextlib
import json
import os
import re
import sqlite3
import threading
from collections.abc import Callable, Iterable, Iterator, Mapping
from dataclasses import replace
from datetime import datetime
from pathlib import Path
from typing import Any, Final, Self

from rcpdesk.notes import backup, messages
from rcpdesk.notes.anchoring import reanchor_notes
from rcpdesk.notes.errors import (
    ImportUnknownTargets,
    InvalidNote,
    NoteChangedElsewhere,
    NoteIdAmbiguous,
    NoteNotFound,
    NotesDatabaseError,
    NotesDatabaseReadOnly,
    NotesError,
    UnknownColour,
)
from rcpdesk.notes.merge import plan_import
from rcpdesk.notes.model import (
    MAX_COLOUR_NAME_CHARS,
    MAX_HISTORY,
    AnchorStatus,
    BodyFormat,
    Colour,
    ExchangeDocument,
    ImportAction,
    ImportItem,
    ImportPreview,
    Note,
    NoteFilter,
    ReanchorReport,
    Target,
    TargetKind,
    TargetLookup,
    Tombstone,
    check_body,
    is_known_target,
    new_note_id,
    next_timestamp,
    normalise_tags,
    strip_control,
    utc_now,
)
from rcpdesk.notes.opening import open_notes_database, translate_error
from rcpdesk.paths import NOTES_FILE_NAME

DEFAULT_KEEP_BACKUPS = 7
DEFAULT_BUSY_TIMEOUT = 10.0  # seconds another window may hold the write lock
_HEX = re.compile(r"^#[0-9a-fA-F]{6}$")


class _Unset:
    def __repr__(self) -> str:
        return "UNSET"


UNSET: Final = _Unset()  # "leave this field as it is" in update()

_NOTE_COLUMNS = """
    n.id, n.target_kind, n.target_id, n.quote_exact, n.quote_prefix, n.quote_suffix,
    n.start_offset, n.end_offset, n.body, n.body_format, n.colour_key, n.author,
    n.created, n.modified, n.deleted_at, n.orphaned, n.conflict_of, n.history,
    (SELECT json_group_array(tag) FROM
        (SELECT tag FROM note_tags t WHERE t.note_id = n.id ORDER BY tag COLLATE NOCASE)) AS tags
"""


class NotesStore:
    """The notes of one profile. Safe to share between threads; other processes may write too."""

    def __init__(self, path: Path | str, *, keep_backups: int = DEFAULT_KEEP_BACKUPS,
                 backup_on_open: bool = True, busy_timeout: float = DEFAULT_BUSY_TIMEOUT,
                 default_author: str | None = None, read_only: bool = False,
                 clock: Callable[[], datetime] = utc_now) -> None:
        self.path = Path(path)
        self.read_only = read_only
        self.default_author = default_author
        self._clock = clock
        self._lock = threading.RLock()
        self._conn: sqlite3.Connection | None
        self.last_backup: Path | None  # the backup this opening made, if the content had changed
        self._conn, self.last_backup = open_notes_database(
            self.path, read_only=read_only, busy_timeout=busy_timeout,
            backup_on_open=backup_on_open, keep_backups=keep_backups)
        self._recorded = read_only or backup.notes_seen(self.path) is not None

    @classmethod
    def open_best(cls, path: Path | str, **options: Any) -> NotesStore:
        """Writable where the file and its folder allow; read-only where they don't (a locked
        USB stick): then reading, searching, exporting and printing work and every change is
        refused with one message."""
        try:
            return cls(path, **options)
        except NotesDatabaseReadOnly:
            if not Path(path).is_file():
                raise
            return cls(path, **{**options, "read_only": True})

    @classmethod
    def for_profile(cls, profile: str | os.PathLike[str] | None = None, **options: Any) -> NotesStore:
        """The notes of the profile folder (--profile, RCPDESK_HOME, else the user data folder),
        read-only where the profile cannot be written."""
        from rcpdesk.paths import user_data_dir

        return cls.open_best(user_data_dir(profile) / NOTES_FILE_NAME, **options)

    @staticmethod
    def recover(path: Path | str, source: Path | None = None) -> backup.Recovery:
        """After NotesDatabaseCorrupt: move the file aside (kept) and restore the latest good
        backup, or `source` (see backup.find_backup)."""
        return backup.recover(Path(path), source=source)

    # --- connection and transactions -------------------------------------------------------

    def close(self) -> None:
        with self._lock:
            if self._conn is not None:
                self._conn.close()
                self._conn = None

    def __enter__(self) -> Self:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()

    @property
    def closed(self) -> bool:
        return self._conn is None

    @contextlib.contextmanager
    def _transaction(self, write: bool) -> Iterator[sqlite3.Connection]:
        """One transaction; a write takes the lock first (BEGIN IMMEDIATE), so none is lost."""
        with self._lock:
            conn = self._conn
            if conn is None:
                raise NotesDatabaseError(messages.DB_CLOSED, path=self.path)
            if write and self.read_only:
                raise NotesDatabaseReadOnly(path=self.path)
            try:
                conn.execute("BEGIN IMMEDIATE" if write else "BEGIN")
            except sqlite3.Error as exc:
                raise translate_error(exc, self.path) from exc
            try:
                yield conn
                conn.execute("COMMIT")
                if write and not self._recorded:
                    self._record_notes_seen(conn)
            except sqlite3.Error as exc:
                if conn.in_transaction:
                    conn.execute("ROLLBACK")
                raise translate_error(exc, self.path) from exc
            except BaseException:
                if conn.in_transaction:
                    conn.execute("ROLLBACK")
                raise

    def _record_notes_seen(self, conn: sqlite3.Connection) -> None:
        """Once the file holds notes, the profile remembers it (so an emptied file reads as
        damaged, not new)."""
        count = 0
        with contextlib.suppress(sqlite3.Error):  # the notes are committed; the record may wait
            count = backup.count_notes(conn)
        if count:
            backup.record_notes_seen(self.path, count)
            self._recorded = True

    def _now(self, after: str | None = None) -> str:
        return next_timestamp(self._clock(), after)

    # --- reading ---------------------------------------------------------------------------

    def get(self, note_id: str) -> Note:
        note = self.find(note_id)
        if note is None:
            raise NoteNotFound(note_id=note_id)
        return note

    def find(self, note_id: str) -> Note | None:
        with self._transaction(write=False) as conn:
            return self._find(conn, note_id)

    def resolve_id(self, prefix: str) -> str:
        """A full note id from the start of one (the command line shows the first 8 characters)."""
        prefix = prefix.strip().lower()
        prefix = prefix.removeprefix("urn:uuid:")
        if not prefix:
            raise NoteNotFound(note_id=prefix)
        with self._transaction(write=False) as conn:
            rows = conn.execute("SELECT id FROM notes WHERE id LIKE ? ESCAPE '\\' LIMIT 2",
                                [_like_prefix(prefix)]).fetchall()
        if not rows:
            raise NoteNotFound(note_id=prefix)
        if len(rows) > 1:
            raise NoteIdAmbiguous(prefix=prefix)
        return str(rows[0][0])

    def list_notes(self, note_filter: NoteFilter | None = None, *, limit: int | None = None,
                   **criteria: Any) -> tuple[Note, ...]:
        """Notes newest first (the first `limit` of them); NoteFilter fields may also be given
        as keywords."""
        with self._transaction(write=False) as conn:
            where, params = self._filter_sql(conn, _note_filter(note_filter, criteria))
            rows = conn.execute(
                f"SELECT {_NOTE_COLUMNS} FROM notes n WHERE {where}"
                " ORDER BY n.modified DESC, n.id LIMIT ?", [*params, -1 if limit is None else limit]).fetchall()
        return tuple(_note_from_row(row) for row in rows)

    def count_notes(self, note_filter: NoteFilter | None = None, **criteria: Any) -> int:
        """How many notes list_notes would give without a limit."""
        with self._transaction(write=False) as conn:
            where, params = self._filter_sql(conn, _note_filter(note_filter, criteria))
            return int(conn.execute(f"SELECT count(*) FROM notes n WHERE {where}", params).fetchone()[0])

    def _filter_sql(self, conn: sqlite3.Connection, note_filter: NoteFilter) -> tuple[str, list[Any]]:
        """The WHERE clause (over notes n) and its parameters for a NoteFilter."""
        where, params = ["1 = 1"], []
        # The unary + keeps SQLite off the deleted_at index: it then walks the modified index and
        # stops at the limit (the newest notes first), instead of sorting every note.
        where.append("+n.deleted_at IS NOT NULL" if note_filter.in_trash else "+n.deleted_at IS NULL")
        if note_filter.tag:
            where.append("EXISTS (SELECT 1 FROM note_tags t WHERE t.note_id = n.id AND t.tag = ?)")
            params.append(" ".join(note_filter.tag.split()))
        if note_filter.kind:
            where.append("n.target_kind = ?")
            params.append(TargetKind(note_filter.kind).value)
        if note_filter.target_id:
            where.append("n.target_id = ?")
            params.append(note_filter.target_id)
        if note_filter.text:
            pattern = _like_contains(note_filter.text)
            where.append("(n.body LIKE ? ESCAPE '\\' OR n.quote_exact LIKE ? ESCAPE '\\' OR EXISTS"
                         " (SELECT 1 FROM note_tags t WHERE t.note_id = n.id"
                         "  AND t.tag LIKE ? ESCAPE '\\'))")
            params += [pattern, pattern, pattern]
        if note_filter.needs_review is not None:
            review = "(n.orphaned = 1 OR n.conflict_of IS NOT NULL)"
            where.append(review if note_filter.needs_review else f"NOT {review}")
        if note_filter.ids is not None:
            where.append("n.id IN (SELECT value FROM json_each(?))")
            params.append(json.dumps(list(note_filter.ids)))
        if note_filter.colour:
            where.append("n.colour_key = ?")
            params.append(self._colour_key(conn, note_filter.colour))
        return " AND ".join(where), params

    def noted_targets(self) -> tuple[Target, ...]:
        """What the notes outside the trash are on, each target once (without quote or position):
        marking the tree needs no note itself (10,000 notes: one light query, not 10,000 notes)."""
        with self._transaction(write=False) as conn:
            rows = conn.execute("SELECT DISTINCT target_kind, target_id FROM notes WHERE deleted_at IS NULL"
                                " ORDER BY target_kind, target_id").fetchall()
        return tuple(Target(TargetKind(kind), ident) for kind, ident in rows)

    def cell_notes(self) -> tuple[tuple[str, str], ...]:
        """(comparison cell id "process#dimension", body) of the notes on cells outside the trash,
        newest first."""
        with self._transaction(write=False) as conn:
            return tuple((row[0], row[1]) for row in conn.execute(
                "SELECT target_id, body FROM notes WHERE deleted_at IS NULL AND target_kind = ?"
                " ORDER BY modified DESC, id", [TargetKind.CELL.value]).fetchall())

    def all_notes(self) -> tuple[Note, ...]:
        """Every note, in the trash or not, oldest first (for export)."""
        with self._transaction(write=False) as conn:
            rows = conn.execute(f"SELECT {_NOTE_COLUMNS} FROM notes n ORDER BY n.created, n.id")
            return tuple(_note_from_row(row) for row in rows.fetchall())

    def trash(self) -> tuple[Note, ...]:
        return self.list_notes(NoteFilter(in_trash=True))

    def needs_review(self) -> tuple[Note, ...]:
        """Orphaned notes and conflict copies: the "needs review" list."""
        return self.list_notes(NoteFilter(needs_review=True))

    def count(self, *, in_trash: bool = False) -> int:
        with self._transaction(write=False) as conn:
            sql = "SELECT count(*) FROM notes WHERE deleted_at IS " + ("NOT NULL" if in_trash else "NULL")
            return int(conn.execute(sql).fetchone()[0])

    def tags(self) -> tuple[tuple[str, int], ...]:
        """Tags of the notes outside the trash, with how many notes have each."""
        with self._transaction(write=False) as conn:
            rows = conn.execute(
                "SELECT t.tag, count(*) FROM note_tags t JOIN notes n ON n.id = t.note_id"
                " WHERE n.deleted_at IS NULL GROUP BY t.tag ORDER BY t.tag COLLATE NOCASE").fetchall()
        return tuple((str(tag), int(count)) for tag, count in rows)

    def tombstones(self) -> tuple[Tombstone, ...]:
        with self._transaction(write=False) as conn:
            rows = conn.execute("SELECT id, deleted_at, version FROM tombstones ORDER BY deleted_at")
            return tuple(Tombstone(*row) for row in rows.fetchall())

    def data_version(self) -> int:
        """Changes whenever another connection (another window) commits: poll it to refresh views."""
        with self._lock:
            if self._conn is None:
                raise NotesDatabaseError(messages.DB_CLOSED, path=self.path)
            return int(self._conn.execute("PRAGMA data_version").fetchone()[0])

    def integrity_check(self) -> str:
        with self._lock:
            if self._conn is None:
                raise NotesDatabaseError(messages.DB_CLOSED, path=self.path)
            return str(self._conn.execute("PRAGMA integrity_check").fetchone()[0])

    # --- colours ---------------------------------------------------------------------------

    def colours(self) -> tuple[Colour, ...]:
        with self._transaction(write=False) as conn:
            return self._colours(conn)

    def colour(self, key_or_name: str) -> Colour:
        with self._transaction(write=False) as conn:
            key = self._colour_key(conn, key_or_name)
            return next(c for c in self._colours(conn) if c.key == key)

    def rename_colour(self, key_or_name: str, name: str) -> Colour:
        return self.update_colour(key_or_name, name=name)

    def update_colour(self, key_or_name: str, *, name: str | None = None,
                      hex: str | None = None) -> Colour:
        with self._transaction(write=True) as conn:
            key = self._colour_key(conn, key_or_name)
            if name is not None:
                name = _check_colour_name(name)
                clash = conn.execute("SELECT key FROM colours WHERE name = ? AND key != ?",
                                     [name, key]).fetchone()
                if clash:
                    raise InvalidNote(messages.COLOUR_NAME_TAKEN, name=name)
                conn.execute("UPDATE colours SET name = ? WHERE key = ?", [name, key])
            if hex is not None:
                conn.execute("UPDATE colours SET hex = ? WHERE key = ?", [_check_hex(hex), key])
            return next(c for c in self._colours(conn) if c.key == key)

    def add_colour(self, name: str, hex: str) -> Colour:
        with self._transaction(write=True) as conn:
            return self._insert_colour(conn, _check_colour_name(name), _check_hex(hex))

    @staticmethod
    def _colours(conn: sqlite3.Connection) -> tuple[Colour, ...]:
        rows = conn.execute("SELECT key, name, hex, position FROM colours ORDER BY position, key")
        return tuple(Colour(*row) for row in rows.fetchall())

    def _colour_key(self, conn: sqlite3.Connection, key_or_name: str) -> str:
        wanted = " ".join(key_or_name.split())
        row = conn.execute("SELECT key FROM colours WHERE key = ? OR name = ? ORDER BY key = ? DESC",
                           [wanted, wanted, wanted]).fetchone()
        if row is None:
            known = ", ".join(c.name for c in self._colours(conn))
            raise UnknownColour(colour=key_or_name, known=known)
        return str(row[0])

    @staticmethod
    def _insert_colour(conn: sqlite3.Connection, name: str, hex_value: str,
                       key: str | None = None) -> Colour:
        base = key or re.sub(r"[^a-z0-9]+", "-", name.casefold()).strip("-") or "colour"
        key, n = base, 2
        while conn.execute("SELECT 1 FROM colours WHERE key = ?", [key]).fetchone():
            key, n = f"{base}-{n}", n + 1
        unique_name, n = name, 2
        while conn.execute("SELECT 1 FROM colours WHERE name = ?", [unique_name]).fetchone():
            unique_name, n = f"{name} ({n})", n + 1
        position = conn.execute("SELECT coalesce(max(position), -1) + 1 FROM colours").fetchone()[0]
        conn.execute("INSERT INTO colours (key, name, hex, position) VALUES (?, ?, ?, ?)",
                     [key, unique_name, hex_value, position])
        return Colour(key, unique_name, hex_value, position)

    # --- writing ---------------------------------------------------------------------------

    def add(self, target: Target, body: str = "", *, body_format: BodyFormat | str = BodyFormat.TEXT,
            tags: Iterable[str] = (), colour: str | None = None, author: str | None = None) -> Note:
        body, fmt = check_body(body, body_format)
        clean_tags = normalise_tags(list(tags))
        with self._transaction(write=True) as conn:
            now = self._now()
            note = Note(id=new_note_id(), target=target, body=body, body_format=fmt, tags=clean_tags,
                        colour=self._colour_key(conn, colour) if colour else None,
                        author=_clean_author(author if author is not None else self.default_author),
                        created=now, modified=now)
            self._insert(conn, note)
        return note

    def update(self, note_id: str, *, body: str | _Unset = UNSET,
               body_format: BodyFormat | str | _Unset = UNSET,
               tags: Iterable[str] | _Unset = UNSET, colour: str | None | _Unset = UNSET,
               target: Target | _Unset = UNSET, author: str | None | _Unset = UNSET,
               expected_modified: str | None = None) -> Note:
        """Change some fields; with expected_modified, refuse if another window saved first."""
        with self._transaction(write=True) as conn:
            current = self._get(conn, note_id)
            if expected_modified is not None and current.modified != expected_modified:
                raise NoteChangedElsewhere()
            changes: dict[str, Any] = {}
            if not isinstance(body, _Unset) or not isinstance(body_format, _Unset):
                new_body, new_format = check_body(
                    current.body if isinstance(body, _Unset) else body,
                    current.body_format if isinstance(body_format, _Unset) else body_format)
                changes.update(body=new_body, body_format=new_format)
            if not isinstance(tags, _Unset):
                changes["tags"] = normalise_tags(list(tags))
            if not isinstance(colour, _Unset):
                changes["colour"] = self._colour_key(conn, colour) if colour else None
            if not isinstance(target, _Unset):
                changes["target"] = target
                if target != current.target:
                    changes["orphaned"] = False  # the delegate has re-attached it
            if not isinstance(author, _Unset):
                changes["author"] = _clean_author(author)
            updated = replace(current, **changes)
            if updated == current:
                return current
            updated = self._new_version(current, updated)
            self._write_note(conn, updated)
        return updated

    def add_tags(self, note_id: str, tags: Iterable[str]) -> Note:
        """Add tags in one step (read and write under one lock: nothing another window adds is lost)."""
        with self._transaction(write=True) as conn:
            current = self._get(conn, note_id)
            merged = normalise_tags(list(current.tags) + list(tags))
            if merged == current.tags:
                return current
            updated = self._new_version(current, replace(current, tags=merged))
            self._write_note(conn, updated)
        return updated

    def remove_tags(self, note_id: str, tags: Iterable[str]) -> Note:
        drop = {" ".join(tag.split()).casefold() for tag in tags}
        with self._transaction(write=True) as conn:
            current = self._get(conn, note_id)
            kept = tuple(tag for tag in current.tags if tag.casefold() not in drop)
            if kept == current.tags:
                return current
            updated = self._new_version(current, replace(current, tags=kept))
            self._write_note(conn, updated)
        return updated

    def delete(self, note_id: str) -> Note:
        """Move a note to the trash (restore() brings it back)."""
        with self._transaction(write=True) as conn:
            current = self._get(conn, note_id)
            if current.in_trash:
                return current
            deleted = replace(current, deleted_at=self._now(current.modified))
            conn.execute("UPDATE notes SET deleted_at = ? WHERE id = ?", [deleted.deleted_at, note_id])
        return deleted

    def restore(self, note_id: str) -> Note:
        """Take a note out of the trash; a new version, so it outweighs an older shared deletion."""
        with self._transaction(write=True) as conn:
            current = self._get(conn, note_id)
            if not current.in_trash:
                raise NotesError(messages.NOTE_NOT_IN_TRASH, note_id=note_id)
            restored = self._new_version(current, replace(current, deleted_at=None),
                                         after=current.deleted_at)
            self._write_note(conn, restored)
        return restored

    def purge(self, note_id: str) -> None:
        """Delete a note from the trash for good, leaving a tombstone to share the deletion."""
        with self._transaction(write=True) as conn:
            current = self._get(conn, note_id)
            if not current.in_trash:
                raise NotesError(messages.NOTE_NOT_IN_TRASH, note_id=note_id)
            self._purge(conn, current)

    def empty_trash(self) -> int:
        with self._transaction(write=True) as conn:
            rows = conn.execute(f"SELECT {_NOTE_COLUMNS} FROM notes n WHERE n.deleted_at IS NOT NULL")
            notes = [_note_from_row(row) for row in rows.fetchall()]
            for note in notes:
                self._purge(conn, note)
        return len(notes)

    def mark_reviewed(self, note_id: str) -> Note:
        """The delegate has looked at an orphaned note and keeps it as it is."""
        with self._transaction(write=True) as conn:
            current = self._get(conn, note_id)
            conn.execute("UPDATE notes SET orphaned = 0 WHERE id = ?", [note_id])
        return replace(current, orphaned=False)

    def resolve_conflict(self, copy_id: str, *, keep: str = "original") -> Note:
        """End a conflict: keep the original's text or the copy's; the copy goes to the trash."""
        if keep not in ("original", "copy"):
            raise ValueError(f"keep must be 'original' or 'copy', not {keep!r}")
        with self._transaction(write=True) as conn:
            copy = self._get(conn, copy_id)
            if copy.conflict_of is None:
                raise NotesError(messages.NOTE_NOT_A_CONFLICT, note_id=copy_id)
            original = self._find(conn, copy.conflict_of)
            if original is None:  # the original was purged: the copy becomes an ordinary note
                resolved = self._new_version(copy, replace(copy, conflict_of=None))
                self._write_note(conn, resolved)
                return resolved
            content = original if keep == "original" else copy
            # The original has now seen the copy's versions, so a later exchange is not a conflict.
            seen = _merge_history(original.history, copy.history, (copy.modified,))
            resolved = replace(original, target=content.target, body=content.body,
                               body_format=content.body_format, tags=content.tags,
                               colour=content.colour, author=content.author, deleted_at=None,
                               history=seen)
            resolved = self._new_version(original, resolved, after=max(original.modified, copy.modified))
            self._write_note(conn, resolved)
            conn.execute("UPDATE notes SET deleted_at = ? WHERE id = ?",
                         [self._now(copy.modified), copy.id])
        return resolved

    def _new_version(self, current: Note, updated: Note, after: str | None = None) -> Note:
        modified = self._now(max(current.modified, after or ""))
        history = _merge_history(updated.history, (current.modified,))
        return replace(updated, modified=modified, history=history)

    # --- re-anchoring ----------------------------------------------------------------------

    def reanchor(self, paragraphs: Mapping[str, str],
                 lookup: TargetLookup | None = None) -> ReanchorReport:
        """After a new data edition: move passages whose quote moved, flag notes whose target went."""
        with self._transaction(write=True) as conn:
            rows = conn.execute(f"SELECT {_NOTE_COLUMNS} FROM notes n").fetchall()
            notes = {note.id: note for note in map(_note_from_row, rows)}
            results = reanchor_notes(notes.values(), paragraphs, lookup)
            for result in results:
                note = notes[result.note_id]
                orphaned = result.status is AnchorStatus.ORPHANED
                if result.status is AnchorStatus.MOVED:
                    # Anchoring is derived data: no new version, or every colleague would conflict.
                    self._write_target(conn, note.id, result.target)
                if orphaned != note.orphaned:
                    conn.execute("UPDATE notes SET orphaned = ? WHERE id = ?", [int(orphaned), note.id])
        by_status: dict[AnchorStatus, list[str]] = {status: [] for status in AnchorStatus}
        for result in results:
            by_status[result.status].append(result.note_id)
        return ReanchorReport(unchanged=tuple(by_status[AnchorStatus.UNCHANGED]),
                              moved=tuple(by_status[AnchorStatus.MOVED]),
                              orphaned=tuple(by_status[AnchorStatus.ORPHANED]))

    # --- import ----------------------------------------------------------------------------

    def preview_import(self, document: ExchangeDocument, lookup: TargetLookup | None = None,
                       *, keep_unknown: bool = False) -> ImportPreview:
        """What apply_import() would do now; changes nothing."""
        with self._transaction(write=False) as conn:
            return self._plan(conn, document, lookup, keep_unknown)

    def apply_import(self, document: ExchangeDocument, lookup: TargetLookup | None = None, *,
                     keep_unknown: bool = False,
                     progress: Callable[[int, int], None] | None = None) -> ImportPreview:
        """Merge the file in one transaction: all of it or, if anything fails, none of it."""
        with self._transaction(write=True) as conn:
            # Planned again under the write lock: another window may have changed notes since.
            plan = self._plan(conn, document, lookup, keep_unknown)
            unknown = set(plan.unknown_targets)
            for colour in plan.new_colours:
                conn.execute("INSERT INTO colours (key, name, hex, position) VALUES (?, ?, ?, ?)",
                             [colour.key, colour.name, colour.hex, colour.position])
            total = len(plan.items)
            for done, item in enumerate(plan.items, start=1):
                self._apply_item(conn, item, unknown)
                if progress is not None and (done % 100 == 0 or done == total):
                    progress(done, total)
        return replace(plan, applied=True)

    def _plan(self, conn: sqlite3.Connection, document: ExchangeDocument,
              lookup: TargetLookup | None, keep_unknown: bool) -> ImportPreview:
        unknown = sorted({note.target.label for note in document.notes
                          if not is_known_target(note.target, lookup)})
        if unknown and not keep_unknown:
            raise ImportUnknownTargets(
                count=sum(1 for n in document.notes if n.target.label in set(unknown)),
                name=document.source_name,
                examples=", ".join(unknown[:3]) + (", ..." if len(unknown) > 3 else ""))
        ids = [note.id for note in document.notes] + [t.id for t in document.tombstones]
        local = {note.id: note for note in self._notes_by_ids(conn, ids)}
        tombstones = {row[0]: Tombstone(*row) for row in conn.execute(
            "SELECT id, deleted_at, version FROM tombstones WHERE id IN (SELECT value FROM json_each(?))",
            [json.dumps(ids)]).fetchall()}
        copies: dict[str, list[Note]] = {}
        for row in conn.execute(
                f"SELECT {_NOTE_COLUMNS} FROM notes n WHERE n.conflict_of IN"
                " (SELECT value FROM json_each(?))", [json.dumps(ids)]).fetchall():
            copy = _note_from_row(row)
            copies.setdefault(copy.conflict_of or "", []).append(copy)
        items = plan_import(document, local, tombstones, copies)
        return ImportPreview(items=items, edition=document.edition, sanitised=document.sanitised,
                             unknown_targets=tuple(unknown),
                             new_colours=self._new_colours(conn, document, items))

    def _new_colours(self, conn: sqlite3.Connection, document: ExchangeDocument,
                     items: tuple[ImportItem, ...]) -> tuple[Colour, ...]:
        """Colours the incoming notes use that this profile lacks (matched by key; names may clash)."""
        used = {item.incoming.colour for item in items
                if item.incoming is not None and item.incoming.colour
                and item.action in (ImportAction.NEW, ImportAction.UPDATE, ImportAction.CONFLICT)}
        existing = self._colours(conn)
        keys = {c.key for c in existing}
        names = {c.name.casefold() for c in existing}
        position = max((c.position for c in existing), default=-1) + 1
        result = []
        for colour in document.colours:
            if colour.key in used and colour.key not in keys:
                name, n = colour.name, 2
                while name.casefold() in names:
                    name, n = f"{colour.name} ({n})", n + 1
                result.append(Colour(colour.key, name, colour.hex, position))
                keys.add(colour.key)
                names.add(name.casefold())
                position += 1
        return tuple(result)

    def _apply_item(self, conn: sqlite3.Connection, item: ImportItem, unknown: set[str]) -> None:
        incoming = item.incoming
        if item.action is ImportAction.NEW and incoming is not None:
            conn.execute("DELETE FROM tombstones WHERE id = ?", [incoming.id])  # brought back
            self._insert(conn, replace(incoming, deleted_at=None,
                                       orphaned=incoming.target.label in unknown))
        elif item.action is ImportAction.UPDATE and incoming is not None and item.local is not None:
            local = item.local
            orphaned = (incoming.target.label in unknown
                        or (local.orphaned and local.target == incoming.target))
            self._write_note(conn, replace(
                incoming, deleted_at=None, orphaned=orphaned, created=local.created,
                conflict_of=incoming.conflict_of,
                history=_merge_history(local.history, (local.modified,), incoming.history)))
        elif item.action is ImportAction.CONFLICT and incoming is not None:
            self._insert(conn, replace(incoming, id=new_note_id(), conflict_of=incoming.id,
                                       deleted_at=None, orphaned=incoming.target.label in unknown))
        elif item.action is ImportAction.DELETE and item.tombstone is not None:
            conn.execute("UPDATE notes SET deleted_at = ? WHERE id = ? AND deleted_at IS NULL",
                         [item.tombstone.deleted_at, item.note_id])
        elif item.action is ImportAction.RECORD_TOMBSTONE and item.tombstone is not None:
            conn.execute("INSERT OR IGNORE INTO tombstones (id, deleted_at, version) VALUES (?, ?, ?)",
                         [item.tombstone.id, item.tombstone.deleted_at, item.tombstone.version])

    # --- rows ------------------------------------------------------------------------------

    def _find(self, conn: sqlite3.Connection, note_id: str) -> Note | None:
        row = conn.execute(f"SELECT {_NOTE_COLUMNS} FROM notes n WHERE n.id = ?", [note_id]).fetchone()
        return _note_from_row(row) if row else None

    def _get(self, conn: sqlite3.Connection, note_id: str) -> Note:
        note = self._find(conn, note_id)
        if note is None:
            raise NoteNotFound(note_id=note_id)
        return note

    def _notes_by_ids(self, conn: sqlite3.Connection, ids: list[str]) -> list[Note]:
        rows = conn.execute(f"SELECT {_NOTE_COLUMNS} FROM notes n WHERE n.id IN"
                            " (SELECT value FROM json_each(?))", [json.dumps(ids)]).fetchall()
        return [_note_from_row(row) for row in rows]

    def _insert(self, conn: sqlite3.Connection, note: Note) -> None:
        t = note.target
        conn.execute(
            "INSERT INTO notes (id, target_kind, target_id, quote_exact, quote_prefix, quote_suffix,"
            " start_offset, end_offset, body, body_format, colour_key, author, created, modified,"
            " deleted_at, orphaned, conflict_of, history)"
            " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            [note.id, t.kind.value, t.id, t.exact, t.prefix, t.suffix, t.start, t.end, note.body,
             note.body_format.value, note.colour, note.author, note.created, note.modified,
             note.deleted_at, int(note.orphaned), note.conflict_of, json.dumps(list(note.history))])
        self._write_tags(conn, note)

    def _write_note(self, conn: sqlite3.Connection, note: Note) -> None:
        conn.execute(
            "UPDATE notes SET body = ?, body_format = ?, colour_key = ?, author = ?, created = ?,"
            " modified = ?, deleted_at = ?, orphaned = ?, conflict_of = ?, history = ? WHERE id = ?",
            [note.body, note.body_format.value, note.colour, note.author, note.created,
             note.modified, note.deleted_at, int(note.orphaned), note.conflict_of,
             json.dumps(list(note.history)), note.id])
        self._write_target(conn, note.id, note.target)
        conn.execute("DELETE FROM note_tags WHERE note_id = ?", [note.id])
        self._write_tags(conn, note)

    @staticmethod
    def _write_target(conn: sqlite3.Connection, note_id: str, t: Target) -> None:
        conn.execute(
            "UPDATE notes SET target_kind = ?, target_id = ?, quote_exact = ?, quote_prefix = ?,"
            " quote_suffix = ?, start_offset = ?, end_offset = ? WHERE id = ?",
            [t.kind.value, t.id, t.exact, t.prefix, t.suffix, t.start, t.end, note_id])

    @staticmethod
    def _write_tags(conn: sqlite3.Connection, note: Note) -> None:
        conn.executemany("INSERT INTO note_tags (note_id, tag) VALUES (?, ?)",
                         [(note.id, tag) for tag in note.tags])

    def _purge(self, conn: sqlite3.Connection, note: Note) -> None:
        conn.execute("INSERT OR REPLACE INTO tombstones (id, deleted_at, version) VALUES (?, ?, ?)",
                     [note.id, note.deleted_at or self._now(), note.modified])
        conn.execute("DELETE FROM notes WHERE id = ?", [note.id])


def _note_filter(note_filter: NoteFilter | None, criteria: dict[str, Any]) -> NoteFilter:
    if note_filter is None:
        return NoteFilter(**criteria)
    return replace(note_filter, **criteria) if criteria else note_filter


def _note_from_row(row: tuple[Any, ...]) -> Note:
    (note_id, kind, target_id, exact, prefix, suffix, start, end, body, body_format, colour, author,
     created, modified, deleted_at, orphaned, conflict_of, history, tags) = row
    target = Target(TargetKind(kind), target_id, exact=exact, prefix=prefix or "",
                    suffix=suffix or "", start=start, end=end)
    return Note(id=note_id, target=target, body=body, body_format=BodyFormat(body_format),
                tags=tuple(json.loads(tags or "[]")), colour=colour, author=author,
                created=created, modified=modified, deleted_at=deleted_at, orphaned=bool(orphaned),
                conflict_of=conflict_of, history=tuple(json.loads(history or "[]")))


def _merge_history(*parts: Iterable[str]) -> tuple[str, ...]:
    """All versions seen, oldest first, the newest MAX_HISTORY kept."""
    return tuple(sorted({stamp for part in parts for stamp in part if stamp}))[-MAX_HISTORY:]


def _like_escape(text: str) -> str:
    return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


def _like_prefix(text: str) -> str:
    return _like_escape(text) + "%"


def _like_contains(text: str) -> str:
    return "%" + _like_escape(text) + "%"


def _clean_author(author: str | None) -> str | None:
    if author is None:
        return None
    # Control characters go, as in a body and as an import does: else a note's author differs
    # after a round trip through an exchange file.
    cleaned = " ".join(strip_control(author).split())[:200]
    return cleaned or None


def _check_colour_name(name: str) -> str:
    cleaned = " ".join(strip_control(name).split())
    if not cleaned or len(cleaned) > MAX_COLOUR_NAME_CHARS:
        raise InvalidNote(messages.INVALID_COLOUR_NAME, limit=MAX_COLOUR_NAME_CHARS, name=name)
    return cleaned


def _check_hex(value: str) -> str:
    if not _HEX.match(value.strip()):
        raise InvalidNote(messages.INVALID_COLOUR_HEX, hex=value)
    return value.strip().lower()
