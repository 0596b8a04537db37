"""The map dock keeps up with the page: the members map shows the process being read, and a
country page's country is outlined on the map."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox


def _map(window):
    dock = window.docks["map_dock"]
    dock.show()
    return dock.ensure_built()


def test_the_members_map_starts_on_the_process_being_read(qtbot, window):
    window.navigate("rcpdesk:process/colombo-process")
    panel = _map(window)
    box = panel.findChild(QComboBox, "map_process")
    assert box.currentData() == "colombo-process"  # not the first in the list (5+5)
    mode = panel.findChild(QComboBox, "map_mode")
    mode.setCurrentIndex(mode.findData(panel.PROCESS))
    mode.activated.emit(mode.currentIndex())
    assert panel.mode() == panel.PROCESS and panel.process_ids() == ("colombo-process",)
    window.navigate("rcpdesk:process/bali-process")  # the map follows the next page read
    assert panel.process_ids() == ("bali-process",)


def test_a_country_page_outlines_its_country(qtbot, window):
    panel = _map(window)
    window.navigate("rcpdesk:country/LKA")
    assert panel.canvas().marked == "LKA"
    assert panel.mode() == panel.COVERAGE  # the map shown is kept
    window.navigate("rcpdesk:home")
    assert panel.canvas().marked is None


def test_the_legend_never_covers_the_map_whatever_the_dock_size(qtbot, window):
    from PySide6.QtWidgets import QWidget

    panel = _map(window)
    canvas = panel.canvas()
    legend = next(w for w in panel.findChildren(QWidget) if type(w).__name__ == "LegendStrip")
    for height in (140, 260, 520):
        window.resizeDocks([window.docks["map_dock"]], [height], Qt.Orientation.Vertical)
        qtbot.wait(20)
        assert legend.geometry().top() >= canvas.geometry().bottom(), height
        assert legend.isVisible()
