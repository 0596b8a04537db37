"""Building sheets from the catalog: values, findings with ¶ citations, numbered sources, notes."""

from __future__ import annotations

import re

import pytest

from rcpdesk.catalog import Catalog, UnknownIdError
from rcpdesk.sheets import (
    EmptySelection,
    NoteRecord,
    NotesPlacement,
    SheetOptions,
    SheetRequest,
    build_comparison,
    build_profile,
    build_sheet,
)
from rcpdesk.sheets.html import to_html

NOTES = (
    NoteRecord("test-process#funding", "Ask about the trust fund.", "concern", "#c62828", ("budget",)),
    NoteRecord("test-process", "We co-chair in 2027.", "our position", "#2e7d32"),
    NoteRecord("funding", "Compare with our own budget line.", "follow-up", "#f9a825"),
    NoteRecord("report-2005/p3", "Quote this in the opening.", None, None, ("speech",)),
    NoteRecord("elsewhere#funding", "Not on this sheet.", "concern", "#c62828"),
    NoteRecord("report-2005/p2", "Passage note.", "concern", "#c62828", target_kind="passage",
               quote="dialogue builds trust"),
)


DIMENSIONS = ["funding", "objectives"]  # the fixture's dimensions, without the profile fact rows


def test_comparison_holds_values_findings_and_numbered_sources(fixture_catalog: Catalog) -> None:
    sheet = build_comparison(fixture_catalog, ["test-process", "other-process"], DIMENSIONS)
    assert [p.id for p in sheet.processes] == ["test-process", "other-process"]
    assert [r.dimension.id for r in sheet.rows] == ["funding", "objectives"]
    funding = sheet.rows[0]
    assert funding.cells[0].text == "Funded by voluntary contributions of members."
    assert funding.cells[0].as_of == "2024"
    assert funding.cells[1].text == "Financed by the European Union."
    assert funding.finding is not None and funding.finding.citation == "¶3"
    assert funding.finding.agreement == "several"
    assert sheet.rows[1].cells[0].is_unknown  # objectives of test-process: unknown, never a guess
    # one source, cited by three cells: one footnote, number 1 everywhere
    assert [ref.source.id for ref in sheet.footnotes] == ["test-site"]
    assert {c.refs for row in sheet.rows for c in row.cells if not c.is_unknown} == {(1,)}
    assert sheet.meta.citation == "GCIM–IOM Workshop on RCPs, Geneva, 14–15 April 2005"
    assert "c52b94b162c0" in sheet.meta.edition or len(sheet.meta.edition) > 10


def test_comparison_keeps_the_chosen_order_and_dimensions(fixture_catalog: Catalog) -> None:
    sheet = build_comparison(fixture_catalog, ["other-process", "test-process", "other-process"],
                             ["objectives"])
    assert [p.id for p in sheet.processes] == ["other-process", "test-process"]
    assert [r.dimension.id for r in sheet.rows] == ["objectives"]


def test_empty_or_unknown_selections_are_refused(fixture_catalog: Catalog) -> None:
    with pytest.raises(EmptySelection):
        build_comparison(fixture_catalog, [])
    with pytest.raises(EmptySelection):
        build_comparison(fixture_catalog, ["test-process"], [])
    with pytest.raises(UnknownIdError, match="unknown process: nope"):
        build_comparison(fixture_catalog, ["test-process", "nope"])
    with pytest.raises(UnknownIdError, match="unknown dimension: nope"):
        build_comparison(fixture_catalog, ["test-process"], ["nope"])
    with pytest.raises(UnknownIdError):
        build_profile(fixture_catalog, "nope")
    with pytest.raises(EmptySelection):
        build_profile(fixture_catalog, "")


def test_notes_in_their_cells(fixture_catalog: Catalog) -> None:
    sheet = build_comparison(fixture_catalog, ["test-process", "other-process"], DIMENSIONS, notes=NOTES,
                             placement=NotesPlacement.CELLS)
    funding = sheet.rows[0]
    assert [n.record.body for n in funding.cells[0].notes] == ["Ask about the trust fund."]
    assert funding.cells[1].notes == ()
    assert [n.record.body for n in funding.notes] == ["Compare with our own budget line."]
    assert [n.record.body for n in funding.finding.notes] == ["Quote this in the opening."]
    assert [n.record.body for n in sheet.rows[1].finding.notes] == ["Passage note."]
    assert [n.record.body for n in sheet.process_notes[0]] == ["We co-chair in 2027."]
    assert all(n.number is None for n in sheet.notes)
    assert "Not on this sheet." not in {n.record.body for n in sheet.notes}
    assert dict(sheet.legend) == {"concern": "#c62828", "our position": "#2e7d32",
                                  "follow-up": "#f9a825"}
    html = to_html(sheet)
    assert "Ask about the trust fund." in html and "#budget" in html and "#c62828" in html
    assert "Colours of your notes" in html


def test_notes_numbered_after_the_table(fixture_catalog: Catalog) -> None:
    sheet = build_comparison(fixture_catalog, ["test-process", "other-process"], DIMENSIONS, notes=NOTES,
                             placement=NotesPlacement.AFTER)
    numbers = [n.number for n in sheet.notes]
    assert numbers == list(range(1, len(sheet.notes) + 1)) and len(numbers) == 5
    # reading order: the process, then row by row (dimension, cells, finding)
    assert [n.record.body for n in sheet.notes][:2] == ["We co-chair in 2027.",
                                                        "Compare with our own budget line."]
    cell_note = sheet.rows[0].cells[0].notes[0]
    assert cell_note.number == 3 and cell_note.on == "Test Process × Funding"
    html = to_html(sheet)
    assert ">n3</sup>" in html and "Your notes" in html


def test_notes_left_out_unless_asked(fixture_catalog: Catalog) -> None:
    request = SheetRequest.comparison(["test-process"], options=SheetOptions(), notes=NOTES)
    sheet = build_sheet(fixture_catalog, request)
    assert sheet.notes == () and sheet.legend == ()
    assert all(not c.notes for row in sheet.rows for c in row.cells)


def test_profile_facts_sources_and_findings(fixture_catalog: Catalog) -> None:
    sheet = build_profile(fixture_catalog, "test-process")
    facts = {row.key: row for row in sheet.facts}
    assert facts["secretariat"].entry.text == "Regional Support Office"
    assert facts["chair"].entry.status == "unverified"
    assert facts["members"].entry.text == "Australia; Indonesia; Sri Lanka"  # names, not codes
    assert facts["members"].label == "Members (3)"
    established = facts["established"].entry
    assert established.text.startswith("2002")
    assert [v.text for v in established.alternatives] == ["2001"]  # the other source is kept
    assert {ref.source.id for ref in sheet.footnotes} == {"test-site", "gcim-iom-2005"}
    assert [r.dimension.id for r in sheet.dimensions] == ["funding", "objectives"]
    assert sheet.dimensions[0].finding.citation == "¶3"
    # the consensus finding is printed; the two of narrow agreement are counted, not printed...
    assert [(f.citation, f.agreement) for f in sheet.general_findings] == [("¶2", "consensus")]
    assert sheet.findings_left_out == 2
    # ... unless every finding is asked for
    everything = build_profile(fixture_catalog, "test-process", all_findings=True)
    assert [f.citation for f in everything.general_findings] == ["¶2", "¶3", "¶3"]
    assert everything.findings_left_out == 0
    assert "took part in the 2005 workshop" in sheet.facts_line


def test_profile_notes(fixture_catalog: Catalog) -> None:
    sheet = build_profile(fixture_catalog, "test-process", notes=NOTES, placement=NotesPlacement.AFTER)
    assert [n.record.body for n in sheet.process_notes] == ["We co-chair in 2027."]
    funding = sheet.dimensions[0]
    assert [n.record.body for n in funding.entry.notes] == ["Ask about the trust fund."]
    assert sorted(n.number for n in sheet.notes) == list(range(1, len(sheet.notes) + 1))


def test_sheet_language_follows_the_request(fixture_catalog: Catalog) -> None:
    request = SheetRequest.comparison(["test-process"], DIMENSIONS, options=SheetOptions(lang="fr"))
    sheet = build_sheet(fixture_catalog, request)
    assert [r.dimension.name for r in sheet.rows] == ["Financement", "Objectifs"]
    assert sheet.meta.lang == "fr"
    assert "novembre" in sheet.meta.edition  # the locale's own date words


def test_notes_from_the_store_keep_their_format() -> None:
    from types import SimpleNamespace

    from rcpdesk.notes.model import BodyFormat
    from rcpdesk.sheets.notes_input import records_from_notes

    def note(body_format):
        target = SimpleNamespace(kind="process", id="bali-process", exact=None)
        return SimpleNamespace(target=target, body="**bold**", body_format=body_format, colour=None,
                               tags=(), in_trash=False, deleted_at=None)

    records = records_from_notes([note(BodyFormat.MARKDOWN), note(BodyFormat.TEXT)])
    assert [r.markdown for r in records] == [True, False]


def test_a_french_sheet_describes_its_dimensions_in_french(real_catalog) -> None:
    from rcpdesk.sheets import build_comparison
    from rcpdesk.sheets.html import to_html

    french = real_catalog.with_language("fr")
    sheet = build_comparison(french, ["bali-process", "colombo-process"], ["funding"])
    assert "Comment le processus et ses activités sont financés." in to_html(sheet)


def test_a_printed_finding_in_the_reports_own_voice_says_so(real_catalog) -> None:
    sheet = build_profile(real_catalog, "bali-process", all_findings=True)
    html = to_html(sheet)
    text = re.sub(r"<(?!/?i>)[^>]+>", "", html)  # the level in italics; the quotation as it reads
    assert "<i>The report states</i>: “few RCPs benefited from a predictable self-financing mechanism”" in text
    # out of its paragraph, ¶20's "this" carries the editor's gloss, marked as such
    assert '<span class="gloss">[the lack of a predictable self-financing mechanism]</span>' in html
    assert ("<i>Majority</i>: “Most participants perceived [the lack of a predictable "
            "self-financing mechanism] as a challenge") in text
    assert "words in [square brackets] are the editor&#x27;s gloss" in html
