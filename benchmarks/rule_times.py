"""Time every rule on its own over the development documents (one pass each).

Shows where the engine spends its time, rule by rule, so that speed work goes where it
pays.  The documents are the same as ``fingerprint.py``'s.

    python benchmarks/rule_times.py [--top N]
"""

from __future__ import annotations

import argparse
import time

import cleannews
from cleannews.document import Source
from cleannews.rules import builtin_rules
from fingerprint import documents


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=(__doc__ or "").split("\n\n")[0])
    parser.add_argument("--top", type=int, default=20)
    args = parser.parse_args(argv)
    docs = [text for _, text in documents()]
    size = sum(len(t.encode("utf-8")) for t in docs) / 1e6
    views = [Source(t).view() for t in docs]
    times = {}
    for rule in builtin_rules():
        start = time.perf_counter()
        for view in views:
            for _ in rule(view):
                pass
        times[rule.code] = time.perf_counter() - start
    start = time.perf_counter()
    for text in docs:
        cleannews.clean(text)
    full = time.perf_counter() - start
    print(f"clean: {size:.2f} MB in {len(docs)} documents, {full:.2f} s, {size / full:.2f} MB/s")
    print(f"all rules, one pass: {sum(times.values()):.3f} s")
    for code, seconds in sorted(times.items(), key=lambda kv: -kv[1])[: args.top]:
        print(f"  {code} {seconds * 1000:8.1f} ms")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
