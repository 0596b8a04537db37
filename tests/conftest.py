"""Shared test set-up: offscreen Qt before any Qt import, and catalogs built by the real build code."""

from __future__ import annotations

import os
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("QT_LOGGING_RULES", "qt.qpa.*=false")

import pytest

from rcpdesk.catalog import Catalog
from rcpdesk.catalog.build import build

ROOT = Path(__file__).resolve().parent.parent
FIXTURE_DATA = Path(__file__).resolve().parent / "fixtures" / "data"


@pytest.fixture(autouse=True)
def isolated_profile(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Every test gets its own empty user profile: no test reads or writes the real one."""
    home = tmp_path_factory.mktemp("profile")
    monkeypatch.setenv("RCPDESK_HOME", str(home))
    return home


@pytest.fixture(autouse=True)
def english_interface() -> object:
    """A test that switches the language (window, `sheet --lang fr` in-process) leaves English."""
    yield
    from PySide6.QtCore import QCoreApplication

    if QCoreApplication.instance() is not None:
        from rcpdesk.sheets.i18n import _translators
        from rcpdesk.ui.i18n import _installed, install_language

        if _installed or _translators:
            install_language("en")


@pytest.fixture(scope="session")
def fixture_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A small database built from tests/fixtures/data."""
    out = tmp_path_factory.mktemp("fixture-db") / "rcpdesk.db"
    build(FIXTURE_DATA, out)
    return out


@pytest.fixture()
def fixture_catalog(fixture_db: Path) -> Catalog:
    return Catalog(fixture_db)


@pytest.fixture(scope="session")
def real_db() -> Path:
    """The bundled database in resources/ (checked against data/ by test_staleness)."""
    path = ROOT / "resources" / "rcpdesk.db"
    if not path.is_file():
        pytest.fail("resources/rcpdesk.db is missing: run `rcpdesk build-db`")
    return path


@pytest.fixture()
def real_catalog(real_db: Path) -> Catalog:
    return Catalog(real_db)
