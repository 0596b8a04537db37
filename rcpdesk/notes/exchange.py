"""The .rcpnotes exchange file: W3C Web Annotation JSON-LD out; validated, sanitised JSON in."""

from __future__ import annotations

import json
import os
import uuid
from collections.abc import Callable, Iterable, Sequence
from dataclasses import replace
from datetime import datetime
from pathlib import Path
from typing import Any
from urllib.parse import quote

from rcpdesk import __version__
from rcpdesk.notes import messages
from rcpdesk.notes.errors import (
    ExportFailed,
    ImportMalformed,
    ImportRefused,
    ImportTooLarge,
    ImportWrongSchema,
    NotesError,
)
from rcpdesk.notes.exchange_schema import (
    ANNO_CONTEXT,
    FORMAT_VERSION,
    RCPDESK_NAMESPACE,
    RCPDESK_PREFIX,
    SCHEMA,
)
from rcpdesk.notes.export_text import write_csv, write_markdown
from rcpdesk.notes.model import (
    BodyFormat,
    Colour,
    ExchangeDocument,
    ImportPreview,
    Note,
    Target,
    TargetKind,
    TargetLookup,
    Tombstone,
    check_body,
    format_timestamp,
    is_too_late,
    normalise_note_id,
    normalise_tags,
    normalise_timestamp,
    utc_now,
)
from rcpdesk.notes.sanitise import sanitise_text
from rcpdesk.notes.store import NotesStore
from rcpdesk.safe_write import atomic_text_file

FILE_SUFFIX = ".rcpnotes"
MAX_FILE_BYTES = 20 * 1024 * 1024  # ~40,000 long notes; anything larger is not a notes file
MAX_NOTES = 50_000
EXPORT_FORMATS = ("rcpnotes", "md", "csv")
_FORMAT_MIME = {BodyFormat.TEXT: "text/plain", BodyFormat.MARKDOWN: "text/markdown"}
_MIME_FORMAT = {"text/plain": BodyFormat.TEXT, "text/markdown": BodyFormat.MARKDOWN,
                "text/x-markdown": BodyFormat.MARKDOWN}

__all__ = ["EXPORT_FORMATS", "FILE_SUFFIX", "MAX_FILE_BYTES", "export_notes", "import_file",
           "parse_rcpnotes", "preview_file", "read_rcpnotes", "to_json_ld", "write_csv",
           "write_markdown", "write_rcpnotes"]


# --- export ------------------------------------------------------------------------------


def export_notes(store: NotesStore, path: Path, *, export_format: str = "rcpnotes",
                 notes: Sequence[Note] | None = None, edition: str | None = None) -> int:
    """Write notes (all of them, or a selection) to a file, atomically; returns how many."""
    if export_format not in EXPORT_FORMATS:
        raise ExportFailed(format=export_format)
    colours = store.colours()
    if export_format == "rcpnotes":
        chosen = list(notes) if notes is not None else list(store.all_notes())
        # A whole export carries deletions too; a selection carries only what was chosen.
        tombstones = [] if notes is not None else list(store.tombstones())
        write_rcpnotes(path, chosen, colours=colours, tombstones=tombstones, edition=edition)
        return sum(1 for note in chosen if not note.in_trash)
    chosen = list(notes) if notes is not None else list(store.list_notes())
    with atomic_text_file(path) as handle:
        if export_format == "md":
            write_markdown(handle, chosen, colours, edition=edition)
        else:
            write_csv(handle, chosen, colours)
    return len(chosen)


def write_rcpnotes(path: Path, notes: Iterable[Note], *, colours: Iterable[Colour],
                   tombstones: Iterable[Tombstone] = (), edition: str | None = None) -> None:
    document = to_json_ld(notes, colours=colours, tombstones=tombstones, edition=edition)
    with atomic_text_file(path) as handle:
        json.dump(document, handle, ensure_ascii=False, indent=1)
        handle.write("\n")


def to_json_ld(notes: Iterable[Note], *, colours: Iterable[Colour],
               tombstones: Iterable[Tombstone] = (), edition: str | None = None) -> dict[str, Any]:
    """An AnnotationCollection; notes in the trash travel as tombstones, not as text."""
    by_key = {colour.key: colour for colour in colours}
    items, deletions = [], [_tombstone_json(t) for t in tombstones]
    for note in notes:
        if note.in_trash:
            deletions.append(_tombstone_json(Tombstone(note.id, note.deleted_at or note.modified,
                                                       note.modified)))
        else:
            items.append(_annotation(note, by_key))
    return {
        "@context": [ANNO_CONTEXT, {RCPDESK_PREFIX: RCPDESK_NAMESPACE}],
        "id": f"urn:uuid:{uuid.uuid4()}",
        "type": "AnnotationCollection",
        "label": "rcpdesk notes",
        "generator": {"type": "Software", "name": f"rcpdesk {__version__}"},
        "generated": format_timestamp(utc_now()),
        "rcpdesk:formatVersion": FORMAT_VERSION,
        "rcpdesk:edition": edition,
        "total": len(items),
        "first": {"type": "AnnotationPage", "startIndex": 0, "items": items},
        "rcpdesk:tombstones": deletions,
    }


def _annotation(note: Note, colours: dict[str, Colour]) -> dict[str, Any]:
    body: list[dict[str, Any]] = []
    # An empty Markdown body still travels, or the note comes back as plain text.
    if note.body or note.body_format is not BodyFormat.TEXT:
        body.append({"type": "TextualBody", "purpose": "commenting", "value": note.body,
                     "format": _FORMAT_MIME[note.body_format]})
    body += [{"type": "TextualBody", "purpose": "tagging", "value": tag} for tag in note.tags]
    if note.colour:
        colour = colours.get(note.colour, Colour(note.colour, note.colour, "#757575"))
        body.append({"type": "TextualBody", "purpose": "highlighting", "value": colour.name,
                     "rcpdesk:colour": colour.key, "rcpdesk:hex": colour.hex})
    annotation: dict[str, Any] = {
        "id": f"urn:uuid:{note.id}",
        "type": "Annotation",
        "motivation": "commenting" if note.body else "highlighting",
        "created": note.created,
        "modified": note.modified,
        "body": body,
        "target": _target_json(note.target),
    }
    if note.author:
        annotation["creator"] = {"type": "Person", "name": note.author}
    if note.history:
        annotation["rcpdesk:history"] = list(note.history)
    if note.conflict_of:
        annotation["rcpdesk:conflictOf"] = f"urn:uuid:{note.conflict_of}"
    return annotation


def _target_json(target: Target) -> dict[str, Any]:
    source_kind = TargetKind.PARAGRAPH if target.kind is TargetKind.PASSAGE else target.kind
    result: dict[str, Any] = {
        "source": f"urn:rcpdesk:{source_kind.value}:{quote(target.id, safe='/-._~')}",
        "rcpdesk:kind": target.kind.value,
        "rcpdesk:targetId": target.id,
    }
    if target.kind is TargetKind.PASSAGE:
        result["type"] = "SpecificResource"
        result["selector"] = [
            {"type": "TextQuoteSelector", "exact": target.exact, "prefix": target.prefix,
             "suffix": target.suffix},
            {"type": "TextPositionSelector", "start": target.start, "end": target.end},
        ]
    return result


def _tombstone_json(tombstone: Tombstone) -> dict[str, Any]:
    result = {"id": f"urn:uuid:{tombstone.id}", "rcpdesk:deleted": tombstone.deleted_at}
    if tombstone.version:
        result["rcpdesk:version"] = tombstone.version
    return result


# --- import ------------------------------------------------------------------------------


def read_rcpnotes(path: Path, *, max_bytes: int = MAX_FILE_BYTES) -> ExchangeDocument:
    """Read, validate and sanitise a file; refuses (ImportRefused) before anything is changed."""
    name = Path(path).name
    try:
        size = os.stat(path).st_size
        if size > max_bytes:
            raise ImportTooLarge(name=name, size=size, limit=max_bytes)
        with open(path, "rb") as handle:
            data = handle.read(max_bytes + 1)  # the file may grow after stat()
    except OSError:
        raise ImportRefused(messages.IMPORT_NOT_FOUND, name=name) from None
    if len(data) > max_bytes:
        raise ImportTooLarge(name=name, size=len(data), limit=max_bytes)
    return parse_rcpnotes(data, name=name)


def parse_rcpnotes(data: bytes | str, *, name: str = "", now: datetime | None = None) -> ExchangeDocument:
    if isinstance(data, bytes):
        try:
            text = data.decode("utf-8-sig")
        except UnicodeDecodeError:
            raise ImportRefused(messages.IMPORT_NOT_UTF8, name=name) from None
    else:
        text = data
    try:
        raw = json.loads(text, parse_constant=_refuse_constant)
        # "\ud800" alone is valid JSON but no Unicode text: SQLite could not store it.
        json.dumps(raw, ensure_ascii=False).encode("utf-8")
    except json.JSONDecodeError as exc:
        raise ImportMalformed(name=name, line=exc.lineno, column=exc.colno, detail=exc.msg) from None
    except UnicodeEncodeError:
        raise ImportRefused(messages.IMPORT_NOT_UTF8, name=name) from None
    except (ValueError, RecursionError) as exc:
        raise ImportMalformed(name=name, line=0, column=0, detail=str(exc) or "nested too deeply") from None
    _validate(raw, name)
    items = raw["first"]["items"]
    if len(items) > MAX_NOTES:
        raise ImportRefused(messages.IMPORT_TOO_MANY, name=name, count=len(items), limit=MAX_NOTES)
    notes: list[Note] = []
    colours: dict[str, Colour] = {}
    sanitised = 0
    for index, item in enumerate(items, start=1):
        try:
            note, colour, changed = _note_from_annotation(item)
        except (NotesError, ValueError) as exc:
            raise ImportWrongSchema(name=name, detail=f"note {index}: {exc}") from None
        notes.append(note)
        sanitised += changed
        if colour is not None:
            colours.setdefault(colour.key, colour)
    try:
        tombstones = [Tombstone(normalise_note_id(t["id"]), normalise_timestamp(t["rcpdesk:deleted"]),
                                normalise_timestamp(t["rcpdesk:version"]) if t.get("rcpdesk:version") else None)
                      for t in raw.get("rcpdesk:tombstones", [])]
    except ValueError as exc:
        raise ImportWrongSchema(name=name, detail=f"deletions: {exc}") from None
    notes, tombstones = _check_times(notes, tombstones, name, now or utc_now())
    seen: set[str] = set()
    for note_id in [n.id for n in notes] + [t.id for t in tombstones]:
        if note_id in seen:
            raise ImportRefused(messages.IMPORT_DUPLICATE_ID, name=name, note_id=note_id)
        seen.add(note_id)
    edition = raw.get("rcpdesk:edition")
    return ExchangeDocument(notes=tuple(notes), tombstones=tuple(tombstones),
                            colours=tuple(colours.values()),
                            edition=sanitise_text(edition)[0] if isinstance(edition, str) else None,
                            sanitised=sanitised, source_name=name)


def _check_times(notes: list[Note], tombstones: list[Tombstone], name: str,
                 now: datetime) -> tuple[list[Note], list[Tombstone]]:
    """Refuses a note or deletion dated later than tomorrow (once stored, every later version
    would have to be later still); forgets such a time among the versions a note has seen."""
    for note_id, stamps in ([(n.id, (n.created, n.modified)) for n in notes]
                            + [(t.id, (t.deleted_at,)) for t in tombstones]):
        for stamp in stamps:
            if is_too_late(stamp, now):
                raise ImportRefused(messages.IMPORT_FUTURE_TIME, name=name, note_id=note_id,
                                    time=stamp)
    notes = [replace(n, history=tuple(s for s in n.history if not is_too_late(s, now)))
             if any(is_too_late(s, now) for s in n.history) else n for n in notes]
    tombstones = [replace(t, version=None) if t.version and is_too_late(t.version, now) else t
                  for t in tombstones]
    return notes, tombstones


def _refuse_constant(value: str) -> Any:
    raise ValueError(f"{value} is not allowed")


def _validate(raw: Any, name: str) -> None:
    from jsonschema import Draft202012Validator  # deferred: only an import needs it

    validator = Draft202012Validator(SCHEMA)
    error = next(iter(sorted(validator.iter_errors(raw), key=lambda e: list(e.path))), None)
    if error is not None:
        where = "/".join(str(p) for p in error.absolute_path) or "top level"
        message = error.message if len(error.message) <= 200 else error.message[:200] + "..."
        raise ImportWrongSchema(name=name, detail=f"{where}: {message}")


def _note_from_annotation(item: dict[str, Any]) -> tuple[Note, Colour | None, bool]:
    """One annotation as a note, its colour, and whether control characters had to be removed."""
    changed = False

    def clean(value: str) -> str:
        nonlocal changed
        cleaned, was_changed = sanitise_text(value)
        changed = changed or was_changed
        return cleaned

    body, body_format, tags, colour = "", BodyFormat.TEXT, [], None
    for part in item.get("body", []):
        purpose = part.get("purpose", "commenting")
        if purpose in ("commenting", "describing"):
            body = clean(part["value"])
            body_format = _MIME_FORMAT.get(part.get("format", "text/plain"), BodyFormat.TEXT)
        elif purpose == "tagging":
            tag = clean(part["value"])
            if tag.strip():
                tags.append(tag)
        elif purpose == "highlighting":
            name = " ".join(clean(part["value"]).split()) or part.get("rcpdesk:colour", "colour")
            key = part.get("rcpdesk:colour") or name
            key = "-".join(clean(key).casefold().split()) or "colour"
            colour = Colour(key, name[:40], (part.get("rcpdesk:hex") or "#757575").lower())
    body, body_format = check_body(body, body_format)
    target_json = item["target"]
    kind = TargetKind(target_json["rcpdesk:kind"])
    target_id = target_json["rcpdesk:targetId"]
    if kind is TargetKind.PASSAGE:
        selectors = {s["type"]: s for s in target_json.get("selector", [])}
        quote_selector = selectors.get("TextQuoteSelector", {})
        position = selectors.get("TextPositionSelector", {})
        target = Target(kind, target_id, exact=quote_selector.get("exact"),
                        prefix=quote_selector.get("prefix", ""),
                        suffix=quote_selector.get("suffix", ""),
                        start=position.get("start"), end=position.get("end"))
    else:
        target = Target(kind, target_id)
    author_value = item.get("creator", {}).get("name")
    author = " ".join(clean(author_value).split())[:200] if isinstance(author_value, str) else ""
    history = tuple(sorted({normalise_timestamp(stamp) for stamp in item.get("rcpdesk:history", [])}))
    conflict_of = item.get("rcpdesk:conflictOf")
    note = Note(
        id=normalise_note_id(item["id"]), target=target, body=body, body_format=body_format,
        tags=normalise_tags(tags), colour=colour.key if colour else None,
        author=author or None,
        created=normalise_timestamp(item["created"]), modified=normalise_timestamp(item["modified"]),
        conflict_of=normalise_note_id(conflict_of) if conflict_of else None,
        history=history[-100:])
    return note, colour, changed


def preview_file(store: NotesStore, path: Path, lookup: TargetLookup | None = None, *,
                 keep_unknown: bool = False) -> tuple[ExchangeDocument, ImportPreview]:
    """Read a file and say what importing it would do; changes nothing."""
    document = read_rcpnotes(path)
    return document, store.preview_import(document, lookup, keep_unknown=keep_unknown)


def import_file(store: NotesStore, path: Path, lookup: TargetLookup | None = None, *,
                keep_unknown: bool = False, dry_run: bool = False,
                progress: Callable[[int, int], None] | None = None) -> ImportPreview:
    """Read a file and merge it (all or nothing); with dry_run only the preview."""
    document = read_rcpnotes(path)
    if dry_run:
        return store.preview_import(document, lookup, keep_unknown=keep_unknown)
    return store.apply_import(document, lookup, keep_unknown=keep_unknown, progress=progress)
