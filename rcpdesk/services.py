"""The context object handed to every panel: catalog, notes, settings and a task runner."""

from __future__ import annotations

import traceback
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal

from rcpdesk.catalog import Catalog
from rcpdesk.notes import NotesError, NotesStore
from rcpdesk.paths import bundled_database, user_data_dir
from rcpdesk.settings import Settings


class _TaskSignals(QObject):
    done = Signal(object)
    failed = Signal(str)


class _Task(QRunnable):
    def __init__(self, work: Callable[[], Any]) -> None:
        super().__init__()
        self.signals = _TaskSignals()
        self._work = work

    def run(self) -> None:
        try:
            result = self._work()
        except Exception as exc:  # noqa: BLE001 - a worker must always answer
            self.signals.failed.emit(f"{type(exc).__name__}: {exc}\n{traceback.format_exc(limit=3)}")
        else:
            self.signals.done.emit(result)


class TaskRunner:
    """Runs work on QThreadPool; results come back on the GUI thread through queued signals."""

    def __init__(self, pool: QThreadPool | None = None) -> None:
        self.pool = pool or QThreadPool.globalInstance()

    def run(self, work: Callable[[], Any], on_done: Callable[[Any], None],
            on_failed: Callable[[str], None] | None = None) -> _Task:
        task = _Task(work)
        task.setAutoDelete(False)  # we keep a reference until it answers
        task.signals.done.connect(on_done)
        if on_failed is not None:
            task.signals.failed.connect(on_failed)
        self.pool.start(task)
        return task

    def wait(self, msecs: int = 30000) -> bool:
        return self.pool.waitForDone(msecs)


class Services:
    """What the window needs: built once in app.py and handed to every panel."""

    def __init__(self, catalog: Catalog, settings: Settings, notes: NotesStore | None,
                 notes_error: NotesError | None = None, profile: Path | None = None) -> None:
        self.catalog = catalog
        self.settings = settings
        self.notes = notes
        self.notes_error = notes_error  # shown to the delegate when the notes could not be opened
        self.profile = profile or user_data_dir()
        self.tasks = TaskRunner()

    @classmethod
    def open(cls, profile: Path | None = None, database: Path | None = None,
             lang: str = "en") -> Services:
        folder = Path(profile) if profile else user_data_dir()
        catalog = Catalog(Path(database) if database else bundled_database(), lang=lang)
        settings = Settings(folder)
        notes, error = open_notes(folder)
        return cls(catalog, settings, notes, error, folder)

    def set_language(self, lang: str) -> None:
        """Names (processes, regions, dimensions, countries) in another language."""
        self.catalog = self.catalog.with_language(lang)

    def close(self) -> None:
        self.tasks.wait(5000)
        self.settings.sync()
        if self.notes is not None:
            self.notes.close()


def open_notes(folder: Path) -> tuple[NotesStore | None, NotesError | None]:
    """The notes store, or the reason it could not be opened (the app still starts)."""
    try:
        return NotesStore.for_profile(folder), None
    except NotesError as exc:
        return None, exc
