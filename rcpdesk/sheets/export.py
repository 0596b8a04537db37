"""One way in for every sheet and format: build from a request, write atomically, say what was written."""

from __future__ import annotations

import os
import time
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

from rcpdesk.catalog import Catalog
from rcpdesk.safe_write import atomic_path
from rcpdesk.sheets.build import build_comparison, build_profile
from rcpdesk.sheets.i18n import translate
from rcpdesk.sheets.model import NoteRecord, NotesPlacement, Sheet, SheetFormat, SheetOptions

SUFFIXES = {".pdf": SheetFormat.PDF, ".md": SheetFormat.MARKDOWN, ".markdown": SheetFormat.MARKDOWN,
            ".csv": SheetFormat.CSV, ".html": SheetFormat.HTML, ".htm": SheetFormat.HTML}


@dataclass(frozen=True)
class SheetRequest:
    """What to print: a comparison (processes × dimensions) or one process's profile."""

    kind: str  # "comparison" | "profile"
    process_ids: tuple[str, ...] = ()
    dimension_ids: tuple[str, ...] | None = None  # None: every dimension
    options: SheetOptions = field(default_factory=SheetOptions)
    notes: tuple[NoteRecord, ...] = ()

    @classmethod
    def comparison(cls, process_ids: Sequence[str], dimension_ids: Sequence[str] | None = None,
                   options: SheetOptions | None = None,
                   notes: Sequence[NoteRecord] = ()) -> SheetRequest:
        return cls("comparison", tuple(process_ids),
                   tuple(dimension_ids) if dimension_ids is not None else None,
                   options or SheetOptions(), tuple(notes))

    @classmethod
    def profile(cls, process_id: str, options: SheetOptions | None = None,
                notes: Sequence[NoteRecord] = ()) -> SheetRequest:
        return cls("profile", (process_id,) if process_id else (), None, options or SheetOptions(),
                   tuple(notes))


@dataclass(frozen=True)
class WrittenSheet:
    path: Path
    format: SheetFormat
    seconds: float
    pages: int | None = None  # PDF only
    landscape: bool | None = None


def build_sheet(catalog: Catalog, request: SheetRequest) -> Sheet:
    """The sheet a request asks for, in the request's language (raises on unknown ids)."""
    if request.options.lang and request.options.lang != catalog.lang:
        catalog = catalog.with_language(request.options.lang)
    notes = request.notes if request.options.notes is not NotesPlacement.NONE else ()
    if request.kind == "profile":
        return build_profile(catalog, request.process_ids[0] if request.process_ids else "",
                             notes=notes, placement=request.options.notes,
                             all_findings=request.options.all_findings,
                             with_map=request.options.with_map)
    return build_comparison(catalog, request.process_ids, request.dimension_ids, notes=notes,
                            placement=request.options.notes)


class UnknownSuffix(ValueError):
    """The file name ends in a suffix that names no sheet format (sheet.xyz): nothing is written,
    rather than a PDF under a name that says otherwise."""


def infer_format(path: Path, explicit: str | None = None) -> SheetFormat:
    """The format asked for, else the one the file name ends in; PDF for a name without one."""
    if explicit:
        return SheetFormat(explicit)
    suffix = Path(path).suffix.lower()
    if not suffix:
        return SheetFormat.PDF
    if suffix not in SUFFIXES:
        raise UnknownSuffix(f"cannot tell the format of {Path(path).name}: name it .pdf, .md, .csv "
                            "or .html, or give --format")
    return SUFFIXES[suffix]


def render_text(sheet: Sheet, fmt: SheetFormat) -> str:
    if fmt is SheetFormat.MARKDOWN:
        from rcpdesk.sheets.markdown import to_markdown

        return to_markdown(sheet)
    if fmt is SheetFormat.CSV:
        from rcpdesk.sheets.csvfile import to_csv

        return to_csv(sheet)
    if fmt is SheetFormat.HTML:
        from rcpdesk.sheets.html import to_html

        return to_html(sheet)
    raise ValueError(f"not a text format: {fmt}")


def check_writable(path: Path) -> None:
    """A one-line reason why the file cannot be written, before any work is done."""
    path = Path(path)
    folder = path.parent if str(path.parent) else Path(".")
    if path.is_dir():
        raise OSError(21, translate("Sheets", "this is a folder, not a file"), str(path))
    if not folder.is_dir():
        raise OSError(2, translate("Sheets", "the folder does not exist"), str(folder))
    if not os.access(folder, os.W_OK | os.X_OK):
        raise OSError(13, translate("Sheets", "the folder cannot be written to"), str(folder))
    if path.exists() and not os.access(path, os.W_OK):
        raise OSError(13, translate("Sheets", "the file is read-only"), str(path))


def write_sheet(sheet: Sheet, path: Path, fmt: SheetFormat, options: SheetOptions) -> WrittenSheet:
    """Writes the sheet; the file appears whole or not at all (a temp file, then a rename)."""
    path = Path(path)
    fmt = SheetFormat(fmt)
    check_writable(path)
    started = time.perf_counter()
    if fmt is SheetFormat.PDF:
        from rcpdesk.sheets.layout import write_pdf

        written = write_pdf(sheet, path, options)
        return WrittenSheet(path, fmt, written.seconds, written.pages, written.landscape)
    text = render_text(sheet, fmt)
    # CSV carries a byte-order mark so that spreadsheet programs read ¶ and – as such.
    encoding = "utf-8-sig" if fmt is SheetFormat.CSV else "utf-8"
    with atomic_path(path) as temp, temp.open("w", encoding=encoding, newline="") as handle:
        handle.write(text)
        handle.flush()
        os.fsync(handle.fileno())
    return WrittenSheet(path, fmt, time.perf_counter() - started)


def export_comparison(catalog: Catalog, process_ids: Sequence[str],
                      dimension_ids: Sequence[str] | None, out: Path, *, fmt: str | None = None,
                      options: SheetOptions | None = None,
                      notes: Sequence[NoteRecord] = ()) -> WrittenSheet:
    """A comparison sheet written to a file (format from fmt, else from the file name)."""
    options = options or SheetOptions(lang=catalog.lang)
    request = SheetRequest.comparison(process_ids, dimension_ids, options, notes)
    return write_sheet(build_sheet(catalog, request), Path(out), infer_format(Path(out), fmt), options)


def export_profile(catalog: Catalog, process_id: str, out: Path, *, fmt: str | None = None,
                   options: SheetOptions | None = None,
                   notes: Sequence[NoteRecord] = ()) -> WrittenSheet:
    """A process profile written to a file (format from fmt, else from the file name)."""
    options = options or SheetOptions(lang=catalog.lang)
    request = SheetRequest.profile(process_id, options, notes)
    return write_sheet(build_sheet(catalog, request), Path(out), infer_format(Path(out), fmt), options)
