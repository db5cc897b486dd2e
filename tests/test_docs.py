"""docs/rules.md and docs/cli.md are generated from the code and must be current."""

from __future__ import annotations

from pathlib import Path

import pytest

from cleannews.docs import pages
from cleannews.rules import builtin_rules


@pytest.mark.parametrize("name", ["rules.md", "cli.md"])
def test_generated_page_is_current(root: Path, name: str) -> None:
    current = (root / "docs" / name).read_text(encoding="utf-8")
    assert current == pages()[name], f"docs/{name} is stale: run `python -m cleannews.docs docs`"


def test_every_rule_is_in_the_docs(root: Path) -> None:
    current = (root / "docs" / "rules.md").read_text(encoding="utf-8")
    for rule in builtin_rules():
        assert f"## {rule.code}" in current


def test_cli_docs_name_every_command_and_exit_code(root: Path) -> None:
    current = (root / "docs" / "cli.md").read_text(encoding="utf-8")
    for text in ("cleannews clean", "cleannews check", "cleannews fix", "cleannews rules",
                 "--jsonl", "--diff", "--statistics", "| 2 |", "pre-commit"):
        assert text in current
