"""Compile the Qt Linguist .ts files to .qm and extract strings into them (pyside6-lupdate/lrelease).

The .qm files are build products, never committed: the wheel build (hatch_build.py), build.spec
and the test set-up call `compile_translations()`; `python -m rcpdesk.translations update`
refreshes the .ts files from the sources after UI strings change.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

LANGUAGES = ("fr", "es")
PACKAGE = Path(__file__).resolve().parent


def _tool(name: str) -> list[str]:
    """pyside6-lupdate / pyside6-lrelease, next to this Python first (venvs), then on PATH."""
    local = Path(sys.executable).parent / name
    if local.exists():
        return [str(local)]
    found = shutil.which(name)
    if found:
        return [found]
    raise FileNotFoundError(f"{name} not found (it comes with PySide6)")


def ts_files(translations_dir: Path) -> list[Path]:
    return [translations_dir / f"rcpdesk_{lang}.ts" for lang in LANGUAGES]


def sources(package_dir: Path = PACKAGE) -> list[Path]:
    """Every Python file whose strings are translated (the UI, sheets and maps)."""
    return sorted(p for p in package_dir.rglob("*.py") if "__pycache__" not in p.parts)


def update_ts(translations_dir: Path) -> None:
    """Extract strings from the sources into the .ts files, dropping vanished ones."""
    translations_dir.mkdir(parents=True, exist_ok=True)
    files = [str(p) for p in sources()]
    for ts in ts_files(translations_dir):
        subprocess.run([*_tool("pyside6-lupdate"), "-no-obsolete", "-locations", "none", *files,
                        "-ts", str(ts)], check=True, capture_output=True)


def compile_translations(translations_dir: Path) -> list[Path]:
    """.ts -> .qm for every language whose .qm is missing or older than its .ts."""
    written = []
    for ts in ts_files(translations_dir):
        if not ts.is_file():
            continue
        qm = ts.with_suffix(".qm")
        if qm.is_file() and qm.stat().st_mtime >= ts.stat().st_mtime:
            continue
        subprocess.run([*_tool("pyside6-lrelease"), "-silent", str(ts), "-qm", str(qm)],
                       check=True, capture_output=True)
        written.append(qm)
    return written


def main(argv: list[str] | None = None) -> int:
    from rcpdesk.paths import resources_dir

    command = (argv or sys.argv[1:] or ["compile"])[0]
    folder = resources_dir() / "translations"
    if command == "update":
        update_ts(folder)
    compile_translations(folder)
    print(f"translations in {folder}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
