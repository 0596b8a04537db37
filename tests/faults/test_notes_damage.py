"""An emptied notes file is damage, not a new start; backups outlive it; `notes recover` brings
the notes back from the command line and the window, the emptied file kept aside."""

from __future__ import annotations

import os
import shutil
import sqlite3
import subprocess
import sys
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from PySide6.QtWidgets import QMessageBox

from rcpdesk.notes import NotesDatabaseEmptied, NotesStore, Target
from rcpdesk.notes.backup import backup_note_count, list_backups, rotate_backups

ROOT = Path(__file__).resolve().parents[2]


def rcpdesk(profile: Path, *args: str) -> subprocess.CompletedProcess[str]:
    """The command line as a delegate types it, in its own process."""
    env = dict(os.environ, PYTHONPATH=str(ROOT), QT_QPA_PLATFORM="offscreen")
    return subprocess.run([sys.executable, "-m", "rcpdesk", "--profile", str(profile), *args],
                          capture_output=True, text=True, env=env, timeout=120, check=False)


def _notes_in_two_sessions(profile: Path, first: int, second: int = 1) -> Path:
    """`first` notes in one session, `second` more in the next (whose opening backs up the first)."""
    path = profile / "notes.db"
    for count, word in ((first, "early"), (second, "late")):
        with NotesStore(path) as store:
            for i in range(count):
                store.add(Target.process("bali-process"), f"{word} note {i}")
    return path


def _truncate(path: Path) -> None:
    """What a full disk or a sync tool leaves: the file there, 0 bytes, its WAL gone."""
    path.write_bytes(b"")
    for side in ("-wal", "-shm"):
        Path(f"{path}{side}").unlink(missing_ok=True)


def _header_only(path: Path) -> None:
    """A valid SQLite file with nothing in it (a bad copy of the first page only)."""
    _truncate(path)
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE t (x)")
    conn.execute("DROP TABLE t")
    conn.close()


@pytest.mark.parametrize("empty", [_truncate, _header_only], ids=["0-byte", "header-only"])
def test_an_emptied_file_with_backups_is_damaged_not_new(tmp_path: Path, empty) -> None:
    path = _notes_in_two_sessions(tmp_path, 40)
    empty(path)
    before = path.read_bytes()

    listing = rcpdesk(tmp_path, "notes", "list")
    assert listing.returncode == 1 and "No notes." not in listing.stdout
    assert "empty or missing, yet it held notes before (40 in the backup of" in listing.stderr
    assert "rcpdesk notes recover" in listing.stderr
    assert listing.stderr.count("\n") == 1  # one line
    added = rcpdesk(tmp_path, "notes", "add", "colombo-process", "typed on an empty file")
    assert added.returncode == 1
    assert path.read_bytes() == before  # nothing was written over the evidence
    assert backup_note_count(list_backups(tmp_path / "backups")[0]) == 40


def test_without_backups_the_profile_record_still_tells(tmp_path: Path) -> None:
    """One session's notes, never backed up (no second opening), then the backups folder gone."""
    path = tmp_path / "notes.db"
    with NotesStore(path) as store:
        store.add(Target.process("bali-process"), "only copy")
    shutil.rmtree(tmp_path / "backups", ignore_errors=True)
    _truncate(path)
    with pytest.raises(NotesDatabaseEmptied) as raised:
        NotesStore(path)
    assert raised.value.latest_backup is None
    assert "yet it held notes on" in str(raised.value) and "(1 then), and no backup holds them" in str(raised.value)


def test_a_new_profile_is_still_new(tmp_path: Path) -> None:
    with NotesStore(tmp_path / "notes.db") as store:
        assert store.count() == 0
    (tmp_path / "notes.db").unlink()
    with NotesStore(tmp_path / "notes.db") as store:  # never held notes: no record, no refusal
        store.add(Target.process("bali-process"), "first")


def test_a_missing_file_with_backups_is_refused_too(tmp_path: Path) -> None:
    path = _notes_in_two_sessions(tmp_path, 3)
    for side in ("", "-wal", "-shm"):
        Path(f"{path}{side}").unlink(missing_ok=True)
    with pytest.raises(NotesDatabaseEmptied):
        NotesStore(path)
    assert not path.exists()  # refusing created nothing


def _aside(profile: Path) -> list[Path]:
    """The notes files kept aside (their -wal/-shm companions not counted)."""
    return [p for p in profile.iterdir()
            if ".damaged-" in p.name and not p.name.endswith(("-wal", "-shm"))]


def _fake_backup(folder: Path, when: datetime, notes: int) -> Path:
    """A real notes database holding `notes` notes, named as make_backup names its copies."""
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / f"notes-{when:%Y%m%dT%H%M%S}000000Z-1-n{notes}.db"
    with NotesStore(path, backup_on_open=False) as store:
        for i in range(notes):
            store.add(Target.process("bali-process"), f"n{i}")
    return path


def test_rotation_keeps_the_backup_that_holds_more_notes_than_now(tmp_path: Path) -> None:
    """20,000 notes once (here 30), then many backups of a small database: the large one stays."""
    folder = tmp_path / "backups"
    now = datetime(2026, 12, 6, 12, 0, tzinfo=UTC)
    large = _fake_backup(folder, now - timedelta(days=90), 30)  # older than the 30 days, too
    small = [_fake_backup(folder, now - timedelta(days=9 - day), 2) for day in range(9)]
    deleted = rotate_backups(folder, 3, current_notes=2, now=now)
    kept = list_backups(folder)
    assert large in kept and large not in deleted
    assert small[-3:] == sorted(p for p in kept if p != large)[-3:]
    assert len(kept) == 4


def test_rotation_keeps_the_largest_of_the_last_30_days(tmp_path: Path) -> None:
    """A delegate purged most notes on purpose: the largest recent backup stays a month."""
    folder = tmp_path / "backups"
    now = datetime(2026, 12, 6, 12, 0, tzinfo=UTC)
    old_large = _fake_backup(folder, now - timedelta(days=45), 12)
    recent_large = _fake_backup(folder, now - timedelta(days=10), 9)
    newer = [_fake_backup(folder, now - timedelta(days=5 - day), 4) for day in range(5)]
    rotate_backups(folder, 2, current_notes=12, now=now)  # nothing holds more than now
    kept = list_backups(folder)
    assert recent_large in kept and old_large not in kept
    assert set(newer[-2:]) <= set(kept) and len(kept) == 3


def test_rotation_after_an_emptied_file_never_drops_the_last_copy(tmp_path: Path) -> None:
    """The loss the adversarial pass found, replayed: the emptied file is refused, so the
    delegate cannot pile up new backups of an empty database; after recovery rotation runs on
    the restored notes and every early note survives many sessions."""
    path = _notes_in_two_sessions(tmp_path, 25)
    _truncate(path)
    for _ in range(3):
        with pytest.raises(NotesDatabaseEmptied):
            NotesStore(path, keep_backups=2)
    assert max(backup_note_count(b) or 0 for b in list_backups(tmp_path / "backups")) == 25
    NotesStore.recover(path)
    for i in range(5):
        with NotesStore(path, keep_backups=2) as store:
            store.add(Target.process("colombo-process"), f"after {i}")
    with NotesStore(path) as store:
        bodies = {note.body for note in store.list_notes()}
    assert {f"early note {i}" for i in range(25)} <= bodies


def test_notes_recover_lists_restores_and_keeps_the_damaged_file(tmp_path: Path) -> None:
    path = _notes_in_two_sessions(tmp_path, 12, 2)
    with NotesStore(path):
        pass  # a third opening backs up all 14
    _truncate(path)
    listing = rcpdesk(tmp_path, "notes", "recover", "--list")
    assert listing.returncode == 0, listing.stderr
    lines = listing.stdout.splitlines()
    assert lines[0] == f"Backups in {tmp_path / 'backups'}, newest first:"
    assert "   1. " in lines[1] and "14 notes" in lines[1] and " UTC " in lines[1]
    assert "   2. " in lines[2] and "12 notes" in lines[2]
    assert "Your notes file now: damaged or empty" in lines[-1]

    restored = rcpdesk(tmp_path, "notes", "recover")
    assert restored.returncode == 0, restored.stderr
    assert "restored from the automatic backup of" in restored.stdout
    assert "now holds 14 notes" in restored.stdout
    aside = _aside(tmp_path)
    assert len(aside) == 1 and aside[0].read_bytes() == b""  # the emptied file, kept
    listed = rcpdesk(tmp_path, "notes", "list")
    assert listed.returncode == 0 and "late note 1" in listed.stdout and "early note 11" in listed.stdout

    again = rcpdesk(tmp_path, "notes", "recover")  # nothing is wrong now: changes nothing
    assert again.returncode == 1 and "is readable (14 notes), so nothing was changed" in again.stderr

    chosen = rcpdesk(tmp_path, "notes", "recover", "--from", "2")  # the older, 12-note backup
    assert chosen.returncode == 0, chosen.stderr
    assert "now holds 12 notes" in chosen.stdout
    assert len(_aside(tmp_path)) == 2


def test_notes_recover_refuses_a_bad_choice_and_changes_nothing(tmp_path: Path) -> None:
    path = _notes_in_two_sessions(tmp_path, 3)
    _truncate(path)
    backups = list_backups(tmp_path / "backups")
    backups[0].write_bytes(b"\0" * 2048)  # the only backup is damaged too
    missing = rcpdesk(tmp_path, "notes", "recover", "--from", "7")
    assert missing.returncode == 1 and "There is no backup 7" in missing.stderr
    bad = rcpdesk(tmp_path, "notes", "recover", "--from", "1")
    assert bad.returncode == 1 and "is damaged too" in bad.stderr
    assert path.exists() and path.read_bytes() == b""
    assert not _aside(tmp_path)


def test_the_window_says_so_and_restores_the_backup(qtbot, tmp_path: Path, real_db: Path) -> None:
    from rcpdesk.services import create_services
    from rcpdesk.ui.main_window import MainWindow

    path = _notes_in_two_sessions(tmp_path, 6)
    _truncate(path)
    services = create_services(tmp_path, database=real_db)
    window = MainWindow(services)
    qtbot.addWidget(window)
    window.show()
    controller = window.notes
    qtbot.waitUntil(lambda: controller.recovery.unavailable_box is not None)
    box = controller.recovery.unavailable_box
    assert "empty or missing, yet it held notes before (6 in the backup" in box.text()
    assert "never deleted" in box.informativeText()
    with qtbot.waitSignal(controller.availability_changed):
        controller.recovery.recover_button.click()
    assert services.notes is not None and services.notes.count() == 6
    qtbot.waitUntil(lambda: window.notes_panel.model.rowCount() == 6)
    restored = window.findChild(QMessageBox, "notes_restored")
    assert restored is not None and "moved to" in restored.text()
    restored.close()
    services.close()
