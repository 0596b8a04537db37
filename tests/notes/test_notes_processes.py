"""Real processes: killed with SIGKILL mid-import or mid-write, and two writing at once."""

from __future__ import annotations

import os
import random
import signal
import subprocess
import time
from collections.abc import Callable
from pathlib import Path

import pytest

from rcpdesk.notes import NotesStore, Target
from rcpdesk.notes.exchange import export_notes, import_file

pytestmark = pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="needs SIGKILL")

Start = Callable[..., subprocess.Popen[str]]

IMPORT_SCRIPT = """
import sys, time
from pathlib import Path
from rcpdesk.notes import NotesStore
from rcpdesk.notes.exchange import import_file
pause_at = int(sys.argv[3])
def progress(done, total):
    if done == pause_at:  # in the middle of the transaction: half the notes written
        print("midway", flush=True)
        time.sleep(120)
print("starting", flush=True)
with NotesStore(Path(sys.argv[1])) as store:
    import_file(store, Path(sys.argv[2]), progress=progress)
print("done", flush=True)
"""

WRITE_LOOP_SCRIPT = """
import sys
from pathlib import Path
from rcpdesk.notes import NotesStore, Target
store = NotesStore(Path(sys.argv[1]))
i = 0
while True:
    note = store.add(Target.process("bali-process"), f"note {i}", tags=[f"t{i}"])
    print(note.id, flush=True)  # printed only once committed
    i += 1
"""

CONCURRENT_SCRIPT = """
import sys, time
from pathlib import Path
from rcpdesk.notes import NotesStore, Target
path, name, shared, go, count = Path(sys.argv[1]), sys.argv[2], sys.argv[3], Path(sys.argv[4]), int(sys.argv[5])
store = NotesStore(path, backup_on_open=False)
while not go.exists():
    time.sleep(0.01)
for i in range(count):
    store.add(Target.process("bali-process"), f"{name} {i}")
    if i % 6 == 0:  # read-modify-write of one note from both processes
        store.add_tags(shared, [f"{name}-{i}"])
print("ok", flush=True)
"""


@pytest.fixture(scope="module")
def big_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """An .rcpnotes file with 2,000 notes."""
    folder = tmp_path_factory.mktemp("big")
    with NotesStore(folder / "source" / "notes.db", backup_on_open=False) as source:
        document_notes = [source.add(Target.process("bali-process"), f"imported note {i}",
                                     tags=["bulk", f"n{i % 50}"], colour="concern")
                          for i in range(2000)]
        assert len(document_notes) == 2000
        export_notes(source, folder / "big.rcpnotes")
    return folder / "big.rcpnotes"


def _profile_with_notes(path: Path, count: int) -> None:
    with NotesStore(path) as store:
        for i in range(count):
            store.add(Target.process("bali-process"), f"before {i}")


def _read_line(process: subprocess.Popen[str], expected: str, timeout: float = 60) -> None:
    assert process.stdout is not None
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        line = process.stdout.readline()
        if line.strip() == expected:
            return
        if not line and process.poll() is not None:
            break
    raise AssertionError(f"no {expected!r} from the helper: {process.stderr.read() if process.stderr else ''}")


def test_sigkill_in_the_middle_of_an_import(db_path: Path, big_file: Path, start: Start,
                                            integrity: Callable[[Path], str]) -> None:
    _profile_with_notes(db_path, 3)
    helper = start(IMPORT_SCRIPT, str(db_path), str(big_file), "1000")
    _read_line(helper, "midway")
    helper.send_signal(signal.SIGKILL)
    helper.wait(timeout=30)
    assert helper.returncode == -signal.SIGKILL

    assert integrity(db_path) == "ok"
    with NotesStore(db_path) as store:
        assert {n.body for n in store.list_notes()} == {"before 0", "before 1", "before 2"}
        assert store.tags() == ()
        # The same file imports whole afterwards.
        result = import_file(store, big_file)
        assert result.new == 2000 and store.count() == 2003


def test_sigkill_at_random_moments_of_an_import(db_path: Path, big_file: Path, start: Start,
                                                integrity: Callable[[Path], str]) -> None:
    _profile_with_notes(db_path, 1)
    for delay in random.Random(4).sample([x / 100 for x in range(60)], 4):
        helper = start(IMPORT_SCRIPT, str(db_path), str(big_file), "-1")
        _read_line(helper, "starting")
        time.sleep(delay)
        helper.send_signal(signal.SIGKILL)
        helper.wait(timeout=30)
        assert integrity(db_path) == "ok"
        with NotesStore(db_path, backup_on_open=False) as store:
            count = store.count()
        assert count in (1, 2001), f"a partial import: {count} notes"
        if count == 2001:
            break


def test_sigkill_in_a_write_loop_keeps_every_committed_note(
        db_path: Path, start: Start, integrity: Callable[[Path], str]) -> None:
    _profile_with_notes(db_path, 0)
    helper = start(WRITE_LOOP_SCRIPT, str(db_path))
    assert helper.stdout is not None
    committed = [helper.stdout.readline().strip() for _ in range(150)]
    helper.send_signal(signal.SIGKILL)
    helper.wait(timeout=30)
    committed += [line.strip() for line in helper.stdout.read().splitlines() if line.strip()]

    assert integrity(db_path) == "ok"
    with NotesStore(db_path) as store:
        notes = {note.id: note for note in store.list_notes()}
    assert set(committed) <= set(notes)
    assert len(notes) - len(committed) <= 1  # at most the one committed as the kill came
    for note_id in committed:
        number = notes[note_id].body.split()[-1]
        assert notes[note_id].tags == (f"t{number}",)  # a note and its tags, together


def test_two_processes_writing_at_once_lose_nothing(
        db_path: Path, tmp_path: Path, start: Start, integrity: Callable[[Path], str]) -> None:
    with NotesStore(db_path) as store:
        shared = store.add(Target.process("bali-process"), "tagged by both").id
    go = tmp_path / "go"
    helpers = [start(CONCURRENT_SCRIPT, str(db_path), name, shared, str(go), "120")
               for name in ("left", "right")]
    time.sleep(0.3)
    go.touch()  # both start writing at the same moment
    for helper in helpers:
        out, err = helper.communicate(timeout=120)
        assert helper.returncode == 0 and out.strip() == "ok", err

    assert integrity(db_path) == "ok"
    with NotesStore(db_path) as store:
        bodies = {note.body for note in store.list_notes()}
        tags = set(store.get(shared).tags)
    assert bodies == ({"tagged by both"} | {f"left {i}" for i in range(120)}
                      | {f"right {i}" for i in range(120)})
    assert tags == {f"{name}-{i}" for name in ("left", "right") for i in range(0, 120, 6)}


def test_a_writer_waits_for_the_lock_instead_of_failing(db_path: Path) -> None:
    """A long transaction in one window makes the other wait, then write (busy_timeout)."""
    first = NotesStore(db_path)
    second = NotesStore(db_path, busy_timeout=0.2)
    try:
        assert first._conn is not None
        first._conn.execute("BEGIN IMMEDIATE")
        from rcpdesk.notes import NotesDatabaseBusy

        with pytest.raises(NotesDatabaseBusy, match="busy in another rcpdesk window"):
            second.add(Target.process("bali-process"), "waits too long")
        first._conn.execute("COMMIT")
        assert second.add(Target.process("bali-process"), "now").body == "now"
    finally:
        first.close()
        second.close()
    assert os.path.exists(db_path)


@pytest.fixture()
def start(start_script: Start) -> Start:
    return start_script
