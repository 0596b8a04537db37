"""Issue 16 in the window: "compare the Colombo Process and the Abu Dhabi Dialogue on funding and
secretariat, note what to ask, print it". The rows, the finding that fits, the names, the panel's
layout, and File → Print / Export acting on the page being read."""

from __future__ import annotations

import re
import unicodedata
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QHeaderView, QPushButton, QTableView

H = Qt.Orientation.Horizontal
V = Qt.Orientation.Vertical
PAIR = ["colombo-process", "abu-dhabi-dialogue"]


@pytest.fixture()
def laptop_window(qtbot, make_window):
    """The real window at a laptop's 1366x768, its panels built."""
    window = make_window(show=False)
    window.showNormal()
    window.resize(1366, 768)
    window.show()
    qtbot.waitExposed(window)
    window.finish_startup()
    return window


def pdf_text(path: Path) -> str:
    """The PDF's text without white space (pypdf may cut words where Qt wrote them in runs)."""
    from pypdf import PdfReader

    text = "".join(page.extract_text() or "" for page in PdfReader(str(path)).pages)
    return re.sub(r"\s+", "", unicodedata.normalize("NFKC", text))


def has_words(needle: str, text: str) -> bool:
    return re.sub(r"\s+", "", needle) in text


def settle(qtbot, ms: int = 60) -> None:
    qtbot.wait(ms)
    QApplication.processEvents()


def test_the_pair_on_secretariat_and_funding(laptop_window, qtbot):
    window = laptop_window
    panel = window.comparison_panel
    panel.set_processes(PAIR)
    panel.set_dimensions(["secretariat", "funding"])
    settle(qtbot)
    table = panel.findChild(QTableView, "comparison_table")
    model = table.model()
    assert [model.headerData(c, H) for c in range(3)] == ["The report's finding", "Colombo Process",
                                                            "Abu Dhabi Dialogue"]
    assert [model.headerData(r, V) for r in range(2)] == ["Secretariat", "Funding"]
    assert "IOM" in model.index(0, 1).data()
    assert "United Arab Emirates" in model.index(0, 2).data()
    finding = model.index(0, 0).data()
    assert finding.startswith("While several of the RCPs represented have a fixed secretariat")
    assert "¶17 · Several participants" in finding and "more findings" in finding
    funding = model.index(1, 0).data()
    assert "[the lack of a predictable self-financing mechanism]" in funding and "editor's gloss" in funding
    # the row headers read as names, in the table's own colours
    rows = table.verticalHeader()
    assert rows.width() >= 120 and "palette(base)" in rows.styleSheet()


def test_the_columns_fill_the_panel_and_stretch_with_it(real_services, make_panel, qtbot):
    panel = make_panel(real_services, size=(1100, 400))
    panel.set_processes(PAIR)
    panel.show()
    qtbot.waitExposed(panel)
    settle(qtbot)
    table = panel.findChild(QTableView, "comparison_table")
    header = table.horizontalHeader()

    def filled() -> bool:
        widths = [header.sectionSize(c) for c in range(header.count()) if not header.isSectionHidden(c)]
        return abs(sum(widths) - table.viewport().width()) <= 1

    assert filled() and table.horizontalScrollBar().maximum() == 0
    process_widths = [header.sectionSize(c) for c in (1, 2)]
    assert max(process_widths) - min(process_widths) <= 1  # the processes share the width
    before = header.sectionSize(1)
    panel.resize(800, 400)
    settle(qtbot)
    assert filled() and header.sectionSize(1) < before  # and follow the panel's width
    assert header.sectionResizeMode(1) == QHeaderView.ResizeMode.Interactive  # still draggable


def test_a_new_comparison_shows_three_rows_at_1366_by_768(tmp_path, run_window_process):
    """The whole window on a 1366×768 offscreen screen, laid out as on that laptop (a process of
    its own: the tests' offscreen screen is another size)."""
    import json
    import os
    import sys

    root = Path(__file__).resolve().parents[2]
    out = tmp_path / "new.png"
    env = {k: v for k, v in os.environ.items() if k != "QT_QPA_PLATFORM"}
    done = run_window_process([sys.executable, str(root / "tools" / "screenshot_new_comparison.py"), str(out)],
                              env, timeout=120, cwd=root)
    assert done.returncode == 0, done.stderr
    report = json.loads(done.stdout.strip().splitlines()[-1])
    assert report["window"][0] >= 1300 and report["window"][1] >= 700
    assert report["rows_whole"] >= 3, report
    assert report["columns_fill"], report
    assert report["headers"] == ["The report's finding", "Colombo Process", "Abu Dhabi Dialogue"]
    assert out.is_file()


def test_export_pdf_on_a_profile_page_writes_that_profile(laptop_window, qtbot, tmp_path, monkeypatch):
    window = laptop_window
    window.comparison_panel.set_processes(PAIR)  # a comparison is open too
    window.navigate("rcpdesk:process/abu-dhabi-dialogue")
    window.detail_panel.view.setFocus()
    settle(qtbot)
    printing = window.ensure_printing()
    out = tmp_path / "add.pdf"
    monkeypatch.setattr(printing, "ask_path", lambda suggested, fmt: out)
    printing.refresh()
    assert printing.export_pdf_action.text() == "Export P&DF: Profile of Abu Dhabi Dialogue…"
    with qtbot.waitSignal(printing.exported, timeout=20000):
        printing.export_pdf_action.trigger()
    text = pdf_text(out)
    assert has_words("Process profile: Abu Dhabi Dialogue", text)
    assert not has_words("Comparison:", text)  # the profile, not the comparison that is open too
    message = window.statusBar().currentMessage()
    assert "add.pdf" in message and str(tmp_path) in message
    button = window.statusBar().findChild(QPushButton, "open_export_folder")
    assert button is not None and button.isVisible()
    opened = []
    monkeypatch.setattr("rcpdesk.ui.printing.QDesktopServices.openUrl", lambda url: opened.append(url) or True)
    button.click()
    assert [u.toLocalFile() for u in opened] == [str(tmp_path.resolve())]


def test_export_pdf_on_a_paragraph_page_writes_the_page(laptop_window, qtbot, tmp_path, monkeypatch):
    window = laptop_window
    window.navigate("rcpdesk:paragraph/17")
    window.detail_panel.view.setFocus()
    settle(qtbot)
    printing = window.ensure_printing()
    printing.refresh()
    assert "17" in printing.export_pdf_action.text()
    assert not printing.export_csv_action.isEnabled()  # a page is PDF and paper only
    out = tmp_path / "p17.pdf"
    monkeypatch.setattr(printing, "ask_path", lambda suggested, fmt: out)
    with qtbot.waitSignal(printing.exported, timeout=20000):
        printing.export_pdf_action.trigger()
    text = pdf_text(out)
    assert has_words("Others regretted the absence of a secretariat to provide expertise and continuity", text)
    assert "p17.pdf" in window.statusBar().currentMessage()


def test_focus_in_the_comparison_prints_the_comparison(laptop_window, qtbot):
    window = laptop_window
    window.comparison_panel.set_processes(PAIR)
    window.navigate("rcpdesk:country/LKA")
    settle(qtbot)
    printing = window.ensure_printing()
    window.detail_panel.view.setFocus()
    settle(qtbot)
    printing.refresh()
    assert "Sri Lanka" in printing.export_pdf_action.text()
    window.comparison_panel.table().setFocus()
    settle(qtbot)
    printing.refresh()
    assert printing.export_pdf_action.text() == "Export P&DF: Comparison of 2 processes…"


def test_a_note_on_paragraph_17_marks_the_secretariat_finding(laptop_window, qtbot):
    window = laptop_window
    from rcpdesk.notes.model import Target

    panel = window.comparison_panel
    panel.set_processes(PAIR)
    panel.set_dimensions(["secretariat", "funding"])
    model = panel.model()
    assert model.index(0, 0).data(Qt.ItemDataRole.DecorationRole) is None
    window.services.notes.add(Target.paragraph("report-2005/p17"), "Ask whether the secretariat covers technical work")
    window.refresh_note_marks()
    assert model.index(0, 0).data(Qt.ItemDataRole.DecorationRole) is not None  # ¶17's finding: marked
    assert "You have notes on ¶17." in model.index(0, 0).data(Qt.ItemDataRole.ToolTipRole)
    assert model.index(1, 0).data(Qt.ItemDataRole.DecorationRole) is None  # funding: ¶20 and others
