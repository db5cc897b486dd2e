"""The quick checks added to the page-chrome rules (CN4xx) for speed never change a result.

Each check is a necessary condition of the pattern it guards, tested here on the same
lines as ``test_gates.py``'s appeal and chrome checks: real lines, the rules' examples,
respelt examples and word salad.
"""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from cleannews.rules import _quick
from test_gates import _CN_RESPELL, _CN_WORDS, _cn_example_lines, _cn_real_lines, chrome

c = chrome


def _check_chrome_gates(text: str) -> None:
    f = _quick.cfold(text)
    # CN418: how a navigation label starts
    if c._NAV_LABEL.fullmatch(text):
        assert c._may_be_label(f, c._NAV_STARTS), text
    # CN402: widget labels, call-to-action labels, the "Short URL" label
    if c._WIDGET_STRONG.fullmatch(text) or c._WIDGET_WEAK.fullmatch(text):
        assert c._may_be_widget(f), text
    if c._WIDGET_WEAK.fullmatch(text):
        bare = f.strip(c._DECOR)
        assert bare in c._WEAK_BODIES or c._may_be_weak_time(bare), text
    if c._CTA_LABEL.fullmatch(text):
        assert c._may_be_label(f, c._CTA_STARTS), text
    if c._SHORT_URL_LABEL.fullmatch(text):
        assert "short " in f, text
    # CN417: an affiliate disclosure
    if c._AFFILIATE.search(text):
        assert c._AFFILIATE_GATE.search(f), text
    # CN416: an app's call and an event's button
    if c._APP_CALL.search(text):
        assert " app" in f and c._APP_CALLS.search(f), text
        assert any(word in f for word in c._PROMO_WORDS), text
    if c._EVENT_BUTTON.fullmatch(text):
        assert c._may_be_label(f, c._EVENT_BUTTON_STARTS), text


def test_chrome_speed_gates_are_necessary_on_real_lines() -> None:
    lines = _cn_real_lines()
    assert len(lines) > 1000
    for line in lines:
        _check_chrome_gates(line)


#: Labels of every kind the gated patterns match, to be respelt and decorated below.
_LABELS = (
    "Skip to main content", "Skip navigation", "Main menu", "Toggle navigation", "Homepage", "Back to top",
    "Search this site", "Close", "Previous article: A Headline", "Next posts", "Blog index", "More stories",
    "Table of Contents", "Contents", "In this guide", "On this page", "Jump to section", "Log in", "Signout",
    "My account", "Create an account", "Already a subscriber? Sign in here", "Menu", "Navigation",
    "Register now", "Get your tickets today", "Buy tickets", "Book your seat now", "Reserve your spot", "RSVP here",
    "12 comments", "1.8K Shares", "3 mins", "6:42", "12 min listen", "See more", "Know more", "Play the game",
    "Explore now", "Web Stories", "Short URL", "Short link", "٣ comments", "1,5k shares", "12:34 minutes", "4 min", "- 12:30 -", "9 mins.",
    "As an Amazon Associate, I earn from qualifying purchases", "This post contains affiliate links",
    "We also use affiliate links", "Supported by commissions from", "Every product is picked independently",
    "Affiliate disclosure", "This site collects a tiny fee", "Purchases made through these links earn us",
    "Download the KOMO News app", "Try our free new Mint App", "Install the BBC Sport app", "get the NYT app",
    "Show more Show less", "See more See less", "Read more Read less", "MoreLess",
)


def test_chrome_speed_gates_are_necessary_on_rule_examples() -> None:
    for line in _cn_example_lines() + list(_LABELS):
        _check_chrome_gates(line)


@given(st.sampled_from(_cn_example_lines() + list(_LABELS)), st.lists(st.sampled_from(_CN_RESPELL), max_size=3))
def test_chrome_speed_gates_are_necessary_on_respelt_examples(line: str, changes: list) -> None:
    for change in changes:
        line = change(line)
    if line.strip():
        _check_chrome_gates(line.strip())


@settings(max_examples=500)
@given(
    st.lists(st.sampled_from(_CN_WORDS + sorted(_LABELS)), max_size=8),
    st.sampled_from([" ", "", " | ", ": ", ". ", "- "]),
    st.sampled_from(["", "- ", "• ", "[", "(", "| ", "  ", "\u2003"]),
)
def test_chrome_speed_gates_are_necessary_on_word_salad(parts: list[str], joiner: str, opener: str) -> None:
    text = (opener + joiner.join(parts)).strip()
    if text:
        _check_chrome_gates(text)


def test_cfold_makes_no_sentence_stop_or_line_break() -> None:
    # _AFFILIATE_GATE: the gap between a verb and what is earned holds no ".!?\n" in the
    # line, so none in its folding either
    for cp in range(0x110000):
        if 0xD800 <= cp <= 0xDFFF:
            continue
        c = chr(cp)
        if c not in ".!?\n":
            assert not any(stop in _quick.cfold(c) for stop in ".!?\n"), hex(cp)


def test_affiliate_gate_holds_on_edges() -> None:
    # the verb and what is earned far apart, respelt, or with a long s
    for text in (
        "We, like many other small publishers, may earn a small commission",
        "I MAKE A KICK-BACK", "This site RECEIVES affiliate income", "We get compenſation",
        "Our site contains sponsored links", "Purchases made through our links earn us money",
    ):
        assert c._AFFILIATE.search(text), text
        _check_chrome_gates(text)



_PROSE = "The last paragraph of the story ends here, with enough words to count as prose."


def test_tail_trigger_tests_hold_where_cn409_and_cn413_take_lines() -> None:
    # CN409 and CN413 take lines only after the last body line: their trigger tests look
    # only there, and hold wherever the rule takes a line
    from cleannews.document import Source

    glued = "AmtrakTrainsIllinois Politics"
    listed = "- 15 Amazing Images of Stars\n- 11 Fascinating Facts About Our Milky Way Galaxy"
    for text, when, rule in (
        (f"{_PROSE}\n{glued}", c._junction_line, c.glued_tags),
        (f"{glued}\n{_PROSE}", c._junction_line, c.glued_tags),
        (f"{_PROSE}\n{listed}", c._two_bulleted_lines, c.trailing_headline_list),
        (f"{listed}\n{_PROSE}", c._two_bulleted_lines, c.trailing_headline_list),
        (f"{listed}\n{glued}", c._junction_line, c.glued_tags),
        (listed, c._two_bulleted_lines, c.trailing_headline_list),
    ):
        doc = Source(text).view()
        found = list(rule.run(doc, list(range(len(doc)))))
        tail_first = text.startswith(_PROSE) or _PROSE not in text
        assert when(Source(text).view()) == tail_first, text
        assert bool(found) == tail_first, text


def test_headline_shape_gives_the_title_case_of_the_whole_line() -> None:
    # CN404's _link_items takes the line's _title_case from _headline_shape, which finds
    # it on the line without its bullet
    lines = [*_cn_real_lines(), *_cn_example_lines(), *("- " + line for line in _cn_example_lines())]
    for line in lines:
        shape = c._headline_shape(line)
        assert shape in (0, 1, 2), line
        if shape:
            assert (shape == 2) == c._title_case(line), line
