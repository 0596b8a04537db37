"""View -> Language: switch the interface and the catalog's names between English, French and Spanish.

LanguageController(services, window).install(view_menu) adds a submenu of checkable languages
(each named in its own language). Choosing one, while the app runs:

1. services.set_language(lang): the catalog in that language (process, region, dimension and
   country names), so panels that re-read it on LanguageChange see the new names;
2. the choice is remembered in the settings (view/language);
3. install_language(lang): rcpdesk's and Qt's own translators (qtbase_<lang>.qm: print preview,
   file dialogs, message box buttons) and QLocale's default (dates and numbers);
4. the LanguageChange events are delivered at once, so every widget's changeEvent retranslates
   it before switch() returns; then the window re-renders its page and resets its models.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, QObject
from PySide6.QtGui import QAction, QActionGroup
from PySide6.QtWidgets import QMenu, QWidget

from rcpdesk.services import Services
from rcpdesk.ui.i18n import LANGUAGE_NAMES, LANGUAGES, install_language


def locale_date(value: object) -> str:
    """A date of the data (2024, 2024-05, 2024-05-01) in the current language's words."""
    from PySide6.QtCore import QLocale

    from rcpdesk.sheets.i18n import format_date

    return format_date(str(value), QLocale())


class LanguageController(QObject):
    """The Language submenu and the switch behind it."""

    def __init__(self, services: Services, window: QWidget) -> None:
        super().__init__(window)
        self.setObjectName("language_controller")
        self._services = services
        self._window = window
        self.menu = QMenu(window)
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

    def install(self, menu: QMenu) -> QMenu:
        """Add the Language submenu at the end of a menu (View)."""
        menu.addMenu(self.menu)
        return self.menu

    @property
    def language(self) -> str:
        return self._services.lang

    def retranslate_ui(self) -> None:
        self.menu.setTitle(self.tr("&Language"))

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        return super().event(event)

    def switch(self, lang: str) -> None:
        """The catalog first (panels re-read it on LanguageChange), then Qt's translators."""
        if lang not in LANGUAGES:
            raise ValueError(f"unknown language {lang!r} (one of {', '.join(LANGUAGES)})")
        self._services.set_language(lang)
        self._services.settings.language = lang
        self._services.settings.sync()
        install_language(lang)
        # deliver the LanguageChange events now: widgets are retranslated when switch() returns
        QCoreApplication.sendPostedEvents(None, QEvent.Type.LanguageChange)
        self.actions[lang].setChecked(True)
        self.retranslate_ui()
        self.refresh_window()

    def refresh_window(self) -> None:
        """What LanguageChange alone does not redo: models built from the old catalog, the page."""
        window = self._window
        catalog = self._services.catalog
        for name in ("tree_panel", "comparison_panel"):
            panel = getattr(window, name, None)
            model = getattr(panel, "model", None) or getattr(panel, "_model", None)
            current = getattr(model, "catalog", None)
            current = current() if callable(current) else current
            if model is not None and current is not catalog and hasattr(model, "set_catalog"):
                if hasattr(panel, "set_catalog"):
                    panel.set_catalog(catalog)
                else:
                    model.set_catalog(catalog)
        for dock in getattr(window, "docks", {}).values():  # the map and the timeline, once built
            contents = getattr(dock, "contents", None)
            if contents is not None and hasattr(contents, "set_catalog"):
                contents.set_catalog(catalog)
        printing = getattr(window, "printing", None)  # File-menu texts name what they print
        if printing is not None and hasattr(printing, "refresh"):
            printing.refresh()
        detail = getattr(window, "detail_panel", None)
        if detail is not None and getattr(detail, "link", ""):
            detail.show_link(detail.link)
