"""Blocks, not lines: an anchor's widget lines go with it, content-shaped lines never do."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from hypothesis import given
from hypothesis import strategies as st

import cleannews
from cleannews import Document, Hit
from cleannews.blocks import MAX_LINES, is_widget_label


@cleannews.rule("X801", "pitch", words=["become a member"], block=True)
def pitch(doc: Document, candidates: list[int]) -> Iterator[Hit]:
    """Remove "Become a member ..." anchors (a test rule that finds block anchors)."""
    for index in candidates:
        if doc[index].stripped.lower().startswith("become a member"):
            yield Hit(index, index, "membership pitch")


@cleannews.rule("X802", "pitch-line", words=["become a member"])
def pitch_line(doc: Document, candidates: list[int]) -> Iterator[Hit]:
    """The same anchor, without ``block``: only the line goes."""
    yield from pitch.func(doc, candidates)


def _clean(text: str, rule: cleannews.Rule = pitch) -> cleannews.Result:
    return cleannews.Pipeline(rules=[rule], normalize=False).explain(text)


BODY = "The council voted on Tuesday to extend the program for another two years, officials said.\n"
LATER = "Residents can apply from March, and the first payments will arrive in the summer months.\n"


def test_the_widget_lines_of_a_membership_block_go_with_its_anchor() -> None:
    widget = "Support local news\nBecome a member today\n$5/month\n$10/month\nOther amount\nContinue\n"
    result = _clean(BODY + widget + LATER)
    assert result.text == BODY + LATER
    (record,) = result.removals
    assert (record.code, record.first, record.last) == ("X801", 2, 7)
    assert record.reason == "membership pitch, with 5 short lines of its block"
    assert result.replay() == result.text


def test_without_block_only_the_anchor_goes() -> None:
    text = BODY + "Become a member today\n$5/month\n" + LATER
    assert _clean(text, pitch_line).text == BODY + "$5/month\n" + LATER


@pytest.mark.parametrize(
    "neighbour",
    [
        "Members get free entry to the museum on Sundays.",  # a sentence
        "Who can join?",  # a question
        "- Free entry on Sundays",  # a list item
        "1. Free entry",
        '"It is worth it," she said',  # reported speech
        "| Tier | Price |",  # a table row (guarded)
        "image: museum:latest",  # code (guarded)
        "A label with far too many words to be a button on a widget",
    ],
)
def test_content_shaped_neighbours_stop_the_block(neighbour: str) -> None:
    text = BODY + neighbour + "\nBecome a member today\n" + neighbour + "\n" + LATER
    assert _clean(text).text == BODY + neighbour + "\n" + neighbour + "\n" + LATER


def test_a_heading_that_leads_body_text_stays() -> None:
    text = BODY + "Become a member today\nWhat happens next\n" + LATER
    assert _clean(text).text == BODY + "What happens next\n" + LATER


def test_a_list_label_stays() -> None:
    text = BODY + "Become a member today\nBenefits:\n- Free entry\n" + LATER
    assert _clean(text).text == BODY + "Benefits:\n- Free entry\n" + LATER


def test_the_block_is_bounded() -> None:
    labels = "".join(f"${n}/month\n" for n in range(1, MAX_LINES + 4))
    result = _clean(BODY + "Become a member today\n" + labels + LATER)
    assert result.removals[0].last - result.removals[0].first == MAX_LINES


def test_two_anchors_never_report_the_same_line() -> None:
    text = BODY + "Become a member today\nMonthly\nAnnual\nBecome a member now\nContinue\n" + LATER
    result = _clean(text)
    assert result.text == BODY + LATER
    lines = [n for r in result.removals for n in range(r.first, r.last + 1)]
    assert len(lines) == len(set(lines))


def test_widget_labels() -> None:
    assert is_widget_label("Email address")
    assert is_widget_label("$10/month")
    assert not is_widget_label("Sign up now.")
    assert not is_widget_label("Why join?")
    assert not is_widget_label("- item")


_LINES = st.sampled_from([
    "Become a member today", "$5/month", "Continue", "Who can join?", "- Free entry", BODY.strip(),
    "Benefits:", "What happens next", "",
])


@given(st.lists(_LINES, min_size=1, max_size=14))
def test_blocks_keep_the_engine_guarantees(lines: list[str]) -> None:
    text = "\n".join(lines) + "\n"
    result = _clean(text)
    assert result.replay() == result.text
    assert _clean(result.text).text == result.text
    kept = result.text.splitlines()
    assert all(line in lines for line in kept)


def test_a_list_the_body_introduced_stays_above_an_anchor() -> None:
    items = "Most-needed items:\nCanned fish\nPeanut butter\nRice\n"
    text = BODY + items + "Become a member today\n$5/month\n" + LATER
    assert _clean(text).text == BODY + items + LATER


@pytest.mark.parametrize("button", ["$5/month", "€10", "$10 a month", "Continue", "Sign up now", "Other amount"])
def test_buttons_and_amounts_go_even_right_above_body_text(button: str) -> None:
    assert _clean(BODY + "Become a member today\n" + button + "\n" + LATER).text == BODY + LATER


def test_a_run_of_short_lines_between_paragraphs_needs_a_widget_line() -> None:
    plans = "Pricing\nFree plan, $0\nPlus plan, $10/month\nEnterprise plan, on request\n"
    text = BODY + "Become a member today\n" + plans + LATER
    assert _clean(text).text == BODY + plans + LATER
    # at the end of the document, a widget's short lines need no button
    assert _clean(BODY + "Become a member today\nThe Weekly Letter\nMembers only\n").text == BODY


def test_the_first_line_is_never_a_widget_title() -> None:
    text = "Council extends the program\nBecome a member today\n$5/month\n" + LATER
    assert _clean(text).text == "Council extends the program\n" + LATER


@cleannews.rule("X803", "pitch-again", words=["become a member"], block=True)
def pitch_again(doc: Document, candidates: list[int]) -> Iterator[Hit]:
    """The same anchor as X801, found by a second rule."""
    yield from pitch.func(doc, candidates)


def test_two_rules_on_one_anchor_give_the_same_records_in_any_order() -> None:
    text = BODY + "Become a member today\n$5/month\nContinue\n" + LATER
    results = []
    for rules in ([pitch, pitch_again], [pitch_again, pitch]):
        pipeline = cleannews.Pipeline(rules=rules, normalize=False)
        pipeline._active = tuple(rules)  # the order the engine runs them in
        from cleannews.triggers import TriggerIndex

        pipeline._triggers = TriggerIndex([r.trigger for r in rules])
        results.append(pipeline.explain(text))
    assert results[0] == results[1]
    (record,) = results[0].removals
    assert record.codes == ("X801", "X803") and (record.first, record.last) == (2, 4)


@pytest.mark.parametrize("position", [3, 4, 5, 6, 7])
def test_an_anchor_inside_a_list_leaves_the_list(position: int) -> None:
    # found by test_properties: a newsletter line inserted right after "...three sizes:"
    # took the list below it ("Small", ..., "Learn more") as its widget
    article = [
        "Local paper changes hands as family trust steps back",
        "The paper is published by a family trust, the filing shows, and the trust has owned it since 1988.",
        "The coffee shop on Main Street, which the paper's staff have used for years, sells its cups in "
        "three sizes:",
        "Small", "Medium", "Large", "Learn more",
        "The town's own rating was unchanged, and the council said it would review its borrowing plans.",
    ]
    parts = list(article)
    parts[position:position] = ["Sign up for our Morning Briefing newsletter to get the day's top stories in your inbox."]
    result = cleannews.clean_and_explain("\n\n".join(parts) + "\n")
    line = 2 * position + 1
    assert [(r.code, r.first, r.last) for r in result.removals] == [("CN102", line, line)]
    assert result.text == "\n\n".join(article) + "\n"


def test_a_list_stays_when_two_boilerplate_lines_break_into_it() -> None:
    # the newsletter line stands between the colon and the list, so the app prompt in the
    # list sees the colon only through it (found by sampling two and three inserts)
    article = [
        "Local paper changes hands as family trust steps back",
        "The paper is published by a family trust, the filing shows, and the trust has owned it since 1988.",
        "The coffee shop on Main Street sells its cups in three sizes:",
        "Small", "Medium", "Large", "Learn more",
        "The town's own rating was unchanged, and the council said it would review its borrowing plans.",
    ]
    parts = list(article)
    parts[6:6] = ["CLICK HERE TO GET THE FOX NEWS APP"]
    parts[3:3] = ["Sign up for our Morning Briefing newsletter to get the day's top stories in your inbox."]
    assert cleannews.clean("\n\n".join(parts) + "\n") == "\n\n".join(article) + "\n"
