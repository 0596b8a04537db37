"""The application: QApplication set-up, services, translators, and the main window."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from rcpdesk import __version__, first_paint
from rcpdesk.paths import APP_NAME, ORGANIZATION_NAME, resources_dir, user_data_dir
from rcpdesk.services import Services


def create_application(argv: list[str]) -> QApplication:
    app = QApplication(argv)
    app.setOrganizationName(ORGANIZATION_NAME)
    app.setApplicationName(APP_NAME)
    app.setApplicationDisplayName("rcpdesk")
    app.setApplicationVersion(__version__)
    app.setDesktopFileName("rcpdesk")
    icon_dir = resources_dir() / "icons"
    icon = QIcon()
    for size in (16, 32, 48, 64, 128, 256):
        icon.addFile(str(icon_dir / f"rcpdesk-{size}.png"))
    app.setWindowIcon(icon)
    return app


def create_services(profile: str | Path | None = None, database: str | Path | None = None,
                    lang: str = "en") -> Services:
    return Services.open(Path(profile) if profile else user_data_dir(),
                         Path(database) if database else None, lang=lang)


def build_main_window(services: Services) -> QWidget:
    from rcpdesk.ui.main_window import MainWindow

    return MainWindow(services)


def run_gui(args: argparse.Namespace) -> int:
    from rcpdesk.catalog import CatalogUnavailable
    from rcpdesk.ui.i18n import install_language, system_language

    app = QApplication.instance() or create_application(sys.argv[:1])
    try:
        services = create_services(args.profile, args.database)
    except CatalogUnavailable as exc:
        QMessageBox.critical(None, "rcpdesk", str(exc))
        return 2
    lang = args.lang or services.settings.language or system_language()
    install_language(lang)
    services.set_language(lang)
    window = build_main_window(services)
    if first_paint.enabled():
        first_paint.install(window.centralWidget() or window)
    window.show()
    try:
        return app.exec()
    finally:
        services.close()
