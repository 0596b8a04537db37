"""Fixtures for the main window's tests: services over the real catalog, windows on one profile."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from rcpdesk.services import Services, create_services


@pytest.fixture()
def make_services(isolated_profile: Path) -> Iterator[Callable[..., Services]]:
    """Open services over a database on the test's profile; all closed at the end."""
    opened: list[Services] = []

    def make(database: Path, profile: Path | None = None) -> Services:
        home = profile or isolated_profile
        services = create_services(home, database=database)
        if services.notes is None:  # open the profile's notes as the app does (no warning box)
            from rcpdesk.notes import NotesStore

            services.notes = NotesStore(services.profile / "notes.db", backup_on_open=False)
        opened.append(services)
        return services

    yield make
    for services in opened:
        services.close()


@pytest.fixture()
def real_services(make_services: Callable[..., Services], real_db: Path) -> Services:
    return make_services(real_db)


@pytest.fixture()
def make_window(qtbot, make_services: Callable[..., Services], real_db: Path):
    """A MainWindow over the real catalog (a fresh Services each time, same profile), shown."""
    from rcpdesk.ui.main_window import MainWindow

    def make(show: bool = True) -> MainWindow:
        window = MainWindow(make_services(real_db))
        qtbot.addWidget(window)
        if show:
            window.show()
            window.activateWindow()
            qtbot.waitActive(window)
        return window

    return make


@pytest.fixture()
def window(make_window):
    return make_window()
