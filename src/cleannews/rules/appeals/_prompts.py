"""Helpers shared by the appeal rules: prompt length limits, reported speech, short prompt lines."""

from __future__ import annotations

from collections.abc import Iterator

import regex

from ... import lazyregex
from ...lazyregex import LazyPattern
from ...document import Document, Line
from ...shapes import word_count
from .._quick import cfold, folded_lines


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


def _short_text(text: str, max_words: int = 45) -> bool:
    """True when the stripped text is short enough to be a prompt and is not speech."""
    return bool(text) and len(text) <= _MAX_PROMPT_CHARS and word_count(text) <= max_words and not _is_speech(text)


def _short_prompt(line: Line, max_words: int = 45) -> str | None:
    """The stripped text when the line is short enough to be a prompt and is not speech."""
    text = line.stripped
    return text if _short_text(text, max_words) else None


class _PromptTest:
    """A test of a stripped line's text: does ``pattern`` match it, and is it a short,
    non-speech prompt (_short_text)?

    ``pattern`` can only match a line whose folded text (see ``_quick.cfold``) starts
    with one of ``starts`` or contains one of ``inside``: that is checked first.  The
    test is a pure function of the text and keeps its answers per text in ``known``
    (lines recur across a publisher's pages and a document's passes), at most
    _KNOWN_PROMPTS of them (then it starts afresh).  It takes the folded text ``f`` when
    the caller has it (the document's folded_lines, made by the trigger scan): a first
    sight need not fold the line again, which an lru_cache keyed by the text alone could
    not offer.  _prompt_lines looks ``known`` up itself (no Python call on a known text).
    """

    __slots__ = ("known", "_pattern", "_max_words", "_starts", "_inside")

    def __init__(
        self, pattern: LazyPattern, max_words: int, starts: tuple[str, ...], inside: tuple[str, ...] = ()
    ) -> None:
        self.known: dict[str, bool] = {}
        self._pattern, self._max_words, self._starts, self._inside = pattern, max_words, starts, inside

    def __call__(self, text: str, f: str | None = None) -> bool:
        answer = self.known.get(text)
        return self.learn(text, f) if answer is None else answer

    def learn(self, text: str, f: str | None = None) -> bool:
        """The answer for ``text`` (``f``: its folded text, or None), found and kept."""
        if f is None:
            f = cfold(text)
        answer = (f.startswith(self._starts) or any(cue in f for cue in self._inside)) and (
            self._pattern.search(text) is not None and _short_text(text, self._max_words)
        )
        known = self.known
        if len(known) >= _KNOWN_PROMPTS:
            known.clear()
        known[text] = answer
        return answer


_prompt_test = _PromptTest

#: How many answers each _prompt_test keeps.
_KNOWN_PROMPTS = 4096


def _prompt_lines(doc: Document, candidates: list[int], test: _PromptTest) -> Iterator[Line]:
    """Lines among ``candidates`` whose stripped text passes ``test`` (a _prompt_test).

    ``candidates`` are the indexes of the lines that hold one of the rule's trigger words
    (a line the test's pattern matches holds one); a line longer than _MAX_PROMPT_CHARS
    with its surrounding white space is never a prompt.
    """
    lines = doc.lines
    folded = folded_lines(doc)  # cfold of each line's stripped text, made by the scan
    known = test.known.get
    for index in candidates:
        line = lines[index]
        if len(line.text) <= _MAX_PROMPT_CHARS:
            answer = known(line.stripped)
            if answer is None:
                answer = test.learn(line.stripped, folded[index])
            if answer:
                yield line
