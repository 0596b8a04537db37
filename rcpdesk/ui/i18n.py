"""Languages of the interface: Qt translators for rcpdesk's strings and Qt's own dialogs."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QLocale, Qt
from PySide6.QtGui import QGuiApplication

from rcpdesk.content_names import install as install_content_names
from rcpdesk.paths import resources_dir

if TYPE_CHECKING:  # made for another language than English only: each Qt type costs start-up time
    from PySide6.QtCore import QTranslator

# The six languages of UN meetings; "zh" is Simplified Chinese (Qt's zh_CN).
LANGUAGES = ("en", "fr", "es", "ar", "zh", "ru")
LANGUAGE_NAMES = {"en": "English", "fr": "Français", "es": "Español",  # each in its own language
                  "ar": "العربية", "zh": "中文", "ru": "Русский"}
RIGHT_TO_LEFT = frozenset({"ar"})
_QT_NAMES = {"zh": "zh_CN"}  # Qt's own catalogues name Chinese by script region
_installed: list[QTranslator] = []


def system_language() -> str:
    """The system locale's language if rcpdesk speaks it, else English."""
    name = QLocale.system().name().split("_")[0]
    return name if name in LANGUAGES else "en"


def install_language(lang: str) -> bool:
    """Replace the installed translators; widgets get a LanguageChange event and retranslate.

    Returns False when rcpdesk's own translation file for lang could not be loaded.
    """
    from rcpdesk.sheets.i18n import remove_translators, translate

    app = QCoreApplication.instance()
    remove_translators()  # the command line's sheet translator, if one was installed
    for translator in _installed:
        app.removeTranslator(translator)
    _installed.clear()
    QLocale.setDefault(QLocale(_QT_NAMES.get(lang, lang)))
    set_layout_direction(lang)
    install_content_names(translate)
    if lang == "en":
        return True
    from PySide6.QtCore import QLibraryInfo, QTranslator  # for another language only

    ok = True
    own = QTranslator(app)
    if own.load(f"rcpdesk_{lang}", str(resources_dir() / "translations")) or (
            _compile_missing() and own.load(f"rcpdesk_{lang}", str(resources_dir() / "translations"))):
        app.installTranslator(own)
        _installed.append(own)
    else:
        ok = False
    qt = QTranslator(app)  # Qt's own strings: print preview, file dialogs, message box buttons
    if qt.load(f"qtbase_{_QT_NAMES.get(lang, lang)}", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
        app.installTranslator(qt)
        _installed.append(qt)
    return ok


def set_layout_direction(lang: str) -> None:
    """Arabic mirrors the whole window: the tree on the right, docks, arrows, back and forward."""
    app = QCoreApplication.instance()
    if isinstance(app, QGuiApplication):
        app.setLayoutDirection(Qt.LayoutDirection.RightToLeft if lang in RIGHT_TO_LEFT
                               else Qt.LayoutDirection.LeftToRight)


def _compile_missing() -> bool:
    """A checkout never built has .ts files only: compile them now (lrelease) rather than fail."""
    from rcpdesk.translations import compile_missing  # only a checkout never built needs it

    return bool(compile_missing())
