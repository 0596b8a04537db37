"""The levels of agreement the 2005 report records, strongest first."""

from __future__ import annotations

# Order matters: it ranks findings and orders filters (a consensus before a single voice).
# "report-states" is the report's own voice ("few RCPs benefited...", "Participants noted..."):
# it counts no participants, so it ranks below every counted level.
LEVELS: tuple[str, ...] = (
    "unanimous",
    "consensus",
    "broad-agreement",
    "majority",
    "many",
    "several",
    "some",
    "a-few",
    "one-participant",
    "report-states",
    "speaker",
    "procedural",
)

# English labels; the window and the sheets translate them through Qt (rcpdesk.sheets.i18n.agreement_label).
LABELS: dict[str, str] = {
    "unanimous": "Unanimous",
    "consensus": "Consensus",
    "broad-agreement": "Broad agreement",
    "majority": "Majority",
    "many": "Many participants",
    "several": "Several participants",
    "some": "Some participants",
    "a-few": "A few participants",
    "one-participant": "One participant",
    "report-states": "The report states",
    "speaker": "Speaker's own statement",
    "procedural": "Procedural (no position)",
}


def rank(level: str) -> int:
    """Position of a level, 0 for the strongest; unknown levels sort last."""
    try:
        return LEVELS.index(level)
    except ValueError:
        return len(LEVELS)
