"""Hostile inputs: time and peak memory of one ``clean`` on one huge input (issue 11).

Each case runs in a child process of its own (``--child``), which builds the input, cleans
it once with ``cleannews.clean_and_explain`` and reports the time of the clean and its
peak resident memory (``ru_maxrss``, which includes the interpreter, the rules and the
input itself).  The cases:

* ``words``: one line of ordinary words, at 5, 10, 25 and 50 MB (the linearity series);
* ``by``, ``share``, ``month``: one 50 MB line dense with trigger words ("By By By",
  "Share Share", "$5/month ");
* ``lines``: 50 MB of many short lines ("Share\\n" again and again).

For each it prints time, MB/s, peak RSS, RSS/input and PASS or FAIL against two targets:
memory under 5x the input plus 100 MB, and time linear (the 50 MB clean at most 13x the
time of the 5 MB one of the same kind).  ``--scale 0.1`` runs everything at a tenth of the
size (5 MB instead of 50); the linearity target compares the largest size with the
smallest of each kind.

    python benchmarks/hostile.py [--scale 1.0] [--cases words,by,share,month,lines] [--timeout 900]
"""

from __future__ import annotations

import argparse
import json
import resource
import subprocess
import sys
import time

PIECES = {
    "words": "the council voted on tuesday to approve a plan for new housing near the old rail yard ",
    "by": "By ",
    "share": "Share ",
    "month": "$5/month ",
    "lines": "Share\n",
}
#: Sizes (MB, before --scale) of each kind: the words make the linearity series.
SIZES = {"words": [5, 10, 25, 50], "by": [5, 50], "share": [5, 50], "month": [5, 50], "lines": [5, 50]}
MEMORY_FACTOR = 5.0
MEMORY_CONSTANT_MB = 100.0
LINEAR_LIMIT = 13.0


def child(kind: str, mb: float) -> None:
    import cleannews

    cleannews.clean("Warm up: import every rule and build the pipeline.\n")
    piece = PIECES[kind]
    size = int(mb * 1_000_000)
    text = (piece * (size // len(piece) + 1))[:size]
    started = time.perf_counter()
    result = cleannews.clean_and_explain(text)
    seconds = time.perf_counter() - started
    peak_kb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    print(json.dumps({"seconds": seconds, "peak_mb": peak_kb / 1000, "input_mb": len(text.encode()) / 1e6,
                      "removals": len(result.removals), "output_mb": len(result.text.encode()) / 1e6}))


def measure(kind: str, mb: float, timeout: float) -> dict[str, float] | None:
    try:
        proc = subprocess.run([sys.executable, __file__, "--child", kind, str(mb)], capture_output=True,
                              text=True, timeout=timeout, check=False)
    except subprocess.TimeoutExpired:
        return None
    if proc.returncode != 0:
        raise SystemExit(f"{kind} {mb} MB failed:\n{proc.stderr}")
    return json.loads(proc.stdout.strip().splitlines()[-1])  # type: ignore[no-any-return]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=(__doc__ or "").split("\n\n")[0])
    parser.add_argument("--scale", type=float, default=1.0, help="multiply every size (0.1: 5 MB instead of 50)")
    parser.add_argument("--cases", default=",".join(PIECES), help="kinds to run (default all)")
    parser.add_argument("--timeout", type=float, default=900.0, help="seconds a case may take (then FAIL)")
    parser.add_argument("--child", nargs=2, metavar=("KIND", "MB"), help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.child:
        child(args.child[0], float(args.child[1]))
        return 0
    failed = False
    print(f"{'case':8} {'MB':>6} {'time s':>8} {'MB/s':>7} {'peak RSS MB':>12} {'RSS/input':>9}  memory")
    for kind in args.cases.split(","):
        times: dict[float, float] = {}
        for size in SIZES[kind]:
            mb = size * args.scale
            got = measure(kind, mb, args.timeout)
            if got is None:
                print(f"{kind:8} {mb:6.1f} {'>' + str(int(args.timeout)):>8} {'':>7} {'':>12} {'':>9}  FAIL (timeout)",
                      flush=True)
                failed = True
                continue
            times[mb] = got["seconds"]
            limit = MEMORY_FACTOR * got["input_mb"] + MEMORY_CONSTANT_MB
            ok = got["peak_mb"] <= limit
            failed |= not ok
            print(f"{kind:8} {mb:6.1f} {got['seconds']:8.2f} {got['input_mb'] / got['seconds']:7.2f} "
                  f"{got['peak_mb']:12.0f} {got['peak_mb'] / got['input_mb']:9.1f}  "
                  f"{'PASS' if ok else 'FAIL'} (limit {limit:.0f} MB)", flush=True)
        sizes = [size * args.scale for size in SIZES[kind]]
        small, large = sizes[0], sizes[-1]
        if small in times and large in times:
            ratio = times[large] / times[small]
            allowed = LINEAR_LIMIT * (large / small) / 10
            ok = ratio <= allowed
            failed |= not ok
            print(f"{kind:8} time {large:g} MB / {small:g} MB = {ratio:.1f}x (limit {allowed:.1f}x): "
                  f"{'PASS' if ok else 'FAIL'}", flush=True)
        elif large not in times:
            print(f"{kind:8} time linear: FAIL (the {large:g} MB case did not finish)", flush=True)
            failed = True
    return 1 if failed else 0


if __name__ == "__main__":
    raise SystemExit(main())
