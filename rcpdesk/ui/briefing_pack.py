"""File > Briefing Pack…: the dialog, then the pack written off the GUI thread; the status bar
says what was written where (the printing controller's message and Open Folder button), and the
choices are kept in the profile's settings (pack/...) for next time."""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from PySide6.QtCore import QDate, QObject, QStandardPaths, Signal, Slot
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from rcpdesk.services import Services
from rcpdesk.settings import PackChoice
from rcpdesk.sheets import NoteRecord
from rcpdesk.sheets.notes_input import records_from_notes
from rcpdesk.ui.dialogs.pack_dialog import BriefingPackDialog


def pack_request(choice: PackChoice) -> Any:
    from rcpdesk.sheets.pack import PackRequest

    return PackRequest(choice.process_ids, choice.row_ids, country=choice.country or None,
                       tags=choice.tags, title=choice.title or None, paper=choice.paper or "a4",
                       lang=choice.lang or "en")


def build_and_count(catalog: Any, choice: PackChoice, notes: Sequence[NoteRecord]) -> int:
    """The pack's page count, in its own language (run on a worker)."""
    from rcpdesk.sheets.i18n import sheet_language
    from rcpdesk.sheets.pack import build_pack
    from rcpdesk.sheets.pack_pdf import count_pages

    with sheet_language(choice.lang or "en"):
        return count_pages(build_pack(catalog, pack_request(choice), notes))


def build_and_write(catalog: Any, choice: PackChoice, notes: Sequence[NoteRecord], path: Path) -> Any:
    """The pack written to path, in the format its name says (run on a worker)."""
    from rcpdesk.sheets.i18n import sheet_language
    from rcpdesk.sheets.pack import build_pack
    from rcpdesk.sheets.pack_export import pack_format, write_pack

    with sheet_language(choice.lang or "en"):
        return write_pack(build_pack(catalog, pack_request(choice), notes), path, pack_format(path))


class BriefingPack(QObject):
    """The File menu's Briefing Pack action and what it does."""

    written = Signal(str)  # the path of the pack just written
    failed = Signal(str)

    def __init__(self, services: Services, window: QWidget,
                 announce: Callable[[Path, int | None], None],
                 current_processes: Callable[[], Sequence[str]] = lambda: ()) -> None:
        super().__init__(window)
        self.setObjectName("briefing_pack")
        self._services = services
        self._window = window
        self._announce = announce
        self._current_processes = current_processes
        self.action = QAction(self.tr("&Briefing Pack…"), self)
        self.action.setObjectName("briefing_pack_action")
        self.action.setStatusTip(self.tr("One document for a meeting: profiles, comparison, the "
                                         "report's findings, maps, your country and your notes"))
        self.action.triggered.connect(lambda _checked=False: self.open_dialog())

    def retranslate(self) -> None:
        self.action.setText(self.tr("&Briefing Pack…"))

    # -- what the dialog offers ------------------------------------------------------------------

    def notes(self) -> tuple[NoteRecord, ...]:
        store = self._services.notes
        if store is None or not hasattr(store, "list_notes"):
            return ()
        colours = store.colours() if hasattr(store, "colours") else ()
        return records_from_notes(store.list_notes(), colours)

    def initial_choice(self) -> PackChoice:
        """The last pack's choices; the window's comparison when no pack was written yet."""
        last = self._services.settings.pack
        known = {p.id for p in self._services.catalog.processes()}
        processes = tuple(p for p in last.process_ids if p in known) or tuple(
            p for p in self._current_processes() if p in known)
        lang = last.lang or self._services.catalog.lang
        return last._replace(process_ids=processes, lang=lang)

    def dialog(self) -> BriefingPackDialog:
        notes = self.notes()
        catalog = self._services.catalog
        tags = sorted({t for n in notes for t in n.tags})
        return BriefingPackDialog(catalog, self.initial_choice(), known_tags=tags,
                                  submit=self._services.tasks.submit,
                                  count_pages=lambda choice: build_and_count(catalog, choice, notes),
                                  parent=self._window)

    # -- writing ---------------------------------------------------------------------------------

    @Slot()
    def open_dialog(self) -> bool:
        dialog = self.dialog()
        accepted = dialog.exec() == BriefingPackDialog.DialogCode.Accepted
        choice = dialog.choice()
        dialog.deleteLater()
        if not accepted:
            return False
        path = self.ask_path(self.default_path(choice))
        if path is None:
            return False
        self.write(choice, path)
        return True

    def default_path(self, choice: PackChoice) -> Path:
        folder = choice.folder or self._services.settings.pack.folder or QStandardPaths.writableLocation(
            QStandardPaths.StandardLocation.DocumentsLocation)
        stem = "briefing-" + ("-".join(choice.process_ids) if len(choice.process_ids) <= 2
                              else f"{len(choice.process_ids)}-processes")
        if choice.country:
            stem += f"-{choice.country.lower()}"
        stem = re.sub(r"[^A-Za-z0-9._-]+", "-", stem)
        return Path(folder or ".") / f"{stem}-{QDate.currentDate().toString('yyyy-MM-dd')}.pdf"

    def ask_path(self, suggested: Path) -> Path | None:
        """The file to write, asked of the delegate (tests replace this)."""
        name, chosen = QFileDialog.getSaveFileName(
            self._window, self.tr("Save Briefing Pack"), str(suggested),
            ";;".join((self.tr("PDF (*.pdf)"), self.tr("HTML (*.html)"), self.tr("Markdown (*.md)"))))
        if not name:
            return None
        path = Path(name)
        if not path.suffix:
            path = path.with_suffix(".html" if "html" in chosen else ".md" if "*.md" in chosen else ".pdf")
        return path

    def write(self, choice: PackChoice, path: Path) -> int:
        """Writes the pack on a worker and remembers the choices; written or failed follows."""
        path = Path(path)
        choice = choice._replace(folder=str(path.parent))
        self._services.settings.pack = choice
        self._services.settings.sync()
        catalog, notes = self._services.catalog, self.notes()
        self._window.statusBar().showMessage(self.tr("Writing {path}…").format(path=path))  # type: ignore[attr-defined]
        return self._services.tasks.submit(lambda: build_and_write(catalog, choice, notes, path),
                                           self._written, lambda exc: self._failed(path, exc),
                                           context=self)

    def _written(self, written: Any) -> None:
        self._announce(Path(written.path), written.pages)
        self.written.emit(str(written.path))

    def _failed(self, path: Path, exc: BaseException) -> None:
        reason = getattr(exc, "strerror", None) or str(exc)
        text = self.tr("The briefing pack was not saved to {path}: {reason}").format(path=path, reason=reason)
        self.failed.emit(text)
        self._window.statusBar().showMessage(text, 30000)  # type: ignore[attr-defined]
        if self._window.isVisible():
            QMessageBox.warning(self._window, self.tr("Briefing pack not saved"), text)
