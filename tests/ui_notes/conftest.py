"""Fixtures for the notes UI tests: services over the fixture catalog and a notes store in tmp_path."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QMainWindow, QMenu

from rcpdesk.catalog import Catalog
from rcpdesk.notes import NotesStore
from rcpdesk.services import Services, TaskRunner
from rcpdesk.settings import Settings


@pytest.fixture()
def notes_store(tmp_path: Path) -> Iterator[NotesStore]:
    store = NotesStore(tmp_path / "notes.db", backup_on_open=False)
    yield store
    store.close()


def _services(catalog: Catalog, profile: Path, store: NotesStore | None) -> Services:
    return Services(catalog=catalog, settings=Settings(profile / "rcpdesk.ini"), tasks=TaskRunner(),
                    profile=profile, notes=store)


@pytest.fixture()
def services(fixture_catalog: Catalog, isolated_profile: Path,
             notes_store: NotesStore) -> Iterator[Services]:
    result = _services(fixture_catalog, isolated_profile, notes_store)
    yield result
    result.tasks.wait(5000)


@pytest.fixture()
def make_services(fixture_catalog: Catalog, isolated_profile: Path):
    """Services with a given store (or None)."""
    made: list[Services] = []

    def make(store: NotesStore | None) -> Services:
        result = _services(fixture_catalog, isolated_profile, store)
        made.append(result)
        return result

    yield make
    for result in made:
        result.tasks.wait(5000)


@pytest.fixture()
def window(qtbot) -> QMainWindow:
    """A bare main window with File and Edit menus, standing in for rcpdesk's."""
    win = QMainWindow()
    win.menus = {"file": QMenu("&File", win), "edit": QMenu("&Edit", win)}  # type: ignore[attr-defined]
    quit_action = win.menus["file"].addAction("&Quit")  # type: ignore[attr-defined]
    quit_action.setObjectName("quit")
    for menu in win.menus.values():  # type: ignore[attr-defined]
        win.menuBar().addMenu(menu)
    qtbot.addWidget(win)
    return win
