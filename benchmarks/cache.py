"""The result cache: a second ``check`` of an unchanged corpus against the first (issue 12).

Writes ``--files`` (6,000) article files made from the project's own imitation sets
(``benchmarks/data/*.jsonl``, each document with a numbered last line so that no two
files are equal) into a temporary folder, then times the installed ``cleannews check``
as a subprocess, as a user runs it:

* the first run (empty cache), and a ``--no-cache`` run (the work without the cache);
* the second run over the unchanged corpus (everything taken from the cache);
* a run after changing one file in a hundred (those cleaned again, the rest cached).

It checks that every run prints the same records, and prints the ratio of the second
run's time to the first run's.

    python benchmarks/cache.py [--files 6000] [--jobs 2]
"""

from __future__ import annotations

import argparse
import json
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).parent


def documents() -> list[str]:
    texts = []
    for name in ("imitated-outlets.jsonl", "fresh-outlets.jsonl"):
        for line in (HERE / "data" / name).read_text(encoding="utf-8").splitlines():
            if line.strip():
                texts.append(json.loads(line)["raw"])
    return texts


def command() -> list[str]:
    script = shutil.which("cleannews", path=str(Path(sys.executable).parent))
    return [script] if script else [sys.executable, "-m", "cleannews"]


def timed(args: list[str], cwd: Path) -> tuple[float, subprocess.CompletedProcess[str]]:
    start = time.perf_counter()
    proc = subprocess.run(command() + args, cwd=cwd, capture_output=True, text=True, check=False)
    elapsed = time.perf_counter() - start
    if proc.returncode not in (0, 1):
        sys.exit(f"cleannews {' '.join(args)} failed ({proc.returncode}): {proc.stderr[-2000:]}")
    return elapsed, proc


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--files", type=int, default=6000)
    parser.add_argument("--jobs", type=int, default=2)
    args = parser.parse_args()
    texts = documents()
    with tempfile.TemporaryDirectory(prefix="cleannews-cache-bench-") as tmp:
        root = Path(tmp)
        corpus = root / "corpus"
        size = 0
        for n in range(args.files):
            folder = corpus / f"part{n // 500:02}"
            folder.mkdir(parents=True, exist_ok=True)
            text = texts[n % len(texts)].rstrip("\n") + f"\n\nStory number {n} of the benchmark corpus.\n"
            (folder / f"article{n:05}.txt").write_text(text, encoding="utf-8")
            size += len(text.encode("utf-8"))
        check = ["check", "corpus", "-j", str(args.jobs), "--output-format", "concise", "--cache-dir", "cache"]
        print(f"corpus: {args.files} files, {size / 1e6:.1f} MB; cleannews check -j {args.jobs}")
        uncached, reference = timed(check + ["--no-cache"], root)
        first, proc1 = timed(check, root)
        second, proc2 = timed(check, root)
        for n in range(0, args.files, 100):
            path = corpus / f"part{n // 500:02}" / f"article{n:05}.txt"
            path.write_text(path.read_text(encoding="utf-8") + "\nAdvertisement\n", encoding="utf-8")
        third, proc3 = timed(check, root)
        same = proc1.stdout == proc2.stdout == reference.stdout
        print(f"--no-cache run:            {uncached:7.2f} s")
        print(f"first run (empty cache):   {first:7.2f} s")
        print(f"second run (unchanged):    {second:7.2f} s  ({first / second:.1f}x faster than the first)")
        print(f"after changing 1 in 100:   {third:7.2f} s  ({proc3.stdout.count(chr(10))} records)")
        print(f"same records from the cache as without it: {'yes' if same else 'NO'}")
        if not same:
            sys.exit(1)


if __name__ == "__main__":
    main()
