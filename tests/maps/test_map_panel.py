"""The coverage map panel as a delegate uses it: modes, the year slider, hover, click, zoom, export
and print."""

from __future__ import annotations

from collections import Counter

from PySide6.QtCore import QEvent, QPoint, QPointF, Qt
from PySide6.QtGui import QColor, QImage, QMouseEvent
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QApplication, QLabel, QPushButton, QSlider

from rcpdesk.catalog.coverage import coverage
from rcpdesk.maps import scene as sc
from rcpdesk.maps.worldmap import world_map
from rcpdesk.ui.panels.coverage_map import CoverageMapPanel


def make_panel(qtbot, catalog) -> CoverageMapPanel:
    panel = CoverageMapPanel(catalog)
    qtbot.addWidget(panel)
    panel.resize(1200, 800)
    panel.show()
    qtbot.waitExposed(panel)
    return panel


def move(widget, pos: QPoint, buttons=Qt.MouseButton.NoButton) -> None:
    """A mouse move delivered to the widget (QTest's moves need a real cursor to be seen)."""
    event = QMouseEvent(
        QEvent.Type.MouseMove,
        QPointF(pos),
        QPointF(widget.mapToGlobal(pos)),
        Qt.MouseButton.NoButton,
        buttons,
        Qt.KeyboardModifier.NoModifier,
    )
    QApplication.sendEvent(widget, event)


def point_of(panel: CoverageMapPanel, code: str) -> QPoint:
    canvas = panel.canvas()
    return canvas.to_widget(*world_map().point(code)).toPoint()


def test_opens_on_coverage_in_2005(qtbot, real_catalog):
    panel = make_panel(qtbot, real_catalog)
    assert panel.objectName() == "coverage_map"
    assert panel.mode() == "coverage" and panel.year() == 2005
    assert panel.scene().kind == "coverage" and "2005" in panel.scene().title
    slider = panel.findChild(QSlider, "map_year")
    assert slider.value() == 2005
    assert panel.findChild(QLabel, "map_year_label").text() == "2005"


def test_year_slider_and_today_button(qtbot, real_catalog):
    panel = make_panel(qtbot, real_catalog)
    slider = panel.findChild(QSlider, "map_year")
    slider.setValue(2004)
    assert panel.year() == 2004
    expected = sc.count_style(coverage(real_catalog, 2004).count("UKR")).key
    assert panel.scene().style("UKR").key == expected == "count-1"  # the Söderköping Process, 2001-2011
    assert panel.scene().style("CAN").key == "count-1"  # the Puebla Process since 1996; the IGC's 2004 list is not known
    assert panel.scene().style("AUS").key == "count-1"  # the Bali Process since 2002 (IGC, PIDC: not known)
    qtbot.mouseClick(panel.findChild(QPushButton, "map_year_today"), Qt.MouseButton.LeftButton)
    assert panel.year() is None and slider.value() == slider.maximum()
    assert panel.findChild(QLabel, "map_year_label").text() == "today"
    assert panel.scene().style("CAN").key == sc.count_style(coverage(real_catalog).count("CAN")).key
    assert panel.scene().style("UKR").key == sc.count_style(coverage(real_catalog).count("UKR")).key
    qtbot.mouseClick(panel.findChild(QPushButton, "map_year_report"), Qt.MouseButton.LeftButton)
    assert panel.year() == 2005


def test_process_mode_colours_the_colombo_members(qtbot, real_catalog, colombo):
    panel = make_panel(qtbot, real_catalog)
    panel.show_process("colombo-process")
    assert panel.mode() == "process" and panel.process_ids() == ("colombo-process",)
    scene = panel.scene()
    assert {c for c, s in scene.styles.items() if s.key == "member"} == colombo.members
    legend = [
        item.label for item in panel.findChild(type(panel._legend), "map_legend").legend().items
    ]
    assert legend[:2] == ["Member (12)", "Observer (8)"]
    # on screen: India's middle is member blue
    image = panel.canvas().grab().toImage()
    at = point_of(panel, "IND")
    colours = Counter(
        QColor(image.pixel(at.x() + dx, at.y() + dy)).name()
        for dx in range(-6, 7)
        for dy in range(12, 20)
    )  # below the label
    assert colours.most_common(1)[0][0] == sc.MEMBER


def test_comparison(qtbot, real_catalog):
    panel = make_panel(qtbot, real_catalog)
    panel.show_processes(["bali-process", "colombo-process"])
    assert panel.scene().kind == "comparison"
    assert panel.scene().style("IND").key == "member-2"


def test_hover_names_the_country_and_its_processes(qtbot, real_catalog):
    panel = make_panel(qtbot, real_catalog)
    panel.show_coverage(None)
    canvas = panel.canvas()
    move(canvas, point_of(panel, "IDN"))
    assert canvas.hovered() == "IDN"
    tip = panel.scene().tooltips["IDN"]
    assert tip.startswith("Indonesia") and "Bali Process" in tip and "Colombo Process" in tip


def test_click_opens_the_country(qtbot, real_catalog):
    panel = make_panel(qtbot, real_catalog)
    canvas = panel.canvas()
    with qtbot.waitSignal(panel.country_selected, timeout=2000) as blocker:
        qtbot.mouseClick(canvas, Qt.MouseButton.LeftButton, pos=point_of(panel, "BRA"))
    assert blocker.args == ["BRA"]
    # a dot (a state with no shape) is clickable too
    with qtbot.waitSignal(panel.country_selected, timeout=2000) as blocker:
        qtbot.mouseClick(canvas, Qt.MouseButton.LeftButton, pos=point_of(panel, "TTO"))
    assert blocker.args == ["TTO"]


def test_drag_pans_without_opening_a_country(qtbot, real_catalog):
    panel = make_panel(qtbot, real_catalog)
    canvas = panel.canvas()
    start = point_of(panel, "BRA")
    before = canvas.to_map(QPointF(start))
    with qtbot.assertNotEmitted(panel.country_selected):
        qtbot.mousePress(canvas, Qt.MouseButton.LeftButton, pos=start)
        move(canvas, start + QPoint(40, 0), Qt.MouseButton.LeftButton)
        move(canvas, start + QPoint(80, 10), Qt.MouseButton.LeftButton)
        qtbot.mouseRelease(canvas, Qt.MouseButton.LeftButton, pos=start + QPoint(80, 10))
    after = canvas.to_map(QPointF(start))
    assert after.x() < before.x()  # the map moved right under the pointer


def test_zoom_stays_crisp(qtbot, real_catalog):
    """Zoomed 16 times, the border between Nepal and India is still a line of a pixel or two: the
    map is redrawn as vectors, not a bitmap blown up."""
    panel = make_panel(qtbot, real_catalog)
    panel.show_process("colombo-process")
    canvas = panel.canvas()
    nepal = world_map().shape("NPL")
    x0, _, x1, y1 = nepal.bbox
    # a point on Nepal's southern edge, half-way along
    border = canvas.to_widget((x0 + x1) / 2, y1)
    canvas.zoom_by(16, border)
    assert abs(canvas.zoom() - 16) < 1e-6
    image: QImage = canvas.grab().toImage()
    x = round(border.x())
    assert 0 <= x < image.width()
    column = [QColor(image.pixel(x, y)).name() for y in range(image.height())]
    assert column.count(sc.MEMBER) > image.height() * 0.5  # Nepal above, India below
    blended = [c for c in column if c not in (sc.MEMBER, "#ffffff", sc.OTHER)]
    assert len(blended) < 12  # the antialiased edges of a thin border, no ramp of blur
    canvas.fit()
    assert abs(canvas.zoom() - 1) < 1e-6


def test_keyboard_zoom(qtbot, real_catalog):
    panel = make_panel(qtbot, real_catalog)
    canvas = panel.canvas()
    canvas.setFocus()
    qtbot.keyClick(canvas, Qt.Key.Key_Plus)
    assert canvas.zoom() > 1.2
    qtbot.keyClick(canvas, Qt.Key.Key_0)
    assert abs(canvas.zoom() - 1) < 1e-6


def test_export_and_print(qtbot, real_catalog, tmp_path, pdf):
    panel = make_panel(qtbot, real_catalog)
    panel.show_process("colombo-process")
    for suffix in ("png", "svg", "pdf"):
        path = panel.export(tmp_path / f"map.{suffix}")
        assert path.stat().st_size > 1000
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "printed.pdf"))
    panel.print_to(printer)
    assert pdf.pages(tmp_path / "printed.pdf") == 1
    assert "Colombo Process" in pdf.text(tmp_path / "printed.pdf")


def test_language_follows_the_catalog(qtbot, real_catalog):
    panel = make_panel(qtbot, real_catalog)
    panel.show_process("colombo-process")
    panel.set_catalog(real_catalog.with_language("es"))
    names = [n for name_list in panel.scene().lists for n in name_list.names]
    assert "India" in names and "China" in names and "Camboya" in names
