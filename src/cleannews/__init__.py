"""cleannews: strip publisher boilerplate from news article text.

>>> import cleannews
>>> cleannews.clean("Prices rose again in May, the agency said on Tuesday.\\n\\nAdvertisement\\n")
'Prices rose again in May, the agency said on Tuesday.\\n'

Rules detect, the engine removes: every removal is reported with a rule code and a
reason (:func:`clean_and_explain`), the output is always the input with lines (or parts
of lines) deleted, and cleaning twice gives the same text as cleaning once.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from functools import lru_cache

from .document import Document, Hit, Line, Removal
from .pipeline import EngineError, Pipeline, Result, apply_removals
from .registry import Rule, RuleError, rule

__all__ = [
    "Document",
    "EngineError",
    "Hit",
    "Line",
    "Pipeline",
    "Removal",
    "Result",
    "Rule",
    "RuleError",
    "apply_removals",
    "clean",
    "clean_and_explain",
    "clean_html",
    "clean_html_and_explain",
    "rule",
]

__version__ = "0.1.0"


@lru_cache(maxsize=32)
def _pipeline(
    select: tuple[str, ...] | None,
    ignore: tuple[str, ...] | None,
    normalize: bool,
) -> Pipeline:
    return Pipeline(select=select, ignore=ignore, normalize=normalize)


def _make_pipeline(
    select: Sequence[str] | None,
    ignore: Sequence[str] | None,
    normalize: bool,
    extra_rules: Sequence[Rule],
    pattern_files: Sequence[str],
) -> Pipeline:
    if isinstance(select, str) or isinstance(ignore, str):
        raise TypeError("select and ignore take a list of code prefixes, e.g. select=['CN2']")
    if extra_rules or pattern_files:
        return Pipeline(
            select=select, ignore=ignore, normalize=normalize,
            extra_rules=tuple(extra_rules), pattern_files=tuple(pattern_files),
        )
    return _pipeline(
        tuple(select) if select is not None else None,
        tuple(ignore) if ignore is not None else None,
        normalize,
    )


def clean_and_explain(
    text: str,
    *,
    select: Sequence[str] | None = None,
    ignore: Sequence[str] | None = None,
    site: str | None = None,
    normalize: bool = True,
    extra_rules: Sequence[Rule] = (),
    pattern_files: Sequence[str] = (),
    meta: Mapping[str, str] | None = None,
    keep_headline: bool = True,
) -> Result:
    """Clean ``text`` and return a :class:`Result`: the text plus one record per removal.

    ``select``/``ignore`` are rule-code prefixes; ``site`` is a site-pack name or a URL;
    ``normalize=False`` turns off the Unicode repair; ``extra_rules`` and ``pattern_files``
    add user rules; ``keep_headline=False`` also removes a leading headline and deck, for
    users who want the body only; ``meta`` passes page metadata (``title``, ``author``).
    """
    pipeline = _make_pipeline(select, ignore, normalize, extra_rules, pattern_files)
    return pipeline.explain(text, site=site, meta=meta, keep_headline=keep_headline)


def clean(
    text: str,
    *,
    select: Sequence[str] | None = None,
    ignore: Sequence[str] | None = None,
    site: str | None = None,
    normalize: bool = True,
    extra_rules: Sequence[Rule] = (),
    pattern_files: Sequence[str] = (),
    meta: Mapping[str, str] | None = None,
    keep_headline: bool = True,
) -> str:
    """Return ``text`` without its publisher boilerplate (see :func:`clean_and_explain`).

    The text is ``clean_and_explain(text, ...).text``; only the check that the removal
    records replay to it is left out (see :meth:`Pipeline.clean`).
    """
    pipeline = _make_pipeline(select, ignore, normalize, extra_rules, pattern_files)
    return pipeline.clean(text, site=site, meta=meta, keep_headline=keep_headline)


def clean_html_and_explain(
    html: str | bytes,
    url: str | None = None,
    *,
    select: Sequence[str] | None = None,
    ignore: Sequence[str] | None = None,
    site: str | None = None,
    normalize: bool = True,
    extra_rules: Sequence[Rule] = (),
    pattern_files: Sequence[str] = (),
    keep_headline: bool = False,
) -> Result:
    """Extract the article from an HTML page with trafilatura, then clean it.

    The page's title, author and site name go into ``Result.meta`` and help the rules: a
    headline repeated at the top of the body and a byline naming the page's author are
    removed.  ``url`` (or ``site``) switches on the site pack of the page's site.  The
    headline is page metadata here, so by default only the body is returned; pass
    ``keep_headline=True`` to keep a headline that the extractor put in the body.
    """
    pipeline = _make_pipeline(select, ignore, normalize, extra_rules, pattern_files)
    return pipeline.explain_html(html, url, site=site, keep_headline=keep_headline)


def clean_html(
    html: str | bytes,
    url: str | None = None,
    *,
    select: Sequence[str] | None = None,
    ignore: Sequence[str] | None = None,
    site: str | None = None,
    normalize: bool = True,
    extra_rules: Sequence[Rule] = (),
    pattern_files: Sequence[str] = (),
    keep_headline: bool = False,
) -> str:
    """The article text of an HTML page without boilerplate (see :func:`clean_html_and_explain`)."""
    return clean_html_and_explain(
        html, url, select=select, ignore=ignore, site=site, normalize=normalize,
        extra_rules=extra_rules, pattern_files=pattern_files, keep_headline=keep_headline,
    ).text
