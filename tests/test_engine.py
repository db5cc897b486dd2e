"""The engine: deletion, separators, newline styles, spans, replay, errors, user rules."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

import cleannews
from cleannews import Document, EngineError, Hit, Pipeline, Removal, RuleError, rule
from cleannews.document import Source


@rule("X901", "drop-marked")
def drop_marked(doc: Document) -> Iterator[Hit]:
    """Remove lines that say DROP (a test rule).

    Okay: keep me
    X901: DROP
    """
    for line in doc:
        if line.stripped == "DROP":
            yield Hit(line.index, line.index, "marked")


@rule("X902", "cut-bracket")
def cut_bracket(doc: Document) -> Iterator[Hit]:
    """Cut "[x]" markers out of lines (a span test rule)."""
    for line in doc:
        start = line.text.find("[x]")
        if start >= 0:
            yield Hit(line.index, line.index, "marker", (start, start + 3))


def run(text: str, *rules: cleannews.Rule) -> cleannews.Result:
    return Pipeline(rules=rules or (drop_marked,)).explain(text)


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("A\n\nDROP\n\nB\n", "A\n\nB\n"),
        ("A\nDROP\nB", "A\nB"),
        ("DROP\nA\n", "A\n"),
        ("A\n\nDROP", "A"),
        ("A\n\nDROP\n", "A\n"),
        ("\n\nDROP\n\nA\n", "\n\nA\n"),
        ("A\nB\n\nDROP\nC\n", "A\nB\n\nC\n"),  # the strongest separator survives
        ("A\nDROP\n\nC\n", "A\n\nC\n"),
        ("A\r\n\r\nDROP\r\n\r\nB\r\n", "A\r\n\r\nB\r\n"),
        ("A\n \n\u00a0\nDROP\n\nB", "A\n \n\u00a0\nB"),
        ("DROP\n", ""),
        ("DROP", ""),
        ("", ""),
        ("\n\n", "\n\n"),
        ("A\rDROP\rB\r", "A\rB\r"),
    ],
)
def test_line_deletion_keeps_the_input_separators(text: str, want: str) -> None:
    result = run(text)
    assert result.text == want
    assert result.replay() == want


def test_removal_records_name_input_lines() -> None:
    result = run("Title\n\nDROP\n\nBody text.\n\nDROP\n")
    assert [(r.code, r.first, r.last, r.removed) for r in result.removals] == [
        ("X901", 3, 3, "DROP"),
        ("X901", 7, 7, "DROP"),
    ]


def test_span_cut_and_line_left_empty_goes_whole() -> None:
    result = run("A [x]line\n\n[x]\n\nB\n", cut_bracket)
    assert result.text == "A line\n\nB\n"
    assert result.replay() == result.text
    assert [r.span for r in result.removals] == [(2, 5), (0, 3)]


def test_spans_over_several_passes_map_to_input_columns() -> None:
    result = run("one [x][x] two\n", cut_bracket)
    assert result.text == "one  two\n"
    assert result.replay() == result.text
    assert result.passes == 3


def test_fixpoint_runs_until_nothing_is_found() -> None:
    @rule("X903", "drop-after-gone")
    def drop_last(doc: Document) -> Iterator[Hit]:
        """Remove the last line when it is 'B' (only after the DROP line is gone)."""
        if doc.lines and doc.lines[-1].stripped == "B" and "DROP" not in doc.texts:
            yield Hit(len(doc) - 1, len(doc) - 1, "last")

    result = run("A\nB\nDROP\n", drop_marked, drop_last)
    assert result.text == "A\n"
    assert {r.code for r in result.removals} == {"X901", "X903"}


def test_a_rule_that_never_settles_is_an_engine_error() -> None:
    @rule("X904", "cut-forever")
    def cut_forever(doc: Document) -> Iterator[Hit]:
        """Cut one character from every line (never settles on a long line)."""
        for line in doc:
            if len(line.text) > 1:
                yield Hit(line.index, line.index, "again", (0, 1))

    with pytest.raises(EngineError, match="fixpoint"):
        run("x" * 100, cut_forever)


@pytest.mark.parametrize("bad", [Hit(5, 5, "out"), Hit(1, 0, "backwards"), Hit(0, 0, "span", (3, 99))])
def test_hits_outside_the_document_are_engine_errors(bad: Hit) -> None:
    @rule("X905", "bad-hit")
    def bad_rule(doc: Document) -> Iterator[Hit]:
        """Yield a bad hit."""
        yield bad

    with pytest.raises(EngineError, match="X905"):
        run("A line\n", bad_rule)


def test_bytes_input_says_what_to_do() -> None:
    with pytest.raises(TypeError, match="decode"):
        cleannews.clean(b"Advertisement\n")  # type: ignore[arg-type]


def test_select_and_ignore_by_prefix() -> None:
    text = "Body text of the story goes on for a while here.\n\nAdvertisement\n"
    assert cleannews.clean(text, select=["CN9"]) == text
    assert cleannews.clean(text, ignore=["CN"]) == text
    with pytest.raises(RuleError, match="valid codes"):
        cleannews.clean(text, select=["ZZ1"])


def test_user_rule_as_decorated_function() -> None:
    text = "Body.\n\nDROP\n"
    assert cleannews.clean(text, extra_rules=[drop_marked]) == "Body.\n"
    result = cleannews.clean_and_explain(text, extra_rules=[drop_marked], select=["X9"])
    assert [r.code for r in result.removals] == ["X901"]


def test_user_rule_must_be_decorated() -> None:
    with pytest.raises(RuleError, match="@cleannews.rule"):
        Pipeline(extra_rules=[lambda doc: []])  # type: ignore[list-item]


def test_user_rule_codes_must_be_unique() -> None:
    @rule("CN901", "clash")
    def clash(doc: Document) -> Iterator[Hit]:
        """Clash with a built-in code."""
        return iter(())

    with pytest.raises(RuleError, match="used twice"):
        Pipeline(extra_rules=[clash])


def test_rule_needs_a_docstring_and_valid_code() -> None:
    with pytest.raises(RuleError, match="docstring"):
        rule("X906", "no-doc")(lambda doc: iter(()))
    with pytest.raises(RuleError, match="code"):
        rule("bad", "name")(drop_marked.func)


def test_user_pattern_file(tmp_path: Path) -> None:
    patterns = tmp_path / "mine.toml"
    patterns.write_text(
        '[pack]\nname = "mine"\n\n[[rules]]\ncode = "U101"\nname = "promo-line"\n'
        'reason = "house promo"\npattern = \'Watch our show at \\d{1,2} pm\\.\'\n',
        encoding="utf-8",
    )
    text = "Body text.\n\nWatch our show at 9 pm.\n"
    result = cleannews.clean_and_explain(text, pattern_files=[str(patterns)])
    assert result.text == "Body text.\n"
    assert [(r.code, r.reason) for r in result.removals] == [("U101", "house promo")]


@pytest.mark.parametrize(
    ("content", "message"),
    [
        ("[[rules]]\ncode = 'U1'\nname = 'x'\npattern = '('\n", "bad pattern"),
        ("[[rules]]\ncode = 'U1'\nname = 'x'\npattern = 'a'\ncolour = 'red'\n", "unknown keys"),
        ("[[rules]]\ncode = 'U1'\nname = 'x'\n", "missing required key 'pattern'"),
        ("[[rules]]\ncode = 'U1'\nname = 'x'\npattern = 'a'\nkind = 'block'\n", "needs an 'end'"),
        ("not toml at all ===", "not a valid TOML"),
    ],
)
def test_bad_pattern_files_name_the_file(tmp_path: Path, content: str, message: str) -> None:
    path = tmp_path / "bad.toml"
    path.write_text(content, encoding="utf-8")
    with pytest.raises(RuleError, match=message) as info:
        Pipeline(pattern_files=[str(path)])
    assert "bad.toml" in str(info.value)


def test_unicode_repair_is_reported_and_can_be_turned_off() -> None:
    text = "The minister didnâ€™t say when Q&amp;A sessions resume.\n"
    result = cleannews.clean_and_explain(text)
    assert result.text == "The minister didn’t say when Q&A sessions resume.\n"
    assert result.repairs
    assert cleannews.clean(text, normalize=False) == text


def test_unicode_repair_leaves_well_formed_text_alone() -> None:
    text = "“Quoted,” she said — in Zürich, São Paulo and Kraków… ﬁne ＡＢ\r\n"
    result = cleannews.clean_and_explain(text)
    assert result.text == text
    assert result.repairs == ()


def test_site_from_url_and_unknown_site_name() -> None:
    text = "Body text.\n"
    assert cleannews.clean_and_explain(text, site="https://www.huffpost.com/entry/x").site == "huffpost"
    assert cleannews.clean_and_explain(text, site="https://example.org/x").site is None
    with pytest.raises(RuleError, match="known sites"):
        cleannews.clean(text, site="nosuchsite")


def test_removal_round_trips_through_dict() -> None:
    removal = Removal("CN1", "x", 3, 4, "why", "gone", (1, 2))
    assert Removal.from_dict(removal.to_dict()) == removal


def test_source_apply_matches_engine() -> None:
    text = "A\n\nDROP\nB [x]\n"
    result = run(text, drop_marked, cut_bracket)
    assert Source(text).apply(result.removals) == result.text == "A\n\nB \n"


_NEAR_DAMAGE = (
    "a &#x;1Ã©â€™é’\u001b\u007f"
    "\u0080\u009f\u00a0\u00bf\u00c0\u00c1\u00c2\u00f4\u00f5\u00ff\u0100\u0152\u2122"  # edges of the ranges
    "\ud7ff\ud800\udbff\udc00\udfff\ue000"  # surrogates and their neighbours
)


@given(st.text(alphabet=st.sampled_from(_NEAR_DAMAGE) | st.characters(), max_size=20))
def test_the_damage_check_on_bytes_is_the_damage_pattern_on_the_text(text: str) -> None:
    from cleannews.normalize import DAMAGE, damaged

    assert damaged(text) == (DAMAGE.search(text) is not None)


@given(st.text(alphabet=st.sampled_from("ab \n\r"), max_size=30), st.data())
def test_a_pristine_copy_of_a_source_is_a_fresh_source(text: str, data: st.DataObject) -> None:
    source = Source(text)
    kept = source.kept()
    removals = []
    for index in data.draw(st.lists(st.sampled_from(kept), max_size=3)) if kept else []:
        source.remove_lines(index, index)
        removals.append(Removal("T1", "t", index + 1, index + 1, "test", "(the line)"))
    copy = source.pristine()
    assert copy.render() == text and copy.kept() == kept
    assert copy.apply(removals) == Source(text).apply(removals) == source.render()


@given(st.text(alphabet=st.sampled_from("ab \n\r\t"), max_size=30))
def test_a_view_of_a_whole_text_has_its_content_lines_and_blank_gaps(text: str) -> None:
    physical = Source(text)._bodies
    content = [i for i, body in enumerate(physical) if body.strip()]
    lines = Source(text).view().lines
    assert [(line.index, line.number, line.text) for line in lines] == [
        (n, i + 1, physical[i]) for n, i in enumerate(content)
    ]
    assert [line.blank_before for line in lines] == [
        n > 0 and i - content[n - 1] > 1 for n, i in enumerate(content)
    ]
