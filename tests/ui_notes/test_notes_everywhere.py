"""Notes beyond the detail view: marked in the tree, shown in the comparison, found by search."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from rcpdesk.notes import Target
from rcpdesk.ui.notes.commands import NotesChange

main_window = pytest.importorskip("rcpdesk.ui.main_window")


def test_a_note_on_a_process_marks_its_row_in_the_tree(window) -> None:
    model = window.tree_panel.model
    index = model.find_link("rcpdesk:process/bali-process")
    assert index.isValid()
    assert index.data(Qt.ItemDataRole.DecorationRole) is None
    note = window.services.notes.add(Target.process("bali-process"), "Ask about the budget")
    window.notes.events.announce(NotesChange.of("added", [note]))
    assert index.data(Qt.ItemDataRole.DecorationRole) is not None
    assert "Has notes" in index.data(Qt.ItemDataRole.ToolTipRole)

    window.notes.events.announce(NotesChange.of("removed", [window.services.notes.delete(note.id)]))
    assert index.data(Qt.ItemDataRole.DecorationRole) is None
    assert "Has notes" not in (index.data(Qt.ItemDataRole.ToolTipRole) or "")


def test_a_cell_note_marks_its_process_and_shows_in_the_comparison(window) -> None:
    from rcpdesk.ui.models.comparison_model import DIMENSION_ID_ROLE, PROCESS_ID_ROLE

    if window.comparison_panel is None:
        pytest.skip("no comparison panel")
    model = window.comparison_panel.model()
    model.set_processes(["bali-process"])
    note = window.services.notes.add(Target(kind="cell", id="bali-process#funding"),
                                     "Check the <fund> figures with the secretariat")
    window.notes.events.announce(NotesChange.of("added", [note]))
    cell = next(model.index(row, col) for row in range(model.rowCount())
                for col in range(model.columnCount())
                if model.index(row, col).data(DIMENSION_ID_ROLE) == "funding"
                and model.index(row, col).data(PROCESS_ID_ROLE) == "bali-process")
    tooltip = cell.data(Qt.ItemDataRole.ToolTipRole)
    assert "Notes:" in tooltip and "Check the &lt;fund&gt; figures" in tooltip
    assert cell.data(Qt.ItemDataRole.DecorationRole) is not None
    other = model.index(cell.row() - 1 if cell.row() else cell.row() + 1, cell.column())
    assert other.data(Qt.ItemDataRole.DecorationRole) is None
    bali = window.tree_panel.model.find_link("rcpdesk:process/bali-process")
    assert bali.data(Qt.ItemDataRole.DecorationRole) is not None


def test_search_finds_a_word_only_in_a_note_and_opens_its_target(qtbot, window) -> None:
    window.services.notes.add(Target.process("bali-process"), "Remember the Quokkaberg proposal",
                              tags=["followup"])
    panel = window.search_panel
    panel.set_query("quokkaberg FOLLOWUP")
    panel.run_search()
    qtbot.waitUntil(lambda: panel.is_current and panel.model.rowCount() > 0, timeout=3000)
    hits = panel.model.hits()
    assert [hit.kind for hit in hits] == ["note"]
    (hit,) = hits
    assert hit.title == "Note on Bali Process"  # the common name, as everywhere but the profile
    assert hit.citation == "Bali Process"
    assert hit.snippet[slice(*hit.highlights[0])] == "Quokkaberg"
    panel.open_current()
    assert window.current_target == "rcpdesk:process/bali-process"


def test_an_agreement_filter_leaves_notes_out(qtbot, window) -> None:
    window.services.notes.add(Target.process("bali-process"), "Remember the Quokkaberg proposal")
    panel = window.search_panel
    panel.agreement_filter.setCurrentIndex(1)
    panel.set_query("quokkaberg")
    panel.run_search()
    qtbot.waitUntil(lambda: panel.is_current, timeout=3000)
    qtbot.wait(50)
    assert panel.model.rowCount() == 0
