"""The catalog's full records: profiles with their sourced facts, the report's paragraphs,
findings and footnotes, people, organizations, search hits. Read them as `model.Fact` etc.;
this module loads on first use (see rcpdesk.catalog.model)."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from rcpdesk.catalog.citations import citation

if TYPE_CHECKING:  # annotations only: model loads this module on first use (PEP 562)
    from rcpdesk.catalog.model import Names, ProcessSummary


@dataclass(frozen=True)
class Source:
    id: str
    title: str
    publisher: str | None
    url: str | None
    accessed: str | None
    note: str | None = None


@dataclass(frozen=True)
class Fact:
    """One quotable fact: its value, where it comes from and the date it holds for."""

    field: str
    value: Any
    status: str  # "sourced", "unverified" or "unknown"
    as_of: str | None
    sources: tuple[Source, ...] = ()
    note: str | None = None
    event: str | None = None
    alternatives: tuple[Fact, ...] = ()
    shown_first_because: str | None = None

    @property
    def is_unknown(self) -> bool:
        return self.status == "unknown"

    @property
    def is_unverified(self) -> bool:
        return self.status == "unverified"

    def text(self) -> str:
        """The value as plain text ("" when unknown)."""
        if self.value is None:
            return ""
        if isinstance(self.value, (list, tuple)):
            return "; ".join(str(item) for item in self.value)
        return str(self.value)


@dataclass(frozen=True)
class Country:
    code: str
    name: str


@dataclass(frozen=True)
class CountryGroup:
    """A group of countries the coverage views read (territories, an area the report names),
    with the source of its list (data/country_groups.yaml)."""

    id: str
    countries: frozenset[str]  # ISO 3166-1 alpha-3 codes
    description: str
    basis: str  # standard (as the source defines it), adapted (with changes it names), own
    source: str
    url: str | None = None


@dataclass(frozen=True)
class ProcessProfile:
    summary: ProcessSummary
    name_in_report: str | None
    other_names: tuple[str, ...]
    facts: Mapping[str, Fact]  # established, secretariat, chair, members, website, ...
    members: tuple[Country, ...]
    observers: tuple[Country, ...]
    dimension_values: Mapping[str, Fact]  # dimension id -> fact
    sources: tuple[Source, ...]
    named_in: tuple[int, ...]  # paragraph numbers that name the process

    @property
    def id(self) -> str:
        return self.summary.id

    def fact(self, name: str) -> Fact:
        return self.facts.get(name) or Fact(field=name, value=None, status="unknown", as_of=None)


@dataclass(frozen=True)
class CoverageGap:
    id: str
    name: str
    names: Names
    paragraphs: tuple[int, ...]


@dataclass(frozen=True)
class Dimension:
    id: str
    name: str
    names: Names
    description: str  # in the catalog's language (English where the data has no translation)
    order: int
    descriptions: Names | None = None
    kind: str = "dimension"  # or "fact": a profile fact shown as a comparison row (catalog.rows)

    @property
    def is_fact(self) -> bool:
        return self.kind == "fact"


@dataclass(frozen=True)
class Person:
    id: str
    name: str
    title: str | None
    affiliation: str | None
    role: str | None


@dataclass(frozen=True)
class Organization:
    id: str
    acronym: str | None
    name: str
    kind: str
    report_region: str | None
    name_in_report: str | None
    note: str | None
    paragraphs: tuple[int, ...]


@dataclass(frozen=True)
class Question:
    id: str
    kind: str  # guiding | overview | future
    text: str
    paragraph: int | None
    section_id: str | None


@dataclass(frozen=True)
class Footnote:
    number: int
    paragraph: int
    text: str | None  # None: the footnote's text is lost in the source scan
    note: str | None = None


@dataclass(frozen=True)
class Finding:
    id: str
    paragraph: int
    text: str
    agreement: str
    dimensions: tuple[str, ...]
    start: int  # character offset in the paragraph text
    note: str | None = None  # e.g. why this agreement level was read from the wording
    gloss: str | None = None  # the text with the editor's bracketed gloss, where it needs its paragraph

    @property
    def citation(self) -> str:
        return citation(self.paragraph)

    @property
    def quoted(self) -> str:
        """The finding as shown out of its paragraph: with the editor's gloss, when it has one."""
        return self.gloss or self.text


@dataclass(frozen=True)
class Paragraph:
    id: str
    number: int
    section_id: str
    section_title: str
    heading: str | None
    question: Question | None
    text: str
    agreement: str
    speakers: tuple[Person, ...]
    dimensions: tuple[str, ...]
    processes: tuple[str, ...]
    organizations: tuple[str, ...]
    footnotes: tuple[Footnote, ...]
    findings: tuple[Finding, ...]
    previous: int | None
    next: int | None

    @property
    def citation(self) -> str:
        return citation(self.number)


@dataclass(frozen=True)
class Recommendation:
    id: str
    paragraph: int
    kind: str  # recommendation | lesson
    text: str
    by: tuple[str, ...]
    note: str | None = None


@dataclass(frozen=True)
class ProcessFinding:
    """A finding that bears on a process: named (its paragraph names it) or cross-cutting."""

    finding: Finding
    named: bool


@dataclass(frozen=True)
class FindingGroup:
    """A profile's findings on one dimension ("" for none): the strongest few, and how many in all."""

    dimension_id: str
    findings: tuple[ProcessFinding, ...]
    total: int


@dataclass(frozen=True)
class DimensionDetail:
    """A dimension with (one page of) its findings and of the processes' values."""

    dimension: Dimension
    findings: tuple[Finding, ...]
    values: tuple[tuple[ProcessSummary, Fact], ...]


@dataclass(frozen=True)
class CountryMembership:
    process: ProcessSummary
    role: str  # member | observer
    as_of: str | None
    sources: tuple[Source, ...]


@dataclass(frozen=True)
class SearchHit:
    kind: str  # process | paragraph | note (the delegate's own notes, added by the UI)
    target_id: str
    title: str
    citation: str
    snippet: str
    highlights: tuple[tuple[int, int], ...]  # (start, end) offsets of matched words in snippet
    score: float
    region_id: str | None = None
    agreement: str | None = None
    dimensions: tuple[str, ...] = field(default_factory=tuple)
    link: str | None = None  # the rcpdesk: link to open, when not derived from kind and target_id
