from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
FIXTURES = ROOT / "fixtures"


def fixture_cases() -> list[tuple[str, Path, Path | None]]:
    cases = []
    for raw in sorted(FIXTURES.glob("*/*.raw.txt")):
        expected = raw.with_name(raw.name.replace(".raw.txt", ".expected.txt"))
        cases.append((f"{raw.parent.name}/{raw.name[:-8]}", raw, expected if expected.exists() else None))
    return cases


@pytest.fixture(scope="session")
def root() -> Path:
    return ROOT
