"""Opening the notes database: checks, WAL, backup, migration; SQLite errors as typed errors."""

from __future__ import annotations

import os
import sqlite3
from pathlib import Path

from rcpdesk.notes import backup, messages
from rcpdesk.notes.errors import (
    NotesDatabaseBusy,
    NotesDatabaseCorrupt,
    NotesDatabaseEmptied,
    NotesDatabaseNotSqlite,
    NotesDatabaseReadOnly,
    NotesDatabaseTooNew,
    NotesDatabaseUnrecognised,
    NotesDatabaseWriteFailed,
    NotesError,
)
from rcpdesk.notes.versions import MIGRATION_SET, SCHEMA_VERSION, STEPS

SQLITE_HEADER = b"SQLite format 3\x00"


def open_notes_database(path: Path, *, read_only: bool, busy_timeout: float,
                        backup_on_open: bool, keep_backups: int,
                        ) -> tuple[sqlite3.Connection, Path | None]:
    """A checked, current connection in autocommit mode, and the backup made on the way (if any)."""
    if not read_only:
        _check_writable(path)
    _check_header(path)
    if not path.exists():
        _check_not_emptied(path)
    try:
        conn = (_connect_read_only(path, busy_timeout) if read_only else
                sqlite3.connect(path, isolation_level=None, timeout=busy_timeout,
                                check_same_thread=False))
    except sqlite3.Error as exc:
        raise translate_error(exc, path) from exc
    made_backup = None
    try:
        conn.execute(f"PRAGMA busy_timeout = {int(busy_timeout * 1000)}")
        conn.execute("PRAGMA foreign_keys = ON")
        _check_integrity(conn, path)
        _check_version(conn, path)
        if _user_version(conn) == 0 and not _applied(conn):
            _check_not_emptied(path)  # 0 bytes or a bare header: new, or emptied?
        if read_only:
            if _pending(conn):
                raise NotesDatabaseReadOnly(messages.DB_NEEDS_UPGRADE_READ_ONLY, path=path)
            return conn, None
        conn.execute("PRAGMA journal_mode = WAL")
        conn.execute("PRAGMA synchronous = FULL")  # a laptop may lose power mid-meeting
        if backup_on_open and _user_version(conn) > 0:
            backup_dir = backup.backup_dir_for(path)
            if backup.needs_backup(conn, backup_dir):
                made_backup = backup.make_backup(conn, backup_dir, keep_backups)
        _migrate(conn, path)
        count, seen = backup.count_notes(conn), backup.notes_seen(path)
        if count and (seen is None or seen[0] != count):
            backup.record_notes_seen(path, count)
    except sqlite3.Error as exc:
        conn.close()
        raise translate_error(exc, path) from exc
    except BaseException:
        conn.close()
        raise
    return conn, made_backup


def translate_error(exc: sqlite3.Error, path: Path) -> NotesError:
    """The typed error, with its message for the delegate, for a SQLite error."""
    name = getattr(exc, "sqlite_errorname", "") or ""
    text = str(exc)
    if name.startswith(("SQLITE_BUSY", "SQLITE_LOCKED")) or "locked" in text:
        return NotesDatabaseBusy(path=path)
    if name.startswith("SQLITE_READONLY") or "readonly" in text:
        return NotesDatabaseReadOnly(path=path)
    if name.startswith("SQLITE_NOTADB") or "not a database" in text:
        return NotesDatabaseNotSqlite(path=path, latest_backup=latest_backup(path))
    if name.startswith("SQLITE_CORRUPT") or "malformed" in text:
        return NotesDatabaseCorrupt(path=path, detail=text, latest_backup=latest_backup(path))
    if name.startswith("SQLITE_CANTOPEN"):
        return NotesDatabaseReadOnly(path=path)
    return NotesDatabaseWriteFailed(path=path, detail=text)


def latest_backup(path: Path) -> Path | None:
    backups = backup.list_backups(backup.backup_dir_for(path))
    return backups[0] if backups else None


def _connect_read_only(path: Path, busy_timeout: float) -> sqlite3.Connection:
    if not path.exists():
        raise sqlite3.OperationalError("unable to open database file")
    uri = path.resolve().as_uri()
    conn = sqlite3.connect(f"{uri}?mode=ro", uri=True, isolation_level=None,
                           timeout=busy_timeout, check_same_thread=False)
    try:
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
        return conn
    except sqlite3.OperationalError:
        # A WAL database on a read-only disk has no -shm to share: nobody can write it
        # there, so reading it as immutable is safe.
        conn.close()
        return sqlite3.connect(f"{uri}?immutable=1", uri=True, isolation_level=None,
                               check_same_thread=False)


def _check_writable(path: Path) -> None:
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
    except OSError:
        raise NotesDatabaseReadOnly(path=path) from None
    if not os.access(path.parent, os.W_OK) or (path.exists() and not os.access(path, os.W_OK)):
        raise NotesDatabaseReadOnly(path=path)


def _check_header(path: Path) -> None:
    try:
        with path.open("rb") as handle:
            header = handle.read(len(SQLITE_HEADER))
    except FileNotFoundError:
        return
    except OSError as exc:
        raise NotesDatabaseReadOnly(path=path) from exc
    if header and header != SQLITE_HEADER:  # an empty file is an empty database
        raise NotesDatabaseNotSqlite(path=path, latest_backup=latest_backup(path))


def _check_not_emptied(path: Path) -> None:
    """A notes file with no notes schema is a new one, unless backups or the profile's record
    show it held notes: then it was emptied, and is refused as damaged."""
    evidence = backup.evidence_of_notes(path)
    if evidence is not None:
        count, when, newest = evidence
        template = messages.DB_EMPTIED if newest is not None else messages.DB_EMPTIED_NO_BACKUP
        raise NotesDatabaseEmptied(template, path=path, count=count, when=when, latest_backup=newest)


def _check_integrity(conn: sqlite3.Connection, path: Path) -> None:
    rows = [row[0] for row in conn.execute("PRAGMA quick_check")]
    if rows != ["ok"]:
        raise NotesDatabaseCorrupt(path=path, detail="; ".join(rows[:3]),
                                   latest_backup=latest_backup(path))


def _applied(conn: sqlite3.Connection, tables: set[str] | None = None) -> list[str]:
    """The migrations sqlite-utils recorded as applied, read without importing it."""
    if tables is None:
        tables = {row[0] for row in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
    if "_sqlite_migrations" not in tables:
        return []
    return [row[0] for row in conn.execute(
        "SELECT name FROM _sqlite_migrations WHERE migration_set = ? ORDER BY rowid", [MIGRATION_SET])]


def _check_version(conn: sqlite3.Connection, path: Path) -> None:
    tables = {row[0] for row in conn.execute(
        "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'")}
    applied = _applied(conn, tables)
    version = _user_version(conn)
    if any(name not in STEPS for name in applied) or version > SCHEMA_VERSION:
        raise NotesDatabaseTooNew(path=path, found=str(max(version, len(applied))),
                                  supported=SCHEMA_VERSION)
    if not applied and tables - {"_sqlite_migrations"}:
        raise NotesDatabaseUnrecognised(path=path, latest_backup=latest_backup(path))


def _user_version(conn: sqlite3.Connection) -> int:
    return int(conn.execute("PRAGMA user_version").fetchone()[0])


def _pending(conn: sqlite3.Connection) -> list[str]:
    applied = set(_applied(conn))
    return [name for name in STEPS if name not in applied]


def _migrate(conn: sqlite3.Connection, path: Path) -> None:
    if not _pending(conn):
        return
    # Under the write lock, so two windows opening an old database upgrade it once.
    conn.execute("BEGIN IMMEDIATE")
    try:
        _check_version(conn, path)
        from sqlite_utils import Database  # only when an upgrade is due: it is slow to import

        from rcpdesk.notes.schema import MIGRATIONS

        MIGRATIONS.apply(Database(conn, execute_plugins=False))
        conn.execute("COMMIT")
    except BaseException:
        if conn.in_transaction:
            conn.execute("ROLLBACK")
        raise
