"""The briefing pack sample in docs/samples: the issue's pack as PDF and each page as PNG.

`python tools/pack_samples.py [FOLDER]`: the Colombo Process and the Abu Dhabi Dialogue with Sri
Lanka's page and the notes tagged budget, A4, from the bundled data. The notes are made up for
the sample and are not anyone's. The PNG pages need pdftoppm (poppler-utils).
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from rcpdesk.sheets.model import NoteRecord

NOTES = (
    NoteRecord("colombo-process", "Ask how the self-funding mechanism is shared among members: "
               "our budget line for 2027 depends on it.", "follow-up", "#f9a825", ("budget",)),
    NoteRecord("report-2005/p20", "Quote this on funding in the opening statement.", "our position",
               "#2e7d32", ("budget",), target_kind="passage", quote="self-financing"),
    NoteRecord("abu-dhabi-dialogue#chair", "Who takes the chair next? (not for this pack)", "concern",
               "#c62828", ("other",)),
)
DPI = "60"


def main(argv: list[str]) -> int:
    from rcpdesk.catalog import Catalog
    from rcpdesk.paths import bundled_database
    from rcpdesk.sheets.layout import ensure_gui_app
    from rcpdesk.sheets.pack import PackRequest, build_pack
    from rcpdesk.sheets.pack_export import write_pack

    folder = Path(argv[0]) if argv else ROOT / "docs" / "samples"
    ensure_gui_app()
    request = PackRequest(("colombo-process", "abu-dhabi-dialogue"), country="LKA", tags=("budget",))
    pack = build_pack(Catalog(bundled_database()), request, NOTES)
    pdf = folder / "pack-colombo-abu-dhabi-lka-a4.pdf"
    written = write_pack(pack, pdf)
    print(f"{pdf} ({written.pages} pages, {written.seconds:.2f} s)")
    pages = folder / "pack-pages"
    if shutil.which("pdftoppm") is None:
        print("pdftoppm is missing: no PNG pages", file=sys.stderr)
        return 1
    shutil.rmtree(pages, ignore_errors=True)
    pages.mkdir(parents=True)
    subprocess.run(["pdftoppm", "-r", DPI, "-png", str(pdf), str(pages / "page")], check=True)
    print(f"{pages}/page-*.png ({len(list(pages.glob('*.png')))} pages at {DPI} dpi)")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
