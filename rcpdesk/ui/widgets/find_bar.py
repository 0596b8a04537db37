"""The words a search found, highlighted on the page it opened, with next and previous."""

from __future__ import annotations

import re

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import (
    QColor,
    QKeySequence,
    QShortcut,
    QTextCharFormat,
    QTextCursor,
    QTextDocument,
)
from PySide6.QtWidgets import QHBoxLayout, QLabel, QTextBrowser, QTextEdit, QToolButton, QWidget

HIGHLIGHT = QColor("#fff0a0")
CURRENT = QColor("#ffc94d")
_OPERATORS = {"and", "or", "not", "near"}  # FTS5's words, not the delegate's
MAX_MATCHES = 500  # a page with more is highlighted in its first 500 places


def search_words(query: str) -> list[str]:
    """The words of a search query worth finding on a page (no operators, no single letters)."""
    words = [w for w in re.findall(r"\w[\w'’-]*", query) if len(w) > 1 and w.lower() not in _OPERATORS]
    return list(dict.fromkeys(w.lower() for w in words))


class FindBar(QWidget):
    """A strip above the page: "3 of 12 places: secretariat", with previous, next and close."""

    def __init__(self, view: QTextBrowser, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("find_bar")
        self._view = view
        self._words: list[str] = []
        self._matches: list[QTextCursor] = []
        self._current = -1
        self.label = QLabel(self)
        self.label.setObjectName("find_bar_label")
        self.previous_button = QToolButton(self)
        self.previous_button.setObjectName("find_previous")
        self.previous_button.setText("‹")
        self.previous_button.clicked.connect(self.previous)
        self.next_button = QToolButton(self)
        self.next_button.setObjectName("find_next")
        self.next_button.setText("›")
        self.next_button.clicked.connect(self.next)
        self.close_button = QToolButton(self)
        self.close_button.setObjectName("find_close")
        self.close_button.setText("×")
        self.close_button.clicked.connect(self.clear)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(8, 2, 8, 2)
        layout.addWidget(self.label, 1)
        layout.addWidget(self.previous_button)
        layout.addWidget(self.next_button)
        layout.addWidget(self.close_button)
        for keys, slot in ((QKeySequence.StandardKey.FindNext, self.next),
                           (QKeySequence.StandardKey.FindPrevious, self.previous)):
            shortcut = QShortcut(QKeySequence(keys), parent or self)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.activated.connect(slot)
        self.retranslate_ui()
        self.hide()

    def retranslate_ui(self) -> None:
        self.previous_button.setToolTip(self.tr("Previous place (Shift+F3)"))
        self.previous_button.setAccessibleName(self.tr("Previous place the search words are found"))
        self.next_button.setToolTip(self.tr("Next place (F3)"))
        self.next_button.setAccessibleName(self.tr("Next place the search words are found"))
        self.close_button.setToolTip(self.tr("Stop highlighting"))
        self.close_button.setAccessibleName(self.tr("Stop highlighting the search words"))
        self._update_label()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    @property
    def match_count(self) -> int:
        return len(self._matches)

    @property
    def current_index(self) -> int:
        return self._current

    def highlight(self, words: list[str]) -> int:
        """Mark every place the words occur on the page now shown; go to the first. Returns how
        many places there are (the bar stays hidden when there are none)."""
        self._words = list(words)
        document = self._view.document()
        matches: list[QTextCursor] = []
        for word in self._words:
            cursor = QTextCursor(document)
            while len(matches) < MAX_MATCHES:
                cursor = document.find(word, cursor, QTextDocument.FindFlag(0))
                if cursor.isNull():
                    break
                matches.append(QTextCursor(cursor))
        matches.sort(key=lambda found: found.selectionStart())
        self._matches = matches
        self._current = 0 if matches else -1
        self.setVisible(bool(matches))
        self._paint()
        return len(matches)

    def clear(self) -> None:
        self._words, self._matches, self._current = [], [], -1
        self._view.setExtraSelections([])
        self.hide()

    def next(self) -> None:
        self._step(1)

    def previous(self) -> None:
        self._step(-1)

    def _step(self, by: int) -> None:
        if self._matches:
            self._current = (self._current + by) % len(self._matches)
            self._paint()

    def _paint(self) -> None:
        selections = []
        for index, match in enumerate(self._matches):
            selection = QTextEdit.ExtraSelection()
            selection.cursor = match
            char_format = QTextCharFormat()
            char_format.setBackground(CURRENT if index == self._current else HIGHLIGHT)
            selection.format = char_format
            selections.append(selection)
        self._view.setExtraSelections(selections)
        if self._current >= 0:
            cursor = QTextCursor(self._matches[self._current])
            cursor.clearSelection()
            self._view.setTextCursor(cursor)
            self._view.ensureCursorVisible()
        self._update_label()

    def _update_label(self) -> None:
        if not self._matches:
            self.label.clear()
            return
        self.label.setText(self.tr("Search words on this page: {current} / {count} ({words})").format(
            current=self._current + 1, count=len(self._matches), words=", ".join(self._words)))
