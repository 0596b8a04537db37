"""The PyInstaller one-dir bundle's size on disk and compressed (when dist/rcpdesk exists)."""

from __future__ import annotations

import io
import tarfile

from harness import ROOT, Figure

DIST = ROOT / "dist" / "rcpdesk"


def run() -> list[Figure]:
    if not DIST.is_dir():
        return []
    # Symbolic links (PyInstaller links Qt libraries into _internal) take no room: not counted.
    files = [p for p in DIST.rglob("*") if p.is_file() and not p.is_symlink()]
    size = sum(p.stat().st_size for p in files) / 1e6
    buffer = io.BytesIO()
    with tarfile.open(fileobj=buffer, mode="w:gz", compresslevel=6) as archive:
        archive.add(DIST, arcname="rcpdesk")
    compressed = buffer.tell() / 1e6
    return [
        Figure("one-dir bundle size on disk", "MB", [size], budget=120.0, note=f"{len(files)} files"),
        Figure("one-dir bundle compressed (tar.gz)", "MB", [compressed]),
    ]
