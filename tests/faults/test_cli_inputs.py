"""What a careless user or a hostile argument gives the command line: huge numbers, a pasted page
as a query, an unknown file suffix, a profile that is a file, a missing or read-only folder, a
self-test of one's own profile, a missing translation. Each gets one line that says what to do,
never a traceback, and never a wrong file."""

from __future__ import annotations

import argparse
import os
import re
import subprocess
import sys
import time
from pathlib import Path

from PySide6.QtWidgets import QMessageBox

HUGE = "99999999999"
MAX_QUERY_CHARS, MAX_QUERY_TERMS = 1000, 64  # what a search reads of a query (issue 15)


def _one_line_error(result, *words: str) -> str:
    """The command failed with exactly one line on stderr, naming these words."""
    message = result.stderr.strip()
    assert result.returncode != 0, result.stdout
    assert "Traceback" not in message and len(message.splitlines()) == 1, message
    for word in words:
        assert word in message, message
    return message


# --- numbers ----------------------------------------------------------------------------------


NUMERIC_OPTIONS = [  # every numeric option of every command, beyond its range
    (["search", "funding", "--limit", HUGE], ["--limit", "10,000"]),
    (["search", "funding", "--limit", "0"], ["--limit"]),
    (["search", "funding", "--limit", "-3"], ["--limit"]),
    (["map", "--coverage", "--year", HUGE, "--out", "{tmp}/m.svg"], ["--year"]),
    (["map", "--coverage", "--width", HUGE, "--out", "{tmp}/m.png"], ["--width"]),
    (["map", "--coverage", "--width", "-" + HUGE, "--out", "{tmp}/m.png"], ["--width"]),
]


def test_every_numeric_option_refuses_a_number_out_of_range_in_one_line(cli, tmp_path: Path) -> None:
    for args, words in NUMERIC_OPTIONS:
        _one_line_error(cli(*(arg.format(tmp=tmp_path) for arg in args)), *words)
    assert not list(tmp_path.iterdir())


# --- a pasted page as a query -----------------------------------------------------------------


def _pasted_page(real_catalog, size: int) -> str:
    """Real prose, as a delegate might paste a page of the report into the search."""
    texts = [real_catalog.paragraph_texts()[f"report-2005/p{n}"] for n in (19, 20, 21, 22)]
    page = " ".join(texts)
    return " ".join([page] * (size // len(page) + 1))[:size]


def test_a_100_kb_query_is_shortened_with_a_message_and_answers_within_a_second(cli, real_catalog) -> None:
    query = _pasted_page(real_catalog, 100_000)
    started = time.perf_counter()
    baseline = cli("search", "funding", "--limit", "3")
    startup = time.perf_counter() - started
    assert baseline.returncode == 0

    started = time.perf_counter()
    result = cli("search", query, "--limit", "3", timeout=60)
    elapsed = time.perf_counter() - started
    assert result.returncode == 0, result.stderr
    assert "¶19" in result.stdout  # the first words of the pasted page are the paragraph's own
    message = result.stderr.strip()
    assert len(message.splitlines()) == 1 and "shortened" in message, message
    assert f"{MAX_QUERY_CHARS:,} characters" in message and f"{MAX_QUERY_TERMS} different" in message
    assert elapsed - startup < 1.0, f"{elapsed:.2f} s against {startup:.2f} s for a one-word search"


def test_the_cost_of_a_query_grows_no_faster_than_its_length(real_catalog) -> None:
    """Below the cap: a query twice as long costs about twice as much, not four times."""
    def cost(size: int) -> float:
        query = _pasted_page(real_catalog, size)
        best = float("inf")
        for _ in range(3):
            started = time.perf_counter()
            real_catalog.search(query, limit=10)
            best = min(best, time.perf_counter() - started)
        return best

    repeated_word = " ".join(["migration"] * 110)  # 1,000 characters of one word
    started = time.perf_counter()
    real_catalog.search(repeated_word, limit=10)
    assert time.perf_counter() - started < 0.2
    short, long_ = cost(MAX_QUERY_CHARS // 2), cost(MAX_QUERY_CHARS)
    assert long_ < max(4 * short, 0.05), (short, long_)


def test_the_window_search_shortens_a_pasted_page_and_says_so(qtbot, real_db: Path,
                                                               isolated_profile: Path, real_catalog) -> None:
    from rcpdesk.services import create_services
    from rcpdesk.ui.panels.search import SearchPanel

    services = create_services(isolated_profile, database=real_db)
    try:
        panel = SearchPanel(services)
        qtbot.addWidget(panel)
        panel.field.setText(_pasted_page(real_catalog, 30_000))
        started = time.perf_counter()
        panel.run_search()
        qtbot.waitUntil(lambda: panel.is_current, timeout=10_000)
        assert time.perf_counter() - started < 1.0
        assert panel.model.rowCount() >= 1
        assert panel.model.hits()[0].citation == "¶19"
        status = panel.status.text()
        assert "shortened to its first" in status and "64 different words" in status
        assert re.search(r"1\D?000 characters", status), status  # in the locale's digits
        panel.field.setText("self-financing")  # a short query again: no word of shortening
        panel.run_search()
        qtbot.waitUntil(lambda: panel.is_current, timeout=5_000)
        assert "shortened" not in panel.status.text()
    finally:
        services.close()


# --- an unknown file suffix -------------------------------------------------------------------


def test_an_unknown_suffix_is_refused_in_one_line_and_a_known_one_sets_the_format(cli, tmp_path: Path) -> None:
    for args in (["sheet", "--compare", "bali-process", "--out"], ["map", "--timeline", "--out"],
                 ["notes", "export", "--out"], ["export", "--out"]):
        _one_line_error(cli(*args, str(tmp_path / "brief.xyz")), "brief.xyz", "--format"
                        if args[0] != "map" else ".svg")
    assert not list(tmp_path.iterdir()), "a refused file was written anyway"

    cli("notes", "add", "bali-process", "Ask about the RSO budget")
    assert cli("notes", "export", "--out", str(tmp_path / "notes.md")).returncode == 0
    assert (tmp_path / "notes.md").read_text(encoding="utf-8").startswith("#")
    assert cli("sheet", "--compare", "bali-process", "--out", str(tmp_path / "s.html")).returncode == 0
    assert (tmp_path / "s.html").read_text(encoding="utf-8").lstrip().startswith("<")
    assert cli("sheet", "--compare", "bali-process", "--format", "md",
               "--out", str(tmp_path / "s.txt")).returncode == 0  # --format says what the name does not
    assert (tmp_path / "s.txt").read_text(encoding="utf-8").startswith("# ")


# --- a profile that is a file -----------------------------------------------------------------

IS_A_FILE = "is a file, not a folder"


def test_a_profile_that_is_a_file_is_said_to_be_one(cli, tmp_path: Path) -> None:
    profile = tmp_path / "usb-stick-profile"
    profile.write_text("not a folder\n", encoding="utf-8")
    for args in (["notes", "list"], ["notes", "add", "bali-process", "a note"],
                 ["notes", "export", "--out", str(tmp_path / "n.rcpnotes")],
                 ["sheet", "--compare", "bali-process", "--with-notes", "--out", str(tmp_path / "s.md")]):
        message = _one_line_error(cli("--profile", str(profile), *args), IS_A_FILE, "usb-stick-profile")
        assert "read-only" not in message
    _one_line_error(cli("notes", "list", env={"RCPDESK_HOME": str(profile)}), IS_A_FILE)
    assert profile.read_text(encoding="utf-8") == "not a folder\n"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["usb-stick-profile"]


def test_the_window_says_the_same_of_a_profile_that_is_a_file(qtbot, tmp_path: Path, monkeypatch) -> None:
    from rcpdesk.app import run_gui

    profile = tmp_path / "profile"
    profile.write_text("", encoding="utf-8")
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "critical", lambda parent, title, text, *rest: shown.append(text))
    assert run_gui(argparse.Namespace(profile=str(profile), database=None, lang="en")) == 2
    assert len(shown) == 1 and IS_A_FILE in shown[0] and str(profile) in shown[0]
    assert "File exists" not in shown[0]


# --- a missing or read-only folder ------------------------------------------------------------


def _names_the_asked_path(result, asked: Path) -> None:
    message = _one_line_error(result, str(asked))
    assert ".part" not in message, message


def test_writing_into_a_missing_folder_names_the_file_asked_for(cli, tmp_path: Path) -> None:
    cli("notes", "add", "bali-process", "Ask about the RSO budget")
    missing = tmp_path / "no-such-folder"
    for args, name in ((["notes", "export", "--out"], "n.rcpnotes"),
                       (["notes", "export", "--format", "md", "--out"], "n.md"),
                       (["export", "--out"], "catalog.json"),
                       (["sheet", "--compare", "bali-process", "--out"], "s.pdf"),
                       (["map", "--timeline", "--out"], "m.svg")):
        asked = missing / name
        if args[0] in ("sheet", "map"):  # these check the folder first, and say it
            _one_line_error(cli(*args, str(asked)), str(asked))
        else:
            _names_the_asked_path(cli(*args, str(asked)), asked)
    assert not missing.exists()


def test_writing_into_a_read_only_folder_names_the_file_asked_for(
        cli, run_on_read_only_folder, tmp_path: Path) -> None:
    cli("notes", "add", "bali-process", "Ask about the RSO budget")
    folder = tmp_path / "locked"
    folder.mkdir()
    env = {**os.environ, "PYTHONPATH": str(Path(__file__).resolve().parents[2])}
    for args, name in ((["notes", "export", "--out"], "n.rcpnotes"), (["export", "--out"], "c.json")):
        asked = folder / name
        result = run_on_read_only_folder(folder, [sys.executable, "-m", "rcpdesk", *args, str(asked)],
                                         env=env)
        _names_the_asked_path(result, asked)
    assert not list(folder.iterdir())


# --- the self-test of a delegate's profile ----------------------------------------------------


def _files(folder: Path) -> dict[str, bytes]:
    return {str(p.relative_to(folder)): p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()}


def test_the_self_test_checks_the_profile_it_is_given_and_changes_nothing(cli, tmp_path: Path) -> None:
    profile = tmp_path / "delegation"
    for text in ("Ask about the RSO budget", "Our position on return", "Withdrawn"):
        assert cli("--profile", str(profile), "notes", "add", "bali-process", text).returncode == 0
    deleted = cli("--profile", str(profile), "notes", "list", "--text", "Withdrawn").stdout.split()[0]
    assert cli("--profile", str(profile), "notes", "delete", deleted).returncode == 0
    before = _files(profile)

    result = cli("--self-test", "--profile", str(profile))
    line = next((line for line in result.stdout.splitlines() if "your profile" in line), "")
    assert line.startswith("ok "), result.stdout
    assert "2 notes (1 in the trash)" in line and str(profile / "notes.db") in line
    assert _files(profile) == before, "the self-test changed the profile"
    assert not any(line.startswith("FAIL  notes") for line in result.stdout.splitlines())


def test_the_self_test_of_a_profile_that_is_a_file_fails_saying_so(cli, tmp_path: Path) -> None:
    profile = tmp_path / "profile"
    profile.write_text("", encoding="utf-8")
    result = cli("--self-test", "--profile", str(profile))
    assert result.returncode == 1
    assert any(line.startswith("FAIL  your profile") and IS_A_FILE in line
               for line in result.stdout.splitlines()), result.stdout


# --- a missing translation --------------------------------------------------------------------

# The command line run with a resources folder whose translations are gone (a bundle built
# without them): every resource but the .qm and .ts files.
WITHOUT_TRANSLATIONS = """
import sys
from pathlib import Path
from PySide6.QtWidgets import QApplication
import rcpdesk.paths
rcpdesk.paths.resources_dir = lambda: Path(sys.argv[1])
QApplication.exec = lambda *args: 0  # the window is built and shown, then the run ends
from rcpdesk.cli import main
sys.exit(main(sys.argv[2:]))
"""


def _resources_without_translations(tmp_path: Path, real_db: Path) -> Path:
    folder = tmp_path / "resources"
    (folder / "translations").mkdir(parents=True)
    for entry in real_db.parent.iterdir():
        if entry.name != "translations":
            (folder / entry.name).symlink_to(entry)
    return folder


def test_a_missing_translation_is_said_once_on_stderr(cli, tmp_path: Path, real_db: Path) -> None:
    resources = _resources_without_translations(tmp_path, real_db)
    env = {**os.environ, "PYTHONPATH": str(Path(__file__).resolve().parents[2]),
           "QT_QPA_PLATFORM": "offscreen", "RCPDESK_DATABASE": str(real_db)}

    def run(*args: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run([sys.executable, "-c", WITHOUT_TRANSLATIONS, str(resources), *args],
                              capture_output=True, text=True, env=env, timeout=120, check=False)

    sheet = run("sheet", "--compare", "bali-process", "--lang", "fr", "--format", "md", "--out", "-")
    assert sheet.returncode == 0, sheet.stderr
    assert "| Dimension |" in sheet.stdout  # the sheet, in English
    remarks = [line for line in sheet.stderr.splitlines() if "translation" in line]
    assert len(remarks) == 1 and "no fr translation" in remarks[0] and "rcpdesk_fr.qm" in remarks[0]

    window = run("--lang", "fr")
    assert window.returncode == 0, window.stderr
    remarks = [line for line in window.stderr.splitlines() if "translation" in line]
    assert len(remarks) == 1 and "no fr translation" in remarks[0], window.stderr
    assert "stays in English" in remarks[0]
