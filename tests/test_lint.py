"""The house style is enforced by the test command, not only by habit: ruff lint + format, and mypy
with django-stubs over the apps (configuration in pyproject.toml, [tool.mypy])."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
BIN = str(Path(sys.executable).parent)
RUFF = shutil.which("ruff", path=BIN) or shutil.which("ruff")
MYPY = shutil.which("mypy", path=BIN)


@pytest.mark.skipif(RUFF is None, reason="ruff is not installed")
@pytest.mark.parametrize("args", [["check", "."], ["format", "--check", "."]], ids=["lint", "format"])
def test_ruff_is_clean(args):
    result = subprocess.run([RUFF, *args], cwd=ROOT, capture_output=True, text=True)
    assert result.returncode == 0, result.stdout[-4000:] + result.stderr[-2000:]


@pytest.mark.skipif(MYPY is None, reason="mypy is not installed (pip install -e '.[dev]')")
def test_mypy_is_clean():
    # The django-stubs plugin imports the settings: give it the test environment's.
    env = {**os.environ, "CRISIS_ENV": "test"}
    result = subprocess.run([MYPY], cwd=ROOT, capture_output=True, text=True, env=env)
    assert result.returncode == 0, result.stdout[-6000:] + result.stderr[-2000:]
