"""How the report and its paragraphs are named and cited: ¶20, report-2005/p20 (imported by
model and records alike, so that neither needs the other for it)."""

from __future__ import annotations

REPORT_ID = "report-2005"
REPORT_CITATION = "GCIM–IOM Workshop on RCPs, 2005"
REPORT_FULL_CITATION = "GCIM–IOM Workshop on RCPs, Geneva, 14–15 April 2005"


def paragraph_id(number: int) -> str:
    """The stable id of a report paragraph: report-2005/p20."""
    return f"{REPORT_ID}/p{number}"


def citation(number: int) -> str:
    """The citation a delegate reads: ¶20."""
    return f"¶{number}"
