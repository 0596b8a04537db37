"""Turn what a delegate types into an FTS5 query, and FTS5 snippets into text with highlight spans."""

from __future__ import annotations

import re

MARK_OPEN = "\x02"
MARK_CLOSE = "\x03"
_WORD = re.compile(r"[\w]+", re.UNICODE)
# A search reads at most this much of what was typed or pasted: FTS5's ranking and snippets cost
# grows with the number of terms times the matches, and a pasted page is not a question.
MAX_QUERY_CHARS = 1000
MAX_QUERY_TERMS = 64


def limit_query(text: str) -> tuple[str, bool]:
    """The part of a query a search uses: its first MAX_QUERY_CHARS characters (cut between
    words) holding at most MAX_QUERY_TERMS different terms; True when that is less than typed."""
    shortened = len(text) > MAX_QUERY_CHARS
    if shortened:
        cut = text[:MAX_QUERY_CHARS + 1]
        text = cut[:cut.rstrip().rfind(" ") + 1] if " " in cut.strip() else cut[:MAX_QUERY_CHARS]
    seen: set[str] = set()
    for match in re.finditer(r"\S+", text):
        words = _WORD.findall(match.group())
        if not words:
            continue
        seen.add(" ".join(words).casefold())
        if len(seen) > MAX_QUERY_TERMS:
            return text[:match.start()], True
    return text, shortened


def fts_query(text: str, prefix_last: bool = True) -> str | None:
    """A safe FTS5 MATCH expression: every term must match; hyphenated words become phrases.

    "self-financing" -> "self financing"; the last bare word also matches as a prefix so that
    results appear while typing. A term typed twice is asked for once, and only what
    limit_query() keeps is read. Returns None when nothing searchable was typed.
    """
    text, shortened = limit_query(text)
    terms: dict[str, str] = {}  # in the order typed, each once (FTS5 ignores case)
    chunks = text.split()
    for index, chunk in enumerate(chunks):
        words = _WORD.findall(chunk)
        if not words:
            continue
        phrase = " ".join(words)
        is_last = index == len(chunks) - 1
        if (len(words) == 1 and is_last and prefix_last and not shortened
                and not text.endswith(" ")):
            terms.setdefault(phrase.casefold() + " *", f'"{phrase}" *')
        else:
            terms.setdefault(phrase.casefold(), f'"{phrase}"')
    return " AND ".join(terms.values()) if terms else None


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
