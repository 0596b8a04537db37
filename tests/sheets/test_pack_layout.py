"""The pack's pages: no heading left alone at a page's foot, in the pack's parts and in a profile."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QBuffer, QIODevice

from rcpdesk.catalog import Catalog
from rcpdesk.sheets import pack_pdf
from rcpdesk.sheets.layout import _first_line_bottom
from rcpdesk.sheets.pack import PackRequest, build_pack

NINE = ("igc", "budapest-process", "bali-process", "colombo-process", "apc", "puebla-process",
        "lima-process", "midsa", "five-plus-five")


def _orphans(document, page_height: float) -> list[str]:  # type: ignore[no-untyped-def]
    layout = document.documentLayout()
    found = []
    block = document.begin()
    while block.isValid():
        following = block.next()
        if block.blockFormat().headingLevel() > 0 and following.isValid():
            top = layout.blockBoundingRect(block).top()
            if int(top // page_height) != int((_first_line_bottom(document, following) - 0.5) // page_height):
                found.append(block.text())
        block = following
    return found


@pytest.fixture(scope="module")
def laid_parts(real_db: Path, qapp):  # type: ignore[no-untyped-def]
    pack = build_pack(Catalog(real_db), PackRequest(NINE, country="LKA"))
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = pack_pdf._writer(buffer, pack)
    geometry = pack_pdf._geometry(writer)
    parts = pack_pdf._parts(pack, writer, geometry)
    pack_pdf._lay_out_contents(pack, parts, writer, geometry)
    yield parts, geometry
    pack_pdf._release(parts)


def test_no_heading_ends_a_page(laid_parts) -> None:  # type: ignore[no-untyped-def]
    parts, geometry = laid_parts
    orphans = {}
    for part in parts:
        document = part.document or (part.laid.document if part.laid else None)
        if document is not None and (found := _orphans(document, geometry.body)):
            orphans[part.key] = found
    # the APC's "What the 2005 report says" fell at the foot of a page before headings were kept
    assert orphans == {}
    apc = next(p for p in parts if p.key == "profile-apc")
    assert apc.laid.page_count == apc.laid.document.pageCount()


def test_parts_follow_each_other(laid_parts) -> None:  # type: ignore[no-untyped-def]
    parts, _ = laid_parts
    keys = [p.key for p in parts if p.pages]
    assert keys[:3] == ["cover", "contents", "profile-igc"]
    assert keys.index("comparison") < keys.index("findings") < keys.index("maps") < keys.index("country") \
        < keys.index("notes") < keys.index("sources")
    page = 0
    for part in parts:
        assert part.first == page
        page += part.pages
    assert [p.key for p in parts if p.key.startswith("map-")] == [f"map-{pid}" for pid in NINE]


def test_a_wide_comparison_is_on_turned_pages(real_db: Path, tmp_path: Path, qapp) -> None:  # type: ignore[no-untyped-def]
    """As its own sheet, the nine-process comparison turns the page; the rest stays upright, and
    the bookmarks and contents lead to the top of the turned pages."""
    from pypdf import PdfReader

    from rcpdesk.sheets.pack_export import write_pack

    out = tmp_path / "nine.pdf"
    write_pack(build_pack(Catalog(real_db), PackRequest(NINE)), out)
    reader = PdfReader(str(out))
    outline = [item for item in reader.outline if not isinstance(item, list)]
    first = {item.title: reader.get_destination_page_number(item) for item in outline}
    start, end = first["Comparison"], first["The 2005 report's findings on these rows"]
    for index, page in enumerate(reader.pages):
        wide = float(page.mediabox.width) > float(page.mediabox.height)
        assert wide == (start <= index < end), index
    comparison = next(item for item in outline if item.title == "Comparison")
    assert 500 < float(comparison.top) < float(reader.pages[start].mediabox.height)
    contents = reader.pages[1]["/Annots"].get_object()
    tops = {float(a.get_object()["/Dest"][3]) for a in contents
            if a.get_object()["/Dest"][0].get_object() == reader.pages[start].get_object()}
    assert tops and all(top < float(reader.pages[start].mediabox.height) for top in tops)
