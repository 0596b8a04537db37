"""Maps and the timeline out of the window: SVG, PNG and PDF files, a printer, an image for a sheet.

A map scene becomes SVG (maps.svg); PNG, PDF and the printer draw that SVG with QtSvg, so every
output shows the same picture, as vectors wherever the device keeps vectors. Files are written
whole or not at all (safe_write.atomic_path). Needs a QGuiApplication (ensure_gui_app makes an
offscreen one for the command line).
"""

from __future__ import annotations

from collections.abc import Callable
from enum import StrEnum
from pathlib import Path

from PySide6.QtCore import QByteArray, QMarginsF, QRectF, QSize, Qt
from PySide6.QtGui import (
    QColor,
    QGuiApplication,
    QImage,
    QPagedPaintDevice,
    QPageLayout,
    QPageSize,
    QPainter,
    QPdfWriter,
)
from PySide6.QtSvg import QSvgGenerator, QSvgRenderer

from rcpdesk.catalog.store import Catalog
from rcpdesk.gui_app import ensure_gui_app as _ensure_gui_app
from rcpdesk.maps.scene import MapScene, process_scene
from rcpdesk.maps.svg import render_svg
from rcpdesk.safe_write import atomic_path

DESIGN_WIDTH = 1600.0  # the page a map is laid out on; outputs scale it
DEFAULT_PIXELS = (1920, 1080)  # a projector's picture
PAGE_MARGIN_MM = 10.0



class ExportFormat(StrEnum):
    SVG = "svg"
    PNG = "png"
    PDF = "pdf"


class RenderError(RuntimeError):
    """A picture could not be written (bad format, unwritable place)."""


def ensure_gui_app() -> QGuiApplication:
    """The running QGuiApplication, or an offscreen one: the command line needs no display."""
    return _ensure_gui_app(RenderError)


def format_of(path: Path, fmt: str | None = None) -> ExportFormat:
    """The format asked for, else the one the file name's extension names."""
    name = (fmt or Path(path).suffix.lstrip(".")).lower()
    try:
        return ExportFormat(name)
    except ValueError:
        raise RenderError(f"cannot tell the format of {path}: use .svg, .png or .pdf") from None


# -- maps -----------------------------------------------------------------------------------------


def design_size(width: int, height: int) -> tuple[float, float]:
    """The layout page for an output of width × height: 1600 px wide, the output's proportions."""
    return DESIGN_WIDTH, DESIGN_WIDTH * height / max(width, 1)


def map_svg(
    scene: MapScene,
    width: int = DEFAULT_PIXELS[0],
    height: int = DEFAULT_PIXELS[1],
    *,
    compact: bool = False,
) -> str:
    page_width, page_height = design_size(width, height)
    return render_svg(
        scene, page_width, page_height, compact=compact, size=(str(width), str(height))
    )


def svg_renderer(svg_text: str) -> QSvgRenderer:
    ensure_gui_app()
    renderer = QSvgRenderer(QByteArray(svg_text.encode("utf-8")))
    if not renderer.isValid():
        raise RenderError("the map's SVG could not be read back")
    renderer.setAspectRatioMode(Qt.AspectRatioMode.KeepAspectRatio)
    return renderer


def paint_svg(svg_text: str, painter: QPainter, target: QRectF) -> None:
    """Draw an SVG into a rectangle of any painter (widget, image, PDF, printer), keeping its
    proportions and centring it."""
    svg_renderer(svg_text).render(painter, target)


def map_image(
    scene: MapScene,
    width: int = DEFAULT_PIXELS[0],
    height: int = DEFAULT_PIXELS[1],
    *,
    compact: bool = False,
) -> QImage:
    """The map as a picture of width × height pixels, on white."""
    return svg_image(map_svg(scene, width, height, compact=compact), width, height)


def svg_image(svg_text: str, width: int, height: int) -> QImage:
    ensure_gui_app()
    image = QImage(QSize(width, height), QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(QColor("#ffffff"))
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setRenderHint(QPainter.RenderHint.TextAntialiasing)
    paint_svg(svg_text, painter, QRectF(0, 0, width, height))
    painter.end()
    return image


def write_map(
    scene: MapScene,
    path: Path,
    fmt: str | None = None,
    *,
    width: int = DEFAULT_PIXELS[0],
    height: int = DEFAULT_PIXELS[1],
) -> Path:
    """Write a map as SVG, PNG (width × height px) or PDF (one A4 landscape page)."""
    path = Path(path)
    kind = format_of(path, fmt)
    if kind is ExportFormat.PDF:
        page_width, page_height = _pdf_design_size()
        svg_text = render_svg(scene, page_width, page_height)
        _write_pdf(
            path, scene.description, lambda painter, rect: paint_svg(svg_text, painter, rect)
        )
        return path
    svg_text = map_svg(scene, width, height)
    _write(path, kind, svg_text, width, height)
    return path


def _write(path: Path, kind: ExportFormat, svg_text: str, width: int, height: int) -> None:
    ensure_gui_app()
    with atomic_path(path) as temp:
        if kind is ExportFormat.SVG:
            temp.write_text(svg_text, encoding="utf-8")
        elif not svg_image(svg_text, width, height).save(str(temp), "PNG"):
            raise RenderError(f"cannot write {path}")


def _page_layout() -> QPageLayout:
    return QPageLayout(
        QPageSize(QPageSize.PageSizeId.A4),
        QPageLayout.Orientation.Landscape,
        QMarginsF(*(PAGE_MARGIN_MM,) * 4),
        QPageLayout.Unit.Millimeter,
    )


def _pdf_design_size() -> tuple[float, float]:
    rect = _page_layout().paintRect(QPageLayout.Unit.Millimeter)
    return DESIGN_WIDTH, DESIGN_WIDTH * rect.height() / rect.width()


def _write_pdf(path: Path, title: str, paint: Callable[[QPainter, QRectF], None]) -> None:
    ensure_gui_app()
    with atomic_path(path) as temp:
        writer = QPdfWriter(str(temp))
        writer.setPageLayout(_page_layout())
        writer.setResolution(300)
        writer.setTitle(title)
        writer.setCreator("rcpdesk")
        painter = QPainter()
        if not painter.begin(writer):
            raise RenderError(f"cannot write {path}")
        try:
            paint(painter, page_rect(writer))
        finally:
            painter.end()


def page_rect(device: QPagedPaintDevice) -> QRectF:
    """The printable rectangle of a page, in the device's pixels (a painter's coordinates)."""
    rect = device.pageLayout().paintRectPixels(device.resolution())
    return QRectF(0, 0, rect.width(), rect.height())


def print_map(scene: MapScene, device: QPagedPaintDevice) -> None:
    """A map on one page of a printer (or any paged device), landscape, within its margins."""
    ensure_gui_app()
    device.setPageOrientation(QPageLayout.Orientation.Landscape)
    rect = page_rect(device)
    svg_text = render_svg(scene, DESIGN_WIDTH, DESIGN_WIDTH * rect.height() / rect.width())
    painter = QPainter()
    if not painter.begin(device):
        raise RenderError("the printer could not be opened")
    try:
        paint_svg(svg_text, painter, rect)
    finally:
        painter.end()


# -- the members map of a profile sheet ---------------------------------------------------------


def members_map_svg(
    catalog: Catalog, process_id: str, width: int = 1000, height: int = 520
) -> bytes:
    """A process's members (blue) and observers (orange), framed on them, with a one-line legend
    and no title: for a profile sheet, which has its own heading and member list."""
    scene = process_scene(catalog, [process_id])
    page_width, page_height = design_size(width, height)
    return render_svg(
        scene, page_width * 0.6, page_height * 0.6, compact=True, size=(str(width), str(height))
    ).encode("utf-8")


def members_map_image(
    catalog: Catalog, process_id: str, width: int = 1000, height: int = 520
) -> QImage:
    """The members map as a picture of width × height pixels."""
    return svg_image(
        members_map_svg(catalog, process_id, width, height).decode("utf-8"), width, height
    )


# -- pictures painted with QPainter (the timeline) ----------------------------------------------


Painter = Callable[[QPainter, QRectF], None]


def write_painting(
    paint: Painter,
    path: Path,
    fmt: str | None = None,
    *,
    title: str = "",
    width: int = DEFAULT_PIXELS[0],
    height: int = DEFAULT_PIXELS[1],
) -> Path:
    """Write what a paint(painter, rect) function draws as SVG, PNG or PDF (A4 landscape)."""
    path = Path(path)
    kind = format_of(path, fmt)
    ensure_gui_app()
    if kind is ExportFormat.PDF:
        _write_pdf(path, title, paint)
        return path
    with atomic_path(path) as temp:
        if kind is ExportFormat.PNG:
            image = QImage(QSize(width, height), QImage.Format.Format_ARGB32_Premultiplied)
            image.fill(QColor("#ffffff"))
            painter = QPainter(image)
            painter.setRenderHint(QPainter.RenderHint.Antialiasing)
            paint(painter, QRectF(0, 0, width, height))
            painter.end()
            if not image.save(str(temp), "PNG"):
                raise RenderError(f"cannot write {path}")
        else:
            generator = QSvgGenerator()
            generator.setFileName(str(temp))
            generator.setSize(QSize(width, height))
            generator.setViewBox(QRectF(0, 0, width, height))
            generator.setTitle(title)
            generator.setDescription(title)
            painter = QPainter()
            if not painter.begin(generator):
                raise RenderError(f"cannot write {path}")
            paint(painter, QRectF(0, 0, width, height))
            painter.end()
    return path


def print_painting(paint: Painter, device: QPagedPaintDevice) -> None:
    ensure_gui_app()
    device.setPageOrientation(QPageLayout.Orientation.Landscape)
    painter = QPainter()
    if not painter.begin(device):
        raise RenderError("the printer could not be opened")
    try:
        paint(painter, page_rect(device))
    finally:
        painter.end()


# -- the timeline ---------------------------------------------------------------------------------


def write_timeline(
    catalog: Catalog, path: Path, fmt: str | None = None, *, width: int = DEFAULT_PIXELS[0]
) -> Path:
    """The founding timeline as SVG, PNG (width px wide, as tall as it needs) or PDF."""
    from rcpdesk.maps.timeline import layout_timeline, paint_timeline

    ensure_gui_app()
    lay = layout_timeline(catalog)
    height = round(width * lay.height / lay.width)
    return write_painting(
        lambda painter, rect: paint_timeline(painter, rect, lay),
        path,
        fmt,
        title=lay.title,
        width=width,
        height=height,
    )


def timeline_image(catalog: Catalog, width: int = DEFAULT_PIXELS[0]) -> QImage:
    from rcpdesk.maps.timeline import layout_timeline, paint_timeline

    ensure_gui_app()
    lay = layout_timeline(catalog)
    height = round(width * lay.height / lay.width)
    image = QImage(QSize(width, height), QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(QColor("#ffffff"))
    painter = QPainter(image)
    paint_timeline(painter, QRectF(0, 0, width, height), lay)
    painter.end()
    return image
