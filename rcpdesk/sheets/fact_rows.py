"""A profile fact as a comparison cell reads it: the same fact the profile shows, said short.

The sheets and the window's comparison both call `fact_cell`, so a cell reads the same on
screen and on paper: "12 states" with the list behind it, "2003: First Ministerial Consultation".
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from rcpdesk.catalog import model as m
from rcpdesk.sheets.i18n import translate

if TYPE_CHECKING:
    from rcpdesk.catalog import Catalog


def type_label(kind: str) -> str:
    return {"rcp": translate("Sheets", "Regional consultative process"),
            "inter-regional-forum": translate("Sheets", "Inter-regional forum")}.get(kind, kind)


def status_label(status: str) -> str:
    return {"active": translate("Sheets", "active"), "dormant": translate("Sheets", "dormant"),
            "ended": translate("Sheets", "ended"), "unknown": translate("Sheets", "Not known")}.get(status, status)


def states(count: int) -> str:
    return translate("Sheets", "1 state") if count == 1 else translate("Sheets", "{n} states").format(n=count)


def variant_cell(row_id: str, fact: m.Fact) -> str:
    """Another source's value as the row says it: a member list as its count."""
    if row_id in ("members", "observers") and isinstance(fact.value, (list, tuple)):
        return states(len(fact.value))
    return fact.text()


def fact_cell(catalog: Catalog, row_id: str, process_id: str, fact: m.Fact) -> tuple[str, str | None]:
    """(the cell's text, what it stands for or None) for a profile fact row; ("", None) when unknown."""
    if fact.is_unknown or fact.value is None:
        return "", None
    if row_id in ("members", "observers"):
        role = "member" if row_id == "members" else "observer"
        countries = catalog.countries_of(process_id, role)
        if not countries:
            return translate("Sheets", "none"), None
        return states(len(countries)), "; ".join(c.name for c in countries)
    if row_id == "established":
        return (f"{fact.text()}: {fact.event}" if fact.event else fact.text()), None
    if row_id == "status":
        return status_label(str(fact.value)), None
    if row_id == "type":
        return type_label(str(fact.value)), None
    return fact.text(), None
