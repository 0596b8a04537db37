"""A profile on a read-only medium (a locked USB stick): notes are listed, searched, exported and
printed; every change is refused with one clear message, and nothing on the stick changes."""

from __future__ import annotations

import hashlib
import os
import sys
from pathlib import Path

import pytest

from rcpdesk.notes import NotesDatabaseReadOnly, NotesStore, Target

ROOT = Path(__file__).resolve().parents[2]


def _profile_with_notes(profile: Path) -> Path:
    path = profile / "notes.db"
    with NotesStore(path) as store:
        store.add(Target.process("bali-process"), "Ask about the RSO budget", tags=["budget"])
        store.add(Target.process("colombo-process"), "Secretariat: IOM since 2003?")
    return path


def _fingerprint(folder: Path) -> dict[str, str]:
    return {p.name: hashlib.sha256(p.read_bytes()).hexdigest()
            for p in sorted(folder.rglob("*")) if p.is_file()}


def test_the_command_line_reads_exports_and_prints_but_refuses_changes(
        tmp_path: Path, run_on_read_only_folder) -> None:
    profile = tmp_path / "stick"
    _profile_with_notes(profile)
    before = _fingerprint(profile)
    out = tmp_path / "out"
    out.mkdir()
    env = dict(os.environ, PYTHONPATH=str(ROOT), QT_QPA_PLATFORM="offscreen")

    def rcpdesk(*args: str):
        return run_on_read_only_folder(
            profile, [sys.executable, "-m", "rcpdesk", "--profile", str(profile), *args], env=env)

    listed = rcpdesk("notes", "list", "--text", "budget")
    assert listed.returncode == 0, listed.stderr
    assert "Ask about the RSO budget" in listed.stdout and "Secretariat" not in listed.stdout

    exported = rcpdesk("notes", "export", "--out", str(out / "mine.md"))
    assert exported.returncode == 0, exported.stderr
    assert "Ask about the RSO budget" in (out / "mine.md").read_text(encoding="utf-8")

    sheet = rcpdesk("sheet", "--profile", "bali-process", "--with-notes", "--format", "md",
                    "--out", str(out / "bali.md"))
    assert sheet.returncode == 0, sheet.stderr
    assert "Ask about the RSO budget" in (out / "bali.md").read_text(encoding="utf-8")

    added = rcpdesk("notes", "add", "bali-process", "refused")
    assert added.returncode == 1
    assert added.stderr.startswith("rcpdesk notes: error: Your notes cannot be saved")
    assert "can be read but not changed" in added.stderr and added.stderr.count("\n") == 1
    assert "Traceback" not in added.stderr
    assert _fingerprint(profile) == before  # not a byte changed on the stick


def test_the_window_shows_the_notes_and_disables_changes(
        qtbot, tmp_path: Path, real_db: Path, read_only_file) -> None:
    from rcpdesk.services import create_services
    from rcpdesk.ui.main_window import MainWindow

    path = _profile_with_notes(tmp_path)
    read_only_file(path)
    services = create_services(tmp_path, database=real_db)
    window = MainWindow(services)
    qtbot.addWidget(window)
    window.show()
    controller, panel = window.notes, window.notes_panel
    assert services.notes is not None and services.notes.read_only
    qtbot.waitUntil(lambda: panel.model.rowCount() == 2)
    assert panel.read_only_label.isVisible()
    assert "can be read, searched, printed and exported" in panel.read_only_label.text()
    window.navigate("rcp://process/bali-process")
    assert not controller.add_action.isEnabled() and not controller.import_action.isEnabled()
    assert controller.export_action.isEnabled()
    qtbot.waitUntil(lambda: controller.last_error is not None)
    assert "read-only disk or folder" in controller.last_error
    with pytest.raises(NotesDatabaseReadOnly):
        services.notes.add(Target.process("bali-process"), "refused")
    assert services.notes.count() == 2
    services.close()
