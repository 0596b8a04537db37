"""Who is covered by which process: counts per country in a year, the countries in none, the
members and observers of a set of processes, the founding timeline and a country's neighbours.

Today's view counts each process's current lists. A past year's view reads the dated membership
entries: a country counts where an entry shows it holding the role that year, and where the
entries cannot tell (a list known only as of a later date), the process is named as not known
for that year instead of being counted with a later list. No Qt here.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field

from rcpdesk.catalog import model as m
from rcpdesk.catalog.membership import MembershipEntry, role_in
from rcpdesk.catalog.store import Catalog

WORKSHOP_YEAR = 2005  # the GCIM–IOM workshop on RCPs, Geneva, 14–15 April 2005
WORKSHOP_DATE = (2005, 4, 14)

# The groups of data/country_groups.yaml these views read; each group names the source of its
# list. A territory that no process lists is drawn as "territory, not counted" rather than as a
# gap in coverage; one that a process lists (Hong Kong, the Cook Islands, Montserrat...) is
# counted like any member.
TERRITORY_GROUP = "territories"

# The report's coverage gaps (data/regions.yaml ids): the country groups each covers and the word
# of the report's sentence that names it.
GAP_AREAS: Mapping[str, tuple[str, ...]] = {
    "gap-africa": ("africa",),
    "gap-caribbean": ("caribbean",),
    "gap-middle-east": ("middle-east",),
    "gap-gulf": ("gulf-states",),
}
GAP_KEYWORDS: Mapping[str, str] = {
    "gap-africa": "Africa",
    "gap-caribbean": "Caribbean",
    "gap-middle-east": "Middle East",
    "gap-gulf": "Gulf",
}
# The other remark on coverage: the Asia-Pacific is covered by more than one process (¶6, ¶13).
OVERLAP_REMARK = "asia-pacific-overlap"
OVERLAP_AREA = ("asia-pacific",)
OVERLAP_PARAGRAPHS = (6, 13)
OVERLAP_KEYWORD = "Asia-Pacific"

# Where the areas of "countries in none" are grouped in a caption, in this order: key, groups.
AREA_GROUPS: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("gap-africa", ("africa",)),
    ("gap-caribbean", ("caribbean",)),
    ("gap-middle-east", ("middle-east", "gulf-states")),
    ("asia-pacific", OVERLAP_AREA),
)


def area_countries(catalog: Catalog, group_ids: Iterable[str]) -> frozenset[str]:
    """The codes of the countries in any of the given country groups (unknown ids raise)."""
    codes: frozenset[str] = frozenset()
    return codes.union(*(catalog.country_group(g).countries for g in group_ids))


def is_territory(catalog: Catalog, code: str) -> bool:
    return code.upper() in catalog.country_group(TERRITORY_GROUP).countries


# -- coverage in a year -------------------------------------------------------------------------


@dataclass(frozen=True)
class CountryCoverage:
    """One country in a coverage view: the counted processes it is a member or observer of."""

    country: m.Country
    member_of: tuple[m.ProcessSummary, ...] = ()
    observer_of: tuple[m.ProcessSummary, ...] = ()
    territory: bool = False
    # in a past year's view: processes whose entries cannot tell whether it belonged that year
    unknown_in: tuple[m.ProcessSummary, ...] = ()

    @property
    def not_known(self) -> bool:
        """Counted in no process, but the year's entries cannot rule some out: not a gap."""
        return self.count == 0 and bool(self.unknown_in)

    @property
    def code(self) -> str:
        return self.country.code

    @property
    def count(self) -> int:
        """How many of the counted processes list the country as a member."""
        return len(self.member_of)


@dataclass(frozen=True)
class Coverage:
    """Every country with the processes that count it, for a year (None: today)."""

    year: int | None
    counted: tuple[m.ProcessSummary, ...]  # the processes whose memberships count
    not_yet_founded: tuple[m.ProcessSummary, ...]  # founded after the year
    unknown_founding: tuple[m.ProcessSummary, ...]  # left out of a year's view: year unknown
    without_members: tuple[m.ProcessSummary, ...]  # counted, but no membership recorded
    countries: Mapping[str, CountryCoverage] = field(default_factory=dict)
    # founded by the year, but its entries cannot tell who belonged that year (wholly or in part):
    # process id -> how many countries are left uncounted for it
    membership_unknown: Mapping[str, int] = field(default_factory=dict)

    def count(self, code: str) -> int:
        entry = self.countries.get(code.upper())
        return entry.count if entry else 0

    def of(self, code: str) -> CountryCoverage | None:
        return self.countries.get(code.upper())

    @property
    def max_count(self) -> int:
        return max((c.count for c in self.countries.values()), default=0)

    def in_none(self, *, include_territories: bool = False) -> tuple[m.Country, ...]:
        """Countries that no counted process lists as a member, by name; territories only when
        asked (a dependency is rarely a gap: its state takes part for it)."""
        return tuple(
            c.country
            for c in sorted(self.countries.values(), key=_by_name)
            if c.count == 0 and not c.unknown_in and (include_territories or not c.territory)
        )

    def not_known(self) -> tuple[m.Country, ...]:
        """Countries in no counted process whose membership that year is not known, by name."""
        return tuple(c.country for c in sorted(self.countries.values(), key=_by_name) if c.not_known)

    def territories_in_none(self) -> tuple[m.Country, ...]:
        return tuple(
            c.country
            for c in sorted(self.countries.values(), key=_by_name)
            if c.count == 0 and c.territory and not c.unknown_in
        )

    def observers_only(self) -> tuple[m.Country, ...]:
        """Countries a counted process lists only as an observer."""
        return tuple(
            c.country
            for c in sorted(self.countries.values(), key=_by_name)
            if c.count == 0 and c.observer_of
        )


def _by_name(entry: CountryCoverage) -> tuple[str, str]:
    return (entry.country.name.casefold(), entry.code)


def counts_in(process: m.ProcessSummary, year: int | None) -> bool:
    """Does a process count in a year's view? Today, all do; in a year, those founded by then."""
    if year is None:
        return True
    return process.established is not None and process.established <= year


def coverage(catalog: Catalog, year: int | None = None) -> Coverage:
    """Each country's member and observer processes among those founded by `year` (None: today).

    Today counts the current lists. A year counts who the dated entries show in that year; where
    they cannot tell, the process is listed in `membership_unknown`, not guessed from today's list.
    """
    processes = catalog.processes()
    counted = [p for p in processes if counts_in(p, year)]
    counted_ids = {p.id: p for p in counted}
    members: dict[str, list[m.ProcessSummary]] = {}
    observers: dict[str, list[m.ProcessSummary]] = {}
    with_members: set[str] = set()
    unknown: dict[str, int] = {}
    unknown_in: dict[str, list[m.ProcessSummary]] = {}
    for process_id, code, role in _roles(catalog, year):
        with_members.add(process_id)
        process = counted_ids.get(process_id)
        if process is None:
            continue
        if role == "unknown":
            unknown[process_id] = unknown.get(process_id, 0) + 1
            unknown_in.setdefault(code, []).append(process)
            continue
        (members if role == "member" else observers).setdefault(code, []).append(process)
    territories = catalog.country_group(TERRITORY_GROUP).countries
    countries = {
        c.code: CountryCoverage(
            country=c,
            member_of=tuple(sorted(members.get(c.code, ()), key=_process_order)),
            observer_of=tuple(sorted(observers.get(c.code, ()), key=_process_order)),
            territory=c.code in territories,
            unknown_in=tuple(sorted(unknown_in.get(c.code, ()), key=_process_order)),
        )
        for c in catalog.countries()
    }
    return Coverage(
        year=year,
        counted=tuple(sorted(counted, key=_process_order)),
        not_yet_founded=tuple(
            sorted(
                (
                    p
                    for p in processes
                    if year is not None and p.established is not None and p.established > year
                ),
                key=_process_order,
            )
        ),
        unknown_founding=tuple(
            sorted(
                (p for p in processes if year is not None and p.established is None),
                key=_process_order,
            )
        ),
        without_members=tuple(
            sorted((p for p in counted if p.id not in with_members), key=_process_order)
        ),
        countries=countries,
        membership_unknown=unknown,
    )


def _roles(catalog: Catalog, year: int | None) -> Iterable[tuple[str, str, str]]:
    """(process id, country code, role) today, or in a year from the dated entries, where a role
    may be "unknown"; a country that held no role that year is left out."""
    if year is None:
        yield from catalog.membership_table()
        return
    by_pair: dict[tuple[str, str], list[MembershipEntry]] = {}
    for entry in catalog.all_membership_entries():
        by_pair.setdefault((entry.process_id, entry.country), []).append(entry)
    for (process_id, code), entries in sorted(by_pair.items()):
        role = role_in(entries, year)
        if role is not None:
            yield process_id, code, role


def _process_order(p: m.ProcessSummary) -> tuple[str, str]:
    return (p.acronym.casefold(), p.id)


def countries_in_none(
    catalog: Catalog, year: int | None = None, *, include_territories: bool = False
) -> tuple[m.Country, ...]:
    """The countries no process lists as a member (in a year's view when `year` is given)."""
    return coverage(catalog, year).in_none(include_territories=include_territories)


def group_by_area(
    catalog: Catalog, countries: Iterable[m.Country]
) -> tuple[tuple[str, tuple[m.Country, ...]], ...]:
    """Countries grouped by the areas the report speaks of (Africa, the Caribbean, the Middle East
    and the Gulf, Asia-Pacific), then "elsewhere" (key ""), each group by name; empty groups
    left out."""
    areas = [(key, area_countries(catalog, group_ids)) for key, group_ids in AREA_GROUPS]
    groups: dict[str, list[m.Country]] = {key: [] for key, _ in areas}
    groups[""] = []
    for country in countries:
        key = next((k for k, codes in areas if country.code in codes), "")
        groups[key].append(country)
    return tuple((key, tuple(items)) for key, items in groups.items() if items)


# -- members and observers of a set of processes ------------------------------------------------


@dataclass(frozen=True)
class ProcessSet:
    """The members and observers of one process, or of the processes being compared."""

    processes: tuple[m.ProcessProfile, ...]
    members: Mapping[str, tuple[str, ...]]  # country code -> ids of the set that list it as member
    observers: Mapping[str, tuple[str, ...]]  # country code -> ids that list it as observer
    countries: Mapping[str, m.Country]  # every country of the set, by code

    @property
    def ids(self) -> tuple[str, ...]:
        return tuple(p.id for p in self.processes)

    def role(self, code: str) -> str | None:
        """ "member" if any process of the set lists the country as a member, else "observer" if
        one lists it as an observer, else None."""
        code = code.upper()
        if code in self.members:
            return "member"
        if code in self.observers:
            return "observer"
        return None

    def member_count(self, code: str) -> int:
        return len(self.members.get(code.upper(), ()))

    def members_only(self) -> tuple[str, ...]:
        """Codes of the countries listed as members, by name."""
        return self._by_name(self.members)

    def observers_only(self) -> tuple[str, ...]:
        """Codes of countries listed only as observers (a member of another process of the set
        is shown as a member), by name."""
        return self._by_name(c for c in self.observers if c not in self.members)

    def _by_name(self, codes: Iterable[str]) -> tuple[str, ...]:
        return tuple(sorted(codes, key=lambda c: (self.countries[c].name.casefold(), c)))


def process_set(catalog: Catalog, ids: Iterable[str]) -> ProcessSet:
    """Members and observers of the given processes (unknown ids raise UnknownIdError)."""
    seen: list[str] = []
    for ident in ids:
        if ident not in seen:
            seen.append(ident)
    profiles = tuple(catalog.process(ident) for ident in seen)
    members: dict[str, list[str]] = {}
    observers: dict[str, list[str]] = {}
    countries: dict[str, m.Country] = {}
    for profile in profiles:
        for country in profile.members:
            members.setdefault(country.code, []).append(profile.id)
            countries[country.code] = country
        for country in profile.observers:
            observers.setdefault(country.code, []).append(profile.id)
            countries[country.code] = country
    return ProcessSet(
        processes=profiles,
        members={k: tuple(v) for k, v in members.items()},
        observers={k: tuple(v) for k, v in observers.items()},
        countries=countries,
    )


# -- the founding timeline ----------------------------------------------------------------------


@dataclass(frozen=True)
class TimelineEntry:
    process: m.ProcessSummary
    year: int
    lane: int  # index into Timeline.lanes


@dataclass(frozen=True)
class Timeline:
    """Every process by founding year, in region lanes; those with no known year apart."""

    lanes: tuple[m.Region, ...]  # regions in the report's order that have at least one process
    entries: tuple[TimelineEntry, ...]  # by founding year, then acronym
    undated: tuple[m.ProcessSummary, ...]  # founding year unknown
    workshop_year: int = WORKSHOP_YEAR

    @property
    def first_year(self) -> int:
        return min((e.year for e in self.entries), default=self.workshop_year)

    @property
    def last_year(self) -> int:
        return max((e.year for e in self.entries), default=self.workshop_year)

    @property
    def order(self) -> tuple[str, ...]:
        """Process ids in timeline order."""
        return tuple(e.process.id for e in self.entries)


def timeline(catalog: Catalog) -> Timeline:
    regions = tuple(r for r in catalog.regions() if r.processes)
    lane_of = {r.id: index for index, r in enumerate(regions)}
    entries = []
    undated = []
    for region in regions:
        for process in region.processes:
            if process.established is None:
                undated.append(process)
            else:
                entries.append(TimelineEntry(process, process.established, lane_of[region.id]))
    entries.sort(key=lambda e: (e.year, e.process.acronym.casefold(), e.process.id))
    undated.sort(key=_process_order)
    return Timeline(lanes=regions, entries=tuple(entries), undated=tuple(undated))


# -- one country: its processes, neighbours and the report's remarks on its region ---------------


@dataclass(frozen=True)
class Neighbours:
    """One process a country belongs to, with the other countries it sits with there."""

    membership: m.CountryMembership
    other_members: tuple[m.Country, ...]
    observers: tuple[m.Country, ...]  # the process's observers other than the country


def neighbours(
    catalog: Catalog, code: str, offset: int = 0, limit: int | None = None
) -> tuple[Neighbours, ...]:
    """For each process the country is a member or observer of (a slice of them with offset and
    limit): the other members, by name."""
    code = code.upper()
    result = []
    for membership in catalog.memberships_of_country(code, offset, limit):
        process_id = membership.process.id
        result.append(
            Neighbours(
                membership=membership,
                other_members=tuple(
                    c for c in catalog.countries_of(process_id, "member") if c.code != code
                ),
                observers=tuple(
                    c for c in catalog.countries_of(process_id, "observer") if c.code != code
                ),
            )
        )
    return tuple(result)


@dataclass(frozen=True)
class RegionRemark:
    """A remark of the report on the coverage of an area the country lies in."""

    key: str  # a coverage gap id (gap-caribbean) or OVERLAP_REMARK
    name: str  # the area's name in the catalog's language ("" for the overlap remark)
    paragraphs: tuple[int, ...]
    quotes: tuple[
        tuple[int, str, str], ...
    ]  # (paragraph, the sentence, agreement of the paragraph)
    is_gap: bool


def region_remarks(catalog: Catalog, code: str) -> tuple[RegionRemark, ...]:
    """The report's remarks on coverage (¶6, ¶13) that concern the country's area."""
    code = code.upper()
    gaps = catalog.coverage_gaps()
    known = catalog.paragraphs_present(
        [n for gap in gaps for n in gap.paragraphs] + list(OVERLAP_PARAGRAPHS))
    remarks = []
    for gap in gaps:
        if code not in area_countries(catalog, GAP_AREAS.get(gap.id, ())):
            continue
        paragraphs = tuple(n for n in gap.paragraphs if n in known)
        remarks.append(
            RegionRemark(
                key=gap.id,
                name=gap.name,
                paragraphs=gap.paragraphs,
                quotes=_quotes(catalog, paragraphs, GAP_KEYWORDS.get(gap.id, "")),
                is_gap=True,
            )
        )
    if code in area_countries(catalog, OVERLAP_AREA):
        paragraphs = tuple(n for n in OVERLAP_PARAGRAPHS if n in known)
        quotes = _quotes(catalog, paragraphs, OVERLAP_KEYWORD)
        if quotes:
            remarks.append(RegionRemark(OVERLAP_REMARK, "", paragraphs, quotes, is_gap=False))
    return tuple(remarks)


def gap_quotes(catalog: Catalog) -> tuple[tuple[int, str, str], ...]:
    """The report's sentences naming gaps in coverage (¶6, ¶13), each once, by paragraph."""
    gaps = catalog.coverage_gaps()
    known = catalog.paragraphs_present(n for gap in gaps for n in gap.paragraphs)
    found: dict[tuple[int, str], tuple[int, str, str]] = {}
    for gap in gaps:
        paragraphs = tuple(n for n in gap.paragraphs if n in known)
        for quote in _quotes(catalog, paragraphs, GAP_KEYWORDS.get(gap.id, "")):
            found.setdefault((quote[0], quote[1]), quote)
    return tuple(sorted(found.values()))


def _quotes(
    catalog: Catalog, paragraphs: Iterable[int], keyword: str
) -> tuple[tuple[int, str, str], ...]:
    """The sentences (the report's findings, else its text) of each paragraph naming keyword."""
    quotes = []
    for number in paragraphs:
        paragraph = catalog.paragraph(number)
        found = [f.text for f in paragraph.findings if keyword and keyword in f.text]
        if not found and keyword and keyword in paragraph.text:
            found = [s.strip() for s in _sentences(paragraph.text) if keyword in s]
        for text in found:
            quotes.append((number, _sentence_with(text, keyword), paragraph.agreement))
    return tuple(quotes)


def _sentences(text: str) -> list[str]:
    parts, start = [], 0
    for index, char in enumerate(text):
        if char in ".;" and (index + 1 == len(text) or text[index + 1] == " "):
            parts.append(text[start : index + 1])
            start = index + 1
    if text[start:].strip():
        parts.append(text[start:])
    return parts


def _sentence_with(text: str, keyword: str) -> str:
    """The sentence of a (possibly multi-sentence) finding that names the keyword."""
    sentences = [s.strip() for s in _sentences(text)]
    hits = [s for s in sentences if keyword in s]
    return " ".join(hits) if hits else text.strip()
