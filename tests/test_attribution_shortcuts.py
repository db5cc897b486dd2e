"""The attribution rules' shortcuts give what the code they replace gave.

Each shortcut is a faster way to compute a function of one text (or of one document) that
the rules used before: these tests compare the two on every character that matters, on
real lines and on made-up ones.
"""

from __future__ import annotations

import json
from pathlib import Path

from cleannews.rules.attribution import _zones
from cleannews.shapes import at_least_words, is_body

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared" / "eval"


def _real_lines() -> list[str]:
    texts = [p.read_text(encoding="utf-8") for p in sorted(ROOT.glob("fixtures/*/*.txt"))]
    for path in sorted((ROOT / "benchmarks" / "data").glob("*.jsonl")):
        texts += [json.loads(x)["raw"] for x in path.read_text(encoding="utf-8").splitlines() if x.strip()]
    cases = SHARED / "handmade-dev" / "cases.jsonl"
    if cases.exists():
        texts += [json.loads(x)["raw"] for x in cases.read_text(encoding="utf-8").splitlines() if x]
    return sorted({line.strip() for text in texts for line in text.splitlines()})


def _old_long(text: str) -> bool:
    if len(text) < _zones._LONG_MIN_CHARS:
        return False
    return at_least_words(text, _zones._ZONE_WORDS) or is_body(text)


def test_long_on_real_lines() -> None:
    lines = _real_lines()
    assert len(lines) > 1000
    for line in lines:
        for text in (line, line[:150], "_" + line, "— " + line):
            assert _zones._long(text) == _old_long(text), text


def test_is_item_is_the_list_item_pattern_for_every_first_character() -> None:
    for cp in range(0x110000):
        if 0xD800 <= cp <= 0xDFFF:
            continue
        c = chr(cp)
        for rest in ("", " ", "\t", "x", "1. ", "123) "):
            s = c + rest
            assert _zones._is_item(s) == (_zones._LIST_ITEM.match(s) is not None), repr(s)
