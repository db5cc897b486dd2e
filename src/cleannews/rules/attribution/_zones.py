"""Where attribution sits: the head (before the first paragraph) and the tail (after the last
one) of a document, lines next to an anchor, lists and tables.
"""

from __future__ import annotations


from ... import lazyregex
from ...caching import text_cache
from ...document import Document
from ...shapes import BODY_MIN_WORDS, at_least_words, is_body
from ._bios import _bio_like, _outlet_blurb
from ._byline_kind import byline_kind
from ._common import _ZONE_WORDS
from ._contacts import _contact_like
from ._funding import _funding_like
from ._gates import _F_BIO, _F_BY, _F_CONTACT, _F_FUND, _F_TRAIL, _F_TS, _line_flags
from ._names import is_name
from ._timestamp_kind import _dated_section, timestamp_kind
from ._trailers import _trailer_reason


# ---------------------------------------------------------------------------------------
# Zones: the head (before the first paragraph) and the tail (after the last one)


@text_cache(2048)
def _is_candidate(text: str) -> bool:
    """Lines this module recognises whatever their position (used to find the zones; a pure
    function of the text, so cached)."""
    # each function below first tests its own bit, of the stripped text or of the text
    if not (
        _line_flags(text.strip()) & (_F_TS | _F_BY | _F_TRAIL) or _line_flags(text) & (_F_BIO | _F_FUND | _F_CONTACT)
    ):
        return _outlet_blurb(text)
    return (
        timestamp_kind(text) is not None
        or byline_kind(text) is not None
        or _trailer_reason(text) is not None
        or _bio_like(text)
        or _funding_like(text)
        or _contact_like(text)
    ) or _outlet_blurb(text)


#: The shortest text that ``_long`` can accept (see there).
_LONG_MIN_CHARS = 2 * min(_ZONE_WORDS, BODY_MIN_WORDS) - 1
#: ``is_body`` (cleannews.shapes) kept per text: the head and the tail are found line by
#: line on every document.
_is_body = text_cache(4096)(is_body)


@text_cache(4096)
def _long(text: str) -> bool:
    """At least ``_ZONE_WORDS`` words, or running prose (a pure function of the text, so
    cached: the head and the tail are found line by line on every document)."""
    # a word of ``WORD`` (cleannews.shapes) is a letter or number followed by more of them
    # and "'’-.", and it ends before a character that cannot go on it, which no word starts
    # with: n words take at least 2n - 1 characters (and so do n starts of words for
    # ``at_least_words``'s first count, each after white space).
    if len(text) < _LONG_MIN_CHARS:
        return False
    # running prose (``is_body``) has ``BODY_MIN_WORDS >= _ZONE_WORDS`` words: it is long
    # by the word count alone
    return at_least_words(text, _ZONE_WORDS)


assert BODY_MIN_WORDS >= _ZONE_WORDS  # ``_long`` relies on it


def _head_end(doc: Document) -> int:
    """Index of the first line after the head (found once per document)."""
    return doc.fact("cn3.head_end", _find_head_end)


def _tail_start(doc: Document) -> int:
    """Index of the first line of the tail (found once per document)."""
    return doc.fact("cn3.tail_start", _find_tail_start)


def _find_head_end(doc: Document) -> int:
    for line in doc.lines:
        s = line.stripped
        # a long first line is usually the headline: only running prose ends the head there,
        # unless a dated timestamp or a byline follows it before the next long line
        if (_is_body(s) if line.index == 0 else _long(s)) and not _is_candidate(s):
            if line.index == 0 and _sentence_headline(doc):
                continue
            return line.index
    return len(doc)


def _sentence_headline(doc: Document) -> bool:
    """The first line reads as a sentence but is a headline ("I quit my job at 41. Here's
    what I learned."): at most 20 words, and among the short lines after it, before the
    next long line, a byline, or a name line and then a dated timestamp (a lone date after
    a short first paragraph is not enough)."""
    lines = doc.lines
    if at_least_words(lines[0].stripped, 21):
        return False
    named = False
    for line in lines[1:]:
        s = line.stripped
        if not s:
            continue
        if byline_kind(s) not in (None, "composite-bare") or (named and timestamp_kind(s) in ("stamped", "date")):
            return True
        if _long(s):
            return False
        named = named or is_name(s, max_tokens=4)
    return False


def _find_tail_start(doc: Document) -> int:
    for line in reversed(doc.lines):
        s = line.stripped
        if _long(s) and not _is_candidate(s):
            return line.index + 1
    return 0


def _in_zone(doc: Document, index: int) -> bool:
    """True for a line in the head or the tail of ``doc`` (both found once per document)."""
    return index < _head_end(doc) or index >= _tail_start(doc)


# ---------------------------------------------------------------------------------------
# CN303 timestamps and CN304 read times


def _attribution_anchor(text: str, dates: bool = True) -> bool:
    """A byline or a dated timestamp; with ``dates`` false, a bare date or relative time
    ("March 4, 2019", "2 days ago") does not count."""
    kind = timestamp_kind(text)
    if kind is not None:
        return kind not in ("time", "label") and (dates or kind not in ("date", "relative"))
    kind = byline_kind(text)
    return kind is not None and kind != "composite-bare"


def _next_to_anchor(doc: Document, index: int, dates: bool = True) -> bool:
    """True if the line before or after ``index`` is a byline or a dated timestamp (see
    ``_attribution_anchor``)."""
    lines = doc.lines
    prev = lines[index - 1].stripped if index > 0 else ""
    nxt = lines[index + 1].stripped if index + 1 < len(lines) else ""
    return _attribution_anchor(prev, dates) or _attribution_anchor(nxt, dates)


#: A list item or a table row: "- March 3, 2024", "2. Updated ...", "| Task | Date |".
_LIST_ITEM = lazyregex.compile(r"(?:[-*•+◦▪]|\d{1,3}+[.)])[ \t]|\|")
_BULLETS = frozenset("-*•+◦▪")


def _is_item(s: str) -> bool:
    r"""``_LIST_ITEM.match(s) is not None`` for a non-empty ``s``, with the pattern run only
    on a line that starts with a digit or outside ASCII: a bullet must be followed by a
    space or a tab, a "|" is enough, and any other ASCII first character but "0"-"9"
    fails every alternative.  (``regex``'s ``\d`` may know digits that ``str.isdigit``,
    on an older Unicode, does not: those go to the pattern.)"""
    c = s[0]
    if c in _BULLETS:
        return s[1:2] in (" ", "\t")
    if c == "|":
        return True
    if c.isascii() and not "0" <= c <= "9":
        return False
    return _LIST_ITEM.match(s) is not None


#: What ``_listed`` found of each line it looked at (kept per document in a list, ``None``
#: for a line not looked at yet): the lists of a page are walked from each of their items.
_BLANK, _ITEM, _OTHER = "blank", "item", "other"


def _no_marks(doc: Document) -> list[str | None]:
    return [None] * len(doc.lines)


def _listed(doc: Document, index: int) -> bool:
    """An item of a list or a row of a table (another item or row stands within three lines
    before or after it): such a line is kept.  A lone "- Published 18 November
    2019" is no list.  In the head, a list of attribution lines only is the "- Jane Doe /
    - Sep 26, 2022 / - 2 min read" header of some blogs; a list with an item of four words
    or more that is not a timestamp or byline ("- Added export to CSV") is content."""
    lines = doc.lines
    if not lines[index].stripped or not _is_item(lines[index].stripped):
        return False
    items = [index]
    marks = doc.fact("cn3.item_marks", _no_marks)
    # the lines within _LIST_REACH before it (nearest first), then those after it
    for window in (
        range(index - 1, max(-1, index - _LIST_REACH - 1), -1),
        range(index + 1, min(len(lines), index + _LIST_REACH + 1)),
    ):
        gap = 0  # lines since the last item: an ad marker or a prompt may sit inside a list
        for j in window:
            mark = marks[j]
            if mark is None:
                s = lines[j].stripped
                mark = marks[j] = (_ITEM if _is_item(s) else _OTHER) if s else _BLANK
            if mark is _ITEM:
                items.append(j)
                gap = 0
            elif mark is _OTHER:
                gap += 1
                if gap > _LIST_GAP:
                    break
    if len(items) < 2:
        return False
    if index >= _head_end(doc):
        return True
    return any(_content_item(lines[j].stripped) for j in items)


#: How far (in lines) ``_listed`` looks for the other items of a list, and how many other
#: lines may stand between two items of one list (an ad marker, a share prompt).
_LIST_REACH = 30
_LIST_GAP = 3


def _content_item(text: str) -> bool:
    """A list item of four words or more that is not a timestamp or a byline."""
    body = _LIST_ITEM.sub("", text, count=1).strip()
    return (
        at_least_words(body, 4) and timestamp_kind(body) is None and byline_kind(body) is None
    )


def _table_like(doc: Document, index: int) -> bool:
    """The nearest non-blank line before or after ``index`` is built like it: another
    unmarked name-and-date line or a dated section (rows of a table of dates)."""
    lines = doc.lines
    for step in (-1, 1):
        j = index + step
        while 0 <= j < len(lines) and not lines[j].stripped:
            j += step
        if 0 <= j < len(lines):
            s = lines[j].stripped
            if byline_kind(s) == "composite-bare" or _dated_section(s):
                return True
    return False
