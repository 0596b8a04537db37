"""The notes wired into the real MainWindow: the dock, the menus, the page, a missing store."""

from __future__ import annotations

from pathlib import Path

import pytest

from rcpdesk.notes import NotesDatabaseCorrupt, NotesStore
from rcpdesk.services import create_services

main_window = pytest.importorskip("rcpdesk.ui.main_window")


@pytest.fixture()
def open_window(qtbot, real_db: Path, isolated_profile: Path):
    opened = []

    def make(with_notes: bool = True):
        services = create_services(isolated_profile, database=real_db)
        if with_notes and services.notes is None:
            services.notes = NotesStore.for_profile(isolated_profile, backup_on_open=False)
        elif not with_notes:
            if services.notes is not None:
                services.notes.close()
            services.notes = None
            services.notes_error = NotesDatabaseCorrupt(path=isolated_profile / "notes.db",
                                                        detail="file is not a database")
        window = main_window.MainWindow(services)
        qtbot.addWidget(window)
        window.show()
        qtbot.waitExposed(window)
        opened.append(services)
        return window

    yield make
    for services in opened:
        services.close()


def test_add_a_note_in_the_window_and_see_it_on_the_page(qtbot, open_window) -> None:
    window = open_window()
    process = window.services.catalog.processes()[0]
    assert window.findChild(object, "notes_dock") is not None
    assert window.notes.add_action in window.menus["edit"].actions()
    assert window.notes.export_action in window.menus["file"].actions()

    window.navigate(f"rcpdesk:process/{process.id}")
    assert window.notes.current_target.id == process.id
    window.notes.add_action.trigger()
    dialog = window.notes.active_dialog
    assert dialog.target_label.text() == process.display_name  # the common name, as everywhere
    dialog.set_values("Ask about the secretariat <b>budget</b>", tags=["funding"], colour="concern")
    dialog.accept()
    qtbot.waitUntil(lambda: "Ask about the secretariat <b>budget</b>"
                    in window.detail_panel.view.toPlainText())
    assert window.notes_panel.model.rowCount() == 1

    window.notes.undo_action.trigger()
    qtbot.waitUntil(lambda: "secretariat <b>budget" not in window.detail_panel.view.toPlainText())
    assert window.notes_panel.model.rowCount() == 0


def test_passage_highlight_and_selection_in_the_window(qtbot, open_window) -> None:
    window = open_window()
    window.navigate("rcpdesk:paragraph/20")
    text = window.services.catalog.paragraph(20).text
    words = " ".join(text.split()[2:5])
    document = window.detail_panel.view.document()
    cursor = document.find(words)
    assert not cursor.isNull()
    window.detail_panel.view.setTextCursor(cursor)
    assert window.notes.add_selection_action.isEnabled()
    dialog = window.notes.add_note_on_selection()
    dialog.set_values("Quote in the briefing", colour="our-position")
    dialog.accept()
    (note,) = window.services.notes.list_notes()
    assert note.target.exact == words
    qtbot.waitUntil(lambda: "Quote in the briefing" in window.detail_panel.view.toPlainText())
    html = window.detail_panel.view.toHtml()
    assert "background-color:#" in html


def test_window_without_notes_disables_them_and_says_why(qtbot, open_window) -> None:
    window = open_window(with_notes=False)
    window.navigate("rcpdesk:paragraph/20")
    assert not window.notes.add_action.isEnabled()
    assert not any(action.isEnabled() for action in window.notes.actions())
    qtbot.waitUntil(lambda: window.notes.recovery.unavailable_box is not None)
    assert "damaged" in window.notes.recovery.unavailable_box.text()
    assert window.notes_panel.message.text() == "Notes are not available in this session."
    window.notes.recovery.unavailable_box.reject()
