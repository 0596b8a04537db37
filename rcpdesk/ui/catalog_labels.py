"""What the delegate reads for catalog codes: agreement levels, fact fields, statuses, types.

Each label is a literal translate() call so that lupdate extracts it; call the functions at the
time of display (never cache the text) so that a language switch shows at once.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from rcpdesk.catalog.agreement import LEVELS

translate = QCoreApplication.translate

STRONG_LEVELS = ("unanimous", "consensus", "broad-agreement")
MIDDLE_LEVELS = ("majority", "many", "several")
WEAK_LEVELS = ("some", "a-few", "one-participant")



def agreement_strength(level: str) -> str:
    """strong, middle, weak or none: how the level is coloured."""
    if level in STRONG_LEVELS:
        return "strong"
    if level in MIDDLE_LEVELS:
        return "middle"
    if level in WEAK_LEVELS:
        return "weak"
    return "none"


def agreement_levels() -> tuple[str, ...]:
    return LEVELS


def fact_label(field: str) -> str:
    labels = {
        "established": translate("facts", "Founded"),
        "secretariat": translate("facts", "Secretariat"),
        "chair": translate("facts", "Chair"),
        "meeting_levels": translate("facts", "Meeting levels"),
        "members": translate("facts", "Members"),
        "observers": translate("facts", "Observers"),
        "member_organizations": translate("facts", "Member organizations"),
        "partners": translate("facts", "Partner organizations"),
        "themes": translate("facts", "Themes"),
        "website": translate("facts", "Website"),
    }
    return labels.get(field, field.replace("_", " ").capitalize())


def process_type_label(kind: str) -> str:
    labels = {
        "rcp": translate("facts", "Regional consultative process"),
        "inter-regional-forum": translate("facts", "Inter-regional forum"),
    }
    return labels.get(kind, kind)


def process_status_label(status: str) -> str:
    labels = {
        "active": translate("facts", "Active"),
        "dormant": translate("facts", "Dormant"),
        "ended": translate("facts", "Ended"),
        "unknown": translate("facts", "Not known"),  # no source says whether it still meets
    }
    return labels.get(status, status)


def fact_status_label(status: str) -> str:
    labels = {
        "sourced": translate("facts", "Sourced"),
        "unverified": translate("facts", "Unverified"),
        "unknown": translate("facts", "Not known"),
    }
    return labels.get(status, status)


def membership_span(start: int | None, end: int | None, still: bool) -> str:
    """The years of a membership entry: "2003–today", "2001–2011", "not known–today"."""
    unknown = translate("facts", "not known")
    first = str(start) if start is not None else unknown
    last = str(end) if end is not None else (translate("facts", "today") if still else unknown)
    return translate("facts", "{start}–{end}").format(start=first, end=last)


def role_label(role: str) -> str:
    labels = {
        "member": translate("facts", "Member"),
        "observer": translate("facts", "Observer"),
    }
    return labels.get(role, role)
