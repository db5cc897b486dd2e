"""Lazy start (issue 14, item 5): work is done when it is first needed, never changing results.

Behaviour only, never timings (``benchmarks/startup.py`` times the start).
"""

from __future__ import annotations

import copy
import pickle
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from types import ModuleType

import ahocorasick_rs
import pytest
import regex
from hypothesis import given
from hypothesis import strategies as st

from cleannews import lazyregex
from cleannews.lazyregex import LazyPattern

_I = regex.IGNORECASE | regex.V1


def _run(code: str, root: Path) -> str:
    proc = subprocess.run(
        [sys.executable, "-c", code], cwd=root, capture_output=True, text=True, check=False,
    )
    assert proc.returncode == 0, proc.stderr
    return proc.stdout


# ---------------------------------------------------------------------------------------
# LazyPattern behaves like the compiled pattern


CASES = [
    (r"\b(?:said|says)\b", _I, "She SAID so, he says."),
    (r"(?P<word>[\p{L}]++)\s*+", 0, "Straße  and ﬁsh"),
    (r"ss", _I, "Straße STRASSE"),
    (r"^\s*+By (.+)$", regex.MULTILINE, "x\n  By Jane Doe\nBy Bob"),
]


@pytest.mark.parametrize(("source", "flags", "text"), CASES)
def test_lazy_pattern_matches_as_the_compiled_pattern(source: str, flags: int, text: str) -> None:
    def spans(matches: Iterator[regex.Match[str]]) -> list[tuple[int, int]]:
        return [m.span() for m in matches]

    eager = regex.compile(source, flags)
    for make in (lambda: lazyregex.compile(source, flags),):
        # each method as the first use (it compiles) and as a later use (bound method)
        for method in ("search", "match", "fullmatch", "findall", "split", "sub", "subn", "finditer"):
            for _ in range(2):
                lazy = make()
                for _call in range(2):
                    args: tuple[object, ...] = ("-", text) if method in ("sub", "subn") else (text,)
                    got, want = getattr(lazy, method)(*args), getattr(eager, method)(*args)
                    if method == "finditer":
                        assert spans(got) == spans(want)
                    elif method in ("search", "match", "fullmatch"):
                        assert (got and (got.span(), got.groups())) == (want and (want.span(), want.groups()))
                    else:
                        assert got == want
        lazy = make()
        assert lazy.pattern == eager.pattern
        assert lazy.flags == eager.flags
        assert lazy.groups == eager.groups
        assert lazy.groupindex == eager.groupindex


def test_lazy_pattern_compiles_on_first_use_only() -> None:
    lazy = lazyregex.compile(r"(?:advert)ising", _I)
    assert not lazy.compiled
    assert lazy.pattern == "(?:advert)ising"  # the source needs no compiling
    assert not lazy.compiled
    assert lazy.search("ADVERTISING")
    assert lazy.compiled
    assert lazy.pattern_object() is lazy.pattern_object()


def test_lazy_pattern_reports_a_bad_pattern_when_used() -> None:
    lazy = lazyregex.compile(r"(unclosed")
    with pytest.raises(regex.error):
        lazy.search("text")


def test_lazy_pattern_pickles_and_copies_by_its_arguments() -> None:
    words = lazyregex.compile(r"\L<words>", _I, words=["getty", "reuters"])
    for other in (pickle.loads(pickle.dumps(words)), copy.deepcopy(words), copy.copy(words)):
        assert isinstance(other, LazyPattern)
        assert other.search("(GETTY IMAGES)").group() == "GETTY"
    assert not words.compiled
    assert words.search("getty")
    again = pickle.loads(pickle.dumps(words))
    assert not again.compiled  # never the compiled pattern or its bound methods
    assert again.findall("Reuters/Getty") == ["Reuters", "Getty"]


def test_lazy_stdlib_pattern_is_a_re_pattern_compiled_on_first_use() -> None:
    import re

    lazy = lazyregex.compile_stdlib(r"(?>[0-9]+)(?:am|pm)", re.IGNORECASE)
    assert not lazy.compiled
    assert isinstance(lazy.pattern_object(), re.Pattern)
    assert lazy.match("10PM").group() == "10PM"
    assert lazy.flags == re.compile(lazy.pattern, re.IGNORECASE).flags
    again = pickle.loads(pickle.dumps(lazy))
    assert isinstance(again, lazyregex.LazyStdlibPattern) and not again.compiled
    assert again.findall("9am 10pm") == ["9am", "10pm"]


def test_lazy_pattern_has_no_dunder_passthrough() -> None:
    lazy = lazyregex.compile("x")
    with pytest.raises(AttributeError):
        lazy.__wrapped__  # noqa: B018
    assert not lazy.compiled


# ---------------------------------------------------------------------------------------
# The built-in patterns


def _lazy_patterns(value: object, depth: int = 0) -> Iterator[LazyPattern]:
    if isinstance(value, LazyPattern):
        yield value
    elif depth < 3 and isinstance(value, (tuple, list, frozenset, set)):
        for item in value:
            yield from _lazy_patterns(item, depth + 1)
    elif depth < 3 and isinstance(value, dict):
        for item in value.values():
            yield from _lazy_patterns(item, depth + 1)


def _modules() -> list[ModuleType]:
    import importlib
    import pkgutil

    import cleannews.rules
    from cleannews import blocks, guards, shapes

    path = cleannews.rules.__path__
    rules = [importlib.import_module(m.name) for m in pkgutil.walk_packages(path, prefix="cleannews.rules.")]
    return [*rules, blocks, guards, shapes]


def test_every_built_in_pattern_compiles() -> None:
    found = 0
    for module in _modules():
        for value in vars(module).values():
            for lazy in _lazy_patterns(value):
                lazy.pattern_object()
                found += 1
    assert found > 200


def test_importing_the_rules_compiles_no_regex_pattern(root: Path) -> None:
    out = _run(
        "import cleannews.lazyregex as lazy, regex._main as m\n"
        "compiled = []\n"
        "real = m._compile\n"
        "def spy(pattern, *args, **kwargs):\n"
        "    compiled.append(pattern)\n"
        "    return real(pattern, *args, **kwargs)\n"
        "m._compile = spy\n"
        "import cleannews.rules\n"
        "print(len(compiled))\n",
        root,
    )
    # the registry's own code, name and example patterns only (rule docstrings are read)
    assert int(out) <= 3


def test_a_short_document_compiles_few_patterns(root: Path) -> None:
    out = _run(
        "import cleannews, gc\n"
        "from cleannews.lazyregex import LazyPattern\n"
        "cleannews.clean('Hello world.\\n')\n"
        "lazy = [o for o in gc.get_objects() if isinstance(o, LazyPattern)]\n"
        "print(len(lazy), sum(p.compiled for p in lazy))\n",
        root,
    )
    total, compiled = map(int, out.split())
    assert total > 200
    assert compiled < total // 4


# ---------------------------------------------------------------------------------------
# Imports: only what the work at hand needs

_HEAVY = ("trafilatura", "lxml", "ftfy", "pathspec", "concurrent.futures")


def _imported_after(code: str, root: Path, stdin: str = "") -> set[str]:
    proc = subprocess.run(
        [sys.executable, "-c", code + "\nimport sys\nprint(' '.join(sorted(sys.modules)), file=sys.stderr)"],
        cwd=root, input=stdin, capture_output=True, text=True, check=False,
    )
    assert proc.returncode == 0, proc.stderr
    return set(proc.stderr.strip().splitlines()[-1].split())


def test_importing_cleannews_imports_no_heavy_module(root: Path) -> None:
    modules = _imported_after("import cleannews", root)
    assert "cleannews" in modules
    assert not modules & set(_HEAVY)


def test_cleaning_clean_text_imports_no_heavy_module(root: Path) -> None:
    modules = _imported_after("import cleannews\ncleannews.clean('Body text.\\n\\nAdvertisement\\n')", root)
    assert "cleannews.rules" in modules
    assert not modules & set(_HEAVY)


def test_the_cli_on_stdin_imports_no_heavy_module(root: Path) -> None:
    code = (
        "import sys\nfrom cleannews.cli import main\n"
        "try:\n    main(['clean'])\nexcept SystemExit:\n    pass"
    )
    modules = _imported_after(code, root, stdin="Hello world.\n")
    assert "cleannews.cli" in modules
    assert not modules & set(_HEAVY)


def test_damaged_text_is_still_repaired(root: Path) -> None:
    code = "import cleannews\nprint(cleannews.clean_and_explain('It doesnâ€™t.\\n').text, end='')"
    proc = subprocess.run([sys.executable, "-c", code], cwd=root, capture_output=True, text=True, check=True)
    assert proc.stdout == "It doesn’t.\n"


# ---------------------------------------------------------------------------------------
# The trigger scan's automata: quick to build first, fastest to scan later, same matches

_WORDS = ("by", "by by", "ab", "é", "getty", "getty images", "images", "©", "ad")


@given(st.lists(st.sampled_from([*_WORDS, " ", "\n", "x", "B", "gett", "y"]), max_size=60))
def test_the_finder_finds_the_same_matches_before_and_after_it_builds_the_dfa(parts: list[str]) -> None:
    from cleannews import triggers

    data = "".join(parts).encode("utf-8")
    dfa = triggers._automaton(
        [w.encode("utf-8") for w in _WORDS], ahocorasick_rs.Implementation.DFA,
    )
    want = sorted(dfa(data, overlapping=True))
    finder = triggers._Finder(_WORDS)
    assert sorted(finder(data)) == want  # the first automaton
    finder(b"x" * (triggers.FAST_AUTOMATON_AFTER + 1))  # past the switch
    assert sorted(finder(data)) == want  # the DFA


@given(st.lists(st.text(alphabet=st.sampled_from("ab\nAß é İıK\u212aſ©’"), max_size=4), max_size=6))
def test_trigger_words_are_checked_all_at_once_as_one_by_one(words: list[str]) -> None:
    from cleannews.triggers import _all_valid, fold_line

    one_by_one = all(word and word == fold_line(word) and "\n" not in word for word in words)
    assert _all_valid(tuple(words)) == one_by_one
