"""A damaged, foreign or read-only notes file: a clear error, nothing deleted, a way back."""

from __future__ import annotations

import os
import shutil
import sqlite3
import sys
from collections.abc import Callable
from pathlib import Path

import pytest

from rcpdesk.notes import (
    NotesDatabaseCorrupt,
    NotesDatabaseNotSqlite,
    NotesDatabaseReadOnly,
    NotesStore,
    Target,
)
from rcpdesk.notes.backup import is_good_database, list_backups


def _add(path: Path, *bodies: str) -> None:
    with NotesStore(path) as store:
        for body in bodies:
            store.add(Target.process("bali-process"), body)


def _bodies(store: NotesStore) -> set[str]:
    return {note.body for note in store.list_notes()}


def _damage(path: Path) -> None:
    """Scribble over every page but the first, the way a failing disk or a bad copy does."""
    data = bytearray(path.read_bytes())
    for offset in range(4096, len(data), 4096):
        data[offset:offset + 200] = b"\xa5" * 200
    path.write_bytes(bytes(data))


def test_corrupt_database_is_moved_aside_and_the_backup_restored(db_path: Path) -> None:
    _add(db_path, *[f"early note {i}" for i in range(40)])
    _add(db_path, "late note")  # this opening backed up the 40 early notes
    _damage(db_path)
    damaged = db_path.read_bytes()

    with pytest.raises(NotesDatabaseCorrupt) as raised:
        NotesStore(db_path)
    error = raised.value
    assert "damaged" in str(error) and str(db_path) in str(error)
    assert error.latest_backup is not None and error.latest_backup.exists()

    recovery = NotesStore.recover(db_path)
    assert recovery.moved_to is not None and recovery.moved_to.read_bytes() == damaged
    assert recovery.restored_from == error.latest_backup
    assert "restored from the automatic backup" in recovery.message
    assert str(recovery.moved_to) in recovery.message
    with NotesStore(db_path) as store:
        assert _bodies(store) == {f"early note {i}" for i in range(40)}
        assert store.integrity_check() == "ok"
        store.add(Target.process("bali-process"), "after recovery")  # writable again


def test_recovery_skips_a_damaged_backup(db_path: Path) -> None:
    _add(db_path, "one")
    _add(db_path, "two")
    _add(db_path, "three")
    backups = list_backups(db_path.parent / "backups")
    assert len(backups) == 2
    newest, older = backups
    newest.write_bytes(b"\0" * 1024)  # the newest backup is no good
    _damage(db_path)
    db_path.write_bytes(b"garbage" + db_path.read_bytes()[7:])
    recovery = NotesStore.recover(db_path)
    assert recovery.restored_from == older
    with NotesStore(db_path) as store:
        assert _bodies(store) == {"one"}


def test_a_file_that_is_not_sqlite(db_path: Path) -> None:
    db_path.parent.mkdir(parents=True)
    db_path.write_text("my shopping list\n" * 100, encoding="utf-8")
    with pytest.raises(NotesDatabaseNotSqlite, match="not a notes database") as raised:
        NotesStore(db_path)
    assert raised.value.latest_backup is None
    recovery = NotesStore.recover(db_path)
    assert recovery.restored_from is None and "empty notes database" in recovery.message
    assert recovery.moved_to is not None
    assert recovery.moved_to.read_text(encoding="utf-8") == "my shopping list\n" * 100
    with NotesStore(db_path) as store:
        assert store.count() == 0
        store.add(Target.process("bali-process"), "fresh start")


def test_moving_aside_keeps_the_wal_with_its_database(db_path: Path) -> None:
    store = NotesStore(db_path)
    store.add(Target.process("bali-process"), "only in the WAL so far")
    # Copy the live files as a crash would leave them, then move that copy aside.
    crashed = db_path.parent / "crashed" / "notes.db"
    crashed.parent.mkdir()
    for suffix in ("", "-wal"):
        shutil.copy(f"{db_path}{suffix}", f"{crashed}{suffix}")
    store.close()
    moved = NotesStore.recover(crashed).moved_to
    assert moved is not None and Path(f"{moved}-wal").exists()
    conn = sqlite3.connect(moved)  # the pair still opens together with the note in it
    assert conn.execute("SELECT body FROM notes").fetchone()[0] == "only in the WAL so far"
    conn.close()


def test_rolling_backups_keep_the_last_n(db_path: Path) -> None:
    for i in range(6):
        with NotesStore(db_path, keep_backups=3) as store:
            store.add(Target.process("bali-process"), f"note {i}")
    backups = list_backups(db_path.parent / "backups")
    assert len(backups) == 3
    assert all(is_good_database(b) for b in backups)
    conn = sqlite3.connect(backups[0])  # the newest was taken when notes 0-4 existed
    assert conn.execute("SELECT count(*) FROM notes").fetchone()[0] == 5
    conn.close()
    assert not list((db_path.parent / "backups").glob("*.part"))


def test_no_new_backup_when_nothing_changed(db_path: Path) -> None:
    _add(db_path, "a")
    for _ in range(3):
        NotesStore(db_path).close()
    assert len(list_backups(db_path.parent / "backups")) == 1


def test_read_only_file_is_reported_and_can_still_be_read(
        db_path: Path, read_only_file: Callable[[Path], None]) -> None:
    _add(db_path, "kept safe")
    read_only_file(db_path)
    with pytest.raises(NotesDatabaseReadOnly, match="read-only"):
        NotesStore(db_path)
    with NotesStore(db_path, read_only=True) as store:
        assert _bodies(store) == {"kept safe"}
        with pytest.raises(NotesDatabaseReadOnly):
            store.add(Target.process("bali-process"), "refused")
    assert is_good_database(db_path)


def test_read_only_folder(db_path: Path, run_on_read_only_folder) -> None:
    """A profile on a read-only disk: a real read-only mount (root) or an unwritable folder."""
    _add(db_path, "on the stick")
    script = (
        "import sys\n"
        "from pathlib import Path\n"
        "from rcpdesk.notes import NotesStore, NotesDatabaseReadOnly\n"
        "path = Path(sys.argv[1])\n"
        "try:\n"
        "    NotesStore(path)\n"
        "except NotesDatabaseReadOnly as exc:\n"
        "    print('refused:', exc)\n"
        "with NotesStore(path, read_only=True) as store:\n"
        "    print('read:', [n.body for n in store.list_notes()])\n")
    env = dict(os.environ, PYTHONPATH=str(Path(__file__).resolve().parents[2]))
    result = run_on_read_only_folder(db_path.parent, [sys.executable, "-c", script, str(db_path)],
                                     env=env)
    assert result.returncode == 0, result.stderr
    assert "refused: Your notes cannot be saved" in result.stdout
    assert "read: ['on the stick']" in result.stdout
    assert is_good_database(db_path)


def test_a_readonly_error_while_writing_is_translated(store: NotesStore) -> None:
    assert store._conn is not None
    store._conn.execute("PRAGMA query_only = ON")  # SQLite now answers SQLITE_READONLY
    with pytest.raises(NotesDatabaseReadOnly):
        store.add(Target.process("bali-process"), "x")
    store._conn.execute("PRAGMA query_only = OFF")
    assert store.count() == 0
