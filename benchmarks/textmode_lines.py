"""Line-level check of cleannews on real extracted text (aeb-dev textmode.jsonl).

Each line of the extracted ``text`` carries a label ("content" or "boilerplate") derived
from the benchmark's ground truth.  This script cleans every page and prints how many
lines of each label were removed, per rule code, so that a rule that eats real article
text shows up at once.  ``--show`` lists the removed content lines.  (The labels are
noisy: headlines are labelled boilerplate because the gold never holds them.)

    python benchmarks/textmode_lines.py [--file PATH] [--show]
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from pathlib import Path

import cleannews

HERE = Path(__file__).resolve().parent
DEFAULT = HERE.parent.parent / "shared" / "eval" / "aeb-dev" / "textmode.jsonl"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--file", type=Path, default=DEFAULT)
    parser.add_argument("--show", action="store_true", help="list removed content lines")
    args = parser.parse_args(argv)
    if not args.file.exists():
        print(f"textmode_lines.py: {args.file} not found", file=sys.stderr)
        return 2
    totals: Counter[str] = Counter()
    removed: Counter[str] = Counter()
    by_rule: Counter[tuple[str, str]] = Counter()
    for raw in args.file.read_text(encoding="utf-8").splitlines():
        record = json.loads(raw)
        lines = record["text"].split("\n")
        labels = record["line_labels"]
        result = cleannews.clean_and_explain(record["text"], normalize=False)
        gone: dict[int, str] = {}
        for r in result.removals:
            if r.span is None:
                for n in range(r.first, r.last + 1):
                    gone.setdefault(n - 1, r.code)
        for i, label in enumerate(labels):
            if not lines[i].strip():
                continue
            totals[label] += 1
            if i in gone:
                removed[label] += 1
                by_rule[(gone[i], label)] += 1
                if args.show and label == "content":
                    print(f"{record.get('id', '?')[:8]} {gone[i]} CONTENT: {lines[i][:140]}")
    for label in ("content", "boilerplate"):
        print(f"aeb-dev textmode: removed {removed[label]} of {totals[label]} {label} lines")
    for (code, label), n in sorted(by_rule.items()):
        print(f"  {code} {label:12} {n}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
