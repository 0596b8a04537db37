"""File > Briefing Pack: the processes, rows, country, tags, title, paper and language of a pack,
with a live page count (laid out off the GUI thread through the services' task runner)."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from rcpdesk.catalog import Catalog
from rcpdesk.settings import PackChoice, locale_paper
from rcpdesk.ui.i18n import LANGUAGE_NAMES
from rcpdesk.ui.widgets.check_list import CheckList

COUNT_DELAY_MS = 350  # the count waits for the delegate to stop ticking boxes


def split_tags(text: str) -> tuple[str, ...]:
    """Tags as typed: separated by commas or spaces, with or without '#'."""
    return tuple(dict.fromkeys(t.strip().lstrip("#") for t in text.replace(",", " ").split() if t.strip("# ")))


class BriefingPackDialog(QDialog):
    """What goes into the pack; choice() reads it back. The page count comes from count_pages,
    a callable run off the GUI thread by submit(call, on_done, on_error)."""

    count_shown = Signal(str)  # the page count's text, each time it changes (tests wait on it)

    def __init__(self, catalog: Catalog, initial: PackChoice, *, known_tags: Sequence[str] = (),
                 submit: Callable[..., object] | None = None,
                 count_pages: Callable[[PackChoice], int] | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("briefing_pack_dialog")
        self.setWindowTitle(self.tr("Briefing Pack"))
        self._catalog = catalog
        self._submit = submit
        self._count_pages = count_pages
        self._generation = 0

        self._processes = CheckList(self)
        self._processes.setObjectName("pack_processes")
        self._rows = CheckList(self)
        self._rows.setObjectName("pack_rows")
        for view in (self._processes, self._rows):
            view.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
            view.setMinimumHeight(160)
        chosen = set(initial.process_ids)
        for process in catalog.processes():
            self._processes.add(process.id, process.display_name, process.id in chosen)
        rows = set(initial.row_ids) if initial.row_ids is not None else set(catalog.default_rows())
        for row in catalog.comparison_rows():
            self._rows.add(row.id, row.name, row.id in rows)

        self._country = QComboBox(self)
        self._country.setObjectName("pack_country")
        self._country.addItem(self.tr("No country page"), "")
        for country in catalog.countries():
            self._country.addItem(country.name, country.code)
        self._select(self._country, initial.country)
        self._tags = QLineEdit(" ".join(initial.tags), self)
        self._tags.setObjectName("pack_tags")
        self._tags.setPlaceholderText(self.tr("All notes; or tags such as budget, speech"))
        if known_tags:
            self._tags.setToolTip(self.tr("Your tags: {tags}").format(tags=", ".join(known_tags)))
        self._title = QLineEdit(initial.title, self)
        self._title.setObjectName("pack_title")
        self._title.setPlaceholderText(self.tr("Made from the processes' names"))
        self._paper = QComboBox(self)
        self._paper.setObjectName("pack_paper")
        self._paper.addItem(self.tr("A4"), "a4")
        self._paper.addItem(self.tr("Letter"), "letter")
        self._select(self._paper, initial.paper or locale_paper().value)
        self._lang = QComboBox(self)
        self._lang.setObjectName("pack_language")
        for code, name in LANGUAGE_NAMES.items():
            self._lang.addItem(name, code)
        self._select(self._lang, initial.lang or "en")

        self._count = QLabel(self)
        self._count.setObjectName("pack_page_count")
        self._count.setTextFormat(Qt.TextFormat.PlainText)
        self._buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        self._buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Write Pack…"))
        self._buttons.accepted.connect(self.accept)
        self._buttons.rejected.connect(self.reject)

        lists = QGridLayout()
        lists.addWidget(QLabel(self.tr("Processes:"), self), 0, 0)
        lists.addWidget(QLabel(self.tr("Rows to compare:"), self), 0, 1)
        lists.addWidget(self._processes, 1, 0)
        lists.addWidget(self._rows, 1, 1)
        ticks = QHBoxLayout()
        none = QPushButton(self.tr("Clear"), self)
        none.clicked.connect(lambda: self._processes.tick_all(False))
        of_2005 = QPushButton(self.tr("The Nine of 2005"), self)
        of_2005.clicked.connect(self._tick_2005)
        ticks.addWidget(none)
        ticks.addWidget(of_2005)
        ticks.addStretch(1)
        lists.addLayout(ticks, 2, 0)
        form = QFormLayout()
        form.addRow(self.tr("Country page:"), self._country)
        form.addRow(self.tr("Notes tagged:"), self._tags)
        form.addRow(self.tr("Title:"), self._title)
        form.addRow(self.tr("Paper:"), self._paper)
        form.addRow(self.tr("Language:"), self._lang)
        layout = QVBoxLayout(self)
        layout.addLayout(lists)
        layout.addLayout(form)
        bottom = QHBoxLayout()
        bottom.addWidget(self._count, 1)
        bottom.addWidget(self._buttons)
        layout.addLayout(bottom)

        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(COUNT_DELAY_MS)
        self._timer.timeout.connect(self._start_count)
        for view in (self._processes, self._rows):
            view.itemChanged.connect(self._changed)
        for combo in (self._country, self._paper, self._lang):
            combo.currentIndexChanged.connect(self._changed)
        for line in (self._tags, self._title):
            line.textChanged.connect(self._changed)
        self._changed()

    # -- reading the choice ----------------------------------------------------------------------

    def choice(self) -> PackChoice:
        rows = self._rows.checked()
        return PackChoice(self._processes.checked(),
                          None if set(rows) == set(self._catalog.default_rows()) else rows,
                          str(self._country.currentData() or ""), split_tags(self._tags.text()),
                          self._title.text().strip(), str(self._paper.currentData()),
                          str(self._lang.currentData()))

    @property
    def page_count_text(self) -> str:
        return self._count.text()

    # -- the live page count ---------------------------------------------------------------------

    def _changed(self, *_args: object) -> None:
        choice = self.choice()
        ok = bool(choice.process_ids) and bool(self._rows.checked())
        self._buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(ok)
        self._generation += 1
        if not ok:
            self._show_count(self.tr("Choose at least one process and one row."))
            return
        if self._count_pages is None or self._submit is None:
            return
        self._show_count(self.tr("Counting pages…"))
        self._timer.start()

    def _start_count(self) -> None:
        generation, choice, count = self._generation, self.choice(), self._count_pages
        assert count is not None and self._submit is not None
        self._submit(lambda: count(choice), lambda pages: self._counted(generation, pages),
                     lambda exc: self._count_failed(generation, exc), context=self)

    def _counted(self, generation: int, pages: int) -> None:
        if generation == self._generation:  # an older count, for boxes since changed, is dropped
            self._show_count(self.tr("1 page") if pages == 1 else self.tr("{n} pages").format(n=pages))

    def _count_failed(self, generation: int, exc: BaseException) -> None:
        if generation == self._generation:
            self._show_count(self.tr("Cannot count the pages: {reason}").format(reason=exc))

    def _show_count(self, text: str) -> None:
        self._count.setText(text)
        self.count_shown.emit(text)

    # -- helpers ---------------------------------------------------------------------------------

    @staticmethod
    def _select(combo: QComboBox, value: str) -> None:
        index = combo.findData(value)
        if index >= 0:
            combo.setCurrentIndex(index)

    def _tick_2005(self) -> None:
        attended = {p.id for p in self._catalog.processes() if p.attended_2005}
        self._processes.tick_where(attended.__contains__)
