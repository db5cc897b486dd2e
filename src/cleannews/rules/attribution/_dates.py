"""Timestamp vocabulary and shapes: months, weekdays, zones, times, and the lines shaped like a
timestamp.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from itertools import compress, count
from operator import attrgetter

import regex

from ... import lazyregex
from ...caching import text_cache
from ...document import Document
from ...triggers import fold_line
from ._common import _LINE_SPACE, _SPACE


# ---------------------------------------------------------------------------------------
# Timestamp vocabulary

_MONTHS = {
    # English
    "jan", "january", "feb", "february", "mar", "march", "apr", "april", "may", "jun", "june",
    "jul", "july", "aug", "august", "sep", "sept", "september", "oct", "october", "nov",
    "november", "dec", "december",
    # Portuguese, Spanish, French, German, Italian (common news sites)
    "janeiro", "fevereiro", "março", "abril", "maio", "junho", "julho", "agosto", "setembro",
    "outubro", "novembro", "dezembro", "enero", "febrero", "marzo", "mayo", "junio", "julio",
    "septiembre", "setiembre", "octubre", "noviembre", "diciembre", "janvier", "février",
    "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre", "novembre",
    "décembre", "januar", "februar", "märz", "juni", "juli", "oktober", "dezember", "gennaio",
    "febbraio", "aprile", "maggio", "giugno", "luglio", "settembre", "ottobre", "dicembre",
}
_WEEKDAYS = {
    "mon", "monday", "tue", "tues", "tuesday", "wed", "wednesday", "thu", "thur", "thurs",
    "thursday", "fri", "friday", "sat", "saturday", "sun", "sunday",
    "segunda-feira", "terça-feira", "quarta-feira", "quinta-feira", "sexta-feira", "sábado",
    "domingo", "lunes", "martes", "miércoles", "jueves", "viernes", "lundi", "mardi",
    "mercredi", "jeudi", "vendredi", "samedi", "dimanche", "montag", "dienstag", "mittwoch",
    "donnerstag", "freitag", "samstag", "sonntag",
}
_LABELS = {
    "published", "updated", "posted", "issued", "modified", "created", "dated", "publié",
    "publiée", "publicado", "publicada", "atualizado", "atualizada", "actualizado",
    "actualizada", "veröffentlicht", "aktualisiert", "stand", "기사입력", "입력", "수정",
    "승인", "update",
}
_CONNECTORS = {
    "on", "at", "last", "first", "originally", "date", "time", "de", "às", "as", "em", "à",
    "le", "am", "um", "uhr", "mis", "jour", "el", "del", "h", "local", "the", "of",
}
_ZONES = {
    "utc", "gmt", "bst", "edt", "est", "cdt", "cst", "mdt", "mst", "pdt", "pst", "akdt",
    "akst", "hst", "cet", "cest", "eet", "eest", "wet", "west", "ist", "jst", "kst", "sgt",
    "hkt", "aest", "aedt", "acst", "acdt", "awst", "nzst", "nzdt", "et", "pt", "ct", "mt",
    "wib", "pkt", "sast", "msk", "cat", "eat", "wat", "central", "eastern", "pacific",
    "mountain", "uk", "pht", "myt", "wita", "wit", "ict", "npt", "bdt", "brt", "clt", "pet",
    "ast", "adt", "nst", "ndt", "sst",
}
_RELATIVE = {
    "ago", "hour", "hours", "hr", "hrs", "minute", "minutes", "min", "mins", "second",
    "seconds", "sec", "secs", "day", "days", "week", "weeks", "month", "months", "year",
    "years", "just", "now", "yesterday", "today", "an", "a", "about",
}
_READ = {"read", "reading", "listen", "listening", "watch"}
_UNITS = {"minute", "minutes", "min", "mins"}

_SKIP = lazyregex.compile(r"[\s,|·•/\-–—:()\[\]~.;]*+")
#: ``_SKIP``'s characters, with ``_SPACE`` for ``\s``.
_SKIP_CHARS = _SPACE + ",|·•/-–—:()[]~.;"
_TIME = lazyregex.compile(
    r"\d{1,2}(?::[0-5]\d){1,2}(?:\s?(?:[ap]\.\s?m\.?|[ap]m(?![\p{L}])))?"
    r"|\d{1,2}h\d{2}(?!\d)"
    r"|\d{1,2}\s?(?:[ap]\.\s?m\.?|[ap]m(?![\p{L}]))",
    regex.IGNORECASE,
)
#: ``_TIME`` (case-insensitive) has one of these one to three characters after its first
#: digit: ":" (2:15), "h" (16h30), or "a" or "p" (4pm, 4 a.m., 10 PM), after one or two
#: digits and perhaps one white-space character.  (Under ``IGNORECASE`` only "H", "A"
#: and "P" match these letters: see :func:`cleannews.shapes.fold`.)
_TIME_MARKS = frozenset(":hHaApP")
_NUMDATE = lazyregex.compile(r"\d{1,4}[./-]\d{1,2}[./-]\d{2,4}(?!\d)")
#: ``_NUMDATE`` has one of these one to four characters after its first digit.
_DATE_SEPS = frozenset("./-")
#: A year glued to what follows: a number ("20244:37 PM") or a capital that starts the
#: next word ("2025Updated"); the word must still be one of the vocabulary.
_GLUED_YEAR = lazyregex.compile(r"(?:19|20)\d{2}(?=\d|\p{Lu})")
#: An ISO 8601 timestamp: "2025-02-10T14:03:00Z", "2025-02-10T14:03:00.125+05:30".
_ISO = lazyregex.compile(
    r"(?:19|20)\d{2}-[01]\d-[0-3]\d[Tt][0-2]\d:[0-5]\d(?::[0-5]\d(?:[.,]\d{1,9}+)?+)?+"
    r"(?:[Zz]|[+-][0-2]\d:?+[0-5]\d)?+(?![\d\p{L}])"
)
_NUMBER = lazyregex.compile(r"(\d{1,4})(?:st|nd|rd|th)?(?![\d\p{L}])", regex.IGNORECASE)
_RELNUM = lazyregex.compile(r"\d{1,3}[hmd](?![\p{L}\d])")
_OFFSET = lazyregex.compile(r"[+-]\d{2}:?\d{2}(?!\d)")
_WORD = lazyregex.compile(r"[\p{L}\p{M}]++(?:-[\p{L}\p{M}]++)?+")
_CAMEL = lazyregex.compile(r"\p{Ll}(?=\p{Lu})|\p{Lu}(?=\p{Lu}\p{Ll})")


_VOCABULARY = _MONTHS | _WEEKDAYS | _LABELS | _CONNECTORS | _ZONES | _RELATIVE | _READ
_VOCAB_1 = frozenset(w for w in _VOCABULARY if len(w) == 1)
_VOCAB_2 = frozenset(w for w in _VOCABULARY if len(w) == 2)
_VOCAB_3 = frozenset(w[:3] for w in _VOCABULARY if len(w) >= 3)


def _timestamp_possible(s: str) -> bool:
    """Necessary for ``timestamp_kind(s)`` (``s`` stripped) to be anything but ``None``.

    Its first token (after ``_SKIP``) is a number, a sign or a word of the vocabulary
    (perhaps cut before a capital): the first one, two or three letters in lower case are
    a one- or two-letter word or the start of a longer one.
    """
    h = s.lstrip(_SKIP_CHARS)
    if not h:
        return False
    c = h[0]
    return (
        c.isdigit() or c in "+-" or h[:3].lower() in _VOCAB_3 or h[:2].lower() in _VOCAB_2 or c.lower() in _VOCAB_1
    )


#: The words a timestamp line is built from, as ``fold_line`` writes them: each word of the
#: vocabulary (both halves of "sexta-feira"), and the letters that the number patterns
#: take after a digit ("12th", "4pm", "4 a.m.", "16h30", "5h", "3d").
_TS_PIECES = frozenset(
    {part for word in _VOCABULARY for part in fold_line(word).split("-")}
    | {"st", "nd", "rd", "th", "h", "a", "p", "m", "am", "pm", "d"}
)


_Trie = dict[str, "_Trie"]


def _trie(words: Iterable[str]) -> str:
    """A ``re`` pattern that matches one of ``words``, written as a trie (each character is
    tried once, not once per word)."""
    root: _Trie = {}
    for word in words:
        node = root
        for ch in word:
            node = node.setdefault(ch, {})
        node[""] = {}

    def emit(node: _Trie) -> str:
        branches = [re.escape(ch) + emit(child) for ch, child in sorted(node.items()) if ch]
        if not branches:
            return ""
        body = "(?:" + "|".join(branches) + ")"
        return body + "?" if "" in node else body

    return emit(root)


_TS_SPACE = re.escape(_LINE_SPACE)
_TS_SEP = "[" + _TS_SPACE + "]++[—–\\-|][" + _TS_SPACE + "]"
#: A quick necessary check for ``timestamp_kind`` and ``_dated_section``, on the line's
#: ``fold_line``: from the start, separators, digits and "+", and runs of letters that
#: start with a word of ``_TS_PIECES``, the single letters "t" and "z" after a digit (ISO
#: 8601, ``_ISO``), up to the end of the line or to a section separator (" - ").  No backtracking: each run of letters is taken whole, at most once.
_TS_SHAPE = lazyregex.compile_stdlib(
    "(?:[" + re.escape(_SKIP_CHARS.replace(_SPACE, "") + "+") + "\\d]"
    + "|(?!" + _TS_SEP + ")[" + _TS_SPACE + "]"
    + "|(?>" + _trie(_TS_PIECES) + ")[^\\W\\d_]*+"
    + "|(?<=\\d)[tz](?![^\\W\\d_])"
    + ")*+(?:$|" + _TS_SEP + ")"
)


def _timestamp_shaped(folded: str) -> bool:
    """Necessary for ``timestamp_kind(s)`` and for ``_dated_section(s)`` (``s`` stripped,
    ``folded = fold_line(s)``): ``_TS_SHAPE`` matches.

    ``timestamp_kind`` reads ``s`` as separators (``_SKIP``), numbers (digits, signs, ":",
    ".", "/", "-" and, after a digit, the letters "st", "nd", "rd", "th", "h", "m", "d",
    "am", "pm", "a.m.", and in an ISO 8601 timestamp (``_ISO``) the single letters "T" and
    "Z", each after a digit and before a digit, a sign or the end) and words of the vocabulary, which a capital may glue to the next
    one ("UTCUpdated") and "a.m" to the word after it ("4 a.mUpdated"); anything else makes
    it ``None``.  Separators, digits and signs have no case; a word whose ``lower()`` is in
    the vocabulary has the vocabulary word's ``casefold()`` as its ``fold_line``
    (``casefold(c) == casefold(lower(c))`` for every character, and a word with "İ" or "ı",
    which ``fold_line`` treats apart, is never in the vocabulary).  So in ``folded`` each
    run of letters (``str.isalpha``, the same as ``\\p{L}``; the vocabulary has no marks)
    starts with one of ``_TS_PIECES`` or is "t" or "z" after a digit, and every other
    character is a digit, "+" or one of
    ``_SKIP_CHARS``.  ``_dated_section`` needs this of the part before the first section
    separator, where ``_TS_SHAPE`` may stop.
    """
    return _TS_SHAPE.match(folded) is not None


#: A dateline place before a timestamp: "Madrid - May 13, 2025 - 11:20 CEST".  The place
#: is one to three capitalised words; the rest is checked as a timestamp.
_PLACED = lazyregex.compile(
    r"([\p{Lu}][\p{L}\p{M}.'’\-]{0,30}+(?: [\p{Lu}][\p{L}\p{M}.'’\-]{0,30}+){0,2}+)[ \t]++[—–\-][ \t]++(\S.{3,119}+)"
)


def _placed_rest(s: str) -> str | None:
    """The timestamp part of a "Place - timestamp" line (``s`` stripped) when it is shaped
    like one (``_timestamp_possible`` and ``_timestamp_shaped``); ``None`` otherwise.  A
    necessary check for ``_placed_timestamp``."""
    if len(s) > 160 or not s[:1].isupper() or not (" - " in s or " – " in s or " — " in s):
        return None
    m = _PLACED.fullmatch(s)
    if m is None:
        return None
    rest = m.group(2)
    return rest if _timestamp_possible(rest) and _timestamp_shaped(fold_line(rest)) else None


def _ts_lines(doc: Document) -> list[int]:
    """Indexes of the lines of ``doc`` that may be timestamps or dated sections (found once
    per document): the lines that pass the check of ``_F_TS`` (see ``_check``), tested in
    the same way."""
    return doc.fact("cn3.ts_lines", _find_ts_lines)


def _find_ts_lines(doc: Document) -> list[int]:
    return list(compress(count(), map(_ts_shaped, map(_STRIPPED, doc.lines))))


_STRIPPED = attrgetter("stripped")


@text_cache(8192)
def _ts_shaped(s: str) -> bool:
    """The check of ``_F_TS`` on a stripped line ``s`` (see ``_check``): at most 160
    characters, and shaped like a timestamp or a placed timestamp.  A pure function of the
    text, so cached: every document is tested line by line (``_may_hold_timestamps``), and
    lines such as "Published" and "Share" come back on many pages."""
    return len(s) <= 160 and (
        (_TS_SHAPE.match(fold_line(s)) is not None and _timestamp_possible(s)) or _placed_rest(s) is not None
    )


def _may_hold_timestamps(doc: Document) -> bool:
    """The trigger of the rules that need a timestamp line (CN302, CN303): some line of
    ``doc`` may be one (``_ts_lines``)."""
    return bool(_ts_lines(doc))
