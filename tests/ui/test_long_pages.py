"""Pages stay short when the data grows: a profile caps its findings per dimension, and a
dimension, section, region or country lists a page of entries at a time with links to the others.

The grown catalog is the real data with its report repeated fifty times (2,450 paragraphs, every
finding and every naming of a process with it); the crowded one has every process three times
over (72 processes: Switzerland sits in 24). Both are built by the real build code.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale

from rcpdesk.catalog import Catalog
from rcpdesk.catalog.agreement import rank
from rcpdesk.catalog.build import write_database
from rcpdesk.catalog.membership import with_derived_lists
from rcpdesk.catalog.sourcedata import load
from rcpdesk.catalog.validate import check
from rcpdesk.ui import detail_country, detail_html, links
from rcpdesk.ui.pages import html_for

ROOT = Path(__file__).resolve().parents[2]
COPIES = 50
SECTION_SIZE = 250


@pytest.fixture(scope="module")
def grown_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    data, errors = load(ROOT / "data")
    assert not errors
    real = sorted(data.files["report/paragraphs.yaml"], key=lambda p: p["number"])
    total = len(real) * COPIES
    data.files["report/sections.yaml"] = [
        {"id": f"part-{i + 1}", "order": i + 1, "title": f"Part {i + 1}",
         "paragraphs": [i * SECTION_SIZE + 1, min((i + 1) * SECTION_SIZE, total)]}
        for i in range(-(-total // SECTION_SIZE))]
    data.files["report/paragraphs.yaml"] = [
        dict(real[(n - 1) % len(real)], number=n, section=f"part-{(n - 1) // SECTION_SIZE + 1}",
             question=None, speakers=[], footnotes=[])
        for n in range(1, total + 1)]
    for name in ("questions", "footnotes", "recommendations"):
        data.files[f"report/{name}.yaml"] = []
    sources, errors = check(data)
    assert not errors, errors[:3]
    out = tmp_path_factory.mktemp("grown") / "rcpdesk.db"
    write_database(data, sources, out)
    return out


@pytest.fixture()
def grown(grown_db: Path) -> Catalog:
    return Catalog(grown_db)


@pytest.fixture(scope="module")
def crowded(tmp_path_factory: pytest.TempPathFactory) -> Catalog:
    data, errors = load(ROOT / "data")
    assert not errors
    for process_id, (path, doc) in list(data.processes.items()):
        for copy in (2, 3):
            twin = {key: value for key, value in doc.items() if key != "name_in_report"}
            twin.update(id=f"{process_id}-{copy}", acronym=f"{doc.get('acronym') or process_id} {copy}",
                        attended_2005=False)
            data.processes[twin["id"]] = (path, twin)
    sources, errors = check(data)
    assert not errors, errors[:3]
    for process_id, (path, doc) in list(data.processes.items()):  # today's lists, as the build derives them
        data.processes[process_id] = (path, with_derived_lists(doc))
    out = tmp_path_factory.mktemp("crowded") / "rcpdesk.db"
    write_database(data, sources, out)
    return Catalog(out)


def _items(html: str, heading: str) -> list[str]:
    """The list items under the first <h2> or <h3> that holds heading, up to the next heading."""
    start = html.index(heading)
    end = re.search(r"<h[123]", html[start + len(heading):])
    part = html[start:start + len(heading) + end.start()] if end else html[start:]
    return re.findall(r"<li>(.*?)</li>", part, flags=re.DOTALL)


def _order(finding_groups) -> list[list[tuple[bool, int, int]]]:
    return [[(not pf.named, rank(pf.finding.agreement), pf.finding.paragraph) for pf in g.findings]
            for g in finding_groups]


@pytest.mark.parametrize("process_id", ["bali-process", "igc", "colombo-process", "pafom"])
def test_profile_groups_are_the_strongest_of_the_full_list(real_catalog, grown, process_id) -> None:
    for catalog in (real_catalog, grown):
        everything = catalog.findings_for_process(process_id)
        groups = catalog.process_finding_groups(process_id, 5)
        assert sum(g.total for g in groups) == len(everything)
        by_dimension: dict[str, list] = {}
        for pf in everything:
            key = pf.finding.dimensions and _first_listed(catalog, pf.finding.id) or ""
            by_dimension.setdefault(key, []).append(pf)
        assert {g.dimension_id: g.total for g in groups} == {k: len(v) for k, v in by_dimension.items()}
        for group, order in zip(groups, _order(groups), strict=True):
            assert 0 < len(group.findings) <= 5
            expected = sorted((not pf.named, rank(pf.finding.agreement), pf.finding.paragraph)
                              for pf in by_dimension[group.dimension_id])[:len(order)]
            assert order == expected, group.dimension_id


def _first_listed(catalog: Catalog, finding_id: str) -> str:
    return catalog._row("SELECT dimension FROM findings WHERE id = ?", [finding_id])[0]


def test_grown_profile_page_is_as_short_as_the_real_one(real_catalog, grown) -> None:
    real = detail_html.process_html(real_catalog, "bali-process")
    page = detail_html.process_html(grown, "bali-process")
    assert len(page) < 1.5 * len(real)  # 50 times the findings, about the same page
    # 50 copies of the paragraphs that name the process: the first forty cited, the rest counted.
    named = grown.process("bali-process").named_in
    assert len(named) == COPIES * len(real_catalog.process("bali-process").named_in)
    assert f"and {QLocale().toString(len(named) - detail_html.PROFILE_CITATIONS)} more" in page
    objectives = next(g for g in grown.process_finding_groups("bali-process", 5) if g.dimension_id == "objectives")
    assert len(_items(page, ">Objectives</a></h3>")) == 5
    assert f"The strongest 5 of {QLocale().toString(objectives.total)}." in page
    assert f'href="{links.dimension("objectives")}">All the report' in page


def test_dimension_page_lists_a_page_of_findings_at_a_time_and_pages_through_all(grown) -> None:
    everything = [f"{f.citation}" for f in grown.findings_for_dimension("funding")]
    assert len(everything) == grown.count_findings_for_dimension("funding") > 2 * detail_html.PAGE_SIZE
    pages = -(-len(everything) // detail_html.PAGE_SIZE)
    seen = []
    for page in range(1, pages + 1):
        html = html_for(grown, links.with_page(links.dimension("funding"), page))
        items = _items(html, "What the 2005 report found")
        assert len(items) == min(detail_html.PAGE_SIZE, len(everything) - len(seen))
        seen += [re.search(r"¶\d+", item).group(0) for item in items]
        assert f"Page {page} of {pages}" in html
        assert (f'href="rcpdesk:dimension/funding?page={page + 1}"' in html) == (page < pages)
        assert (f'href="{links.with_page(links.dimension("funding"), page - 1)}"' in html) == (page > 1)
    assert seen == everything
    first = html_for(grown, links.dimension("funding"))
    size = detail_html.PAGE_SIZE
    assert f"Findings 1–{size} of {QLocale().toString(len(everything))}, strongest agreement first" in first
    assert len(_items(first, "The processes today")) == 0  # the values are table rows, all 24 on page 1
    assert first.count('href="rcpdesk:process/') >= len(grown.processes())


def test_a_page_past_the_end_shows_the_last_one(grown) -> None:
    total = grown.count_findings_for_dimension("funding")
    pages = -(-total // detail_html.PAGE_SIZE)
    html = html_for(grown, "rcpdesk:dimension/funding?page=9999")
    assert f"Page {pages} of {pages}" in html and "Next page" not in html


def test_section_page_pages_through_its_paragraphs(grown) -> None:
    size = detail_html.PAGE_SIZE
    pages = -(-SECTION_SIZE // size)
    html = html_for(grown, "rcpdesk:section/part-2?page=2")
    items = _items(html, f"Paragraphs {size + 1}–{2 * size} of {SECTION_SIZE}")
    first = SECTION_SIZE + size + 1  # part-2 starts at ¶251
    assert [re.search(r"¶(\d+)", i).group(1) for i in items] == [str(n) for n in range(first, first + size)]
    assert f"Page 2 of {pages}" in html
    last = html_for(grown, f"rcpdesk:section/part-2?page={pages}")
    shown = SECTION_SIZE - (pages - 1) * size
    heading = f"Paragraphs {SECTION_SIZE - shown + 1}–{SECTION_SIZE} of {SECTION_SIZE}"
    assert heading in last and len(_items(last, heading)) == shown


def test_real_pages_have_no_pager(real_catalog) -> None:
    for link in ("rcpdesk:dimension/funding", "rcpdesk:section/similarities", "rcpdesk:region/asia"):
        html = html_for(real_catalog, link)
        assert "Not found" not in html and "Page 1 of" not in html and "Next page" not in html, link


def test_links_carry_a_page() -> None:
    assert links.with_page("rcpdesk:dimension/funding", 3) == "rcpdesk:dimension/funding?page=3"
    assert links.parse("rcpdesk:dimension/funding?page=3") == links.Link("dimension", "funding", 3)
    assert links.first_page("rcpdesk:section/part-2?page=3") == "rcpdesk:section/part-2"
    assert links.with_page("rcpdesk:section/part-2?page=3", 1) == "rcpdesk:section/part-2"
    for broken in ("rcpdesk:dimension/funding?page=0", "rcpdesk:dimension/funding?page=x",
                   "rcpdesk:dimension/funding?sort=1", "rcpdesk:dimension/funding?page="):
        assert links.parse(broken) is None, broken


def test_next_page_link_opens_the_next_page_and_the_tree_stays_on_the_section(make_services, grown_db, qtbot) -> None:
    from PySide6.QtCore import QUrl

    from rcpdesk.ui.main_window import MainWindow

    window = MainWindow(make_services(grown_db))
    qtbot.addWidget(window)
    window.show()
    window.navigate(links.section("part-3"))
    detail = window.detail_panel
    qtbot.waitUntil(lambda: window.tree_panel.selected_links() == [links.section("part-3")])
    size, pages = detail_html.PAGE_SIZE, -(-SECTION_SIZE // detail_html.PAGE_SIZE)
    assert f"Page 1 of {pages}" in detail.view.toPlainText()
    detail.view.anchorClicked.emit(QUrl("rcpdesk:section/part-3?page=2"))  # the "Next page" link
    qtbot.waitUntil(lambda: f"Page 2 of {pages}" in detail.view.toPlainText())
    text = detail.view.toPlainText()
    first = 2 * SECTION_SIZE + size + 1  # part-3 starts at ¶501
    assert f"¶{first}" in text and f"¶{first + size - 1}" in text and f"¶{first + size}" not in text
    qtbot.wait(50)
    assert window.tree_panel.selected_links() == [links.section("part-3")]
    window.history.back_action.trigger()
    qtbot.waitUntil(lambda: f"Page 1 of {pages}" in detail.view.toPlainText())


def test_headline_finding_per_dimension_is_the_strongest_position(real_catalog, grown) -> None:
    for catalog in (real_catalog, grown):
        for dimension in catalog.dimensions():
            positions = [f for f in catalog.findings_for_dimension(dimension.id)
                         if f.agreement not in ("speaker", "procedural")]
            assert catalog.dimension_finding(dimension.id) == (positions[0] if positions else None)


def test_tree_follows_a_page_step_by_step_and_the_newest_page_wins(make_services, grown_db, qtbot) -> None:
    from rcpdesk.ui.main_window import MainWindow

    window = MainWindow(make_services(grown_db))
    qtbot.addWidget(window)
    window.show()
    tree = window.tree_panel
    window.navigate(links.paragraph(1234))
    window.navigate(links.paragraph(2001))  # before the first follow has finished
    qtbot.waitUntil(lambda: tree.selected_links() == [links.paragraph(2001)])
    qtbot.wait(50)
    assert tree.selected_links() == [links.paragraph(2001)]
    index = tree.view.currentIndex()
    assert tree.view.isExpanded(index.parent()) and tree.view.isExpanded(index.parent().parent())
    assert tree.view.visualRect(index).intersects(tree.view.viewport().rect())  # scrolled to it

    window.navigate(links.paragraph(77))
    window.save_session()  # closing at once: the follow completes, the selection is saved
    assert list(window.services.settings.tree_selection) == [links.paragraph(77)]


@pytest.mark.parametrize("process_id", ["bali-process", "igc"])
def test_printed_profile_keeps_the_strongest_findings_and_counts_the_rest(real_catalog, grown, process_id) -> None:
    from rcpdesk.sheets.build import (
        PROFILE_FINDINGS_DOWN_TO,
        PROFILE_FINDINGS_PER_DIMENSION,
        build_profile,
    )

    for catalog in (real_catalog, grown):
        everything = catalog.findings_for_process(process_id)
        general = [pf.finding for pf in everything if not pf.named]
        assert catalog.count_general_findings(process_id) == len(general)
        sheet = build_profile(catalog, process_id)
        assert len(sheet.named_findings) == sum(pf.named for pf in everything)
        assert len(sheet.general_findings) + sheet.findings_left_out == len(general)
        widely_shared = sorted((rank(f.agreement), f.paragraph) for f in general
                                if rank(f.agreement) <= rank(PROFILE_FINDINGS_DOWN_TO))
        printed = sorted((rank(f.agreement), f.paragraph) for f in sheet.general_findings)
        if catalog is real_catalog:  # no dimension reaches the cap: every widely shared finding
            assert printed == widely_shared
        else:
            assert len(printed) <= PROFILE_FINDINGS_PER_DIMENSION * len(catalog.dimensions()) < len(widely_shared)
            assert max(printed) <= max(widely_shared)
        everything_printed = build_profile(catalog, process_id, all_findings=True)
        assert len(everything_printed.general_findings) == len(general)
        assert everything_printed.findings_left_out == 0


def test_country_page_lists_ten_processes_a_page_with_their_neighbours(crowded) -> None:
    counts = crowded.count_memberships_of_country("CHE")
    total = counts["member"] + counts["observer"]
    assert total == 24 > 2 * detail_country.PAGE_SIZE
    pages = -(-total // detail_country.PAGE_SIZE)
    seen = []
    for page in range(1, pages + 1):
        html = html_for(crowded, links.with_page(links.country("CHE"), page))
        shown = re.findall(r'<tr><td><a href="rcpdesk:process/([^"]+)">', html)
        assert len(shown) == min(detail_country.PAGE_SIZE, total - len(seen))
        assert len(re.findall(r"<h3><a href=", html)) == len(shown)  # each with its neighbours
        assert f"Page {page} of {pages}" in html
        assert (f'href="rcpdesk:country/CHE?page={page + 1}"' in html) == (page < pages)
        seen += shown
    assert seen == [ms.process.id for ms in crowded.memberships_of_country("CHE")]
    first = html_for(crowded, links.country("CHE"))
    assert "Processes 1–10 of 24" in first
    assert f"Member of {counts['member']} processes" in first  # the summary counts them all


def test_country_summary_names_the_first_forty_and_counts_the_rest(crowded, monkeypatch) -> None:
    monkeypatch.setattr(detail_country, "SUMMARY_NAMES", 5)
    html = html_for(crowded, links.country("CHE"))
    summary = html[html.index("Member of"):html.index("</p>", html.index("Member of"))]
    members = crowded.count_memberships_of_country("CHE")["member"]
    assert summary.count('href="rcpdesk:process/') == 5 + min(5, crowded.count_memberships_of_country("CHE")["observer"])
    assert f"and {members - 5} more" in summary


def test_real_country_pages_are_unchanged_by_paging(real_catalog) -> None:
    html = html_for(real_catalog, links.country("CHE"))
    assert "Page 1 of" not in html and "Processes 1–" not in html and " more." not in html
    assert len(re.findall(r'<tr><td><a href="rcpdesk:process/', html)) == 8


def test_catalog_counts_and_presence_are_indexed_lookups(real_catalog, crowded) -> None:
    assert real_catalog.paragraphs_present([6, 13, 49, 50, 9999]) == {6, 13, 49}
    assert real_catalog.paragraphs_present([]) == frozenset()
    by_country = crowded.process_counts_by_country()
    expected: dict[str, int] = {}
    for _process, code, _role in crowded.membership_table():
        expected[code] = expected.get(code, 0) + 1
    assert by_country == expected
    assert crowded.countries_of("bali-process-2", "member") == crowded.process("bali-process").members


def test_long_label_tables_come_in_stacks_of_ten_rows(grown) -> None:
    html = html_for(grown, links.dimension("funding"))
    values = html[html.index("The processes today"):]
    tables = re.findall(r"<table.*?</table>", values, flags=re.DOTALL)
    rows = [t.count("<tr>") for t in tables]
    full, rest = divmod(len(grown.processes()), detail_html.TABLE_ROWS)
    expected = [detail_html.TABLE_ROWS] * full + ([rest] if rest else [])
    assert rows[:len(expected)] == expected


def test_start_page_names_the_first_sections_and_counts_the_rest(real_catalog, grown, monkeypatch) -> None:
    real = html_for(real_catalog, links.HOME)
    assert len(_items(real, "The 2005 report")) == len(real_catalog.sections())  # all eight, as before
    monkeypatch.setattr(detail_html, "HOME_SECTIONS", 3)
    sections = grown.sections()
    items = _items(html_for(grown, links.HOME), "The 2005 report")
    assert [re.search(r'href="rcpdesk:section/([^"]+)"', i).group(1) for i in items[:3]] == [s.id for s in sections[:3]]
    assert f"and {len(sections) - 3} more" in items[3] and len(items) == 4
