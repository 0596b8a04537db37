"""`rcpdesk notes ...` headless: add, list, export, import (with counts), trash, restore."""

from __future__ import annotations

import argparse
import json
import subprocess
from collections.abc import Callable
from pathlib import Path

import pytest

from rcpdesk.notes import NotesStore
from rcpdesk.notes.cli import register, run

CATALOG = {"bali-process": "process", "colombo-process": "process", "funding": "dimension",
           "report-2005/p20": "paragraph"}


@pytest.fixture()
def notes_cli(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> Callable[..., tuple[int, str, str]]:
    """notes_cli(*argv, profile=...): runs `rcpdesk [--profile P] notes ARGV` with a catalog lookup."""
    parser = argparse.ArgumentParser(prog="rcpdesk")
    parser.add_argument("--profile")
    register(parser.add_subparsers(dest="command"))

    def call(*argv: str, profile: Path | None = tmp_path / "me") -> tuple[int, str, str]:
        prefix = ["--profile", str(profile)] if profile else []
        code = run(parser.parse_args([*prefix, "notes", *argv]), CATALOG.get, edition="2026-11-26")
        out, err = capsys.readouterr()
        return code, out, err

    return call


def test_add_list_and_json(notes_cli: Callable[..., tuple[int, str, str]], tmp_path: Path) -> None:
    code, out, _ = notes_cli("add", "bali-process", "Funding is voluntary", "--tag", "funding",
                             "--tag", "asia", "--colour", "our position", "--author", "Ann")
    assert code == 0 and out.startswith("Added note ")
    assert notes_cli("add", "bali-process#funding", "cell note")[0] == 0
    assert notes_cli("add", "report-2005/p20", "para")[0] == 0
    assert notes_cli("add", "funding", "dimension note", "--markdown")[0] == 0

    code, out, _ = notes_cli("list")
    assert code == 0
    assert "process:bali-process  [our position] #asia #funding" in out
    assert "Funding is voluntary" in out and "cell:bali-process#funding" in out

    code, out, _ = notes_cli("list", "--json", "--tag", "funding")
    (note,) = json.loads(out)
    assert note["body"] == "Funding is voluntary" and note["tags"] == ["asia", "funding"]
    assert note["colour"] == "our-position" and note["colour_name"] == "our position"
    assert note["author"] == "Ann" and note["target"] == {"kind": "process", "id": "bali-process"}
    assert json.loads(notes_cli("list", "--json", "--kind", "dimension")[1])[0]["body_format"] == "markdown"
    with NotesStore(tmp_path / "me" / "notes.db") as store:  # --profile was honoured
        assert store.count() == 4


def test_export_import_with_counts(notes_cli: Callable[..., tuple[int, str, str]],
                                   tmp_path: Path) -> None:
    notes_cli("add", "bali-process", "one")
    notes_cli("add", "colombo-process", "two")
    out_file = tmp_path / "share.rcpnotes"
    code, out, _ = notes_cli("export", "--out", str(out_file))
    assert code == 0 and out.strip() == f"Wrote 2 notes to {out_file}."
    assert json.loads(out_file.read_text(encoding="utf-8"))["rcpdesk:edition"] == "2026-11-26"

    colleague = tmp_path / "colleague"
    code, out, _ = notes_cli("import", str(out_file), "--dry-run", profile=colleague)
    assert code == 0
    assert out.splitlines() == ["2 new, 0 updated, 0 conflicts, 0 unchanged, 0 deleted",
                                "Dry run: nothing was changed."]
    assert notes_cli("list", profile=colleague)[1].strip() == "No notes."
    code, out, _ = notes_cli("import", str(out_file), profile=colleague)
    assert out.splitlines()[0] == "2 new, 0 updated, 0 conflicts, 0 unchanged, 0 deleted"
    code, out, _ = notes_cli("import", str(out_file), profile=colleague)
    assert out.splitlines()[0] == "0 new, 0 updated, 0 conflicts, 2 unchanged, 0 deleted"

    for fmt, first_line in (("md", "# rcpdesk notes"), ("csv", "\ufeffid,target_kind")):
        path = tmp_path / f"notes.{fmt}"
        assert notes_cli("export", "--out", str(path))[0] == 0  # the format from the name
        assert path.read_text(encoding="utf-8").startswith(first_line)
    path = tmp_path / "only-bali.txt"
    assert notes_cli("export", "--out", str(path), "--format", "csv", "--target", "bali-process")[0] == 0
    assert path.read_text(encoding="utf-8").count("\n") == 2


def test_trash_and_restore(notes_cli: Callable[..., tuple[int, str, str]]) -> None:
    note_id = notes_cli("add", "bali-process", "to trash")[1].split()[-1].rstrip(".")
    assert notes_cli("trash")[1].strip() == "The trash is empty."
    assert notes_cli("delete", note_id[:8])[0] == 0
    code, out, _ = notes_cli("trash")
    assert out.startswith(note_id[:8]) and "to trash" in out
    assert notes_cli("list")[1].strip() == "No notes."
    code, out, _ = notes_cli("restore", note_id[:8])
    assert code == 0 and out.strip() == f"Restored note {note_id}."
    assert "to trash" in notes_cli("list")[1]


@pytest.mark.parametrize("argv, message", [
    (("add", "atlantis-process", "x"), "No process, paragraph, dimension or comparison cell"),
    (("add", "bali-process", "x", "--colour", "mauve"), "There is no colour named 'mauve'"),
    (("add", "bali-process", "x", "--tag", "x" * 101), "A tag must be 1 to 100 characters"),
    (("restore", "deadbeef"), "There is no note with the id deadbeef"),
    (("import", "/no/such/file.rcpnotes"), "does not exist or cannot be read"),
])
def test_errors_are_one_line(notes_cli: Callable[..., tuple[int, str, str]],
                             argv: tuple[str, ...], message: str) -> None:
    code, out, err = notes_cli(*argv)
    assert code != 0 and out == ""
    assert err.startswith("rcpdesk notes: error: ") and message in err
    assert err.count("\n") == 1 and "Traceback" not in err


def test_broken_import_file_changes_nothing(notes_cli: Callable[..., tuple[int, str, str]],
                                            tmp_path: Path) -> None:
    notes_cli("add", "bali-process", "mine")
    bad = tmp_path / "bad.rcpnotes"
    bad.write_text("{not json", encoding="utf-8")
    code, _, err = notes_cli("import", str(bad))
    assert code == 1 and "is not valid JSON" in err
    assert json.loads(notes_cli("list", "--json")[1])[0]["body"] == "mine"


def test_through_the_main_command_line(tmp_path: Path, start_script: Callable[..., subprocess.Popen[str]]) -> None:
    """`python -m rcpdesk --profile DIR notes ...`, as a delegate types it; errors without traceback."""
    profile = tmp_path / "p"
    add = start_script("import sys; from rcpdesk.cli import main; sys.exit(main(sys.argv[1:]))",
                       "--profile", str(profile), "notes", "add", "--kind", "process",
                       "bali-process", "from the shell", "--tag", "t")
    out, err = add.communicate(timeout=60)
    assert add.returncode == 0, err
    with NotesStore(profile / "notes.db") as store:
        assert [(n.body, n.tags) for n in store.list_notes()] == [("from the shell", ("t",))]
    (profile / "notes.db").unlink()
    for suffix in ("-wal", "-shm"):
        Path(f"{profile / 'notes.db'}{suffix}").unlink(missing_ok=True)
    (profile / "notes.db").write_text("not a database", encoding="utf-8")
    listing = start_script("import sys; from rcpdesk.cli import main; sys.exit(main(sys.argv[1:]))",
                           "--profile", str(profile), "notes", "list")
    out, err = listing.communicate(timeout=60)
    assert listing.returncode == 1 and out == ""
    assert err.startswith("rcpdesk notes: error: The notes file is not a notes database")
    assert err.count("\n") == 1
