"""The database and resources are found from an installed wheel, not only from the source tree."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def test_wheel_install_finds_its_database(tmp_path: Path) -> None:
    wheels = tmp_path / "wheels"
    subprocess.run([sys.executable, "-m", "pip", "wheel", "--no-deps", "--no-build-isolation",
                    "-q", "-w", str(wheels), str(ROOT)], check=True, timeout=300)
    (wheel,) = wheels.glob("rcpdesk-*.whl")
    target = tmp_path / "site"
    subprocess.run([sys.executable, "-m", "pip", "install", "--no-deps", "-q", "--target",
                    str(target), str(wheel)], check=True, timeout=300)
    assert (target / "rcpdesk" / "resources" / "rcpdesk.db").is_file()
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    env = dict(os.environ, PYTHONPATH=str(target))
    env.pop("RCPDESK_DATABASE", None)
    result = subprocess.run([sys.executable, "-m", "rcpdesk", "export", "--format", "json"],
                            cwd=elsewhere, env=env, capture_output=True, text=True, timeout=120, check=False)
    assert result.returncode == 0, result.stderr
    data = json.loads(result.stdout)
    assert data["processes"] and data["paragraphs"]
    probe = subprocess.run([sys.executable, "-c", "import rcpdesk.paths as p; print(p.bundled_database())"],
                           cwd=elsewhere, env=env, capture_output=True, text=True, timeout=60, check=False)
    assert probe.stdout.strip().startswith(str(target))
