"""Markdown, CSV and HTML exports of the sheets: the same content as the PDF, in plain files."""

from __future__ import annotations

import csv
import io
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from rcpdesk.catalog import Catalog
from rcpdesk.sheets import (
    NoteRecord,
    NotesPlacement,
    SheetFormat,
    SheetOptions,
    build_comparison,
    build_profile,
    export_comparison,
    infer_format,
    write_sheet,
)
from rcpdesk.sheets.csvfile import COLUMNS, to_csv
from rcpdesk.sheets.html import to_html
from rcpdesk.sheets.markdown import to_markdown

ROOT = Path(__file__).resolve().parents[2]


def test_markdown_comparison(fixture_catalog: Catalog) -> None:
    sheet = build_comparison(fixture_catalog, ["test-process", "other-process"], ["funding", "objectives"])
    text = to_markdown(sheet)
    lines = text.splitlines()
    assert lines[0] == "# Comparison: Test Process · Other"
    assert "GCIM–IOM Workshop on RCPs, Geneva, 14–15 April 2005" in text
    table = [line for line in lines if line.startswith("|")]
    assert table[0] == "| Dimension | Test Process | Other | 2005 report |"
    assert len(table) == 2 + 2  # header, rule, two dimensions
    assert all(line.count("|") == table[0].count("|") for line in table)
    assert "Funded by voluntary contributions of members. [1] (as of 2024)" in table[2]
    assert "¶3, *Several participants*: “few RCPs benefited" in table[2]
    assert "*Not known*" in table[3]
    assert "## Sources" in text and "1. A test source. Test. <https://example.org/test>" in text


def test_markdown_escapes_pipes_and_keeps_notes(fixture_catalog: Catalog) -> None:
    notes = [NoteRecord("test-process#funding", "A | B\nsecond line", "concern", "#c62828", ("x",))]
    sheet = build_comparison(fixture_catalog, ["test-process"], notes=notes,
                             placement=NotesPlacement.AFTER)
    text = to_markdown(sheet)
    row = next(line for line in text.splitlines() if line.startswith("| **Funding**"))
    assert "[n1]" in row and row.count(" | ") == 2
    assert "- **n1** **concern**: *Test Process × Funding*. A | B second line #x" in text
    assert "Colours of your notes: concern (#c62828)" in text


def test_markdown_profile(fixture_catalog: Catalog) -> None:
    text = to_markdown(build_profile(fixture_catalog, "test-process"))
    assert text.startswith("# Test Process: Test Regional Consultative Process")
    assert "| **Members (3)** | Australia; Indonesia; Sri Lanka [1] (as of 2024) |" in text
    assert "Another source gives: 2001" in text
    assert "## Positions on the comparison dimensions" in text


def test_csv_one_row_per_cell(fixture_catalog: Catalog) -> None:
    sheet = build_comparison(fixture_catalog, ["test-process", "other-process"], ["funding", "objectives"])
    rows = list(csv.DictReader(io.StringIO(to_csv(sheet))))
    assert tuple(rows[0]) == COLUMNS
    assert [(r["process_id"], r["item_id"]) for r in rows] == [
        ("test-process", "funding"), ("other-process", "funding"),
        ("test-process", "objectives"), ("other-process", "objectives")]
    first = rows[0]
    assert first["value"] == "Funded by voluntary contributions of members."
    assert first["status"] == "sourced" and first["as_of"] == "2024"
    assert first["sources"] == "A test source <https://example.org/test>"
    assert first["report_citation"] == "¶3" and first["report_agreement"] == "Several participants"
    assert rows[2]["status"] == "unknown" and rows[2]["value"] == ""


def test_csv_neutralises_formulas_in_notes(fixture_catalog: Catalog) -> None:
    notes = [NoteRecord("test-process#funding", '=HYPERLINK("http://evil")', "concern", "#c62828"),
             NoteRecord("test-process", "-1 + 2", None, None)]
    sheet = build_comparison(fixture_catalog, ["test-process"], ["funding"], notes=notes,
                             placement=NotesPlacement.CELLS)
    rows = list(csv.DictReader(io.StringIO(to_csv(sheet))))
    assert rows[0]["notes"] == '[concern] =HYPERLINK("http://evil")'
    note_row = next(r for r in rows if r["section"] == "note")
    assert note_row["notes"] == "'-1 + 2"  # a spreadsheet shows it as text


def test_csv_profile(fixture_catalog: Catalog) -> None:
    rows = list(csv.DictReader(io.StringIO(to_csv(build_profile(fixture_catalog, "test-process",
                                                                 all_findings=True)))))
    sections = [r["section"] for r in rows]
    assert sections.count("dimension") == 2 and sections.count("finding") == 3
    members = next(r for r in rows if r["item_id"] == "members")
    assert members["value"] == "Australia; Indonesia; Sri Lanka"
    established = next(r for r in rows if r["item_id"] == "established")
    assert established["other_sources"] == "2001 (as of 2005)"


def test_html_is_qt_rich_text_with_a_repeating_header(fixture_catalog: Catalog) -> None:
    html = to_html(build_comparison(fixture_catalog, ["test-process", "other-process"]))
    assert html.count("<thead>") == 1 and "<th" in html
    assert "¶3" in html and "Several participants" in html
    assert "Data edition" in html and "GCIM–IOM Workshop on RCPs" in html


def test_written_files_and_formats(fixture_catalog: Catalog, tmp_path: Path) -> None:
    sheet = build_comparison(fixture_catalog, ["test-process"])
    assert infer_format(tmp_path / "a.MD") is SheetFormat.MARKDOWN
    assert infer_format(tmp_path / "a.csv") is SheetFormat.CSV
    assert infer_format(tmp_path / "a.htm") is SheetFormat.HTML
    assert infer_format(tmp_path / "a") is SheetFormat.PDF
    with pytest.raises(ValueError, match="cannot tell the format of a.txt"):
        infer_format(tmp_path / "a.txt")  # not a PDF under a name that says otherwise
    assert infer_format(tmp_path / "a.pdf", "md") is SheetFormat.MARKDOWN
    written = write_sheet(sheet, tmp_path / "s.csv", SheetFormat.CSV, SheetOptions())
    raw = written.path.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")  # spreadsheets read UTF-8 (¶, –) only with the mark
    assert "¶3".encode() in raw
    markdown = write_sheet(sheet, tmp_path / "s.md", SheetFormat.MARKDOWN, SheetOptions())
    assert markdown.path.read_text(encoding="utf-8").startswith("# Comparison")
    pdf = export_comparison(fixture_catalog, ["test-process"], None, tmp_path / "s.pdf")
    assert pdf.path.read_bytes().startswith(b"%PDF-") and pdf.pages == 1
    assert sorted(p.name for p in tmp_path.iterdir()) == ["s.csv", "s.md", "s.pdf"]


@pytest.mark.parametrize("bad", ["missing-folder/s.md", "."])
def test_unwritable_targets_fail_before_any_work(fixture_catalog: Catalog, tmp_path: Path,
                                                 bad: str) -> None:
    sheet = build_comparison(fixture_catalog, ["test-process"])
    with pytest.raises(OSError):
        write_sheet(sheet, tmp_path / bad, SheetFormat.MARKDOWN, SheetOptions())
    assert list(tmp_path.iterdir()) == []


def test_every_sheet_string_is_found_by_lupdate(tmp_path: Path) -> None:
    """Labels go through translate("Sheets", "...") where pyside6-lupdate sees them."""
    tool = Path(sys.executable).parent / "pyside6-lupdate"
    if not tool.exists() and not shutil.which("pyside6-lupdate"):
        pytest.skip("pyside6-lupdate is not installed")
    sources = sorted(str(p) for p in (ROOT / "rcpdesk" / "sheets").glob("*.py"))
    ts = tmp_path / "sheets.ts"
    subprocess.run([str(tool) if tool.exists() else "pyside6-lupdate", *sources, "-ts", str(ts)],
                   check=True, capture_output=True)
    text = ts.read_text(encoding="utf-8")
    # no string without context; the agreement levels keep their one context, shared with the window
    assert set(re.findall(r"<name>(.*?)</name>", text)) == {"Sheets", "agreement"}
    for needle in ("Not known", "Colours of your notes", "page {page} of {pages}",
                   "Broad agreement", "as of {date}", "{label} (continued)"):
        assert f"<source>{needle}</source>" in text.replace("&apos;", "'")
    for source in sources:  # and none hides inside an f-string, where lupdate does not look
        code = Path(source).read_text(encoding="utf-8")
        assert not re.search(r"""\bf(?:"(?:[^"\\\n]|\\.)*|'(?:[^'\\\n]|\\.)*)\{[^}\n]*\btranslate\(""", code), source


@pytest.mark.skipif(sys.platform == "win32", reason="POSIX file modes")
def test_written_sheets_get_the_usual_file_mode(fixture_catalog: Catalog, tmp_path: Path) -> None:
    """The private temp file (0600) does not make the sheet private: others may read what is shared."""
    import os
    import stat

    current = os.umask(0o022)
    try:
        pdf = export_comparison(fixture_catalog, ["test-process"], None, tmp_path / "s.pdf")
        md = export_comparison(fixture_catalog, ["test-process"], None, tmp_path / "s.md")
    finally:
        os.umask(current)
    assert stat.S_IMODE(pdf.path.stat().st_mode) == 0o644
    assert stat.S_IMODE(md.path.stat().st_mode) == 0o644
    md.path.chmod(0o600)  # a file the delegate made private stays private when written again
    export_comparison(fixture_catalog, ["test-process"], None, tmp_path / "s.md")
    assert stat.S_IMODE(md.path.stat().st_mode) == 0o600


def test_sheets_keep_to_their_layer() -> None:
    """sheets/ uses QtGui and QtPrintSupport for layout, never QtWidgets, and never imports ui/."""
    for source in sorted((ROOT / "rcpdesk" / "sheets").glob("*.py")):
        code = source.read_text(encoding="utf-8")
        assert not re.search(r"^\s*(from|import) PySide6\.QtWidgets", code, re.MULTILINE), source
        assert not re.search(r"^\s*(from|import) rcpdesk\.ui\b", code, re.MULTILINE), source


def test_french_sheet_from_the_command_line(fixture_db: Path, tmp_path: Path,
                                            capsys: pytest.CaptureFixture[str]) -> None:
    from rcpdesk.cli import main

    out = tmp_path / "fr.md"
    assert main(["--database", str(fixture_db), "--lang", "fr", "sheet", "--compare",
                 "test-process", "--out", str(out)]) == 0
    text = out.read_text(encoding="utf-8")
    assert "Financement" in text and "Objectifs" in text  # the data's own French names
    assert "novembre" in text  # dates in the locale's words
