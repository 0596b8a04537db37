"""Rolling backups of the notes database (SQLite backup API) and recovery of a damaged file.

Rotation keeps the newest `keep` backups and also, whatever their age, the backup holding the
most notes among those of the last 30 days and the newest backup holding more notes than the
database being backed up: a file emptied by a full disk or a sync tool cannot push the last
copy of the notes out of the folder, however many new backups follow.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
import re
import sqlite3
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path

from rcpdesk.notes import messages
from rcpdesk.notes.errors import NotesError

BACKUP_DIR_NAME = "backups"
BACKUP_PREFIX = "notes-"
BACKUP_SUFFIX = ".db"
SIDE_FILES = ("-wal", "-shm", "-journal")  # SQLite's companions of a database file
KEEP_LARGEST_DAYS = 30
# notes-20261206T201500123456Z-4242-n17.db: the time, the writing process, the notes it holds
_NAME = re.compile(r"^notes-(?P<stamp>\d{8}T\d{6})\d*Z?-\d+(?:-n(?P<count>\d+))?\.db$")


@dataclass(frozen=True)
class BackupInfo:
    """One backup as `notes recover --list` and the window show it."""

    path: Path
    taken: datetime | None  # UTC, from the name
    notes: int | None  # notes and trashed notes it holds; None when it cannot be read
    good: bool

    @property
    def label(self) -> str:
        return backup_time_label(self.path)


@dataclass(frozen=True)
class Recovery:
    """What recover() did: where the damaged file went and which backup replaced it."""

    moved_to: Path | None
    restored_from: Path | None

    @property
    def template(self) -> str:
        if self.restored_from is None:
            return messages.RECOVERY_NO_BACKUP
        return messages.RECOVERY_RESTORED if self.moved_to else messages.RECOVERY_RESTORED_NOTHING_MOVED

    @property
    def fields(self) -> dict[str, object]:
        when = backup_time_label(self.restored_from) if self.restored_from else ""
        return {"moved": self.moved_to, "when": when}

    @property
    def message(self) -> str:
        return self.template.format(**self.fields)

    def translated(self, tr_notes: Callable[[str], str]) -> str:
        """The message through a translator (the window passes tr for the notes context)."""
        return str(tr_notes(self.template)).format(**self.fields)


def backup_dir_for(db_path: Path) -> Path:
    return db_path.parent / BACKUP_DIR_NAME


def list_backups(backup_dir: Path) -> list[Path]:
    """Backups, newest first (names sort by time)."""
    if not backup_dir.is_dir():
        return []
    return sorted((p for p in backup_dir.iterdir()
                   if p.name.startswith(BACKUP_PREFIX) and p.name.endswith(BACKUP_SUFFIX)),
                  reverse=True)


def backup_taken(backup: Path) -> datetime | None:
    """When the backup was taken (UTC), read from its name."""
    match = _NAME.match(backup.name)
    if match is None:
        return None
    try:
        return datetime.strptime(match["stamp"], "%Y%m%dT%H%M%S").replace(tzinfo=UTC)
    except ValueError:
        return None


def backup_time_label(backup: Path) -> str:
    """2026-11-26 10:15 UTC, read from the backup's name."""
    moment = backup_taken(backup)
    return backup.name if moment is None else moment.strftime("%Y-%m-%d %H:%M UTC")


def count_notes(conn: sqlite3.Connection) -> int:
    """Notes, trashed ones included, in an open notes database (0 before its schema exists)."""
    try:
        return int(conn.execute("SELECT count(*) FROM notes").fetchone()[0])
    except sqlite3.OperationalError:  # no notes table: a new or emptied file
        return 0


def backup_note_count(backup: Path) -> int | None:
    """The notes a backup holds: from its name when it says, else by reading it."""
    match = _NAME.match(backup.name)
    if match is not None and match["count"] is not None:
        return int(match["count"])
    try:
        conn = sqlite3.connect(f"{backup.resolve().as_uri()}?mode=ro", uri=True)
        try:
            return count_notes(conn)
        finally:
            conn.close()
    except sqlite3.Error:
        return None


def describe_backups(backup_dir: Path) -> list[BackupInfo]:
    """Every backup, newest first, with its time, its note count and whether it reads whole."""
    infos = []
    for path in list_backups(backup_dir):
        good = is_good_database(path)
        infos.append(BackupInfo(path=path, taken=backup_taken(path),
                                notes=backup_note_count(path) if good else None, good=good))
    return infos


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
    """Copy the open database with the backup API (consistent under concurrent writers); the
    name says how many notes the copy holds, so rotation and listing need not open it."""
    backup_dir.mkdir(parents=True, exist_ok=True)
    stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%S%fZ")
    base = f"{BACKUP_PREFIX}{stamp}-{os.getpid()}"
    temp = backup_dir / f"{base}.part"  # a killed backup never looks like a real one
    try:
        target = sqlite3.connect(temp)
        try:
            source.backup(target)
            target.execute("PRAGMA journal_mode = DELETE")  # one self-contained file
            count = count_notes(target)
        finally:
            target.close()
        final = backup_dir / f"{base}-n{count}{BACKUP_SUFFIX}"
        os.replace(temp, final)
    finally:
        temp.unlink(missing_ok=True)
    rotate_backups(backup_dir, keep, current_notes=count)
    return final


def rotate_backups(backup_dir: Path, keep: int, *, current_notes: int,
                   now: datetime | None = None) -> list[Path]:
    """Delete the backups the rule (module docstring) lets go; returns those deleted."""
    backups = list_backups(backup_dir)
    kept = set(backups[:max(keep, 1)])
    counts = {path: backup_note_count(path) or 0 for path in backups[max(keep, 1):]}
    if counts:
        counts.update({path: backup_note_count(path) or 0 for path in kept})
        recent_since = (now or datetime.now(UTC)) - timedelta(days=KEEP_LARGEST_DAYS)
        recent = [path for path in backups if (backup_taken(path) or recent_since) >= recent_since]
        if recent:  # newest first, so max() keeps the newest of equals
            kept.add(max(recent, key=lambda path: counts[path]))
        larger = [path for path in backups if counts[path] > current_notes]
        if larger:
            kept.add(larger[0])
    deleted = []
    for old in backups:
        if old not in kept:
            with contextlib.suppress(OSError):
                old.unlink()
                deleted.append(old)
    return deleted


def record_path(db_path: Path) -> Path:
    """The profile's record that its notes file once held notes (survives the file's loss)."""
    return db_path.with_name(db_path.name + ".record")


def record_notes_seen(db_path: Path, count: int) -> None:
    """Remember that the notes file held `count` notes (only when it held some)."""
    if count <= 0:
        return
    record = record_path(db_path)
    text = json.dumps({"notes": count, "seen": datetime.now(UTC).strftime("%Y-%m-%d %H:%M UTC")})
    with contextlib.suppress(OSError):  # a record that cannot be written costs no note
        temp = record.with_name(record.name + ".part")
        temp.write_text(text, encoding="utf-8")
        os.replace(temp, record)


def notes_seen(db_path: Path) -> tuple[int, str] | None:
    """(notes, when) from the record, or None when the file never held notes (or no record)."""
    try:
        data = json.loads(record_path(db_path).read_text(encoding="utf-8"))
        count, when = int(data["notes"]), str(data["seen"])
    except (OSError, ValueError, KeyError, TypeError):
        return None
    return (count, when) if count > 0 else None


def forget_notes_seen(db_path: Path) -> None:
    with contextlib.suppress(OSError):
        record_path(db_path).unlink(missing_ok=True)


def evidence_of_notes(db_path: Path) -> tuple[int, str, Path | None] | None:
    """(notes, when, backup) showing an empty or missing notes file once held notes: the newest
    good backup that holds some, else the profile's record; None when there is no such sign."""
    for path in list_backups(backup_dir_for(db_path)):
        count = backup_note_count(path)
        if count and is_good_database(path):
            return count, backup_time_label(path), path
    seen = notes_seen(db_path)
    return (seen[0], seen[1], None) if seen else None


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


def find_backup(backup_dir: Path, name: str) -> Path:
    """A backup named by its path, its file name or its number in `notes recover --list` (1 is
    the newest); it must read whole."""
    backups = list_backups(backup_dir)
    chosen: Path | None = None
    if name.isdigit() and 1 <= int(name) <= len(backups):
        chosen = backups[int(name) - 1]
    else:
        candidate = Path(name).expanduser()
        for path in (candidate, backup_dir / candidate.name):
            if path.is_file():
                chosen = path
                break
    if chosen is None:
        raise NotesError(messages.RECOVERY_NO_SUCH_BACKUP, name=name, folder=backup_dir)
    if not is_good_database(chosen):
        raise NotesError(messages.RECOVERY_BAD_BACKUP, name=chosen)
    return chosen


def recover(db_path: Path, backup_dir: Path | None = None, *, source: Path | None = None) -> Recovery:
    """Move the notes database aside (never deleted) and put a backup in its place: `source`
    when given (checked by find_backup), else the newest backup that reads whole. The window's
    "Restore Latest Backup" and `rcpdesk notes recover` both come here."""
    backup_dir = backup_dir or backup_dir_for(db_path)
    backup = source if source is not None else latest_good_backup(backup_dir)
    if backup is None and not db_path.exists():
        raise NotesError(messages.RECOVERY_NOTHING_TO_DO, folder=backup_dir)
    moved = move_aside(db_path)
    if backup is not None:
        temp = db_path.with_name(db_path.name + ".restoring")
        reading = sqlite3.connect(f"{backup.resolve().as_uri()}?mode=ro", uri=True)
        try:
            target = sqlite3.connect(temp)
            try:
                reading.backup(target)
            finally:
                target.close()
        finally:
            reading.close()
        os.replace(temp, db_path)
    else:
        forget_notes_seen(db_path)  # the delegate starts afresh: an empty file is new again
    return Recovery(moved_to=moved, restored_from=backup)
