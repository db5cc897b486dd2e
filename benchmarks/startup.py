"""Start-up time of cleannews (issue 14, item 5 "Lazy start").

Every CLI call and every pre-commit run pays for importing cleannews and for the first
``clean()``; on a small input that is nearly all of its time.  This script prints, as the
median of ``--runs`` fresh processes:

* ``cleannews < small.txt``: the wall time of the command (the console script's own
  code, ``from cleannews.cli import main``, run by this interpreter on a one-line text),
  import and first call included; the target is under 0.25 s;
* ``cleannews check small.txt``: the same for ``check`` of one small file (``--no-cache``);
* ``import cleannews`` and the first ``cleannews.clean()`` of a short text, timed inside
  the process;
* ``python -c pass``: the interpreter's own start, the floor under all of these.

With ``--baseline REF`` the same figures for the code of another commit (extracted with
``git archive``), measured in turns with this code's (ABAB...), so that the machine's
drift weighs on both alike.  Each tree runs once before timing so that Python has written
its bytecode caches (``__pycache__``), as it has for an installed package.

    python benchmarks/startup.py [--runs 15] [--baseline REF]
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent

SMALL_TEXT = "Hello world.\n"

#: What the ``cleannews`` console script runs.
_CLI = "import sys; from cleannews.cli import main; sys.exit(main())"

#: Import and first clean, timed inside the process; prints two numbers of seconds.
_IN_PROCESS = """
import time
start = time.perf_counter()
import cleannews
imported = time.perf_counter()
cleannews.clean("Prices rose again in May, the agency said on Tuesday.\\n\\nAdvertisement\\n")
print(imported - start, time.perf_counter() - imported)
"""


def _env(src: Path) -> dict[str, str]:
    env = dict(os.environ)
    env["PYTHONPATH"] = str(src)
    env.pop("PYTHONDONTWRITEBYTECODE", None)  # an installed package has its bytecode cached
    env.pop("CLEANNEWS_CACHE_DIR", None)
    return env


def _wall(command: list[str], env: dict[str, str], stdin_path: Path | None, cwd: Path) -> float:
    with open(stdin_path or os.devnull, "rb") as stdin:
        start = time.perf_counter()
        proc = subprocess.run(command, stdin=stdin, stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=env, cwd=cwd)
        elapsed = time.perf_counter() - start
    if proc.returncode not in (0, 1):
        raise SystemExit(f"{command} failed ({proc.returncode}): {proc.stderr.decode(errors='replace')}")
    return elapsed


def measure(src: Path, work: Path) -> dict[str, float]:
    """One round of every figure for the code in ``src`` (seconds)."""
    env = _env(src)
    small = work / "small.txt"
    figures = {
        "cleannews < small.txt": _wall([sys.executable, "-c", _CLI], env, small, work),
        "cleannews check small.txt": _wall(
            [sys.executable, "-c", _CLI, "check", "--no-cache", "small.txt"], env, None, work,
        ),
        "python -c pass": _wall([sys.executable, "-c", "pass"], env, None, work),
    }
    out = subprocess.run([sys.executable, "-c", _IN_PROCESS], env=env, cwd=work, check=True,
                         capture_output=True, text=True).stdout.split()
    figures["import cleannews"] = float(out[0])
    figures["first clean()"] = float(out[1])
    return figures


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--runs", type=int, default=15, help="processes per figure (median; default 15)")
    parser.add_argument("--baseline", default=None, metavar="REF", help="also time the code of this commit, in turns")
    args = parser.parse_args(argv)

    with tempfile.TemporaryDirectory(prefix="cleannews-startup-") as tmp:
        work = Path(tmp) / "work"
        work.mkdir()
        (work / "small.txt").write_text(SMALL_TEXT, encoding="utf-8")
        trees: dict[str, Path] = {"this code": ROOT / "src"}
        if args.baseline:
            base = Path(tmp) / "baseline"
            base.mkdir()
            archive = subprocess.run(["git", "-C", str(ROOT), "archive", args.baseline, "src"],
                                     check=True, capture_output=True).stdout
            subprocess.run(["tar", "-x", "-C", str(base)], input=archive, check=True)
            trees = {f"{args.baseline} (baseline)": base / "src", **trees}
        for src in trees.values():
            measure(src, work)  # writes the bytecode caches
        samples: dict[str, dict[str, list[float]]] = {name: {} for name in trees}
        for _ in range(args.runs):
            for name, src in trees.items():
                for figure, seconds in measure(src, work).items():
                    samples[name].setdefault(figure, []).append(seconds)

    figures = list(next(iter(samples.values())))
    width = max(map(len, figures))
    print(f"start-up, median of {args.runs} processes each ({', '.join(trees)} in turns):")
    for figure in figures:
        cells = "; ".join(f"{name}: {statistics.median(samples[name][figure]) * 1000:6.1f} ms" for name in trees)
        print(f"  {figure:<{width}}  {cells}")
    here = statistics.median(samples["this code"]["cleannews < small.txt"])
    print(f"cleannews < small.txt under 0.25 s: {here:.3f} s {'PASS' if here < 0.25 else 'FAIL'}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
