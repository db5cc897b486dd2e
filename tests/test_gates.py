"""The quick checks that rules run before their patterns never change a result.

Each check is a necessary condition of a pattern: these tests pin the reasons why.
"""

from __future__ import annotations

import json
from pathlib import Path

import regex
from hypothesis import given
from hypothesis import strategies as st

from cleannews.document import Document, Source
from cleannews.rules import appeals, chrome
from cleannews.shapes import fold, line_words

ROOT = Path(__file__).resolve().parent.parent
CASES = ROOT.parent / "shared" / "eval" / "handmade-dev" / "cases.jsonl"


def _real_lines() -> list[str]:
    texts = [p.read_text(encoding="utf-8") for p in sorted(ROOT.glob("fixtures/*/*.txt"))]
    if CASES.exists():
        texts += [json.loads(line)["raw"] for line in CASES.read_text(encoding="utf-8").splitlines() if line]
    return [line.strip() for text in texts for line in text.splitlines() if line.strip()]


def test_fold_maps_exactly_the_case_variants_of_ascii_letters() -> None:
    letter = regex.compile(r"(?i)[a-z]")
    for cp in range(0x80, 0x110000):
        c = chr(cp)
        if 0xD800 <= cp <= 0xDFFF:
            continue
        folded = fold(c)
        if letter.fullmatch(c):
            assert len(folded) == 1 and regex.fullmatch("(?i)" + folded, c), hex(cp)
        else:
            assert not any(ch.isascii() for ch in folded), hex(cp)


def test_fast_line_split_equals_the_general_one() -> None:
    for text in ["", "a", "a\n", "\n", "\n\n", "a\nb", "a\n\nb\n", " \n a \n"]:
        fast = Source(text)
        general = Source(text.replace("\n", "\r\n"))
        assert fast._bodies == general._bodies
        assert [t.replace("\n", "\r\n") for t in fast._terminators] == general._terminators


@given(st.text(alphabet=st.sampled_from("ab \n\r\u0130\u212a"), max_size=40))
def test_source_keeps_every_character(text: str) -> None:
    source = Source(text)
    assert "".join(b + t for b, t in zip(source._bodies, source._terminators)) == text


def _words(line: str) -> frozenset[str]:
    words = line_words(Document.from_text(line))
    return words[0] if words else frozenset()


def test_word_gates_are_necessary_on_real_lines() -> None:
    for line in _real_lines():
        words = _words(line)
        if appeals._ASK.search(line):
            assert not words.isdisjoint(appeals._ASK_WORDS), line
        if appeals._CAUSE.search(line):
            assert not words.isdisjoint(appeals._CAUSE_WORDS), line
        folded = fold(line)
        if chrome._NOTICE_CUES.search(line):
            assert any(cue in folded for cue in chrome._NOTICE_CUE_WORDS), line
        if appeals._NL_QUICK.search(line):
            assert any(cue in folded for cue in appeals._NL_QUICK_WORDS), line


@given(st.lists(st.sampled_from(sorted(appeals._ASK_WORDS | appeals._CAUSE_WORDS) + [
    "Support", "DONATE", "ſupport", "\u212aids", "JOİN", "news-room", "a gift", "chip in", "free press"]),
    max_size=8))
def test_word_gates_are_necessary_on_word_salad(parts: list[str]) -> None:
    line = " ".join(parts)
    words = _words(line)
    if appeals._ASK.search(line):
        assert not words.isdisjoint(appeals._ASK_WORDS), line
    if appeals._CAUSE.search(line):
        assert not words.isdisjoint(appeals._CAUSE_WORDS), line
