"""Time every rule over the development documents (one pass each), as the engine runs it.

Shows where the engine spends its time, rule by rule, so that speed work goes where it
pays.  Each document is scanned once for every rule's trigger words (as the engine does;
that scan is timed on its own line), then each rule runs only where its trigger holds, on
its candidate lines.  ``runs`` is the number of documents a rule was called on.  The
documents are the same as ``fingerprint.py``'s.

``--warm`` first cleans every document once (patterns compiled, the rules' per-line
caches filled, the trigger automaton built) and then times a second sight, as a long run
over a corpus that repeats lines sees it; without it the figures include first use.

``--repeat N`` times each rule N times over fresh views and keeps the least (timings on
a busy machine only ever grow).

    python benchmarks/rule_times.py [--top N] [--warm] [--repeat N] [--rules CODE,...]
"""

from __future__ import annotations

import argparse
import time

import cleannews
from cleannews.document import Source
from cleannews.rules import builtin_rules
from cleannews.triggers import TriggerIndex
from fingerprint import documents


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=(__doc__ or "").split("\n\n")[0])
    parser.add_argument("--top", type=int, default=20)
    parser.add_argument("--warm", action="store_true", help="time a second sight of every document")
    parser.add_argument("--repeat", type=int, default=1, help="time each rule this many times, keep the least")
    parser.add_argument("--rules", default="", help="time only these codes (comma-separated prefixes)")
    args = parser.parse_args(argv)
    docs = [text for _, text in documents()]
    if args.warm:
        for text in docs:
            cleannews.clean(text)
    size = sum(len(t.encode("utf-8")) for t in docs) / 1e6
    rules = builtin_rules()
    index = TriggerIndex([r.trigger for r in rules])
    views = [Source(t).view() for t in docs]
    start = time.perf_counter()
    scans = [index.scan(view) for view in views]
    scan_time = time.perf_counter() - start
    times = {}
    runs = {}
    if args.warm:
        for n, rule in enumerate(rules):
            for view, candidates in zip(views, scans):
                if candidates[n] is not None:
                    for _ in rule.run(view, candidates[n]):
                        pass
        views = [Source(t).view() for t in docs]  # facts are per document: start them afresh
        scans = [index.scan(view) for view in views]
    chosen = tuple(code.strip().upper() for code in args.rules.split(",") if code.strip())
    for n, rule in enumerate(rules):
        if chosen and not rule.code.startswith(chosen):
            continue
        best = float("inf")
        for attempt in range(max(1, args.repeat)):
            if attempt:
                views = [Source(t).view() for t in docs]  # facts are per document: afresh each time
                scans = [index.scan(view) for view in views]
            start = time.perf_counter()
            count = 0
            for view, candidates in zip(views, scans):
                if candidates[n] is None:
                    continue
                count += 1
                for _ in rule.run(view, candidates[n]):
                    pass
            best = min(best, time.perf_counter() - start)
        times[rule.code] = best
        runs[rule.code] = count
    start = time.perf_counter()
    for text in docs:
        cleannews.clean(text)
    full = time.perf_counter() - start
    print(f"clean: {size:.2f} MB in {len(docs)} documents, {full:.2f} s, {size / full:.2f} MB/s")
    print(f"trigger scan (case folding and one Aho-Corasick pass per document): {scan_time * 1000:.1f} ms")
    print(f"all rules, one pass: {sum(times.values()):.3f} s")
    for code, seconds in sorted(times.items(), key=lambda kv: -kv[1])[: args.top]:
        print(f"  {code} {seconds * 1000:8.1f} ms  runs on {runs[code]:4d} of {len(docs)} documents")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
