"""The layering STYLE.md asks for: ui -> services -> catalog/notes/sheets, no SQL in widgets."""

from __future__ import annotations

import ast
import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
PACKAGE = ROOT / "rcpdesk"
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


def _module_name(path: Path) -> str:
    parts = list(path.with_suffix("").relative_to(PACKAGE.parent).parts)
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def _import_graph() -> dict[str, set[str]]:
    """Every rcpdesk module and the rcpdesk modules it imports, at the top or inside a function
    (a lazy import closes a circle as well); imports for type checking only are left out."""
    files = {_module_name(path): path for path in modules()}
    graph: dict[str, set[str]] = {}
    for name, path in files.items():
        tree = ast.parse(path.read_text(encoding="utf-8"))
        checking_only = {id(sub) for node in ast.walk(tree)
                         if isinstance(node, ast.If) and "TYPE_CHECKING" in ast.unparse(node.test)
                         for sub in ast.walk(node)}
        edges: set[str] = set()
        for node in ast.walk(tree):
            if id(node) in checking_only:
                continue
            if isinstance(node, ast.Import):
                edges.update(alias.name for alias in node.names)
            elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
                for alias in node.names:  # `from rcpdesk.notes import messages` is the submodule
                    submodule = f"{node.module}.{alias.name}"
                    edges.add(submodule if submodule in files else node.module)
        graph[name] = {edge for edge in edges if edge in files and edge != name}
    return graph


def test_no_import_cycle_between_modules() -> None:
    graph = _import_graph()
    cycles: list[list[str]] = []
    state: dict[str, int] = {}  # 1: on the current path, 2: done

    def visit(module: str, path: list[str]) -> None:
        state[module] = 1
        for imported in sorted(graph[module]):
            if state.get(imported) == 1:
                cycles.append(path[path.index(imported):] + [imported])
            elif imported not in state:
                visit(imported, [*path, imported])
        state[module] = 2

    for module in sorted(graph):
        if module not in state:
            visit(module, [module])
    assert cycles == []


def test_the_command_line_module_is_imported_only_by_the_entry_point() -> None:
    """Subcommands share rcpdesk.commands; cli.py imports them, never the other way round."""
    for path in modules():
        if path.name == "__main__.py" and path.parent == PACKAGE:
            continue
        names = imports(path)
        assert "rcpdesk.cli" not in names, path.relative_to(PACKAGE)
        source = path.read_text(encoding="utf-8")
        assert "from rcpdesk import cli" not in source, path.relative_to(PACKAGE)


STORE_INTERNALS = ("rcpdesk.notes.opening", "rcpdesk.notes.backup", "rcpdesk.notes.schema",
                   "rcpdesk.notes.versions", "rcpdesk.catalog.build", "rcpdesk.catalog.schema")


def test_the_ui_reaches_the_stores_through_their_public_face() -> None:
    """No widget opens, migrates or backs up a store itself, or reads a store's private parts:
    that goes through services and the stores' own methods."""
    for path in modules("ui"):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if isinstance(node, ast.ImportFrom) and node.module and node.module.startswith("rcpdesk."):
                assert node.module not in STORE_INTERNALS, (path.name, node.module)
                assert not any(alias.name.startswith("_") for alias in node.names), (path.name, node.module)
            elif isinstance(node, ast.Attribute) and node.attr in ("_conn", "_transaction"):
                raise AssertionError(f"{path.relative_to(PACKAGE)} reaches {node.attr}")


def test_the_readme_layout_names_every_part_of_the_package() -> None:
    """The README's module map matches the code: each top-level module and each package."""
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    layout = readme[readme.index("## Layout"):]
    layout = layout[:layout.index("\n## ")] if "\n## " in layout else layout
    parts = [f"rcpdesk/{p.name}" for p in PACKAGE.glob("*.py") if p.stem not in ("__init__", "__main__")]
    parts += [f"rcpdesk/{p.name}/" for p in PACKAGE.iterdir() if (p / "__init__.py").is_file()]
    missing = sorted(part for part in parts if part not in layout)
    assert not missing, f"README's Layout does not name: {missing}"
    named = set(re.findall(r"rcpdesk/[a-z_]+(?:\.py|/)", layout))
    gone = sorted(part for part in named if not (ROOT / part).exists())
    assert not gone, f"README's Layout names what no longer exists: {gone}"


def test_services_hold_their_typed_parts_and_nothing_else(real_services) -> None:
    """A context, not a bag: nothing can be hung on the services beside their named parts."""
    import pytest

    services = real_services
    with pytest.raises(AttributeError):
        services.extras = {}  # type: ignore[attr-defined]
    source = (PACKAGE / "services.py").read_text(encoding="utf-8")
    assert "Any" not in re.findall(r"\b\w+\b", source)
