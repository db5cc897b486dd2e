"""The removal record's fixed schema, for columnar engines.

A removal record (:meth:`cleannews.Removal.to_dict`) has the same fields in every batch,
so a column of them has one type whatever the batch holds (no removals, nulls): a list of
structs.  :func:`arrow_type` gives it to pyarrow (Ray Data, datatrove's Parquet writer),
:func:`removal_features` to ``datasets``.  A JSON string column (``removals="json"``) is
the schema-free alternative.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from typing import Any

__all__ = ["FIELDS", "arrow_type", "dataset_features", "removal_features", "to_json"]

#: The fields of a removal record and their types: ``span`` is ``[start, end]`` or null.
FIELDS: tuple[tuple[str, str], ...] = (
    ("code", "string"),
    ("name", "string"),
    ("first", "int64"),
    ("last", "int64"),
    ("span", "list<int64>"),
    ("reason", "string"),
    ("removed", "string"),
    ("also", "list<string>"),
)


def arrow_type() -> Any:
    """``pyarrow.list_(pyarrow.struct([...]))``: the type of a column of removal lists."""
    import pyarrow as pa

    kinds = {"string": pa.string(), "int64": pa.int64(), "list<int64>": pa.list_(pa.int64()),
             "list<string>": pa.list_(pa.string())}
    return pa.list_(pa.struct([pa.field(name, kinds[kind]) for name, kind in FIELDS]))


def removal_features() -> Any:
    """The ``datasets`` feature of a column of removal lists."""
    from datasets import Features, Value

    kinds = {"string": Value("string"), "int64": Value("int64"), "list<int64>": [Value("int64")],
             "list<string>": [Value("string")]}
    # a list literal is how every datasets version takes a list; Features gives its own form
    return Features({"removals": [{name: kinds[kind] for name, kind in FIELDS}]})["removals"]


def dataset_features(features: Any, removals_column: str = "cleannews", removals: str = "records") -> Any:
    """``features`` (a dataset's) with the removals column added: what to pass as
    ``Dataset.map(..., features=...)`` with a :class:`cleannews.integrations.ray.CleanNews`."""
    from datasets import Features, Value

    out = Features(dict(features))
    out[removals_column] = Value("string") if removals == "json" else removal_features()
    return out


def to_json(records: Sequence[dict[str, object]] | None) -> str | None:
    """A JSON string of removal records (``None`` stays a null)."""
    if records is None:
        return None
    return json.dumps(list(records), ensure_ascii=False)
