"""The headless commands: export (JSON, CSV), search, --version, and their errors."""

from __future__ import annotations

import csv
import json
import subprocess
import sys
from pathlib import Path

import pytest

from rcpdesk.cli import main

ROOT = Path(__file__).resolve().parents[2]


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def test_export_json_contract(fixture_db: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "--database", str(fixture_db), "export", "--format", "json")
    assert code == 0
    data = json.loads(out)
    assert {"edition", "regions", "dimensions", "processes", "paragraphs"} <= set(data)
    process = next(p for p in data["processes"] if p["id"] == "test-process")
    assert process["established"] == 2002 and isinstance(process["established"], int)
    assert process["members"] == ["AUS", "IDN", "LKA"]
    assert process["observers"] == ["XKX"]
    assert process["attended_2005"] is True
    assert process["secretariat"] == "Regional Support Office"
    assert {s["id"] for s in process["sources"]} == {"test-site", "gcim-iom-2005"}
    assert process["facts"]["established"]["alternatives"][0]["value"] == 2001
    for key in ("id", "name", "acronym", "region", "type"):
        assert process[key]
    paragraph = data["paragraphs"][2]
    assert paragraph["id"] == "report-2005/p3" and paragraph["number"] == 3
    assert paragraph["section"] == "similarities" and paragraph["agreement"] == "several"
    assert paragraph["dimensions"] == ["funding"] and paragraph["processes"] == []
    assert "self-financing" in paragraph["text"]


def test_export_json_to_file(fixture_db: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "catalog.json"
    code, _, _ = run(capsys, "--database", str(fixture_db), "export", "--out", str(out))
    assert code == 0
    assert json.loads(out.read_text(encoding="utf-8"))["edition"]["date"] == "2026-11-26"


def test_export_csv_one_file_per_table(fixture_db: Path, tmp_path: Path,
                                       capsys: pytest.CaptureFixture[str]) -> None:
    code, _, _ = run(capsys, "--database", str(fixture_db), "export", "--format", "csv",
                     "--out", str(tmp_path / "csv"))
    assert code == 0
    names = {p.name for p in (tmp_path / "csv").iterdir()}
    assert {"processes.csv", "paragraphs.csv", "memberships.csv", "facts.csv", "sources.csv"} <= names
    with (tmp_path / "csv" / "memberships.csv").open(encoding="utf-8") as handle:
        rows = list(csv.DictReader(handle))
    assert {(r["process_id"], r["country_code"]) for r in rows if r["role"] == "member"} >= {
        ("test-process", "IDN"), ("other-process", "FRA")}


def test_search_prints_ranked_hits_with_citations(fixture_db: Path,
                                                  capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "--database", str(fixture_db), "search", "self-financing", "--limit", "3")
    assert code == 0
    first = out.splitlines()[0]
    assert first.split()[:2] == ["1.", "¶3"]
    assert "[self-financing]" in out


def test_version_prints_edition(fixture_db: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "--database", str(fixture_db), "--version")
    assert code == 0
    assert out.startswith("rcpdesk 0.") and "2026-11-26" in out


@pytest.mark.parametrize("argv", [
    ["search", "x", "--limit", "0"],
    ["export", "--format", "csv"],
    ["search", "x", "--region", "atlantis"],
])
def test_bad_arguments_one_line_error(fixture_db: Path, capsys: pytest.CaptureFixture[str],
                                      argv: list[str]) -> None:
    code, _, err = run(capsys, "--database", str(fixture_db), *argv)
    assert code != 0
    assert len(err.strip().splitlines()) == 1 and "Traceback" not in err


def test_missing_database_is_one_line(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, _, err = run(capsys, "--database", str(tmp_path / "none.db"), "search", "x")
    assert code == 2 and err.startswith("rcpdesk: error: bundled database not found")


def test_unwritable_export_path(fixture_db: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, _, err = run(capsys, "--database", str(fixture_db), "export", "--out",
                       str(tmp_path / "missing-dir" / "x.json"))
    assert code == 1 and len(err.strip().splitlines()) == 1 and "Traceback" not in err


def test_unknown_subcommand_is_usage_error() -> None:
    result = subprocess.run([sys.executable, "-m", "rcpdesk", "frobnicate"], capture_output=True,
                            text=True, cwd=ROOT, check=False)
    assert result.returncode == 2 and "Traceback" not in result.stderr


def test_build_db_reports_data_errors(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, _, err = run(capsys, "build-db", "--data", str(tmp_path / "nothing"), "--out", str(tmp_path / "x.db"))
    assert code == 1 and "data folder not found" in err and not (tmp_path / "x.db").exists()


def test_notes_commands_know_catalog_targets(fixture_db: Path, tmp_path: Path,
                                             capsys: pytest.CaptureFixture[str]) -> None:
    base = ["--database", str(fixture_db), "--profile", str(tmp_path / "p")]
    code, _, err = run(capsys, *base, "notes", "add", "test-process", "Ask about funding", "--tag", "budget")
    assert code == 0, err
    code, _, err = run(capsys, *base, "notes", "add", "no-such-thing", "x")
    assert code != 0 and len(err.strip().splitlines()) == 1
    code, out, _ = run(capsys, *base, "notes", "list", "--json")
    notes = json.loads(out)
    assert [(n["target"]["id"], n["target"]["kind"]) for n in notes] == [("test-process", "process")]


def test_help_lists_every_command(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit):
        main(["--help"])
    out = capsys.readouterr().out
    for command in ("build-db", "export", "search", "notes", "sheet", "map"):
        assert command in out


def test_misspelt_command_names_the_package_commands(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit):
        main(["--lang", "fr", "shet"])
    err = capsys.readouterr().err
    assert "invalid choice: 'shet'" in err and "'sheet'" in err and "'notes'" in err


def test_a_plain_start_answers_what_the_parser_would() -> None:
    # `rcpdesk` with no arguments opens the window without building the parser (start-up time).
    from rcpdesk.cli import _window_defaults, build_parser

    assert vars(_window_defaults()) == vars(build_parser([]).parse_args([]))


def test_opening_the_window_does_not_load_the_command_packages() -> None:
    # The window's start-up must not pay for the notes, sheet and map commands' modules.
    script = ("import sys; from rcpdesk.cli import build_parser; "
              "args = build_parser(['--lang', 'fr', '--profile', 'x']).parse_args(['--lang', 'fr', '--profile', 'x']); "
              "print(args.lang, args.profile, args.command, "
              "sorted(m for m in sys.modules if m.startswith(('rcpdesk.notes', 'rcpdesk.sheets', 'rcpdesk.maps'))))")
    out = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, check=True,
                         cwd=ROOT).stdout.strip().split(maxsplit=3)
    assert out == ["fr", "x", "None", "[]"]
