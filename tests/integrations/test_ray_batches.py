"""The Ray Data batch function on real Ray (``ray.init(num_cpus=2)``, one actor): every batch
format, the class and the function form, nulls for values that are not text."""

from __future__ import annotations

import json
import math
from collections.abc import Iterator
from typing import Any

import pytest

ray = pytest.importorskip("ray")
pd = pytest.importorskip("pandas")
pa = pytest.importorskip("pyarrow")

import cleannews  # noqa: E402
from cleannews.integrations.ray import CleanNews, clean_batch  # noqa: E402
from cleannews.integrations.schema import arrow_type  # noqa: E402
from engine_corpus import records, reference, removal_dicts  # noqa: E402


@pytest.fixture(scope="module")
def ray_local() -> Iterator[None]:
    ray.init(num_cpus=2, include_dashboard=False, log_to_driver=False,
             runtime_env={"env_vars": {"RAY_DATA_DISABLE_PROGRESS_BARS": "1"}})
    ray.data.DataContext.get_current().enable_progress_bars = False
    yield
    ray.shutdown()


def rows_with_nulls() -> list[dict[str, Any]]:
    rows = [{"id": row["id"], "text": row["text"], "url": row["url"] or ""} for row in records()]
    rows.insert(3, {"id": "null", "text": None, "url": ""})
    return rows


def check(rows: list[dict[str, Any]], out: list[dict[str, Any]], column: str = "cleannews",
          decode: Any = None) -> None:
    by_id = {row["id"]: row for row in out}
    assert sorted(by_id) == sorted(row["id"] for row in rows)
    for row in rows:
        got = by_id[row["id"]]
        if not isinstance(row["text"], str):
            assert got["text"] is None and got[column] is None
            continue
        expected = reference(row)
        assert got["text"] == expected.text, row["id"]
        records_got = decode(got[column]) if decode else got[column]
        assert _plain(records_got) == removal_dicts(expected), row["id"]


def _plain(value: Any) -> Any:
    """Arrow and NumPy give back lists as arrays: compare as plain Python."""
    if hasattr(value, "tolist"):
        value = value.tolist()
    if isinstance(value, dict):
        return {key: _plain(item) for key, item in value.items()}
    if isinstance(value, (list, tuple)):
        return [_plain(item) for item in value]
    return value


def test_pyarrow_batches_keep_the_fixed_schema(ray_local: None) -> None:
    rows = rows_with_nulls()
    ds = ray.data.from_items(rows).map_batches(
        CleanNews, fn_constructor_kwargs={"column": "text", "url_column": "url"},
        batch_format="pyarrow", batch_size=8, concurrency=1,
    )
    out = ds.take_all()
    check(rows, out)
    assert ds.schema().base_schema.field("cleannews").type == arrow_type()


def test_pandas_batches_with_nan_and_a_json_column(ray_local: None) -> None:
    rows = rows_with_nulls()
    frame = pd.DataFrame(rows)
    frame.loc[5, "text"] = math.nan
    rows[5]["text"] = math.nan
    ds = ray.data.from_pandas(frame).map_batches(
        CleanNews, fn_constructor_kwargs={"url_column": "url", "removals": "json"},
        batch_format="pandas", batch_size=10, concurrency=1,
    )
    check(rows, ds.take_all(), decode=lambda text: json.loads(text))


def test_the_function_form_on_numpy_batches(ray_local: None) -> None:
    rows = [row for row in rows_with_nulls() if row["text"] is not None]
    ds = ray.data.from_items(rows).map_batches(
        clean_batch, fn_kwargs={"url_column": "url", "removals": "json"}, batch_format="numpy", batch_size=16,
        concurrency=1,
    )
    check(rows, ds.take_all(), decode=lambda text: json.loads(text))


def test_a_pipeline_built_on_the_driver_goes_to_the_actor(ray_local: None, tmp_path: Any) -> None:
    patterns = tmp_path / "desk.toml"
    patterns.write_text('[[rules]]\ncode = "X901"\nname = "desk-note"\nsummary = "desk note"\n'
                        "pattern = 'Desk note: .{0,200}+'\n", encoding="utf-8")
    pipeline = cleannews.Pipeline(pattern_files=[str(patterns)], ignore=["CN3"])
    patterns.unlink()  # the actor gets the rules by value, never the file
    ds = ray.data.from_items([{"text": "Rain fell.\n\nDesk note: late\n"}]).map_batches(
        CleanNews, fn_constructor_kwargs={"pipeline": pipeline, "output_column": "clean"},
        batch_format="pyarrow", concurrency=1,
    )
    [row] = ds.take_all()
    assert row["clean"] == "Rain fell.\n" and row["text"] == "Rain fell.\n\nDesk note: late\n"
    assert [r["code"] for r in row["cleannews"]] == ["X901"]


def test_the_callable_outside_ray_on_each_batch_kind() -> None:
    rows = rows_with_nulls()[:12]
    clean = CleanNews(url_column="url")
    table = clean(pa.Table.from_pylist(rows))
    assert table.schema.field("cleannews").type == arrow_type()
    check(rows, table.to_pylist())
    check(rows, clean(pd.DataFrame(rows)).to_dict("records"))
    columns = clean({key: [row[key] for row in rows] for key in rows[0]})
    check(rows, [dict(zip(columns, values)) for values in zip(*columns.values())])
    with pytest.raises(TypeError, match="pyarrow.Table"):
        clean([rows[0]["text"]])
    with pytest.raises(ValueError, match="removals must be one of"):
        CleanNews(removals="csv")
    no_removals = CleanNews(removals="none")(pa.Table.from_pylist(rows))
    assert "cleannews" not in no_removals.column_names
