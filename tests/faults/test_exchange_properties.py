"""Property-based tests of the .rcpnotes exchange format (issue 15): any JSON document is imported
completely or refused with nothing changed, and export then import round-trips every note."""

from __future__ import annotations

import contextlib
import copy
import itertools
import json
import shutil
import sqlite3
import uuid
from collections.abc import Iterator
from dataclasses import replace
from datetime import datetime, timedelta, timezone
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, Phase, event, example, given, settings
from hypothesis import strategies as st

from rcpdesk.notes import (
    BodyFormat,
    Colour,
    ImportAction,
    ImportPreview,
    ImportRefused,
    Note,
    NotesError,
    NotesStore,
    Target,
    Tombstone,
)
from rcpdesk.notes.backup import content_fingerprint
from rcpdesk.notes.exchange import export_notes, import_file, parse_rcpnotes, to_json_ld
from rcpdesk.notes.exchange_schema import ANNO_CONTEXT
from rcpdesk.notes.model import MAX_COLOUR_NAME_CHARS, MAX_TAG_CHARS, strip_control
from rcpdesk.notes.sanitise import sanitise_text


def examples(count: int) -> settings:
    # Each example opens its own store: a function-scoped fixture would be shared by every example.
    # No explain phase: it re-runs a failing case hundreds of times for a hint.
    return settings(max_examples=count, deadline=None, database=None,
                    phases=[Phase.explicit, Phase.reuse, Phase.generate, Phase.shrink],
                    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])


PARAGRAPH = ("Regional consultative processes are informal and non-binding dialogues "
             "among states on migration; the workshop found them useful for building trust.")
_counter = itertools.count()


# --- the template: a profile holding notes of every kind, and its export --------------------


def _stamp(second: int) -> str:
    return f"2026-03-01T09:00:{second:02d}.000000Z"


def _note(n: int, target: Target, body: str = "", **fields: Any) -> Note:
    fields.setdefault("created", _stamp(n))
    return Note(id=str(uuid.UUID(int=n)), target=target, body=body,
                modified=fields.pop("modified", fields["created"]), **fields)


_START = PARAGRAPH.index("informal and non-binding")
TEMPLATE_NOTES = (
    _note(1, Target.process("bali-process"), "Funding is voluntary.", tags=("Asia", "funding"),
          colour="concern", author="Ann"),
    _note(2, Target.passage("report-2005/p20", PARAGRAPH, _START, _START + 24), "**Key** point",
          body_format=BodyFormat.MARKDOWN, colour="our-position"),
    _note(3, Target.cell("bali-process", "funding"), "Compare with Colombo and Puebla",
          tags=("funding",), modified=_stamp(30), history=(_stamp(3),)),
    _note(4, Target.paragraph("report-2005/p3"), colour="green-tea"),
    _note(5, Target.process("bali-process"), "Funding is compulsory.", conflict_of=str(uuid.UUID(int=1))),
    _note(6, Target.dimension("secretariat"), "Light secretariats", deleted_at=_stamp(40)),
)
TEMPLATE_COLOURS = (Colour("our-position", "our position", "#2e7d32"),
                    Colour("concern", "concern", "#c62828"),
                    Colour("green-tea", "green tea", "#88aa55"))
# What the catalog knows (the import's lookup): the template's targets; a cell is known by its parts.
CATALOG = {"bali-process": "process", "colombo-process": "process", "funding": "dimension",
           "secretariat": "dimension", "report-2005/p20": "paragraph", "report-2005/p3": "paragraph"}
TEMPLATE_DOCUMENT = to_json_ld(TEMPLATE_NOTES, colours=TEMPLATE_COLOURS, edition="2026-11-26",
                               tombstones=[Tombstone(str(uuid.UUID(int=7)), _stamp(50), _stamp(7))])


@pytest.fixture(scope="module")
def work_root(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return tmp_path_factory.mktemp("exchange-properties")


@pytest.fixture(scope="module")
def template(work_root: Path) -> Path:
    """The template document imported, then changed here: a note to the trash, one edited since,
    one only this profile has. Each mutation test starts from a copy of this folder."""
    folder = work_root / "template"
    file = work_root / "template.rcpnotes"
    file.write_text(json.dumps(TEMPLATE_DOCUMENT), encoding="utf-8")
    with NotesStore(folder / "notes.db", backup_on_open=False) as store:
        import_file(store, file)
        store.delete(str(uuid.UUID(int=2)))
        store.update(str(uuid.UUID(int=4)), body="Look at this again")
        store.add(Target.process("colombo-process"), "Only here", tags=["mine"])
    return folder


@contextlib.contextmanager
def opened_store(work_root: Path, template: Path | None = None) -> Iterator[NotesStore]:
    """A store in a folder of its own (a copy of the template, or new), removed afterwards."""
    folder = work_root / f"example-{next(_counter)}"
    if template is not None:
        shutil.copytree(template, folder)
    try:
        with NotesStore(folder / "notes.db", backup_on_open=False) as store:
            yield store
    finally:
        shutil.rmtree(folder, ignore_errors=True)


def snapshot(store: NotesStore) -> tuple[object, ...]:
    """Every note with every field, the trash, the tombstones, the colours, and a hash of every row."""
    conn = sqlite3.connect(f"{store.path.resolve().as_uri()}?mode=ro", uri=True)
    try:
        fingerprint = content_fingerprint(conn)
    finally:
        conn.close()
    return store.all_notes(), store.trash(), store.tombstones(), store.colours(), fingerprint


# --- documents: arbitrary JSON, odd values, mutations of a valid export ---------------------

json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False, allow_infinity=False)
    | st.text(max_size=20),
    lambda children: (st.lists(children, max_size=4)
                      | st.dictionaries(st.text(max_size=12), children, max_size=4)),
    max_leaves=12)

ODD_VALUES = [
    None, True, False, 0, -1, 1.5, 5.0, -0.0, 10**30, -(10**30), 2**63, 2**63 - 1, 2**64,
    "", " ", "\t\n", "<script>alert(1)</script>", '<img src="http://tracker/p.png">',
    "\ud800", "x\udfffy", "\u0000", "\u202e\u200b", "\U0001f600", "x" * 5000,
    "urn:uuid:" + "-" * 36, "urn:uuid:" + "0" * 36, "http://www.w3.org/ns/anno.jsonld",
    [], {}, [[[[]]]], {"a": {"b": {"c": []}}}, [None, 1, "two"],
]
ODD_TIMES = [
    "9999-12-31T23:59:59Z", "9999-12-31T23:59:59.999999+00:00", "9999-12-31T23:59:59-01:00",
    "0001-01-01T00:00:00Z", "0001-01-01T00:00:00+01:00", "0999-06-01T12:00:00Z",
    "1970-01-01T00:00:00Z", "2026-02-30T10:00:00Z", "2026-13-01T00:00:00Z", "2026-01-01",
    "2026-01-01T00:00:00+25:00", "2026-01-01T00:00:00+23:59", "2026-W01-1T00:00:00",
    "yesterday morning", "2026-01-01T00:00:00.123456789Z", "20260101T000000Z",
    "2026-01-01 00:00:00", "2026-01-01T24:00:00Z", "2026-06-01T12:00:00.5Z",
]
_offsets = st.timedeltas(min_value=timedelta(hours=-23, minutes=-59),
                         max_value=timedelta(hours=23, minutes=59)).map(
    lambda d: timezone(timedelta(minutes=round(d.total_seconds() / 60))))
times = st.sampled_from(ODD_TIMES) | st.datetimes(
    min_value=datetime(1, 1, 2), max_value=datetime(9999, 12, 30),
    timezones=st.none() | _offsets).map(datetime.isoformat)
odd_strings = st.sampled_from([v for v in ODD_VALUES if isinstance(v, str)]) | st.text() | times
odd_values = st.sampled_from(ODD_VALUES) | json_values | times | st.integers() | st.text()
TIME_KEYS = {"created", "modified", "rcpdesk:deleted", "rcpdesk:version", "generated"}


def paths_in(value: Any, prefix: tuple[Any, ...] = ()) -> Iterator[tuple[Any, ...]]:
    """Every place in a JSON value (the root is the empty path)."""
    yield prefix
    children: Any = (value.items() if isinstance(value, dict)
                     else enumerate(value) if isinstance(value, list) else ())
    for key, child in children:
        yield from paths_in(child, (*prefix, key))


def _at(document: Any, path: tuple[Any, ...]) -> Any:
    for key in path:
        document = document[key]
    return document


def _parent(document: Any, path: tuple[Any, ...]) -> Any:
    return _at(document, path[:-1])


def _items(document: dict[str, Any]) -> list[Any]:
    first = document.get("first")
    items = first.get("items") if isinstance(first, dict) else None
    return items if isinstance(items, list) else []


def mutate(draw: st.DrawFn, document: dict[str, Any]) -> Any:
    """One hostile or careless change to a valid export, drawn by Hypothesis."""
    # Changes a colleague's rcpdesk could make weigh double: more files get as far as the store.
    kind = draw(st.sampled_from([
        "drop", "replace", "nest", "append garbage", "wrap", "duplicate item", "duplicate id",
        "unknown target", "passage offsets", "text", "time",
        *["tombstone an item", "new id", "newer", "same time", "text", "time",
          "unknown target"] * 2]),
        label="mutation")
    paths = [p for p in paths_in(document) if p]
    items = _items(document)
    if kind in ("drop", "replace", "nest") and paths:
        path = draw(st.sampled_from(paths), label="path")
        parent = _parent(document, path)
        if kind == "drop":
            del parent[path[-1]]
        elif kind == "replace":
            parent[path[-1]] = draw(odd_values, label="value")
        else:
            parent[path[-1]] = {"x": [parent[path[-1]], draw(json_values, label="value")]}
    elif kind == "time":
        stamps = [p for p in paths if p[-1] in TIME_KEYS or "rcpdesk:history" in p[:-1]]
        if stamps:
            path = draw(st.sampled_from(stamps), label="path")
            _parent(document, path)[path[-1]] = draw(times, label="time")
    elif kind == "text":  # odd words where words belong
        strings = [p for p in paths if isinstance(_at(document, p), str)]
        if strings:
            path = draw(st.sampled_from(strings), label="path")
            _parent(document, path)[path[-1]] = draw(odd_strings, label="text")
    elif kind == "append garbage":
        containers = [p for p in paths_in(document) if isinstance(_at(document, p), (list, dict))]
        container = _at(document, draw(st.sampled_from(containers), label="path"))
        if isinstance(container, list):
            container.append(draw(odd_values, label="value"))
        elif isinstance(container, dict):
            container[draw(st.text(max_size=15), label="key")] = draw(odd_values)
    elif kind == "wrap":
        return draw(st.sampled_from([[document], {"first": document}, json.dumps(document)]))
    elif [item for item in items if isinstance(item, dict)]:
        item = draw(st.sampled_from([item for item in items if isinstance(item, dict)]),
                    label="item")
        if kind == "duplicate item":
            items.append(copy.deepcopy(item))
        elif kind == "duplicate id":
            other = draw(st.sampled_from([i for i in items if isinstance(i, dict)]))
            same = item.get("id")
            other["id"] = same.upper() if isinstance(same, str) and draw(st.booleans()) else same
        elif kind == "tombstone an item":  # deleted by the colleague: the note goes, a deletion comes
            items.remove(item)
            tombstone = {"id": item.get("id"), "rcpdesk:deleted": draw(
                st.sampled_from(["2026-03-02T10:00:00Z", item.get("modified")]) | times)}
            if draw(st.booleans(), label="with version"):
                tombstone["rcpdesk:version"] = draw(st.just(item.get("modified")) | times)
            tombstones = document.setdefault("rcpdesk:tombstones", [])
            if isinstance(tombstones, list):
                tombstones.append(tombstone)
        elif kind == "new id":
            item["id"] = draw(urn_uuids, label="id")
        elif kind == "newer":  # a later version from a colleague: an update (or a conflict)
            seen = draw(st.sampled_from([item.get("modified"), item.get("created")]), label="seen")
            item["modified"] = draw(times, label="modified")
            history = item.setdefault("rcpdesk:history", [])
            if isinstance(history, list):
                history.append(seen)
            item["body"] = [{"type": "TextualBody", "purpose": "commenting",
                             "value": draw(st.text(max_size=50), label="body")}]
        elif kind == "same time":  # different words, same version: a conflict
            item["body"] = [{"type": "TextualBody", "value": draw(st.text(max_size=50))}]
        elif kind == "unknown target":
            item["target"] = {"source": "urn:rcpdesk:process:atlantis",
                              "rcpdesk:kind": draw(st.sampled_from(
                                  ["process", "paragraph", "dimension", "cell", "place"])),
                              "rcpdesk:targetId": draw(st.sampled_from(
                                  ["atlantis", "bali-process#atlantis", "atlantis#funding",
                                   "funding", "report-2005/p99"]) | st.text(min_size=1, max_size=30),
                                  label="target")}
        elif kind == "passage offsets":
            item["target"] = {
                "source": "urn:rcpdesk:paragraph:p", "rcpdesk:kind": "passage",
                "rcpdesk:targetId": "report-2005/p20",
                "selector": [{"type": "TextQuoteSelector", "exact": draw(st.text(max_size=20))},
                             {"type": "TextPositionSelector",
                              "start": draw(st.sampled_from([0, 3, 10**30, 2**63, 5.0, -1])),
                              "end": draw(st.sampled_from([0, 7, 10**30, 2**64, 9.0, 2**63 - 1]))}]}
    return document


urn_uuids = st.uuids().map(lambda u: f"urn:uuid:{u}")
annotation_like = st.fixed_dictionaries(
    {"id": urn_uuids | odd_values,
     "type": st.just("Annotation"),
     "target": st.fixed_dictionaries({
         "source": st.just("urn:rcpdesk:process:x"),
         "rcpdesk:kind": st.sampled_from(["process", "paragraph", "passage", "dimension", "cell"]),
         "rcpdesk:targetId": st.text(min_size=1, max_size=20)}) | odd_values,
     "created": times, "modified": times},
    optional={"body": st.lists(st.fixed_dictionaries(
                  {"type": st.just("TextualBody"), "value": st.text(max_size=40)},
                  optional={"purpose": st.sampled_from(
                      ["commenting", "describing", "tagging", "highlighting"]),
                      "format": st.sampled_from(["text/plain", "text/markdown", "text/html"]),
                      "rcpdesk:colour": st.text(max_size=20),
                      "rcpdesk:hex": st.sampled_from(["#88AA55", "#000000"])}), max_size=4),
              "creator": st.fixed_dictionaries({}, optional={"name": st.text(max_size=20)}),
              "rcpdesk:history": st.lists(times, max_size=3),
              "rcpdesk:conflictOf": urn_uuids})

envelopes = st.fixed_dictionaries(
    {"@context": st.sampled_from([ANNO_CONTEXT, [ANNO_CONTEXT, {"rcpdesk": "urn:rcpdesk:vocab:"}]]),
     "type": st.just("AnnotationCollection"), "rcpdesk:formatVersion": st.just(1),
     "first": st.fixed_dictionaries({"type": st.just("AnnotationPage"),
                                     "items": st.lists(annotation_like | json_values, max_size=4)})},
    optional={"rcpdesk:tombstones": st.lists(st.fixed_dictionaries(
                  {"id": urn_uuids,
                   "rcpdesk:deleted": times},
                  optional={"rcpdesk:version": times}) | json_values, max_size=3),
              "rcpdesk:edition": st.none() | st.text(max_size=20) | odd_values})


def encode(draw: st.DrawFn, document: Any) -> bytes:
    """The document as a file: usually plain JSON, sometimes cut short or with bytes added."""
    raw = json.dumps(document).encode("utf-8")
    damage = draw(st.sampled_from(["none"] * 6 + ["truncate", "bom", "bytes"]), label="bytes")
    if damage == "truncate":
        raw = raw[:draw(st.integers(0, len(raw)), label="cut")]
    elif damage == "bom":
        raw = b"\xef\xbb\xbf" + raw
    elif damage == "bytes":
        at = draw(st.integers(0, len(raw)), label="at")
        raw = raw[:at] + draw(st.binary(min_size=1, max_size=4), label="inserted") + raw[at:]
    return raw


# --- property 1: any document imports completely or is refused with nothing changed ---------


def check_all_or_nothing(store: NotesStore, raw: bytes, file: Path,
                         keep_unknown: bool = False) -> ImportPreview | None:
    """Import raw bytes: refused (typed, nothing changed) or applied exactly as previewed."""
    file.write_bytes(raw)
    before = snapshot(store)
    options: dict[str, Any] = {"lookup": CATALOG.get, "keep_unknown": keep_unknown}
    try:
        preview = import_file(store, file, dry_run=True, **options)
    except ImportRefused as refusal:
        event(f"refused: {type(refusal).__name__}: {refusal.template[:24]}")
        assert snapshot(store) == before
        with pytest.raises(ImportRefused):
            import_file(store, file, **options)
        assert snapshot(store) == before
        return None
    assert snapshot(store) == before, "a dry run changed the store"
    document = parse_rcpnotes(raw, name=file.name)
    result = import_file(store, file, **options)
    assert result.applied
    event("imported: " + (", ".join(sorted({i.action.value for i in result.items})) or "empty"))
    assert [(i.action, i.note_id) for i in result.items] == [
        (i.action, i.note_id) for i in preview.items]
    assert len(result.items) == len(document.notes) + len(document.tombstones)
    check_applied_as_previewed(store, before, result)
    return result


def check_applied_as_previewed(store: NotesStore, before: tuple[Any, ...],
                               result: ImportPreview) -> None:
    old_notes = {n.id: n for n in before[0]}
    old_tombstones = {t.id: t for t in before[2]}
    notes = {n.id: n for n in store.all_notes()}
    tombstones = {t.id: t for t in store.tombstones()}
    added = {note_id: note for note_id, note in notes.items() if note_id not in old_notes}
    copies = [n for n in added.values()
              if n.id not in {i.note_id for i in result.items if i.action is ImportAction.NEW}]
    for item in result.items:
        got, local, incoming = notes.get(item.note_id), old_notes.get(item.note_id), item.incoming
        if item.action is ImportAction.NEW:
            assert incoming is not None
            assert got == replace(incoming, deleted_at=None,
                                  orphaned=incoming.target.label in result.unknown_targets)
            assert item.note_id not in tombstones
        elif item.action is ImportAction.UPDATE:
            assert incoming is not None and got is not None and local is not None
            assert got.same_content(incoming) and got.target == incoming.target
            assert (got.modified, got.created, got.deleted_at, got.conflict_of) == (
                incoming.modified, local.created, None, incoming.conflict_of)
            assert local.modified in got.history or len(got.history) == 100
            assert got.orphaned == (incoming.target.label in result.unknown_targets
                                    or (local.orphaned and local.target == incoming.target))
        elif item.action is ImportAction.CONFLICT:
            assert incoming is not None and got == local
            (copy_,) = [c for c in copies if c.conflict_of == item.note_id]
            assert copy_.same_content(incoming) and copy_.target == incoming.target
            assert (copy_.modified, copy_.deleted_at) == (incoming.modified, None)
        elif item.action is ImportAction.DELETE:
            assert item.tombstone is not None and local is not None
            assert got == replace(local, deleted_at=item.tombstone.deleted_at)
        elif item.action is ImportAction.RECORD_TOMBSTONE:
            assert got is None and tombstones[item.note_id] == item.tombstone
        else:  # unchanged, or a deletion kept back because the note changed here since
            assert got == local
            assert tombstones.get(item.note_id) == old_tombstones.get(item.note_id)
    mentioned = {item.note_id for item in result.items}
    assert {i: n for i, n in notes.items() if i not in mentioned and i not in added} == {
        i: n for i, n in old_notes.items() if i not in mentioned}
    assert len(copies) == sum(1 for i in result.items if i.action is ImportAction.CONFLICT)
    assert set(store.colours()) == set(before[3]) | set(result.new_colours)


def check_still_usable(store: NotesStore, result: ImportPreview, file: Path) -> None:
    """What an import brought in can be exported and read back as it is, re-anchored after a new
    data edition, edited and deleted."""
    export_notes(store, file)
    again = import_file(store, file, CATALOG.get, keep_unknown=True)
    assert [i.action for i in again.items if i.action is not ImportAction.UNCHANGED] == []
    store.reanchor({"report-2005/p20": "A new first sentence. " + PARAGRAPH}, CATALOG.get)
    for item in result.items:
        if item.action in (ImportAction.NEW, ImportAction.UPDATE):
            store.update(item.note_id, body="edited here")
            store.delete(item.note_id)


@st.composite
def mutated_files(draw: st.DrawFn) -> bytes:
    """The template's export after one to three hostile or careless changes."""
    document: Any = copy.deepcopy(TEMPLATE_DOCUMENT)
    for _ in range(draw(st.integers(1, 3), label="mutations")):
        if not isinstance(document, dict):
            break
        document = mutate(draw, document)
    return encode(draw, document)


@st.composite
def json_files(draw: st.DrawFn) -> bytes:
    """Any JSON value, or the envelope of an export holding anything."""
    return encode(draw, draw(json_values | envelopes, label="document"))


def changed(*changes: tuple[tuple[Any, ...], Any]) -> bytes:
    """The template's export with values replaced at the given paths: a failing case kept."""
    document = copy.deepcopy(TEMPLATE_DOCUMENT)
    for path, value in changes:
        _parent(document, path)[path[-1]] = value
    return json.dumps(document).encode()


_FIRST, _PASSAGE = ("first", "items", 0), ("first", "items", 1)
_NEW_ID = ((*_FIRST, "id"), f"urn:uuid:{uuid.UUID(int=99)}")
_ATLANTIS = {"source": "urn:rcpdesk:process:atlantis", "rcpdesk:kind": "process",
             "rcpdesk:targetId": "atlantis"}


@examples(120)
@given(raw=mutated_files(), keep_unknown=st.booleans())
# Cases the properties found, kept. Offsets past SQLite's integers: OverflowError mid-import.
@example(keep_unknown=False, raw=changed(((*_PASSAGE, "target", "selector", 1, "start"), 10**30)))
@example(keep_unknown=False, raw=changed(((*_PASSAGE, "target", "selector", 1, "end"), 2**63)))
# A lone surrogate: valid JSON, no Unicode text; UnicodeEncodeError when stored.
@example(keep_unknown=False, raw=changed(((*_FIRST, "body", 0, "value"), "a\ud800b")))
@example(keep_unknown=False, raw=changed(_NEW_ID, ((*_FIRST, "creator", "name"), "\udfff")))
# The year 999 was stored, then written "999-..." by every later export: unreadable.
@example(keep_unknown=False, raw=changed(_NEW_ID, ((*_FIRST, "created"), "0999-06-01T12:00:00Z")))
# A zone pushing a time past the years 1-9999: OverflowError, not a refusal.
@example(keep_unknown=False, raw=changed(((*_FIRST, "created"), "0001-01-01T00:00:00+01:00")))
@example(keep_unknown=False, raw=changed(((*_FIRST, "modified"), "9999-12-31T23:59:59-01:00")))
# Far in the future: once stored, the note could be neither edited nor deleted (refused now).
@example(keep_unknown=False, raw=changed(((*_FIRST, "modified"), "9999-12-31T23:59:59.999999+00:00")))
# Always once: a note on something the catalog lacks, refused, and kept as an orphan.
@example(keep_unknown=False, raw=changed(_NEW_ID, ((*_FIRST, "target"), _ATLANTIS)))
@example(keep_unknown=True, raw=changed(_NEW_ID, ((*_FIRST, "target"), _ATLANTIS)))
def test_a_mutated_export_imports_completely_or_changes_nothing(
        raw: bytes, keep_unknown: bool, template: Path, work_root: Path) -> None:
    with opened_store(work_root, template) as store:
        result = check_all_or_nothing(store, raw, store.path.parent / "in.rcpnotes", keep_unknown)
        if result is not None:
            check_still_usable(store, result, store.path.parent / "out.rcpnotes")


@examples(60)
@given(raw=json_files(), keep_unknown=st.booleans())
def test_any_json_imports_completely_or_changes_nothing(
        raw: bytes, keep_unknown: bool, template: Path, work_root: Path) -> None:
    with opened_store(work_root, template) as store:
        result = check_all_or_nothing(store, raw, store.path.parent / "in.rcpnotes", keep_unknown)
        if result is not None:
            check_still_usable(store, result, store.path.parent / "out.rcpnotes")


# --- property 2: export then import round-trips every note ----------------------------------


def _valid_target_id(text: str) -> bool:
    try:
        Target.process(text)
    except NotesError:
        return False
    return True


# Any character but the control ones (a body or a quote takes those too; an id or a tag refuses them).
letters = st.characters(exclude_categories=["Cs"])
printable = st.characters(exclude_categories=["Cs", "Cc", "Zl", "Zp"])
target_ids = st.text(printable, min_size=1, max_size=25).map(str.strip).filter(_valid_target_id)
cell_parts = st.text(st.characters(exclude_categories=["Cs", "Cc", "Zl", "Zp"],
                                   exclude_characters="#"),
                     min_size=1, max_size=15).map(str.strip).filter(_valid_target_id)
MARKUP = ["**strong** _em_ `code`", "# heading\n- item\n\n> quote", "<https://ok.org>", "1 < 2 > 0",
          "\u202e\u200b\ufeff", "line one\r\nline two\u2028three", "\t\x00\x1b\x7f\x85 tab"]


def _kept_by_import(text: str) -> bool:
    """Words the import keeps as written: all but control characters (which the store removes
    too); markup included (test_words_that_look_like_markup_survive_a_round_trip)."""
    return not sanitise_text(strip_control(text))[1]


bodies = (st.text(letters, max_size=200) | st.sampled_from(MARKUP)).filter(_kept_by_import)
tags = st.text(printable, min_size=1, max_size=30).filter(
    lambda t: 0 < len(" ".join(t.split())) <= MAX_TAG_CHARS and _kept_by_import(t))
colour_names = st.text(letters, min_size=1, max_size=MAX_COLOUR_NAME_CHARS).filter(
    lambda n: 0 < len(" ".join(strip_control(n).split())) <= MAX_COLOUR_NAME_CHARS
    and _kept_by_import(n))
authors = st.none() | st.text(letters, max_size=30).filter(_kept_by_import)
hexes = st.from_regex(r"\A#[0-9a-fA-F]{6}\Z")


@st.composite
def targets(draw: st.DrawFn) -> Target:
    kind = draw(st.sampled_from(["process", "paragraph", "dimension", "cell", "passage"]))
    if kind == "cell":
        return Target.cell(draw(cell_parts), draw(cell_parts))
    if kind == "passage":
        text = draw(st.text(letters, min_size=1, max_size=120))
        start = draw(st.integers(0, len(text) - 1))
        end = draw(st.integers(start + 1, len(text)))
        return Target.passage(draw(target_ids), text, start, end)
    return Target(kind, draw(target_ids))  # type: ignore[arg-type]


note_specs = st.fixed_dictionaries({
    "target": targets(), "body": bodies, "body_format": st.sampled_from(["text", "markdown"]),
    "tags": st.lists(tags, max_size=4), "colour": st.integers(-2, 6),
    "author": authors})
operations = st.lists(st.tuples(
    st.sampled_from(["edit", "retag", "recolour", "delete", "restore", "purge", "conflict",
                     "rename colour"]),
    st.integers(0, 50), bodies, st.lists(tags, max_size=3)), max_size=12)


def _colour_for(store: NotesStore, index: int) -> str | None:
    colours = store.colours()
    return None if index < 0 else colours[index % len(colours)].key


def build_store(store: NotesStore, custom: list[tuple[str, str]], specs: list[dict[str, Any]],
                ops: list[tuple[str, int, str, list[str]]], work: Path) -> None:
    """Notes made through the store's public API, then edited, deleted, restored, purged."""
    for name, hex_value in custom:
        store.add_colour(name, hex_value)
    ids = [store.add(spec["target"], spec["body"], body_format=spec["body_format"],
                     tags=spec["tags"], colour=_colour_for(store, spec["colour"]),
                     author=spec["author"]).id for spec in specs]
    for op, index, body, new_tags in ops:
        note = store.find(ids[index % len(ids)]) if ids else None
        if op == "rename colour":
            with contextlib.suppress(NotesError):  # a name another colour has is refused
                store.rename_colour(store.colours()[index % len(store.colours())].key, body[:40] or "x")
        elif note is None:
            continue
        elif op == "edit":
            store.update(note.id, body=body, author=body[:10] or None)
        elif op == "retag":
            store.update(note.id, tags=new_tags)
        elif op == "recolour":
            store.update(note.id, colour=_colour_for(store, index - 3))
        elif op == "delete":
            store.delete(note.id)
        elif op == "restore" and note.in_trash:
            store.restore(note.id)
        elif op == "purge" and note.in_trash:
            store.purge(note.id)
        elif op == "conflict":  # a colleague's different words on the same version
            file = work / "conflict.rcpnotes"
            theirs = replace(note, body=note.body + " (theirs)", deleted_at=None)
            file.write_text(json.dumps(to_json_ld([theirs], colours=store.colours())), "utf-8")
            import_file(store, file)


def _tombstones_expected(store: NotesStore) -> dict[str, Tombstone]:
    expected = {t.id: t for t in store.tombstones()}
    for note in store.trash():  # the trash travels as deletions, never as text
        expected[note.id] = Tombstone(note.id, note.deleted_at or "", note.modified)
    return expected


def _spec(**fields: Any) -> dict[str, Any]:
    return {"target": Target.process("bali-process"), "body": "", "body_format": "text",
            "tags": [], "colour": -1, "author": None, **fields}


@examples(60)
# Cases the property found, kept: an empty Markdown note came back as plain text; a control
# character in a colour's name or an author was kept by the store and removed by the import.
@example(custom=[], specs=[_spec(body_format="markdown")], ops=[])
@example(custom=[("tea\x1b", "#000000")], specs=[_spec(colour=3)], ops=[])
@example(custom=[], specs=[_spec(author="Ann\x1b")], ops=[])
@given(custom=st.lists(st.tuples(colour_names, hexes), max_size=3),
       specs=st.lists(note_specs, min_size=1, max_size=6), ops=operations)
def test_export_then_import_round_trips_exactly(
        custom: list[tuple[str, str]], specs: list[dict[str, Any]],
        ops: list[tuple[str, int, str, list[str]]], work_root: Path) -> None:
    with opened_store(work_root) as source, opened_store(work_root) as copy_:
        work = source.path.parent
        build_store(source, custom, specs, ops, work)
        file = work / "all.rcpnotes"
        live = export_notes(source, file)
        result = import_file(copy_, file)
        assert (result.new, result.updated, result.conflicts) == (live, 0, 0)

        assert {n.id: n for n in copy_.all_notes()} == {
            n.id: n for n in source.all_notes() if not n.in_trash}  # every field of every note
        assert {t.id: t for t in copy_.tombstones()} == _tombstones_expected(source)
        theirs = {c.key: c for c in copy_.colours()}
        for note in copy_.all_notes():
            if note.colour:
                mine = source.colour(note.colour)
                got = theirs[note.colour]
                assert got.hex == mine.hex or got.key in ("our-position", "concern", "follow-up")
                assert got.name == mine.name or got.key in ("our-position", "concern", "follow-up") \
                    or got.name.startswith(mine.name + " (")  # a name the copy gave another colour

        # The source takes its own file back, and the copy's export, with nothing to do.
        before = snapshot(source)
        for back in (file, work / "copy.rcpnotes"):
            if back.name == "copy.rcpnotes":
                export_notes(copy_, back)
            again = import_file(source, back)
            assert {i.action for i in again.items} <= {ImportAction.UNCHANGED}, again.summary()
            assert snapshot(source) == before



def test_words_that_look_like_markup_survive_a_round_trip(work_root: Path) -> None:
    with opened_store(work_root) as source, opened_store(work_root) as copy_:
        note = source.add(Target.process("bali-process"),
                          "Quota if a < b and c > d; the <b> tag; <!-- draft -->")
        file = source.path.parent / "all.rcpnotes"
        export_notes(source, file)
        import_file(copy_, file)
        assert copy_.get(note.id).body == note.body
        assert import_file(source, file).conflicts == 0
