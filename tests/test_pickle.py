"""Pipelines and results pickle (issue 13): what multiprocessing, datatrove's executors and
Ray actors need.  Built-in rules travel as their codes, user rules and pattern files by
value: a pattern file deleted after the pipeline was built still cleans after unpickling."""

from __future__ import annotations

import gzip
import pickle
import subprocess
import sys
from pathlib import Path

import pytest

import cleannews
from cleannews import Pipeline
from cleannews.registry import Rule
from cleannews.rules import builtin_rules

from conftest import FIXTURES

PATTERNS = """\
[pack]
name = "desk"

[[rules]]
code = "X901"
name = "desk-note"
summary = "The desk's own note"
reason = "desk note"
kind = "line"
pattern = 'Desk note: [^\\n]{0,200}+'
words = ["desk note"]
examples = [{ input = "The story.\\n\\nDesk note: filed late", output = "The story." }]

[[rules]]
code = "X902"
name = "desk-tag"
summary = "The desk's tag inside a line"
kind = "span"
pattern = ' ?\\[desk\\]'
"""

DESK_TEXT = "Rain fell on the city all night. [desk]\n\nDesk note: filed late by the night desk\n"


@cleannews.rule("X101", "sponsor-line", words=["sponsored by"])
def sponsor_line(doc: cleannews.Document) -> object:
    """Remove "Sponsored by ..." lines.

    Okay: The match was sponsored by a local bakery, the club said.
    X101: Sponsored by Acme
    """
    for line in doc:
        if line.stripped.startswith("Sponsored by "):
            yield cleannews.Hit(line.index, line.index, "sponsor line")


def texts() -> list[str]:
    found = [raw.read_text(encoding="utf-8") for raw in sorted(FIXTURES.glob("*/*.raw.txt"))]
    return [*found, DESK_TEXT, "Prices rose.\n\nSponsored by Acme\n", ""]


def test_a_pipeline_with_every_builtin_rule_pickles_small_and_cleans_the_same() -> None:
    pipeline = Pipeline()
    data = pickle.dumps(pipeline)
    assert len(data) < 5000  # the rules go as their codes, not as their code objects
    again = pickle.loads(data)
    assert again.active_rules == pipeline.active_rules
    assert all(a is b for a, b in zip(again.active_rules, pipeline.active_rules))
    for text in texts():
        assert again.explain(text) == pipeline.explain(text)


def test_options_survive_the_round_trip() -> None:
    pipeline = Pipeline(select=["CN2", "CN4"], ignore=["CN403"], normalize=False, site="huffpost",
                        keep_headline=False)
    again = pickle.loads(pickle.dumps(pipeline))
    assert (again.select, again.ignore, again.normalize, again.site, again.keep_headline) == (
        ["CN2", "CN4"], ["CN403"], False, "huffpost", False)
    assert [r.code for r in again.active_rules] == [r.code for r in pipeline.active_rules]
    for text in texts():
        assert again.explain(text) == pipeline.explain(text)


def test_a_pattern_file_deleted_after_building_still_cleans_after_unpickling(tmp_path: Path) -> None:
    path = tmp_path / "desk.toml"
    path.write_text(PATTERNS, encoding="utf-8")
    pipeline = Pipeline(pattern_files=[str(path)])
    expected = pipeline.explain(DESK_TEXT)
    assert {r.code for r in expected.removals} == {"X901", "X902"}
    data = pickle.dumps(pipeline)
    path.unlink()
    again = pickle.loads(data)
    assert again.explain(DESK_TEXT) == expected
    for text in texts():
        assert again.explain(text) == pipeline.explain(text)


def test_user_rules_pickle_by_reference_to_their_module_and_by_value_through_rule() -> None:
    pipeline = Pipeline(extra_rules=[sponsor_line])
    again = pickle.loads(pickle.dumps(pipeline))
    assert again.clean("Prices rose.\n\nSponsored by Acme\n") == "Prices rose.\n"
    assert again.active_rules == pipeline.active_rules
    # a pipeline of only the user's rules (the ``rules=`` argument)
    only = pickle.loads(pickle.dumps(Pipeline(rules=[sponsor_line])))
    assert [r.code for r in only.active_rules] == ["X101"]
    # the decorated function is still the same function, found through the rule
    assert sponsor_line.func.__name__ == "sponsor_line"
    assert pickle.loads(pickle.dumps(sponsor_line.func)) is sponsor_line.func


def test_a_rule_built_by_hand_from_a_module_function_pickles() -> None:
    from cleannews.registry import make_rule

    made = make_rule("X102", "any-line", _every_line_named_x)
    again = pickle.loads(pickle.dumps(made))
    assert again == made and again.func is _every_line_named_x
    assert Pipeline(rules=[again]).clean("a\n\nx\n") == "a\n"


def _every_line_named_x(doc: cleannews.Document) -> object:
    """Remove lines that are only "x"."""
    return (cleannews.Hit(line.index, line.index, "x") for line in doc if line.stripped == "x")


def test_results_and_removals_pickle() -> None:
    for text in texts():
        result = cleannews.clean_and_explain(text)
        again = pickle.loads(pickle.dumps(result))
        assert again == result and again.to_dict() == result.to_dict()
    for page in sorted((FIXTURES / "html").glob("*.html.gz"))[:2]:
        html = gzip.decompress(page.read_bytes())
        result = cleannews.clean_html_and_explain(html, "https://www.example.com/news/a")
        assert result.text and result.meta
        assert pickle.loads(pickle.dumps(result)) == result


def test_builtin_rules_unpickle_as_the_registry_objects() -> None:
    rules = builtin_rules()
    assert all(a is b for a, b in zip(pickle.loads(pickle.dumps(rules)), rules))
    with pytest.raises(cleannews.RuleError, match="no built-in rule"):
        from cleannews.registry import builtin_rule

        builtin_rule("CN999")


def test_a_fresh_interpreter_unpickles_and_cleans_as_the_parent(tmp_path: Path) -> None:
    """Spawned workers (multiprocessing's spawn, Slurm jobs) import cleannews anew."""
    path = tmp_path / "desk.toml"
    path.write_text(PATTERNS, encoding="utf-8")
    pipeline = Pipeline(pattern_files=[str(path)], ignore=["CN3"])
    path.unlink()
    sample = texts()
    (tmp_path / "pipeline.pkl").write_bytes(pickle.dumps((pipeline, sample)))
    child = (
        "import pickle, sys\n"
        "pipeline, texts = pickle.loads(open(sys.argv[1], 'rb').read())\n"
        "results = [pipeline.explain(t) for t in texts]\n"
        "open(sys.argv[2], 'wb').write(pickle.dumps(results))\n"
    )
    subprocess.run([sys.executable, "-c", child, str(tmp_path / "pipeline.pkl"), str(tmp_path / "out.pkl")],
                   check=True, cwd=tmp_path)
    results = pickle.loads((tmp_path / "out.pkl").read_bytes())
    assert results == [pipeline.explain(t) for t in sample]
    assert any(r.code == "X901" for result in results for r in result.removals)


def test_a_spawned_pool_cleans_with_a_pickled_pipeline() -> None:
    import multiprocessing

    pipeline = Pipeline(ignore=["CN5"])
    sample = texts()
    with multiprocessing.get_context("spawn").Pool(2) as pool:
        results = pool.map(pipeline.explain, sample)
    assert results == [pipeline.explain(t) for t in sample]


def test_rule_is_still_a_rule_after_decoration() -> None:
    assert isinstance(sponsor_line, Rule)
    assert sponsor_line.func.__qualname__ == "sponsor_line.func"
