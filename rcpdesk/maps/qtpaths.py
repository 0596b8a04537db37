"""The world map's countries as QPainterPaths (curves kept), to paint and hit-test on screen."""

from __future__ import annotations

from functools import cache

from PySide6.QtCore import Qt
from PySide6.QtGui import QPainterPath

from rcpdesk.maps.worldmap import Segment, world_map


def path_of(segments: tuple[tuple[Segment, ...], ...]) -> QPainterPath:
    path = QPainterPath()
    path.setFillRule(Qt.FillRule.WindingFill)  # SVG's default, nonzero, as the map was drawn
    for subpath in segments:
        for seg in subpath:
            kind = seg[0]
            if kind == "M":
                path.moveTo(seg[1], seg[2])
            elif kind == "L":
                path.lineTo(seg[1], seg[2])
            elif kind == "C":
                path.cubicTo(seg[1], seg[2], seg[3], seg[4], seg[5], seg[6])
            else:
                path.closeSubpath()
    return path


@cache
def country_paths() -> dict[str, QPainterPath]:
    """Every country's outline by alpha-3, in map units (built once)."""
    return {code: path_of(shape.segments) for code, shape in world_map().shapes.items()}
