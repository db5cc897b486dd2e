"""CN418 navigation-label: Remove the site's navigation and account labels before or after the
article."""

from __future__ import annotations

from collections.abc import Iterator

from ...document import Document, Hit
from ...registry import rule
from ...shapes import head_end, tail_start
from .._quick import OPEN_CHARS, folded_lines
from ._labels import _ASCII_LOWER, _label, _texts


# --- CN418 navigation-label -------------------------------------------------------------

_NAV_LABEL = _label(
    r"skip (?:to )?(?:the )?(?:main )?(?:content|navigation|nav|menu|search|footer)|skip navigation|"
    r"(?:main |site |open |close |toggle )?(?:menu|navigation)|home(?:page)?|back to (?:top|home)|"
    r"search(?: this site| the site| for)?|close|"
    r"(?:previous|next|prev|older|newer) (?:article|post|story|page|entry|chapter)s?(?::[^\n]{0,150}+)?|"
    r"(?:blog|article|post|story) index|(?:all|more) (?:posts|articles|stories)|"
    r"table of contents|contents|in this (?:article|post|guide|story|page)|on this page|jump to(?: section)?|"
    r"(?:log|sign) ?in|(?:log|sign) ?out|my account|create (?:an |your )?account|"
    r"already (?:a (?:member|subscriber)|have an account|registered)\??+ (?:log|sign) ?in(?: here)?+"
)
#: The longest navigation label looked at (the "Previous article: <headline>" kind).
_NAV_MAX_CHARS = 200
#: How every body of ``_NAV_LABEL`` starts (folded): a line it matches has one of these
#: after its decorations (``_may_be_label``; the spaces are literal in the pattern).
_NAV_STARTS = (
    "skip ", "main ", "site ", "open ", "close", "toggle ", "menu", "navigation", "home", "back to ",
    "search", "previous ", "next ", "prev ", "older ", "newer ", "blog ", "article ", "post ", "story ",
    "all ", "more ", "table of contents", "contents", "in this ", "on this page", "jump to", "log", "sign",
    "my account", "create ", "already ",
)


def _nav_candidates(doc: Document) -> list[int]:
    """The lines CN418 looks at: before the first body line or after the last, of at most
    200 characters, and starting (after the decorations) like one of its labels
    (``_NAV_STARTS``, a necessary condition of ``_NAV_LABEL``).  Found once per document."""
    return doc.fact("cn4.nav", _find_nav_candidates)


def _find_nav_candidates(doc: Document) -> list[int]:
    texts = _texts(doc)
    folded = folded_lines(doc)
    head, tail = head_end(doc), tail_start(doc)
    # _fits(text, _NAV_MAX_CHARS) and _may_be_label(folded, _NAV_STARTS), written out (the
    # zone is every line of a document without body lines)
    found = []
    for i in (*range(head), *range(max(tail, head), len(texts))):
        if 0 < len(texts[i]) <= _NAV_MAX_CHARS:
            start = folded[i].lstrip(OPEN_CHARS)  # _quick.label_head
            if start and (start[0] not in _ASCII_LOWER or start.startswith(_NAV_STARTS)):
                found.append(i)
    return found


def _short_line_outside_body(doc: Document) -> bool:
    """Trigger test of CN418: a line of at most 200 characters before the first body line
    or after the last that starts like a navigation label (``_nav_candidates``).  (Its
    words are common ones, "next", "home", "search": a document test is cheaper than
    scanning every paragraph for them.)"""
    return bool(_nav_candidates(doc))


@rule("CN418", "navigation-label", when=_short_line_outside_body)
def navigation_label(doc: Document) -> Iterator[Hit]:
    """Remove the site's navigation and account labels before or after the article.

    Extraction keeps a few labels of the page's navigation: "Skip to content", "Home",
    "Menu", "Search", "Table of Contents" (whose entries it dropped), "Previous article:
    <headline>", "Next post", "Log in", "Already a member? Sign in".  A line that is only
    such a label, before the first paragraph of running text or after the last, goes.
    Inside the article the same words are headings or list items ("Search", "Contents of
    the report") and stay, and so does a sentence that uses them.

    Okay: The first paragraph of the story is long enough to count as running prose here.\\nSearch\\nThe search for the missing hikers went on for three days, rescuers said on Sunday.
    Okay: Home is where the heart is, and for the Okafor family it is a converted school bus.
    Okay: Contents of the report
    CN418: Skip to content\\nThe first paragraph of the story is long enough to count as running prose here.
    CN418: The first paragraph of the story is long enough to count as running prose here.\\nPrevious article: Share Memory By Communicating\\nNext article: Go Wins an Award
    CN418: Table of Contents\\nThe first paragraph of the story is long enough to count as running prose here.
    CN418: The first paragraph of the story is long enough to count as running prose here.\\nAlready a member? Sign in
    """
    lines = doc.lines
    for i in _nav_candidates(doc):
        if _NAV_LABEL.fullmatch(lines[i].stripped):
            yield Hit(i, i, "navigation label outside the article")
