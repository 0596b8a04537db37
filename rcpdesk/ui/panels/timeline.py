"""The founding timeline panel: every process at its founding year, by region; a click opens it."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QEvent, QPointF, QRectF, QSize, Qt, Signal
from PySide6.QtGui import QKeyEvent, QMouseEvent, QPainter, QPaintEvent, QResizeEvent
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import (
    QHBoxLayout,
    QPushButton,
    QScrollArea,
    QToolTip,
    QVBoxLayout,
    QWidget,
)

from rcpdesk.catalog.store import Catalog
from rcpdesk.maps.render import print_painting, write_timeline
from rcpdesk.maps.timeline import TimelineLayout, layout_timeline, paint_timeline
from rcpdesk.ui.catalog_labels import process_status_label
from rcpdesk.ui.widgets import picture_output

MIN_LAYOUT_WIDTH = 960


class TimelineCanvas(QWidget):
    """The chart at the panel's width (text at its real size, never scaled down below 960 px:
    the scroll area takes over); hover names a process, a click or Enter opens it."""

    process_clicked = Signal(str)

    def __init__(self, catalog: Catalog, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("timeline_canvas")
        self.setMouseTracking(True)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self._catalog = catalog
        self._layout: TimelineLayout | None = None
        self._hovered: str | None = None
        self._relayout(MIN_LAYOUT_WIDTH)

    def set_catalog(self, catalog: Catalog) -> None:
        self._catalog = catalog
        self._relayout(self.width())

    def timeline_layout(self) -> TimelineLayout:
        assert self._layout is not None
        return self._layout

    def hovered(self) -> str | None:
        return self._hovered

    def _relayout(self, width: int) -> None:
        width = max(width, MIN_LAYOUT_WIDTH)
        if self._layout is not None and abs(self._layout.width - width) < 1:
            return
        self._layout = layout_timeline(self._catalog, width=width)
        self.setMinimumSize(MIN_LAYOUT_WIDTH, round(self._layout.height))
        self.update()

    def relayout(self) -> None:
        self._layout = None
        self._relayout(self.width())

    def sizeHint(self) -> QSize:
        lay = self.timeline_layout()
        return QSize(round(lay.width), round(lay.height))

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._relayout(event.size().width())

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        lay = self.timeline_layout()
        paint_timeline(painter, QRectF(0, 0, lay.width, lay.height), lay, hovered=self._hovered)
        painter.end()

    def process_at(self, point: QPointF) -> str | None:
        item = self.timeline_layout().item_at(point)
        return item.process.id if item else None

    def tooltip(self, process_id: str) -> str:
        lay = self.timeline_layout()
        item = next(i for i in lay.items if i.process.id == process_id)
        process = item.process
        region = next(
            (lane.region.name for index, lane in enumerate(lay.lanes) if index == item.lane), ""
        )
        lines = [
            process.name
            if process.name == process.acronym
            else f"{process.acronym}: {process.name}",
            self.tr("Founded {year} · {region}").format(year=item.year, region=region),
        ]
        lines.append(
            self.tr("Attended the 2005 workshop")
            if process.attended_2005
            else self.tr("Did not attend the 2005 workshop")
        )
        if process.status != "active":
            lines.append(self.tr("Status: {status}").format(status=process_status_label(process.status)))
        return "\n".join(lines)

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        found = self.process_at(event.position())
        if found != self._hovered:
            self._hovered = found
            self.update()
        if found:
            QToolTip.showText(event.globalPosition().toPoint(), self.tooltip(found), self)
            self.setCursor(Qt.CursorShape.PointingHandCursor)
        else:
            QToolTip.hideText()
            self.unsetCursor()

    def leaveEvent(self, event: QEvent) -> None:
        if self._hovered is not None:
            self._hovered = None
            self.update()
        super().leaveEvent(event)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton:
            found = self.process_at(event.position())
            if found:
                self.process_clicked.emit(found)
        super().mouseReleaseEvent(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        """Left/Right walk through the processes in time order; Enter opens the one marked."""
        order = self.timeline_layout().order()
        key = event.key()
        if key in (Qt.Key.Key_Left, Qt.Key.Key_Right) and order:
            index = order.index(self._hovered) if self._hovered in order else -1
            index = index + 1 if key == Qt.Key.Key_Right else index - 1
            self._hovered = order[index % len(order)]
            self.update()
            event.accept()
        elif key in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self._hovered:
            self.process_clicked.emit(self._hovered)
            event.accept()
        else:
            super().keyPressEvent(event)


class FoundingTimelinePanel(QWidget):
    """Every process on a time axis by founding year, in region lanes; the 2005 workshop marked
    and its nine attendees highlighted; emits process_selected(id) on a click."""

    process_selected = Signal(str)

    def __init__(self, catalog: Catalog, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("founding_timeline")
        self._catalog = catalog
        self._canvas = TimelineCanvas(catalog, self)
        self._canvas.process_clicked.connect(self.process_selected)
        self._scroll = QScrollArea(self)
        self._scroll.setObjectName("timeline_scroll")
        self._scroll.setWidgetResizable(True)
        self._scroll.setWidget(self._canvas)
        self._scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        self._export_button = QPushButton(self)
        self._export_button.setObjectName("timeline_export")
        self._export_button.clicked.connect(self.export_with_dialog)
        self._print_button = QPushButton(self)
        self._print_button.setObjectName("timeline_print")
        self._print_button.clicked.connect(self.print_with_dialog)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self._export_button)
        buttons.addWidget(self._print_button)
        layout = QVBoxLayout(self)
        layout.addLayout(buttons)
        layout.addWidget(self._scroll, 1)
        self.retranslate()

    def retranslate(self) -> None:
        self._export_button.setText(self.tr("Export…"))
        self._export_button.setToolTip(self.tr("Save the timeline as PNG, SVG or PDF"))
        self._print_button.setText(self.tr("Print…"))
        self._print_button.setToolTip(self.tr("Print the timeline"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
            self._canvas.relayout()
        super().changeEvent(event)

    def set_catalog(self, catalog: Catalog) -> None:
        self._catalog = catalog
        self._canvas.set_catalog(catalog)

    def canvas(self) -> TimelineCanvas:
        return self._canvas

    def export(self, path: Path, fmt: str | None = None) -> Path:
        return write_timeline(self._catalog, Path(path), fmt)

    def export_with_dialog(self) -> None:
        picture_output.export_with_dialog(
            self, self.tr("Export the timeline"), "timeline.png",
            self.tr("The timeline could not be written: {reason}"), self.export)

    def print_to(self, printer: QPrinter) -> None:
        lay = layout_timeline(self._catalog)
        print_painting(lambda painter, rect: paint_timeline(painter, rect, lay), printer)

    def print_with_dialog(self) -> None:
        picture_output.print_with_dialog(self, self.tr("Print the timeline"), self.print_to)
