"""The delegate's notes as the sheets take them: plain NoteRecords, whatever the notes store returns.

The sheets do not import the notes package; anything with the shape of rcpdesk.notes.model.Note
(target.kind, target.id, target.exact, body, body_format, colour, tags, in_trash) converts here.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from rcpdesk.sheets.model import NoteRecord

UNKNOWN_COLOUR_HEX = "#757575"


def records_from_notes(notes: Iterable[Any], colours: Iterable[Any] = ()) -> tuple[NoteRecord, ...]:
    """NoteRecords from notes-store notes; colours (key, name, hex) name the colour keys."""
    by_key = {c.key: c for c in colours}
    records = []
    for note in notes:
        if getattr(note, "in_trash", False) or getattr(note, "deleted_at", None):
            continue
        target = note.target
        kind = getattr(target.kind, "value", target.kind)
        colour = by_key.get(note.colour) if note.colour else None
        records.append(NoteRecord(
            target_id=target.id,
            body=note.body or "",
            colour_name=colour.name if colour else note.colour,
            colour_hex=colour.hex if colour else (UNKNOWN_COLOUR_HEX if note.colour else None),
            tags=tuple(note.tags or ()),
            target_kind=str(kind) if kind else None,
            quote=getattr(target, "exact", None),
            markdown=str(getattr(note, "body_format", "text")) == "markdown",
        ))
    return tuple(records)
