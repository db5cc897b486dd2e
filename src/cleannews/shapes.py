"""Shapes of lines that many rules share: words, sentences, body paragraphs, quotes.

Rules recognise boilerplate by where it sits and how it is built as much as by its
wording.  The helpers here define the common vocabulary: a *body line* is a line of
running prose; the *head* is what comes before the first body line, the *tail* what
comes after the last one; *reported speech* is a line that quotes or cites someone,
which boilerplate never does.
"""

from __future__ import annotations

import re
from functools import lru_cache

import regex

from . import lazyregex
from .caching import text_cache
from .document import Document

__all__ = [
    "at_least_words",
    "body_indexes",
    "fold",
    "line_words",
    "head_end",
    "is_body",
    "is_reported_speech",
    "tail_start",
    "word_count",
]

WORD = lazyregex.compile(r"[\p{L}\p{N}][\p{L}\p{N}\p{M}'’\-.]*+")
#: What ends a sentence, what may close it (quotes, brackets), and the characters that
#: ``\s`` matches in ``regex`` patterns (``str.isspace`` also holds U+001C-U+001F): a line
#: ends like a sentence when, without trailing white space and then closers, its last
#: character is an end (the pattern ``[.!?…]["'”’)\]]*+\s*+$``, found from the end).
_SENTENCE_ENDS = frozenset(".!?…")
_CLOSERS = "\"'”’)]"
_SPACES = "\t\n\x0b\x0c\r \x85\xa0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a\u2028\u2029\u202f\u205f\u3000"
_QUOTE = lazyregex.compile(r"[\"“”„«»]")
_REPORTING = lazyregex.compile(
    r"\b(?:said|says|say|told|tells|according to|asked|added|explained|wrote|writes|stated|"
    r"recalled|noted|argued|warned|advised|insisted|urged|declared|announced|reported|reports)\b",
    regex.IGNORECASE,
)

#: A line with at least this many words and a sentence end is running prose.
BODY_MIN_WORDS = 14

# The only characters outside ASCII that the ``regex`` module's IGNORECASE matches with an
# ASCII letter (checked over all of Unicode): with them mapped, ``fold`` turns every
# character that a case-insensitive pattern could match with an ASCII letter into that
# letter, and no other character into an ASCII character.
_FOLD = str.maketrans({"\u0130": "i", "\u0131": "i", "\u017f": "s", "\u212a": "k"})
_ASCII_WORD = re.compile(r"[a-z]+")  # the stdlib engine: several times faster here


def fold(text: str) -> str:
    """``text`` in lower case, for quick necessary checks before case-insensitive patterns.

    If a case-insensitive pattern matches an ASCII literal (``support``, ``Image``) in
    ``text``, that literal, in lower case, is a substring of ``fold(text)``.  The only
    non-ASCII characters that ``regex`` matches with ASCII letters under IGNORECASE are
    ``İ`` and ``ı`` (with ``i`` and ``I``), ``ſ`` and the Kelvin sign; they are mapped.
    """
    if text.isascii() or not (
        "\u0130" in text or "\u0131" in text or "\u017f" in text or "\u212a" in text
    ):
        return text.lower()
    return text.translate(_FOLD).lower()


def line_words(document: Document) -> list[frozenset[str]]:
    """For each line of ``document``, the set of runs of ASCII letters in its folded text.

    A quick necessary check: when a case-insensitive pattern matches a word with ``\\b``
    on both sides (``\\bdonate\\b``), that word is in the line's set.  Computed once per
    document.
    """
    return document.fact("words", _line_words)


def _line_words(document: Document) -> list[frozenset[str]]:
    findall = _ASCII_WORD.findall
    return [frozenset(findall(fold(line.stripped))) for line in document.lines]


@text_cache(4096)
def word_count(text: str) -> int:
    """Number of words in ``text``."""
    return len(WORD.findall(text))


def ends_sentence(text: str) -> bool:
    """True if ``text`` ends like a sentence (., !, ?, … possibly before a closing quote)."""
    return text.rstrip(_SPACES).rstrip(_CLOSERS)[-1:] in _SENTENCE_ENDS


@lru_cache(maxsize=64)
def _word_starts(n: int) -> re.Pattern[str]:
    """A pattern that matches where ``n`` words of ``WORD`` start: white space, then ``n``
    times a run of tokens (runs of non-space) that start with neither a letter nor a number,
    a token that does (``[^\\W_]``: ``str.isalnum``, the same as ``\\p{L}`` or ``\\p{N}``), and
    white space.  Each such token starts a word of its own.  Possessive throughout: linear.
    """
    return re.compile(r"\s*+(?:(?:(?:[^\w\s]|_)\S*+\s*+)*+[^\W_]\S*+\s*+){%d}" % n)


def at_least_words(text: str, n: int) -> bool:
    """``word_count(text) >= n``, without counting every word of a long paragraph: ``n``
    words that start in the first ``12 * n`` characters settle it."""
    return _word_starts(n).match(text, 0, 12 * n) is not None or word_count(text) >= n


def is_body(text: str) -> bool:
    """True for a line of running prose: at least ``BODY_MIN_WORDS`` words, ending like a
    sentence (the cheap test first)."""
    return ends_sentence(text) and at_least_words(text, BODY_MIN_WORDS)


def is_reported_speech(text: str) -> bool:
    """True if the line quotes somebody or reports what somebody said."""
    return _QUOTE.search(text) is not None or _REPORTING.search(text) is not None


def body_indexes(document: Document) -> list[int]:
    """Indexes of the body lines of ``document``."""
    return [line.index for line in document.lines if is_body(line.stripped)]


def head_end(document: Document) -> int:
    """Index of the first body line (``len(document)`` when there is none)."""
    return document.fact("head_end", _head_end)


def _head_end(document: Document) -> int:
    for line in document.lines:
        if is_body(line.stripped):
            return line.index
    return len(document)


def tail_start(document: Document) -> int:
    """Index just after the last body line (0 when there is none)."""
    return document.fact("tail_start", _tail_start)


def _tail_start(document: Document) -> int:
    for line in reversed(document.lines):
        if is_body(line.stripped):
            return line.index + 1
    return 0
