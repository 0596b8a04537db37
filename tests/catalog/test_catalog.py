"""Catalog queries over a database built from the fixtures."""

from __future__ import annotations

import dataclasses
import threading

import pytest

from rcpdesk.catalog import Catalog, UnknownIdError


def test_regions_hold_their_processes(fixture_catalog: Catalog) -> None:
    regions = fixture_catalog.regions()
    assert [r.id for r in regions] == ["asia", "europe"]
    assert [p.id for p in regions[0].processes] == ["test-process"]
    assert regions[0].processes[0].attended_2005 is True


def test_process_profile_facts_sources_and_alternatives(fixture_catalog: Catalog) -> None:
    profile = fixture_catalog.process("test-process")
    assert profile.summary.established == 2002
    founding = profile.fact("established")
    assert founding.event == "First ministerial conference"
    assert [s.id for s in founding.sources] == ["test-site"]
    assert [a.value for a in founding.alternatives] == [2001]
    assert founding.alternatives[0].sources[0].id == "gcim-iom-2005"
    assert founding.shown_first_because
    assert profile.fact("chair").is_unverified
    assert [c.name for c in profile.members] == ["Australia", "Indonesia", "Sri Lanka"]
    assert [c.code for c in profile.observers] == ["XKX"]
    assert profile.dimension_values["objectives"].is_unknown
    assert profile.named_in == (1,)
    with pytest.raises(dataclasses.FrozenInstanceError):
        profile.members[0].name = "x"  # type: ignore[misc]
    with pytest.raises(AttributeError):  # a summary is a NamedTuple: immutable too
        profile.summary.acronym = "x"  # type: ignore[misc]


def test_unknown_fact_is_unknown_not_empty(fixture_catalog: Catalog) -> None:
    profile = fixture_catalog.process("other-process")
    assert profile.fact("secretariat").is_unknown
    assert profile.fact("secretariat").value is None
    assert profile.summary.established is None


def test_paragraph_by_number_id_and_citation(fixture_catalog: Catalog) -> None:
    by_number = fixture_catalog.paragraph(3)
    assert fixture_catalog.paragraph("report-2005/p3") == by_number
    assert fixture_catalog.paragraph("¶3") == by_number
    assert by_number.previous == 2 and by_number.next is None
    assert by_number.section_title == "Overview of similarities and disparities"
    assert [f.agreement for f in by_number.findings] == ["several", "several"]
    assert by_number.findings[0].start == by_number.text.index("few RCPs")
    assert fixture_catalog.paragraph(2).question.id == "q-growth"
    assert [p.id for p in fixture_catalog.paragraph(2).speakers] == ["jenny"]


def test_unknown_ids_raise(fixture_catalog: Catalog) -> None:
    for call in (lambda: fixture_catalog.process("nope"), lambda: fixture_catalog.paragraph(99),
                 lambda: fixture_catalog.dimensions(["nope"]), lambda: fixture_catalog.country("QQQ"),
                 lambda: fixture_catalog.paragraph("p-x")):
        with pytest.raises(UnknownIdError):
            call()


def test_findings_for_dimension_and_process(fixture_catalog: Catalog) -> None:
    assert [f.id for f in fixture_catalog.findings_for_dimension("funding")] == [
        "report-2005/p3/f1", "report-2005/p3/f2"]
    headline = fixture_catalog.dimension_finding("objectives")
    assert headline is not None and headline.agreement == "consensus" and headline.citation == "¶2"
    attended = fixture_catalog.findings_for_process("test-process")
    assert {pf.finding.id for pf in attended} >= {"report-2005/p2/f1", "report-2005/p3/f1"}
    assert fixture_catalog.findings_for_process("other-process") == ()


def test_comparison_values_grid(fixture_catalog: Catalog) -> None:
    grid = fixture_catalog.values(["test-process", "other-process"], ["funding", "objectives"])
    assert grid[("other-process", "objectives")].value == "Dialogue on labour migration."
    assert grid[("test-process", "objectives")].is_unknown


def test_country_memberships(fixture_catalog: Catalog) -> None:
    memberships = fixture_catalog.memberships_of_country("IDN")
    assert {(m.process.id, m.role) for m in memberships} == {
        ("test-process", "member"), ("other-process", "member")}
    assert memberships[0].sources[0].id == "test-site"


def test_french_and_spanish_names(fixture_catalog: Catalog) -> None:
    french = fixture_catalog.with_language("fr")
    assert french.regions()[0].name == "Asie et Pacifique"
    assert "Indonésie" in [c.name for c in french.process("test-process").members]
    assert french.dimensions(["funding"])[0].name == "Financement"


def test_search_ranks_and_highlights(fixture_catalog: Catalog) -> None:
    hits = fixture_catalog.search("self-financing")
    assert hits[0].citation == "¶3"
    start, end = hits[0].highlights[0]
    assert hits[0].snippet[start:end].lower() == "self-financing"
    assert fixture_catalog.search("Regional Support")[0].target_id == "test-process"
    assert fixture_catalog.search("fund", limit=5)  # prefix match while typing
    assert fixture_catalog.search('"; DROP TABLE x; --') == ()
    assert fixture_catalog.search("   ") == ()


def test_search_filters(fixture_catalog: Catalog) -> None:
    assert [h.target_id for h in fixture_catalog.search("funding", agreement="several")] == [
        "report-2005/p3"]
    assert fixture_catalog.search("funding", agreement="unanimous") == ()
    assert {h.target_id for h in fixture_catalog.search("Funded European", region="europe")} <= {
        "other-process"}
    by_dimension = fixture_catalog.search("trust", dimension="objectives")
    assert [h.target_id for h in by_dimension] == ["report-2005/p2"]


def test_catalog_is_read_only_and_thread_safe(fixture_catalog: Catalog) -> None:
    import sqlite3

    with pytest.raises(sqlite3.OperationalError):
        fixture_catalog._conn().execute("DELETE FROM processes")
    results: list[int] = []
    threads = [threading.Thread(target=lambda: results.append(len(fixture_catalog.search("funding"))))
               for _ in range(4)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert len(results) == 4 and len(set(results)) == 1


def test_target_kinds_for_notes(fixture_catalog: Catalog) -> None:
    assert fixture_catalog.target_kind("test-process") == "process"
    assert fixture_catalog.target_kind("report-2005/p2") == "paragraph"
    assert fixture_catalog.target_kind("report-2005/p99") is None
    assert fixture_catalog.target_kind("funding") == "dimension"
    assert fixture_catalog.target_kind("test-process#funding") == "cell"
    assert fixture_catalog.target_kind("test-process#nope") is None
    assert fixture_catalog.target_kind("IDN") == "country"
    assert fixture_catalog.target_kind("nothing") is None
    texts = fixture_catalog.paragraph_texts()
    assert set(texts) == {"report-2005/p1", "report-2005/p2", "report-2005/p3"} and len(texts) == 3
    assert texts["report-2005/p1"] == fixture_catalog.paragraph(1).text
    assert "report-2005/p9" not in texts and texts.get("report-2005/p9") is None


def test_paragraph_heads_are_light(fixture_catalog: Catalog) -> None:
    heads = fixture_catalog.paragraph_heads("introduction", length=12)
    assert heads == ((1, "This Worksho"), (2, "There was a "))


@pytest.mark.parametrize("options", [{}, {"kinds": ["paragraph"]}, {"region": "asia"}])
def test_search_batches_are_the_search_in_pieces(real_catalog: Catalog, options: dict) -> None:
    whole = real_catalog.search("migration", 50, **options)
    batches = list(real_catalog.search_batches("migration", (3, 47), **options))
    assert len(whole) > 3 and [len(b) for b in batches] == [3, len(whole) - 3]
    pieces = [hit for batch in batches for hit in batch]
    assert [(h.target_id, h.snippet, h.highlights) for h in pieces] == [
        (h.target_id, h.snippet, h.highlights) for h in whole]
    assert list(real_catalog.search_batches("self-financing", (20, 30), **options)) in (
        [], [real_catalog.search("self-financing", 50, **options)])  # one short batch, then none


def test_dimension_descriptions_in_the_catalogs_language(real_catalog: Catalog, fixture_catalog: Catalog) -> None:
    french = {d.id: d for d in real_catalog.with_language("fr").dimensions()}
    spanish = {d.id: d for d in real_catalog.with_language("es").dimensions()}
    for dimension in real_catalog.dimensions():
        assert dimension.descriptions.en == dimension.description
        assert french[dimension.id].description == dimension.descriptions.fr != dimension.description
        assert spanish[dimension.id].description == dimension.descriptions.es != dimension.description
    assert french["funding"].description == "Comment le processus et ses activités sont financés."
    # Data that gives a description in English only (a string) shows it in every language.
    funding = fixture_catalog.with_language("fr").dimensions(["funding"])[0]
    assert funding.description == "How it is paid for." and funding.descriptions.fr is None
