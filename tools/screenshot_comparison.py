"""Render the comparison panel offscreen to PNG: docs/screenshots/comparison-four.png and friends.

    python tools/screenshot_comparison.py                      # the four-process screenshot
    python tools/screenshot_comparison.py --nine out.png 1920 1080
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

FOUR = ["bali-process", "colombo-process", "puebla-process", "budapest-process"]


def render(ids: list[str], size: tuple[int, int], out: Path, database: Path | None = None) -> Path:
    """Open a throwaway profile, compare ids, and save the panel at size as PNG."""
    from PySide6.QtWidgets import QApplication

    from rcpdesk import services as services_module
    from rcpdesk.ui.panels.comparison import ComparisonPanel, processes_2005

    app = QApplication.instance() or QApplication([])
    with tempfile.TemporaryDirectory() as profile:
        db = database or ROOT / "resources" / "rcpdesk.db"
        if hasattr(services_module, "create_services"):
            services = services_module.create_services(profile, database=db)
        else:
            services = services_module.Services.open(Path(profile), db)
        panel = ComparisonPanel(services)
        panel.set_processes(ids or processes_2005(services.catalog))
        panel.resize(*size)
        panel.show()
        for _ in range(3):
            app.processEvents()
        out.parent.mkdir(parents=True, exist_ok=True)
        panel.grab().save(str(out))
        panel.close()
        panel.deleteLater()
        app.processEvents()
        services.close()
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--nine", action="store_true", help="the nine 2005 processes")
    parser.add_argument("out", nargs="?", default=str(ROOT / "docs" / "screenshots" / "comparison-four.png"))
    parser.add_argument("width", nargs="?", type=int, default=1366)
    parser.add_argument("height", nargs="?", type=int, default=768)
    args = parser.parse_args()
    print(render([] if args.nine else FOUR, (args.width, args.height), Path(args.out)))


if __name__ == "__main__":
    main()
