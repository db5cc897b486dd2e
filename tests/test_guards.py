"""The engine's guards: no rule, built-in or the user's, removes code, tables or the article."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from hypothesis import given
from hypothesis import strategies as st

import cleannews
from cleannews import Document, Hit
from cleannews.guards import SHARE_MIN_WORDS, is_code, is_table_row, is_table_rule


@cleannews.rule("X901", "everything")
def everything(doc: Document) -> Iterator[Hit]:
    """Remove every line, one hit each (a rule that would eat anything)."""
    for line in doc:
        yield Hit(line.index, line.index, "test")


@cleannews.rule("X902", "all-at-once")
def all_at_once(doc: Document) -> Iterator[Hit]:
    """Remove every line in one hit."""
    if len(doc):
        yield Hit(0, len(doc) - 1, "test")


@cleannews.rule("X903", "first-char")
def first_char(doc: Document) -> Iterator[Hit]:
    """Remove the first character of every line (span hits)."""
    for line in doc:
        if len(line.text) > 1:
            yield Hit(line.index, line.index, "test", (0, 1))


def _only(rule: cleannews.Rule, text: str) -> str:
    return cleannews.Pipeline(rules=[rule], normalize=False).clean(text)


BODY = "A paragraph of ordinary text that runs on for a while, as articles do, and ends here.\n"
FILLER = BODY * 6


@pytest.mark.parametrize(
    "line",
    [
        "image: nginx:1.27",
        'entity_picture: "/api/image/serve/23ad16/512x512"',
        "date: 2024-01-01",
        "os.path.join(root, name)",
        'return {"ok": true};',
        "}",
        "x = 5",
        '<div class="byline">',
        "$ pip install cleannews",
        "from cleannews import clean",
        "docker compose up -d",
    ],
)
def test_code_lines_are_never_removed(line: str) -> None:
    assert is_code(line)
    assert _only(everything, FILLER + line + "\n") == line + "\n"


@pytest.mark.parametrize(
    "line",
    [
        "Photo: AP/Getty Images",
        "By Jane Doe",
        "Updated: March 3, 2024",
        "$5/month",
        "Comments(12)",
        "Share (3)",
        "Credit: Reuters/Jim Bourg",
        "Reporting by Jane Doe; Editing by Tim Roe",
        "Follow us: @example",
        "Support us: give $10 today.",
        "Advertisement",
        "The function returns a value; callers must check it before they go on with the work.",
    ],
)
def test_boilerplate_and_prose_are_not_code(line: str) -> None:
    assert not is_code(line)


def test_table_rows_and_their_rule_row_stay() -> None:
    table = "| Plan | Price |\n|---|---|\n| Basic | $5/month |\n"
    assert is_table_row("| Plan | Price |") and is_table_rule("|---|---|")
    assert _only(everything, FILLER + table) == table
    # a span hit on a table row is refused too
    assert _only(first_char, table) == table


def test_an_orphan_rule_row_and_one_cell_boxes_are_not_guarded() -> None:
    assert not is_table_row("| A caption in a box (AP) |")
    assert not is_table_row("|---|---|")
    assert _only(everything, FILLER + "|---|---|\n\n| A caption in a box (AP) |\n") == ""


def test_a_line_with_a_large_share_of_the_words_stays() -> None:
    article = " ".join(["word"] * (SHARE_MIN_WORDS * 3)) + ".\n"
    text = article + "Share\nAdvertisement\n"
    assert _only(everything, text) == article
    # a short document's only line is not guarded for being all of it
    assert _only(everything, "Advertisement\n") == ""


def test_a_block_with_one_guarded_line_is_refused_whole() -> None:
    text = "Share\nimage: nginx:1.27\nAdvertisement\n"
    assert _only(all_at_once, text) == text


def test_guards_leave_built_in_cleaning_of_a_code_article_alone() -> None:
    text = (
        "How to run the stack with docker compose and keep it up to date across releases.\n\n"
        "services:\n  web:\n    image: nginx/1.27\n    ports:\n      - \"8080:80\"\n\n"
        "Photo credit lines such as the one below go, code does not.\n"
    )
    assert cleannews.clean(text) == text


_CODE_LINES = st.sampled_from(["image: nginx:1.27", "| a | b |", "x = 5", "return y;", "from a import b"])
_OTHER = st.sampled_from(["Share", "Advertisement", "By Jane Doe", "Related", "", "Photo: AP"])


@given(st.lists(st.one_of(_CODE_LINES, _OTHER), min_size=1, max_size=12))
def test_every_guarded_line_survives_any_rule(lines: list[str]) -> None:
    text = "\n".join(lines) + "\n"
    out = _only(everything, text).splitlines()
    for line in lines:
        if is_code(line) or is_table_row(line):
            assert line in out
    result = cleannews.Pipeline(rules=[everything], normalize=False).explain(text)
    assert result.replay() == result.text
    assert _only(everything, result.text) == result.text


_TOKENS = st.sampled_from([
    "x", "foo_bar", "os.path", "(", ")", "{", "}", "[", "]", ";", "=", "+=", ":", " ", "  ", '"s"', "'s'",
    "<div>", "</p>", "$", ">>>", "#!/bin/sh", "//", "#include", "def", "class", "import", "from", "return",
    "for", "while", "if", "else:", "try:", "docker", "git", "cd", "echo", "pub", "fn", "async", "function",
    "1", "2024-01-01", "http://x.y/z", "nginx:1.27", "Share", "The", "said", ".", ",",
])


@given(st.lists(_TOKENS, min_size=1, max_size=8))
def test_the_quick_check_of_is_code_is_necessary(tokens: list[str]) -> None:
    from cleannews import guards

    text = "".join(tokens).strip()
    if not text:
        return
    matched = any(pattern.fullmatch(text) for pattern in guards._CODE_PATTERNS)
    if matched:
        assert any(c in guards._CODE_MARKS for c in text) or text.split(None, 1)[0] in guards._CODE_OPENERS, text
