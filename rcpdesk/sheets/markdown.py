"""A sheet as Markdown: one pipe table per sheet part, sources and notes as numbered lists."""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from rcpdesk.markup import markdown_inert
from rcpdesk.sheets.html import common_accessed
from rcpdesk.sheets.i18n import (
    agreement_label,
    format_date,
    locale_for,
    more_findings_words,
    term,
    translate,
)
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


def _cell(text: str) -> str:
    """Text safe inside a pipe-table cell: no pipes, no line breaks."""
    return " ".join(text.replace("\\", "\\\\").replace("|", "\\|").split("\n")).strip()


def inline(text: str) -> str:
    """A text on one line (line breaks would end a Markdown table cell or list item)."""
    return " ".join(text.split())


def _refs(refs: Sequence[int]) -> str:
    return f" [{', '.join(str(r) for r in refs)}]" if refs else ""


def _delegates(text: str, *, plain: bool = True) -> str:
    """The delegate's words on one line, inert: a note's <img src=...> or <script> is shown, not
    run or fetched by whatever renders the file."""
    return markdown_inert(inline(text), plain=plain)


def _note_text(note: PlacedNote, *, with_target: bool = False) -> str:
    record = note.record
    parts = []
    if record.colour_name:
        parts.append(f"**{_delegates(record.colour_name)}**:")
    if with_target and note.on:
        parts.append(f"*{note.on}*.")
    if record.quote:
        parts.append(f"“{_delegates(record.quote)}”")
    parts.append(_delegates(record.body, plain=not record.markdown) or translate("Sheets", "(no text)"))
    if record.tags:
        parts.append(" ".join("#" + _delegates(t) for t in record.tags))
    return " ".join(parts)


def _notes(notes: Iterable[PlacedNote], placement: NotesPlacement) -> str:
    notes = list(notes)
    if not notes or placement is NotesPlacement.NONE:
        return ""
    if placement is NotesPlacement.AFTER:
        return " " + " ".join(f"[n{n.number}]" for n in notes)
    return "".join(f" — {term('note')}: {_note_text(n)}" for n in notes)


def entry_text(entry: Entry, placement: NotesPlacement, lang: str) -> str:
    locale = locale_for(lang)
    if entry.is_unknown:
        text = f"*{term('not_known')}*"
    else:
        text = inline(entry.text) + _refs(entry.refs)
        if entry.status == "unverified":
            text += f" *{term('unverified')}*"
        if entry.as_of:
            text += f" ({term('as_of_date').format(date=format_date(entry.as_of, locale))})"
        if entry.detail:
            text += f": {inline(entry.detail)}"
    for variant in entry.alternatives:
        unknown = translate("Sheets", "not known")
        when = f", {term('as_of_date').format(date=format_date(variant.as_of, locale))}" if variant.as_of else ""
        text += f" — {term('another_source_gives')}: {inline(variant.text) or unknown}{when}{_refs(variant.refs)}"
    if entry.remark:
        text += f" — {term('on_the_data')}: {inline(entry.remark)}"
    return text + _notes(entry.notes, placement)


def finding_text(finding: FindingEntry | None, placement: NotesPlacement) -> str:
    if finding is None:
        return f"*{term('no_finding_on_this_dimension_in_the_repo')}*"
    gloss = (" (" + translate("Sheets", "words in [square brackets] are the editor's gloss") + ")"
             if finding.glossed else "")
    return (f"{finding.citation}, *{agreement_label(finding.agreement)}*: “{finding.text}”{gloss}"
            + _notes(finding.notes, placement))


def source_line(ref) -> str:  # ref: a numbered source (sheets and packs alike)
    """"3. Title. Publisher. <address>": a numbered source as Markdown."""
    source = ref.source
    line = f"{ref.number}. {inline(source.title)}."
    if source.publisher:
        line += f" {inline(source.publisher)}."
    if source.url:
        line += f" <{source.url}>"
    return line


def more_findings_text(more: Sequence[FindingEntry], placement: NotesPlacement) -> str:
    if not more:
        return ""
    return (" — " + more_findings_words([f.citation for f in more])
            + "".join(_notes(f.notes, placement) for f in more))


def _table(header: Sequence[str], rows: Iterable[Sequence[str]]) -> list[str]:
    lines = ["| " + " | ".join(_cell(h) for h in header) + " |",
             "|" + "|".join(" --- " for _ in header) + "|"]
    lines += ["| " + " | ".join(_cell(c) for c in row) + " |" for row in rows]
    return lines


def _sources(footnotes: Sequence[SourceRef], lang: str) -> list[str]:
    if not footnotes:
        return []
    locale = locale_for(lang)
    common = common_accessed(footnotes)
    lines = ["", f"## {term('sources')}", ""]
    if common:
        lines += [translate("Sheets", "Accessed {date} unless another date is given.").format(
            date=format_date(common, locale)), ""]
    for ref in footnotes:
        source = ref.source
        line = source_line(ref)
        if source.accessed and source.accessed != common:
            line += " (" + translate("Sheets", "accessed {date}").format(date=format_date(source.accessed, locale)) + ")"
        lines.append(line)
    return lines


def _notes_after(sheet: Sheet) -> list[str]:
    lines = []
    if sheet.legend:
        lines += ["", f"{term('colours_of_your_notes')}: " + ", ".join(
            f"{_delegates(name)} ({hex_value})" for name, hex_value in sheet.legend)]
    if sheet.placement is NotesPlacement.AFTER and sheet.notes:
        lines += ["", f"## {term('your_notes')}", ""]
        lines += [f"- **n{n.number}** {_note_text(n, with_target=True)}" for n in sheet.notes]
    return lines


def _masthead(sheet: Sheet) -> list[str]:
    meta = sheet.meta
    return [f"# {meta.title}", "",
            " · ".join([translate("Sheets", "Printed {date}").format(date=meta.printed),
                        translate("Sheets", "Data edition {edition}").format(edition=meta.edition),
                        translate("Sheets", "Report: {citation}").format(citation=meta.citation)]), ""]


def comparison_markdown(sheet: ComparisonSheet) -> str:
    placement, lang = sheet.placement, sheet.meta.lang
    lines = _masthead(sheet)
    lines.append("; ".join(f"**{p.display_name}**: {p.name}" for p in sheet.processes) + ".")
    lines.append("")
    header = [translate("Sheets", "Dimension"), *(p.display_name for p in sheet.processes), translate("Sheets", "2005 report")]
    rows = []
    if placement is not NotesPlacement.NONE and any(sheet.process_notes):
        rows.append([f"**{term('your_notes_on_the_process')}**",
                     *(_notes(n, placement).strip(" —") for n in sheet.process_notes), ""])
    for row in sheet.rows:
        label = f"**{row.dimension.name}**" + _notes(row.notes, placement)
        rows.append([label, *(entry_text(c, placement, lang) for c in row.cells),
                     finding_text(row.finding, placement) + more_findings_text(row.more_findings, placement)])
    lines += _table(header, rows)
    lines += _sources(sheet.footnotes, lang)
    lines += _notes_after(sheet)
    return "\n".join(lines) + "\n"


def profile_markdown(sheet: ProfileSheet) -> str:
    placement, lang = sheet.placement, sheet.meta.lang
    lines = _masthead(sheet)
    lines += [sheet.facts_line, ""]
    if sheet.process_notes and placement is not NotesPlacement.NONE:
        lines += [f"**{term('your_notes_on_the_process')}**" + _notes(sheet.process_notes, placement), ""]
    lines += [f"## {term('facts')}", ""]
    lines += _table([translate("Sheets", "Fact"), translate("Sheets", "Value, date and sources")],
                    ([f"**{r.label}**", entry_text(r.entry, placement, lang)] for r in sheet.facts))
    lines += ["", f"## {term('positions_on_the_comparison_dimensions')}", ""]
    lines += _table([translate("Sheets", "Dimension"), sheet.summary.display_name, translate("Sheets", "The 2005 report on this dimension")],
                    ([f"**{r.dimension.name}**" + _notes(r.notes, placement),
                      entry_text(r.entry, placement, lang), finding_text(r.finding, placement)]
                     for r in sheet.dimensions))
    lines += ["", f"## {term('what_the_2005_report_says')}"]
    if sheet.named_findings:
        lines += ["", f"### {term('where_the_report_names_the_process')}", ""]
        lines += [f"- {finding_text(f, placement)}" for f in sheet.named_findings]
    if sheet.general_findings:
        lines += ["", f"### {term('findings_on_the_processes_that_took_part')}", ""]
        lines += [f"- {finding_text(f, placement)}" for f in sheet.general_findings]
    if sheet.findings_left_out:
        lines += ["", translate("Sheets", "{n} further findings of narrower agreement are not printed here; the report "
                         "view shows them all.").format(n=sheet.findings_left_out)]
    lines += _sources(sheet.footnotes, lang)
    lines += _notes_after(sheet)
    return "\n".join(lines) + "\n"


def to_markdown(sheet: Sheet) -> str:
    if isinstance(sheet, ComparisonSheet):
        return comparison_markdown(sheet)
    return profile_markdown(sheet)
