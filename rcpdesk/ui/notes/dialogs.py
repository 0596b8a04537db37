"""Small note dialogs: the import preview, the trash, the "needs review" list and the colour names."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from rcpdesk.notes import Colour, ImportPreview, Note
from rcpdesk.notes import messages as note_messages
from rcpdesk.ui.notes.editor import swatch_icon
from rcpdesk.ui.notes.labels import TargetLabeler, short_quote
from rcpdesk.ui.notes.notes_html import format_modified
from rcpdesk.ui.tooltips import plain_tooltip

NOTE_ID_ROLE = Qt.ItemDataRole.UserRole


def translate_notes(text: str) -> str:
    """The notes package's message templates, through Qt's translators."""
    return QCoreApplication.translate("notes", text)


def preview_summary(preview: ImportPreview) -> str:
    """ "12 new, 3 updated, 1 conflict, 0 unchanged, 0 deleted", translated."""
    word = note_messages.IMPORT_CONFLICT_ONE if preview.conflicts == 1 \
        else note_messages.IMPORT_CONFLICT_MANY
    return translate_notes(note_messages.IMPORT_SUMMARY).format(
        new=preview.new, updated=preview.updated, conflicts=preview.conflicts,
        conflict_word=translate_notes(word), unchanged=preview.unchanged, deleted=preview.deleted)


class ImportPreviewDialog(QDialog):
    """What an import will do, before anything changes; Import applies it."""

    def __init__(self, preview: ImportPreview, source_name: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("notes_import_preview")
        self.setWindowTitle(self.tr("Import notes"))
        self.setMinimumWidth(520)
        self.preview = preview
        title = QLabel(self.tr("Importing “{name}” will add or change these notes:").format(
            name=source_name), self)
        title.setWordWrap(True)
        self.summary_label = QLabel(preview_summary(preview), self)
        self.summary_label.setObjectName("notes_import_summary")
        self.summary_label.setAccessibleName(self.tr("What the import will do"))
        font = self.summary_label.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.15)
        self.summary_label.setFont(font)
        self.summary_label.setWordWrap(True)
        details = []
        if preview.conflicts:
            details.append(self.tr(
                "Conflicts keep your version; the other version is added next to it and listed "
                "under Needs review."))
        if preview.sanitised:
            details.append(self.tr("{count} notes contained control characters, which were removed.")
                           .format(count=preview.sanitised))
        if preview.unknown_targets:
            details.append(self.tr(
                "{count} notes are on things this data edition does not have; they will be kept "
                "and flagged for review.").format(count=len(preview.unknown_targets)))
        if preview.new_colours:
            details.append(self.tr("New colours: {names}").format(
                names=", ".join(c.name for c in preview.new_colours)))
        if preview.edition:
            details.append(self.tr("Written against the data edition of {edition}.").format(
                edition=preview.edition))
        self.details_label = QLabel("\n".join(details), self)
        self.details_label.setWordWrap(True)
        self.details_label.setVisible(bool(details))
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, self)
        self.import_button = self.buttons.addButton(self.tr("&Import"),
                                                    QDialogButtonBox.ButtonRole.AcceptRole)
        self.import_button.setObjectName("notes_import_apply")
        self.import_button.setEnabled(preview.changes_anything)
        if not preview.changes_anything:
            self.details_label.setText(self.tr("Nothing to import: you already have these notes."))
            self.details_label.show()
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(title)
        layout.addWidget(self.summary_label)
        layout.addWidget(self.details_label)
        layout.addStretch(1)
        layout.addWidget(self.buttons)


class NoteListDialog(QDialog):
    """A list of notes with buttons that act on the selected one (the trash, needs review)."""

    changed = Signal()

    def __init__(self, title: str, object_name: str, load: Callable[[], Sequence[Note]],
                 labeler: TargetLabeler, empty_text: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(object_name)
        self.setWindowTitle(title)
        self.resize(560, 380)
        self._load = load
        self._labeler = labeler
        self._empty_text = empty_text
        self.list = QListWidget(self)
        self.list.setObjectName(object_name + "_list")
        self.list.setAccessibleName(title)
        self.list.setAlternatingRowColors(True)
        self.list.setWordWrap(True)
        self.empty_label = QLabel(empty_text, self)
        self.empty_label.setStyleSheet("color: #555555;")
        self.button_row = QHBoxLayout()
        self.button_row.addStretch(1)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        close.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.list, 1)
        layout.addWidget(self.empty_label)
        layout.addLayout(self.button_row)
        layout.addWidget(close)
        self._buttons: list[QPushButton] = []
        self.list.currentRowChanged.connect(self._update_buttons)
        self.reload()

    def add_button(self, text: str, on_click: Callable[[str], None], object_name: str) -> QPushButton:
        button = QPushButton(text, self)
        button.setObjectName(object_name)
        button.clicked.connect(lambda: self._act(on_click))
        self.button_row.insertWidget(self.button_row.count() - 1, button)
        self._buttons.append(button)
        self._update_buttons()
        return button

    def _act(self, on_click: Callable[[str], None]) -> None:
        note_id = self.selected_id()
        if note_id:
            on_click(note_id)
            self.reload()
            self.changed.emit()

    def selected_id(self) -> str | None:
        item = self.list.currentItem()
        return item.data(NOTE_ID_ROLE) if item is not None else None

    def reload(self) -> None:
        self.list.clear()
        for note in self._load():
            when = format_modified(note.deleted_at or note.modified)
            text = f"{self._labeler.label(note.target)} — {short_quote(note.body, 90)}\n{when}"
            if note.conflict_of:
                text += "  " + self.tr("(conflicting copy)")
            elif note.orphaned:
                text += "  " + self.tr("(its paragraph changed)")
            item = QListWidgetItem(text)
            item.setData(NOTE_ID_ROLE, note.id)
            item.setToolTip(plain_tooltip(note.body[:2000]))
            self.list.addItem(item)
        self.empty_label.setVisible(self.list.count() == 0)
        if self.list.count():
            self.list.setCurrentRow(0)
        self._update_buttons()

    def _update_buttons(self) -> None:
        for button in self._buttons:
            button.setEnabled(self.list.currentItem() is not None)


class ColoursDialog(QDialog):
    """Rename the named colours; returns {key: new name} for those that changed."""

    def __init__(self, colours: Sequence[Colour], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("notes_colours")
        self.setWindowTitle(self.tr("Note colours"))
        self._colours = list(colours)
        self.edits: dict[str, QLineEdit] = {}
        layout = QVBoxLayout(self)
        intro = QLabel(self.tr("Name each colour for what it means to you; notes keep their colour."),
                       self)
        intro.setWordWrap(True)
        layout.addWidget(intro)
        for colour in self._colours:
            row = QHBoxLayout()
            swatch = QLabel(self)
            swatch.setPixmap(swatch_icon(colour.hex, 18).pixmap(18, 18))
            edit = QLineEdit(colour.name, self)
            edit.setObjectName(f"colour_name_{colour.key}")
            edit.setAccessibleName(self.tr("Name of the colour {hex}").format(hex=colour.hex))
            edit.setMaxLength(40)
            row.addWidget(swatch)
            row.addWidget(edit, 1)
            layout.addLayout(row)
            self.edits[colour.key] = edit
        self.error_label = QLabel(self)
        self.error_label.setStyleSheet("color: #b71c1c;")
        self.error_label.hide()
        layout.addWidget(self.error_label)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def renames(self) -> dict[str, str]:
        result = {}
        for colour in self._colours:
            name = " ".join(self.edits[colour.key].text().split())
            if name and name != colour.name:
                result[colour.key] = name
        return result

    def accept(self) -> None:
        names = [" ".join(edit.text().split()).casefold() for edit in self.edits.values()]
        if any(not name for name in names):
            self.error_label.setText(self.tr("Every colour needs a name."))
        elif len(set(names)) != len(names):
            self.error_label.setText(self.tr("Two colours cannot have the same name."))
        else:
            super().accept()
            return
        self.error_label.show()
