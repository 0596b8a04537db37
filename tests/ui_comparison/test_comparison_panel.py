"""The comparison panel as a delegate uses it: add, reorder, remove, filter, reopen."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QPoint, Qt
from PySide6.QtWidgets import QApplication, QCheckBox, QPushButton, QTableView

from rcpdesk.ui.panels.comparison import ComparisonPanel, ProcessPickerDialog, processes_2005

H = Qt.Orientation.Horizontal
NINE = {"igc", "budapest-process", "bali-process", "colombo-process", "apc", "puebla-process",
        "lima-process", "midsa", "five-plus-five"}


def headers(panel: ComparisonPanel) -> list[str]:
    """Header texts in the order the delegate sees them (visual order)."""
    table = panel.findChild(QTableView, "comparison_table")
    header = table.horizontalHeader()
    model = table.model()
    return [model.headerData(header.logicalIndex(v), H) for v in range(header.count())]


def test_empty_panel_says_how_to_add_processes(real_services, make_panel):
    panel = make_panel(real_services)
    panel.show()
    assert panel.objectName() == "comparison_panel"
    assert panel.processes() == []
    empty = panel.findChild(QPushButton, "comparison_empty_add_2005")
    assert empty.isVisible() and "2005" in empty.text()
    assert not panel.findChild(QTableView, "comparison_table").isVisible()
    empty.click()
    assert set(panel.processes()) == NINE
    assert panel.findChild(QTableView, "comparison_table").isVisible()


def test_adding_two_processes_shows_both_columns_and_the_default_rows(real_services, make_panel, qtbot):
    panel = make_panel(real_services)
    with qtbot.waitSignal(panel.comparison_changed) as changed:
        panel.add_processes(["bali-process", "colombo-process"])
    assert changed.args[0] == ["bali-process", "colombo-process"]
    catalog = real_services.catalog
    # a new comparison: the profile facts a delegate compares first, then the twelve dimensions
    assert changed.args[1] == ["secretariat", "chair", "members", "established", "status",
                               *(d.id for d in catalog.dimensions())]
    table = panel.findChild(QTableView, "comparison_table")
    model = table.model()
    assert headers(panel) == ["The report's finding", "Bali Process", "Colombo Process"]
    assert model.rowCount() == 17
    rows = catalog.comparison_rows(changed.args[1])
    assert [model.headerData(r, Qt.Orientation.Vertical) for r in range(17)] == [d.name for d in rows]
    dims = catalog.dimensions()
    values = catalog.values(["bali-process", "colombo-process"], [d.id for d in dims])
    for row, dim in enumerate(dims, start=5):
        for column, pid in ((1, "bali-process"), (2, "colombo-process")):
            fact = values[(pid, dim.id)]
            text = model.index(row, column).data()
            if fact.is_unknown:
                assert text == "Not known"
            elif fact.is_unverified:
                assert text == f"{fact.text()} (unverified)"
            else:
                assert text == fact.text()
    panel.add_processes(["bali-process"])  # already there: no second column
    assert panel.processes() == ["bali-process", "colombo-process"]


def test_remove_and_reorder_from_the_column_menu(real_services, make_panel):
    panel = make_panel(real_services)
    panel.set_processes(["bali-process", "colombo-process", "puebla-process"])
    menu = panel.header_menu("bali-process")
    actions = {a.objectName(): a for a in menu.actions()}
    assert actions["remove"].text() == "Remove from comparison"
    assert not actions["move_left"].isEnabled() and actions["move_right"].isEnabled()
    actions["move_right"].trigger()
    assert panel.processes() == ["colombo-process", "bali-process", "puebla-process"]
    assert headers(panel)[1:] == ["Colombo Process", "Bali Process", "Puebla Process (RCM)"]
    {a.objectName(): a for a in panel.header_menu("puebla-process").actions()}["move_left"].trigger()
    assert panel.processes() == ["colombo-process", "puebla-process", "bali-process"]
    {a.objectName(): a for a in panel.header_menu("colombo-process").actions()}["remove"].trigger()
    assert panel.processes() == ["puebla-process", "bali-process"]
    assert headers(panel)[1:] == ["Puebla Process (RCM)", "Bali Process"]
    assert real_services.settings.comparison.process_ids == ("puebla-process", "bali-process")


def test_dragging_a_header_section_moves_the_process(real_services, make_panel):
    panel = make_panel(real_services)
    panel.set_processes(["bali-process", "colombo-process", "puebla-process"])
    header = panel.findChild(QTableView, "comparison_table").horizontalHeader()
    assert header.sectionsMovable()
    header.moveSection(3, 1)  # what a drag of the RCM header onto Bali does
    assert panel.processes() == ["puebla-process", "bali-process", "colombo-process"]
    assert headers(panel) == ["The report's finding", "Puebla Process (RCM)", "Bali Process", "Colombo Process"]
    assert all(header.logicalIndex(v) == v for v in range(header.count()))  # the model holds the order
    header.moveSection(1, 0)  # onto the finding: lands first among the processes instead
    assert headers(panel)[0] == "The report's finding"


def test_only_differences_hides_identical_and_unknown_rows(twin_services, make_panel):
    panel = make_panel(twin_services)
    panel.set_processes(["other-process", "twin-process"])
    panel.set_dimensions(["funding", "objectives"])
    model = panel.model()
    assert model.visible_dimensions() == ["funding", "objectives"]
    box = panel.findChild(QCheckBox, "comparison_only_differences")
    box.click()
    assert panel.only_differences()
    # funding: the same words (one unverified, without a final stop); objectives: one side unknown
    assert model.visible_dimensions() == []
    assert "No differences" in panel.findChild(type(panel._status), "comparison_status").text()
    panel.set_processes(["test-process", "twin-process"])
    assert model.visible_dimensions() == ["funding"]  # objectives unknown in both
    panel.add_processes(["other-process"])
    assert model.visible_dimensions() == ["funding"]
    box.click()
    assert model.visible_dimensions() == ["funding", "objectives"]


def test_a_new_panel_on_the_same_profile_restores_the_comparison(real_services, make_services,
                                                                   real_db, isolated_profile,
                                                                   make_panel):
    panel = make_panel(real_services)
    panel.set_processes(["lima-process", "midsa", "apc"])
    panel.move_process("apc", 0)
    panel.set_dimensions(["funding", "evaluation", "objectives"])
    panel.set_only_differences(True)
    real_services.settings.sync()
    again = make_panel(make_services(real_db, isolated_profile))
    assert again.processes() == ["apc", "lima-process", "midsa"]
    assert again.dimensions() == ["objectives", "funding", "evaluation"]  # report order
    assert again.only_differences()
    assert again.findChild(QCheckBox, "comparison_only_differences").isChecked()
    again.clear()
    assert again.processes() == []
    third = make_panel(make_services(real_db, isolated_profile))
    assert third.processes() == [] and third.only_differences()


def test_all_dimensions_are_not_pinned_in_the_settings(real_services, make_panel):
    panel = make_panel(real_services)
    panel.set_dimensions(["funding"])
    panel.set_dimensions(None)
    assert real_services.settings.comparison.dimension_ids is None


def test_double_click_opens_the_process_or_the_rows_findings(real_services, make_panel, qtbot):
    from PySide6.QtCore import QUrl
    from PySide6.QtWidgets import QDialog, QTextBrowser

    panel = make_panel(real_services)
    panel.set_processes(["bali-process", "colombo-process"])
    panel.set_dimensions(["secretariat", "funding"])
    panel.show()
    qtbot.waitExposed(panel)
    table = panel.findChild(QTableView, "comparison_table")
    model = table.model()

    def double_click(row: int, column: int) -> None:
        rect = table.visualRect(model.index(row, column))
        # QTest's double-click needs the press before it, as a real double-click has
        qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
        qtbot.mouseDClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())

    with qtbot.waitSignal(panel.open_link, timeout=1000) as opened:
        double_click(0, 2)
    assert opened.args == ["rcpdesk:process/colombo-process"]
    # the finding cell says how many more findings there are, and opens them all
    found = real_services.catalog.row_findings("funding")
    assert f"{len(found) - 1} more findings" in model.index(1, 0).data()
    double_click(1, 0)
    dialog = panel.findChild(QDialog, "comparison_row_findings")
    assert dialog is not None and dialog.isVisible()
    text = dialog.text()
    assert all(f.citation in text for f in found)
    assert "Most participants perceived [the lack of a predictable self-financing mechanism]" in text
    assert "editor's gloss" in text
    browser = dialog.findChild(QTextBrowser, "comparison_row_findings_text")
    with qtbot.waitSignal(panel.open_link) as opened:
        browser.anchorClicked.emit(QUrl("rcpdesk:paragraph/20"))
    assert opened.args == ["rcpdesk:paragraph/20"]
    table.setCurrentIndex(model.index(1, 1))
    with qtbot.waitSignal(panel.open_link) as opened:
        qtbot.keyClick(table, Qt.Key.Key_Return)
    assert opened.args == ["rcpdesk:process/bali-process"]


def test_dimension_picker_and_process_picker(real_services, make_panel):
    panel = make_panel(real_services)
    panel.set_processes(["apc"])
    menu = panel._dimension_menu
    menu.aboutToShow.emit()
    checkable = [a for a in menu.actions() if a.isCheckable()]
    rows = real_services.catalog.comparison_rows()
    assert [a.data() for a in checkable] == [r.id for r in rows]  # profile facts and dimensions, one menu
    default = set(real_services.catalog.default_rows())
    assert {a.data() for a in checkable if a.isChecked()} == default
    checkable[0].trigger()  # untick the secretariat
    assert len(panel.dimensions()) == 16 and checkable[0].data() not in panel.dimensions()
    assert "16/21" in panel.findChild(QPushButton, "comparison_pick_dimensions").text()
    next(a for a in checkable if a.data() == "website").trigger()
    assert panel.dimensions()[:5] == ["chair", "members", "established", "status", "website"]

    dialog = ProcessPickerDialog(real_services.catalog, panel.processes(), panel)
    dialog.findChild(QPushButton, "comparison_picker_add_2005").click()
    chosen = dialog.checked()
    assert chosen[0] == "apc" and set(chosen) == NINE
    assert chosen == ["apc", *[p for p in processes_2005(real_services.catalog) if p != "apc"]]
    dialog.deleteLater()


def test_every_interactive_widget_has_an_accessible_name(real_services, make_panel):
    panel = make_panel(real_services)
    for kind in (QPushButton, QCheckBox, QTableView):
        for widget in panel.findChildren(kind):
            assert widget.accessibleName(), widget.objectName()


def test_language_change_retranslates_without_losing_the_comparison(real_services, make_panel):
    panel = make_panel(real_services)
    panel.set_processes(["bali-process"])
    QApplication.sendEvent(panel, QEvent(QEvent.Type.LanguageChange))
    assert panel.processes() == ["bali-process"]
    assert panel.findChild(QCheckBox, "comparison_only_differences").text() == \
        "Show only where they differ"


def test_header_context_menu_is_offered_on_process_columns_only(real_services, make_panel):
    panel = make_panel(real_services)
    panel.set_processes(["bali-process"])
    header = panel.findChild(QTableView, "comparison_table").horizontalHeader()
    assert header.contextMenuPolicy() == Qt.ContextMenuPolicy.CustomContextMenu
    panel._header_menu(QPoint(5, 5))  # the finding column: no menu, no error
