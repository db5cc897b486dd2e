"""The development sets and the metrics that the quality benchmarks share.

Sets (in ``../shared/eval`` beside the checkout; the scripts skip a set that is absent):

- ``aeb-dev``: 82 news pages of the article-extraction benchmark, ``textmode.jsonl`` with
  labelled lines and ``html/<id>.html.gz``.
- ``wcxb-dev``: 698 modern article pages, same layout plus ``with``/``without`` snippets
  (``snippets.jsonl``) and a fixed split by site into halves A and B: tune on A, quote B.
- ``handmade-dev``: 40 hand-labelled news documents (``cases.jsonl``: ``raw`` and ``gold``).

Metrics:

- the benchmark's shingle metric (:func:`score_page`, :func:`score_corpus`): tokens are
  ``\\w+`` matches; a text is a multiset of 4-token shingles (1-3 tokens: one shorter
  shingle); per page TP = sum of min counts, FP/FN = the surpluses, divided by
  TP+FP+FN so that each page weighs the same; page P = TP/(TP+FP), R = TP/(TP+FN) (1.0
  when the surplus and TP are both 0); corpus P and R are means over pages with TP+FP > 0
  (resp. TP+FN > 0) and F1 is the harmonic mean of the two means; accuracy is the share of
  pages whose token sequence equals the gold's;
- snippets (:func:`snippet_found`): a snippet is found when its lower-cased ``\\w+`` tokens
  occur in a row in the output's (the last may be the start of a longer word);
- content lines removed (:func:`removed_lines`): lines of the extracted text labelled
  content that a text cleaner removed, with the rule that removed each.
"""

from __future__ import annotations

import gzip
import hashlib
import json
import re
from collections import Counter
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import urlsplit

HERE = Path(__file__).resolve().parent
SHARED = HERE.parent.parent / "shared" / "eval"
TOKEN = re.compile(r"\w+")


# -- sets ------------------------------------------------------------------------------


@dataclass
class Page:
    """One page of aeb-dev or wcxb-dev: the extracted text with labelled lines, the gold."""

    id: str
    url: str
    text: str
    gold: str
    labels: list[str]
    kinds: list[str]
    folder: Path
    title: str = ""
    author: str = ""
    with_: list[str] = field(default_factory=list)
    without: list[str] = field(default_factory=list)

    def html(self) -> bytes:
        """The saved page (bytes: trafilatura detects the encoding)."""
        with gzip.open(self.folder / "html" / f"{self.id}.html.gz", "rb") as handle:
            return handle.read()

    @property
    def half(self) -> str:
        """``"A"`` or ``"B"``: wcxb-dev's split by site (see its README)."""
        return half_of(self.url)


def half_of(url: str) -> str:
    host = (urlsplit(url).hostname or "").lower() if url else ""
    if host.startswith("www."):
        host = host[4:]
    return "B" if int(hashlib.sha256(host.encode()).hexdigest(), 16) % 2 == 1 else "A"


def _jsonl(path: Path) -> Iterator[dict]:
    for raw in path.read_text(encoding="utf-8").split("\n"):
        if raw.strip():
            yield json.loads(raw)


def load_pages(folder: Path) -> list[Page]:
    """The pages of an aeb-dev-style folder, with snippets and metadata where the set has them."""
    truth = json.loads((folder / "ground-truth.json").read_text(encoding="utf-8"))
    snippets = {r["id"]: r for r in _jsonl(folder / "snippets.jsonl")} if (folder / "snippets.jsonl").exists() else {}
    pages = []
    for record in _jsonl(folder / "textmode.jsonl"):
        page_id = record["id"]
        info = truth.get(page_id, {})
        snip = snippets.get(page_id, {})
        pages.append(Page(
            id=page_id, url=record.get("url") or info.get("url", ""), text=record["text"],
            gold=record["gold"], labels=record["line_labels"], kinds=record["line_kinds"], folder=folder,
            title=info.get("title") or "", author=info.get("author") or "",
            with_=list(snip.get("with", [])), without=list(snip.get("without", [])),
        ))
    return pages


def load_cases(path: Path) -> list[dict]:
    """handmade-dev style cases: ``raw`` and ``gold`` (and ``id``)."""
    return list(_jsonl(path))


# -- the shingle metric ----------------------------------------------------------------


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


# -- snippets --------------------------------------------------------------------------


def token_string(text: str) -> str:
    """The text's lower-cased ``\\w+`` tokens, each after one space (for snippet search)."""
    return "".join(" " + t for t in TOKEN.findall(text.lower()))


def snippet_found(snippet: str, tokens: str) -> bool:
    """True if ``snippet``'s tokens occur in a row in ``tokens`` (from :func:`token_string`);
    the last token may be the start of a longer word."""
    wanted = token_string(snippet)
    return not wanted or wanted in tokens


def snippet_counts(output: str, page: Page) -> tuple[int, int, int, int]:
    """(with found, with total, without found, without total) for one output."""
    tokens = token_string(output)
    w = sum(snippet_found(s, tokens) for s in page.with_)
    wo = sum(snippet_found(s, tokens) for s in page.without)
    return w, len(page.with_), wo, len(page.without)


# -- lines -----------------------------------------------------------------------------


def removed_lines(page: Page, removals: Sequence) -> dict[int, str]:
    """Indexes of the extracted text's lines that ``removals`` deleted whole, with the code
    (all codes, joined by ``+``) of the removal that deleted each."""
    gone: dict[int, str] = {}
    for r in removals:
        if r.span is not None:
            continue
        for n in range(r.first - 1, r.last):
            gone[n] = gone[n] + "+" + r.code if n in gone and r.code not in gone[n].split("+") else gone.get(n, r.code)
    # a line emptied by span cuts is gone too
    cut: dict[int, list] = {}
    for r in removals:
        if r.span is not None:
            cut.setdefault(r.first - 1, []).append(r)
    lines = page.text.split("\n")
    for n, records in cut.items():
        if n < len(lines) and sum(len(r.removed) for r in records) >= len(lines[n].strip()):
            gone.setdefault(n, "+".join(sorted({r.code for r in records})))
    return gone


def content_lines(page: Page) -> list[int]:
    """Indexes of the non-blank lines labelled content."""
    return [i for i, (text, label) in enumerate(zip(page.text.split("\n"), page.labels))
            if label == "content" and text.strip()]
