"""Triggers: where a rule can fire, found for every rule in one scan of the document.

Most rules can only remove a line that contains one of a few words ("getty", "newsletter",
"©"), and most documents hold none of them.  A rule declares those words (and, for rules
that look at the shape of lines rather than their words, a cheap test of the whole
document); before each pass the engine finds the lines that contain any rule's words with
one Aho-Corasick scan, calls only the rules that can fire, and hands each the lines its
words occur on.  What the scan found is kept per line text for the document's later
passes, which scan only the lines that a cut changed.

The words are a *necessary condition*: if a rule removes something, the document has a
line whose case-folded text (:func:`fold_line`) contains one of its words, or its document
test is true.  ``tests/test_triggers.py`` checks this for every built-in rule: a rule
called on every line finds exactly what it finds on its candidate lines only.

Case folding: for every ASCII literal ``w`` that a case-insensitive ``regex`` pattern
(simple or full case folding) matches in a text, ``w.lower()`` is a substring of
``fold_line(text)``; see :func:`fold_line`.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from functools import lru_cache
from operator import itemgetter
from typing import TYPE_CHECKING

import ahocorasick_rs

if TYPE_CHECKING:
    from .document import Document

__all__ = ["ScanMemo", "Trigger", "TriggerIndex", "fold_line", "folded_lines"]


_ASCII_BYTES = bytes(range(128))
#: Runs of UTF-8 characters that case folding leaves as they are and that news text is full
#: of (``tests/test_triggers.py`` checks every character it matches): the no-break space
#: and the Latin-1 signs but the micro sign (U+00A0-U+00BF but U+00B5), the multiplication
#: sign, the small Latin-1 letters but "ß" (U+00E0-U+00FF), the general punctuation (U+2000-
#: U+206F: dashes, quotes, ellipsis, bullets, spaces), currency signs (U+20A0-U+20CF),
#: the trade mark sign and arrows (U+2190-U+21FF).
_UNCASED = re.compile(
    b"(?:\xc2[\xa0-\xb4\xb6-\xbf]|\xc3[\x97\xa0-\xbf]|\xe2(?:\x80[\x80-\xbf]|\x81[\x80-\xaf]"
    b"|\x82[\xa0-\xbf]|\x83[\x80-\x8f]|\x84\xa2|\x86[\x90-\xbf]|\x87[\x80-\xbf]))*+"
)


def fold_line(text: str) -> str:
    """``text`` case-folded, with ``İ`` and ``ı`` as plain ``i``.

    Covers both kinds of case-insensitive matching in ``regex``: the simple folding of
    ``IGNORECASE`` (where ``İ``, ``ı``, ``ſ`` and the Kelvin sign match ``i``, ``s``, ``k``)
    and the full folding of ``IGNORECASE | V1`` (where ``ß`` matches ``ss`` too).
    """
    if text.isascii():
        return text.lower()
    data = text.encode("utf-8", "surrogatepass")
    if _UNCASED.fullmatch(data.translate(None, _ASCII_BYTES)) is not None:
        # every character outside ASCII folds to itself: only the ASCII letters change,
        # which ``bytes.lower`` does to the UTF-8 (several times faster than ``casefold``)
        return data.lower().decode("utf-8", "surrogatepass")
    if "\u0130" in text:
        text = text.replace("\u0130", "i")
    if "\u0131" in text:
        text = text.replace("\u0131", "i")
    return text.casefold()


#: Lines folded and scanned together: long documents go in blocks of this many lines, so
#: that the text being scanned stays small (and in the processor's cache).
BLOCK_LINES = 512


_FOLDED = "cn.casefolded"


def folded_lines(document: Document) -> list[str]:
    """:func:`fold_line` of each line's stripped text, computed once per document.

    Folding maps each character on its own and never makes a line break, so the lines
    are folded a block at a time, joined by line breaks, and split again.
    """
    return document.fact(_FOLDED, _fold_lines)


def _fold_lines(document: Document) -> list[str]:
    lines = document.lines
    folded: list[str] = []
    for start in range(0, len(lines), BLOCK_LINES):
        block = lines[start : start + BLOCK_LINES]
        folded += fold_line("\n".join([line.stripped for line in block])).split("\n")
    return folded


DocumentTest = Callable[["Document"], bool]


def _all_valid(words: tuple[str, ...]) -> bool:
    """True if every word is non-empty, case-folded text on one line: checked on all the
    words at once (folding maps each character on its own, and a character that folds
    changes, so a text is folded exactly when each of its lines is)."""
    if not words:
        return True
    joined = "\n".join(words)
    return all(words) and joined.count("\n") == len(words) - 1 and fold_line(joined) == joined


@dataclass(frozen=True)
class Trigger:
    """A necessary condition for a rule to fire.

    ``words`` are case-folded literals (``fold_line(word) == word``, mostly ASCII): a rule
    with words can only fire when some line's folded text contains one.  ``when`` is a cheap test of the whole document for
    rules that look at shapes (runs of short lines, repeated lines); with both, the rule
    runs when either holds.  ``local=True`` says that whether the rule removes a line (or
    a span of it) depends on that line's text alone, so after a pass the engine only
    offers it lines whose text changed.
    """

    words: tuple[str, ...] = ()
    when: DocumentTest | None = None
    local: bool = False

    def __post_init__(self) -> None:
        if not _all_valid(self.words):
            for word in self.words:
                if not word or word != fold_line(word) or "\n" in word:
                    raise ValueError(f"trigger word {word!r} must be non-empty, case-folded text on one line")
        if not self.words and self.when is None:
            raise ValueError("a trigger needs words, a document test (when), or both")


class TriggerIndex:
    """The words of several triggers in one automaton.

    :meth:`scan` returns, for each trigger, the indexes of the lines that contain one of
    its words, or ``None`` when the rule need not run at all.
    """

    def __init__(self, triggers: Sequence[Trigger | None]) -> None:
        self.triggers = tuple(triggers)
        words: dict[str, list[int]] = {}
        for position, trigger in enumerate(self.triggers):
            if trigger is not None:
                for word in trigger.words:
                    words.setdefault(word, []).append(position)
        # per word, the triggers that hold it as a bit mask (bit n: trigger n)
        self._masks = [sum(1 << position for position in set(owners)) for owners in words.values()]
        self._positions: dict[int, tuple[int, ...]] = {}  # bit mask -> trigger positions
        self._find = _finder(tuple(words)) if words else None
        self._longest = max((len(word.encode("utf-8", "surrogatepass")) for word in words), default=1)
        self._untriggered = [n for n, t in enumerate(self.triggers) if t is None]
        self._tested = [(n, t.when, t.local) for n, t in enumerate(self.triggers) if t is not None and t.when]
        self._local = [n for n, t in enumerate(self.triggers) if t is not None and t.local]

    def scan(
        self, document: Document, changed: set[int] | None = None, memo: ScanMemo | None = None,
    ) -> list[list[int] | None]:
        """For each trigger, the lines its rule must look at, or ``None`` when it cannot fire.

        A rule without a trigger gets every line; so does a rule whose ``when`` test is
        true; otherwise a rule gets the lines that contain one of its words.  ``changed``
        (line indexes whose text changed since the last pass) restricts local rules to
        those lines: on every other line they already ran.

        ``memo`` keeps what the scan found per line text; the scan fills it and looks only
        at lines it does not know, so a later pass over the same document (the engine
        passes one memo per document) folds and scans only the lines a cut changed.
        """
        if memo is None:
            memo = ScanMemo()
        lines = document.lines
        # every rule gets a list of its own: one rule changing it cannot affect another
        result: list[list[int] | None] = [None] * len(self.triggers)
        if self._find is not None:
            found_on = self._learn(document, memo)
            if found_on is None:  # some lines were known: look each line's text up
                held = memo.positions
                found_on = {}
                for index, line in enumerate(lines):
                    positions = held.get(line.stripped)
                    if positions:
                        found_on[index] = positions
            for index, positions in found_on.items():
                for position in positions:
                    found = result[position]
                    if found is None:
                        result[position] = [index]
                    else:
                        found.append(index)
        size = len(lines)
        # one list of every index, copied for each rule that gets them all: the copies share
        # its int objects (8 bytes an entry instead of 36 on a document of many lines)
        every: list[int] | None = None
        for position in self._untriggered:
            every = every or list(range(size))
            result[position] = every.copy()
        for position, when, local in self._tested:
            if (not local or changed is None or changed) and when(document):
                every = every or list(range(size))
                result[position] = every.copy()
        if changed is not None:
            for position in self._local:
                current = result[position]
                kept = [i for i in current if i in changed] if current is not None else []
                result[position] = kept or None
        return result

    def _positions_of(self, mask: int) -> tuple[int, ...]:
        """The trigger positions of the bits of ``mask``, in order (remembered: the masks
        that occur are few; the memory is capped)."""
        positions = self._positions.get(mask)
        if positions is None:
            if len(self._positions) >= 4096:
                self._positions.clear()
            positions = self._positions[mask] = tuple(n for n in range(mask.bit_length()) if mask >> n & 1)
        return positions

    def _learn(self, document: Document, memo: ScanMemo) -> dict[int, tuple[int, ...]] | None:
        """Add to ``memo`` the folded text of each line of ``document`` that it does not
        know, and the triggers whose words it holds.

        When ``memo`` knew none of the lines, returns the triggers found per line index
        (in line order, only lines that hold a word); otherwise ``None``, and the caller
        looks each line's text up in ``memo.positions``.
        """
        lines = document.lines
        known = memo.folded
        texts = [line.stripped for line in lines if line.stripped not in known]
        whole = len(texts) == len(lines)
        if whole:
            folded = folded_lines(document)  # the fact rules use too
        else:
            folded = fold_line("\n".join(texts)).split("\n") if texts else []
        find, masks, remembered = self._find, self._masks, memo.positions
        assert find is not None
        found_on: dict[int, tuple[int, ...]] = {}
        for first in range(0, len(texts), BLOCK_LINES):
            block = folded[first : first + BLOCK_LINES]
            data = "\n".join(block).encode("utf-8", "surrogatepass")
            held: dict[int, int] = {}  # line -> bit mask of the triggers whose words it holds
            # the matches in the order they start, and a running count of the line breaks
            # before each start (linear in the text, whatever the number of matches)
            line = at = 0
            count = data.count
            for offset, limit, matches in _windows(find, data, self._longest):
                matches.sort(key=_START)
                for word, start, _end in matches:
                    if start >= limit:
                        break
                    start += offset
                    if start != at:
                        line += count(b"\n", at, start)
                        at = start
                    held[line] = held.get(line, 0) | masks[word]
            block_texts = texts[first : first + BLOCK_LINES]
            known.update(zip(block_texts, block))
            for line in sorted(held):
                positions_found = remembered[block_texts[line]] = self._positions_of(held[line])
                found_on[first + line] = positions_found
        if not whole:
            # the fact rules use, from what this and the earlier passes folded
            document.fact(_FOLDED, lambda doc: [known[line.stripped] for line in doc.lines])
            return None
        return found_on


#: The start of an automaton's match ``(word, start, end)``.
_START = itemgetter(1)


class ScanMemo:
    """What :meth:`TriggerIndex.scan` found in the lines of one document, per line text: the
    folded text (``folded``, every line scanned) and the positions of the triggers whose
    words it holds (``positions``, only lines that hold a word).  The engine keeps one for
    the passes over a document."""

    __slots__ = ("folded", "positions")

    def __init__(self) -> None:
        self.folded: dict[str, str] = {}
        self.positions: dict[str, tuple[int, ...]] = {}


#: The scan reads a text in windows of this many bytes, so that the matches it holds at
#: once stay few however long a line is (a 50 MB line of "By By By" would otherwise hold
#: tens of millions of overlapping matches).  A match costs about 150 bytes while it is
#: held (a tuple of three ints from the automaton, then a pair), and text dense with
#: trigger words has more than one match per byte: a window of 1 MB held some 75 MB of
#: matches, one of 64 KB holds under 10 MB.
WINDOW_BYTES = 1 << 16


def _windows(
    find: Callable[..., list[tuple[int, int, int]]], data: bytes, longest: int,
) -> Iterator[tuple[int, int, list[tuple[int, int, int]]]]:
    """The matches of ``find`` in ``data``, a window at a time: ``(offset, limit, matches)``,
    where ``matches`` are the automaton's own ``(word, start, end)`` in the window that
    starts at ``offset``, and only those that start before ``limit`` are the window's.

    Each window overlaps the next by ``longest - 1`` bytes, so every match lies whole in
    the window where it starts; a match is reported by the window it starts in only.  A
    text of one window is scanned as it is (the usual case: no copy, no filtering).
    """
    size = len(data)
    if size <= WINDOW_BYTES:
        matches = find(data, overlapping=True)
        if matches:
            yield 0, size, matches
        return
    view = memoryview(data)
    for begin in range(0, size, WINDOW_BYTES):
        end = min(size, begin + WINDOW_BYTES + longest - 1)
        matches = find(bytes(view[begin:end]), overlapping=True)
        if matches:
            yield begin, WINDOW_BYTES, matches


#: Bytes of text a finder scans with its first automaton, quick to build, before it builds
#: the one that scans fastest (see :class:`_Finder`).
FAST_AUTOMATON_AFTER = 1 << 20


class _Finder:
    """The match function of automata over some words, built as the scanning grows.

    Over the built-in trigger words (some 7,500) a contiguous NFA takes a few ms to
    build and a DFA some 30 ms, but the DFA scans about twice as fast.  A short run (one
    small document, a pre-commit hook) would spend more on building the DFA than on
    scanning, so a finder scans its first :data:`FAST_AUTOMATON_AFTER` bytes with the
    NFA and builds the DFA then.  Both find all overlapping matches of every word
    (``MatchKind.Standard``), so the matches are the same whichever scans.
    """

    __slots__ = ("_patterns", "_find", "_left")

    def __init__(self, words: tuple[str, ...]) -> None:
        # UTF-8: a word's bytes occur in a text's bytes exactly where the word occurs in the
        # text (no character's encoding starts inside another's), and bytes spare the
        # automaton the conversion to and from character offsets.
        self._patterns = [word.encode("utf-8", "surrogatepass") for word in words]
        self._find = _automaton(self._patterns, ahocorasick_rs.Implementation.ContiguousNFA)
        self._left: int | None = FAST_AUTOMATON_AFTER

    def __call__(self, data: bytes, overlapping: bool = True) -> list[tuple[int, int, int]]:
        """``(word, start, end)`` of each match in ``data`` (the automaton's own results)."""
        if self._left is not None:
            self._left -= len(data)
            if self._left < 0:
                self._find = _automaton(self._patterns, ahocorasick_rs.Implementation.DFA)
                self._left = None
        return self._find(data, overlapping=overlapping)


def _automaton(
    patterns: list[bytes], implementation: ahocorasick_rs.Implementation,
) -> Callable[..., list[tuple[int, int, int]]]:
    automaton = ahocorasick_rs.BytesAhoCorasick(
        patterns, matchkind=ahocorasick_rs.MatchKind.Standard, implementation=implementation,
    )
    return automaton.find_matches_as_indexes  # type: ignore[no-any-return]


@lru_cache(maxsize=16)
def _finder(words: tuple[str, ...]) -> Callable[..., list[tuple[int, int, int]]]:
    """The match function over ``words`` (one per word list; see :class:`_Finder`)."""
    return _Finder(words)


@lru_cache(maxsize=256)
def index_for(trigger: Trigger) -> TriggerIndex:
    """A :class:`TriggerIndex` of one trigger (for calling a rule outside a pipeline)."""
    return TriggerIndex((trigger,))
