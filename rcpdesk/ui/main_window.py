"""The main window: composes the panels (tree, detail, search, comparison, map, timeline) and wires them."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QCloseEvent, QIcon, QKeySequence
from PySide6.QtWidgets import QDockWidget, QLabel, QMainWindow, QMenu, QStyle, QToolBar, QWidget

from rcpdesk.first_paint import after_first_paint
from rcpdesk.services import Services
from rcpdesk.ui import links
from rcpdesk.ui.dialogs.about import AboutDialog
from rcpdesk.ui.dialogs.shortcuts import ShortcutsDialog
from rcpdesk.ui.docks import LazyDock
from rcpdesk.ui.language import LanguageController, locale_date
from rcpdesk.ui.navigation import History
from rcpdesk.ui.panels.detail import DetailPanel
from rcpdesk.ui.panels.search import SearchPanel
from rcpdesk.ui.panels.tree import TreePanel
from rcpdesk.ui.zoom import ZoomController

try:
    from rcpdesk.ui.panels.comparison import ComparisonPanel
except ImportError:  # the comparison helper's panel is optional until it lands
    ComparisonPanel = None  # type: ignore[assignment,misc]


class MainWindow(QMainWindow):
    """Tree on the left, the page in the centre, search results on the right, comparison below."""

    current_target_changed = Signal(str)

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
        self.search_panel = SearchPanel(services, self)
        self.comparison_panel = ComparisonPanel(services, self) if ComparisonPanel else None
        self._build_docks()
        self._build_actions()
        self._build_menus()
        self._build_toolbar()
        self._wire()
        self._install_notes()
        self.status_label = QLabel(self)
        self.status_label.setObjectName("edition_label")
        self.statusBar().addPermanentWidget(self.status_label)
        self.retranslate_ui()
        self.zoom.track(self.tree_panel.view)
        self.zoom.track(self.search_panel.view)
        self.zoom.on_change(self.detail_panel.set_zoom)
        self._restore()

    # -- composition -------------------------------------------------------------------------

    def _dock(self, name: str, widget: QWidget, area: Qt.DockWidgetArea) -> QDockWidget:
        dock = QDockWidget(self)
        dock.setObjectName(name)
        dock.setWidget(widget)
        self.addDockWidget(area, dock)
        self.docks[name] = dock
        return dock

    def _build_docks(self) -> None:
        self.setDockNestingEnabled(True)
        self.setCorner(Qt.Corner.BottomLeftCorner, Qt.DockWidgetArea.LeftDockWidgetArea)
        tree = self._dock("tree_dock", self.tree_panel, Qt.DockWidgetArea.LeftDockWidgetArea)
        search = self._dock("search_dock", self.search_panel, Qt.DockWidgetArea.RightDockWidgetArea)
        search.hide()
        if self.comparison_panel is not None:
            self._dock("comparison_dock", self.comparison_panel, Qt.DockWidgetArea.BottomDockWidgetArea)
        for name, build in (("map_dock", self._build_map), ("timeline_dock", self._build_timeline)):
            dock = LazyDock(name, build, parent=self)
            self.addDockWidget(Qt.DockWidgetArea.BottomDockWidgetArea, dock)
            self.docks[name] = dock
            if "comparison_dock" in self.docks:
                self.tabifyDockWidget(self.docks["comparison_dock"], dock)
            dock.hide()
        self.resizeDocks([tree], [320], Qt.Orientation.Horizontal)
        self.resizeDocks([search], [360], Qt.Orientation.Horizontal)
        if "comparison_dock" in self.docks:
            self.resizeDocks([self.docks["comparison_dock"]], [230], Qt.Orientation.Vertical)

    def _build_map(self, parent: QWidget) -> QWidget:
        from rcpdesk.ui.panels.coverage_map import CoverageMapPanel

        panel = CoverageMapPanel(self.services.catalog, parent)
        panel.country_selected.connect(lambda code: self.navigate(links.country(code)))
        return panel

    def _build_timeline(self, parent: QWidget) -> QWidget:
        from rcpdesk.ui.panels.timeline import FoundingTimelinePanel

        panel = FoundingTimelinePanel(self.services.catalog, parent)
        panel.process_selected.connect(lambda pid: self.navigate(links.process(pid)))
        return panel

    def _action(self, name: str, slot: object, shortcut: QKeySequence | str | None = None,
                icon: QStyle.StandardPixmap | None = None) -> QAction:
        action = QAction(self)
        action.setObjectName(name)
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
        if icon is not None:
            action.setIcon(self.style().standardIcon(icon))
        action.triggered.connect(lambda _checked=False: slot())  # type: ignore[operator]
        self.addAction(action)
        return action

    def _build_actions(self) -> None:
        self.home_action = self._action("home_action", lambda: self.navigate(links.HOME), "Alt+Home")
        self.home_action.setIcon(QIcon.fromTheme("go-home", self.style().standardIcon(
            QStyle.StandardPixmap.SP_DirHomeIcon)))
        self.find_action = self._action("find_action", self.focus_search, QKeySequence.StandardKey.Find)
        self.quit_action = self._action("quit_action", self.close, QKeySequence.StandardKey.Quit)
        self.shortcuts_action = self._action("shortcuts_action", self.show_shortcuts)
        self.about_action = self._action("about_action", self.show_about)
        self.compare_action = self._action("add_to_comparison_action", self.add_current_to_comparison)
        self.addActions([self.history.back_action, self.history.forward_action, *self.zoom.actions(),
                         self.detail_panel.quote_action])

    def _build_menus(self) -> None:
        bar = self.menuBar()
        for key in ("file", "edit", "view", "go", "help"):
            self.menus[key] = bar.addMenu("")
            self.menus[key].setObjectName(f"{key}_menu")
        # Printing (sheets, QtPrintSupport: ~65 ms of imports) joins the File menu just after the
        # first paint; ensure_printing() builds it at once when something needs it earlier.
        self.printing: object | None = None
        self._printing_anchor = self.menus["file"].addSeparator()
        after_first_paint(self.detail_panel.view, self.ensure_printing)
        after_first_paint(self.detail_panel.view, self.open_pending_notes)
        after_first_paint(self.detail_panel.view, self.report_reanchoring)
        self.menus["file"].addAction(self.quit_action)
        self.menus["edit"].addActions([self.detail_panel.quote_action, self.find_action])
        view = self.menus["view"]
        for dock in self.docks.values():
            view.addAction(dock.toggleViewAction())
        view.addSeparator()
        view.addActions(self.zoom.actions())
        view.addSeparator()
        self.language_menu = LanguageController(self.services, self)  # View -> Language
        self.language_menu.install(view)
        self.menus["go"].addActions([self.history.back_action, self.history.forward_action, self.home_action])
        self.menus["go"].addSeparator()
        self.menus["go"].addAction(self.compare_action)
        self.menus["help"].addActions([self.shortcuts_action, self.about_action])

    def open_pending_notes(self) -> None:
        """Create a new profile's notes database now that the window is on screen."""
        if not getattr(self.services, "notes_pending", False):
            return
        from rcpdesk.services import open_notes, reanchor_for_edition

        store, error = open_notes(self.services.profile)
        self.notes.attach_store(store, error)
        reanchor_for_edition(self.services)  # a new profile: records the edition its notes start on

    def report_reanchoring(self) -> None:
        """After a data update: say how the notes were re-anchored (none is ever dropped)."""
        report = self.services.extras.pop("reanchored", None)
        if report is not None and (report.moved or report.orphaned):
            self.statusBar().showMessage(self.tr(
                "New data edition: notes re-anchored ({moved} moved with their passage, "
                "{orphaned} to review in Edit > Notes Needing Review).").format(
                    moved=len(report.moved), orphaned=len(report.orphaned)), 15000)

    def ensure_printing(self) -> object | None:
        """The printing controller (Print preview, Print, Export PDF/Markdown/CSV), built once."""
        if self.printing is None:
            from rcpdesk.ui.printing import SheetPrinting

            self.printing = SheetPrinting(self.services, self, self.current_comparison,
                                          self.current_process)
            staging = QMenu(self)
            self.printing.install(staging)  # type: ignore[attr-defined]
            file_menu = self.menus["file"]
            for action in staging.actions():
                file_menu.insertAction(self._printing_anchor, action)
            file_menu.aboutToShow.connect(self.printing.refresh)  # type: ignore[attr-defined]
        return self.printing

    def _build_toolbar(self) -> None:
        self.toolbar = QToolBar(self)
        self.toolbar.setObjectName("main_toolbar")
        self.toolbar.setMovable(False)
        self.toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonIconOnly)
        self.toolbar.addActions([self.history.back_action, self.history.forward_action, self.home_action])
        self.toolbar.addSeparator()
        spacer = QWidget(self.toolbar)
        spacer.setSizePolicy(spacer.sizePolicy().Policy.Expanding, spacer.sizePolicy().Policy.Preferred)
        self.toolbar.addWidget(spacer)
        self.toolbar.addWidget(self.search_panel.field)
        self.addToolBar(Qt.ToolBarArea.TopToolBarArea, self.toolbar)

    def _wire(self) -> None:
        self.history.navigate.connect(lambda link: self.navigate(link, record=False))
        self.detail_panel.open_link.connect(self.navigate)
        self.tree_panel.open_link.connect(self.navigate)
        self.tree_panel.add_to_comparison.connect(self.add_to_comparison)
        self.search_panel.open_link.connect(self.navigate)
        self.search_panel.search_started.connect(self.show_search_results)
        if self.comparison_panel is not None:
            self.comparison_panel.open_link.connect(self.navigate)

    def _install_notes(self) -> None:
        """Notes: actions in File and Edit, a Notes dock, notes and highlighted passages on the page."""
        from rcpdesk.ui.notes import NotesController, NotesPanel

        self.notes = NotesController(self.services, self)
        self.notes.install(self.menus)
        self.current_target_changed.connect(self.notes.set_current_target)
        self.notes.open_link.connect(self.navigate)
        self.notes.notes_changed.connect(lambda: self.detail_panel.show_link(self.detail_panel.link)
                                         if self.detail_panel.link else None)
        self.notes.status_message.connect(lambda text: self.statusBar().showMessage(text, 8000))
        self.notes_panel = NotesPanel(self.services, self.notes, self)
        self.notes_panel.open_link.connect(self.navigate)
        dock = self._dock("notes_dock", self.notes_panel, Qt.DockWidgetArea.RightDockWidgetArea)
        self.tabifyDockWidget(self.docks["search_dock"], dock)
        view_menu = self.menus["view"]
        view_menu.insertAction(next((a for a in view_menu.actions() if a.isSeparator()), None),
                               dock.toggleViewAction())
        self.detail_panel.decorate = self.notes.decorate_page
        browser = self.detail_panel.view
        browser.selectionChanged.connect(
            lambda: self.notes.set_selected_text(browser.textCursor().selectedText()))
        self.notes.notes_changed.connect(self.refresh_note_marks)
        self.refresh_note_marks()

    def refresh_note_marks(self) -> None:
        """Mark the tree rows and comparison cells that carry notes (one read of the store)."""
        from rcpdesk.notes import NotesError, TargetKind
        from rcpdesk.ui.notes.labels import link_for_target

        store = self.services.notes
        notes = ()
        if store is not None:
            try:
                notes = store.list_notes()
            except NotesError:
                notes = ()
        noted: set[str] = set()
        cells: dict[tuple[str, str], list[str]] = {}
        for note in notes:
            link = link_for_target(note.target)
            if link:
                noted.add(link)
            if note.target.kind is TargetKind.CELL:
                process_id, _, dimension_id = note.target.id.partition("#")
                cells.setdefault((process_id, dimension_id), []).append(note.body)
        self.tree_panel.model.set_noted(noted)
        if self.comparison_panel is not None:
            self.comparison_panel.model().set_notes(cells)

    # -- behaviour ---------------------------------------------------------------------------

    @property
    def current_target(self) -> str:
        return self.detail_panel.link

    def navigate(self, link: str, record: bool = True) -> None:
        """Open an rcpdesk: link in the detail view (and remember it for Back)."""
        if links.parse(link) is None or (hasattr(self, "notes") and self.notes.handle_link(link)):
            return
        self.detail_panel.show_link(link)
        if record:
            self.history.visit(link)
        # The tree catches up in the next turn of the event loop: the page paints first, and in a
        # long report section the two together would hold the GUI thread past 50 ms.
        QTimer.singleShot(0, lambda: self.tree_panel.follow(self.detail_panel.link or link))
        parsed = links.parse(link)
        self.compare_action.setEnabled(bool(parsed and parsed.kind == "process" and self.comparison_panel))
        self.current_target_changed.emit(link)

    def current_process(self) -> str | None:
        parsed = links.parse(self.current_target)
        return parsed.ident if parsed and parsed.kind == "process" else None

    def current_comparison(self) -> tuple[list[str], list[str]]:
        if self.comparison_panel is None:
            return [], []
        return self.comparison_panel.processes(), self.comparison_panel.dimensions()

    def add_to_comparison(self, process_ids: list[str]) -> None:
        if self.comparison_panel is None:
            return
        self.comparison_panel.add_processes(process_ids)
        self.docks["comparison_dock"].show()
        self.docks["comparison_dock"].raise_()

    def add_current_to_comparison(self) -> None:
        process = self.current_process()
        if process:
            self.add_to_comparison([process])

    def show_search_results(self) -> None:
        dock = self.docks["search_dock"]
        dock.show()
        dock.raise_()

    def focus_search(self) -> None:
        self.search_panel.field.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search_panel.field.selectAll()

    def show_shortcuts(self) -> None:
        ShortcutsDialog(self).exec()

    def show_about(self) -> None:
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
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
            for dock in self.docks.values():  # the map and timeline, once built
                contents = getattr(dock, "contents", None)
                if contents is not None and hasattr(contents, "set_catalog"):
                    contents.set_catalog(self.services.catalog)
        super().changeEvent(event)

    # -- session -----------------------------------------------------------------------------

    def _restore(self) -> None:
        settings = self.services.settings
        if settings.window_geometry is not None:
            self.restoreGeometry(settings.window_geometry)
        else:
            self.resize(1366, 768)
        if settings.window_state is not None:
            self.restoreState(settings.window_state)
        expanded = settings.tree_expanded
        if expanded is not None:
            self.tree_panel.set_expanded_links(expanded)
        location = settings.last_location or links.HOME
        if links.parse(location) is None:
            location = links.HOME
        self.navigate(location)
        if settings.tree_selection:
            self.tree_panel.select_links(settings.tree_selection)

    def save_session(self) -> None:
        settings = self.services.settings
        settings.window_geometry = self.saveGeometry()
        settings.window_state = self.saveState()
        settings.last_location = self.current_target
        if self.current_target:
            self.tree_panel.follow(self.current_target)  # a follow still queued must not be lost
        settings.tree_selection = self.tree_panel.selected_links()
        settings.tree_expanded = self.tree_panel.expanded_links()
        settings.sync()

    def closeEvent(self, event: QCloseEvent) -> None:
        self.save_session()
        super().closeEvent(event)
