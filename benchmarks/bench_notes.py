"""Notes at a delegation's scale: add 10,000 notes, list and filter them, export and import them,
and start the window on a profile that holds them (the GUI thread's longest stall from the first
paint until the notes are open and listed)."""

from __future__ import annotations

import tempfile
import time
from pathlib import Path

from harness import Figure, first_paint, python

from rcpdesk.notes import NotesStore, Target
from rcpdesk.notes.exchange import export_notes, import_file

COUNT = 10_000
TARGETS = ["bali-process", "colombo-process", "puebla-process", "funding", "report-2005/p20"]
COLOURS = ["our position", "concern", "follow-up"]


def _target(index: int) -> Target:
    ident = TARGETS[index % len(TARGETS)]
    if ident.startswith("report-2005/"):
        return Target.paragraph(ident)
    if ident == "funding":
        return Target.dimension(ident)
    return Target.process(ident)


def run(runs: int = 3) -> list[Figure]:
    add, listing, filtering, export, imports = [], [], [], [], []
    windows: list[dict[str, float]] = []
    for _ in range(runs):
        with tempfile.TemporaryDirectory() as folder:
            store = NotesStore(Path(folder) / "a" / "notes.db", backup_on_open=False)
            started = time.perf_counter()
            for index in range(COUNT):
                store.add(_target(index), f"Note {index} on funding and secretariats",
                          tags=[f"tag{index % 20}"], colour=COLOURS[index % 3])
            add.append(time.perf_counter() - started)
            started = time.perf_counter()
            notes = store.list_notes()
            listing.append((time.perf_counter() - started) * 1000)
            assert len(notes) == COUNT
            started = time.perf_counter()
            store.list_notes(tag="tag7", text="secretariats")
            filtering.append((time.perf_counter() - started) * 1000)
            out = Path(folder) / "all.rcpnotes"
            started = time.perf_counter()
            export_notes(store, out)
            export.append(time.perf_counter() - started)
            if not windows:  # once: the window started on this profile, as a delegate starts it
                store.close()
                windows += [first_paint([python(), "-m", "rcpdesk"], {"RCPDESK_HOME": str(Path(folder) / "a")})
                            for _ in range(runs)]
                store = NotesStore(Path(folder) / "a" / "notes.db", backup_on_open=False)
            other = NotesStore(Path(folder) / "b" / "notes.db", backup_on_open=False)
            started = time.perf_counter()
            import_file(other, out)
            imports.append(time.perf_counter() - started)
            assert other.count() == COUNT
            store.close()
            other.close()
    return [
        Figure(f"notes: add {COUNT:,} (one transaction each)", "s", add),
        Figure(f"notes: list all {COUNT:,}", "ms", listing),
        Figure("notes: filter by tag and text", "ms", filtering),
        Figure(f"notes: export {COUNT:,} to .rcpnotes", "s", export),
        Figure(f"notes: import {COUNT:,} into an empty profile", "s", imports),
        Figure(f"notes: the window on {COUNT:,} notes, longest GUI stall after the first paint", "ms",
               [w["stall_after_paint_ms"] for w in windows], budget=50.0,
               note=f"complete (notes open and listed) {min(w['ready_s'] for w in windows):.2f}–"
                    f"{max(w['ready_s'] for w in windows):.2f} s after launch"),
    ]


if __name__ == "__main__":
    from harness import print_table

    print_table(run(1))
