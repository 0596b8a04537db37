"""A new comparison as a delegate first sees it, on a 1366×768 laptop screen: the whole window
offscreen, a throw-away profile, two processes added, saved as PNG; prints what it measured.

    python tools/screenshot_new_comparison.py [out.png] [--processes colombo-process,abu-dhabi-dialogue]

The offscreen screen is made 1366×768 (a Qt offscreen configuration file), so the window lays
itself out as on that laptop. The printed JSON says how many rows show whole and whether the
columns fill the panel: tests/ui_comparison/test_delegates_question.py reads it.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(Path(__file__).resolve().parent))
from offscreen_screen import use_offscreen_screen

SCREEN = (1366, 768)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("out", nargs="?", type=Path,
                        default=ROOT / "docs" / "screenshots" / "comparison-new-1366x768.png")
    parser.add_argument("--processes", default="colombo-process,abu-dhabi-dialogue")
    parser.add_argument("--page", default="rcpdesk:process/colombo-process")
    args = parser.parse_args(argv)
    use_offscreen_screen(SCREEN)
    sys.path.insert(0, str(ROOT))
    profile = Path(tempfile.mkdtemp(prefix="rcpdesk-new-comparison-"))
    os.environ["RCPDESK_HOME"] = str(profile)

    from PySide6.QtCore import QElapsedTimer
    from PySide6.QtWidgets import QApplication, QTableView

    from rcpdesk.app import create_application
    from rcpdesk.services import create_services
    from rcpdesk.ui.main_window import MainWindow

    app = QApplication.instance() or create_application(sys.argv[:1])
    services = create_services(profile, database=ROOT / "resources" / "rcpdesk.db")

    def settle(msecs: int) -> None:
        timer = QElapsedTimer()
        timer.start()
        while timer.elapsed() < msecs:
            app.processEvents()

    window = MainWindow(services)
    window.show()
    settle(2000)  # the start-up steps, and the window's first fitting to the screen
    window.finish_startup()
    window.navigate(args.page)
    window.comparison_panel.set_processes([p for p in args.processes.split(",") if p])
    settle(400)
    args.out.parent.mkdir(parents=True, exist_ok=True)
    window.grab().save(str(args.out))

    table = window.comparison_panel.findChild(QTableView, "comparison_table")
    header = table.horizontalHeader()
    viewport = table.viewport()
    heights = [table.rowHeight(r) for r in range(table.model().rowCount())]
    whole, used = 0, 0
    for height in heights:
        if used + height > viewport.height():
            break
        used += height
        whole += 1
    widths = [header.sectionSize(c) for c in range(header.count()) if not header.isSectionHidden(c)]
    print(json.dumps({
        "png": str(args.out), "window": [window.width(), window.height()],
        "viewport": [viewport.width(), viewport.height()], "rows_whole": whole,
        "row_heights": heights[:5], "column_widths": widths,
        "columns_fill": abs(sum(widths) - viewport.width()) <= 1,
        "headers": [table.model().headerData(c, header.orientation()) for c in range(header.count())],
    }))
    window.close()
    services.close()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
