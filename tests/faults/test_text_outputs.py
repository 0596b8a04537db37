"""A note's words are shown, never run: a plain-text note holding <img src=http://...> or <script>
reaches every text output (Markdown and HTML sheets, the notes' Markdown export) and the window's
tooltips as the words it is, not as a picture fetched or a script."""

from __future__ import annotations

import csv
import re
from pathlib import Path

import pytest
from markdown_it import MarkdownIt
from PySide6.QtCore import Qt
from PySide6.QtGui import Qt as QtGuiNamespace
from PySide6.QtGui import QTextDocument

from rcpdesk.notes import BodyFormat, NotesStore, Target

PIXEL = "<img src=http://tracker.example/p.png>"
SCRIPT = "<script>alert(1)</script>"
PLAIN = f"{PIXEL} Ask about {SCRIPT} the budget, see [the memo](http://evil.example/m)"
MARKDOWN = "**Our line** on funding <script>alert(2)</script> ![pixel](http://tracker.example/q.png)"
# What a Markdown viewer does with a file (CommonMark lets raw HTML through; GitHub's tables).
VIEWER = MarkdownIt("commonmark").enable("table")


def _fetched_or_run(html: str) -> list[str]:
    """The tags in rendered HTML that load or run something, or link where the note did not."""
    return re.findall(r"<(?:img|script|iframe)\b[^>]*>|<a href=\"http://evil[^>]*>", html,
                      re.IGNORECASE)


@pytest.fixture()
def noted_profile(isolated_profile: Path) -> Path:
    with NotesStore(isolated_profile / "notes.db") as store:
        store.add(Target.cell("bali-process", "funding"), PLAIN, tags=["<i>tag</i>"])
        store.add(Target.process("bali-process"), MARKDOWN, body_format=BodyFormat.MARKDOWN)
    return isolated_profile


@pytest.mark.parametrize("args", [
    ["--compare", "bali-process", "--with-notes"],
    ["--compare", "bali-process", "--with-notes", "after"],
    ["--profile", "bali-process", "--with-notes"],
], ids=["comparison-cells", "comparison-after", "profile"])
def test_a_markdown_sheet_shows_a_notes_html_as_words(cli, noted_profile: Path, tmp_path: Path, args) -> None:
    out = tmp_path / "sheet.md"
    result = cli("sheet", *args, "--out", str(out))
    assert result.returncode == 0, result.stderr
    rendered = VIEWER.render(out.read_text(encoding="utf-8"))
    assert _fetched_or_run(rendered) == []
    assert "<i>tag</i>" not in rendered
    shown = _text_of(rendered)
    assert PIXEL in shown and SCRIPT in shown and "[the memo](http://evil.example/m)" in shown
    assert "#<i>tag</i>" in shown
    assert "<strong>Our line</strong>" in rendered  # a Markdown note keeps its emphasis
    assert "<script>alert(2)</script>" in shown


def test_every_other_text_output_shows_the_words_too(cli, noted_profile: Path, tmp_path: Path) -> None:
    notes_md = tmp_path / "notes.md"
    assert cli("notes", "export", "--out", str(notes_md)).returncode == 0
    rendered = VIEWER.render(notes_md.read_text(encoding="utf-8"))
    assert _fetched_or_run(rendered) == []
    assert PIXEL in _text_of(rendered) and "<script>alert(2)</script>" in _text_of(rendered)

    html_sheet = tmp_path / "sheet.html"
    assert cli("sheet", "--compare", "bali-process", "--with-notes", "--out", str(html_sheet)).returncode == 0
    page = html_sheet.read_text(encoding="utf-8")
    assert _fetched_or_run(page) == [] and PIXEL in _text_of(page)

    csv_sheet = tmp_path / "sheet.csv"  # CSV is data: the words as they are, for a spreadsheet
    assert cli("sheet", "--compare", "bali-process", "--with-notes", "--out", str(csv_sheet)).returncode == 0
    with csv_sheet.open(encoding="utf-8-sig", newline="") as handle:
        cells = [cell for row in csv.reader(handle) for cell in row]
    assert any(PLAIN in cell for cell in cells)


def _text_of(html: str) -> str:
    document = QTextDocument()
    document.setHtml(html)
    return document.toPlainText()


def _as_shown(tooltip: str) -> str:
    """What a tooltip shows: Qt draws it as HTML when Qt.mightBeRichText says it may be some."""
    return _text_of(tooltip) if QtGuiNamespace.mightBeRichText(tooltip) else tooltip


BODY = '<b>Budget</b> <img src="http://tracker.example/p.png"> before the meeting'


def test_the_notes_list_tooltips_show_the_note_as_written(qapp, real_catalog, tmp_path: Path) -> None:
    from rcpdesk.ui.notes.labels import TargetLabeler
    from rcpdesk.ui.notes.panel import NotesTableModel

    with NotesStore(tmp_path / "notes.db", backup_on_open=False) as store:
        store.rename_colour("concern", "<u>worry</u>")
        store.add(Target.process("bali-process"), BODY, tags=["<i>urgent</i>"], colour="concern")
        model = NotesTableModel(TargetLabeler(real_catalog))
        model.set_notes(store.list_notes(), store.colours())

    def tip(column: int) -> str:
        return _as_shown(model.index(0, column).data(Qt.ItemDataRole.ToolTipRole))

    shown = tip(NotesTableModel.EXCERPT).splitlines()  # the note, then its tags and date
    assert shown[0] == BODY and "Tags: <i>urgent</i>" in shown and shown[-1].startswith("Modified ")
    assert tip(NotesTableModel.TAGS) == "<i>urgent</i>"
    assert tip(NotesTableModel.COLOUR) == "<u>worry</u>"


def test_the_trash_and_the_search_results_show_the_note_as_written(qapp, real_catalog, tmp_path: Path) -> None:
    from rcpdesk.ui.models.search_model import SearchResultsModel
    from rcpdesk.ui.notes.dialogs import NoteListDialog
    from rcpdesk.ui.notes.labels import TargetLabeler
    from rcpdesk.ui.panels.search import note_hits

    with NotesStore(tmp_path / "notes.db", backup_on_open=False) as store:
        store.add(Target.process("bali-process"), BODY)
        store.delete(store.add(Target.process("colombo-process"), BODY).id)
        trash = NoteListDialog("Trash", "notes_trash", store.trash, TargetLabeler(real_catalog), "Empty")
        assert _as_shown(trash.list.item(0).toolTip()) == BODY
        trash.deleteLater()

        model = SearchResultsModel()
        model.set_hits(note_hits(store, real_catalog, "meeting"))
        assert model.rowCount() == 1
        assert _as_shown(model.index(0, 0).data(Qt.ItemDataRole.ToolTipRole)) == BODY
