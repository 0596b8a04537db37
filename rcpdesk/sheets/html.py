"""A sheet as HTML for Qt's rich text (QTextDocument): tables whose header rows repeat on each page.

The tables are kept as row groups (a dimension's values and the report's finding below them) so the
layout can start a new table segment, header row and all, on the next page instead of splitting a
group that would fit on one page.
"""

from __future__ import annotations

import html
import itertools
import re
from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field

from rcpdesk.bidi import is_rtl
from rcpdesk.catalog import model as m
from rcpdesk.markup import markdown_for_print
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

BORDER = "#8c8c8c"
HEADER_BG = "#e4e7eb"
FINDING_BG = "#f1f1ee"
MUTED = "#555555"
UNKNOWN = "#767676"
GLOSS = "#7a4b00"  # the editor's bracketed words inside a quotation: not the report's


@dataclass(frozen=True)
class RenderHints:
    """What the page allows: the base font size and how many process columns fit side by side."""

    font_pt: float = 9.0
    max_columns: int = 9
    first_column_pct: float | None = None  # the comparison's dimension column; None: by count
    source_columns: int = 1  # the sources list side by side on a wide page
    map_width: int | None = None  # the members map's width in <img> units; None: no picture here
    map_height: int | None = None


MEMBERS_MAP_URL = "rcpdesk-map:members"  # the image resource the layout adds to its document


@dataclass(frozen=True)
class RowGroup:
    """Rows that belong together (a dimension's values and the report's finding under them)."""

    html: str
    rows: int
    label: str = ""  # repeated as "label (continued)" when the group runs onto the next page


@dataclass
class TableBlock:
    """A table kept as row groups; assemble() may cut it into segments between groups."""

    key: str
    header: str  # the <tr> rows repeated on each page
    header_rows: int
    groups: list[RowGroup] = field(default_factory=list)
    break_before: bool = False
    caption: str = ""  # a heading that goes with the table onto the next page
    caption_tag: str = "h2"
    caption_html: str = ""  # or the heading's own markup, when it is more than text
    border: bool = True


@dataclass(frozen=True)
class Segment:
    """One <table> of the assembled HTML: which groups of which table block it holds."""

    key: str
    header_rows: int
    groups: tuple[int, ...]
    group_rows: tuple[int, ...]
    labels: tuple[str, ...] = ()


Block = str | TableBlock


def esc(text: str | None) -> str:
    return html.escape(text or "", quote=True)


def _multiline(text: str) -> str:
    return "<br/>".join(esc(line) for line in text.strip().splitlines())


def _pt(hints: RenderHints, factor: float) -> str:
    return f"{hints.font_pt * factor:.2f}pt"


def stylesheet(hints: RenderHints) -> str:
    return (
        f"body {{ font-size: {_pt(hints, 1)}; }}"
        f"h1 {{ font-size: {_pt(hints, 1.65)}; font-weight: bold; margin-top: 0px; margin-bottom: 2px; }}"
        f"h2 {{ font-size: {_pt(hints, 1.25)}; font-weight: bold; margin-top: 10px; margin-bottom: 3px; }}"
        f"h3 {{ font-size: {_pt(hints, 1.05)}; font-weight: bold; margin-top: 6px; margin-bottom: 2px; }}"
        "p { margin-top: 0px; margin-bottom: 3px; }"
        f".lead {{ color: {MUTED}; font-size: {_pt(hints, 0.9)}; margin-bottom: 4px; }}"
        f".meta {{ color: {MUTED}; font-size: {_pt(hints, 0.85)}; }}"
        f".unknown {{ color: {UNKNOWN}; font-style: italic; }}"
        f".flag {{ color: {MUTED}; font-style: italic; }}"
        f".ref {{ color: {MUTED}; font-size: {_pt(hints, 0.85)}; }}"
        f".source {{ font-size: {_pt(hints, 0.85)}; margin-bottom: 1px; }}"
        f".note {{ font-size: {_pt(hints, 0.9)}; margin-top: 3px; margin-bottom: 0px; }}"
        f".finding {{ font-size: {_pt(hints, 0.92)}; }}"
        f".gloss {{ color: {GLOSS}; font-style: normal; }}"
        f"th {{ background-color: {HEADER_BG}; }}"
    )


# -- pieces ------------------------------------------------------------------------------------


def refs_html(refs: Sequence[int]) -> str:
    if not refs:
        return ""
    return f"<sup class=\"ref\">{','.join(str(r) for r in refs)}</sup>"


def _note_marker(note: PlacedNote) -> str:
    colour = esc(note.record.colour_hex or MUTED)
    return f"<sup style=\"color:{colour}; font-weight:bold\">n{note.number}</sup>"


def swatch(hex_value: str | None) -> str:
    if not hex_value:
        return ""
    return f"<span style=\"color:{esc(hex_value)}\">&#9632;</span>&nbsp;"


def note_body_html(note: PlacedNote, *, with_target: bool = False) -> str:
    record = note.record
    parts = [swatch(record.colour_hex)]
    if record.colour_name:
        parts.append(f"<b>{esc(record.colour_name)}</b>: ")
    if with_target and note.on:
        parts.append(f"<i>{esc(note.on)}</i>. ")
    if record.quote:
        parts.append(f"“{esc(' '.join(record.quote.split()))}” ")
    if not record.body.strip():
        parts.append(f"<span class=\"unknown\">{esc(term('no_text'))}</span>")
    elif record.markdown:
        parts.append(markdown_for_print(record.body))
    else:
        parts.append(_multiline(record.body))
    if record.tags:
        parts.append(f" <span class=\"meta\">{esc(' '.join('#' + t for t in record.tags))}</span>")
    return "".join(parts)


def notes_html(notes: Iterable[PlacedNote], placement: NotesPlacement) -> str:
    """Notes inside a cell: the notes themselves, or their numbers when they go after the table."""
    notes = list(notes)
    if not notes or placement is NotesPlacement.NONE:
        return ""
    if placement is NotesPlacement.AFTER:
        return " " + "".join(_note_marker(n) for n in notes)
    return "".join(f"<p class=\"note\" style=\"background-color: {tint(n.record.colour_hex)}\">"
                   f"{note_body_html(n)}</p>" for n in notes)


def tint(hex_value: str | None, share: float = 0.12) -> str:
    """A pale wash of a note's colour: the note stands out, and prints light in grey."""
    text = (hex_value or "").lstrip("#")
    if len(text) != 6 or any(c not in "0123456789abcdefABCDEF" for c in text):
        return "#f3f3f3"
    channels = [int(text[i:i + 2], 16) for i in (0, 2, 4)]
    return "#" + "".join(f"{round(255 - (255 - c) * share):02x}" for c in channels)


def entry_html(entry: Entry, placement: NotesPlacement, lang: str) -> str:
    locale = locale_for(lang)
    if entry.is_unknown:
        body = f"<span class=\"unknown\">{esc(term('not_known'))}</span>"
    else:
        body = _multiline(entry.text) + refs_html(entry.refs)
        if entry.status == "unverified":
            body += f" <span class=\"flag\">{esc(term('unverified'))}</span>"
        if entry.as_of:
            body += (f" <span class=\"meta\">{esc(term('as_of_date').format(date=format_date(entry.as_of, locale)))}"
                     "</span>")
        if entry.detail:
            body += f"<br/><span class=\"meta\">{esc(entry.detail)}</span>"
    for variant in entry.alternatives:
        text = variant.text or translate("Sheets", "not known")
        when = f", {term('as_of_date').format(date=format_date(variant.as_of, locale))}" if variant.as_of else ""
        body += (f"<br/><span class=\"meta\">{esc(term('another_source_gives'))}: {esc(text)}{esc(when)}"
                 f"</span>{refs_html(variant.refs)}")
    if entry.remark:
        body += f"<br/><span class=\"meta\">{esc(term('on_the_data'))}: {esc(entry.remark)}</span>"
    return body + notes_html(entry.notes, placement)


def finding_html(finding: FindingEntry | None, placement: NotesPlacement, *,
                 with_citation: bool = True) -> str:
    if finding is None:
        return f"<span class=\"unknown\">{esc(term('no_finding_on_this_dimension_in_the_repo'))}</span>"
    head = f"<b>{esc(finding.citation)}</b> · " if with_citation else ""
    # the report's words stay English, marked as such (an Arabic sheet isolates them whole)
    return (f"{head}<i>{esc(agreement_label(finding.agreement))}</i>: "
            f"<span lang=\"en\">“{quoted_html(finding)}”</span>"
            + gloss_mark_html(finding) + notes_html(finding.notes, placement))


def quoted_html(finding: FindingEntry) -> str:
    """The finding's words, the editor's bracketed gloss set apart."""
    if not finding.glossed:
        return esc(finding.text)
    return re.sub(r"\[([^\[\]]+)\]", lambda m: f"<span class=\"gloss\">[{m.group(1)}]</span>", esc(finding.text))


def gloss_mark_html(finding: FindingEntry) -> str:
    if not finding.glossed:
        return ""
    mark = translate("Sheets", "words in [square brackets] are the editor's gloss")
    return f" <span class=\"meta\">({esc(mark)})</span>"


def more_findings_html(more: Sequence[FindingEntry], placement: NotesPlacement) -> str:
    """"3 more in the report: ¶17 · ¶27 · ¶47", with the notes on those paragraphs."""
    if not more:
        return ""
    text = more_findings_words([f.citation for f in more])
    return (f"<br/><span class=\"meta\">{esc(text)}</span>"
            + "".join(notes_html(f.notes, placement) for f in more))


def legend_html(sheet: Sheet) -> str:
    if not sheet.legend:
        return ""
    items = "&nbsp;&nbsp; ".join(f"{swatch(hex_value)}{esc(name)}" for name, hex_value in sheet.legend)
    return f"<p class=\"lead\"><b>{esc(term('colours_of_your_notes'))}:</b> {items}</p>"


def common_accessed(footnotes: Sequence[SourceRef]) -> str | None:
    """The date most sources were accessed on, said once instead of on every line."""
    dates = Counter(ref.source.accessed for ref in footnotes if ref.source.accessed)
    if not dates:
        return None
    date, count = dates.most_common(1)[0]
    return date if count * 2 >= len(footnotes) else None


def _source_html(ref: SourceRef, common: str | None, lang: str) -> str:
    source = ref.source
    parts = [f"<b>{ref.number}</b>&nbsp; {esc(source.title)}."]
    if source.publisher:
        parts.append(f" {esc(source.publisher)}.")
    if source.url:
        parts.append(f" {esc(source.url)}")
    if source.accessed and source.accessed != common:
        accessed = translate("Sheets", "accessed {date}").format(date=format_date(source.accessed, locale_for(lang)))
        parts.append(f" <span class=\"meta\">({esc(accessed)})</span>")
    return "".join(parts)


def sources_blocks(footnotes: Sequence[SourceRef], lang: str, hints: RenderHints) -> list[Block]:
    """The numbered sources; on a wide page in two columns, read across (1 2 / 3 4 / ...)."""
    if not footnotes:
        return []
    common = common_accessed(footnotes)
    heading = f"<h2>{esc(term('sources'))}</h2>"
    if common:
        note = translate("Sheets", "Accessed {date} unless another date is given.").format(
            date=format_date(common, locale_for(lang)))
        heading += f"<p class=\"lead\">{esc(note)}</p>"
    items = [_source_html(ref, common, lang) for ref in footnotes]
    if hints.source_columns < 2 or len(items) < 4:
        return [heading + "".join(f"<p class=\"source\">{i}</p>" for i in items)]
    table = TableBlock("sources", "", 0, caption_html=heading, border=False)
    for start in range(0, len(items), 2):
        pair = items[start:start + 2] + [""] * (2 - len(items[start:start + 2]))
        table.groups.append(RowGroup("<tr>" + "".join(
            f"<td width=\"50%\" valign=\"top\"><span class=\"source\">{item}</span></td>"
            for item in pair) + "</tr>", 1))
    return [table]


def notes_after_html(sheet: Sheet) -> str:
    if sheet.placement is not NotesPlacement.AFTER or not sheet.notes:
        return ""
    out = [f"<h2>{esc(term('your_notes'))}</h2>"]
    for note in sheet.notes:
        out.append(f"<p class=\"note\"><b>n{note.number}</b>&nbsp; {note_body_html(note, with_target=True)}</p>")
    return "".join(out)


def _cell(content: str, width: float | None = None, *, colspan: int = 1, bg: str | None = None,
          header: bool = False) -> str:
    tag = "th" if header else "td"
    attrs = [] if header else ["valign=\"top\""]
    if header:
        attrs.append("align=\"left\" valign=\"bottom\"")
    if width is not None:
        attrs.append(f"width=\"{width:.2f}%\"")
    if colspan > 1:
        attrs.append(f"colspan=\"{colspan}\"")
    if bg:
        attrs.append(f"bgcolor=\"{bg}\"")
    return f"<{tag} {' '.join(attrs)}>{content}</{tag}>"


def table_html(block: TableBlock, groups: Sequence[int], break_before: bool) -> str:
    style = "border-collapse: collapse; border-style: solid; border-color: " + BORDER
    if break_before:
        style += "; page-break-before: always"
    rows = "".join(block.groups[g].html for g in groups)
    head = f"<thead>{block.header}</thead>" if block.header else ""
    border = "1" if block.border else "0"
    return (f"<table width=\"100%\" border=\"{border}\" cellspacing=\"0\" cellpadding=\"3\" "
            f"style=\"{style}\">{head}<tbody>{rows}</tbody></table>")


def assemble(blocks: Sequence[Block], hints: RenderHints,
             breaks: Mapping[str, Iterable[int]] | None = None) -> tuple[str, list[Segment]]:
    """The HTML of the blocks, each table cut before the groups in breaks; and its segments."""
    breaks = breaks or {}
    parts = [f"<html><head><style>{stylesheet(hints)}</style></head><body>"]
    segments: list[Segment] = []
    for block in blocks:
        if isinstance(block, str):
            parts.append(block)
            continue
        n = len(block.groups)
        wanted = set(breaks.get(block.key, ()))
        cuts = sorted(g for g in wanted if 0 < g < n)
        bounds = [0, *cuts, n]
        first_breaks = block.break_before or 0 in wanted
        if block.caption or block.caption_html:
            style = " style=\"page-break-before: always\"" if first_breaks else ""
            if block.caption_html:
                tag_end = block.caption_html.index(">")
                parts.append(block.caption_html[:tag_end] + style + block.caption_html[tag_end:])
            else:
                parts.append(f"<{block.caption_tag}{style}>{esc(block.caption)}</{block.caption_tag}>")
            first_breaks = False
        for index, (start, end) in enumerate(itertools.pairwise(bounds)):
            groups = tuple(range(start, end))
            parts.append(table_html(block, groups, first_breaks if index == 0 else True))
            segments.append(Segment(block.key, block.header_rows, groups,
                                    tuple(block.groups[g].rows for g in groups),
                                    tuple(block.groups[g].label for g in groups)))
    parts.append("</body></html>")
    return "".join(parts), segments


# -- the comparison --------------------------------------------------------------------------


def _bands(count: int, max_columns: int) -> list[range]:
    """Process columns split into bands of (nearly) equal width when they do not fit side by side."""
    max_columns = max(1, max_columns)
    bands = -(-count // max_columns)
    size = -(-count // bands)
    return [range(start, min(start + size, count)) for start in range(0, count, size)]


def _process_header(process: m.ProcessSummary) -> str:
    small = []
    if process.established:
        small.append(translate("Sheets", "since {year}").format(year=process.established))
    text = f"<b>{esc(process.display_name)}</b>"
    if small:
        text += f"<br/><span class=\"meta\">{esc(' · '.join(small))}</span>"
    return text


def comparison_blocks(sheet: ComparisonSheet, hints: RenderHints) -> list[Block]:
    placement = sheet.placement
    lang = sheet.meta.lang
    blocks: list[Block] = [f"<h1>{esc(sheet.meta.title)}</h1>"]
    names = "; ".join(f"<b>{esc(p.display_name)}</b> {esc(p.name)}" if p.name != p.display_name
                      else f"<b>{esc(p.display_name)}</b>" for p in sheet.processes)
    blocks.append(f"<p class=\"lead\">{names}.</p>")
    blocks.append(
        "<p class=\"lead\">" + esc(translate("Sheets", "Each cell gives the process's own arrangement and the date it holds for; the small "
            "numbers are the sources listed after the table. The shaded line under each row gives "
            "the 2005 report's finding that bears most on it, with its paragraph (¶), the level of "
            "agreement the report records and how many more findings bear on the row. Words in "
            "[square brackets] are the editor's, from the paragraph.")) + "</p>")
    blocks.append(legend_html(sheet))
    bands = _bands(len(sheet.processes), hints.max_columns)
    first_width = hints.first_column_pct or (13.0 if len(bands[0]) > 3 else 16.0)
    for band_index, band in enumerate(bands):
        caption = ""
        if len(bands) > 1:
            caption = translate("Sheets", "Processes {first}–{last} of {count}").format(
                first=band.start + 1, last=band.stop, count=len(sheet.processes))
        width = (100.0 - first_width) / len(band)
        header = "<tr>" + _cell(f"<b>{esc(term('dimension'))}</b>", first_width, header=True) + "".join(
            _cell(_process_header(sheet.processes[i]), width, header=True) for i in band) + "</tr>"
        table = TableBlock(f"band{band_index}", header, 1, break_before=band_index > 0,
                           caption=caption, caption_tag="h3")
        if any(sheet.process_notes[i] for i in band) and placement is not NotesPlacement.NONE:
            row = "<tr>" + _cell(f"<b>{esc(term('your_notes_on_the_process'))}</b>", first_width) + "".join(
                _cell(notes_html(sheet.process_notes[i], placement).strip() or "&nbsp;", width)
                for i in band) + "</tr>"
            table.groups.append(RowGroup(row, 1, translate("Sheets", "Your notes on the process")))
        for row_data in sheet.rows:
            dim = row_data.dimension
            label = f"<b>{esc(dim.name)}</b>"
            if dim.description:
                label += f"<br/><span class=\"meta\">{esc(dim.description)}</span>"
            label += notes_html(row_data.notes, placement)
            rows = "<tr>" + _cell(label, first_width) + "".join(
                _cell(entry_html(row_data.cells[i], placement, lang), width) for i in band) + "</tr>"
            count = 1
            if row_data.finding is not None:
                rows += ("<tr>" + _cell(f"<span class=\"meta\">{esc(term('2005_report'))}</span> "
                                        f"<b>{esc(row_data.finding.citation)}</b>", first_width,
                                        bg=FINDING_BG)
                         + _cell("<span class=\"finding\">" + finding_html(
                             row_data.finding, placement, with_citation=False)
                             + more_findings_html(row_data.more_findings, placement) + "</span>",
                             100.0 - first_width, colspan=len(band), bg=FINDING_BG) + "</tr>")
                count = 2
            table.groups.append(RowGroup(rows, count, dim.name))
        blocks.append(table)
    blocks.extend(sources_blocks(sheet.footnotes, lang, hints))
    blocks.append(notes_after_html(sheet))
    return [b for b in blocks if b]


# -- the profile -----------------------------------------------------------------------------


def _findings_list(findings: Sequence[FindingEntry], placement: NotesPlacement) -> str:
    return "".join(f"<p class=\"finding\">{finding_html(f, placement)}</p>" for f in findings)


def members_map_caption(sheet: ProfileSheet) -> str:
    members_map = sheet.members_map
    name = sheet.summary.display_name
    if members_map is not None and members_map.as_of:
        return translate("Sheets", "Members map of {name}, from the membership list as of {date}.").format(
            name=name, date=format_date(members_map.as_of, locale_for(sheet.meta.lang)))
    return translate("Sheets", "Members map of {name}; the membership list gives no date.").format(
        name=name)


def members_map_html(sheet: ProfileSheet, hints: RenderHints) -> str:
    """The members map and its caption (a PDF or print); in a text export, where to find it."""
    if sheet.members_map is None:
        return ""
    if not (hints.map_width and hints.map_height):
        return "<p class=\"lead\">" + esc(translate(
            "Sheets", "The members map is printed only in the PDF and on paper.")) + "</p>"
    return (f"<p align=\"center\" style=\"margin-top: 8px; margin-bottom: 2px\">"
            f"<img src=\"{MEMBERS_MAP_URL}\" width=\"{hints.map_width}\" "
            f"height=\"{hints.map_height}\" /></p>"
            f"<p class=\"lead\" align=\"center\">{esc(members_map_caption(sheet))}</p>")


def profile_blocks(sheet: ProfileSheet, hints: RenderHints) -> list[Block]:
    placement = sheet.placement
    lang = sheet.meta.lang
    summary = sheet.summary
    blocks: list[Block] = [f"<h1>{esc(sheet.meta.title)}</h1>",
                           f"<p class=\"lead\">{esc(sheet.facts_line)}</p>"]
    if sheet.process_notes and placement is not NotesPlacement.NONE:
        label = f"<b>{esc(term('your_notes_on_the_process'))}</b>"
        if placement is NotesPlacement.AFTER:
            blocks.append(f"<p class=\"lead\">{label}{notes_html(sheet.process_notes, placement)}</p>")
        else:
            blocks.append(f"<p class=\"lead\">{label}</p>" + notes_html(sheet.process_notes, placement))
    blocks.append(legend_html(sheet))

    header = ("<tr>" + _cell(f"<b>{esc(term('fact'))}</b>", 20, header=True)
              + _cell(f"<b>{esc(term('value_date_and_sources'))}</b>", 80, header=True) + "</tr>")
    facts = TableBlock("facts", header, 1, caption=translate("Sheets", "Facts"))
    for row in sheet.facts:
        facts.groups.append(RowGroup("<tr>" + _cell(f"<b>{esc(row.label)}</b>", 20)
                                     + _cell(entry_html(row.entry, placement, lang), 80) + "</tr>",
                                     1, row.label))
    blocks.append(facts)
    blocks.append(members_map_html(sheet, hints))

    header = ("<tr>" + _cell(f"<b>{esc(term('dimension'))}</b>", 18, header=True)
              + _cell(f"<b>{esc(summary.display_name)}</b>", 46, header=True)
              + _cell(f"<b>{esc(term('the_2005_report_on_this_dimension'))}</b>", 36, header=True)
              + "</tr>")
    dims = TableBlock("dimensions", header, 1, caption=translate("Sheets", "Positions on the comparison dimensions"))
    for row in sheet.dimensions:
        label = f"<b>{esc(row.dimension.name)}</b>" + notes_html(row.notes, placement)
        dims.groups.append(RowGroup(
            "<tr>" + _cell(label, 18) + _cell(entry_html(row.entry, placement, lang), 46)
            + _cell(f"<span class=\"finding\">{finding_html(row.finding, placement)}</span>", 36,
                    bg=FINDING_BG) + "</tr>", 1, row.dimension.name))
    blocks.append(dims)

    blocks.append(f"<h2>{esc(term('what_the_2005_report_says'))}</h2>")
    if sheet.named_findings:
        blocks.append(f"<h3>{esc(term('where_the_report_names_the_process'))}</h3>")
        blocks.append(_findings_list(sheet.named_findings, placement))
    if sheet.general_findings:
        blocks.append(f"<h3>{esc(term('findings_on_the_processes_that_took_part'))}</h3>")
        blocks.append(_findings_list(sheet.general_findings, placement))
    if sheet.findings_left_out:
        blocks.append("<p class=\"lead\">" + esc(translate("Sheets", "{n} further findings of narrower agreement are not printed here; the report view "
            "shows them all.").format(n=sheet.findings_left_out)) + "</p>")
    if not (sheet.named_findings or sheet.general_findings):
        blocks.append("<p class=\"lead\">" + esc(translate("Sheets", "The report does not name this process; it took no part in the 2005 workshop. The "
            "report's finding on each dimension is given in the table above.")) + "</p>")
    blocks.extend(sources_blocks(sheet.footnotes, lang, hints))
    blocks.append(notes_after_html(sheet))
    return [b for b in blocks if b]


def sheet_blocks(sheet: Sheet, hints: RenderHints) -> list[Block]:
    if isinstance(sheet, ComparisonSheet):
        return comparison_blocks(sheet, hints)
    return profile_blocks(sheet, hints)


def to_html(sheet: Sheet, hints: RenderHints | None = None) -> str:
    """The whole sheet as one HTML page (Qt rich-text subset; opens in any browser too)."""
    hints = hints or RenderHints()
    body, _ = assemble(sheet_blocks(sheet, hints), hints)
    # A browser mirrors an Arabic page itself (the PDF's mirroring is Qt's: layout.py).
    direction = ' dir="rtl"' if is_rtl(sheet.meta.lang) else ""
    head = (f"<html lang=\"{esc(sheet.meta.lang)}\"{direction}><head><meta charset=\"utf-8\">"
            f"<title>{esc(sheet.meta.title)}</title>"
            f"<style>{stylesheet(hints)}</style></head><body>")
    footer = (f"<p class=\"meta\">{esc(term('printed_date').format(date=sheet.meta.printed))} · "
              f"{esc(term('data_edition_edition').format(edition=sheet.meta.edition))} · "
              f"{esc(term('report_citation').format(citation=sheet.meta.citation))}</p>")
    inner = body.split("<body>", 1)[1].rsplit("</body>", 1)[0]
    return f"{head}{inner}{footer}</body></html>"
