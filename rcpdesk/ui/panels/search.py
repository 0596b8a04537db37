"""Search: a field for the toolbar, filters and the results list; searches run off the GUI thread."""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import (
    QCoreApplication,
    QEvent,
    QLocale,
    QModelIndex,
    QObject,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QGridLayout,
    QLabel,
    QListView,
    QVBoxLayout,
    QWidget,
)

from rcpdesk.catalog import model as m
from rcpdesk.catalog.agreement import LEVELS
from rcpdesk.catalog.search import MAX_QUERY_CHARS, MAX_QUERY_TERMS, limit_query
from rcpdesk.services import Services
from rcpdesk.sheets.i18n import agreement_label
from rcpdesk.ui.models.search_model import LINK_ROLE, SearchHitDelegate, SearchResultsModel
from rcpdesk.ui.widgets.search_field import SearchField

DEBOUNCE_MS = 150
LIMIT = 50
# The first hits are listed as soon as they are made, the rest of LIMIT when they follow (one
# search: see Catalog.search_batches): fifty snippets made at once kept a common word's first
# hits waiting.
FIRST_BATCH = 20
NOTE_LIMIT = 20  # note hits, after the catalog's
NOTE_SNIPPET_CHARS = 200
_WORD = re.compile(r"\w+")


def _note_snippet(body: str, words: list[str]) -> tuple[str, tuple[tuple[int, int], ...]]:
    """An excerpt of a note's body around the first matched word, with the words' spans."""
    text = " ".join(body.split())
    folded = text.casefold()
    if len(text) > NOTE_SNIPPET_CHARS:
        first = min((i for i in (folded.find(w) for w in words) if i >= 0), default=0)
        start = max(0, min(first - 60, len(text) - NOTE_SNIPPET_CHARS))
        excerpt = text[start:start + NOTE_SNIPPET_CHARS]
        text = ("…" if start else "") + excerpt + ("…" if start + NOTE_SNIPPET_CHARS < len(text) else "")
    spans = sorted({(match.start(), match.end()) for word in words
                    for match in re.finditer(re.escape(word), text, re.IGNORECASE)})
    return text, tuple(spans)


def note_hits(store: Any, catalog: Any, text: str, *, region: str | None = None,
              dimension: str | None = None, limit: int = NOTE_LIMIT) -> tuple[m.SearchHit, ...]:
    """The delegate's notes whose body or tags hold every typed word (case-insensitive), newest
    first, as search hits that open the note's target. Safe off the GUI thread."""
    from rcpdesk.notes import NotesError, TargetKind
    from rcpdesk.ui import links
    from rcpdesk.ui.notes.labels import TargetLabeler, link_for_target, paragraph_number

    words = list(dict.fromkeys(w.casefold() for w in _WORD.findall(text)))
    if store is None or not words:
        return ()
    try:  # SQL narrows by one word (LIKE folds ASCII case only); the rest is checked here
        longest = max(words, key=len)
        notes = store.list_notes(text=longest) if longest.isascii() else store.list_notes()
    except NotesError:
        return ()
    labeler = TargetLabeler(catalog)
    processes: dict[str, Any] = {}

    def process(ident: str) -> Any:
        if ident not in processes:
            try:
                processes[ident] = catalog.processes([ident])[0]
            except Exception:  # noqa: BLE001 - a process the catalog no longer has
                processes[ident] = None
        return processes[ident]

    hits: list[m.SearchHit] = []
    for note in notes:
        haystack = " ".join((note.body, *note.tags)).casefold()
        if not all(word in haystack for word in words):
            continue
        target = note.target
        if target.kind is TargetKind.CELL:
            process_id, _, dimension_id = target.id.partition("#")
        else:
            process_id = target.id if target.kind is TargetKind.PROCESS else ""
            dimension_id = target.id if target.kind is TargetKind.DIMENSION else ""
        if region and (not process_id or getattr(process(process_id), "region_id", None) != region):
            continue
        if dimension and dimension_id != dimension:
            continue
        number = paragraph_number(target.id) if target.kind in (TargetKind.PARAGRAPH,
                                                                  TargetKind.PASSAGE) else None
        if number is not None:
            citation = m.citation(number)
        elif process_id:
            citation = getattr(process(process_id), "display_name", "") or process_id
        else:
            citation = labeler.label(target)
        snippet, spans = _note_snippet(note.body, words)
        hits.append(m.SearchHit(
            kind="note", target_id=note.id,
            title=QCoreApplication.translate("SearchPanel", "Note on {target}").format(
                target=labeler.label(target)),
            citation=citation, snippet=snippet, highlights=spans, score=0.0,
            link=link_for_target(target) or links.note(note.id)))
        if len(hits) >= limit:
            break
    return tuple(hits)


class SearchPanel(QWidget):
    """The results dock's contents; `field` lives in the main toolbar (the window's own field,
    typed into before this panel was built, or a new one). Emits open_link."""

    open_link = Signal(str)
    results_ready = Signal(int)  # how many hits the latest search found
    search_started = Signal()

    def __init__(self, services: Services, parent: QWidget | None = None,
                 field: SearchField | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("search_panel")
        self._services = services
        self._generation = 0
        self._shown_generation = 0  # the search all of whose hits are in the list
        self._started_generation = 0  # the search whose first hits are in the list
        self._open_first_when_ready = False
        self._searched_words = 0  # how many words of a long query the search read; 0: all

        self.field = field if field is not None else SearchField()
        self.field.textChanged.connect(self._schedule)
        self.field.returnPressed.connect(self._on_return)
        self.field.installEventFilter(self)

        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(DEBOUNCE_MS)
        self._timer.timeout.connect(self.run_search)

        self.region_filter = self._combo("search_region_filter")
        self.dimension_filter = self._combo("search_dimension_filter")
        self.agreement_filter = self._combo("search_agreement_filter")
        self._region_label, self._dimension_label, self._agreement_label = QLabel(self), QLabel(self), QLabel(self)
        for label, combo in ((self._region_label, self.region_filter),
                             (self._dimension_label, self.dimension_filter),
                             (self._agreement_label, self.agreement_filter)):
            label.setBuddy(combo)

        self.model = SearchResultsModel(self)
        self.view = QListView(self)
        self.view.setObjectName("search_results")
        self.view.setModel(self.model)
        self.view.setItemDelegate(SearchHitDelegate(self.view))
        self.view.setWordWrap(True)
        self.view.setUniformItemSizes(True)  # one size hint for all hits: results arrive cheaply
        self.view.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.setResizeMode(QListView.ResizeMode.Adjust)
        self.view.activated.connect(self._open_index)
        self.view.clicked.connect(self._open_index)

        self.status = QLabel(self)
        self.status.setObjectName("search_status")
        self.status.setWordWrap(True)
        self.status.setStyleSheet("color: #5b6670;")

        filters = QGridLayout()
        filters.setContentsMargins(0, 0, 0, 0)
        filters.setHorizontalSpacing(6)
        filters.setVerticalSpacing(4)
        for row, (label, combo) in enumerate(((self._region_label, self.region_filter),
                                              (self._dimension_label, self.dimension_filter),
                                              (self._agreement_label, self.agreement_filter))):
            filters.addWidget(label, row, 0)
            filters.addWidget(combo, row, 1)
        filters.setColumnStretch(1, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.setSpacing(6)
        layout.addLayout(filters)
        layout.addWidget(self.status)
        layout.addWidget(self.view, 1)
        self.retranslate_ui()
        self._restore_filters()
        if self.field.text().strip():  # typed before the panel was built
            self._schedule()

    def _combo(self, name: str) -> QComboBox:
        combo = QComboBox(self)
        combo.setObjectName(name)
        combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        combo.setMinimumContentsLength(12)
        combo.currentIndexChanged.connect(self._on_filter_changed)
        return combo

    # -- language ----------------------------------------------------------------------------

    def retranslate_ui(self) -> None:
        self.view.setAccessibleName(self.tr("Search results"))
        self._region_label.setText(self.tr("&Region:"))
        self._dimension_label.setText(self.tr("&Dimension:"))
        self._agreement_label.setText(self.tr("&Agreement:"))
        self.region_filter.setAccessibleName(self.tr("Filter by region"))
        self.dimension_filter.setAccessibleName(self.tr("Filter by dimension"))
        self.agreement_filter.setAccessibleName(self.tr("Filter by level of agreement"))
        self.region_filter.setToolTip(self.tr("Only processes of this region"))
        self.dimension_filter.setToolTip(self.tr("Only hits that speak to this dimension"))
        self.agreement_filter.setToolTip(self.tr("Only report paragraphs with this level of agreement"))
        self.view.setAccessibleDescription(self.tr(
            "Hits for the search, best first; Enter or a click opens the page with the words highlighted"))
        self.status.setAccessibleName(self.tr("Search status"))
        self._fill_filters()
        self._update_status()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    def _fill_filters(self) -> None:
        catalog = self._services.catalog
        choices = (
            (self.region_filter, [(r.id, r.names.get(catalog.lang)) for r in catalog.regions()]),
            (self.dimension_filter, [(d.id, d.names.get(catalog.lang)) for d in catalog.dimensions()]),
            (self.agreement_filter, [(level, agreement_label(level)) for level in LEVELS]),
        )
        for combo, items in choices:
            current = combo.currentData() or ""
            combo.blockSignals(True)
            combo.clear()
            combo.addItem(self.tr("Any"), "")
            for ident, text in items:
                combo.addItem(text, ident)
            combo.setCurrentIndex(max(0, combo.findData(current)))
            combo.blockSignals(False)

    def _restore_filters(self) -> None:
        saved = self._services.settings.search_filters
        for name, combo in self._filters().items():
            combo.blockSignals(True)
            combo.setCurrentIndex(max(0, combo.findData(saved.get(name, ""))))
            combo.blockSignals(False)

    def _filters(self) -> dict[str, QComboBox]:
        return {"region": self.region_filter, "dimension": self.dimension_filter,
                "agreement": self.agreement_filter}

    def filters(self) -> dict[str, str]:
        return {name: combo.currentData() or "" for name, combo in self._filters().items()}

    # -- searching ---------------------------------------------------------------------------

    def set_query(self, text: str) -> None:
        self.field.setText(text)

    def _schedule(self, *_: object) -> None:
        self._generation += 1
        self._timer.start()

    def _on_filter_changed(self, *_: object) -> None:
        self._services.settings.search_filters = self.filters()
        self._schedule()

    def run_search(self) -> None:
        """Start the search now (off the GUI thread); an answer older than the newest is dropped."""
        self._timer.stop()
        generation = self._generation
        text, shortened = limit_query(self.field.text().strip())
        self._searched_words = len(text.split()) if shortened else 0
        if not text:
            self._shown_generation = self._started_generation = generation
            self.model.set_hits(())
            self._update_status()
            return
        catalog = self._services.catalog
        chosen = self.filters()
        self.search_started.emit()

        store = self._services.notes
        filters = {"region": chosen["region"] or None, "dimension": chosen["dimension"] or None,
                   "agreement": chosen["agreement"] or None}

        def with_notes(hits: tuple[Any, ...]) -> tuple[Any, ...]:
            if store is None or chosen["agreement"]:  # notes have no level of agreement
                return hits
            return (*hits, *note_hits(store, catalog, text, region=filters["region"],
                                      dimension=filters["dimension"]))

        def work(report: Callable[[object], None]) -> object:
            batches = catalog.search_batches(text, (FIRST_BATCH, LIMIT - FIRST_BATCH), **filters)
            first = next(batches, ())
            if len(first) < FIRST_BATCH:
                return with_notes(first)
            report(first)  # listed while the rest are made
            return with_notes(tuple(hit for batch in batches for hit in batch))

        shown_part: list[bool] = []

        def on_part(hits: object) -> None:
            shown_part.append(True)
            self._on_hits(generation, hits, complete=False)

        def on_done(hits: object) -> None:
            (self._on_more_hits if shown_part else self._on_hits)(generation, hits)

        self._services.tasks.submit(work, on_done, lambda exc: self._on_failed(generation, exc),
                                    context=self, on_part=on_part)

    def _on_hits(self, generation: int, hits: object, complete: bool = True) -> None:
        if generation != self._generation:
            return  # stale: the delegate typed on
        self.model.set_hits(hits)  # type: ignore[arg-type]
        self._started_generation = generation
        if complete:
            self._finish(generation)
        else:
            self._update_status()
        if self.model.rowCount():
            self.view.setCurrentIndex(self.model.index(0, 0))
        if self._open_first_when_ready:
            self._open_first_when_ready = False
            # The page opens in a turn of its own, after the results have painted: together (a
            # profile's layout is the longest of the two) they held the GUI thread past its stall
            # budget. A 1 ms timer, not a 0 ms call, so that input and paint events come in
            # between.
            QTimer.singleShot(1, self, lambda: self.open_current() if generation == self._generation else None)

    def _on_more_hits(self, generation: int, hits: object) -> None:
        if generation != self._generation:
            return
        self.model.append_hits(hits)  # type: ignore[arg-type]
        self._finish(generation)

    def _finish(self, generation: int) -> None:
        """The search of this generation is all shown."""
        self._shown_generation = generation
        self._update_status()
        self.results_ready.emit(self.model.rowCount())

    def _on_failed(self, generation: int, exc: BaseException) -> None:
        if generation == self._generation:
            self._shown_generation = self._started_generation = generation
            self.model.set_hits(())
            self.status.setText(self.tr("The search failed: {reason}").format(reason=str(exc)))

    @property
    def is_current(self) -> bool:
        """True when the results shown answer the text and filters now in place."""
        return self._shown_generation == self._generation

    def _update_status(self) -> None:
        text = self.field.text().strip()
        if not text:
            self.status.setText(self.tr("Type in the search field to search the profiles and the report."))
        else:
            status = self.tr("%n result(s)", "", self.model.rowCount())
            if self._searched_words:
                status += " " + self.tr(
                    "The query was shortened to its first {words} words (a search reads at most "
                    "{chars} characters and {terms} different words).").format(
                    words=self._searched_words, chars=QLocale().toString(MAX_QUERY_CHARS),
                    terms=MAX_QUERY_TERMS)
            self.status.setText(status)

    # -- opening -----------------------------------------------------------------------------

    def _on_return(self) -> None:
        if self._started_generation == self._generation and not self._timer.isActive():
            self.open_current()
        else:
            self._open_first_when_ready = True
            if self._timer.isActive():
                self.run_search()

    def searched_words(self) -> list[str]:
        """The words of the query now in the field, for the opened page to highlight."""
        from rcpdesk.ui.widgets.find_bar import search_words

        return search_words(limit_query(self.field.text().strip())[0])

    def open_current(self) -> None:
        index = self.view.currentIndex()
        if not index.isValid() and self.model.rowCount():
            index = self.model.index(0, 0)
        self._open_index(index)

    def _open_index(self, index: QModelIndex) -> None:
        link = index.data(LINK_ROLE) if index.isValid() else None
        if link:
            self.open_link.emit(link)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.field and event.type() == QEvent.Type.KeyPress:
            key = event.key()  # type: ignore[attr-defined]
            if key in (Qt.Key.Key_Down, Qt.Key.Key_Up) and self.model.rowCount():
                self.view.setFocus()
                return False
            if key == Qt.Key.Key_Escape:
                self.field.clear()
                return True
        return super().eventFilter(watched, event)
