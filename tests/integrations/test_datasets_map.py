"""The same batch callable serves ``datasets.Dataset.map(batched=True, num_proc=2)`` with
the removals column's features declared."""

from __future__ import annotations

import json
from typing import Any

import pytest

datasets = pytest.importorskip("datasets")

from cleannews.integrations.ray import CleanNews, clean_batch  # noqa: E402
from cleannews.integrations.schema import dataset_features, removal_features  # noqa: E402
from engine_corpus import records, reference, removal_dicts  # noqa: E402


def dataset() -> Any:
    rows = [{"id": row["id"], "text": row["text"], "url": row["url"] or ""} for row in records()]
    rows.insert(2, {"id": "null", "text": None, "url": ""})
    return rows, datasets.Dataset.from_list(rows)


def test_map_with_two_processes_and_declared_features(tmp_path: Any) -> None:
    rows, ds = dataset()
    features = dataset_features(ds.features)
    out = ds.map(CleanNews(url_column="url"), batched=True, batch_size=8, num_proc=2, features=features,
                 cache_file_name=str(tmp_path / "cache.arrow"))
    assert out.features == features
    assert out.features["cleannews"] == removal_features()
    by_id = {row["id"]: row for row in out}
    for row in rows:
        got = by_id[row["id"]]
        if row["text"] is None:
            assert got["text"] is None and got["cleannews"] is None
            continue
        expected = reference(row)
        assert got["text"] == expected.text
        assert got["cleannews"] == removal_dicts(expected)


def test_the_function_form_with_a_json_column(tmp_path: Any) -> None:
    rows, ds = dataset()
    out = ds.map(clean_batch, fn_kwargs={"url_column": "url", "removals": "json", "output_column": "clean"},
                 batched=True, num_proc=2, features=datasets.Features(
                     {**dataset_features(ds.features, removals="json"), "clean": datasets.Value("string")}),
                 cache_file_name=str(tmp_path / "cache.arrow"))
    for row, got in zip(rows, out):
        assert got["text"] == row["text"]
        if row["text"] is None:
            assert got["clean"] is None and got["cleannews"] is None
        else:
            assert got["clean"] == reference(row).text
            assert json.loads(got["cleannews"]) == removal_dicts(reference(row))
