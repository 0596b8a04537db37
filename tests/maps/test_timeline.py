"""The founding timeline: its order and lanes, the workshop and the nine, clicks, files."""

from __future__ import annotations

from PySide6.QtCore import QPointF, Qt
from PySide6.QtPrintSupport import QPrinter

from rcpdesk.maps.render import timeline_image
from rcpdesk.maps.timeline import label_text, layout_timeline
from rcpdesk.ui.panels.timeline import FoundingTimelinePanel


def test_layout_order_and_lanes(real_catalog, nine):
    lay = layout_timeline(real_catalog)
    order = lay.order()
    assert tuple(order[:3]) == ("igc", "ocam", "budapest-process")  # 1985, 1990, 1993
    xs = {item.process.id: item.marker.x() for item in lay.items}
    assert xs["igc"] < xs["budapest-process"] < xs["bali-process"] < xs["colombo-process"]
    assert xs["colombo-process"] < lay.workshop_x < xs["rabat-process"]  # 2003 < 2005 < 2006
    lanes = [lane.region.id for lane in lay.lanes]
    for item in lay.items:
        lane = lay.lanes[item.lane].rect
        assert lane.top() <= item.marker.y() <= lane.bottom()
        assert lanes[item.lane] == item.process.region_id
    assert {i.process.id for i in lay.items if i.process.attended_2005} == nine


def test_labels_never_overlap_and_stay_on_the_page(real_catalog):
    for width in (960, 1280, 1600):
        lay = layout_timeline(real_catalog, width=width)
        rects = [item.hit_rect for item in lay.items]
        for i, a in enumerate(rects):
            assert a.left() >= 0 and a.right() <= lay.width, lay.items[i].process.id
            for b in rects[i + 1 :]:
                assert not a.intersects(b)


def test_puebla_and_lima_keep_the_report_names(real_catalog):
    by_id = {p.id: p for p in real_catalog.processes()}
    assert label_text(by_id["puebla-process"]) == "RCM (Puebla Process)"
    assert label_text(by_id["lima-process"]) == "SACM (Lima Process)"
    assert label_text(by_id["bali-process"]) == "Bali Process"


def test_unknown_founding_years_are_listed_apart(fixture_catalog):
    lay = layout_timeline(fixture_catalog)
    assert [i.process.id for i in lay.items] == ["test-process"]
    assert lay.undated_rect is not None and "Other" in lay.undated_text


def test_image(real_catalog):
    image = timeline_image(real_catalog, 1600)
    assert image.width() == 1600 and 500 < image.height() < 1200


def test_panel_click_opens_the_process(qtbot, real_catalog):
    panel = FoundingTimelinePanel(real_catalog)
    qtbot.addWidget(panel)
    panel.resize(1300, 800)
    panel.show()
    qtbot.waitExposed(panel)
    assert panel.objectName() == "founding_timeline"
    canvas = panel.canvas()
    item = next(i for i in canvas.timeline_layout().items if i.process.id == "igc")
    with qtbot.waitSignal(panel.process_selected, timeout=2000) as blocker:
        qtbot.mouseClick(canvas, Qt.MouseButton.LeftButton, pos=item.marker.toPoint())
    assert blocker.args == ["igc"]
    assert canvas.process_at(QPointF(2, 2)) is None
    tip = canvas.tooltip("bali-process")
    assert "2002" in tip and "Attended the 2005 workshop" in tip


def test_panel_keyboard(qtbot, real_catalog):
    panel = FoundingTimelinePanel(real_catalog)
    qtbot.addWidget(panel)
    panel.show()
    canvas = panel.canvas()
    canvas.setFocus()
    qtbot.keyClick(canvas, Qt.Key.Key_Right)
    assert canvas.hovered() == "igc"
    qtbot.keyClick(canvas, Qt.Key.Key_Right)
    with qtbot.waitSignal(panel.process_selected, timeout=2000) as blocker:
        qtbot.keyClick(canvas, Qt.Key.Key_Return)
    assert blocker.args == ["ocam"]  # the second by founding year (1990)


def test_panel_export_and_print(qtbot, real_catalog, tmp_path, pdf):
    panel = FoundingTimelinePanel(real_catalog)
    qtbot.addWidget(panel)
    for suffix in ("png", "svg", "pdf"):
        assert panel.export(tmp_path / f"t.{suffix}").stat().st_size > 1000
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "printed.pdf"))
    panel.print_to(printer)
    assert pdf.pages(tmp_path / "printed.pdf") == 1
    assert "GCIM" in pdf.text(tmp_path / "printed.pdf")
