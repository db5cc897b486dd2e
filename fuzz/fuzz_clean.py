"""Fuzz cleannews: ``clean``/``clean_and_explain``, ``clean_html`` and the CLI's JSONL reader.

Two drivers over the same targets and invariants (``fuzz/harness.py``):

* random (no extra dependency): every input is built from its own seed (``SEED:N``), so
  a failure is reproduced by its number alone::

      python fuzz/fuzz_clean.py --runs 100000 --seed 1 [--target text|html|jsonl] [--start N]
      python fuzz/fuzz_clean.py --replay 1:4711          # rebuild and check input 4711 of seed 1

  Failures are counted (the run goes on), printed, and saved to ``--out`` (default
  ``fuzz/failures/``) as JSON, one file per failure.  The exit code is 1 if any.

* atheris (``pip install atheris``; libFuzzer options, coverage-guided over the
  instrumented ``cleannews`` package)::

      python fuzz/fuzz_clean.py -runs=100000 [-seed=1] [-max_len=4096] [corpus_dir]

  A crash or a broken invariant stops libFuzzer and writes ``crash-<sha1>``; run the
  script on that file to see it again.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import time
import traceback
from collections import Counter
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))


def _libfuzzer_mode(argv: list[str]) -> bool:
    return any(a.startswith("-") and not a.startswith("--") for a in argv) or (
        bool(argv) and all(not a.startswith("-") for a in argv)
    )


def run_atheris(argv: list[str]) -> None:
    import atheris

    with atheris.instrument_imports(include=["cleannews"]):
        import cleannews  # noqa: F401
        import cleannews.cli  # noqa: F401
    import harness

    harness.seed_lines()

    def test_one_input(data: bytes) -> None:
        harness.fuzz_one(harness.DataChooser(atheris.FuzzedDataProvider(data)))

    atheris.Setup([sys.argv[0]] + argv, test_one_input)
    atheris.Fuzz()


def _jsonable(value: Any) -> Any:
    if isinstance(value, bytes):
        return {"bytes_latin1": value.decode("latin-1")}
    if isinstance(value, str):
        return value.encode("utf-8", "surrogatepass").decode("utf-8", "backslashreplace") if any(
            0xD800 <= ord(ch) < 0xE000 for ch in value) else value
    if isinstance(value, dict):
        return {k: _jsonable(v) for k, v in value.items()}
    if isinstance(value, (list, tuple)):
        return [_jsonable(v) for v in value]
    return value


def check_one(seed: str, number: int, target: str | None) -> tuple[str, str, dict[str, Any] | None, float]:
    """Build and check input ``number`` of ``seed``: (outcome, message, case, seconds);
    outcome is ``ok``, ``invariant`` or ``crash``."""
    import harness

    chooser = harness.RandomChooser(f"{seed}:{number}")
    started = time.perf_counter()
    try:
        case = harness.fuzz_one(chooser, target)
    except harness.InvariantError as exc:
        return "invariant", str(exc), exc.case, time.perf_counter() - started
    except Exception:  # noqa: BLE001 - a crash is what we look for
        chooser = harness.RandomChooser(f"{seed}:{number}")  # rebuild the input to save it
        return "crash", traceback.format_exc(), _rebuild(chooser, target), time.perf_counter() - started
    return "ok", "", case, time.perf_counter() - started


def _rebuild(chooser: Any, target: str | None) -> dict[str, Any]:
    """The case a crashing input was built from (the builders only, not the checks)."""
    import harness

    captured: dict[str, Any] = {}
    real = harness.TARGETS
    try:
        harness.TARGETS = {name: (lambda c, name=name: _builder(name, c, captured)) for name in real}
        harness.fuzz_one(chooser, target)
    except Exception as exc:  # noqa: BLE001
        captured["rebuild_error"] = repr(exc)
    finally:
        harness.TARGETS = real
    return captured


def _builder(name: str, c: Any, captured: dict[str, Any]) -> dict[str, Any]:
    import harness

    captured["target"] = name
    if name == "text":
        normalize = c.chance(0.7)
        captured["input"] = harness.build_document(c, surrogates=not normalize)
        captured["options"] = {"normalize": normalize, "note": "options after the input are not rebuilt"}
    elif name == "html":
        captured["input"], captured["url"] = harness.build_html(c)
    else:
        captured["input"] = harness.build_jsonl(c)
    return captured


def run_random(args: argparse.Namespace) -> int:
    import harness

    harness.seed_lines()
    out = Path(args.out)
    counts: Counter[str] = Counter()
    targets: Counter[str] = Counter()
    slowest: list[tuple[float, int]] = []
    started = last = time.monotonic()
    end = args.start + args.runs
    for number in range(args.start, end):
        outcome, message, case, seconds = check_one(str(args.seed), number, args.target)
        counts[outcome] += 1
        if case is not None:
            targets[case.get("target", "?")] += 1
        if seconds > 2.0:
            slowest.append((seconds, number))
        if outcome != "ok":
            out.mkdir(parents=True, exist_ok=True)
            name = out / f"{outcome}-{args.seed}-{number}.json"
            name.write_text(json.dumps({"replay": f"{args.seed}:{number}", "outcome": outcome,
                                        "message": message, "case": _jsonable(case)}, indent=1,
                                       ensure_ascii=True), encoding="utf-8")
            print(f"{outcome.upper()} {args.seed}:{number}: {message.strip().splitlines()[-1][:300]} -> {name}",
                  flush=True)
        now = time.monotonic()
        if now - last >= args.progress:
            last = now
            done = number - args.start + 1
            print(f"[{now - started:7.0f}s] {done} inputs, {done / (now - started):.0f}/s, "
                  f"crashes {counts['crash']}, invariant failures {counts['invariant']}", flush=True)
    elapsed = time.monotonic() - started
    print(f"seed {args.seed}: inputs {args.runs} (numbers {args.start}..{end - 1}) in {elapsed:.0f}s "
          f"({args.runs / max(elapsed, 1e-9):.0f}/s); by target {dict(sorted(targets.items()))}")
    print(f"seed {args.seed}: crashes {counts['crash']}, invariant failures {counts['invariant']}, "
          f"slow inputs (>2s) {len(slowest)}"
          + (f" (slowest {max(slowest)[0]:.1f}s: {args.seed}:{max(slowest)[1]})" if slowest else ""))
    return 1 if counts["crash"] or counts["invariant"] else 0


def main(argv: list[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    if argv and _libfuzzer_mode(argv) and not any(a.startswith("--") for a in argv):
        run_atheris(argv)
        return 0
    parser = argparse.ArgumentParser(description=(__doc__ or "").split("\n\n")[0])
    parser.add_argument("--runs", type=int, default=10_000, help="inputs to try (default 10000)")
    parser.add_argument("--seed", default="1", help="seed of the run (inputs are SEED:N)")
    parser.add_argument("--start", type=int, default=0, help="number of the first input (default 0)")
    parser.add_argument("--target", choices=["text", "html", "jsonl"], help="one target only")
    parser.add_argument("--out", default=str(HERE / "failures"), help="where failures are saved")
    parser.add_argument("--progress", type=float, default=60.0, help="seconds between progress lines")
    parser.add_argument("--replay", metavar="SEED:N", help="check one input again and print it")
    args = parser.parse_args(argv)
    if args.replay:
        seed, _, number = args.replay.rpartition(":")
        outcome, message, case, seconds = check_one(seed, int(number), args.target)
        print(json.dumps(_jsonable(case), indent=1, ensure_ascii=False)[:20000])
        print(f"{outcome} in {seconds:.2f}s {message}")
        return 0 if outcome == "ok" else 1
    os.environ.setdefault("PYTHONHASHSEED", "0")
    return run_random(args)


if __name__ == "__main__":
    raise SystemExit(main())
