"""cleannews.literals: the literals derived from a pattern are in every text it matches."""

from __future__ import annotations

import importlib
import pkgutil
import re
from functools import lru_cache
from pathlib import Path
from typing import Any

import pytest
import regex
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import cleannews.rules
from cleannews.lazyregex import LazyPattern, LazyStdlibPattern
from cleannews.literals import caseless, required_literals, trigger_words
from cleannews.triggers import Trigger, fold_line

ROOT = Path(__file__).resolve().parent.parent


@pytest.mark.parametrize(
    "pattern, flags, expected",
    [
        # runs, alternations, nested groups
        ("Getty Images", 0, {"Getty Images"}),
        ("ab|c", 0, {"ab", "c"}),
        ("(?:Getty|AFP) Images", 0, {"Getty Images", "AFP Images"}),
        ("x(?:a(?:b|c)d|e)y", 0, {"xabdy", "xacdy", "xey"}),
        ("(?P<who>Reuters|AP)/", 0, {"Reuters/", "AP/"}),
        ("a|(?:b|)", 0, None),
        # quantifiers
        ("colou?r", 0, {"color", "colour"}),
        ("ab*cd", 0, {"cd", "bcd"}),
        ("ab+c", 0, {"ab"}),
        ("x{2}yz", 0, {"xxyz"}),
        ("(?:ab){0,3}cd", 0, {"cd", "abcd"}),
        ("(?:ab){2,5}c", 0, {"ababc"}),
        ("(?:ab)*", 0, None),
        ("a*?b++c?", 0, {"b"}),
        ("\\w+ via AP", 0, {" via AP"}),
        # classes and escapes
        ("[Ss]ee", 0, {"See", "see"}),
        ("[’']s\\b", 0, {"’s", "'s"}),
        ("[a-z]+ photo", 0, {" photo"}),
        ("[^a]b", 0, {"b"}),
        ("[]x]y", 0, {"]y", "xy"}),
        ("a\\.b\\(c\\)", 0, {"a.b(c)"}),
        ("\\x41\\u00e9\\N{EM DASH}", 0, {"Aé—"}),
        ("\\d+ min read", 0, {" min read"}),
        ("\\s*\\|\\s*", 0, {"|"}),
        # anchors
        ("^By \\w+$", 0, {"By "}),
        ("\\bAP\\b", 0, {"AP"}),
        ("\\Afoo\\Z", 0, {"foo"}),
        ("(?=Getty)\\w+ Images", 0, {" Images"}),
        ("(?<!x)ab", 0, {"ab"}),
        # case
        ("Getty|AFP", regex.I, {"getty", "afp"}),
        ("(?i)[Ss]ee", 0, {"see"}),
        ("(?i)caf\u00e9 latte", 0, {" latte"}),
        ("(?i)\u00a9 \\d{4}", 0, {"\u00a9 "}),
        ("(?i)\u24d2 x", 0, {" x"}),
        ("(?i:ab)cd", 0, {"abcd"}),
        ("(?i:AFP)|Getty", 0, {"afp", "getty"}),
        ("(?-i:AFP)|Getty", regex.I, {"afp", "getty"}),
        ("(?i:\u00e9)\u00c9T\u00c9", 0, {"\u00e9t\u00e9"}),
        ("ss|k", regex.I | regex.V1, {"ss", "k"}),
        # give up
        ("a(?i)b", 0, None),
        ("(?x) a b", 0, None),
        ("(a)\\1", 0, {"a"}),
        ("\\1", 0, None),
        ("\\p{Lu}+", 0, None),
        ("(?:ab){e<=1}", 0, None),
        ("(?(1)a|b)c", 0, {"c"}),
        ("(?R)a", 0, None),
        ("[[a-z]--[aeiou]]x", regex.V1, None),
        ("a\\Kb", 0, None),
        ("abc", regex.X, None),
        (".*", 0, None),
        ("\n", 0, None),
        ("\\n|a", 0, None),
        ("(ab", 0, None),
    ],
)
def test_required_literals(pattern: str, flags: int, expected: set[str] | None) -> None:
    found = required_literals(pattern, flags)
    assert (set(found) if found is not None else None) == expected


def test_compiled_and_lazy_patterns_use_their_flags() -> None:
    assert required_literals(regex.compile("Ab", regex.I)) == {"ab"}
    assert required_literals(LazyPattern("Ab", regex.I | regex.V1)) == {"ab"}
    assert required_literals(LazyStdlibPattern("A[bc]")) == {"Ab", "Ac"}
    assert required_literals(re.compile("Ab")) == {"Ab"}


def test_trigger_words() -> None:
    words = trigger_words(regex.compile("Getty Images"), LazyPattern("afp|(?i)x", 0), ("[Ss]ee", regex.I))
    assert words is None  # "(?i)" after the start gives up
    words = trigger_words(regex.compile("Getty Images"), LazyPattern("AFP|via", regex.I), ("[Ss]ee", regex.I))
    assert words == ("afp", "getty images", "see", "via")
    Trigger(words=words)
    assert trigger_words("ab", ".") is None


@lru_cache(maxsize=1)
def _cased_characters() -> frozenset[str]:
    """Every character that a case mapping changes or produces."""
    cased: set[str] = set()
    for point in range(0x110000):
        c = chr(point)
        for mapped in (c.lower(), c.upper(), c.casefold(), c.title()):
            if mapped != c:
                cased.add(c)
                cased.update(mapped)
    return frozenset(cased)


def test_caseless_characters_have_no_case_relatives() -> None:
    cased = _cased_characters()
    assert not [c for c in cased if caseless(c)]
    # and regex agrees on the ones news text is full of
    everything = "".join(chr(p) for p in range(0x110000) if not 0xD800 <= p < 0xE000)
    for c in "\u00a0\u00a9\u00ae\u00b0\u00d7\u2013\u2014\u2019\u201c\u2026\u2022\u20ac\u2122\u2192|/©":
        assert caseless(c)
        for flags in (regex.I, regex.I | regex.V1):
            assert regex.findall(regex.escape(c), everything, flags) == [c]


# --- the property: a grammar of pieces, built with a text each matches ----------------------

_CHARS = "abkAS’é. -"
_VARIANTS = {"k": "kK\u212a", "s": "sS\u017f", "a": "aA", "b": "bB", "i": "iI\u0130\u0131"}


@st.composite
def _piece(draw: Any, depth: int = 0) -> tuple[str, str]:
    kinds = ["char", "char", "class", "any", "anchor"] + (["concat", "alt", "repeat", "group"] if depth < 3 else [])
    kind = draw(st.sampled_from(kinds))
    if kind == "char":
        c = draw(st.sampled_from(_CHARS))
        return regex.escape(c), c
    if kind == "class":
        chars = draw(st.lists(st.sampled_from("abSs’'x-"), min_size=1, max_size=5, unique=True))
        body = "".join("\\" + c if c in "-]\\^" else c for c in chars)
        return f"[{body}]", draw(st.sampled_from(chars))
    if kind == "any":
        return draw(st.sampled_from([(".", "z"), ("\\w", "q"), ("\\s", " "), ("\\d", "7"), ("[^x]", "y")]))
    if kind == "anchor":
        return draw(st.sampled_from([("\\b", ""), ("^", ""), ("$", ""), ("(?=a)", ""), ("(?!b)", "")]))
    if kind == "concat":
        parts = draw(st.lists(_piece(depth + 1), min_size=2, max_size=4))
        return "".join(p for p, _ in parts), "".join(t for _, t in parts)
    if kind == "alt":
        parts = draw(st.lists(_piece(depth + 1), min_size=2, max_size=3))
        chosen = draw(st.integers(0, len(parts) - 1))
        return "(?:" + "|".join(p for p, _ in parts) + ")", parts[chosen][1]
    inner, text = draw(_piece(depth + 1))
    if kind == "group":
        opener = draw(st.sampled_from(["(?:", "(", "(?>", "(?i:", "(?-i:"]))
        return f"{opener}{inner})", text
    low, high, suffix = draw(st.sampled_from(
        [(0, 1, "?"), (0, 3, "*"), (1, 3, "+"), (0, 3, "{0,3}"), (2, 2, "{2}"), (1, 2, "{1,2}"), (0, 2, "{,2}")]
    ))
    mode = draw(st.sampled_from(["", "?", "+"]))
    times = draw(st.integers(low, high))
    return f"(?:{inner}){suffix}{mode}", text * times


def _vary_case(text: str, picks: list[int], full: bool) -> str:
    out = []
    for c, pick in zip(text, picks + [0] * len(text)):
        options = _VARIANTS.get(c.lower(), c + c.swapcase())
        out.append(options[pick % len(options)])
    varied = "".join(out)
    return varied.replace("ss", "\u00df") if full and picks[:1] == [1] else varied


@settings(max_examples=600, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    _piece(), st.sampled_from([0, regex.I, regex.I | regex.V1]),
    st.lists(st.integers(0, 3), max_size=12), st.sampled_from(["", "x", "b a", "\u0130 "]),
)
def test_every_match_holds_a_derived_literal(piece: tuple[str, str], flags: int, picks: list[int], around: str) -> None:
    pattern, example = piece
    try:
        compiled = regex.compile(pattern, flags)
    except regex.error:
        return
    literals = required_literals(pattern, flags)
    if literals is None:
        return
    text = around + (_vary_case(example, picks, bool(flags & regex.V1)) if flags else example) + around
    for candidate in (text, example):
        match = compiled.search(candidate)
        if match is None:
            continue
        found = fold_line(match.group()) if flags & regex.I or "(?i:" in pattern else match.group()
        assert any(literal in found for literal in literals), (pattern, candidate, literals)
        words = trigger_words((pattern, flags))
        if words is not None:
            assert any(word in fold_line(match.group()) for word in words), (pattern, candidate, words)


# --- the rules' own patterns on real lines --------------------------------------------------


def _rule_patterns() -> list[tuple[str, Any]]:
    modules = [cleannews.rules] + [
        importlib.import_module(info.name)
        for info in pkgutil.walk_packages(cleannews.rules.__path__, "cleannews.rules.")
    ]
    found: dict[int, tuple[str, Any]] = {}
    for module in modules:
        for name, value in vars(module).items():
            if isinstance(value, (LazyPattern, regex.Pattern, re.Pattern)) and isinstance(value.pattern, str):
                found.setdefault(id(value), (f"{module.__name__}.{name}", value))
    return sorted(found.values(), key=lambda item: item[0])


@lru_cache(maxsize=1)
def _real_lines() -> tuple[str, ...]:
    texts = [p.read_text(encoding="utf-8") for p in sorted(ROOT.glob("fixtures/*/*.txt"))]
    texts += [e.text for r in cleannews.rules.builtin_rules() for e in r.examples]
    lines = {line for text in texts for line in text.splitlines() if line.strip()}
    return tuple(sorted(lines | {line.strip() for line in lines}))


def test_the_rules_patterns_are_understood() -> None:
    patterns = _rule_patterns()
    assert len(patterns) > 200
    derived = [name for name, pattern in patterns if required_literals(pattern) is not None]
    assert len(derived) > len(patterns) // 4, derived


@pytest.mark.parametrize("name, pattern", _rule_patterns(), ids=[name for name, _ in _rule_patterns()])
def test_a_rule_pattern_matches_only_lines_with_its_literals(name: str, pattern: Any) -> None:
    words = trigger_words(pattern)
    if words is None:
        return
    Trigger(words=words)
    search = pattern.search
    for line in _real_lines():
        folded = fold_line(line)
        if not any(word in folded for word in words):
            assert search(line) is None, (name, line, words)


def test_hostile_patterns_are_read_quickly() -> None:
    import time

    start = time.perf_counter()
    assert required_literals("(" * 5000 + "a" + ")" * 5000) is None  # too deep: gives up
    assert required_literals("a" * 50000) == {"a" * 128}
    assert required_literals("(?:a|b)?" * 5000 + "x") == {"x"}
    assert required_literals("|".join(f"w{n}x" for n in range(5000))) is not None
    assert time.perf_counter() - start < 5


def test_derived_words_are_the_trigger_words_or_an_error() -> None:
    from cleannews.literals import derived_words

    assert derived_words(r"(?i)listen:\s*+https?://") == ("listen:",)
    with pytest.raises(ValueError, match="no trigger words"):
        derived_words(r"\d+")
