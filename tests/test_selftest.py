"""`rcpdesk --self-test` checks an installation end to end and fails loudly when a part is missing."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def run_self_test(tmp_path: Path, **env: str) -> subprocess.CompletedProcess[str]:
    environment = dict(os.environ, QT_QPA_PLATFORM="offscreen", RCPDESK_HOME=str(tmp_path), **env)
    return subprocess.run([sys.executable, "-m", "rcpdesk", "--self-test"], cwd=ROOT, env=environment,
                          capture_output=True, text=True, timeout=180, check=False)


def test_self_test_passes_and_reports_each_check(tmp_path: Path) -> None:
    result = run_self_test(tmp_path)
    assert result.returncode == 0, result.stdout + result.stderr
    lines = result.stdout.splitlines()
    for check in ("bundled database", "main window", "notes", "PDF sheet", "coverage map",
                  "translations"):
        assert any(line.startswith(f"ok    {check}:") for line in lines), result.stdout
    assert lines[-1] == "self-test passed"
    assert list(tmp_path.iterdir()) == [], "the self-test must not touch the delegate's profile"


def test_self_test_fails_without_its_database(tmp_path: Path) -> None:
    result = run_self_test(tmp_path, RCPDESK_DATABASE=str(tmp_path / "missing.db"))
    assert result.returncode == 1
    assert "FAIL  bundled database" in result.stdout
    assert result.stdout.splitlines()[-1].startswith("self-test FAILED")
