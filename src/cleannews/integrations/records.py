"""How an engine cleans one record: the options every integration shares.

A record is a text (or an HTML page) and, optionally, the URL it came from.  The site pack
is the one named by ``site`` when given, else the one of the record's URL
(:func:`cleannews.sitepacks.site_for_url`, which never raises on odd URLs), else the one
found from signature lines, as :func:`cleannews.clean_and_explain` finds it.  A value that
is not a ``str`` (``None``, pandas' ``NaN``) is a null: it cleans to ``None``.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from .. import sitepacks
from ..pipeline import Pipeline, Result
from ..registry import Rule

__all__ = ["RecordCleaner", "removal_dicts"]


@dataclass(frozen=True)
class RecordCleaner:
    """A :class:`~cleannews.Pipeline` with the options of one integration step.

    Built on the driver: pattern files are read there, and the cleaner pickles (with the
    step or batch callable holding it) by value to the workers.
    """

    pipeline: Pipeline
    site: str | None = None
    keep_headline: bool = True

    @classmethod
    def build(
        cls,
        *,
        select: Sequence[str] | None = None,
        ignore: Sequence[str] | None = None,
        site: str | None = None,
        keep_headline: bool = True,
        normalize: bool = True,
        pattern_files: Sequence[str] = (),
        rules: Sequence[Rule] | None = None,
        extra_rules: Sequence[Rule] = (),
        pipeline: Pipeline | None = None,
    ) -> RecordCleaner:
        """A cleaner from cleannews' options, or around a ``pipeline`` built already."""
        if isinstance(select, str) or isinstance(ignore, str):
            raise TypeError("select and ignore take a list of code prefixes, e.g. select=['CN2']")
        if pipeline is None:
            pipeline = Pipeline(
                rules=rules, select=select, ignore=ignore, extra_rules=tuple(extra_rules),
                pattern_files=tuple(str(p) for p in pattern_files), normalize=normalize,
            )
        elif select is not None or ignore is not None or pattern_files or rules is not None or extra_rules:
            raise TypeError("give either pipeline= or the options that build one (select, ignore, rules, ...)")
        if site:
            sitepacks.resolve_site(site, "")  # an unknown site name fails here, on the driver
        return cls(pipeline, site or None, keep_headline)

    def site_of(self, url: object) -> str | None:
        """The site to clean a record from ``url`` with."""
        if self.site:
            return self.site
        return sitepacks.site_for_url(url) if isinstance(url, str) else None

    def explain(self, text: object, url: object = None, meta: Mapping[str, str] | None = None) -> Result | None:
        """The result of cleaning ``text``, or ``None`` when it is no ``str`` (a null)."""
        if not isinstance(text, str):
            return None
        return self.pipeline.explain(text, site=self.site_of(url), meta=meta, keep_headline=self.keep_headline)

    def explain_html(self, html: object, url: object = None, keep_headline: bool = False) -> Result | None:
        """The result of extracting and cleaning a page, or ``None`` when it is no ``str``/``bytes``."""
        if not isinstance(html, (str, bytes)):
            return None
        page_url = url if isinstance(url, str) and url else None
        return self.pipeline.explain_html(html, page_url, site=self.site, keep_headline=keep_headline)


def removal_dicts(result: Result | None) -> list[dict[str, object]] | None:
    """The removal records of ``result`` as JSON-ready dicts (``None`` for a null)."""
    if result is None:
        return None
    return [removal.to_dict() for removal in result.removals]
