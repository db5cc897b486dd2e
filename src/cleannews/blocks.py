"""Blocks, not lines: the short lines of a widget go with the anchor a rule found.

Boilerplate comes in blocks.  A newsletter box is a title, a pitch, an e-mail field and a
button; a membership widget is a pitch and a run of amounts; a follow prompt is a label
and the networks.  Rules recognise a block by its *anchor*, the line whose words say what
it is ("Become a member today", "Sign up for our newsletter").  The other lines of the
block are labels and buttons that say little on their own and change from site to site
("Email address", "$10/month", "Continue", "Other amount").

When a rule that finds anchors (``@rule(..., block=True)``) reports a hit, the engine
extends it over the adjacent lines that are shaped like widget labels: at most
:data:`MAX_LINES` lines each way, each of at most :data:`MAX_WORDS` words and not
content-shaped.  A line is content-shaped, and stops the extension, when it

- ends like a sentence or a question, quotes somebody, or is running text;
- is an item of a list (``- item``, ``1. item``) or introduces one (ends with ``:``
  and the line after it is an item); above the anchor, a run of short lines that a line
  ending with a colon introduces ("Most-needed items:") is a list of the body, and stays
  whole, and below an anchor that stands in such a list only amounts and form fields
  go, never more items of the list (not even one shaped like a button, "Learn more");
- is a heading that leads body text: below the anchor, the line after it is a body
  paragraph, and it is not a button or an amount ("Continue", "Sign up", "$10/month");
- is guarded by the engine (code, a table row, see :mod:`cleannews.guards`);
- is already reported by another hit of the same pass (the blocks meet).

And the short lines taken on one side must look like a widget as a whole: one of them is
a button, an amount, a form field or a network ("Sign up", "$10/month", "Email
address", "Facebook"), or they reach the end of the document; above the anchor, a single
line (the widget's title) also goes when the lines below are a widget, but never the
document's first line, where the headline stands.
A run of short lines between paragraphs with none of these is a list or a heading of the
body.

The extended lines are reported in the anchor's removal record, whose reason says how many
lines of the block went with it.
"""

from __future__ import annotations

import regex

from . import lazyregex
from .document import Document, Hit
from .guards import Guard
from .shapes import is_body, is_reported_speech, word_count

__all__ = ["MAX_LINES", "MAX_WORDS", "extend", "is_widget_label"]

#: At most this many lines are added on each side of an anchor.
MAX_LINES = 6
#: A widget label has at most this many words.
MAX_WORDS = 6

_LIST_ITEM = lazyregex.compile(r"(?:[-–—•*·>▪◦]|\d{1,3}[.)]|[a-zA-Z][.)])\s")
_SENTENCE_END = lazyregex.compile(r"[.!?…;][\"'”’)\]]{0,3}+\Z")
# The pieces that widgets are made of, shared by the two patterns below.
_OPEN = r"[^\w$€£¥₹]{0,3}+"
_CLOSE = r"[\W_]{0,3}+"
_FIELD = r"(?:your\s|enter\s(?:your\s)?)?(?:e-?mail(?:\saddress)?|first\sname|last\sname|zip(?:\scode)?|postcode)"
_AMOUNT = (
    r"(?:other|custom)\samount"
    r"|(?:[$€£¥₹]|[A-Z]{1,3}\$?|R)\s?\d[\d,.]{0,12}+(?:\s?(?:/|a|per|every)\s?(?:month|mo|year|yr|week|wk))?+"
    r"(?:\s(?:monthly|yearly|annually|once|one-time))?+"
)
#: A button, an amount, a form field or a network: what a widget is made of, even right
#: above body text.
_BUTTON = lazyregex.compile(
    _OPEN + r"(?:(?:continue|submit|next|sign\s?up|subscribe|donate|give|join|register|log\s?in|sign\s?in|"
    r"learn\s(?:more|how)|see\smore|read\smore|more|close|no,?\sthanks|maybe\slater|got\sit|ok|"
    + _FIELD + r"|(?:your\s|enter\s(?:your\s)?)?name|"
    r"facebook|twitter|x|instagram|linkedin|whatsapp|telegram|youtube|tiktok|threads|bluesky|reddit|"
    r"pinterest|flipboard|copy\slink|print|share|one-time|once|monthly|annual|annually|yearly)"
    r"(?:\s(?:now|today|here|free))?+"
    r"|other|" + _AMOUNT + ")" + _CLOSE,
    regex.IGNORECASE,
)
#: The part of :data:`_BUTTON` that no list of an article holds: amounts and form fields.
_AMOUNT_OR_FIELD = lazyregex.compile(_OPEN + "(?:" + _FIELD + "|" + _AMOUNT + ")" + _CLOSE, regex.IGNORECASE)


def is_widget_label(text: str) -> bool:
    """True for a short line that can be a label or a button of a widget.

    At most :data:`MAX_WORDS` words, no sentence or question end, no quotation or
    reported speech, not a list item.
    """
    stripped = text.strip()
    return (
        bool(stripped)
        and word_count(stripped) <= MAX_WORDS
        and _SENTENCE_END.search(stripped) is None
        and _LIST_ITEM.match(stripped) is None
        and not is_reported_speech(stripped)
    )


def _joins(document: Document, index: int, step: int, guard: Guard) -> bool:
    """True if line ``index`` belongs to the block it is next to; ``step`` is 1 for a line
    below the anchor, -1 for a line above it."""
    text = document.lines[index].stripped
    if not is_widget_label(text) or guard.guarded(index):
        return False
    if step > 0 and index + 1 < len(document.lines):
        after = document.lines[index + 1].stripped
        if is_body(after) and not _BUTTON.fullmatch(text):
            return False  # a heading that leads body text (a button or an amount is no heading)
        if text.endswith(":") and _LIST_ITEM.match(after):
            return False  # a list's label
    return True


def _introduced(document: Document, first: int, end: int) -> bool:
    """True if the lines ``first``..``end - 1`` are introduced as a list: a line of them, or
    the line just above them, ends with a colon ("Most-needed items:")."""
    lines = document.lines
    start = first - 1 if first > 0 else first
    return any(lines[i].stripped.endswith(":") for i in range(start, end))


def _in_list(document: Document, index: int, taken: set[int]) -> bool:
    """True if line ``index`` stands in a list: the short lines right above it (none, or
    up to :data:`MAX_LINES`) are topped by a line ending with a colon ("three sizes:").
    Lines that other hits of the pass report (``taken``) are looked through."""
    lines = document.lines
    for i in range(index - 1, max(index - 2 - MAX_LINES, -1), -1):
        if i in taken:
            continue
        text = lines[i].stripped
        if text.endswith(":"):
            return True
        if not is_widget_label(text):
            return False
    return False


def _widget_run(document: Document, start: int, end: int) -> bool:
    """True if the short lines ``start``..``end - 1`` are a widget's: one of them is a
    button, an amount, a form field or a network, or they reach the end of the document
    (a widget after the article).  A run of short lines between
    paragraphs with none of these is a list or a heading of the body ("Pricing", "Free
    plan, $0", "Plus plan, $10/month")."""
    lines = document.lines
    if end == len(lines):
        return True
    return any(_BUTTON.fullmatch(lines[i].stripped) for i in range(start, end))


def extend(document: Document, hit: Hit, guard: Guard, taken: set[int]) -> Hit:
    """``hit`` grown over the widget lines of its block (``hit`` itself when there are none).

    ``taken`` holds the lines that other hits of the pass already report; the block stops
    before them.
    """
    if hit.span is not None:
        return hit
    first, last = hit.first, hit.last
    # never up to the first line: there stands the headline, not a widget's title
    while hit.first - first < MAX_LINES and first > 1 and first - 1 not in taken and _joins(
        document, first - 1, -1, guard
    ):
        first -= 1
    size = len(document.lines)
    while last - hit.last < MAX_LINES and last + 1 < size and last + 1 not in taken and _joins(
        document, last + 1, 1, guard
    ):
        last += 1
    # an anchor inside a list that a line ending with a colon introduces takes below it
    # only amounts and form fields, which no list of the body holds; the rest of the list
    # ("Small", "Large", "Learn more") is the body's
    below = last > hit.last and _widget_run(document, hit.last + 1, last + 1) and (
        not _in_list(document, hit.first, taken)
        or all(_AMOUNT_OR_FIELD.fullmatch(document.lines[i].stripped) for i in range(hit.last + 1, last + 1))
    )
    if not below:
        last = hit.last
    if first < hit.first and (
        _introduced(document, first, hit.first)
        or _in_list(document, first, taken)
        or not (_widget_run(document, first, hit.first) or (below and hit.first - first == 1))
    ):
        first = hit.first
    added = (hit.first - first) + (last - hit.last)
    if not added:
        return hit
    return Hit(first, last, f"{hit.reason}, with {added} short line{'s' if added > 1 else ''} of its block")
