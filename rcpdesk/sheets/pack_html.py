"""The briefing pack's own parts as HTML (cover, contents, findings, country, notes, sources), for
the PDF's text documents and for the HTML file; the profiles and the comparison come from html.py."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from rcpdesk.bidi import is_rtl
from rcpdesk.sheets.html import (
    FINDING_BG,
    RenderHints,
    assemble,
    entry_html,
    esc,
    gloss_mark_html,
    note_body_html,
    quoted_html,
    sheet_blocks,
    sources_blocks,
    stylesheet,
    tint,
)
from rcpdesk.sheets.i18n import agreement_label, format_date, locale_for, term, translate
from rcpdesk.sheets.model import NotesPlacement, PlacedNote
from rcpdesk.sheets.pack import Pack


@dataclass(frozen=True)
class ContentsLine:
    """A line of the contents: its title, its level (0: a part, 1: within a part), its page."""

    key: str
    title: str
    level: int = 0
    page: int | None = None  # 1-based; None in a text export


def part_title(key: str) -> str:
    titles = {
        "cover": translate("Sheets", "Cover"),
        "contents": translate("Sheets", "Contents"),
        "profiles": translate("Sheets", "Profiles"),
        "comparison": translate("Sheets", "Comparison"),
        "findings": translate("Sheets", "The 2005 report's findings on these rows"),
        "maps": translate("Sheets", "Members maps"),
        "notes": translate("Sheets", "Your notes"),
        "sources": translate("Sheets", "Sources"),
    }
    return titles[key]


def country_title(pack: Pack) -> str:
    assert pack.country is not None
    return translate("Sheets", "Country: {name}").format(name=pack.country.country.name)


def pack_stylesheet(hints: RenderHints) -> str:
    return stylesheet(hints) + (
        f".cover-title {{ font-size: {hints.font_pt * 2.6:.1f}pt; font-weight: bold; }}"
        f".cover-line {{ font-size: {hints.font_pt * 1.4:.1f}pt; }}"
        f".toc {{ font-size: {hints.font_pt * 1.1:.1f}pt; }}"
        f".toc-sub {{ font-size: {hints.font_pt:.1f}pt; }}"
        ".pin { font-weight: bold; }"
    )


def cover_html(pack: Pack) -> str:
    meta = pack.meta
    lines = [
        "<p style=\"margin-top: 120px\">&nbsp;</p>",
        f"<p class=\"cover-title\">{esc(meta.title)}</p>",
        f"<p class=\"cover-line\" style=\"margin-top: 18px\">{esc(meta.line)}</p>",
        f"<p style=\"margin-top: 30px\">{esc(term('printed_date').format(date=meta.printed))}</p>",
        f"<p>{esc(term('data_edition_edition').format(edition=meta.edition))}</p>",
        f"<p class=\"meta\">{esc(term('report_citation').format(citation=pack.comparison.meta.citation))}</p>",
    ]
    if pack.tags:
        lines.append("<p class=\"meta\">" + esc(translate("Sheets", "Notes tagged: {tags}").format(
            tags=", ".join("#" + t for t in pack.tags))) + "</p>")
    return "".join(lines)


def contents_html(lines: Sequence[ContentsLine], *, linked: bool = True) -> str:
    """The contents; linked to the parts' anchors in HTML (the PDF adds its own links)."""
    rows = []
    for line in lines:
        cls = "toc" if line.level == 0 else "toc-sub"
        indent = "" if line.level == 0 else "&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;"
        title = f"<b>{esc(line.title)}</b>" if line.level == 0 else esc(line.title)
        page = "" if line.page is None else str(line.page)
        if linked:
            title = f"<a href=\"#{esc(line.key)}\">{title}</a>"
        rows.append(f"<tr><td class=\"{cls}\">{indent}{title}</td>"
                    f"<td class=\"{cls}\" align=\"right\" width=\"12%\">{page}</td></tr>")
    return (f"<h1>{esc(part_title('contents'))}</h1>"
            "<table width=\"100%\" border=\"0\" cellspacing=\"0\" cellpadding=\"3\">" + "".join(rows) + "</table>")


def findings_html(pack: Pack) -> str:
    """Each compared row with the report's findings on it, the best fitting first."""
    parts = [f"<h1>{esc(part_title('findings'))}</h1>",
             "<p class=\"lead\">" + esc(translate(
                 "Sheets", "For each row compared, the findings of the 2005 report that bear on it, "
                 "the one that fits it best in full: the paragraph (¶), the level of agreement the "
                 "report records, and its words. Words in [square brackets] are the editor's.")) + "</p>"]
    for row in pack.findings:
        parts.append(f"<h3>{esc(row.row.name)}</h3>")
        finding, *more = row.findings
        parts.append(
            f"<p class=\"finding\" style=\"background-color: {FINDING_BG}; margin-bottom: 2px\">"
            f"<b>{esc(finding.citation)}</b> · <i>{esc(agreement_label(finding.agreement))}</i>: "
            f"<span lang=\"en\">“{quoted_html(finding)}”</span>{gloss_mark_html(finding)}</p>")
        if more:
            citations = " · ".join(dict.fromkeys(f.citation for f in more))
            parts.append("<p class=\"meta\">" + esc(translate(
                "Sheets", "Also bearing on this row: {citations}").format(citations=citations)) + "</p>")
    if not pack.findings:
        parts.append("<p class=\"lead\">" + esc(translate(
            "Sheets", "The report has no finding on the rows compared.")) + "</p>")
    return "".join(parts)


def country_html(pack: Pack) -> str:
    page = pack.country
    assert page is not None
    lang = pack.meta.lang
    locale = locale_for(lang)
    parts = [f"<h1>{esc(country_title(pack))}</h1>"]
    if not page.roles:
        parts.append("<p>" + esc(translate("Sheets", "No process lists {name} as a member or an observer.").format(
            name=page.country.name)) + "</p>")
    else:
        parts.append("<p class=\"lead\">" + esc(translate(
            "Sheets", "Its roles in every process, from the dated membership lists; the pack's "
            "processes first (marked ●).")) + "</p>")
        head = "".join(f"<th align=\"left\">{esc(h)}</th>" for h in (
            translate("Sheets", "Process"), translate("Sheets", "Role"),
            translate("Sheets", "Years"), translate("Sheets", "As of")))
        rows = []
        for role in page.roles:
            name = esc(role.process.display_name)
            if role.in_pack:
                name = f"<span class=\"pin\">● {name}</span>"
            label = translate("Sheets", "member") if role.role == "member" else translate("Sheets", "observer")
            if not role.current:
                label = translate("Sheets", "{role} (ended)").format(role=label)
            as_of = format_date(role.as_of, locale) if role.as_of else ""
            rows.append(f"<tr><td>{name}</td><td>{esc(label)}</td><td>{esc(role.years)}</td>"
                        f"<td>{esc(as_of)}</td></tr>")
        parts.append("<table width=\"100%\" border=\"1\" cellspacing=\"0\" cellpadding=\"3\" "
                     "style=\"border-collapse: collapse; border-color: #8c8c8c\">"
                     f"<thead><tr>{head}</tr></thead><tbody>{''.join(rows)}</tbody></table>")
    chairs = translate("Sheets", "Chairs")
    parts.append(f"<h2>{esc(chairs)}</h2>")
    if page.chairs:
        for chair in page.chairs:
            parts.append(f"<p><b>{esc(chair.process.display_name)}</b>: "
                         f"{entry_html(chair.entry, NotesPlacement.NONE, lang)}</p>")
    else:
        parts.append("<p class=\"lead\">" + esc(translate(
            "Sheets", "The processes' chair records do not name {name}.").format(name=page.country.name)) + "</p>")
    return "".join(parts)


def notes_html(pack: Pack) -> str:
    parts = [f"<h1>{esc(part_title('notes'))}</h1>"]
    shown = sum(len(g.notes) for g in pack.notes)
    if pack.tags:
        lead = translate("Sheets", "{shown} of your {total} notes: those tagged {tags}.").format(
            shown=shown, total=pack.notes_total, tags=", ".join("#" + t for t in pack.tags))
    else:
        lead = translate("Sheets", "All your notes ({n}), grouped by what they are on.").format(n=shown)
    if pack.notes or pack.tags:  # (with none at all, "No notes to show" says it)
        parts.append(f"<p class=\"lead\">{esc(lead)}</p>")
    for group in pack.notes:
        parts.append(f"<h3>{esc(group.on)}</h3>")
        for record in group.notes:
            note = PlacedNote(record, None, group.on)
            parts.append(f"<p class=\"note\" style=\"background-color: {tint(record.colour_hex)}\">"
                         f"{note_body_html(note)}</p>")
    if not pack.notes:
        parts.append("<p class=\"lead\">" + esc(translate("Sheets", "No notes to show.")) + "</p>")
    return "".join(parts)


def sources_html(pack: Pack, hints: RenderHints) -> str:
    blocks = sources_blocks(pack.sources, pack.meta.lang, hints)
    if not blocks:
        return f"<h1>{esc(part_title('sources'))}</h1>"
    body, _ = assemble(blocks, hints)
    inner = body.split("<body>", 1)[1].rsplit("</body>", 1)[0]
    return inner.replace("<h2>", "<h1>", 1).replace("</h2>", "</h1>", 1)


def html_page(body: str, hints: RenderHints) -> str:
    return f"<html><head><style>{pack_stylesheet(hints)}</style></head><body>{body}</body></html>"


def _sheet_inner(sheet: object, hints: RenderHints) -> str:
    body, _ = assemble(sheet_blocks(sheet, hints), hints)  # type: ignore[arg-type]
    return body.split("<body>", 1)[1].rsplit("</body>", 1)[0]


def contents_lines(pack: Pack) -> list[ContentsLine]:
    """The pack's parts in order; the profiles and maps with a line per process."""
    lines = [ContentsLine("contents", part_title("contents")),
             ContentsLine("profiles", part_title("profiles"))]
    lines += [ContentsLine(f"profile-{p.summary.id}", p.summary.display_name, 1) for p in pack.profiles]
    lines += [ContentsLine("comparison", part_title("comparison")),
              ContentsLine("findings", part_title("findings"))]
    if pack.maps:
        lines.append(ContentsLine("maps", part_title("maps")))
        lines += [ContentsLine(f"map-{m.process.id}", m.process.display_name, 1) for m in pack.maps]
    if pack.country is not None:
        lines.append(ContentsLine("country", country_title(pack)))
    lines += [ContentsLine("notes", part_title("notes")), ContentsLine("sources", part_title("sources"))]
    return lines


def to_html(pack: Pack) -> str:
    """The whole pack as one HTML page, its maps inline as SVG, its contents linked."""
    from rcpdesk.sheets.html import members_map_caption

    hints = RenderHints()
    direction = ' dir="rtl"' if is_rtl(pack.meta.lang) else ""
    head = (f"<!DOCTYPE html><html lang=\"{esc(pack.meta.lang)}\"{direction}><head><meta charset=\"utf-8\">"
            f"<title>{esc(pack.meta.title)}</title><style>{pack_stylesheet(hints)}"
            " section { page-break-before: always; } svg { max-width: 100%; height: auto; }"
            "</style></head><body>")
    out = [head,
           f"<header id=\"cover\">{cover_html(pack)}</header>",
           f"<section id=\"contents\">{contents_html(contents_lines(pack))}</section>",
           f"<section id=\"profiles\"><h1>{esc(part_title('profiles'))}</h1></section>"]
    for profile in pack.profiles:
        out.append(f"<section id=\"profile-{esc(profile.summary.id)}\">{_sheet_inner(profile, hints)}</section>")
    out.append(f"<section id=\"comparison\">{_sheet_inner(pack.comparison, hints)}</section>")
    out.append(f"<section id=\"findings\">{findings_html(pack)}</section>")
    if pack.maps:
        out.append(f"<section id=\"maps\"><h1>{esc(part_title('maps'))}</h1>")
        for item in pack.maps:
            svg = item.members_map.svg
            svg = svg[svg.find("<svg"):] if "<svg" in svg else svg
            caption = members_map_caption(_map_profile(pack, item.process.id))
            out.append(f"<div id=\"map-{esc(item.process.id)}\"><h2>{esc(item.process.display_name)}</h2>"
                       f"{svg}<p class=\"lead\">{esc(caption)}</p></div>")
        out.append("</section>")
    if pack.country is not None:
        out.append(f"<section id=\"country\">{country_html(pack)}</section>")
    out.append(f"<section id=\"notes\">{notes_html(pack)}</section>")
    out.append(f"<section id=\"sources\">{sources_html(pack, hints)}</section>")
    out.append("</body></html>")
    return "".join(out)


def _map_profile(pack: Pack, process_id: str):  # type: ignore[no-untyped-def]
    """The profile a map belongs to, carrying the map (for its caption)."""
    from dataclasses import replace

    profile = next(p for p in pack.profiles if p.summary.id == process_id)
    members_map = next(m.members_map for m in pack.maps if m.process.id == process_id)
    return replace(profile, members_map=members_map)


def map_caption(pack: Pack, process_id: str) -> str:
    from rcpdesk.sheets.html import members_map_caption

    return members_map_caption(_map_profile(pack, process_id))
