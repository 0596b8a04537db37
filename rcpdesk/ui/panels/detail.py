"""The detail view: the page of whatever is open, with internal links and "Copy as quote"."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QAction, QColor, QGuiApplication, QKeySequence, QPalette
from PySide6.QtWidgets import QFrame, QTextBrowser, QVBoxLayout, QWidget

from rcpdesk.catalog import model as m
from rcpdesk.services import Services
from rcpdesk.ui import detail_html, links, pages
from rcpdesk.ui.widgets.section_strip import SectionStrip

if TYPE_CHECKING:  # annotations only: each Qt type made costs start-up time
    from PySide6.QtCore import QPoint, QUrl
    from PySide6.QtGui import QResizeEvent

    from rcpdesk.ui.notes.commands import NotesChange, NotesEvents
    from rcpdesk.ui.notes.notes_html import PageNotes
    from rcpdesk.ui.widgets.find_bar import FindBar


class DetailBrowser(QTextBrowser):
    """A QTextBrowser that never fetches anything (no files, no network) and keeps its lines to
    a readable length on a wide screen."""

    READABLE_CHARACTERS = 90  # prose reads best under about 80 characters a line; tables need some more

    def loadResource(self, kind: int, url: QUrl | str) -> object:
        return None

    def resizeEvent(self, event: QResizeEvent) -> None:
        self._fit_line_length()
        super().resizeEvent(event)

    def _fit_line_length(self) -> None:
        readable = self.fontMetrics().averageCharWidth() * self.READABLE_CHARACTERS
        readable = int(readable * self.document().defaultFont().pointSizeF() / max(self.font().pointSizeF(), 1.0))
        if self.viewport().width() > readable + 40:
            mode, width = QTextBrowser.LineWrapMode.FixedPixelWidth, readable
        else:
            mode, width = QTextBrowser.LineWrapMode.WidgetWidth, self.lineWrapColumnOrWidth()
        # Each change lays the whole page out again: only when the line length really changes.
        if mode != self.lineWrapMode() or width != self.lineWrapColumnOrWidth():
            self.setLineWrapMode(mode)
            self.setLineWrapColumnOrWidth(width)

class DetailPanel(QWidget):
    """Shows one rcpdesk: link at a time; clicked links come back out as open_link."""

    open_link = Signal(str)

    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("detail_panel")
        self._services = services
        self._link = ""
        self._zoom = 0
        self._highlighted: list[str] = []
        self._notes_events: NotesEvents | None = None  # set once the notes are open
        self.view = DetailBrowser(self)
        self.view.setObjectName("detail_view")
        self.view.setOpenLinks(False)
        self.view.setOpenExternalLinks(False)
        self.view.anchorClicked.connect(self._on_anchor)
        self.view.document().setDocumentMargin(18)
        # A white page without a frame, through the palette: a style sheet here would start Qt's
        # style-sheet engine for the whole window before its first paint.
        self.view.setFrameShape(QFrame.Shape.NoFrame)
        palette = self.view.palette()
        palette.setColor(QPalette.ColorRole.Base, QColor("#ffffff"))
        self.view.setPalette(palette)

        self.quote_action = QAction(self)
        self.quote_action.setObjectName("copy_quote_action")
        self.quote_action.setShortcut(QKeySequence("Ctrl+Shift+C"))
        self.quote_action.triggered.connect(self.copy_quote)
        self.addAction(self.quote_action)
        self.view.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.view.customContextMenuRequested.connect(self._context_menu)

        self.sections = SectionStrip(self.view, self)  # a way into long pages
        self._find_bar: FindBar | None = None  # made with the first search hit opened
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.sections)
        self._layout = layout
        layout.addWidget(self.view)
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        self.view.setAccessibleName(self.tr("Details"))
        self.quote_action.setText(self.tr("Copy as &Quote"))
        self.quote_action.setToolTip(self.tr("Copy the selected text (or the whole paragraph) with its citation"))
        if self._link:
            self.show_link(self._link)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    def _context_menu(self, pos: QPoint) -> None:
        menu = self.view.createStandardContextMenu(pos)
        menu.addSeparator()
        menu.addAction(self.quote_action)
        menu.exec(self.view.viewport().mapToGlobal(pos))

    def set_zoom(self, step: int) -> None:
        """Scale the page's type (the HTML's sizes are in points) by ten per cent a step."""
        self._zoom = step
        font = self.view.font()
        font.setPointSizeF(max(6.0, self.font().pointSizeF() + step))
        self.view.document().setDefaultFont(font)
        self.view._fit_line_length()
        if self._link:
            self.show_link(self._link)

    @property
    def link(self) -> str:
        return self._link

    def show_link(self, link: str) -> None:
        """Render the page of an rcpdesk: link (keeping the scroll position on a re-render)."""
        same = link == self._link
        position = self.view.verticalScrollBar().value()
        self._link = link
        html = pages.html_for(self._services.catalog, link, self._page_notes(link))
        if self._services.catalog.lang != "en":  # the bidi module loads with another language
            from rcpdesk.bidi import is_rtl, rtl_html

            if is_rtl(self._services.catalog.lang):
                html = rtl_html(html)
        self.view.setHtml(detail_html.scale_points(html, 1.0 + 0.1 * self._zoom))
        self.sections.refresh()
        if same:
            self.view.verticalScrollBar().setValue(position)
            if self._find_bar is not None and self._find_bar.match_count:
                self._find_bar.highlight(self._highlighted)  # a re-render (zoom, notes) keeps them
        elif self._find_bar is not None:
            self._find_bar.clear()

    # -- notes -------------------------------------------------------------------------------

    def show_notes(self, events: NotesEvents) -> None:
        """From now on, pages carry the delegate's notes and follow their changes."""
        self._notes_events = events
        events.changed.connect(self._on_notes_changed)
        if self._link and self._page_notes(self._link) is not None:
            self.show_link(self._link)  # the page painted before the notes were open

    def _on_notes_changed(self, change: NotesChange) -> None:
        target = links.note_target(self._link)
        if target is not None and change.touches(target[1]):
            self.show_link(self._link)

    def _page_notes(self, link: str) -> PageNotes | None:
        """The notes on what the page shows (one read of the store), or None."""
        store, events, target = self._services.notes, self._notes_events, links.note_target(link)
        if store is None or events is None or target is None:
            return None
        from rcpdesk.notes import NotesError
        from rcpdesk.ui.notes.notes_html import PageNotes

        try:
            notes = tuple(n for n in store.list_notes(target_id=target[1]) if not n.in_trash)
        except NotesError:
            return None  # the notes list says why; the page stays readable
        return PageNotes(notes, events.colours()) if notes else None

    def highlight_words(self, words: list[str]) -> int:
        """Mark where a search's words occur on the page now shown (next/previous: F3, Shift+F3)."""
        self._highlighted = list(words)
        return self.find_bar.highlight(self._highlighted)

    @property
    def find_bar(self) -> FindBar:
        """The bar above the page that steps through a search's words (its Qt types are made
        when a search hit is first opened, not before the window's first paint)."""
        if self._find_bar is None:
            from rcpdesk.ui.widgets.find_bar import FindBar

            self._find_bar = FindBar(self.view, self)
            self._layout.insertWidget(1, self._find_bar)  # under the section strip
        return self._find_bar

    def _on_anchor(self, url: QUrl) -> None:
        text = url.toString()
        if text.startswith("#"):
            self.view.scrollToAnchor(text[1:])  # a source mark: jump to the page's source list
        elif links.parse(text) is not None:
            self.open_link.emit(text)

    # -- quoting -----------------------------------------------------------------------------

    def quote_text(self) -> str:
        """The selection (or the open paragraph) in quotation marks, with its citation."""
        selected = self.view.textCursor().selectedText().replace("\u2029", " ").strip()
        parsed = links.parse(self._link)
        if parsed and parsed.kind == "paragraph":
            number = int(parsed.ident)
            text = selected or self._services.catalog.paragraph(number).text
            return f"“{text}” — {m.REPORT_CITATION}, {m.citation(number)}"
        if not selected:
            return ""
        if parsed and parsed.kind == "process":
            name = self._services.catalog.process(parsed.ident).summary.name
            edition = self.tr("rcpdesk, data edition {date}").format(date=self._services.catalog.edition.date)
            return f"“{selected}” — {name} ({edition})"
        return f"“{selected}”"

    def copy_quote(self) -> None:
        text = self.quote_text()
        if text:
            QGuiApplication.clipboard().setText(text)
