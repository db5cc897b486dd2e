"""HTML to text: the one place that imports trafilatura.

The article is extracted with comments excluded and without trafilatura's process-wide
deduplication cache (which would make one document's output depend on the documents
before it), together with the page's title, author and site name, which the rules use
(the headline repeated at the top of the body, a byline that names the page's author).

The settings were chosen by measurement on all the development pages, with the rules
after extraction (F1 by the benchmark's metric; wcxb-dev: 698 modern article pages of
nearly as many sites, aeb-dev: 82 news pages).  ``favor_recall=True`` with tables:
wcxb-dev half A 0.9380, aeb-dev 0.9721; ``favor_precision=True`` with tables: 0.9220 and
0.9758.  Precision mode drops real text on modern pages (its recall on half A is 0.911
against 0.943), more than the rules lose by cleaning the boilerplate that recall mode
lets through; trafilatura's default ``extract`` scores 0.9321 and 0.9602 there.

trafilatura is an optional dependency (``pip install 'cleannews[html]'``, 1.12 or later,
where the figures above were measured): text cleaning does not need it, and
``datatrove[processing]`` pins it below 1.12.  Where datatrove's trafilatura 1.8-1.11 is
installed it serves too (its ``bare_extraction`` answers with a dict).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from types import ModuleType

__all__ = ["Extracted", "extract", "trafilatura_module"]

INSTALL_HINT = "pip install 'cleannews[html]'"


@dataclass(frozen=True)
class Extracted:
    """The article text of a page and what the page says about it."""

    text: str
    meta: dict[str, str] = field(default_factory=dict)


def extract(html: str | bytes, url: str | None = None) -> Extracted:
    """Extract the article text and metadata (``title``, ``author``, ``sitename``, ``url``)."""
    if not isinstance(html, (str, bytes)):
        raise TypeError(f"html must be str or bytes, got {type(html).__name__}")
    document = trafilatura_module().bare_extraction(
        html,
        url=url,
        include_comments=False,
        include_tables=True,
        favor_recall=True,
        deduplicate=False,
        with_metadata=True,
    )
    if document is None:
        return Extracted("", {"url": url} if url else {})
    meta = {
        key: value
        for key in ("title", "author", "sitename", "url", "date")
        if isinstance(value := _field(document, key), str) and value.strip()
    }
    if url:
        meta["url"] = url
    text = _field(document, "text")
    return Extracted(text if isinstance(text, str) else "", meta)


def _field(document: object, key: str) -> object:
    """A field of trafilatura's answer: a Document (trafilatura 2) or a dict (1.x)."""
    if isinstance(document, Mapping):
        return document.get(key)
    return getattr(document, key, None)


def trafilatura_module() -> ModuleType:
    """trafilatura, or an :class:`ImportError` that says how to install it."""
    try:
        import trafilatura
    except ImportError as exc:
        raise ImportError(
            f"cleaning HTML needs trafilatura, which cleannews installs as an extra: {INSTALL_HINT} "
            f"(text cleaning does not need it); the import failed with: {exc}"
        ) from exc
    return trafilatura
