"""Helpers shared by the page-chrome rules: label decorations and patterns, short-line scans."""

from __future__ import annotations

from operator import attrgetter

import regex

from ... import lazyregex
from ...lazyregex import LazyPattern
from ...document import Document
from .._quick import OPEN_CHARS, label_head


# ---------------------------------------------------------------------------------------
# shared helpers

_I = regex.IGNORECASE | regex.V1

#: Decorations a widget label may carry: bullets, dashes, brackets, trailing colon or bang.
_OPEN = r"[\s\-–—•·|\[\(]{0,8}+"
_CLOSE = r"[\s\-–—•·|\]\):!.…]{0,8}+"


def _label(body: str) -> LazyPattern:
    """A pattern matching a whole (stripped) line that is just the label ``body``."""
    return lazyregex.compile(_OPEN + r"(?:" + body + r")" + _CLOSE, _I)


def _fits(text: str, limit: int) -> bool:
    return 0 < len(text) <= limit


_ASCII_LOWER = frozenset("abcdefghijklmnopqrstuvwxyz")


def _may_be_label(folded: str, starts: tuple[str, ...]) -> bool:
    """Quick necessary check for a label pattern (see ``_label``) whose bodies all start
    with a letter or digit, and with one of ``starts`` (folded) when with an ASCII letter.

    ``folded`` is the line's folded text (``_quick.cfold``).  Lines whose label would
    start with anything but an ASCII letter (digits, other scripts) are let through.
    """
    head = label_head(folded)
    if not head:
        return False
    return head[0] not in _ASCII_LOWER or head.startswith(starts)


_REPORTING_VERB = lazyregex.compile(r"\b(?:said|says|told|tells|according)\b", _I)
_SENTENCE_BREAK = lazyregex.compile(r"[.!?][\"'”’)]*+\s{1,8}+[\p{Lu}\"“‘']")


#: Every character a label's decorations (``_OPEN``, ``_CLOSE``) can be, white space included.
#: When a line fullmatches a ``_label`` pattern whose body starts and ends with a letter or
#: digit, its folded text stripped of these is exactly the folded body ("bare").
_DECOR = OPEN_CHARS + "]):!.…"


# Facts about the lines that the trigger tests of several rules share, found once per
# document with operations that run in C over the whole list where possible.

_STRIPPED = attrgetter("stripped")


def _texts(doc: Document) -> list[str]:
    """Each line's stripped text."""
    return doc.fact("cn4.texts", _stripped_texts)


def _stripped_texts(doc: Document) -> list[str]:
    return list(map(_STRIPPED, doc.lines))


def _short_lines(doc: Document) -> list[int]:
    """Indexes of the lines of at most 120 characters (a widget label, an ad marker and a
    glued tag line are all that short)."""
    return doc.fact("cn4.short", _find_short_lines)


def _find_short_lines(doc: Document) -> list[int]:
    return [i for i, text in enumerate(_texts(doc)) if len(text) <= 120]


#: A word of _title_case (compiled once, not looked up in regex's cache on every call).
_TITLE_WORD = lazyregex.compile(r"[\p{L}][\p{L}'’\-]{0,60}+")


def _title_case(text: str) -> bool:
    """True when nearly every longer word is capitalised (a Title Case headline)."""
    words = [w for w in _TITLE_WORD.findall(text[:400]) if len(w) > 3]
    if len(words) < 2:
        return False
    caps = sum(1 for w in words if w[0].isupper())
    return caps >= 0.8 * len(words)
