"""Set-up for the map and timeline tests: one QApplication, the Colombo Process's lists, helpers."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

COLOMBO_MEMBERS = frozenset(
    {"AFG", "BGD", "KHM", "CHN", "IND", "IDN", "NPL", "PAK", "PHL", "LKA", "THA", "VNM"}
)
COLOMBO_OBSERVERS = frozenset({"BHR", "ITA", "KWT", "MYS", "QAT", "KOR", "SAU", "ARE"})
NINE = frozenset(
    {
        "igc",
        "budapest-process",
        "bali-process",
        "colombo-process",
        "apc",
        "puebla-process",
        "lima-process",
        "midsa",
        "five-plus-five",
    }
)
SVG_NS = "{http://www.w3.org/2000/svg}"


@pytest.fixture(autouse=True)
def _qt_application(qapp):
    """Maps need a QGuiApplication; widget tests in the same run need a QApplication: make that."""
    return qapp


def svg_countries(svg_text: str) -> dict[str, str]:
    """alpha-3 -> class key ("member", "observer", "count-2", ...) of every country group."""
    root = ET.fromstring(svg_text.encode("utf-8"))
    result = {}
    for group in root.iter(f"{SVG_NS}g"):
        classes = (group.get("class") or "").split()
        if classes[:1] == ["country"]:
            result[group.get("id")] = classes[1] if len(classes) > 1 else ""
    return result


def svg_dots(svg_text: str) -> dict[str, str]:
    root = ET.fromstring(svg_text.encode("utf-8"))
    return {
        c.get("id").removeprefix("dot-"): (c.get("class") or "").split()[1]
        for c in root.iter(f"{SVG_NS}circle")
        if (c.get("id") or "").startswith("dot-")
    }


def svg_texts(svg_text: str) -> list[str]:
    root = ET.fromstring(svg_text.encode("utf-8"))
    return [t.text or "" for t in root.iter(f"{SVG_NS}text")]


def pdf_text(path: Path) -> str:
    from pypdf import PdfReader

    return re.sub(r"\s+", " ", " ".join(p.extract_text() or "" for p in PdfReader(str(path)).pages))


def pdf_pages(path: Path) -> int:
    from pypdf import PdfReader

    return len(PdfReader(str(path)).pages)


@pytest.fixture()
def colombo():
    """The Colombo Process's twelve members and eight observers (data/processes/colombo-process)."""
    from types import SimpleNamespace

    return SimpleNamespace(members=COLOMBO_MEMBERS, observers=COLOMBO_OBSERVERS)


@pytest.fixture()
def nine() -> frozenset[str]:
    """The nine processes whose representatives attended the 2005 workshop (¶1)."""
    return NINE


@pytest.fixture()
def svg():
    """Readers of a map's SVG: its country groups, its dots, its words."""
    from types import SimpleNamespace

    return SimpleNamespace(countries=svg_countries, dots=svg_dots, texts=svg_texts)


@pytest.fixture()
def pdf():
    """Readers of a PDF: its text (pypdf) and its page count."""
    from types import SimpleNamespace

    return SimpleNamespace(text=pdf_text, pages=pdf_pages)
