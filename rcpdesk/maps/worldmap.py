"""The world map's geometry: country shapes read from pygal_maps_world's SVG, keyed by ISO alpha-3.

The SVG (viewBox 0 0 2475 1388, one `<g class="xx country">` per country, xx the lowercase ISO
alpha-2 code) is read from the installed package with importlib.resources: nothing is downloaded.
Its projection is Robinson centred on about 10.7°E (fitted to the map's small countries within a
pixel), which places the states it has no shape for (small island states, Qatar, South Sudan,
Kosovo) as dots at their coordinates, and puts back the two shapes it misplaces (Puerto Rico,
Kuwait). No Qt here.
"""

from __future__ import annotations

import math
import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from functools import cache
from importlib import resources

import pycountry

PACKAGE = "pygal_maps_world"
RESOURCE = "worldmap.svg"
MAP_WIDTH = 2475.0
MAP_HEIGHT = 1388.0

# Robinson projection of the SVG, fitted to sixteen small countries (max error < 1 px in x, 3 in y).
_X0, _KX, _LON0 = 1282.16, 7.6454, 10.73
_Y0, _KY = 684.29, 696.88
_ROBINSON = (  # latitude 0, 5, ..., 90: (X, Y) of Robinson's table
    (1.0000, 0.0000),
    (0.9986, 0.0620),
    (0.9954, 0.1240),
    (0.9900, 0.1860),
    (0.9822, 0.2480),
    (0.9730, 0.3100),
    (0.9600, 0.3720),
    (0.9427, 0.4340),
    (0.9216, 0.4958),
    (0.8962, 0.5571),
    (0.8679, 0.6176),
    (0.8350, 0.6769),
    (0.7986, 0.7346),
    (0.7597, 0.7903),
    (0.7186, 0.8435),
    (0.6732, 0.8936),
    (0.6213, 0.9394),
    (0.5722, 0.9761),
    (0.5322, 1.0000),
)

# Shapes the SVG puts in the wrong place: seven sit off by the same (30.3, 45.2) units (about
# 4° by 6°), six south-east of where they belong and Puerto Rico north-west (checked against each
# country's coordinates). They are moved back; for Kuwait only its outline moves (the subpaths whose
# centre passes the test) and its marker circle, already in place, goes: the two would cancel out
# under the nonzero rule. The SVG has no Qatar (the shape under Kuwait was Kuwait): a dot stands
# for it.
_SHIFT = (30.3, 45.2)
_SHAPE_FIXES: dict[str, tuple[float, float, Callable[[float, float], bool] | None]] = {
    "pr": (_SHIFT[0], _SHIFT[1], None),
    "kw": (-_SHIFT[0], -_SHIFT[1], lambda x, y: y > 450.0),
    "bn": (-_SHIFT[0], -_SHIFT[1], None),  # Brunei, drawn in the Celebes Sea
    "cv": (-_SHIFT[0], -_SHIFT[1], None),  # Cabo Verde, drawn off Guinea-Bissau
    "lk": (-_SHIFT[0], -_SHIFT[1], None),  # Sri Lanka, drawn 3° too far east and south
    "st": (-_SHIFT[0], -_SHIFT[1], None),  # Sao Tome and Principe, drawn off Gabon's south
    "tl": (-_SHIFT[0], -_SHIFT[1], None),  # Timor-Leste, drawn in the Timor Sea
}
# Shapes left out: Antarctica is in no process and would take a fifth of every world map.
_LEFT_OUT = {"aq"}

# Approximate positions (latitude, longitude) of the countries the SVG has no shape for, or too
# small a one: the capital or main island. Accurate to a fraction of a degree, all a dot needs.
PLACES: dict[str, tuple[float, float]] = {
    "ABW": (12.52, -69.97),
    "AIA": (18.22, -63.05),
    "ALA": (60.20, 20.00),
    "ASM": (-14.30, -170.70),
    "ATF": (-49.30, 69.20),
    "ATG": (17.08, -61.80),
    "BES": (12.20, -68.26),
    "BHS": (25.05, -77.35),
    "BLM": (17.90, -62.83),
    "BMU": (32.30, -64.78),
    "BRB": (13.17, -59.55),
    "BVT": (-54.42, 3.36),
    "CCK": (-12.17, 96.87),
    "COK": (-21.23, -159.78),
    "COM": (-11.70, 43.25),
    "CUW": (12.17, -68.99),
    "CXR": (-10.49, 105.62),
    "CYM": (19.30, -81.25),
    "DMA": (15.41, -61.37),
    "FJI": (-17.80, 178.00),
    "FLK": (-51.75, -59.00),
    "FRO": (62.00, -6.90),
    "FSM": (6.92, 158.16),
    "GGY": (49.45, -2.58),
    "GIB": (36.14, -5.35),
    "GLP": (16.25, -61.58),
    "GRD": (12.12, -61.68),
    "HMD": (-53.10, 73.50),
    "IMN": (54.24, -4.55),
    "IOT": (-7.30, 72.40),
    "JEY": (49.21, -2.13),
    "KIR": (1.45, 173.00),
    "KNA": (17.30, -62.72),
    "LCA": (13.90, -60.97),
    "MAF": (18.07, -63.05),
    "MHL": (7.10, 171.20),
    "MNP": (15.20, 145.75),
    "MSR": (16.74, -62.19),
    "MTQ": (14.64, -61.02),
    "NCL": (-21.30, 165.50),
    "NFK": (-29.04, 167.95),
    "NIU": (-19.05, -169.87),
    "NRU": (-0.53, 166.93),
    "PCN": (-25.07, -130.10),
    "PLW": (7.50, 134.58),
    "PYF": (-17.65, -149.40),
    "QAT": (25.30, 51.20),
    "SGS": (-54.40, -36.60),
    "SJM": (78.20, 15.60),
    "SLB": (-9.60, 160.20),
    "SPM": (46.90, -56.30),
    "SSD": (7.30, 30.30),
    "SXM": (18.04, -63.07),
    "TCA": (21.70, -71.80),
    "TKL": (-9.20, -171.80),
    "TON": (-21.20, -175.20),
    "TTO": (10.45, -61.25),
    "TUV": (-8.52, 179.20),
    "UMI": (19.30, 166.60),
    "VCT": (13.25, -61.20),
    "VGB": (18.42, -64.62),
    "VIR": (18.34, -64.90),
    "VUT": (-17.73, 168.32),
    "WLF": (-13.30, -176.20),
    "WSM": (-13.80, -172.00),
    "XKX": (42.60, 20.90),
    # tiny shapes the SVG places a degree or more off: their dots go here instead
    "MDV": (4.17, 73.51),
    "SHN": (-15.96, -5.70),
}

# A shape smaller than this (map units, the larger side) also gets a dot: it would be lost.
SMALL_SHAPE = 9.0

Point = tuple[float, float]
Ring = tuple[Point, ...]
Segment = tuple[
    float, ...
]  # ("M"/"L": x, y), ("C": x1, y1, x2, y2, x, y), ("Z",) with the letter first


def project(lon: float, lat: float, *, east: bool = False) -> Point:
    """Map coordinates of a place. West of the map's seam (-169.3°) counts as east (+360°), so
    Samoa and Tonga sit beside Fiji rather than off the left edge; with east=True, so does the
    rest of the Pacific east of the date line (the Cook Islands, French Polynesia), which a map
    framed on Oceania wants beside its neighbours rather than beside Hawaii."""
    if lon < _LON0 - 180.0 or (east and lon < -120.0):
        lon += 360.0
    a = min(abs(lat), 90.0)
    index = min(int(a // 5), 17)
    t = (a - index * 5) / 5
    x_factor = _ROBINSON[index][0] + (_ROBINSON[index + 1][0] - _ROBINSON[index][0]) * t
    y_factor = _ROBINSON[index][1] + (_ROBINSON[index + 1][1] - _ROBINSON[index][1]) * t
    return (_X0 + _KX * x_factor * (lon - _LON0), _Y0 - _KY * math.copysign(y_factor, lat))


@dataclass(frozen=True)
class Shape:
    """One country of the map: its SVG path data and the same as polygons for geometry."""

    code: str  # ISO alpha-3 (XKX for Kosovo)
    alpha2: str
    paths: tuple[str, ...]  # the SVG path data, as published (relative commands)
    segments: tuple[tuple[Segment, ...], ...]  # absolute commands, one tuple per subpath
    rings: tuple[Ring, ...]  # the subpaths flattened to polygons
    bbox: tuple[float, float, float, float]  # x0, y0, x1, y1
    anchor: Point  # where a dot or a label goes: the middle of the largest ring

    @property
    def small(self) -> bool:
        x0, y0, x1, y1 = self.bbox
        return max(x1 - x0, y1 - y0) < SMALL_SHAPE

    def contains(self, x: float, y: float) -> bool:
        """Point in shape by the nonzero winding rule, SVG's default and the map's (its small
        countries' circles overlap their outlines)."""
        x0, y0, x1, y1 = self.bbox
        if not (x0 <= x <= x1 and y0 <= y <= y1):
            return False
        winding = 0
        for ring in self.rings:
            j = len(ring) - 1
            for i in range(len(ring)):
                (xj, yj), (xi, yi) = ring[j], ring[i]
                if yj <= y < yi and (xi - xj) * (y - yj) - (x - xj) * (yi - yj) > 0:
                    winding += 1
                elif yi <= y < yj and (xi - xj) * (y - yj) - (x - xj) * (yi - yj) < 0:
                    winding -= 1
                j = i
        return winding != 0


@dataclass(frozen=True)
class WorldMap:
    shapes: dict[str, Shape]  # by alpha-3

    def shape(self, code: str) -> Shape | None:
        return self.shapes.get(code.upper())

    def has_shape(self, code: str) -> bool:
        return code.upper() in self.shapes

    def point(self, code: str, *, east: bool = False) -> Point | None:
        """Where the country's dot goes: its shape's anchor, else its recorded place, else None."""
        shape = self.shapes.get(code.upper())
        place = PLACES.get(code.upper())
        if shape is not None and (place is None or not shape.small):
            return shape.anchor
        return project(place[1], place[0], east=east) if place else None

    def needs_dot(self, code: str) -> bool:
        """Countries shown as a dot: those with no shape, or a shape too small to see."""
        shape = self.shapes.get(code.upper())
        return shape.small if shape is not None else code.upper() in PLACES

    def country_at(self, x: float, y: float) -> str | None:
        """The country under a map point; where shapes overlap (a small country's circle on its
        neighbour), the smallest."""
        found = [shape for shape in self.shapes.values() if shape.contains(x, y)]
        if not found:
            return None
        return min(found, key=lambda s: (s.bbox[2] - s.bbox[0]) * (s.bbox[3] - s.bbox[1])).code

    def bounds(
        self, codes: Iterable[str] | None = None, *, east: bool = False
    ) -> tuple[float, float, float, float]:
        """The box around the given countries' shapes and dots (all shapes when None)."""
        boxes = []
        for code in self.shapes if codes is None else codes:
            shape = self.shapes.get(code)
            if shape is not None:
                boxes.append(shape.bbox)
                continue
            point = self.point(code, east=east)
            if point is not None:
                boxes.append((point[0], point[1], point[0], point[1]))
        if not boxes:
            return (0.0, 0.0, MAP_WIDTH, MAP_HEIGHT)
        return (
            min(b[0] for b in boxes),
            min(b[1] for b in boxes),
            max(b[2] for b in boxes),
            max(b[3] for b in boxes),
        )


def _alpha3(alpha2: str) -> str | None:
    if alpha2 == "xk":
        return "XKX"
    country = pycountry.countries.get(alpha_2=alpha2.upper())
    return country.alpha_3 if country is not None else None


def read_svg() -> str:
    """The map as shipped by pygal_maps_world."""
    return resources.files(PACKAGE).joinpath(RESOURCE).read_text(encoding="utf-8")


_GROUP = re.compile(r'<g\s+class="([a-z]{2}) country[^"]*"\s*>(.*?)</g>', re.DOTALL)
_PATH = re.compile(r'<path[^>]*?\sd="([^"]*)"')
_TOKEN = re.compile(r"[MmLlHhVvCcSsQqTtZz]|[-+]?(?:\d+\.?\d*|\.\d+)(?:[eE][-+]?\d+)?")


@cache
def world_map() -> WorldMap:
    """The parsed map, once per process."""
    shapes = {}
    for alpha2, body in _GROUP.findall(read_svg()):
        if alpha2 in _LEFT_OUT:
            continue
        code = _alpha3(alpha2)
        if code is None:
            continue
        paths = tuple(_PATH.findall(body))
        subpaths = [sub for d in paths for sub in parse_path(d)]
        if alpha2 in _SHAPE_FIXES:
            dx, dy, applies = _SHAPE_FIXES[alpha2]
            subpaths = [
                tuple(_moved(seg, dx, dy) for seg in sub)
                for sub in subpaths
                if applies is None or applies(*_centre(flatten(sub)))
            ]
            paths = tuple(segments_to_d(sub) for sub in subpaths)
        if any(_is_marker_circle(sub) for sub in subpaths) and len(subpaths) > 1:
            subpaths = _orient_circles(subpaths)
            paths = tuple(segments_to_d(sub) for sub in subpaths)
        rings = tuple(ring for ring in (flatten(sub) for sub in subpaths) if len(ring) >= 3)
        if not rings:
            continue
        xs = [p[0] for ring in rings for p in ring]
        ys = [p[1] for ring in rings for p in ring]
        shapes[code] = Shape(
            code=code,
            alpha2=alpha2,
            paths=paths,
            segments=tuple(subpaths),
            rings=rings,
            bbox=(min(xs), min(ys), max(xs), max(ys)),
            anchor=_anchor(rings),
        )
    return WorldMap(shapes)


def _signed_area(ring: Ring) -> float:
    return (
        sum(ring[i - 1][0] * ring[i][1] - ring[i][0] * ring[i - 1][1] for i in range(len(ring))) / 2
    )


def _is_marker_circle(sub: tuple[Segment, ...]) -> bool:
    """The SVG marks a small country with a circle 12 units across, drawn as two curves."""
    ring = flatten(sub)
    if len(ring) != 9:
        return False
    xs, ys = [p[0] for p in ring], [p[1] for p in ring]
    return 10.5 < max(xs) - min(xs) < 13.5 and 10.5 < max(ys) - min(ys) < 13.5


def _reversed(sub: tuple[Segment, ...]) -> tuple[Segment, ...]:
    """The same closed subpath drawn the other way round."""
    points: list[Point] = []
    pieces: list[Segment] = []
    x = y = 0.0
    for seg in sub:
        if seg[0] in ("M", "L", "C"):
            pieces.append(seg if seg[0] != "M" else ("M", seg[1], seg[2]))
            x, y = seg[-2], seg[-1]
            points.append((x, y))
    result: list[Segment] = [("M", *points[-1])]
    for index in range(len(pieces) - 1, 0, -1):
        seg = pieces[index]
        start = points[index - 1]
        if seg[0] == "C":
            result.append(("C", seg[3], seg[4], seg[1], seg[2], *start))
        else:
            result.append(("L", *start))
    result.append(("Z",))
    return tuple(result)


def _orient_circles(subpaths: list[tuple[Segment, ...]]) -> list[tuple[Segment, ...]]:
    """Marker circles turned the same way as the country's outline, so that under the nonzero
    rule the outline inside the circle stays filled instead of cancelling out."""
    outlines = [sub for sub in subpaths if not _is_marker_circle(sub)]
    if not outlines:
        return subpaths
    main = max(outlines, key=lambda sub: abs(_signed_area(flatten(sub))))
    sign = _signed_area(flatten(main)) > 0
    return [
        _reversed(sub)
        if _is_marker_circle(sub) and (_signed_area(flatten(sub)) > 0) != sign
        else sub
        for sub in subpaths
    ]


def _centre(ring: Ring) -> Point:
    return (
        sum(p[0] for p in ring) / max(len(ring), 1),
        sum(p[1] for p in ring) / max(len(ring), 1),
    )


def _moved(seg: Segment, dx: float, dy: float) -> Segment:
    letter, *values = seg
    return (letter, *(v + (dx if i % 2 == 0 else dy) for i, v in enumerate(values)))  # type: ignore[return-value]


def parse_path(d: str) -> list[tuple[Segment, ...]]:
    """SVG path data (M, L, H, V, C, S, Q, T, Z, relative or absolute) as absolute subpaths of
    ("M", x, y), ("L", x, y), ("C", x1, y1, x2, y2, x, y) and ("Z",)."""
    tokens = _TOKEN.findall(d)
    if _TOKEN.sub("", d).replace(",", "").strip():
        raise ValueError(f"unexpected characters in path data: {d[:60]}")
    subpaths: list[list[Segment]] = []
    current: list[Segment] = []
    x = y = start_x = start_y = 0.0
    last_control: Point | None = None
    last_quad: Point | None = None
    command = ""
    i = 0

    def numbers(count: int) -> list[float]:
        nonlocal i
        chunk = tokens[i : i + count]
        if len(chunk) != count or any(token.isalpha() for token in chunk):
            raise ValueError(f"bad path data near token {i}: {d[:60]}")
        i += count
        return [float(token) for token in chunk]

    while i < len(tokens):
        if tokens[i].isalpha():
            command = tokens[i]
            i += 1
            if command in "Zz":
                if current:
                    current.append(("Z",))
                x, y = start_x, start_y
                last_control = last_quad = None
                continue
        if not command:
            raise ValueError(f"path data does not start with a command: {d[:60]}")
        relative = command.islower()
        kind = command.upper()
        ox, oy = (x, y) if relative else (0.0, 0.0)
        if kind == "M":
            px, py = numbers(2)
            x, y = ox + px, oy + py
            start_x, start_y = x, y
            current = [("M", x, y)]
            subpaths.append(current)
            command = "l" if relative else "L"  # further pairs are line-tos
            last_control = last_quad = None
        elif kind == "L":
            px, py = numbers(2)
            x, y = ox + px, oy + py
            current.append(("L", x, y))
            last_control = last_quad = None
        elif kind == "H":
            (px,) = numbers(1)
            x = ox + px
            current.append(("L", x, y))
            last_control = last_quad = None
        elif kind == "V":
            (py,) = numbers(1)
            y = oy + py
            current.append(("L", x, y))
            last_control = last_quad = None
        elif kind == "C":
            x1, y1, x2, y2, px, py = numbers(6)
            seg = ("C", ox + x1, oy + y1, ox + x2, oy + y2, ox + px, oy + py)
            current.append(seg)
            last_control = (seg[3], seg[4])
            x, y = seg[5], seg[6]
            last_quad = None
        elif kind == "S":
            x2, y2, px, py = numbers(4)
            x1, y1 = (2 * x - last_control[0], 2 * y - last_control[1]) if last_control else (x, y)
            seg = ("C", x1, y1, ox + x2, oy + y2, ox + px, oy + py)
            current.append(seg)
            last_control = (seg[3], seg[4])
            x, y = seg[5], seg[6]
            last_quad = None
        elif kind in "QT":
            if kind == "Q":
                qx, qy, px, py = numbers(4)
                qx, qy = ox + qx, oy + qy
            else:
                px, py = numbers(2)
                qx, qy = (2 * x - last_quad[0], 2 * y - last_quad[1]) if last_quad else (x, y)
            ex, ey = ox + px, oy + py
            current.append(
                (
                    "C",
                    x + 2 / 3 * (qx - x),
                    y + 2 / 3 * (qy - y),
                    ex + 2 / 3 * (qx - ex),
                    ey + 2 / 3 * (qy - ey),
                    ex,
                    ey,
                )
            )
            x, y = ex, ey
            last_quad = (qx, qy)
            last_control = None
        else:
            raise ValueError(f"unsupported path command {command!r}")
    return [tuple(sub) for sub in subpaths]


def flatten(segments: tuple[Segment, ...], steps: int = 4) -> Ring:
    """A subpath as a polygon: each curve sampled at `steps` points (they are short)."""
    points: list[Point] = []
    x = y = 0.0
    for seg in segments:
        if seg[0] in ("M", "L"):
            x, y = seg[1], seg[2]
            points.append((x, y))
        elif seg[0] == "C":
            _, x1, y1, x2, y2, ex, ey = seg
            for k in range(1, steps + 1):
                t = k / steps
                u = 1 - t
                points.append(
                    (
                        u * u * u * x + 3 * u * u * t * x1 + 3 * u * t * t * x2 + t * t * t * ex,
                        u * u * u * y + 3 * u * u * t * y1 + 3 * u * t * t * y2 + t * t * t * ey,
                    )
                )
            x, y = ex, ey
    return tuple(points)


def segments_to_d(segments: tuple[Segment, ...]) -> str:
    """Absolute path data for a subpath (used for shapes the map had to move)."""
    out = []
    for seg in segments:
        letter, *values = seg
        out.append(letter + " ".join(f"{v:.2f}" for v in values))
    return "".join(out)


def _area(ring: Ring) -> float:
    return (
        abs(
            sum(ring[i - 1][0] * ring[i][1] - ring[i][0] * ring[i - 1][1] for i in range(len(ring)))
        )
        / 2
    )


def _anchor(rings: tuple[Ring, ...]) -> Point:
    """Where a label or a dot goes: on the largest ring, the middle of the widest horizontal run
    of land among a few lines across it (the centroid of Vietnam or Chile lies outside them)."""
    ring = max(rings, key=_area)
    ys = [p[1] for p in ring]
    y0, y1 = min(ys), max(ys)
    best: tuple[float, Point] | None = None
    for fraction in (0.5, 0.42, 0.58, 0.34, 0.66, 0.26, 0.74, 0.18, 0.82):
        y = y0 + (y1 - y0) * fraction
        crossings = sorted(
            ring[i - 1][0]
            + (y - ring[i - 1][1]) * (ring[i][0] - ring[i - 1][0]) / (ring[i][1] - ring[i - 1][1])
            for i in range(len(ring))
            if (ring[i - 1][1] > y) != (ring[i][1] > y)
        )
        for left, right in zip(crossings[0::2], crossings[1::2], strict=False):
            width = right - left
            if best is None or width > best[0] * 1.15:  # the middle line wins a near tie
                best = (width, ((left + right) / 2, y))
    if best is None:
        xs = [p[0] for p in ring]
        return ((min(xs) + max(xs)) / 2, (y0 + y1) / 2)
    return best[1]


def hatch_lines(
    rings: tuple[Ring, ...] | list[Ring], spacing: float
) -> list[tuple[float, float, float, float]]:
    """Diagonal hatching ("/") of the area the rings enclose (nonzero rule), lines `spacing`
    apart: plain segments, so every renderer draws them alike (no SVG pattern, no tiling seams)."""
    if spacing <= 0:
        return []
    step = spacing * math.sqrt(2)  # lines x + y = c, c this far apart, are `spacing` apart
    edges = []
    low, high = math.inf, -math.inf
    for ring in rings:
        for i in range(len(ring)):
            (x0, y0), (x1, y1) = ring[i - 1], ring[i]
            u0, u1 = x0 + y0, x1 + y1
            if u0 != u1:
                edges.append((x0, x1, u0, u1))
                low, high = min(low, u0, u1), max(high, u0, u1)
    segments: list[tuple[float, float, float, float]] = []
    if not edges:
        return segments
    c = math.floor(low / step) * step + step / 2
    while c < high:
        hits = []
        for x0, x1, u0, u1 in edges:
            if (u0 > c) != (u1 > c):
                t = (c - u0) / (u1 - u0)
                x = x0 + t * (x1 - x0)
                hits.append((x - (c - x), x, 1 if u1 > u0 else -1))  # sorted along the line
        hits.sort()
        winding = 0
        start: float | None = None
        for _, x, direction in hits:
            before = winding
            winding += direction
            if before == 0 and winding != 0:
                start = x
            elif before != 0 and winding == 0 and start is not None:
                segments.append((start, c - start, x, c - x))
                start = None
        c += step
    return segments
