"""What a map shows, before it is drawn: each country's colour, the dots, the legend and the words.

A scene is built from the catalog for one process, a comparison set, or coverage in a year. The
SVG writer (maps.svg), the exports (maps.render) and the panel (ui.panels.coverage_map) all draw
the same scene, so the window, the files and the printed page agree.

Colours read on a projector and for colour-blind viewers: members blue and observers orange
(Okabe-Ito), counts on a sequential blue scale (ColorBrewer Blues), countries in no process
hatched grey, so that no distinction rests on hue alone.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field

from rcpdesk.catalog import model as m
from rcpdesk.catalog.coverage import (
    CountryCoverage,
    Coverage,
    ProcessSet,
    coverage,
    gap_quotes,
    group_by_area,
    process_set,
)
from rcpdesk.catalog.store import Catalog
from rcpdesk.maps.text import display_name, format_as_of, plural, translate
from rcpdesk.maps.worldmap import WorldMap, world_map

MEMBER = "#0072b2"
OBSERVER = "#e69f00"
OTHER = "#dedede"  # land not in the set
TERRITORY = "#e4e4e4"  # a territory with no membership of its own: not counted
NONE_FILL = "#ececec"  # in no process: this, hatched with NONE_HATCH
NONE_HATCH = "#4d4d4d"
NOT_KNOWN = "#f1e6c8"  # a past year's membership the entries cannot tell: neither a count nor a gap
OCEAN = "#ffffff"
BORDER = "#ffffff"
DOT_RING = "#333333"
HATCH_OUTLINE = "#8c8c8c"  # hatched islands keep their coastline
# Sizes shared by every drawing of a scene (the window's map, SVG, PNG, PDF, print): a small
# state's dot and a country label, in pixels of the picture.
DOT_RADIUS = 5.5
LABEL_SIZE = 13.0
COUNT_SCALE = ("#c6dbef", "#9ecae1", "#6baed6", "#3182bd", "#08519c", "#08306b")  # 1 .. 6+
SET_SCALE = ("#6baed6", "#2171b5", "#08306b")  # member of 1, 2, 3+ of the compared processes

MIN_SPAN = 420.0  # a framed map shows at least this much of the world (map units, ~55°)


@dataclass(frozen=True)
class Style:
    fill: str
    hatch: bool = False
    key: str = ""  # what it means: member, observer, count-1 .. count-6, none, territory, other


@dataclass(frozen=True)
class Dot:
    code: str
    x: float
    y: float
    style: Style


@dataclass(frozen=True)
class LegendItem:
    style: Style
    label: str
    dot: bool = False  # the "small states as dots" sample


@dataclass(frozen=True)
class Legend:
    title: str
    ramp: tuple[LegendItem, ...] = ()  # swatches side by side, each labelled below (counts)
    items: tuple[LegendItem, ...] = ()  # one swatch and label a row


@dataclass(frozen=True)
class NameList:
    title: str
    names: tuple[str, ...]


@dataclass(frozen=True)
class Label:
    """A country name to print on the map, if there is room (bigger countries first)."""

    code: str
    text: str
    x: float
    y: float
    weight: float  # the shape's size: who wins when labels collide
    beside: bool = False  # a dot's label: to the right of the dot, not centred on it


@dataclass(frozen=True)
class MapScene:
    kind: str  # "process", "comparison" or "coverage"
    title: str
    subtitle: str
    styles: Mapping[str, Style]  # by alpha-3, for every shape; missing: default_style
    default_style: Style
    dots: tuple[Dot, ...]
    legend: Legend
    focus: tuple[float, float, float, float]  # the part of the map the scene is about
    notes: tuple[str, ...] = ()
    lists: tuple[NameList, ...] = ()
    labels: tuple[Label, ...] = ()
    footer: str = ""
    tooltips: Mapping[str, str] = field(default_factory=dict)  # by alpha-3: name and processes
    names: Mapping[str, str] = field(default_factory=dict)  # by alpha-3
    year: int | None = None
    process_ids: tuple[str, ...] = ()

    def style(self, code: str) -> Style:
        return self.styles.get(code, self.default_style)

    @property
    def description(self) -> str:
        """Title and subtitle on one line: the SVG's <title>, the PDF's title."""
        return f"{self.title} — {self.subtitle}" if self.subtitle else self.title


def frame(
    focus: tuple[float, float, float, float],
    aspect: float,
    *,
    margin: float = 0.06,
    min_span: float = MIN_SPAN,
) -> tuple[float, float, float, float]:
    """The map box to show: the focus with a margin, at least min_span wide, widened or heightened
    to the aspect (width / height) of the space it is drawn in."""
    x0, y0, x1, y1 = focus
    width = max(x1 - x0, 1.0)
    height = max(y1 - y0, 1.0)
    x0, x1 = x0 - width * margin, x1 + width * margin
    y0, y1 = y0 - height * margin, y1 + height * margin
    cx, cy = (x0 + x1) / 2, (y0 + y1) / 2
    width, height = max(x1 - x0, min_span), max(y1 - y0, min_span / aspect)
    if width / height < aspect:
        width = height * aspect
    else:
        height = width / aspect
    return (cx - width / 2, cy - height / 2, cx + width / 2, cy + height / 2)


def footer_text(catalog: Catalog) -> str:
    return translate(
        "Maps",
        "rcpdesk · data edition {edition} · base map: pygal_maps_world (Robinson projection)",
    ).format(edition=catalog.edition.date)


def _world_focus(world: WorldMap, codes: set[str]) -> tuple[float, float, float, float]:
    """All the shapes, plus the dots of the countries shown (the Pacific islands east of NZ)."""
    x0, y0, x1, y1 = world.bounds()
    for code in codes:
        if not world.has_shape(code):
            point = world.point(code)
            if point:
                x0, y0 = min(x0, point[0] - 8), min(y0, point[1] - 8)
                x1, y1 = max(x1, point[0] + 8), max(y1, point[1] + 8)
    return (x0, y0, x1, y1)


def _dots(world: WorldMap, codes: dict[str, Style], *, east: bool = False) -> tuple[Dot, ...]:
    dots = []
    for code, style in codes.items():
        if world.needs_dot(code):
            point = world.point(code, east=east)
            if point is not None:
                dots.append(Dot(code, point[0], point[1], style))
    return tuple(sorted(dots, key=lambda d: (d.style.key != "none", d.code)))


def _names(codes: list[str], names: Mapping[str, str]) -> str:
    return ", ".join(sorted((names.get(c, c) for c in codes), key=str.casefold))


# -- coverage ------------------------------------------------------------------------------------


def count_style(count: int) -> Style:
    if count <= 0:
        return Style(NONE_FILL, hatch=True, key="none")
    index = min(count, len(COUNT_SCALE)) - 1
    return Style(COUNT_SCALE[index], key=f"count-{index + 1}")


def coverage_scene(catalog: Catalog, year: int | None = None) -> MapScene:
    """Each country shaded by how many processes list it as a member, in a year (None: today)."""
    world = world_map()
    view = coverage(catalog, year)
    names = {code: display_name(entry.country.name) for code, entry in view.countries.items()}
    styles: dict[str, Style] = {}
    for code, entry in view.countries.items():
        if entry.not_known:
            styles[code] = Style(NOT_KNOWN, key="not-known")
        elif entry.count == 0 and entry.territory:
            styles[code] = Style(TERRITORY, key="territory")
        else:
            styles[code] = count_style(entry.count)
    shown = {code for code, entry in view.countries.items() if not entry.territory or entry.count}
    dots = _dots(world, {c: s for c, s in styles.items() if c in shown})
    top = len(COUNT_SCALE)
    ramp = tuple(
        LegendItem(
            Style(colour, key=f"count-{i + 1}"),
            str(i + 1) if i + 1 < top else translate("Maps", "{n}+").format(n=top),
        )
        for i, colour in enumerate(COUNT_SCALE)
    )
    legend = Legend(
        title=translate("Maps", "Member of how many processes"),
        ramp=ramp,
        items=(
            LegendItem(
                Style(NONE_FILL, hatch=True, key="none"), translate("Maps", "In no process")
            ),
            *(
                (LegendItem(Style(NOT_KNOWN, key="not-known"),
                            translate("Maps", "Not known for {year}").format(year=year)),)
                if view.not_known() else ()
            ),
            LegendItem(
                Style(TERRITORY, key="territory"), translate("Maps", "Territory, not counted")
            ),
            LegendItem(
                Style(COUNT_SCALE[2], key="count-3"),
                translate("Maps", "Small state, drawn as a dot"),
                dot=True,
            ),
        ),
    )
    total = len(catalog.processes())
    if year is None:
        title = translate(
            "Maps", "Countries by number of migration processes they belong to, today"
        )
        subtitle = translate(
            "Maps",
            "{n} regional consultative processes and inter-regional forums; "
            "membership as currently recorded",
        ).format(n=total)
    else:
        title = translate(
            "Maps", "Countries by number of migration processes they belong to, {year}"
        ).format(year=year)
        subtitle = translate(
            "Maps",
            "{k} of {n} processes founded by {year}; membership in {year} as the dated "
            "entries show it, not today's lists",
        ).format(k=len(view.counted), n=total, year=year)
    return MapScene(
        kind="coverage",
        title=title,
        subtitle=subtitle,
        styles=styles,
        default_style=Style(TERRITORY, key="territory"),
        dots=dots,
        legend=legend,
        focus=_world_focus(world, shown),
        notes=_coverage_notes(catalog, view),
        footer=footer_text(catalog),
        tooltips=_coverage_tooltips(view),
        names=names,
        year=year,
    )


def area_name(key: str) -> str:
    """The name of an area of AREA_GROUPS (the report's areas of ¶6, ¶13), or "Elsewhere"."""
    return {
        "gap-africa": translate("Maps", "Africa"),
        "gap-caribbean": translate("Maps", "The Caribbean"),
        "gap-middle-east": translate("Maps", "Middle East and the Gulf"),
        "asia-pacific": translate("Maps", "Asia-Pacific"),
    }.get(key, translate("Maps", "Elsewhere"))


def in_none_note(catalog: Catalog, view: Coverage) -> str:
    in_none = view.in_none()
    if not in_none:
        return translate("Maps", "Every country is a member of at least one process.")
    groups = group_by_area(catalog, in_none)
    parts = [
        f"{area_name(key)}: {', '.join(display_name(c.name) for c in countries)}"
        for key, countries in groups
    ]
    return (
        translate("Maps", "In no process ({n}): ").format(n=len(in_none)) + "; ".join(parts) + "."
    )


def _coverage_notes(catalog: Catalog, view: Coverage) -> tuple[str, ...]:
    notes = [in_none_note(catalog, view)]
    quotes = gap_quotes(catalog)
    if quotes:
        notes.append(
            translate("Maps", "The 2005 report: ")
            + " ".join(f"¶{number}: “{text}”" for number, text, _ in quotes)
        )
    if view.not_yet_founded:
        notes.append(
            translate("Maps", "Founded after {year}, not counted: ").format(year=view.year)
            + ", ".join(f"{p.acronym} ({p.established})" for p in view.not_yet_founded)
            + "."
        )
    if view.unknown_founding:
        notes.append(
            translate("Maps", "Founding year unknown, not counted: ")
            + ", ".join(p.acronym for p in view.unknown_founding)
            + "."
        )
    if view.membership_unknown:
        by_id = {p.id: p for p in view.counted}
        unknown = sorted((by_id[k] for k in view.membership_unknown if k in by_id), key=lambda p: p.acronym.casefold())
        notes.append(
            translate("Maps", "Membership in {year} not known, not counted: ").format(year=view.year)
            + ", ".join(
                plural(view.membership_unknown[p.id], translate("Maps", "{process} ({n} country)"),
                       translate("Maps", "{process} ({n} countries)"), process=p.acronym)
                for p in unknown)
            + "."
        )
    ended = [p for p in view.without_members if p.status == "ended" and view.year is None]
    if ended:
        notes.append(
            translate("Maps", "Ended, no current members: ")
            + ", ".join(f"{p.acronym} ({catalog.process_history(p.id).status_since or '?'})" for p in ended)
            + "."
        )
    empty = [p for p in view.without_members if p not in ended]
    if empty:
        notes.append(
            translate("Maps", "No membership recorded, nothing to count: ")
            + ", ".join(p.acronym for p in empty)
            + "."
        )
    quiet = [p for p in view.counted if p.status != "active" and p not in view.without_members
             and not _still_active_in(catalog, p, view.year)]
    if quiet:
        notes.append(
            translate("Maps", "Counted, though no longer active: ")
            + ", ".join(f"{p.acronym} ({p.status})" for p in quiet)
            + "."
        )
    return tuple(notes)


def _still_active_in(catalog: Catalog, process: m.ProcessSummary, year: int | None) -> bool:
    """A process that ended or went quiet after the year was active in it (Söderköping in 2005)."""
    since = catalog.process_history(process.id).status_since
    return year is not None and since is not None and since > year


def _coverage_tooltips(view: Coverage) -> dict[str, str]:
    tips = {}
    for code, entry in view.countries.items():
        tips[code] = coverage_tooltip(entry, view.year)
    return tips


def coverage_tooltip(entry: CountryCoverage, year: int | None) -> str:
    lines = [entry.country.name]
    if entry.member_of:
        lines.append(
            plural(
                entry.count,
                translate("Maps", "Member of {n} process: "),
                translate("Maps", "Member of {n} processes: "),
            )
            + ", ".join(p.acronym for p in entry.member_of)
        )
    elif entry.not_known:
        lines.append(translate("Maps", "Membership in {year} not known").format(year=year))
    elif entry.territory:
        lines.append(translate("Maps", "Territory: no process lists it"))
    else:
        lines.append(
            translate("Maps", "In no process")
            if year is None
            else translate("Maps", "In no process founded by {year}").format(year=year)
        )
    if entry.observer_of:
        lines.append(
            translate("Maps", "Observer in: ") + ", ".join(p.acronym for p in entry.observer_of)
        )
    if entry.unknown_in:
        lines.append(
            translate("Maps", "Not known for {year}: ").format(year=year)
            + ", ".join(p.acronym for p in entry.unknown_in)
        )
    return "\n".join(lines)


# -- one process, or a comparison set -------------------------------------------------------------


def process_scene(catalog: Catalog, ids: list[str] | tuple[str, ...]) -> MapScene:
    """Members and observers of one process, or of the processes compared (unknown ids raise)."""
    world = world_map()
    the_set = process_set(catalog, ids)
    comparison = len(the_set.processes) > 1
    names = {c.code: display_name(c.name) for c in catalog.countries()}
    styles: dict[str, Style] = {}
    for code in the_set.members:
        styles[code] = _member_style(the_set, code) if comparison else Style(MEMBER, key="member")
    for code in the_set.observers_only():
        styles[code] = Style(OBSERVER, key="observer")
    listed = set(styles)
    east = _leans_east(world, listed)
    dots = _dots(world, styles, east=east)
    labels = tuple(
        Label(
            code,
            names.get(code, code),
            *world.shape(code).anchor,  # type: ignore[union-attr]
            weight=_size(world, code),
        )
        for code in sorted(listed)
        if world.has_shape(code) and not world.needs_dot(code)
    )
    labels += tuple(
        Label(d.code, names.get(d.code, d.code), d.x, d.y, weight=0.0, beside=True) for d in dots
    )
    missing = sorted(
        code for code in listed if not world.has_shape(code) and world.point(code) is None
    )
    focus = world.bounds(sorted(listed), east=east) if listed else _world_focus(world, set())
    members = the_set.members_only()
    observers = the_set.observers_only()
    dot_item = (
        (
            LegendItem(
                Style(MEMBER if not comparison else SET_SCALE[0], key="member"),
                translate("Maps", "Small state, drawn as a dot"),
                dot=True,
            ),
        )
        if dots
        else ()
    )
    if comparison:
        title = translate("Maps", "Members and observers of the processes compared")
        subtitle = ", ".join(p.summary.acronym for p in the_set.processes)
        legend = _comparison_legend(the_set, members, observers, dot_item)
        lists = _comparison_lists(the_set, names)
    else:
        profile = the_set.processes[0]
        title = translate("Maps", "{process}: members and observers").format(
            process=profile.summary.acronym
        )
        subtitle = profile.summary.name if profile.summary.name != profile.summary.acronym else ""
        items = [
            LegendItem(
                Style(MEMBER, key="member"),
                translate("Maps", "Member ({n})").format(n=len(members)),
            )
        ]
        if observers:
            items.append(
                LegendItem(
                    Style(OBSERVER, key="observer"),
                    translate("Maps", "Observer ({n})").format(n=len(observers)),
                )
            )
        items.append(LegendItem(Style(OTHER, key="other"), translate("Maps", "Not listed")))
        legend = Legend(title="", items=(*items, *dot_item))
        lists = tuple(
            x
            for x in (
                NameList(
                    translate("Maps", "Members ({n})").format(n=len(members)),
                    tuple(names[c] for c in members),
                ),
                NameList(
                    translate("Maps", "Observers ({n})").format(n=len(observers)),
                    tuple(names[c] for c in observers),
                ),
            )
            if x.names
        )
    notes = list(_set_notes(catalog, the_set, with_sources=not comparison))
    if missing:
        notes.append(
            translate("Maps", "Not on the map (no shape): ") + _names(missing, names) + "."
        )
    tooltips = {code: _set_tooltip(the_set, code, names) for code in names}
    return MapScene(
        kind="comparison" if comparison else "process",
        title=title,
        subtitle=subtitle,
        styles=styles,
        default_style=Style(OTHER, key="other"),
        dots=dots,
        legend=legend,
        focus=focus,
        notes=tuple(notes),
        lists=lists,
        labels=labels,
        footer=footer_text(catalog),
        tooltips=tooltips,
        names=names,
        process_ids=the_set.ids,
    )


def _leans_east(world: WorldMap, codes: set[str]) -> bool:
    """Do the countries with shapes lie mostly in the eastern half of the map (Asia, Oceania)?
    Then the Pacific islands east of the date line are drawn beside them, on the right."""
    xs = [world.shapes[c].anchor[0] for c in codes if c in world.shapes]
    return bool(xs) and sum(xs) / len(xs) > 1700.0


def _size(world: WorldMap, code: str) -> float:
    shape = world.shape(code)
    if shape is None:
        return 0.0
    x0, y0, x1, y1 = shape.bbox
    return (x1 - x0) * (y1 - y0)


def _member_style(the_set: ProcessSet, code: str) -> Style:
    count = the_set.member_count(code)
    index = min(count, len(SET_SCALE)) - 1
    return Style(SET_SCALE[index], key=f"member-{index + 1}")


def _comparison_legend(
    the_set: ProcessSet,
    members: tuple[str, ...],
    observers: tuple[str, ...],
    extra: tuple[LegendItem, ...],
) -> Legend:
    n = len(the_set.processes)
    items = []
    for index, colour in enumerate(SET_SCALE[: min(n, len(SET_SCALE))]):
        k = index + 1
        count = sum(1 for c in members if min(the_set.member_count(c), len(SET_SCALE)) == k)
        if k == n:
            label = translate("Maps", "Member of all {n} ({count})").format(n=n, count=count)
        elif k == len(SET_SCALE):
            label = translate("Maps", "Member of {k} or more ({count})").format(k=k, count=count)
        else:
            label = translate("Maps", "Member of {n} of them ({count})").format(n=k, count=count)
        items.append(LegendItem(Style(colour, key=f"member-{k}"), label))
    if observers:
        items.append(
            LegendItem(
                Style(OBSERVER, key="observer"),
                translate("Maps", "Observer only ({n})").format(n=len(observers)),
            )
        )
    items.append(LegendItem(Style(OTHER, key="other"), translate("Maps", "Not listed")))
    return Legend(title="", items=(*items, *extra))


def _comparison_lists(the_set: ProcessSet, names: Mapping[str, str]) -> tuple[NameList, ...]:
    n = len(the_set.processes)
    lists = []
    shared = [c for c in the_set.members_only() if the_set.member_count(c) == n]
    if shared:
        lists.append(
            NameList(
                translate("Maps", "Members of all {n} ({count})").format(n=n, count=len(shared)),
                tuple(names[c] for c in shared),
            )
        )
    some = [c for c in the_set.members_only() if 1 < the_set.member_count(c) < n]
    if some:
        lists.append(
            NameList(
                translate("Maps", "Members of some of them ({count})").format(count=len(some)),
                tuple(names[c] for c in some),
            )
        )
    for profile in the_set.processes:
        own = [c for c in the_set.members_only() if the_set.members[c] == (profile.id,)]
        if own:
            lists.append(
                NameList(
                    translate("Maps", "Only in {process} ({count})").format(
                        process=profile.summary.acronym, count=len(own)
                    ),
                    tuple(names[c] for c in own),
                )
            )
    observers = the_set.observers_only()
    if observers:
        lists.append(
            NameList(
                translate("Maps", "Observers only ({count})").format(count=len(observers)),
                tuple(names[c] for c in observers),
            )
        )
    return tuple(lists)


def _set_notes(catalog: Catalog, the_set: ProcessSet, *, with_sources: bool) -> tuple[str, ...]:
    """When each list holds (and, for one process, where it comes from)."""
    notes = []
    for profile in the_set.processes:
        members, observers = profile.fact("members"), profile.fact("observers")
        prefix = f"{profile.summary.acronym}: " if len(the_set.processes) > 1 else ""
        if not profile.members and not profile.observers:
            notes.append(prefix + translate("Maps", "No membership is recorded for this process."))
            continue
        parts = []
        if profile.members:
            parts.append(_as_of(translate("Maps", "Members as of {date}"), members, catalog.lang))
        if profile.observers:
            parts.append(
                _as_of(translate("Maps", "observers as of {date}"), observers, catalog.lang)
            )
        notes.append(prefix + "; ".join(parts) + ".")
        if with_sources and members.sources:
            notes.append(
                translate("Maps", "Sources: ")
                + "; ".join(
                    f"{s.publisher}, “{s.title}”" if s.publisher else f"“{s.title}”"
                    for s in members.sources[:2]
                )
                + ("; …" if len(members.sources) > 2 else ".")
            )
    return tuple(notes)


def _as_of(template: str, fact: m.Fact, lang: str) -> str:
    date = format_as_of(fact.as_of, lang) or translate("Maps", "an unknown date")
    text = template.format(date=date)
    if fact.is_unverified:
        text += " " + translate("Maps", "(unverified)")
    return text


def _set_tooltip(the_set: ProcessSet, code: str, names: Mapping[str, str]) -> str:
    by_id = {p.id: p.summary.acronym for p in the_set.processes}
    lines = [names.get(code, code)]
    member_of = [by_id[i] for i in the_set.members.get(code, ())]
    observer_of = [by_id[i] for i in the_set.observers.get(code, ())]
    if member_of:
        lines.append(translate("Maps", "Member of: ") + ", ".join(member_of))
    if observer_of:
        lines.append(translate("Maps", "Observer in: ") + ", ".join(observer_of))
    if not member_of and not observer_of:
        lines.append(translate("Maps", "Not listed"))
    return "\n".join(lines)


def scene_for(
    catalog: Catalog,
    *,
    process_ids: list[str] | tuple[str, ...] | None = None,
    year: int | None = None,
) -> MapScene:
    """A process or comparison scene when ids are given, else the coverage scene of a year."""
    if process_ids:
        return process_scene(catalog, list(process_ids))
    return coverage_scene(catalog, year)
