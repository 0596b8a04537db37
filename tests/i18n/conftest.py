"""Fixtures for the translation tests: compiled .qm files, a window over the real catalog."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from rcpdesk.paths import resources_dir
from rcpdesk.translations import compile_translations

ROOT = Path(__file__).resolve().parents[2]
TRANSLATIONS = ROOT / "resources" / "translations"


@pytest.fixture(scope="session")
def compiled_translations() -> Path:
    """The .qm files the build would make (gitignored; recompiled when a .ts is newer)."""
    folder = resources_dir() / "translations"
    compile_translations(folder)
    for lang in ("fr", "es", "ar", "zh", "ru"):
        assert (folder / f"rcpdesk_{lang}.qm").is_file(), f"rcpdesk_{lang}.qm was not compiled"
    return folder


@pytest.fixture()
def english_afterwards(qapp) -> Iterator[None]:
    """Whatever a test switches to, the next test starts in English."""
    yield
    from rcpdesk.ui.i18n import install_language

    install_language("en")


@pytest.fixture()
def translated_window(qtbot, compiled_translations: Path, isolated_profile: Path, real_db: Path,
           english_afterwards: None):
    """The real main window (rcpdesk.app.build_main_window) over the bundled catalog, shown."""
    from rcpdesk.app import build_main_window, create_services

    services = create_services(isolated_profile, database=real_db)
    window = build_main_window(services)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    yield window
    window.close()
    services.close()
