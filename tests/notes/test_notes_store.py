"""NotesStore: adding, changing, filtering, trash, colours and tags, as a delegate uses them."""

from __future__ import annotations

import re
import sqlite3
from datetime import UTC
from pathlib import Path

import pytest

from rcpdesk.notes import (
    InvalidNote,
    NoteChangedElsewhere,
    NoteFilter,
    NoteNotFound,
    NotesError,
    NotesStore,
    Target,
    TargetKind,
    UnknownColour,
)

ISO_UTC = re.compile(r"^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{6}Z$")


def test_add_and_read_back_every_field(store: NotesStore, db_path: Path, paragraph_20: str) -> None:
    start = paragraph_20.index("informal")
    note = store.add(Target.passage("report-2005/p20", paragraph_20, start, start + 8),
                     "Our *line*", body_format="markdown", tags=["  Trust  building ", "funding"],
                     colour="Our Position", author="Ann")
    store.close()
    with NotesStore(db_path) as reopened:
        again = reopened.get(note.id)
    assert again == note
    assert again.target.kind is TargetKind.PASSAGE
    assert again.target.exact == "informal"
    assert again.target.prefix == paragraph_20[start - 32:start]
    assert again.target.suffix == paragraph_20[start + 8:start + 40]
    assert (again.target.start, again.target.end) == (start, start + 8)
    assert again.tags == ("funding", "Trust building")
    assert again.colour == "our-position"
    assert again.author == "Ann" and again.body == "Our *line*"
    assert ISO_UTC.match(again.created) and again.created == again.modified
    assert not again.in_trash and not again.needs_review


def test_targets_of_every_kind(store: NotesStore) -> None:
    targets = [Target.process("bali-process"), Target.paragraph("report-2005/p20"),
               Target.dimension("funding"), Target.cell("bali-process", "funding")]
    for target in targets:
        store.add(target, f"on {target.id}")
    assert {n.target for n in store.list_notes()} == set(targets)
    assert store.list_notes(kind="cell")[0].target.id == "bali-process#funding"


@pytest.mark.parametrize("make", [
    lambda: Target("planet", "x"),
    lambda: Target.process(""),
    lambda: Target.process("bad\nid"),
    lambda: Target("cell", "bali-process"),
    lambda: Target("passage", "report-2005/p20"),
    lambda: Target("passage", "report-2005/p20", exact="x", start=5, end=2),
])
def test_bad_targets_are_refused(make) -> None:  # type: ignore[no-untyped-def]
    with pytest.raises(InvalidNote):
        make()


def test_update_makes_a_new_version(store: NotesStore) -> None:
    note = store.add(Target.process("bali-process"), "first", tags=["a"])
    changed = store.update(note.id, body="second", tags=["b", "c"], colour="concern")
    assert (changed.body, changed.tags, changed.colour) == ("second", ("b", "c"), "concern")
    assert changed.modified > note.modified and changed.created == note.created
    assert changed.history == (note.modified,)
    assert store.get(note.id) == changed
    assert store.update(note.id, body="second") == changed  # no change, no new version
    cleared = store.update(note.id, colour=None, tags=[])
    assert cleared.colour is None and cleared.tags == ()


def test_update_refuses_a_stale_edit_from_another_window(store: NotesStore, db_path: Path) -> None:
    note = store.add(Target.process("bali-process"), "mine")
    with NotesStore(db_path) as other_window:
        other_window.update(note.id, body="theirs")
    with pytest.raises(NoteChangedElsewhere):
        store.update(note.id, body="mine, edited", expected_modified=note.modified)
    seen = store.data_version()
    with NotesStore(db_path) as other_window:
        other_window.add(Target.process("bali-process"), "new elsewhere")
    assert store.data_version() != seen  # how a window knows to refresh
    assert store.get(note.id).body == "theirs"


def test_trash_restore_and_purge(store: NotesStore) -> None:
    keep = store.add(Target.process("bali-process"), "keep")
    note = store.add(Target.process("bali-process"), "throw away")
    trashed = store.delete(note.id)
    assert trashed.in_trash and ISO_UTC.match(trashed.deleted_at or "")
    assert [n.id for n in store.list_notes()] == [keep.id]
    assert [n.id for n in store.trash()] == [note.id]
    assert store.count() == 1 and store.count(in_trash=True) == 1
    restored = store.restore(note.id)
    assert not restored.in_trash and restored.body == "throw away"
    assert restored.modified > trashed.deleted_at  # type: ignore[operator]
    store.delete(note.id)
    store.purge(note.id)
    with pytest.raises(NoteNotFound):
        store.get(note.id)
    (tombstone,) = store.tombstones()
    assert tombstone.id == note.id and tombstone.version == restored.modified
    with pytest.raises(NotesError, match="not in the trash"):
        store.purge(keep.id)


def test_empty_trash_leaves_live_notes(populated: NotesStore) -> None:
    assert populated.empty_trash() == 1
    assert populated.trash() == () and populated.count() == 3
    assert len(populated.tombstones()) == 1


def test_filters(populated: NotesStore) -> None:
    def bodies(**criteria: object) -> set[str]:
        return {n.body for n in populated.list_notes(**criteria)}

    assert bodies(tag="FUNDING") == {"Funding is voluntary.", "Compare with Colombo"}
    assert bodies(colour="concern") == {"Funding is voluntary."}
    assert bodies(colour="our-position") == {"**Key** point"}
    assert bodies(kind="passage") == {"**Key** point"}
    assert bodies(text="colombo") == {"Compare with Colombo"}
    assert bodies(text="non-binding") == {"**Key** point"}  # the quote counts
    assert bodies(text="asia") == {"Funding is voluntary."}  # and tags
    assert bodies(text="100%") == set()  # LIKE wildcards are taken literally
    assert bodies(target_id="bali-process") == {"Funding is voluntary."}
    assert bodies(in_trash=True) == {"Light secretariats"}
    assert bodies(needs_review=True) == set()
    assert bodies(tag="funding", colour="concern") == {"Funding is voluntary."}
    assert populated.list_notes(NoteFilter(text="voluntary"))[0].author == "Ann"
    with pytest.raises(UnknownColour, match="our position, concern, follow-up"):
        populated.list_notes(colour="mauve")


def test_tags_are_counted_and_added_atomically(populated: NotesStore) -> None:
    assert populated.tags() == (("Asia", 1), ("funding", 2))
    note = populated.list_notes(kind="cell")[0]
    added = populated.add_tags(note.id, ["Asia", "funding", "new"])
    assert added.tags == ("Asia", "funding", "new")
    assert populated.remove_tags(note.id, ["ASIA"]).tags == ("funding", "new")
    with pytest.raises(InvalidNote):
        populated.add_tags(note.id, ["x" * 101])


def test_default_colours_can_be_renamed(store: NotesStore) -> None:
    assert [(c.key, c.name, c.hex) for c in store.colours()] == [
        ("our-position", "our position", "#2e7d32"),
        ("concern", "concern", "#c62828"),
        ("follow-up", "follow-up", "#f9a825")]
    note = store.add(Target.process("bali-process"), "x", colour="our position")
    renamed = store.rename_colour("our position", "we support")
    assert renamed.key == "our-position" and renamed.name == "we support"
    assert store.get(note.id).colour == "our-position"  # notes follow the rename
    assert store.list_notes(colour="we support")[0].id == note.id
    with pytest.raises(InvalidNote, match="already a colour"):
        store.rename_colour("concern", "We Support")
    assert store.update_colour("concern", hex="#AA0000").hex == "#aa0000"
    with pytest.raises(InvalidNote):
        store.update_colour("concern", hex="red")
    extra = store.add_colour("green tea", "#88aa55")
    assert extra.key == "green-tea" and store.colours()[-1] == extra


def test_resolve_id_prefix(store: NotesStore) -> None:
    note = store.add(Target.process("bali-process"), "x")
    assert store.resolve_id(note.id[:8]) == note.id
    assert store.resolve_id(f"urn:uuid:{note.id.upper()}") == note.id
    with pytest.raises(NoteNotFound):
        store.resolve_id("zzzz")


def test_times_never_go_backwards(db_path: Path) -> None:
    from datetime import datetime

    frozen = datetime(2026, 1, 1, tzinfo=UTC)
    with NotesStore(db_path, clock=lambda: frozen) as store:
        note = store.add(Target.process("bali-process"), "a")
        later = store.update(note.id, body="b")
        assert later.modified > note.modified  # a stuck clock still orders versions


def test_every_change_is_one_committed_transaction(store: NotesStore, db_path: Path) -> None:
    store.add(Target.process("bali-process"), "a", tags=["x"])
    conn = sqlite3.connect(db_path)  # another connection sees the committed note at once
    assert conn.execute("SELECT count(*) FROM notes").fetchone()[0] == 1
    assert conn.execute("SELECT count(*) FROM note_tags").fetchone()[0] == 1
    assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    conn.close()
    with pytest.raises(UnknownColour):  # fails inside the transaction: nothing half-written
        store.add(Target.process("bali-process"), "b", tags=["y"], colour="nope")
    assert store.count() == 1 and store.tags() == (("x", 1),)


def test_for_profile_uses_the_profile_folder(tmp_path: Path, isolated_profile: Path) -> None:
    with NotesStore.for_profile() as store:  # RCPDESK_HOME, set for every test
        assert store.path == isolated_profile / "notes.db"
    with NotesStore.for_profile(tmp_path / "portable") as store:  # --profile DIR wins
        store.add(Target.process("bali-process"), "x")
    assert (tmp_path / "portable" / "notes.db").is_file()


def test_the_notes_package_imports_no_qt(start_script) -> None:  # type: ignore[no-untyped-def]
    probe = start_script(
        "import sys, pkgutil, importlib, rcpdesk.notes as n\n"
        "for m in pkgutil.iter_modules(n.__path__):\n"
        "    importlib.import_module(f'rcpdesk.notes.{m.name}')\n"
        "print(sorted(k for k in sys.modules if k.startswith(('PySide6', 'shiboken6'))))\n")
    out, err = probe.communicate(timeout=60)
    assert probe.returncode == 0, err
    assert out.strip() == "[]"
