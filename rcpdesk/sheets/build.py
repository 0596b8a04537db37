"""From catalog data (and the delegate's notes, when asked) to a sheet: a comparison or a profile."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import replace

from rcpdesk.catalog import Catalog
from rcpdesk.catalog import model as m
from rcpdesk.catalog.agreement import rank
from rcpdesk.sheets.fact_rows import fact_cell, status_label, type_label, variant_cell
from rcpdesk.sheets.i18n import format_date, locale_for, today, translate
from rcpdesk.sheets.model import (
    ComparisonRow,
    ComparisonSheet,
    DimensionRow,
    Entry,
    FactRow,
    FindingEntry,
    MembersMap,
    NoteRecord,
    NotesPlacement,
    PlacedNote,
    ProfileSheet,
    SheetMeta,
    SourceRef,
    Variant,
)


class EmptySelection(ValueError):
    """A sheet needs at least one process (and, for a comparison, one dimension)."""


# A profile prints the report's cross-cutting findings down to this level of agreement; the
# narrower ones (several participants, one speaker...) are counted and left to the app.
PROFILE_FINDINGS_DOWN_TO = "many"
# ...and at most this many per dimension: the report's 2005 data has at most six, a report a
# hundred times larger would otherwise print thousands (the rest are counted as left out).
PROFILE_FINDINGS_PER_DIMENSION = 10
# The members map's proportions (the picture itself is drawn at the page's width when laid out).
MEMBERS_MAP_PIXELS = (1000, 520)


class _Footnotes:
    """Numbers sources in the order the reader meets them; a source cited twice keeps its number."""

    def __init__(self) -> None:
        self._numbers: dict[str, int] = {}
        self._sources: list[m.Source] = []

    def refs(self, sources: Iterable[m.Source]) -> tuple[int, ...]:
        numbers = []
        for source in sources:
            if source.id not in self._numbers:
                self._sources.append(source)
                self._numbers[source.id] = len(self._sources)
            if self._numbers[source.id] not in numbers:
                numbers.append(self._numbers[source.id])
        return tuple(numbers)

    def listing(self) -> tuple[SourceRef, ...]:
        return tuple(SourceRef(i, s) for i, s in enumerate(self._sources, start=1))


def _kind_of(record: NoteRecord, process_ids: set[str], dimension_ids: set[str]) -> str | None:
    if record.target_kind:
        kind = str(record.target_kind)
        return "paragraph" if kind == "passage" else kind
    ident = record.target_id
    if "#" in ident:
        return "cell"
    if ident.startswith(m.REPORT_ID + "/p"):
        return "paragraph"
    if ident in process_ids:
        return "process"
    if ident in dimension_ids:
        return "dimension"
    return None


def _paragraph_number(target_id: str) -> int | None:
    tail = target_id.removeprefix(m.REPORT_ID + "/p")
    return int(tail) if tail.isdigit() else None


class _NotePlacer:
    """Files the notes under what they are on, and numbers them in reading order (notes after)."""

    def __init__(self, notes: Sequence[NoteRecord] | None, placement: NotesPlacement,
                 process_ids: Iterable[str], dimension_ids: Iterable[str]) -> None:
        self.placement = placement if notes else NotesPlacement.NONE
        self._by_key: dict[tuple[str, str], list[NoteRecord]] = {}
        self._numbers: dict[int, int] = {}
        self._placed: list[PlacedNote] = []
        if self.placement is NotesPlacement.NONE:
            return
        pids, dids = set(process_ids), set(dimension_ids)
        for record in notes or ():
            kind = _kind_of(record, pids, dids)
            if kind == "paragraph":
                number = _paragraph_number(record.target_id)
                key = ("paragraph", str(number)) if number is not None else None
            elif kind in ("cell", "process", "dimension"):
                key = (kind, record.target_id)
            else:
                key = None
            if key is not None:
                self._by_key.setdefault(key, []).append(record)

    def take(self, kind: str, ident: str, on: str) -> tuple[PlacedNote, ...]:
        """The notes on one thing; numbered on first sight (the numbers show only when after)."""
        after = self.placement is NotesPlacement.AFTER
        placed = []
        for record in self._by_key.get((kind, ident), ()):
            number = self._numbers.get(id(record))
            if number is None:
                number = self._numbers[id(record)] = len(self._numbers) + 1
                self._placed.append(PlacedNote(record, number if after else None, on))
            placed.append(PlacedNote(record, number if after else None, on))
        return tuple(placed)

    def placed(self) -> tuple[PlacedNote, ...]:
        return tuple(self._placed)

    def legend(self) -> tuple[tuple[str, str], ...]:
        seen: dict[str, str] = {}
        for note in self._placed:
            name, hex_value = note.record.colour_name, note.record.colour_hex
            if name and hex_value and name not in seen:
                seen[name] = hex_value
        return tuple(seen.items())


def _entry(fact: m.Fact | None, footnotes: _Footnotes, *, text: str | None = None,
           remark: bool = False, notes: tuple[PlacedNote, ...] = (),
           variant_text: Callable[[m.Fact], str] | None = None) -> Entry:
    if fact is None:
        return Entry("", "unknown", None, notes=notes)
    value = fact.text() if text is None else text
    refs = footnotes.refs(fact.sources)
    alternatives = tuple(
        Variant(variant_text(alt) if variant_text else alt.text(), alt.as_of,
                footnotes.refs(alt.sources)) for alt in fact.alternatives)
    return Entry(value, fact.status if value else "unknown", fact.as_of, refs, alternatives,
                 fact.note if remark else None, notes)


def _finding(finding: m.Finding | None, placer: _NotePlacer, named: bool = False, *,
             with_notes: bool = True) -> FindingEntry | None:
    if finding is None:
        return None
    notes = placer.take("paragraph", str(finding.paragraph), finding.citation) if with_notes else ()
    return FindingEntry(finding.citation, finding.paragraph, finding.agreement,
                        " ".join(finding.quoted.split()), named, notes, glossed=finding.gloss is not None)


def _row_findings(catalog: Catalog, row_id: str,
                  placer: _NotePlacer) -> tuple[FindingEntry | None, tuple[FindingEntry, ...]]:
    """The finding that fits a row best and the others, by relevance; the notes on a paragraph
    go with the first of its findings the row shows."""
    entries: list[FindingEntry] = []
    seen: set[int] = set()
    for finding in catalog.row_findings(row_id):
        entry = _finding(finding, placer, with_notes=finding.paragraph not in seen)
        seen.add(finding.paragraph)
        if entry is not None:
            entries.append(entry)
    return (entries[0] if entries else None), tuple(entries[1:])


def _meta(catalog: Catalog, title: str, running_title: str) -> SheetMeta:
    locale = locale_for(catalog.lang)
    edition = catalog.edition
    edition_text = f"{format_date(edition.date, locale)} ({edition.content_hash[:12]})"
    return SheetMeta(title=title, running_title=running_title, printed=today(locale),
                     edition=edition_text, lang=catalog.lang)


def comparison_title(processes: Sequence[m.ProcessSummary], dimensions: int) -> str:
    if len(processes) <= 4:
        return translate("Sheets", "Comparison: {names}").format(names=" · ".join(p.display_name for p in processes))
    if dimensions == 1:
        return translate("Sheets", "Comparison of {n} processes on one dimension").format(n=len(processes))
    return translate("Sheets", "Comparison of {n} processes across {d} dimensions").format(
        n=len(processes), d=dimensions)


def build_comparison(catalog: Catalog, process_ids: Sequence[str],
                     dimension_ids: Sequence[str] | None = None, *,
                     notes: Sequence[NoteRecord] | None = None,
                     placement: NotesPlacement = NotesPlacement.NONE) -> ComparisonSheet:
    """The chosen processes side by side across the chosen rows: dimensions and profile facts
    (secretariat, members, ...), in the order given; when None, a new comparison's default rows."""
    process_ids = list(dict.fromkeys(process_ids))
    if not process_ids:
        raise EmptySelection(translate("Sheets", "no processes chosen: a comparison needs at least one"))
    processes = catalog.processes(process_ids)
    dimensions = catalog.comparison_rows(list(dict.fromkeys(dimension_ids)) if dimension_ids is not None
                                         else catalog.default_rows())
    if not dimensions:
        raise EmptySelection(translate("Sheets", "no dimensions chosen: a comparison needs at least one"))
    grid = catalog.values([p.id for p in processes], [d.id for d in dimensions])
    footnotes = _Footnotes()
    placer = _NotePlacer(notes, NotesPlacement(placement), [p.id for p in processes],
                         [d.id for d in dimensions])
    process_notes = tuple(placer.take("process", p.id, p.display_name) for p in processes)
    rows = []
    for dimension in dimensions:
        dimension_notes = placer.take("dimension", dimension.id, dimension.name)
        cells = []
        for process in processes:
            cell_notes = placer.take("cell", f"{process.id}#{dimension.id}",
                                     f"{process.display_name} × {dimension.name}")
            fact = grid[(process.id, dimension.id)]
            if dimension.is_fact:
                text, detail = fact_cell(catalog, dimension.id, process.id, fact)
                entry = _entry(fact, footnotes, text=text, notes=cell_notes,
                               variant_text=lambda alt, row=dimension.id: variant_cell(row, alt))
                cells.append(replace(entry, detail=detail) if detail else entry)
            else:
                cells.append(_entry(fact, footnotes, notes=cell_notes))
        finding, more = _row_findings(catalog, dimension.id, placer)
        rows.append(ComparisonRow(dimension, tuple(cells), finding, dimension_notes, more))
    title = comparison_title(processes, len(dimensions))
    return ComparisonSheet(
        meta=_meta(catalog, title, title), processes=processes, dimensions=dimensions,
        rows=tuple(rows), process_notes=process_notes, footnotes=footnotes.listing(),
        notes=placer.placed(), placement=placer.placement, legend=placer.legend(),
    )


# The facts of a profile, in the order a delegate reads them.
def _fact_labels() -> tuple[tuple[str, str], ...]:
    return (
        ("name_in_report", translate("Sheets", "Name in the 2005 report")),
        ("other_names", translate("Sheets", "Also known as")),
        ("established", translate("Sheets", "Established")),
        ("secretariat", translate("Sheets", "Secretariat")),
        ("chair", translate("Sheets", "Chair")),
        ("meeting_levels", translate("Sheets", "Meetings")),
        ("members", translate("Sheets", "Members")),
        ("observers", translate("Sheets", "Observers")),
        ("member_organizations", translate("Sheets", "Member organizations")),
        ("partners", translate("Sheets", "Partners")),
        ("themes", translate("Sheets", "Themes")),
        ("website", translate("Sheets", "Website")),
    )


def _country_names(catalog: Catalog) -> Callable[[m.Fact], str]:
    """Another source's list of members, as country names rather than ISO codes."""
    from rcpdesk.catalog.errors import UnknownIdError

    def names(fact: m.Fact) -> str:
        values = fact.value if isinstance(fact.value, (list, tuple)) else ()
        if not values:
            return fact.text()
        result = []
        for code in values:
            try:
                result.append(catalog.country(str(code)).name)
            except UnknownIdError:
                result.append(str(code))
        return "; ".join(result)

    return names




def build_profile(catalog: Catalog, process_id: str, *, notes: Sequence[NoteRecord] | None = None,
                  placement: NotesPlacement = NotesPlacement.NONE,
                  all_findings: bool = False, with_map: bool = False) -> ProfileSheet:
    """One process: its facts with sources, its positions, the report's findings with citations."""
    if not process_id:
        raise EmptySelection(translate("Sheets", "no process chosen for the profile"))
    profile = catalog.process(process_id)
    summary = profile.summary
    dimensions = catalog.dimensions()
    footnotes = _Footnotes()
    placer = _NotePlacer(notes, NotesPlacement(placement), [summary.id], [d.id for d in dimensions])
    process_notes = placer.take("process", summary.id, summary.display_name)

    facts = []
    for key, label in _fact_labels():
        if key == "name_in_report":
            if profile.name_in_report:
                facts.append(FactRow(key, label, Entry(profile.name_in_report, "sourced", "2005")))
            continue
        if key == "other_names":
            others = [n for n in profile.other_names if n not in (summary.name, summary.acronym,
                                                                   profile.name_in_report)]
            if others:
                facts.append(FactRow(key, label, Entry("; ".join(others), "sourced", None)))
            continue
        fact = profile.facts.get(key)
        if fact is None and key == "member_organizations":
            continue  # optional in the data: absent means the process has none to list
        text = None
        variant_text = None
        if fact is not None and key in ("members", "observers"):
            variant_text = _country_names(catalog)
            countries = profile.members if key == "members" else profile.observers
            if countries:
                text = "; ".join(c.name for c in countries)
                label = translate("Sheets", "{label} ({n})").format(label=label, n=len(countries))
        elif fact is not None and key == "established" and fact.event and fact.text():
            text = f"{fact.text()}: {fact.event}"
        facts.append(FactRow(key, label, _entry(fact, footnotes, text=text, remark=True,
                                                variant_text=variant_text)))

    dimension_rows = []
    for dimension in dimensions:
        dimension_notes = placer.take("dimension", dimension.id, dimension.name)
        cell_notes = placer.take("cell", f"{summary.id}#{dimension.id}",
                                 f"{summary.display_name} × {dimension.name}")
        entry = _entry(profile.dimension_values.get(dimension.id), footnotes, notes=cell_notes)
        finding, _ = _row_findings(catalog, dimension.id, placer)
        dimension_rows.append(DimensionRow(dimension, entry, finding, dimension_notes))

    found = (catalog.findings_for_process(summary.id) if all_findings else catalog.findings_for_process(
        summary.id, down_to=PROFILE_FINDINGS_DOWN_TO, per_dimension=PROFILE_FINDINGS_PER_DIMENSION))
    named = tuple(f for f in (_finding(pf.finding, placer, True) for pf in found if pf.named) if f)
    general_kept = sorted((pf.finding for pf in found if not pf.named),
                          key=lambda f: (rank(f.agreement), f.paragraph, f.start))
    general = tuple(f for f in (_finding(x, placer) for x in general_kept) if f)
    general_total = catalog.count_general_findings(summary.id)

    region = next((r.name for r in catalog.regions() if r.id == summary.region_id), summary.region_id)
    parts = [type_label(summary.type), region, status_label(summary.status)]
    if summary.established:
        parts.append(translate("Sheets", "established {year}").format(year=summary.established))
    if summary.attended_2005:
        parts.append(translate("Sheets", "took part in the 2005 workshop"))
    if profile.named_in:
        parts.append(translate("Sheets", "named in the report at {paragraphs}").format(
            paragraphs=", ".join(m.citation(n) for n in profile.named_in)))
    members_map = None
    if with_map:
        from rcpdesk.maps.render import members_map_svg

        members = profile.facts.get("members")
        width, height = MEMBERS_MAP_PIXELS
        svg = members_map_svg(catalog, summary.id, width, height).decode("utf-8")
        members_map = MembersMap(svg, height / width, members.as_of if members is not None else None)
    title = f"{summary.display_name}: {summary.name}" if summary.display_name != summary.name else summary.name
    running = translate("Sheets", "Process profile: {name}").format(name=summary.display_name)
    return ProfileSheet(
        meta=_meta(catalog, title, running), summary=summary, facts_line=" · ".join(parts),
        facts=tuple(facts), dimensions=tuple(dimension_rows), named_findings=named,
        general_findings=general, findings_left_out=general_total - len(general_kept),
        footnotes=footnotes.listing(), process_notes=process_notes, notes=placer.placed(),
        placement=placer.placement, legend=placer.legend(), members_map=members_map,
    )
