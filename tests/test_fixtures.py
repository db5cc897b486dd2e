"""Golden fixtures: every fixture cleans to its expected text, byte for byte."""

from __future__ import annotations

from pathlib import Path

import pytest

import cleannews
from conftest import fixture_cases

CASES = fixture_cases()


def read(path: Path) -> str:
    return path.read_bytes().decode("utf-8")


@pytest.mark.parametrize(("name", "raw", "expected"), CASES, ids=[c[0] for c in CASES])
def test_fixture(name: str, raw: Path, expected: Path | None) -> None:
    text = read(raw)
    want = text if expected is None else read(expected)
    result = cleannews.clean_and_explain(text)
    assert result.text == want, "\n".join(
        f"{r.first}: {r.code} {r.reason}: {r.removed[:80]!r}" for r in result.removals
    ) or "nothing was removed"
    if expected is None:
        assert result.removals == ()


@pytest.mark.parametrize(("name", "raw", "expected"), CASES, ids=[c[0] for c in CASES])
def test_fixture_is_stable(name: str, raw: Path, expected: Path | None) -> None:
    once = cleannews.clean(read(raw))
    assert cleannews.clean_and_explain(once).removals == ()


def test_seed_fixtures_are_present() -> None:
    seeds = [c for c in CASES if c[0].startswith("seeds/")]
    assert len(seeds) == 3
