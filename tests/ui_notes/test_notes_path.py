"""The path of a note typed on a page: one command writes it once and announces one change;
the page, the notes list and the marks each read only what they show, and only when the change
concerns them."""

from __future__ import annotations

import pytest

from rcpdesk.notes import Target

main_window = pytest.importorskip("rcpdesk.ui.main_window")

READS = ("list_notes", "count_notes", "colours", "tags", "noted_targets", "cell_notes", "get",
         "all_notes")


def _count_reads(store, monkeypatch) -> list[str]:
    calls: list[str] = []
    for name in READS:
        original = getattr(store, name)

        def counted(*args, _name=name, _original=original, **kwargs):
            calls.append(_name)
            return _original(*args, **kwargs)

        monkeypatch.setattr(store, name, counted)
    return calls


def test_a_note_typed_on_a_page_shows_on_it_after_one_write_and_few_reads(qtbot, window, monkeypatch):
    window.navigate("rcpdesk:paragraph/20")
    store = window.services.notes
    heard = []
    window.notes.events.changed.connect(heard.append)
    window.notes.add_action.trigger()
    dialog = window.notes.active_dialog
    dialog.body_edit.setPlainText("Ask who funds the secretariat")
    reads = _count_reads(store, monkeypatch)
    dialog.accept()
    qtbot.waitUntil(lambda: window.notes.active_dialog is None)

    after_add = list(reads)
    (note,) = store.list_notes(target_id="report-2005/p20")
    assert [(c.kind, c.targets) for c in heard] == [("added", frozenset({"report-2005/p20"}))]
    assert "Ask who funds the secretariat" in window.detail_panel.view.toPlainText()
    assert window.notes_panel.model.rowCount() == 1
    # The page reads its notes (and the hub the colours, once a session); the list reads itself
    # (its tag and colour filters stay: the note has no tags); the tree and comparison read
    # their marks. Nothing else is read.
    assert sorted(after_add) == sorted(["list_notes", "colours",  # the page
                                        "list_notes",  # the notes list
                                        "noted_targets", "cell_notes"])  # the marks

    reads.clear()
    window.notes.undo_action.trigger()
    assert window.statusBar().currentMessage() == "Undone: Add note"
    assert [c.kind for c in heard] == ["added", "removed"]
    assert "Ask who funds the secretariat" not in window.detail_panel.view.toPlainText()
    assert window.notes_panel.model.rowCount() == 0
    assert sorted(reads) == sorted(["list_notes", "list_notes", "noted_targets", "cell_notes"])
    assert store.list_notes() == () and [n.id for n in store.trash()] == [note.id]
    window.notes.redo_action.trigger()
    assert window.statusBar().currentMessage() == "Redone: Add note"
    assert "Ask who funds the secretariat" in window.detail_panel.view.toPlainText()


def test_a_change_elsewhere_leaves_the_page_alone(qtbot, window, monkeypatch):
    window.navigate("rcpdesk:paragraph/20")
    store = window.services.notes
    other = store.add(Target.process("bali-process"), "On another page")
    window.notes.set_current_note(other.id)
    before = window.detail_panel.view.toHtml()
    reads = _count_reads(store, monkeypatch)
    window.notes.change_colour(other.id, "concern")
    assert store.get(other.id).colour == "concern"
    assert "get" in reads
    # The page (¶20) and the marks (a process note's colour) are not read again: only the list.
    assert sorted(r for r in reads if r != "get") == ["list_notes"]
    assert window.detail_panel.view.toHtml() == before


def test_a_write_the_store_refuses_is_not_kept_for_undo_and_says_why(qtbot, window):
    window.navigate("rcpdesk:process/bali-process")
    store = window.services.notes
    note = store.add(Target.process("bali-process"), "First words")
    store.delete(note.id)
    store.purge(note.id)  # gone, as if another window had deleted it for good
    window.notes.delete_note(note.id)
    assert window.notes.undo_stack.count() == 0
    assert window.notes.last_error
