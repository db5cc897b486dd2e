"""Shapes of lines that many rules share: words, sentences, body paragraphs, quotes.

Rules recognise boilerplate by where it sits and how it is built as much as by its
wording.  The helpers here define the common vocabulary: a *body line* is a line of
running prose; the *head* is what comes before the first body line, the *tail* what
comes after the last one; *reported speech* is a line that quotes or cites someone,
which boilerplate never does.
"""

from __future__ import annotations

from functools import lru_cache

import regex

from .document import Document

__all__ = [
    "body_indexes",
    "head_end",
    "is_body",
    "is_reported_speech",
    "tail_start",
    "word_count",
]

WORD = regex.compile(r"[\p{L}\p{N}][\p{L}\p{N}\p{M}'’\-.]*+")
_SENTENCE_END = regex.compile(r"[.!?…][\"'”’)\]]*+\s*+$")
_QUOTE = regex.compile(r"[\"“”„«»]")
_REPORTING = regex.compile(
    r"\b(?:said|says|say|told|tells|according to|asked|added|explained|wrote|writes|stated|"
    r"recalled|noted|argued|warned|advised|insisted|urged|declared|announced|reported|reports)\b",
    regex.IGNORECASE,
)

#: A line with at least this many words and a sentence end is running prose.
BODY_MIN_WORDS = 14


@lru_cache(maxsize=4096)
def word_count(text: str) -> int:
    """Number of words in ``text``."""
    return sum(1 for _ in WORD.finditer(text))


def ends_sentence(text: str) -> bool:
    """True if ``text`` ends like a sentence (., !, ?, … possibly before a closing quote)."""
    return _SENTENCE_END.search(text) is not None


def is_body(text: str) -> bool:
    """True for a line of running prose: long enough and ending like a sentence."""
    return word_count(text) >= BODY_MIN_WORDS and ends_sentence(text)


def is_reported_speech(text: str) -> bool:
    """True if the line quotes somebody or reports what somebody said."""
    return _QUOTE.search(text) is not None or _REPORTING.search(text) is not None


def body_indexes(document: Document) -> list[int]:
    """Indexes of the body lines of ``document``."""
    return [line.index for line in document.lines if is_body(line.stripped)]


def head_end(document: Document) -> int:
    """Index of the first body line (``len(document)`` when there is none)."""
    for line in document.lines:
        if is_body(line.stripped):
            return line.index
    return len(document)


def tail_start(document: Document) -> int:
    """Index just after the last body line (0 when there is none)."""
    for line in reversed(document.lines):
        if is_body(line.stripped):
            return line.index + 1
    return 0
