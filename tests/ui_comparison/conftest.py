"""Fixtures for the comparison panel: services over the real or a small built catalog."""

from __future__ import annotations

import shutil
from collections.abc import Callable
from pathlib import Path

import pytest

from rcpdesk import services as services_module
from rcpdesk.catalog.build import build

FIXTURE_DATA = Path(__file__).resolve().parents[1] / "fixtures" / "data"

# A third fixture process: the same funding as other-process (apart from its final stop, and
# unverified), objectives unknown like test-process.
TWIN_PROCESS = """\
id: twin-process
acronym: Twin
type: inter-regional-forum
region: europe
status: active
attended_2005: false
names:
  en: {value: "Twin Forum on Migration", sources: [test-site], as_of: "2024"}
established: {status: unknown}
secretariat: {status: unknown}
chair: {status: unknown}
meeting_levels: {status: unknown}
members: {value: [FRA], sources: [test-site], as_of: "2023"}
observers: {status: unknown}
partners: {status: unknown}
themes: {status: unknown}
website: {status: unknown}
dimensions:
  funding: {value: "Financed by the European Union", status: unverified, as_of: "2022"}
  objectives: {status: unknown}
"""


@pytest.fixture(scope="session")
def twin_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The fixture catalog plus twin-process (built by the real build code)."""
    data = tmp_path_factory.mktemp("twin-data") / "data"
    shutil.copytree(FIXTURE_DATA, data)
    (data / "processes" / "twin-process.yaml").write_text(TWIN_PROCESS, encoding="utf-8")
    out = tmp_path_factory.mktemp("twin-db") / "rcpdesk.db"
    build(data, out)
    return out


@pytest.fixture()
def twin_services(make_services: Callable[..., services_module.Services], twin_db: Path):
    return make_services(twin_db)


@pytest.fixture()
def make_panel(qtbot):
    """A ComparisonPanel for some services, registered with qtbot (closed after the test)."""
    from rcpdesk.ui.panels.comparison import ComparisonPanel

    def make(services, size: tuple[int, int] = (1366, 600)) -> ComparisonPanel:
        panel = ComparisonPanel(services)
        qtbot.addWidget(panel)
        panel.resize(*size)
        return panel

    return make
