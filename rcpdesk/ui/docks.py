"""Dock widgets whose contents are built the first time they are shown (Frescobaldi's panels)."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDockWidget, QFrame, QLabel, QScrollArea, QWidget

if TYPE_CHECKING:  # an annotation only: each Qt type made costs start-up time
    from PySide6.QtGui import QShowEvent


class LazyDock(QDockWidget):
    """A dock with a placeholder until it becomes visible; then `build(parent)` makes the contents."""

    def __init__(self, object_name: str, build: Callable[[QWidget], QWidget],
                 on_built: Callable[[QWidget], None] | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(object_name)
        self._build = build
        self._on_built = on_built
        self.contents: QWidget | None = None
        placeholder = QLabel(self)
        placeholder.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.setWidget(placeholder)
        self.visibilityChanged.connect(self._on_visibility)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if not self.visibleRegion().isEmpty() or self.isVisible():
            self.ensure_built()

    def _on_visibility(self, visible: bool) -> None:
        if visible:
            self.ensure_built()

    def ensure_built(self) -> QWidget:
        if self.contents is None:
            self.contents = self._build(self)
            # In a scroll area: a picture panel's minimum size would otherwise set the dock
            # area's, and opening the dock would grow the window past a laptop's screen.
            holder = QScrollArea(self)
            holder.setObjectName(f"{self.objectName()}_scroll")
            holder.setWidgetResizable(True)
            holder.setFrameShape(QFrame.Shape.NoFrame)
            holder.setWidget(self.contents)
            self.setWidget(holder)
            if self._on_built is not None:
                self._on_built(self.contents)
        return self.contents
