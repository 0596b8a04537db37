"""`rcpdesk --self-test`: check an installation (a frozen bundle above all) without a display.

Opens the bundled database, builds the main window offscreen, writes and reads back a note in a
temporary profile, exports a PDF sheet to a temporary file, and prints each check. With --profile
DIR it also reads that profile's notes, read-only: counted and checked, nothing changed. Exit 1 on
any failure.
"""

from __future__ import annotations

import argparse
import os
import shutil
import tempfile
import time
import traceback
from collections.abc import Callable
from pathlib import Path

PDF_MAGIC = b"%PDF-"


def _check_database(state: dict) -> str:
    from rcpdesk.catalog import Catalog
    from rcpdesk.paths import bundled_database

    catalog = Catalog(bundled_database())
    state["catalog"] = catalog
    processes = catalog.processes()
    paragraphs = catalog.paragraph_numbers()
    if not processes or len(paragraphs) < 49:
        raise RuntimeError(f"incomplete catalog: {len(processes)} processes, {len(paragraphs)} paragraphs")
    hits = catalog.search("self-financing")
    if not hits:
        raise RuntimeError("full-text search found nothing for 'self-financing'")
    return (f"{catalog.path.name}: edition {catalog.edition.label}, {len(processes)} processes, "
            f"{len(paragraphs)} paragraphs, search ok ({hits[0].citation})")


def _check_window(state: dict) -> str:
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QApplication

    from rcpdesk.app import build_main_window, create_application, create_services

    app = QApplication.instance() or create_application([])
    services = create_services(state["profile"])
    window = build_main_window(services)
    window.setWindowState(Qt.WindowState.WindowNoState)  # a laptop's size, whatever the screen
    window.resize(1366, 768)
    window.show()
    app.processEvents()
    image = window.grab()
    window.close()
    services.close()
    if image.isNull() or image.width() < 800:
        raise RuntimeError("the main window did not render")
    return f"main window built and painted ({image.width()}x{image.height()}, offscreen)"


def _check_note(state: dict) -> str:
    from rcpdesk.notes import NotesStore, Target

    profile = Path(state["profile"])
    with NotesStore.for_profile(profile) as store:
        note = store.add(Target.process("bali-process"), "Self-test note", tags=["self-test"])
    with NotesStore.for_profile(profile) as store:
        again = store.get(note.id)
        if again.body != "Self-test note" or "self-test" not in again.tags:
            raise RuntimeError("the note read back differs from the one written")
        check = store.integrity_check()
    return f"note written and read back in a temporary profile (integrity: {check})"


def _check_pdf(state: dict) -> str:
    from rcpdesk.sheets.export import export_comparison

    out = Path(state["profile"]) / "self-test.pdf"
    ids = [p.id for p in state["catalog"].processes() if p.attended_2005][:4]
    export_comparison(state["catalog"], ids, None, out, fmt="pdf")
    data = out.read_bytes()
    if not data.startswith(PDF_MAGIC) or len(data) < 2000:
        raise RuntimeError(f"not a PDF ({len(data)} bytes)")
    return f"comparison sheet of {len(ids)} processes exported to PDF ({len(data) // 1024} KiB)"


def _check_map(state: dict) -> str:
    from rcpdesk.maps.render import members_map_svg

    svg = members_map_svg(state["catalog"], "colombo-process", 800, 450)
    if b"<svg" not in svg[:400] or len(svg) < 10_000:
        raise RuntimeError(f"the world map did not render ({len(svg)} bytes)")
    return f"members map of the Colombo Process rendered ({len(svg) // 1024} KiB of SVG)"


def _check_translations(state: dict) -> str:
    from PySide6.QtCore import QTranslator

    from rcpdesk.paths import resources_dir

    folder = resources_dir() / "translations"
    found = []
    for lang in ("fr", "es", "ar", "zh", "ru"):
        translator = QTranslator()
        if not translator.load(f"rcpdesk_{lang}", str(folder)) or translator.isEmpty():
            raise RuntimeError(f"no {lang} translation in {folder}")
        found.append(lang)
    return f"interface translations loaded: {', '.join(found)}"


def _check_profile_notes(state: dict) -> str:
    """The delegate's own profile (--profile): its notes read, counted and checked, and nothing
    there changed: no backup, no record, not even the -shm file a reader of a WAL database
    leaves, because the notes are read from a copy."""
    from rcpdesk.notes import NotesStore
    from rcpdesk.paths import NOTES_FILE_NAME, user_data_dir

    folder = user_data_dir(state["user_profile"])  # ProfileNotAFolder for a file
    if not folder.is_dir():
        raise RuntimeError(f"there is no profile folder {folder}")
    path = folder / NOTES_FILE_NAME
    if not path.is_file():
        return f"no notes yet in {folder}"
    copy = Path(state["profile"]) / "profile-copy" / NOTES_FILE_NAME
    copy.parent.mkdir()
    shutil.copyfile(path, copy)
    if Path(f"{path}-wal").is_file():  # changes not yet checkpointed into the file
        shutil.copyfile(f"{path}-wal", f"{copy}-wal")
    with NotesStore(copy, read_only=True, backup_on_open=False) as store:
        count, in_trash, check = store.count(), store.count(in_trash=True), store.integrity_check()
    if check != "ok":
        raise RuntimeError(f"the notes database {path} is damaged ({check})")
    return (f"{count} notes ({in_trash} in the trash) in {path}, read without changing anything "
            f"(integrity: {check})")


CHECKS: list[tuple[str, Callable[[dict], str]]] = [
    ("bundled database", _check_database),
    ("main window", _check_window),
    ("notes", _check_note),
    ("PDF sheet", _check_pdf),
    ("coverage map", _check_map),
    ("translations", _check_translations),
]


def run_self_test(args: argparse.Namespace | None = None) -> int:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from rcpdesk.pyside_scan import skip_feature_source_scan

    skip_feature_source_scan()  # the window's modules load as they do for `rcpdesk`
    failures = 0
    user_profile = getattr(args, "profile", None)
    checks = CHECKS + ([("your profile's notes", _check_profile_notes)] if user_profile else [])
    with tempfile.TemporaryDirectory(prefix="rcpdesk-self-test-") as profile:
        os.environ["RCPDESK_HOME"] = profile  # the window and note checks write here, not there
        state: dict = {"profile": profile, "user_profile": user_profile}
        for name, check in checks:
            started = time.perf_counter()
            try:
                detail = check(state)
            except Exception as exc:  # noqa: BLE001 - report every check, then fail
                failures += 1
                print(f"FAIL  {name}: {type(exc).__name__}: {exc}")
                if os.environ.get("RCPDESK_DEBUG"):
                    traceback.print_exc()
                if name == "bundled database":
                    break
                continue
            print(f"ok    {name}: {detail} [{(time.perf_counter() - started) * 1000:.0f} ms]")
    print("self-test passed" if not failures else f"self-test FAILED ({failures} check(s))")
    return 1 if failures else 0
