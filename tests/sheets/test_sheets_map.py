"""The members map in a process profile (issue 9, point 4): in the PDF when asked, nowhere else."""

from __future__ import annotations

import re
from pathlib import Path
from types import SimpleNamespace

import pytest

from rcpdesk.catalog import Catalog
from rcpdesk.cli import main
from rcpdesk.settings import Settings
from rcpdesk.sheets import SheetFormat, SheetOptions, build_profile, write_sheet
from rcpdesk.sheets.export import SheetRequest, build_sheet, render_text
from rcpdesk.sheets.layout import MAP_DPI
from rcpdesk.ui.dialogs.sheet_options import SheetOptionsDialog

PAGE_OF = re.compile(r"page (\d+) of (\d+)")


def images_per_page(path: Path) -> list[list[tuple[int, int]]]:
    """The size of each image XObject on each page (read from the resources: no Pillow needed)."""
    from pypdf import PdfReader

    result = []
    for page in PdfReader(str(path)).pages:
        assert len(page.images) == len(page.images.keys())  # pypdf's own listing agrees
        xobjects = (page.get("/Resources") or {}).get("/XObject") or {}
        found = []
        for ref in xobjects.values():
            obj = ref.get_object()
            if obj.get("/Subtype") == "/Image":
                found.append((int(obj["/Width"]), int(obj["/Height"])))
        result.append(found)
    return result


def run(capsys: pytest.CaptureFixture[str], db: Path, *argv: str) -> tuple[int, str, str]:
    code = main(["--database", str(db), *argv])
    out, err = capsys.readouterr()
    return code, out, err


def assert_page_x_of_y(pages: list[str]) -> None:
    for index, text in enumerate(pages, start=1):
        assert PAGE_OF.findall(text) == [(str(index), str(len(pages)))], f"page {index}"


def test_profile_pdf_with_map(real_db: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str],
                              pdf: SimpleNamespace) -> None:
    with_map, without = tmp_path / "map.pdf", tmp_path / "plain.pdf"
    code, _, err = run(capsys, real_db, "sheet", "--profile", "colombo-process", "--with-map",
                       "--paper", "a4", "--out", str(with_map))
    assert code == 0, err
    code, _, err = run(capsys, real_db, "sheet", "--profile", "colombo-process",
                       "--paper", "a4", "--out", str(without))
    assert code == 0, err

    images = images_per_page(with_map)
    assert any(images), "no image XObject on any page"
    width, height = next(size for page in images for size in page)
    text_width_in = (210 - 2 * 10) / 25.4
    assert width >= 0.95 * text_width_in * MAP_DPI  # printed crisply at the text width
    assert 0.45 < height / width < 0.6
    pages = pdf.pages(with_map)
    assert_page_x_of_y(pages)
    solid = pdf.solid(pages)
    assert pdf.solid(["Members map of Colombo Process, from the membership list as of"]) in solid
    # after the facts, before the positions on the dimensions
    assert solid.index("Membersmapof") < solid.index("Positionsonthecomparisondimensions")

    assert not any(images_per_page(without))
    plain = pdf.pages(without)
    assert_page_x_of_y(plain)
    assert "Members map" not in "".join(plain)


def test_map_only_in_print(real_catalog: Catalog) -> None:
    request = SheetRequest.profile("colombo-process", SheetOptions(with_map=True))
    sheet = build_sheet(real_catalog, request)
    assert sheet.members_map is not None and sheet.members_map.svg.lstrip().startswith("<")
    html = render_text(sheet, SheetFormat.HTML)
    assert "<img" not in html and "only in the PDF" in html
    for fmt in (SheetFormat.MARKDOWN, SheetFormat.CSV):
        assert "Members map" not in render_text(sheet, fmt)
    assert build_profile(real_catalog, "colombo-process").members_map is None


def test_map_on_letter_landscape_stays_on_the_page(real_catalog: Catalog, tmp_path: Path,
                                                    pdf: SimpleNamespace) -> None:
    options = SheetOptions(paper="letter", orientation="landscape", with_map=True)
    sheet = build_sheet(real_catalog, SheetRequest.profile("colombo-process", options))
    out = tmp_path / "wide.pdf"
    write_sheet(sheet, out, SheetFormat.PDF, options)
    assert any(images_per_page(out))
    assert_page_x_of_y(pdf.pages(out))


def test_dialog_and_settings_keep_the_choice(fixture_catalog: Catalog, tmp_path: Path) -> None:
    settings = Settings(tmp_path / "s.ini").sheets
    assert settings.options().with_map is False
    settings.set_options(SheetOptions(with_map=True))
    assert settings.options().with_map is True
    dialog = SheetOptionsDialog(fixture_catalog, settings.options(), ["test-process"], None)
    box = dialog.findChild(type(dialog._with_map), "sheet_with_map")
    assert box is not None and box.isChecked() and box.text() == "Members map (profiles)"
    box.setChecked(False)
    assert dialog.choice().options.with_map is False
    dialog.deleteLater()
