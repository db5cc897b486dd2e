"""The package is typed (it ships py.typed): mypy finds no errors in it."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path


def test_mypy_passes_on_the_package(root: Path) -> None:
    proc = subprocess.run(
        [sys.executable, "-m", "mypy", "src/cleannews"], cwd=root, capture_output=True, text=True, check=False
    )
    assert proc.returncode == 0, proc.stdout + proc.stderr
