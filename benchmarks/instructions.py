"""Instructions per document of ``cleannews.clean``, counted by callgrind (not timed).

On a shared machine wall-clock timings are noise; instruction counts are not.  The script
runs itself three times under ``valgrind --tool=callgrind`` with ``PYTHONHASHSEED=0``:
each run warms up on the first 150 wcxb-dev documents and every rule example (the lazy
patterns compiled, the trigger DFA built) and then cleans the 188 real documents of ``fingerprint.py`` (fixtures,
handmade-dev, aeb-dev) 0, 1 and 2 times.  ``cold`` is run 1 minus run 0 (first sight of
each document), ``warm`` run 2 minus run 1 (the per-line caches of the rules filled),
both divided by 188.  Needs valgrind and ``../shared/eval``; takes a few minutes.

    python benchmarks/instructions.py
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from fingerprint import SHARED, documents  # noqa: E402

WARM_UP = 150


def _clean(times: int) -> None:
    import cleannews

    docs = [text for _name, text in documents()]
    lines = (SHARED / "wcxb-dev" / "textmode.jsonl").read_text(encoding="utf-8").splitlines()
    for line in lines[:WARM_UP]:
        cleannews.clean(json.loads(line)["text"])
    try:  # and on every rule example, so that every pattern is compiled before counting
        from cleannews.rules import builtin_rules

        for rule in builtin_rules():
            for example in rule.examples:
                cleannews.clean(example.text)
    except ImportError:
        pass
    for _ in range(times):
        for text in docs:
            cleannews.clean(text)


def _total(path: Path) -> int:
    for line in path.read_text().splitlines():
        if line.startswith(("summary:", "totals:")):
            return int(line.split()[1])
    raise ValueError(f"no totals in {path}")


def main() -> int:
    if len(sys.argv) == 3 and sys.argv[1] == "--run":
        _clean(int(sys.argv[2]))
        return 0
    count = len(documents())
    env = dict(os.environ, PYTHONHASHSEED="0")
    totals = []
    with tempfile.TemporaryDirectory() as folder:
        for times in (0, 1, 2):
            out = Path(folder) / f"callgrind.{times}"
            subprocess.run(
                ["valgrind", "--tool=callgrind", f"--callgrind-out-file={out}", sys.executable, __file__, "--run", str(times)],
                check=True, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
            )
            totals.append(_total(out))
    cold, warm = (totals[1] - totals[0]) / count, (totals[2] - totals[1]) / count
    print(f"instructions per document over {count} documents: cold {cold / 1e6:.3f} M, warm {warm / 1e6:.3f} M")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
