"""The briefing pack as one PDF: each part laid out on its own pages, painted in order under one
header and footer ("page x of y" counted over the whole pack), the maps drawn as vectors, then
the outline and the internal links (contents, ¶ citations) added by pdf_marks.
"""

from __future__ import annotations

import os
import re
import time
from dataclasses import dataclass, field
from pathlib import Path

import shiboken6
from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QMarginsF, QRectF, QSizeF, Qt
from PySide6.QtGui import (
    QColor,
    QFontMetricsF,
    QPageLayout,
    QPageSize,
    QPainter,
    QPdfWriter,
    QPen,
    QTextBlock,
    QTextDocument,
    QTextTable,
)
from PySide6.QtSvg import QSvgRenderer

from rcpdesk.bidi import is_rtl, rtl_html
from rcpdesk.catalog.model import REPORT_FULL_CITATION
from rcpdesk.safe_write import atomic_path
from rcpdesk.sheets.html import RenderHints
from rcpdesk.sheets.i18n import translate
from rcpdesk.sheets.layout import (
    FOOTER_MM,
    HEADER_MM,
    MARGIN_MM,
    PDF_RESOLUTION,
    LaidOutSheet,
    SheetRenderError,
    ensure_gui_app,
    keep_headings_with_next,
    lay_out,
    page_size_id,
    ready_to_print,
    sheet_font,
    wants_landscape,
)
from rcpdesk.sheets.layout import _draw_continuations as draw_continuations
from rcpdesk.sheets.model import Orientation
from rcpdesk.sheets.pack import Pack, ProcessMap
from rcpdesk.sheets.pack_html import (
    ContentsLine,
    contents_html,
    contents_lines,
    country_html,
    country_title,
    cover_html,
    findings_html,
    html_page,
    map_caption,
    notes_html,
    part_title,
    sources_html,
)
from rcpdesk.sheets.pdf_marks import Destination, Link, OutlineItem, add_marks

MAPS_PER_PAGE = 2
CITATION = re.compile(r"¶\s?(\d+)")


@dataclass
class _Part:
    """A part of the pack on its pages: a text document, a laid-out sheet, or maps."""

    key: str
    title: str  # in the outline and the contents
    running: str  # in the page header
    document: QTextDocument | None = None
    laid: LaidOutSheet | None = None
    maps: list[ProcessMap] = field(default_factory=list)
    pages: int = 1
    first: int = 0  # its first page in the pack, 0-based
    # a part on turned pages (a comparison of more than four processes): their layout and bands
    layout: QPageLayout | None = None
    geometry: _Geometry | None = None


@dataclass(frozen=True)
class WrittenPack:
    path: Path
    pages: int
    seconds: float


@dataclass
class _Geometry:
    width: float  # device pixels
    body: float
    header: float
    footer: float
    px_per_pt: float
    page_height_pt: float
    margin_pt: float

    def to_pdf_y(self, y_in_body: float) -> float:
        return self.page_height_pt - self.margin_pt - (self.header + y_in_body) / self.px_per_pt

    def to_pdf_x(self, x: float) -> float:
        return self.margin_pt + x / self.px_per_pt


def _geometry(writer: QPdfWriter) -> _Geometry:
    resolution = writer.resolution()
    paint = writer.pageLayout().paintRectPixels(resolution)
    px_per_mm = resolution / 25.4
    header, footer = HEADER_MM * px_per_mm, FOOTER_MM * px_per_mm
    full = writer.pageLayout().fullRectPoints()
    return _Geometry(float(paint.width()), float(paint.height()) - header - footer, header, footer,
                     resolution / 72.0, float(full.height()), MARGIN_MM * 72 / 25.4)


def _document(writer: QPdfWriter, geometry: _Geometry, body: str, lang: str) -> QTextDocument:
    hints = RenderHints(font_pt=9.5)
    document = QTextDocument()
    document.documentLayout().setPaintDevice(writer)
    document.setDefaultFont(sheet_font(hints.font_pt))
    document.setDocumentMargin(0)
    document.setUndoRedoEnabled(False)
    html = html_page(body, hints)
    document.setHtml(rtl_html(html) if is_rtl(lang) else html)
    document.setPageSize(QSizeF(geometry.width, geometry.body))
    keep_headings_with_next(document, geometry.body)
    return document


def _parts(pack: Pack, writer: QPdfWriter, geometry: _Geometry) -> list[_Part]:
    lang = pack.meta.lang
    parts = [_Part("cover", part_title("cover"), pack.meta.title,
                   _document(writer, geometry, cover_html(pack), lang)),
             _Part("contents", part_title("contents"), pack.meta.title)]
    profiles = _Part("profiles", part_title("profiles"), part_title("profiles"), pages=0)
    parts.append(profiles)
    for profile in pack.profiles:
        laid = lay_out(profile, writer)
        parts.append(_Part(f"profile-{profile.summary.id}", profile.summary.display_name,
                           profile.meta.running_title, laid=laid, pages=laid.page_count))
    comparison = _Part("comparison", part_title("comparison"), pack.comparison.meta.running_title)
    if wants_landscape(pack.comparison, Orientation.AUTO):  # as its own sheet: turned, more columns
        upright = writer.pageLayout()
        comparison.layout = QPageLayout(upright)
        comparison.layout.setOrientation(QPageLayout.Orientation.Landscape)
        writer.setPageLayout(comparison.layout)
        comparison.geometry = _geometry(writer)
        comparison.laid = lay_out(pack.comparison, writer)
        writer.setPageLayout(upright)
    else:
        comparison.laid = lay_out(pack.comparison, writer)
    comparison.pages = comparison.laid.page_count
    parts.append(comparison)
    parts.append(_Part("findings", part_title("findings"), part_title("findings"),
                       _document(writer, geometry, findings_html(pack), lang)))
    if pack.maps:
        maps = list(pack.maps)
        for start in range(0, len(maps), MAPS_PER_PAGE):
            key = "maps" if start == 0 else f"maps-{start}"
            on_page = maps[start:start + MAPS_PER_PAGE]
            # entries of no pages of their own: each map's process, at the page it is drawn on
            parts += [_Part(f"map-{m.process.id}", m.process.display_name, "", pages=0) for m in on_page]
            parts.append(_Part(key, part_title("maps"), part_title("maps"), maps=on_page))
    if pack.country is not None:
        parts.append(_Part("country", country_title(pack), country_title(pack),
                           _document(writer, geometry, country_html(pack), lang)))
    parts.append(_Part("notes", part_title("notes"), part_title("notes"),
                       _document(writer, geometry, notes_html(pack), lang)))
    parts.append(_Part("sources", part_title("sources"), part_title("sources"),
                       _document(writer, geometry, sources_html(pack, RenderHints(font_pt=9.5)), lang)))
    for part in parts:
        if part.document is not None:
            part.pages = part.document.pageCount()
    return parts


def _number(parts: list[_Part]) -> None:
    page = 0
    for part in parts:
        part.first = page
        page += part.pages


def _contents(pack: Pack, parts: list[_Part]) -> list[ContentsLine]:
    first = {p.key: p.first + 1 for p in parts}
    return [ContentsLine(line.key, line.title, line.level, first.get(line.key)) for line in contents_lines(pack)]


def _lay_out_contents(pack: Pack, parts: list[_Part], writer: QPdfWriter, geometry: _Geometry) -> None:
    contents = next(p for p in parts if p.key == "contents")
    for _ in range(3):  # the contents' own length moves the pages after it
        _number(parts)
        contents.document = _document(writer, geometry, contents_html(_contents(pack, parts), linked=False), pack.meta.lang)
        pages = contents.document.pageCount()
        if pages == contents.pages:
            break
        contents.pages = pages
    _number(parts)


# -- painting --------------------------------------------------------------------------------


def _draw_header(painter: QPainter, geometry: _Geometry, running: str, printed: str, rtl: bool) -> None:
    start, end = ((Qt.AlignmentFlag.AlignRight, Qt.AlignmentFlag.AlignLeft) if rtl
                  else (Qt.AlignmentFlag.AlignLeft, Qt.AlignmentFlag.AlignRight))
    title_font, date_font = sheet_font(8.5, bold=True), sheet_font(7.5)
    painter.setPen(QColor("#222222"))
    painter.setFont(date_font)
    date_width = QFontMetricsF(date_font, painter.device()).horizontalAdvance(printed)
    rect = QRectF(0, 0, geometry.width, geometry.header * 0.62)
    painter.drawText(rect, end | Qt.AlignmentFlag.AlignBottom, printed)
    painter.setFont(title_font)
    metrics = QFontMetricsF(title_font, painter.device())
    room = max(0.0, geometry.width - date_width - metrics.horizontalAdvance("MMMM"))
    painter.drawText(rect, start | Qt.AlignmentFlag.AlignBottom,
                     metrics.elidedText(running, Qt.TextElideMode.ElideRight, room))
    pen = QPen(QColor("#777777"))
    pen.setWidthF(geometry.header / 90)
    painter.setPen(pen)
    y = int(geometry.header * 0.74)
    painter.drawLine(0, y, int(geometry.width), y)


def _draw_footer(painter: QPainter, geometry: _Geometry, pack: Pack, page: int, pages: int, rtl: bool) -> None:
    start, end = ((Qt.AlignmentFlag.AlignRight, Qt.AlignmentFlag.AlignLeft) if rtl
                  else (Qt.AlignmentFlag.AlignLeft, Qt.AlignmentFlag.AlignRight))
    top = geometry.header + geometry.body
    height = geometry.footer
    pen = QPen(QColor("#777777"))
    pen.setWidthF(geometry.header / 90)
    painter.setPen(pen)
    rule = top + height * 0.22
    painter.drawLine(0, int(rule), int(geometry.width), int(rule))
    painter.setPen(QColor("#333333"))
    page_font, small = sheet_font(8, bold=True), sheet_font(6.8)
    page_text = translate("Sheets", "page {page} of {pages}").format(page=page, pages=pages)
    painter.setFont(page_font)
    page_width = QFontMetricsF(page_font, painter.device()).horizontalAdvance(page_text)
    line = QRectF(0, rule + height * 0.08, geometry.width, height * 0.34)
    painter.drawText(line, end | Qt.AlignmentFlag.AlignVCenter, page_text)
    painter.setFont(small)
    metrics = QFontMetricsF(small, painter.device())
    room = max(0.0, geometry.width - page_width - metrics.horizontalAdvance("MMMM"))
    first = translate("Sheets", "{title} · data edition {edition} · rcpdesk").format(
        title=pack.meta.title, edition=pack.meta.edition)
    painter.drawText(line, start | Qt.AlignmentFlag.AlignVCenter,
                     metrics.elidedText(first, Qt.TextElideMode.ElideRight, room))
    line.translate(0, height * 0.34)
    citation = translate("Sheets", "Report cited (¶ = its paragraphs): {citation}").format(
        citation=pack.comparison.meta.citation or REPORT_FULL_CITATION)
    painter.drawText(line, start | Qt.AlignmentFlag.AlignVCenter,
                     metrics.elidedText(citation, Qt.TextElideMode.ElideRight, room))


def _draw_maps(painter: QPainter, geometry: _Geometry, pack: Pack, part: _Part) -> None:
    """The part's maps, one under the other, each under its name and above its caption."""
    slot = geometry.body / MAPS_PER_PAGE
    start = Qt.AlignmentFlag.AlignRight if is_rtl(pack.meta.lang) else Qt.AlignmentFlag.AlignLeft
    title_font, caption_font = sheet_font(12, bold=True), sheet_font(8.5)
    for index, item in enumerate(part.maps):
        top = index * slot
        painter.setPen(QColor("#111111"))
        painter.setFont(title_font)
        title_height = QFontMetricsF(title_font, painter.device()).height() * 1.4
        painter.drawText(QRectF(0, top, geometry.width, title_height),
                         start | Qt.AlignmentFlag.AlignVCenter, item.process.display_name)
        caption_height = QFontMetricsF(caption_font, painter.device()).height() * 2.6
        room = slot - title_height - caption_height
        width = min(geometry.width, room / item.members_map.aspect)
        height = width * item.members_map.aspect
        renderer = QSvgRenderer(QByteArray(item.members_map.svg.encode("utf-8")))
        target = QRectF((geometry.width - width) / 2, top + title_height, width, height)
        painter.save()
        painter.setClipRect(target)  # the world drawn around the frame stays outside the page
        renderer.render(painter, target)  # vector paths and text on the PDF, not a picture
        painter.restore()
        painter.setFont(caption_font)
        painter.setPen(QColor("#444444"))
        painter.drawText(QRectF(0, target.bottom() + caption_height * 0.1, geometry.width, caption_height),
                         Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop | Qt.TextFlag.TextWordWrap,
                         map_caption(pack, item.process.id))


def _paint(pack: Pack, parts: list[_Part], writer: QPdfWriter, upright: _Geometry) -> None:
    total = sum(p.pages for p in parts)
    upright_layout = writer.pageLayout()
    current = upright_layout
    rtl = is_rtl(pack.meta.lang)
    painter = QPainter()
    if not painter.begin(writer):
        raise SheetRenderError(translate("Sheets", "cannot write to the printer or the file"))
    painted = 0
    try:
        for part in parts:
            geometry = part.geometry or upright
            wanted = part.layout or upright_layout
            for index in range(part.pages):
                if painted and wanted != current:  # the next page turned (or back upright)
                    writer.setPageLayout(wanted)
                    current = wanted
                if painted and not writer.newPage():
                    raise SheetRenderError(translate("Sheets", "cannot start a new page"))
                painter.save()
                if part.key != "cover":
                    _draw_header(painter, geometry, part.running, pack.meta.printed, rtl)
                painter.translate(0, geometry.header)
                if part.maps:
                    _draw_maps(painter, geometry, pack, part)
                else:
                    document = part.document if part.document is not None else part.laid.document
                    painter.translate(0, -index * geometry.body)
                    document.drawContents(painter, QRectF(0, index * geometry.body, geometry.width, geometry.body))
                    if part.laid is not None:
                        draw_continuations(painter, part.laid, index)
                painter.restore()
                painter.save()
                _draw_footer(painter, geometry, pack, painted + 1, total, rtl)
                painter.restore()
                painted += 1
    finally:
        painter.end()


# -- outline and links -------------------------------------------------------------------------


def _line_rects(document: QTextDocument, block: QTextBlock, start: int, end: int) -> list[QRectF]:
    """Where characters start..end of a block are drawn, in document coordinates."""
    rect = document.documentLayout().blockBoundingRect(block)
    layout = block.layout()
    origin_x = rect.left() - layout.boundingRect().left()
    origin_y = rect.top() - layout.boundingRect().top()
    line = layout.lineForTextPosition(start)
    if not line.isValid():
        return []
    x1 = line.cursorToX(start)
    x2 = line.cursorToX(min(end, line.textStart() + line.textLength()))
    x1 = x1[0] if isinstance(x1, tuple) else x1
    x2 = x2[0] if isinstance(x2, tuple) else x2
    left, right = sorted((x1, x2))
    return [QRectF(origin_x + left, origin_y + line.y(), max(1.0, right - left), line.height())]


def _blocks(document: QTextDocument):  # type: ignore[no-untyped-def]
    block = document.begin()
    while block.isValid():
        yield block
        block = block.next()


def _finding_targets(part: _Part, geometry: _Geometry) -> dict[int, Destination]:
    """Where each paragraph's first finding stands in the findings part."""
    targets: dict[int, Destination] = {}
    document = part.document
    assert document is not None
    layout = document.documentLayout()
    for block in _blocks(document):
        found = re.match(r"\s*¶\s?(\d+)", block.text())
        if found and int(found.group(1)) not in targets:
            top = layout.blockBoundingRect(block).top()
            page = int(top // geometry.body)
            targets[int(found.group(1))] = Destination(
                part.first + page, geometry.to_pdf_y(top - page * geometry.body) + 4)
    return targets


def _citation_links(part: _Part, targets: dict[int, Destination], geometry: _Geometry) -> list[Link]:
    document = part.document if part.document is not None else (part.laid.document if part.laid else None)
    if document is None or part.key == "findings":
        return []
    links = []
    for block in _blocks(document):
        text = block.text()
        if "¶" not in text:
            continue
        for found in CITATION.finditer(text):
            target = targets.get(int(found.group(1)))
            if target is None:
                continue
            for rect in _line_rects(document, block, found.start(), found.end()):
                page = int(rect.top() // geometry.body)
                y = rect.top() - page * geometry.body
                links.append(Link(part.first + page, (
                    geometry.to_pdf_x(rect.left()), geometry.to_pdf_y(y + rect.height()),
                    geometry.to_pdf_x(rect.right()), geometry.to_pdf_y(y)), target))
    return links


def _contents_links(parts: list[_Part], lines: list[ContentsLine], geometry: _Geometry) -> list[Link]:
    contents = next(p for p in parts if p.key == "contents")
    document = contents.document
    assert document is not None
    tables = [f for f in document.rootFrame().childFrames() if isinstance(f, QTextTable)]
    if not tables:
        return []
    table = tables[0]
    layout = document.documentLayout()
    first = {p.key: p.first for p in parts}
    tops = {p.key: (p.geometry or geometry).to_pdf_y(0) + 2 for p in parts}
    links = []
    for row, line in enumerate(lines[:table.rows()]):
        page_of_target = first.get(line.key)
        if page_of_target is None:
            continue
        cell = table.cellAt(row, 0)
        top_block = document.findBlock(cell.firstPosition())
        bottom_block = document.findBlock(table.cellAt(row, 1).lastPosition())
        top = layout.blockBoundingRect(top_block).top()
        bottom = max(layout.blockBoundingRect(bottom_block).bottom(), layout.blockBoundingRect(top_block).bottom())
        page = int(top // geometry.body)
        y = top - page * geometry.body
        links.append(Link(contents.first + page, (
            geometry.to_pdf_x(0), geometry.to_pdf_y(y + bottom - top),
            geometry.to_pdf_x(geometry.width), geometry.to_pdf_y(y)),
            Destination(page_of_target, tops[line.key])))
    return links


def _outline(pack: Pack, parts: list[_Part], geometry: _Geometry) -> list[OutlineItem]:
    def top(part: _Part | None) -> float:
        g = (part.geometry if part is not None else None) or geometry
        return g.to_pdf_y(0) + g.header / g.px_per_pt

    items: list[OutlineItem] = []
    by_key = {p.key: p for p in parts}
    for line in contents_lines(pack):
        part = by_key.get(line.key)
        first = part.first if part is not None else 0
        if line.key == "contents" and "cover" in by_key:
            items.append(OutlineItem(by_key["cover"].title, Destination(0, top(by_key["cover"]))))
        item = OutlineItem(line.title, Destination(first, top(part)))
        if line.level == 0:
            items.append(item)
        else:
            items[-1].children.append(item)
    return items


def _writer(target: str | QBuffer, pack: Pack) -> QPdfWriter:
    writer = QPdfWriter(target)
    writer.setResolution(PDF_RESOLUTION)
    writer.setTitle(pack.meta.title)
    writer.setCreator("rcpdesk")
    writer.setAuthor(pack.meta.line)
    layout = QPageLayout(QPageSize(page_size_id(pack.request.paper)), QPageLayout.Orientation.Portrait,
                         QMarginsF(MARGIN_MM, MARGIN_MM, MARGIN_MM, MARGIN_MM), QPageLayout.Unit.Millimeter)
    if not writer.setPageLayout(layout):
        raise SheetRenderError(translate("Sheets", "the page layout was refused"))
    return writer


def count_pages(pack: Pack) -> int:
    """How many pages the PDF will have: the pack laid out, nothing painted or written."""
    ensure_gui_app()
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = _writer(buffer, pack)
    geometry = _geometry(writer)
    parts = _parts(pack, writer, geometry)
    _lay_out_contents(pack, parts, writer, geometry)
    _release(parts)
    return sum(p.pages for p in parts)


def _release(parts: list[_Part]) -> None:
    """The documents let go of the writer and are destroyed here, on the thread that made them
    (a worker's document left to Python's collector may be destroyed on another thread)."""
    for part in parts:
        document = part.document if part.document is not None else (part.laid.document if part.laid else None)
        if document is not None:
            document.documentLayout().setPaintDevice(None)
            shiboken6.delete(document)
        part.document = part.laid = None


def write_pack_pdf(pack: Pack, path: Path) -> WrittenPack:
    """The pack as a PDF file, written atomically: the file appears whole or not at all."""
    ready_to_print(pack.meta.lang)
    started = time.perf_counter()
    path = Path(path)
    with atomic_path(path) as temp:
        writer = _writer(str(temp), pack)
        geometry = _geometry(writer)
        parts = _parts(pack, writer, geometry)
        _lay_out_contents(pack, parts, writer, geometry)
        lines = _contents(pack, parts)
        _paint(pack, parts, writer, geometry)
        findings = next(p for p in parts if p.key == "findings")
        targets = _finding_targets(findings, geometry)
        links = _contents_links(parts, lines, geometry)
        for part in parts:
            links += _citation_links(part, targets, part.geometry or geometry)
        outline = _outline(pack, parts, geometry)
        pages = sum(p.pages for p in parts)
        _release(parts)
        del writer  # closes the file before the marks are appended and it is renamed into place
        if temp.stat().st_size == 0:
            raise SheetRenderError(translate("Sheets", "nothing was written to {path}").format(path=path))
        add_marks(temp, outline, links)
        with temp.open("rb+") as handle:
            os.fsync(handle.fileno())
    return WrittenPack(path, pages, time.perf_counter() - started)

