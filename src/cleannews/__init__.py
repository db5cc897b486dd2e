"""cleannews: strip publisher boilerplate from news article text.

>>> import cleannews
>>> cleannews.clean("Prices rose again in May, the agency said on Tuesday.\\n\\nAdvertisement\\n")
'Prices rose again in May, the agency said on Tuesday.\\n'

Rules detect, the engine removes: every removal is reported with a rule code and a
reason (:func:`clean_and_explain`), the output is always the input with lines (or parts
of lines) deleted, and cleaning twice gives the same text as cleaning once.

The four functions take the same settings, as an :class:`Options` object (``options=``),
as keyword arguments, or both (a keyword given wins over the field of ``options``).
"""

from __future__ import annotations

import os
from collections.abc import Mapping, Sequence
from typing import cast

from .document import Document, Hit, Line, Removal
from .options import UNSET, Options, Unset, merge
from .pipeline import EngineError, Pipeline, Result, apply_removals
from .registry import Rule, RuleError, rule

__all__ = [
    "Document",
    "EngineError",
    "Hit",
    "Line",
    "Options",
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


def _explain(
    source: str | bytes, options: Options, *, html: bool, url: str | None = None,
    meta: Mapping[str, str] | None = None, verify: bool = True,
) -> Result:
    """The one implementation of the four functions: ``source`` is a text, or a page if ``html``."""
    pipeline = options.pipeline()
    if html:
        return pipeline.explain_html(source, url, site=options.site, keep_headline=options.headline(False))
    # explain checks that the text is a str (bytes: "decode the input first")
    return pipeline.explain(cast(str, source), site=options.site, meta=meta,
                            keep_headline=options.headline(True), verify=verify)


def clean_and_explain(
    text: str,
    *,
    options: Options | None = None,
    select: Sequence[str] | None | Unset = UNSET,
    ignore: Sequence[str] | None | Unset = UNSET,
    site: str | None | Unset = UNSET,
    normalize: bool | Unset = UNSET,
    extra_rules: Sequence[Rule] | Unset = UNSET,
    pattern_files: Sequence[str | os.PathLike[str]] | Unset = UNSET,
    meta: Mapping[str, str] | None = None,
    keep_headline: bool | None | Unset = UNSET,
) -> Result:
    """Clean ``text`` and return a :class:`Result`: the text plus one record per removal.

    The settings come from ``options`` (an :class:`Options`; default: every setting at
    its default), and each keyword argument that is given overrides the field of the same
    name (see :class:`Options` for each): ``select``/``ignore`` are rule-code prefixes;
    ``site`` is a site-pack name or a URL; ``normalize=False`` turns off the Unicode
    repair; ``extra_rules`` and ``pattern_files`` add user rules; ``keep_headline=False``
    also removes a leading headline and deck, for users who want the body only.  ``meta``
    passes this document's page metadata (``title``, ``author``).
    """
    chosen = merge(options, select=select, ignore=ignore, site=site, normalize=normalize,
                   extra_rules=extra_rules, pattern_files=pattern_files, keep_headline=keep_headline)
    return _explain(text, chosen, html=False, meta=meta)


def clean(
    text: str,
    *,
    options: Options | None = None,
    select: Sequence[str] | None | Unset = UNSET,
    ignore: Sequence[str] | None | Unset = UNSET,
    site: str | None | Unset = UNSET,
    normalize: bool | Unset = UNSET,
    extra_rules: Sequence[Rule] | Unset = UNSET,
    pattern_files: Sequence[str | os.PathLike[str]] | Unset = UNSET,
    meta: Mapping[str, str] | None = None,
    keep_headline: bool | None | Unset = UNSET,
) -> str:
    """Return ``text`` without its publisher boilerplate (see :func:`clean_and_explain`).

    The text is ``clean_and_explain(text, ...).text``; only the check that the removal
    records replay to it is left out (see :meth:`Pipeline.clean`).
    """
    chosen = merge(options, select=select, ignore=ignore, site=site, normalize=normalize,
                   extra_rules=extra_rules, pattern_files=pattern_files, keep_headline=keep_headline)
    return _explain(text, chosen, html=False, meta=meta, verify=False).text


def clean_html_and_explain(
    html: str | bytes,
    url: str | None = None,
    *,
    options: Options | None = None,
    select: Sequence[str] | None | Unset = UNSET,
    ignore: Sequence[str] | None | Unset = UNSET,
    site: str | None | Unset = UNSET,
    normalize: bool | Unset = UNSET,
    extra_rules: Sequence[Rule] | Unset = UNSET,
    pattern_files: Sequence[str | os.PathLike[str]] | Unset = UNSET,
    keep_headline: bool | None | Unset = UNSET,
) -> Result:
    """Extract the article from an HTML page with trafilatura, then clean it.

    The page's title, author and site name go into ``Result.meta`` and help the rules: a
    headline repeated at the top of the body and a byline naming the page's author are
    removed.  ``url`` (or ``site``) switches on the site pack of the page's site.  The
    headline is page metadata here, so by default only the body is returned; pass
    ``keep_headline=True`` to keep a headline that the extractor put in the body.  The
    settings are those of :func:`clean_and_explain`.
    """
    chosen = merge(options, select=select, ignore=ignore, site=site, normalize=normalize,
                   extra_rules=extra_rules, pattern_files=pattern_files, keep_headline=keep_headline)
    return _explain(html, chosen, html=True, url=url)


def clean_html(
    html: str | bytes,
    url: str | None = None,
    *,
    options: Options | None = None,
    select: Sequence[str] | None | Unset = UNSET,
    ignore: Sequence[str] | None | Unset = UNSET,
    site: str | None | Unset = UNSET,
    normalize: bool | Unset = UNSET,
    extra_rules: Sequence[Rule] | Unset = UNSET,
    pattern_files: Sequence[str | os.PathLike[str]] | Unset = UNSET,
    keep_headline: bool | None | Unset = UNSET,
) -> str:
    """The article text of an HTML page without boilerplate (see :func:`clean_html_and_explain`)."""
    chosen = merge(options, select=select, ignore=ignore, site=site, normalize=normalize,
                   extra_rules=extra_rules, pattern_files=pattern_files, keep_headline=keep_headline)
    return _explain(html, chosen, html=True, url=url).text
