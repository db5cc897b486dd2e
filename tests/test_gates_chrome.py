"""The quick checks added to the page-chrome rules (CN4xx) for speed never change a result.

Each check is a necessary condition of the pattern it guards.  ``test_gates.py`` checks
them with the appeal and chrome checks (``_check_cn_gates``: real lines, the rules'
examples, respelt examples and word salad); here are the cases of their own.
"""

from __future__ import annotations

from cleannews.rules import _quick
from test_gates import _check_cn_gates, _cn_example_lines, _cn_real_lines, chrome

c = chrome


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
        _check_cn_gates(text)



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
