"""datatrove steps: :class:`CleanNewsFormatter` for text, :class:`CleanNewsExtractor` for HTML.

::

    from datatrove.executor import LocalPipelineExecutor
    from datatrove.pipeline.readers import JsonlReader
    from datatrove.pipeline.writers import JsonlWriter
    from cleannews.integrations.datatrove import CleanNewsFormatter

    LocalPipelineExecutor(
        pipeline=[JsonlReader("in/"), CleanNewsFormatter(ignore=["CN3"]), JsonlWriter("out/")],
        tasks=2, workers=2,
    ).run()

:class:`CleanNewsFormatter` is a formatter as datatrove's own (``FTFYFormatter``,
``PIIFormatter``): it sets ``doc.text`` to the cleaned text and keeps every document.  It
also puts the removal records (:meth:`cleannews.Removal.to_dict`) in
``doc.metadata["cleannews"]`` and counts the removals per rule code with ``stat_update``
(``CN201``, ``CN402``, ...), as ``C4QualityFilter`` counts the lines it removes; the
executor's stats then say what was removed across the corpus.  The URL in
``doc.metadata["url"]`` (where ``WarcReader`` puts it) selects the site pack.

:class:`CleanNewsExtractor` takes HTML documents (``WarcReader``'s) through
:func:`cleannews.clean_html`: trafilatura extracts the article, the page's title and
author help the rules, and documents left without text are dropped, as datatrove's
``Trafilatura`` extractor drops them.

The step is built on the driver, where pattern files are read, and pickles by value
(with ``dill``, as the Slurm executor pickles it): workers never reopen the files.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

try:
    from datatrove.pipeline.base import PipelineStep
    from datatrove.pipeline.formatters.base import BaseFormatter
    from datatrove.utils.typeshelper import StatHints
except ImportError as exc:  # pragma: no cover - exercised without datatrove
    raise ImportError(
        f"cleannews.integrations.datatrove needs datatrove: pip install 'cleannews[datatrove]' ({exc})"
    ) from exc

from ..pipeline import Pipeline, Result
from ..registry import Rule
from .records import RecordCleaner, removal_dicts

__all__ = ["CleanNewsExtractor", "CleanNewsFormatter"]

#: The page metadata that :class:`CleanNewsExtractor` copies into ``doc.metadata``.
PAGE_FIELDS = ("title", "author", "sitename", "date")


class CleanNewsFormatter(BaseFormatter):  # type: ignore[misc]
    """Strip publisher boilerplate from ``doc.text`` with cleannews' rules.

    Args:
        select: rule-code prefixes to run (``["CN2"]``: captions and credits); all by default
        ignore: rule-code prefixes not to run (``["CN3"]`` keeps bylines and timestamps)
        site: one site pack (name or URL) for every document; by default the pack of the
            URL in ``doc.metadata[url_key]``, else the one its signature lines show
        url_key: the metadata key that holds the document's URL (``None``: none)
        keep_headline: keep a leading headline and deck (``False``: the body only)
        normalize: repair mojibake and broken entities first (as cleannews does)
        pattern_files: user pattern files (site-pack format), read here, once
        rules: the rules to run instead of the built-in ones
        extra_rules: user rules (``@cleannews.rule``) to run with the built-in ones
        pipeline: a :class:`cleannews.Pipeline` built already, instead of the options above
        meta_keys: page metadata for the rules, as ``{"title": key, "author": key}`` naming
            ``doc.metadata`` keys (a headline or byline repeating them goes)
        metadata_key: where the removal records go in ``doc.metadata`` (``None``: nowhere)
    """

    name = "📰 CleanNews"

    def __init__(
        self,
        select: Sequence[str] | None = None,
        ignore: Sequence[str] | None = None,
        site: str | None = None,
        url_key: str | None = "url",
        keep_headline: bool = True,
        normalize: bool = True,
        pattern_files: Sequence[str] = (),
        rules: Sequence[Rule] | None = None,
        extra_rules: Sequence[Rule] = (),
        pipeline: Pipeline | None = None,
        meta_keys: Mapping[str, str] | None = None,
        metadata_key: str | None = "cleannews",
    ) -> None:
        super().__init__()
        self.cleaner = RecordCleaner.build(
            select=select, ignore=ignore, site=site, keep_headline=keep_headline, normalize=normalize,
            pattern_files=pattern_files, rules=rules, extra_rules=extra_rules, pipeline=pipeline,
        )
        self.url_key = url_key
        self.meta_keys = dict(meta_keys or {})
        self.metadata_key = metadata_key

    def format(self, text: str) -> str:
        """The cleaned text (no URL, no metadata); a non-``str`` comes back as it is."""
        result = self.cleaner.explain(text)
        return text if result is None else result.text

    def run(self, data: Any, rank: int = 0, world_size: int = 1) -> Any:
        for doc in data:
            self.stat_update(StatHints.total)
            with self.track_time():
                self.clean_document(doc)
            yield doc

    def clean_document(self, doc: Any) -> Result | None:
        """Clean one datatrove ``Document`` in place; the result, or ``None`` for a null text."""
        metadata = doc.metadata
        url = metadata.get(self.url_key) if self.url_key else None
        meta = {name: value for name, key in self.meta_keys.items() if isinstance(value := metadata.get(key), str)}
        result = self.cleaner.explain(doc.text, url, meta or None)
        if result is None:
            self.stat_update("not_text")
            if self.metadata_key:
                metadata[self.metadata_key] = None
            return None
        doc.text = result.text
        if self.metadata_key:
            metadata[self.metadata_key] = removal_dicts(result)
        count_removals(self, result)
        return result


class CleanNewsExtractor(PipelineStep):  # type: ignore[misc]
    """Extract the article from HTML documents and strip its boilerplate (:func:`cleannews.clean_html`).

    Takes the options of :class:`CleanNewsFormatter` (but ``meta_keys``: the page itself
    gives its title and author, which go into ``doc.metadata`` too, beside ``url``).
    ``keep_headline`` is ``False`` by default, as for ``clean_html``: the headline is
    page metadata (``doc.metadata["title"]``).  Needs trafilatura: ``cleannews[html]``,
    or datatrove's own (``datatrove[processing]``).  A page that fails to extract is
    counted (``clean_error``) and dropped, as datatrove's extractors do.
    """

    name = "📰 CleanNews HTML"
    type = "🛢 - EXTRAC"

    def __init__(
        self,
        select: Sequence[str] | None = None,
        ignore: Sequence[str] | None = None,
        site: str | None = None,
        url_key: str | None = "url",
        keep_headline: bool = False,
        normalize: bool = True,
        pattern_files: Sequence[str] = (),
        rules: Sequence[Rule] | None = None,
        extra_rules: Sequence[Rule] = (),
        pipeline: Pipeline | None = None,
        metadata_key: str | None = "cleannews",
    ) -> None:
        super().__init__()
        self.cleaner = RecordCleaner.build(
            select=select, ignore=ignore, site=site, keep_headline=keep_headline, normalize=normalize,
            pattern_files=pattern_files, rules=rules, extra_rules=extra_rules, pipeline=pipeline,
        )
        self.url_key = url_key
        self.metadata_key = metadata_key
        self._warned = False

    def run(self, data: Any, rank: int = 0, world_size: int = 1) -> Any:
        for doc in data:
            self.stat_update(StatHints.total)
            with self.track_time():
                try:
                    result = self.clean_document(doc)
                except Exception as exc:  # one bad page must not stop the shard
                    self.stat_update("clean_error")
                    if not self._warned:
                        from datatrove.utils.logging import logger

                        logger.warning(f"cleannews could not extract a page ({exc!r}); skipping it. Shown once.")
                        self._warned = True
                    continue
            if result is None or not doc.text:
                self.stat_update(StatHints.dropped)
                continue
            self.stat_update(StatHints.forwarded)
            yield doc

    def clean_document(self, doc: Any) -> Result | None:
        """Extract and clean one HTML ``Document`` in place; ``None`` when its text is no page."""
        metadata = doc.metadata
        url = metadata.get(self.url_key) if self.url_key else None
        result = self.cleaner.explain_html(doc.text, url, keep_headline=self.cleaner.keep_headline)
        if result is None:
            self.stat_update("not_text")
            return None
        doc.text = result.text
        for key in PAGE_FIELDS:
            if key in result.meta:
                metadata.setdefault(key, result.meta[key])
        if self.metadata_key:
            metadata[self.metadata_key] = removal_dicts(result)
        count_removals(self, result)
        return result


def count_removals(step: Any, result: Result) -> None:
    """Count ``result``'s removals per rule code on ``step``'s stats, and the documents changed."""
    if result.removals:
        step.stat_update("changed")
        step.stat_update(*(removal.code for removal in result.removals))
