"""Turn what a delegate types into an FTS5 query, and FTS5 snippets into text with highlight spans."""

from __future__ import annotations

import re

MARK_OPEN = "\x02"
MARK_CLOSE = "\x03"
_WORD = re.compile(r"[\w]+", re.UNICODE)


def fts_query(text: str, prefix_last: bool = True) -> str | None:
    """A safe FTS5 MATCH expression: every term must match; hyphenated words become phrases.

    "self-financing" -> "self financing"; the last bare word also matches as a prefix so that
    results appear while typing. Returns None when nothing searchable was typed.
    """
    terms = []
    chunks = text.split()
    for index, chunk in enumerate(chunks):
        words = _WORD.findall(chunk)
        if not words:
            continue
        phrase = " ".join(words)
        is_last = index == len(chunks) - 1
        if len(words) == 1 and is_last and prefix_last and not text.endswith(" "):
            terms.append(f'"{phrase}" *')
        else:
            terms.append(f'"{phrase}"')
    return " AND ".join(terms) if terms else None


def split_snippet(raw: str) -> tuple[str, tuple[tuple[int, int], ...]]:
    """Remove the snippet markers and return the plain text with the highlighted spans."""
    parts: list[str] = []
    spans = []
    length = 0
    for index, chunk in enumerate(raw.split(MARK_OPEN)):
        if index == 0:
            parts.append(chunk)
            length += len(chunk)
            continue
        marked, _, rest = chunk.partition(MARK_CLOSE)
        spans.append((length, length + len(marked)))
        parts += (marked, rest)
        length += len(marked) + len(rest)
    return "".join(parts), tuple(spans)
