"""The application: QApplication set-up and names, translators, the services, the main window."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication

from rcpdesk import __version__, first_paint
from rcpdesk.paths import APP_NAME, ORGANIZATION_NAME, PROFILE_IS_A_FILE, ProfileNotAFolder
from rcpdesk.services import Services
from rcpdesk.services import create_services as _create_services
from rcpdesk.ui.icons import icon_from_files

ICON_SIZES = (16, 32, 48, 64, 128, 256)


def application_icon() -> QIcon:
    return icon_from_files("rcpdesk", ICON_SIZES)


def create_application(argv: list[str]) -> QApplication:
    """The QApplication with rcpdesk's names (QSettings, desktop integration) and icon."""
    app = QApplication(argv)
    app.setOrganizationName(ORGANIZATION_NAME)
    app.setApplicationName(APP_NAME)
    app.setApplicationDisplayName("rcpdesk")
    app.setApplicationVersion(__version__)
    app.setDesktopFileName("rcpdesk")
    app.setWindowIcon(application_icon())
    return app


def create_services(profile: str | Path | None = None, database: str | Path | None = None,
                    lang: str | None = None, defer_notes: bool = False) -> Services:
    """The services of a profile folder (default: RCPDESK_HOME, else the user data folder)."""
    return _create_services(profile, database=database, lang=lang, defer_notes=defer_notes)


def build_main_window(services: Services):  # -> MainWindow; imported lazily (start-up time)
    """The main window over some services, not yet shown (the app, tests and --self-test)."""
    from rcpdesk.ui.main_window import MainWindow

    return MainWindow(services)


def install_start_language(lang: str) -> None:
    """The interface's language at start; a translation that is missing (and cannot be compiled
    from its .ts file) is said once on stderr, not shown silently in English."""
    from rcpdesk.paths import resources_dir
    from rcpdesk.ui.i18n import install_language

    if not install_language(lang):
        print(f"rcpdesk: no {lang} translation: rcpdesk_{lang}.qm is missing from "
              f"{resources_dir() / 'translations'} and could not be made from its .ts file; "
              "the interface stays in English", file=sys.stderr)
    from rcpdesk.script_fonts import missing_font

    no_font = missing_font(lang)
    if no_font:
        print(f"rcpdesk: {no_font}", file=sys.stderr)


def run_gui(args: argparse.Namespace) -> int:
    from rcpdesk.catalog import CatalogUnavailable
    from rcpdesk.ui.i18n import system_language

    app = QApplication.instance() or create_application(sys.argv[:1])
    try:
        services = create_services(getattr(args, "profile", None), getattr(args, "database", None),
                                   defer_notes=True)
    except CatalogUnavailable as exc:
        from PySide6.QtWidgets import QMessageBox

        QMessageBox.critical(None, "rcpdesk", str(exc))
        return 2
    except ProfileNotAFolder as exc:  # the same words as the command line's, translated
        from PySide6.QtCore import QCoreApplication
        from PySide6.QtWidgets import QMessageBox

        install_start_language(getattr(args, "lang", None) or system_language())
        QMessageBox.critical(None, "rcpdesk", QCoreApplication.translate(
            "profile", PROFILE_IS_A_FILE).format(path=exc.path))
        return 2
    lang = getattr(args, "lang", None) or services.settings.language or system_language()
    install_start_language(lang)
    services.set_language(lang)
    window = build_main_window(services)
    if first_paint.enabled():
        first_paint.install(window.detail_panel.view, ready=window.startup_finished)  # the page
    window.show()
    try:
        return app.exec()
    finally:
        services.close()
