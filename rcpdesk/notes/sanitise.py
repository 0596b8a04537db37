"""Text that arrives from outside (import files): kept as written, less control characters.

The import once removed anything that looked like an HTML tag. That changed a delegate's own
words on the way through a colleague's laptop ("a < b and c > d" lost its middle, "<b>" in a
note vanished) and brought the sender's file back as a conflict. Every output escapes a note's
text instead (the page, print, Markdown, tooltips: tests/faults/test_text_outputs.py), so text
stays text, as it does for a note typed here.
"""

from __future__ import annotations

from rcpdesk.notes.model import strip_control


def sanitise_text(text: str) -> tuple[str, bool]:
    """The text without control characters (other than tab and line breaks); and whether any were."""
    cleaned = strip_control(text)
    return cleaned, cleaned != text
