"""NoteEditorDialog: a note's body (plain text or Markdown), tags, colour, and what it is on."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from PySide6.QtCore import QStringListModel, Qt
from PySide6.QtGui import QColor, QIcon, QPixmap
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QCompleter,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from rcpdesk.notes import BodyFormat, Colour, InvalidNote, Note
from rcpdesk.notes.model import MAX_BODY_CHARS, MAX_TAG_CHARS, MAX_TAGS, normalise_tags

COLOUR_KEY_ROLE = Qt.ItemDataRole.UserRole


@dataclass(frozen=True)
class NoteValues:
    body: str
    body_format: BodyFormat
    tags: tuple[str, ...]
    colour: str | None  # a colour key


def swatch_icon(hex_value: str, size: int = 14) -> QIcon:
    pixmap = QPixmap(size, size)
    pixmap.fill(QColor(hex_value))
    return QIcon(pixmap)


def split_tags(text: str) -> list[str]:
    return [part.strip() for part in text.split(",") if part.strip()]


class TagCompleter(QCompleter):
    """Completes the tag being typed after the last comma."""

    def __init__(self, tags: Sequence[str], parent: QWidget | None = None) -> None:
        super().__init__(QStringListModel(list(tags)), parent)
        self.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.setFilterMode(Qt.MatchFlag.MatchContains)

    def splitPath(self, path: str) -> list[str]:
        return [path.rpartition(",")[2].strip()]

    def pathFromIndex(self, index) -> str:
        widget = self.widget()
        typed = widget.text() if isinstance(widget, QLineEdit) else ""
        head = typed.rpartition(",")[0]
        chosen = str(index.data())
        return f"{head}, {chosen}, " if head.strip() else f"{chosen}, "


class NoteEditorDialog(QDialog):
    """Add or edit a note. values() after accept(); invalid input keeps the dialog open."""

    def __init__(self, target_label: str, colours: Iterable[Colour], known_tags: Iterable[str] = (),
                 note: Note | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("note_editor")
        self.setWindowTitle(self.tr("Edit note") if note else self.tr("Add note"))
        self.setMinimumWidth(460)
        self._values: NoteValues | None = None

        self.target_label = QLabel(target_label, self)
        self.target_label.setObjectName("note_target")
        self.target_label.setWordWrap(True)
        self.target_label.setTextFormat(Qt.TextFormat.PlainText)
        self.target_label.setAccessibleName(self.tr("Note on"))
        font = self.target_label.font()
        font.setBold(True)
        self.target_label.setFont(font)

        self.body_edit = QPlainTextEdit(self)
        self.body_edit.setObjectName("note_body")
        self.body_edit.setAccessibleName(self.tr("Note text"))
        self.body_edit.setPlaceholderText(self.tr("Your note…"))
        self.body_edit.setTabChangesFocus(True)

        self.markdown_check = QCheckBox(self.tr("&Markdown (headings, lists, *emphasis*, links)"), self)
        self.markdown_check.setObjectName("note_markdown")
        self.markdown_check.setAccessibleName(self.tr("Write the note in Markdown"))

        self.tags_edit = QLineEdit(self)
        self.tags_edit.setObjectName("note_tags")
        self.tags_edit.setAccessibleName(self.tr("Tags, separated by commas"))
        self.tags_edit.setPlaceholderText(self.tr("e.g. funding, follow-up"))
        self.tags_edit.setCompleter(TagCompleter(sorted(set(known_tags), key=str.casefold), self))

        self.colour_combo = QComboBox(self)
        self.colour_combo.setObjectName("note_colour")
        self.colour_combo.setAccessibleName(self.tr("Colour"))
        self.colour_combo.addItem(self.tr("No colour"), None)
        for colour in colours:
            self.colour_combo.addItem(swatch_icon(colour.hex), colour.name, colour.key)

        self.error_label = QLabel(self)
        self.error_label.setObjectName("note_error")
        self.error_label.setWordWrap(True)
        self.error_label.setStyleSheet("color: #b71c1c;")
        self.error_label.setAccessibleName(self.tr("Problem with the note"))
        self.error_label.hide()

        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)

        form = QFormLayout()
        form.addRow(self.tr("On:"), self.target_label)
        form.addRow(self.tr("&Tags:"), self.tags_edit)
        form.addRow(self.tr("&Colour:"), self.colour_combo)
        for widget, buddy in ((self.tags_edit, form.labelForField(self.tags_edit)),
                              (self.colour_combo, form.labelForField(self.colour_combo))):
            if isinstance(buddy, QLabel):
                buddy.setBuddy(widget)
        body_label = QLabel(self.tr("&Note:"), self)
        body_label.setBuddy(self.body_edit)

        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(body_label)
        layout.addWidget(self.body_edit, 1)
        layout.addWidget(self.markdown_check)
        layout.addWidget(self.error_label)
        layout.addWidget(self.buttons)

        if note is not None:
            self.body_edit.setPlainText(note.body)
            self.markdown_check.setChecked(note.body_format is BodyFormat.MARKDOWN)
            self.tags_edit.setText(", ".join(note.tags))
            index = self.colour_combo.findData(note.colour)
            self.colour_combo.setCurrentIndex(max(index, 0))
        self.body_edit.setFocus()

    # --- values ----------------------------------------------------------------------------

    def set_values(self, body: str = "", *, tags: Iterable[str] = (), colour: str | None = None,
                   markdown: bool = False) -> None:
        """Fill the fields (tests and "duplicate note" use this)."""
        self.body_edit.setPlainText(body)
        self.tags_edit.setText(", ".join(tags))
        self.colour_combo.setCurrentIndex(max(self.colour_combo.findData(colour), 0))
        self.markdown_check.setChecked(markdown)

    def validate(self) -> NoteValues | None:
        """The entered values, or None after showing what is wrong."""
        body = self.body_edit.toPlainText().strip("\n")
        problem = None
        if not body.strip():
            problem = self.tr("Write something in the note.")
        elif len(body) > MAX_BODY_CHARS:
            problem = self.tr("The note is too long ({length} characters; at most {limit}).").format(
                length=len(body), limit=MAX_BODY_CHARS)
        tags: tuple[str, ...] = ()
        if problem is None:
            raw = split_tags(self.tags_edit.text())
            too_long = [tag for tag in raw if len(" ".join(tag.split())) > MAX_TAG_CHARS]
            if too_long:
                problem = self.tr("A tag can have at most {limit} characters.").format(
                    limit=MAX_TAG_CHARS)
            else:
                try:
                    tags = normalise_tags(raw)
                except InvalidNote:
                    problem = self.tr("Use at most {limit} tags, without control characters.").format(
                        limit=MAX_TAGS)
        if problem is not None:
            self.error_label.setText(problem)
            self.error_label.show()
            return None
        self.error_label.hide()
        return NoteValues(
            body=body,
            body_format=BodyFormat.MARKDOWN if self.markdown_check.isChecked() else BodyFormat.TEXT,
            tags=tags, colour=self.colour_combo.currentData(COLOUR_KEY_ROLE))

    def values(self) -> NoteValues | None:
        return self._values

    def accept(self) -> None:
        values = self.validate()
        if values is None:
            return
        self._values = values
        super().accept()
