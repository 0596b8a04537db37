"""A map scene as an SVG document: the world map recoloured, with title, legend, lists and notes.

The page is laid out in pixels of a 16:9 canvas (1600 × 900 by default; any size works). The map
is drawn first, the margins are then painted over (QtSvg ignores clip paths), and the words go on
top. Every country is a `<g id="IDN">` with a `<title>`, so the file stays searchable and a
browser shows the country's name on hover.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from html import escape

from rcpdesk.bidi import isolate_runs
from rcpdesk.maps.scene import (
    BORDER,
    DOT_RADIUS,
    DOT_RING,
    HATCH_OUTLINE,
    LABEL_SIZE,
    NONE_FILL,
    NONE_HATCH,
    OCEAN,
    Legend,
    LegendItem,
    MapScene,
    Style,
    frame,
)
from rcpdesk.maps.text import SVG_FONT_FAMILY, ellipsize, text_width, translate, wrap
from rcpdesk.maps.worldmap import hatch_lines, world_map

INK = "#1a1a1a"
MUTED = "#4a4a4a"
RULE = "#b8b8b8"
MARGIN = 28.0
HATCH_SPACING = 6.0  # px on the page


@dataclass
class Box:
    x: float
    y: float
    width: float
    height: float

    @property
    def right(self) -> float:
        return self.x + self.width

    @property
    def bottom(self) -> float:
        return self.y + self.height

    def intersects(self, other: Box) -> bool:
        return not (
            other.x >= self.right
            or other.right <= self.x
            or other.y >= self.bottom
            or other.bottom <= self.y
        )


@dataclass
class Layout:
    """Where things go on the page; computed once, read by the writer and the tests."""

    width: float
    height: float
    map_box: Box
    view: tuple[float, float, float, float]  # map units shown in map_box
    scale: float  # px per map unit
    legend_box: Box | None = None  # the legend drawn over the map (coverage), if any
    side_box: Box | None = None
    notes_box: Box | None = None
    parts: list[str] = field(default_factory=list)

    def to_page(self, x: float, y: float) -> tuple[float, float]:
        return (
            self.map_box.x + (x - self.view[0]) * self.scale,
            self.map_box.y + (y - self.view[1]) * self.scale,
        )

    def to_map(self, px: float, py: float) -> tuple[float, float]:
        return (
            self.view[0] + (px - self.map_box.x) / self.scale,
            self.view[1] + (py - self.map_box.y) / self.scale,
        )


def _num(value: float) -> str:
    return f"{value:.2f}".rstrip("0").rstrip(".")


class _Writer:
    def __init__(self, width: float, height: float) -> None:
        self.parts: list[str] = []
        self.width = width
        self.height = height

    def add(self, text: str) -> None:
        self.parts.append(text)

    def text(
        self,
        x: float,
        y: float,
        content: str,
        size: float,
        *,
        bold: bool = False,
        fill: str = INK,
        anchor: str = "start",
        italic: bool = False,
    ) -> None:
        attrs = [f'x="{_num(x)}"', f'y="{_num(y)}"', f'font-size="{_num(size)}"', f'fill="{fill}"']
        if bold:
            attrs.append('font-weight="bold"')
        if italic:
            attrs.append('font-style="italic"')
        if anchor != "start":
            attrs.append(f'text-anchor="{anchor}"')
        self.add(f"<text {' '.join(attrs)}>{escape(content)}</text>")

    def rect(
        self, box: Box, fill: str, *, stroke: str | None = None, width: float = 1.0, extra: str = ""
    ) -> None:
        stroke_attrs = f' stroke="{stroke}" stroke-width="{_num(width)}"' if stroke else ""
        self.add(
            f'<rect x="{_num(box.x)}" y="{_num(box.y)}" width="{_num(box.width)}" '
            f'height="{_num(box.height)}" fill="{fill}"{stroke_attrs}{extra}/>'
        )


def _hatch_path(segments: list[tuple[float, float, float, float]], width: float) -> str:
    """Hatching as plain line segments (no SVG pattern: QtSvg tiles patterns with visible seams)."""
    if not segments:
        return ""
    d = "".join(f"M{_num(x0)} {_num(y0)}L{_num(x1)} {_num(y1)}" for x0, y0, x1, y1 in segments)
    return (
        f'<path d="{d}" fill="none" stroke="{NONE_HATCH}" stroke-width="{_num(width)}" '
        f'stroke-linecap="butt"/>'
    )


def _dot(out: _Writer, x: float, y: float, style: Style, extra: str = "", title: str = "") -> None:
    """A small state's dot; "in no process" crossed by a slash."""
    fill = NONE_FILL if style.hatch else style.fill
    body = f"<title>{escape(title)}</title>" if title else ""
    out.add(
        f'<circle{extra} cx="{_num(x)}" cy="{_num(y)}" r="{DOT_RADIUS}" fill="{fill}" '
        f'stroke="{DOT_RING}" stroke-width="1">{body}</circle>'
    )
    if style.hatch:
        r = DOT_RADIUS * 0.7071
        out.add(
            f'<path d="M{_num(x - r)} {_num(y + r)}L{_num(x + r)} {_num(y - r)}" '
            f'stroke="{NONE_HATCH}" stroke-width="1.3"/>'
        )


# -- layout ---------------------------------------------------------------------------------------


TITLE_SIZE = 30.0
SUBTITLE_SIZE = 17.0
NOTE_SIZE = 13.5
FOOTER_SIZE = 11.0


def _title_band(scene: MapScene, width: float, compact: bool) -> tuple[list[str], list[str], float]:
    """Title and subtitle lines, and the height of the band they take (0 when compact)."""
    if compact:
        return [], [], 0.0
    usable = width - 2 * MARGIN
    titles = wrap(scene.title, TITLE_SIZE, usable, bold=True)[:2]
    subtitles = wrap(scene.subtitle, SUBTITLE_SIZE, usable)[:2] if scene.subtitle else []
    height = MARGIN + len(titles) * TITLE_SIZE * 1.2 + len(subtitles) * SUBTITLE_SIZE * 1.35 + 14
    return titles, subtitles, height


def layout(
    scene: MapScene, width: float = 1600, height: float = 900, *, compact: bool = False
) -> Layout:
    """Boxes for the title, the map, the legend, the side panel and the notes."""
    _, _, top = _title_band(scene, width, compact)
    footer = 0.0 if compact else FOOTER_SIZE * 2.2
    margin = 0.0 if compact else MARGIN
    if scene.kind == "coverage" or compact:
        usable = width - 2 * margin
        notes_height = 0.0
        if not compact and scene.notes:
            lines = sum(len(wrap(note, NOTE_SIZE, usable)) for note in scene.notes)
            notes_height = lines * NOTE_SIZE * 1.35 + 6 * len(scene.notes) + 6
        _, legend_height = _legend_row_plan(scene.legend, margin, 0, usable)
        area = Box(margin, max(top, margin), usable, 0)
        area.height = height - area.y - notes_height - footer - legend_height - 16
        map_box, view, scale = _fit(scene, area)
        result = Layout(width, height, map_box, view, scale)
        result.legend_box = Box(margin, map_box.bottom + 8, usable, legend_height)
        if not compact:
            result.notes_box = Box(margin, result.legend_box.bottom + 6, usable, notes_height)
        return result
    side_width = min(440.0, max(340.0, width * 0.27))
    area = Box(MARGIN, top, width - 3 * MARGIN - side_width, height - top - footer - 10)
    map_box, view, scale = _fit(scene, area, centre=False)
    result = Layout(width, height, map_box, view, scale)
    result.side_box = Box(area.right + MARGIN, top, side_width, height - top - footer - 10)
    return result


def _fit(
    scene: MapScene, area: Box, centre: bool = True
) -> tuple[Box, tuple[float, float, float, float], float]:
    """The map framed to fill the area: the view keeps the area's aspect for process maps (more
    context around the members); the world is letterboxed inside it instead."""
    aspect = area.width / max(area.height, 1.0)
    if scene.kind == "coverage":
        x0, y0, x1, y1 = scene.focus
        margin = 10.0
        view = (x0 - margin, y0 - margin, x1 + margin, y1 + margin)
        scale = min(area.width / (view[2] - view[0]), area.height / (view[3] - view[1]))
        box_width, box_height = (view[2] - view[0]) * scale, (view[3] - view[1]) * scale
        x = area.x + (area.width - box_width) / 2 if centre else area.x
        return Box(x, area.y, box_width, box_height), view, scale
    view = frame(scene.focus, aspect)
    scale = area.width / (view[2] - view[0])
    return Box(area.x, area.y, area.width, area.height), view, scale


SWATCH_W, SWATCH_H = 24.0, 16.0
LEGEND_TEXT = 14.0
RAMP_W = 36.0


RowOp = tuple[str, float, float, object]  # (kind, x, y, payload)


def _legend_row_plan(
    legend: Legend, x0: float, y0: float, width: float, size: float = LEGEND_TEXT
) -> tuple[list[RowOp], float]:
    """The legend laid out in rows under the map: its title, the count ramp (numbers inside the
    swatches), then each item; a row wraps when the next piece would not fit."""
    pieces: list[tuple[float, list[RowOp]]] = []  # (width, ops relative to the piece's x)
    if legend.title:
        w = text_width(legend.title, size, bold=True)
        pieces.append((w, [("title", 0, 0, legend.title)]))
    if legend.ramp:
        ops: list[RowOp] = [
            ("ramp", index * RAMP_W, 0, (index, item)) for index, item in enumerate(legend.ramp)
        ]
        pieces.append((RAMP_W * len(legend.ramp), ops))
    for item in legend.items:
        w = SWATCH_W + 8 + text_width(item.label, size)
        pieces.append((w, [("item", 0, 0, item)]))
    row_height = max(SWATCH_H + 8, size * 1.7)
    ops_out: list[RowOp] = []
    x, y = x0, y0
    gap = 26.0
    for piece_width, ops in pieces:
        if x > x0 and x + piece_width > x0 + width:
            x, y = x0, y + row_height
        for kind, dx, dy, payload in ops:
            ops_out.append((kind, x + dx, y + dy, payload))
        x += piece_width + gap
    return ops_out, (y - y0) + row_height


# -- drawing --------------------------------------------------------------------------------------


def render_svg(
    scene: MapScene,
    width: float = 1600,
    height: float = 900,
    *,
    compact: bool = False,
    size: tuple[str, str] | None = None,
) -> str:
    """The scene as an SVG document of width × height px (size: the width and height attributes,
    "170mm" and the like, when the page should carry physical units)."""
    page = layout(scene, width, height, compact=compact)
    out = _Writer(width, height)
    w_attr, h_attr = size or (_num(width), _num(height))
    out.add('<?xml version="1.0" encoding="UTF-8"?>')
    out.add(
        f'<svg xmlns="http://www.w3.org/2000/svg" version="1.1" width="{w_attr}" '
        f'height="{h_attr}" viewBox="0 0 {_num(width)} {_num(height)}" '
        f'font-family="{escape(SVG_FONT_FAMILY)}">'
    )
    out.add(f"<title>{escape(scene.description)}</title>")
    out.add(f'<rect width="{_num(width)}" height="{_num(height)}" fill="#ffffff"/>')
    _draw_map(out, scene, page)
    _mask_margins(out, page)
    if not compact:
        _draw_titles(out, scene, width)
    if page.legend_box is not None:
        _draw_legend_row(out, scene.legend, page.legend_box)
    if page.side_box is not None:
        _draw_side(out, scene, page.side_box)
    if page.notes_box is not None:
        _draw_notes(out, scene.notes, page.notes_box)
    if not compact and scene.footer:
        if _right_to_left():
            out.text(width - MARGIN, height - FOOTER_SIZE * 0.9, isolate_runs(scene.footer),
                     FOOTER_SIZE, fill=MUTED, anchor="end")
        else:
            out.text(MARGIN, height - FOOTER_SIZE * 0.9, scene.footer, FOOTER_SIZE, fill=MUTED)
    out.add("</svg>")
    return "\n".join(out.parts) + "\n"


def _draw_map(out: _Writer, scene: MapScene, page: Layout) -> None:
    view = page.view
    s = page.scale
    out.rect(page.map_box, OCEAN)
    out.add(
        f'<g id="map" transform="translate({_num(page.map_box.x)},{_num(page.map_box.y)}) '
        f'scale({s:.6f}) translate({_num(-view[0])},{_num(-view[1])})" '
        f'stroke="{BORDER}" stroke-width="{_num(0.7 / s)}" stroke-linejoin="round">'
    )
    for code, shape in sorted(world_map().shapes.items()):
        x0, y0, x1, y1 = shape.bbox
        if x1 < view[0] or x0 > view[2] or y1 < view[1] or y0 > view[3]:
            continue
        style = scene.style(code)
        name = scene.names.get(code, code)
        outline = f' stroke="{HATCH_OUTLINE}"' if style.hatch else ""
        fill = NONE_FILL if style.hatch else style.fill
        out.add(
            f'<g id="{code}" class="country {style.key}" fill="{fill}"'
            f"{outline}><title>{escape(scene.tooltips.get(code, name))}</title>"
        )
        for d in shape.paths:
            out.add(f'<path d="{d}"/>')
        if style.hatch:
            out.add(_hatch_path(hatch_lines(shape.rings, HATCH_SPACING / s), 1.1 / s))
        out.add("</g>")
    out.add("</g>")
    _draw_labels(out, scene, page)
    for dot in scene.dots:
        if not (view[0] <= dot.x <= view[2] and view[1] <= dot.y <= view[3]):
            continue
        x, y = page.to_page(dot.x, dot.y)
        _dot(
            out,
            x,
            y,
            dot.style,
            f' id="dot-{dot.code}" class="dot {dot.style.key}"',
            scene.tooltips.get(dot.code, dot.code),
        )


@dataclass(frozen=True)
class PlacedLabel:
    x: float
    y: float  # the baseline
    anchor: str  # start, middle or end
    text: str


def place_labels(
    scene: MapScene,
    to_page: Callable[[float, float], tuple[float, float]],
    scale: float,
    inner: Box,
    size: float = LABEL_SIZE,
    dot_radius: float = DOT_RADIUS,
) -> list[PlacedLabel]:
    """Country names on a process map where they fit without colliding: biggest country first,
    centred on it; then the dots' names, right of the dot, else left of it. A long name on a small
    country is left out rather than cover its neighbours (the side list names it)."""
    placed: list[Box] = []
    dot_boxes = {}
    for dot in scene.dots:
        x, y = to_page(dot.x, dot.y)
        dot_boxes[dot.code] = Box(x - dot_radius, y - dot_radius, 2 * dot_radius, 2 * dot_radius)
    placed.extend(dot_boxes.values())
    shapes = world_map().shapes
    result = []
    for label in sorted(scene.labels, key=lambda lb: (lb.beside, -lb.weight)):
        cx, cy = to_page(label.x, label.y)
        w = text_width(label.text, size)
        height = size * 1.15
        if label.beside:
            own = dot_boxes.get(label.code)
            obstacles = [b for b in placed if b is not own]
            candidates = [
                (
                    cx + dot_radius + 3,
                    "start",
                    Box(cx + dot_radius + 2, cy - size * 0.6, w + 2, height),
                ),
                (
                    cx - dot_radius - 3,
                    "end",
                    Box(cx - dot_radius - 4 - w, cy - size * 0.6, w + 2, height),
                ),
            ]
        else:
            x0, _, x1, _ = shapes[label.code].bbox
            if w > max(1.8 * (x1 - x0) * scale, 4.9 * size):
                continue
            obstacles = placed
            candidates = [(cx, "middle", Box(cx - w / 2 - 2, cy - size * 0.75, w + 4, height))]
        for x, anchor, box in candidates:
            if (
                box.x < inner.x
                or box.right > inner.right
                or box.y < inner.y
                or box.bottom > inner.bottom
            ):
                continue
            if any(box.intersects(other) for other in obstacles):
                continue
            placed.append(box)
            result.append(PlacedLabel(x, cy + size * 0.35, anchor, label.text))
            break
    return result


def _draw_labels(out: _Writer, scene: MapScene, page: Layout) -> None:
    inner = Box(
        page.map_box.x + 4, page.map_box.y + 4, page.map_box.width - 8, page.map_box.height - 8
    )
    for label in place_labels(scene, page.to_page, page.scale, inner):
        attrs = (
            f'x="{_num(label.x)}" y="{_num(label.y)}" font-size="{_num(LABEL_SIZE)}" '
            f'text-anchor="{label.anchor}"'
        )
        out.add(
            f'<text {attrs} fill="none" stroke="#ffffff" stroke-width="3" '
            f'stroke-linejoin="round">{escape(label.text)}</text>'
        )
        out.add(f'<text {attrs} fill="{INK}">{escape(label.text)}</text>')


def _mask_margins(out: _Writer, page: Layout) -> None:
    box = page.map_box
    out.rect(Box(0, 0, page.width, box.y), "#ffffff")
    out.rect(Box(0, box.bottom, page.width, page.height - box.bottom), "#ffffff")
    out.rect(Box(0, box.y, box.x, box.height), "#ffffff")
    out.rect(Box(box.right, box.y, page.width - box.right, box.height), "#ffffff")
    out.rect(box, "none", stroke=RULE, width=1)


def _draw_titles(out: _Writer, scene: MapScene, width: float) -> None:
    titles, subtitles, _ = _title_band(scene, width, False)
    x, anchor = (width - MARGIN, "end") if _right_to_left() else (MARGIN, "start")
    y = MARGIN + TITLE_SIZE * 0.85
    for line in titles:
        out.text(x, y, line, TITLE_SIZE, bold=True, anchor=anchor)
        y += TITLE_SIZE * 1.2
    y += SUBTITLE_SIZE * 0.15
    for line in subtitles:
        out.text(x, y, line, SUBTITLE_SIZE, fill=MUTED, anchor=anchor)
        y += SUBTITLE_SIZE * 1.35


def _swatch(
    out: _Writer, x: float, y: float, item: LegendItem, w: float = SWATCH_W, h: float = SWATCH_H
) -> None:
    if item.dot:
        _dot(out, x + w / 2, y + h / 2, item.style)
        return
    box = Box(x, y, w, h)
    if item.style.hatch:
        out.rect(box, NONE_FILL)
        ring = ((x, y), (x + w, y), (x + w, y + h), (x, y + h))
        out.add(_hatch_path(hatch_lines([ring], HATCH_SPACING * 0.8), 1.1))
        out.rect(box, "none", stroke="#8c8c8c", width=0.8)
    else:
        out.rect(box, item.style.fill, stroke="#8c8c8c", width=0.8)


def _draw_legend_box(out: _Writer, legend: Legend, box: Box) -> float:
    """The legend as a column at the top of a process map's side panel; returns its bottom."""
    x = box.x
    y = box.y
    if legend.title:
        out.text(x, y + LEGEND_TEXT * 0.95, legend.title, LEGEND_TEXT, bold=True)
        y += LEGEND_TEXT * 1.5
    if legend.ramp:
        for index, item in enumerate(legend.ramp):
            sx = x + index * RAMP_W
            out.rect(Box(sx, y, RAMP_W, SWATCH_H), item.style.fill, stroke="#ffffff", width=1)
            out.text(
                sx + RAMP_W / 2,
                y + SWATCH_H + LEGEND_TEXT * 1.1,
                item.label,
                LEGEND_TEXT,
                anchor="middle",
            )
        y += SWATCH_H + LEGEND_TEXT * 1.4 + 6
    for item in legend.items:
        _swatch(out, x, y + 1, item)
        out.text(x + SWATCH_W + 10, y + LEGEND_TEXT * 0.95 + 1, item.label, LEGEND_TEXT)
        y += LEGEND_TEXT * 1.75
    return y


def _right_to_left() -> bool:
    """The map speaks the interface's language; in Arabic its legend reads from the right."""
    from PySide6.QtCore import QLocale, Qt

    return QLocale().textDirection() == Qt.LayoutDirection.RightToLeft


def _draw_legend_row(out: _Writer, legend: Legend, box: Box) -> None:
    """The legend in rows under a map (coverage, and the compact members map of a sheet)."""
    ops, _ = _legend_row_plan(legend, box.x, box.y, box.width)
    size = LEGEND_TEXT
    row_height = max(SWATCH_H + 8, size * 1.7)
    if _right_to_left():
        _draw_legend_row_mirrored(out, ops, box, size, row_height)
        return
    for kind, x, y, payload in ops:
        middle = y + row_height / 2
        if kind == "title":
            out.text(x, middle + size * 0.35, str(payload), size, bold=True)
        elif kind == "ramp":
            index, item = payload  # type: ignore[misc]
            out.rect(
                Box(x, middle - SWATCH_H / 2 - 2, RAMP_W, SWATCH_H + 4),
                item.style.fill,
                stroke="#ffffff",
                width=1,
            )
            out.text(
                x + RAMP_W / 2,
                middle + size * 0.35,
                item.label,
                size - 1,
                bold=True,
                fill="#ffffff" if index >= 3 else INK,
                anchor="middle",
            )
        else:
            item = payload  # type: ignore[assignment]
            _swatch(out, x, middle - SWATCH_H / 2, item)  # type: ignore[arg-type]
            out.text(x + SWATCH_W + 8, middle + size * 0.35, item.label, size)  # type: ignore[union-attr]


def _draw_legend_row_mirrored(out: _Writer, ops: list[RowOp], box: Box, size: float,
                              row_height: float) -> None:
    """The same rows read from the right: the title first on the right, each swatch right of its
    words, the count ramp rising leftwards."""
    def mirrored(x: float) -> float:
        return 2 * box.x + box.width - x

    for kind, x, y, payload in ops:
        middle = y + row_height / 2
        if kind == "title":
            out.text(mirrored(x), middle + size * 0.35, str(payload), size, bold=True, anchor="end")
        elif kind == "ramp":
            index, item = payload  # type: ignore[misc]
            left = mirrored(x) - RAMP_W
            out.rect(Box(left, middle - SWATCH_H / 2 - 2, RAMP_W, SWATCH_H + 4), item.style.fill,
                     stroke="#ffffff", width=1)
            out.text(left + RAMP_W / 2, middle + size * 0.35, item.label, size - 1, bold=True,
                     fill="#ffffff" if index >= 3 else INK, anchor="middle")
        else:
            item = payload  # type: ignore[assignment]
            right = mirrored(x)
            _swatch(out, right - SWATCH_W, middle - SWATCH_H / 2, item)  # type: ignore[arg-type]
            out.text(right - SWATCH_W - 8, middle + size * 0.35, item.label, size,  # type: ignore[union-attr]
                     anchor="end")


def _draw_notes(out: _Writer, notes: tuple[str, ...], box: Box) -> None:
    y = box.y + NOTE_SIZE
    x, anchor = (box.right, "end") if _right_to_left() else (box.x, "start")
    for note in notes:
        for line in wrap(note, NOTE_SIZE, box.width):
            out.text(x, y, isolate_runs(line) if anchor == "end" else line, NOTE_SIZE, fill=INK,
                     anchor=anchor)
            y += NOTE_SIZE * 1.35
        y += 6


LIST_TITLE = 15.0


def _draw_side(out: _Writer, scene: MapScene, box: Box) -> None:
    """The side panel of a process map: legend, the names of members and observers, notes."""
    y = _draw_legend_box(out, scene.legend, Box(box.x, box.y + 4, box.width, 0))
    y += 8
    note_lines = [
        (line, note_index)
        for note_index, note in enumerate(scene.notes)
        for line in wrap(note, 12.5, box.width)
    ]
    notes_height = len(note_lines) * 12.5 * 1.3 + 6 * len(scene.notes)
    lists_bottom = box.bottom - notes_height - 10
    _draw_lists(out, scene, Box(box.x, y, box.width, lists_bottom - y))
    ny = lists_bottom + 10 + 12.5
    last = 0
    for line, note_index in note_lines:
        if note_index != last:
            ny += 6
            last = note_index
        out.text(box.x, ny, line, 12.5, fill=MUTED)
        ny += 12.5 * 1.3


def _draw_lists(out: _Writer, scene: MapScene, box: Box) -> None:
    """Name lists in one to three columns, at the largest type (15 to 11 px) that fits; what
    still does not fit ends in "… and n more"."""
    if not scene.lists or box.height <= 0:
        return
    for size in (15.0, 14.0, 13.0, 12.0, 11.0):
        plan = _plan_lists(scene, box, size)
        if plan is not None:
            break
    else:
        plan = _plan_lists(scene, box, 11.0, truncate=True) or []
    for kind, x, y, text, size in plan:
        if kind == "title":
            out.text(x, y, text, size, bold=True)
        else:
            out.text(x, y, text, size, fill=INK if kind == "name" else MUTED, italic=kind == "more")


def _plan_lists(
    scene: MapScene, box: Box, size: float, truncate: bool = False
) -> list[tuple[str, float, float, str, float]] | None:
    """Where each list's title and names go at a type size, or None if they do not all fit.
    Columns are as many as the usual names allow; a longer name wraps onto a second line."""
    line = size * 1.32
    title_size = size + 1
    gutter = 14.0
    plan: list[tuple[str, float, float, str, float]] = []
    y = box.y
    for name_list in scene.lists:
        widths = sorted(text_width(n, size) for n in name_list.names)
        usual = widths[int(len(widths) * 0.9)] if len(widths) > 3 else widths[-1]
        columns = max(1, min(3, int((box.width + gutter) // (usual + gutter))))
        column_width = (box.width - gutter * (columns - 1)) / columns
        cells = [wrap(name, size, column_width) for name in name_list.names]
        per_column = _balance(cells, columns)
        rows = max((sum(len(c) for c in column) for column in per_column), default=0)
        needed = title_size * 1.5 + rows * line + 10
        if y + needed > box.bottom:
            if not truncate:
                return None
            room = int((box.bottom - y - title_size * 1.5 - 10) // line)
            if room <= 0:
                break
            keep = max(0, room * columns - 1)
            cells = cells[:keep] + [
                [translate("Maps", "… and {n} more").format(n=len(cells) - keep)]
            ]
            per_column = _balance(cells, columns)
        plan.append(("title", box.x, y + title_size, name_list.title, title_size))
        y += title_size * 1.5
        for index, column in enumerate(per_column):
            cy = y
            for cell in column:
                for part, text in enumerate(cell):
                    kind = "more" if text.startswith("…") else "name"
                    plan.append(
                        (
                            kind,
                            box.x + index * (column_width + gutter) + (10 if part else 0),
                            cy + line - 3,
                            ellipsize(text, size, column_width),
                            size,
                        )
                    )
                    cy += line
        y += max((sum(len(c) for c in column) for column in per_column), default=0) * line + 10
    return plan


def _balance(cells: list[list[str]], columns: int) -> list[list[list[str]]]:
    """Cells (one or two lines each) cut into columns read top to bottom, as even as lines allow."""
    total = sum(len(c) for c in cells)
    target = -(-total // columns)
    result: list[list[list[str]]] = [[]]
    height = 0
    for cell in cells:
        if height + len(cell) > target and result[-1] and len(result) < columns:
            result.append([])
            height = 0
        result[-1].append(cell)
        height += len(cell)
    return result
