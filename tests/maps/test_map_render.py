"""The world map, its scenes and its files: which country gets which colour, what the SVG, PNG and
PDF hold, and that nothing is clipped or overlaps."""

from __future__ import annotations

import dataclasses
import xml.etree.ElementTree as ET
from collections import Counter

import pytest
from PySide6.QtCore import QByteArray
from PySide6.QtGui import QColor, QImage
from PySide6.QtSvg import QSvgRenderer

from rcpdesk.maps import scene as sc
from rcpdesk.maps.render import (
    map_image,
    map_svg,
    members_map_image,
    members_map_svg,
    write_map,
)
from rcpdesk.maps.svg import layout, render_svg
from rcpdesk.maps.worldmap import MAP_WIDTH, parse_path, project, world_map


def test_world_map_is_read_from_the_installed_package():
    world = world_map()
    assert len(world.shapes) > 170
    assert world.has_shape("IDN") and world.has_shape("FRA")
    assert not world.has_shape("ATA")  # left out: no process, a fifth of the picture
    # the package's SVG draws Kuwait over where Qatar should be: rcpdesk puts it back north
    kuwait = world.shape("KWT")
    assert kuwait.contains(*project(47.8, 29.3)) and world.country_at(*project(47.8, 29.3)) == "KWT"
    assert not world.has_shape("QAT") and world.needs_dot("QAT")  # the SVG has no Qatar
    qatar = world.point("QAT")
    assert qatar is not None and world.country_at(*qatar) is None  # in the sea, not on Saudi Arabia
    assert world.country_at(*project(-66.5, 18.22)) == "PRI"  # Puerto Rico, also put back
    # where a small country's circle lies on its neighbour, the small country wins
    assert world.country_at(*world.shape("LIE").anchor) == "LIE"
    # countries with no shape get a dot where they are
    fiji = world.point("FJI")
    assert fiji is not None and fiji[0] > world.shape("AUS").bbox[2]
    assert world.needs_dot("FJI") and world.needs_dot("XKX") and not world.needs_dot("FRA")


def test_projection_matches_the_map():
    world = world_map()
    places = {
        "JAM": (18.1, -77.3),
        "ISL": (64.9, -18.6),
        "CHE": (46.8, 8.2),
        "THA": (15.9, 101.0),
        # the seven the package's SVG misplaces, put back
        "LKA": (7.9, 80.7),
        "PRI": (18.22, -66.5),
        "KWT": (29.3, 47.6),
        "BRN": (4.5, 114.7),
        "CPV": (16.0, -24.0),
        "STP": (0.2, 6.6),
        "TLS": (-8.9, 125.7),
    }
    for code, (lat, lon) in places.items():
        x, y = project(lon, lat)
        x0, y0, x1, y1 = world.shape(code).bbox
        assert x0 - 3 <= x <= x1 + 3 and y0 - 3 <= y <= y1 + 3, code


def test_path_parser_handles_relative_and_shorthand_commands():
    (sub,) = parse_path("m10 10 h5 v5 l-5 0 c1 1 2 2 3 3 s1 1 2 2 z")
    assert sub[0] == ("M", 10.0, 10.0)
    assert sub[1] == ("L", 15.0, 10.0) and sub[2] == ("L", 15.0, 15.0)
    assert sub[-1] == ("Z",)
    assert sub[-2][-2:] == (15.0, 20.0)
    (implicit,) = parse_path("M0 0 1 1 2 2Z")
    assert implicit[1] == ("L", 1.0, 1.0)
    with pytest.raises(ValueError):
        parse_path("M0 0 X")


def test_colombo_process_members_coloured_and_no_other(real_catalog, colombo, svg):
    scene = sc.process_scene(real_catalog, ["colombo-process"])
    members = {code for code, style in scene.styles.items() if style.fill == sc.MEMBER}
    observers = {code for code, style in scene.styles.items() if style.fill == sc.OBSERVER}
    assert members == colombo.members
    assert observers == colombo.observers
    assert scene.style("FRA").fill == sc.OTHER
    # in the SVG: the twelve member groups (all twelve have shapes), the eight observers
    drawn = svg.countries(map_svg(scene))
    assert {code for code, key in drawn.items() if key == "member"} == colombo.members
    assert {code for code, key in drawn.items() if key == "observer"} <= colombo.observers
    assert set(svg.dots(map_svg(scene))) <= colombo.members | colombo.observers


def test_colombo_process_pixels(real_catalog, colombo):
    """The rendered picture: each member's middle is blue, a non-member's grey."""
    scene = dataclasses.replace(sc.process_scene(real_catalog, ["colombo-process"]), labels=())
    width, height = 1600, 900
    image = map_image(scene, width, height)
    page = layout(scene, width, height)
    world = world_map()

    def colour_at(code: str) -> str:
        """The commonest colour of the 7 × 7 pixels around the country's middle."""
        x, y = page.to_page(*world.shape(code).anchor)
        colours = Counter(
            QColor(image.pixel(round(x) + dx, round(y) + dy)).name()
            for dx in range(-3, 4)
            for dy in range(-3, 4)
        )
        return colours.most_common(1)[0][0]

    for code in colombo.members:
        assert colour_at(code) == sc.MEMBER, code
    assert colour_at("SAU") == sc.OBSERVER
    assert colour_at("MMR") == sc.OTHER  # Myanmar, between Bangladesh and Thailand: not listed
    assert colour_at("IRN") == sc.OTHER


def test_comparison_shades_by_how_many(real_catalog):
    scene = sc.process_scene(real_catalog, ["bali-process", "colombo-process"])
    assert scene.kind == "comparison"
    assert scene.style("IND").key == "member-2"  # in both
    assert scene.style("AUS").key == "member-1"  # Bali only
    assert scene.style("ITA").key == "observer"  # observes Colombo, member of neither
    titles = [name_list.title for name_list in scene.lists]
    assert any(t.startswith("Members of all 2") for t in titles)
    assert "India" in scene.tooltips["IND"] and "Bali Process" in scene.tooltips["IND"]


def test_coverage_scene_today_and_2005(real_catalog, svg):
    today = sc.coverage_scene(real_catalog)
    in_2005 = sc.coverage_scene(real_catalog, 2005)
    assert today.style("ESP").key == "count-6"  # seven processes: the top of the scale, "6+"
    assert today.style("ISL").hatch and today.style("ISL").key == "none"
    assert today.style("GRL").key == "territory"  # not a gap
    assert in_2005.style("ATG").key == "none"
    assert in_2005.style("JAM").key == "not-known"  # Puebla's 2005 list is not known
    assert in_2005.style("UKR").key == "count-1"  # the Söderköping Process
    assert in_2005.style("ARM").key == "not-known"  # not in the EaP Panel (2011); Budapest unknown
    assert "2005" in in_2005.title
    # the caption says what the year means, lists the countries in none and the unknown lists
    words = " ".join((in_2005.subtitle, *in_2005.notes))
    assert "membership in 2005 as the dated entries show it" in words
    assert "Membership in 2005 not known, not counted: " in words and "Bali Process (9 countries)" in words
    assert "Antigua" in in_2005.notes[0] and "The Caribbean" in in_2005.notes[0]
    assert any("¶6" in note for note in in_2005.notes)
    drawn = svg.countries(map_svg(in_2005))
    assert drawn["YEM"] == "none" and drawn["SOM"] == "none" and drawn["UKR"] == "count-1"
    assert drawn["JAM"] == "not-known" and drawn["KHM"] == "count-1"  # the Bali Process since 2002
    # small states in none (no shape) are dots, hatched like the rest
    assert svg.dots(map_svg(in_2005))["BRB"] == "none"


def test_tooltips_name_the_country_and_its_processes(real_catalog):
    scene = sc.coverage_scene(real_catalog)
    tip = scene.tooltips["IDN"]
    assert tip.splitlines()[0] == "Indonesia"
    assert "Bali Process" in tip and "Colombo Process" in tip


def test_every_process_map_shows_all_its_countries(real_catalog):
    """No member or observer is clipped: each lies inside the framed view, as shape or dot."""
    world = world_map()
    for process in real_catalog.processes():
        scene = sc.process_scene(real_catalog, [process.id])
        page = layout(scene)
        x0, y0, x1, y1 = page.view
        for code in scene.styles:
            shape = world.shape(code)
            if shape is not None and not world.needs_dot(code):
                bx0, by0, bx1, by1 = shape.bbox
                if bx1 - bx0 > MAP_WIDTH / 2:
                    continue  # the United States and Russia span the seam: their main body counts
                assert x0 <= bx0 and bx1 <= x1 and y0 <= by0 and by1 <= y1, (process.id, code)
            else:
                dot = next(d for d in scene.dots if d.code == code)
                assert x0 <= dot.x <= x1 and y0 <= dot.y <= y1, (process.id, code)


@pytest.mark.parametrize("year", [None, 2005])
def test_coverage_layout_keeps_words_on_the_page(real_catalog, year):
    scene = sc.coverage_scene(real_catalog, year)
    page = layout(scene)
    assert page.map_box.y > 60 and page.map_box.bottom <= page.legend_box.y
    assert page.legend_box.bottom <= page.notes_box.y
    assert page.notes_box.bottom <= page.height - 20  # above the footer
    assert page.map_box.right <= page.width and page.map_box.x >= 0
    wx0, wy0, wx1, wy1 = scene.focus
    vx0, vy0, vx1, vy1 = page.view
    assert vx0 <= wx0 and vy0 <= wy0 and wx1 <= vx1 and wy1 <= vy1  # the whole world shows


def test_side_lists_fit_without_truncation(real_catalog):
    for ident in ("colombo-process", "rabat-process", "budapest-process", "pidc"):
        text = render_svg(sc.process_scene(real_catalog, [ident]))
        assert "more" not in " ".join(
            t for t in ET.fromstring(text.encode()).itertext() if t.startswith("…")
        ), ident


def test_svg_is_valid_and_readable_by_qt(real_catalog, svg):
    text = map_svg(sc.coverage_scene(real_catalog, 2005))
    root = ET.fromstring(text.encode("utf-8"))
    assert root.get("viewBox") == "0 0 1600 900"
    assert QSvgRenderer(QByteArray(text.encode("utf-8"))).isValid()
    words = svg.texts(text)
    assert any("2005" in w for w in words)
    assert "Member of how many processes" in words and "In no process" in words


def test_write_map_png_svg_pdf(real_catalog, tmp_path, pdf):
    scene = sc.process_scene(real_catalog, ["colombo-process"])
    png = write_map(scene, tmp_path / "colombo.png", width=1280, height=720)
    image = QImage(str(png))
    assert (image.width(), image.height()) == (1280, 720)
    svg_path = write_map(scene, tmp_path / "colombo.svg")
    assert "Colombo Process: members and observers" in svg_path.read_text(encoding="utf-8")
    pdf_path = write_map(scene, tmp_path / "colombo.pdf")
    assert pdf.pages(pdf_path) == 1
    text = pdf.text(pdf_path)
    assert "Colombo Process" in text and "Members (12)" in text and "Sri Lanka" in text
    assert sorted(p.name for p in tmp_path.iterdir()) == [
        "colombo.pdf",
        "colombo.png",
        "colombo.svg",
    ]


def test_members_map_for_a_sheet(real_catalog, colombo, svg):
    data = members_map_svg(real_catalog, "colombo-process", 800, 420)
    root = ET.fromstring(data)
    assert (root.get("width"), root.get("height")) == ("800", "420")
    drawn = svg.countries(data.decode("utf-8"))
    assert {c for c, key in drawn.items() if key == "member"} == colombo.members
    assert "Members (12)" not in svg.texts(
        data.decode("utf-8")
    )  # no side lists: the sheet has them
    assert "Member (12)" in svg.texts(data.decode("utf-8"))  # but a legend
    image = members_map_image(real_catalog, "colombo-process", 800, 420)
    assert (image.width(), image.height()) == (800, 420)


def test_localized_country_names(real_catalog):
    french = real_catalog.with_language("fr")
    scene = sc.process_scene(french, ["colombo-process"])
    names = dict(
        zip(
            [n for lst in scene.lists for n in lst.names],
            [n for lst in scene.lists for n in lst.names],
            strict=True,
        )
    )
    assert "Inde" in names and "Chine" in names
