"""Immutable records the catalog returns: what the rest of rcpdesk reads, never database rows.

This module holds what the tree and the start page need (edition, regions, process summaries,
sections); the full records (profiles, facts, paragraphs, findings, ...) live in `records` and
load on first use, still read as `model.Fact` and so on: defining a frozen dataclass is slow
enough to count at start-up, and the window's first paint does not wait for those it does not
show. The few it does need are NamedTuples, immutable all the same and much cheaper to define
(figures: benchmarks/README.md).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any, NamedTuple

from rcpdesk.catalog.citations import (  # noqa: F401 - read as model.citation and so on
    REPORT_CITATION,
    REPORT_FULL_CITATION,
    REPORT_ID,
    citation,
    paragraph_id,
)


class Edition(NamedTuple):
    date: str
    title: str
    content_hash: str
    schema_version: int

    @property
    def label(self) -> str:
        return f"{self.date} ({self.content_hash[:12]})"


# Names in a language the data does not hold (ar, zh, ru): (english, lang) -> name. The catalog
# imports no Qt; rcpdesk.content_names installs a look-up in the interface's translations.
_name_translator: Callable[[str, str], str] | None = None


def set_name_translator(translator: Callable[[str, str], str] | None) -> None:
    global _name_translator
    _name_translator = translator


class Names(NamedTuple):
    en: str
    fr: str | None = None
    es: str | None = None

    def get(self, lang: str) -> str:
        """The name in a language, falling back to English."""
        if lang in ("en", "fr", "es"):
            return getattr(self, lang) or self.en
        return _name_translator(self.en, lang) if _name_translator is not None else self.en


class ProcessSummary(NamedTuple):
    id: str
    acronym: str
    name: str
    names: Names
    type: str
    region_id: str
    status: str
    established: int | None
    attended_2005: bool
    short_name: str = ""  # the common short name, where it is not the acronym ("Abu Dhabi Dialogue")

    @property
    def display_name(self) -> str:
        """How a delegate reads the process everywhere but its own profile: the common short
        name ("Colombo Process", "Puebla Process (RCM)"), else the acronym; the official name
        (`name`) heads the profile, and the bare acronym serves only where space is short."""
        return self.short_name or self.acronym or self.name


class Region(NamedTuple):
    id: str
    name: str
    names: Names
    name_in_report: str | None
    order: int
    processes: tuple[ProcessSummary, ...] = ()


class Section(NamedTuple):
    id: str
    title: str
    order: int
    first: int
    last: int


_RECORDS = frozenset({"Country", "CountryGroup", "CountryMembership", "CoverageGap", "Dimension", "DimensionDetail", "Fact", "Finding", "FindingGroup", "Footnote", "Organization", "Paragraph", "Person", "ProcessFinding", "ProcessProfile", "Question", "Recommendation", "SearchHit", "Source"})

if TYPE_CHECKING:
    from rcpdesk.catalog.records import (  # noqa: F401
        Country,
        CountryGroup,
        CountryMembership,
        CoverageGap,
        Dimension,
        DimensionDetail,
        Fact,
        Finding,
        FindingGroup,
        Footnote,
        Organization,
        Paragraph,
        Person,
        ProcessFinding,
        ProcessProfile,
        Question,
        Recommendation,
        SearchHit,
        Source,
    )


def __getattr__(name: str) -> Any:  # PEP 562: the records load with the first one asked for
    if name in _RECORDS:
        from rcpdesk.catalog import records

        value = getattr(records, name)
        globals()[name] = value  # later lookups skip this function (the store asks thousands of times)
        return value
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


def __dir__() -> list[str]:
    return sorted(set(globals()) | _RECORDS)
