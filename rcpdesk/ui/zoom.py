"""Text zoom (Ctrl++ / Ctrl+- / Ctrl+0), remembered in the settings, applied to the detail view and lists."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, Signal
from PySide6.QtGui import QAction, QFont, QKeySequence
from PySide6.QtWidgets import QApplication, QWidget

from rcpdesk.settings import ZOOM_MAX, ZOOM_MIN, Settings


class ZoomController(QObject):
    """Holds the zoom step; widgets get the base font plus one point per step."""

    zoom_changed = Signal(int)

    def __init__(self, settings: Settings, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("zoom")
        self._settings = settings
        self._step = settings.zoom
        self._widgets: list[QWidget] = []
        self._listeners: list[Callable[[int], None]] = []
        self.zoom_in_action = QAction(self)
        self.zoom_in_action.setObjectName("zoom_in_action")
        self.zoom_in_action.setShortcuts([QKeySequence(QKeySequence.StandardKey.ZoomIn), QKeySequence("Ctrl+=")])
        self.zoom_in_action.triggered.connect(lambda: self.set_step(self._step + 1))
        self.zoom_out_action = QAction(self)
        self.zoom_out_action.setObjectName("zoom_out_action")
        self.zoom_out_action.setShortcut(QKeySequence(QKeySequence.StandardKey.ZoomOut))
        self.zoom_out_action.triggered.connect(lambda: self.set_step(self._step - 1))
        self.zoom_reset_action = QAction(self)
        self.zoom_reset_action.setObjectName("zoom_reset_action")
        self.zoom_reset_action.setShortcut(QKeySequence("Ctrl+0"))
        self.zoom_reset_action.triggered.connect(lambda: self.set_step(0))
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        self.zoom_in_action.setText(self.tr("Zoom &In"))
        self.zoom_out_action.setText(self.tr("Zoom &Out"))
        self.zoom_reset_action.setText(self.tr("&Actual Size"))

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        return super().event(event)

    @property
    def step(self) -> int:
        return self._step

    def actions(self) -> list[QAction]:
        return [self.zoom_in_action, self.zoom_out_action, self.zoom_reset_action]

    def track(self, widget: QWidget) -> None:
        """Give this widget the zoomed font now and on every change."""
        self._widgets.append(widget)
        self._apply(widget)

    def on_change(self, listener: Callable[[int], None]) -> None:
        self._listeners.append(listener)
        listener(self._step)

    def set_step(self, step: int) -> None:
        step = max(ZOOM_MIN, min(ZOOM_MAX, step))
        if step == self._step:
            return
        self._step = step
        self._settings.zoom = step
        for widget in self._widgets:
            self._apply(widget)
        for listener in self._listeners:
            listener(step)
        self.zoom_changed.emit(step)

    def font(self) -> QFont:
        font = QFont(QApplication.font())
        size = font.pointSizeF() if font.pointSizeF() > 0 else 10.0
        font.setPointSizeF(max(6.0, size + self._step))
        return font

    def _apply(self, widget: QWidget) -> None:
        widget.setFont(self.font())
