"""Fixtures for the notes tests: stores in tmp_path, old-schema databases, helper processes."""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
from collections.abc import Callable, Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from rcpdesk.notes import NotesStore, Target

ROOT = Path(__file__).resolve().parents[2]
FIXTURES = Path(__file__).resolve().parent / "fixtures"
PARAGRAPH_20 = ("Regional consultative processes are informal and non-binding dialogues "
                "among states on migration; the workshop found them useful for building trust.")


class FakeClock:
    """A clock the test moves; every reading is one second after the last."""

    def __init__(self, start: datetime = datetime(2026, 3, 1, 9, 0, tzinfo=UTC)) -> None:
        self.now = start

    def __call__(self) -> datetime:
        self.now += timedelta(seconds=1)
        return self.now


@pytest.fixture()
def paragraph_20() -> str:
    return PARAGRAPH_20


@pytest.fixture()
def clock() -> FakeClock:
    return FakeClock()


@pytest.fixture()
def db_path(tmp_path: Path) -> Path:
    return tmp_path / "profile" / "notes.db"


@pytest.fixture()
def store(db_path: Path, clock: FakeClock) -> Iterator[NotesStore]:
    with NotesStore(db_path, clock=clock) as opened:
        yield opened


@pytest.fixture()
def make_store(tmp_path: Path) -> Iterator[Callable[..., NotesStore]]:
    """Opens stores in their own profile folders; closes them after the test."""
    opened: list[NotesStore] = []

    def make(name: str = "profile", **options: object) -> NotesStore:
        store = NotesStore(tmp_path / name / "notes.db", **options)  # type: ignore[arg-type]
        opened.append(store)
        return store

    yield make
    for store in opened:
        store.close()


@pytest.fixture()
def populated(store: NotesStore) -> NotesStore:
    """Four notes, one of each kind of target but dimension, one in the trash."""
    store.add(Target.process("bali-process"), "Funding is voluntary.", tags=["funding", "Asia"],
              colour="concern", author="Ann")
    start = PARAGRAPH_20.index("informal and non-binding")
    store.add(Target.passage("report-2005/p20", PARAGRAPH_20, start, start + 24), "**Key** point",
              body_format="markdown", colour="our position")
    store.add(Target.cell("bali-process", "funding"), "Compare with Colombo", tags=["funding"])
    gone = store.add(Target.dimension("secretariat"), "Light secretariats", colour="follow-up")
    store.delete(gone.id)
    return store


def _load_sql(name: str, out: Path) -> Path:
    out.parent.mkdir(parents=True, exist_ok=True)
    conn = sqlite3.connect(out)
    conn.executescript((FIXTURES / name).read_text(encoding="utf-8"))
    conn.close()
    return out


@pytest.fixture()
def old_database() -> Callable[[int, Path], Path]:
    """old_database(version, path): a database as rcpdesk with schema `version` left it."""
    return lambda version, out: _load_sql(f"notes_v{version}.sql", out)


def _python_env() -> dict[str, str]:
    env = dict(os.environ)
    env["PYTHONPATH"] = os.pathsep.join(filter(None, [str(ROOT), env.get("PYTHONPATH")]))
    return env


@pytest.fixture()
def start_script() -> Iterator[Callable[..., subprocess.Popen[str]]]:
    """start_script(source, *args): this interpreter runs `source` with the repository importable."""
    started: list[subprocess.Popen[str]] = []

    def start(source: str, *args: str, **popen: object) -> subprocess.Popen[str]:
        process = subprocess.Popen(  # type: ignore[call-overload]
            [sys.executable, "-c", source, *args], env=_python_env(), text=True,
            stdout=subprocess.PIPE, stderr=subprocess.PIPE, **popen)
        started.append(process)
        return process

    yield start
    for process in started:  # a failed test must not leave a helper running
        if process.poll() is None:
            process.kill()
        process.wait()
        for stream in (process.stdout, process.stderr):
            if stream:
                stream.close()


@pytest.fixture()
def integrity() -> Callable[[Path], str]:
    """integrity(path): PRAGMA integrity_check of a database file, from a fresh connection."""

    def check(path: Path) -> str:
        conn = sqlite3.connect(path)
        try:
            return str(conn.execute("PRAGMA integrity_check").fetchone()[0])
        finally:
            conn.close()

    return check
