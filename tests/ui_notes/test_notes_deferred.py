"""The window paints first; the notes, the search results, comparison and notes panels follow
just after the first paint (MainWindow.finish_startup), with nothing lost on the way."""

from __future__ import annotations

from pathlib import Path

from rcpdesk.app import build_main_window, create_services
from rcpdesk.notes import NOTES_FILE_NAME, Target
from rcpdesk.settings import Settings, settings_path


def test_new_profile_gets_its_notes_after_the_first_paint(qtbot, tmp_path: Path, real_db: Path) -> None:
    services = create_services(tmp_path, real_db, defer_notes=True)
    assert services.notes is None and services.notes_pending
    assert not (tmp_path / NOTES_FILE_NAME).exists()
    window = build_main_window(services)
    qtbot.addWidget(window)
    with qtbot.waitSignal(window.startup_finished, timeout=3000):
        window.show()
    assert services.notes is not None
    assert not services.notes_pending and services.notes_error is None
    assert window.notes.recovery.unavailable_box is None  # no "notes unavailable" box for a new profile
    assert window.notes.add_action.isEnabled() or window.notes.current_target is None
    services.notes.add(Target.process("bali-process"), "Written after start-up")
    assert (tmp_path / NOTES_FILE_NAME).exists()
    window.close()
    services.close()


def test_panels_are_built_after_the_first_paint_in_their_saved_docks(qtbot, tmp_path: Path,
                                                                    real_db: Path) -> None:
    first = create_services(tmp_path, real_db)
    first.notes.add(Target.process("bali-process"), "Ask about the budget")
    first.close()
    settings = Settings(settings_path(tmp_path))
    settings.last_location = "rcpdesk:process/bali-process"
    settings.sync()

    services = create_services(tmp_path, real_db, defer_notes=True)
    assert services.notes is None and services.notes_pending  # not opened before the paint
    window = build_main_window(services)
    qtbot.addWidget(window)
    # Before the first paint: the page and the tree are there, the dock frames wait empty.
    assert "Bali Process" in window.detail_panel.view.toPlainText()
    assert window._notes is None and window._comparison_panel is None
    assert window.docks["comparison_dock"].widget().objectName() != "comparison_panel"
    with qtbot.waitSignal(window.startup_finished, timeout=3000):
        window.show()
    assert window.docks["search_dock"].widget() is window.search_panel
    assert window.docks["comparison_dock"].widget() is window.comparison_panel
    assert window.docks["notes_dock"].widget() is window.notes_panel
    assert window.search_panel.field is window.search_field  # the toolbar's field, adopted
    # The existing note is on the page and in the Notes panel once the notes are open.
    assert "Ask about the budget" in window.detail_panel.view.toPlainText()
    assert window.notes_panel.model.rowCount() == 1
    window.close()
    services.close()


def test_a_query_typed_before_the_panel_exists_is_searched(qtbot, tmp_path: Path, real_db: Path) -> None:
    services = create_services(tmp_path, real_db, defer_notes=True)
    window = build_main_window(services)
    qtbot.addWidget(window)
    window.search_field.setText("trafficking")
    with qtbot.waitSignal(window.startup_finished, timeout=3000):
        window.show()
    with qtbot.waitSignal(window.search_panel.results_ready, timeout=5000) as blocker:
        pass
    assert blocker.args[0] > 0
    assert window.docks["search_dock"].isVisible()
    window.close()
    services.close()


def test_asking_for_a_panel_early_builds_them_at_once(qtbot, tmp_path: Path, real_db: Path) -> None:
    services = create_services(tmp_path, real_db, defer_notes=True)
    window = build_main_window(services)
    qtbot.addWidget(window)
    window.add_to_comparison(["bali-process", "colombo-process"])  # before any paint
    assert window.comparison_panel.processes() == ["bali-process", "colombo-process"]
    assert services.notes is not None and window.notes.store is services.notes
    with qtbot.waitSignal(window.startup_finished, timeout=1000, raising=False) as blocker:
        window.show()
    assert not blocker.signal_triggered  # built once: nothing is rebuilt after the paint
    window.close()
    services.close()


def test_the_steps_modules_load_on_a_worker_before_the_first_step(qtbot, tmp_path: Path, real_db: Path,
                                                                   monkeypatch) -> None:
    """After the first paint a worker imports what the steps need (with a new profile, the notes
    schema and sqlite-utils); the steps run once all of it is loaded, so their turns of the GUI
    thread only build."""
    import threading
    import time

    import rcpdesk.services
    from rcpdesk.ui import startup
    from rcpdesk.ui.preload import import_modules

    events: list[tuple[str, object]] = []

    def recording_import(names):
        names = list(names)
        import_modules(names)
        time.sleep(0.05)  # a slow worker: the steps wait for it
        events.append(("preloaded", (tuple(names), threading.current_thread() is threading.main_thread())))

    opened = rcpdesk.services.open_pending_notes

    def recording_open(services):
        events.append(("notes opened", None))
        opened(services)

    monkeypatch.setattr(startup, "import_modules", recording_import)
    monkeypatch.setattr(rcpdesk.services, "open_pending_notes", recording_open)
    services = create_services(tmp_path, real_db, defer_notes=True)
    window = build_main_window(services)
    qtbot.addWidget(window)
    with qtbot.waitSignal(window.startup_finished, timeout=5000):
        window.show()
    assert [kind for kind, _ in events] == ["preloaded", "notes opened"]
    names, on_main_thread = events[0][1]
    assert not on_main_thread
    assert {"rcpdesk.notes.schema", "rcpdesk.ui.panels.search", "rcpdesk.ui.printing"} <= set(names)
    assert services.notes is not None and window.printing is not None
    window.close()
    services.close()


def test_a_module_that_fails_to_load_is_passed_over(monkeypatch) -> None:
    import sys

    from rcpdesk.ui.preload import import_modules

    monkeypatch.delitem(sys.modules, "csv", raising=False)
    import_modules(["rcpdesk.no_such_module", "csv"])
    assert "csv" in sys.modules and "rcpdesk.no_such_module" not in sys.modules


def test_notes_opened_by_the_worker_are_adopted_or_closed(tmp_path: Path, real_db: Path) -> None:
    from rcpdesk.services import adopt_opened_notes, open_notes_for

    services = create_services(tmp_path, real_db, defer_notes=True)
    opened = open_notes_for(services.profile, services.catalog, services.settings.anchored_edition)
    assert opened.store is not None and opened.error is None
    assert opened.reanchored is not None  # a profile not yet anchored to this edition
    adopt_opened_notes(services, opened)
    assert services.notes is opened.store and not services.notes_pending
    assert services.settings.anchored_edition == services.catalog.edition.content_hash
    assert services.reanchored is opened.reanchored
    again = open_notes_for(services.profile, services.catalog, services.settings.anchored_edition)
    assert again.reanchored is None  # anchored already: nothing to do
    adopt_opened_notes(services, again)  # the notes are open: the second opening is closed
    assert again.store.closed and services.notes is opened.store
    services.close()


def test_notes_the_worker_opens_after_the_window_opened_its_own_are_closed(qtbot, tmp_path: Path, real_db: Path,
                                                                           monkeypatch) -> None:
    import threading
    import time

    import rcpdesk.services

    made = []
    opened = rcpdesk.services.open_notes_for

    def slow_open(*args):
        if threading.current_thread() is threading.main_thread():
            return opened(*args)  # the window's own opening (finish_startup)
        time.sleep(0.2)  # the window asks for its panels before the worker is done
        made.append(opened(*args))
        return made[-1]

    monkeypatch.setattr(rcpdesk.services, "open_notes_for", slow_open)
    services = create_services(tmp_path, real_db, defer_notes=True)
    window = build_main_window(services)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitUntil(lambda: services.tasks.busy)  # the worker is under way
    window.finish_startup()  # opens the notes itself
    own = services.notes
    assert own is not None
    qtbot.waitUntil(lambda: bool(made) and not services.tasks.busy, timeout=5000)
    assert made[0].store.closed and services.notes is own and not own.closed
    window.close()
    services.close()
