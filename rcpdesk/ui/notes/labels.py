"""What a delegate reads for a note's target ("Bali Process", "¶20: “quoted passage”") and its link."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication

from rcpdesk.notes import Target, TargetKind
from rcpdesk.ui import links

QUOTE_CHARS = 60


translate = QCoreApplication.translate  # literal translate("NoteLabels", ...) calls: lupdate reads them


def paragraph_number(paragraph_id: str) -> int | None:
    tail = paragraph_id.rpartition("/p")[2]
    return int(tail) if tail.isdigit() else None


def short_quote(text: str, limit: int = QUOTE_CHARS) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[:limit - 1].rstrip() + "…"


def link_for_target(target: Target) -> str | None:
    """The internal link that opens what a note is on."""
    if target.kind in (TargetKind.PARAGRAPH, TargetKind.PASSAGE):
        number = paragraph_number(target.id)
        return links.paragraph(number) if number is not None else None
    if target.kind is TargetKind.PROCESS:
        return links.process(target.id)
    if target.kind is TargetKind.DIMENSION:
        return links.dimension(target.id)
    if target.kind is TargetKind.CELL:
        return links.process(target.id.partition("#")[0])
    return None


def kind_label(kind: TargetKind | str) -> str:
    return {
        TargetKind.PROCESS: translate("NoteLabels", "Process"),
        TargetKind.PARAGRAPH: translate("NoteLabels", "Paragraph"),
        TargetKind.PASSAGE: translate("NoteLabels", "Passage"),
        TargetKind.DIMENSION: translate("NoteLabels", "Dimension"),
        TargetKind.CELL: translate("NoteLabels", "Comparison cell"),
    }.get(TargetKind(kind), str(kind))


class TargetLabeler:
    """Names targets through the catalog, remembering the answers (rows repaint often)."""

    def __init__(self, catalog: Any) -> None:
        self._catalog = catalog
        self._names: dict[tuple[str, str], str] = {}

    def clear(self) -> None:
        self._names.clear()

    def _name(self, kind: str, ident: str) -> str:
        key = (kind, ident)
        if key not in self._names:
            self._names[key] = self._lookup(kind, ident)
        return self._names[key]

    def _lookup(self, kind: str, ident: str) -> str:
        catalog = self._catalog
        try:
            if catalog is None:
                return ident
            if kind == "process":
                return str(catalog.processes([ident])[0].display_name)
            if kind == "dimension":  # a dimension, or a profile fact's comparison row
                return str(catalog.comparison_rows([ident])[0].name)
        except Exception:  # noqa: BLE001 - an unknown or removed id is shown as it is stored
            return ident
        return ident

    def label(self, target: Target) -> str:
        kind = target.kind
        if kind in (TargetKind.PARAGRAPH, TargetKind.PASSAGE):
            number = paragraph_number(target.id)
            base = f"¶{number}" if number is not None else target.id
            if kind is TargetKind.PASSAGE and target.exact:
                return translate("NoteLabels", "{paragraph}: “{quote}”").format(paragraph=base,
                                                           quote=short_quote(target.exact))
            return base
        if kind is TargetKind.PROCESS:
            return self._name("process", target.id)
        if kind is TargetKind.DIMENSION:
            return self._name("dimension", target.id)
        if kind is TargetKind.CELL:
            process_id, _, dimension_id = target.id.partition("#")
            return translate("NoteLabels", "{process} — {dimension}").format(
                process=self._name("process", process_id),
                dimension=self._name("dimension", dimension_id))
        return target.id
