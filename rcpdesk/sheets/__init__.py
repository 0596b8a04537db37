"""Comparison sheets and process profiles: built from the catalog (and notes), written as PDF,
Markdown, CSV or HTML, or painted on a printer. Uses QtGui for layout, never QtWidgets."""

from rcpdesk.sheets.build import EmptySelection, build_comparison, build_profile
from rcpdesk.sheets.export import (
    SheetRequest,
    WrittenSheet,
    build_sheet,
    export_comparison,
    export_profile,
    infer_format,
    render_text,
    write_sheet,
)
from rcpdesk.sheets.model import (
    ComparisonSheet,
    NoteRecord,
    NotesPlacement,
    Orientation,
    Paper,
    ProfileSheet,
    Sheet,
    SheetFormat,
    SheetOptions,
)

__all__ = [
    "ComparisonSheet", "EmptySelection", "NoteRecord", "NotesPlacement", "Orientation", "Paper",
    "ProfileSheet", "Sheet", "SheetFormat", "SheetOptions", "SheetRequest", "WrittenSheet",
    "build_comparison", "build_profile", "build_sheet", "export_comparison", "export_profile",
    "infer_format", "render_text",
    "write_sheet",
]
