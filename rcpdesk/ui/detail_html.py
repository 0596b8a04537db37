"""HTML pages for the detail view: a process, a paragraph, a dimension, a country, a section,
a region and the home page.

Pure functions of the catalog (in the UI's language): no widgets. Every string that comes from
data goes through html.escape; internal links are rcpdesk: links (ui.links), external addresses
are shown as text, never followed or loaded.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QLocale

from rcpdesk.catalog import model as m
from rcpdesk.catalog.store import Catalog
from rcpdesk.sheets.i18n import agreement_label
from rcpdesk.ui import links
from rcpdesk.ui.catalog_labels import membership_span, process_status_label, role_label

if TYPE_CHECKING:  # annotations only: the notes' HTML loads with the first page that has notes
    from rcpdesk.catalog.membership import MembershipEntry
    from rcpdesk.ui.notes.notes_html import PageNotes

# What html.escape does, without importing the html package: building its table of 2,200 named
# entities delays the window's first paint, and this page needs none of them.
_ESCAPES = str.maketrans({"&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#x27;"})
_ESCAPES_KEEPING_QUOTES = str.maketrans({"&": "&amp;", "<": "&lt;", ">": "&gt;"})


def escape(text: str, quote: bool = True) -> str:
    return text.translate(_ESCAPES if quote else _ESCAPES_KEEPING_QUOTES)


STYLE = """
<style>
body { font-family: sans-serif; }
h1 { font-size: 19pt; font-weight: 600; margin-top: 0; margin-bottom: 2px; color: #1d2a38; }
h2 { font-size: 13.5pt; font-weight: 600; margin-top: 20px; margin-bottom: 6px; color: #1d2a38;
     border-bottom: 1px solid #d8dde3; }
h3 { font-size: 11.5pt; font-weight: 600; margin-top: 12px; margin-bottom: 3px; color: #33475b; }
p { margin-top: 3px; margin-bottom: 6px; line-height: 130%; }
p.meta { color: #5b6670; margin-top: 0; }
p.lead { font-size: 11pt; color: #33475b; }
span.meta { color: #5b6670; font-size: 9pt; }
span.unknown { color: #8a9199; font-style: italic; }
span.unverified { color: #8a4b00; font-size: 9pt; font-weight: 600; }
span.alt { color: #5b6670; font-size: 9pt; }
td.label { color: #4a5866; font-weight: 600; padding-right: 12px; }
td { padding-top: 4px; padding-bottom: 4px; }
blockquote { margin-left: 14px; margin-right: 14px; color: #26323d; }
a { color: #1f5f99; text-decoration: none; }
</style>
"""

BADGE_COLOURS = {
    "unanimous": "#1e6b3a", "consensus": "#24804a", "broad-agreement": "#3a8c5c",
    "majority": "#2f6f8f", "many": "#3d7ea6", "several": "#5a7fa3", "some": "#6d7f93",
    "a-few": "#7f8894", "one-participant": "#8b6f4e", "speaker": "#7a5c8c",
    "report-states": "#5c6b73", "procedural": "#8a9199",
}

FACT_LABELS = {
    "established": QT_TRANSLATE_NOOP("Detail", "Founded"),
    "secretariat": QT_TRANSLATE_NOOP("Detail", "Secretariat"),
    "chair": QT_TRANSLATE_NOOP("Detail", "Chair"),
    "meeting_levels": QT_TRANSLATE_NOOP("Detail", "Meeting levels"),
    "member_organizations": QT_TRANSLATE_NOOP("Detail", "Member organizations"),
    "partners": QT_TRANSLATE_NOOP("Detail", "Partners"),
    "themes": QT_TRANSLATE_NOOP("Detail", "Themes"),
    "website": QT_TRANSLATE_NOOP("Detail", "Website"),
}

# Long lists come a page at a time, so that a page's size does not grow with the data (the
# stress catalog's dimension page was 14 MB): a hundred entries, and five findings per dimension
# on a profile, the strongest first, each group linking to its dimension's full list.
PAGE_SIZE = 50  # entries of a long list a page shows (the real data's longest has 29)
TABLE_ROWS = 10  # see _tables
HOME_SECTIONS = 12  # sections the start page names (the real report has 8)
PROFILE_FINDINGS_PER_DIMENSION = 5
PROFILE_CITATIONS = 40

TYPE_LABELS = {
    "rcp": QT_TRANSLATE_NOOP("Detail", "Regional consultative process"),
    "inter-regional-forum": QT_TRANSLATE_NOOP("Detail", "Inter-regional forum"),
    "global-process": QT_TRANSLATE_NOOP("Detail", "Global process"),
}


translate = QCoreApplication.translate  # literal translate("Detail", ...) calls: lupdate reads them


def english_original(lang: str) -> str:
    """The report's text stays in English: in French or Spanish, a small label says so."""
    if lang == "en":
        return ""
    return f' <span class="meta" lang="{lang}">' + escape(translate("Detail", "(English original)")) + "</span>"


def badge(level: str) -> str:
    """An agreement level as a small coloured label."""
    colour = BADGE_COLOURS.get(level, "#8a9199")
    return (f'<span style="background-color:{colour}; color:#ffffff; font-size:8.5pt;">'
            f'&nbsp;{escape(agreement_label(level)).replace(" ", "&nbsp;")}&nbsp;</span>')  # never wraps


def _page(body: str, notes: PageNotes | None = None) -> str:
    """The page's HTML, with the delegate's notes on what it shows at its end."""
    if notes is not None:
        body += notes.section_html()
    return f"<html><head>{STYLE}</head><body>{body}</body></html>"


def _a(href: str, text: str) -> str:
    return f'<a href="{escape(href, quote=True)}">{escape(text)}</a>'


def _unknown() -> str:
    return '<span class="unknown">' + escape(translate("Detail", "Not known")) + "</span>"  # the word print uses too


def _cite(number: int) -> str:
    return _a(links.paragraph(number), m.citation(number))


def _sources_text(sources: Iterable[m.Source]) -> str:
    parts = []
    for source in sources:
        text = escape(source.title)
        if source.publisher:
            text += f", {escape(source.publisher)}"
        if source.url:
            text += f" &lt;{escape(source.url)}&gt;"  # shown as text: rcpdesk never goes online
        if source.accessed:
            text += " " + escape(translate("Detail", "(accessed {date})").format(date=source.accessed))
        parts.append(text)
    return "; ".join(parts)


def _value_html(value: object) -> str:
    if isinstance(value, (list, tuple)):
        return "; ".join(escape(str(item)) for item in value)
    return escape(str(value))


class SourceList:
    """Numbers the sources a page cites, in order of first use; listed once at the page's end."""

    def __init__(self) -> None:
        self._numbers: dict[str, int] = {}
        self._sources: list[m.Source] = []

    def cite(self, sources: Iterable[m.Source]) -> str:
        marks = []
        for source in sources:
            if source.id not in self._numbers:
                self._sources.append(source)
                self._numbers[source.id] = len(self._sources)
            number = self._numbers[source.id]
            marks.append(f'<a href="#source-{number}">[{number}]</a>')
        return " ".join(marks)

    def html(self) -> str:
        if not self._sources:
            return ""
        rows = [f'<tr><td valign="top" width="34"><a name="source-{n}"></a>[{n}]</td>'
                f'<td valign="top"><span class="meta">{_sources_text([source])}</span></td></tr>'
                for n, source in enumerate(self._sources, start=1)]
        return "<h2>" + escape(translate("Detail", "Sources")) + "</h2>" + _tables(rows)


def fact_html(fact: m.Fact, value_html: str | None = None, sources: SourceList | None = None) -> str:
    """A fact's value, its event, status, as-of date, sources, note and other sources' values.

    With a SourceList the sources are numbered marks ([1] [2]) listed at the page's end;
    without one they are written out in full.
    """
    if fact.is_unknown or (fact.value is None and value_html is None):
        out = _unknown()
        if fact.note:
            out += f'<br><span class="meta">{escape(fact.note)}</span>'
        return out
    out = value_html if value_html is not None else _value_html(fact.value)
    if fact.event:
        out += f' <span class="meta">— {escape(fact.event)}</span>'
    if fact.is_unverified:
        out += ' <span class="unverified">[' + escape(translate("Detail", "unverified")) + "]</span>"
    meta = []
    if fact.as_of:
        meta.append(escape(translate("Detail", "as of {date}").format(date=fact.as_of)))
    if fact.sources and sources is not None:
        meta.append(escape(translate("Detail", "sources")) + " " + sources.cite(fact.sources))
    elif fact.sources:
        meta.append(escape(translate("Detail", "Sources:")) + " " + _sources_text(fact.sources))
    if meta:
        out += '<br><span class="meta">' + " · ".join(meta) + "</span>"
    if fact.note:
        out += f'<br><span class="meta">{escape(fact.note)}</span>'
    if fact.alternatives:
        others = []
        for alt in fact.alternatives:
            who = ", ".join(filter(None, (s.publisher or s.title for s in alt.sources)))
            when = alt.as_of or ""
            detail = ", ".join(filter(None, (who, when)))
            others.append(escape(alt.text()) + (f" ({escape(detail)})" if detail else ""))
        out += ('<br><span class="alt">' + escape(translate("Detail", "Other sources give:")) + " "
                + "; ".join(others))
        if fact.shown_first_because:
            # The data's reason is a sentence of its own: introduced, not spliced into one.
            out += " — " + escape(translate("Detail", "Why the first value is shown first: {reason}").format(
                reason=fact.shown_first_because))
        out += "</span>"
    return out


def _row(label: str, value: str) -> str:
    return f'<tr><td class="label" valign="top" width="170">{escape(label)}</td><td valign="top">{value}</td></tr>'


def _tables(rows: list[str]) -> str:
    """Rows as tables of TABLE_ROWS rows, one under the other: Qt lays a table out in a time that
    grows faster than its rows (ten tables of ten lay out in well under half the time of one of
    a hundred), and without borders the stack looks the same, pixel for pixel."""
    return "".join('<table cellspacing="0">' + "".join(rows[start:start + TABLE_ROWS]) + "</table>"
                   for start in range(0, len(rows), TABLE_ROWS))


def _countries_html(countries: tuple[m.Country, ...]) -> str:
    return ", ".join(_a(links.country(c.code), c.name) for c in countries)


def _process_title(summary: m.ProcessSummary, lang: str) -> str:
    name = summary.names.get(lang)
    return f"{name} ({summary.acronym})" if summary.acronym and summary.acronym != name else name


def process_html(catalog: Catalog, process_id: str, notes: PageNotes | None = None) -> str:
    """A process's profile: names, facts with their sources, dimension values, the report's findings."""
    profile = catalog.process(process_id)
    summary = profile.summary
    lang = catalog.lang
    regions = {r.id: r for r in catalog.regions()}
    region = regions.get(summary.region_id)
    # Arabic, Chinese, Russian: the name the process (or IOM, or its UN partner) gives itself
    # in that language, where the data has one with its source; else the English name.
    own = profile.facts.get(f"names.{lang}") if lang in ("ar", "zh", "ru") else None
    own = own if own is not None and own.value else None
    body = [f"<h1>{escape(str(own.value) if own else summary.names.get(lang))}</h1>"]
    # the common short name (and the acronym it does not already show) under the official name
    official = summary.names.get(lang)
    sub = [escape(n) for n in dict.fromkeys(
        [summary.display_name, summary.acronym]) if n and n != official and not (
            n == summary.acronym and n in summary.display_name and summary.display_name != official)]
    sub.append(escape(translate("Detail", TYPE_LABELS.get(summary.type, summary.type.replace("-", " ").capitalize()))))
    if region:
        sub.append(_a(links.region(region.id), region.names.get(lang)))
    if summary.established:
        sub.append(escape(translate("Detail", "founded {year}").format(year=summary.established)))
    if summary.attended_2005:
        sub.append(escape(translate("Detail", "took part in the 2005 workshop")))
    body.append('<p class="meta">' + " · ".join(sub) + "</p>")

    cited = SourceList()
    names = [n for n in profile.other_names if n not in (summary.names.get(lang), profile.name_in_report)]
    rows = []
    if own:
        rows.append(_row(translate("Detail", "Name in this language"), fact_html(own, sources=cited)))
        names = [summary.names.en, *(n for n in names if n not in (summary.names.en, own.value))]
    if names:
        rows.append(_row(translate("Detail", "Other names"), "<br>".join(escape(n) for n in names)))
    if profile.name_in_report:
        rows.append(_row(translate("Detail", "Name in the 2005 report"), escape(profile.name_in_report)))
    for key in ("established", "secretariat", "chair", "meeting_levels"):
        rows.append(_row(translate("Detail", FACT_LABELS[key]), fact_html(profile.fact(key), sources=cited)))
    members_fact = profile.fact("members")
    count = len(profile.members)
    latest = ('<br><span class="meta">' + escape(translate("Detail", "The latest list found; no newer one was found."))
              + "</span>"
              if count and _is_old(members_fact.as_of, catalog) else "")
    rows.append(_row(translate("Detail", "Members ({count})").format(count=count),
                     fact_html(members_fact, _countries_html(profile.members) if count else None, cited) + latest))
    observers_fact = profile.fact("observers")
    count = len(profile.observers)
    rows.append(_row(translate("Detail", "Observers ({count})").format(count=count),
                     fact_html(observers_fact, _countries_html(profile.observers) if count else None, cited)))
    for key in ("member_organizations", "partners", "themes", "website"):
        rows.append(_row(translate("Detail", FACT_LABELS[key]), fact_html(profile.fact(key), sources=cited)))
    rows[:0] = _history_rows(catalog, summary)
    body.append('<h2>' + escape(translate("Detail", "Profile")) + "</h2>" + _tables(rows))
    body.append(_membership_history_html(catalog, process_id, cited))

    dimensions = catalog.dimensions()
    rows = []
    for dim in dimensions:
        fact = profile.dimension_values.get(dim.id) or m.Fact(dim.id, None, "unknown", None)
        rows.append(_row(dim.names.get(lang), fact_html(fact, sources=cited)))
    body.append("<h2>" + escape(translate("Detail", "Dimensions")) + "</h2>" + _tables(rows))

    if profile.named_in:
        shown = profile.named_in[:PROFILE_CITATIONS]
        more = len(profile.named_in) - len(shown)
        body.append("<p>" + escape(translate("Detail", "Named in the 2005 report at")) + " "
                    + ", ".join(_cite(n) for n in shown)
                    + (" " + escape(translate("Detail", "and {count} more").format(count=_number(more))) if more else "")
                    + "</p>")
    body.append(_process_findings_html(catalog, process_id, dimensions, lang))
    body.append(cited.html())
    return _page("".join(body), notes)


def _is_old(as_of: str | None, catalog: Catalog) -> bool:
    """A list dated more than two years before the data edition: shown as the latest found."""
    from rcpdesk.catalog.membership import as_of_year  # with the first profile, not the start page

    year, edition = as_of_year(as_of), as_of_year(catalog.edition.date)
    return year is not None and edition is not None and year < edition - 2


def _history_rows(catalog: Catalog, summary: m.ProcessSummary) -> list[str]:
    """Status (with its year), predecessor and successor, and how the 2005 report listed it."""
    history = catalog.process_history(summary.id)
    status = process_status_label(summary.status)
    if history.status_since and summary.status == "ended":
        status = translate("Detail", "Ended in {year}").format(year=history.status_since)
    elif history.status_since and summary.status == "dormant":
        status = translate("Detail", "Dormant since {year}").format(year=history.status_since)
    rows = [_row(translate("Detail", "Status"), escape(status))]
    for label, other in ((translate("Detail", "Predecessor"), history.predecessor), (translate("Detail", "Successor"), history.successor)):
        if other:
            (found,) = catalog.processes([other])
            rows.append(_row(label, _a(links.process(other), found.names.get(catalog.lang))))
    if history.type_in_report:
        listed = translate("Detail", TYPE_LABELS.get(history.type_in_report, history.type_in_report))
        rows.append(_row(translate("Detail", "Listed in the 2005 report as"), escape(listed)))
    return rows


def _membership_history_html(catalog: Catalog, process_id: str, cited: SourceList) -> str:
    """The dated membership entries, grouped as the data gives them (same role, years, sources)."""
    groups: dict[tuple[Any, ...], list[MembershipEntry]] = {}
    for e in catalog.membership_history(process_id):
        groups.setdefault((e.role, e.start, e.end, e.still, e.as_of, e.sources, e.note), []).append(e)
    if not groups:
        return ""
    title = "<h2>" + escape(translate("Detail", "Membership over time")) + "</h2>"
    if all(e.start is None and e.end is None and not e.still for g in groups.values() for e in g):
        dates = sorted({e.as_of for g in groups.values() for e in g if e.as_of})
        return title + '<p class="meta">' + escape(translate("Detail", 
            "Only the lists above are recorded (as of {dates}): when each country joined, and whether it "
            "still takes part, is not known.").format(dates=", ".join(dates))) + "</p>"
    names = {c.code: c for c in catalog.countries()}
    rows = []
    for (role, start, end, still, as_of, source_ids, note), entries in groups.items():
        label = f"{role_label(role)}, {membership_span(start, end, still)}"
        countries = tuple(names[e.country] for e in entries if e.country in names)
        meta = []
        if as_of:
            meta.append(escape(translate("Detail", "as of {date}").format(date=as_of)))
        sources = tuple(catalog.source(s) for s in source_ids)
        if sources:
            meta.append(escape(translate("Detail", "sources")) + " " + cited.cite(sources))
        value = _countries_html(countries)
        if entries[0].status == "unverified":
            value += ' <span class="unverified">[' + escape(translate("Detail", "unverified")) + "]</span>"
        value += '<br><span class="meta">' + " · ".join(meta) + "</span>"
        if note:
            value += f'<br><span class="meta">{escape(note)}</span>'
        rows.append(_row(label, value))
    explain = escape(translate("Detail", "Each entry gives the years a role began and ended, where a source says so; "
                        "\"not known\" is not guessed from today's list."))
    return title + f'<p class="meta">{explain}</p>' + _tables(rows)


def _process_findings_html(catalog: Catalog, process_id: str,
                           dimensions: tuple[m.Dimension, ...], lang: str) -> str:
    groups = catalog.process_finding_groups(process_id, PROFILE_FINDINGS_PER_DIMENSION)
    if not groups:
        return ""
    names = {d.id: d.names.get(lang) for d in dimensions}
    out = ["<h2>" + escape(translate("Detail", "What the 2005 report found")) + english_original(lang) + "</h2>"]
    for group in groups:
        key = group.dimension_id
        title = names.get(key, key) if key else translate("Detail", "Other findings")
        out.append(f"<h3>{_a(links.dimension(key), title) if key else escape(title)}</h3><ul lang=\"en\">")
        for pf in group.findings:
            named = (' <span class="meta">' + escape(translate("Detail", "(names this process)")) + "</span>") if pf.named else ""
            gloss = ' <span class="meta">' + escape(translate("Detail", "[ ] editor's gloss")) + "</span>" if pf.finding.gloss else ""
            out.append(f"<li>{escape(pf.finding.quoted)} — {_cite(pf.finding.paragraph)} "
                       f"{badge(pf.finding.agreement)}{named}{gloss}</li>")
        out.append("</ul>")
        if group.total > len(group.findings):
            shown = escape(translate("Detail", "The strongest {shown} of {total}.").format(
                shown=_number(len(group.findings)), total=_number(group.total)))
            rest = (_a(links.dimension(key), translate("Detail", "All the report's findings on {dimension} →").format(dimension=title))
                    if key else escape(translate("Detail", "The paragraphs that name this process hold the others.")))
            out.append(f'<p class="meta">{shown} {rest}</p>')
    return "".join(out)


def _number(value: int) -> str:
    return QLocale().toString(value)


def page_of(page: int, total: int, size: int = PAGE_SIZE) -> tuple[int, int, int]:
    """(page, offset, pages) for a list of total entries, the page clamped into range."""
    pages = max(1, -(-total // size))
    page = min(max(1, page), pages)
    return page, (page - 1) * size, pages


def list_span(offset: int, shown: int, total: int, what: str, size: int = PAGE_SIZE) -> str:
    """ "Findings 101–200 of 5,054" above a list that does not fit on one page; nothing otherwise."""
    if total <= size:
        return ""
    return '<p class="meta">' + escape(what.format(first=_number(offset + 1), last=_number(offset + shown),
                                                   total=_number(total))) + "</p>"


def pager(link: str, page: int, pages: int) -> str:
    """Previous and next links under a long list, with where the reader is."""
    if pages <= 1:
        return ""
    parts = []
    if page > 1:
        parts.append(_a(links.with_page(link, page - 1), "← " + translate("Detail", "Previous page")))
    parts.append(escape(translate("Detail", "Page {page} of {pages}").format(page=_number(page), pages=_number(pages))))
    if page < pages:
        parts.append(_a(links.with_page(link, page + 1), translate("Detail", "Next page") + " →"))
    return '<p class="meta">' + " &nbsp;·&nbsp; ".join(parts) + "</p>"


def paragraph_html(catalog: Catalog, number: int, notes: PageNotes | None = None) -> str:
    """A report paragraph: its text, place in the report, speakers, findings and neighbours."""
    p = catalog.paragraph(number)
    lang = catalog.lang
    body = [f"<h1>{escape(p.citation)}" + (f" — {escape(p.heading)}" if p.heading else "") + "</h1>"]
    body.append('<p class="meta">' + escape(m.REPORT_FULL_CITATION) + " · "
                + _a(links.section(p.section_id), p.section_title) + " · " + badge(p.agreement) + "</p>")
    if p.question:
        body.append('<p class="meta"><i>' + escape(translate("Detail", "Guiding question:")) + " "
                    + escape(p.question.text) + "</i></p>")
    if lang != "en":
        body.append(f'<p class="meta">{english_original(lang).strip()}</p>')
    text = notes.paragraph_text_html(p.text) if notes is not None else escape(p.text)  # passages highlighted
    body.append(f'<blockquote lang="en"><p class="lead">{text}</p></blockquote>')
    if p.footnotes:
        footnotes = []
        for fn in p.footnotes:
            text = escape(fn.text) if fn.text else _unknown() + " " + escape(translate("Detail", "(text lost in the source scan)"))
            footnotes.append(f"<li><sup>{fn.number}</sup> {text}</li>")
        body.append("<h3>" + escape(translate("Detail", "Footnotes")) + "</h3><ul>" + "".join(footnotes) + "</ul>")
    if p.findings:
        body.append("<h2>" + escape(translate("Detail", "Findings")) + english_original(lang) + '</h2><ul lang="en">')
        for f in p.findings:
            note = f'<br><span class="meta">{escape(f.note)}</span>' if f.note else ""
            body.append(f"<li>{escape(f.text)} {badge(f.agreement)}{note}</li>")
        body.append("</ul>")
    rows = []
    if p.speakers:
        rows.append(_row(translate("Detail", "Speakers"), "<br>".join(
            escape(", ".join(filter(None, (s.name, s.title, s.affiliation)))) for s in p.speakers)))
    if p.dimensions:
        names = {d.id: d.names.get(lang) for d in catalog.dimensions()}
        rows.append(_row(translate("Detail", "Dimensions"), ", ".join(
            _a(links.dimension(d), names.get(d, d)) for d in p.dimensions)))
    if p.processes:
        summaries = {s.id: s for s in catalog.processes(p.processes)}
        rows.append(_row(translate("Detail", "Processes"), ", ".join(
            _a(links.process(pid), summaries[pid].display_name)
            if pid in summaries else escape(pid) for pid in p.processes)))
    if rows:
        body.append(_tables(rows))
    nav = []
    if p.previous:
        nav.append(_a(links.paragraph(p.previous), "← " + m.citation(p.previous)))
    if p.next:
        nav.append(_a(links.paragraph(p.next), m.citation(p.next) + " →"))
    if nav:
        body.append("<p>" + " &nbsp;&nbsp; ".join(nav) + "</p>")
    return _page("".join(body), notes)


def dimension_html(catalog: Catalog, dimension_id: str, page: int = 1, notes: PageNotes | None = None) -> str:
    """A dimension: the report's cross-cutting findings, then each process's value with its source
    (a page of each at a time)."""
    link = links.dimension(dimension_id)
    findings_total, values_total = catalog.count_findings_for_dimension(dimension_id), len(catalog.processes())
    page, offset, pages = page_of(page, max(findings_total, values_total))
    detail = catalog.dimension(dimension_id, offset, PAGE_SIZE)
    dim = detail.dimension
    body = [f"<h1>{escape(dim.names.get(catalog.lang))}</h1>",
            f'<p class="meta">{escape(dim.description)}</p>']
    if detail.findings:
        body.append("<h2>" + escape(translate("Detail", "What the 2005 report found")) + english_original(catalog.lang) + "</h2>")
        body.append(list_span(offset, len(detail.findings), findings_total,
                          translate("Detail", "Findings {first}–{last} of {total}, strongest agreement first")))
        body.append('<ul lang="en">')
        for f in detail.findings:
            # out of its paragraph: with the editor's bracketed gloss, marked as such
            gloss = ' <span class="meta">' + escape(translate("Detail", "[ ] editor's gloss")) + "</span>" if f.gloss else ""
            body.append(f"<li>{escape(f.quoted)} — {_cite(f.paragraph)} {badge(f.agreement)}{gloss}</li>")
        body.append("</ul>")
    if detail.values:
        cited = SourceList()
        rows = [_row(s.display_name, fact_html(fact, sources=cited)).replace(
            f">{escape(s.display_name)}<", f">{_a(links.process(s.id), s.display_name)}<", 1)
            for s, fact in detail.values]
        body.append("<h2>" + escape(translate("Detail", "The processes today")) + "</h2>")
        body.append(list_span(offset, len(detail.values), values_total, translate("Detail", "Processes {first}–{last} of {total}")))
        body.append(_tables(rows) + cited.html())
    body.append(pager(link, page, pages))
    return _page("".join(body), notes)


def section_html(catalog: Catalog, section_id: str, page: int = 1) -> str:
    """A report section: its paragraphs with their first words (a hundred at a time)."""
    section = next((s for s in catalog.sections() if s.id == section_id), None)
    if section is None:
        return not_found_html(links.section(section_id))
    total = catalog.count_paragraphs(section_id)
    page, offset, pages = page_of(page, total)
    digests = catalog.paragraph_digests(section_id, offset, PAGE_SIZE)
    body = [f"<h1>{escape(section.title)}</h1>",
            f'<p class="meta">{escape(m.REPORT_FULL_CITATION)} · ¶{section.first}–{section.last}</p>',
            list_span(offset, len(digests), total, translate("Detail", "Paragraphs {first}–{last} of {total}")), "<ul>"]
    for number, text, agreement in digests:
        body.append(f"<li>{_cite(number)} {escape(first_words(text, 24))} {badge(agreement)}</li>")
    body.append("</ul>")
    body.append(pager(links.section(section_id), page, pages))
    return _page("".join(body))


def region_html(catalog: Catalog, region_id: str, page: int = 1) -> str:
    region = next((r for r in catalog.regions() if r.id == region_id), None)
    if region is None:
        return not_found_html(links.region(region_id))
    page, offset, pages = page_of(page, len(region.processes))
    shown = region.processes[offset:offset + PAGE_SIZE]
    body = [f"<h1>{escape(region.names.get(catalog.lang))}</h1>",
            list_span(offset, len(shown), len(region.processes), translate("Detail", "Processes {first}–{last} of {total}")), "<ul>"]
    for s in shown:
        year = f" · {s.established}" if s.established else ""
        body.append(f"<li>{_a(links.process(s.id), _process_title(s, catalog.lang))}{escape(year)}</li>")
    body.append("</ul>")
    body.append(pager(links.region(region_id), page, pages))
    return _page("".join(body))


def home_html(catalog: Catalog) -> str:
    """The start page: what rcpdesk holds and how to begin."""
    regions = catalog.regions()
    processes = sum(len(r.processes) for r in regions)
    attended = sum(1 for r in regions for p in r.processes if p.attended_2005)
    edition = catalog.edition
    body = ["<h1>" + escape(translate("Detail", "Regional Consultative Processes on migration")) + "</h1>",
            '<p class="meta">' + escape(translate("Detail", "rcpdesk — an offline reference. Data edition {edition}.").format(
                edition=edition.date)) + "</p>",
            '<p class="lead">' + escape(translate("Detail", 
                "{processes} processes in {regions} regions, each with sourced facts and dated values, "
                "next to the report of the GCIM–IOM Workshop on RCPs (Geneva, 2005), where {attended} "
                "of them took part.").format(processes=processes, regions=len(regions), attended=attended))
            + "</p>",
            "<h2>" + escape(translate("Detail", "How to start")) + "</h2><ul>",
            "<li>" + escape(translate("Detail", "Pick a process, a paragraph, a dimension or a country in the tree on the left.")) + "</li>",
            "<li>" + escape(translate("Detail", "Search the profiles and the report with Ctrl+F; Enter opens the first result.")) + "</li>",
            "<li>" + escape(translate("Detail", "Right-click processes to add them to the comparison; Alt+Left goes back.")) + "</li>",
            "</ul>",
            '<table width="100%"><tr><td valign="top" width="50%">',
            "<h2>" + escape(translate("Detail", "Processes by region")) + "</h2><ul>"]
    for r in regions:
        body.append(f"<li>{_a(links.region(r.id), r.names.get(catalog.lang))} "
                    f'<span class="meta">({len(r.processes)})</span></li>')
    body.append('</ul></td><td valign="top">')
    body.append("<h2>" + escape(translate("Detail", "The 2005 report")) + "</h2><ul>")
    sections = catalog.sections()
    for s in sections[:HOME_SECTIONS]:
        body.append(f'<li>{_a(links.section(s.id), s.title)} <span class="meta">¶{s.first}–{s.last}</span></li>')
    if len(sections) > HOME_SECTIONS:  # the rest in the tree: a long report must not slow the start page
        body.append('<li><span class="meta">' + escape(translate("Detail", "and {count} more").format(
            count=_number(len(sections) - HOME_SECTIONS))) + "</span></li>")
    body.append("</ul></td></tr></table>")
    return _page("".join(body))


def not_found_html(link: str) -> str:
    return _page("<h1>" + escape(translate("Detail", "Not found")) + "</h1><p>" + escape(
        translate("Detail", "rcpdesk holds nothing at {link}.").format(link=link)) + "</p>")


def scale_points(html: str, factor: float) -> str:
    """Every `Npt` font size in the page times factor (the detail view's zoom)."""
    if abs(factor - 1.0) < 1e-6:
        return html
    return re.sub(r"(\d+(?:\.\d+)?)pt", lambda mt: f"{float(mt.group(1)) * factor:.1f}pt", html)


def first_words(text: str, count: int = 8) -> str:
    words = text.split()
    return " ".join(words[:count]) + ("…" if len(words) > count else "")
