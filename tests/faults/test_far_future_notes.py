"""A note dated in the far future: refused at import, naming it; one already stored (by an older
rcpdesk) can still be edited and deleted, and stops carrying the wrong time."""

from __future__ import annotations

import json
import sqlite3
from datetime import UTC, datetime, timedelta
from pathlib import Path

from rcpdesk.notes import NotesStore, Target
from rcpdesk.notes.exchange import to_json_ld
from rcpdesk.notes.model import Note

NOTE_ID = "11111111-2222-4333-8444-555555555555"
FAR_FUTURE = "9999-12-31T23:59:59Z"
LAST_MOMENT = "9999-12-31T23:59:59.999999Z"  # the latest time a datetime holds


def _exchange_file(folder: Path, *, created: str, modified: str) -> Path:
    note = Note(id=NOTE_ID, target=Target.process("bali-process"), body="Dated by a broken clock",
                created=created, modified=modified)
    path = folder / "colleague.rcpnotes"
    path.write_text(json.dumps(to_json_ld([note], colours=())), encoding="utf-8")
    return path


def test_a_note_dated_in_the_far_future_is_refused_by_its_id(cli, tmp_path: Path) -> None:
    today = datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")
    refused = cli("notes", "import", str(_exchange_file(tmp_path, created=today, modified=FAR_FUTURE)))
    assert refused.returncode == 1, refused.stdout + refused.stderr
    message = refused.stderr.strip()
    assert len(message.splitlines()) == 1 and "Traceback" not in message
    assert NOTE_ID in message and "9999-12-31" in message and "Nothing was imported" in message
    assert cli("notes", "list").stdout.strip() == "No notes."


def test_two_days_ahead_is_refused_and_an_hour_ahead_is_a_clock_that_runs_fast(cli, tmp_path: Path) -> None:
    soon = (datetime.now(UTC) + timedelta(hours=1)).isoformat()
    later = (datetime.now(UTC) + timedelta(days=2)).isoformat()
    assert cli("notes", "import", str(_exchange_file(tmp_path, created=later, modified=later))
               ).returncode == 1
    accepted = cli("notes", "import", str(_exchange_file(tmp_path, created=soon, modified=soon)))
    assert accepted.returncode == 0 and "1 new" in accepted.stdout, accepted.stderr


def test_a_zone_that_pushes_the_time_past_year_9999_is_refused_not_a_traceback(cli, tmp_path: Path) -> None:
    path = _exchange_file(tmp_path, created="9999-12-31T23:59:59-01:00",
                          modified="9999-12-31T23:59:59-01:00")
    refused = cli("notes", "import", str(path))
    assert refused.returncode == 1
    assert "Unexpected error" not in refused.stderr and "out of range" in refused.stderr
    assert "Nothing was imported" in refused.stderr


def test_a_stored_far_future_note_can_be_edited_deleted_and_restored(cli, isolated_profile: Path) -> None:
    """An older rcpdesk imported the note before the check existed: the store holds its time."""
    path = isolated_profile / "notes.db"
    with NotesStore(path) as store:
        note = store.add(Target.process("bali-process"), "From a colleague whose clock was wrong")
        kept = store.add(Target.process("colombo-process"), "An ordinary note")
    conn = sqlite3.connect(path)
    with conn:
        conn.execute("UPDATE notes SET created = ?, modified = ? WHERE id = ?",
                     [LAST_MOMENT, LAST_MOMENT, note.id])
    conn.close()

    listed = cli("notes", "list")
    assert listed.returncode == 0 and "From a colleague" in listed.stdout
    deleted = cli("notes", "delete", note.id[:8])
    assert deleted.returncode == 0, deleted.stderr
    assert deleted.stdout.strip() == f"Moved note {note.id} to the trash."
    assert "From a colleague" in cli("notes", "trash").stdout
    restored = cli("notes", "restore", note.id[:8])
    assert restored.returncode == 0, restored.stderr

    with NotesStore(path) as store:
        edited = store.update(note.id, body="Edited after all")
        assert edited.body == "Edited after all"
        assert edited.modified < (datetime.now(UTC) + timedelta(days=1)).strftime("%Y-%m-%dT%H")
        assert store.delete(note.id).in_trash
        assert store.get(kept.id).body == "An ordinary note"

    exported = cli("notes", "export", "--out", str(isolated_profile / "all.rcpnotes"))
    assert exported.returncode == 0, exported.stderr
    assert cli("notes", "list").stdout.splitlines()[1].strip() == "An ordinary note"
