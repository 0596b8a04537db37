"""Sharing notes by file: File > Export Notes and Import Notes (a preview first), off the GUI thread."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, Slot
from PySide6.QtWidgets import QFileDialog, QMessageBox

from rcpdesk.notes import ImportUnknownTargets, NotesStore
from rcpdesk.notes import messages as note_messages
from rcpdesk.ui.notes.commands import NotesChange, NotesEvents
from rcpdesk.ui.notes.dialogs import ImportPreviewDialog, preview_summary, translate_notes
from rcpdesk.ui.notes.feedback import NotesFeedback

if TYPE_CHECKING:  # annotations only
    from rcpdesk.services import Services

EXPORT_SUFFIXES = {"rcpnotes": ".rcpnotes", "md": ".md", "csv": ".csv"}


class NotesExchange(QObject):
    def __init__(self, services: Services, events: NotesEvents, feedback: NotesFeedback) -> None:
        super().__init__(feedback)
        self._services = services
        self._events = events
        self._feedback = feedback

    @property
    def store(self) -> NotesStore | None:
        return self._services.notes

    def _lookup(self) -> Callable[[str], Any]:
        return self._services.catalog.target_kind

    @Slot()
    def export_notes(self) -> None:
        filters = {
            self.tr("rcpdesk notes (*.rcpnotes)"): "rcpnotes",
            self.tr("Markdown (*.md)"): "md",
            self.tr("CSV spreadsheet (*.csv)"): "csv",
        }
        path, chosen = QFileDialog.getSaveFileName(
            self._feedback.parent_widget, self.tr("Export Notes"),
            str(Path.home() / "rcpdesk-notes.rcpnotes"), ";;".join(filters))
        if not path:
            return
        export_format = filters.get(chosen) or {".md": "md", ".csv": "csv"}.get(
            Path(path).suffix.lower(), "rcpnotes")
        target = Path(path)
        if target.suffix.lower() != EXPORT_SUFFIXES[export_format]:
            target = target.with_name(target.name + EXPORT_SUFFIXES[export_format])
        self.export_to(target, export_format)

    def export_to(self, path: Path, export_format: str = "rcpnotes") -> int | None:
        """Write the notes on services.tasks; the status bar reports the count."""
        from rcpdesk.notes.exchange import export_notes

        store = self.store
        if store is None:
            return None
        edition = self._services.catalog.edition.label  # the same label as the command line's

        def done(count: int) -> None:
            self._feedback.status_message.emit(translate_notes(note_messages.EXPORT_DONE).format(
                count=count, path=path))

        return self._services.tasks.submit(
            lambda: export_notes(store, path, export_format=export_format, edition=edition),
            done, self._feedback.report_error, context=self)

    @Slot()
    def import_notes(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self._feedback.parent_widget, self.tr("Import Notes"), str(Path.home()),
            self.tr("rcpdesk notes (*.rcpnotes);;All files (*)"))
        if path:
            self.import_from(Path(path))

    def import_from(self, path: Path, *, keep_unknown: bool = False) -> int | None:
        """Read and preview the file off the GUI thread; the preview dialog then asks to apply."""
        from rcpdesk.notes.exchange import preview_file

        store = self.store
        if store is None:
            return None
        lookup = self._lookup()

        def failed(error: BaseException) -> None:
            if isinstance(error, ImportUnknownTargets) and not keep_unknown:
                self._ask_keep_unknown(path, error)
            else:
                self._feedback.report_error(error)

        return self._services.tasks.submit(
            lambda: preview_file(store, path, lookup, keep_unknown=keep_unknown),
            lambda result: self._show_import_preview(path, result[0], result[1], keep_unknown),
            failed, context=self)

    def _ask_keep_unknown(self, path: Path, error: ImportUnknownTargets) -> None:
        box = QMessageBox(QMessageBox.Icon.Question, self.tr("Import Notes"),
                          error.translated(translate_notes), QMessageBox.StandardButton.Cancel,
                          self._feedback.parent_widget)
        box.setObjectName("notes_import_unknown")
        keep = box.addButton(self.tr("Keep Them for Review"), QMessageBox.ButtonRole.AcceptRole)
        box.setInformativeText(self.tr(
            "You can import them anyway: they are flagged under Needs review."))
        box.buttonClicked.connect(
            lambda button: self.import_from(path, keep_unknown=True) if button is keep else None)
        self._feedback.open_dialog(box)

    def _show_import_preview(self, path: Path, document: Any, preview: Any,
                             keep_unknown: bool) -> ImportPreviewDialog:
        dialog = ImportPreviewDialog(preview, path.name, self._feedback.parent_widget)
        dialog.accepted.connect(lambda: self._apply_import(document, keep_unknown))
        self._feedback.open_dialog(dialog)
        return dialog

    def _apply_import(self, document: Any, keep_unknown: bool) -> None:
        store = self.store
        if store is None:
            return
        lookup = self._lookup()
        self._feedback.status_message.emit(self.tr("Importing notes…"))
        self._services.tasks.submit(
            lambda: store.apply_import(document, lookup, keep_unknown=keep_unknown),
            self._import_applied, self._feedback.report_error, context=self)

    def _import_applied(self, preview: Any) -> None:
        self._feedback.status_message.emit(self.tr("Imported: {summary}").format(
            summary=preview_summary(preview)))
        # A merge touches any number of notes, and is not undone note by note: one event
        # that everything may have changed.
        self._events.announce(NotesChange("everything"))
