"""Rolling backups of the notes database (SQLite backup API) and recovery of a damaged file."""

from __future__ import annotations

import contextlib
import hashlib
import os
import sqlite3
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from rcpdesk.notes import messages

BACKUP_DIR_NAME = "backups"
BACKUP_PREFIX = "notes-"
BACKUP_SUFFIX = ".db"
SIDE_FILES = ("-wal", "-shm", "-journal")  # SQLite's companions of a database file


@dataclass(frozen=True)
class Recovery:
    """What recover() did: where the damaged file went and which backup replaced it."""

    moved_to: Path | None
    restored_from: Path | None

    @property
    def message(self) -> str:
        if self.restored_from is not None:
            return messages.RECOVERY_RESTORED.format(moved=self.moved_to,
                                                     when=backup_time_label(self.restored_from))
        return messages.RECOVERY_NO_BACKUP.format(moved=self.moved_to)


def backup_dir_for(db_path: Path) -> Path:
    return db_path.parent / BACKUP_DIR_NAME


def list_backups(backup_dir: Path) -> list[Path]:
    """Backups, newest first (names sort by time)."""
    if not backup_dir.is_dir():
        return []
    return sorted((p for p in backup_dir.iterdir()
                   if p.name.startswith(BACKUP_PREFIX) and p.name.endswith(BACKUP_SUFFIX)),
                  reverse=True)


def backup_time_label(backup: Path) -> str:
    """2026-11-26 10:15 UTC, read from the backup's name."""
    stamp = backup.name[len(BACKUP_PREFIX):-len(BACKUP_SUFFIX)]
    try:
        moment = datetime.strptime(stamp[:15], "%Y%m%dT%H%M%S")
    except ValueError:
        return backup.name
    return moment.strftime("%Y-%m-%d %H:%M UTC")


def content_fingerprint(conn: sqlite3.Connection) -> str:
    """A hash of every row of every table (file times change on a mere open, so they won't do)."""
    digest = hashlib.sha256()
    digest.update(str(conn.execute("PRAGMA user_version").fetchone()[0]).encode())
    tables = [row[0] for row in conn.execute(
        "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'"
        " ORDER BY name")]
    for table in tables:
        digest.update(table.encode())
        # Row by row in Python, not one C call over them all: this runs on a worker while the
        # window takes input, and Python hands the interpreter over only between bytecodes.
        texts = [repr(row) for row in conn.execute(f'SELECT * FROM "{table}"')]
        texts.sort()
        for text in texts:
            digest.update(text.encode())
    return digest.hexdigest()


def needs_backup(conn: sqlite3.Connection, backup_dir: Path) -> bool:
    """False when the newest backup holds exactly what the database holds now."""
    backups = list_backups(backup_dir)
    if not backups:
        return True
    try:
        newest = sqlite3.connect(f"{backups[0].resolve().as_uri()}?mode=ro", uri=True)
        try:
            return content_fingerprint(newest) != content_fingerprint(conn)
        finally:
            newest.close()
    except sqlite3.Error:
        return True  # an unreadable backup is no backup


def make_backup(source: sqlite3.Connection, backup_dir: Path, keep: int) -> Path:
    """Copy the open database with the backup API (consistent under concurrent writers)."""
    backup_dir.mkdir(parents=True, exist_ok=True)
    stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%S%fZ")
    final = backup_dir / f"{BACKUP_PREFIX}{stamp}-{os.getpid()}{BACKUP_SUFFIX}"
    temp = final.with_name(final.name + ".part")  # a killed backup never looks like a real one
    try:
        target = sqlite3.connect(temp)
        try:
            source.backup(target)
            target.execute("PRAGMA journal_mode = DELETE")  # one self-contained file
        finally:
            target.close()
        os.replace(temp, final)
    finally:
        temp.unlink(missing_ok=True)
    for old in list_backups(backup_dir)[max(keep, 1):]:
        with contextlib.suppress(OSError):
            old.unlink()
    return final


def is_good_database(path: Path) -> bool:
    """Opens read-only and passes integrity_check."""
    try:
        conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
        try:
            return bool(conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok")
        finally:
            conn.close()
    except sqlite3.Error:
        return False


def latest_good_backup(backup_dir: Path) -> Path | None:
    for backup in list_backups(backup_dir):
        if is_good_database(backup):
            return backup
    return None


def move_aside(db_path: Path) -> Path | None:
    """Rename the database and its -wal/-shm together (SQLite pairs them by name); never delete."""
    if not db_path.exists():
        return None
    stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%S%fZ")
    aside = db_path.with_name(f"{db_path.name}.damaged-{stamp}")
    for suffix in SIDE_FILES:
        companion = Path(str(db_path) + suffix)
        if companion.exists():
            os.replace(companion, Path(str(aside) + suffix))
    os.replace(db_path, aside)
    return aside


def recover(db_path: Path, backup_dir: Path | None = None) -> Recovery:
    """Move a damaged notes database aside and put the latest good backup in its place."""
    backup_dir = backup_dir or backup_dir_for(db_path)
    moved = move_aside(db_path)
    backup = latest_good_backup(backup_dir)
    if backup is not None:
        temp = db_path.with_name(db_path.name + ".restoring")
        source = sqlite3.connect(f"{backup.resolve().as_uri()}?mode=ro", uri=True)
        try:
            target = sqlite3.connect(temp)
            try:
                source.backup(target)
            finally:
                target.close()
        finally:
            source.close()
        os.replace(temp, db_path)
    return Recovery(moved_to=moved, restored_from=backup)
