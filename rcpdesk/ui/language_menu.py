"""View -> Language: switch the interface and the catalog's names between English, French and Spanish."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject
from PySide6.QtGui import QAction, QActionGroup
from PySide6.QtWidgets import QMenu, QWidget

from rcpdesk.services import Services
from rcpdesk.ui.i18n import LANGUAGE_NAMES, LANGUAGES, install_language


class LanguageMenu(QObject):
    """A submenu of checkable languages; choosing one retranslates every widget (LanguageChange)."""

    def __init__(self, services: Services, parent: QWidget) -> None:
        super().__init__(parent)
        self.setObjectName("language_menu_controller")
        self._services = services
        self.menu = QMenu(parent)
        self.menu.setObjectName("language_menu")
        self._group = QActionGroup(self)
        self._group.setExclusive(True)
        self.actions: dict[str, QAction] = {}
        for lang in LANGUAGES:
            action = QAction(LANGUAGE_NAMES[lang], self._group)  # each name in its own language
            action.setObjectName(f"language_{lang}_action")
            action.setCheckable(True)
            action.setChecked(lang == services.lang)
            action.triggered.connect(lambda _checked=False, lang=lang: self.switch(lang))
            self.menu.addAction(action)
            self.actions[lang] = action
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        self.menu.setTitle(self.tr("&Language"))

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        return super().event(event)

    def switch(self, lang: str) -> None:
        """The catalog first (panels re-read it on LanguageChange), then Qt's translators."""
        self._services.set_language(lang)
        self._services.settings.language = lang
        install_language(lang)
        self.actions[lang].setChecked(True)
        self.retranslate_ui()
