"""Schema upgrades: databases left by each earlier schema open with every note intact."""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from pathlib import Path

import pytest

from rcpdesk.notes import (
    NotesDatabaseTooNew,
    NotesDatabaseUnrecognised,
    NotesStore,
    Target,
    TargetKind,
)
from rcpdesk.notes.schema import SCHEMA_VERSION, STEPS

ID = "0f8c6d3e-1a2b-4c5d-8e9f-00000000000{}".format
ID2 = "1f8c6d3e-1a2b-4c5d-8e9f-00000000000{}".format


def _applied(path: Path) -> list[str]:
    conn = sqlite3.connect(path)
    try:
        return [r[0] for r in conn.execute("SELECT name FROM _sqlite_migrations ORDER BY id")]
    finally:
        conn.close()


def test_upgrade_from_v1(tmp_path: Path, old_database: Callable[[int, Path], Path]) -> None:
    path = old_database(1, tmp_path / "notes.db")
    with NotesStore(path) as store:
        assert store.count() == 3 and store.count(in_trash=True) == 1
        funding = store.get(ID(1))
        assert funding.body == "Funding is voluntary; our delegation should ask who pays."
        assert funding.tags == ("follow up", "funding")  # split, trimmed, duplicates dropped
        assert funding.colour == "concern" and funding.author == "Ann Delegate"
        assert (funding.created, funding.modified) == ("2026-01-05T09:00:00.000000Z",
                                                       "2026-01-06T10:30:00.000000Z")
        passage = store.get(ID(2))
        assert passage.in_trash and passage.deleted_at == passage.modified
        assert passage.colour == "our-position"  # "Our Position" matched by name
        assert passage.target.kind is TargetKind.PASSAGE
        assert (passage.target.exact, passage.target.start, passage.target.end) == (
            "informal and non-binding", 9, 33)
        cell = store.get(ID(3))
        purple = store.colour(cell.colour or "")
        assert (purple.name, purple.hex) == ("purple", "#757575")  # an unknown colour is kept
        assert store.get(ID(4)).colour is None and store.get(ID(4)).body == ""
        assert not any(n.needs_review for n in store.all_notes())
        assert store.integrity_check() == "ok"
    assert _applied(path) == list(STEPS)


def test_upgrade_from_v2(tmp_path: Path, old_database: Callable[[int, Path], Path]) -> None:
    path = old_database(2, tmp_path / "notes.db")
    with NotesStore(path) as store:
        names = {c.key: c.name for c in store.colours()}
        assert names["our-position"] == "we support" and names["green-tea"] == "green tea"
        dimension = store.get(ID2(1))
        assert dimension.tags == ("Budget", "secretariat") and dimension.colour == "our-position"
        assert dimension.history == () and dimension.conflict_of is None
        passage = store.get(ID2(2))
        assert passage.in_trash and passage.tags == ("IOM",) and passage.colour == "green-tea"
        assert store.tombstones() == ()
        # The upgraded database takes the new features.
        store.purge(passage.id)
        assert store.tombstones()[0].id == passage.id
    assert _applied(path) == list(STEPS)


def test_upgrade_keeps_a_backup_of_the_old_database(
        tmp_path: Path, old_database: Callable[[int, Path], Path]) -> None:
    path = old_database(1, tmp_path / "notes.db")
    with NotesStore(path) as store:
        assert store.last_backup is not None
        backup = store.last_backup
    conn = sqlite3.connect(backup)
    assert conn.execute("PRAGMA user_version").fetchone()[0] == 1  # taken before the upgrade
    assert conn.execute("SELECT count(*) FROM notes").fetchone()[0] == 4
    conn.close()


def test_a_new_database_gets_the_current_schema(db_path: Path) -> None:
    with NotesStore(db_path):
        pass
    conn = sqlite3.connect(db_path)
    assert conn.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
    conn.close()
    assert _applied(db_path) == list(STEPS)


def test_a_database_from_a_newer_rcpdesk_is_left_untouched(db_path: Path) -> None:
    with NotesStore(db_path) as store:
        store.add(Target.process("bali-process"), "x")
    conn = sqlite3.connect(db_path)
    conn.execute("INSERT INTO _sqlite_migrations (migration_set, name, applied_at)"
                 " VALUES ('rcpdesk-notes', 'm004_from_the_future', 'x')")
    conn.execute("PRAGMA user_version = 4")
    conn.commit()
    conn.close()
    before = db_path.read_bytes()
    with pytest.raises(NotesDatabaseTooNew) as raised:
        NotesStore(db_path)
    assert "newer version of rcpdesk" in str(raised.value)
    assert "notes format 4" in str(raised.value) and "up to 3" in str(raised.value)
    assert db_path.read_bytes() == before


def test_a_foreign_sqlite_database_is_not_taken_for_notes(db_path: Path) -> None:
    db_path.parent.mkdir(parents=True)
    conn = sqlite3.connect(db_path)
    conn.execute("CREATE TABLE contacts (name TEXT)")
    conn.commit()
    conn.close()
    with pytest.raises(NotesDatabaseUnrecognised, match="not an rcpdesk notes database"):
        NotesStore(db_path)
