"""Fixtures for the notes UI tests: services over the fixture catalog and a notes store in tmp_path."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

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
def services_with_store(fixture_catalog: Catalog, isolated_profile: Path):
    """Services over the fixture catalog with a given notes store (or None)."""
    made: list[Services] = []

    def make(store: NotesStore | None) -> Services:
        result = _services(fixture_catalog, isolated_profile, store)
        made.append(result)
        return result

    yield make
    for result in made:
        result.tasks.wait(5000)
