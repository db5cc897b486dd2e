"""A short, bounded run of the fuzzer (``fuzz/``) and the failures it found, as regressions.

``test_fuzz_bounded_run`` builds 2,000 inputs with the random driver of
``fuzz/fuzz_clean.py`` (fixed seed, so the run is the same every time) over the three
targets (``clean_and_explain``, ``clean_html_and_explain``, the CLI's JSONL reader) and
checks the invariants of ``fuzz/harness.py``.  The long runs are made by hand::

    python fuzz/fuzz_clean.py --runs 500000 --seed 1

The tests at the end pin the failures the fuzzer found, each with its smallest input.
"""

from __future__ import annotations

import io
import sys
from pathlib import Path

import pytest

import cleannews
from cleannews.cli import main

FUZZ = Path(__file__).resolve().parent.parent / "fuzz"
sys.path.insert(0, str(FUZZ))

import harness  # noqa: E402

RUNS = 2_000


def test_fuzz_bounded_run() -> None:
    harness.seed_lines()
    failures = []
    targets: dict[str, int] = {}
    for number in range(RUNS):
        try:
            case = harness.fuzz_one(harness.RandomChooser(f"ci:{number}"))
        except harness.InvariantError as exc:
            failures.append(f"ci:{number}: {exc}")
            continue
        targets[case["target"]] = targets.get(case["target"], 0) + 1
    assert not failures, "\n".join(failures[:10]) + "\n(reproduce: python fuzz/fuzz_clean.py --replay ci:N)"
    assert set(targets) == {"text", "html", "jsonl"}


@pytest.mark.parametrize("target", ["text", "html", "jsonl"])
def test_every_target_passes_its_own_short_run(target: str) -> None:
    for number in range(30):
        harness.fuzz_one(harness.RandomChooser(f"ci-{target}:{number}"), target)


def test_non_text_input_raises_type_error_only() -> None:
    for bad in (b"Advertisement\n", bytearray(b"x"), None, 3, ["x"]):
        with pytest.raises(TypeError):
            cleannews.clean(bad)  # type: ignore[arg-type]


def test_jsonl_stream_of_a_bom_alone_writes_nothing() -> None:
    out, err = io.StringIO(), io.StringIO()
    stdin = io.TextIOWrapper(io.BytesIO(b"\xef\xbb\xbf"), encoding="utf-8")
    assert main(["clean", "--jsonl", "--skip-bad", "-j", "1"], stdin=stdin, stdout=out, stderr=err) == 0
    assert out.getvalue() == "" and "Traceback" not in err.getvalue()


# -- failures found by the fuzzer ----------------------------------------------------------
#
# The Unicode repair (cleannews.normalize.repair, ftfy) decided on the whole text at once:
# ftfy leaves HTML entities alone in a text that holds a "<" (it takes it for HTML), and
# fixes mojibake only when every suspicious sequence of the text decodes.  When a rule
# removed the line that decided it (a line with "<", a line with a lone "·"), cleaning
# the output again repaired what the first clean left: clean(clean(x)) != clean(x).  The
# repair now works line by line.


def _twice(text: str) -> tuple[str, str]:
    once = cleannews.clean(text)
    return once, cleannews.clean(once)


def test_repair_depends_on_removed_lines_entities() -> None:
    text = (
        "Tom &amp; Jerry met on Tuesday, the council said in a statement.\n\n"
        "Read more: Harbour <b>authority</b> delays vote\n"
    )
    once, again = _twice(text)
    assert again == once


def test_repair_depends_on_removed_lines_mojibake() -> None:
    once, again = _twice("\u00b70m\n\u00c6\u00aee")  # '·0m' is a relative timestamp (CN303)
    assert again == once
