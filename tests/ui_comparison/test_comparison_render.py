"""The comparison stays readable: rendered offscreen, every long cell gets the lines it needs."""

from __future__ import annotations

import importlib.util
from pathlib import Path

from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import QFontMetrics, QImage
from PySide6.QtWidgets import QTableView

from rcpdesk.ui.panels.comparison import PROCESS_COLUMN_MIN, ROW_LINES, elide_lines, processes_2005

ROOT = Path(__file__).resolve().parents[2]


def test_nine_2005_processes_render_readable_at_1366_by_400(real_services, make_panel, qtbot,
                                                            tmp_path):
    panel = make_panel(real_services, size=(1366, 400))
    panel.add_2005_processes()
    panel.show()
    qtbot.waitExposed(panel)
    qtbot.wait(20)  # the row heights follow the column widths on the next turn of the event loop
    out = tmp_path / "comparison-nine-1366x400.png"
    assert panel.grab().save(str(out))
    image = QImage(str(out))
    assert (image.width(), image.height()) == (1366, 400)

    table = panel.findChild(QTableView, "comparison_table")
    model = table.model()
    assert model.columnCount() == 10
    header = table.horizontalHeader()
    assert table.horizontalScrollBar().maximum() > 0  # nine columns scroll sideways...
    for column in range(1, 10):
        assert header.sectionSize(column) >= PROCESS_COLUMN_MIN  # ...rather than squeeze the text
    line = QFontMetrics(table.font()).lineSpacing()
    cap = ROW_LINES * line + 10
    long_cells = 0
    for row in range(model.rowCount()):
        # a row shows at most ROW_LINES lines; the row the delegate clicks shows whole
        assert table.rowHeight(row) <= cap
        table.setCurrentIndex(model.index(row, 1))
        qtbot.wait(5)
        for column in range(model.columnCount()):
            text = model.index(row, column).data()
            width = header.sectionSize(column) - 12  # the delegate's padding
            needed = QFontMetrics(table.font()).boundingRect(
                QRect(0, 0, width, 10_000), int(Qt.TextFlag.TextWordWrap), text).height()
            assert table.rowHeight(row) >= needed, (row, column, text)
            if needed > 2 * line:
                long_cells += 1
                assert table.rowHeight(row) > line
    assert long_cells > 50  # the real data is long: most cells wrap


def test_a_capped_row_is_cut_at_a_word_and_keeps_the_citation():
    from PySide6.QtGui import QFont

    font = QFont()
    line = QFontMetrics(font).lineSpacing()
    text = ("While several of the RCPs represented have a fixed secretariat, this is not the case "
            "for all.\n¶17 · Several participants · 8 more findings")
    cut = elide_lines(text, font, 160, 4 * line)
    first, last = cut.split("\u2028")
    assert first.endswith("…") and text.startswith(first[:-1].rstrip())
    assert last == "¶17 · Several participants · 8 more findings"
    assert elide_lines("short", font, 160, line) == "short"


def test_screenshot_tool_writes_the_png(tmp_path):
    spec = importlib.util.spec_from_file_location("screenshot_comparison",
                                                  ROOT / "tools" / "screenshot_comparison.py")
    tool = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(tool)
    out = tool.render(tool.FOUR, (1366, 768), tmp_path / "four.png")
    image = QImage(str(out))
    assert (image.width(), image.height()) == (1366, 768)


def test_nine_means_the_nine_at_the_2005_workshop(real_catalog):
    assert len(processes_2005(real_catalog)) == 9
