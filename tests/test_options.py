"""cleannews.Options: one typed settings object for the four functions (issue 14, item 6)."""

from __future__ import annotations

import dataclasses
import gzip
import json
import pickle
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

import cleannews
from cleannews import Options

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures"
HTML = FIXTURES / "html"
PAGES = json.loads((HTML / "pages.json").read_text(encoding="utf-8"))

PATTERNS = """\
[pack]
name = "desk"

[[rules]]
code = "X201"
name = "desk-note"
reason = "desk note"
kind = "line"
pattern = '^Desk note: .*$'
"""


@cleannews.rule("X101", "sponsor-line", words=["sponsored by"])
def sponsor_line(doc: cleannews.Document) -> Iterator[cleannews.Hit]:
    """Remove "Sponsored by ..." lines.

    Okay: The match was sponsored by a local bakery, the club said.
    X101: Sponsored by Acme
    """
    for line in doc:
        if line.stripped.startswith("Sponsored by "):
            yield cleannews.Hit(line.index, line.index, "sponsor line")


#: Settings as keyword arguments; each is also given as an Options.
SETTINGS: list[dict[str, Any]] = [
    {},
    {"keep_headline": False},
    {"keep_headline": True},
    {"select": ["CN2"]},
    {"ignore": ["CN3", "cn4"], "normalize": False},
    {"select": ["CN1", "CN2"], "ignore": ["ALL"]},
    {"site": "huffpost"},
    {"site": "https://www.israelnationalnews.com/news/1", "keep_headline": False},
    {"extra_rules": [sponsor_line]},
]


def _texts() -> list[tuple[str, str]]:
    return [(str(raw.relative_to(FIXTURES)), raw.read_text(encoding="utf-8"))
            for raw in sorted(FIXTURES.glob("*/*.raw.txt"))]


def _same(a: cleannews.Result, b: cleannews.Result) -> None:
    assert a.to_dict() == b.to_dict()
    assert (a.passes, a.source, a.repairs) == (b.passes, b.source, b.repairs)


@pytest.mark.parametrize("settings", SETTINGS, ids=lambda s: ",".join(s) or "defaults")
def test_options_give_what_the_keyword_arguments_give_on_the_fixtures(settings: dict[str, Any]) -> None:
    options = Options(**settings)
    texts = _texts()
    assert any(name.startswith("seeds/") for name, _ in texts)
    for _name, text in texts:
        want = cleannews.clean_and_explain(text, **settings)
        _same(cleannews.clean_and_explain(text, options=options), want)
        assert cleannews.clean(text, options=options) == want.text == cleannews.clean(text, **settings)


@pytest.mark.parametrize("settings", [{}, {"keep_headline": True}, {"ignore": ["CN3"]}],
                         ids=lambda s: ",".join(s) or "defaults")
def test_options_give_what_the_keyword_arguments_give_on_the_pages(settings: dict[str, Any]) -> None:
    pytest.importorskip("trafilatura")
    options = Options(**settings)
    for name in sorted(PAGES):
        html = gzip.decompress((HTML / f"{name}.html.gz").read_bytes())
        url = PAGES[name]["url"]
        want = cleannews.clean_html_and_explain(html, url, **settings)
        _same(cleannews.clean_html_and_explain(html, url, options=options), want)
        assert cleannews.clean_html(html, url, options=options) == want.text


def test_the_headline_default_follows_the_input() -> None:
    text = "Markets Rally on Rate Hopes\n\nStocks rose on Tuesday as traders bet that rates would fall, the agency said.\n"
    assert Options().keep_headline is None
    assert cleannews.clean(text, options=Options()) == cleannews.clean(text) == cleannews.clean(text, keep_headline=True)
    assert Options().headline(True) is True and Options().headline(False) is False
    assert Options(keep_headline=True).headline(False) is True


def test_a_keyword_argument_wins_over_the_field_of_options() -> None:
    text = "Body text of the story goes on for a while here.\n\nAdvertisement\n\nSponsored by Acme\n"
    nothing = Options(select=["CN2"])  # captions only: nothing here to remove
    assert cleannews.clean(text, options=nothing) == text
    assert cleannews.clean(text, options=nothing, select=None) == cleannews.clean(text)
    assert cleannews.clean(text, options=nothing, select=None, extra_rules=[sponsor_line]) == (
        "Body text of the story goes on for a while here.\n"
    )
    # None is a value (every rule), not "not given"
    assert cleannews.clean(text, options=Options(select=None), select=["CN2"]) == text


def test_pattern_files_and_paths(tmp_path: Path) -> None:
    path = tmp_path / "desk.toml"
    path.write_text(PATTERNS, encoding="utf-8")
    text = "Rain fell on the city all night.\n\nDesk note: filed late by the night desk\n"
    options = Options(pattern_files=[path])  # a Path is kept as its str
    assert options.pattern_files == (str(path),)
    assert cleannews.clean(text, options=options) == cleannews.clean(text, pattern_files=[str(path)])
    assert cleannews.clean(text, options=options) == "Rain fell on the city all night.\n"


@pytest.mark.parametrize(("settings", "message"), [
    ({"select": "CN2"}, "list of code prefixes"),
    ({"ignore": "CN3"}, "list of code prefixes"),
    ({"select": ["CN2", 3]}, "not a str"),
    ({"ignore": 5}, "list of code prefixes"),
    ({"site": 3}, "site"),
    ({"normalize": None}, "normalize"),
    ({"normalize": "no"}, "normalize"),
    ({"keep_headline": "yes"}, "keep_headline"),
    ({"extra_rules": sponsor_line}, "list of rules"),
    ({"pattern_files": "sites.toml"}, "list of paths"),
    ({"pattern_files": [3]}, "not a path"),
])
def test_wrong_types_are_refused_when_the_options_are_made(settings: dict[str, Any], message: str) -> None:
    with pytest.raises(TypeError, match=message):
        Options(**settings)
    with pytest.raises(TypeError, match=message):
        cleannews.clean("Text.\n", **settings)  # the keyword form is checked alike
    with pytest.raises(TypeError, match=message):
        cleannews.clean("Text.\n", options=Options(), **settings)


def test_other_refusals() -> None:
    with pytest.raises(cleannews.RuleError, match="not a Rule"):
        Options(extra_rules=[print])  # type: ignore[list-item]
    with pytest.raises(TypeError, match="cleannews.Options"):
        cleannews.clean("Text.\n", options={"select": ["CN2"]})  # type: ignore[arg-type]
    with pytest.raises(TypeError, match="list of code prefixes"):
        dataclasses.replace(Options(), select="CN2")  # a changed copy is checked again
    unknown = Options(select=["CN999"])  # codes are checked when the rules are built
    with pytest.raises(cleannews.RuleError):
        cleannews.clean("Text.\n", options=unknown)


def test_options_never_change() -> None:
    select = ["CN2"]
    options = Options(select=select, extra_rules=[sponsor_line])
    select.append("CN3")
    assert options.select == ("CN2",)
    assert isinstance(options.extra_rules, tuple)
    with pytest.raises(dataclasses.FrozenInstanceError):
        options.select = ["CN4"]  # type: ignore[misc]
    changed = dataclasses.replace(options, keep_headline=False)
    assert (options.keep_headline, changed.keep_headline) == (None, False)


def test_options_compare_hash_and_pickle() -> None:
    options = Options(select=["CN2", "CN4"], ignore=["CN403"], site="huffpost", normalize=False,
                      extra_rules=[sponsor_line], pattern_files=["a.toml"], keep_headline=False)
    assert options == Options(select=("CN2", "CN4"), ignore=("CN403",), site="huffpost", normalize=False,
                              extra_rules=(sponsor_line,), pattern_files=("a.toml",), keep_headline=False)
    assert hash(options) == hash(dataclasses.replace(options))
    again = pickle.loads(pickle.dumps(options))
    assert again == options and again is not options
    assert pickle.loads(pickle.dumps(Options())) == Options()


def test_the_built_in_pipelines_are_shared() -> None:
    assert Options(select=["CN2"]).pipeline() is Options(select=("CN2",)).pipeline()
    assert Options(extra_rules=[sponsor_line]).pipeline() is not Options(extra_rules=[sponsor_line]).pipeline()


def test_options_is_public() -> None:
    assert "Options" in cleannews.__all__
    assert cleannews.Options is Options
