"""Strip HTML and scripts from text that arrives from outside (import files); text stays text."""

from __future__ import annotations

import re

from rcpdesk.notes.model import strip_control

# Elements whose content is code or a foreign document, removed with what they contain.
_DANGEROUS = re.compile(
    r"<\s*(script|style|iframe|object|embed|noscript|template|svg|math|frameset|frame|applet)\b"
    r"[^>]*>.*?(<\s*/\s*\1\s*>|\Z)", re.IGNORECASE | re.DOTALL)
_COMMENT = re.compile(r"<!--.*?(-->|\Z)", re.DOTALL)
_DECLARATION = re.compile(r"<![A-Za-z\[][^>]*>|<\?[^>]*>")
# A tag: <name ...> or </name>. "<https://...>" (a Markdown autolink) and "a < b" are not tags.
_TAG = re.compile(r"<\s*/?\s*[A-Za-z][A-Za-z0-9-]*(?=[\s/>])[^<>]*>")


def sanitise_text(text: str) -> tuple[str, bool]:
    """The text without HTML elements, comments and control characters; and whether any were found."""
    cleaned = strip_control(text)
    for _ in range(10):  # <scr<script>x</script>ipt> re-forms a tag once the inner one goes
        before = cleaned
        cleaned = _DANGEROUS.sub("", cleaned)
        cleaned = _COMMENT.sub("", cleaned)
        cleaned = _DECLARATION.sub("", cleaned)
        cleaned = _TAG.sub("", cleaned)
        if cleaned == before:
            break
    return cleaned, cleaned != text


def contains_html(text: str) -> bool:
    return sanitise_text(text)[1]
