"""A batch function for Ray Data (``map_batches``) and ``datasets.Dataset.map``.

::

    import ray
    from cleannews.integrations.ray import CleanNews

    ds = ray.data.read_json("news.jsonl")
    ds = ds.map_batches(CleanNews, fn_constructor_kwargs={"column": "text"},
                        batch_format="pyarrow", concurrency=1)

:class:`CleanNews` cleans the ``column`` of a batch in place (or into ``output_column``)
and adds ``removals_column`` with the removal records of each row: a list of structs of
one fixed type (:func:`cleannews.integrations.schema.arrow_type`), or with
``removals="json"`` a JSON string.  It takes a batch in any of the formats Ray hands out,
and gives back the same kind: a ``pyarrow.Table`` (the fixed schema is kept), a
``pandas.DataFrame``, or a dict of columns (NumPy arrays, or the lists that
``datasets.Dataset.map(batched=True)`` passes).  A value that is not a ``str`` (``None``,
pandas' ``NaN``) cleans to a null text and null removals.

:func:`clean_batch` is the function form: ``ds.map_batches(clean_batch, fn_kwargs={...})``.

This module imports no engine: Ray, pandas and pyarrow are only touched through the
batches they hand in.  Options that read files (pattern files) are given as a
:class:`~cleannews.Pipeline` built on the driver (``pipeline=``), which pickles by value
to the workers, so that a worker never needs the files.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

from ..pipeline import Pipeline
from ..registry import Rule
from .records import RecordCleaner, removal_dicts
from .schema import arrow_type, to_json

__all__ = ["CleanNews", "clean_batch"]

_REMOVALS = ("records", "json", "none")


class CleanNews:
    """Clean a text column of a batch (a callable class for Ray Data's ``map_batches``).

    ``column``: the text column; ``output_column``: where the cleaned text goes (default:
    ``column`` itself); ``removals_column``: the removal records (``removals="records"``:
    a list of structs, ``"json"``: a JSON string, ``"none"``: no column); ``url_column``:
    a column holding each record's URL, which selects its site pack; ``site``: one site
    pack (or URL) for every record; ``keep_headline``, ``select``, ``ignore``,
    ``normalize``, ``rules``, ``extra_rules`` as for :class:`~cleannews.Pipeline`, or
    ``pipeline``: a pipeline built already (with pattern files, on the driver).
    """

    def __init__(
        self,
        *,
        column: str = "text",
        output_column: str | None = None,
        removals_column: str = "cleannews",
        removals: str = "records",
        url_column: str | None = None,
        site: str | None = None,
        keep_headline: bool = True,
        select: Sequence[str] | None = None,
        ignore: Sequence[str] | None = None,
        normalize: bool = True,
        rules: Sequence[Rule] | None = None,
        extra_rules: Sequence[Rule] = (),
        pipeline: Pipeline | None = None,
    ) -> None:
        if removals not in _REMOVALS:
            raise ValueError(f"removals must be one of {', '.join(_REMOVALS)}, not {removals!r}")
        self.column = column
        self.output_column = output_column or column
        self.removals_column = removals_column
        self.removals = removals
        self.url_column = url_column
        self.cleaner = RecordCleaner.build(
            select=select, ignore=ignore, site=site, keep_headline=keep_headline, normalize=normalize,
            rules=rules, extra_rules=extra_rules, pipeline=pipeline,
        )

    def clean_values(
        self, texts: Sequence[object], urls: Sequence[object] | None = None,
    ) -> tuple[list[str | None], list[Any]]:
        """The cleaned texts and the removals (in the form ``removals`` asks for) of a column."""
        cleaned: list[str | None] = []
        records: list[Any] = []
        for n, text in enumerate(texts):
            result = self.cleaner.explain(text, urls[n] if urls is not None else None)
            cleaned.append(None if result is None else result.text)
            dicts = removal_dicts(result)
            records.append(to_json(dicts) if self.removals == "json" else dicts)
        return cleaned, records

    def __call__(self, batch: Any) -> Any:
        """The batch with its text cleaned and the removals column added (same batch kind)."""
        kind = type(batch).__module__.split(".", 1)[0]
        if kind == "pyarrow":
            return self._arrow(batch)
        if kind == "pandas":
            return self._pandas(batch)
        if isinstance(batch, Mapping):
            return self._columns(batch)
        raise TypeError(
            f"CleanNews takes a pyarrow.Table, a pandas.DataFrame or a dict of columns, not {type(batch).__name__}"
        )

    def _arrow(self, table: Any) -> Any:
        import pyarrow as pa

        urls = table.column(self.url_column).to_pylist() if self.url_column else None
        cleaned, records = self.clean_values(table.column(self.column).to_pylist(), urls)
        table = _set_arrow_column(table, self.output_column, pa.array(cleaned, pa.string()))
        if self.removals == "none":
            return table
        kind = pa.string() if self.removals == "json" else arrow_type()
        return _set_arrow_column(table, self.removals_column, pa.array(records, kind))

    def _pandas(self, frame: Any) -> Any:
        import pandas as pd

        urls = list(frame[self.url_column]) if self.url_column else None
        cleaned, records = self.clean_values(list(frame[self.column]), urls)
        out = frame.copy()
        out[self.output_column] = pd.Series(cleaned, index=out.index, dtype=object)
        if self.removals != "none":
            out[self.removals_column] = pd.Series(_object_array(records), index=out.index, dtype=object)
        return out

    def _columns(self, batch: Mapping[str, Any]) -> dict[str, Any]:
        texts = batch[self.column]
        urls = list(batch[self.url_column]) if self.url_column else None
        cleaned, records = self.clean_values(list(texts), urls)
        out = dict(batch)
        numpy = type(texts).__module__ == "numpy"
        out[self.output_column] = _object_array(cleaned) if numpy else cleaned
        if self.removals != "none":
            out[self.removals_column] = _object_array(records) if numpy else records
        return out


def _set_arrow_column(table: Any, name: str, values: Any) -> Any:
    if name in table.column_names:
        return table.set_column(table.column_names.index(name), name, values)
    return table.append_column(name, values)


def _object_array(values: list[Any]) -> Any:
    """A NumPy array of objects, one per value (lists stay whole, never a second axis)."""
    import numpy as np

    array = np.empty(len(values), dtype=object)
    for n, value in enumerate(values):
        array[n] = value
    return array


def clean_batch(batch: Any, **options: Any) -> Any:
    """The function form of :class:`CleanNews`: ``clean_batch(batch, column="text", ...)``.

    For ``map_batches(clean_batch, fn_kwargs={...})`` and ``Dataset.map(clean_batch,
    fn_kwargs={...}, batched=True)``.  The built-in rules are shared between calls; give
    a ``pipeline`` built on the driver for pattern files.
    """
    pipeline = options.pop("pipeline", None)
    if pipeline is None and not options.get("rules") and not options.get("extra_rules"):
        from ..options import Options

        pipeline = Options(  # checks select and ignore; the built-in pipelines are shared
            select=options.pop("select", None), ignore=options.pop("ignore", None),
            normalize=bool(options.pop("normalize", True)),
        ).pipeline()
    return CleanNews(pipeline=pipeline, **options)(batch)
