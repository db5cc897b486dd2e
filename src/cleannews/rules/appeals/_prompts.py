"""Helpers shared by the appeal rules: prompt length limits, reported speech, short prompt lines."""

from __future__ import annotations

from collections.abc import Iterator

import regex

from ... import lazyregex
from ...lazyregex import LazyPattern
from ...document import Document, Line
from ...shapes import word_count
from .._quick import folded_lines


_I = regex.IGNORECASE

#: Longest line (in characters) any line rule here looks at; prompts are short.
_MAX_PROMPT_CHARS = 600
#: Longest line (in characters) the appeal block looks at.
_MAX_APPEAL_CHARS = 2000

# --- shared helpers ---------------------------------------------------------------------

_SPEECH = lazyregex.compile(
    r"[\"“”„«»]|\b(?:said|says|told|tells|according to|asked|added|warned|argued|noted|explained)\b", _I
)


def _is_speech(text: str) -> bool:
    """Quoted or reported speech: a source talking, never the publisher's prompt."""
    return _SPEECH.search(text) is not None


def _sentences_start(pattern: str) -> LazyPattern:
    """A pattern that must begin the line or a sentence inside it."""
    return lazyregex.compile(r"(?:^|(?<=[.!?…]\s{1,3}))(?:" + pattern + r")", _I)


def _short_prompt(line: Line, max_words: int = 45) -> str | None:
    """The stripped text when the line is short enough to be a prompt and is not speech."""
    text = line.stripped
    if not text or len(text) > _MAX_PROMPT_CHARS or word_count(text) > max_words:
        return None
    if _is_speech(text):
        return None
    return text


def _prompt_lines(
    doc: Document,
    candidates: list[int],
    pattern: LazyPattern,
    max_words: int,
    starts: tuple[str, ...],
    inside: tuple[str, ...] = (),
) -> Iterator[Line]:
    """Lines among ``candidates`` that match ``pattern`` and are short, non-speech prompts.

    ``candidates`` are the indexes of the lines that hold one of the rule's trigger words
    (a line ``pattern`` matches holds one).  ``pattern`` can only match a line whose
    folded text (see ``_quick.cfold``) starts with one of ``starts`` or contains one of
    ``inside``: that is checked first.
    """
    folded = folded_lines(doc)
    lines = doc.lines
    for index in candidates:
        line = lines[index]
        text = line.text
        if len(text) > _MAX_PROMPT_CHARS:
            continue
        head = folded[line.index]
        if not head.startswith(starts) and not any(cue in head for cue in inside):
            continue
        stripped = line.stripped
        if pattern.search(stripped) is not None and _short_prompt(line, max_words) is not None:
            yield line
