"""The sample sheets in docs/samples: `python -m rcpdesk.sheets.samples [FOLDER] [--database FILE]`.

Written from the bundled data, so they are rebuilt after the data changes; the notes on the
"with notes" sample are made up for the sample and are not anyone's.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from rcpdesk.sheets.model import NoteRecord, NotesPlacement, Orientation, Paper, SheetOptions

FOUR = ("igc", "budapest-process", "bali-process", "colombo-process")
NINE = ("igc", "budapest-process", "bali-process", "colombo-process", "apc", "puebla-process",
        "lima-process", "midsa", "five-plus-five")

SAMPLE_NOTES = (
    NoteRecord("bali-process#funding", "Ask the Regional Support Office how the 2023 change in its "
               "funding affects smaller members.", "follow-up", "#f9a825", ("budget",)),
    NoteRecord("igc#participation", "Confidentiality limits what we may report home.", "concern",
               "#c62828"),
    NoteRecord("colombo-process", "Our minister chairs the senior officials' session on skills "
               "recognition.", "our position", "#2e7d32", ("skills",)),
    NoteRecord("civil-society", "Ask for an observer seat for migrant associations.", "our position",
               "#2e7d32", ("civil-society",)),
    NoteRecord("report-2005/p20", "Quote this in the opening statement on funding.", "follow-up",
               "#f9a825", ("speech",)),
)


def write_samples(folder: Path, database: Path | None = None) -> list[tuple[Path, int, float]]:
    from rcpdesk.catalog import Catalog
    from rcpdesk.paths import bundled_database
    from rcpdesk.sheets.export import export_comparison, export_profile
    from rcpdesk.sheets.layout import ensure_gui_app

    ensure_gui_app()
    catalog = Catalog(database or bundled_database())
    folder.mkdir(parents=True, exist_ok=True)
    a4, letter = SheetOptions(paper=Paper.A4), SheetOptions(paper=Paper.LETTER)
    notes = SheetOptions(paper=Paper.A4, notes=NotesPlacement.CELLS)
    after = SheetOptions(paper=Paper.A4, notes=NotesPlacement.AFTER, orientation=Orientation.PORTRAIT)
    written = [
        export_comparison(catalog, FOUR, None, folder / "comparison-four-processes-a4.pdf", options=a4),
        export_comparison(catalog, NINE, None, folder / "comparison-2005-nine-a4.pdf", options=a4),
        export_comparison(catalog, NINE, None, folder / "comparison-2005-nine-letter.pdf",
                          options=letter),
        export_comparison(catalog, FOUR, None, folder / "comparison-four-with-notes-a4.pdf",
                          options=notes, notes=SAMPLE_NOTES),
        export_profile(catalog, "colombo-process", folder / "profile-colombo-process-a4.pdf",
                       options=after, notes=SAMPLE_NOTES),
    ]
    return [(w.path, w.pages or 0, w.seconds) for w in written]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m rcpdesk.sheets.samples")
    parser.add_argument("folder", nargs="?", default="docs/samples")
    parser.add_argument("--database", type=Path)
    args = parser.parse_args(argv)
    for path, pages, seconds in write_samples(Path(args.folder), args.database):
        print(f"{path} ({pages} pages, {seconds:.2f} s)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
