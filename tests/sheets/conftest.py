"""Set-up for the sheet tests: one QApplication, PDF text read back, sheets with very long cells."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable
from pathlib import Path
from types import SimpleNamespace

import pytest

from rcpdesk.catalog import Catalog
from rcpdesk.catalog import model as m
from rcpdesk.sheets.model import (
    ComparisonRow,
    ComparisonSheet,
    Entry,
    FindingEntry,
    SheetMeta,
    SourceRef,
)

NINE = ("igc", "budapest-process", "bali-process", "colombo-process", "apc", "puebla-process",
        "lima-process", "midsa", "five-plus-five")
A4_POINTS = (595.3, 841.9)
LETTER_POINTS = (612.0, 792.0)


@pytest.fixture(autouse=True)
def _qt_application(qapp):
    """The sheets would make a bare QGuiApplication; widget tests in the same run need a QApplication."""
    return qapp


def words(text: str) -> list[str]:
    """The words of a text as a PDF reader gets them back (ligatures undone, case kept)."""
    return re.findall(r"\w+", unicodedata.normalize("NFKC", text))


def pdf_pages(path: Path) -> list[str]:
    from pypdf import PdfReader

    # pypdf separates the words Qt places one by one with tabs: make them spaces again
    return [re.sub(r"[ \t]+", " ", page.extract_text() or "") for page in PdfReader(str(path)).pages]


def page_sizes(path: Path) -> list[tuple[float, float]]:
    from pypdf import PdfReader

    return [(float(p.mediabox.width), float(p.mediabox.height)) for p in PdfReader(str(path)).pages]


def solid(pages: list[str]) -> str:
    """The pages' text with all white space taken out (see words_in_order)."""
    return re.sub(r"\s+", "", unicodedata.normalize("NFKC", "".join(pages)))


def words_in_order(needle: str, stream: str) -> bool:
    """The words of needle, in order, in solid(pages).

    pypdf sometimes cuts a word where Qt wrote it in two runs ("w1x" / "1y467"); without the white
    space the word is whole again, and the order still shows nothing was skipped or cut off.
    """
    position = 0
    for word in words(needle):
        found = stream.find(word, position)
        if found < 0:
            return False
        position = found + len(word)
    return True


def same_size(size: tuple[float, float], expected: tuple[float, float]) -> bool:
    """Page sizes in points, within a point (Qt writes A4 as 595 × 842)."""
    return abs(size[0] - expected[0]) <= 1.0 and abs(size[1] - expected[1]) <= 1.0


def is_subsequence(needle: list[str], haystack: list[str]) -> bool:
    it = iter(haystack)
    return all(any(word == seen for seen in it) for word in needle)


@pytest.fixture()
def pdf() -> SimpleNamespace:
    """Reading a PDF back: page texts, page sizes in points, words, in-order checks."""
    return SimpleNamespace(pages=pdf_pages, sizes=page_sizes, words=words,
                           is_subsequence=is_subsequence, words_in_order=words_in_order, solid=solid, same_size=same_size, A4=A4_POINTS, LETTER=LETTER_POINTS)


@pytest.fixture()
def nine_ids() -> tuple[str, ...]:
    return NINE


@pytest.fixture()
def nine_catalog(real_catalog: Catalog) -> Catalog:
    """The bundled data with the nine processes of 2005 (skipped while it is only the fixture data)."""
    known = {p.id for p in real_catalog.processes()}
    missing = [p for p in NINE if p not in known]
    if missing:
        pytest.skip(f"resources/rcpdesk.db lacks {', '.join(missing)}: run `rcpdesk build-db`")
    return real_catalog


def _summary(index: int) -> m.ProcessSummary:
    acronym = f"Proc{chr(65 + index)}"
    return m.ProcessSummary(id=f"proc-{index}", acronym=acronym, name=f"Process {acronym} on migration",
                            names=m.Names(f"Process {acronym}"), type="rcp", region_id="asia",
                            status="active", established=1990 + index, attended_2005=True)


@pytest.fixture()
def synthetic_comparison() -> Callable[..., ComparisonSheet]:
    """A comparison with made-up text: as many processes, dimensions and words per cell as asked."""

    def make(processes: int = 9, dimensions: int = 12, cell_words: int = 60,
             long_cell: tuple[int, int, int] | None = None) -> ComparisonSheet:
        summaries = tuple(_summary(i) for i in range(processes))
        dims = tuple(m.Dimension(f"dim-{d}", f"Dimension{d} name", m.Names(f"Dimension{d} name"),
                                 f"What dimension {d} covers.", d) for d in range(dimensions))
        source = m.Source("src", "A source title", "Publisher", "https://example.org/s", "2026-11-26")
        rows = []
        for d, dim in enumerate(dims):
            cells = []
            for p in range(processes):
                count = cell_words
                if long_cell and long_cell[:2] == (d, p):
                    count = long_cell[2]
                text = " ".join(f"w{d}x{p}y{k}" for k in range(count))
                cells.append(Entry(text, "sourced", "2024", (1,)))
            finding = FindingEntry(f"¶{d + 10}", d + 10, "consensus",
                                   f"Finding text for dimension {d} with several words in it.")
            rows.append(ComparisonRow(dim, tuple(cells), finding))
        meta = SheetMeta(title="Synthetic comparison", running_title="Synthetic comparison",
                         printed="Thursday, 26 November 2026", edition="26 November 2026 (abc)")
        return ComparisonSheet(meta=meta, processes=summaries, dimensions=dims, rows=tuple(rows),
                               process_notes=tuple(() for _ in summaries),
                               footnotes=(SourceRef(1, source),))

    return make
