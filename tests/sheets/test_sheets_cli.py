"""`rcpdesk sheet`: files written whole, one-line errors with a non-zero exit, no display needed."""

from __future__ import annotations

import csv
import io
import os
import subprocess
import sys
from pathlib import Path
from types import SimpleNamespace

import pytest

from rcpdesk.cli import main
from rcpdesk.sheets import layout as layout_module

ROOT = Path(__file__).resolve().parents[2]


def run(capsys: pytest.CaptureFixture[str], db: Path, *argv: str) -> tuple[int, str, str]:
    code = main(["--database", str(db), *argv])
    out, err = capsys.readouterr()
    return code, out, err


def test_compare_to_pdf(fixture_db: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str],
                        pdf: SimpleNamespace) -> None:
    out = tmp_path / "sheet.pdf"
    code, stdout, err = run(capsys, fixture_db, "sheet", "--compare", "test-process,other-process",
                            "--paper", "a4", "--out", str(out))
    assert code == 0, err
    assert stdout.strip() == f"wrote {out} (1 page, A4, portrait)"
    text = "\n".join(pdf.pages(out))
    assert "Test Process" in text and "Other" in text and "Funding" in text and "Objectives" in text
    assert "page 1 of 1" in text
    assert pdf.same_size(pdf.sizes(out)[0], pdf.A4)


def test_paper_and_orientation_flags(fixture_db: Path, tmp_path: Path,
                                     capsys: pytest.CaptureFixture[str], pdf: SimpleNamespace) -> None:
    out = tmp_path / "letter.pdf"
    code, stdout, _ = run(capsys, fixture_db, "sheet", "--compare", "test-process",
                          "--paper", "letter", "--landscape", "--out", str(out))
    assert code == 0 and "Letter, landscape" in stdout
    assert pdf.same_size(pdf.sizes(out)[0], (pdf.LETTER[1], pdf.LETTER[0]))
    code, stdout, _ = run(capsys, fixture_db, "sheet", "--compare", "test-process", "--portrait",
                          "--paper", "letter", "--out", str(out))
    assert code == 0 and pdf.same_size(pdf.sizes(out)[0], pdf.LETTER)


def test_dimensions_and_formats(fixture_db: Path, tmp_path: Path,
                                capsys: pytest.CaptureFixture[str]) -> None:
    md = tmp_path / "brief.md"
    code, _, err = run(capsys, fixture_db, "sheet", "--compare", "other-process, test-process",
                       "--dimensions", "objectives", "--out", str(md))
    assert code == 0, err
    text = md.read_text(encoding="utf-8")
    assert "| Dimension | Other | Test Process | 2005 report |" in text
    assert "Objectives" in text and "**Funding**" not in text
    code, stdout, _ = run(capsys, fixture_db, "sheet", "--compare", "test-process", "--format",
                          "csv", "--out", "-")
    assert code == 0
    rows = list(csv.DictReader(io.StringIO(stdout)))
    # without --dimensions: the profile facts a delegate compares first, then every dimension
    assert [r["item_id"] for r in rows] == ["secretariat", "chair", "members", "established", "status",
                                            "funding", "objectives"]
    html = tmp_path / "sheet.html"
    assert run(capsys, fixture_db, "sheet", "--compare", "test-process", "--out", str(html))[0] == 0
    assert "<thead>" in html.read_text(encoding="utf-8")


def test_profile(fixture_db: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str],
                 pdf: SimpleNamespace) -> None:
    out = tmp_path / "profile.pdf"
    code, _, err = run(capsys, fixture_db, "sheet", "--profile", "test-process", "--out", str(out))
    assert code == 0, err
    text = "\n".join(pdf.pages(out))
    assert "Test Regional Consultative Process" in text and "Regional Support Office" in text
    everything = tmp_path / "all.md"
    assert run(capsys, fixture_db, "sheet", "--profile", "test-process", "--all-findings",
               "--out", str(everything))[0] == 0
    assert everything.read_text(encoding="utf-8").count("¶3, *Several participants*") >= 2


@pytest.mark.parametrize(("argv", "message"), [
    (["--compare", "test-process,nope"], "rcpdesk: error: unknown process: nope"),
    (["--compare", "test-process", "--dimensions", "nope"], "rcpdesk: error: unknown dimension: nope"),
    (["--profile", "nope"], "rcpdesk: error: unknown process: nope"),
    (["--compare", ","], "rcpdesk: error: no processes given"),
    (["--compare", ""], "rcpdesk: error: no processes given"),
    (["--compare", "test-process", "--dimensions", ""], "rcpdesk: error: no dimensions given"),
    (["--profile", "test-process", "--dimensions", "funding"], "rcpdesk: error: --dimensions is for"),
])
def test_bad_selections_fail_in_one_line(fixture_db: Path, tmp_path: Path,
                                         capsys: pytest.CaptureFixture[str], argv: list[str],
                                         message: str) -> None:
    out = tmp_path / "sheet.pdf"
    code, _, err = run(capsys, fixture_db, "sheet", *argv, "--out", str(out))
    assert code == 2
    assert err.startswith(message) and err.count("\n") == 1, err
    assert not out.exists() and list(tmp_path.iterdir()) == []


@pytest.mark.parametrize("target", ["no-such-folder/sheet.pdf", "read-only/sheet.pdf", "."])
def test_unwritable_paths_fail_in_one_line(fixture_db: Path, tmp_path: Path,
                                           capsys: pytest.CaptureFixture[str], target: str) -> None:
    locked = tmp_path / "read-only"
    locked.mkdir()
    locked.chmod(0o500)
    try:
        if target == "read-only/sheet.pdf" and os.access(locked, os.W_OK):
            pytest.skip("running as a user who may write anywhere")
        code, _, err = run(capsys, fixture_db, "sheet", "--compare", "test-process",
                           "--out", str(tmp_path / target))
        assert code == 2
        assert err.startswith(f"rcpdesk: error: cannot write {tmp_path / target}") and err.count("\n") == 1
        assert list(locked.iterdir()) == [] and not (tmp_path / "no-such-folder").exists()
    finally:
        locked.chmod(0o700)


def test_pdf_to_standard_output_is_refused(fixture_db: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, _, err = run(capsys, fixture_db, "sheet", "--compare", "test-process", "--format", "pdf",
                       "--out", "-")
    assert code == 2 and "standard output" in err


def test_a_failure_mid_write_leaves_no_file(fixture_db: Path, tmp_path: Path,
                                            capsys: pytest.CaptureFixture[str],
                                            monkeypatch: pytest.MonkeyPatch) -> None:
    out = tmp_path / "sheet.pdf"

    def disk_full(laid, device, pages=None):
        raise OSError(28, "No space left on device", str(out))

    monkeypatch.setattr(layout_module, "paint_pages", disk_full)
    code, _, err = run(capsys, fixture_db, "sheet", "--compare", "test-process", "--out", str(out))
    assert code != 0 and err.count("\n") == 1 and "No space left on device" in err
    assert list(tmp_path.iterdir()) == []


def test_with_notes_from_the_profile(fixture_db: Path, tmp_path: Path, isolated_profile: Path,
                                     capsys: pytest.CaptureFixture[str], pdf: SimpleNamespace) -> None:
    notes = pytest.importorskip("rcpdesk.notes")
    with notes.NotesStore.for_profile(isolated_profile) as store:
        store.add(notes.Target.cell("test-process", "funding"), "Ask about the trust fund.",
                  tags=["budget"], colour="concern")
        store.add(notes.Target.process("test-process"), "We co-chair in 2027.", colour="our position")
    out = tmp_path / "noted.pdf"
    code, _, err = run(capsys, fixture_db, "sheet", "--compare", "test-process", "--with-notes",
                       "--out", str(out))
    assert code == 0, err
    text = "\n".join(pdf.pages(out))
    assert "Ask about the trust fund." in text and "We co-chair in 2027." in text
    assert "Colours of your notes" in text
    after = tmp_path / "after.md"
    assert run(capsys, fixture_db, "sheet", "--profile", "test-process", "--with-notes", "after",
               "--out", str(after))[0] == 0
    assert "- **n1**" in after.read_text(encoding="utf-8")
    plain = tmp_path / "plain.md"
    assert run(capsys, fixture_db, "sheet", "--compare", "test-process", "--out", str(plain))[0] == 0
    assert "trust fund" not in plain.read_text(encoding="utf-8")


def test_with_notes_but_none_written_yet(fixture_db: Path, tmp_path: Path,
                                         capsys: pytest.CaptureFixture[str]) -> None:
    code, _, err = run(capsys, fixture_db, "sheet", "--compare", "test-process", "--with-notes",
                       "--out", str(tmp_path / "s.md"))
    assert code == 0 and "no notes" in err


def test_no_display_needed(fixture_db: Path, tmp_path: Path) -> None:
    """A fresh process with no display and no Qt platform set still writes the PDF."""
    env = {k: v for k, v in os.environ.items()
           if k not in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")}
    env["PYTHONPATH"] = str(ROOT) + os.pathsep + env.get("PYTHONPATH", "")
    out = tmp_path / "headless.pdf"
    result = subprocess.run(
        [sys.executable, "-m", "rcpdesk", "--database", str(fixture_db), "sheet", "--compare",
         "test-process,other-process", "--out", str(out)],
        check=False, capture_output=True, text=True, timeout=120, env=env, cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    assert out.read_bytes().startswith(b"%PDF-")
