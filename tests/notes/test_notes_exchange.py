"""Sharing notes: .rcpnotes out and in (preview, merge by id, tombstones), Markdown and CSV."""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Callable
from pathlib import Path

import pytest

from rcpdesk.notes import (
    ImportAction,
    ImportMalformed,
    ImportRefused,
    ImportTooLarge,
    ImportUnknownTargets,
    ImportWrongSchema,
    NotesStore,
    Target,
)
from rcpdesk.notes.exchange import export_notes, import_file, preview_file, read_rcpnotes

EDITION = "2026-11-26"


def _state(store: NotesStore) -> tuple[object, ...]:
    """Everything a store holds, to show that a refused import changed nothing."""
    return store.all_notes(), store.tombstones(), store.colours()


def _export(store: NotesStore, path: Path, **options: object) -> Path:
    export_notes(store, path, edition=EDITION, **options)  # type: ignore[arg-type]
    return path


def test_round_trip_into_an_empty_profile(populated: NotesStore, tmp_path: Path,
                                          make_store: Callable[..., NotesStore]) -> None:
    populated.rename_colour("our position", "we support")
    custom = populated.add_colour("green tea", "#88aa55")
    edited = populated.add(Target.paragraph("report-2005/p3"), "draft", colour=custom.key,
                           author="Bo")
    populated.update(edited.id, body="Line one\nLine two — with ¶ and “quotes”")
    file = _export(populated, tmp_path / "mine.rcpnotes")

    colleague = make_store("colleague")
    preview = import_file(colleague, file, dry_run=True)
    assert (preview.new, preview.updated, preview.conflicts, preview.deleted) == (4, 0, 0, 0)
    assert colleague.count() == 0  # a dry run changes nothing
    result = import_file(colleague, file)
    assert result.applied and result.new == 4

    mine = {n.id: n for n in populated.list_notes()}
    theirs = {n.id: n for n in colleague.list_notes()}
    assert theirs == mine  # every field, history included
    names = {c.key: (c.name, c.hex) for c in colleague.colours()}
    assert names["green-tea"] == ("green tea", "#88aa55")
    # The note in my trash travelled as a deletion, not as text.
    (trashed,) = populated.trash()
    assert [t.id for t in colleague.tombstones()] == [trashed.id]
    assert "Light secretariats" not in file.read_text(encoding="utf-8")


def test_the_file_is_w3c_web_annotation_json_ld(populated: NotesStore, tmp_path: Path) -> None:
    data = json.loads(_export(populated, tmp_path / "x.rcpnotes").read_text(encoding="utf-8"))
    assert "http://www.w3.org/ns/anno.jsonld" in data["@context"]
    assert data["type"] == "AnnotationCollection" and data["rcpdesk:edition"] == EDITION
    items = {item["target"]["rcpdesk:kind"]: item for item in data["first"]["items"]}
    assert set(items) == {"process", "passage", "cell"}
    process = items["process"]
    assert process["type"] == "Annotation" and process["id"].startswith("urn:uuid:")
    assert process["creator"] == {"type": "Person", "name": "Ann"}
    assert process["created"].endswith("Z") and process["modified"].endswith("Z")
    purposes = {(b["purpose"], b["value"]) for b in process["body"]}
    assert purposes == {("commenting", "Funding is voluntary."), ("tagging", "Asia"),
                        ("tagging", "funding"), ("highlighting", "concern")}
    passage = items["passage"]
    assert passage["target"]["source"] == "urn:rcpdesk:paragraph:report-2005/p20"
    quote, position = passage["target"]["selector"]
    assert quote["type"] == "TextQuoteSelector" and quote["exact"] == "informal and non-binding"
    assert quote["prefix"].endswith("processes are ") and quote["suffix"].startswith(" dialogues")
    assert position["type"] == "TextPositionSelector" and position["end"] - position["start"] == 24
    assert {b.get("format") for b in passage["body"]} >= {"text/markdown"}
    assert items["cell"]["target"]["source"] == "urn:rcpdesk:cell:bali-process%23funding"
    assert len(data["rcpdesk:tombstones"]) == 1


def test_newer_version_wins_and_reimport_is_unchanged(
        store: NotesStore, tmp_path: Path, make_store: Callable[..., NotesStore]) -> None:
    note = store.add(Target.process("bali-process"), "v1", tags=["a"])
    bob = make_store("bob")
    import_file(bob, _export(store, tmp_path / "1.rcpnotes"))
    store.update(note.id, body="v2", tags=["a", "b"], colour="concern")
    file = _export(store, tmp_path / "2.rcpnotes")
    result = import_file(bob, file)
    assert (result.new, result.updated, result.conflicts, result.unchanged) == (0, 1, 0, 0)
    got = bob.get(note.id)
    assert (got.body, got.tags, got.colour) == ("v2", ("a", "b"), "concern")
    assert import_file(bob, file).summary() == "0 new, 0 updated, 0 conflicts, 1 unchanged, 0 deleted"
    # An older file does not undo the newer version.
    assert import_file(bob, tmp_path / "1.rcpnotes").unchanged == 1
    assert bob.get(note.id).body == "v2"


def test_changed_on_both_sides_keeps_both(store: NotesStore, tmp_path: Path,
                                          make_store: Callable[..., NotesStore]) -> None:
    note = store.add(Target.process("bali-process"), "shared text")
    bob = make_store("bob")
    import_file(bob, _export(store, tmp_path / "base.rcpnotes"))
    bob.update(note.id, body="Bob's text")
    store.update(note.id, body="Ann's text")  # later than Bob's edit
    file = _export(store, tmp_path / "ann.rcpnotes")

    preview = import_file(bob, file, dry_run=True)
    assert preview.summary() == "0 new, 0 updated, 1 conflict, 0 unchanged, 0 deleted"
    assert preview.items[0].action is ImportAction.CONFLICT
    import_file(bob, file)
    assert bob.get(note.id).body == "Bob's text"  # nothing silently overwritten
    (copy,) = bob.needs_review()
    assert copy.body == "Ann's text" and copy.conflict_of == note.id and copy.id != note.id
    assert import_file(bob, file).conflicts == 0  # the same file again: no second copy
    assert len(bob.list_notes()) == 2

    resolved = bob.resolve_conflict(copy.id, keep="copy")
    assert resolved.body == "Ann's text" and bob.needs_review() == ()
    assert bob.get(copy.id).in_trash
    # Bob's resolution has seen Ann's version, so it flows back to Ann as a plain update.
    back = import_file(store, _export(bob, tmp_path / "bob.rcpnotes"))
    assert (back.updated, back.conflicts) == (1, 0)
    assert store.get(note.id).body == "Ann's text" and store.get(note.id).modified == resolved.modified


def test_same_time_different_text_is_a_conflict(store: NotesStore, tmp_path: Path,
                                                make_store: Callable[..., NotesStore]) -> None:
    note = store.add(Target.process("bali-process"), "mine")
    file = _export(store, tmp_path / "x.rcpnotes")
    data = json.loads(file.read_text(encoding="utf-8"))
    data["first"]["items"][0]["body"][0]["value"] = "tampered, same time"
    file.write_text(json.dumps(data), encoding="utf-8")
    result = import_file(store, file)
    assert result.conflicts == 1
    assert store.get(note.id).body == "mine"
    assert {n.body for n in store.list_notes()} == {"mine", "tampered, same time"}


def test_deletions_travel_as_tombstones(store: NotesStore, tmp_path: Path,
                                        make_store: Callable[..., NotesStore]) -> None:
    gone = store.add(Target.process("bali-process"), "to delete")
    kept = store.add(Target.process("bali-process"), "Bob will edit this")
    bob = make_store("bob")
    import_file(bob, _export(store, tmp_path / "base.rcpnotes"))
    bob.update(kept.id, body="Bob edited it after Ann deleted it")
    store.delete(gone.id)
    store.delete(kept.id)
    store.purge(kept.id)
    result = import_file(bob, _export(store, tmp_path / "deleted.rcpnotes"))
    assert (result.deleted, result.conflicts) == (1, 1)
    assert bob.get(gone.id).in_trash  # to the trash: Bob can still restore it
    assert bob.get(kept.id).body == "Bob edited it after Ann deleted it"  # his later edit stays
    # Restored notes travel back as a new version that beats the old deletion.
    store.restore(gone.id)
    again = import_file(bob, _export(store, tmp_path / "restored.rcpnotes"))
    assert again.updated == 1 and not bob.get(gone.id).in_trash


def test_a_purged_note_does_not_come_back_from_an_old_file(
        store: NotesStore, tmp_path: Path) -> None:
    note = store.add(Target.process("bali-process"), "old")
    old_file = _export(store, tmp_path / "old.rcpnotes")
    store.delete(note.id)
    store.purge(note.id)
    result = import_file(store, old_file)
    assert result.unchanged == 1 and store.count() == 0


def test_export_a_selection(populated: NotesStore, tmp_path: Path,
                            make_store: Callable[..., NotesStore]) -> None:
    chosen = populated.list_notes(tag="funding")
    file = tmp_path / "sel.rcpnotes"
    assert export_notes(populated, file, notes=chosen) == 2
    other = make_store("other")
    import_file(other, file)
    assert {n.id for n in other.list_notes()} == {n.id for n in chosen}
    assert other.tombstones() == ()


# --- files that must be refused or cleaned ------------------------------------------------


def test_malformed_json_is_refused(populated: NotesStore, tmp_path: Path) -> None:
    file = tmp_path / "bad.rcpnotes"
    file.write_text('{"@context": "http://www.w3.org/ns/anno.jsonld", "first": [1, 2,', "utf-8")
    before = _state(populated)
    with pytest.raises(ImportMalformed, match=r"not valid JSON \(line 1, column \d+"):
        import_file(populated, file)
    for text in ("[" * 100_000, '{"a": NaN}'):
        file.write_text(text, encoding="utf-8")
        with pytest.raises(ImportMalformed):
            import_file(populated, file)
    file.write_bytes(b"\xff\xfe\x00garbage")
    with pytest.raises(ImportRefused, match="not UTF-8"):
        import_file(populated, file)
    assert _state(populated) == before


@pytest.mark.parametrize("mutate, where", [
    (lambda d: [d], "top level"),
    (lambda d: {**d, "type": "Collection"}, "type"),
    (lambda d: {**d, "@context": "http://example.org/other"}, "@context"),
    (lambda d: {**d, "rcpdesk:formatVersion": 99}, "rcpdesk:formatVersion"),
    (lambda d: _item(d, target={"source": "x"}), "target"),
    (lambda d: _item(d, id="note-1"), "id"),
    (lambda d: _item(d, modified="yesterday morning"), "note 1: Invalid isoformat"),
    (lambda d: _item(d, body=[{"type": "TextualBody", "value": 5}]), "value"),
])
def test_wrong_schema_is_refused(store: NotesStore, tmp_path: Path, mutate, where) -> None:  # type: ignore[no-untyped-def]
    store.add(Target.process("bali-process"), "mine")
    good = json.loads(_export(store, tmp_path / "good.rcpnotes").read_text(encoding="utf-8"))
    file = tmp_path / "wrong.rcpnotes"
    file.write_text(json.dumps(mutate(good)), encoding="utf-8")
    before = _state(store)
    with pytest.raises(ImportWrongSchema) as raised:
        import_file(store, file)
    assert "not an rcpdesk notes file" in str(raised.value) and where in str(raised.value)
    assert _state(store) == before


def _item(document: dict, **fields: object) -> dict:  # type: ignore[type-arg]
    item = {**document["first"]["items"][0], **fields}
    return {**document, "first": {**document["first"], "items": [item]}}


def test_huge_file_is_refused_unread(store: NotesStore, tmp_path: Path) -> None:
    file = tmp_path / "huge.rcpnotes"
    with file.open("wb") as handle:
        handle.truncate(21 * 1024 * 1024)  # sparse: 21 MiB without writing them
    with pytest.raises(ImportTooLarge, match="too large"):
        import_file(store, file)
    small = tmp_path / "small.rcpnotes"
    small.write_text(" " * 2000, encoding="utf-8")
    with pytest.raises(ImportTooLarge):
        read_rcpnotes(small, max_bytes=1000)
    assert store.count() == 0


def test_unknown_targets_are_refused_or_kept_for_review(
        store: NotesStore, tmp_path: Path, make_store: Callable[..., NotesStore]) -> None:
    store.add(Target.process("bali-process"), "known")
    store.add(Target.process("atlantis-process"), "unknown")
    store.add(Target.cell("bali-process", "funding"), "cell")
    file = _export(store, tmp_path / "x.rcpnotes")
    catalog = {"bali-process": "process", "funding": "dimension"}
    other = make_store("other")
    before = _state(other)
    with pytest.raises(ImportUnknownTargets, match=r"1 of the notes in x.rcpnotes .*\(process:atlantis-process\)"):
        import_file(other, file, catalog.get)
    assert _state(other) == before
    result = import_file(other, file, catalog.get, keep_unknown=True)
    assert result.new == 3 and result.unknown_targets == ("process:atlantis-process",)
    (orphan,) = other.needs_review()
    assert orphan.body == "unknown" and orphan.orphaned


def test_html_in_notes_arrives_as_text(store: NotesStore, tmp_path: Path,
                                       make_store: Callable[..., NotesStore]) -> None:
    """A colleague's words arrive as written, markup included: every output escapes them (a
    filter that removed tags once cut "a < b and c > d" to "a  d"). Control characters go."""
    note = store.add(Target.process("bali-process"), "placeholder", tags=["t"], author="Ann")
    file = _export(store, tmp_path / "x.rcpnotes")
    data = json.loads(file.read_text(encoding="utf-8"))
    body = data["first"]["items"][0]["body"]
    written = ('Fine <script>fetch("http://evil")</script>text <b onclick="x()">bold</b>'
               '<img src="http://tracker/p.png"><!-- hidden --> a < b and c > d <https://ok.org>')
    body[0]["value"] = written + "\x07"
    body[1]["value"] = "<i>tag</i>"
    data["first"]["items"][0]["creator"]["name"] = "<scr<script>x</script>ipt>Eve"
    file.write_text(json.dumps(data), encoding="utf-8")
    other = make_store("other")
    document, preview = preview_file(other, file)
    assert preview.sanitised == 1 and document.sanitised == 1  # the bell character
    import_file(other, file)
    got = other.get(note.id)
    assert got.body == written
    assert got.tags == ("<i>tag</i>",) and got.author == "<scr<script>x</script>ipt>Eve"
    from rcpdesk.notes.render import render_body

    shown = render_body(got.body, got.body_format)
    assert "<script" not in shown and "<img" not in shown and "&lt;script&gt;" in shown


def test_import_all_or_nothing_on_a_failure_midway(
        store: NotesStore, tmp_path: Path, make_store: Callable[..., NotesStore]) -> None:
    for i in range(250):
        store.add(Target.process("bali-process"), f"note {i}")
    file = _export(store, tmp_path / "x.rcpnotes")
    other = make_store("other")
    other.add(Target.process("bali-process"), "already here")
    before = _state(other)

    def fail_halfway(done: int, total: int) -> None:
        if done >= 200:
            raise OSError(28, "No space left on device")

    with pytest.raises(OSError):
        import_file(other, file, progress=fail_halfway)
    assert _state(other) == before


# --- Markdown and CSV ----------------------------------------------------------------------


def test_markdown_export(populated: NotesStore, tmp_path: Path) -> None:
    populated.add(Target.process("bali-process"), "# not a heading\n1. not a list <b>x</b>")
    out = tmp_path / "notes.md"
    assert export_notes(populated, out, export_format="md", edition=EDITION) == 4
    text = out.read_text(encoding="utf-8")
    assert text.startswith("# rcpdesk notes\n\nData edition: 2026-11-26\n")
    assert "## Process bali-process" in text and "## Comparison cell bali-process\\#funding" in text
    assert "> informal and non-binding" in text and "**Key** point" in text
    assert "*colour: concern; tags: Asia, funding; by Ann;" in text
    assert "\\# not a heading" in text and "1\\. not a list \\<b\\>x\\</b\\>" in text
    assert "Light secretariats" not in text  # the trash is not exported


def test_csv_export(populated: NotesStore, tmp_path: Path) -> None:
    populated.add(Target.process("bali-process"), "=HYPERLINK(\"http://evil\")", tags=["@x"])
    out = tmp_path / "notes.csv"
    assert export_notes(populated, out, export_format="csv") == 4
    rows = list(csv.DictReader(io.StringIO(out.read_text(encoding="utf-8-sig"))))
    assert len(rows) == 4
    by_body = {row["body"]: row for row in rows}
    funding = by_body["Funding is voluntary."]
    assert (funding["target_kind"], funding["target_id"], funding["tags"], funding["colour"],
            funding["author"]) == ("process", "bali-process", "Asia; funding", "concern", "Ann")
    passage = by_body["**Key** point"]
    assert passage["quote"] == "informal and non-binding" and passage["format"] == "markdown"
    assert int(passage["end"]) - int(passage["start"]) == 24
    injected = by_body["'=HYPERLINK(\"http://evil\")"]  # a spreadsheet shows it, never runs it
    assert injected["tags"] == "'@x"


def test_unknown_export_format(store: NotesStore, tmp_path: Path) -> None:
    from rcpdesk.notes.errors import ExportFailed

    with pytest.raises(ExportFailed, match="Unknown export format: pdf"):
        export_notes(store, tmp_path / "x.pdf", export_format="pdf")
    assert not (tmp_path / "x.pdf").exists()


def test_export_never_leaves_half_a_file(populated: NotesStore, tmp_path: Path,
                                         monkeypatch: pytest.MonkeyPatch) -> None:
    out = tmp_path / "x.rcpnotes"
    out.write_text("previous export", encoding="utf-8")
    from rcpdesk.notes import exchange

    def broken(*args: object, **kwargs: object) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(exchange.json, "dump", broken)
    with pytest.raises(OSError):
        export_notes(populated, out)
    assert out.read_text(encoding="utf-8") == "previous export"
    assert not list(tmp_path.glob(".x.rcpnotes.*"))  # no temp file left behind
