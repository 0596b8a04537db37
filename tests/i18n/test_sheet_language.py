"""`rcpdesk sheet ... --lang fr` prints the sheet's headings in French (read back with pypdf)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]


def _sheet(tmp_path: Path, profile: Path, *args: str) -> str:
    from pypdf import PdfReader

    out = tmp_path / "sheet.pdf"
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "RCPDESK_HOME": str(profile),
           "PYTHONPATH": str(ROOT) + os.pathsep + os.environ.get("PYTHONPATH", "")}
    done = subprocess.run([sys.executable, "-m", "rcpdesk", "sheet", "--compare",
                           "bali-process,colombo-process", *args, "--out", str(out)],
                          cwd=ROOT, env=env, capture_output=True, text=True, timeout=120, check=False)
    assert done.returncode == 0, done.stderr
    text = " ".join(page.extract_text() for page in PdfReader(out).pages)
    return " ".join(text.split())  # pypdf gives tabs between words


@pytest.mark.parametrize(("lang", "wanted", "english"), [
    ("fr", ["Comparaison", "Chaque cellule indique", "Objectifs", "Sources"], "Each cell gives"),
    ("es", ["Comparación", "Cada celda indica", "Objetivos", "Fuentes"], "Each cell gives"),
])
def test_a_sheet_prints_in_the_chosen_language(tmp_path, isolated_profile, compiled_translations,
                                               lang, wanted, english):
    text = _sheet(tmp_path, isolated_profile, "--lang", lang)
    for word in wanted:
        assert word in text, f"{word!r} not in the {lang} sheet: {text[:600]}"
    assert english not in text
    assert "Comparison:" not in text


def test_the_global_option_works_too(tmp_path, isolated_profile, compiled_translations):
    from pypdf import PdfReader

    out = tmp_path / "global.pdf"
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "RCPDESK_HOME": str(isolated_profile)}
    done = subprocess.run([sys.executable, "-m", "rcpdesk", "--lang", "fr", "sheet", "--profile",
                           "colombo-process", "--out", str(out)], cwd=ROOT, env=env,
                          capture_output=True, text=True, timeout=120, check=False)
    assert done.returncode == 0, done.stderr
    text = " ".join(" ".join(p.extract_text().split()) for p in PdfReader(out).pages)
    assert "Profil du processus" in text


def test_an_english_sheet_stays_english(tmp_path, isolated_profile, compiled_translations):
    text = _sheet(tmp_path, isolated_profile)
    assert "Each cell gives" in text and "Comparison" in text
