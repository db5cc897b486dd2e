"""Precision on the developers' imitated-outlets set: no content line is ever lost.

benchmarks/data/imitated-outlets.jsonl holds 46 documents (invented articles with the
boilerplate of outlets outside the shared development set) with their gold text.  Recall
there is a figure to improve (benchmarks/handmade.py --cases ...); damage is a bug.
"""

from __future__ import annotations

import json
import unicodedata
from collections import Counter
from pathlib import Path

import pytest

import cleannews

DATA = Path(__file__).resolve().parent.parent / "benchmarks" / "data" / "imitated-outlets.jsonl"
CASES = [json.loads(line) for line in DATA.read_text(encoding="utf-8").splitlines() if line]


def norm(text: str) -> Counter[str]:
    lines = (" ".join(unicodedata.normalize("NFC", line).split()) for line in text.split("\n"))
    return Counter(line for line in lines if line)


@pytest.mark.parametrize("case", CASES, ids=[c["id"] for c in CASES])
def test_no_content_line_is_lost(case: dict[str, str]) -> None:
    out = cleannews.clean(case["raw"])
    lost = norm(case["gold"]) - norm(out)
    assert not lost, f"{case['outlet']}: removed content {list(lost)}"


def test_the_set_is_there() -> None:
    assert len(CASES) == 46
