"""Records for the engine tests: every fixture and seed text, with URLs (some of a site
with a site pack), and the reference each engine's output must equal record for record."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import cleannews
from cleannews.sitepacks import site_for_url

ROOT = Path(__file__).resolve().parents[2]
FIXTURES = ROOT / "fixtures"

#: URLs given to the records in turn: a site with a pack, sites without, no URL, no URL at all.
URLS = ("https://www.huffpost.com/entry/story", "https://www.example.com/news/1", "", "not a url", None)


def records() -> list[dict[str, Any]]:
    """One record per fixture text: ``id``, ``text`` and ``url``."""
    texts = sorted(FIXTURES.glob("*/*.raw.txt"))
    return [
        {"id": f"{raw.parent.name}/{raw.name[:-8]}", "text": raw.read_text(encoding="utf-8"), "url": URLS[n % len(URLS)]}
        for n, raw in enumerate(texts)
    ]


def reference(record: dict[str, Any], **options: Any) -> cleannews.Result:
    """What :func:`cleannews.clean_and_explain` gives for a record (its URL selecting the site)."""
    url = record.get("url")
    return cleannews.clean_and_explain(record["text"], site=site_for_url(url) if isinstance(url, str) else None,
                                       **options)


def removal_dicts(result: cleannews.Result) -> list[dict[str, object]]:
    return [r.to_dict() for r in result.removals]
