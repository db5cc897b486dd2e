"""Quality on real pages (wcxb-dev, aeb-dev) and on handmade-dev, by the benchmark's metric.

For each real-page set, and for wcxb-dev separately on half A (tune here), half B (sites
not tuned on: quote this) and all, it scores:

- ``trafilatura extract``: trafilatura alone, default settings, no comments;
- ``text as extracted``: the set's ``textmode.jsonl`` text as it is;
- ``content-lines oracle``: that text keeping only the lines labelled content (the ceiling
  of a line cleaner);
- ``clean(text, keep_headline=False)`` on that text;
- ``clean_html(html, url)`` on the saved page;

each with F1, precision, recall, exact accuracy, with% and without% (snippets, wcxb-dev)
and, for the text cleaners, content lines removed per 1,000 content lines.  Then the
content lines that ``clean`` removed, by rule, with examples (``--examples``: of half A
only unless ``--examples-half`` says otherwise), and the boilerplate lines it left.

    python benchmarks/quality.py [--sets wcxb,aeb,handmade] [--fast] [--examples N]

``--fast`` skips the two systems that run trafilatura.  See ``evalsets.py`` for the metrics.
"""

from __future__ import annotations

import argparse
import os
import sys
from collections import Counter, defaultdict
from collections.abc import Callable, Sequence
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass
from pathlib import Path

from evalsets import (
    SHARED,
    Page,
    content_lines,
    load_cases,
    load_pages,
    removed_lines,
    score_corpus,
    score_page,
    snippet_counts,
)

import cleannews


@dataclass
class Outputs:
    """One system's output per page, with the removal records for a text cleaner."""

    texts: dict[str, str]
    removals: dict[str, tuple] | None = None


def _trafilatura(page: Page) -> str:
    import trafilatura

    return trafilatura.extract(page.html(), url=page.url or None, include_comments=False) or ""


def _clean_html(page: Page) -> str:
    return cleannews.clean_html(page.html(), url=page.url or None)


def _in_parallel(func: Callable[[Page], str], pages: Sequence[Page], jobs: int) -> dict[str, str]:
    if jobs <= 1:
        return {p.id: func(p) for p in pages}
    with ProcessPoolExecutor(jobs) as pool:
        return dict(zip((p.id for p in pages), pool.map(func, pages, chunksize=8)))


def run_systems(pages: Sequence[Page], fast: bool, jobs: int) -> dict[str, Outputs]:
    systems: dict[str, Outputs] = {}
    if not fast:
        systems["trafilatura extract (default, no comments)"] = Outputs(_in_parallel(_trafilatura, pages, jobs))
    systems["text as extracted"] = Outputs({p.id: p.text for p in pages})
    systems["content-lines oracle"] = Outputs({
        p.id: "\n".join(line for line, label in zip(p.text.split("\n"), p.labels) if label == "content")
        for p in pages
    })
    results = {p.id: cleannews.clean_and_explain(p.text, keep_headline=False) for p in pages}
    systems["clean(text, keep_headline=False)"] = Outputs(
        {k: r.text for k, r in results.items()}, {k: r.removals for k, r in results.items()}
    )
    if not fast:
        systems["clean_html(html, url)"] = Outputs(_in_parallel(_clean_html, pages, jobs))
    return systems


def report_line(label: str, pages: Sequence[Page], outputs: Outputs) -> str:
    scores = [score_page(outputs.texts[p.id], p.gold) for p in pages]
    corpus = score_corpus(scores)
    text = (f"{label:<58} F1 {corpus.f1:.4f}  P {corpus.precision:.4f}  R {corpus.recall:.4f}  "
            f"acc {corpus.accuracy:.3f}")
    if any(p.with_ or p.without for p in pages):
        counts = [snippet_counts(outputs.texts[p.id], p) for p in pages]
        w, wt, wo, wot = (sum(c[i] for c in counts) for i in range(4))
        text += f"  with% {100 * w / max(wt, 1):.1f}  without% {100 * wo / max(wot, 1):.1f}"
    if outputs.removals is not None:
        removed, total, _ = content_removed(pages, outputs)
        text += f"  content removed {1000 * sum(removed.values()) / max(total, 1):.1f}/1000"
    return text + f"  ({len(pages)} pages)"


def content_removed(
    pages: Sequence[Page], outputs: Outputs,
) -> tuple[Counter[str], int, dict[str, list[tuple[str, str]]]]:
    """Content lines removed by rule code, the number of content lines, and examples."""
    assert outputs.removals is not None
    by_rule: Counter[str] = Counter()
    examples: dict[str, list[tuple[str, str]]] = defaultdict(list)
    total = 0
    for page in pages:
        gone = removed_lines(page, outputs.removals[page.id])
        lines = page.text.split("\n")
        for i in content_lines(page):
            total += 1
            if i in gone:
                by_rule[gone[i]] += 1
                examples[gone[i]].append((page.id, lines[i]))
    return by_rule, total, examples


def boilerplate_left(pages: Sequence[Page], outputs: Outputs) -> Counter[str]:
    assert outputs.removals is not None
    left: Counter[str] = Counter()
    for page in pages:
        gone = removed_lines(page, outputs.removals[page.id])
        for i, (text, label, kind) in enumerate(zip(page.text.split("\n"), page.labels, page.kinds)):
            if label == "boilerplate" and text.strip() and i not in gone:
                left[kind] += 1
    return left


def real_pages(name: str, folder: Path, args: argparse.Namespace) -> None:
    pages = load_pages(folder)
    systems = run_systems(pages, args.fast, args.jobs)
    halves: list[tuple[str, list[Page]]] = [(name, pages)]
    if name == "wcxb-dev":
        halves = [(f"{name} {h}", [p for p in pages if p.half == h]) for h in ("A", "B")] + [(f"{name} all", pages)]
    for label, subset in halves:
        for system, outputs in systems.items():
            print(report_line(f"{label}: {system}", subset, outputs))
    cleaned = systems["clean(text, keep_headline=False)"]
    for label, subset in halves:
        by_rule, total, examples = content_removed(subset, cleaned)
        pages_hit = sum(1 for p in subset if any(i in removed_lines(p, cleaned.removals[p.id])  # type: ignore[index]
                                                 for i in content_lines(p)))
        print(f"{label}: content lines removed by clean: {sum(by_rule.values())} of {total} "
              f"on {pages_hit} of {len(subset)} pages "
              f"({', '.join(f'{k} {v}' for k, v in by_rule.most_common()) or 'none'})")
        left = boilerplate_left(subset, cleaned)
        print(f"{label}: boilerplate lines left by clean: {sum(left.values())} "
              f"({', '.join(f'{k} {v}' for k, v in left.most_common(8))})")
        show = args.examples and (name != "wcxb-dev" or label.endswith(f" {args.examples_half}"))
        if show:
            for code, items in sorted(examples.items()):
                for page_id, text in items[: args.examples]:
                    print(f"    removed {code} {page_id[:10]}: {text[:150]}")


def handmade(path: Path) -> None:
    cases = load_cases(path)
    as_is = score_corpus([score_page(c["raw"], c["gold"]) for c in cases])
    cleaned = score_corpus([score_page(cleannews.clean(c["raw"]), c["gold"]) for c in cases])
    for label, score in (("text as given", as_is), ("clean(text)", cleaned)):
        print(f"{'handmade-dev: ' + label:<58} F1 {score.f1:.4f}  P {score.precision:.4f}  "
              f"R {score.recall:.4f}  acc {score.accuracy:.3f}  ({score.pages} pages)")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=(__doc__ or "").split("\n\n")[0])
    parser.add_argument("--sets", default="wcxb,aeb,handmade", help="comma-separated: wcxb, aeb, handmade")
    parser.add_argument("--shared", type=Path, default=SHARED, help="the folder holding the sets")
    parser.add_argument("--fast", action="store_true", help="skip the systems that run trafilatura")
    parser.add_argument("--examples", type=int, default=0, metavar="N",
                        help="show up to N removed content lines per rule")
    parser.add_argument("--examples-half", default="A", choices=("A", "B", "all"),
                        help="which wcxb-dev half the examples come from (develop on A)")
    parser.add_argument("-j", "--jobs", type=int, default=min(2, os.cpu_count() or 1))
    args = parser.parse_args(argv)
    wanted = {s.strip() for s in args.sets.split(",") if s.strip()}
    found = False
    for name, key in (("wcxb-dev", "wcxb"), ("aeb-dev", "aeb")):
        folder = args.shared / name
        if key in wanted and (folder / "textmode.jsonl").exists():
            real_pages(name, folder, args)
            found = True
    cases = args.shared / "handmade-dev" / "cases.jsonl"
    if "handmade" in wanted and cases.exists():
        handmade(cases)
        found = True
    if not found:
        print(f"quality.py: no evaluation set found under {args.shared}", file=sys.stderr)
        return 2
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
