"""HTML fragments for the detail view: a target's notes, and a paragraph with its passages highlighted
(the page builder puts them in as it writes the page)."""

from __future__ import annotations

import html
import itertools
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import datetime

from PySide6.QtCore import QCoreApplication

from rcpdesk.notes import Colour, Note, TargetKind
from rcpdesk.notes.render import render_body
from rcpdesk.ui import links

Colours = Mapping[str, Colour] | Iterable[Colour]
HIGHLIGHT_STRENGTH = 0.35  # how much of the named colour shows behind the text


translate = QCoreApplication.translate  # literal translate("NotesHtml", ...) calls: lupdate reads them


def _by_key(colours: Colours | None) -> dict[str, Colour]:
    if colours is None:
        return {}
    if isinstance(colours, Mapping):
        return dict(colours)
    return {colour.key: colour for colour in colours}


def _safe_hex(value: str | None, fallback: str = "#9e9e9e") -> str:
    text = (value or "").strip()
    if len(text) == 7 and text[0] == "#" and all(c in "0123456789abcdefABCDEF" for c in text[1:]):
        return text.lower()
    return fallback


def tint(hex_value: str, strength: float = HIGHLIGHT_STRENGTH) -> str:
    """The colour mixed with white: a background that dark text stays readable on."""
    value = _safe_hex(hex_value)
    channels = [int(value[i:i + 2], 16) for i in (1, 3, 5)]
    mixed = [round(255 - (255 - c) * strength) for c in channels]
    return "#" + "".join(f"{c:02x}" for c in mixed)


def format_modified(stamp: str) -> str:
    """A note's UTC time as local "2026-11-26 10:15"."""
    try:
        moment = datetime.fromisoformat(stamp).astimezone()
    except (ValueError, OverflowError):  # a time no clock wrote (9999-12-31T23:59:59.999999Z)
        return stamp
    return moment.strftime("%Y-%m-%d %H:%M")


def notes_section_html(notes: Iterable[Note], colours: Colours | None, *,
                       heading: str | None = None) -> str:
    """A "Notes" section: per note a colour swatch, the body (escaped, sanitised), tags, time.

    Returns "" when there are no notes, so a caller can always append it.
    """
    palette = _by_key(colours)
    items = []
    for note in notes:
        if note.in_trash:
            continue
        colour = palette.get(note.colour or "")
        swatch = ""
        if colour is not None:
            swatch = (f'<span style="background-color:{_safe_hex(colour.hex)};'
                      f' color:{_safe_hex(colour.hex)};">&#9632;&#9632;</span>&nbsp;'
                      f'<span style="color:#555555;">{html.escape(colour.name)}</span>')
        quote = ""
        if note.target.kind is TargetKind.PASSAGE and note.target.exact:
            quote = (f'<p style="margin:0; font-style:italic; color:#444444;">'
                     f'“{html.escape(note.target.exact)}”</p>')
        meta = [html.escape(translate("NotesHtml", "Modified {time}").format(time=format_modified(note.modified)))]
        if note.tags:
            meta.insert(0, html.escape(translate("NotesHtml", "Tags: {tags}").format(tags=", ".join(note.tags))))
        if note.needs_review:
            meta.append(html.escape(translate("NotesHtml", "needs review")))
        edit = (f' · <a href="{html.escape(links.note(note.id), quote=True)}">'
                + html.escape(translate("NotesHtml", "edit")) + "</a>")
        items.append(
            '<div class="note" style="margin:0 0 10px 0;">'
            + (f'<p style="margin:0;">{swatch}</p>' if swatch else "")
            + quote
            + f'<div class="note-body">{render_body(note.body, note.body_format)}</div>'
            + f'<p style="margin:0 0 12px 0; color:#666666; font-size:small;">{" · ".join(meta)}{edit}</p>'
            + "</div>")
    if not items:
        return ""
    title = html.escape(heading if heading is not None else translate("NotesHtml", "Notes"))
    return f'<div class="notes"><h3>{title}</h3>\n' + "\n".join(items) + "</div>\n"


def highlight_passages(paragraph_text: str, notes: Iterable[Note], colours: Colours | None) -> str:
    """The paragraph text, escaped, with each passage note's span on its colour's tint.

    Overlapping passages: the one that starts later (the narrower, usually) shows on top.
    Passages whose offsets no longer match the text are found again by their quote, else skipped.
    """
    palette = _by_key(colours)
    spans: list[tuple[int, int, str, str]] = []
    for note in notes:
        target = note.target
        if note.in_trash or target.kind is not TargetKind.PASSAGE or not target.exact:
            continue
        start, end = target.start, target.end
        if start is None or end is None or paragraph_text[start:end] != target.exact:
            found = paragraph_text.find(target.exact)
            if found < 0:
                continue
            start, end = found, found + len(target.exact)
        if start >= end:
            continue
        colour = palette.get(note.colour or "")
        spans.append((start, end, tint(colour.hex) if colour else "#fff3a0", note.id))
    if not spans:
        return html.escape(paragraph_text)
    spans.sort(key=lambda span: (span[0], -span[1]))
    cuts = sorted({0, len(paragraph_text)} | {p for s in spans for p in s[:2]})
    out = []
    for left, right in itertools.pairwise(cuts):
        piece = html.escape(paragraph_text[left:right])
        covering = [s for s in spans if s[0] <= left and right <= s[1]]
        if covering:
            background, note_id = covering[-1][2], covering[-1][3]
            out.append(f'<span class="passage" data-note="{html.escape(note_id, quote=True)}"'
                       f' style="background-color:{background};">{piece}</span>')
        else:
            out.append(piece)
    return "".join(out)


@dataclass(frozen=True)
class PageNotes:
    """The notes on what a detail page shows, as the page builder (detail_html) puts them in:
    the paragraph's text with its passages highlighted, and the notes section at the end."""

    notes: tuple[Note, ...]
    colours: tuple[Colour, ...]

    def paragraph_text_html(self, paragraph_text: str) -> str:
        return highlight_passages(paragraph_text, self.notes, self.colours)

    def section_html(self) -> str:
        return notes_section_html(self.notes, self.colours)
