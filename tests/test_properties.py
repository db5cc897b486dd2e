"""The guarantees, stated as properties (hypothesis).

- cleaning never crashes, on any text;
- it only deletes: the output is a subsequence of the (repaired) input, line by line;
- replaying the removal records on the input reproduces the output, and ``clean`` (which
  does not replay them) gives the text of ``clean_and_explain``;
- it is idempotent and deterministic, and the order of the rules does not matter;
- boilerplate inserted between the paragraphs of a clean article comes out, and the
  article comes back exactly; clean articles pass unchanged.
"""

from __future__ import annotations

import random
from pathlib import Path

from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st

import cleannews
from cleannews import Pipeline
from cleannews.triggers import TriggerIndex

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures"
PIPELINE = Pipeline()
SETTINGS = settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])


def _clean_articles() -> list[list[str]]:
    """Paragraph lists of articles that must pass unchanged (expected outputs and negatives)."""
    articles = []
    for raw in sorted(FIXTURES.glob("*/*.raw.txt")):
        expected = raw.with_name(raw.name.replace(".raw.txt", ".expected.txt"))
        text = (expected if expected.exists() else raw).read_text(encoding="utf-8")
        paragraphs = [p for p in text.split("\n") if p.strip()]
        if len(paragraphs) >= 3:
            articles.append(paragraphs)
    return articles


ARTICLES = _clean_articles()
ARTICLE_LINES = sorted({line for article in ARTICLES for line in article})

# Boilerplate that must go wherever it stands between two paragraphs of an article.
BOILERPLATE_BLOCKS = [
    ["Advertisement"],
    ["ADVERTISEMENT"],
    ["Ad Feedback"],
    ["Mohammed Abed/AFP via Getty Images"],
    ["Sergei Petrov via Getty Images"],
    ["Read more: Harbour authority delays vote on new ferry terminal"],
    ["Sign up for our Morning Briefing newsletter to get the day's top stories in your inbox."],
    ["CLICK HERE TO GET THE FOX NEWS APP"],
    ["Copyright 2023 The Associated Press. All rights reserved."],
    [
        "(Israel National News' North American desk is keeping you updated until the start of Shabbat "
        "in New York. The time posted automatically on all Israel National News articles, however, is "
        "Israeli time.)"
    ],
]

SEPARATORS = st.sampled_from(["\n", "\n\n", "\r\n", "\n \n", "\n\n\n"])
NOISE = st.text(alphabet=st.characters(blacklist_categories=("Cs",)), max_size=40)
LINE = st.one_of(
    st.sampled_from(ARTICLE_LINES),
    st.sampled_from([line for block in BOILERPLATE_BLOCKS for line in block]),
    st.sampled_from(["Share", "Related", "By JANE DOE", "Updated 6:41 PM EDT, April 9, 2024", "Getty Images"]),
    NOISE,
)


@st.composite
def documents(draw: st.DrawFn) -> str:
    lines = draw(st.lists(LINE, min_size=0, max_size=25))
    out = []
    for i, line in enumerate(lines):
        if i:
            out.append(draw(SEPARATORS))
        out.append(line)
    if draw(st.booleans()):
        out.append("\n")
    return "".join(out)


def is_subsequence(small: list[str], big: list[str]) -> bool:
    it = iter(big)
    return all(any(s == b for b in it) for s in small)


def is_char_subsequence(small: str, big: str) -> bool:
    it = iter(big)
    return all(ch in it for ch in small)


@SETTINGS
@given(st.text())
def test_never_crashes_on_any_text(text: str) -> None:
    result = PIPELINE.explain(text)
    assert result.replay() == result.text


@SETTINGS
@given(documents())
def test_only_deletes(text: str) -> None:
    result = PIPELINE.explain(text)
    out_lines = [line for line in result.text.splitlines() if line.strip()]
    in_lines = [line for line in result.source.splitlines() if line.strip()]
    if not any(r.span for r in result.removals):
        assert is_subsequence(out_lines, in_lines)
    assert is_char_subsequence(result.text, result.source)


@SETTINGS
@given(documents())
def test_replaying_removals_reproduces_the_output(text: str) -> None:
    result = PIPELINE.explain(text)
    assert cleannews.apply_removals(result.source, result.removals) == result.text
    for removal in result.removals:
        assert removal.removed
        assert removal.first <= removal.last


@SETTINGS
@given(st.one_of(documents(), st.text()), st.booleans())
def test_clean_gives_the_text_of_clean_and_explain(text: str, keep: bool) -> None:
    # clean() leaves out the replay check, never anything that changes the text
    explained = cleannews.clean_and_explain(text, keep_headline=keep).text
    assert cleannews.clean(text, keep_headline=keep) == explained
    assert PIPELINE.clean(text, keep_headline=keep) == explained


@SETTINGS
@given(documents())
def test_idempotent(text: str) -> None:
    once = PIPELINE.clean(text)
    again = PIPELINE.explain(once)
    assert again.text == once
    assert again.removals == ()


@SETTINGS
@given(documents())
def test_deterministic(text: str) -> None:
    assert PIPELINE.explain(text) == Pipeline().explain(text)


@SETTINGS
@given(documents(), st.randoms(use_true_random=False))
def test_rule_order_does_not_matter(text: str, rnd: random.Random) -> None:
    shuffled = Pipeline()
    rules = list(shuffled.active_rules)
    rnd.shuffle(rules)
    shuffled._active = tuple(rules)
    shuffled._triggers = TriggerIndex([r.trigger for r in rules])
    a, b = PIPELINE.explain(text), shuffled.explain(text)
    assert a.text == b.text
    assert sorted(a.removals, key=repr) == sorted(b.removals, key=repr)


@SETTINGS
@given(st.sampled_from(ARTICLES), st.data())
def test_inserted_boilerplate_comes_out_and_the_article_comes_back(
    article: list[str], data: st.DataObject
) -> None:
    parts = list(article)
    inserts = data.draw(st.lists(st.sampled_from(BOILERPLATE_BLOCKS), min_size=1, max_size=3))
    for block in inserts:
        position = data.draw(st.integers(min_value=1, max_value=len(parts)))
        parts[position:position] = block
    text = "\n\n".join(parts) + "\n"
    assume(text != "\n\n".join(article) + "\n")
    assert PIPELINE.clean(text) == "\n\n".join(article) + "\n"


@SETTINGS
@given(st.sampled_from(ARTICLES), st.sampled_from(["\n", "\n\n", "\r\n"]), st.booleans())
def test_clean_articles_pass_unchanged(article: list[str], separator: str, final_newline: bool) -> None:
    text = separator.join(article) + (separator[-1] if final_newline else "")
    assert PIPELINE.explain(text).removals == ()


@SETTINGS
@given(documents())
def test_idempotent_without_the_headline(text: str) -> None:
    once = PIPELINE.clean(text, keep_headline=False)
    again = PIPELINE.explain(once, keep_headline=False)
    assert again.text == once
    assert again.removals == ()
