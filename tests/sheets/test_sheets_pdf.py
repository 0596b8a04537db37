"""Sheets laid out as PDF and read back with pypdf: every word there, header rows, page x of y, sizes."""

from __future__ import annotations

import re
import time
from pathlib import Path
from types import SimpleNamespace

import pytest
from PySide6.QtCore import QMarginsF
from PySide6.QtGui import QPageLayout, QPageSize
from PySide6.QtPrintSupport import QPrinter

from rcpdesk.catalog import Catalog
from rcpdesk.sheets import (
    NotesPlacement,
    Orientation,
    Paper,
    SheetFormat,
    SheetOptions,
    build_comparison,
    build_profile,
    write_sheet,
)
from rcpdesk.sheets import layout as layout_module
from rcpdesk.sheets.layout import lay_out, render_to_device, write_pdf
from rcpdesk.sheets.markdown import to_markdown
from rcpdesk.sheets.model import ComparisonSheet, Entry

PAGE_OF = re.compile(r"page (\d+) of (\d+)")


def cell_texts(sheet: ComparisonSheet) -> list[str]:
    texts = []
    for row in sheet.rows:
        texts.append(row.dimension.name)
        texts += [cell.text for cell in row.cells if not cell.is_unknown]
        if row.finding:
            texts.append(row.finding.text)
    return texts


def assert_every_word_is_there(sheet: ComparisonSheet, pages: list[str], pdf: SimpleNamespace) -> None:
    """No cell text lost: each cell's words, in order, among the words of the pages."""
    stream = pdf.solid(pages)
    lost = [text[:60] for text in cell_texts(sheet) if not pdf.words_in_order(text, stream)]
    assert not lost, f"cells whose words are not all on the pages: {lost}"


def assert_page_x_of_y(pages: list[str]) -> None:
    for index, text in enumerate(pages, start=1):
        found = PAGE_OF.findall(text)
        assert found == [(str(index), str(len(pages)))], f"page {index}: {found}"


def table_pages(pages: list[str]) -> list[int]:
    """The pages before the sources list begins (the table's pages)."""
    for index, text in enumerate(pages):
        if re.search(r"^Sources\b", text, re.MULTILINE):
            return list(range(index))
    return list(range(len(pages)))


def assert_header_row_on(pages: list[str], indexes: list[int], acronyms: list[str],
                         pdf: SimpleNamespace) -> None:
    header = pdf.words("Dimension " + " ".join(acronyms))
    missing = [i + 1 for i in indexes if not pdf.is_subsequence(header, pdf.words(pages[i]))]
    assert not missing, f"pages without the header row: {missing}"


def test_all_nine_processes_across_all_dimensions(nine_catalog: Catalog, nine_ids: tuple[str, ...],
                                                  tmp_path: Path, pdf: SimpleNamespace) -> None:
    started = time.perf_counter()
    sheet = build_comparison(nine_catalog, nine_ids, [d.id for d in nine_catalog.dimensions()])
    written = write_pdf(sheet, tmp_path / "nine.pdf", SheetOptions(paper=Paper.A4))
    elapsed = time.perf_counter() - started
    print(f"\nall-nine sheet: {written.pages} pages, built and written in {elapsed:.3f} s")
    assert elapsed < 1.5, f"the all-nine sheet took {elapsed:.2f} s"
    assert written.landscape  # nine columns: landscape on its own
    pages = pdf.pages(written.path)
    assert len(pages) == written.pages > 1
    assert all(pdf.same_size(size, (pdf.A4[1], pdf.A4[0])) for size in pdf.sizes(written.path))
    everything = "\n".join(pages)
    for process in sheet.processes:
        assert process.acronym in everything
    for dimension in sheet.dimensions:
        assert pdf.is_subsequence(pdf.words(dimension.name), pdf.words(everything)), dimension.name
    assert_every_word_is_there(sheet, pages, pdf)
    assert_page_x_of_y(pages)
    tables = table_pages(pages)
    assert len(tables) > 1
    assert_header_row_on(pages, tables, [p.acronym for p in sheet.processes], pdf)
    for text in pages:  # the header and the footer of every page
        assert "Comparison of 9 processes" in text
        assert "GCIM–IOM Workshop on RCPs, Geneva, 14–15 April 2005" in text
        assert sheet.meta.edition in text


def test_four_processes_stay_portrait(nine_catalog: Catalog, nine_ids: tuple[str, ...],
                                      tmp_path: Path, pdf: SimpleNamespace) -> None:
    sheet = build_comparison(nine_catalog, nine_ids[:4])
    written = write_pdf(sheet, tmp_path / "four.pdf", SheetOptions(paper=Paper.A4))
    assert not written.landscape
    assert all(pdf.same_size(size, pdf.A4) for size in pdf.sizes(written.path))
    pages = pdf.pages(written.path)
    assert_every_word_is_there(sheet, pages, pdf)
    assert_page_x_of_y(pages)
    assert_header_row_on(pages, table_pages(pages), [p.acronym for p in sheet.processes], pdf)


@pytest.mark.parametrize(("processes", "orientation", "landscape"), [
    (4, Orientation.AUTO, False), (5, Orientation.AUTO, True), (2, Orientation.LANDSCAPE, True),
    (9, Orientation.PORTRAIT, False)])
def test_orientation(synthetic_comparison, tmp_path: Path, pdf: SimpleNamespace, processes: int,
                     orientation: Orientation, landscape: bool) -> None:
    sheet = synthetic_comparison(processes=processes, dimensions=2, cell_words=10)
    written = write_pdf(sheet, tmp_path / "o.pdf", SheetOptions(orientation=orientation))
    width, height = pdf.sizes(written.path)[0]
    assert written.landscape is landscape
    assert (width > height) is landscape


@pytest.mark.parametrize(("paper", "points"), [(Paper.A4, (595.3, 841.9)), (Paper.LETTER, (612.0, 792.0))])
def test_paper_sizes(synthetic_comparison, tmp_path: Path, pdf: SimpleNamespace, paper: Paper,
                     points: tuple[float, float]) -> None:
    sheet = synthetic_comparison(processes=3, dimensions=12, cell_words=80)
    written = write_pdf(sheet, tmp_path / "p.pdf", SheetOptions(paper=paper))
    assert all(pdf.same_size(size, points) for size in pdf.sizes(written.path))
    assert written.pages > 1


def test_multi_page_sheet_repeats_the_header_row(synthetic_comparison, tmp_path: Path,
                                                  pdf: SimpleNamespace) -> None:
    sheet = synthetic_comparison(processes=9, dimensions=6, cell_words=60)
    written = write_pdf(sheet, tmp_path / "s.pdf", SheetOptions())
    pages = pdf.pages(written.path)
    assert len(pages) >= 4
    assert_page_x_of_y(pages)
    assert_header_row_on(pages, table_pages(pages), [p.acronym for p in sheet.processes], pdf)
    assert_every_word_is_there(sheet, pages, pdf)


def test_a_cell_longer_than_a_page_wraps_and_goes_on(synthetic_comparison, tmp_path: Path,
                                                     pdf: SimpleNamespace) -> None:
    sheet = synthetic_comparison(processes=3, dimensions=3, cell_words=20, long_cell=(1, 1, 1500))
    written = write_pdf(sheet, tmp_path / "long.pdf", SheetOptions())
    pages = pdf.pages(written.path)
    assert len(pages) >= 3
    assert_every_word_is_there(sheet, pages, pdf)
    assert_header_row_on(pages, table_pages(pages), [p.acronym for p in sheet.processes], pdf)
    # the page the long cell goes on to says which dimension it is
    assert all("Dimension1 name (continued)" in " ".join(text.split()) for text in pages[1:-1])


def test_portrait_splits_nine_columns_into_bands(synthetic_comparison, tmp_path: Path,
                                                 pdf: SimpleNamespace) -> None:
    sheet = synthetic_comparison(processes=9, dimensions=3, cell_words=15)
    written = write_pdf(sheet, tmp_path / "bands.pdf", SheetOptions(orientation=Orientation.PORTRAIT))
    assert not written.landscape
    pages = pdf.pages(written.path)
    everything = "\n".join(pages)
    assert "Processes 1–5 of 9" in everything and "Processes 6–9 of 9" in everything
    assert_every_word_is_there(sheet, pages, pdf)


def test_text_stays_text(synthetic_comparison, tmp_path: Path, pdf: SimpleNamespace) -> None:
    from pypdf import PdfReader

    sheet = synthetic_comparison(processes=2, dimensions=2, cell_words=5)
    written = write_pdf(sheet, tmp_path / "t.pdf", SheetOptions())
    reader = PdfReader(str(written.path))
    assert all(not page.images for page in reader.pages)
    assert "w0x0y0" in reader.pages[0].extract_text()
    assert reader.metadata.title == "Synthetic comparison"


def test_profile_pdf(nine_catalog: Catalog, tmp_path: Path, pdf: SimpleNamespace) -> None:
    sheet = build_profile(nine_catalog, "colombo-process")
    written = write_pdf(sheet, tmp_path / "profile.pdf", SheetOptions(paper=Paper.LETTER))
    assert not written.landscape
    pages = pdf.pages(written.path)
    stream = [w for page in pages for w in pdf.words(page)]
    assert_page_x_of_y(pages)
    for row in sheet.facts:
        assert pdf.is_subsequence(pdf.words(row.entry.text), stream), row.key
    for row in sheet.dimensions:
        assert pdf.is_subsequence(pdf.words(row.entry.text), stream), row.dimension.id
        if row.finding:
            assert row.finding.citation in "\n".join(pages)
    assert "Process profile: Colombo Process" in pages[-1]


def test_profile_of_the_fixture_data(fixture_catalog: Catalog, tmp_path: Path,
                                     pdf: SimpleNamespace) -> None:
    sheet = build_profile(fixture_catalog, "test-process")
    written = write_pdf(sheet, tmp_path / "p.pdf", SheetOptions())
    text = "\n".join(pdf.pages(written.path))
    assert "Regional Support Office" in text and "(unverified)" in text
    assert "Australia; Indonesia; Sri Lanka" in text
    assert "page 1 of 1" in text


def test_notes_and_legend_print(fixture_catalog: Catalog, tmp_path: Path, pdf: SimpleNamespace) -> None:
    from rcpdesk.sheets import NoteRecord

    notes = [NoteRecord("test-process#funding", "Ask about the trust fund.", "concern", "#c62828",
                        ("budget",))]
    for placement in (NotesPlacement.CELLS, NotesPlacement.AFTER):
        sheet = build_comparison(fixture_catalog, ["test-process", "other-process"], notes=notes,
                                 placement=placement)
        written = write_pdf(sheet, tmp_path / f"{placement}.pdf", SheetOptions(notes=placement))
        text = "\n".join(pdf.pages(written.path))
        assert "Ask about the trust fund." in text and "#budget" in text
        assert "Colours of your notes" in text and "concern" in text
        assert ("n1" in text) is (placement is NotesPlacement.AFTER)


def test_a_markdown_note_prints_as_text_not_as_markup(fixture_catalog: Catalog, tmp_path: Path,
                                                       pdf: SimpleNamespace) -> None:
    from rcpdesk.sheets import NoteRecord

    body = "## Budget\n\nAsk about the **trust fund** and *its donors*.\n\n1. First point\n2. Second point"
    notes = [NoteRecord("test-process#funding", body, "concern", "#c62828", markdown=True),
             NoteRecord("other-process#funding", "Plain **as typed**", "concern", "#c62828")]
    sheet = build_comparison(fixture_catalog, ["test-process", "other-process"], notes=notes,
                             placement=NotesPlacement.CELLS)
    written = write_pdf(sheet, tmp_path / "notes.pdf", SheetOptions(notes=NotesPlacement.CELLS))
    text = " ".join(" ".join(pdf.pages(written.path)).split())
    assert "Budget" in text and "Ask about the trust fund and its donors" in text
    assert "1. First point" in text and "2. Second point" in text
    assert "##" not in text and "**trust" not in text and "*its" not in text
    assert "Plain **as typed**" in text  # a plain-text note keeps what the delegate typed


def test_a_failed_write_leaves_nothing_behind(synthetic_comparison, tmp_path: Path,
                                              monkeypatch: pytest.MonkeyPatch) -> None:
    sheet = synthetic_comparison(processes=3, dimensions=4, cell_words=30)
    target = tmp_path / "sheet.pdf"
    target.write_bytes(b"%PDF- the sheet printed yesterday")

    def fail(laid, device, pages=None):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(layout_module, "paint_pages", fail)
    with pytest.raises(OSError):
        write_pdf(sheet, target, SheetOptions())
    assert target.read_bytes() == b"%PDF- the sheet printed yesterday"  # the old file is intact
    assert sorted(p.name for p in tmp_path.iterdir()) == ["sheet.pdf"]  # and no temp file is left
    with pytest.raises(OSError):
        write_sheet(sheet, tmp_path / "new.pdf", SheetFormat.PDF, SheetOptions())
    assert not (tmp_path / "new.pdf").exists()


def test_a_printer_is_laid_out_with_its_own_settings(synthetic_comparison, tmp_path: Path,
                                                     pdf: SimpleNamespace) -> None:
    """What a print preview shows is what prints: the printer's page layout wins over the options."""
    sheet = synthetic_comparison(processes=2, dimensions=6, cell_words=40)
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "printed.pdf"))
    printer.setPageLayout(QPageLayout(QPageSize(QPageSize.PageSizeId.Letter),
                                      QPageLayout.Orientation.Landscape, QMarginsF(10, 10, 10, 10),
                                      QPageLayout.Unit.Millimeter))
    laid = render_to_device(sheet, printer)
    assert pdf.same_size(pdf.sizes(tmp_path / "printed.pdf")[0], (792.0, 612.0))
    assert len(pdf.pages(tmp_path / "printed.pdf")) == laid.page_count


def test_unknown_cells_print_as_not_known(synthetic_comparison, tmp_path: Path,
                                          pdf: SimpleNamespace) -> None:
    from dataclasses import replace

    sheet = synthetic_comparison(processes=2, dimensions=1, cell_words=3)
    row = replace(sheet.rows[0], cells=(Entry("", "unknown", None), sheet.rows[0].cells[1]))
    sheet = replace(sheet, rows=(row,))
    written = write_pdf(sheet, tmp_path / "u.pdf", SheetOptions())
    assert "Not known" in pdf.pages(written.path)[0]
    assert "*Not known*" in to_markdown(sheet)


def test_layout_moves_rows_that_fit_rather_than_split_them(synthetic_comparison,
                                                          tmp_path: Path) -> None:
    """A dimension that fits on a page is not cut in two when moving it wastes little of the page."""
    from PySide6.QtGui import QPdfWriter

    sheet = synthetic_comparison(processes=4, dimensions=10, cell_words=45)
    writer = QPdfWriter(str(tmp_path / "unused.pdf"))
    writer.setPageLayout(layout_module.page_layout(sheet, SheetOptions()))
    laid = lay_out(sheet, writer)
    groups = layout_module._groups(laid.document, laid.segments)
    height = laid.body_height
    split = [g for g in groups if int(g.top // height) != int((g.bottom - 0.5) // height)]
    for g in split:  # what is still split had too much room left on its page to move
        assert (int(g.top // height) + 1) * height - g.top > height * layout_module.MAX_WASTED_SHARE
