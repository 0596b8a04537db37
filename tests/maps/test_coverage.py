"""Coverage data (no Qt): counts per country and year, countries in none, process sets, timeline."""

from __future__ import annotations

import ast
from pathlib import Path

from rcpdesk.catalog.coverage import (
    AREA_GROUPS,
    GAP_AREAS,
    OVERLAP_AREA,
    TERRITORY_GROUP,
    countries_in_none,
    coverage,
    gap_quotes,
    group_by_area,
    neighbours,
    process_set,
    region_remarks,
    timeline,
)

ROOT = Path(__file__).resolve().parents[2]


def test_coverage_counts_a_country_in_two_processes(fixture_catalog):
    view = coverage(fixture_catalog)
    indonesia = view.of("IDN")
    assert indonesia is not None
    assert view.count("IDN") == 2
    assert {p.id for p in indonesia.member_of} == {"test-process", "other-process"}
    assert view.count("AUS") == 1
    assert view.count("JAM") == 0


def test_a_year_counts_processes_from_their_founding_year(fixture_catalog):
    # other-process has no known founding year: out of any year's view, listed as such
    in_2005 = coverage(fixture_catalog, 2005)
    # test-process (2002) gives only a list as of a later date: who belonged in 2005 is not
    # known, so it is named as such and Indonesia is neither counted nor called a gap
    assert in_2005.count("IDN") == 0 and in_2005.of("IDN").not_known
    assert "test-process" in in_2005.membership_unknown
    assert "IDN" not in {c.code for c in in_2005.in_none()}
    assert [p.id for p in in_2005.unknown_founding] == ["other-process"]
    in_2001 = coverage(fixture_catalog, 2001)  # test-process: founded 2002
    assert in_2001.count("IDN") == 0
    assert [p.id for p in in_2001.not_yet_founded] == ["test-process"]


def test_real_country_in_two_processes(real_catalog):
    view = coverage(real_catalog)
    cambodia = view.of("KHM")
    assert cambodia is not None and cambodia.count == 2
    assert {p.id for p in cambodia.member_of} == {"bali-process", "colombo-process"}
    # in 2005 Cambodia was not yet in the Colombo Process (admitted 2016); it was in the Bali
    # Process from its first Ministerial Conference (2002)
    in_2005 = coverage(real_catalog, 2005).of("KHM")
    assert in_2005.count == 1 and [p.id for p in in_2005.member_of] == ["bali-process"]
    assert not in_2005.unknown_in
    # before 2002, neither
    assert coverage(real_catalog, 2001).count("KHM") == 0


def test_countries_in_none_fixture(fixture_catalog):
    none = {c.code for c in countries_in_none(fixture_catalog)}
    assert not none & {"IDN", "AUS", "LKA", "FRA"}
    assert {"JAM", "ISL", "XKX"} <= none  # Kosovo is only an observer: a member of none
    territories = fixture_catalog.country_group(TERRITORY_GROUP).countries
    assert not none & territories  # Greenland, Puerto Rico...: not gaps
    with_territories = {
        c.code for c in countries_in_none(fixture_catalog, include_territories=True)
    }
    assert {"GRL", "PRI"} <= with_territories
    names = [c.name for c in countries_in_none(fixture_catalog)]
    assert names == sorted(names, key=str.casefold)


def test_countries_in_none_real_matches_the_membership_table(real_catalog):
    members = {code for _, code, role in real_catalog.membership_table() if role == "member"}
    territories = real_catalog.country_group(TERRITORY_GROUP).countries
    states = {c.code for c in real_catalog.countries()} - territories
    assert {c.code for c in countries_in_none(real_catalog)} == states - members
    in_2005 = {c.code for c in countries_in_none(real_catalog, 2005)}
    assert {"ATG", "YEM", "OMN", "SOM"} <= in_2005  # ¶6's Caribbean, Gulf and African gaps, in 2005
    # Jamaica observes the Puebla Process today, whose 2005 list is not known: not a gap, not counted
    assert "JAM" not in in_2005 and coverage(real_catalog, 2005).of("JAM").not_known


def test_2005_reads_the_dated_entries_not_todays_lists(real_catalog):
    in_2005 = coverage(real_catalog, 2005)
    söderköping = {c for c, e in in_2005.countries.items() if any(p.id == "soderkoping-process" for p in e.member_of)}
    assert söderköping == {"BLR", "LTU", "POL", "UKR", "LVA", "MDA", "HUN", "ROU", "SVK"}
    assert "eap-panel" in {p.id for p in in_2005.not_yet_founded}  # the Panel dates from 2011
    for code in ("ARM", "AZE", "GEO"):
        assert not any(p.id in ("eap-panel", "soderkoping-process") for p in in_2005.of(code).member_of)
    colombo = {c for c, e in in_2005.countries.items() if any(p.id == "colombo-process" for p in e.member_of)}
    assert colombo == {"BGD", "CHN", "IND", "IDN", "NPL", "PAK", "PHL", "LKA", "THA", "VNM"}
    # a Colombo member by 2008 at the latest, its role there in 2005 not known (a Bali member since 2002)
    assert "colombo-process" in {p.id for p in in_2005.of("AFG").unknown_in}
    today = coverage(real_catalog)
    assert "colombo-process" in {p.id for p in today.of("AFG").member_of}
    assert "eap-panel" in {p.id for p in today.of("ARM").member_of}
    assert not any(p.id == "soderkoping-process" for p in today.of("UKR").member_of)


def test_group_by_area_follows_the_report(real_catalog):
    groups = dict(group_by_area(real_catalog, countries_in_none(real_catalog, 2005)))
    assert "ATG" in {c.code for c in groups["gap-caribbean"]}
    assert "YEM" in {c.code for c in groups["gap-middle-east"]}
    assert "SOM" in {c.code for c in groups["gap-africa"]}


def test_country_groups_come_from_the_data_with_their_sources(real_catalog):
    """The groups the views read are in the catalog (data/country_groups.yaml), each with the
    source of its list, and every code is a country the catalog knows."""
    named = {TERRITORY_GROUP, *OVERLAP_AREA}
    named |= {g for ids in GAP_AREAS.values() for g in ids}
    named |= {g for _, ids in AREA_GROUPS for g in ids}
    groups = {g.id: g for g in real_catalog.country_groups()}
    assert named <= set(groups)
    known = {c.code for c in real_catalog.countries()}
    for group in groups.values():
        assert group.countries <= known and group.source and group.description
        assert group.basis in ("standard", "adapted", "own")
    assert groups["middle-east"].basis == "own"  # the report's term has no standard list
    assert {"GRL", "PRI", "HKG"} <= groups[TERRITORY_GROUP].countries
    assert "TWN" in groups["asia-pacific"].countries and "JAM" in groups["caribbean"].countries


def test_process_set_of_colombo(real_catalog, colombo):
    the_set = process_set(real_catalog, ["colombo-process"])
    assert set(the_set.members) == colombo.members
    assert set(the_set.observers_only()) == colombo.observers
    assert the_set.role("IDN") == "member" and the_set.role("QAT") == "observer"
    assert the_set.role("FRA") is None


def test_process_set_comparison_member_wins_over_observer(real_catalog):
    the_set = process_set(real_catalog, ["colombo-process", "abu-dhabi-dialogue"])
    # Bahrain observes Colombo but is a member of the Abu Dhabi Dialogue
    assert the_set.role("BHR") == "member"
    assert "BHR" not in the_set.observers_only()
    assert the_set.member_count("IND") == 2


def test_timeline_order(real_catalog, nine):
    data = timeline(real_catalog)
    years = [e.year for e in data.entries]
    assert years == sorted(years)
    assert data.order[:3] == ("igc", "ocam", "budapest-process")  # 1985, 1990, then 1993
    assert data.order.index("bali-process") < data.order.index("colombo-process")  # 2002 < 2003
    assert data.order.index("colombo-process") < data.order.index("rabat-process")  # 2003 < 2006
    assert {e.process.id for e in data.entries if e.process.attended_2005} == nine
    assert [r.id for r in data.lanes][:4] == ["europe", "asia", "americas", "africa"]
    assert all(data.lanes[e.lane].id == e.process.region_id for e in data.entries)


def test_timeline_lists_unknown_years_apart(fixture_catalog):
    data = timeline(fixture_catalog)
    assert [p.id for p in data.undated] == ["other-process"]
    assert data.order == ("test-process",)


def test_neighbours_of_indonesia(real_catalog):
    rows = {n.membership.process.id: n for n in neighbours(real_catalog, "IDN")}
    assert {"bali-process", "colombo-process"} <= set(rows)
    colombo = rows["colombo-process"]
    assert "LKA" in {c.code for c in colombo.other_members}
    assert "IDN" not in {c.code for c in colombo.other_members}
    assert colombo.membership.as_of == "2024"


def test_region_remarks(real_catalog):
    jamaica = {r.key: r for r in region_remarks(real_catalog, "JAM")}
    caribbean = jamaica["gap-caribbean"]
    assert caribbean.paragraphs == (6, 13)
    assert any(n == 13 and "exception of the Caribbean" in text for n, text, _ in caribbean.quotes)
    qatar = {r.key for r in region_remarks(real_catalog, "QAT")}
    assert {"gap-gulf", "gap-middle-east"} <= qatar
    indonesia = {r.key: r for r in region_remarks(real_catalog, "IDN")}
    assert "asia-pacific-overlap" in indonesia
    assert region_remarks(real_catalog, "FRA") == ()
    quotes = gap_quotes(real_catalog)
    assert [n for n, _, _ in quotes] == [6, 13]


def test_catalog_coverage_imports_no_qt():
    tree = ast.parse((ROOT / "rcpdesk" / "catalog" / "coverage.py").read_text(encoding="utf-8"))
    imported = {
        alias.name
        for node in ast.walk(tree)
        if isinstance(node, ast.Import)
        for alias in node.names
    }
    imported |= {node.module or "" for node in ast.walk(tree) if isinstance(node, ast.ImportFrom)}
    assert not any(name.startswith("PySide6") for name in imported)


def test_maps_package_imports_no_widgets():
    for path in (ROOT / "rcpdesk" / "maps").glob("*.py"):
        assert "QtWidgets" not in path.read_text(encoding="utf-8"), path.name
    for name in ("worldmap.py",):
        assert "PySide6" not in (ROOT / "rcpdesk" / "maps" / name).read_text(encoding="utf-8")


def test_founding_members_count_from_their_year(real_catalog):
    """The Puebla Process's ten of 1996 and the Lima Process's ten of 2000 count in 2005; Guyana,
    which joined Lima later in a year no source gives, is not known for 2005."""
    in_2005 = coverage(real_catalog, 2005)
    assert "puebla-process" in {p.id for p in in_2005.of("MEX").member_of}
    assert "lima-process" in {p.id for p in in_2005.of("ARG").member_of}
    assert "lima-process" in {p.id for p in in_2005.of("GUY").unknown_in}
    assert "lima-process" not in {p.id for p in coverage(real_catalog, 1999).of("ARG").member_of}
