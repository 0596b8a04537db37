"""The fault suite: the command line run as a delegate runs it, in a process of its own."""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture()
def cli(isolated_profile: Path) -> Callable[..., subprocess.CompletedProcess[str]]:
    """`python -m rcpdesk ARGS` in its own process, on the test's profile (RCPDESK_HOME) unless
    the arguments give --profile; `env` adds variables."""

    def run(*args: str, env: dict[str, str] | None = None,
            timeout: float = 120) -> subprocess.CompletedProcess[str]:
        full_env = {**os.environ, "PYTHONPATH": str(ROOT), "QT_QPA_PLATFORM": "offscreen",
                    **(env or {})}
        return subprocess.run([sys.executable, "-m", "rcpdesk", *args], capture_output=True,
                              text=True, env=full_env, timeout=timeout, check=False)

    return run
