"""One way to write a briefing pack in any of its formats: PDF, HTML or Markdown, atomically."""

from __future__ import annotations

import os
import time
from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path

from rcpdesk.safe_write import atomic_path
from rcpdesk.sheets.export import check_writable
from rcpdesk.sheets.pack import Pack


class PackFormat(StrEnum):
    PDF = "pdf"
    HTML = "html"
    MARKDOWN = "md"


SUFFIXES = {".pdf": PackFormat.PDF, ".html": PackFormat.HTML, ".htm": PackFormat.HTML,
            ".md": PackFormat.MARKDOWN, ".markdown": PackFormat.MARKDOWN}


@dataclass(frozen=True)
class WrittenPackFile:
    path: Path
    format: PackFormat
    seconds: float
    pages: int | None = None  # PDF only


def pack_format(path: Path, explicit: str | None = None) -> PackFormat:
    """The format asked for, else the one the file name ends in; PDF for any other name."""
    if explicit:
        return PackFormat(explicit)
    return SUFFIXES.get(Path(path).suffix.lower(), PackFormat.PDF)


def render_pack_text(pack: Pack, fmt: PackFormat) -> str:
    if fmt is PackFormat.MARKDOWN:
        from rcpdesk.sheets.pack_markdown import to_markdown_pack

        return to_markdown_pack(pack)
    from rcpdesk.sheets.pack_html import to_html

    return to_html(pack)


def write_pack(pack: Pack, path: Path, fmt: PackFormat | str = PackFormat.PDF) -> WrittenPackFile:
    """Writes the pack; the file appears whole or not at all."""
    path, fmt = Path(path), PackFormat(fmt)
    check_writable(path)
    started = time.perf_counter()
    if fmt is PackFormat.PDF:
        from rcpdesk.sheets.pack_pdf import write_pack_pdf

        written = write_pack_pdf(pack, path)
        return WrittenPackFile(path, fmt, written.seconds, written.pages)
    text = render_pack_text(pack, fmt)
    with atomic_path(path) as temp, temp.open("w", encoding="utf-8", newline="") as handle:
        handle.write(text)
        handle.flush()
        os.fsync(handle.fileno())
    return WrittenPackFile(path, fmt, time.perf_counter() - started)
