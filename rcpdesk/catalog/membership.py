"""Membership over time: dated entries, the current lists derived from them, who held a role in a year.

A process file lists `membership` as groups of entries that share their dates and sources:
countries, role (member / observer), from (a year, or unknown), until (a year, "still", or unknown),
as_of (the date the source holds for) and sources. A file without `membership` still gives its
current `members` / `observers` lists; each country on them is read as an entry whose start and end
are unknown and that holds as of the list's date. No Qt here.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from typing import Any, NamedTuple

ROLES = ("member", "observer")
_FIELD_OF_ROLE = {"member": "members", "observer": "observers"}

# What an entry says of a year: the country held the role, did not, or the entry cannot tell.
HELD, NOT_HELD, UNKNOWN = "held", "not-held", "unknown"


class ProcessHistory(NamedTuple):
    """A process's place in time beyond its founding year."""

    status_since: int | None  # the year it went dormant or ended
    predecessor: str | None  # process ids
    successor: str | None
    type_in_report: str | None  # how the 2005 report listed it (the nine of 2005 only)


def _year(value: Any) -> int | None:
    return value if isinstance(value, int) else None


def as_of_year(as_of: str | None) -> int | None:
    """The year of an as-of date ("2019", "2019-05", "2019-05-02")."""
    return int(as_of[:4]) if as_of and as_of[:4].isdigit() else None


@dataclass(frozen=True)
class MembershipEntry:
    """One country's role in a process over a span of years, as one source states it."""

    process_id: str
    country: str  # ISO 3166-1 alpha-3 (or a code from data/countries.yaml)
    role: str  # member | observer
    start: int | None  # the year it began; None: not known
    end: int | None  # the last year it held; None: still holds, or not known (see `still`)
    still: bool  # it holds today (end is None)
    as_of: str | None  # the date the source holds for
    sources: tuple[str, ...] = ()
    status: str = "sourced"  # or "unverified"
    note: str | None = None
    superseded: bool = False  # its end is not known, but the country holds the other role today

    @property
    def current(self) -> bool:
        """Counted in today's list: it has not ended (still, or its end is not known and the
        country has not since taken the other role: an observer of 2004 who is a member today)."""
        return self.end is None and not self.superseded

    def state_in(self, year: int) -> str:
        """HELD, NOT_HELD or UNKNOWN for a year: known from `start` (else from the as-of year) to
        `end` (else today when `still`, else the as-of year); before a known start or after a known
        end it did not hold; anything else the entry cannot tell, and nothing is guessed."""
        seen = as_of_year(self.as_of)
        if self.start is not None and year < self.start:
            return NOT_HELD
        if self.end is not None and year > self.end:
            return NOT_HELD
        first = self.start if self.start is not None else seen
        last = self.end if self.end is not None else (None if self.still else seen)
        if first is None or year < first:
            return UNKNOWN
        if last is not None and year > last:
            return UNKNOWN
        return HELD


def with_supersession(entries: list[MembershipEntry] | tuple[MembershipEntry, ...]) -> tuple[MembershipEntry, ...]:
    """The entries, those whose end is not known marked superseded where the same country holds
    the other role in the same process today (given every entry of that process and country)."""
    held_today = {(e.process_id, e.country, e.role) for e in entries if e.still}
    return tuple(
        replace(e, superseded=True)
        if e.end is None and not e.still and any(
            (e.process_id, e.country, other) in held_today for other in ROLES if other != e.role)
        else e
        for e in entries)


def entries_of(process_id: str, doc: dict[str, Any]) -> list[MembershipEntry]:
    """Every entry of a process document, from `membership` or, without it, from its current lists."""
    if "membership" in doc:
        result = []
        for group in doc["membership"]:
            until = group.get("until", "unknown")
            for code in group["countries"]:
                result.append(MembershipEntry(
                    process_id, code, group["role"], _year(group.get("from")), _year(until),
                    until == "still", group.get("as_of"), tuple(group.get("sources", [])),
                    "unverified" if group.get("status") == "unverified" else "sourced", group.get("note")))
        return result
    result = []
    for role in ROLES:
        fact = doc.get(_FIELD_OF_ROLE[role]) or {}
        if fact.get("status") == "unknown":
            continue
        for code in fact.get("value") or []:
            result.append(MembershipEntry(
                process_id, code, role, None, None, False, fact.get("as_of"), tuple(fact.get("sources", [])),
                "unverified" if fact.get("status") == "unverified" else "sourced"))
    return result


def derived_fact(doc: dict[str, Any], role: str) -> dict[str, Any]:
    """The current members (or observers) of a process with `membership`, as a fact: the countries
    whose entries have not ended, with those entries' sources and the latest as-of date."""
    current = {(e.country, e.role) for e in with_supersession(entries_of(doc.get("id", ""), doc)) if e.current}
    groups = [g | {"countries": [c for c in g["countries"] if (c, role) in current]}
              for g in doc["membership"] if g["role"] == role]
    groups = [g for g in groups if g["countries"]]
    if not groups:
        note = doc.get(f"{_FIELD_OF_ROLE[role]}_note")
        return {"status": "unknown", **({"note": note} if note else {})}
    codes = list(dict.fromkeys(code for g in groups for code in g["countries"]))
    sources = list(dict.fromkeys(s for g in groups for s in g.get("sources", [])))
    fact: dict[str, Any] = {"value": codes, "sources": sources,
                            "as_of": max((g["as_of"] for g in groups if g.get("as_of")), default=None)}
    if fact["as_of"] is None:
        del fact["as_of"]
    if all(g.get("status") == "unverified" for g in groups):
        fact["status"] = "unverified"
    note = doc.get(f"{_FIELD_OF_ROLE[role]}_note")
    if note:
        fact["note"] = note
    return fact


def with_derived_lists(doc: dict[str, Any]) -> dict[str, Any]:
    """The document with `members` and `observers` derived from `membership` (when it has one)."""
    if "membership" not in doc:
        return doc
    return doc | {_FIELD_OF_ROLE[role]: derived_fact(doc, role) for role in ROLES}


def role_in(entries: list[MembershipEntry] | tuple[MembershipEntry, ...], year: int) -> str | None:
    """A country's role in a year from its entries in one process: "member", "observer", None (neither)
    or "unknown" (the entries cannot tell)."""
    states = {role: [e.state_in(year) for e in entries if e.role == role] for role in ROLES}
    for role in ROLES:
        if HELD in states[role]:
            return role
    if any(UNKNOWN in s for s in states.values()):
        return "unknown"
    return None
