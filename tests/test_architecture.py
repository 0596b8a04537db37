"""The layering STYLE.md asks for: ui -> services -> catalog/notes/sheets, no SQL in widgets."""

from __future__ import annotations

import ast
from pathlib import Path

PACKAGE = Path(__file__).resolve().parents[1] / "rcpdesk"
WIDGET_MODULES = {"app.py", "selftest.py"}  # besides rcpdesk/ui/: they build the window


def imports(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    names = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module:
            names.add(node.module)
    return names


def modules(folder: str = "") -> list[Path]:
    return sorted((PACKAGE / folder).rglob("*.py"))


def test_catalog_and_notes_import_no_qt() -> None:
    for path in modules("catalog") + modules("notes"):
        assert not any(name.startswith("PySide6") for name in imports(path)), path


def test_only_the_ui_imports_widgets() -> None:
    for path in modules():
        relative = path.relative_to(PACKAGE)
        if relative.parts[0] == "ui" or relative.name in WIDGET_MODULES:
            continue
        assert "PySide6.QtWidgets" not in imports(path), relative


def test_lower_layers_do_not_import_the_ui() -> None:
    for folder in ("catalog", "notes", "sheets", "maps"):
        for path in modules(folder):
            assert not any(name.startswith("rcpdesk.ui") for name in imports(path)), path


def test_no_sql_in_widgets() -> None:
    for path in modules("ui"):
        assert "sqlite3" not in imports(path), path
        source = path.read_text(encoding="utf-8")
        assert "SELECT " not in source and ".execute(" not in source, path
