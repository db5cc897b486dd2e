"""A fingerprint of cleannews' behaviour: one hash over every output and removal record.

Cleans every fixture, every handmade-dev document and every aeb-dev extracted text (with
the headline kept and dropped), and every aeb-dev page through ``clean_html``, and prints
a SHA-256 over the outputs and the removal records.  A change that is meant to keep
behaviour (a speed-up, a refactor) must leave the fingerprint unchanged.

    python benchmarks/fingerprint.py [--verbose] [--wide]

``--wide`` prints a second hash over the wcxb-dev extracted texts too (698 pages of
nearly as many sites, cleaned with the headline kept and dropped): a stricter check for
speed work, which must leave both unchanged.  It only compares outputs; nothing is tuned
to it.
"""

from __future__ import annotations

import argparse
import gzip
import hashlib
import json
from pathlib import Path

import cleannews

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
SHARED = ROOT.parent / "shared" / "eval"


def documents() -> list[tuple[str, str]]:
    docs = [(str(p.relative_to(ROOT)), p.read_text(encoding="utf-8")) for p in sorted(ROOT.glob("fixtures/*/*.raw.txt"))]
    handmade = SHARED / "handmade-dev" / "cases.jsonl"
    if handmade.exists():
        docs += [(json.loads(x)["id"], json.loads(x)["raw"]) for x in handmade.read_text(encoding="utf-8").splitlines() if x]
    textmode = SHARED / "aeb-dev" / "textmode.jsonl"
    if textmode.exists():
        docs += [(json.loads(x)["id"], json.loads(x)["text"]) for x in textmode.read_text(encoding="utf-8").splitlines() if x]
    return docs


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=(__doc__ or "").split("\n\n")[0])
    parser.add_argument("--verbose", action="store_true", help="print a hash per document")
    parser.add_argument("--wide", action="store_true", help="also hash the wcxb-dev texts")
    args = parser.parse_args(argv)
    total = hashlib.sha256()
    count = 0
    for name, text in documents():
        for keep in (True, False):
            result = cleannews.clean_and_explain(text, keep_headline=keep)
            blob = json.dumps([result.text, [r.to_dict() for r in result.removals], result.passes], sort_keys=True)
            total.update(blob.encode("utf-8"))
            count += 1
            if args.verbose:
                print(hashlib.sha256(blob.encode()).hexdigest()[:12], keep, name)
    pages = SHARED / "aeb-dev"
    if (pages / "textmode.jsonl").exists():
        for line in (pages / "textmode.jsonl").read_text(encoding="utf-8").splitlines():
            record = json.loads(line)
            html = gzip.decompress((pages / "html" / f"{record['id']}.html.gz").read_bytes())
            result = cleannews.clean_html_and_explain(html, record["url"])
            blob = json.dumps([result.text, [r.to_dict() for r in result.removals]], sort_keys=True)
            total.update(blob.encode("utf-8"))
            count += 1
    print(f"fingerprint: {total.hexdigest()} over {count} cleanings")
    wide = SHARED / "wcxb-dev" / "textmode.jsonl"
    if args.wide and wide.exists():
        count = 0
        for line in wide.read_text(encoding="utf-8").split("\n"):
            if not line.strip():
                continue
            record = json.loads(line)
            for keep in (True, False):
                result = cleannews.clean_and_explain(record["text"], keep_headline=keep)
                blob = json.dumps([result.text, [r.to_dict() for r in result.removals], result.passes], sort_keys=True)
                total.update(blob.encode("utf-8"))
                count += 1
                if args.verbose:
                    print(hashlib.sha256(blob.encode()).hexdigest()[:12], keep, record["id"])
        print(f"wide fingerprint: {total.hexdigest()} over {count} more cleanings")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
