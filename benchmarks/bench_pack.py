"""The briefing pack to PDF: the nine processes of the 2005 workshop, every default row, their
members maps, Sri Lanka's page, A4 (built from the catalog and written, outline and links included).

Floor: the same pack's pages as one plain QTextDocument (its HTML export, the maps left out)
printed to a QPdfWriter: what Qt costs for the text before parts, headers, page x of y, the
vector maps, the outline and the links.
"""

from __future__ import annotations

import tempfile
from pathlib import Path

from harness import ROOT, Figure, repeat, timed

from rcpdesk.catalog import Catalog
from rcpdesk.sheets.pack import PackRequest, build_pack
from rcpdesk.sheets.pack_export import write_pack

BUDGET_S = 5.0


def run(runs: int = 5) -> list[Figure]:
    from PySide6.QtGui import QGuiApplication, QPageSize, QPdfWriter, QTextDocument

    from rcpdesk.sheets.pack_html import to_html

    QGuiApplication.instance() or QGuiApplication([])
    catalog = Catalog(ROOT / "resources" / "rcpdesk.db")
    nine = tuple(p.id for p in catalog.processes() if p.attended_2005)
    request = PackRequest(nine, country="LKA")
    pages: list[int] = []
    with tempfile.TemporaryDirectory() as folder:
        out = Path(folder) / "pack.pdf"

        def whole() -> None:
            pages.append(write_pack(build_pack(catalog, request), out).pages or 0)

        markup = to_html(build_pack(catalog, PackRequest(nine, country="LKA", with_maps=False)))

        def floor() -> None:
            writer = QPdfWriter(str(Path(folder) / "floor.pdf"))
            writer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
            document = QTextDocument()
            document.setHtml(markup)
            document.print_(writer)

        samples = repeat(timed(whole, 1.0), runs)
        floors = repeat(timed(floor, 1.0), runs)
    return [Figure(f"briefing pack to PDF, the nine of 2005 with maps ({pages[-1]} pages)", "s",
                   samples, floors, budget=BUDGET_S)]


if __name__ == "__main__":
    from harness import print_table

    print_table(run(3))
