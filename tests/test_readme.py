"""The README's test command is the one CI runs."""

from __future__ import annotations

from pathlib import Path


def test_ci_runs_the_readme_test_command(root: Path) -> None:
    readme = (root / "README.md").read_text(encoding="utf-8")
    ci = (root / ".ci" / "run").read_text(encoding="utf-8")
    command = next(line for line in readme.splitlines() if "pytest" in line and line.startswith("python3 -m venv"))
    assert command in ci.splitlines()
