"""Precision of the page-chrome rules (CN404, CN405, CN410, CN413) outside news pages.

Each test pairs a content shape that a rule used to remove (a guide's capitalised
subheadings, a resources page's per-card buttons, a reading list, an intact Markdown
table) with the boilerplate of the same family that the rule must still remove.  The
texts are written for these tests.
"""

from __future__ import annotations

import cleannews

BODY = "The first paragraph runs on long enough to count as prose, and it ends like a sentence."
AFTER = "Another paragraph follows the list, with enough words in it to be running text."


def removed(text: str, code: str) -> list[str]:
    """The lines ``code`` removes from ``text`` (alone, no headline kept)."""
    result = cleannews.clean_and_explain(text, select=[code], normalize=False, keep_headline=False)
    return [line for r in result.removals if r.code == code for line in r.removed.split("\n")]


# -- CN405 capitalised link lines -------------------------------------------------------


def test_caps_section_headings_stay() -> None:
    text = "\n".join([
        BODY,
        "PICK A HAMMOCK THAT IS LONG ENOUGH TO LIE IN ALMOST FLAT",
        "A longer hammock lets you lie across it at an angle, which keeps your back straight.",
        "4. KEEP THE HORIZON LEVEL IN EVERY SINGLE FRAME YOU TAKE",
        "A tilted horizon is the first thing a viewer notices, even in a strong picture.",
        "WHEN YOU START OUT, YOU DO NOT NEED THE MOST EXPENSIVE GEAR THAT THE SHOPS WILL SELL YOU…",
        "(NOTE: THIS IS ALSO A GOOD PLACE TO START IF YOU ARE ON A BUDGET)",
        AFTER,
    ])
    assert removed(text, "CN405") == []


def test_caps_headline_goes_beside_a_prompt_only_without_caps_subheadings() -> None:
    fox = "\n".join([
        BODY,
        "TOWN'S OLD BALLPARK GETS A SURPRISE MAKEOVER FROM FORMER PLAYERS",
        AFTER,
        "CLICK HERE TO GET THE FOX NEWS APP",
        AFTER,
    ])
    assert removed(fox, "CN405") == [
        "TOWN'S OLD BALLPARK GETS A SURPRISE MAKEOVER FROM FORMER PLAYERS",
        "CLICK HERE TO GET THE FOX NEWS APP",
    ]
    guide = "\n".join([
        BODY,
        "DOWNLOAD OUR PRINTABLE PACKING LIST",
        "SHELTER",
        "Tent, poles and stakes, and a ground sheet for under the tent.",
        "KITCHEN",
        "Stove, fuel, a pot and a long spoon for eating out of the bag.",
        "CARRY A LITTLE MORE WATER THAN YOU THINK YOU WILL NEED ON THE TRAIL",
        AFTER,
    ])
    assert removed(guide, "CN405") == ["DOWNLOAD OUR PRINTABLE PACKING LIST"]


def test_caps_call_needs_a_cue() -> None:
    text = "\n".join([BODY, "WATCH FOR ICE ON THE BRIDGES BEFORE SUNRISE AND AFTER DARK", AFTER])
    assert removed(text, "CN405") == []
    text = "\n".join([BODY, "WATCH: CREWS CLEAR ICE FROM THE BRIDGE BEFORE SUNRISE", AFTER])
    assert removed(text, "CN405") == ["WATCH: CREWS CLEAR ICE FROM THE BRIDGE BEFORE SUNRISE"]


# -- CN404 link lists ---------------------------------------------------------------------


def test_per_card_buttons_go_and_the_cards_stay() -> None:
    text = "\n".join([
        "Research and Reports",
        "A Practical Guide to Choosing a Tutor for Your Child",
        "Learning Research Council",
        "Read More",
        "What Parents Should Ask Before Signing Up for Tutoring",
        "City Schools Network",
        "Read More",
        "How Small Groups Help Pupils Catch Up in Mathematics",
        "Read More",
    ])
    assert removed(text, "CN404") == ["Read More"] * 3


def test_a_single_read_more_box_still_goes_with_its_headlines() -> None:
    text = "\n".join([
        BODY,
        "Read More",
        "How a Loophole Lets Landlords Skip Safety Inspections",
        AFTER,
    ])
    assert removed(text, "CN404") == ["Read More", "How a Loophole Lets Landlords Skip Safety Inspections"]


def test_header_inside_a_body_list_stays() -> None:
    text = "\n".join([
        BODY,
        "- Offer a short check-in every week, so clients can report how they slept.",
        "Also read:",
        "- How Coaches Track Sleep and Recovery Between Sessions",
        "- A Simple Plan for Your First Month of Training",
        AFTER,
    ])
    assert removed(text, "CN404") == []


def test_plain_sentences_after_a_label_stay_and_headlines_go() -> None:
    keep = [
        "Recommended: Rinse the filter under warm water once a month.",
        "Related: Check your plants against our pest guide before you spray",
        "Recommended: 16 GB",
    ]
    for line in keep:
        assert removed("\n".join([BODY, line, AFTER]), "CN404") == [], line
    fields = "\n".join(["Minimum: 8 GB of memory", "Recommended: 16 GB Of Memory And A Fast Drive", "Storage: 40 GB"])
    assert removed(fields, "CN404") == []
    go = [
        "Read more: Europe’s Gas Storage Is Filling Faster Than Usual This Spring",
        "RELATED: City council delays vote on new stadium lease",
        "Related: Maximizing Your Garden With Raised Beds",
    ]
    for line in go:
        assert removed("\n".join([BODY, line, AFTER]), "CN404") == [line], line


# -- CN413 headline lists after the article ----------------------------------------------


def test_lists_that_are_the_article_stay() -> None:
    sub_run = "\n".join([
        BODY,
        "- Fruit",
        "- Ten Easy Ways to Eat More Greens",
        "- How to Plan a Week of Healthy Meals",
        "- Recipes",
    ])
    books = "\n".join([BODY, "- The Quiet Harbour by Mara Lind", "- A Field Guide to Northern Birds by Tom Adair"])
    products = "\n".join([BODY, "- Summit Trail Runner Four – $129", "- Ridge Pro Waterproof Hiking Boot – $189"])
    between = "\n".join([
        BODY,
        "- Walking the Rim Trail in a Single Day",
        "- Camping at the Lake Below the Falls",
        "Want more ideas for your next trip? Here are a few more of our favourites…",
    ])
    for text in (sub_run, books, products, between):
        assert removed(text, "CN413") == [], text


def test_trailing_headline_list_still_goes() -> None:
    text = "\n".join([BODY, "- 15 Amazing Images of Distant Stars", "- 11 Fascinating Facts About Our Milky Way Galaxy"])
    assert removed(text, "CN413") == [
        "- 15 Amazing Images of Distant Stars",
        "- 11 Fascinating Facts About Our Milky Way Galaxy",
    ]


# -- CN410 table rule rows ----------------------------------------------------------------


def test_rule_row_of_an_intact_table_stays_and_an_orphan_goes() -> None:
    table = "\n".join([BODY, "| Plan | Price |", "|---|---|", "| Basic | $5 a month |", AFTER])
    assert removed(table, "CN410") == []
    bare = "\n".join([BODY, "Plan | Price", "--- | ---", "Basic | $5 a month", AFTER])
    assert removed(bare, "CN410") == []
    orphan = "\n".join([BODY, "|---|---|", AFTER])
    assert removed(orphan, "CN410") == ["|---|---|"]
