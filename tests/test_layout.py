"""The layout shows the architecture (issue 14): the rules in one package per family, one
small module per rule or close pair, shared helpers in ``_``-prefixed modules; no module of
``cleannews`` is over 500 lines."""

from __future__ import annotations

from pathlib import Path

import cleannews.rules

MAX_LINES = 500
RULES = Path(cleannews.rules.__file__).parent
PACKAGE = RULES.parent


def test_no_module_is_over_500_lines() -> None:
    sizes = {
        path.relative_to(PACKAGE).as_posix(): len(path.read_text(encoding="utf-8").splitlines())
        for path in PACKAGE.rglob("*.py")
    }
    assert len(sizes) > 60 and "rules/chrome/markup_debris.py" in sizes
    assert {name: n for name, n in sizes.items() if n > MAX_LINES} == {}


def test_every_generic_rule_lives_in_a_module_of_its_family() -> None:
    for rule in cleannews.rules.generic_rules():
        # cleannews.rules.<family>.<module> (or cleannews.rules.<family> for a small family)
        parts = rule.origin.split(".")
        assert parts[:2] == ["cleannews", "rules"] and len(parts) in (3, 4), rule.origin
        assert not any(part.startswith("_") for part in parts), (rule.code, rule.origin)
