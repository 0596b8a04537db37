"""The founding timeline: every process at its founding year, in region lanes, drawn with QPainter.

The layout is computed once on a 1600-wide design page (text measured with the real fonts), then
painted scaled into any rectangle: the panel, a PNG, an SVG (QSvgGenerator), a PDF or a printer.
The 2005 workshop is a line across the lanes; the nine processes that attended are filled and
bold; processes whose founding year is unknown are listed under the chart.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QFont, QFontMetricsF, QPainter, QPen

from rcpdesk.catalog import model as m
from rcpdesk.catalog.coverage import WORKSHOP_DATE, Timeline, timeline
from rcpdesk.catalog.store import Catalog
from rcpdesk.maps.text import FONT_FAMILIES, translate

DESIGN_WIDTH = 1600.0
MARGIN = 28.0
LANE_LABEL_WIDTH = 230.0
ROW_HEIGHT = 34.0
LANE_PADDING = 10.0
MARKER_RADIUS = 7.0
LABEL_GAP = 6.0
ITEM_GAP = 14.0

INK = QColor("#1a1a1a")
MUTED = QColor("#4a4a4a")
RULE = QColor("#b8b8b8")
ATTENDED = QColor("#0072b2")
WORKSHOP = QColor("#d55e00")  # Okabe-Ito vermilion: the 2005 line
LANE_SHADE = QColor("#f3f5f8")


def font(pixel_size: float, *, bold: bool = False, italic: bool = False) -> QFont:
    result = QFont()
    result.setFamilies(list(FONT_FAMILIES))
    result.setStyleHint(QFont.StyleHint.SansSerif)
    result.setPixelSize(max(1, round(pixel_size)))
    result.setBold(bold)
    result.setItalic(italic)
    return result


@dataclass
class Item:
    process: m.ProcessSummary
    year: int
    lane: int
    row: int
    marker: QPointF
    label_rect: QRectF
    label_left: bool  # the label sits left of the marker (no room on the right)

    @property
    def hit_rect(self) -> QRectF:
        r = MARKER_RADIUS + 3
        return self.label_rect.united(
            QRectF(self.marker.x() - r, self.marker.y() - r, 2 * r, 2 * r)
        )


@dataclass
class Lane:
    region: m.Region
    rect: QRectF  # the band across the chart, label column included
    rows: int


@dataclass
class TimelineLayout:
    width: float
    height: float
    title: str
    subtitle: str
    first_year: int
    last_year: int
    plot: QRectF  # the time axis spans plot.left() .. plot.right()
    lanes: list[Lane] = field(default_factory=list)
    items: list[Item] = field(default_factory=list)
    undated_text: str = ""
    undated_rect: QRectF | None = None
    legend_y: float = 0.0
    footer: str = ""
    workshop_x: float = 0.0

    def x_of(self, year: float) -> float:
        span = self.last_year - self.first_year
        return self.plot.left() + (year - self.first_year) / span * self.plot.width()

    def item_at(self, point: QPointF) -> Item | None:
        for item in self.items:
            if item.hit_rect.contains(point):
                return item
        return None

    def order(self) -> list[str]:
        """Process ids left to right (by year), as drawn."""
        return [i.process.id for i in sorted(self.items, key=lambda i: (i.year, i.marker.x()))]


def label_text(process: m.ProcessSummary) -> str:
    """The acronym, with the place name delegates use when the acronym hides it: "RCM (Puebla
    Process)", as the 2005 report calls them."""
    if process.id.endswith("-process") and "process" not in process.acronym.casefold():
        place = process.id.removesuffix("-process").replace("-", " ").title()
        named = translate("Maps", "{place} Process").format(place=place)
        return f"{process.acronym} ({named})"
    return process.acronym


def layout_timeline(
    catalog: Catalog,
    data: Timeline | None = None,
    *,
    width: float = DESIGN_WIDTH,
    height: float | None = None,
) -> TimelineLayout:
    """Where every process goes on a page `width` wide (1600 for files; the panel's own width on
    screen), as tall as it needs or at least `height`."""
    data = data or timeline(catalog)
    label_font = QFontMetricsF(font(15))
    bold_font = QFontMetricsF(font(15, bold=True))
    edition_year = int(catalog.edition.date[:4]) if catalog.edition.date[:4].isdigit() else None
    first = (min(data.first_year, data.workshop_year) // 5) * 5
    last = max(data.last_year, data.workshop_year, edition_year or 0)
    last = -(-(last + 1) // 5) * 5
    title = translate("Maps", "When the migration processes were founded")
    subtitle = translate(
        "Maps",
        "{n} regional consultative processes and inter-regional forums, by founding year "
        "and region",
    ).format(n=len(data.entries) + len(data.undated))
    top = MARGIN + 38 + 30 + 24  # title, subtitle, room for the workshop's flag
    plot = QRectF(MARGIN + LANE_LABEL_WIDTH, top, width - 2 * MARGIN - LANE_LABEL_WIDTH, 0)
    result = TimelineLayout(
        width,
        0,
        title,
        subtitle,
        first,
        last,
        plot,
        footer=translate(
            "Maps",
            "rcpdesk · data edition {edition} · founding years as "
            "recorded, with their sources, in each process's profile",
        ).format(edition=catalog.edition.date),
    )
    y = top + 6
    for lane_index, region in enumerate(data.lanes):
        entries = [e for e in data.entries if e.lane == lane_index]
        rows_end: list[float] = []
        placed: list[tuple[m.ProcessSummary, int, int, float, float, bool]] = []
        for entry in entries:
            metrics = bold_font if entry.process.attended_2005 else label_font
            label_width = metrics.horizontalAdvance(label_text(entry.process))
            x = result.x_of(entry.year + 0.5)
            left = x + MARKER_RADIUS + LABEL_GAP + label_width > plot.right()
            start = x - MARKER_RADIUS - (LABEL_GAP + label_width if left else 0)
            end = x + MARKER_RADIUS + (0 if left else LABEL_GAP + label_width)
            row = next((i for i, taken in enumerate(rows_end) if taken + ITEM_GAP <= start), None)
            if row is None:
                row = len(rows_end)
                rows_end.append(end)
            else:
                rows_end[row] = end
            placed.append((entry.process, entry.year, row, x, label_width, left))
        rows = max(1, len(rows_end))
        lane_height = rows * ROW_HEIGHT + 2 * LANE_PADDING
        result.lanes.append(Lane(region, QRectF(MARGIN, y, width - 2 * MARGIN, lane_height), rows))
        for process, year, row, x, label_width, left in placed:
            cy = y + LANE_PADDING + row * ROW_HEIGHT + ROW_HEIGHT / 2
            label_x = (
                x - MARKER_RADIUS - LABEL_GAP - label_width
                if left
                else x + MARKER_RADIUS + LABEL_GAP
            )
            result.items.append(
                Item(
                    process,
                    year,
                    lane_index,
                    row,
                    QPointF(x, cy),
                    QRectF(label_x, cy - 11, label_width, 22),
                    left,
                )
            )
        y += lane_height
    plot.setHeight(y - top)
    result.plot = plot
    month = (WORKSHOP_DATE[1] - 1) / 12
    result.workshop_x = result.x_of(data.workshop_year + month)
    y += 44  # the year axis
    if data.undated:
        result.undated_text = translate("Maps", "Founding year unknown: ") + ", ".join(
            f"{p.acronym} ({p.name})" if p.name != p.acronym else p.acronym for p in data.undated
        )
        result.undated_rect = QRectF(MARGIN, y, width - 2 * MARGIN, 26)
        y += 34
    result.legend_y = y + 6
    y += 40 + 30
    result.height = max(y, height or 0.0)
    return result


def paint_timeline(
    painter: QPainter, target: QRectF, lay: TimelineLayout, hovered: str | None = None
) -> None:
    """Draw the layout scaled to fit the target rectangle (at its top, centred across,
    proportions kept)."""
    scale = min(target.width() / lay.width, target.height() / lay.height)
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setRenderHint(QPainter.RenderHint.TextAntialiasing)
    painter.translate(target.x() + (target.width() - lay.width * scale) / 2, target.y())
    painter.scale(scale, scale)
    painter.fillRect(QRectF(0, 0, lay.width, lay.height), QColor("#ffffff"))
    _paint_titles(painter, lay)
    _paint_lanes(painter, lay)
    _paint_axis(painter, lay)
    _paint_workshop(painter, lay)
    for item in lay.items:
        backdrop = LANE_SHADE if item.lane % 2 == 0 else QColor("#ffffff")
        _paint_item(painter, item, item.process.id == hovered, backdrop)
    _paint_undated_and_legend(painter, lay)
    painter.restore()


def _paint_titles(painter: QPainter, lay: TimelineLayout) -> None:
    painter.setPen(INK)
    painter.setFont(font(30, bold=True))
    painter.drawText(QPointF(MARGIN, MARGIN + 28), lay.title)
    painter.setPen(MUTED)
    painter.setFont(font(17))
    painter.drawText(QPointF(MARGIN, MARGIN + 60), lay.subtitle)


def _paint_lanes(painter: QPainter, lay: TimelineLayout) -> None:
    for index, lane in enumerate(lay.lanes):
        if index % 2 == 0:
            painter.fillRect(lane.rect, LANE_SHADE)
        painter.setPen(INK)
        painter.setFont(font(15, bold=True))
        text_rect = QRectF(
            lane.rect.left() + 8, lane.rect.top(), LANE_LABEL_WIDTH - 16, lane.rect.height()
        )
        painter.drawText(
            text_rect,
            int(Qt.AlignmentFlag.AlignVCenter | Qt.TextFlag.TextWordWrap),
            lane.region.name,
        )


def _paint_axis(painter: QPainter, lay: TimelineLayout) -> None:
    bottom = lay.plot.bottom()
    painter.setPen(QPen(RULE, 1))
    painter.drawLine(QPointF(lay.plot.left(), bottom), QPointF(lay.plot.right(), bottom))
    painter.setFont(font(14))
    for year in range(lay.first_year, lay.last_year + 1):
        x = lay.x_of(year)
        major = year % 5 == 0
        if major:
            painter.setPen(QPen(QColor("#d9dde3"), 1))
            painter.drawLine(QPointF(x, lay.plot.top()), QPointF(x, bottom))
        painter.setPen(QPen(MUTED, 1))
        painter.drawLine(QPointF(x, bottom), QPointF(x, bottom + (8 if major else 4)))
        if major:
            painter.drawText(
                QRectF(x - 30, bottom + 10, 60, 20), int(Qt.AlignmentFlag.AlignHCenter), str(year)
            )


def _paint_workshop(painter: QPainter, lay: TimelineLayout) -> None:
    x = lay.workshop_x
    pen = QPen(WORKSHOP, 2.5, Qt.PenStyle.DashLine)
    painter.setPen(pen)
    painter.drawLine(QPointF(x, lay.plot.top() - 6), QPointF(x, lay.plot.bottom()))
    painter.setFont(font(14, bold=True))
    text = translate("Maps", "GCIM–IOM workshop on RCPs, Geneva, April 2005")
    width = QFontMetricsF(painter.font()).horizontalAdvance(text)
    painter.setPen(WORKSHOP)
    painter.drawText(QPointF(x - width / 2, lay.plot.top() - 12), text)


def _paint_item(painter: QPainter, item: Item, hovered: bool, backdrop: QColor) -> None:
    attended = item.process.attended_2005
    centre = item.marker
    if attended:
        painter.setPen(QPen(QColor("#ffffff"), 2))
        painter.setBrush(QBrush(ATTENDED))
        painter.drawEllipse(centre, MARKER_RADIUS + 1.5, MARKER_RADIUS + 1.5)
        painter.setPen(QPen(ATTENDED, 1.5))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawEllipse(centre, MARKER_RADIUS + 4, MARKER_RADIUS + 4)
    else:
        painter.setPen(QPen(MUTED, 2))
        painter.setBrush(QBrush(QColor("#ffffff")))
        painter.drawEllipse(centre, MARKER_RADIUS, MARKER_RADIUS)
    if hovered:
        painter.setPen(QPen(INK, 1, Qt.PenStyle.DotLine))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawRect(item.hit_rect.adjusted(-2, -2, 2, 2))
    painter.setFont(font(15, bold=attended))
    painter.fillRect(item.label_rect.adjusted(-3, 1, 3, -1), backdrop)
    painter.setPen(ATTENDED.darker(130) if attended else INK)
    align = Qt.AlignmentFlag.AlignRight if item.label_left else Qt.AlignmentFlag.AlignLeft
    painter.drawText(
        item.label_rect.adjusted(-2, 0, 2, 0),
        int(align | Qt.AlignmentFlag.AlignVCenter),
        label_text(item.process),
    )


def _paint_undated_and_legend(painter: QPainter, lay: TimelineLayout) -> None:
    if lay.undated_rect is not None:
        painter.setPen(INK)
        painter.setFont(font(15))
        painter.drawText(lay.undated_rect, int(Qt.AlignmentFlag.AlignVCenter), lay.undated_text)
    y = lay.legend_y + 12
    x = MARGIN + 10
    painter.setPen(QPen(QColor("#ffffff"), 2))
    painter.setBrush(QBrush(ATTENDED))
    painter.drawEllipse(QPointF(x, y), MARKER_RADIUS + 1.5, MARKER_RADIUS + 1.5)
    painter.setPen(QPen(ATTENDED, 1.5))
    painter.setBrush(Qt.BrushStyle.NoBrush)
    painter.drawEllipse(QPointF(x, y), MARKER_RADIUS + 4, MARKER_RADIUS + 4)
    painter.setPen(INK)
    painter.setFont(font(15))
    metrics = QFontMetricsF(painter.font())
    text = translate("Maps", "Attended the 2005 workshop (the nine of ¶1)")
    painter.drawText(QPointF(x + 20, y + 5), text)
    x += 20 + metrics.horizontalAdvance(text) + 40
    painter.setPen(QPen(MUTED, 2))
    painter.setBrush(QBrush(QColor("#ffffff")))
    painter.drawEllipse(QPointF(x, y), MARKER_RADIUS, MARKER_RADIUS)
    painter.setPen(INK)
    text = translate("Maps", "Did not attend, or founded later")
    painter.drawText(QPointF(x + 16, y + 5), text)
    x += 16 + metrics.horizontalAdvance(text) + 40
    painter.setPen(QPen(WORKSHOP, 2.5, Qt.PenStyle.DashLine))
    painter.drawLine(QPointF(x, y - 10), QPointF(x, y + 10))
    painter.setPen(INK)
    painter.drawText(QPointF(x + 12, y + 5), translate("Maps", "The workshop, 14–15 April 2005"))
    painter.setPen(MUTED)
    painter.setFont(font(11))
    painter.drawText(QPointF(MARGIN, lay.height - 10), lay.footer)
