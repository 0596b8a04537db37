"""What a sheet holds once built from the catalog: plain frozen dataclasses, no Qt, no markup."""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from rcpdesk.catalog import model as m


class Paper(StrEnum):
    A4 = "a4"
    LETTER = "letter"


class Orientation(StrEnum):
    AUTO = "auto"  # landscape when the table is wide, else portrait
    PORTRAIT = "portrait"
    LANDSCAPE = "landscape"


class NotesPlacement(StrEnum):
    NONE = "none"  # the sheet without the delegate's notes
    CELLS = "cells"  # each note in the cell (or row) it belongs to
    AFTER = "after"  # numbered markers in the cells, the notes listed after the table


class SheetFormat(StrEnum):
    PDF = "pdf"
    MARKDOWN = "md"
    CSV = "csv"
    HTML = "html"


# Processes a portrait page takes before "automatic" turns the page (the rule of thumb).
PORTRAIT_MAX_PROCESSES = 4


@dataclass(frozen=True)
class SheetOptions:
    """How a delegate wants the sheet: paper, orientation, notes; the language of its labels."""

    paper: Paper = Paper.A4
    orientation: Orientation = Orientation.AUTO
    notes: NotesPlacement = NotesPlacement.NONE
    all_findings: bool = False  # profile: every finding, not only the widely shared ones
    lang: str = "en"
    with_map: bool = False  # profile: the members map after the facts (PDF and print only)

    def __post_init__(self) -> None:
        object.__setattr__(self, "paper", Paper(self.paper))
        object.__setattr__(self, "orientation", Orientation(self.orientation))
        object.__setattr__(self, "notes", NotesPlacement(self.notes))


@dataclass(frozen=True)
class NoteRecord:
    """One of the delegate's notes, as the sheets need it (the notes API converts into this).

    target_id is a process id, a dimension id, a comparison cell "process-id#dimension-id" or a
    report paragraph "report-2005/p20"; target_kind (process, dimension, cell, paragraph,
    passage) may be left out when the id says it.
    """

    target_id: str
    body: str
    colour_name: str | None = None
    colour_hex: str | None = None
    tags: tuple[str, ...] = ()
    target_kind: str | None = None
    quote: str | None = None  # a passage note: the words it is on
    markdown: bool = False  # the body is Markdown (printed with its emphasis, lists and headings)

    def __post_init__(self) -> None:
        object.__setattr__(self, "tags", tuple(self.tags))


@dataclass(frozen=True)
class PlacedNote:
    """A note where the sheet shows it: its number (notes after the table) and what it is on."""

    record: NoteRecord
    number: int | None  # None when the note sits in its cell
    on: str  # what it is on, for the list after the table: "IGC × Funding", "¶20"


@dataclass(frozen=True)
class SourceRef:
    """A numbered footnote: the source the number stands for."""

    number: int
    source: m.Source


@dataclass(frozen=True)
class Variant:
    """Another value that other sources give (a fact with disagreeing sources)."""

    text: str
    as_of: str | None
    refs: tuple[int, ...]


@dataclass(frozen=True)
class Entry:
    """A value on the sheet: the text, how sure it is, its date and footnotes, the notes on it."""

    text: str  # "" when unknown
    status: str  # sourced | unverified | unknown
    as_of: str | None  # as the data gives it: 2024, 2024-05, 2024-05-01
    refs: tuple[int, ...] = ()
    alternatives: tuple[Variant, ...] = ()
    remark: str | None = None  # the curators' note on the fact (profile only)
    notes: tuple[PlacedNote, ...] = ()  # in the cell, or referenced from it by number
    detail: str | None = None  # what a short value stands for: the member states behind "12 states"

    @property
    def is_unknown(self) -> bool:
        return self.status == "unknown" or not self.text


@dataclass(frozen=True)
class FindingEntry:
    """One of the report's findings with its ¶ citation and the agreement the report records."""

    citation: str  # ¶20
    paragraph: int
    agreement: str  # a level from rcpdesk.catalog.agreement
    text: str  # with the editor's gloss in [square brackets] when glossed
    named: bool = False  # its paragraph names the process (profile)
    notes: tuple[PlacedNote, ...] = ()
    glossed: bool = False  # the bracketed words are the editor's, not the report's


@dataclass(frozen=True)
class SheetMeta:
    """What every page repeats: title, date printed, data edition, the report's citation."""

    title: str
    running_title: str  # the page header
    printed: str  # today, in the locale's format
    edition: str  # "26 November 2026 (e8bf3b79f9e9)"
    citation: str = m.REPORT_FULL_CITATION
    lang: str = "en"


@dataclass(frozen=True)
class ComparisonRow:
    dimension: m.Dimension  # a dimension, or a profile fact (dimension.is_fact: secretariat, ...)
    cells: tuple[Entry, ...]  # one per process, in the sheet's process order
    finding: FindingEntry | None  # the report's finding that fits the row best
    notes: tuple[PlacedNote, ...] = ()  # notes on the dimension itself
    more_findings: tuple[FindingEntry, ...] = ()  # the row's other findings, by relevance


@dataclass(frozen=True)
class ComparisonSheet:
    meta: SheetMeta
    processes: tuple[m.ProcessSummary, ...]
    dimensions: tuple[m.Dimension, ...]
    rows: tuple[ComparisonRow, ...]
    process_notes: tuple[tuple[PlacedNote, ...], ...]  # per process: notes on the process itself
    footnotes: tuple[SourceRef, ...]
    notes: tuple[PlacedNote, ...] = ()  # every placed note, in number order
    placement: NotesPlacement = NotesPlacement.NONE
    legend: tuple[tuple[str, str], ...] = ()  # (colour name, hex) of the notes shown

    @property
    def kind(self) -> str:
        return "comparison"


@dataclass(frozen=True)
class FactRow:
    key: str  # secretariat, members, ...
    label: str
    entry: Entry


@dataclass(frozen=True)
class DimensionRow:
    dimension: m.Dimension
    entry: Entry
    finding: FindingEntry | None
    notes: tuple[PlacedNote, ...] = ()  # notes on the dimension itself


@dataclass(frozen=True)
class MembersMap:
    """A profile's members map: the picture as SVG text (drawn at the page's size when laid out)
    and the date of the membership list it shows."""

    svg: str
    aspect: float  # height / width
    as_of: str | None


@dataclass(frozen=True)
class ProfileSheet:
    meta: SheetMeta
    summary: m.ProcessSummary
    facts_line: str  # type · region · status · founded · named in the report
    facts: tuple[FactRow, ...]
    dimensions: tuple[DimensionRow, ...]
    named_findings: tuple[FindingEntry, ...]
    general_findings: tuple[FindingEntry, ...]
    findings_left_out: int  # cross-cutting findings of narrower agreement not printed
    footnotes: tuple[SourceRef, ...]
    process_notes: tuple[PlacedNote, ...] = ()
    notes: tuple[PlacedNote, ...] = ()
    placement: NotesPlacement = NotesPlacement.NONE
    legend: tuple[tuple[str, str], ...] = ()
    members_map: MembersMap | None = None  # when asked for (SheetOptions.with_map)

    @property
    def kind(self) -> str:
        return "profile"


Sheet = ComparisonSheet | ProfileSheet
