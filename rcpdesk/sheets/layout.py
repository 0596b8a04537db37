"""A sheet laid out on pages with QTextDocument and painted to a QPdfWriter or a QPrinter.

Each page is painted by hand: the document is laid out on a page shortened by the header and the
footer, then each page's slice is drawn under a header (title, date) and above a footer (data
edition, the report's citation, page x of y). Text stays text: nothing is rasterised.
"""

from __future__ import annotations

import itertools
import os
import re
import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QMarginsF, QRectF, QSizeF, Qt, QUrl
from PySide6.QtGui import (
    QAbstractTextDocumentLayout,
    QColor,
    QFont,
    QFontMetricsF,
    QGuiApplication,
    QImage,
    QPagedPaintDevice,
    QPageLayout,
    QPageSize,
    QPainter,
    QPdfWriter,
    QPen,
    QTextBlock,
    QTextCursor,
    QTextDocument,
    QTextFormat,
    QTextTable,
    QTextTableCell,
)

from rcpdesk.bidi import is_rtl, isolate_runs, rtl_html
from rcpdesk.catalog.model import REPORT_FULL_CITATION
from rcpdesk.gui_app import ensure_gui_app as _ensure_gui_app
from rcpdesk.safe_write import atomic_path
from rcpdesk.script_fonts import missing_font
from rcpdesk.sheets.html import MEMBERS_MAP_URL, Block, RenderHints, Segment, assemble, sheet_blocks
from rcpdesk.sheets.i18n import translate
from rcpdesk.sheets.model import (
    PORTRAIT_MAX_PROCESSES,
    ComparisonSheet,
    MembersMap,
    Orientation,
    Paper,
    ProfileSheet,
    Sheet,
    SheetOptions,
)

MARGIN_MM = 10.0
HEADER_MM = 9.0  # the band above the text: title, date, a rule
FOOTER_MM = 9.5  # the band below: edition, citation, page x of y
MIN_COLUMN_MM = 25.0  # narrower process columns would wrap every other word
FIRST_COLUMN_SHARE = 0.11
CELL_PADDING_MM = 2.2  # cellpadding (3 px a side) and a border, with a little air
FONT_STEPS = (9.0, 8.5, 8.0, 7.5, 7.0, 6.5)
SIZE_BY_COLUMN_MM = ((45, 9.0), (36, 8.5), (29, 8.0), (0, 7.5))  # the type a column width calls for
WIDE_PAGE_MM = 240  # a text width from which the sources go in two columns (landscape)
MAX_UNBREAKABLE = 30  # longer "words" (web addresses) wrap anywhere whatever the size
# Latin first; then, for the characters those lack, a font per script: Arabic, and Simplified
# Chinese shapes (a CJK fallback chosen by Qt may be the Japanese one).
FONT_FAMILIES = ["Noto Sans", "Segoe UI", "Helvetica Neue", "Helvetica", "Arial", "DejaVu Sans",
                 "Noto Sans Arabic", "Noto Naskh Arabic", "Noto Sans CJK SC", "Microsoft YaHei",
                 "PingFang SC"]
PDF_RESOLUTION = 1200  # as a high-resolution QPrinter: the PDF and the print preview break alike
MAX_PASSES = 60  # layout passes, each moving the row groups that ran over a page end to the next
MAX_WASTED_SHARE = 0.4  # a group moves to the next page if that leaves at most this much blank
MIN_START_SHARE = 0.12  # a group never starts in the last eighth of a page
MAX_SPILL_SHARE = 0.04  # ... nor leaves a line or two for the next page when it could move
MAP_MAX_HEIGHT_SHARE = 0.42  # the members map: the text width, but at most this much of a page
MAP_DPI = 300  # the members map's picture: sharp on paper (about 2.5 times a screen's pixels)



class SheetRenderError(RuntimeError):
    """The PDF or the printer could not be written to."""


def ensure_gui_app() -> QGuiApplication:
    """The running QGuiApplication, or an offscreen one: the command line needs no display."""
    return _ensure_gui_app(SheetRenderError)


def sheet_font(point_size: float, *, bold: bool = False) -> QFont:
    font = QFont()
    font.setFamilies(FONT_FAMILIES)
    font.setStyleHint(QFont.StyleHint.SansSerif)
    font.setPointSizeF(point_size)
    font.setBold(bold)
    for tag in ("liga", "clig"):  # no "ﬁ" glyphs: words stay searchable and copyable as typed
        font.setFeature(QFont.Tag(tag), 0)
    return font


def page_size_id(paper: Paper) -> QPageSize.PageSizeId:
    return QPageSize.PageSizeId.Letter if Paper(paper) is Paper.LETTER else QPageSize.PageSizeId.A4


def wants_landscape(sheet: Sheet, orientation: Orientation) -> bool:
    """Landscape when asked, or (automatic) when the comparison has more columns than portrait takes."""
    orientation = Orientation(orientation)
    if orientation is not Orientation.AUTO:
        return orientation is Orientation.LANDSCAPE
    return isinstance(sheet, ComparisonSheet) and len(sheet.processes) > PORTRAIT_MAX_PROCESSES


def page_layout(sheet: Sheet, options: SheetOptions) -> QPageLayout:
    orientation = (QPageLayout.Orientation.Landscape if wants_landscape(sheet, options.orientation)
                   else QPageLayout.Orientation.Portrait)
    return QPageLayout(QPageSize(page_size_id(options.paper)), orientation,
                       QMarginsF(MARGIN_MM, MARGIN_MM, MARGIN_MM, MARGIN_MM),
                       QPageLayout.Unit.Millimeter)


Measure = Callable[[Iterable[str], float, bool], float]  # widest of the words, in mm


def _pieces(texts: Iterable[str]) -> set[str]:
    """The pieces a line may break between: words, split after hyphens and slashes."""
    pieces = set()
    for text in texts:
        for token in text.split():
            pieces.update(p for p in re.split(r"(?<=[-/–])", token) if 0 < len(p) <= MAX_UNBREAKABLE)
    return pieces


def render_hints(sheet: Sheet, width_mm: float, measure: Measure | None = None) -> RenderHints:
    """Type size, process columns per band and the first column's width for a text width.

    The largest size whose longest word fits its column: a word is never broken in two (and so
    never lost to a reader searching the PDF); more bands rather than type below FONT_STEPS.
    """
    source_columns = 2 if width_mm >= WIDE_PAGE_MM else 1
    if not isinstance(sheet, ComparisonSheet):
        return RenderHints(font_pt=9.0 if width_mm < 200 else 9.5, max_columns=1,
                           source_columns=source_columns)
    labels = _pieces([r.dimension.name for r in sheet.rows] + [translate("Sheets", "Your notes on the process"),
                                                              translate("Sheets", "Dimension")])
    descriptions = _pieces(r.dimension.description or "" for r in sheet.rows)
    cells = _pieces(c.text for r in sheet.rows for c in r.cells)
    headers = _pieces(p.acronym for p in sheet.processes)
    geometric = max(1, int((width_mm * (1 - FIRST_COLUMN_SHARE)) // MIN_COLUMN_MM))
    fallback = None
    for columns in range(min(len(sheet.processes), geometric), 0, -1):
        column = width_mm * (1 - FIRST_COLUMN_SHARE) / columns
        default = next((size for floor, size in SIZE_BY_COLUMN_MM if column >= floor), FONT_STEPS[-1])
        for size in (s for s in FONT_STEPS if s <= default):
            first = width_mm * FIRST_COLUMN_SHARE
            if measure is not None:
                first = max(first, measure(labels, size, True) + CELL_PADDING_MM,
                            measure(descriptions, size * 0.85, False) + CELL_PADDING_MM)
            first = min(first, width_mm * 0.3)
            column = (width_mm - first) / columns
            hints = RenderHints(size, columns, round(100 * first / width_mm, 2), source_columns)
            fallback = fallback or hints
            if measure is None or (measure(cells, size, False) + CELL_PADDING_MM <= column
                                   and measure(headers, size, True) + CELL_PADDING_MM <= column):
                return hints
    return fallback or RenderHints()


def _measure_on(device: QPagedPaintDevice) -> Measure:
    px_per_mm = device.resolution() / 25.4
    cache: dict[tuple[float, bool], QFontMetricsF] = {}

    def measure(pieces: Iterable[str], point_size: float, bold: bool) -> float:
        metrics = cache.get((point_size, bold))
        if metrics is None:
            metrics = cache[(point_size, bold)] = QFontMetricsF(sheet_font(point_size, bold=bold), device)
        return max((metrics.horizontalAdvance(p) for p in pieces), default=0.0) / px_per_mm

    return measure


# -- pagination ------------------------------------------------------------------------------


@dataclass
class LaidOutSheet:
    """A document laid out page by page for one device, and where the bands of the page go."""

    sheet: Sheet
    document: QTextDocument
    page_width: float  # device pixels
    body_height: float
    header_height: float
    footer_height: float
    page_count: int
    hints: RenderHints
    passes: int
    continuations: list[Continuation]
    segments: list[Segment]


def _tables(document: QTextDocument) -> list[QTextTable]:
    return [f for f in document.rootFrame().childFrames() if isinstance(f, QTextTable)]


def _cells(table: QTextTable, first_row: int, rows: int,
           columns: range | None = None) -> list[QTextTableCell]:
    cells, seen = [], set()
    for row in range(first_row, first_row + rows):
        for column in columns if columns is not None else range(table.columns()):
            cell = table.cellAt(row, column)
            key = (cell.row(), cell.column())
            if key not in seen:
                seen.add(key)
                cells.append(cell)
    return cells


def _first_block(layout: QAbstractTextDocumentLayout, cell: QTextTableCell) -> QTextBlock:
    # findBlock, not firstCursorPosition(): a cursor costs a fifth of a millisecond each
    return layout.document().findBlock(cell.firstPosition())


def _last_block(layout: QAbstractTextDocumentLayout, cell: QTextTableCell) -> QTextBlock:
    return layout.document().findBlock(cell.lastPosition())


def _line_tops(layout: QAbstractTextDocumentLayout, cell: QTextTableCell) -> list[float]:
    """The top of every text line of a table cell, in document coordinates."""
    tops = []
    block = _first_block(layout, cell)
    last = cell.lastPosition()
    while block.isValid() and block.position() <= last:
        rect = layout.blockBoundingRect(block)
        text_layout = block.layout()
        origin = rect.top() - text_layout.boundingRect().top()
        tops.extend(origin + text_layout.lineAt(i).y() for i in range(text_layout.lineCount()))
        block = block.next()
    return tops


def _row_extent(layout: QAbstractTextDocumentLayout, table: QTextTable, first_row: int,
                rows: int) -> tuple[float, float]:
    """Top of the first text line and bottom of the last one in rows first_row.. of a table."""
    top, bottom = float("inf"), float("-inf")
    for cell in _cells(table, first_row, rows):
        first = layout.blockBoundingRect(_first_block(layout, cell))
        last = layout.blockBoundingRect(_last_block(layout, cell))
        if cell.row() >= first_row:
            top = min(top, first.top())
        bottom = max(bottom, last.bottom())
    return top, bottom


@dataclass(frozen=True)
class _Group:
    key: str
    group: int
    index: int  # within its segment
    table: QTextTable
    first_row: int
    rows: int
    label: str
    top: float
    bottom: float


def _groups(document: QTextDocument, segments: list[Segment]) -> list[_Group]:
    layout = document.documentLayout()
    result = []
    for table, segment in zip(_tables(document), segments, strict=False):
        row = segment.header_rows
        labels = segment.labels or ("",) * len(segment.groups)
        for index, (group, rows, label) in enumerate(
                zip(segment.groups, segment.group_rows, labels, strict=False)):
            top, bottom = _row_extent(layout, table, row, rows)
            result.append(_Group(segment.key, group, index, table, row, rows, label, top, bottom))
            row += rows
    return result


def _header_heights(document: QTextDocument, segments: list[Segment]) -> dict[str, float]:
    layout = document.documentLayout()
    result: dict[str, float] = {}
    for table, segment in zip(_tables(document), segments, strict=False):
        if segment.key in result or not segment.group_rows:
            continue
        head_top, _ = _row_extent(layout, table, 0, segment.header_rows)
        body_top, _ = _row_extent(layout, table, segment.header_rows, segment.group_rows[0])
        result[segment.key] = max(0.0, body_top - head_top)
    return result


def _should_move(top: float, height: float, page_height: float, header: float) -> bool:
    """Whether a group that starts at top and runs over its page end should start the next page.

    It moves when it fits on a page of its own and moving it wastes little of this page, or
    leaves only a line or two behind; a group never starts in the page's last eighth. Otherwise
    Qt splits it line by line and the page painter repeats its label on the next page.
    """
    page_end = (int(top // page_height) + 1) * page_height
    left_on_page = page_end - top
    fits = height <= page_height - header - page_height * 0.04
    spill = top + height - page_end
    return (fits and (left_on_page <= page_height * MAX_WASTED_SHARE
                      or spill <= page_height * MAX_SPILL_SHARE)) or (
        left_on_page < page_height * MIN_START_SHARE)


def _straddles(top: float, bottom: float, page_height: float) -> bool:
    return int(top // page_height) != int((bottom - 0.5) // page_height)


@dataclass
class _Natural:
    """The document laid out as one long page: each group's height and the step to the next."""

    height: dict[tuple[str, int], float]
    pitch: dict[tuple[str, int], float]
    header: dict[str, float]  # header row: from its text to the first group's text


def _natural(document: QTextDocument, segments: list[Segment]) -> _Natural:
    groups = _groups(document, segments)
    height = {(g.key, g.group): g.bottom - g.top for g in groups}
    pitch = dict(height)
    for a, b in itertools.pairwise(groups):
        if a.table is b.table:
            pitch[(a.key, a.group)] = b.top - a.top
    return _Natural(height, pitch, _header_heights(document, segments))


def _fresh_page_tops(groups: list[_Group], page_height: float) -> dict[str, float]:
    """Where a group's text starts on a page that a table segment opens (header row included)."""
    tops: dict[str, float] = {}
    for g in groups:
        if g.index == 0 and g.group != 0 and g.top != float("inf") and g.key not in tops:
            tops[g.key] = g.top - int(g.top // page_height) * page_height
    return tops


def _groups_to_move(groups: list[_Group], page_height: float,
                    natural: _Natural) -> list[tuple[str, int]]:
    """The first group that should start the next page, then those foreseen to follow it there.

    The foresight uses the groups' own heights and where a group starts on a page a segment
    opens (known once one has been cut), as far as the table goes on unbroken and no call is
    close; the next pass checks it against Qt's layout.
    """
    fresh = _fresh_page_tops(groups, page_height)
    for i, g in enumerate(groups):
        if g.top == float("inf") or not _straddles(g.top, g.bottom, page_height):
            continue
        if g.index == 0 and g.group != 0:
            continue  # already the first group of a segment that starts a page
        header = natural.header.get(g.key, 0.0)
        height = natural.height.get((g.key, g.group), g.bottom - g.top)
        if not _should_move(g.top, height, page_height, header):
            continue
        moves = [(g.key, g.group)]
        if g.key not in fresh:
            return moves
        y = (int(g.top // page_height) + 1) * page_height + fresh[g.key]
        y += natural.pitch.get((g.key, g.group), height)
        for h in groups[i + 1:]:
            if h.key != g.key or (h.table is not g.table and h.index == 0):
                break  # another table, or a segment that opens its own page
            height = natural.height.get((h.key, h.group), 0.0)
            if _straddles(y, y + height, page_height):
                page_end = (int(y // page_height) + 1) * page_height
                close = min(page_end - y, y + height - page_end) < page_height * 0.03
                if close or not _should_move(y, height, page_height, header):
                    break  # too close to call, or a split: the next pass looks again
                moves.append((h.key, h.group))
                y = page_end + fresh[g.key]
            y += natural.pitch.get((h.key, h.group), height)
        return moves
    return []


@dataclass(frozen=True)
class Continuation:
    """A label painted at the top of a page where a row group goes on: "Funding (continued)"."""

    page: int
    rect: QRectF  # document coordinates
    text: str
    short: str  # for a row too short to take the text wrapped


def _continuations(document: QTextDocument, groups: list[_Group], page_height: float) -> list[Continuation]:
    layout = document.documentLayout()
    result = []
    for g in groups:
        if not g.label or g.top == float("inf"):
            continue
        first_page = int(g.top // page_height)
        last_page = int((g.bottom - 0.5) // page_height)
        if first_page == last_page:
            continue
        column = layout.blockBoundingRect(_first_block(layout, g.table.cellAt(g.first_row, 0)))
        rows = []  # per row: lines of its label cell, lines of its other cells
        for row in range(g.first_row, g.first_row + g.rows):
            label_cell = g.table.cellAt(row, 0)
            own = _line_tops(layout, label_cell) if label_cell.row() == row else []
            other_cells = [cell for cell in _cells(g.table, row, 1, range(1, g.table.columns()))
                           if cell.row() == row and cell.column() != label_cell.column()]
            others = [y for cell in other_cells for y in _line_tops(layout, cell)]
            bottom = max((layout.blockBoundingRect(_last_block(layout, cell)).bottom()
                          for cell in other_cells), default=float("inf"))
            rows.append((own, others, bottom))
        for page in range(first_page + 1, last_page + 1):
            start, end = page * page_height, (page + 1) * page_height
            for own, others, bottom in rows:
                tops = [y for y in others if start <= y < end]
                if not tops:
                    continue
                if not any(start <= y < end for y in own) and any(y < start for y in others):
                    top = min(tops)
                    height = min(end, bottom) - top  # the row's own height on this page
                    rect = QRectF(column.left(), top, column.width(), max(1.0, height))
                    result.append(Continuation(
                        page, rect, translate("Sheets", "{label} (continued)").format(label=g.label),
                        translate("Sheets", "{label} (cont.)").format(label=g.label)))
                break  # only the row the page opens with can need the label
    return result


def _image_dpi() -> float:
    """The dots per inch QTextDocument takes an <img> width in (it scales it to the device)."""
    app = QCoreApplication.instance()
    if app is not None and app.testAttribute(Qt.ApplicationAttribute.AA_Use96Dpi):
        return 96.0
    screen = QGuiApplication.primaryScreen()
    return float(round(screen.logicalDotsPerInchY())) if screen is not None else 100.0


def members_map_picture(members_map: MembersMap, hints: RenderHints, device: QPagedPaintDevice,
                        width: float, body_height: float) -> tuple[RenderHints, QImage]:
    """The members map at the text width (shorter on a low page), drawn for print; and the hints
    with its size in <img> units."""
    from dataclasses import replace

    from rcpdesk.maps.render import svg_image

    target = min(width, body_height * MAP_MAX_HEIGHT_SHARE / members_map.aspect)  # device pixels
    units = _image_dpi() / device.logicalDpiY()  # <img> units per device pixel
    shown = int(target * units)
    inches = target / device.resolution()
    pixels = max(shown, round(inches * MAP_DPI))
    image = svg_image(members_map.svg, pixels, round(pixels * members_map.aspect))
    return replace(hints, map_width=shown, map_height=round(shown * members_map.aspect)), image


def _set_html(document: QTextDocument, html: str, image: QImage | None, rtl: bool = False) -> None:
    document.setHtml(rtl_html(html) if rtl else html)  # Arabic: mirrored, Latin runs isolated
    if image is not None:  # (again: the resources may go with the old content)
        document.addResource(QTextDocument.ResourceType.ImageResource, QUrl(MEMBERS_MAP_URL), image)


def _new_document(device: QPagedPaintDevice, hints: RenderHints) -> QTextDocument:
    document = QTextDocument()
    document.documentLayout().setPaintDevice(device)
    document.setDefaultFont(sheet_font(hints.font_pt))
    document.setDocumentMargin(0)
    document.setUndoRedoEnabled(False)
    return document


def _first_line_bottom(document: QTextDocument, block: QTextBlock) -> float:
    rect = document.documentLayout().blockBoundingRect(block)
    text_layout = block.layout()
    if text_layout.lineCount() == 0:
        return rect.bottom()
    line = text_layout.lineAt(0)
    return rect.top() - text_layout.boundingRect().top() + line.y() + line.height()


def keep_headings_with_next(document: QTextDocument, page_height: float, passes: int = 12) -> bool:
    """A heading whose next line falls on the next page starts that page instead (one heading a
    pass, as each move shifts the rest); True when one moved."""
    always = QTextFormat.PageBreakFlag.PageBreak_AlwaysBefore
    moved_any = False
    for _ in range(passes):
        layout = document.documentLayout()
        block = document.begin()
        moved = False
        while block.isValid():
            fmt = block.blockFormat()
            following = block.next()
            if fmt.headingLevel() > 0 and following.isValid() and not fmt.pageBreakPolicy() & always:
                top = layout.blockBoundingRect(block).top()
                bottom = _first_line_bottom(document, following)
                if int(top // page_height) != int((bottom - 0.5) // page_height) and top % page_height > 1:
                    fmt.setPageBreakPolicy(always)
                    QTextCursor(block).setBlockFormat(fmt)
                    moved = moved_any = True
                    break
            block = following
        if not moved:
            break
    return moved_any


def ready_to_print(lang: str) -> None:
    """A GUI application for the fonts, and a font for the language's script (or one clear
    message instead of boxes)."""
    ensure_gui_app()
    no_font = missing_font(lang)
    if no_font:
        raise SheetRenderError(no_font)


def lay_out(sheet: Sheet, device: QPagedPaintDevice) -> LaidOutSheet:
    """Pages for the device's own page layout (so a print preview's choices are the ones used)."""
    ready_to_print(sheet.meta.lang)
    resolution = device.resolution()
    paint = device.pageLayout().paintRectPixels(resolution)
    px_per_mm = resolution / 25.4
    header_height = HEADER_MM * px_per_mm
    footer_height = FOOTER_MM * px_per_mm
    width = float(paint.width())
    body_height = float(paint.height()) - header_height - footer_height
    if body_height <= px_per_mm * 40:
        raise SheetRenderError(translate("Sheets", "the page is too small for a sheet"))
    hints = render_hints(sheet, width / px_per_mm, _measure_on(device))
    image = None
    if isinstance(sheet, ProfileSheet) and sheet.members_map is not None:
        hints, image = members_map_picture(sheet.members_map, hints, device, width, body_height)
    blocks: list[Block] = sheet_blocks(sheet, hints)
    document = _new_document(device, hints)
    if image is not None:
        document.addResource(QTextDocument.ResourceType.ImageResource, QUrl(MEMBERS_MAP_URL), image)

    html, segments = assemble(blocks, hints)
    _set_html(document, html, image, laid_rtl := is_rtl(sheet.meta.lang))
    document.setPageSize(QSizeF(width, -1))  # no pages: the rows' own heights
    natural = _natural(document, segments)

    breaks: dict[str, set[int]] = {}
    passes = 0
    document.setPageSize(QSizeF(width, body_height))
    groups = _groups(document, segments)
    while passes < MAX_PASSES:
        moves = [m for m in _groups_to_move(groups, body_height, natural)
                 if m[1] not in breaks.get(m[0], set())]
        if not moves:
            break  # none, or cut there already and still too long: Qt splits it
        for key, group in moves:
            breaks.setdefault(key, set()).add(group)
        passes += 1
        html, segments = assemble(blocks, hints, breaks)
        _set_html(document, html, image, laid_rtl)
        document.setPageSize(QSizeF(width, body_height))
        groups = _groups(document, segments)
    if keep_headings_with_next(document, body_height):  # no heading left alone at a page's foot
        groups = _groups(document, segments)
    return LaidOutSheet(sheet, document, width, body_height, header_height, footer_height,
                        document.pageCount(), hints, passes,
                        _continuations(document, groups, body_height), segments)


# -- painting --------------------------------------------------------------------------------


def _sides(laid: LaidOutSheet) -> tuple[Qt.AlignmentFlag, Qt.AlignmentFlag]:
    """Where a line starts and where it ends: an Arabic sheet's header and footer are mirrored."""
    if is_rtl(laid.sheet.meta.lang):
        return Qt.AlignmentFlag.AlignRight, Qt.AlignmentFlag.AlignLeft
    return Qt.AlignmentFlag.AlignLeft, Qt.AlignmentFlag.AlignRight


def _bidi(laid: LaidOutSheet, text: str) -> str:
    """An Arabic line keeps its Latin names, dates and ¶ citations readable."""
    return isolate_runs(text) if is_rtl(laid.sheet.meta.lang) else text


def _draw_header(painter: QPainter, laid: LaidOutSheet) -> None:
    meta = laid.sheet.meta
    start, end = _sides(laid)
    width, height = laid.page_width, laid.header_height
    title_font = sheet_font(8.5, bold=True)
    date_font = sheet_font(7.5)
    painter.setPen(QColor("#222222"))
    painter.setFont(date_font)
    date_width = QFontMetricsF(date_font, painter.device()).horizontalAdvance(meta.printed)
    text_rect = QRectF(0, 0, width, height * 0.62)
    painter.drawText(text_rect, end | Qt.AlignmentFlag.AlignBottom, meta.printed)
    painter.setFont(title_font)
    metrics = QFontMetricsF(title_font, painter.device())
    room = max(0.0, width - date_width - metrics.horizontalAdvance("MMMM"))
    title = metrics.elidedText(_bidi(laid, meta.running_title), Qt.TextElideMode.ElideRight, room)
    painter.drawText(text_rect, start | Qt.AlignmentFlag.AlignBottom, title)
    pen = QPen(QColor("#777777"))
    pen.setWidthF(laid.header_height / 90)
    painter.setPen(pen)
    y = height * 0.74
    painter.drawLine(0, int(y), int(width), int(y))


def _draw_footer(painter: QPainter, laid: LaidOutSheet, page: int) -> None:
    meta = laid.sheet.meta
    start, end = _sides(laid)
    width = laid.page_width
    top = laid.header_height + laid.body_height
    height = laid.footer_height
    pen = QPen(QColor("#777777"))
    pen.setWidthF(laid.header_height / 90)
    painter.setPen(pen)
    rule = top + height * 0.22
    painter.drawLine(0, int(rule), int(width), int(rule))
    painter.setPen(QColor("#333333"))
    page_font = sheet_font(8, bold=True)
    small = sheet_font(6.8)
    page_text = translate("Sheets", "page {page} of {pages}").format(page=page, pages=laid.page_count)
    painter.setFont(page_font)
    page_width = QFontMetricsF(page_font, painter.device()).horizontalAdvance(page_text)
    line_rect = QRectF(0, rule + height * 0.08, width, height * 0.34)
    painter.drawText(line_rect, end | Qt.AlignmentFlag.AlignVCenter, page_text)
    painter.setFont(small)
    metrics = QFontMetricsF(small, painter.device())
    room = max(0.0, width - page_width - metrics.horizontalAdvance("MMMM"))
    edition = _bidi(laid, translate("Sheets", "Data edition {edition} · rcpdesk").format(edition=meta.edition))
    citation = _bidi(laid, translate("Sheets", "Report cited (¶ = its paragraphs): {citation}").format(
        citation=meta.citation or REPORT_FULL_CITATION))
    painter.drawText(line_rect, start | Qt.AlignmentFlag.AlignVCenter,
                     metrics.elidedText(edition, Qt.TextElideMode.ElideRight, room))
    line_rect.translate(0, height * 0.34)
    painter.drawText(line_rect, start | Qt.AlignmentFlag.AlignVCenter,
                     metrics.elidedText(citation, Qt.TextElideMode.ElideRight, room))


def _draw_continuations(painter: QPainter, laid: LaidOutSheet, page: int) -> None:
    font = sheet_font(laid.hints.font_pt * 0.9)
    font.setItalic(True)
    font.setBold(True)
    painter.setFont(font)
    painter.setPen(QColor("#444444"))
    metrics = QFontMetricsF(font, painter.device())
    flags = _sides(laid)[0] | Qt.AlignmentFlag.AlignTop
    for continuation in laid.continuations:
        if continuation.page != page:
            continue
        rect = continuation.rect
        wrapped = metrics.boundingRect(rect, int(flags | Qt.TextFlag.TextWordWrap), continuation.text)
        if wrapped.height() <= rect.height() + 0.5:
            painter.drawText(rect, flags | Qt.TextFlag.TextWordWrap, continuation.text)
        else:  # a short row: one line, shortened rather than written over the next row
            line = metrics.elidedText(continuation.short, Qt.TextElideMode.ElideRight, rect.width())
            painter.drawText(rect, flags, line)


def paint_pages(laid: LaidOutSheet, device: QPagedPaintDevice, pages: range | None = None) -> int:
    """Paints the pages (all, or a range of 0-based page numbers) onto the device; returns how many."""
    pages = pages if pages is not None else range(laid.page_count)
    painter = QPainter()
    if not painter.begin(device):
        raise SheetRenderError(translate("Sheets", "cannot write to the printer or the file"))
    painted = 0
    try:
        for index in pages:
            if painted and not device.newPage():
                raise SheetRenderError(translate("Sheets", "cannot start a new page"))
            painter.save()
            _draw_header(painter, laid)
            painter.translate(0, laid.header_height - index * laid.body_height)
            clip = QRectF(0, index * laid.body_height, laid.page_width, laid.body_height)
            laid.document.drawContents(painter, clip)
            _draw_continuations(painter, laid, index)
            painter.restore()
            painter.save()
            _draw_footer(painter, laid, index + 1)
            painter.restore()
            painted += 1
    finally:
        painter.end()
    return painted


def render_to_device(sheet: Sheet, device: QPagedPaintDevice, pages: range | None = None) -> LaidOutSheet:
    """Lays the sheet out for the device's page layout and paints it there (a printer, a preview)."""
    laid = lay_out(sheet, device)
    paint_pages(laid, device, pages)
    return laid


@dataclass(frozen=True)
class WrittenPdf:
    path: Path
    pages: int
    seconds: float
    landscape: bool


def write_pdf(sheet: Sheet, path: Path, options: SheetOptions) -> WrittenPdf:
    """The sheet as a PDF file, written atomically: the file appears whole or not at all."""
    ensure_gui_app()
    started = time.perf_counter()
    path = Path(path)
    layout = page_layout(sheet, options)
    with atomic_path(path) as temp:
        writer = QPdfWriter(str(temp))
        writer.setResolution(PDF_RESOLUTION)
        writer.setTitle(sheet.meta.title)
        writer.setCreator("rcpdesk")
        if not writer.setPageLayout(layout):
            raise SheetRenderError(translate("Sheets", "the page layout was refused"))
        laid = render_to_device(sheet, writer)
        laid.document.documentLayout().setPaintDevice(None)
        del writer  # closes the file before it is renamed into place
        if temp.stat().st_size == 0:
            raise SheetRenderError(translate("Sheets", "nothing was written to {path}").format(path=path))
        with temp.open("rb+") as handle:
            os.fsync(handle.fileno())
    return WrittenPdf(path, laid.page_count, time.perf_counter() - started,
                      layout.orientation() == QPageLayout.Orientation.Landscape)
