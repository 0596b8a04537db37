"""The sheet options dialog (processes, dimensions, paper, orientation, notes) and where they are kept."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from rcpdesk.catalog import Catalog
from rcpdesk.sheets.model import NotesPlacement, Orientation, Paper, SheetOptions
from rcpdesk.ui.widgets.check_list import CheckList


@dataclass(frozen=True)
class SheetChoice:
    process_ids: tuple[str, ...]
    dimension_ids: tuple[str, ...]
    options: SheetOptions


class SheetOptionsDialog(QDialog):
    """One small dialog: which processes and dimensions, paper, orientation, with or without notes."""

    def __init__(self, catalog: Catalog, options: SheetOptions, process_ids: Sequence[str],
                 dimension_ids: Sequence[str] | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("sheet_options_dialog")
        self.setWindowTitle(self.tr("Sheet Options"))
        self._lang = options.lang
        self._processes = CheckList(self)
        self._processes.setObjectName("sheet_processes")
        self._dimensions = CheckList(self)
        self._dimensions.setObjectName("sheet_dimensions")
        for widget in (self._processes, self._dimensions):
            widget.setMinimumHeight(200)
            widget.setTextElideMode(Qt.TextElideMode.ElideRight)
            widget.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self._processes.setDragDropMode(QAbstractItemView.DragDropMode.InternalMove)
        self._processes.setToolTip(self.tr("Tick the processes to compare; drag to change the "
                                           "order of the columns"))

        chosen = list(dict.fromkeys(process_ids))
        by_id = {p.id: p for p in catalog.processes()}
        ordered = [by_id[i] for i in chosen if i in by_id] + [
            p for p in catalog.processes() if p.id not in chosen]
        self._attended = {p.id for p in ordered if p.attended_2005}
        for process in ordered:
            text = (process.display_name if process.name == process.display_name
                    else f"{process.display_name} — {process.name}")
            self._processes.add(process.id, text, process.id in chosen)
        # none given: a new comparison's rows (the profile facts a delegate compares first, the dimensions)
        dims = set(dimension_ids) if dimension_ids else set(catalog.default_rows())
        for dimension in catalog.comparison_rows():  # profile facts, then the dimensions
            self._dimensions.add(dimension.id, dimension.name,
                           dims is None or dimension.id in dims)

        nine = QPushButton(self.tr("The 2005 participants"), self)
        nine.setObjectName("sheet_processes_2005")
        nine.setToolTip(self.tr("Tick the nine processes that took part in the 2005 workshop"))
        nine.clicked.connect(self._tick_2005)
        no_process = QPushButton(self.tr("None"), self)
        no_process.clicked.connect(lambda: self._processes.tick_all(False))
        all_dims = QPushButton(self.tr("All"), self)
        all_dims.clicked.connect(lambda: self._dimensions.tick_all(True))
        no_dims = QPushButton(self.tr("None"), self)
        no_dims.clicked.connect(lambda: self._dimensions.tick_all(False))

        self._paper = QComboBox(self)
        self._paper.setObjectName("sheet_paper")
        self._paper.addItem(self.tr("A4"), Paper.A4.value)
        self._paper.addItem(self.tr("Letter"), Paper.LETTER.value)
        self._orientation = QComboBox(self)
        self._orientation.setObjectName("sheet_orientation")
        self._orientation.addItem(self.tr("Automatic (landscape for more than four processes)"),
                                  Orientation.AUTO.value)
        self._orientation.addItem(self.tr("Portrait"), Orientation.PORTRAIT.value)
        self._orientation.addItem(self.tr("Landscape"), Orientation.LANDSCAPE.value)
        self._notes = QComboBox(self)
        self._notes.setObjectName("sheet_notes")
        self._notes.addItem(self.tr("Without my notes"), NotesPlacement.NONE.value)
        self._notes.addItem(self.tr("With my notes, in their cells"), NotesPlacement.CELLS.value)
        self._notes.addItem(self.tr("With my notes, numbered after the table"), NotesPlacement.AFTER.value)
        self._all_findings = QCheckBox(self.tr("Profiles: every finding of the report, not only "
                                               "the widely shared ones"), self)
        self._all_findings.setObjectName("sheet_all_findings")
        self._with_map = QCheckBox(self.tr("Members map (profiles)"), self)
        self._with_map.setObjectName("sheet_with_map")
        self._with_map.setToolTip(self.tr("Profiles: the map of the members and observers after "
                                          "the facts (PDF and print only)"))
        self._select(self._paper, options.paper.value)
        self._select(self._orientation, options.orientation.value)
        self._select(self._notes, options.notes.value)
        self._all_findings.setChecked(options.all_findings)
        self._with_map.setChecked(options.with_map)

        lists = QGridLayout()
        lists.addWidget(QLabel(self.tr("Processes (columns; drag to reorder)"), self), 0, 0)
        lists.addWidget(QLabel(self.tr("Dimensions (rows)"), self), 0, 1)
        lists.addWidget(self._processes, 1, 0)
        lists.addWidget(self._dimensions, 1, 1)
        process_buttons = QHBoxLayout()
        process_buttons.addWidget(nine)
        process_buttons.addWidget(no_process)
        process_buttons.addStretch(1)
        dimension_buttons = QHBoxLayout()
        dimension_buttons.addWidget(all_dims)
        dimension_buttons.addWidget(no_dims)
        dimension_buttons.addStretch(1)
        lists.addLayout(process_buttons, 2, 0)
        lists.addLayout(dimension_buttons, 2, 1)
        lists.setColumnStretch(0, 3)
        lists.setColumnStretch(1, 2)

        form = QFormLayout()
        form.addRow(self.tr("&Paper:"), self._paper)
        form.addRow(self.tr("&Orientation:"), self._orientation)
        form.addRow(self.tr("&Notes:"), self._notes)
        form.addRow("", self._all_findings)
        form.addRow("", self._with_map)

        self._hint = QLabel(self)
        self._hint.setObjectName("sheet_options_hint")
        self._buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        self._buttons.accepted.connect(self.accept)
        self._buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addLayout(lists, 1)
        layout.addLayout(form)
        layout.addWidget(self._hint)
        layout.addWidget(self._buttons)
        self.resize(780, 560)
        for widget in (self._processes, self._dimensions):
            widget.itemChanged.connect(self._update_ok)
        self._update_ok()

    # -- helpers ---------------------------------------------------------------------------------

    @staticmethod
    def _select(combo: QComboBox, value: str) -> None:
        index = combo.findData(value)
        combo.setCurrentIndex(max(0, index))

    def _tick_2005(self) -> None:
        self._processes.tick_where(self._attended.__contains__)

    def _update_ok(self) -> None:
        processes, dimensions = self._processes.checked(), self._dimensions.checked()
        ok = self._buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setEnabled(bool(processes and dimensions))
        if not processes:
            self._hint.setText(self.tr("Tick at least one process."))
        elif not dimensions:
            self._hint.setText(self.tr("Tick at least one dimension."))
        else:
            self._hint.setText(self.tr("{p} × {d}: processes × dimensions").format(
                p=len(processes), d=len(dimensions)))

    # -- the result ------------------------------------------------------------------------------

    def choice(self) -> SheetChoice:
        options = SheetOptions(
            paper=Paper(self._paper.currentData()),
            orientation=Orientation(self._orientation.currentData()),
            notes=NotesPlacement(self._notes.currentData()),
            all_findings=self._all_findings.isChecked(),
            with_map=self._with_map.isChecked(),
            lang=self._lang,
        )
        return SheetChoice(self._processes.checked(), self._dimensions.checked(), options)
