"""A sheet as CSV: one row per value, every row complete in itself (sources and report finding too)."""

from __future__ import annotations

import csv
import io
from collections.abc import Iterable, Sequence

from rcpdesk.sheets.i18n import agreement_label, translate
from rcpdesk.sheets.model import (
    ComparisonSheet,
    Entry,
    FindingEntry,
    NotesPlacement,
    PlacedNote,
    ProfileSheet,
    Sheet,
    SourceRef,
)

# Column names are a stable contract for spreadsheets and scripts: not translated.
COLUMNS = ("section", "process_id", "process", "item_id", "item", "value", "status", "as_of",
           "sources", "other_sources", "report_citation", "report_agreement", "report_finding",
           "notes", "report_gloss")


FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def _safe(value: str) -> str:
    """A cell a spreadsheet shows as text, never runs: a note from a colleague may start with '='."""
    return "'" + value if value.startswith(FORMULA_STARTS) else value


def _sources(refs: Sequence[int], footnotes: dict[int, SourceRef]) -> str:
    parts = []
    for number in refs:
        source = footnotes[number].source
        parts.append(f"{source.title} <{source.url}>" if source.url else source.title)
    return " | ".join(parts)


def _notes(notes: Iterable[PlacedNote]) -> str:
    parts = []
    for note in notes:
        record = note.record
        text = " ".join(record.body.split())
        if record.colour_name:
            text = f"[{record.colour_name}] {text}"
        if record.quote:
            text = f"“{' '.join(record.quote.split())}” {text}"
        if record.tags:
            text += " " + " ".join("#" + t for t in record.tags)
        parts.append(text)
    return " | ".join(parts)


def _value_columns(entry: Entry, footnotes: dict[int, SourceRef]) -> dict[str, str]:
    others = " | ".join(
        f"{v.text} (as of {v.as_of})" if v.as_of else v.text for v in entry.alternatives)
    value = "" if entry.is_unknown else entry.text
    if value and entry.detail:
        value = f"{value}: {entry.detail}"
    return {
        "value": value,
        "status": "unknown" if entry.is_unknown else entry.status,
        "as_of": entry.as_of or "",
        "sources": _sources(entry.refs + tuple(r for v in entry.alternatives for r in v.refs),
                            footnotes),
        "other_sources": others,
        "notes": _notes(entry.notes),
    }


def _finding_columns(finding: FindingEntry | None) -> dict[str, str]:
    if finding is None:
        return {}
    gloss = translate("Sheets", "words in [square brackets] are the editor's gloss") if finding.glossed else ""
    return {"report_citation": finding.citation, "report_agreement": agreement_label(finding.agreement),
            "report_finding": finding.text, "report_gloss": gloss}


def _note_rows(notes: Iterable[PlacedNote], **where: str) -> list[dict[str, str]]:
    return [{"section": "note", "item": note.on, "notes": _notes([note]), **where} for note in notes]


def comparison_rows(sheet: ComparisonSheet) -> list[dict[str, str]]:
    footnotes = {ref.number: ref for ref in sheet.footnotes}
    rows: list[dict[str, str]] = []
    for row in sheet.rows:
        for process, cell in zip(sheet.processes, row.cells, strict=True):
            rows.append({"section": "comparison", "process_id": process.id, "process": process.display_name,
                         "item_id": row.dimension.id, "item": row.dimension.name,
                         **_value_columns(cell, footnotes), **_finding_columns(row.finding)})
        # The row's other findings, by relevance: the best one is on every value row above.
        for finding in row.more_findings:
            rows.append({"section": "comparison-finding", "item_id": row.dimension.id,
                         "item": row.dimension.name, **_finding_columns(finding)})
    if sheet.placement is not NotesPlacement.NONE:
        for process, notes in zip(sheet.processes, sheet.process_notes, strict=True):
            rows += _note_rows(notes, process_id=process.id, process=process.display_name)
        for row in sheet.rows:
            rows += _note_rows(row.notes, item_id=row.dimension.id)
            for finding in (row.finding, *row.more_findings):
                if finding is not None:
                    rows += _note_rows(finding.notes, item_id=row.dimension.id,
                                       report_citation=finding.citation)
    return rows


def profile_rows(sheet: ProfileSheet) -> list[dict[str, str]]:
    footnotes = {ref.number: ref for ref in sheet.footnotes}
    who = {"process_id": sheet.summary.id, "process": sheet.summary.display_name}
    rows: list[dict[str, str]] = []
    for fact in sheet.facts:
        rows.append({"section": "fact", **who, "item_id": fact.key, "item": fact.label,
                     **_value_columns(fact.entry, footnotes)})
    for dim in sheet.dimensions:
        rows.append({"section": "dimension", **who, "item_id": dim.dimension.id,
                     "item": dim.dimension.name, **_value_columns(dim.entry, footnotes),
                     **_finding_columns(dim.finding)})
    for section, findings in (("finding-named", sheet.named_findings),
                              ("finding", sheet.general_findings)):
        for finding in findings:
            rows.append({"section": section, **who, **_finding_columns(finding),
                         "notes": _notes(finding.notes)})
    if sheet.placement is not NotesPlacement.NONE:
        rows += _note_rows(sheet.process_notes, **who)
        for dim in sheet.dimensions:
            rows += _note_rows(dim.notes, item_id=dim.dimension.id)
    return rows


def to_csv(sheet: Sheet) -> str:
    rows = comparison_rows(sheet) if isinstance(sheet, ComparisonSheet) else profile_rows(sheet)
    buffer = io.StringIO()
    writer = csv.DictWriter(buffer, fieldnames=COLUMNS, restval="", lineterminator="\r\n")
    writer.writeheader()
    writer.writerows({key: _safe(value) for key, value in row.items()} for row in rows)
    return buffer.getvalue()
