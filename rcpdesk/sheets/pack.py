"""A briefing pack: the profiles, the comparison, the report's findings, the maps, a country's
page and the delegate's notes for one meeting, with one list of sources for the whole pack.

Built from the catalog (and the notes, already read) into plain frozen dataclasses; the PDF, HTML
and Markdown writers (pack_pdf, pack_text) lay them out. No widgets, no notes store here.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field, replace

from rcpdesk.catalog import Catalog
from rcpdesk.catalog import model as m
from rcpdesk.catalog.errors import UnknownIdError
from rcpdesk.sheets.build import EmptySelection, build_comparison, build_profile
from rcpdesk.sheets.i18n import translate
from rcpdesk.sheets.model import (
    ComparisonSheet,
    Entry,
    FindingEntry,
    MembersMap,
    NoteRecord,
    Paper,
    ProfileSheet,
    SourceRef,
    Variant,
)

MAP_PIXELS = (1000, 520)  # the members map's proportions (drawn as vectors at the page's width)


@dataclass(frozen=True)
class PackRequest:
    """What a delegate asks the pack to hold."""

    process_ids: tuple[str, ...]
    row_ids: tuple[str, ...] | None = None  # None: a new comparison's default rows
    country: str | None = None  # ISO 3166-1 alpha-3
    tags: tuple[str, ...] = ()  # the notes with any of these tags; none: every note
    title: str | None = None
    paper: Paper = Paper.A4
    lang: str = "en"
    with_maps: bool = True

    def __post_init__(self) -> None:
        object.__setattr__(self, "process_ids", tuple(dict.fromkeys(self.process_ids)))
        if self.row_ids is not None:
            object.__setattr__(self, "row_ids", tuple(dict.fromkeys(self.row_ids)))
        object.__setattr__(self, "tags", tuple(t.strip().lstrip("#") for t in self.tags if t.strip()))
        object.__setattr__(self, "paper", Paper(self.paper))
        if self.country:
            object.__setattr__(self, "country", self.country.strip().upper())


@dataclass(frozen=True)
class RowFindings:
    """The report's findings on one of the compared rows, the best fitting first."""

    row: m.Dimension
    findings: tuple[FindingEntry, ...]


@dataclass(frozen=True)
class ProcessMap:
    process: m.ProcessSummary
    members_map: MembersMap


@dataclass(frozen=True)
class CountryRole:
    """A role the country holds or held in a process, with its years."""

    process: m.ProcessSummary
    role: str  # member | observer
    years: str  # "2003–today", "since 2003", "year joined not known"
    current: bool
    as_of: str | None
    in_pack: bool  # one of the pack's processes


@dataclass(frozen=True)
class CountryChair:
    """What a process's chair fact says where it names the country."""

    process: m.ProcessSummary
    entry: Entry


@dataclass(frozen=True)
class CountryPage:
    country: m.Country
    roles: tuple[CountryRole, ...]
    chairs: tuple[CountryChair, ...]


@dataclass(frozen=True)
class NoteGroup:
    """The notes on one thing: a process, a row, a cell, a paragraph of the report."""

    on: str
    notes: tuple[NoteRecord, ...]


@dataclass(frozen=True)
class PackMeta:
    title: str
    line: str  # the meeting or delegation line under the title
    printed: str
    edition: str
    lang: str
    processes: str  # the processes' names, for the PDF's subject


@dataclass(frozen=True)
class Pack:
    meta: PackMeta
    request: PackRequest
    profiles: tuple[ProfileSheet, ...]
    comparison: ComparisonSheet
    findings: tuple[RowFindings, ...]
    maps: tuple[ProcessMap, ...]
    country: CountryPage | None
    notes: tuple[NoteGroup, ...]
    sources: tuple[SourceRef, ...]
    notes_total: int = 0  # the notes read, before the tags chose among them
    tags: tuple[str, ...] = field(default=())


class _Numbers:
    """One number per source for the whole pack, in the order the reader meets them."""

    def __init__(self) -> None:
        self._by_id: dict[str, int] = {}
        self._sources: list[m.Source] = []

    def number(self, source: m.Source) -> int:
        if source.id not in self._by_id:
            self._sources.append(source)
            self._by_id[source.id] = len(self._sources)
        return self._by_id[source.id]

    def refs(self, sources: Iterable[m.Source]) -> tuple[int, ...]:
        return tuple(dict.fromkeys(self.number(s) for s in sources))

    def listing(self) -> tuple[SourceRef, ...]:
        return tuple(SourceRef(i, s) for i, s in enumerate(self._sources, start=1))


def _renumbered(entry: Entry, local: dict[int, m.Source], numbers: _Numbers) -> Entry:
    def refs(values: Sequence[int]) -> tuple[int, ...]:
        return tuple(dict.fromkeys(numbers.number(local[r]) for r in values if r in local))

    alternatives = tuple(Variant(v.text, v.as_of, refs(v.refs)) for v in entry.alternatives)
    return replace(entry, refs=refs(entry.refs), alternatives=alternatives)


def _pack_profile(sheet: ProfileSheet, numbers: _Numbers) -> ProfileSheet:
    """The profile citing the pack's source numbers; its sources go to the pack's list."""
    local = {ref.number: ref.source for ref in sheet.footnotes}
    facts = tuple(replace(f, entry=_renumbered(f.entry, local, numbers)) for f in sheet.facts)
    dims = tuple(replace(d, entry=_renumbered(d.entry, local, numbers)) for d in sheet.dimensions)
    return replace(sheet, facts=facts, dimensions=dims, footnotes=())


def _pack_comparison(sheet: ComparisonSheet, numbers: _Numbers) -> ComparisonSheet:
    local = {ref.number: ref.source for ref in sheet.footnotes}
    rows = tuple(replace(r, cells=tuple(_renumbered(c, local, numbers) for c in r.cells))
                 for r in sheet.rows)
    return replace(sheet, rows=rows, footnotes=())


def membership_years(start: int | None, end: int | None, still: bool) -> str:
    """The years of a role: "2003–today", "2001–2011", "since 2003", "year joined not known"."""
    if start is not None and still:
        return translate("Sheets", "{start}–today").format(start=start)
    if start is not None and end is not None:
        return translate("Sheets", "{start}–{end}").format(start=start, end=end)
    if start is not None:
        return translate("Sheets", "since {year}").format(year=start)
    if end is not None:
        return translate("Sheets", "until {year}").format(year=end)
    return translate("Sheets", "year joined not known")


def build_country_page(catalog: Catalog, code: str, pack_ids: Iterable[str],
                       numbers: _Numbers) -> CountryPage:
    """The country's roles in every process, from the dated membership history, the pack's
    processes first; and the chairs it held where a process's chair fact names it."""
    country = catalog.country(code)
    in_pack = list(pack_ids)
    entries = catalog.membership_history_of_country(country.code)
    ids = sorted({e.process_id for e in entries})
    summaries = {p.id: p for p in catalog.processes(ids)} if ids else {}
    roles = [CountryRole(summaries[e.process_id], e.role, membership_years(e.start, e.end, e.still),
                         e.current, e.as_of, e.process_id in in_pack)
             for e in entries if e.process_id in summaries]
    order = {pid: i for i, pid in enumerate(in_pack)}
    roles.sort(key=lambda r: (not r.in_pack, order.get(r.process.id, 0), not r.current,
                              r.role != "member", r.process.display_name))
    names = {country.name}
    if catalog.lang != "en":
        names.add(catalog.with_language("en").country(country.code).name)
    chairs = []
    for pid in dict.fromkeys(r.process.id for r in roles):
        fact = catalog.process(pid).facts.get("chair")
        text = fact.text() if fact is not None else ""
        if text and any(name in text for name in names):
            chairs.append(CountryChair(summaries[pid], Entry(text, fact.status, fact.as_of,
                                                             numbers.refs(fact.sources))))
    return CountryPage(country, tuple(roles), tuple(chairs))


def _note_label(catalog: Catalog, record: NoteRecord, processes: dict[str, m.ProcessSummary],
                rows: dict[str, m.Dimension]) -> tuple[int, str]:
    """What a note is on, as a reader names it, and where its group goes in the list."""
    ident = record.target_id
    kind = str(record.target_kind or "")
    if "#" in ident:
        pid, rid = ident.split("#", 1)
        process = processes.get(pid)
        row = rows.get(rid)
        return 2, f"{process.display_name if process else pid} × {row.name if row else rid}"
    if ident.startswith(m.REPORT_ID + "/p") or kind in ("paragraph", "passage"):
        tail = ident.removeprefix(m.REPORT_ID + "/p")
        number = int(tail) if tail.isdigit() else None
        label = translate("Sheets", "The 2005 report, {citation}").format(citation=m.citation(number)) \
            if number is not None else ident
        return 3, label
    if ident in processes:
        return 0, processes[ident].display_name
    if ident in rows:
        return 1, rows[ident].name
    try:
        return 0, catalog.processes([ident])[0].display_name
    except (UnknownIdError, IndexError):
        return 4, ident


def group_notes(catalog: Catalog, records: Sequence[NoteRecord], processes: Sequence[m.ProcessSummary],
                rows: Sequence[m.Dimension]) -> tuple[NoteGroup, ...]:
    """The notes grouped by what they are on: processes, rows, cells, then the report's paragraphs."""
    by_process = {p.id: p for p in processes}
    by_row = {r.id: r for r in catalog.comparison_rows(None)}
    by_row.update({r.id: r for r in rows})
    groups: dict[tuple[int, str], list[NoteRecord]] = {}
    for record in records:
        rank, label = _note_label(catalog, record, by_process, by_row)
        groups.setdefault((rank, label), []).append(record)

    def order(key: tuple[int, str]) -> tuple[int, int, str]:
        rank, label = key
        paragraph = label.rsplit("¶", 1)[-1]
        return rank, int(paragraph) if rank == 3 and paragraph.isdigit() else 0, label

    return tuple(NoteGroup(label, tuple(groups[(rank, label)]))
                 for rank, label in sorted(groups, key=order))


def chosen_notes(records: Sequence[NoteRecord], tags: Sequence[str]) -> tuple[NoteRecord, ...]:
    """Every note, or those carrying any of the tags (case does not matter)."""
    if not tags:
        return tuple(records)
    wanted = {t.casefold() for t in tags}
    return tuple(r for r in records if wanted & {t.casefold() for t in r.tags})


def default_title(processes: Sequence[m.ProcessSummary]) -> str:
    if len(processes) <= 3:
        return translate("Sheets", "Briefing pack: {names}").format(
            names=" · ".join(p.display_name for p in processes))
    return translate("Sheets", "Briefing pack: {n} processes").format(n=len(processes))


def build_pack(catalog: Catalog, request: PackRequest, notes: Sequence[NoteRecord] = ()) -> Pack:
    """The pack a request asks for, in the request's language (unknown ids raise UnknownIdError)."""
    if not request.process_ids:
        raise EmptySelection(translate("Sheets", "no processes chosen: a pack needs at least one"))
    if request.lang and request.lang != catalog.lang:
        catalog = catalog.with_language(request.lang)
    numbers = _Numbers()
    profiles = tuple(_pack_profile(build_profile(catalog, pid), numbers) for pid in request.process_ids)
    comparison = _pack_comparison(build_comparison(catalog, request.process_ids, request.row_ids), numbers)
    findings = tuple(RowFindings(r.dimension, ((r.finding,) if r.finding else ()) + r.more_findings)
                     for r in comparison.rows if r.finding is not None)
    maps: tuple[ProcessMap, ...] = ()
    if request.with_maps:
        from rcpdesk.maps.render import members_map_svg

        width, height = MAP_PIXELS
        maps = tuple(ProcessMap(p.summary, MembersMap(members_map_svg(catalog, p.summary.id, width, height)
                                                      .decode("utf-8"), height / width,
                                                      _members_as_of(p)))
                     for p in profiles)
    country = (build_country_page(catalog, request.country, request.process_ids, numbers)
               if request.country else None)
    chosen = chosen_notes(notes, request.tags)
    groups = group_notes(catalog, chosen, comparison.processes, comparison.dimensions)
    processes = comparison.processes
    title = (request.title or "").strip() or default_title(processes)
    names = " · ".join(p.display_name for p in processes)
    if country is not None:
        line = translate("Sheets", "For the delegation of {country}: {names}").format(
            country=country.country.name, names=names)
    else:
        line = translate("Sheets", "For a meeting of {names}").format(names=names)
    meta = PackMeta(title, line, comparison.meta.printed, comparison.meta.edition,
                    comparison.meta.lang, names)
    return Pack(meta, request, profiles, comparison, findings, maps, country, groups,
                numbers.listing(), len(notes), request.tags)


def _members_as_of(profile: ProfileSheet) -> str | None:
    for fact in profile.facts:
        if fact.key == "members":
            return fact.entry.as_of
    return None
