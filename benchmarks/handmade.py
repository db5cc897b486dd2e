"""Score cleannews on the handmade-dev set (../shared/eval/handmade-dev by default).

``--cases benchmarks/data/imitated-outlets.jsonl`` scores the developers' own set of 46
documents imitating outlets outside handmade-dev, in the same format.

Prints exact documents, boilerplate-line recall and precision, damaged content lines
(overall, on hard-negative documents, removals on clean documents) and altered lines,
as the set's README defines them.  ``--show`` lists every missed or wrongly removed line.

    python benchmarks/handmade.py [--cases PATH] [--show]
"""

from __future__ import annotations

import argparse
import json
import sys
import unicodedata
from collections import Counter
from pathlib import Path

import cleannews

HERE = Path(__file__).resolve().parent
DEFAULT_CASES = HERE.parent.parent / "shared" / "eval" / "handmade-dev" / "cases.jsonl"


def norm(text: str) -> list[str]:
    out = []
    for line in text.split("\n"):
        line = " ".join(unicodedata.normalize("NFC", line).split())
        if line:
            out.append(line)
    return out


def score(cases: list[dict], show: bool = False) -> dict[str, float]:
    exact = tp = removed = boiler = damaged = altered = 0
    damaged_docs = hn_damage = clean_removals = 0
    for case in cases:
        raw, gold = case["raw"], case["gold"]
        out = cleannews.clean(raw)
        c_raw, c_gold, c_out = Counter(norm(raw)), Counter(norm(gold)), Counter(norm(out))
        b = c_raw - c_gold
        r = c_raw - c_out
        hit = sum((r & b).values())
        tp += hit
        removed += sum(r.values())
        boiler += sum(b.values())
        lost = sum((c_gold - c_out).values())
        damaged += lost
        damaged_docs += lost > 0
        altered += sum((c_out - c_raw).values())
        if case.get("hard_negative"):
            hn_damage += lost
        if "clean" in case.get("kinds", ()):
            clean_removals += sum(r.values())
        if norm(out) == norm(gold):
            exact += 1
        elif show:
            print(f"--- {case['id']} {case['outlet']}")
            for line in (b - r).elements():
                print(f"  missed : {line[:150]}")
            for line in (c_gold - c_out).elements():
                print(f"  DAMAGED: {line[:150]}")
    return {
        "documents": len(cases),
        "exact": exact,
        "recall": tp / boiler if boiler else 1.0,
        "precision": tp / removed if removed else 1.0,
        "damaged": damaged,
        "damaged_docs": damaged_docs,
        "hn_damage": hn_damage,
        "clean_removals": clean_removals,
        "altered": altered,
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--cases", type=Path, default=DEFAULT_CASES)
    parser.add_argument("--show", action="store_true", help="list missed and damaged lines")
    args = parser.parse_args(argv)
    if not args.cases.exists():
        print(f"handmade.py: {args.cases} not found", file=sys.stderr)
        return 2
    cases = [json.loads(line) for line in args.cases.read_text(encoding="utf-8").splitlines() if line]
    s = score(cases, args.show)
    name = args.cases.parent.name if args.cases.name == "cases.jsonl" else args.cases.stem
    print(f"{name}: exact documents {s['exact']}/{s['documents']}")
    print(f"{name}: boilerplate-line recall {s['recall']:.3f}  precision {s['precision']:.3f}")
    print(f"{name}: damaged content lines {s['damaged']} in {s['damaged_docs']} documents")
    print(f"{name}: damage on hard-negative documents {s['hn_damage']}; "
          f"removals on clean documents {s['clean_removals']}")
    print(f"{name}: altered or invented lines {s['altered']}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
