"""Hostile input: no pattern can backtrack catastrophically, and the pipeline stays linear.

Each compiled pattern in the package (a pattern compiled on first use, a
:class:`~cleannews.lazyregex.LazyPattern`, is compiled for it) is run over adversarial
strings with the ``regex`` module's own timeout: a pattern that backtracks catastrophically raises ``TimeoutError``.
The whole pipeline is then run on a 1 MB single line and on documents of many lines.
These tests check behaviour (the work finishes), not speed: the bounds are generous.
"""

from __future__ import annotations

import importlib
import pkgutil

import pytest
import regex

import cleannews
from cleannews.lazyregex import LazyPattern, LazyStdlibPattern
from cleannews.rules import builtin_rules
from cleannews.sitepacks import builtin_packs

HOSTILE = [
    "a" * 200_000,
    " " * 200_000,
    "A " * 100_000,
    "Aa" * 100_000,
    "By " * 60_000,
    "J/" * 100_000,
    "(" * 100_000,
    "x." * 100_000,
    "$5 " * 60_000,
    "\u00c3\u00a9" * 100_000,
    "Published 12 March 2024, " * 8_000,
    "Share or comment " * 10_000,
    "ADVERTISEMENT " * 10_000,
    "Reporting by A; " * 10_000,
    "Support HuffPost " * 10_000,
    "John KirbyREUTERS" * 10_000,
]


def _compiled(value: object) -> regex.Pattern[str] | None:
    """``value`` as a compiled ``regex`` pattern, if it is one (the stdlib's are not)."""
    if isinstance(value, LazyPattern) and not isinstance(value, LazyStdlibPattern):
        return value.pattern_object()  # type: ignore[no-any-return]
    return value if isinstance(value, regex.Pattern) else None


def _patterns() -> list[tuple[str, regex.Pattern[str]]]:
    found: dict[str, regex.Pattern[str]] = {}
    package = importlib.import_module("cleannews")
    modules = [package] + [
        importlib.import_module(m.name)
        for m in pkgutil.walk_packages(package.__path__, prefix="cleannews.")  # type: ignore[attr-defined]
        # the engine integrations import their engine (an extra) and hold no patterns
        if not m.name.endswith("__main__") and not m.name.startswith("cleannews.integrations.")
    ]
    seen: set[int] = set()

    def add(name: str, pattern: regex.Pattern[str]) -> None:
        # a pattern that modules import from the one defining it is tested once, under its
        # first name (the modules are walked in order, a package's private modules first)
        if id(pattern) not in seen:
            seen.add(id(pattern))
            found[name] = pattern

    for module in modules:
        for name, value in vars(module).items():
            values = value.values() if isinstance(value, dict) else value
            pattern = _compiled(value)
            if pattern is not None:
                add(f"{module.__name__}.{name}", pattern)
            elif isinstance(values, (list, tuple, frozenset, set, type({}.values()))):
                for i, item in enumerate(values):
                    pattern = _compiled(item)
                    if pattern is not None:
                        add(f"{module.__name__}.{name}[{i}]", pattern)
    for pack in builtin_packs():
        for i, sig in enumerate(pack.signatures):
            found[f"{pack.name}.signature{i}"] = sig
    return sorted(found.items())


PATTERNS = _patterns()


def test_patterns_were_found_in_every_rule_family() -> None:
    for family in ("appeals", "captions", "attribution", "chrome", "repeats"):
        assert any(name.startswith(f"cleannews.rules.{family}.") for name, _ in PATTERNS), family


@pytest.mark.parametrize(("name", "pattern"), PATTERNS, ids=[n for n, _ in PATTERNS])
def test_pattern_is_linear_on_hostile_input(name: str, pattern: regex.Pattern[str]) -> None:
    for text in HOSTILE:
        pattern.search(text, timeout=5.0)
        pattern.match(text, timeout=5.0)
        pattern.fullmatch(text, timeout=5.0)


@pytest.mark.parametrize("text", HOSTILE, ids=range(len(HOSTILE)))
def test_pipeline_survives_hostile_single_lines(text: str) -> None:
    big = (text * (1_000_000 // len(text) + 1))[:1_000_000]
    result = cleannews.clean_and_explain(big)
    assert result.replay() == result.text


@pytest.mark.parametrize(
    "line",
    ["Share", "Advertisement", "By LENA WHITCOMB", "Published 3 hours ago", "Related", "x", "Getty Images"],
)
def test_pipeline_handles_many_lines(line: str) -> None:
    text = ("A body paragraph with enough words to read as running prose in an article.\n" + line + "\n") * 50_000
    result = cleannews.clean_and_explain(text)
    assert result.replay() == result.text


def test_every_rule_survives_empty_and_whitespace_documents() -> None:
    for text in ["", "\n", " \n\t\n", "\u00a0", "\ufeff"]:
        for rule in builtin_rules():
            assert cleannews.clean(text, select=[rule.code]) == text or not text.strip()
