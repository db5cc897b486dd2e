"""The datatrove step on the real engine: LocalPipelineExecutor, 2 tasks on 2 workers over
JSONL shards, output equal to clean_and_explain record for record; the step pickled with
dill and run in a fresh interpreter, as the Slurm executor runs it."""

from __future__ import annotations

import gzip
import json
import subprocess
import sys
from collections import Counter
from pathlib import Path
from typing import Any

import pytest

pytest.importorskip("datatrove")

import dill  # noqa: E402  (a datatrove dependency)
from datatrove.data import Document  # noqa: E402
from datatrove.executor import LocalPipelineExecutor  # noqa: E402
from datatrove.pipeline.readers import JsonlReader  # noqa: E402
from datatrove.pipeline.writers import JsonlWriter  # noqa: E402

import cleannews  # noqa: E402
from cleannews.integrations.datatrove import CleanNewsFormatter  # noqa: E402
from engine_corpus import records, reference, removal_dicts  # noqa: E402

PATTERNS = """\
[[rules]]
code = "X901"
name = "desk-note"
summary = "The desk's own note"
kind = "line"
pattern = 'Desk note: [^\\n]{0,200}+'
"""


def write_shards(folder: Path, rows: list[dict[str, Any]], shards: int = 4) -> None:
    folder.mkdir(parents=True)
    for shard in range(shards):
        with (folder / f"shard-{shard}.jsonl").open("w", encoding="utf-8") as out:
            for row in rows[shard::shards]:
                out.write(json.dumps(row) + "\n")


def read_output(folder: Path) -> dict[str, dict[str, Any]]:
    out = {}
    for path in sorted(folder.glob("*.jsonl.gz")):
        for line in gzip.decompress(path.read_bytes()).decode("utf-8").splitlines():
            row = json.loads(line)
            out[row["id"]] = row
    return out


def step_stats(logs: Path, name: str) -> dict[str, Any]:
    stats = json.loads((logs / "stats.json").read_text(encoding="utf-8"))
    return next(step["stats"] for step in stats if name in step["name"])


def test_two_tasks_on_two_workers_give_clean_and_explain_record_for_record(tmp_path: Path) -> None:
    rows = records()
    write_shards(tmp_path / "in", rows)
    LocalPipelineExecutor(
        pipeline=[JsonlReader(str(tmp_path / "in")), CleanNewsFormatter(), JsonlWriter(str(tmp_path / "out"))],
        tasks=2, workers=2, logging_dir=str(tmp_path / "logs"),
    ).run()
    out = read_output(tmp_path / "out")
    assert len(list((tmp_path / "out").glob("*.jsonl.gz"))) == 2  # one per task
    assert sorted(out) == sorted(row["id"] for row in rows)
    codes: Counter[str] = Counter()
    for row in rows:
        expected = reference(row)
        got = out[row["id"]]
        assert got["text"] == expected.text, row["id"]
        assert got["metadata"]["cleannews"] == removal_dicts(expected), row["id"]
        assert got["metadata"]["url"] == row["url"]
        codes.update(r.code for r in expected.removals)
    assert sum(codes.values()) > 50 and len(codes) > 10
    stats = step_stats(tmp_path / "logs", "CleanNews")
    assert stats["total"] == len(rows)
    assert {code: stats[code] for code in codes} == dict(codes)
    assert all(key.startswith("CN") for key in stats if key not in ("total", "changed"))


def test_options_reach_the_step(tmp_path: Path) -> None:
    rows = records()[:20]
    step = CleanNewsFormatter(ignore=["CN3"], keep_headline=False, normalize=False, url_key=None,
                              metadata_key="removed_by")
    docs = [Document(text=row["text"], id=row["id"], metadata={"url": row["url"]}) for row in rows]
    for row, doc in zip(rows, step.run(iter(docs))):
        expected = cleannews.clean_and_explain(row["text"], ignore=["CN3"], keep_headline=False, normalize=False)
        assert doc.text == expected.text
        assert doc.metadata["removed_by"] == removal_dicts(expected)
        assert not any(r["code"].startswith("CN3") for r in doc.metadata["removed_by"])
    assert step.format(rows[0]["text"]) == cleannews.clean(rows[0]["text"], ignore=["CN3"], keep_headline=False,
                                                           normalize=False)


def test_a_document_without_text_is_kept_as_a_null_never_a_crash() -> None:
    step = CleanNewsFormatter()
    docs = list(step.run(iter([Document(text=None, id="a"), Document(text=float("nan"), id="b"),  # type: ignore[arg-type]
                               Document(text="Prices rose.\n\nAdvertisement\n", id="c")])))
    assert [d.metadata["cleannews"] for d in docs[:2]] == [None, None]
    assert docs[2].text == "Prices rose.\n"
    assert step.stats["not_text"].total == 2 and step.stats["CN401"].total == 1


def test_an_unknown_site_name_fails_on_the_driver() -> None:
    with pytest.raises(cleannews.RuleError, match="unknown site"):
        CleanNewsFormatter(site="huffpsot")


DRIVER = """\
import sys
import dill
import cleannews
from datatrove.executor import LocalPipelineExecutor
from datatrove.pipeline.readers import JsonlReader
from datatrove.pipeline.writers import JsonlWriter
from cleannews.integrations.datatrove import CleanNewsFormatter


@cleannews.rule("X102", "wire-tag", words=["[wire]"])
def wire_tag(doc):
    \"\"\"Remove "[wire]" lines (a rule of the driver script, carried by value).\"\"\"
    from cleannews import Hit  # as in any function of a datatrove pipeline: dill carries no globals

    for line in doc:
        if line.stripped == "[wire]":
            yield Hit(line.index, line.index, "wire tag")


folder = sys.argv[1]
step = CleanNewsFormatter(pattern_files=[folder + "/desk.toml"], extra_rules=[wire_tag], ignore=["CN5"])
executor = LocalPipelineExecutor(
    pipeline=[JsonlReader(folder + "/in"), step, JsonlWriter(folder + "/out")], tasks=1, logging_dir=folder + "/logs",
)
with open(folder + "/executor.pik", "wb") as f:
    dill.dump(executor, f, fmode=dill.CONTENTS_FMODE)
"""


def test_the_step_pickled_with_dill_runs_in_a_fresh_interpreter_without_its_pattern_file(tmp_path: Path) -> None:
    """What the Slurm executor does: the user's script dills the executor to executor.pik,
    then each job runs ``launch_pickled_pipeline executor.pik`` in a new Python process
    (here without the pattern file, and without the script that defined a rule)."""
    rows = [*records()[:12], {"id": "desk", "text": "Rain fell.\n\nDesk note: late\n\n[wire]\n", "url": None}]
    write_shards(tmp_path / "in", rows, shards=2)
    (tmp_path / "desk.toml").write_text(PATTERNS, encoding="utf-8")
    (tmp_path / "driver.py").write_text(DRIVER, encoding="utf-8")
    subprocess.run([sys.executable, "driver.py", str(tmp_path)], check=True, cwd=tmp_path, timeout=300)
    (tmp_path / "desk.toml").unlink()
    (tmp_path / "driver.py").unlink()
    launcher = Path(sys.executable).with_name("launch_pickled_pipeline")
    subprocess.run([str(launcher), str(tmp_path / "executor.pik")], check=True, cwd=tmp_path, timeout=300)
    out = read_output(tmp_path / "out")
    assert out["desk"]["text"] == "Rain fell.\n"
    assert [r["code"] for r in out["desk"]["metadata"]["cleannews"]] == ["X901", "X102"]
    for row in rows[:-1]:
        expected = reference(row, ignore=["CN5"])
        assert out[row["id"]]["text"] == expected.text
        assert out[row["id"]]["metadata"]["cleannews"] == removal_dicts(expected)


def test_html_pages_from_a_warc_through_clean_html(tmp_path: Path) -> None:
    pytest.importorskip("warcio")
    pytest.importorskip("trafilatura")
    import io

    from datatrove.pipeline.readers import WarcReader
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    from cleannews.integrations.datatrove import CleanNewsExtractor

    html_folder = Path(__file__).resolve().parents[2] / "fixtures" / "html"
    pages = json.loads((html_folder / "pages.json").read_text(encoding="utf-8"))
    (tmp_path / "warc").mkdir()
    with (tmp_path / "warc" / "pages.warc.gz").open("wb") as out:
        writer = WARCWriter(out, gzip=True)
        for name, page in sorted(pages.items()):
            html = gzip.decompress((html_folder / f"{name}.html.gz").read_bytes())
            http = StatusAndHeaders("200 OK", [("Content-Type", "text/html; charset=utf-8")], protocol="HTTP/1.1")
            writer.write_record(writer.create_warc_record(
                page["url"], "response", payload=io.BytesIO(html), http_headers=http,
                warc_headers_dict={"WARC-Identified-Payload-Type": "text/html"}))
    LocalPipelineExecutor(
        pipeline=[WarcReader(str(tmp_path / "warc")), CleanNewsExtractor(), JsonlWriter(str(tmp_path / "out"))],
        tasks=1, logging_dir=str(tmp_path / "logs"),
    ).run()
    out = {row["metadata"]["url"]: row for row in read_output(tmp_path / "out").values()}
    assert sorted(out) == sorted(page["url"] for page in pages.values())
    codes: Counter[str] = Counter()
    for name, page in pages.items():
        html = gzip.decompress((html_folder / f"{name}.html.gz").read_bytes()).decode("utf-8")
        expected = cleannews.clean_html_and_explain(html, page["url"])
        got = out[page["url"]]
        assert got["text"] == expected.text and got["text"]
        assert got["metadata"]["cleannews"] == removal_dicts(expected)
        assert got["metadata"]["title"] == expected.meta["title"]
        codes.update(r.code for r in expected.removals)
    stats = step_stats(tmp_path / "logs", "CleanNews HTML")
    assert stats["forwarded"] == len(pages) and {code: stats[code] for code in codes} == dict(codes)


def test_a_page_that_is_no_text_is_dropped_and_counted() -> None:
    pytest.importorskip("trafilatura")
    from cleannews.integrations.datatrove import CleanNewsExtractor

    step = CleanNewsExtractor()
    docs = list(step.run(iter([Document(text=None, id="a"),  # type: ignore[arg-type]
                               Document(text="<html><body></body></html>", id="b")])))
    assert docs == []
    assert step.stats["not_text"].total == 1 and step.stats["dropped"].total == 2
