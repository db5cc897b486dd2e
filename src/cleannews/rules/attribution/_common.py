"""Helpers shared by the attribution rules: line limits, white space, the lead of a line."""

from __future__ import annotations

from collections.abc import Iterable

from ...shapes import fold
from .._quick import SPACES


# ---------------------------------------------------------------------------------------
# Limits: attribution lines are short.  Anything longer is skipped before any regex runs.
_MAX_LINE = 240
_MAX_BIO = 600
_ZONE_WORDS = 12  # a line this long (that is not itself attribution) ends the head / tail

# ---------------------------------------------------------------------------------------
# Quick necessary checks.  Most lines are prose that no rule here removes.  First, each
# rule declares trigger words (see "Trigger words" below): the engine calls it only on
# documents where some line holds one of them, and the rule reads only those lines
# (``_candidates``); the timestamp rules instead need a line that may be a timestamp
# (``_ts_lines``).  Then, before its slow patterns run, each rule tests plain ``str``
# conditions that every line it removes meets (see ``_line_flags``), so a line that fails
# them is skipped and the result is the same, only found faster.  Case-insensitive
# patterns are checked on ``fold``ed text (see :func:`cleannews.shapes.fold`): an ASCII
# literal such a pattern matches is a substring of the folded text, and a prefix of it
# when the match starts the text; ``fold`` maps each character to one character, so
# ``fold`` of a prefix is the prefix of ``fold``.  tests/test_gates.py pins every check,
# tests/test_triggers.py every trigger.

#: Every character ``str.isspace`` accepts below U+3001 (``_quick.SPACES``).
_SPACE = SPACES
#: What the patterns allow before their first word: dashes, asterisks, white space.
_LEAD_STRIP = "—–-*" + _SPACE
_ASCII_LOWER = "abcdefghijklmnopqrstuvwxyz"
_ASCII_UPPER = _ASCII_LOWER.upper()


# ---------------------------------------------------------------------------------------
# Trigger words (see cleannews.triggers).  A rule with words is called only on documents
# where a line's ``fold_line`` holds one of them, and then looks only at those lines.  Each
# list is a necessary condition of the rule's patterns: an ASCII literal that a pattern
# matches, case-insensitively or not, is in the ``fold_line`` of the text, and so is a
# character without case (white space, punctuation) next to it.

#: White space a line may hold: ``_SPACE`` (which holds every character of ``regex``'s
#: ``\s``) without the line break.
_LINE_SPACE = _SPACE.replace("\n", "")


def _spaced(lefts: Iterable[str], rights: Iterable[str], *, optional: bool = False) -> tuple[str, ...]:
    """Trigger words for ``LEFT\\s++RIGHT`` (``LEFT\\s*+RIGHT`` with ``optional``).

    After ``left`` comes a white-space character ``w``: ``left + w`` when it is not a space;
    after a space, either more white space (``left + " " + w``) or ``right``.
    """
    words: set[str] = set()
    for left in lefts:
        for right in rights:
            words.add(left + " " + right)
            if optional:
                words.add(left + right)
        words.update(left + w for w in _LINE_SPACE if w != " ")
        words.update(left + " " + w for w in _LINE_SPACE)
    return tuple(sorted(words))


def _lead(s: str) -> str:
    """The folded first 16 characters of ``s`` after any dashes, asterisks and white space.

    When a pattern allows only such characters before a word it requires at the start,
    and the word starts with a letter, the folded word starts ``_lead(s)`` (if it is 16
    characters or shorter).
    """
    h = s.lstrip(_LEAD_STRIP)[:16]
    return h.lower() if h.isascii() else fold(h)


def _has_any(text: str, words: tuple[str, ...]) -> bool:
    for word in words:
        if word in text:
            return True
    return False
