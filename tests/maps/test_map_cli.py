"""`rcpdesk map`: the files it writes, its one-line errors, and nothing half-written."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtGui import QImage

from rcpdesk.cli import main


def run(*args: str) -> int:
    return main(["map", *args])


def test_process_map_svg(tmp_path: Path, real_db, colombo, svg, capsys):
    out = tmp_path / "colombo.svg"
    assert run("--process", "colombo-process", "--out", str(out)) == 0
    assert capsys.readouterr().out.strip() == f"wrote {out}"
    drawn = svg.countries(out.read_text(encoding="utf-8"))
    assert {code for code, key in drawn.items() if key == "member"} == colombo.members


def test_coverage_png_today_and_2005(tmp_path: Path, real_db):
    today, then = tmp_path / "today.png", tmp_path / "2005.png"
    assert run("--coverage", "--out", str(today), "--width", "1280") == 0
    assert run("--coverage", "--year", "2005", "--out", str(then)) == 0
    assert (QImage(str(today)).width(), QImage(str(today)).height()) == (1280, 720)
    assert (QImage(str(then)).width(), QImage(str(then)).height()) == (1920, 1080)
    assert today.read_bytes() != then.read_bytes()


def test_coverage_pdf(tmp_path: Path, real_db, pdf):
    out = tmp_path / "coverage.pdf"
    assert run("--coverage", "--year", "2005", "--out", str(out)) == 0
    text = pdf.text(out)
    assert pdf.pages(out) == 1
    assert "2005" in text and "In no process" in text and "Antigua" in text
    assert "Membership in 2005 not known" in text


def test_comparison_and_timeline(tmp_path: Path, real_db, pdf):
    assert run("--process", "bali-process,colombo-process", "--out", str(tmp_path / "c.png")) == 0
    assert run("--timeline", "--out", str(tmp_path / "t.pdf")) == 0
    assert "When the migration processes were founded" in pdf.text(tmp_path / "t.pdf")
    assert run("--timeline", "--out", str(tmp_path / "t.svg")) == 0
    assert "IGC" in (tmp_path / "t.svg").read_text(encoding="utf-8")


@pytest.mark.parametrize(
    "args, message",
    [
        (["--process", "nope"], "unknown process: nope"),
        (["--process", " , "], "no process given"),
        (["--coverage", "--year", "1900"], "--year must be between"),
        (["--process", "colombo-process", "--year", "2005"], "--year goes with --coverage"),
        (["--coverage", "--width", "10"], "--width must be between"),
    ],
)
def test_errors_are_one_line_and_write_nothing(tmp_path: Path, real_db, capsys, args, message):
    out = tmp_path / "map.png"
    assert run(*args, "--out", str(out)) == 2
    err = capsys.readouterr().err.strip()
    assert err.startswith("rcpdesk: error:") and message in err and "\n" not in err
    assert list(tmp_path.iterdir()) == []


def test_unknown_format_and_missing_folder(tmp_path: Path, real_db, capsys):
    assert run("--coverage", "--out", str(tmp_path / "map.gif")) == 2
    assert "use .svg, .png or .pdf" in capsys.readouterr().err
    assert run("--coverage", "--out", str(tmp_path / "no" / "map.png")) == 2
    assert "no folder" in capsys.readouterr().err
    assert list(tmp_path.iterdir()) == []


def test_one_of_the_three_is_required(capsys):
    with pytest.raises(SystemExit):
        run("--out", "x.png")
    assert "one of the arguments" in capsys.readouterr().err


def test_help_lists_the_command(capsys):
    with pytest.raises(SystemExit):
        main(["map", "--help"])
    assert "--coverage" in capsys.readouterr().out
