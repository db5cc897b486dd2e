"""Triggers never change a result: they only skip work that would find nothing.

Every built-in rule that declares trigger words (or a document test, or ``local``) is run
both ways, as the engine runs it (only when its trigger holds, on its candidate lines) and
with the trigger switched off (every document, every line), on real documents, on every
rule example, and on documents made by hypothesis from real lines with their letters
swapped for the case variants that case-insensitive patterns match.
"""

from __future__ import annotations

import dataclasses
import json
import random
from collections.abc import Iterator
from functools import lru_cache
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import cleannews
from cleannews import Pipeline, Rule
from cleannews.document import Source
from cleannews.registry import RuleError
from cleannews.rules import builtin_rules
from cleannews.sitepacks import builtin_packs, parse_pack, signature_needles
from cleannews.triggers import ScanMemo, Trigger, TriggerIndex, fold_line, folded_lines

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared" / "eval"

TRIGGERED = [r for r in builtin_rules() if r.trigger is not None]


def _jsonl(path: Path, key: str) -> list[str]:
    if not path.exists():
        return []
    return [json.loads(line)[key] for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


@lru_cache(maxsize=1)
def real_documents() -> tuple[str, ...]:
    docs = [p.read_text(encoding="utf-8") for p in sorted(ROOT.glob("fixtures/*/*.txt"))]
    docs += _jsonl(SHARED / "handmade-dev" / "cases.jsonl", "raw")
    docs += _jsonl(SHARED / "aeb-dev" / "textmode.jsonl", "text")
    docs += _jsonl(ROOT / "benchmarks" / "data" / "imitated-outlets.jsonl", "raw")
    for r in builtin_rules():
        docs += [example.text for example in r.examples]
    return tuple(d for d in docs if d.strip())


@lru_cache(maxsize=1)
def real_lines() -> tuple[str, ...]:
    return tuple(sorted({line.strip() for doc in real_documents() for line in doc.splitlines() if line.strip()}))


def ungated(rule: Rule) -> Rule:
    return dataclasses.replace(rule, trigger=None)


@lru_cache(maxsize=1)
def pipelines() -> tuple[Pipeline, Pipeline]:
    rules = list(builtin_rules())
    return Pipeline(rules=rules), Pipeline(rules=[ungated(r) for r in rules])


def _both_ways(text: str, **options: object) -> None:
    gated, plain = pipelines()
    a = gated.explain(text, **options)  # type: ignore[arg-type]
    b = plain.explain(text, **options)  # type: ignore[arg-type]
    assert a.text == b.text
    assert a.removals == b.removals


def _views(text: str) -> Iterator[object]:
    for keep in (True, False):
        yield Source(text).view(keep_headline=keep)


def test_there_are_triggered_rules() -> None:
    assert TRIGGERED, "no built-in rule declares a trigger"


@pytest.mark.parametrize("rule", TRIGGERED, ids=lambda r: r.code)
def test_a_rule_finds_the_same_with_and_without_its_trigger(rule: Rule) -> None:
    plain = ungated(rule)
    for text in real_documents():
        for keep in (True, False):
            for site in (None, *(p.name for p in builtin_packs())):
                doc = Source(text).view(keep_headline=keep, site=site)
                expected = sorted(plain.run(doc, list(range(len(doc)))), key=repr)
                doc = Source(text).view(keep_headline=keep, site=site)
                assert sorted(rule(doc), key=repr) == expected, (rule.code, text[:200])


def test_the_pipeline_finds_the_same_with_and_without_triggers_on_real_documents() -> None:
    for text in real_documents():
        _both_ways(text)
        _both_ways(text, keep_headline=False)


@pytest.mark.parametrize("marker", ["A  A", "A\tA", "A\u00a0A", "Text\u00a0size", "Font  Size", "Text\tsettings"])
def test_a_size_marker_spaced_otherwise_than_its_trigger_word_is_found(marker: str) -> None:
    # CN402 joins a marker's words with one space; its trigger words hold one space
    _both_ways(f"The last paragraph of the story ends here, with enough words to be prose.\n\n{marker}\nSmall\nLarge\n")


# Characters that case-insensitive patterns match with ASCII letters, or that fold to them.
_VARIANTS = {"i": "İı", "s": "ſß", "k": "\u212a", "f": "ﬁ", "I": "İı", "S": "ſ", "K": "\u212a"}


#: White space that patterns take for a space (``\s``) or that rules fold into one.
_SPACES = ["\u00a0", "\t", "  ", "\u2009", " \u00a0"]


def _mutate(line: str, rnd: random.Random) -> str:
    chars = list(line)
    for _ in range(rnd.randint(0, 3)):
        if not chars:
            break
        n = rnd.randrange(len(chars))
        c = chars[n]
        if c == " " and rnd.random() < 0.5:
            chars[n] = rnd.choice(_SPACES)
        elif c in _VARIANTS and rnd.random() < 0.5:
            chars[n] = rnd.choice(_VARIANTS[c])
        else:
            chars[n] = c.swapcase()
    return "".join(chars)


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.integers(min_value=0), min_size=1, max_size=12), st.randoms(use_true_random=False),
       st.booleans())
def test_the_pipeline_finds_the_same_with_and_without_triggers_on_mixed_documents(
    picks: list[int], rnd: random.Random, keep: bool
) -> None:
    pool = real_lines()
    lines = [_mutate(pool[p % len(pool)], rnd) for p in picks]
    gaps = [rnd.choice(["\n", "\n\n"]) for _ in lines]
    text = "".join(line + gap for line, gap in zip(lines, gaps))
    _both_ways(text, keep_headline=keep)


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=st.sampled_from("aiskAISK İıſßﬁ\u212a\u0131é-\n"), max_size=30))
def test_fold_line_keeps_every_ascii_literal_a_case_insensitive_pattern_matches(text: str) -> None:
    import regex

    folded = fold_line(text)
    for word in ("is", "ski", "as", "fi", "ss", "sk"):
        for flags in (regex.IGNORECASE, regex.IGNORECASE | regex.V1):
            if regex.search(regex.escape(word), text, flags):
                assert word in folded, (word, text, flags)


def test_trigger_words_are_case_folded_single_lines() -> None:
    with pytest.raises(ValueError):
        Trigger(("Getty",))
    with pytest.raises(ValueError):
        Trigger(("a\nb",))
    with pytest.raises(ValueError):
        Trigger(())


def test_a_user_rule_with_words_runs_only_where_they_occur() -> None:
    calls: list[list[int]] = []

    @cleannews.rule("X101", "sponsor-line", words=["sponsored by"])
    def sponsor_line(doc, candidates):  # type: ignore[no-untyped-def]
        """Remove "Sponsored by ..." lines.

        Okay: The match was sponsored by a local bakery, the club said.
        X101: Sponsored by Acme
        """
        calls.append(list(candidates))
        for index in candidates:
            if doc.lines[index].stripped.startswith("Sponsored by "):
                yield cleannews.Hit(index, index, "sponsor line")

    text = "First paragraph of the story goes here.\nSPONSORED BY nobody\nSponsored by Acme\n"
    assert cleannews.clean(text, extra_rules=[sponsor_line], select=["X1"]) == (
        "First paragraph of the story goes here.\nSPONSORED BY nobody\n"
    )
    assert calls[0] == [1, 2]  # the first pass; the second sees line 1 again (not local)
    calls.clear()
    assert cleannews.clean("Nothing to see.\n", extra_rules=[sponsor_line], select=["X1"]) == "Nothing to see.\n"
    assert calls == []


def test_a_rule_that_takes_candidates_needs_words() -> None:
    with pytest.raises(RuleError, match="trigger words"):

        @cleannews.rule("X102", "no-words")
        def no_words(doc, candidates):  # type: ignore[no-untyped-def]
            """Nothing."""
            return ()


def test_a_local_rule_is_offered_only_changed_lines_after_the_first_pass() -> None:
    seen: list[list[int]] = []

    @cleannews.rule("X103", "marker", words=["[x]"], local=True)
    def marker(doc, candidates):  # type: ignore[no-untyped-def]
        """Remove lines that are just "[x]".

        X103: [x]
        """
        seen.append(list(candidates))
        for index in candidates:
            if doc.lines[index].stripped == "[x]":
                yield cleannews.Hit(index, index, "marker")

    @cleannews.rule("X104", "tail-cut", words=["cut me"])
    def tail_cut(doc, candidates):  # type: ignore[no-untyped-def]
        """Cut " cut me" off the end of a line.

        X104: keep [x] cut me
        """
        for index in candidates:
            text = doc.lines[index].text
            at = text.find(" cut me")
            if at >= 0:
                yield cleannews.Hit(index, index, "cut", (at, len(text)))

    text = "[x]\nA line with [x] inside that stays.\n[x] cut me\n"
    result = cleannews.clean_and_explain(text, extra_rules=[marker, tail_cut], select=["X1"])
    assert result.text == "A line with [x] inside that stays.\n"
    # pass 1: every line with "[x]"; pass 2: only the line whose text was cut
    assert seen[0] == [0, 1, 2]
    assert seen[1] == [1]


def test_site_pack_words_are_checked_and_documented() -> None:
    data = {
        "pack": {"name": "demo"},
        "rules": [{"code": "DM1", "name": "demo-line", "pattern": "Demo line", "words": ["demo line"]}],
    }
    (rule,) = parse_pack(data, "demo.toml").rules
    assert rule.trigger is not None and rule.trigger.words == ("demo line",)
    assert "demo line" in rule.doc
    data["rules"][0]["words"] = ["Demo"]
    with pytest.raises(RuleError, match="demo.toml"):
        parse_pack(data, "demo.toml")


def test_site_pack_words_are_derived_from_the_pattern_when_left_out() -> None:
    data = {"pack": {"name": "demo"}, "rules": [{"code": "DM1", "name": "demo-line", "pattern": "Demo (?:line|row)"}]}
    (rule,) = parse_pack(data, "demo.toml").rules
    assert rule.trigger is not None and rule.trigger.words == ("demo line", "demo row")
    assert "derived from the pattern" in rule.doc
    data["rules"][0]["pattern"] = r"\d{4}"  # no literal: the rule looks at every line
    (rule,) = parse_pack(data, "demo.toml").rules
    assert rule.trigger is None


def test_words_derived_for_a_span_rule_hold_where_the_span_ends_in_white_space() -> None:
    data = {"pack": {"name": "demo"},
            "rules": [{"code": "DM1", "name": "demo-span", "kind": "span", "pattern": "Read more +$"}]}
    (rule,) = parse_pack(data, "demo.toml").rules
    assert rule.trigger is not None and rule.trigger.words == ("read more",)
    text = "The story ends here. Read more   \n"
    assert Pipeline(rules=[rule]).clean(text) == Pipeline(rules=[ungated(rule)]).clean(text) == "The story ends here. \n"


def test_an_index_over_no_words_still_runs_document_tests() -> None:
    index = TriggerIndex([Trigger(when=lambda doc: len(doc) > 1), None])
    one, two = Source("a\n").view(), Source("a\nb\n").view()
    assert index.scan(one) == [None, [0]]
    assert index.scan(two) == [[0, 1], [0, 1]]


@pytest.mark.parametrize(
    "pattern, needles",
    [
        ("^Support HuffPost\\s*$", {"Support HuffPost"}),
        ("ab|c", {"ab", "c"}),
        ("(?i)abc", None),
        ("ab(?:cd)?ef", {"abcdef", "abef"}),
        ("[\\]]xx", {"]xx"}),
        ("\\x41BCD", {"ABCD"}),
        ("\\d+", None),
        ("Foo(?i:bar)", None),  # ignores case in part: no literal as written
    ],
)
def test_signature_needles(pattern: str, needles: set[str] | None) -> None:
    import regex

    assert signature_needles(regex.compile(pattern)) == (None if needles is None else frozenset(needles))


def test_every_built_in_signature_has_needles() -> None:
    for pack in builtin_packs():
        assert len(pack.needles) == len(pack.signatures) and None not in pack.needles, pack.name
    (thehill,) = [pack for pack in builtin_packs() if pack.name == "thehill"]
    assert all("MORE (" in needle for needle in thehill.needles[0])  # type: ignore[union-attr]


_PIECES = ["a", "b", "ab", "(?:a|b)", "[ab]", "a*", "b+?", "(?:ab)?", "\\(", ".", "\\s", "x{1,2}", "(b)", "^", "$", "|"]


@settings(max_examples=400, deadline=None)
@given(st.lists(st.sampled_from(_PIECES), min_size=1, max_size=6), st.text(alphabet="abx( \n", max_size=12))
def test_a_signature_needle_is_in_every_text_the_signature_matches(pieces: list[str], text: str) -> None:
    import regex

    try:
        compiled = regex.compile("".join(pieces), regex.MULTILINE)
    except regex.error:
        return
    needles = signature_needles(compiled)
    if needles is not None and compiled.search(text):
        assert any(needle in text for needle in needles), (compiled.pattern, text, needles)


@settings(max_examples=300, deadline=None)
@given(st.lists(st.text(alphabet=st.sampled_from("aZ \t\u0130\u0131\u03a3\u00df\ufb01\u2028\u0085\u00e9\u212a\u017f"), max_size=8),
                min_size=1, max_size=6))
def test_folding_a_document_at_once_equals_folding_each_line(lines: list[str]) -> None:
    lines = [line if line.strip() else line + "x" for line in lines]
    doc = Source("\n".join(lines) + "\n").view()
    assert folded_lines(doc) == [fold_line(line.stripped) for line in doc.lines]


@lru_cache(maxsize=1)
def _builtin_index() -> TriggerIndex:
    return TriggerIndex([r.trigger for r in builtin_rules()])


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.integers(min_value=0), min_size=1, max_size=12), st.randoms(use_true_random=False))
def test_a_scan_that_knows_earlier_lines_finds_what_a_fresh_scan_finds(picks: list[int], rnd: random.Random) -> None:
    # as in the engine's second pass: some lines gone, some cut short, the rest as they were
    pool = real_lines()
    before = [_mutate(pool[p % len(pool)], rnd) for p in picks]
    after = []
    for line in before:
        roll = rnd.random()
        if roll < 0.3:
            continue
        if roll < 0.5 and len(line) > 1:
            start = rnd.randrange(len(line))
            line = line[:start] + line[rnd.randrange(start, len(line)) + 1 :]
        if line.strip():
            after.append(line)
    if not after:
        return
    index = _builtin_index()
    memo = ScanMemo()
    index.scan(Source("\n".join(before) + "\n").view(), None, memo)
    document = Source("\n".join(after) + "\n").view()
    assert index.scan(document, None, memo) == index.scan(document)
    assert folded_lines(document) == [fold_line(line.stripped) for line in document.lines]


@given(
    st.lists(st.lists(st.sampled_from(["By", " ", "by by", "Ab", "x", "\u00e9", "b", "\u00c9t\u00e9"]), max_size=8),
             min_size=1, max_size=12),
    st.integers(1, 16),
)
def test_the_scan_puts_each_word_on_the_lines_that_hold_it(lines: list[list[str]], window: int) -> None:
    from cleannews import triggers

    groups = (("by",), ("ab", "by by"), ("\u00e9",), ("x", "b"))
    index = TriggerIndex([Trigger(words=words) for words in groups])
    text = "\n".join("".join(parts) or "." for parts in lines) + "\n"
    document = Source(text).view()
    expected = [
        [n for n, line in enumerate(document.lines) if any(w in fold_line(line.stripped) for w in words)] or None
        for words in groups
    ]
    saved = triggers.WINDOW_BYTES, triggers.BLOCK_LINES
    # many windows, matches across their edges, and blocks of a few lines
    triggers.WINDOW_BYTES, triggers.BLOCK_LINES = window, 1 + window % 4
    try:
        assert index.scan(document) == expected
    finally:
        triggers.WINDOW_BYTES, triggers.BLOCK_LINES = saved


def test_the_characters_fold_line_leaves_to_bytes_lower_fold_to_themselves() -> None:
    from cleannews.triggers import _UNCASED

    accepted = [
        c for c in map(chr, range(0x80, 0x110000))
        if _UNCASED.fullmatch(c.encode("utf-8", "surrogatepass")) is not None
    ]
    assert len(accepted) > 300 and "’" in accepted and "é" in accepted and "€" in accepted
    assert [c for c in accepted if c.casefold() != c or c in "\u0130\u0131"] == []


@given(st.text(alphabet=st.sampled_from("aZ ’“”—…\xa0é×ßµÉİı\u212a\u017f€™→ﬁ") | st.characters(), max_size=12))
def test_fold_line_is_casefold_with_dotted_and_dotless_i_as_i(text: str) -> None:
    assert fold_line(text) == text.replace("\u0130", "i").replace("\u0131", "i").casefold()


@given(st.lists(st.sampled_from(["by", " ", "by by", "ab", "\n", "x", "é", "b"]), max_size=80), st.integers(1, 16))
def test_the_scan_in_windows_finds_every_match_once(parts: list[str], window: int) -> None:
    from cleannews import triggers

    words = ("by", "by by", "ab", "é")
    find = triggers._finder(words)
    data = "".join(parts).encode("utf-8")
    longest = max(len(w.encode("utf-8")) for w in words)
    whole = sorted((word, start) for word, start, _end in find(data, overlapping=True))
    saved = triggers.WINDOW_BYTES
    triggers.WINDOW_BYTES = window
    try:
        windowed = sorted(
            (word, offset + start)
            for offset, limit, found in triggers._windows(find, data, longest)
            for word, start, _end in found
            if start < limit
        )
    finally:
        triggers.WINDOW_BYTES = saved
    assert windowed == whole
