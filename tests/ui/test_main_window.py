"""The real main window, driven as a delegate would: tree, search, history, restart, zoom."""

from __future__ import annotations

from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QDockWidget, QLineEdit, QTabBar, QTextBrowser, QToolBar, QTreeView

from rcpdesk.ui.models.tree_model import LINK_ROLE


def _detail_text(window) -> str:
    return window.findChild(QTextBrowser, "detail_view").toPlainText()


def _pick_in_tree(qtbot, window, link: str) -> None:
    panel = window.tree_panel
    view = window.findChild(QTreeView, "process_tree")
    index = panel.proxy.mapFromSource(panel.model.find_link(link))
    assert index.isValid()
    view.expand(index.parent())
    view.scrollTo(index)
    rect = view.visualRect(index)
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())


def test_start_page_is_not_empty(window):
    text = _detail_text(window)
    assert "35 processes in 6 regions" in text
    assert "How to start" in text


def test_picking_bali_process_in_the_tree_shows_its_profile(qtbot, window):
    _pick_in_tree(qtbot, window, "rcpdesk:process/bali-process")
    text = _detail_text(window)
    assert "Bali Process" in text
    assert "2002" in text
    assert "Indonesia" in text and "Australia" in text
    assert window.current_target == "rcpdesk:process/bali-process"


def test_filter_box_narrows_the_tree(qtbot, window):
    field = window.findChild(QLineEdit, "tree_filter")
    qtbot.keyClicks(field, "Colombo")
    view = window.tree_panel.view
    shown = []
    stack = [view.rootIndex()]
    while stack:
        parent = stack.pop()
        for row in range(view.model().rowCount(parent)):
            index = view.model().index(row, 0, parent)
            shown.append(index.data(LINK_ROLE))
            stack.append(index)
    assert "rcpdesk:process/colombo-process" in shown
    assert "rcpdesk:process/bali-process" not in shown


def test_search_lists_paragraph_20_first_and_enter_opens_it(qtbot, window):
    field = window.findChild(QLineEdit, "search_field")
    window.find_action.trigger()  # Ctrl+F
    assert field.hasFocus()
    qtbot.keyClicks(field, "self-financing")
    panel = window.search_panel
    qtbot.waitUntil(lambda: panel.is_current and panel.model.rowCount() > 0, timeout=3000)
    assert panel.model.index(0, 0).data(Qt.ItemDataRole.UserRole + 3) == "¶20"
    assert window.docks["search_dock"].isVisible()
    qtbot.keyClick(field, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.current_target == "rcpdesk:paragraph/20", timeout=3000)
    assert "predictable self-financing mechanism" in _detail_text(window)


def test_enter_before_the_results_arrive_opens_the_first_hit(qtbot, window):
    field = window.search_panel.field
    field.setText("self-financing")
    qtbot.keyClick(field, Qt.Key.Key_Return)  # within the debounce: opens when the answer lands
    qtbot.waitUntil(lambda: window.current_target == "rcpdesk:paragraph/20", timeout=3000)


def test_stale_search_results_are_discarded(qtbot, window):
    panel = window.search_panel
    panel.field.setText("self-financing")
    panel.run_search()
    panel.field.setText("Bali")  # typed on before the first answer arrived
    qtbot.waitUntil(lambda: panel.is_current and panel.model.rowCount() > 0, timeout=3000)
    assert all("self-financing" not in hit.snippet.lower() or "bali" in hit.snippet.lower()
               for hit in panel.model.hits())
    assert any(hit.target_id == "bali-process" for hit in panel.model.hits())


def test_back_and_forward_walk_the_history(qtbot, window):
    window.navigate("rcpdesk:process/bali-process")
    window.navigate("rcpdesk:paragraph/20")
    window.navigate("rcpdesk:dimension/funding")
    qtbot.keyClick(window, Qt.Key.Key_Left, Qt.KeyboardModifier.AltModifier)
    assert window.current_target == "rcpdesk:paragraph/20"
    window.history.back_action.trigger()
    assert window.current_target == "rcpdesk:process/bali-process"
    assert "2002" in _detail_text(window)
    qtbot.keyClick(window, Qt.Key.Key_Right, Qt.KeyboardModifier.AltModifier)
    assert window.current_target == "rcpdesk:paragraph/20"
    window.history.forward_action.trigger()
    assert window.current_target == "rcpdesk:dimension/funding"
    assert not window.history.forward_action.isEnabled()
    toolbar = window.findChild(QToolBar, "main_toolbar")
    assert window.history.back_action in toolbar.actions()


def test_links_in_the_detail_view_navigate(qtbot, window):
    window.navigate("rcpdesk:paragraph/20")
    window.detail_panel.view.anchorClicked.emit(QUrl("rcpdesk:paragraph/21"))
    assert window.current_target == "rcpdesk:paragraph/21"
    window.detail_panel.view.anchorClicked.emit(QUrl("https://example.org/"))
    assert window.current_target == "rcpdesk:paragraph/21"  # external links go nowhere


def _dock_layout(window) -> dict[str, tuple[bool, object]]:
    return {name: (dock.isVisible(), window.dockWidgetArea(dock)) for name, dock in window.docks.items()}


def test_restart_restores_target_window_state_selection_and_zoom(qtbot, make_window):
    first = make_window()
    first.navigate("rcpdesk:process/bali-process")
    first.docks["search_dock"].show()
    first.docks["timeline_dock"].show()
    first.removeDockWidget(first.docks["tree_dock"])
    first.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, first.docks["tree_dock"])
    first.docks["tree_dock"].show()
    first.resize(720, 520)  # inside the offscreen screen (restoreGeometry clamps to it)
    first.zoom.zoom_in_action.trigger()
    state = _dock_layout(first)
    size = first.size()
    first.close()

    second = make_window()
    assert second.current_target == "rcpdesk:process/bali-process"
    assert "2002" in _detail_text(second)
    assert second.docks["search_dock"].isVisible()
    assert _dock_layout(second) == state
    assert second.docks["timeline_dock"].widget().widget() is second.docks["timeline_dock"].contents
    assert second.height() == size.height() and abs(second.width() - size.width()) <= 16  # the minimum width may grow with zoom
    assert second.zoom.step == 1
    assert "rcpdesk:process/bali-process" in second.tree_panel.selected_links()


def test_copy_as_quote_cites_the_paragraph(qtbot, window):
    window.navigate("rcpdesk:paragraph/20")
    window.detail_panel.quote_action.trigger()
    text = QGuiApplication.clipboard().text()
    assert text.startswith("“There were also striking similarities")
    assert text.endswith("” — GCIM–IOM Workshop on RCPs, 2005, ¶20")


def test_zoom_shortcuts_change_fonts_and_are_remembered(qtbot, window):
    before = window.tree_panel.view.font().pointSizeF()
    window.zoom.zoom_in_action.trigger()
    window.zoom.zoom_in_action.trigger()
    assert window.tree_panel.view.font().pointSizeF() == before + 2
    assert window.services.settings.zoom == 2
    window.zoom.zoom_reset_action.trigger()
    assert window.tree_panel.view.font().pointSizeF() == before


def test_add_to_comparison_from_the_tree(qtbot, window):
    if window.comparison_panel is None:
        return
    window.tree_panel.select_links(["rcpdesk:process/bali-process", "rcpdesk:process/colombo-process"])
    window.tree_panel.add_selected_to_comparison()
    assert {"bali-process", "colombo-process"} <= set(window.comparison_panel.processes())
    assert window.docks["comparison_dock"].isVisible()


def test_docks_and_toolbars_have_object_names(window):
    for dock in window.findChildren(QDockWidget):
        assert dock.objectName()
    for toolbar in window.findChildren(QToolBar):
        assert toolbar.objectName()
    assert set(window.menus) == {"file", "edit", "view", "go", "help"}


def test_no_stray_dock_tab_bar_covers_the_window(qtbot, window):
    """Docks tabbed while hidden once left Qt an empty tab bar painted over the tree."""
    def visible_bars():
        return [bar for bar in window.findChildren(QTabBar)
                if bar.isVisible() and window.rect().intersects(bar.geometry())]

    assert visible_bars() == []
    window.docks["map_dock"].show()
    qtbot.waitUntil(lambda: len(visible_bars()) == 1)
    (bar,) = visible_bars()
    assert [bar.tabText(i) for i in range(bar.count())] == ["Comparison", "Map"]
    assert bar.geometry().top() >= window.docks["comparison_dock"].geometry().top() - bar.height()


def test_every_interactive_widget_has_an_accessible_name(window):
    from PySide6.QtWidgets import QAbstractButton, QAbstractItemView, QComboBox, QTextEdit

    missing = []
    for cls in (QLineEdit, QComboBox, QAbstractItemView, QTextEdit, QAbstractButton):
        for widget in window.findChildren(cls):
            if widget.isVisibleTo(window) and not (widget.accessibleName() or
                                                   getattr(widget, "text", lambda: "")()):
                missing.append(f"{type(widget).__name__} {widget.objectName()}")
    assert not missing, missing


def test_dialogs_open(qtbot, window):
    from rcpdesk.ui.dialogs.about import AboutDialog, about_html
    from rcpdesk.ui.dialogs.shortcuts import ShortcutsDialog, shortcut_rows

    html = about_html(window.services.catalog)
    assert "rcpdesk" in html and "Data edition" in html
    rows = dict(shortcut_rows(window))
    assert "Back" in rows and "Zoom In" in rows
    for dialog in (AboutDialog(window.services.catalog, window), ShortcutsDialog(window)):
        qtbot.addWidget(dialog)
        dialog.show()
        dialog.close()


def test_switching_language_reloads_names_and_is_remembered(qtbot, window):
    from rcpdesk.ui.i18n import install_language

    window.navigate("rcpdesk:dimension/funding")
    try:
        window.language_menu.actions["fr"].trigger()
        qtbot.waitUntil(lambda: window.tree_panel.model.catalog.lang == "fr", timeout=2000)
        index = window.tree_panel.model.find_link("rcpdesk:dimension/objectives")
        assert index.data() == "Objectifs"
        assert window.services.settings.language == "fr"
        assert window.current_target == "rcpdesk:dimension/funding"
    finally:
        install_language("en")


def test_backspace_in_the_search_field_edits_and_does_not_go_back(qtbot, window):
    window.navigate("rcpdesk:process/bali-process")
    window.navigate("rcpdesk:paragraph/20")
    field = window.search_panel.field
    field.setFocus()
    qtbot.keyClicks(field, "abc")
    qtbot.keyClick(field, Qt.Key.Key_Backspace)
    assert field.text() == "ab"
    assert window.current_target == "rcpdesk:paragraph/20"


def test_enter_in_the_tree_opens_and_the_context_menu_offers_comparison(qtbot, window):
    window.tree_panel.select_links(["rcpdesk:paragraph/20"])  # selected without opening
    assert window.current_target != "rcpdesk:paragraph/20"
    view = window.tree_panel.view
    view.setFocus()
    qtbot.keyClick(view, Qt.Key.Key_Return)
    assert window.current_target == "rcpdesk:paragraph/20"
    window.tree_panel.select_links(["rcpdesk:process/bali-process", "rcpdesk:process/colombo-process"])
    menu = window.tree_panel.context_menu()
    texts = [action.text().replace("&", "") for action in menu.actions()]
    assert texts == ["Open", "Add to comparison"]
    assert all(action.isEnabled() for action in menu.actions())
    emitted = []
    window.tree_panel.add_to_comparison.connect(emitted.append)
    window.tree_panel.compare_action.trigger()
    assert emitted == [["bali-process", "colombo-process"]]


def test_detail_view_never_loads_resources(window):
    from PySide6.QtGui import QTextDocument

    view = window.detail_panel.view
    for url in ("https://example.org/x.png", "file:///etc/passwd", "x.png"):
        assert view.loadResource(int(QTextDocument.ResourceType.ImageResource), QUrl(url)) is None


def test_printing_joins_the_file_menu_after_start_up(qtbot, window):
    file_menu = window.menus["file"]
    qtbot.waitUntil(lambda: window.printing is not None, timeout=3000)
    names = [a.objectName() for a in file_menu.actions()]
    assert names.index("print_preview_action") < names.index("quit_action")
    assert {"print_action", "export_pdf_action", "export_markdown_action", "export_csv_action"} <= set(names)
    assert window.ensure_printing() is window.printing  # built once


def test_a_common_word_shows_its_first_hits_then_the_rest(qtbot, window, monkeypatch):
    """The first FIRST_BATCH hits are listed while the rest are still being searched; Enter in
    between opens the first; the list ends as the one-piece search, notes last."""
    import threading

    from rcpdesk.notes import Target
    from rcpdesk.ui.models.search_model import LINK_ROLE as HIT_LINK_ROLE
    from rcpdesk.ui.panels.search import FIRST_BATCH, LIMIT

    panel = window.search_panel
    catalog = window.services.catalog
    whole = catalog.search("migration", LIMIT)
    assert len(whole) > FIRST_BATCH  # the word is in most documents of the real catalog
    window.notes.store.add(Target.process("bali-process"), "Ask about migration data at the next meeting")
    release = threading.Event()
    batches = catalog.search_batches

    def held_rest(*args, **options):
        for index, batch in enumerate(batches(*args, **options)):
            if index:
                release.wait(5)
            yield batch

    monkeypatch.setattr(catalog, "search_batches", held_rest)
    panel.field.setText("migration")
    panel.run_search()
    qtbot.waitUntil(lambda: panel.model.rowCount() == FIRST_BATCH, timeout=3000)
    assert not panel.is_current
    assert [h.target_id for h in panel.model.hits()] == [h.target_id for h in whole[:FIRST_BATCH]]
    qtbot.keyClick(panel.field, Qt.Key.Key_Return)
    first = panel.model.index(0, 0).data(HIT_LINK_ROLE)
    qtbot.waitUntil(lambda: window.current_target == first, timeout=3000)
    release.set()
    qtbot.waitUntil(lambda: panel.is_current, timeout=3000)
    hits = panel.model.hits()
    assert [h.target_id for h in hits[:len(whole)]] == [h.target_id for h in whole]
    assert hits[-1].kind == "note" and "migration data" in hits[-1].snippet
