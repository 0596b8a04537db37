"""Comparison sheets and process profiles: built from the catalog (and notes), written as PDF,
Markdown, CSV or HTML, or painted on a printer. Uses QtGui for layout, never QtWidgets.

Names are loaded on first use (PEP 562): the command line registers `rcpdesk sheet` from
rcpdesk.sheets.model alone, so starting the window does not import the sheet builders.
"""

from __future__ import annotations

import importlib
from typing import Any

_WHERE = {
    "EmptySelection": "build", "build_comparison": "build", "build_profile": "build",
    "SheetRequest": "export", "WrittenSheet": "export", "build_sheet": "export",
    "export_comparison": "export", "export_profile": "export", "infer_format": "export",
    "render_text": "export", "write_sheet": "export",
    "ComparisonSheet": "model", "NoteRecord": "model", "NotesPlacement": "model",
    "Orientation": "model", "Paper": "model", "ProfileSheet": "model", "Sheet": "model",
    "SheetFormat": "model", "SheetOptions": "model",
}

__all__ = list(_WHERE)


def __getattr__(name: str) -> Any:
    module = _WHERE.get(name)
    if module is None:
        raise AttributeError(f"module 'rcpdesk.sheets' has no attribute {name!r}")
    value = getattr(importlib.import_module(f"rcpdesk.sheets.{module}"), name)
    globals()[name] = value
    return value
