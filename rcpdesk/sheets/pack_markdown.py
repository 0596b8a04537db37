"""The briefing pack as Markdown, for a delegation that pastes it into its own briefing template."""

from __future__ import annotations

import re

from rcpdesk.sheets.i18n import agreement_label, format_date, locale_for, term, translate
from rcpdesk.sheets.markdown import entry_text, inline, source_line, to_markdown
from rcpdesk.sheets.model import NotesPlacement
from rcpdesk.sheets.pack import Pack
from rcpdesk.sheets.pack_html import contents_lines, country_title, map_caption, part_title


def _demoted(text: str) -> str:
    """A sheet's headings one level down, under the pack's own."""
    return re.sub(r"(?m)^(#{1,5}) ", lambda m: "#" + m.group(1) + " ", text).strip()


def to_markdown_pack(pack: Pack) -> str:
    meta = pack.meta
    lines = [f"# {meta.title}", "", meta.line, "",
             " · ".join([term("printed_date").format(date=meta.printed),
                         term("data_edition_edition").format(edition=meta.edition),
                         term("report_citation").format(citation=pack.comparison.meta.citation)]), ""]
    lines += [f"## {part_title('contents')}", ""]
    for line in contents_lines(pack)[1:]:
        lines.append(("  " * line.level) + f"- {line.title}")
    lines += ["", f"## {part_title('profiles')}", ""]
    for profile in pack.profiles:
        lines += [_demoted(to_markdown(profile)), ""]
    lines += [f"## {part_title('comparison')}", "", _demoted(to_markdown(pack.comparison)), ""]
    lines += [f"## {part_title('findings')}", ""]
    for row in pack.findings:
        finding, *more = row.findings
        lines += [f"### {row.row.name}", "",
                  f"**{finding.citation}** · *{agreement_label(finding.agreement)}*: “{inline(finding.text)}”"]
        if more:
            lines += ["", translate("Sheets", "Also bearing on this row: {citations}").format(
                citations=" · ".join(dict.fromkeys(f.citation for f in more)))]
        lines.append("")
    if pack.maps:
        lines += [f"## {part_title('maps')}", "",
                  translate("Sheets", "The members maps are printed only in the PDF and on paper.")]
        lines += [f"- {map_caption(pack, m.process.id)}" for m in pack.maps]
        lines.append("")
    if pack.country is not None:
        page = pack.country
        locale = locale_for(meta.lang)
        lines += [f"## {country_title(pack)}", ""]
        if page.roles:
            lines += ["| " + " | ".join((translate("Sheets", "Process"), translate("Sheets", "Role"),
                                         translate("Sheets", "Years"), translate("Sheets", "As of"))) + " |",
                      "| --- | --- | --- | --- |"]
            for role in page.roles:
                label = translate("Sheets", "member") if role.role == "member" else translate("Sheets", "observer")
                if not role.current:
                    label = translate("Sheets", "{role} (ended)").format(role=label)
                name = f"**{role.process.display_name}**" if role.in_pack else role.process.display_name
                lines.append(f"| {name} | {label} | {role.years} | "
                             f"{format_date(role.as_of, locale) if role.as_of else ''} |")
        chairs = translate("Sheets", "Chairs")
        lines += ["", f"### {chairs}", ""]
        if page.chairs:
            lines += [f"- **{c.process.display_name}**: {entry_text(c.entry, NotesPlacement.NONE, meta.lang)}"
                      for c in page.chairs]
        else:
            lines.append(translate("Sheets", "The processes' chair records do not name {name}.").format(
                name=page.country.name))
        lines.append("")
    lines += [f"## {part_title('notes')}", ""]
    for group in pack.notes:
        lines += [f"### {group.on}", ""]
        for record in group.notes:
            quote = f"“{inline(record.quote)}” " if record.quote else ""
            tags = " " + " ".join("#" + t for t in record.tags) if record.tags else ""
            colour = f"**{record.colour_name}**: " if record.colour_name else ""
            lines.append(f"- {colour}{quote}{inline(record.body) or term('no_text')}{tags}")
        lines.append("")
    if not pack.notes:
        lines += [translate("Sheets", "No notes to show."), ""]
    lines += [f"## {part_title('sources')}", ""]
    lines += [source_line(ref) for ref in pack.sources]
    return "\n".join(lines).rstrip() + "\n"
