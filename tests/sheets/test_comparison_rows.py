"""Issue 16: a comparison answers a delegate's question. Profile facts as rows, the report's
finding that fits the row (with the editor's gloss where it needs its paragraph), processes by
their common names, and notes on report paragraphs in the sheet."""

from __future__ import annotations

import csv
import io
import shutil
from pathlib import Path
from types import SimpleNamespace

import pytest
import yaml

from rcpdesk.catalog import Catalog
from rcpdesk.catalog.build import validate
from rcpdesk.catalog.errors import BuildError
from rcpdesk.catalog.relevance import gloss_problem
from rcpdesk.catalog.rows import FACT_ROW_IDS
from rcpdesk.cli import main

ROOT = Path(__file__).resolve().parents[2]
FIXTURE_DATA = ROOT / "tests" / "fixtures" / "data"
QUESTION = ["sheet", "--compare", "colombo-process,abu-dhabi-dialogue", "--dimensions", "secretariat,funding"]


def run(capsys: pytest.CaptureFixture[str], db: Path, *argv: str) -> tuple[int, str, str]:
    code = main(["--database", str(db), *argv])
    out, err = capsys.readouterr()
    return code, out, err


def csv_rows(text: str) -> list[dict[str, str]]:
    return list(csv.DictReader(io.StringIO(text)))


def test_the_delegates_question_as_csv(real_db: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, err = run(capsys, real_db, *QUESTION, "--format", "csv", "--out", "-")
    assert code == 0, err
    rows = csv_rows(out)
    secretariat = {r["process_id"]: r for r in rows if r["section"] == "comparison" and r["item_id"] == "secretariat"}
    assert set(secretariat) == {"colombo-process", "abu-dhabi-dialogue"}
    assert "IOM" in secretariat["colombo-process"]["value"]
    assert "United Arab Emirates" in secretariat["abu-dhabi-dialogue"]["value"]
    assert secretariat["abu-dhabi-dialogue"]["sources"] and secretariat["abu-dhabi-dialogue"]["as_of"]
    citations = {r["report_citation"] for r in rows if r["item_id"] == "secretariat"}
    assert "¶17" in citations
    assert secretariat["colombo-process"]["report_citation"] == "¶17"  # the best fit, on the row itself
    funding = [r for r in rows if r["section"] == "comparison" and r["item_id"] == "funding"]
    assert {r["report_citation"] for r in funding} == {"¶20"}
    # the finding says what the challenge was, in the editor's marked words
    assert funding[0]["report_finding"] == ("Most participants perceived [the lack of a predictable "
                                            "self-financing mechanism] as a challenge that limited and "
                                            "hampered activities")
    assert funding[0]["report_gloss"] == "words in [square brackets] are the editor's gloss"
    # the process column reads the common name, never the bare acronym or the id
    processes = {r["process"] for r in rows if r["section"] == "comparison"}
    assert processes == {"Colombo Process", "Abu Dhabi Dialogue"}
    more = [r for r in rows if r["section"] == "comparison-finding" and r["item_id"] == "secretariat"]
    assert more and all(r["report_citation"].startswith("¶") for r in more)


def test_a_note_on_paragraph_17_is_in_the_sheet(real_db: Path, tmp_path: Path,
                                                 capsys: pytest.CaptureFixture[str],
                                                 pdf: SimpleNamespace) -> None:
    assert run(capsys, real_db, "notes", "add", "report-2005/p17",
               "Ask whether the secretariat covers technical work")[0] == 0
    code, out, err = run(capsys, real_db, *QUESTION, "--format", "csv", "--with-notes", "--out", "-")
    assert code == 0, err
    notes = [r for r in csv_rows(out) if r["section"] == "note"]
    assert [(r["item_id"], r["report_citation"], r["notes"]) for r in notes] == [
        ("secretariat", "¶17", "Ask whether the secretariat covers technical work")]
    for mode in ("cells", "after"):
        sheet = tmp_path / f"question-{mode}.pdf"
        code, _, err = run(capsys, real_db, *QUESTION, f"--with-notes={mode}", "--out", str(sheet))
        assert code == 0, err
        text = pdf.solid(pdf.pages(sheet))
        assert pdf.words_in_order("Ask whether the secretariat covers technical work", text)
        assert pdf.words_in_order("Abu Dhabi Dialogue", text)
    code, out, _ = run(capsys, real_db, *QUESTION, "--format", "csv", "--out", "-")
    assert "Ask whether" not in out  # without --with-notes, no notes


def test_fact_rows_read_the_profile_facts(real_catalog: Catalog) -> None:
    from rcpdesk.sheets import build_comparison

    sheet = build_comparison(real_catalog, ["colombo-process", "abu-dhabi-dialogue"],
                             ["members", "established", "status", "type", "chair", "website"])
    by_row = {row.dimension.id: row for row in sheet.rows}
    members = by_row["members"].cells[1]
    assert members.text == "16 states" and "United Arab Emirates" in (members.detail or "")
    assert members.as_of and members.refs  # the same sources and date as the profile's list
    profile = real_catalog.process("colombo-process")
    chair = by_row["chair"].cells[0]
    assert chair.text == profile.fact("chair").text() and chair.as_of == profile.fact("chair").as_of
    assert by_row["established"].cells[0].text.startswith("2003")
    assert by_row["status"].cells[0].text == "active"
    assert by_row["type"].cells[0].text == "Regional consultative process"
    assert all(row.dimension.is_fact for row in sheet.rows)
    assert by_row["chair"].finding is not None and by_row["chair"].finding.citation == "¶16"


def test_every_row_has_curated_findings(real_catalog: Catalog) -> None:
    for row in real_catalog.comparison_rows():
        found = real_catalog.row_findings(row.id)
        assert found, f"no finding bears on {row.id}"
    assert [f.citation for f in real_catalog.row_findings("secretariat")][:1] == ["¶17"]
    assert real_catalog.row_findings("working-methods")[0].citation == "¶16"
    assert real_catalog.row_findings("participation")[0].citation == "¶18"
    # ¶11's unanimous finding no longer stands for working methods: the row is about secretariats,
    # chairs, meetings (¶16, ¶17), and ¶11's own "this approach" is glossed wherever it shows
    assert real_catalog.row_findings("objectives")[0].citation == "¶15"
    unanimous = next(f for f in real_catalog.row_findings("objectives") if f.id == "report-2005/p11/f2")
    assert unanimous.quoted.startswith("There was unanimous agreement on the usefulness of [frank and informal")


def test_relevance_data_is_checked(tmp_path: Path) -> None:
    data = tmp_path / "data"
    shutil.copytree(FIXTURE_DATA, data)
    relevance = {
        "rows": {
            "funding": [{"finding": "p3/f1", "starts": "not the opening words"}],
            "secretariat": [{"finding": "p99/f1", "starts": "x"}],
            "no-such-row": [{"finding": "p3/f1", "starts": "few"}],
        },
        "glosses": [{"finding": "p3/f1", "text": "few RCPs [had] nothing"}],
    }
    (data / "report" / "relevance.yaml").write_text(yaml.safe_dump(relevance), encoding="utf-8")
    with pytest.raises(BuildError) as raised:
        validate(data)
    text = str(raised.value)
    assert "does not start with these words" in text
    assert "unknown finding 'p99/f1'" in text
    assert "unknown comparison row 'no-such-row'" in text
    assert "not the finding's own wording" in text


def test_a_gloss_keeps_the_findings_words() -> None:
    finding = "Most participants perceived this as a challenge that limited and hampered activities"
    assert gloss_problem(finding, "Most participants perceived [the lack of funding] as a challenge "
                                  "that limited and hampered activities") is None
    assert "square brackets" in gloss_problem(finding, finding)
    assert gloss_problem(finding, "Most participants perceived [funding] as a challenge") is not None  # cut short
    assert gloss_problem(finding, "[Participants] saw [funding] as a challenge that limited and hampered "
                                  "activities") is not None


def test_fact_row_ids_on_the_command_line(real_db: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, err = run(capsys, real_db, "sheet", "--compare", "bali-process",
                         "--dimensions", ",".join(FACT_ROW_IDS), "--format", "csv", "--out", "-")
    assert code == 0, err
    assert [r["item_id"] for r in csv_rows(out) if r["section"] == "comparison"] == list(FACT_ROW_IDS)
    code, _, err = run(capsys, real_db, "sheet", "--compare", "bali-process", "--dimensions", "secretary",
                       "--format", "csv", "--out", "-")
    assert code != 0 and "secretary" in err


def test_one_name_for_a_process_and_never_its_id(real_catalog: Catalog) -> None:
    add = real_catalog.processes(["abu-dhabi-dialogue"])[0]
    assert (add.display_name, add.acronym) == ("Abu Dhabi Dialogue", "ADD")
    assert real_catalog.processes(["puebla-process"])[0].display_name == "Puebla Process (RCM)"
    assert real_catalog.processes(["colombo-process"])[0].display_name == "Colombo Process"
    hits = [h for h in real_catalog.search("Abu Dhabi", 20) if h.kind == "process"]
    assert hits and hits[0].citation == "Abu Dhabi Dialogue"
    ids = {p.id for p in real_catalog.processes()}
    assert not any(h.citation in ids for h in real_catalog.search("process", 50))


def test_the_tree_names_processes_by_the_display_rule(real_catalog: Catalog, qapp) -> None:
    from rcpdesk.ui.models.tree_model import TreeModel

    model = TreeModel(real_catalog)
    texts = []

    def walk(parent) -> None:
        for row in range(model.rowCount(parent)):
            index = model.index(row, 0, parent)
            texts.append(index.data())
            if model.canFetchMore(index):
                model.fetchMore(index)
            if len(texts) < 400:
                walk(index)

    walk(model.index(-1, -1))
    assert any(t.startswith("Abu Dhabi Dialogue · 2008") for t in texts)
    assert any(t.startswith("Puebla Process (RCM) · ") for t in texts)
    assert not any(t.startswith("ADD ") for t in texts)


def test_out_of_its_paragraph_a_finding_carries_its_gloss_on_screen(real_catalog: Catalog, qapp) -> None:
    from rcpdesk.ui import pages

    profile = pages.html_for(real_catalog, "rcpdesk:process/bali-process")
    assert "Most participants perceived [the lack of a predictable self-financing mechanism]" in profile
    assert "[ ] editor&#x27;s gloss" in profile or "[ ] editor's gloss" in profile
    funding = pages.html_for(real_catalog, "rcpdesk:dimension/funding")
    assert "[the lack of a predictable self-financing mechanism]" in funding
    # in its own paragraph the report's words stand as written
    paragraph = pages.html_for(real_catalog, "rcpdesk:paragraph/20")
    assert "Most participants perceived this as a challenge" in paragraph
    assert "[the lack of" not in paragraph
