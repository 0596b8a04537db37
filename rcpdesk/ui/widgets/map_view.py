"""The map as a widget: the world drawn as vectors at the current zoom from a maps.scene scene
(MapCanvas: zoom, pan, hover, click), and its legend (LegendStrip). The window's map dock and
anything else that shows a scene use them; exports draw the same scene through maps.svg."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QPointF, QRectF, QSize, Qt, Signal
from PySide6.QtGui import (
    QBrush,
    QColor,
    QFont,
    QFontMetricsF,
    QKeyEvent,
    QMouseEvent,
    QPainter,
    QPainterPath,
    QPaintEvent,
    QPen,
    QResizeEvent,
    QTransform,
    QWheelEvent,
)
from PySide6.QtWidgets import QSizePolicy, QToolTip, QWidget

from rcpdesk.maps.qtpaths import country_paths
from rcpdesk.maps.scene import (
    BORDER,
    DOT_RADIUS,
    DOT_RING,
    HATCH_OUTLINE,
    LABEL_SIZE,
    NONE_FILL,
    NONE_HATCH,
    Legend,
    LegendItem,
    MapScene,
    Style,
    frame,
)
from rcpdesk.maps.svg import Box, place_labels
from rcpdesk.maps.text import FONT_FAMILIES

HOVER = QColor("#111111")
MARKED = QColor("#c0392b")  # the country whose page is open
MAX_ZOOM = 60.0  # times the fitted scale
MIN_ZOOM = 0.6


def _font(pixels: float, bold: bool = False) -> QFont:
    font = QFont()
    font.setFamilies(list(FONT_FAMILIES))
    font.setPixelSize(round(pixels))
    font.setBold(bold)
    return font


def _brushes(style: Style) -> list[QBrush]:
    """The fills of a style: a colour, or for "in no process" a light ground and its hatching."""
    if style.hatch:
        return [QBrush(QColor(NONE_FILL)), QBrush(QColor(NONE_HATCH), Qt.BrushStyle.BDiagPattern)]
    return [QBrush(QColor(style.fill))]


def _paint_dot(painter: QPainter, centre: QPointF, style: Style) -> None:
    """A small state's dot (its ring is drawn by the caller); "in no process" gets a slash."""
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(QBrush(QColor(NONE_FILL if style.hatch else style.fill)))
    painter.drawEllipse(centre, DOT_RADIUS, DOT_RADIUS)
    painter.setBrush(Qt.BrushStyle.NoBrush)
    if style.hatch:
        r = DOT_RADIUS * 0.7071
        painter.setPen(QPen(QColor(NONE_HATCH), 1.3))
        painter.drawLine(
            QPointF(centre.x() - r, centre.y() + r), QPointF(centre.x() + r, centre.y() - r)
        )


class MapCanvas(QWidget):
    """The map itself: zoom with the wheel or +/-, drag to pan, 0 to see it all again."""

    country_clicked = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("map_canvas")
        self.setMouseTracking(True)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setMinimumSize(320, 200)
        self._scene: MapScene | None = None
        self._scale = 1.0  # pixels per map unit
        self._fit_scale = 1.0
        self._origin = QPointF(0, 0)  # the map point at the widget's top left
        self._hovered: str | None = None
        self.marked: str | None = None  # the country whose page is open, outlined
        self._press: QPointF | None = None
        self._press_origin = QPointF(0, 0)
        self._dragging = False
        self._fitted = False

    # -- state ------------------------------------------------------------------------------------

    def set_marked(self, code: str | None) -> None:
        """Outline one country (the one whose page is open), or none."""
        if code != self.marked:
            self.marked = code
            self.update()

    def set_scene(self, scene: MapScene, *, refit: bool = True) -> None:
        self._scene = scene
        self._hovered = None
        if refit or not self._fitted:
            self.fit()
        self.update()

    def scene(self) -> MapScene | None:
        return self._scene

    def hovered(self) -> str | None:
        return self._hovered

    def zoom(self) -> float:
        """The zoom relative to the whole scene fitted in the widget (1.0)."""
        return self._scale / self._fit_scale

    def sizeHint(self) -> QSize:
        return QSize(900, 480)

    def fit(self) -> None:
        """Frame the scene's focus in the widget."""
        if self._scene is None or self.width() <= 0 or self.height() <= 0:
            return
        aspect = self.width() / max(self.height(), 1)
        if self._scene.kind == "coverage":
            x0, y0, x1, y1 = self._scene.focus
            x0, y0, x1, y1 = x0 - 10, y0 - 10, x1 + 10, y1 + 10
            scale = min(self.width() / (x1 - x0), self.height() / (y1 - y0))
            cx, cy = (x0 + x1) / 2, (y0 + y1) / 2
        else:
            x0, y0, x1, y1 = frame(self._scene.focus, aspect)
            scale = self.width() / (x1 - x0)
            cx, cy = (x0 + x1) / 2, (y0 + y1) / 2
        self._scale = self._fit_scale = scale
        self._origin = QPointF(cx - self.width() / 2 / scale, cy - self.height() / 2 / scale)
        self._fitted = True
        self.update()

    def zoom_by(self, factor: float, anchor: QPointF | None = None) -> None:
        """Zoom in (factor > 1) or out, keeping the map point under anchor (default: the centre)
        still."""
        anchor = anchor if anchor is not None else QPointF(self.width() / 2, self.height() / 2)
        target = min(
            max(self._scale * factor, self._fit_scale * MIN_ZOOM), self._fit_scale * MAX_ZOOM
        )
        fixed = self.to_map(anchor)
        self._scale = target
        self._origin = QPointF(fixed.x() - anchor.x() / target, fixed.y() - anchor.y() / target)
        self.update()

    def pan_by(self, dx: float, dy: float) -> None:
        """Move the map by (dx, dy) pixels."""
        self._origin = QPointF(
            self._origin.x() - dx / self._scale, self._origin.y() - dy / self._scale
        )
        self.update()

    def to_map(self, point: QPointF) -> QPointF:
        return QPointF(
            self._origin.x() + point.x() / self._scale, self._origin.y() + point.y() / self._scale
        )

    def to_widget(self, x: float, y: float) -> QPointF:
        return QPointF((x - self._origin.x()) * self._scale, (y - self._origin.y()) * self._scale)

    def _to_widget_tuple(self, x: float, y: float) -> tuple[float, float]:
        point = self.to_widget(x, y)
        return point.x(), point.y()

    def country_at(self, point: QPointF) -> str | None:
        """The country (alpha-3) under a widget point: a dot first, then a shape."""
        if self._scene is None:
            return None
        for dot in reversed(self._scene.dots):
            centre = self.to_widget(dot.x, dot.y)
            if (centre - point).manhattanLength() <= DOT_RADIUS + 3:
                return dot.code
        spot = self.to_map(point)
        found = [
            (path.controlPointRect(), code)
            for code, path in country_paths().items()
            if path.controlPointRect().contains(spot) and path.contains(spot)
        ]
        if not found:
            return None
        return min(found, key=lambda item: item[0].width() * item[0].height())[1]  # the smallest

    # -- painting ---------------------------------------------------------------------------------

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setRenderHint(QPainter.RenderHint.TextAntialiasing)
        painter.fillRect(self.rect(), QColor("#ffffff"))
        if self._scene is not None:
            self.paint_map(painter)
        painter.end()

    def paint_map(self, painter: QPainter) -> None:
        scene = self._scene
        assert scene is not None
        painter.save()
        painter.setTransform(
            QTransform(
                self._scale,
                0,
                0,
                self._scale,
                -self._origin.x() * self._scale,
                -self._origin.y() * self._scale,
            )
        )
        visible = QRectF(
            self.to_map(QPointF(0, 0)), self.to_map(QPointF(self.width(), self.height()))
        )
        border = QPen(QColor(BORDER), 0.8)
        border.setCosmetic(True)
        outline = QPen(QColor(HATCH_OUTLINE), 0.8)
        outline.setCosmetic(True)
        paths = country_paths()
        for code, path in paths.items():
            if not path.controlPointRect().intersects(visible):
                continue
            style = scene.style(code)
            painter.setPen(Qt.PenStyle.NoPen)
            for brush in _brushes(style):
                painter.fillPath(path, brush)
            painter.strokePath(path, outline if style.hatch else border)
        if self.marked in paths:
            pen = QPen(MARKED, 2.5)
            pen.setCosmetic(True)
            painter.strokePath(paths[self.marked], pen)
        if self._hovered in paths:
            pen = QPen(HOVER, 2.5)
            pen.setCosmetic(True)
            painter.strokePath(paths[self._hovered], pen)
        painter.restore()
        for dot in scene.dots:
            centre = self.to_widget(dot.x, dot.y)
            if not self.rect().adjusted(-10, -10, 10, 10).contains(centre.toPoint()):
                continue
            _paint_dot(painter, centre, dot.style)
            hovered = dot.code == self._hovered
            painter.setPen(QPen(HOVER if hovered else QColor(DOT_RING), 2.5 if hovered else 1))
            painter.drawEllipse(centre, DOT_RADIUS, DOT_RADIUS)
        self._paint_labels(painter)

    def _paint_labels(self, painter: QPainter) -> None:
        scene = self._scene
        if scene is None or not scene.labels:
            return
        inner = Box(4, 4, self.width() - 8, self.height() - 8)
        placed = place_labels(
            scene, self._to_widget_tuple, self._scale, inner, LABEL_SIZE, DOT_RADIUS
        )
        font = _font(LABEL_SIZE)
        metrics = QFontMetricsF(font)
        halo = QPen(QColor("#ffffff"), 3)
        halo.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
        for label in placed:
            width = metrics.horizontalAdvance(label.text)
            x = {"start": label.x, "middle": label.x - width / 2, "end": label.x - width}[
                label.anchor
            ]
            path = QPainterPath()
            path.addText(QPointF(x, label.y), font, label.text)
            painter.strokePath(path, halo)
            painter.fillPath(path, QBrush(QColor("#1a1a1a")))

    # -- interaction ------------------------------------------------------------------------------

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if self._scene is not None and (not self._fitted or abs(self.zoom() - 1.0) < 1e-6):
            self.fit()

    def wheelEvent(self, event: QWheelEvent) -> None:
        steps = event.angleDelta().y() / 120
        if steps:
            self.zoom_by(1.25**steps, event.position())
        event.accept()

    def mousePressEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton:
            self._press = event.position()
            self._press_origin = QPointF(self._origin)
            self._dragging = False
        super().mousePressEvent(event)

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        position = event.position()
        if self._press is not None and event.buttons() & Qt.MouseButton.LeftButton:
            delta = position - self._press
            if self._dragging or delta.manhattanLength() > 4:
                self._dragging = True
                self.setCursor(Qt.CursorShape.ClosedHandCursor)
                self._origin = QPointF(
                    self._press_origin.x() - delta.x() / self._scale,
                    self._press_origin.y() - delta.y() / self._scale,
                )
                self.update()
                return
        self._hover(position, event.globalPosition().toPoint())

    def _hover(self, position: QPointF, global_position) -> None:
        code = self.country_at(position)
        if code != self._hovered:
            self._hovered = code
            self.update()
        if code and self._scene is not None:
            tip = self._scene.tooltips.get(code) or self._scene.names.get(code, code)
            QToolTip.showText(global_position, tip, self)
            self.setCursor(Qt.CursorShape.PointingHandCursor)
        else:
            QToolTip.hideText()
            self.unsetCursor()

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton and self._press is not None:
            if not self._dragging:
                code = self.country_at(event.position())
                if code:
                    self.country_clicked.emit(code)
            self._press = None
            self._dragging = False
            self.unsetCursor()
        super().mouseReleaseEvent(event)

    def mouseDoubleClickEvent(self, event: QMouseEvent) -> None:
        self.zoom_by(2.0, event.position())

    def leaveEvent(self, event: QEvent) -> None:
        if self._hovered is not None:
            self._hovered = None
            self.update()
        super().leaveEvent(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.key()
        step = 60.0
        actions = {
            Qt.Key.Key_Plus: lambda: self.zoom_by(1.25),
            Qt.Key.Key_Equal: lambda: self.zoom_by(1.25),
            Qt.Key.Key_Minus: lambda: self.zoom_by(0.8),
            Qt.Key.Key_0: self.fit,
            Qt.Key.Key_Left: lambda: self.pan_by(step, 0),
            Qt.Key.Key_Right: lambda: self.pan_by(-step, 0),
            Qt.Key.Key_Up: lambda: self.pan_by(0, step),
            Qt.Key.Key_Down: lambda: self.pan_by(0, -step),
        }
        action = actions.get(Qt.Key(key))
        if action is None:
            super().keyPressEvent(event)
            return
        action()
        event.accept()


class LegendStrip(QWidget):
    """The scene's legend in a row (wrapping) under the map: count ramp, swatches, dot sample."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("map_legend")
        self._legend = Legend(title="")
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)

    def set_legend(self, legend: Legend) -> None:
        self._legend = legend
        self.updateGeometry()
        self.update()

    def legend(self) -> Legend:
        return self._legend

    def _pieces(self, width: float) -> tuple[list[tuple[str, float, float, object]], float]:
        font = _font(14)
        bold = _font(14, bold=True)
        metrics, bold_metrics = QFontMetricsF(font), QFontMetricsF(bold)
        pieces: list[tuple[float, list[tuple[str, float, object]]]] = []
        if self._legend.title:
            pieces.append(
                (
                    bold_metrics.horizontalAdvance(self._legend.title),
                    [("title", 0, self._legend.title)],
                )
            )
        if self._legend.ramp:
            pieces.append(
                (
                    34.0 * len(self._legend.ramp),
                    [("ramp", i * 34.0, (i, item)) for i, item in enumerate(self._legend.ramp)],
                )
            )
        for item in self._legend.items:
            pieces.append((30 + metrics.horizontalAdvance(item.label), [("item", 0, item)]))
        ops = []
        x = y = 0.0
        row = 26.0
        for piece_width, parts in pieces:
            if x > 0 and x + piece_width > width - 8:
                x, y = 0.0, y + row
            for kind, dx, payload in parts:
                ops.append((kind, x + dx + 4, y, payload))
            x += piece_width + 22
        return ops, y + row + 4

    def sizeHint(self) -> QSize:
        return QSize(600, round(self._pieces(max(self.width(), 600))[1]))

    def minimumSizeHint(self) -> QSize:
        return self.sizeHint()

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        return round(self._pieces(width)[1])

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        height = self.heightForWidth(self.width())
        if height != self.height():
            self.setFixedHeight(height)

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        ops, _ = self._pieces(self.width())
        for kind, x, y, payload in ops:
            middle = y + 13
            if kind == "title":
                painter.setFont(_font(14, bold=True))
                painter.setPen(QColor("#1a1a1a"))
                painter.drawText(QPointF(x, middle + 5), str(payload))
            elif kind == "ramp":
                index, item = payload  # type: ignore[misc]
                rect = QRectF(x, middle - 10, 34, 20)
                painter.fillRect(rect, QColor(item.style.fill))
                painter.setFont(_font(13, bold=True))
                painter.setPen(QColor("#ffffff") if index >= 3 else QColor("#1a1a1a"))
                painter.drawText(rect, int(Qt.AlignmentFlag.AlignCenter), item.label)
            else:
                self._paint_item(painter, x, middle, payload)  # type: ignore[arg-type]
        painter.end()

    def _paint_item(self, painter: QPainter, x: float, middle: float, item: LegendItem) -> None:
        if item.dot:
            centre = QPointF(x + 11, middle)
            _paint_dot(painter, centre, item.style)
            painter.setPen(QPen(QColor(DOT_RING), 1))
            painter.drawEllipse(centre, DOT_RADIUS, DOT_RADIUS)
        else:
            rect = QRectF(x, middle - 8, 22, 16)
            for brush in _brushes(item.style):
                painter.fillRect(rect, brush)
            painter.setPen(QPen(QColor("#8c8c8c"), 1))
            painter.drawRect(rect)
        painter.setFont(_font(14))
        painter.setPen(QColor("#1a1a1a"))
        painter.drawText(QPointF(x + 30, middle + 5), item.label)
