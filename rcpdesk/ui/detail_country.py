"""A country's page as HTML: the processes it belongs to (with as-of dates and sources), its
neighbours in each, and what the 2005 report says about the coverage of its region.

A pure function of the catalog (in the UI's language) and a country code; the detail view shows
the HTML and follows its rcpdesk: links (ui.links).
"""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QCoreApplication

from rcpdesk.catalog import model as m
from rcpdesk.catalog.coverage import (
    OVERLAP_REMARK,
    is_territory,
    neighbours,
    region_remarks,
)
from rcpdesk.catalog.membership import MembershipEntry
from rcpdesk.catalog.store import Catalog
from rcpdesk.maps.text import display_name, format_as_of, plural
from rcpdesk.ui import links
from rcpdesk.ui.catalog_labels import membership_span, role_label
from rcpdesk.ui.detail_html import STYLE as PAGE_STYLE
from rcpdesk.ui.detail_html import SourceList, badge, list_span, page_of, pager

# A page lists this many of a country's processes, each with its co-members: a real country sits
# in at most 8, one of a catalog of 2,500 processes in 500 (each page's HTML then stays ~35 kB).
# The summary names the first SUMMARY_NAMES of each role.
PAGE_SIZE = 10
SUMMARY_NAMES = 40

CONTEXT = "CountryDetail"

# The detail view's own style, plus the roles' colours (those of the map: blue, orange).
STYLE = PAGE_STYLE.replace(
    "</style>",
    """
p.small { color: #5b6670; font-size: 9pt; }
td.role-member { color: #005a8c; font-weight: 600; }
td.role-observer { color: #8a5200; font-weight: 600; }
th { text-align: left; color: #4a5866; padding-right: 10px; }
</style>""",
)


translate = QCoreApplication.translate  # literal translate("CountryDetail", ...) calls: lupdate


def _role(role: str) -> str:
    return (
        translate("CountryDetail", "member")
        if role == "member"
        else translate("CountryDetail", "observer")
    )


def _country_link(country: m.Country) -> str:
    return f'<a href="{links.country(country.code)}">{escape(display_name(country.name))}</a>'


def _sources(sources: tuple[m.Source, ...], numbered: SourceList) -> str:
    """Numbered marks ([1] [2]) for the page's source list, as on a profile."""
    return numbered.cite(sources) or escape(translate("CountryDetail", "no source recorded"))


def country_detail_html(catalog: Catalog, code: str, page: int = 1) -> str:
    """The country's page, a page of its processes at a time (unknown codes raise UnknownIdError)."""
    country = catalog.country(code)
    name = display_name(country.name)
    counts = catalog.count_memberships_of_country(country.code)
    total = counts["member"] + counts["observer"]
    page, offset, pages = page_of(page, total, PAGE_SIZE)
    rows = neighbours(catalog, country.code, offset, PAGE_SIZE)
    parts = [f"<h1>{escape(name)}</h1>"]
    numbered = SourceList()  # the sources of the memberships, listed once at the end
    meta = [translate("CountryDetail", "ISO 3166-1: {code}").format(code=escape(country.code))]
    if country.code == "XKX":
        meta = [
            translate("CountryDetail", "Code {code} (not an ISO 3166-1 code)").format(code="XKX")
        ]
    if is_territory(catalog, country.code):
        meta.append(translate("CountryDetail", "territory"))
    parts.append(f'<p class="meta">{" · ".join(meta)}</p>')
    parts.append(f"<p>{_summary(catalog, country.code, name, counts)}</p>")

    if rows:
        parts.append("<h2>" + translate("CountryDetail", "Processes") + "</h2>")
        parts.append(list_span(offset, len(rows), total,
                               translate("CountryDetail", "Processes {first}–{last} of {total}"), PAGE_SIZE))
        parts.append('<table cellspacing="0" cellpadding="4" width="100%">')
        history: dict[tuple[str, str], list[MembershipEntry]] = {}
        for entry in catalog.membership_history_of_country(country.code):
            history.setdefault((entry.process_id, entry.role), []).append(entry)
        headings = (
            translate("CountryDetail", "Process"),
            translate("CountryDetail", "Role"),
            translate("CountryDetail", "Since"),
            translate("CountryDetail", "Sources"),
        )
        parts.append("<tr>" + "".join(f"<th align='left'>{h}</th>" for h in headings) + "</tr>")
        for row in rows:
            ms = row.membership
            as_of = format_as_of(ms.as_of, catalog.lang)
            full_name = ("" if ms.process.name == ms.process.display_name else
                         f"<br/><span style='color:#4a4a4a'>{escape(ms.process.name)}</span>")
            parts.append(
                f'<tr><td><a href="{links.process(ms.process.id)}">{escape(ms.process.display_name)}'
                f"</a>{full_name}</td>"
                f"<td class='role-{ms.role}'>{_role(ms.role)}</td>"
                f"<td>{_since(history.get((ms.process.id, ms.role), []), as_of)}</td>"
                f"<td>{_sources(ms.sources, numbered)}</td></tr>"
            )
        parts.append("</table>")
        recorded = translate(
            "CountryDetail", "Each membership holds as of the date its source gives."
        )
        parts.append(f'<p class="small">{recorded}</p>')
    parts.extend(_earlier(catalog, country.code))
    if rows:

        parts.append("<h2>" + translate("CountryDetail", "Neighbours in each process") + "</h2>")
        for row in rows:
            ms = row.membership
            heading = translate("CountryDetail", "{process} ({role})").format(
                process=escape(ms.process.display_name), role=_role(ms.role)
            )
            parts.append(f'<h3><a href="{links.process(ms.process.id)}">{heading}</a></h3>')
            if row.other_members:
                parts.append(
                    "<p><b>"
                    + plural(
                        len(row.other_members),
                        translate("CountryDetail", "Other member ({n}):"),
                        translate("CountryDetail", "Other members ({n}):"),
                    )
                    + "</b> "
                    + ", ".join(_country_link(c) for c in row.other_members)
                    + "</p>"
                )
            else:
                parts.append("<p>" + translate("CountryDetail", "No other member is recorded.") + "</p>")
            if row.observers:
                parts.append(
                    "<p><b>"
                    + plural(
                        len(row.observers),
                        translate("CountryDetail", "Observer ({n}):"),
                        translate("CountryDetail", "Observers ({n}):"),
                    )
                    + "</b> "
                    + ", ".join(_country_link(c) for c in row.observers)
                    + "</p>"
                )

        parts.append(pager(links.country(country.code), page, pages))

    heading = translate("CountryDetail", "What the 2005 report says about coverage of its region")
    parts.append(f"<h2>{heading}</h2>")
    parts.extend(_remarks(catalog, country, name, counts["member"]))
    parts.append(numbered.html())
    return f"<html><head>{STYLE}</head><body>{''.join(parts)}</body></html>"


def _since(entries: list[MembershipEntry], as_of: str) -> str:
    """When a country's current role in a process began, and the date its source holds for:
    "since 2003 (as of February 2024)"; "year joined not known (as of February 2024)"."""
    lines = []
    for entry in (e for e in entries if e.current):
        if entry.start is not None:
            text = translate("CountryDetail", "since {year}").format(year=entry.start)
        else:
            text = translate("CountryDetail", "year joined not known")
        if as_of:
            text = translate("CountryDetail", "{since} (as of {date})").format(since=text, date=as_of)
        lines.append(escape(text))
    if not lines and as_of:
        lines.append(escape(translate("CountryDetail", "as of {date}").format(date=as_of)))
    return "<br/>".join(lines)


def _earlier(catalog: Catalog, code: str) -> list[str]:
    """Roles the country held and no longer holds (an ended process, a role left): from the dated entries."""
    ended = [e for e in catalog.membership_history_of_country(code) if not e.current]
    if not ended:
        return []
    names = {p.id: p for p in catalog.processes(sorted({e.process_id for e in ended}))}
    items = [
        f'<li><a href="{links.process(e.process_id)}">{escape(names[e.process_id].display_name)}</a>: '
        f"{escape(role_label(e.role))}, {escape(membership_span(e.start, e.end, e.still))}</li>"
        for e in sorted(ended, key=lambda e: (e.start or 0, e.process_id))
    ]
    return ["<h2>" + translate("CountryDetail", "Earlier memberships") + "</h2>", "<ul>", *items, "</ul>"]


def _summary(catalog: Catalog, code: str, name: str, counts: dict[str, int]) -> str:
    if not counts["member"] and not counts["observer"]:
        return escape(
            translate(
                "CountryDetail", "{country} is a member of none of the processes recorded."
            ).format(country=name)
        )
    text = []
    for role, one, many in (
        ("member", translate("CountryDetail", "Member of {n} process: "),
         translate("CountryDetail", "Member of {n} processes: ")),
        ("observer", translate("CountryDetail", "Observer in {n} process: "),
         translate("CountryDetail", "Observer in {n} processes: ")),
    ):
        if not counts[role]:
            continue
        named = catalog.processes_of_country(code, role, SUMMARY_NAMES)
        more = counts[role] - len(named)
        text.append(
            plural(counts[role], one, many)
            + ", ".join(f'<a href="{links.process(p.id)}">{escape(p.display_name)}</a>' for p in named)
            + (" " + escape(translate("CountryDetail", "and {n} more").format(n=more)) if more else "")
            + "."
        )
    return " ".join(text)


def _remarks(catalog: Catalog, country: m.Country, name: str, member_count: int) -> list[str]:
    remarks = region_remarks(catalog, country.code)
    if not remarks:
        silent = translate(
            "CountryDetail",
            "The report’s remarks on coverage (¶6, ¶13) do not concern the region of {country}.",
        ).format(country=name)
        return [f"<p>{escape(silent)}</p>"]
    parts = []
    for remark in remarks:
        cited = ", ".join(f'<a href="{links.paragraph(n)}">¶{n}</a>' for n in remark.paragraphs)
        if remark.key == OVERLAP_REMARK:
            title = translate("CountryDetail", "The Asia-Pacific, covered by more than one process")
        else:
            title = translate("CountryDetail", "A gap in coverage: {area}").format(
                area=escape(remark.name)
            )
        parts.append(f"<h3>{title} ({cited})</h3>")
        for number, text, agreement in remark.quotes:
            parts.append(
                f"<blockquote>“{escape(text)}”<br/>"
                f'<span style="color:#4a4a4a">— <a href="{links.paragraph(number)}">¶{number}</a>'
                f"</span> {badge(agreement)}</blockquote>"
            )
        if remark.is_gap:
            today = (
                plural(
                    member_count,
                    translate("CountryDetail", "Today {country} is a member of {n} process."),
                    translate("CountryDetail", "Today {country} is a member of {n} processes."),
                    country=name,
                )
                if member_count
                else translate(
                    "CountryDetail", "Today {country} is still a member of none."
                ).format(country=name)
            )
            parts.append(f"<p><b>{escape(today)}</b></p>")
            basis = (
                translate("CountryDetail", "the UN M49 definition")
                if remark.key in ("gap-africa", "gap-caribbean")
                else translate(
                    "CountryDetail",
                    "the usual definition (for the Gulf States, the six of the Gulf "
                    "Cooperation Council)",
                )
            )
            parts.append(
                '<p class="small">'
                + escape(
                    translate(
                        "CountryDetail",
                        "The report names areas, not countries; rcpdesk places {country} in "
                        "{area} by {basis}.",
                    ).format(country=name, area=remark.name, basis=basis)
                )
                + "</p>"
            )
        elif member_count > 1:
            several = plural(
                member_count,
                translate("CountryDetail", "{country} is a member of {n} process."),
                translate("CountryDetail", "{country} is a member of {n} processes."),
                country=name,
            )
            parts.append(f"<p><b>{escape(several)}</b></p>")
    return parts
