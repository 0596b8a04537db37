"""When the notes cannot be opened or written: say so once, and restore them from a backup."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt, Signal, Slot
from PySide6.QtWidgets import QMessageBox, QPushButton

from rcpdesk.notes import NOTES_FILE_NAME, NotesDatabaseCorrupt, NotesError, NotesStore
from rcpdesk.notes import messages as note_messages
from rcpdesk.ui.notes.commands import NotesChange, NotesEvents
from rcpdesk.ui.notes.dialogs import translate_notes
from rcpdesk.ui.notes.feedback import NotesFeedback

if TYPE_CHECKING:  # annotations only
    from rcpdesk.services import Services


class NotesRecovery(QObject):
    availability_changed = Signal(bool)

    def __init__(self, services: Services, events: NotesEvents, feedback: NotesFeedback) -> None:
        super().__init__(feedback)
        self._services = services
        self._events = events
        self._feedback = feedback
        self._unavailable_reported = False
        self.unavailable_box: QMessageBox | None = None
        self.recover_button: QPushButton | None = None

    def notes_error(self) -> BaseException | None:
        return self._services.notes_error

    @Slot()
    def report_read_only(self) -> None:
        """Once: the notes are shown, but the profile cannot be written."""
        store = self._services.notes
        if store is None or not store.read_only:
            return
        self._feedback.last_error = translate_notes(note_messages.DB_OPENED_READ_ONLY).format(
            path=store.path)
        self._feedback.status_message.emit(self._feedback.last_error)

    @Slot()
    def report_unavailable(self) -> QMessageBox | None:
        """Once per session: why the notes are unavailable, with a way back from a backup."""
        if self._services.notes is not None or self._unavailable_reported:
            return None
        self._unavailable_reported = True
        error = self.notes_error()
        if isinstance(error, NotesError):
            message = error.translated(translate_notes)
        elif error is not None:
            message = str(error)
        else:
            message = self.tr("Your notes could not be opened.")
        self._feedback.last_error = message
        self._feedback.error_reported.emit(message)
        box = QMessageBox(QMessageBox.Icon.Warning, self.tr("Notes unavailable"), message,
                          QMessageBox.StandardButton.Close, self._feedback.parent_widget)
        box.setObjectName("notes_unavailable")
        box.setInformativeText(self.tr(
            "rcpdesk works without notes in this session; notes cannot be added or shown."))
        self.recover_button = None
        if isinstance(error, NotesDatabaseCorrupt):
            box.setInformativeText(self.tr(
                "Restore Latest Backup keeps this file aside (it is never deleted) and restores "
                "your notes from the newest good backup. Until then rcpdesk works without notes."))
            self.recover_button = box.addButton(self.tr("Restore Latest Backup"),
                                                QMessageBox.ButtonRole.AcceptRole)
            self.recover_button.setObjectName("notes_recover")
            self.recover_button.clicked.connect(self.recover_notes)
        self.unavailable_box = box
        box.finished.connect(self._unavailable_closed)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.open()
        return box

    def _unavailable_closed(self, _result: int) -> None:
        self.unavailable_box = None

    @Slot()
    def recover_notes(self) -> bool:
        """Move the damaged file aside, restore the newest good backup and open it."""
        error = self.notes_error()
        path = getattr(error, "path", None) or (Path(self._services.profile) / NOTES_FILE_NAME)
        try:
            recovery = NotesStore.recover(path)
            store = NotesStore(path)
        except NotesError as exc:
            self._feedback.report_error(exc)
            return False
        self._services.notes = store
        self._services.notes_error = None
        message = recovery.translated(translate_notes)
        self.availability_changed.emit(True)
        self._events.announce(NotesChange("everything"))
        self._feedback.status_message.emit(message)
        box = QMessageBox(QMessageBox.Icon.Information, self.tr("Notes restored"), message,
                          QMessageBox.StandardButton.Ok, self._feedback.parent_widget)
        box.setObjectName("notes_restored")
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.open()
        return True
