"""The window on large catalogs: first paint, expanding the tree, scrolling a 50-process comparison,
and how long the GUI thread stalls while a delegate types a query.

The GUI thread's stalls are measured with a heartbeat: a 5 ms timer records the gaps between its
ticks; a gap over 50 ms is a stall a delegate would feel. Floor for frames: the same scroll over a
plain QTableView of the same size with short cells.
"""

from __future__ import annotations

import tempfile
import time
from pathlib import Path

from harness import Figure

STALL_BUDGET_MS = 50.0


class Heartbeat:
    """Records the longest wait between 5 ms timer ticks on the GUI thread."""

    def __init__(self) -> None:
        from PySide6.QtCore import QTimer

        self.gaps: list[float] = []
        self._last = time.perf_counter()
        self._timer = QTimer()
        self._timer.setInterval(5)
        self._timer.timeout.connect(self._tick)

    def _tick(self) -> None:
        now = time.perf_counter()
        self.gaps.append((now - self._last) * 1000)
        self.ticks.append(now)
        self._last = now

    def start(self) -> None:
        self.gaps.clear()
        self._last = time.perf_counter()
        self.ticks = [self._last]
        self._timer.start()

    def stop(self) -> float:
        self._timer.stop()
        return max(self.gaps, default=0.0)

    def longest_since(self, moment: float) -> float:
        """The longest wait between ticks from moment on (a wait that began earlier counts from it)."""
        waits = [later - max(earlier, moment) for earlier, later in zip(self.ticks, self.ticks[1:])
                 if later > moment]
        return max(waits, default=0.0) * 1000


def _first_paint_mark(widget) -> list[float]:
    """When widget's viewport starts painting the first time (filled in at that moment)."""
    from PySide6.QtCore import QEvent, QObject

    class Mark(QObject):
        def eventFilter(self, watched, event) -> bool:
            if event.type() == QEvent.Type.Paint and not times:
                times.append(time.perf_counter())
            return False

    times: list[float] = []
    viewport = widget.viewport()
    viewport.installEventFilter(Mark(viewport))
    return times


def _pump(ms: float) -> None:
    from PySide6.QtWidgets import QApplication

    end = time.perf_counter() + ms / 1000
    while time.perf_counter() < end:
        QApplication.processEvents()
        time.sleep(0.001)


def _window(db: Path, profile: Path, defer_notes: bool = False):
    from rcpdesk.app import build_main_window
    from rcpdesk.services import create_services

    services = create_services(profile, database=db, defer_notes=defer_notes)
    window = build_main_window(services)
    window.resize(1366, 768)
    return services, window


def _scroll_frames(view, steps: int = 60) -> list[float]:
    frames = []
    bar = view.verticalScrollBar()
    bar.setValue(0)
    for step in range(steps):
        started = time.perf_counter()
        bar.setValue(int(bar.maximum() * (step + 1) / steps))
        view.viewport().repaint()
        frames.append((time.perf_counter() - started) * 1000)
    horizontal = view.horizontalScrollBar()
    for step in range(steps):
        started = time.perf_counter()
        horizontal.setValue(int(horizontal.maximum() * (step + 1) / steps))
        view.viewport().repaint()
        frames.append((time.perf_counter() - started) * 1000)
    return frames


def _floor_frames(rows: int, columns: int) -> list[float]:
    from PySide6.QtGui import QStandardItem, QStandardItemModel
    from PySide6.QtWidgets import QTableView

    model = QStandardItemModel(rows, columns)
    for row in range(rows):
        for column in range(columns):
            model.setItem(row, column, QStandardItem(f"{row}.{column}"))
    view = QTableView()
    view.setModel(model)
    view.resize(1366, 400)
    view.show()
    _pump(50)
    frames = _scroll_frames(view)
    view.close()
    return frames


def _page_links(catalog) -> list[str]:
    """Pages of every kind: the start page, profiles, paragraphs (first, middle, last), every
    dimension and region (first and last page), the first sections (first and last page), the
    countries in the most processes (first and last page)."""
    from rcpdesk.ui import links

    last = 10**6  # past the end: the last page
    pages = [links.HOME]
    pages += [links.process(p.id) for p in catalog.processes()[:8]]
    final = catalog.sections()[-1].last
    pages += [links.paragraph(n) for n in (1, final // 2, final)]
    for dimension in catalog.dimensions():
        pages += [links.dimension(dimension.id), links.with_page(links.dimension(dimension.id), last)]
    for region in catalog.regions():
        pages += [links.region(region.id), links.with_page(links.region(region.id), last)]
    for section in catalog.sections()[:5]:
        pages += [links.section(section.id), links.with_page(links.section(section.id), last)]
    counts = catalog.process_counts_by_country()
    for code in sorted(counts, key=counts.get, reverse=True)[:4]:
        pages += [links.country(code), links.with_page(links.country(code), last)]
    return pages


def _page_stalls(window, catalog) -> tuple[list[float], str]:
    """The longest GUI-thread stall while each page opens (the page, then the tree following it),
    and a note naming the pages that took longest."""
    window.finish_startup()  # the start-up's own stall is a figure of bench_startup
    _pump(200)
    heartbeat = Heartbeat()
    stalls = []
    links = _page_links(catalog)
    for link in links:
        heartbeat.start()
        window.navigate(link)
        _pump(60)
        stalls.append(heartbeat.stop())
    slowest = sorted(zip(stalls, links, strict=True), reverse=True)[:3]
    return stalls, (f"{len(stalls)} pages of every kind, the tree following each; slowest: "
                    + ", ".join(f"{link} {stall:.0f} ms" for stall, link in slowest))


def run(large_db: Path, stress_db: Path) -> list[Figure]:
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication, QLineEdit, QTableView, QTreeView

    QApplication.instance() or QApplication([])
    figures = []
    with tempfile.TemporaryDirectory() as folder:
        started = time.perf_counter()
        services, window = _window(large_db, Path(folder) / "large")
        window.show()
        QApplication.processEvents()
        window.grab()
        figures.append(Figure("large catalog (2,500 processes): window built and painted", "ms",
                              [(time.perf_counter() - started) * 1000]))

        tree = window.findChild(QTreeView, "process_tree")
        heartbeat = Heartbeat()
        heartbeat.start()
        started = time.perf_counter()
        tree.expandAll()
        tree.viewport().repaint()
        expand_ms = (time.perf_counter() - started) * 1000
        heartbeat.stop()
        figures.append(Figure("large catalog: expand the whole tree and paint", "ms", [expand_ms]))
        stalls, note = _page_stalls(window, services.catalog)
        figures.append(Figure("large catalog: opening a page, longest GUI stall", "ms", stalls,
                              budget=STALL_BUDGET_MS, note=note))

        ids = [p.id for p in services.catalog.processes()][:50]
        panel = window.comparison_panel
        panel.set_processes(ids)
        panel.parentWidget().show()
        table = window.findChild(QTableView, "comparison_table")
        table.resize(1366, 400)
        QApplication.processEvents()
        frames = _scroll_frames(table)
        floor = _floor_frames(table.model().rowCount(), table.model().columnCount())
        figures.append(Figure("comparison of 50 processes: frame time while scrolling", "ms",
                              frames, floor, budget=STALL_BUDGET_MS,
                              note=f"worst frame {max(frames):.1f} ms"))
        window.close()
        services.close()

        # The whole window (panels built, printing ready) on the stress catalog, and the longest
        # GUI stall from its first paint on: the comparison once read every finding here (20 s).
        # As `rcpdesk` starts: a new profile, whose notes database is made after the first paint.
        started = time.perf_counter()
        services, window = _window(stress_db, Path(folder) / "stress", defer_notes=True)
        complete: list[float] = []
        window.startup_finished.connect(lambda: complete.append(time.perf_counter()))
        painted = _first_paint_mark(window.detail_panel.view)
        heartbeat.start()
        window.show()
        while not complete or window.printing is None:
            QApplication.processEvents()
            time.sleep(0.001)
        ready_ms = (time.perf_counter() - started) * 1000
        _pump(200)
        heartbeat.stop()
        startup_stall = heartbeat.longest_since(painted[0])
        figures.append(Figure("200,000 paragraphs: window complete (panels built, printing ready)", "ms",
                              [ready_ms], note=f"longest GUI stall from the first paint on {startup_stall:.0f} ms "
                              "(start-up, not budgeted)"))
        stalls, note = _page_stalls(window, services.catalog)
        figures.append(Figure("200,000 paragraphs: opening a page, longest GUI stall", "ms", stalls,
                              budget=STALL_BUDGET_MS, note=note))
        field = window.findChild(QLineEdit, "search_field")
        worst = []
        for query in ("self-financing", "migration", "cooperation"):
            field.clear()
            _pump(300)
            heartbeat.start()
            for char in query:
                QTest.keyClick(field, char)
                _pump(90)  # a quick typist: about 11 keys a second
            QTest.keyClick(field, Qt.Key.Key_Return)
            _pump(1500)  # results of the last query arrive
            worst.append(heartbeat.stop())
        figures.append(Figure("typing a query on 200,000 paragraphs: longest GUI-thread stall", "ms",
                              worst, budget=STALL_BUDGET_MS,
                              note="queries: self-financing, migration, cooperation"))
        window.close()
        services.close()
    return figures
