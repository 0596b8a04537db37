"""The main window: composes the panels (tree, detail, search, comparison, map, timeline) and wires them.

Start-up comes in two steps. The window first paints with what a delegate reads at once: the
tree, the page and the search field, inside the frames of every dock (so the saved layout holds
from the first frame). Just after that paint, a worker imports what comes next, then a few
steps (one per event-loop turn) fill the search results, comparison and notes docks, add the
notes to the page and build printing; anything that needs those panels earlier (a test, a link
to a note) builds them at once through `finish_startup` and the properties below.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, Qt, QTimer, Signal
from PySide6.QtWidgets import QDockWidget, QLabel, QMainWindow, QMenu, QWidget

from rcpdesk.first_paint import after_first_paint
from rcpdesk.services import Services
from rcpdesk.ui import links
from rcpdesk.ui.language import locale_date
from rcpdesk.ui.mirror import mirror_docks
from rcpdesk.ui.navigation import History
from rcpdesk.ui.panels.detail import DetailPanel
from rcpdesk.ui.panels.tree import TreePanel
from rcpdesk.ui.startup import WindowStartup
from rcpdesk.ui.steps import run_in_steps
from rcpdesk.ui.widgets.search_field import SearchField
from rcpdesk.ui.window_docks import build_docks
from rcpdesk.ui.window_menus import build_actions, build_menus, build_toolbar
from rcpdesk.ui.zoom import ZoomController

if TYPE_CHECKING:  # an annotation only: each Qt type made costs start-up time
    from PySide6.QtGui import QCloseEvent, QResizeEvent, QShowEvent

    from rcpdesk.ui.notes.commands import NotesChange


class MainWindow(QMainWindow):
    """Tree on the left, the page in the centre, search results on the right, comparison below."""

    current_target_changed = Signal(str)
    startup_finished = Signal()  # the search, comparison and notes panels are built

    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("main_window")
        self.services = services
        self.menus: dict[str, QMenu] = {}
        self.docks: dict[str, QDockWidget] = {}
        self.history = History(self)
        self.zoom = ZoomController(services.settings, self)

        self.detail_panel = DetailPanel(services, self)
        self.setCentralWidget(self.detail_panel)
        self.tree_panel = TreePanel(services, self)
        self.search_field = SearchField(self)
        # Built by finish_startup(), just after the first paint or on first use.
        self._search_panel: object | None = None
        self._comparison_panel: object | None = None
        self._notes: object | None = None
        self._notes_panel: object | None = None
        self._startup = WindowStartup(self)
        self._fitting_docks = False  # set by _restore when the window is laid out for its screen
        self._dock_fit_pending = False  # a fitting is queued (_fit_docks_soon)
        self.laid_out_rtl: bool | None = None  # set by _restore; the docks mirror when shown
        self.printing: object | None = None  # built with the last start-up step (ensure_printing)
        self.briefing_pack: object | None = None  # File > Briefing Pack…, built with printing
        build_docks(self)
        build_actions(self)
        build_menus(self)
        build_toolbar(self)
        self._wire()
        self.status_label = QLabel(self)
        self.status_label.setObjectName("edition_label")
        self.statusBar().addPermanentWidget(self.status_label)
        self.retranslate_ui()
        self.zoom.track(self.tree_panel.view)
        self.zoom.on_change(self.detail_panel.set_zoom)
        self._restore()
        after_first_paint(self.detail_panel.view, lambda: run_in_steps(self, self._startup.left()))

    # -- composition -------------------------------------------------------------------------

    def report_reanchoring(self) -> None:
        """After a data update: say how the notes were re-anchored (none is ever dropped)."""
        report, self.services.reanchored = self.services.reanchored, None
        if report is not None and (report.moved or report.orphaned):
            self.statusBar().showMessage(self.tr(
                "New data edition: notes re-anchored ({moved} moved with their passage, "
                "{orphaned} to review in Edit > Notes Needing Review).").format(
                    moved=len(report.moved), orphaned=len(report.orphaned)), 15000)

    def ensure_printing(self) -> object | None:
        """The printing controller (Print preview, Print, Export PDF/Markdown/CSV), built once."""
        if self.printing is None:
            from rcpdesk.ui.print_target import install_printing

            install_printing(self)
        return self.printing

    def _wire(self) -> None:
        self.history.navigate.connect(lambda link: self.navigate(link, record=False))
        self.detail_panel.open_link.connect(self.navigate)
        self.tree_panel.open_link.connect(self.navigate)
        self.tree_panel.add_to_comparison.connect(self.add_to_comparison)

    # -- the panels built after the first paint (ui/startup.py) -------------------------------

    def finish_startup(self) -> None:
        """Build whatever the start-up has not built yet, at once: a test, a link to a note or a
        property below may need the panels before the steps after the first paint are done."""
        self._startup.finish()

    @property
    def search_panel(self):  # -> SearchPanel
        self.finish_startup()
        return self._search_panel

    @property
    def comparison_panel(self):  # -> ComparisonPanel
        self.finish_startup()
        return self._comparison_panel

    @property
    def notes(self):  # -> NotesController
        self.finish_startup()
        return self._notes

    @property
    def notes_panel(self):  # -> NotesPanel
        self.finish_startup()
        return self._notes_panel

    def note_marks_changed(self, change: NotesChange) -> None:
        """Notes came or went, or a cell's note changed: the marks are read again."""
        if change.changes_which_exist or any("#" in target for target in change.targets):
            self.refresh_note_marks()

    def refresh_note_marks(self) -> None:
        """Mark the tree rows and comparison cells that carry notes (read by the notes' own
        controller, not here)."""
        noted, cells = self.notes.note_marks()
        self.tree_panel.model.set_noted(noted)
        self.comparison_panel.model().set_notes(cells)
        self.comparison_panel.model().set_noted_links(noted)  # a note on ¶17 marks its finding

    # -- behaviour ---------------------------------------------------------------------------

    @property
    def current_target(self) -> str:
        return self.detail_panel.link

    def navigate(self, link: str, record: bool = True) -> None:
        """Open an rcpdesk: link in the detail view (and remember it for Back)."""
        parsed = links.parse(link)
        if parsed is None or (parsed.kind == "note" and self.notes.handle_link(link)):
            return
        self.detail_panel.show_link(link)
        if record:
            self.history.visit(link)
        # The tree catches up in the next turn of the event loop: the page paints first, and in a
        # long report section the two together would hold the GUI thread past its stall budget.
        QTimer.singleShot(1, self, lambda: self.tree_panel.follow(self.detail_panel.link or link))
        self.compare_action.setEnabled(parsed.kind == "process")
        self.current_target_changed.emit(link)

    def open_search_hit(self, link: str, words: list[str]) -> None:
        """Open a search hit's page with the search's words highlighted on it."""
        self.navigate(link)
        self.detail_panel.highlight_words(words)

    def current_process(self) -> str | None:
        parsed = links.parse(self.current_target)
        return parsed.ident if parsed and parsed.kind == "process" else None

    def current_comparison(self) -> tuple[list[str], list[str]]:
        return self.comparison_panel.processes(), self.comparison_panel.dimensions()

    def add_to_comparison(self, process_ids: list[str]) -> None:
        self.comparison_panel.add_processes(process_ids)
        self.docks["comparison_dock"].show()
        self.docks["comparison_dock"].raise_()

    def add_current_to_comparison(self) -> None:
        process = self.current_process()
        if process:
            self.add_to_comparison([process])

    def show_search_results(self) -> None:
        dock, notes = self.docks["search_dock"], self.docks["notes_dock"]
        opening = not dock.isVisible()
        dock.show()
        dock.raise_()
        if opening and notes.isVisible() and self.dockWidgetArea(dock) == self.dockWidgetArea(notes):
            # The results above the notes, with the larger share while a search is under way.
            height = dock.height() + notes.height()
            self.resizeDocks([dock, notes], [int(height * 0.62), int(height * 0.38)],
                             Qt.Orientation.Vertical)

    def focus_search(self) -> None:
        self.search_field.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search_field.selectAll()

    def show_shortcuts(self) -> None:
        from rcpdesk.ui.dialogs.shortcuts import ShortcutsDialog

        ShortcutsDialog(self).exec()

    def show_about(self) -> None:
        from rcpdesk.ui.dialogs.about import AboutDialog

        AboutDialog(self.services.catalog, self).exec()

    # -- language ----------------------------------------------------------------------------

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("rcpdesk — Regional Consultative Processes on Migration"))
        titles = {"file": self.tr("&File"), "edit": self.tr("&Edit"), "view": self.tr("&View"),
                  "go": self.tr("&Go"), "help": self.tr("&Help")}
        for key, title in titles.items():
            self.menus[key].setTitle(title)
        docks = {"tree_dock": self.tr("Contents"), "search_dock": self.tr("Search Results"),
                 "comparison_dock": self.tr("Comparison"), "map_dock": self.tr("Map"),
                 "timeline_dock": self.tr("Timeline"), "notes_dock": self.tr("Notes")}
        for name, title in docks.items():
            if name in self.docks:
                self.docks[name].setWindowTitle(title)
        self.toolbar.setWindowTitle(self.tr("Navigation"))
        self.home_action.setText(self.tr("&Start Page"))
        self.find_action.setText(self.tr("&Find…"))
        self.quit_action.setText(self.tr("&Quit"))
        self.shortcuts_action.setText(self.tr("&Keyboard Shortcuts"))
        self.about_action.setText(self.tr("&About rcpdesk"))
        self.compare_action.setText(self.tr("Add Process to &Comparison"))
        self.status_label.setText(self.tr("Data edition {date}").format(
            date=locale_date(self.services.catalog.edition.date)))  # in the locale's words

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LayoutDirectionChange:
            mirror_docks(self, laid_out_rtl=not self.isRightToLeft())
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
            for dock in self.docks.values():  # the map and timeline, once built
                contents = getattr(dock, "contents", None)
                if contents is not None and hasattr(contents, "set_catalog"):
                    contents.set_catalog(self.services.catalog)
        super().changeEvent(event)

    # -- session -----------------------------------------------------------------------------

    def _restore(self) -> None:
        from rcpdesk.ui.session import restore_session

        # Laid out for this screen: the docks follow its size for a moment (showEvent).
        self._fitting_docks = not restore_session(self)

    def save_session(self) -> None:
        from rcpdesk.ui.session import save_session

        save_session(self)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self.laid_out_rtl is not None:  # the sides the restored layout was made for
            mirror_docks(self, laid_out_rtl=self.laid_out_rtl)
            self.laid_out_rtl = None
        if self._fitting_docks:
            from rcpdesk.ui.window_fit import SETTLE_MSECS

            QTimer.singleShot(SETTLE_MSECS, self, lambda: setattr(self, "_fitting_docks", False))
            self._fit_docks_soon()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if self._fitting_docks:  # a window manager maximising the window just after it showed
            self._fit_docks_soon()

    def _fit_docks_soon(self) -> None:
        # The show and the resizes just after it come in one burst: one fitting, after the last
        # of them (each fitting lays the dock areas out again, before the first paint).
        if self._dock_fit_pending:
            return
        self._dock_fit_pending = True
        QTimer.singleShot(0, self, self._fit_docks_now)

    def _fit_docks_now(self) -> None:
        from rcpdesk.ui.window_fit import size_docks

        self._dock_fit_pending = False
        size_docks(self, self.docks)

    def closeEvent(self, event: QCloseEvent) -> None:
        self.save_session()
        super().closeEvent(event)

