"""Quality on real pages and on the handmade set, by the extraction benchmark's metric.

On aeb-dev (../shared/eval/aeb-dev) it scores, each with F1, precision, recall and exact
accuracy: trafilatura alone (default ``extract``), the text as extracted
(``textmode.jsonl``), ``clean(text, keep_headline=False)`` on that text, and
``clean_html(html, url)``.  On handmade-dev it scores the raw text and ``clean(raw)``.
For ``clean`` it then lists the boilerplate lines that remain and the content lines it
removed, grouped by kind, and every page whose F1 dropped against its input.

    python benchmarks/quality.py [--aeb DIR] [--handmade FILE] [--lines]

The metric (the benchmark's own): tokens are ``\\w+`` matches; a text is a multiset of
4-token shingles (1-3 tokens: one shorter shingle); per page TP = sum of min counts,
FP/FN = the surpluses; page P = TP/(TP+FP), R = TP/(TP+FN) (1.0 when the surplus and TP
are both 0); corpus P and R are means over pages with TP+FP > 0 (resp. TP+FN > 0), F1 is
the harmonic mean of the two means; accuracy is the share of pages whose token sequence
equals the gold's.
"""

from __future__ import annotations

import argparse
import gzip
import json
import re
import sys
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

import cleannews

HERE = Path(__file__).resolve().parent
SHARED = HERE.parent.parent / "shared" / "eval"
TOKEN = re.compile(r"\w+")


def shingles(text: str) -> Counter[tuple[str, ...]]:
    tokens = TOKEN.findall(text)
    if not tokens:
        return Counter()
    if len(tokens) < 4:
        return Counter([tuple(tokens)])
    return Counter(tuple(tokens[i : i + 4]) for i in range(len(tokens) - 3))


@dataclass(frozen=True)
class PageScore:
    tp: int
    fp: int
    fn: int
    exact: bool

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 1.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 1.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0


def score_page(predicted: str, gold: str) -> PageScore:
    pred, true = shingles(predicted), shingles(gold)
    tp = sum((pred & true).values())
    fp = sum((pred - true).values())
    fn = sum((true - pred).values())
    return PageScore(tp, fp, fn, TOKEN.findall(predicted) == TOKEN.findall(gold))


@dataclass(frozen=True)
class CorpusScore:
    f1: float
    precision: float
    recall: float
    accuracy: float
    pages: int


def score_corpus(pages: Sequence[PageScore]) -> CorpusScore:
    ps = [p.precision for p in pages if p.tp + p.fp > 0]
    rs = [p.recall for p in pages if p.tp + p.fn > 0]
    precision = sum(ps) / len(ps) if ps else 1.0
    recall = sum(rs) / len(rs) if rs else 1.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    accuracy = sum(p.exact for p in pages) / len(pages) if pages else 0.0
    return CorpusScore(f1, precision, recall, accuracy, len(pages))


def line(label: str, score: CorpusScore) -> str:
    return (f"{label:<52} F1 {score.f1:.5f}  P {score.precision:.5f}  R {score.recall:.5f}  "
            f"accuracy {score.accuracy:.3f}  ({score.pages} pages)")


def run_system(records: list[dict], system: Callable[[dict], str]) -> tuple[CorpusScore, list[PageScore]]:
    pages = [score_page(system(r), r["gold"]) for r in records]
    return score_corpus(pages), pages


def aeb(folder: Path, show_lines: bool) -> int:
    import trafilatura

    records = [json.loads(x) for x in (folder / "textmode.jsonl").read_text(encoding="utf-8").splitlines() if x]

    def html_of(record: dict) -> bytes:
        with gzip.open(folder / "html" / f"{record['id']}.html.gz", "rb") as handle:
            return handle.read()  # bytes: trafilatura detects the page's encoding

    htmls = {r["id"]: html_of(r) for r in records}
    as_is, as_is_pages = run_system(records, lambda r: r["text"])
    cleaned_text = {r["id"]: cleannews.clean_and_explain(r["text"], keep_headline=False) for r in records}
    clean, clean_pages = run_system(records, lambda r: cleaned_text[r["id"]].text)
    traf, _ = run_system(
        records, lambda r: trafilatura.extract(htmls[r["id"]], url=r["url"], include_comments=False) or ""
    )
    html, _ = run_system(records, lambda r: cleannews.clean_html(htmls[r["id"]], url=r["url"]))
    print(line("aeb-dev: trafilatura extract (default, no comments)", traf))
    print(line("aeb-dev: text as extracted (textmode)", as_is))
    print(line("aeb-dev: clean(text, keep_headline=False)", clean))
    print(line("aeb-dev: clean_html(html, url)", html))
    drops = [(r["id"], a.f1, c.f1) for r, a, c in zip(records, as_is_pages, clean_pages) if c.f1 < a.f1 - 0.01]
    print(f"aeb-dev: pages whose F1 dropped by more than 0.01 under clean: {len(drops)}")
    for page, before, after in drops:
        print(f"  {page[:12]} {before:.4f} -> {after:.4f}")

    remaining: Counter[str] = Counter()
    removed_content: Counter[str] = Counter()
    examples: dict[str, list[str]] = {}
    for record in records:
        result = cleaned_text[record["id"]]
        gone = set()
        for r in result.removals:
            if r.span is None:
                gone.update(range(r.first - 1, r.last))
        codes = {}
        for r in result.removals:
            for n in range(r.first - 1, r.last):
                codes.setdefault(n, r.code)
        for i, (text, label, kind) in enumerate(zip(record["text"].split("\n"), record["line_labels"],
                                                     record["line_kinds"])):
            if not text.strip():
                continue
            if label == "boilerplate" and i not in gone:
                remaining[kind] += 1
                examples.setdefault(f"left {kind}", []).append(text[:120])
            elif label == "content" and i in gone:
                removed_content[codes[i]] += 1
                examples.setdefault(f"removed {codes[i]}", []).append(text[:120])
    total_b = sum(1 for r in records for lab in r["line_labels"] if lab == "boilerplate")
    print(f"aeb-dev: boilerplate lines left by clean: {sum(remaining.values())} of {total_b} "
          f"({', '.join(f'{k} {v}' for k, v in remaining.most_common())})")
    print(f"aeb-dev: content-labelled lines removed by clean: {sum(removed_content.values())} "
          f"({', '.join(f'{k} {v}' for k, v in removed_content.most_common()) or 'none'})")
    if show_lines:
        for key, texts in sorted(examples.items()):
            for text in texts:
                print(f"    {key}: {text}")
    return 0


def handmade(path: Path) -> int:
    records = []
    for raw in path.read_text(encoding="utf-8").splitlines():
        case = json.loads(raw)
        records.append({"raw": case["raw"], "gold": case["gold"]})
    as_is, _ = run_system(records, lambda r: r["raw"])
    clean, _ = run_system(records, lambda r: cleannews.clean(r["raw"]))
    print(line("handmade-dev: text as given", as_is))
    print(line("handmade-dev: clean(text)", clean))
    return 0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=(__doc__ or "").split("\n\n")[0])
    parser.add_argument("--aeb", type=Path, default=SHARED / "aeb-dev")
    parser.add_argument("--handmade", type=Path, default=SHARED / "handmade-dev" / "cases.jsonl")
    parser.add_argument("--lines", action="store_true", help="list every remaining or removed line")
    args = parser.parse_args(argv)
    status = 0
    if (args.aeb / "textmode.jsonl").exists():
        status |= aeb(args.aeb, args.lines)
    else:
        print(f"quality.py: {args.aeb} not found", file=sys.stderr)
        status = 2
    if args.handmade.exists():
        status |= handmade(args.handmade)
    return status


if __name__ == "__main__":
    raise SystemExit(main())
