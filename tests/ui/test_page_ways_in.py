"""Ways into a long page: the search's words highlighted where a hit opens, with next and
previous; a strip of the page's sections; search results and notes side by side."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtTest import QTest


def _search_and_open_first(qtbot, window, query: str) -> None:
    window.search_field.setText(query)
    panel = window.search_panel
    panel.run_search()
    qtbot.waitUntil(lambda: panel.model.rowCount() > 0, timeout=5000)
    panel.open_current()


def _selected_words(window) -> list[str]:
    return [selection.cursor.selectedText().lower()
            for selection in window.detail_panel.view.extraSelections()]


def test_the_opened_hit_shows_the_search_words_with_next_and_previous(qtbot, window):
    _search_and_open_first(qtbot, window, "secretariat")
    bar = window.detail_panel.find_bar
    assert bar.isVisible() and bar.match_count >= 2
    assert set(_selected_words(window)) == {"secretariat"}
    assert f"1 / {bar.match_count}" in bar.label.text() and "secretariat" in bar.label.text()
    first = window.detail_panel.view.textCursor().position()
    QTest.keySequence(window.detail_panel.view, QKeySequence(QKeySequence.StandardKey.FindNext))
    assert bar.current_index == 1
    assert window.detail_panel.view.textCursor().position() > first
    bar.previous_button.click()
    bar.previous_button.click()  # wraps round to the last place
    assert bar.current_index == bar.match_count - 1
    window.navigate("rcpdesk:home")  # another page: the highlights go
    assert not bar.isVisible() and window.detail_panel.view.extraSelections() == []


def test_search_results_name_processes_never_by_their_ids(qtbot, window, real_catalog):
    from rcpdesk.ui.models.search_model import CITATION_ROLE

    _search_and_open_first(qtbot, window, "secretariat")
    model = window.search_panel.model
    ids = {process.id for process in real_catalog.processes()}
    shown = [(model.index(row, 0).data(CITATION_ROLE), model.index(row, 0).data())
             for row in range(model.rowCount())]
    assert len(shown) > 10
    assert not [pair for pair in shown if pair[0] in ids or pair[1] in ids], shown


def test_operators_and_short_words_are_not_highlighted(qtbot, window):
    from rcpdesk.ui.widgets.find_bar import search_words

    assert search_words("self-financing OR secretariat a") == ["self-financing", "secretariat"]
    _search_and_open_first(qtbot, window, "funding AND secretariat")
    assert set(_selected_words(window)) <= {"funding", "secretariat"}


def test_a_profile_has_a_strip_of_its_sections_that_scrolls_to_them(qtbot, window):
    window.navigate("rcpdesk:process/colombo-process")
    strip = window.detail_panel.sections
    assert strip.isVisible()
    assert strip.sections[0] == "Profile" and strip.sections[-1] == "Sources"
    assert "On this page:" in strip.text()
    view = window.detail_panel.view
    bar = view.verticalScrollBar()
    bar.setValue(0)
    strip.linkActivated.emit(f"#{len(strip.sections) - 1}")  # as a click on "Sources" does
    block = view.document().begin()
    while block.isValid() and not (block.blockFormat().headingLevel() == 2 and block.text() == "Sources"):
        block = block.next()
    top = int(view.document().documentLayout().blockBoundingRect(block).top())
    assert bar.value() == min(top, bar.maximum()) > 0


def test_a_short_page_has_no_strip(qtbot, window):
    window.navigate("rcpdesk:paragraph/20")
    assert not window.detail_panel.sections.isVisible()


def test_search_results_do_not_hide_the_notes(qtbot, window):
    window.finish_startup()
    notes, search = window.docks["notes_dock"], window.docks["search_dock"]
    assert notes.isVisible()
    _search_and_open_first(qtbot, window, "funding")
    qtbot.waitUntil(search.isVisible)
    assert window.tabifiedDockWidgets(search) == []
    assert not notes.visibleRegion().isEmpty() and not search.visibleRegion().isEmpty()
    assert window.dockWidgetArea(search) == window.dockWidgetArea(notes) == Qt.DockWidgetArea.RightDockWidgetArea
