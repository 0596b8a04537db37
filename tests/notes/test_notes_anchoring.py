"""A new data edition: notes stay put, follow their quote, or are flagged; none is dropped."""

from __future__ import annotations

import pytest

from rcpdesk.notes import AnchorStatus, NotesStore, Target
from rcpdesk.notes.anchoring import reanchor_target

OLD = "RCPs are informal and non-binding dialogues among states. They build trust."


def _passage(text: str, quote: str, occurrence: int = 0) -> Target:
    start = -1
    for _ in range(occurrence + 1):
        start = text.index(quote, start + 1)
    return Target.passage("report-2005/p20", text, start, start + len(quote))


def test_same_text_is_unchanged() -> None:
    target = _passage(OLD, "non-binding")
    assert reanchor_target(target, {"report-2005/p20": OLD}) == (AnchorStatus.UNCHANGED, target)


def test_quote_found_elsewhere_is_moved() -> None:
    new = "Since 1996, regional consultative processes (RCPs) are informal and non-binding dialogues."
    status, moved = reanchor_target(_passage(OLD, "non-binding"), {"report-2005/p20": new})
    assert status is AnchorStatus.MOVED
    assert new[moved.start:moved.end] == "non-binding" == moved.exact  # type: ignore[misc]
    assert moved.prefix.endswith("informal and ") and moved.suffix.startswith(" dialogues")


def test_the_right_occurrence_is_chosen_by_its_context() -> None:
    old = "Trust matters. States build trust slowly; trust is what RCPs build."
    target = _passage(old, "trust", occurrence=1)  # "...slowly; trust is what..."
    new = "Preface. Trust matters a great deal. States build trust slowly; trust is what RCPs build."
    status, moved = reanchor_target(target, {"report-2005/p20": new})
    assert status is AnchorStatus.MOVED
    assert moved.start == new.index("slowly; trust") + len("slowly; ")


def test_changed_spacing_still_anchors() -> None:
    target = _passage(OLD, "informal and non-binding")
    new = "RCPs are informal and\nnon-binding   dialogues among states."
    status, moved = reanchor_target(target, {"report-2005/p20": new})
    assert status is AnchorStatus.MOVED and moved.exact == "informal and\nnon-binding"


@pytest.mark.parametrize("paragraphs", [
    {"report-2005/p20": "The paragraph was rewritten entirely."},
    {"report-2005/p21": OLD},  # the paragraph itself is gone
])
def test_quote_gone_is_orphaned(paragraphs: dict[str, str]) -> None:
    target = _passage(OLD, "non-binding")
    assert reanchor_target(target, paragraphs) == (AnchorStatus.ORPHANED, target)


def test_store_reanchor_flags_and_never_drops(store: NotesStore) -> None:
    same = store.add(_passage(OLD, "RCPs are"), "same")
    moving = store.add(_passage(OLD, "non-binding"), "moves")
    lost = store.add(_passage(OLD, "among states"), "lost")
    gone_paragraph = store.add(Target.paragraph("report-2005/p49"), "paragraph removed")
    process = store.add(Target.process("atlantis-process"), "process removed")
    trashed = store.add(_passage(OLD, "among states"), "in the trash")
    store.delete(trashed.id)
    before = {n.id: n.modified for n in store.all_notes()}

    new = "RCPs are dialogues, informal and non-binding. They build trust."
    report = store.reanchor({"report-2005/p20": new, "report-2005/p1": "x"},
                            lambda target_id: "process" if target_id == "bali-process" else None)
    assert set(report.unchanged) == {same.id}
    assert set(report.moved) == {moving.id}
    assert set(report.orphaned) == {lost.id, gone_paragraph.id, process.id, trashed.id}
    assert len(store.all_notes()) == 6  # nothing dropped
    assert {n.body for n in store.needs_review()} == {"lost", "paragraph removed", "process removed"}
    moved = store.get(moving.id)
    assert new[moved.target.start:moved.target.end] == "non-binding"  # type: ignore[misc]
    assert store.get(same.id).target == same.target
    assert {n.id: n.modified for n in store.all_notes()} == before  # no new versions

    # The data is fixed in a later edition: the note anchors again and leaves the review list.
    store.reanchor({"report-2005/p20": OLD, "report-2005/p49": "back"},
                   lambda target_id: "process")
    assert store.needs_review() == ()
    # Or the delegate re-attaches a note by hand.
    store.reanchor({}, lambda target_id: None)
    store.update(process.id, target=Target.process("bali-process"))
    assert not store.get(process.id).orphaned
    store.mark_reviewed(lost.id)
    assert not store.get(lost.id).orphaned
