"""Notes as Markdown (to read or print) and as CSV (for a spreadsheet)."""

from __future__ import annotations

import csv
import re
from collections.abc import Iterable, Sequence
from typing import IO

from rcpdesk.markup import markdown_inert
from rcpdesk.notes.model import BodyFormat, Colour, Note, TargetKind

CSV_COLUMNS = ("id", "target_kind", "target_id", "quote", "start", "end", "body", "format", "tags",
               "colour", "author", "created", "modified", "needs_review", "conflict_of")
_KIND_TITLES = {TargetKind.PROCESS: "Process", TargetKind.PARAGRAPH: "Paragraph",
                TargetKind.PASSAGE: "Paragraph", TargetKind.DIMENSION: "Dimension",
                TargetKind.CELL: "Comparison cell"}
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")  # a spreadsheet would run these as formulas
_MARKDOWN_LINE_START = re.compile(r"^(\s*)([#>*+\-=|`~]|\d+[.)])", re.MULTILINE)


def write_markdown(handle: IO[str], notes: Sequence[Note], colours: Iterable[Colour], *,
                   edition: str | None = None) -> None:
    names = {colour.key: colour.name for colour in colours}
    handle.write("# rcpdesk notes\n\n")
    if edition:
        handle.write(f"Data edition: {edition}\n\n")
    groups: dict[tuple[str, str], list[Note]] = {}
    for note in sorted(notes, key=lambda n: (_group_key(n), n.target.start or 0, n.created)):
        groups.setdefault(_group_key(note), []).append(note)
    for (title, target_id), group in groups.items():
        handle.write(f"## {title} {_escape_inline(target_id)}\n\n")
        for note in group:
            if note.target.kind is TargetKind.PASSAGE and note.target.exact:
                quoted = " ".join(note.target.exact.split())
                handle.write(f"> {_escape_inline(quoted)}\n\n")
            if note.body:
                # Markdown stays Markdown, without the HTML and images the screen leaves out too
                body = (markdown_inert(note.body, plain=False)
                        if note.body_format is BodyFormat.MARKDOWN else _escape_text(note.body))
                handle.write(body.rstrip() + "\n\n")
            meta = []
            if note.colour:
                meta.append(f"colour: {_escape_inline(names.get(note.colour, note.colour))}")
            if note.tags:
                meta.append("tags: " + ", ".join(_escape_inline(tag) for tag in note.tags))
            if note.author:
                meta.append(f"by {_escape_inline(note.author)}")
            meta.append(f"modified {note.modified[:16].replace('T', ' ')} UTC")
            if note.orphaned:
                meta.append("needs review: its passage is gone from this edition")
            if note.conflict_of:
                meta.append(f"conflict copy of {note.conflict_of[:8]}")
            handle.write("*" + "; ".join(meta) + "*\n\n")


def write_csv(handle: IO[str], notes: Sequence[Note], colours: Iterable[Colour]) -> None:
    names = {colour.key: colour.name for colour in colours}
    handle.write("\ufeff")  # so that spreadsheet programs read the file as UTF-8
    writer = csv.writer(handle, lineterminator="\r\n")
    writer.writerow(CSV_COLUMNS)
    for note in notes:
        t = note.target
        writer.writerow([_cell(value) for value in (
            note.id, t.kind.value, t.id, t.exact or "", "" if t.start is None else t.start,
            "" if t.end is None else t.end, note.body, note.body_format.value, "; ".join(note.tags),
            names.get(note.colour, note.colour) if note.colour else "", note.author or "",
            note.created, note.modified, "yes" if note.needs_review else "",
            note.conflict_of or "")])


def _cell(value: object) -> object:
    if isinstance(value, str) and value.startswith(_FORMULA_START):
        return "'" + value
    return value


def _group_key(note: Note) -> tuple[str, str]:
    return _KIND_TITLES[note.target.kind], note.target.id


def _escape_inline(text: str) -> str:
    return re.sub(r"([\\`*_\[\]<>#|])", r"\\\1", " ".join(text.split()))


def _escape_marker(marker: str) -> str:
    # Markdown escapes only punctuation: a backslash goes before the "." of "1." and before "#".
    return marker[:-1] + "\\" + marker[-1] if marker[0].isdigit() else "\\" + marker


def _escape_text(text: str) -> str:
    """Plain text that Markdown shows as written: no headings, lists or HTML from it."""
    text = re.sub(r"([\\`*_\[\]<>|])", r"\\\1", text)
    text = _MARKDOWN_LINE_START.sub(lambda m: m.group(1) + _escape_marker(m.group(2)), text)
    return text.replace("\n", "  \n")
