"""How an incoming note meets the local one with the same id: a pure plan, no database."""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from enum import Enum

from rcpdesk.notes import messages
from rcpdesk.notes.model import ExchangeDocument, ImportAction, ImportItem, Note, Tombstone


class Relation(Enum):
    SAME = "same"  # the same version (same modified time)
    INCOMING_NEWER = "incoming newer"
    LOCAL_NEWER = "local newer"
    DIVERGED = "diverged"  # both changed since a version they share


def relation(incoming: Note, local: Note) -> Relation:
    """Which version descends from which, from the version histories; else the newer time wins."""
    if incoming.modified == local.modified:
        return Relation.SAME
    if local.modified in incoming.history:
        return Relation.INCOMING_NEWER
    if incoming.modified in local.history:
        return Relation.LOCAL_NEWER
    shared = (set(incoming.history) | {incoming.modified}) & (set(local.history) | {local.modified})
    if shared:
        return Relation.DIVERGED
    # No version in common (a file from another tool, or histories cut short): newer wins.
    return Relation.INCOMING_NEWER if incoming.modified > local.modified else Relation.LOCAL_NEWER


def plan_import(document: ExchangeDocument, local: Mapping[str, Note],
                local_tombstones: Mapping[str, Tombstone],
                conflict_copies: Mapping[str, Sequence[Note]]) -> tuple[ImportItem, ...]:
    """One item per incoming note and tombstone, saying what applying the file will do."""
    items = [_plan_note(note, local.get(note.id), local_tombstones.get(note.id),
                        conflict_copies.get(note.id, ()))
             for note in document.notes]
    items += [_plan_tombstone(tombstone, local.get(tombstone.id), local_tombstones.get(tombstone.id))
              for tombstone in document.tombstones]
    return tuple(items)


def _plan_note(incoming: Note, local: Note | None, tombstone: Tombstone | None,
               copies: Sequence[Note]) -> ImportItem:
    def item(action: ImportAction, reason: str = "") -> ImportItem:
        return ImportItem(action, incoming.id, incoming=incoming, local=local, reason=reason)

    if local is None:
        if tombstone is not None and incoming.modified <= tombstone.deleted_at:
            return item(ImportAction.UNCHANGED, messages.REASON_DELETED_HERE)
        return item(ImportAction.NEW)
    found = relation(incoming, local)
    if found is Relation.SAME:
        if incoming.same_content(local):
            return item(ImportAction.UNCHANGED)
        return _conflict(item, incoming, copies, messages.REASON_SAME_TIME_DIFFERENT)
    if found is Relation.LOCAL_NEWER:
        return item(ImportAction.UNCHANGED)
    if found is Relation.INCOMING_NEWER:
        if local.deleted_at is not None and incoming.modified <= local.deleted_at:
            return item(ImportAction.UNCHANGED, messages.REASON_DELETED_HERE)
        return item(ImportAction.UPDATE)
    if incoming.same_content(local) and not local.in_trash:
        return item(ImportAction.UNCHANGED)  # both made the same change
    return _conflict(item, incoming, copies, messages.REASON_CHANGED_BOTH)


def _conflict(item: Callable[[ImportAction, str], ImportItem], incoming: Note,
              copies: Sequence[Note], reason: str) -> ImportItem:
    # The same file imported twice must not make a second copy of the same version.
    if any(copy.modified == incoming.modified or incoming.modified in copy.history
           for copy in copies):
        return item(ImportAction.UNCHANGED, "")
    return item(ImportAction.CONFLICT, reason)


def _plan_tombstone(tombstone: Tombstone, local: Note | None,
                    local_tombstone: Tombstone | None) -> ImportItem:
    def item(action: ImportAction, reason: str = "") -> ImportItem:
        return ImportItem(action, tombstone.id, local=local, tombstone=tombstone, reason=reason)

    if local is None:
        if local_tombstone is not None:
            return item(ImportAction.UNCHANGED)
        return item(ImportAction.RECORD_TOMBSTONE)
    if local.in_trash:
        return item(ImportAction.UNCHANGED)
    deleted_version = tombstone.version or tombstone.deleted_at
    if local.modified <= deleted_version:
        return item(ImportAction.DELETE)
    return item(ImportAction.KEEP, messages.REASON_DELETED_THERE_CHANGED_HERE)
