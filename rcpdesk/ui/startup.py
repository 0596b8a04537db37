"""The main window's start-up after its first paint: a worker imports what comes next and opens
the notes, then one step per event-loop turn builds the search results, comparison and notes
docks, puts the notes on the page and builds printing.

A delegate typing just after the window appears is not held for all of it at once: the worker
does the slow part (imports, the notes' backup check and a new edition's re-anchoring), so the
steps' turns of the GUI thread only build. The steps wait for the worker: run while it imports,
they would wait for the interpreter at every SQLite call. Anything that needs a panel earlier (a
test, a link to a note) builds the rest at once through finish().
"""

from __future__ import annotations

from collections.abc import Iterator
from itertools import pairwise
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QWidget

from rcpdesk.ui.preload import import_modules

if TYPE_CHECKING:  # annotations only: the window imports this module before its first paint
    from rcpdesk.ui.main_window import MainWindow

# A side panel's rows of filters may not squeeze the contents tree on a small screen: below
# this width they are clipped instead (a laptop's screen leaves them their natural width).
SIDE_MINIMUM = 200
COMPARISON_MINIMUM = 420


def cap_minimum_width(panel: QWidget, width: int) -> None:
    panel.setMinimumWidth(min(panel.minimumSizeHint().width(), width))


class WindowStartup:
    """The steps that finish the window; a plain object (a QObject subclass costs start-up time)."""

    def __init__(self, window: MainWindow) -> None:
        self._window = window
        self._steps: Iterator[bool] | None = None  # what is left to build
        self._stepping = False

    def finish(self) -> None:
        """Build whatever is not built yet, at once."""
        while self._step():
            pass

    def left(self) -> Iterator[None]:
        """The steps, for run_in_steps, after the worker's imports and the notes' opening."""
        from rcpdesk.services import adopt_opened_notes, open_notes_for

        services = self._window.services
        modules = self._modules()
        pending = services.notes_pending
        anchored = services.settings.anchored_edition

        def prepare() -> object:  # on the worker: imports, then the notes (backup check, re-anchoring)
            import_modules(modules)
            return open_notes_for(services.profile, services.catalog, anchored) if pending else None

        prepared: list[bool] = []

        def on_prepared(opened: object) -> None:
            if opened is not None:  # closed again when finish() opened the notes meanwhile
                adopt_opened_notes(services, opened)  # type: ignore[arg-type]
            prepared.append(True)

        services.tasks.submit(prepare, on_done=on_prepared,
                              on_error=lambda _error: prepared.append(True),  # the step opens them then
                              context=self._window)
        while not prepared and self._steps is None:  # (or finish() ran meanwhile)
            yield
        while self._stepping or self._step():  # under way (an event loop inside a step): later
            yield

    def _step(self) -> bool:
        """Run the next step; False when none is left, or when one is under way (a panel's
        constructor looked at the window)."""
        if self._steps is None:
            self._steps = self._build()
        if self._stepping:
            return False
        self._stepping = True
        try:
            return next(self._steps, False)
        finally:
            self._stepping = False

    def _modules(self) -> list[str]:
        """The modules the steps import, and the country page's (its first opening waited for
        them on the GUI thread)."""
        from rcpdesk.services import modules_for_pending_notes

        return [*modules_for_pending_notes(self._window.services), "rcpdesk.ui.panels.search",
                "rcpdesk.ui.panels.comparison", "rcpdesk.ui.notes", "rcpdesk.ui.printing",
                "rcpdesk.ui.detail_country"]

    def _build(self) -> Iterator[bool]:
        from rcpdesk.services import open_pending_notes

        window = self._window
        open_pending_notes(window.services)  # done by the worker, unless it failed or was overtaken
        yield True
        self._build_search_panel()
        yield True
        self._build_comparison_panel()
        yield True
        self._build_notes()
        yield True
        self._build_notes_panel()
        yield True
        self._show_notes()
        window.report_reanchoring()
        self._order_focus()
        yield True
        window.ensure_printing()
        window.startup_finished.emit()

    def _order_focus(self) -> None:
        """Tab goes the way a delegate reads: the search field, the contents, the page, then the
        notes, the search results and the comparison (the docks' own order follows each)."""
        w = self._window
        chain = [w.search_field, w.tree_panel.filter_field, w.tree_panel.view,
                 w.detail_panel.sections, w.detail_panel.view,
                 w._notes_panel.text_filter, w._search_panel.region_filter,
                 w._comparison_panel.focusProxy() or w._comparison_panel]
        for first, second in pairwise(chain):
            QWidget.setTabOrder(first, second)

    def _build_search_panel(self) -> None:
        from rcpdesk.ui.panels.search import SearchPanel

        w = self._window
        panel = SearchPanel(w.services, w, field=w.search_field)
        panel.open_link.connect(lambda link: w.open_search_hit(link, panel.searched_words()))
        panel.search_started.connect(w.show_search_results)
        cap_minimum_width(panel, SIDE_MINIMUM)
        w.docks["search_dock"].setWidget(panel)
        w.zoom.track(panel.view)
        w._search_panel = panel

    def _build_comparison_panel(self) -> None:
        from rcpdesk.ui.panels.comparison import ComparisonPanel

        w = self._window
        panel = ComparisonPanel(w.services, w)
        panel.open_link.connect(w.navigate)
        # Under the page, between the tree and the notes: its row of controls must not decide
        # how narrow they may be on a small screen (the row is clipped there instead).
        cap_minimum_width(panel, COMPARISON_MINIMUM)
        w.docks["comparison_dock"].setWidget(panel)
        w._comparison_panel = panel

    def _build_notes(self) -> None:
        """Notes: actions in File and Edit (then the Notes dock, then the notes on the page)."""
        from rcpdesk.ui.notes import NotesController

        w = self._window
        notes = NotesController(w.services, w)
        notes.install(w.menus)
        notes.set_current_target(w.current_target)
        w.current_target_changed.connect(notes.set_current_target)
        notes.open_link.connect(w.navigate)
        notes.status_message.connect(lambda text: w.statusBar().showMessage(text, 8000))
        browser = w.detail_panel.view
        browser.selectionChanged.connect(
            lambda: notes.set_selected_text(browser.textCursor().selectedText()))
        notes.set_selected_text(browser.textCursor().selectedText())
        notes.events.changed.connect(w.note_marks_changed)
        w._notes = notes

    def _build_notes_panel(self) -> None:
        """The Notes dock's list (a step of its own: it takes a while with a delegation's notes)."""
        from rcpdesk.ui.notes import NotesPanel

        w = self._window
        panel = NotesPanel(w.services, w._notes, w)
        panel.open_link.connect(w.navigate)
        cap_minimum_width(panel, SIDE_MINIMUM)
        w.docks["notes_dock"].setWidget(panel)
        w._notes_panel = panel

    def _show_notes(self) -> None:
        """The notes on the page, in the tree and in the comparison."""
        w = self._window
        notes = w._notes
        w.detail_panel.show_notes(notes.events)
        w.refresh_note_marks()
