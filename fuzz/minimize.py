"""Shrink a failing text input to a small one that fails the same way (delta debugging).

    python fuzz/minimize.py 1:4711            # an input of the random driver, by SEED:N
    python fuzz/minimize.py fuzz/failures/invariant-1-4711.json

Only the ``text`` target is minimised: lines are dropped (in halves, then one by one),
then characters of each remaining line, then meta values, while the same invariant
message still comes out.  Prints the minimal input and options as Python literals.
"""

from __future__ import annotations

import json
import re
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

import harness  # noqa: E402

import cleannews  # noqa: E402


def failure(text: str, options: dict[str, Any]) -> str | None:
    """The invariant ``text`` breaks with ``options`` (None if none)."""
    case = {"target": "text", "input": text, "options": options}
    try:
        result = cleannews.clean_and_explain(text, **options)
        harness.check_result(result, case, text=text, normalize=options.get("normalize", True))
        again = cleannews.clean_and_explain(result.text, **options)
        if again.text != result.text:
            return harness.idempotence_message(again)
    except harness.InvariantError as exc:
        return str(exc)
    except Exception as exc:  # noqa: BLE001
        return f"crash: {type(exc).__name__}"
    return None


def _ddmin(items: list[Any], fails: Callable[[list[Any]], bool]) -> list[Any]:
    n = 2
    while len(items) >= 2:
        chunk = max(1, len(items) // n)
        reduced = False
        for start in range(0, len(items), chunk):
            rest = items[:start] + items[start + chunk:]
            if fails(rest):
                items, n, reduced = rest, max(n - 1, 2), True
                break
        if not reduced:
            if chunk == 1:
                break
            n = min(len(items), n * 2)
    return items


def minimize(text: str, options: dict[str, Any]) -> tuple[str, dict[str, Any]]:
    want = failure(text, options)
    assert want is not None, "the input does not fail"
    parts = re.split(r"(\r\n|\r|\n)", text)  # keep each line's own terminator with it
    pieces = [parts[i] + (parts[i + 1] if i + 1 < len(parts) else "") for i in range(0, len(parts), 2)]
    pieces = _ddmin(pieces, lambda p: failure("".join(p), options) == want)
    for n in range(len(pieces)):
        chars = _ddmin(list(pieces[n]), lambda c: failure("".join(pieces[:n] + ["".join(c)] + pieces[n + 1:]), options) == want)
        pieces[n] = "".join(chars)
    text = "".join(pieces)
    meta = dict(options.get("meta") or {})
    for key in list(meta):
        trial = {**options, "meta": {k: v for k, v in meta.items() if k != key}}
        if failure(text, trial) == want:
            options, meta = trial, trial["meta"]
    for key, default in (("keep_headline", True), ("normalize", True)):
        trial = {**options, key: default}
        if options.get(key, default) != default and failure(text, trial) == want:
            options = trial
    return text, options


def main(argv: list[str]) -> int:
    spec = argv[0]
    if spec.endswith(".json"):
        case = json.loads(Path(spec).read_text(encoding="utf-8"))["case"]
    else:
        seed, _, number = spec.rpartition(":")
        try:
            case = harness.fuzz_one(harness.RandomChooser(f"{seed}:{number}"), "text" if len(argv) > 1 else None)
        except harness.InvariantError as exc:
            case = exc.case
    if case.get("target") != "text":
        print(f"only text cases are minimised, this one is {case.get('target')}")
        return 2
    text, options = minimize(case["input"], dict(case["options"]))
    print(f"failure: {failure(text, options)}")
    print(f"text = {text!r}")
    print(f"options = {options!r}")
    result = cleannews.clean_and_explain(text, **options)
    print(f"clean(text)        = {result.text!r}")
    print(f"clean(clean(text)) = {cleannews.clean(result.text, **options)!r}")
    for r in result.removals:
        print(f"  removed {r.first}-{r.last} {r.code} {r.name}: {r.reason}: {r.removed[:80]!r}")
    for r in cleannews.clean_and_explain(result.text, **options).removals:
        print(f"  then    {r.first}-{r.last} {r.code} {r.name}: {r.reason}: {r.removed[:80]!r}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
