"""The coverage map panel: members and observers of a process or a comparison, or how many
processes each country belongs to in a chosen year; hover names, click opens the country.

The map is painted as vectors at the current zoom (never a scaled bitmap), from the same scene
the exports draw (maps.scene), so the window, the files and the printout agree.
"""

from __future__ import annotations

from collections.abc import Sequence
from html import escape
from pathlib import Path

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSlider,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from rcpdesk.catalog.coverage import WORKSHOP_YEAR
from rcpdesk.catalog.store import Catalog
from rcpdesk.maps.render import print_map, write_map
from rcpdesk.maps.scene import MapScene, coverage_scene, process_scene
from rcpdesk.ui.widgets import picture_output
from rcpdesk.ui.widgets.map_view import LegendStrip, MapCanvas


class CoverageMapPanel(QWidget):
    """Who belongs where: a process's (or a comparison's) members and observers, or coverage by
    year. Emits country_selected(alpha-3) when a country is clicked."""

    country_selected = Signal(str)

    COVERAGE = "coverage"
    PROCESS = "process"

    def __init__(self, catalog: Catalog, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("coverage_map")
        self._catalog = catalog
        self._mode = self.COVERAGE
        self._year: int | None = WORKSHOP_YEAR
        self._process_ids: tuple[str, ...] = ()
        self._build()
        self._fill_processes()
        self._set_year_range()
        self.retranslate()
        self.show_coverage(WORKSHOP_YEAR)

    # -- building ---------------------------------------------------------------------------------

    def _build(self) -> None:
        self._mode_box = QComboBox(self)
        self._mode_box.setObjectName("map_mode")
        self._mode_box.activated.connect(self._on_mode_chosen)
        self._process_box = QComboBox(self)
        self._process_box.setObjectName("map_process")
        self._process_box.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self._process_box.setMinimumContentsLength(32)
        self._process_box.activated.connect(self._on_process_chosen)
        self._year_slider = QSlider(Qt.Orientation.Horizontal, self)
        self._year_slider.setObjectName("map_year")
        self._year_slider.setMinimumWidth(160)
        self._year_slider.valueChanged.connect(self._on_slider)
        self._year_label = QLabel(self)
        self._year_label.setObjectName("map_year_label")
        self._year_label.setMinimumWidth(56)
        self._report_button = QPushButton(self)
        self._report_button.setObjectName("map_year_report")
        self._report_button.clicked.connect(lambda: self.show_coverage(WORKSHOP_YEAR))
        self._today_button = QPushButton(self)
        self._today_button.setObjectName("map_year_today")
        self._today_button.clicked.connect(lambda: self.show_coverage(None))
        self._zoom_in = QToolButton(self)
        self._zoom_in.setObjectName("map_zoom_in")
        self._zoom_in.setText("+")
        self._zoom_out = QToolButton(self)
        self._zoom_out.setObjectName("map_zoom_out")
        self._zoom_out.setText("−")
        self._zoom_fit = QToolButton(self)
        self._zoom_fit.setObjectName("map_zoom_fit")
        self._export_button = QPushButton(self)
        self._export_button.setObjectName("map_export")
        self._export_button.clicked.connect(self.export_with_dialog)
        self._print_button = QPushButton(self)
        self._print_button.setObjectName("map_print")
        self._print_button.clicked.connect(self.print_with_dialog)

        self._title = QLabel(self)
        self._title.setObjectName("map_title")
        self._title.setWordWrap(True)
        self._title.setTextFormat(Qt.TextFormat.PlainText)
        title_font = self._title.font()
        title_font.setPointSizeF(title_font.pointSizeF() * 1.35)
        title_font.setBold(True)
        self._title.setFont(title_font)
        self._subtitle = QLabel(self)
        self._subtitle.setObjectName("map_subtitle")
        self._subtitle.setWordWrap(True)
        self._subtitle.setTextFormat(Qt.TextFormat.PlainText)
        self._canvas = MapCanvas(self)
        self._canvas.country_clicked.connect(self.country_selected)
        self._zoom_in.clicked.connect(lambda: self._canvas.zoom_by(1.5))
        self._zoom_out.clicked.connect(lambda: self._canvas.zoom_by(1 / 1.5))
        self._zoom_fit.clicked.connect(self._canvas.fit)
        self._legend = LegendStrip(self)
        self._notes = QLabel(self)
        self._notes.setObjectName("map_notes")
        self._notes.setWordWrap(True)
        self._notes.setTextFormat(Qt.TextFormat.RichText)
        self._notes.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        controls = QHBoxLayout()
        controls.addWidget(self._mode_box)
        controls.addWidget(self._process_box)
        controls.addWidget(self._year_slider, 1)
        controls.addWidget(self._year_label)
        controls.addWidget(self._report_button)
        controls.addWidget(self._today_button)
        controls.addStretch(0)
        for button in (self._zoom_out, self._zoom_in, self._zoom_fit):
            controls.addWidget(button)
        controls.addWidget(self._export_button)
        controls.addWidget(self._print_button)
        layout = QVBoxLayout(self)
        layout.addLayout(controls)
        layout.addWidget(self._title)
        layout.addWidget(self._subtitle)
        layout.addWidget(self._canvas, 1)
        layout.addWidget(self._legend)
        layout.addWidget(self._notes)

    def _fill_processes(self) -> None:
        current = self._process_box.currentData()
        self._process_box.clear()
        for process in sorted(self._catalog.processes(), key=lambda p: p.acronym.casefold()):
            text = (
                process.acronym
                if process.name == process.acronym
                else f"{process.acronym} — {process.name}"
            )
            self._process_box.addItem(text, process.id)
            self._process_box.setItemData(
                self._process_box.count() - 1, process.name, Qt.ItemDataRole.ToolTipRole
            )
        if current is not None:
            index = self._process_box.findData(current)
            if index >= 0:
                self._process_box.setCurrentIndex(index)

    def _set_year_range(self) -> None:
        years = [p.established for p in self._catalog.processes() if p.established]
        first = min(years, default=WORKSHOP_YEAR)
        edition = self._catalog.edition.date[:4]
        last = int(edition) if edition.isdigit() else max(years, default=WORKSHOP_YEAR)
        self._year_slider.blockSignals(True)
        self._year_slider.setRange(first, last)  # the last position reads "today"
        self._year_slider.setPageStep(5)
        self._year_slider.blockSignals(False)

    def retranslate(self) -> None:
        self._mode_box.clear()
        self._mode_box.addItem(self.tr("Coverage by year"), self.COVERAGE)
        self._mode_box.addItem(self.tr("Members of a process"), self.PROCESS)
        self._mode_box.setCurrentIndex(0 if self._mode == self.COVERAGE else 1)
        self._mode_box.setToolTip(self.tr("What the map shows"))
        self._process_box.setToolTip(self.tr("The process whose members and observers are shown"))
        self._year_slider.setToolTip(
            self.tr(
                "Coverage as it stood in a year: the processes founded by then, with "
                "the members their dated entries show for that year"
            )
        )
        self._report_button.setText(self.tr("2005 (the report)"))
        self._report_button.setToolTip(self.tr("Coverage in 2005, the year of the workshop"))
        self._today_button.setText(self.tr("Today"))
        self._today_button.setToolTip(self.tr("Coverage today: every process"))
        self._zoom_in.setToolTip(self.tr("Zoom in (+, mouse wheel)"))
        self._zoom_out.setToolTip(self.tr("Zoom out (−)"))
        self._zoom_fit.setText(self.tr("Fit"))
        self._zoom_fit.setToolTip(self.tr("See the whole map again (0)"))
        self._export_button.setText(self.tr("Export…"))
        self._export_button.setToolTip(self.tr("Save the map as PNG, SVG or PDF"))
        self._print_button.setText(self.tr("Print…"))
        self._print_button.setToolTip(self.tr("Print the map as shown"))
        self._year_slider.setAccessibleName(self.tr("Year"))
        self._update_year_label()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
            self._refresh(refit=False)
        super().changeEvent(event)

    # -- what is shown ----------------------------------------------------------------------------

    def set_catalog(self, catalog: Catalog) -> None:
        """Another catalog (the UI language changed: country names follow)."""
        self._catalog = catalog
        self._fill_processes()
        self._set_year_range()
        self._refresh(refit=False)

    def show_coverage(self, year: int | None = WORKSHOP_YEAR) -> None:
        """Each country shaded by its number of processes, in a year (None: today)."""
        self._mode = self.COVERAGE
        self._year = year
        self._refresh()

    def show_process(self, process_id: str) -> None:
        """A process's members and observers (unknown ids raise UnknownIdError)."""
        self.show_processes([process_id])

    def show_processes(self, process_ids: Sequence[str]) -> None:
        """The members and observers of the processes compared (one id: a single process)."""
        ids = tuple(process_ids)
        if not ids:
            raise ValueError("no process to show")
        self._catalog.processes(ids)  # unknown ids raise before anything changes
        self._mode = self.PROCESS
        self._process_ids = ids
        index = self._process_box.findData(ids[0])
        if index >= 0:
            self._process_box.setCurrentIndex(index)
        self._refresh()

    def follow_page(self, kind: str | None, ident: str | None) -> None:
        """Keep up with the page the delegate reads: a process page's process is the one the
        members map shows (at once when that map is showing one process), a country page's
        country is outlined."""
        self._canvas.set_marked(ident if kind == "country" else None)
        if kind != "process" or not ident:
            return
        index = self._process_box.findData(ident)
        if index < 0:
            return
        self._process_box.setCurrentIndex(index)
        if self._mode == self.PROCESS and len(self._process_ids) == 1 and self._process_ids[0] != ident:
            self.show_process(ident)

    def mode(self) -> str:
        return self._mode

    def year(self) -> int | None:
        return self._year if self._mode == self.COVERAGE else None

    def process_ids(self) -> tuple[str, ...]:
        return self._process_ids if self._mode == self.PROCESS else ()

    def scene(self) -> MapScene:
        scene = self._canvas.scene()
        assert scene is not None
        return scene

    def canvas(self) -> MapCanvas:
        return self._canvas

    def _refresh(self, refit: bool = True) -> None:
        if self._mode == self.PROCESS and self._process_ids:
            scene = process_scene(self._catalog, list(self._process_ids))
        else:
            self._mode = self.COVERAGE
            scene = coverage_scene(self._catalog, self._year)
        coverage = self._mode == self.COVERAGE
        self._mode_box.setCurrentIndex(0 if coverage else 1)
        for widget in (
            self._year_slider,
            self._year_label,
            self._report_button,
            self._today_button,
        ):
            widget.setVisible(coverage)
        self._process_box.setVisible(not coverage)
        self._year_slider.blockSignals(True)
        self._year_slider.setValue(
            self._year_slider.maximum() if self._year is None else self._year
        )
        self._year_slider.blockSignals(False)
        self._update_year_label()
        self._title.setText(scene.title)
        self._subtitle.setText(scene.subtitle)
        self._subtitle.setVisible(bool(scene.subtitle))
        self._legend.set_legend(scene.legend)
        self._notes.setText(
            "".join(f'<p style="margin:0 0 4px 0">{escape(note)}</p>' for note in scene.notes)
        )
        self._canvas.set_scene(scene, refit=refit)

    def _update_year_label(self) -> None:
        self._year_label.setText(self.tr("today") if self._year is None else str(self._year))

    def _on_mode_chosen(self, index: int) -> None:
        if self._mode_box.itemData(index) == self.PROCESS:
            ident = self._process_box.currentData()
            if ident:
                self.show_process(ident)
        else:
            self.show_coverage(self._year)

    def _on_process_chosen(self, index: int) -> None:
        ident = self._process_box.itemData(index)
        if ident:
            self.show_process(ident)

    def _on_slider(self, value: int) -> None:
        year = None if value >= self._year_slider.maximum() else value
        if year != self._year or self._mode != self.COVERAGE:
            self.show_coverage(year)

    # -- out of the window ------------------------------------------------------------------------

    def export(self, path: Path, fmt: str | None = None) -> Path:
        """Write the map as shown (same scene; the whole map, not the zoomed part) to a file."""
        return write_map(self.scene(), Path(path), fmt)

    def export_with_dialog(self) -> None:
        picture_output.export_with_dialog(
            self, self.tr("Export the map"), self._suggested_name(),
            self.tr("The map could not be written: {reason}"), self.export)

    def _suggested_name(self) -> str:
        if self._mode == self.PROCESS and self._process_ids:
            return "map-" + "-".join(self._process_ids) + ".png"
        return f"map-coverage-{self._year or 'today'}.png"

    def print_to(self, printer: QPrinter) -> None:
        """The map on one landscape page of the printer."""
        print_map(self.scene(), printer)

    def print_with_dialog(self) -> None:
        picture_output.print_with_dialog(self, self.tr("Print the map"), self.print_to)
