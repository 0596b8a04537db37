"""The notes UI with real widgets: actions, undo/redo, the panel, the HTML, import, no store."""

from __future__ import annotations

import html
import json
import re
import time
from pathlib import Path

from PySide6.QtWidgets import QMessageBox, QTextBrowser

from rcpdesk.notes import BodyFormat, NotesDatabaseCorrupt, NotesStore, Target, TargetKind
from rcpdesk.notes.exchange import export_notes
from rcpdesk.ui.notes import (
    NotesController,
    NotesPanel,
    PageNotes,
    highlight_passages,
    notes_section_html,
)
from rcpdesk.ui.notes.dialogs import ImportPreviewDialog
from rcpdesk.ui.notes.editor import NoteEditorDialog
from rcpdesk.ui.notes.notes_html import tint
from rcpdesk.ui.notes.panel import NotesTableModel

PROCESS = "test-process"
PARAGRAPH = "report-2005/p1"


def _fill_and_save(qtbot, controller: NotesController, body: str, *, tags=(), colour=None):
    dialog = controller.active_dialog
    assert isinstance(dialog, NoteEditorDialog)
    dialog.set_values(body, tags=tags, colour=colour)
    dialog.buttons.button(dialog.buttons.StandardButton.Save).click()
    qtbot.waitUntil(lambda: controller.active_dialog is None)
    return dialog


def test_add_edit_undo_redo_delete_through_actions(qtbot, host_window, services) -> None:
    window = host_window
    controller = NotesController(services, window)
    controller.install(window.menus)
    store = services.notes
    changes = []
    controller.events.changed.connect(changes.append)

    assert not controller.add_action.isEnabled()  # nothing shown yet
    controller.set_current_target(PROCESS, "process")
    assert controller.add_action.isEnabled()
    assert controller.add_action.shortcut().toString() == "Ctrl+Shift+N"

    controller.add_action.trigger()
    dialog = controller.active_dialog
    assert dialog.target_label.text() == "Test Process"
    _fill_and_save(qtbot, controller, "Raise funding at the next meeting", tags=("funding",),
                   colour="concern")
    (note,) = store.list_notes()
    assert note.target == Target.process(PROCESS)
    assert (note.body, note.tags, note.colour) == ("Raise funding at the next meeting",
                                                   ("funding",), "concern")
    assert [(c.kind, c.targets, c.note_ids) for c in changes] == [
        ("added", frozenset({PROCESS}), (note.id,))]  # one write, one event

    controller.set_current_note(note.id)
    controller.edit_action.trigger()
    assert controller.active_dialog.body_edit.toPlainText() == "Raise funding at the next meeting"
    _fill_and_save(qtbot, controller, "Raise funding and secretariat", tags=("funding",),
                   colour="concern")
    assert store.get(note.id).body == "Raise funding and secretariat"
    assert controller.undo_action.text() == "Undo Edit note"

    controller.undo_action.trigger()
    assert store.get(note.id).body == "Raise funding at the next meeting"
    controller.redo_action.trigger()
    assert store.get(note.id).body == "Raise funding and secretariat"

    controller.delete_action.trigger()
    assert store.list_notes() == ()
    assert [n.id for n in store.trash()] == [note.id]
    controller.undo_action.trigger()
    assert [n.id for n in store.list_notes()] == [note.id]
    assert store.trash() == ()
    assert store.get(note.id).body == "Raise funding and secretariat"

    # Undoing the add too moves the note to the trash (nothing is lost); redo brings it back.
    controller.undo_action.trigger()
    controller.undo_action.trigger()
    assert store.list_notes() == ()
    controller.redo_action.trigger()
    assert [n.id for n in store.list_notes()] == [note.id]

    assert controller.add_action in window.menus["edit"].actions()
    file_actions = window.menus["file"].actions()
    assert file_actions.index(controller.import_action) < file_actions.index(
        next(a for a in file_actions if a.objectName() == "quit"))


def test_invalid_note_keeps_the_editor_open(qtbot, host_window, services) -> None:
    window = host_window
    controller = NotesController(services, window)
    controller.set_current_target("rcpdesk:process/test-process#dim-funding")
    assert controller.current_target == Target.process(PROCESS)
    controller.set_current_target("test-process#funding")
    assert controller.current_target == Target.cell(PROCESS, "funding")
    controller.set_current_target("rcpdesk:country/XX")
    assert controller.current_target is None and not controller.add_action.isEnabled()
    controller.set_current_target("rcpdesk:paragraph/1")
    assert controller.current_target == Target.paragraph(PARAGRAPH)
    dialog = controller.add_note()
    assert dialog.target_label.text() == "¶1"
    dialog.buttons.button(dialog.buttons.StandardButton.Save).click()
    assert dialog.isVisible() and dialog.error_label.isVisibleTo(dialog)
    assert services.notes.list_notes() == ()
    dialog.reject()


def test_note_on_selection_is_a_passage(qtbot, host_window, services) -> None:
    window = host_window
    controller = NotesController(services, window)
    controller.set_current_target(PARAGRAPH, "paragraph")
    assert not controller.add_selection_action.isEnabled()
    controller.set_selected_text("Bali\u00a0Process")
    assert controller.add_selection_action.isEnabled()
    controller.add_selection_action.trigger()
    assert controller.active_dialog.target_label.text() == "¶1: “Bali Process”"
    _fill_and_save(qtbot, controller, "They were there")
    (note,) = services.notes.list_notes()
    text = services.catalog.paragraph(1).text
    assert note.target.kind is TargetKind.PASSAGE
    assert text[note.target.start:note.target.end] == "Bali Process"


def _seed(store: NotesStore) -> None:
    store.add(Target.process(PROCESS), "Funding is tight", tags=["funding"], colour="concern")
    store.add(Target.paragraph(PARAGRAPH), "Quote this in the briefing", tags=["briefing"],
              colour="our-position")
    store.add(Target.dimension("funding"), "Compare secretariat costs", tags=["funding", "costs"])
    store.add(Target.cell(PROCESS, "objectives"), "Objectives differ", colour="follow-up")


def test_panel_lists_and_filters(qtbot, qtmodeltester, host_window, services) -> None:
    window = host_window
    _seed(services.notes)
    controller = NotesController(services, window)
    panel = NotesPanel(services, controller)
    qtbot.addWidget(panel)
    assert panel.objectName() == "notes_panel"
    qtmodeltester.check(panel.model)
    assert panel.model.rowCount() == 4
    targets = {panel.model.index(r, NotesTableModel.TARGET).data() for r in range(4)}
    assert targets == {"Test Process", "¶1", "Funding", "Test Process — Objectives"}

    def excerpts() -> set[str]:
        return {panel.model.index(r, NotesTableModel.EXCERPT).data()
                for r in range(panel.model.rowCount())}

    panel.tag_filter.setCurrentIndex(panel.tag_filter.findData("funding"))
    assert excerpts() == {"Funding is tight", "Compare secretariat costs"}
    panel.set_filters(colour="concern")
    assert excerpts() == {"Funding is tight"}
    panel.set_filters(kind="cell")
    assert excerpts() == {"Objectives differ"}
    panel.set_filters(text="BRIEFING")
    assert excerpts() == {"Quote this in the briefing"}
    panel.text_filter.setText("secretariat")
    qtbot.waitUntil(lambda: excerpts() == {"Compare secretariat costs"})
    panel.set_filters(needs_review=True)
    assert excerpts() == set()
    assert panel.message.text() == "No notes match these filters."
    panel.set_filters()
    qtmodeltester.check(panel.model)

    # Double-click opens the target; the controller's changes refresh the panel.
    row = next(r for r in range(4) if panel.model.index(r, 2).data() == "Quote this in the briefing")
    index = panel.model.index(row, 2)
    with qtbot.waitSignal(panel.open_link) as opened:
        panel.view.doubleClicked.emit(index)
    assert opened.args == ["rcpdesk:paragraph/1"]
    panel.view.setCurrentIndex(index)
    controller.delete_action.trigger()
    assert panel.model.rowCount() == 3


def test_panel_sees_changes_from_another_window(qtbot, host_window, services, tmp_path) -> None:
    controller = NotesController(services, host_window)
    panel = NotesPanel(services, controller)
    qtbot.addWidget(panel)
    assert panel.model.rowCount() == 0
    heard = []
    controller.events.changed.connect(heard.append)
    other = NotesStore(services.notes.path, backup_on_open=False)
    other.add(Target.process(PROCESS), "From the other window")
    other.close()
    controller.events.poll()
    assert [c.kind for c in heard] == ["everything"]
    assert panel.model.rowCount() == 1
    controller.events.poll()
    assert len(heard) == 1  # nothing new


def test_notes_section_html_escapes_and_loads_nothing(qtbot, services) -> None:
    store = services.notes
    evil = "<script>alert(1)</script><img src=http://x>"
    plain = store.add(Target.process(PROCESS), evil, tags=["<b>tag</b>"], colour="concern")
    markdown = store.add(Target.process(PROCESS), evil + "\n\n![x](http://x/y.png) *ok*",
                         body_format=BodyFormat.MARKDOWN)
    fragment = notes_section_html([plain, markdown], store.colours())
    assert "<script" not in fragment and "<img" not in fragment
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in fragment
    assert "&lt;b&gt;tag&lt;/b&gt;" in fragment
    assert "<em>ok</em>" in fragment
    assert "concern" in fragment and "#c62828" in fragment
    assert notes_section_html([], store.colours()) == ""

    requested = []

    class Browser(QTextBrowser):
        def loadResource(self, kind, url):
            requested.append(url.toString())
            return super().loadResource(kind, url)

    browser = Browser()
    qtbot.addWidget(browser)
    browser.setHtml(fragment)
    assert "alert(1)" in browser.toPlainText()
    assert requested == []


def test_highlight_passages_wraps_exactly_the_passage(services) -> None:
    store = services.notes
    text = "Informal & non-binding <dialogues> among states on migration."
    start = text.index("non-binding")
    note = store.add(Target.passage(PARAGRAPH, text, start, start + len("non-binding")), "why?",
                     colour="concern")
    other = store.add(Target.paragraph(PARAGRAPH), "whole paragraph")
    result = highlight_passages(text, [note, other], store.colours())
    spans = re.findall(r'<span class="passage"[^>]*style="background-color:(#[0-9a-f]{6});">'
                       r"(.*?)</span>", result)
    assert spans == [(tint("#c62828"), "non-binding")]
    outside = re.sub(r"<span[^>]*>.*?</span>", "", result)
    assert outside == html.escape("Informal & ") + html.escape(" <dialogues> among states on migration.")
    assert highlight_passages("a < b", [], store.colours()) == "a &lt; b"


def test_import_preview_shows_counts_and_applies(qtbot, host_window, services, tmp_path) -> None:
    window = host_window
    colleague = NotesStore(tmp_path / "colleague.db", backup_on_open=False)
    for number in range(3):
        colleague.add(Target.process(PROCESS), f"Colleague note {number}", tags=["shared"])
    shared = colleague.add(Target.dimension("funding"), "Both have this")
    exchange = tmp_path / "colleague.rcpnotes"
    export_notes(colleague, exchange)
    export_notes(colleague, tmp_path / "shared.rcpnotes", notes=[shared])
    colleague.close()
    services.notes.apply_import(_read(tmp_path / "shared.rcpnotes"))  # one they already share

    controller = NotesController(services, window)
    changed = []
    controller.events.changed.connect(changed.append)
    controller.exchange.import_from(exchange)
    qtbot.waitUntil(lambda: isinstance(controller.active_dialog, ImportPreviewDialog), timeout=5000)
    dialog = controller.active_dialog
    assert dialog.summary_label.text() == "3 new, 0 updated, 0 conflicts, 1 unchanged, 0 deleted"
    assert services.notes.count() == 1  # nothing yet
    dialog.import_button.click()
    qtbot.waitUntil(lambda: services.notes.count() == 4, timeout=5000)
    qtbot.waitUntil(lambda: bool(changed), timeout=5000)
    assert [c.kind for c in changed] == ["everything"]
    assert {n.body for n in services.notes.list_notes(tag="shared")} == {
        "Colleague note 0", "Colleague note 1", "Colleague note 2"}


def _read(path: Path):
    from rcpdesk.notes.exchange import read_rcpnotes

    return read_rcpnotes(path)


def test_without_notes_the_actions_are_disabled_and_the_error_shown(
        qtbot, host_window, services_with_store, tmp_path) -> None:
    window = host_window
    path = tmp_path / "broken" / "notes.db"
    services = services_with_store(None)
    services.notes_error = NotesDatabaseCorrupt(path=path, detail="file is not a database")
    controller = NotesController(services, window)
    controller.install(window.menus)
    panel = NotesPanel(services, controller)
    qtbot.addWidget(panel)
    controller.set_current_target(PROCESS, "process")
    for action in controller.actions():
        assert not action.isEnabled(), action.objectName()
    qtbot.waitUntil(lambda: controller.recovery.unavailable_box is not None)
    box = controller.recovery.unavailable_box
    assert "damaged" in box.text() and str(path) in box.text()
    assert controller.recovery.recover_button is not None
    assert panel.message.text() == "Notes are not available in this session."
    box.button(QMessageBox.StandardButton.Close).click()
    assert controller.recovery.report_unavailable() is None  # shown once only


def test_recovering_from_a_damaged_database_restores_the_backup(
        qtbot, host_window, services_with_store, isolated_profile) -> None:
    window = host_window
    path = isolated_profile / "notes.db"
    store = NotesStore(path)
    store.add(Target.process(PROCESS), "Kept in the backup")
    store.close()
    NotesStore(path).close()  # this opening backs the note up
    time.sleep(0.01)
    path.write_bytes(b"this is not sqlite" * 100)
    for side in ("-wal", "-shm"):
        Path(str(path) + side).unlink(missing_ok=True)
    try:
        NotesStore(path)
    except NotesDatabaseCorrupt as exc:
        error = exc
    services = services_with_store(None)
    services.notes_error = error
    controller = NotesController(services, window)
    controller.set_current_target(PROCESS, "process")
    qtbot.waitUntil(lambda: controller.recovery.unavailable_box is not None)
    with qtbot.waitSignal(controller.availability_changed):
        controller.recovery.recover_button.click()
    assert services.notes is not None
    assert [n.body for n in services.notes.list_notes()] == ["Kept in the backup"]
    assert controller.add_action.isEnabled()
    services.notes.close()


def test_colour_change_and_rename_are_undoable(qtbot, host_window, services) -> None:
    window = host_window
    note = services.notes.add(Target.process(PROCESS), "x", colour="concern")
    controller = NotesController(services, window)
    controller.change_colour(note.id, "follow-up")
    assert services.notes.get(note.id).colour == "follow-up"
    controller.undo_stack.undo()
    assert services.notes.get(note.id).colour == "concern"
    controller.change_tags(note.id, add=("later",))
    assert services.notes.get(note.id).tags == ("later",)
    controller.undo_stack.undo()
    assert services.notes.get(note.id).tags == ()
    dialog = controller.edit_colours()
    dialog.edits["concern"].setText("worry")
    dialog.accept()
    assert services.notes.colour("concern").name == "worry"
    controller.undo_stack.undo()
    assert services.notes.colour("concern").name == "concern"


def test_detail_page_gets_highlights_and_notes(qtbot, host_window, services) -> None:
    window = host_window
    from rcpdesk.ui.detail_html import paragraph_html

    text = services.catalog.paragraph(1).text
    start = text.index("Bali Process")
    services.notes.add(Target.passage(PARAGRAPH, text, start, start + 12), "<b>they came</b>",
                       colour="follow-up")
    controller = NotesController(services, window)
    notes = PageNotes(services.notes.list_notes(target_id=PARAGRAPH), services.notes.colours())
    decorated = paragraph_html(services.catalog, 1, notes)
    assert re.search(r'<span class="passage"[^>]*>Bali Process</span>', decorated)
    assert "&lt;b&gt;they came&lt;/b&gt;" in decorated
    assert decorated.index('class="notes"') < decorated.index("</body>")
    assert paragraph_html(services.catalog, 1, None) == paragraph_html(services.catalog, 1)
    assert 'class="notes"' not in paragraph_html(services.catalog, 1)
    note_link = re.search(r'href="(rcpdesk:note/[^"]+)"', decorated).group(1)
    assert controller.handle_link(note_link)
    assert isinstance(controller.active_dialog, NoteEditorDialog)
    controller.active_dialog.reject()
    assert not controller.handle_link("rcpdesk:process/test-process")


def test_export_runs_on_the_task_runner(qtbot, host_window, services, tmp_path) -> None:
    window = host_window
    _seed(services.notes)
    controller = NotesController(services, window)
    for export_format, name in (("rcpnotes", "all.rcpnotes"), ("md", "all.md"), ("csv", "all.csv")):
        with qtbot.waitSignal(controller.status_message, timeout=5000) as done:
            controller.exchange.export_to(tmp_path / name, export_format)
        assert done.args[0].startswith("Wrote 4 notes")
        assert (tmp_path / name).stat().st_size > 0
    assert "Objectives differ" in (tmp_path / "all.md").read_text(encoding="utf-8")
    exported = json.loads((tmp_path / "all.rcpnotes").read_text(encoding="utf-8"))
    assert exported["rcpdesk:edition"] == services.catalog.edition.label  # as the command line writes it


def test_panel_holds_the_newest_notes_says_how_many_more_and_sorts_by_a_column(
        qtbot, qtmodeltester, host_window, services, monkeypatch) -> None:
    window = host_window
    from PySide6.QtCore import Qt

    from rcpdesk.ui.notes import panel as panel_module

    monkeypatch.setattr(panel_module, "SHOWN_NOTES", 3)
    store = services.notes
    for index in range(5):
        store.add(Target.process("test-process"), f"Note {index} about {'funding' if index % 2 else 'chairs'}")
    panel = NotesPanel(services, NotesController(services, window))
    qtbot.addWidget(panel)
    panel.show()
    excerpts = [panel.model.index(r, NotesTableModel.EXCERPT).data() for r in range(panel.model.rowCount())]
    assert excerpts == ["Note 4 about chairs", "Note 3 about funding", "Note 2 about chairs"]  # newest first
    assert panel.more.isVisible() and panel.more.text().startswith("The newest 3 of 5 notes")
    panel.text_filter.setText("funding")  # the filters search every note, not the three shown
    qtbot.waitUntil(lambda: panel.model.rowCount() == 2)
    assert not panel.more.isVisible()
    panel.select_note(panel.model.note(1).id)
    chosen = panel.selected_note_id()
    panel.view.sortByColumn(NotesTableModel.EXCERPT, Qt.SortOrder.AscendingOrder)  # the header's click
    assert [panel.model.index(r, NotesTableModel.EXCERPT).data() for r in range(2)] == [
        "Note 1 about funding", "Note 3 about funding"]
    assert panel.selected_note_id() == chosen  # the selection stays on its note
    qtmodeltester.check(panel.model)
