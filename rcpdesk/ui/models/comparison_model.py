"""The comparison grid as a Qt table model: rows down (profile facts, then dimensions), the
report's finding that fits each row, then the processes across."""

from __future__ import annotations

import html
import re
from collections.abc import Iterable
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QColor, QFont, QGuiApplication, QPalette

from rcpdesk.catalog import Catalog
from rcpdesk.catalog.model import Dimension, Fact, Finding, ProcessSummary
from rcpdesk.sheets.fact_rows import fact_cell, variant_cell
from rcpdesk.sheets.i18n import agreement_label
from rcpdesk.ui import links
from rcpdesk.ui.models.tree_model import note_marker_icon

Index = QModelIndex | QPersistentModelIndex

# Extra roles a view or a test can ask for.
LINK_ROLE = Qt.ItemDataRole.UserRole + 1  # the rcpdesk: link a double-click opens
PROCESS_ID_ROLE = Qt.ItemDataRole.UserRole + 2  # the process id of a column ("" for the finding)
DIMENSION_ID_ROLE = Qt.ItemDataRole.UserRole + 3  # the dimension id of a row
STATUS_ROLE = Qt.ItemDataRole.UserRole + 4  # sourced | unverified | unknown | finding | none

FINDING_COLUMN = 0
NOTE_TOOLTIP_CHARS = 200
TOOLTIP_VALUE_CHARS = 80  # longer values are repeated whole in the tooltip
FIRST_PROCESS_COLUMN = 1


def _comparable(fact: Fact) -> str:
    """A value reduced for 'are these the same?': case, spacing and final stops do not count."""
    return re.sub(r"\s+", " ", fact.text()).strip().rstrip(".").casefold()


def differs(facts: Iterable[Fact]) -> bool:
    """True when the known values disagree (unknown values are left out of the comparison)."""
    known = {_comparable(f) for f in facts if not f.is_unknown}
    return len(known) > 1


class ComparisonModel(QAbstractTableModel):
    """Rows are profile facts and dimensions, column 0 the report's finding that fits the row,
    then one column per process."""

    def __init__(self, catalog: Catalog, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._catalog = catalog
        self._processes: list[ProcessSummary] = []
        self._chosen_dimensions: list[Dimension] = list(catalog.comparison_rows(catalog.default_rows()))
        self._rows: list[Dimension] = list(self._chosen_dimensions)
        self._facts: dict[tuple[str, str], Fact] = {}
        self._cells: dict[tuple[str, str], tuple[str, str | None]] = {}  # fact rows: (text, detail)
        self._findings: dict[str, tuple[Finding, ...]] = {}
        self._only_differences = False
        self._notes: dict[tuple[str, str], list[str]] = {}
        self._noted_paragraphs: frozenset[int] = frozenset()  # paragraphs the delegate has notes on
        self._load_findings()
        self._refilter()

    # -- what is compared ----------------------------------------------------------------------

    def catalog(self) -> Catalog:
        return self._catalog

    def set_catalog(self, catalog: Catalog) -> None:
        """Another catalog (e.g. names in another language); keeps the same ids."""
        self.beginResetModel()
        self._catalog = catalog
        self._processes = list(catalog.processes(self.known_processes(self.processes())))
        self._chosen_dimensions = list(catalog.comparison_rows(self.known_dimensions(self.dimensions())))
        self._load_findings()
        self._load_facts()
        self._refilter()
        self.endResetModel()

    def known_processes(self, ids: Iterable[str]) -> list[str]:
        """The ids the catalog knows, in the given order, without repeats."""
        known = {p.id for p in self._catalog.processes()}
        return list(dict.fromkeys(i for i in ids if i in known))

    def known_dimensions(self, ids: Iterable[str]) -> list[str]:
        known = {d.id for d in self._catalog.comparison_rows()}
        return list(dict.fromkeys(i for i in ids if i in known))

    def processes(self) -> list[str]:
        return [p.id for p in self._processes]

    def process_summaries(self) -> list[ProcessSummary]:
        return list(self._processes)

    def dimensions(self) -> list[str]:
        """The chosen rows, profile facts then dimensions (rows hidden as identical still count)."""
        return [d.id for d in self._chosen_dimensions]

    def visible_dimensions(self) -> list[str]:
        return [d.id for d in self._rows]

    def hidden_row_count(self) -> int:
        return len(self._chosen_dimensions) - len(self._rows)

    def set_processes(self, ids: Iterable[str]) -> None:
        wanted = self.known_processes(ids)
        if wanted == self.processes():
            return
        self.beginResetModel()
        self._processes = list(self._catalog.processes(wanted))
        self._load_facts()
        self._refilter()
        self.endResetModel()

    def add_processes(self, ids: Iterable[str]) -> None:
        self.set_processes([*self.processes(), *ids])

    def remove_process(self, process_id: str) -> None:
        ids = self.processes()
        if process_id not in ids:
            return
        if self._only_differences:  # the rows that differ may change
            self.set_processes([i for i in ids if i != process_id])
            return
        column = FIRST_PROCESS_COLUMN + ids.index(process_id)
        self.beginRemoveColumns(QModelIndex(), column, column)
        del self._processes[ids.index(process_id)]
        self.endRemoveColumns()

    def move_process(self, process_id: str, position: int) -> bool:
        """Move a process to position (0 = first process column); False when nothing moved."""
        ids = self.processes()
        if process_id not in ids:
            return False
        source = ids.index(process_id)
        position = max(0, min(position, len(ids) - 1))
        if position == source:
            return False
        # Qt counts the destination before the move: one further when moving right.
        destination = FIRST_PROCESS_COLUMN + (position + 1 if position > source else position)
        column = FIRST_PROCESS_COLUMN + source
        if not self.beginMoveColumns(QModelIndex(), column, column, QModelIndex(), destination):
            return False
        self._processes.insert(position, self._processes.pop(source))
        self.endMoveColumns()
        return True

    def set_dimensions(self, ids: Iterable[str] | None) -> None:
        """The rows to show, always in the catalog's order (profile facts, then the dimensions in
        report order); None: a new comparison's default rows."""
        wanted = set(self._catalog.default_rows() if ids is None else self.known_dimensions(ids))
        chosen = [d for d in self._catalog.comparison_rows() if d.id in wanted]
        if [d.id for d in chosen] == self.dimensions():
            return
        self.beginResetModel()
        self._chosen_dimensions = chosen
        self._load_facts()
        self._refilter()
        self.endResetModel()

    def only_differences(self) -> bool:
        return self._only_differences

    def set_only_differences(self, on: bool) -> None:
        if bool(on) == self._only_differences:
            return
        self.beginResetModel()
        self._only_differences = bool(on)
        self._refilter()
        self.endResetModel()

    def retranslate(self) -> None:
        """Labels made here ("Not known", agreement levels, header) follow the interface language."""
        if self.columnCount():
            self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, self.columnCount() - 1)
        if self.rowCount() and self.columnCount():
            self.dataChanged.emit(self.index(0, 0),
                                  self.index(self.rowCount() - 1, self.columnCount() - 1))

    def set_notes(self, cell_notes: dict[tuple[str, str], list[str]]) -> None:
        """The delegate's notes on cells, by (process id, dimension id): a marker and the tooltip."""
        notes = {key: list(bodies) for key, bodies in cell_notes.items() if bodies}
        if notes == self._notes:
            return
        self._notes = notes
        if self.rowCount() and self.columnCount() > FIRST_PROCESS_COLUMN:
            self.dataChanged.emit(self.index(0, FIRST_PROCESS_COLUMN),
                                  self.index(self.rowCount() - 1, self.columnCount() - 1),
                                  [Qt.ItemDataRole.DecorationRole, Qt.ItemDataRole.ToolTipRole])

    def set_noted_links(self, noted: Iterable[str]) -> None:
        """The links the delegate has notes on: a finding cell is marked when a paragraph among
        its row's findings is one of them (the note shows beside the finding in print too)."""
        numbers = frozenset(int(link.rsplit("/", 1)[1]) for link in noted
                            if link.startswith("rcpdesk:paragraph/") and link.rsplit("/", 1)[1].isdigit())
        if numbers == self._noted_paragraphs:
            return
        self._noted_paragraphs = numbers
        if self.rowCount():
            self.dataChanged.emit(self.index(0, FINDING_COLUMN), self.index(self.rowCount() - 1, FINDING_COLUMN),
                                  [Qt.ItemDataRole.DecorationRole, Qt.ItemDataRole.ToolTipRole])

    def noted_citations(self, dimension_id: str) -> list[str]:
        """The row's findings' paragraphs the delegate has notes on, as citations (¶17)."""
        found = self.findings(dimension_id)
        return list(dict.fromkeys(f.citation for f in found if f.paragraph in self._noted_paragraphs))

    def cell_notes(self, process_id: str, dimension_id: str) -> list[str]:
        return list(self._notes.get((process_id, dimension_id), ()))

    def fact(self, process_id: str, dimension_id: str) -> Fact | None:
        return self._facts.get((process_id, dimension_id))

    def finding(self, dimension_id: str) -> Finding | None:
        """The report's finding that fits the row best."""
        found = self.findings(dimension_id)
        return found[0] if found else None

    def findings(self, dimension_id: str) -> tuple[Finding, ...]:
        """Every finding that bears on the row, most relevant first."""
        if dimension_id not in self._findings:
            self._findings[dimension_id] = self._catalog.row_findings(dimension_id)
        return self._findings[dimension_id]

    def row(self, dimension_id: str) -> Dimension | None:
        return next((d for d in self._chosen_dimensions if d.id == dimension_id), None)

    def cell_text(self, process_id: str, dimension_id: str) -> tuple[str, str | None]:
        """(what the cell says, what it stands for): a fact row's value said short, the members
        behind "16 states"; a dimension's value as the data gives it."""
        if (process_id, dimension_id) in self._cells:
            return self._cells[(process_id, dimension_id)]
        fact = self._facts.get((process_id, dimension_id))
        return (fact.text() if fact is not None else ""), None

    # -- loading -------------------------------------------------------------------------------

    def _load_facts(self) -> None:
        self._facts = self._catalog.values(self.processes(), self.dimensions()) if self._processes else {}
        facts = {d.id for d in self._chosen_dimensions if d.is_fact}
        self._cells = {key: fact_cell(self._catalog, key[1], key[0], fact)
                       for key, fact in self._facts.items() if key[1] in facts}

    def _load_findings(self) -> None:
        self._findings = {}  # read per row when first shown: a few rows of curated findings

    def _refilter(self) -> None:
        if not self._only_differences:
            self._rows = list(self._chosen_dimensions)
            return
        self._rows = [
            d for d in self._chosen_dimensions
            if differs(self._facts[(p.id, d.id)] for p in self._processes if (p.id, d.id) in self._facts)
        ]

    # -- Qt model ------------------------------------------------------------------------------

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else FIRST_PROCESS_COLUMN + len(self._processes)

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    def _process_at(self, column: int) -> ProcessSummary | None:
        offset = column - FIRST_PROCESS_COLUMN
        return self._processes[offset] if 0 <= offset < len(self._processes) else None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not (0 <= index.row() < len(self._rows)):
            return None
        dimension = self._rows[index.row()]
        if role == DIMENSION_ID_ROLE:
            return dimension.id
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop
        if index.column() == FINDING_COLUMN:
            return self._finding_data(dimension, role)
        process = self._process_at(index.column())
        if process is None:
            return None
        if role == PROCESS_ID_ROLE:
            return process.id
        notes = self._notes.get((process.id, dimension.id))
        if role == Qt.ItemDataRole.DecorationRole:
            return note_marker_icon() if notes else None
        fact = self._facts.get((process.id, dimension.id))
        if fact is None:
            return None
        if role == Qt.ItemDataRole.ToolTipRole and notes:
            return (self._tooltip(process, fact, self.cell_text(process.id, dimension.id)[1], dimension.id)
                    + self._notes_tooltip(notes))
        return self._fact_data(process, fact, role, dimension.id)

    def _notes_tooltip(self, notes: list[str]) -> str:
        """The delegate's notes on a cell, as plain text (first 200 characters of each)."""
        lines = ["<b>" + html.escape(self.tr("Notes:")) + "</b>"]
        for body in notes:
            text = " ".join(body.split())
            if len(text) > NOTE_TOOLTIP_CHARS:
                text = text[:NOTE_TOOLTIP_CHARS].rstrip() + "…"
            lines.append(html.escape(text))
        return "<p>" + "<br>".join(lines) + "</p>"

    def _finding_data(self, dimension: Dimension, role: int) -> Any:
        found = self.findings(dimension.id)
        finding = found[0] if found else None
        if role == PROCESS_ID_ROLE:
            return ""
        if role == STATUS_ROLE:
            return "finding" if finding else "none"
        if finding is None:
            if role == Qt.ItemDataRole.DisplayRole:
                return self.tr("The report records no shared finding on this.")
            if role == Qt.ItemDataRole.ForegroundRole:
                return _grey()
            if role == LINK_ROLE:
                return links.dimension(dimension.id)
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            parts = [self.tr("{citation} · {agreement}").format(
                citation=finding.citation, agreement=agreement_label(finding.agreement))]
            if finding.gloss:
                parts.append(self.tr("[ ] editor's gloss"))
            if len(found) > 1:
                parts.append(self.tr("{count} more findings").format(count=len(found) - 1) if len(found) > 2
                             else self.tr("1 more finding"))
            return f"{finding.quoted}\n" + " · ".join(parts)
        if role == Qt.ItemDataRole.DecorationRole:
            return note_marker_icon() if self.noted_citations(dimension.id) else None
        if role == Qt.ItemDataRole.ToolTipRole:
            noted = self.noted_citations(dimension.id)
            lines = [html.escape(self.tr("2005 report, {citation}. Agreement: {agreement}.").format(
                citation=finding.citation, agreement=agreement_label(finding.agreement)))]
            if finding.gloss:
                lines.append(html.escape(self.tr(
                    "Words in [square brackets] are the editor's, from the paragraph; the report reads: "
                    "“{text}”").format(text=finding.text)))
            if noted:
                lines.append("<b>" + html.escape(self.tr("You have notes on {citations}.").format(
                    citations=", ".join(noted))) + "</b>")
            lines.append(html.escape(self.tr("Double-click to read every finding on this row.") if len(found) > 1
                                     else self.tr("Double-click to read the paragraph.")))
            return "".join(f"<p>{line}</p>" for line in lines)
        if role == Qt.ItemDataRole.BackgroundRole:
            return QGuiApplication.palette().color(QPalette.ColorRole.AlternateBase)
        if role == LINK_ROLE:
            return links.paragraph(finding.paragraph)
        return None

    def _fact_data(self, process: ProcessSummary, fact: Fact, role: int, dimension_id: str = "") -> Any:
        if role == Qt.ItemDataRole.DisplayRole:
            text, _ = self.cell_text(process.id, dimension_id)
            if fact.is_unknown or not text:
                return self.tr("Not known")  # one word for a missing value, on screen and in print
            if fact.is_unverified:
                text = self.tr("{value} (unverified)").format(value=text)
            if fact.as_of and (process.id, dimension_id) in self._cells:  # a profile fact: its date, as on the profile
                text = self.tr("{value} (as of {date})").format(value=text, date=fact.as_of)
            return text
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(process, fact, self.cell_text(process.id, dimension_id)[1], dimension_id)
        if role == Qt.ItemDataRole.ForegroundRole:
            return _grey() if fact.is_unknown else None
        if role == Qt.ItemDataRole.FontRole:
            if fact.is_unknown:
                font = QFont()
                font.setItalic(True)
                return font
            return None
        if role == STATUS_ROLE:
            return fact.status
        if role == LINK_ROLE:
            return links.process(process.id)
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return self.tr("{process}: {value}").format(
                process=process.display_name,
                value=self._fact_data(process, fact, Qt.ItemDataRole.DisplayRole, dimension_id))
        return None

    def _tooltip(self, process: ProcessSummary, fact: Fact, detail: str | None = None, row_id: str = "") -> str:
        """Sources with their as-of dates, as rich text so long titles wrap."""
        parts = [f"<b>{html.escape(process.name)}</b>"]
        if not fact.is_unknown and len(fact.text()) > TOOLTIP_VALUE_CHARS:
            parts.append(html.escape(fact.text()))  # a capped row shows only its first lines
        if detail:
            parts.append(html.escape(detail))
        if fact.is_unknown:
            parts.append(html.escape(self.tr("Not known: no source found for this.")))
            return "<p>" + "<br>".join(parts) + "</p>"
        if fact.as_of:
            parts.append(html.escape(self.tr("As of {date}").format(date=fact.as_of)))
        if fact.is_unverified:
            parts.append(html.escape(self.tr("Not yet checked against a source.")))
        for source in fact.sources:
            label = source.title + (f" — {source.publisher}" if source.publisher else "")
            line = self.tr("Source: {source}").format(source=label)
            if source.accessed:
                line = self.tr("{line} (accessed {date})").format(line=line, date=source.accessed)
            parts.append(html.escape(line))
        for other in fact.alternatives:
            when = f" ({other.as_of})" if other.as_of else ""
            parts.append(html.escape(self.tr("Another source gives: {value}").format(
                value=variant_cell(row_id, other) + when)))
        parts.append(html.escape(self.tr("Double-click to open the process.")))
        return "<p>" + "<br>".join(parts) + "</p>"

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Vertical:
            if not (0 <= section < len(self._rows)):
                return None
            dimension = self._rows[section]
            if role == Qt.ItemDataRole.DisplayRole:
                return dimension.name
            if role == Qt.ItemDataRole.FontRole:
                font = QFont()
                font.setBold(True)
                return font
            if role == Qt.ItemDataRole.ToolTipRole:
                return dimension.description or dimension.name
            if role == DIMENSION_ID_ROLE:
                return dimension.id
            if role == LINK_ROLE:
                return links.dimension(dimension.id)
            return None
        if section == FINDING_COLUMN:
            if role == Qt.ItemDataRole.DisplayRole:
                return self.tr("The report's finding")
            if role == Qt.ItemDataRole.ToolTipRole:
                return self.tr("The 2005 workshop report's finding that bears most on each row, "
                               "with its paragraph, how widely participants agreed and how many "
                               "more findings there are")
            if role == PROCESS_ID_ROLE:
                return ""
            return None
        process = self._process_at(section)
        if process is None:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return process.display_name
        if role == Qt.ItemDataRole.ToolTipRole:
            return process.name
        if role == PROCESS_ID_ROLE:
            return process.id
        if role == LINK_ROLE:
            return links.process(process.id)
        return None


def _grey() -> QColor:
    """The colour of text that is not there: the palette's placeholder grey."""
    return QGuiApplication.palette().color(QPalette.ColorRole.PlaceholderText)
