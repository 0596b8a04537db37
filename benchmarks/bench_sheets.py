"""Sheets to PDF: the four-process and the all-nine comparison (every dimension), A4; and the
all-nine comparison as a new one opens (the profile facts first, then every dimension).

Floor: QTextDocument laying out a plain 9-column, 12-row table of the same cell text to PDF
(what Qt itself costs before headers, footnotes, repeated header rows and page numbers).
"""

from __future__ import annotations

import html
import tempfile
from pathlib import Path

from harness import ROOT, Figure, repeat, timed

from rcpdesk.catalog import Catalog
from rcpdesk.sheets.export import export_comparison

FOUR = ["bali-process", "colombo-process", "puebla-process", "budapest-process"]


def _floor(catalog: Catalog, ids: list[str], out: Path):  # -> Callable[[], None]
    from PySide6.QtGui import QPageSize, QPdfWriter, QTextDocument

    grid = catalog.values(ids, [d.id for d in catalog.dimensions()])
    rows = []
    for dimension in catalog.dimensions():
        cells = "".join(f"<td>{html.escape(grid[(p, dimension.id)].text())}</td>" for p in ids)
        rows.append(f"<tr><th>{html.escape(dimension.name)}</th>{cells}</tr>")
    markup = f"<table border='1'>{''.join(rows)}</table>"

    def run() -> None:
        writer = QPdfWriter(str(out))
        writer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
        document = QTextDocument()
        document.setHtml(markup)
        document.print_(writer)

    return run


def run(runs: int = 5) -> list[Figure]:
    from PySide6.QtGui import QGuiApplication

    QGuiApplication.instance() or QGuiApplication([])
    catalog = Catalog(ROOT / "resources" / "rcpdesk.db")
    nine = [p.id for p in catalog.processes() if p.attended_2005]
    every = [d.id for d in catalog.dimensions()]
    figures = []
    with tempfile.TemporaryDirectory() as folder:
        for name, ids, rows, budget in (("four-process", FOUR, every, None), ("all-nine", nine, every, 1.5),
                                        ("all-nine (profile facts first)", nine, None, None)):
            out = Path(folder) / f"{len(figures)}.pdf"
            samples = repeat(timed(lambda i=ids, r=rows, o=out: export_comparison(catalog, i, r, o, fmt="pdf"),
                                   1.0), runs)
            floor = repeat(timed(_floor(catalog, ids, Path(folder) / "floor.pdf"), 1.0), runs)
            figures.append(Figure(f"sheet to PDF, {name} comparison", "s", samples, floor, budget=budget))
    return figures


if __name__ == "__main__":
    from harness import print_table

    print_table(run(3))
