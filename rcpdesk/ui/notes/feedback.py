"""What the notes' flows tell the delegate: errors in a message box, news in the status bar, and
the one dialog open at a time (shown window-modal without blocking, so tests can fill it in)."""

from __future__ import annotations

from collections.abc import Callable
from typing import TypeVar

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import QDialog, QMessageBox, QWidget

from rcpdesk.notes import NotesError
from rcpdesk.ui.notes.dialogs import translate_notes

T = TypeVar("T")


class NotesFeedback(QObject):
    error_reported = Signal(str)
    status_message = Signal(str)

    def __init__(self, parent_widget: QWidget | None = None) -> None:
        super().__init__(parent_widget)
        self.parent_widget = parent_widget
        self.active_dialog: QDialog | None = None
        self.last_error: str | None = None

    def run(self, call: Callable[[], T]) -> T | None:
        """The store call's result, or None after telling the delegate why it failed."""
        try:
            return call()
        except NotesError as exc:
            self.report_error(exc)
            return None

    def report_error(self, error: BaseException | str) -> None:
        message = error.translated(translate_notes) if isinstance(error, NotesError) else str(error)
        self.last_error = message
        self.error_reported.emit(message)
        box = QMessageBox(QMessageBox.Icon.Warning, self.tr("Notes"), message,
                          QMessageBox.StandardButton.Ok, self.parent_widget)
        box.setObjectName("notes_error_box")
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.open()

    def open_dialog(self, dialog: QDialog) -> QDialog:
        self.active_dialog = dialog

        def finished(_result: int) -> None:
            if self.active_dialog is dialog:
                self.active_dialog = None
            dialog.deleteLater()

        dialog.finished.connect(finished)
        dialog.open()
        return dialog
