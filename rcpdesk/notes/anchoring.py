"""Re-anchor notes on a new data edition: unchanged, moved, or orphaned; a note is never dropped."""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from dataclasses import replace

from rcpdesk.notes.model import (
    CONTEXT_CHARS,
    AnchorResult,
    AnchorStatus,
    Note,
    Target,
    TargetKind,
    TargetLookup,
    is_known_target,
)


def reanchor_notes(notes: Iterable[Note], paragraphs: Mapping[str, str],
                   lookup: TargetLookup | None = None) -> tuple[AnchorResult, ...]:
    """Each note against the new paragraph texts (id -> text); `lookup` checks other targets."""
    return tuple(AnchorResult(note.id, *reanchor_target(note.target, paragraphs, lookup))
                 for note in notes)


def reanchor_target(target: Target, paragraphs: Mapping[str, str],
                    lookup: TargetLookup | None = None) -> tuple[AnchorStatus, Target]:
    if target.kind is TargetKind.PARAGRAPH:
        status = AnchorStatus.UNCHANGED if target.id in paragraphs else AnchorStatus.ORPHANED
        return status, target
    if target.kind is not TargetKind.PASSAGE:
        known = is_known_target(target, lookup)
        return (AnchorStatus.UNCHANGED if known else AnchorStatus.ORPHANED), target
    text = paragraphs.get(target.id)
    if text is None:
        return AnchorStatus.ORPHANED, target
    assert target.exact is not None and target.start is not None  # a passage always has them
    if text[target.start:target.end] == target.exact:
        return AnchorStatus.UNCHANGED, target
    span = _find_exact(text, target) or _find_ignoring_space(text, target.exact, target.start)
    if span is None:
        return AnchorStatus.ORPHANED, target
    moved = Target.passage(target.id, text, *span)
    return AnchorStatus.MOVED, replace(moved, exact=text[span[0]:span[1]])


def _find_exact(text: str, target: Target) -> tuple[int, int] | None:
    """The occurrence whose surroundings best match the old prefix and suffix, then the nearest."""
    exact = target.exact or ""
    starts = []
    position = text.find(exact)
    while position != -1:
        starts.append(position)
        position = text.find(exact, position + 1)
    if not starts:
        return None
    old_start = target.start or 0

    def score(start: int) -> tuple[int, int]:
        before = text[max(0, start - CONTEXT_CHARS):start]
        after = text[start + len(exact):start + len(exact) + CONTEXT_CHARS]
        context = (_common_suffix(before, target.prefix) + _common_prefix(after, target.suffix))
        return (-context, abs(start - old_start))

    best = min(starts, key=score)
    return best, best + len(exact)


def _find_ignoring_space(text: str, exact: str, old_start: int) -> tuple[int, int] | None:
    """A quote whose words are the same but whose spacing or line breaks changed."""
    words = exact.split()
    if not words:
        return None
    pattern = re.compile(r"\s+".join(re.escape(word) for word in words))
    matches = list(pattern.finditer(text))
    if not matches:
        return None
    best = min(matches, key=lambda m: abs(m.start() - old_start))
    return best.start(), best.end()


def _common_prefix(a: str, b: str) -> int:
    n = 0
    for x, y in zip(a, b):
        if x != y:
            break
        n += 1
    return n


def _common_suffix(a: str, b: str) -> int:
    return _common_prefix(a[::-1], b[::-1])
