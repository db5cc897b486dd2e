"""Records per second of the datatrove step with 1 and 2 workers (issue 13).

Writes a JSONL corpus in shards (the fixtures' raw texts and both imitation sets, repeated
in a fixed order to ``--records`` records), then runs datatrove's ``LocalPipelineExecutor``
on the pipeline JsonlReader -> CleanNewsFormatter -> JsonlWriter with ``--tasks`` tasks on
1 worker and on 2 workers, in turns (1, 2, 1, 2, ...: the machine's drift weighs on both),
and prints each run and the best rate of each, with their ratio.  A second line times the
same pipeline without the cleannews step: the reader and writer's own cost.

    python benchmarks/engines.py [--records 20000] [--tasks 4] [--rounds 2]

Needs the engines: ``pip install -e '.[test-engines]'``.
"""

from __future__ import annotations

import argparse
import json
import shutil
import tempfile
import time
from pathlib import Path

from datatrove.executor import LocalPipelineExecutor
from datatrove.pipeline.readers import JsonlReader
from datatrove.pipeline.writers import JsonlWriter

from cleannews.integrations.datatrove import CleanNewsFormatter

ROOT = Path(__file__).resolve().parent.parent


def texts() -> list[str]:
    found = [raw.read_text(encoding="utf-8") for raw in sorted((ROOT / "fixtures").glob("*/*.raw.txt"))]
    for name in ("imitated-outlets.jsonl", "fresh-outlets.jsonl"):
        with (ROOT / "benchmarks" / "data" / name).open(encoding="utf-8") as lines:
            found.extend(json.loads(line)["raw"] for line in lines if line.strip())
    return found


def write_corpus(folder: Path, records: int, shards: int) -> int:
    """``records`` records in ``shards`` JSONL files; returns the corpus size in bytes."""
    sample = texts()
    folder.mkdir(parents=True)
    outs = [(folder / f"shard-{n:03d}.jsonl").open("w", encoding="utf-8") for n in range(shards)]
    size = 0
    for n in range(records):
        text = sample[n % len(sample)]
        size += len(text.encode("utf-8"))
        outs[n % shards].write(json.dumps({"id": str(n), "text": text}) + "\n")
    for out in outs:
        out.close()
    return size


def run(corpus: Path, work: Path, tasks: int, workers: int, clean: bool) -> float:
    """Seconds for one run of the pipeline (its output and logs are removed after)."""
    out, logs = work / "out", work / "logs"
    steps: list[object] = [JsonlReader(str(corpus))]
    if clean:
        steps.append(CleanNewsFormatter())
    steps.append(JsonlWriter(str(out)))
    executor = LocalPipelineExecutor(pipeline=steps, tasks=tasks, workers=workers, logging_dir=str(logs))
    start = time.perf_counter()
    executor.run()
    elapsed = time.perf_counter() - start
    shutil.rmtree(out, ignore_errors=True)
    shutil.rmtree(logs, ignore_errors=True)
    return elapsed


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--records", type=int, default=20000)
    parser.add_argument("--tasks", type=int, default=4)
    parser.add_argument("--rounds", type=int, default=2)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="cleannews-engines-") as tmp:
        work = Path(tmp)
        size = write_corpus(work / "corpus", args.records, args.tasks)
        print(f"corpus: {args.records} records, {size / 1e6:.1f} MB of text in {args.tasks} JSONL shards "
              f"({len(texts())} distinct documents)")
        for clean, what in ((False, "JsonlReader -> JsonlWriter (no cleannews)"),
                            (True, "JsonlReader -> CleanNewsFormatter -> JsonlWriter")):
            best = {1: float("inf"), 2: float("inf")}
            for _ in range(args.rounds):
                for workers in (1, 2):
                    best[workers] = min(best[workers], run(work / "corpus", work, args.tasks, workers, clean))
            rate = {w: args.records / best[w] for w in best}
            print(f"datatrove LocalPipelineExecutor, {what}, {args.tasks} tasks: "
                  f"1 worker {rate[1]:.0f} records/s, 2 workers {rate[2]:.0f} records/s "
                  f"({rate[2] / rate[1]:.2f}x; best of {args.rounds})")


if __name__ == "__main__":
    main()
