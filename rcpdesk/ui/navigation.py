"""Back and forward through the pages a delegate opened (Alt+Left / Alt+Right; mirrored in Arabic)."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QAction, QGuiApplication, QKeySequence
from PySide6.QtWidgets import QWidget

from rcpdesk.ui.icons import toolbar_icon

MAX_HISTORY = 200


def _keys(main: str, standard: QKeySequence.StandardKey) -> list[QKeySequence]:
    """The main key plus the platform's own, without duplicates (an ambiguous shortcut never fires)."""
    keys = [QKeySequence(main)]
    for key in QKeySequence.keyBindings(standard):
        if key.toString() in ("Backspace", "Shift+Backspace"):
            continue  # would steal the key from the filter and search fields
        if key not in keys:
            keys.append(key)
    return keys


class History(QObject):
    """A browser-like history of rcpdesk: links; `navigate` is emitted for back and forward."""

    navigate = Signal(str)
    changed = Signal()

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.setObjectName("history")
        self._back: list[str] = []
        self._forward: list[str] = []
        self._current = ""
        # Their icons come with retranslate_ui (_follow_direction: the arrows follow the language).
        self.back_action = QAction(self)
        self.back_action.setObjectName("back_action")
        self.back_action.triggered.connect(self.back)
        self.forward_action = QAction(self)
        self.forward_action.setObjectName("forward_action")
        self.forward_action.triggered.connect(self.forward)
        self.retranslate_ui()
        self._update()

    def retranslate_ui(self) -> None:
        self._follow_direction()
        self.back_action.setText(self.tr("&Back"))
        self.back_action.setToolTip(self.tr("Back (Alt+Left)"))
        self.forward_action.setText(self.tr("&Forward"))
        self.forward_action.setToolTip(self.tr("Forward (Alt+Right)"))

    def _follow_direction(self) -> None:
        """Right to left, back points and goes right (Alt+Right), as browsers do in Arabic."""
        rtl = QGuiApplication.layoutDirection() == Qt.LayoutDirection.RightToLeft
        back, forward = ("go-next", "go-previous") if rtl else ("go-previous", "go-next")
        self.back_action.setIcon(toolbar_icon(back))
        self.forward_action.setIcon(toolbar_icon(forward))
        if rtl:
            self.back_action.setShortcuts([QKeySequence("Alt+Right")])
            self.forward_action.setShortcuts([QKeySequence("Alt+Left")])
        else:
            self.back_action.setShortcuts(_keys("Alt+Left", QKeySequence.StandardKey.Back))
            self.forward_action.setShortcuts(_keys("Alt+Right", QKeySequence.StandardKey.Forward))

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        return super().event(event)

    @property
    def current(self) -> str:
        return self._current

    def can_go_back(self) -> bool:
        return bool(self._back)

    def can_go_forward(self) -> bool:
        return bool(self._forward)

    def visit(self, link: str) -> None:
        """Record a page the delegate opened (not by back/forward)."""
        if link == self._current:
            return
        if self._current:
            self._back.append(self._current)
            del self._back[:-MAX_HISTORY]
        self._forward.clear()
        self._current = link
        self._update()

    def back(self) -> None:
        if not self._back:
            return
        self._forward.append(self._current)
        self._current = self._back.pop()
        self._update()
        self.navigate.emit(self._current)

    def forward(self) -> None:
        if not self._forward:
            return
        self._back.append(self._current)
        self._current = self._forward.pop()
        self._update()
        self.navigate.emit(self._current)

    def _update(self) -> None:
        self.back_action.setEnabled(bool(self._back))
        self.forward_action.setEnabled(bool(self._forward))
        self.changed.emit()
