"""A new profile's notes database is created just after the first paint, out of start-up."""

from __future__ import annotations

from pathlib import Path

from rcpdesk.app import build_main_window, create_services
from rcpdesk.notes import NOTES_FILE_NAME, Target


def test_new_profile_gets_its_notes_after_the_first_paint(qtbot, tmp_path: Path, real_db: Path) -> None:
    services = create_services(tmp_path, real_db, defer_new_notes=True)
    assert services.notes is None and services.notes_pending
    assert not (tmp_path / NOTES_FILE_NAME).exists()
    window = build_main_window(services)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitUntil(lambda: services.notes is not None, timeout=3000)
    assert not services.notes_pending and services.notes_error is None
    assert window.notes.unavailable_box is None  # no "notes unavailable" box for a new profile
    assert window.notes.add_action.isEnabled() or window.notes.current_target is None
    services.notes.add(Target.process("bali-process"), "Written after start-up")
    assert (tmp_path / NOTES_FILE_NAME).exists()
    window.close()
    services.close()


def test_existing_notes_open_at_once(tmp_path: Path, real_db: Path) -> None:
    first = create_services(tmp_path, real_db)
    first.notes.add(Target.process("bali-process"), "Kept")
    first.close()
    again = create_services(tmp_path, real_db, defer_new_notes=True)
    assert again.notes is not None and not again.notes_pending
    assert [n.body for n in again.notes.list_notes()] == ["Kept"]
    again.close()
