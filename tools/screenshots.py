"""Render the main window offscreen at 1366×768 into docs/screenshots/*.png (for the README).

    python tools/screenshots.py [--out docs/screenshots]

Uses a throw-away profile, so the delegate's own settings and notes are never touched.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
from pathlib import Path

from offscreen_screen import use_offscreen_screen

SIZE = (1366, 768)
use_offscreen_screen(SIZE)  # before Qt starts
ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from PySide6.QtCore import QCoreApplication, QElapsedTimer, Qt
from PySide6.QtWidgets import QApplication

FOUR = ["bali-process", "colombo-process", "budapest-process", "puebla-process"]


def _settle(app: QApplication, window, msecs: int = 200) -> None:
    timer = QElapsedTimer()
    timer.start()
    while timer.elapsed() < msecs or window.services.tasks.busy:
        app.processEvents()
        if timer.elapsed() > 5000:
            break


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=ROOT / "docs" / "screenshots")
    args = parser.parse_args(argv)
    args.out.mkdir(parents=True, exist_ok=True)
    profile = Path(tempfile.mkdtemp(prefix="rcpdesk-shots-"))
    os.environ["RCPDESK_HOME"] = str(profile)

    from rcpdesk.app import create_application
    from rcpdesk.services import create_services
    from rcpdesk.ui.main_window import MainWindow

    app = QApplication.instance() or create_application(sys.argv[:1])
    services = create_services(profile, database=ROOT / "resources" / "rcpdesk.db")
    if services.notes is None:
        try:
            from rcpdesk.notes import NotesStore

            services.notes = NotesStore(profile / "notes.db", backup_on_open=False)
        except Exception as exc:  # noqa: BLE001 - screenshots without notes are still screenshots
            print(f"notes unavailable: {exc}", file=sys.stderr)
    window = MainWindow(services)
    window.resize(*SIZE)
    window.show()
    _settle(app, window)
    written = []

    def shot(name: str) -> None:
        _settle(app, window)
        path = args.out / f"{name}.png"
        window.grab().save(str(path))
        written.append(path)

    comparison = window.docks.get("comparison_dock")
    if comparison is not None:
        comparison.hide()
    window.navigate("rcpdesk:process/bali-process")
    window.tree_panel.select_links(["rcpdesk:process/bali-process"])
    shot("process-bali")
    window.navigate("rcpdesk:paragraph/20")
    window.tree_panel.select_links(["rcpdesk:paragraph/20"])
    shot("paragraph-20")
    window.search_panel.set_query("self-financing")
    window.search_panel.run_search()
    _settle(app, window, 400)
    window.search_panel.open_current()
    shot("search-self-financing")
    for name in ("search_dock", "notes_dock"):
        if name in window.docks:
            window.docks[name].hide()
    if window.comparison_panel is not None:
        known = {p.id for r in services.catalog.regions() for p in r.processes}
        window.comparison_panel.set_processes([p for p in FOUR if p in known])
        comparison.show()
        window.resizeDocks([comparison], [430], Qt.Orientation.Vertical)
        window.search_panel.set_query("")
        window.tree_panel.view.collapseAll()
        window.tree_panel.view.expand(window.tree_panel.proxy.index(0, 0))
        window.navigate("rcpdesk:dimension/funding")
        shot("comparison-four-window")
    window.close()
    services.close()
    for path in written:
        print(path.relative_to(ROOT) if path.is_relative_to(ROOT) else path)
    QCoreApplication.processEvents()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
