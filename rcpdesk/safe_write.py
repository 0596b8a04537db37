"""Write files so that a reader never sees half of one: a temp file beside it, then a rename."""

from __future__ import annotations

import contextlib
import os
import stat
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import IO


@contextlib.contextmanager
def atomic_path(target: Path) -> Iterator[Path]:
    """Yields a temp path beside target; renamed onto target only if the block succeeds."""
    target = Path(target)
    if target.is_dir():
        raise IsADirectoryError(21, "Is a directory", str(target))
    try:
        handle, temp_name = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".part",
                                             dir=target.parent)
    except OSError as exc:  # a missing or read-only folder: say so of the file asked for
        raise _about_target(exc, target) from None
    os.close(handle)
    temp = Path(temp_name)
    try:
        yield temp
        _give_usual_mode(temp, target)
        os.replace(temp, target)
    except OSError as exc:
        if str(temp) not in (exc.filename, exc.filename2):
            raise
        raise _about_target(exc, target) from None
    finally:
        temp.unlink(missing_ok=True)


def _about_target(exc: OSError, target: Path) -> OSError:
    """The same error, naming the file the user asked for, not the temp file beside it (a
    message naming `.notes.rcpnotes.pnlrx8zp.part` tells a delegate nothing)."""
    return type(exc)(exc.errno, exc.strerror, str(target))


@contextlib.contextmanager
def atomic_text_file(target: Path) -> Iterator[IO[str]]:
    with atomic_path(target) as temp, temp.open("w", encoding="utf-8", newline="") as handle:
        yield handle
        handle.flush()
        os.fsync(handle.fileno())


def _umask() -> int:
    current = os.umask(0o022)  # the only portable way to read it is to set it
    os.umask(current)
    return current


def _give_usual_mode(temp: Path, target: Path) -> None:
    """mkstemp's file is private (0600); the file it becomes gets the target's mode, or the mode
    a new file gets (0666 less the umask), so that a colleague can read an exported sheet."""
    if os.name != "posix":
        return
    try:
        mode = stat.S_IMODE(target.stat().st_mode)
    except OSError:
        mode = 0o666 & ~_umask()
    os.chmod(temp, mode)
