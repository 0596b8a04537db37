"""The context object handed to every panel: the catalog, the notes, the settings and a task runner."""

from __future__ import annotations

import itertools
import os
import sys
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, NamedTuple

import shiboken6
from PySide6.QtCore import QCoreApplication, QObject, QRunnable, Qt, QThreadPool, Signal, Slot

from rcpdesk.catalog import Catalog
from rcpdesk.settings import Settings, settings_path

if TYPE_CHECKING:  # annotations only: the notes load after the window's first paint
    from rcpdesk.notes import NotesStore, ReanchorReport


class _TaskSignals(QObject):
    finished = Signal(int, bool, object)  # task id, succeeded, result or exception
    part = Signal(int, object)  # task id, a part of the answer sent ahead of the rest


class _Task(QRunnable):
    def __init__(self, task_id: int, call: Callable[..., object], signals: _TaskSignals, streams: bool) -> None:
        super().__init__()
        self.setAutoDelete(False)  # the runner keeps it until its answer has arrived
        self._task_id = task_id
        self._call = call
        self._signals = signals
        self._streams = streams

    def _report(self, part: object) -> None:
        self._signals.part.emit(self._task_id, part)

    def run(self) -> None:
        try:
            result = self._call(self._report) if self._streams else self._call()
        except Exception as exc:  # noqa: BLE001 - a worker always answers
            self._signals.finished.emit(self._task_id, False, exc)
        else:
            self._signals.finished.emit(self._task_id, True, result)


def prime_meta_objects() -> None:
    """Build the Python side of every Qt object's meta-object now, on the GUI thread, before a
    worker runs Python.

    PySide6 6.11 builds it, the first time Qt's own code asks for it (a cast while painting),
    without holding the GIL; a worker running Python at that moment can crash the process. Seen
    here: QPixmap::fromImage casting the application while painting a dock's title, as the
    start-up worker imported modules (about 1 window start in 6 under a window manager). Asked
    here first, with the GIL, those later reads find it built. The objects' wrappers are made
    once; later calls cost a fraction of a millisecond.
    """
    app = QCoreApplication.instance()
    if app is None:
        return
    app.metaObject()
    widgets = sys.modules.get("PySide6.QtWidgets")  # loaded with the window; not by the CLI
    if widgets is None or not isinstance(app, widgets.QApplication):
        return
    for top in widgets.QApplication.topLevelWidgets():
        top.metaObject()
        for child in top.findChildren(QObject):
            child.metaObject()


class TaskRunner(QObject):
    """Runs slow calls (search over a large catalog, exports) on a QThreadPool.

    The answer comes back on the GUI thread through a queued signal; `on_done(result)` or
    `on_error(exception)` is then called there. The catalog is safe to use from the workers.
    """

    def __init__(self, max_threads: int = 2, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("task_runner")
        self.pool = QThreadPool(self)
        self.pool.setMaxThreadCount(max_threads)
        self._ids = itertools.count(1)
        self._pending: dict[int, tuple[_Task, Callable[[object], None] | None, Callable[[BaseException], None] | None,
                                       QObject | None, Callable[[object], None] | None]] = {}
        self._signals = _TaskSignals()
        self._signals.finished.connect(self._on_finished, Qt.ConnectionType.QueuedConnection)
        self._signals.part.connect(self._on_part, Qt.ConnectionType.QueuedConnection)

    def submit(self, call: Callable[..., object], on_done: Callable[[object], None] | None = None,
               on_error: Callable[[BaseException], None] | None = None, *,
               context: QObject | None = None, on_part: Callable[[object], None] | None = None) -> int:
        """Run call on a worker; its answer goes to on_done or on_error on the GUI thread, unless
        context (the panel that asked) has been deleted by then (a window closed mid-search).
        With on_part, call gets a report function: each part it reports reaches on_part, in
        order and before the answer (the first search hits, shown while the rest are made)."""
        prime_meta_objects()
        task_id = next(self._ids)
        task = _Task(task_id, call, self._signals, streams=on_part is not None)
        self._pending[task_id] = (task, on_done, on_error, context, on_part)
        self.pool.start(task)
        return task_id

    @property
    def busy(self) -> bool:
        return bool(self._pending)

    def wait(self, msecs: int = 5000) -> bool:
        """Wait for the workers (at shutdown and in tests); answers still arrive as events."""
        return self.pool.waitForDone(msecs)

    @Slot(int, object)
    def _on_part(self, task_id: int, part: object) -> None:
        entry = self._pending.get(task_id)
        if entry is None:
            return
        _task, _on_done, _on_error, context, on_part = entry
        if on_part is not None and (context is None or shiboken6.isValid(context)):
            on_part(part)

    @Slot(int, bool, object)
    def _on_finished(self, task_id: int, succeeded: bool, result: object) -> None:
        entry = self._pending.pop(task_id, None)
        if entry is None:
            return
        _task, on_done, on_error, context, _on_part = entry
        if context is not None and not shiboken6.isValid(context):
            return
        if succeeded and on_done is not None:
            on_done(result)
        elif not succeeded and on_error is not None:
            on_error(result)  # type: ignore[arg-type]


class Services:
    """Everything a panel may use; panels never open databases or settings themselves.

    A plain class, not a dataclass: this module loads before the window's first paint, and the
    dataclasses module and the methods a dataclass generates cost start-up time. Its slots are
    its whole content: nothing can be hung on it beside them."""

    __slots__ = ("catalog", "lang", "notes", "notes_error", "notes_pending", "profile", "reanchored",
                 "settings", "tasks")

    def __init__(self, catalog: Catalog, settings: Settings, tasks: TaskRunner, profile: Path,
                 lang: str = "en", notes: NotesStore | None = None,
                 notes_error: BaseException | None = None, notes_pending: bool = False,
                 reanchored: ReanchorReport | None = None) -> None:
        self.catalog = catalog
        self.settings = settings
        self.tasks = tasks
        self.profile = profile
        self.lang = lang
        # The delegate's notes; None when they cannot be opened (damaged, too new: the reason
        # in notes_error), and every panel copes with None.
        self.notes = notes
        self.notes_error = notes_error
        # The window opens the notes (and creates a new profile's database) just after its
        # first paint (MainWindow.finish_startup): the notes package, sqlite-utils for a new
        # database and re-anchoring stay out of start-up.
        self.notes_pending = notes_pending
        # How the notes were re-anchored to a new data edition at this start, for the window.
        self.reanchored = reanchored

    def __repr__(self) -> str:
        return (f"Services(profile={str(self.profile)!r}, lang={self.lang!r}, "
                f"notes={'pending' if self.notes_pending else self.notes is not None})")

    @classmethod
    def open(cls, profile: str | os.PathLike[str] | None = None,
             database: str | os.PathLike[str] | None = None, *, lang: str | None = None) -> Services:
        return create_services(profile, database=database, lang=lang)

    def set_language(self, lang: str) -> None:
        """Names from the catalog in another language; panels re-read on their LanguageChange."""
        if lang != self.catalog.lang:
            self.catalog = self.catalog.with_language(lang)
        self.lang = lang

    def close(self) -> None:
        """Wait for running tasks, write the settings, close the notes."""
        self.tasks.wait(5000)
        self.settings.sync()
        if self.notes is not None:
            self.notes.close()


def create_services(profile: str | os.PathLike[str] | None = None, *,
                    database: str | os.PathLike[str] | None = None, lang: str | None = None,
                    catalog: Catalog | None = None, defer_notes: bool = False) -> Services:
    """The services of one profile: its settings file, the bundled (or given) catalog, and its
    notes (unless defer_notes: then notes_pending, for open_pending_notes to open later)."""
    from rcpdesk.paths import bundled_database, user_data_dir

    language = lang or "en"
    if catalog is None:
        catalog = Catalog(Path(database) if database else bundled_database(), lang=language)
    elif catalog.lang != language and lang is not None:
        catalog = catalog.with_language(language)
    home = user_data_dir(profile)
    home.mkdir(parents=True, exist_ok=True)
    services = Services(catalog=catalog, settings=Settings(settings_path(profile)), tasks=TaskRunner(),
                        profile=home, lang=catalog.lang, notes_pending=True)
    if not defer_notes:
        open_pending_notes(services)
    return services


def open_pending_notes(services: Services) -> None:
    """Open the profile's notes (creating a new profile's database) and re-anchor them to this
    edition, once; a notes database that cannot be opened leaves notes None and says why."""
    if not services.notes_pending:
        return
    adopt_opened_notes(services, open_notes_for(services.profile, services.catalog,
                                                services.settings.anchored_edition))


class OpenedNotes(NamedTuple):
    """Notes opened (and re-anchored) for the window to adopt on the GUI thread (a NamedTuple:
    this module loads before the first paint, and a dataclass is slow to define)."""

    store: NotesStore | None
    error: BaseException | None
    edition: str  # the catalog edition the notes are anchored to now
    reanchored: ReanchorReport | None = None  # when this opening re-anchored them


def open_notes_for(profile: Path, catalog: Catalog, anchored_edition: str | None) -> OpenedNotes:
    """Open a profile's notes and, when the catalog is a new edition, re-anchor them to it (once
    per edition: passages whose quote moved follow it; notes whose target went are flagged for
    review). Touches no settings, so a worker may run it: with 10,000 notes the backup check and
    a re-anchoring took ~0.5 s. adopt_opened_notes takes the result on the GUI thread."""
    store, error = open_notes(profile)
    edition = catalog.edition.content_hash
    report = None
    if store is not None and store.read_only:  # re-anchored when the profile is writable again
        return OpenedNotes(store, error, anchored_edition or "", None)
    if store is not None and anchored_edition != edition:
        report = store.reanchor(catalog.paragraph_texts(), catalog.target_kind)
    return OpenedNotes(store, error, edition, report)


def adopt_opened_notes(services: Services, opened: OpenedNotes) -> None:
    """Take the notes opened for the window; when it opened them itself meanwhile, close these.
    A re-anchoring is remembered for the edition, its report kept in services.reanchored for
    the window to tell the delegate."""
    if not services.notes_pending:
        if opened.store is not None:
            opened.store.close()
        return
    services.notes, services.notes_error = opened.store, opened.error
    services.notes_pending = False
    if opened.reanchored is not None:
        services.settings.anchored_edition = opened.edition
        services.settings.sync()
        services.reanchored = opened.reanchored


def modules_for_pending_notes(services: Services) -> tuple[str, ...]:
    """The modules open_pending_notes will import: the notes package and, for a profile with
    no notes database yet, the schema that creates it (with sqlite-utils, slow to import)."""
    from rcpdesk.paths import NOTES_FILE_NAME

    if not services.notes_pending:
        return ()
    if (Path(services.profile) / NOTES_FILE_NAME).exists():
        return ("rcpdesk.notes",)
    return ("rcpdesk.notes", "rcpdesk.notes.schema")


def open_notes(home: Path) -> tuple[NotesStore | None, BaseException | None]:
    """The profile's notes store, or why it could not be opened (the app starts all the same)."""
    from rcpdesk.notes import NotesError, NotesStore

    try:
        return NotesStore.for_profile(home), None
    except NotesError as exc:
        return None, exc
