"""What a note is: frozen dataclasses for notes, their targets, colours, tombstones and import plans."""

from __future__ import annotations

import re
import uuid
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from enum import StrEnum

from rcpdesk.notes import messages
from rcpdesk.notes.errors import InvalidNote

MAX_BODY_CHARS = 100_000
MAX_TAG_CHARS = 100
MAX_TAGS = 50
MAX_TARGET_ID_CHARS = 200
MAX_QUOTE_CHARS = 20_000
MAX_COLOUR_NAME_CHARS = 40
MAX_HISTORY = 100  # versions remembered per note; enough to tell "newer" from "diverged"
CONTEXT_CHARS = 32  # prefix and suffix kept around a quoted passage


class TargetKind(StrEnum):
    PROCESS = "process"
    PARAGRAPH = "paragraph"
    PASSAGE = "passage"  # a quote inside a paragraph; the target id is the paragraph's
    DIMENSION = "dimension"
    CELL = "cell"  # a comparison cell: "process-id#dimension-id"


class BodyFormat(StrEnum):
    TEXT = "text"
    MARKDOWN = "markdown"


# Given a stable id, the catalog answers with the kind of thing it names ("process",
# "paragraph", "dimension", "cell"), True if it only knows the id exists, or None if unknown.
TargetLookup = Callable[[str], "str | bool | None"]


@dataclass(frozen=True)
class Target:
    """What a note is on: a stable catalog id, and for a passage the W3C quote and position."""

    kind: TargetKind
    id: str
    exact: str | None = None
    prefix: str = ""
    suffix: str = ""
    start: int | None = None
    end: int | None = None

    def __post_init__(self) -> None:
        try:
            object.__setattr__(self, "kind", TargetKind(self.kind))
        except ValueError:
            raise InvalidNote(messages.INVALID_TARGET_KIND, kind=self.kind,
                              kinds=", ".join(k.value for k in TargetKind)) from None
        if (not isinstance(self.id, str) or not self.id.strip() or len(self.id) > MAX_TARGET_ID_CHARS
                or _has_control(self.id) or self.id != self.id.strip()):
            raise InvalidNote(messages.INVALID_TARGET_ID, target_id=self.id)
        if self.kind is TargetKind.CELL:
            process, sep, dimension = self.id.partition("#")
            if not (sep and process and dimension) or "#" in dimension:
                raise InvalidNote(messages.INVALID_CELL_ID, target_id=self.id)
        if self.kind is TargetKind.PASSAGE:
            if (not self.exact or self.start is None or self.end is None
                    or not 0 <= self.start <= self.end or len(self.exact) > MAX_QUOTE_CHARS):
                raise InvalidNote(messages.INVALID_PASSAGE)
        elif self.exact is not None or self.start is not None or self.end is not None:
            raise InvalidNote(messages.INVALID_PASSAGE)

    @classmethod
    def process(cls, process_id: str) -> Target:
        return cls(TargetKind.PROCESS, process_id)

    @classmethod
    def paragraph(cls, paragraph_id: str) -> Target:
        return cls(TargetKind.PARAGRAPH, paragraph_id)

    @classmethod
    def dimension(cls, dimension_id: str) -> Target:
        return cls(TargetKind.DIMENSION, dimension_id)

    @classmethod
    def cell(cls, process_id: str, dimension_id: str) -> Target:
        return cls(TargetKind.CELL, f"{process_id}#{dimension_id}")

    @classmethod
    def passage(cls, paragraph_id: str, text: str, start: int, end: int) -> Target:
        """A passage quoted from the paragraph text, with its W3C prefix and suffix."""
        return cls(TargetKind.PASSAGE, paragraph_id, exact=text[start:end],
                   prefix=text[max(0, start - CONTEXT_CHARS):start],
                   suffix=text[end:end + CONTEXT_CHARS], start=start, end=end)

    @property
    def label(self) -> str:
        """kind:id, the way the command line shows and takes a target."""
        return f"{self.kind.value}:{self.id}"


@dataclass(frozen=True)
class Colour:
    """A named highlight colour; the key is stable, the name is the delegate's."""

    key: str
    name: str
    hex: str
    position: int = 0


@dataclass(frozen=True)
class Note:
    id: str  # a UUID, without the urn:uuid: prefix
    target: Target
    body: str = ""
    body_format: BodyFormat = BodyFormat.TEXT
    tags: tuple[str, ...] = ()
    colour: str | None = None  # a Colour key
    author: str | None = None
    created: str = ""  # UTC ISO 8601, microseconds, "Z"
    modified: str = ""
    deleted_at: str | None = None  # in the trash since then
    orphaned: bool = False  # its target is gone from the current data edition
    conflict_of: str | None = None  # a conflict copy: the id of the note it conflicts with
    history: tuple[str, ...] = ()  # modified times of earlier versions, oldest first

    @property
    def in_trash(self) -> bool:
        return self.deleted_at is not None

    @property
    def needs_review(self) -> bool:
        return self.orphaned or self.conflict_of is not None

    def same_content(self, other: Note) -> bool:
        """Same words on the same thing; anchoring offsets and times do not count."""
        return (self.target.kind, self.target.id, self.body, self.body_format,
                _tag_key(self.tags), self.colour, self.author or None) == (
            other.target.kind, other.target.id, other.body, other.body_format,
            _tag_key(other.tags), other.colour, other.author or None)


@dataclass(frozen=True)
class Tombstone:
    """A note deleted for good; travels in exchange files so the deletion reaches colleagues."""

    id: str
    deleted_at: str
    version: str | None = None  # the modified time of the version that was deleted


@dataclass(frozen=True)
class NoteFilter:
    """What list() returns; every field narrows it, None means any."""

    tag: str | None = None
    colour: str | None = None  # key or name
    kind: TargetKind | str | None = None
    text: str | None = None  # in body, quote or tags, case-insensitive
    target_id: str | None = None
    needs_review: bool | None = None
    in_trash: bool = False
    ids: tuple[str, ...] | None = None


class ImportAction(StrEnum):
    NEW = "new"
    UPDATE = "updated"
    CONFLICT = "conflict"  # both kept: the incoming version becomes a conflict copy
    KEEP = "kept"  # a deletion that arrived after a local change: counted as a conflict
    UNCHANGED = "unchanged"
    DELETE = "deleted"  # a tombstone moves the local note to the trash
    RECORD_TOMBSTONE = "tombstone"  # a deletion of a note we never had: remembered only


@dataclass(frozen=True)
class ImportItem:
    action: ImportAction
    note_id: str
    incoming: Note | None = None
    local: Note | None = None
    tombstone: Tombstone | None = None
    reason: str = ""


@dataclass(frozen=True)
class ImportPreview:
    """What an import will do (or did): the counts a delegate sees before saying yes."""

    items: tuple[ImportItem, ...]
    edition: str | None = None  # the data edition the file was written against
    sanitised: int = 0  # notes whose HTML or scripts were removed
    unknown_targets: tuple[str, ...] = ()  # target labels the caller's lookup does not know
    new_colours: tuple[Colour, ...] = ()
    applied: bool = False

    def _count(self, *actions: ImportAction) -> int:
        return sum(1 for item in self.items if item.action in actions)

    @property
    def new(self) -> int:
        return self._count(ImportAction.NEW)

    @property
    def updated(self) -> int:
        return self._count(ImportAction.UPDATE)

    @property
    def conflicts(self) -> int:
        return self._count(ImportAction.CONFLICT, ImportAction.KEEP)

    @property
    def unchanged(self) -> int:
        return self._count(ImportAction.UNCHANGED, ImportAction.RECORD_TOMBSTONE)

    @property
    def deleted(self) -> int:
        return self._count(ImportAction.DELETE)

    @property
    def tombstones(self) -> int:
        return self.deleted

    @property
    def changes_anything(self) -> bool:
        return any(item.action not in (ImportAction.UNCHANGED, ImportAction.KEEP)
                   for item in self.items) or bool(self.new_colours)

    def summary(self) -> str:
        return messages.IMPORT_SUMMARY.format(
            new=self.new, updated=self.updated, conflicts=self.conflicts,
            conflict_word=(messages.IMPORT_CONFLICT_ONE if self.conflicts == 1
                           else messages.IMPORT_CONFLICT_MANY),
            unchanged=self.unchanged, deleted=self.deleted)


@dataclass(frozen=True)
class ExchangeDocument:
    """A parsed, validated and sanitised .rcpnotes file, ready to preview and apply."""

    notes: tuple[Note, ...]
    tombstones: tuple[Tombstone, ...] = ()
    colours: tuple[Colour, ...] = ()  # the colours the notes use, as the sender named them
    edition: str | None = None
    sanitised: int = 0
    source_name: str = ""


class AnchorStatus(StrEnum):
    UNCHANGED = "unchanged"
    MOVED = "moved"
    ORPHANED = "orphaned"


@dataclass(frozen=True)
class AnchorResult:
    note_id: str
    status: AnchorStatus
    target: Target  # the target after re-anchoring (moved: new offsets and context)


@dataclass(frozen=True)
class ReanchorReport:
    unchanged: tuple[str, ...] = ()
    moved: tuple[str, ...] = ()
    orphaned: tuple[str, ...] = ()


# --- small helpers shared by the store and the exchange code -----------------------------

_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]")
_LINE_BREAK = re.compile(r"[\r\n\u2028\u2029]")


def _has_control(text: str) -> bool:
    return bool(_CONTROL.search(text) or _LINE_BREAK.search(text))


def _tag_key(tags: tuple[str, ...]) -> tuple[str, ...]:
    return tuple(sorted(tag.casefold() for tag in tags))


def strip_control(text: str) -> str:
    """Control characters other than tab and line breaks, removed."""
    return _CONTROL.sub("", text)


def new_note_id() -> str:
    return str(uuid.uuid4())


def normalise_note_id(value: str) -> str:
    """A canonical lower-case UUID string; accepts a urn:uuid: prefix."""
    text = value.strip()
    if text.lower().startswith("urn:uuid:"):
        text = text[9:]
    return str(uuid.UUID(text))


def normalise_tags(tags: tuple[str, ...] | list[str]) -> tuple[str, ...]:
    """Trimmed, one space between words, duplicates (ignoring case) dropped, sorted."""
    seen: set[str] = set()
    result: list[str] = []
    for raw in tags:
        tag = " ".join(str(raw).split())
        if not tag or len(tag) > MAX_TAG_CHARS or _CONTROL.search(tag):
            raise InvalidNote(messages.INVALID_TAG, limit=MAX_TAG_CHARS, tag=raw)
        if tag.casefold() not in seen:
            seen.add(tag.casefold())
            result.append(tag)
    if len(result) > MAX_TAGS:
        raise InvalidNote(messages.TOO_MANY_TAGS, limit=MAX_TAGS)
    return tuple(sorted(result, key=str.casefold))


def check_body(body: str, body_format: BodyFormat | str) -> tuple[str, BodyFormat]:
    try:
        fmt = BodyFormat(body_format)
    except ValueError:
        raise InvalidNote(messages.INVALID_BODY_FORMAT, body_format=body_format) from None
    if len(body) > MAX_BODY_CHARS:
        raise InvalidNote(messages.NOTE_TOO_LONG, limit=MAX_BODY_CHARS, length=len(body))
    return strip_control(body), fmt


# --- times -------------------------------------------------------------------------------

TIMESTAMP_FORMAT = "%Y-%m-%dT%H:%M:%S.%fZ"
# A clock may be a little ahead of ours; a time further ahead than this is wrong (refused in a
# file, and never built on when a store holds one).
CLOCK_TOLERANCE = timedelta(days=1)


def format_timestamp(moment: datetime) -> str:
    # Not strftime: its %Y writes the year 999 as "999", which no ISO 8601 reader takes back
    # (an imported note dated so made every later export of the profile unreadable).
    return moment.astimezone(UTC).replace(tzinfo=None).isoformat(timespec="microseconds") + "Z"


def parse_timestamp(text: str) -> datetime:
    """An ISO 8601 time with a zone; a time without one is taken as UTC."""
    moment = datetime.fromisoformat(text.strip())
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=UTC)
    try:
        return moment.astimezone(UTC)
    except OverflowError:  # 9999-12-31T23:59:59-01:00 is in the year 10000 in UTC
        raise ValueError(f"time out of range: {text.strip()}") from None


def normalise_timestamp(text: str) -> str:
    """One spelling for every time, so that times compare as strings."""
    return format_timestamp(parse_timestamp(text))


def next_timestamp(now: datetime, after: str | None) -> str:
    """now, or just after `after` if the clock is behind it: a new version is always newer.

    A stored time no clock could have written (unreadable, or later than now by more than
    CLOCK_TOLERANCE, as an old import let in) is not built on: the new version takes now, so
    such a note can still be edited and deleted, and stops carrying the wrong time.
    """
    stamp = format_timestamp(now)
    if after and stamp <= after:
        try:
            later = parse_timestamp(after) + timedelta(microseconds=1)
        except (ValueError, OverflowError):
            return stamp
        if later > now + CLOCK_TOLERANCE:
            return stamp
        stamp = format_timestamp(later)
    return stamp


def is_too_late(stamp: str, now: datetime) -> bool:
    """A normalised time later than now by more than CLOCK_TOLERANCE."""
    return stamp > format_timestamp(now + CLOCK_TOLERANCE)


def utc_now() -> datetime:
    return datetime.now(UTC)


def is_known_target(target: Target, lookup: TargetLookup | None) -> bool:
    """Whether the caller's catalog lookup knows the target (everything is known without one)."""
    if lookup is None:
        return True
    expected = TargetKind.PARAGRAPH if target.kind is TargetKind.PASSAGE else target.kind
    answer = lookup(target.id)
    if answer is True or answer == expected.value:
        return True
    if target.kind is TargetKind.CELL and not answer:
        process_id, _, dimension_id = target.id.partition("#")
        return (lookup(process_id) in (True, TargetKind.PROCESS.value)
                and lookup(dimension_id) in (True, TargetKind.DIMENSION.value))
    return False
