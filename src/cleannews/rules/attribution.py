"""Rules: attribution (CN3xx).

Bylines, author-name and job-title lines, timestamps and read times, update notes, author
bios, reporter contact lines, funding disclosures, and wire or syndication trailers.

Most of these lines are recognised by their *build* rather than by a phrase: a byline is
"By" followed by nothing but names, outlets, e-mail addresses and timestamps; a timestamp
line is made of nothing but timestamp vocabulary around a date or time.  Lines that are
only safe in context (a bare name, a job title, a date without a label) are removed only
in the header cluster at the top or in the tail after the last paragraph, next to other
attribution lines.  The helpers below are private to this module.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator, Sequence
from functools import lru_cache

import regex

from .. import lazyregex
from ..document import Document, Hit, Line
from ..registry import rule
from ..shapes import (
    BODY_MIN_WORDS,
    at_least_words,
    fold,
    is_body,
    is_reported_speech,
    word_count,
)
from ..triggers import fold_line, folded_lines
from ._quick import SPACES

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


@lru_cache(maxsize=4096)
def _placed_timestamp(s: str) -> bool:
    """ "Madrid - May 13, 2025 - 11:20 CEST": a place, a dash and a dated timestamp (its
    kind is "date" or "stamped"); the place is no month, weekday or label."""
    rest = _placed_rest(s)
    if rest is None:
        return False
    place = s[: len(s) - len(rest)].rstrip(" \t—–-")
    if any(w.lower().strip(".") in _VOCABULARY for w in place.split()):
        return False
    return is_outlet(place, 3) and timestamp_kind(rest) in ("date", "stamped")


def _ts_lines(doc: Document) -> list[int]:
    """Indexes of the lines of ``doc`` that may be timestamps or dated sections (found once
    per document): the lines that pass the check of ``_F_TS`` (see ``_check``), tested in
    the same way."""
    return doc.fact("cn3.ts_lines", _find_ts_lines)


def _find_ts_lines(doc: Document) -> list[int]:
    match = _TS_SHAPE.match
    return [
        line.index
        for line, folded in zip(doc.lines, folded_lines(doc))
        if len(line.stripped) <= 160
        and (
            (match(folded) is not None and _timestamp_possible(line.stripped))
            or _placed_rest(line.stripped) is not None
        )
    ]


def _may_hold_timestamps(doc: Document) -> bool:
    """The trigger of the rules that need a timestamp line (CN302, CN303): some line of
    ``doc`` may be one (``_ts_lines``)."""
    return bool(_ts_lines(doc))


@lru_cache(maxsize=4096)
def timestamp_kind(text: str) -> str | None:
    """Classify a line made only of timestamp vocabulary; ``None`` for anything else.

    Kinds: ``stamped`` (a label such as Published/Updated and a date or time), ``read``
    (a read or listen time), ``label`` (labels only, "Published"), ``date`` (an unlabelled
    date, possibly with a time), ``relative`` ("4 hours ago"), ``duration`` ("3 mins"),
    ``time`` (an unlabelled clock time only).
    """
    s = text.strip()
    if not s or len(s) > 160 or not _line_flags(s) & _F_TS:
        return None
    pos, n = 0, len(s)
    has_time = has_numdate = has_month = has_weekday = has_label = has_ago = False
    has_read = has_unit = has_rel = has_about = False
    days = years = numbers = 0
    words = 0
    while True:
        # the quick tests before the patterns below are each necessary for the pattern to
        # match at ``pos`` (see ``_TIME_MARKS``, ``_DATE_SEPS``), so they skip only calls
        # that would fail; ``_SKIP`` takes nothing when the next character is not one of
        # ``_SKIP_CHARS`` (a superset of its characters)
        if pos < n and s[pos] in _SKIP_CHARS:
            if s[pos] == " " and s[pos + 1 : pos + 2] not in _SKIP_CHARS:
                pos += 1  # one space, the usual case ("" is in every string: not at the end)
            else:
                pos = _SKIP.match(s, pos).end()  # type: ignore[union-attr]
        if pos >= n:
            break
        words += 1
        if words > 30:
            return None
        ch = s[pos]
        if ch.isdigit() or ch in "+-":
            # _ISO: "19" or "20", two digits, then "-"
            m = _ISO.match(s, pos) if s.startswith("-", pos + 4) else None
            if m:
                has_numdate = has_time = True
                pos = m.end()
                continue
            m = None if _TIME_MARKS.isdisjoint(s[pos + 1 : pos + 4]) else _TIME.match(s, pos)
            if m:
                has_time = True
                pos = m.end()
                continue
            m = None if _DATE_SEPS.isdisjoint(s[pos + 1 : pos + 5]) else _NUMDATE.match(s, pos)
            if m:
                has_numdate = True
                pos = m.end()
                continue
            m = _GLUED_YEAR.match(s, pos) if s.startswith(("19", "20"), pos) else None
            if m:
                years += 1
                pos = m.end()
                continue
            m = _NUMBER.match(s, pos)
            if m:
                value = int(m.group(1))
                if len(m.group(1)) == 4 and 1900 <= value <= 2099:
                    years += 1
                elif 1 <= value <= 31:
                    days += 1
                numbers += 1
                pos = m.end()
                continue
            m = _RELNUM.match(s, pos)
            if m:
                has_rel = True
                numbers += 1
                pos = m.end()
                continue
            m = _OFFSET.match(s, pos)
            if m:
                pos = m.end()
                continue
            return None
        m = _WORD.match(s, pos)
        if not m:
            return None
        word = m.group()
        # _CAMEL needs a capital after the first letter and a small letter somewhere: an
        # ASCII word in capitals only, or with small letters only after its first, has none
        if not (word.isascii() and (word.isupper() or word[1:].islower())):
            cut = _CAMEL.search(word)
            if cut is not None:
                word = word[: cut.start() + 1]
        pos = m.start() + len(word)
        low = word.lower()
        if low in _MONTHS:
            has_month = True
        elif low in _WEEKDAYS:
            has_weekday = True
        elif low in _LABELS:
            has_label = True
        elif low in _ZONES or low in _CONNECTORS:
            pass
        elif low in _RELATIVE:
            if low == "ago":
                has_ago = True
            elif low == "about":
                has_about = True
            elif low in _UNITS:
                has_unit = True
            elif low in ("yesterday", "today"):
                has_rel = True
        elif low in _READ:
            has_read = True
        else:
            return None
    if has_about and not has_ago:
        return None  # "about" only in "(Updated) about 6 hours ago", never "About 5 minutes"
    has_date = has_numdate or (has_month and (days or years)) or (has_weekday and days > 0)
    relative = has_ago and (numbers or has_rel or "an " in s.lower() or "a " in s.lower())
    relative = relative or (has_rel and not has_read)
    if has_read and has_unit and numbers:
        return "read"
    if has_label and (has_date or has_time or relative or (has_month and years)):
        return "stamped"
    if has_date:
        return "date"
    if relative:
        return "relative"
    if has_unit and numbers and not (has_month or has_weekday or has_label):
        return "duration"
    if has_time:
        return "time"
    if has_label and not (numbers or has_month or has_weekday or has_read or has_unit):
        return "label"
    return None


# ---------------------------------------------------------------------------------------
# Names, outlets, roles

_PARTICLES = {
    "de", "da", "do", "dos", "das", "del", "della", "di", "du", "van", "von", "der", "den",
    "la", "le", "bin", "ibn", "al", "el", "y", "e", "ter", "ten", "st.", "dela", "des", "zu",
    "mc", "ben", "bint", "abu", "ap",
}
_NAME_TOKEN = lazyregex.compile(
    r"(?:\p{Lu}\.){1,3}+|(?:[ad][lu]-)?+\p{Lu}[\p{L}\p{M}'’]{0,30}+(?:-\p{L}[\p{L}\p{M}'’]{0,30}+)?+\.?+"
)
_OUTLET_TOKEN = lazyregex.compile(r"[\p{Lu}\d][\p{L}\p{M}\d'’&.+\-]{0,30}+")
_ROLE_WORDS = {
    "reporter", "reporters", "correspondent", "correspondents", "editor", "editors", "writer",
    "writers", "staff", "columnist", "contributor", "contributors", "producer", "journalist",
    "critic", "reviewer", "presenter", "anchor", "analyst", "chief", "intern", "fellow",
    "professor", "lecturer", "researcher", "photographer", "videographer", "commentator",
    "blogger", "newsroom", "desk", "bureau", "team", "scientist", "director", "candidate",
    "student", "dean", "chair", "economist", "historian", "expert", "associate", "reader",
    "head", "senior", "lead", "host",
}
_OUTLET_WORDS = {
    "press", "news", "times", "post", "staff", "associated", "journal", "tribune", "herald",
    "reuters", "wire", "wires", "agency", "agencies", "telegraph", "guardian", "star", "globe",
    "chronicle", "gazette", "courier", "inquirer", "examiner", "daily", "weekly", "mail",
    "express", "independent", "observer", "reports", "report", "bureau", "digital", "online",
    "media", "network", "radio", "tv", "television", "magazine", "review", "afp", "ap", "dpa",
    "upi", "efe", "ansa", "pti", "ians", "ani", "xinhua", "kyodo", "yonhap", "bernama", "cnn",
    "bbc", "nbc", "cbs", "abc", "fox", "npr", "pbs", "cnbc", "bloomberg", "mailonline",
}
_NOT_NAMES = {
    # words that start "By ..." subheadings or phrases, never a person
    "car", "cars", "train", "trains", "bus", "air", "sea", "road", "rail", "plane", "boat",
    "ferry", "bike", "bicycle", "foot", "land", "mail", "phone", "email", "appointment",
    "invitation", "design", "default", "region", "state", "country", "year", "month", "day",
    "night", "category", "numbers", "comparison", "contrast", "then", "now", "far", "way",
    "all", "any", "no", "hand", "chance", "accident", "law", "definition", "nature", "heart",
    "age", "date", "this", "that", "these", "those", "some", "most", "many", "his", "her",
    "their", "its", "our", "my", "your", "one", "two", "each", "every", "god", "contrast",
    "midnight", "noon", "dawn", "tonight", "tomorrow", "yesterday", "today", "sector", "size",
    "price", "volume", "value", "weight", "area", "population", "type", "topic", "author",
    "location", "popular", "request", "order", "mistake", "proxy", "virtue", "means",
    *_MONTHS, *_WEEKDAYS,
}
_FUNCTION = {"of", "and", "the", "for", "at", "in", "on", "&", "to", "de", "la", "du", "des"}


def _tokens(text: str) -> list[str]:
    return text.split()


def is_name(text: str, *, min_tokens: int = 2, max_tokens: int = 5) -> bool:
    """A person's name: 2-5 capitalised tokens (particles such as "de" or "van" allowed)."""
    toks = _tokens(text)
    if not min_tokens <= len(toks) <= max_tokens:
        return False
    caps = 0
    for i, tok in enumerate(toks):
        if tok.lower() in _PARTICLES and 0 < i < len(toks) - 1:
            continue
        if not _NAME_TOKEN.fullmatch(tok):
            return False
        caps += 1
    return caps >= min(2, min_tokens) and toks[0].rstrip(".").lower() not in _NOT_NAMES


def is_outlet(text: str, max_tokens: int = 7) -> bool:
    """An outlet, desk or place: capitalised tokens, numbers and a few function words."""
    toks = _tokens(text)
    if not 1 <= len(toks) <= max_tokens:
        return False
    if toks[0].lower() in _FUNCTION and toks[0] != "The":
        return False
    for tok in toks:
        if tok.lower() in _FUNCTION or tok.lower() in _OUTLET_WORDS:
            continue
        if not _OUTLET_TOKEN.fullmatch(tok):
            return False
    return True


def is_role(text: str, max_tokens: int = 7) -> bool:
    """A job title: a short line with a role noun and no sentence punctuation or digits."""
    toks = _tokens(text.rstrip(","))
    if not 1 <= len(toks) <= max_tokens:
        return False
    if any(ch.isdigit() for ch in text) or text.rstrip().endswith((".", "?", "!", ":")):
        return False
    has_role = False
    for tok in toks:
        low = tok.lower().strip(",")
        if low in _ROLE_WORDS:
            has_role = True
        elif not (low in _FUNCTION or _WORD.fullmatch(low.replace("’", "").replace("'", ""))):
            return False
    return has_role


_EMAIL = lazyregex.compile(r"[\w.+\-]{1,64}+@[\w\-]{1,63}+(?:\.[\w\-]{1,63}+){1,5}+")
_HANDLE = lazyregex.compile(r"@\w{1,30}+")


def _is_email(text: str) -> bool:
    return _EMAIL.fullmatch(text.strip()) is not None


#: An e-mail address glued to a handle: "ava.rendell@example.org@avarendell".
_EMAIL_HANDLE = lazyregex.compile(_EMAIL.pattern + r"@\w{1,30}+")


def _is_address(text: str) -> bool:
    """An e-mail address, perhaps with a handle glued to it."""
    text = text.strip()
    return _EMAIL.fullmatch(text) is not None or _EMAIL_HANDLE.fullmatch(text) is not None


# ---------------------------------------------------------------------------------------
# Bylines

_BY_PREFIX = lazyregex.compile(
    r"(?:[—–\-]\s*+)?+(?:(?:text|words|story|written|posted|article|interview|analysis|"
    r"commentary|column|opinion|report)\s++)?+by\s*+:?+\s*+(?:[—–\-]\s*+)?+|(?:[—–\-]\s*+)?+authors?+\s*+:\s*+",
    regex.IGNORECASE,
)
_BY_SPLIT = lazyregex.compile(
    r"(?<!\s)\s*+[|·•,;/]\s*+|(?<!\s)\s++[—–\-]\s++|(?<!\s)\s++(?:for|and|&|with|in|special\s++to)\s++",
    regex.IGNORECASE,
)
_BY_INSIDE = lazyregex.compile(r"\s[Bb]y\s")
_ROLE_LOWER = {
    "staff", "writer", "reporter", "correspondent", "editor", "contributor", "columnist",
    "senior", "special", "to", "the", "staff writer", "staff reporter",
}


def _byline_segment(seg: str) -> bool:
    seg = seg.strip().rstrip(".")
    if not seg:
        return True
    if _is_email(seg) or _HANDLE.fullmatch(seg):
        return True
    if is_name(seg, min_tokens=1) or is_outlet(seg) or is_role(seg):
        return True
    if all(tok.lower() in _ROLE_LOWER for tok in seg.split()):
        return True
    return timestamp_kind(seg) is not None


_PAREN_OUTLET = lazyregex.compile(r"\s*+\(([^()]{1,40}+)\)")


def _byline_rest(rest: str) -> bool:
    """The part after "By": names first, then outlets, roles, e-mails, timestamps.

    An outlet in parentheses after a name ("Jane Doe (WFAA)") counts as one more part."""
    rest = rest.strip()
    if "(" in rest:
        rest = _PAREN_OUTLET.sub(r", \1", rest)
    if not rest or rest[-1] in "?!" or word_count(rest) > 24:
        return False
    parts = _BY_SPLIT.split(rest)
    first = parts[0].strip().rstrip(".")
    toks = first.split()
    if not toks:
        return False
    lead = toks[0].lower().strip(",")
    if lead in _NOT_NAMES or "'s" in first or "’s" in first:
        return False
    if lead == "the":
        # "By The Associated Press", never "By The Numbers"
        if not any(t.lower() in _OUTLET_WORDS for t in toks[1:]):
            return False
        if not is_outlet(first):
            return False
    elif not (is_name(first, min_tokens=1) or (is_outlet(first) and not first[0].isdigit())):
        return False
    if any(ch.isdigit() for ch in first) and not (toks[0][0].isupper() and is_outlet(first)):
        return False
    return all(_byline_segment(p) for p in parts[1:])


_STAFF_LINE = lazyregex.compile(
    r"(?:from\s++)?+(?:staff|staff\s++and\s++wire|wire)\s++reports?|staff\s++report",
    regex.IGNORECASE,
)
_NAME_HANDLE = lazyregex.compile(r"(.{3,60}?)\s*+,?\s*+(@\w{2,30}+)")
_COMPOSITE_SPLIT = lazyregex.compile(r"(?<!\s)\s*+[|·•]\s*+|(?<!\s)\s++/\s++")


#: What a match of ``_BY_PREFIX`` starts with, after its optional dash and white space.
_BY_STARTS = (
    "by", "text", "words", "story", "written", "posted", "article", "interview", "analysis",
    "commentary", "column", "opinion", "report", "author",
)
_DIGIT = lazyregex.compile(r"\d")


def _byline_possible(s: str, lead: str) -> bool:
    """Necessary for ``byline_kind(s)``: one of its four branches can succeed.

    "By ..." needs ``_BY_PREFIX`` to match at the start; "<timestamp> by NAME" needs
    ``_BY_INSIDE`` (" by ") and a timestamp before it, which starts like one and holds a
    digit or one of "ago", "yesterday", "today" (see ``timestamp_kind``); the handle and
    composite forms need "@" or a separator.
    """
    if "@" in s or "|" in s or "·" in s or "•" in s or " / " in s:
        return True
    if lead.startswith(_BY_STARTS):
        return True
    if ("by" in s or "By" in s) and _timestamp_possible(s):
        if _DIGIT.search(s) is not None:
            return True
        low = s.lower()
        return "ago" in low or "yesterday" in low or "today" in low
    return False


def _may_stamp(part: str) -> bool:
    """Necessary for ``timestamp_kind(part)`` to be a kind other than "label".

    Every such kind needs a number (``\\d``, in a date, a time or a count) or one of the
    words "ago", "yesterday", "today" (only ASCII letters lower to their letters); and a
    part made only of digits is never more than numbers and years, which make no kind
    (table cells: "| 4 | Denny Hamlin | 5027 | 6 |").
    """
    if part.strip().isdigit():
        return False
    if _DIGIT.search(part) is not None:
        return True
    low = part.lower()
    return "ago" in low or "yesterday" in low or "today" in low


@lru_cache(maxsize=4096)
def byline_kind(text: str) -> str | None:
    """``by`` for "By NAME ..." lines, ``handle`` for "Name@handle", ``composite`` for
    "Name · Outlet · Posted: date" lines; ``None`` otherwise."""
    s = text.strip()
    if not s or len(s) > _MAX_LINE or not _line_flags(s) & _F_BY:
        return None
    low = s.lower()
    if "by" not in low and "author" not in low and "@" not in s and "|" not in s and "·" not in s and "•" not in s and " / " not in s:
        return None
    m = _BY_PREFIX.match(s)
    if m and m.end() < len(s) and _byline_rest(s[m.end():]):
        rest = s[m.end():].strip()
        first = _BY_SPLIT.split(rest, maxsplit=1)[0].split()
        if len(first) == 1 and not first[0].isupper() and first[0].lower() not in _OUTLET_WORDS and len(first[0]) > 1:
            return "by-short"  # "By Reuters" is fine, "By Design" only where bylines sit
        return "by"
    inside = _BY_INSIDE.search(s)
    if inside is not None and not m:
        left = s[: inside.start()]
        if timestamp_kind(left) in ("stamped", "date", "time") and _byline_rest(s[inside.end():]):
            return "by"
    if "@" in s:
        m = _NAME_HANDLE.fullmatch(s)
        if m and is_name(m.group(1).strip().rstrip(",")):
            return "handle"
    # a composite line holds a timestamp other than a label, which needs a digit or one of
    # "ago", "yesterday", "today" (see timestamp_kind): menus ("Home | News | Sport") do not
    if ("|" in s or "·" in s or "•" in s or "/" in s) and (
        _DIGIT.search(s) is not None or "ago" in low or "yesterday" in low or "today" in low
    ):
        parts = [p for p in _COMPOSITE_SPLIT.split(s) if p]
        # some parts, but not all, are timestamps (found first: the other tests cost more),
        # and each other part is a byline or names, outlets, e-mail addresses and roles
        stamps = {i for i, p in enumerate(parts) if _may_stamp(p) and timestamp_kind(p) not in (None, "label")}
        if 0 < len(stamps) < len(parts):
            # a label ("Posted: ...", "Updated ..."), a read time, "By ...", an e-mail or a
            # job title marks a byline; "Kernel Upgrade · June 18, 2019" may be a table row
            marked = any(timestamp_kind(parts[i]) in ("stamped", "read") for i in stamps)
            for i, p in enumerate(parts):
                if i in stamps:
                    continue
                pm = _BY_PREFIX.match(p)
                if pm and _byline_rest(p[pm.end():]):
                    marked = True
                    continue
                subs = [x.strip() for x in p.split(",") if x.strip()]
                if not subs or not all(
                    is_name(x) or is_outlet(x, 5) or _is_email(x) or is_role(x) for x in subs
                ):
                    return None
                marked = marked or any(_is_email(x) or is_role(x) for x in subs)
            return "composite" if marked else "composite-bare"
    return None


# ---------------------------------------------------------------------------------------
# Zones: the head (before the first paragraph) and the tail (after the last one)


def _is_candidate(text: str) -> bool:
    """Lines this module recognises whatever their position (used to find the zones)."""
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


def _long(text: str) -> bool:
    """At least ``_ZONE_WORDS`` words, or running prose."""
    # a word of ``WORD`` (cleannews.shapes) is a letter or number followed by more of them
    # and "'’-.", and it ends before a character that cannot go on it, which no word starts
    # with: n words take at least 2n - 1 characters (and so do n starts of words for
    # ``at_least_words``'s first count, each after white space).
    if len(text) < _LONG_MIN_CHARS:
        return False
    return at_least_words(text, _ZONE_WORDS) or is_body(text)


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
        if (is_body(s) if line.index == 0 else _long(s)) and not _is_candidate(s):
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
# CN301 byline


#: CN301's trigger: ``byline_kind`` returns ``None`` at once when none of these is in the
#: text ("by" and "author" in its ``lower()``: only ASCII letters lower to these letters).
_BYLINE_WORDS = ("by", "author", "@", "|", "·", "•", " / ")


@rule("CN301", "byline", words=_BYLINE_WORDS)
def byline(doc: Document, candidates: list[int]) -> Iterator[Hit]:
    r"""Remove byline lines ("By NAME and NAME", "By NAME, Associated Press").

    A byline is "By" (or "by:", "Text by:", "By —") followed by nothing but names,
    outlets, job titles, e-mail addresses, social handles and timestamps, separated by
    commas, "|", "·", "and" or "for".  Also removed: a name glued to its social handle
    ("Jared Lindqvist@JLindqvistCNBC", head and tail only), a timestamp followed by
    "by NAME", and composite lines such as "Name · Outlet · Posted: date".  Bylines say
    who wrote the piece, not what happened.  Kept: sentences that begin with "By"
    ("By the time ...", "By law, ...", "By comparison, ..."), whose words are not all
    names, and subheadings such as "By the numbers" or "By car".

    Okay: By the time the lawsuit was filed, nine people had died.
    Okay: By law, counties remain responsible for the people they detain.
    Okay: By comparison, the effect on reading scores was smaller.
    Okay: By his own account, he lost most of it at casinos.
    Okay: By 2018, when I started digging, only two titles remained in print.
    Okay: By the numbers
    Okay: By Car
    Okay: By Friday, the city had run out of sandbags.
    CN301: By LENA WHITCOMB
    CN301: By Dana Whitfield, CNN
    CN301: By Jordan Keel | Fox News
    CN301: By TOI Staff
    CN301: By RHIANNON MARSH FOR MAILONLINE
    CN301: by: Samuel Okafor, The Hill
    CN301: By — Lauren Whitcomb, Associated Press
    CN301: By Dana Kowalczyk | dkowalczyk@chicagotribune.com | Chicago Tribune
    CN301: Text by: FRANCE 24
    CN301: Headline here\nJared Lindqvist@JLindqvistCNBC
    CN301: Kendra Sauvé · CBC News · Posted: Apr 11, 2024 4:00 AM CDT | Last Updated: April 11
    CN301: 5:45 AM PST 11/19/2019 by Patrick Shanley
    CN301: By The Associated Press
    CN301: Author: Jane Doe (WFAA)
    CN301: TOI City Desk / TIMESOFINDIA.COM / Updated: Jan 5, 2024, 15:12 IST
    Okay: Author: the committee, which met for six hours on Friday.
    Okay: Pass / fail

    A name-and-date line with no label, role or "By" ("Priya Halden · Feb 10, 2025") goes
    only in the head or tail, and not when the line next to it is built the same way: in
    the body, or in a run of such lines, it is a row of a table or a list of dates.  A
    list item of the body ("- ...", "1. ...", "| ... |" next to another) is kept.

    CN301: Headline of the story\nPriya Halden · Feb 10, 2025\nA long first paragraph of the story follows here with many words in it, as stories do.
    Okay: The first paragraph of the story is long enough to count as running prose here.\nVersion 2.3 · March 3, 2024\nThe second paragraph of the story is long enough to count as running prose too.
    Okay: Maintenance windows\nBackup Strategy · January 22nd, 2019\nStorage Migration · March 4, 2019\nA long first paragraph of the story follows here with many words in it, as stories do.
    Okay: The first paragraph of the story is long enough to count as running prose here.\n- January 22nd, 2019 | Backup Strategy\n- March 4th, 2019 | Restore Drill\nThe second paragraph of the story is long enough to count as running prose too.
    """
    for line in _candidates(doc, _F_BY, candidates):
        kind = byline_kind(line.stripped)
        if kind is None:
            continue
        if kind in ("handle", "by-short"):
            if not _in_zone(doc, line.index):
                continue
        elif kind == "composite-bare":
            if not _in_zone(doc, line.index) or _listed(doc, line.index) or _table_like(doc, line.index):
                continue
        elif kind == "composite" and _listed(doc, line.index):
            continue
        yield Hit(line.index, line.index, f"byline ({kind.split('-')[0]})")


# ---------------------------------------------------------------------------------------
# CN302 author and job-title lines in the header cluster

_FURNITURE = {
    "/", "|", "·", "•", "—", "–", "-", "share", "save", "shares", "comments", "comment",
    "print", "email", "e-mail", "facebook", "twitter", "x", "whatsapp", "linkedin",
    "copy url", "copy link", "social sharing", "leave your feedback", "gift article",
    "listen to this article", "listen", "follow", "add topic", "share this article",
    "share on facebook", "share on twitter", "reddit", "pinterest",
}
_SEPARATOR_ONLY = lazyregex.compile(r"[/|·•—–\-]{1,3}+")
_AFFIL_SPLIT = lazyregex.compile(r"\s*+,\s*+")


def _affiliation(text: str) -> bool:
    """ "Marisol Treviño, Associate Professor of Education Policy, Lakeshore State University"."""
    if len(text) > 200 or "," not in text or text.endswith((".", "?", "!")):
        return False
    parts = _AFFIL_SPLIT.split(text)
    if len(parts) < 2 or len(parts) > 5 or not is_name(parts[0], max_tokens=4):
        return False
    role = False
    for p in parts[1:]:
        toks = p.split()
        if not 1 <= len(toks) <= 9:
            return False
        for tok in toks:
            low = tok.lower()
            if low in _ROLE_WORDS:
                role = True
            if not (low in _FUNCTION or _OUTLET_TOKEN.fullmatch(tok)):
                return False
    return role


_SECTION_SPLIT = lazyregex.compile(r"(?<!\s)\s++[—–\-|]\s++")


@lru_cache(maxsize=4096)
def _dated_section(text: str) -> bool:
    """ "Jan 5, 2024 - Politics & Policy" (Axios): a date, a dash and a section name."""
    if len(text) > 80 or not _line_flags(text) & _F_TS:
        return False
    parts = _SECTION_SPLIT.split(text, maxsplit=1)
    return (
        len(parts) == 2
        and timestamp_kind(parts[0]) in ("date", "stamped")
        and parts[1][:1].isupper()
        and is_outlet(parts[1], 4)
        and not any(ch.isdigit() for ch in parts[1])
    )


def _strong(text: str) -> bool:
    return (
        timestamp_kind(text) is not None
        or byline_kind(text) is not None
        or _affiliation(text)
        or _dated_section(text)
        or _placed_timestamp(text)
    )


def _furniture(text: str) -> bool:
    return text.lower() in _FURNITURE or _SEPARATOR_ONLY.fullmatch(text) is not None


#: A labelled header field: "WRITER: Pongsak Chaiyaporn", "NEWSPAPER SECTION: News".
_HEADER_FIELD = lazyregex.compile(
    r"(?:writer|author|reporter|byline|(?:newspaper\s++)?+section|category|desk|photographer|editor)"
    r"\s*+:\s*+(\S.{0,79}+)",
    regex.IGNORECASE,
)
_PIPE_SPLIT = lazyregex.compile(r"(?<!\s)\s*+\|\s*+")


def _weak(text: str) -> bool:
    if len(text) > 120 or any(ch.isdigit() for ch in text):
        return False
    field = _HEADER_FIELD.fullmatch(text) if ":" in text else None
    if field is not None:
        value = field.group(1).strip()
        return is_name(value, min_tokens=1, max_tokens=4) or is_outlet(value, 4)
    if "|" in text:
        # "Sofia Marinescu | Euractiv": a name and its outlet or role
        parts = [p for p in _PIPE_SPLIT.split(text.strip()) if p]
        return 2 <= len(parts) <= 3 and is_name(parts[0], max_tokens=4) and all(
            is_outlet(p, 4) or is_role(p) for p in parts[1:]
        )
    bare = text.rstrip(",").strip()
    if bare.startswith(("in ", "from ")) and bare.split(None, 1)[1][:1].isupper():
        bare = bare.split(None, 1)[1]  # the author's city: "in Hong Kong" (SCMP)
        return is_outlet(bare, 4) and bare[:1].isupper()
    return is_name(bare, max_tokens=4) or is_role(bare, 6) or is_outlet(bare, 4) or (
        "," in bare and all(is_name(p) or is_outlet(p, 4) or is_role(p) for p in _AFFIL_SPLIT.split(bare) if p)
    )


@lru_cache(maxsize=4096)
def _header_kind(s: str) -> str:
    """CN302's class of a header line (a pure function of its text, so cached)."""
    if _strong(s):
        return "strong"
    return _light_kind(s)


@lru_cache(maxsize=4096)
def _light_kind(s: str) -> str:
    """``_header_kind`` of a line that is not ``_strong``."""
    if _furniture(s):
        return "furniture"
    if _weak(s):
        return "weak"
    return "other"


#: CN302's trigger (with ``_may_hold_timestamps``): every hit needs a "strong" line, which
#: is a timestamp or ``_dated_section`` (``_ts_lines``), a byline (CN301's words), or
#: ``_affiliation`` with a token whose ``lower()`` is in ``_ROLE_WORDS`` (only ASCII letters,
#: and the Kelvin sign, lower to ASCII letters).
_HEADER_WORDS = tuple(sorted({*_BYLINE_WORDS, *_ROLE_WORDS}))


@rule("CN302", "author-line", words=_HEADER_WORDS, when=_may_hold_timestamps)
def author_line(doc: Document, candidates: list[int]) -> Iterator[Hit]:
    r"""Remove bare author-name, job-title and desk lines in the header cluster.

    Pages often print the author as separate short lines around the timestamp: a name
    ("Cerys Pritchard"), a job title ("BBC Wales health correspondent", "Live News
    Reporter", "Patch Staff"), a desk ("ABC Ballarat"), a labelled field ("WRITER: Name",
    "SECTION: News"), a name with its outlet ("Name | Outlet") and a lone "/".  Such lines are
    removed only when they sit in an unbroken run of header lines (bylines, timestamps,
    share widgets) before the first paragraph.  The headline (the first line that is not a
    timestamp or widget) is never touched, and names in the body always stay.  Also
    removed: an author line with an academic or newsroom title ("Name, Associate
    Professor of X, Y University") in the head.  A first line that reads as a sentence
    ("I quit my job at 41. Here's what I learned.") is taken as the headline, not as the
    first paragraph, when it has at most 20 words and a byline, or a name and then a dated
    timestamp, follow it before the next long line.

    Okay: Headline of the story\nA long first paragraph of the story follows here with many words in it, as stories do.\nPeanut butter\nCanned tuna
    Okay: Gemma Hartley\nA long first paragraph of the story follows here with many words in it, as stories do.
    Okay: Results:\nMen's 100m: Arjun Menon (Kerala) 10.38s
    CN302: Headline of the story\nGemma Hartley\nHealth reporter\nTuesday 14 May 2024 11:32, UK
    CN302: Headline of the story\nPublished\n4 hours ago\nCerys Pritchard\nBBC Wales health correspondent
    CN302: Headline of the story\nABC Ballarat\n/\nBy Brodie Kettle
    CN302: Headline of the story\nMarisa Delgado,\nPatch Staff\nPosted Fri, May 10, 2024 at 2:14 pm ET
    CN302: Hot classrooms cost students learning time\nMarisol Treviño, Associate Professor of Education Policy, Lakeshore State University
    CN302: Headline of the story\nJane Leung\nin Hong Kong\nPublished: 3:12pm, 5 Jan 2024
    CN302: Headline of the story\nAlex Thorne\nJan 5, 2024 - Politics & Policy
    CN302: I quit my corporate job at 41 to open a bakery. Here's what the first year taught me.\nPriya Halden\n2025-02-10T14:03:00Z
    CN302: Headline of the story\nPUBLISHED : 13 May 2025 at 14:32\nNEWSPAPER SECTION: News\nWRITER: Anan Wongsa
    CN302: Headline of the story\nSofia Marin | The Ledger\nMay 13, 2025
    CN302: Headline of the story\nLucía Ferrer\nMadrid - May 13, 2025 - 11:20 CEST
    Okay: Headline of the story\nA long first paragraph of the story follows here with many words in it, as stories do.\nWRITER: Anan Wongsa\nThe second paragraph of the story is long enough to count as running prose too.
    Okay: Headline of the story\nPeanut Butter | Jelly\nA long first paragraph of the story follows here with many words in it, as stories do.
    Okay: I quit my corporate job at 41 to open a bakery. Here's what the first year taught me.\nPriya Halden
    Okay: The first paragraph of the story is long enough to count as running prose here.\nMay 3, 2024\nJane Doe\nThe second paragraph of the story is long enough to count as running prose too.
    Okay: Headline of the story\nA long first paragraph of the story follows here with many words in it, as stories do.\nin Hong Kong\nPublished: 3:12pm, 5 Jan 2024\nThe second paragraph of the story is long enough to count as running prose too.
    """
    lines = doc.lines
    if len(lines) < 2:
        return
    # a hit is a line other than the first (k != 0 below) in the head, in a run with a
    # strong line; every line that may be strong is here (see _HEADER_WORDS)
    maybe = set(candidates).union(_ts_lines(doc))
    head = _head_end(doc)
    if head <= 1 or not maybe or min(maybe) >= head:
        return
    kinds = [
        _header_kind(line.stripped) if line.index in maybe else _light_kind(line.stripped) for line in lines[:head]
    ]
    # the headline: the first line that is not a timestamp, byline or widget
    headline = next((i for i, k in enumerate(kinds) if k in ("weak", "other")), None)
    i = 0
    while i < len(kinds):
        if kinds[i] == "other":
            i += 1
            continue
        j = i
        while j < len(kinds) and kinds[j] != "other":
            j += 1
        run = range(i, j)
        weak = [k for k in run if kinds[k] == "weak" and k != headline and k != 0]
        if any(kinds[k] == "strong" for k in run) and len(weak) <= 4:
            for k in run:
                if k in weak:
                    yield Hit(k, k, "author name or job title in the header")
                elif kinds[k] == "furniture" and _SEPARATOR_ONLY.fullmatch(lines[k].stripped):
                    yield Hit(k, k, "separator left over from the byline")
        i = j
    for k in range(1, head):
        if kinds[k] == "strong" and k != headline and _affiliation(lines[k].stripped):
            if timestamp_kind(lines[k].stripped) is None and byline_kind(lines[k].stripped) is None:
                yield Hit(k, k, "author name and affiliation")


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


def _listed(doc: Document, index: int) -> bool:
    """An item of a list or a row of a table (another item or row stands within three lines
    before or after it): such a line is kept.  A lone "- Published 18 November
    2019" is no list.  In the head, a list of attribution lines only is the "- Jane Doe /
    - Sep 26, 2022 / - 2 min read" header of some blogs; a list with an item of four words
    or more that is not a timestamp or byline ("- Added export to CSV") is content."""
    lines = doc.lines
    if _LIST_ITEM.match(lines[index].stripped) is None:
        return False
    items = [index]
    for step in (-1, 1):
        j = index + step
        gap = 0  # lines since the last item: an ad marker or a prompt may sit inside a list
        while 0 <= j < len(lines) and abs(j - index) <= _LIST_REACH:
            s = lines[j].stripped
            if s:
                if _LIST_ITEM.match(s) is None:
                    gap += 1
                    if gap > _LIST_GAP:
                        break
                else:
                    items.append(j)
                    gap = 0
            j += step
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


@rule("CN303", "timestamp", when=_may_hold_timestamps)
def timestamp(doc: Document) -> Iterator[Hit]:
    r"""Remove timestamp lines ("Updated 6:41 PM MDT, April 9, 2024", "4 hours ago").

    A timestamp line is made only of timestamp vocabulary (labels such as Published,
    Updated, Posted, Issued on; months, weekdays, numbers, clock times, time zones,
    "ago", separators) and holds a date or time, including glued forms ("May 14,
    20244:37 PM UTCUpdated 2 hours ago").  Labelled lines go anywhere; an unlabelled date
    goes in the head or tail or next to a byline; a bare clock time ("5 AM Central") and
    a lone label ("Published") only next to another timestamp or byline.  Kept: sentences
    ("Published in the journal Nature on Wednesday, ...", "Updated trail conditions are
    posted ..."), race results and list items, and the hourly headings of live stories
    ("10 p.m.") inside the article.

    Okay: Published in the journal Nature Astronomy on Wednesday, the study relied on infrared data.
    Okay: Updated trail conditions are posted each morning at ranger stations.
    Okay: Men's 100m: Arjun Menon (Kerala) 10.38s
    Okay: HAYWARD, Calif. (AP) — The Latest on a stabbing on a commuter train (all times local):\n10 p.m.\nAuthorities say a stabbing that killed a passenger may have occurred after a fight.
    Okay: 1a etapa: 10 de março – Interlagos
    Okay: 2024
    CN303: Updated 6:41 PM MDT, April 9, 2024
    CN303: May 14, 20244:37 PM UTCUpdated 2 hours ago
    CN303: Issued on: 12/03/2024 - 16:41
    CN303: Published: 14:22 BST, 9 May 2024 | Updated: 15:03 BST, 9 May 2024
    CN303: Tuesday 14 May 2024 11:32, UK
    CN303: Published On 15 Mar 202415 Mar 2024
    CN303: PUBLISHED: May 1, 2024 at 4:12 PM CDT | UPDATED: May 1, 2024 at 6:30 PM CDT
    CN303: Thu May 09 2024 - 05:45
    CN303: Apr 20, 2024 · 08:30 am
    CN303: Posted Sun 9 Jun 2024 at 6:10pm
    CN303: Published\n4 hours ago
    CN303: by Erin Duquesne\nMay 3, 2024\n5 AM Central
    CN303: sexta-feira, 22 de outubro de 2010 às 20:13
    CN303: Originally Published: May 1, 2024 at 4:12 PM CDT
    CN303: Published March 4, 2025Updated March 5, 2025, 9:12 a.m. ET
    CN303: Headline of the story\n2025-02-10T14:03:00Z
    CN303: The last paragraph of the story is long enough to count as running prose here.\n2025-02-10T14:03:00.125+05:30
    Okay: On March 4, 2025, the council voted 31 to 17 to rezone the rail yard.
    Okay: The first paragraph of the story is long enough to count as running prose here.\n2025-02-10T14:03:00Z\nThe second paragraph of the story is long enough to count as running prose too.
    Okay: 2025Q1
    CN303: I quit my corporate job at 41 to open a bakery. Here's what the first year taught me.\nPriya Halden\n2025-02-10T14:03:00Z
    CN303: Headline of the story\nJan 5, 2024 - Politics & Policy
    Okay: The first paragraph of the story is long enough to count as running prose here.\nMay 3, 2024 - Final Report\nThe second paragraph of the story is long enough to count as running prose too.

    A dateline's place before a dated timestamp ("Madrid - May 13, 2025 - 11:20 CEST")
    goes under the same conditions as a dated section; "about" counts only in a relative
    time ("Updated about 6 hours ago"), so "About 5 minutes" is no timestamp.

    CN303: Headline of the story\nMadrid - May 13, 2025 - 11:20 CEST
    CN303: Headline of the story\nUpdated about 6 hours ago
    CN303: May 13, 2025 5:12 PM PHT
    Okay: The first paragraph of the story is long enough to count as running prose here.\nFinal Report - May 3, 2024\nThe second paragraph of the story is long enough to count as running prose too.
    Okay: Simmer the sauce until it thickens.\nAbout 5 minutes

    Lists and tables of the body are kept: an item near another item ("- Updated
    February 1, 2024" in a changelog, even with an ad marker between them), and a bare date whose only timestamp neighbour is
    another bare date (a column of dates), and, before the first paragraph too, a list
    with an item of four words or more that is not attribution.  The blog header "- Name
    / - date / - 2 min read" before the first paragraph still goes.

    Okay: The first paragraph of the story is long enough to count as running prose here.\n- Updated February 1, 2024\n- Fixed a crash when opening large files\nThe second paragraph of the story is long enough to count as running prose too.
    Okay: The first paragraph of the story is long enough to count as running prose here.\n- Updated February 1, 2024\nAdvertisement\n- Fixed a crash when opening large files\nThe second paragraph of the story is long enough to count as running prose too.
    Okay: The first paragraph of the story is long enough to count as running prose here.\nKey dates\nMarch 3, 2024\nApril 9, 2024\nMay 1, 2024\nThe second paragraph of the story is long enough to count as running prose too.
    Okay: What's new in the app\n- March 3, 2024\n- Added export to CSV and PDF\n- February 12, 2024\n- Fixed a crash when opening large files
    CN303: Comparing catering services\n- Leonardo Garcia\n- Sep 26, 2022\n- 2 min read\nA long first paragraph of the story follows here with many words in it, as stories do.
    CN303: The first paragraph of the story is long enough to count as running prose here.\n- Published 18 November 2019\nThe second paragraph of the story is long enough to count as running prose too.
    """
    lines = doc.lines
    for line in _candidates(doc, _F_TS):
        s = line.stripped
        if _LIST_ITEM.match(s) is not None and _listed(doc, line.index):
            continue  # a list item or table row of the body: a changelog, a table of dates
        kind = timestamp_kind(s)
        if kind is None and _placed_timestamp(s):
            if line.index < _head_end(doc) or _next_to_anchor(doc, line.index):
                yield Hit(line.index, line.index, "timestamp with its place")
            continue
        if kind is None and _dated_section(s):
            if line.index < _head_end(doc) or _next_to_anchor(doc, line.index):
                yield Hit(line.index, line.index, "timestamp with its section")
            continue
        if kind is None or kind in ("read", "duration"):
            continue
        if kind == "stamped":
            yield Hit(line.index, line.index, "timestamp")
            continue
        if kind in ("time", "label"):
            near = _next_to_anchor(doc, line.index)
            if kind == "label" and not near and line.index + 1 < len(lines):
                near = timestamp_kind(lines[line.index + 1].stripped) is not None
            if near:
                yield Hit(line.index, line.index, f"timestamp ({kind})")
            continue
        # date, relative: in the body, next to a byline or a labelled timestamp, not only
        # next to another bare date (a column of dates)
        if _in_zone(doc, line.index) or _next_to_anchor(doc, line.index, dates=False):
            yield Hit(line.index, line.index, f"timestamp ({kind})")


#: CN304's trigger: its kinds, "read" and "duration", need a word of ``_UNITS``.
_UNIT_WORDS = ("min",)


@rule("CN304", "read-time", words=_UNIT_WORDS)
def read_time(doc: Document, candidates: list[int]) -> Iterator[Hit]:
    r"""Remove read-time and listen-time lines ("4 minute read", "3 mins").

    Reading and audio-length widgets tell the reader how long the page is, not what
    happened.  A line with "read" or "listen" and a number of minutes goes anywhere; a bare
    duration ("3 mins") only in the head or tail or next to other attribution lines.
    Kept: durations inside the story, such as recipe times or race splits in the body.

    Okay: Cook for 3 minutes, then stir in the spinach.
    Okay: The first paragraph of the story is long enough to count as running prose here.\n10 minutes\nThe second paragraph of the story is long enough to count as running prose too.
    CN304: 4 minute read
    CN304: 5 min read
    CN304: Listen to this article\n3 mins\nPublished On 15 Mar 2024
    CN304: Reading time: 4 minutes
    """
    for line in _candidates(doc, _F_TS, candidates):
        kind = timestamp_kind(line.stripped)
        if kind == "read":
            yield Hit(line.index, line.index, "read time")
        elif kind == "duration":
            if _in_zone(doc, line.index) or _next_to_anchor(doc, line.index):
                yield Hit(line.index, line.index, "read or listen time")


# ---------------------------------------------------------------------------------------
# CN305 update notes

_UPDATE_NOTE = lazyregex.compile(
    r"[(\[]\s*+(?:updates?|adds?|recasts?|changes?|corrects?|refiles?|rewrites?|fixes|removes?|"
    r"replaces?|inserts?|clarifies|repeats?|writes\s++through|tops?|moves?|restores?)\b"
    r"[^()\[\]]{0,300}+[)\]]",
    regex.IGNORECASE,
)
_UPDATE_SENTENCE = lazyregex.compile(
    r"(?:\*{1,3}+\s*+)?+(?:(?:update|editor['’]s\s++note|correction)\s*+:?\s*+)?+"
    r"(?:this|the)\s++(?:story|article|post|report|piece)\s++(?:has\s++been|was|is\s++being|will\s++be)"
    r"\s++(?:updated|corrected)\b"
    r"|this\s++is\s++a\s++(?:developing|breaking)\s++(?:news\s++)?+story\b",
    regex.IGNORECASE,
)


_UPDATE_HINT = lazyregex.compile(r"updated|corrected|developing|breaking", regex.IGNORECASE)
_UPDATE_WORDS = ("updated", "corrected", "developing", "breaking")
#: What ``_UPDATE_SENTENCE`` starts with after its asterisks and white space.
_UPDATE_STARTS = ("update", "editor", "correction", "this", "the")


def _update_possible(s: str, lead: str) -> bool:
    """Necessary for a CN305 hit on ``s`` (stripped, not empty): ``_UPDATE_NOTE`` starts
    with a bracket; ``_UPDATE_SENTENCE`` with one of ``_UPDATE_STARTS``, and it holds one
    of ``_UPDATE_WORDS``."""
    if s[0] in "([":
        return True
    return lead.startswith(_UPDATE_STARTS) and _has_any(fold(s), _UPDATE_WORDS)


#: The verbs ``_UPDATE_NOTE`` allows after its bracket.
_UPDATE_VERBS = (
    "update", "add", "recast", "change", "correct", "refile", "rewrite", "fixes", "remove", "replace",
    "insert", "clarifies", "repeat", "writes", "top", "move", "restore",
)
#: CN305's trigger: ``_UPDATE_HINT`` for a sentence; for a note, its bracket followed by
#: white space or at once by a verb.
_UPDATE_TRIGGER = _UPDATE_WORDS + tuple(
    bracket + follow for bracket in "([" for follow in (*_LINE_SPACE, *_UPDATE_VERBS)
)


@rule("CN305", "update-note", words=_UPDATE_TRIGGER, local=True)
def update_note(doc: Document, candidates: list[int]) -> Iterator[Hit]:
    r"""Remove update notes ("(Updates with closing prices in third paragraph.)").

    Wire services mark each new version of a story with a bracketed note saying what
    changed, and sites add "This story has been updated ..." lines.  They describe the
    page's history, not the news.  Kept: sentences that mention updates as news
    ("The company updates its forecast every quarter.").

    Okay: The company updates its forecast every quarter, analysts said.
    Okay: (Adds a new species to the list, the team wrote in its paper, which was published in 2021 after a long review by peers and editors.) The find was confirmed.
    CN305: (Updates with closing prices in third paragraph.)
    CN305: (Adds comment from the ministry in paragraph 5)
    CN305: This story has been updated with additional information.
    CN305: This is a developing story and will be updated.
    """
    for line in _candidates(doc, _F_UPDATE, candidates):
        s = line.stripped
        if not s or len(s) > 320 or (s[0] not in "([" and _UPDATE_HINT.search(s) is None):
            continue
        if _UPDATE_NOTE.fullmatch(s):
            yield Hit(line.index, line.index, "update note")
        elif word_count(s) <= 40 and not is_reported_speech(s) and _UPDATE_SENTENCE.match(s):
            yield Hit(line.index, line.index, "update note")


# ---------------------------------------------------------------------------------------
# CN306 author bios, CN307 reporter contact lines, CN308 funding disclosures

_NAME_LEAD = lazyregex.compile(
    r"((?:[\p{Lu}][\p{L}\p{M}'’.\-]{0,30}+\s++){1,4}+)(?=(?:is|was|has\s++been|covers|writes|reports|"
    r"receives?|has\s++received|does\s++not|do\s++not|did\s++not|may\s++be|can\s++be)\b)"
)
_BIO_VERB = lazyregex.compile(
    r"(?<!\s)\s*+(?:is|was|has\s++been)\s++(?:a|an|the|[\p{Lu}][\p{L}'’]*+['’]s)\s"
    r"|(?<!\s)\s*+(?:covers|writes\s++about|reports\s++on)\s",
)
_BIO_ROLE = lazyregex.compile(
    r"\b(?:writer|reporter|correspondent|editor|journalist|columnist|contributor|producer|"
    r"photographer|photojournalist|critic|intern|fellow|author|anchor|host|analyst|"
    r"videographer|blogger|freelancer|covers|writes about|reports on)\b",
    regex.IGNORECASE,
)


def _lead_name(text: str) -> str | None:
    m = _NAME_LEAD.match(text)
    if m is None:
        return None
    name = m.group(1).strip()
    return name if is_name(name, max_tokens=4) else None


def _verb_after_name(toks: list[str], verbs: frozenset[str]) -> bool:
    """Necessary for ``_lead_name`` followed by the word ``verbs`` (each followed by white
    space in the pattern); ``toks`` is ``text.split(None, 5)``.

    ``_lead_name`` accepts a name of 2 to 4 tokens (``is_name``) made of letters, marks,
    apostrophes, dots and hyphens, at the start of the text and followed by white space,
    so the 3rd, 4th or 5th token of ``text.split()`` is the word after it, and the first
    two start with a capital (``\\p{Lu}``, never ``str.islower``).
    """
    return _named(toks) and not verbs.isdisjoint(toks[2:5])


def _named(toks: list[str]) -> bool:
    """Necessary for ``_lead_name`` (see ``_verb_after_name``): a third token, and the
    first two do not start in lower case."""
    return len(toks) > 2 and not toks[1][0].islower() and not toks[0][0].islower()


_BIO_HINT = lazyregex.compile(r"\s(?:is|was|has\s++been|covers|writes|reports)\s")


#: The words ``_BIO_VERB`` starts with, each followed by white space.
_BIO_VERBS = frozenset({"is", "was", "has", "covers", "writes", "reports"})


def _bio_possible(toks: list[str]) -> bool:
    """Necessary for ``_bio_like``: ``_lead_name`` and then ``_BIO_VERB`` must match."""
    return _verb_after_name(toks, _BIO_VERBS)


_BIO_SAID = lazyregex.compile(r"\b(?:said|says|told|according)\b")


#: The first sentence of a bio after the name: up to its first ".", "!" or "?".
_FIRST_SENTENCE = lazyregex.compile(r"[^.!?]{0,600}+")
#: The role noun comes within this many words of the verb ("is a freelance travel writer").
_BIO_ROLE_WORDS = 6
#: The first sentence says the person writes for an outlet: a role noun followed by
#: for/at/of/on/with and a capitalised name or "the <Name>"; a writer's title ("staff
#: writer", "contributing editor", "travel writer", "freelance journalist"); or a beat.
_BIO_JOB = lazyregex.compile(
    r"\b(?:writer|reporter|correspondent|editor|journalist|columnist|contributor|producer|photographer|"
    r"photojournalist|critic|intern|fellow|anchor|host|analyst|videographer|blogger|freelancer)s?+"
    r"(?:,?+\s++(?:and|&)\s++[\p{L}-]++){0,2}+\s++(?:for|at|of|on|with|in)\s++(?:the\s++)?+[\p{Lu}\d]"
    r"|\b(?:staff|senior|contributing|freelance|special|investigative|political|politics|business|sports?|"
    r"science|health|travel|food|finance|tech|technology|culture|arts|features?|news|deputy|managing|"
    r"executive|digital|associate|assistant|local|national|foreign|metro|copy|photo|video|data|audience)"
    r"\s++(?:[\p{L}-]++\s++){0,2}?(?:writer|reporter|correspondent|editor|journalist|producer|"
    r"photographer|critic|columnist|contributor|anchor|host|analyst)\b"
    r"|(?:^|\s)(?:covers|writes\s++about|reports\s++on)\s"
    # "a MarketWatch reporter", "a reporter based in New York"
    r"|\b(?:a|an)\s++(?-i:\p{Lu})[\p{L}\d&'’.\-]*+(?:\s++(?-i:\p{Lu})[\p{L}\d&'’.\-]*+){0,2}+\s++"
    r"(?:writer|reporter|correspondent|editor|journalist|columnist|contributor|producer|photographer)\b"
    r"|\b(?:writer|reporter|correspondent|editor|journalist|columnist)\s++based\s++in\s++(?-i:\p{Lu})",
    regex.IGNORECASE,
)
#: The usual later sentences of a writer's bio.
_BIO_MORE = lazyregex.compile(
    r"\b(?:(?:she|he|they)\s++(?:is|are)\s++based\s++in|follow\s++(?:her|him|them)\s++on|"
    r"(?:her|his|their)\s++(?:work|writing|reporting|stories)\s++(?:has|have)\s++(?:appeared|been\s++published))\b",
    regex.IGNORECASE,
)


def _bio_like(text: str) -> bool:
    if len(text) > _MAX_BIO or '"' in text or "“" in text or not _line_flags(text) & _F_BIO:
        return False
    if _BIO_HINT.search(text) is None:
        return False
    name = _lead_name(text)
    if name is None:
        return False
    rest = text[len(name):]
    if not _BIO_VERB.match(rest):
        return False
    if _BIO_SAID.search(rest):
        return False
    # the writer's job comes in the sentence that names them, right after the verb ("is a
    # politics reporter for ...", "covers housing for ..."), never in a later sentence
    head = _FIRST_SENTENCE.match(rest).group()  # type: ignore[union-attr]
    role = _BIO_ROLE.search(head)
    if role is None or word_count(head[: role.start()]) > _BIO_ROLE_WORDS:
        return False
    # and it is a job for an outlet: "... for/at/of The Tribune", a writer's title
    # ("staff writer", "travel writer"), a beat ("covers"), or the bio's usual second
    # sentence ("She is based in ...", "Follow her on X")
    return _BIO_JOB.search(head) is not None or _BIO_MORE.search(rest) is not None


#: CN306's trigger: the literals of ``_BIO_ROLE`` ("photojournalist" holds "journalist").
_BIO_WORDS = (
    "writer", "reporter", "correspondent", "editor", "journalist", "columnist", "contributor", "producer",
    "photographer", "critic", "intern", "fellow", "author", "anchor", "host", "analyst", "videographer",
    "blogger", "freelancer", "covers", "writes about", "reports on",
)


#: "Chalkbeat is a nonprofit newsroom that reports on ...": the outlet's description of
#: itself after the article.  The outlet is one to five capitalised words, then "is a/an"
#: and up to four words before a newsroom noun.
_OUTLET_BLURB = lazyregex.compile(
    r"(?:[\p{Lu}\d][\p{L}\d&'’.\-]{0,30}+\s++){1,5}+is\s++(?:a|an|the)\s++(?:[\p{L}\-]{1,20}+,?+\s++){0,4}?"
    r"(?:newsroom|news\s++(?:organi[sz]ation|outlet|site|service|agency|publication)|media\s++organi[sz]ation)\b"
    r"[^\n\"“”]{0,400}+"
)
#: The newsroom nouns of _OUTLET_BLURB (folded).
_BLURB_WORDS = ("newsroom", "news organi", "news outlet", "news site", "news service", "news agency",
                "news publication", "media organi")


def _outlet_blurb(text: str) -> bool:
    """True for an outlet's one-paragraph description of itself (_OUTLET_BLURB): no
    quotation, no "said" or "according", at most 60 words, and a sentence."""
    if len(text) > 600 or " is " not in text or not text[:1].isupper():
        return False
    low = fold(text)
    if not _has_any(low, _BLURB_WORDS) or not text.rstrip().endswith("."):
        return False
    return (
        _OUTLET_BLURB.fullmatch(text) is not None
        and _BIO_SAID.search(text) is None
        and word_count(text) <= 60
    )


#: A heading over an author card: "About the Author", "About the writer".
_CARD_HEADING = lazyregex.compile(r"(?:about\s++the\s++)?+(?:authors?|writers?|reporters?|contributors?)", regex.IGNORECASE)


def _card_top(doc: Document, index: int, name: str) -> int:
    """First line of the author card that ends with the bio at ``index`` (``name`` is the
    bio's lead name): up to three lines right above it, each the name alone, a job title
    ("Washington Correspondent", "Reporter, Ohio"), the name with its title ("Jonah Doe
    Senior Technology Reporter") or, at the top, a heading ("About the Author")."""
    lines = doc.lines
    first = index
    named = False
    for j in range(index - 1, max(-1, index - 4), -1):
        t = lines[j].stripped
        if not named and (t == name or (t.startswith(name + " ") and is_role(t[len(name) + 1 :]))):
            named = True
            first = j
        elif not named and is_role(t.replace(",", " ").strip(), 6) and not t.endswith((".", ":")):
            first = j
        elif named and _CARD_HEADING.fullmatch(t) is not None:
            first = j
            break
        else:
            break
    return first if named else index


@rule("CN306", "author-bio", words=(*_BIO_WORDS, *_BLURB_WORDS))
def author_bio(doc: Document, candidates: list[int]) -> Iterator[Hit]:
    r"""Remove author bios after the article ("Jordan Keel is a sports writer for Fox News Digital.").

    A bio starts with a person's name, says what they are ("is a ... writer/reporter/
    editor", "covers ... for ..."), quotes nobody, and sits in the tail after the last
    paragraph.  It is about the writer: the sentence that names them gives, right after
    the verb, a job for an outlet ("a reporter for The Courier", "a staff writer at ...",
    "the digital editor of ..."), a writer's title ("a travel writer") or a beat ("covers
    housing"), or a later sentence says where they are based or how to follow them.
    Kept: the same shape inside the story ("Tom Reyes is a reporter for the local paper
    who broke the story, his editor said."), and a paragraph about a person the article
    is about or quotes, even after the last paragraph ("... is a Cree playwright and
    novelist. He is best known for ...", "... is a journalist and Nobel laureate who
    founded ...").

    Okay: Tom Reyes is a reporter for the local paper who broke the story, his editor said.
    Okay: Gerald Hanlon is a former treasurer who pleaded guilty to wire fraud.\nThe judge ordered him to pay restitution to the village, officials said in a statement on Tuesday.
    CN306: The last paragraph of the story is long enough to count as running prose here.\nJordan Keel is a sports writer for Fox News Digital.
    CN306: The last paragraph of the story is long enough to count as running prose here.\nAnya Brooks covers climate and energy for the Tribune. She previously worked at a wire service in London.
    CN306: The last paragraph of the story is long enough to count as running prose here.\nPriya Nandakumar is a freelance food writer whose recipes have won two national awards.
    CN306: The last paragraph of the story is long enough to count as running prose here.\nOwen Halloran is a contributing editor. He is based in Dublin.
    Okay: The last paragraph of the story is long enough to count as running prose here.\nMarguerite Obi is a Yoruba poet, translator and painter. She is best known for her collection of river songs, and an author and editor of two anthologies.
    Okay: The last paragraph of the story is long enough to count as running prose here.\nDaniel Vasquez is a journalist and human-rights lawyer who spent four years in prison for his reporting.
    Okay: The last paragraph of the story is long enough to count as running prose here.\nRuth Okonjo is the author of three novels, most recently a book about her grandmother's farm.

    A job for an outlet also reads "a <Outlet> reporter" or "a reporter based in <Place>".
    The author card above a bio in the tail goes with it: up to three lines right above,
    the bio's name alone or with its title ("Jonah Doe Senior Technology Reporter"), a
    job title ("Washington Correspondent", "Reporter, Ohio") and a heading ("About the
    Author").  A bio in the header cluster goes when a byline or author line just above
    it holds the same name.  And after the article, the outlet's description of itself
    ("<Outlet> is a nonprofit newsroom that ...", "... is a national newsroom producing
    ...") goes too; the same sentence in the body, or quoting someone, is kept.

    CN306: The last paragraph of the story is long enough to count as running prose here.\nKevin Albers is a Metro Wire reporter based in New York.
    CN306: The last paragraph of the story is long enough to count as running prose here.\nAbout the Author\nSabrina Holm\nWashington Correspondent\nSabrina Holm covers health policy for the Ledger.
    CN306: The last paragraph of the story is long enough to count as running prose here.\nJonah Whit Senior Technology Reporter\nJonah Whit is a senior technology reporter at the Ledger.
    CN306: Headline of the story\nDerek Lomb, Ledger Staff Writer\nDerek Lomb covers college basketball for the Ledger.\nA long first paragraph of the story follows here with many words in it, as stories do.
    CN306: The last paragraph of the story is long enough to count as running prose here.\nThe Ledger is a nonprofit newsroom that reports on public education across the state.
    Okay: Headline of the story\nBy Derek Lomb\nTom Reyes covers the statehouse for the Ledger, and last week he was arrested outside it.\nA long first paragraph of the story follows here with many words in it, as stories do.
    Okay: The Ledger is a nonprofit newsroom that reports on public education across the state.\nThe last paragraph of the story is long enough to count as running prose here, really it is.
    Okay: The last paragraph of the story is long enough to count as running prose here.\nThe Ledger is a nonprofit newsroom founded in 2015, its editor said in an interview.
    Okay: The last paragraph of the story is long enough to count as running prose here.\nWashington Correspondent\nMarguerite Obi is a Yoruba poet, translator and painter.
    """
    tail = None
    lines = doc.lines
    for line in _candidates(doc, _F_BIO, candidates):
        s = line.stripped
        if not _bio_like(s):
            continue
        if tail is None:
            tail = _tail_start(doc)
        name = _lead_name(s) or ""
        if line.index >= tail:
            first = _card_top(doc, line.index, name)
            yield Hit(first, line.index, "author bio" if first == line.index else "author card")
        elif 0 < line.index < _head_end(doc) and any(
            name in lines[j].stripped and _header_kind(lines[j].stripped) in ("strong", "weak")
            for j in range(max(0, line.index - 3), line.index)
        ):
            yield Hit(line.index, line.index, "author bio under the byline")
    for i in candidates:
        s = lines[i].stripped
        if _outlet_blurb(s):
            if tail is None:
                tail = _tail_start(doc)
            if i >= tail:
                yield Hit(i, i, "the outlet's description of itself")


_CONTACT = lazyregex.compile(
    r"(?:have\s++a\s++(?:news\s++)?+tip\?\s*+)?+"
    r"(?:(?:reach|contact|email|e-mail|follow)\s++(?:the\s++(?:reporter|author|writer|columnist)s?+|him|her|them)\b"
    r"|(?:email|e-mail|contact|reach)\s++(?:the\s++)?+(?:reporter|author|writer)s?+\b"
    r"|(?:email|e-mail|contact)\s*+:)",
    regex.IGNORECASE,
)
_REACHED = lazyregex.compile(r"\s*+(?:may|can)\s++be\s++(?:reached|contacted|emailed)\b", regex.IGNORECASE)
_FOLLOW_NAME = lazyregex.compile(
    r"follow\s++((?:[\p{Lu}][\p{L}'’.\-]{0,30}+\s++){1,4}+)on\s++(?:twitter|x|instagram|threads|bluesky|facebook|linkedin|mastodon)\b",
    regex.IGNORECASE,
)
_TIP_PREFIX = lazyregex.compile(r"have\s++a\s++(?:news\s++)?+tip\?\s*+", regex.IGNORECASE)


_CONTACT_HINT = lazyregex.compile(r"@|reach|contact|e-?mail|follow|tip\?", regex.IGNORECASE)


_CONTACT_STARTS = ("have", "reach", "contact", "email", "e-mail", "follow")
#: The words ``_REACHED`` starts with, each followed by white space (in lower case, as
#: ``_NAME_LEAD``'s look-ahead requires).
_REACHED_VERBS = frozenset({"may", "can"})


def _contact_possible(text: str, lead: str, toks: list[str]) -> bool:
    """Necessary for ``_contact_like``: one of its ways to say yes can succeed.

    The e-mail form needs "@"; ``_CONTACT`` and ``_FOLLOW_NAME`` match at the start;
    ``_TIP_PREFIX`` needs "tip?" (only "p" and "P" fold to "p"); without it, "NAME may be
    reached" needs ``_lead_name`` followed by "may" or "can".
    """
    return (
        "@" in text
        or "p?" in text
        or "P?" in text
        or lead.startswith(_CONTACT_STARTS)
        or _verb_after_name(toks, _REACHED_VERBS)
    )


_WRITE_TO = lazyregex.compile(r"write\s++to\s++", regex.IGNORECASE)
_WRITE_SPLIT = lazyregex.compile(r"(?<![\s,]),?+\s++and\s++|(?<!\s)\s*+,\s++")


def _write_to(text: str) -> bool:
    """ "Write to Mark Hale at mark.hale@example.com and Sara Ng at sara.ng@example.com" (WSJ)."""
    m = _WRITE_TO.match(text)
    if m is None or "@" not in text:
        return False
    for part in _WRITE_SPLIT.split(text[m.end():].rstrip(".").strip()):
        name, sep, address = part.rpartition(" at ")
        if not sep or not _is_email(address) or not _names_list(name):
            return False
    return True


#: "Reach Dylan Marchetti at dmarchetti@example.com and follow him on X @dylanm." (USA
#: Today): a verb of contact, names, "at" and an e-mail address, perhaps with a handle.
_REACH_NAME = lazyregex.compile(
    r"(?:reach|contact|email|e-mail)\s++(.{3,80}?)\s++at\s++(" + _EMAIL.pattern + r")"
    r"(?:,?+\s++(?:and|or)\s++(?:follow\s++(?:him|her|them)\s++)?+on\s++"
    r"(?:x|twitter|bluesky|threads|instagram|mastodon|linkedin|facebook)\s++(?:at\s++)?+@\w{1,30}+)?+\.?+",
    regex.IGNORECASE,
)


def _reach_name(text: str) -> bool:
    """ "Reach NAME at EMAIL": names of two or more capitalised words each, not "the clinic"."""
    m = _REACH_NAME.fullmatch(text)
    if m is None:
        return False
    parts = [p for p in _CREDIT_SPLIT.split(m.group(1).strip()) if p]
    return bool(parts) and all(is_name(p) for p in parts)


def _contact_like(text: str) -> bool:
    if len(text) > _MAX_LINE * 2 or not _line_flags(text) & _F_CONTACT or _CONTACT_HINT.search(text) is None:
        return False
    if _write_to(text) or _reach_name(text):
        return True
    if "@" in text:
        toks = text.split()
        if toks and _is_address(toks[-1].rstrip(".")) and len(toks) <= 5:
            head = " ".join(toks[:-1]).rstrip(":")
            if not head or word_count(head) <= 4 and not head.endswith((".", "?", "!")):
                return True
    if is_reported_speech(text) and not _CONTACT.match(text):
        return False
    if _CONTACT.match(text):
        return True
    body = _TIP_PREFIX.sub("", text, count=1)
    name = _lead_name(body)
    if name is not None and _REACHED.match(body[len(name):]):
        return True
    m = _FOLLOW_NAME.match(text)
    return bool(m and is_name(m.group(1).strip(), max_tokens=4))


_REACH_TARGET = lazyregex.compile(r"@|twitter\.com|x\.com|\b(?:twitter|email|e-mail)\b", regex.IGNORECASE)


def _contact_strong(text: str) -> bool:
    """ "NAME can be reached at x@y" and "Reach the reporter at ..." are safe anywhere."""
    if _REACH_TARGET.search(text) is None or word_count(text) > 45:
        return False
    if _write_to(text):
        return True
    body = _TIP_PREFIX.sub("", text, count=1)
    if _CONTACT.match(body) and not body.lower().startswith(("email", "e-mail", "contact")):
        return True
    name = _lead_name(body)
    return name is not None and _REACHED.match(body[len(name):]) is not None


#: CN307's trigger: "@" (e-mail forms, ``_write_to``), the verbs of ``_CONTACT``, and
#: those of ``_REACHED`` ("reached", "contacted", "emailed") and ``_FOLLOW_NAME``.
_CONTACT_WORDS = ("@", "reach", "contact", "email", "e-mail", "follow")


@rule("CN307", "reporter-contact", words=_CONTACT_WORDS)
def reporter_contact(doc: Document, candidates: list[int]) -> Iterator[Hit]:
    r"""Remove reporter e-mail and contact lines ("dkowalczyk@chicagotribune.com").

    Lines that are only an e-mail address (perhaps after a name or "Email:"), "NAME can be
    reached at ...", "Reach the reporters on Twitter at ...", "Follow her on X @...", in the
    head or the tail.  They are a way to reach the writer, not part of the story.  Kept:
    e-mail addresses inside sentences of the story, and any such line in the body.

    Okay: To apply, email your cover letter to jobs@example.org before May 3.
    Okay: The first paragraph of the story is long enough to count as running prose here.\nContact: info@example.org\nThe second paragraph of the story is long enough to count as running prose too.
    CN307: The last paragraph of the story is long enough to count as running prose here.\ndkowalczyk@chicagotribune.com
    CN307: The last paragraph of the story is long enough to count as running prose here.\nHave a tip? Amy Kuperinsky may be reached at akuperinsky@example.com. Follow her on Twitter @AmyKup.
    CN307: The last paragraph of the story is long enough to count as running prose here.\nReach the reporters on Twitter at http://twitter.com/example
    CN307: Write to Mark Hale at mark.hale@example.com and Sara Ng at sara.ng@example.com
    CN307: The last paragraph of the story is long enough to count as running prose here.\nReach Dylan Marchetti at dmarchetti@example.com and follow him on X @dylanm.
    CN307: The last paragraph of the story is long enough to count as running prose here.\nAva Rendell\nava.rendell@example.org@avarendell
    Okay: The last paragraph of the story is long enough to count as running prose here.\nReach the clinic at 555-0100 for appointments, the notice said.
    Okay: The last paragraph of the story is long enough to count as running prose here.\nReach Dylan Marchetti at dmarchetti@example.com if the form does not load.
    Okay: The first paragraph of the story is long enough to count as running prose here.\nAva Rendell\nava.rendell@example.org\nThe second paragraph of the story is long enough to count as running prose too.
    Okay: Write to your senator at senator@example.gov and ask for a hearing on the bill.
    """
    for line in _candidates(doc, _F_CONTACT, candidates):
        s = line.stripped
        if not _contact_like(s):
            continue
        if _contact_strong(s):
            yield Hit(line.index, line.index, "reporter contact line")
            continue
        if _in_zone(doc, line.index):
            yield Hit(line.index, line.index, "reporter contact line")
            # the reporter's name printed just above a bare address in the tail
            prev = line.index - 1
            tail = _tail_start(doc)
            if prev >= max(tail, 1) and _is_address(s) and is_name(doc.lines[prev].stripped, max_tokens=4):
                yield Hit(prev, prev, "reporter name above the contact line")


_FUNDING = lazyregex.compile(
    r"(?<!\s)\s*+(?:receives?|has\s++received|received|does\s++not|do\s++not|did\s++not|is\s++funded|"
    r"has\s++been\s++funded|is\s++supported)\b.{0,500}?(?:funding|funded|grants?|work\s++for|"
    r"consult|shares|affiliations?|supported\s++by)\b",
    regex.IGNORECASE,
)
_DISCLOSURE = lazyregex.compile(
    r"(?:disclosure(?:\s++statement)?+\s*+:?+\s*+.{0,500}?(?:financial\s++supporter|funded|"
    r"funding|donors?|sponsors?|supporters?)\b.*+|disclosure\s++statement|"
    r"the\s++authors?\s++(?:declares?|reports?|has|have)\s++no\s++(?:competing|conflicts?|relevant)\b.*+)",
    regex.IGNORECASE,
)


_FUNDING_HINT = lazyregex.compile(r"fund|disclos|grant|work\s++for|shares|affiliat|competing|conflict", regex.IGNORECASE)


#: The first word of ``_FUNDING``'s verb (followed by white space, or "receive(s)")
#: where ``_NAME_LEAD``'s look-ahead (in lower case) allows it.
_FUNDING_VERBS = frozenset({"has", "does", "do", "did", "is"})
#: A literal in each alternative of ``_FUNDING``'s object.
_FUNDING_NOUNS = ("fund", "grant", "work", "consult", "shares", "affiliation", "supported")


def _funding_possible(text: str, lead: str, toks: list[str]) -> bool:
    """Necessary for ``_funding_like``: ``_DISCLOSURE`` or ``_lead_name`` followed by
    ``_FUNDING`` can match.

    ``_DISCLOSURE`` starts with "disclosure" or with the words "the author(s)";
    ``_FUNDING`` needs its verb just after the name and one of its objects after that.
    """
    if lead.startswith("disclosure"):
        return True
    if len(toks) >= 2 and len(toks[0]) == 3 and fold(toks[0]) == "the" and fold(toks[1]) in ("author", "authors"):
        return True
    if not _named(toks):
        return False
    # "receives?" ends at ``\b``: that token may go on with punctuation
    if _FUNDING_VERBS.isdisjoint(toks[2:5]) and "receive" not in " ".join(toks[2:5]):
        return False
    return _has_any(fold(text), _FUNDING_NOUNS)


def _funding_like(text: str) -> bool:
    if len(text) > _MAX_BIO * 2 or not _line_flags(text) & _F_FUND or _FUNDING_HINT.search(text) is None:
        return False
    if _DISCLOSURE.fullmatch(text):
        return True
    name = _lead_name(text)
    if name is None:
        return False
    return _FUNDING.match(text[len(name):]) is not None and not is_reported_speech(text)


#: CN308's trigger: ``_funding_like`` needs ``_FUNDING_HINT``.
_FUNDING_WORDS = ("fund", "disclos", "grant", "shares", "affiliat", "competing", "conflict") + _spaced(
    ["work"], ["for"]
)


@rule("CN308", "funding-disclosure", words=_FUNDING_WORDS)
def funding_disclosure(doc: Document, candidates: list[int]) -> Iterator[Hit]:
    r"""Remove funding and conflict-of-interest disclosures after the article.

    "NAME receives funding from ...", "NAME does not work for, consult, own shares in or
    receive funding from ...", "Disclosure: X has been a financial supporter of ...": the
    author's or outlet's disclosure, printed in the tail.  Kept: sentences about funding
    inside the story.

    Okay: The clinic receives funding from the state, a spokesperson said.
    Okay: Marisol Treviño receives funding from the National Science Foundation.\nThe last paragraph of the story is long enough to count as running prose here, really.
    CN308: The last paragraph of the story is long enough to count as running prose here.\nMarisol Treviño receives funding from the National Science Foundation.
    CN308: The last paragraph of the story is long enough to count as running prose here.\nJane Okoro does not work for, consult, own shares in or receive funding from any company.
    CN308: The last paragraph of the story is long enough to count as running prose here.\nDisclosure: Acme Water has been a financial supporter of The Example Tribune.
    """
    tail = None
    for line in _candidates(doc, _F_FUND, candidates):
        s = line.stripped
        if not _funding_like(s):
            continue
        if tail is None:
            tail = _tail_start(doc)
        if line.index >= tail:
            yield Hit(line.index, line.index, "funding disclosure")


# ---------------------------------------------------------------------------------------
# CN309 wire and syndication trailers

_AGENCIES = (
    r"AFP|AP|Reuters|dpa|DPA|EFE|ANSA|Kyodo|Xinhua|PTI|IANS|ANI|KNA|epd|AAP|CP|UPI|Bloomberg|"
    r"Lusa|TASS|Yonhap|Bernama|Anadolu|RIA|Interfax|Agence France-Presse|Associated Press|"
    r"The Associated Press|Canadian Press|The Canadian Press|Press Association|PA|news agencies|agencies|"
    r"wires|wire services|wire reports"
)
_CONTRIBUTED = lazyregex.compile(
    r"(?:[—–\-]\s*+)?+[^\"“”]{1,300}?\bcontributed\s++(?:(?:additional\s++)?+reporting\s++)?+to\s++this\s++"
    r"(?:report|story|article|piece)\.?+\)?+",
    regex.IGNORECASE,
)
_CONTRIBUTED_REPORTING = lazyregex.compile(
    r"[^\"“”]{1,200}?\bcontributed\s++(?:additional\s++)?+(?:reporting|research)(?:\s++from\s++[^.]{1,80}+)?+\.?+",
    regex.IGNORECASE,
)
_CREDIT_ROLE = lazyregex.compile(
    r"(?:with\s++)?+(?:additional\s++)?+(?:reporting|writing|editing|sub-editing|fact-checking|"
    r"research|graphics|production|compiled|translation|photos|video|written|edited)\s++by\s++",
    regex.IGNORECASE,
)
_CREDIT_SPLIT = lazyregex.compile(r"(?<!\s)\s*+[;,]\s*+|(?<!\s)\s++(?:and|&)\s++")
_WITH_FILES = lazyregex.compile(r"(?:[—–\-]\s*+)?+with\s++files\s++from\s++[^.]{1,200}+\.?+", regex.IGNORECASE)
_WITH_ASSIST = lazyregex.compile(
    r"\(?+(?:[—–\-]\s*+)?+with\s++(?:assistance|additional\s++reporting|reporting|(?:additional\s++)?+inputs?+)\s++"
    r"(?:from|by)\s++(.{1,200}?)\.?+\)?+",
    regex.IGNORECASE,
)
#: "(With agency inputs)", "With inputs from agencies" is _WITH_ASSIST's.
_AGENCY_INPUTS = lazyregex.compile(
    r"\(?+(?:[—–\-]\s*+)?+with\s++(?:news\s++)?+(?:agency|agencies|wire)\s++inputs?+\.?+\)?+", regex.IGNORECASE
)
#: A sign-off after the last paragraph: a dash and the outlet's domain ("– Rappler.com")
#: or a slash list of desks and agencies in capitals ("— TIMES/AFP/NA").
_DASH_SIGNOFF = lazyregex.compile(
    r"[—–]\s*+(?:[\p{L}\d\-]{1,40}+(?:\.[a-z]{2,3}+){1,2}+"
    r"|[\p{Lu}\d]{2,12}+(?:\s*+/\s*+[\p{Lu}\d]{2,12}+){1,4}+)"
)
#: "Le Monde with AFP": an outlet with an agency, on its own line (head or tail only).
_OUTLET_WITH_AGENCY = lazyregex.compile(
    rf"(?<![\p{{L}}\d'’.\-])(?:[\p{{Lu}}\d][\p{{L}}\d'’.\-]{{0,30}}+[ \t]{{1,3}}+){{1,4}}+(?:with|and)[ \t]{{1,3}}+(?:{_AGENCIES})"
)
_EDITED_BY = lazyregex.compile(
    r"(?:edited|compiled|translated|produced|fact-checked|reviewed|written)\s++by\s*+:?\s*+(.{1,120}+)",
    regex.IGNORECASE,
)
_CONTRIBUTING = lazyregex.compile(r"contribut(?:ing|ors?)(?:\s++reporters?)?+\s*+:\s*+(.{1,200}+)", regex.IGNORECASE)
_SOURCE = lazyregex.compile(
    r"sources?\s*+:\s*+(?:[\p{Lu}][\p{L}\d'’.\-]*+\s*+){0,4}+(?:(?:,|and|&)\s*+(?:[\p{Lu}][\p{L}\d'’.\-]*+\s*+){0,4}+)*+"
    r"(?:(?:,|and|&)\s*+)?+(?:news\s++agencies|agencies|wires|wire\s++services)?+",
    regex.IGNORECASE,
)
_AGENCY_WORD = lazyregex.compile(rf"\b(?:{_AGENCIES})\b")
_PAREN_AGENCY = lazyregex.compile(
    rf"\(\s*+(?:[\p{{Lu}}\d][\p{{L}}\d'’.\-]*+\s*+){{1,4}}+(?:(?:with|and|,|/)\s*+(?:{_AGENCIES})\s*+){{1,4}}+\)"
    rf"|\(\s*+(?:{_AGENCIES})(?:\s*+(?:,|/|and|with)\s*+(?:{_AGENCIES}))*+\s*+\)"
)
_INITIALS = lazyregex.compile(
    rf"[a-z]{{1,4}}+(?:\s*+/\s*+[a-z]{{1,4}}+){{0,4}}+\s*+\(\s*+(?:{_AGENCIES})(?:\s*+(?:,|/|and)\s*+(?:{_AGENCIES}))*+\s*+\)"
)
_WITH_WIRES = lazyregex.compile(
    rf"(?:[—–\-]\s*+)?+(?i:with|from)\s++(?:(?:[\p{{Lu}}][\p{{L}}'’]*+\s++){{0,3}}+(?:wires?|wire\s++services|wire\s++reports|news\s++services)|{_AGENCIES})\.?+",
)
#: A wire story's end mark: "Enditem" (Xinhua), "(END)" (Yonhap), "-ends-".
_END_MARK = lazyregex.compile(r"(?i:end\s?+item)\.?+|\((?:END|End|end)\)|[—–\-]{1,2}+\s*+(?:ENDS?+|[Ee]nds?+)\s*+[—–\-]{1,2}+")
#: Editors' initials on their own line, without agencies ("lmp/ics", EFE): tail only.
_BARE_INITIALS = lazyregex.compile(r"[a-z]{2,4}+(?:\s*+/\s*+[a-z]{2,4}+){1,3}+")
_WIRE_SLUG = lazyregex.compile(
    r"[A-Z]{2,4}+-[A-Z]{2,6}+--[\w\-]{2,80}+(?:,\s*+\d{1,2}+(?:st|nd|rd|th)\s++(?:Ld|Add|Writethru|Ld-Writethru)[\w\-]{0,20}+)?+"
)


#: What ``_names_list`` cuts off each name: "in CITY" or "from CITY" at the end, "the" at
#: the start (compiled once: ``regex.sub`` with a pattern string looks it up on every call).
#: A match can start only where a run of white space starts (``\s++`` from inside the run
#: takes the same rest of it, so the leftmost match starts the run): the look-behind says
#: so, and keeps a long run of white space from being scanned once per character.
_NAME_PLACE = lazyregex.compile(r"(?<!\s)\s++(?:in|from)\s++.{1,40}+$")
_NAME_THE = lazyregex.compile(r"^(?:the\s++)?+", regex.IGNORECASE)


def _names_list(text: str) -> bool:
    """Names separated by commas, "and" or ";", each perhaps followed by "in CITY"."""
    text = text.strip().rstrip(".").strip()
    if not text or word_count(text) > 40:
        return False
    for part in _CREDIT_SPLIT.split(text):
        if not part:
            continue
        part = _NAME_PLACE.sub("", part)
        part = _NAME_THE.sub("", part)
        if not (is_name(part, min_tokens=1) or is_outlet(part, 5)):
            return False
    return True


def _credits(text: str) -> bool:
    """ "Reporting by A and B; Editing by C" and "(Reporting by A, with reporting by B, editing by C.)"."""
    s = text.strip()
    if s.startswith("(") and s.endswith(")"):
        s = s[1:-1].strip()
    m = _CREDIT_ROLE.match(s)
    if m is None:
        return False
    # "Written by" or "Edited by" alone is CN310's (it can sit in a review's book details)
    if m.group().split(None, 1)[0].lower() in ("written", "edited") and len(_CREDIT_ROLE.findall(s)) < 2:
        return False
    # cut at every "<role> by" and check what lies between
    pieces = _CREDIT_ROLE.split(s)
    return all(_names_list(p.strip().strip(",;").strip()) for p in pieces if p.strip(" ,;."))


#: The credit roles of a newsroom's trailer; the others (production, writing, graphics,
#: photos, video, research, translation) also head the credit list of an album, a film
#: or a game that an article prints.
_NEWS_ROLES = ("reporting", "editing", "sub-editing", "fact-checking", "compiled")


def _craft_credit(s: str) -> bool:
    """A credits line with one role, not one of _NEWS_ROLES: "Production by Jonathan Rado"."""
    roles = _CREDIT_ROLE.findall(s)
    if len(roles) != 1:
        return False
    words = roles[0].lower().split()
    return not any(word in _NEWS_ROLES for word in words)


def _credit_list(doc: Document, index: int) -> bool:
    """The nearest non-blank line before or after ``index`` is another one-role credit
    line: a list of credits ("Production by ...", "Mixing by ...")."""
    lines = doc.lines
    for step in (-1, 1):
        j = index + step
        while 0 <= j < len(lines) and not lines[j].stripped:
            j += step
        if 0 <= j < len(lines) and _trailer_reason(lines[j].stripped) == "craft credit":
            return True
    return False


_TRAILER_HINT = lazyregex.compile(r"contribut|\sby|with|source|\(|--|end", regex.IGNORECASE)


#: What ``_CREDIT_ROLE``, ``_WITH_FILES``, ``_WITH_ASSIST`` (after "("), ``_WITH_WIRES``,
#: ``_CONTRIBUTING`` and ``_SOURCE`` start with, after dashes and white space.
_TRAILER_STARTS = (
    "with", "additional", "reporting", "writing", "editing", "sub-editing", "fact-checking",
    "research", "graphics", "production", "compiled", "translation", "photos", "video",
    "from", "contribut", "source", "written", "edited", "end",
)


def _trailer_possible(s: str, lead: str) -> bool:
    """Necessary for ``_trailer_reason(s)`` (``s`` stripped, not empty): a branch can succeed.

    A "(" starts the agency tags (and may start credits and "with assistance");
    ``_TRAILER_STARTS`` the credits, "with ..." and "source" lines; ``_INITIALS`` a
    lower-case ASCII letter, ``_WIRE_SLUG`` an upper-case one; ``_CONTRIBUTED`` needs the
    end that ``_contributed_end`` checks.
    """
    c = s[0]
    if c == "(" or c in "—–" or lead.startswith(_TRAILER_STARTS):
        return True
    if len(s) <= 60 and (" with " in s or " and " in s):
        return True  # _OUTLET_WITH_AGENCY
    if c in _ASCII_LOWER and ("(" in s or "/" in s):  # _INITIALS, _BARE_INITIALS
        return True
    if c in _ASCII_UPPER and "--" in s:
        return True
    if len(s) <= 12 and (lead.startswith("end") or "(" in s):
        return True  # _END_MARK
    return _contributed_end(s)


def _contributed_end(s: str) -> bool:
    """Necessary for ``_CONTRIBUTED.fullmatch(s)``: ``s`` ends "report", "story", "article"
    or "piece", perhaps with one "." and then one ")" after it.  (The last letter of these
    words matches only itself and its capital.)"""
    end = s.rstrip(".)")
    if not end or end[-1] not in "tyeTYE":
        return False
    return fold(end[-7:]).endswith(("report", "story", "article", "piece"))


@lru_cache(maxsize=4096)
def _trailer_reason(text: str) -> str | None:
    s = text.strip()
    if not s or len(s) > 400 or not _line_flags(s) & _F_TRAIL or _TRAILER_HINT.search(s) is None:
        return None
    low = s.lower()
    if "contributed" in low:
        if _CONTRIBUTED.fullmatch(s) and word_count(s) <= 45:
            return "contributed-to-this-report trailer"
    if " by" in low and _credits(s):
        if _craft_credit(s):
            return "craft credit"
        return "reporting and editing credits"
    if low.startswith(("with files", "— with files", "—with files", "- with files")) and _WITH_FILES.fullmatch(s):
        return "with-files-from trailer"
    if "with" in low:
        if "input" in low and _AGENCY_INPUTS.fullmatch(s):
            return "with-assistance trailer"
        m = _WITH_ASSIST.fullmatch(s)
        if m and _names_list(m.group(1)):
            return "with-assistance trailer"
        if _WITH_WIRES.fullmatch(s):
            return "wire credit"
    if low.startswith("contribut"):
        m = _CONTRIBUTING.fullmatch(s)
        if m and _names_list(m.group(1)):
            return "contributing credit"
    if low.startswith("source") and _AGENCY_WORD.search(s) and _SOURCE.fullmatch(s):
        return "wire source line"
    if s.startswith("(") and _PAREN_AGENCY.fullmatch(s):
        return "agency tag"
    if "(" in s and _INITIALS.fullmatch(s):
        return "editor initials and agencies"
    if "--" in s and _WIRE_SLUG.fullmatch(s):
        return "wire slug"
    if len(s) <= 12 and _END_MARK.fullmatch(s):
        return "wire end mark"
    return None


def _signoff(s: str) -> bool:
    """ "– Rappler.com", "— TIMES/AFP/NA" (_DASH_SIGNOFF) or "Le Monde with AFP"
    (_OUTLET_WITH_AGENCY): safe only in the head or tail."""
    if len(s) > 60:
        return False
    if s[0] in "—–":
        return _DASH_SIGNOFF.fullmatch(s) is not None
    return (" with " in s or " and " in s) and _OUTLET_WITH_AGENCY.fullmatch(s) is not None


#: The literals of ``_AGENCIES`` in lower case.
_AGENCY_NAMES = tuple(sorted({name.lower() for name in _AGENCIES.split("|")}))
#: The roles of ``_CREDIT_ROLE``.
_CREDIT_ROLES = (
    "reporting", "writing", "editing", "sub-editing", "fact-checking", "research", "graphics", "production",
    "compiled", "translation", "photos", "video", "written", "edited",
)
#: CN309's trigger, one part for each way to a hit:
_TRAILER_WORDS = tuple(sorted({
    "contribut",  # _CONTRIBUTED, _CONTRIBUTING
    *_spaced(_CREDIT_ROLES, ["by"]),  # _credits: _CREDIT_ROLE at the start
    *_spaced(["with"], ["files", "assistance", "additional", "reporting", "input"]),  # _WITH_FILES, _WITH_ASSIST
    *_spaced(["agency", "agencies", "wire"], ["input"]),  # _AGENCY_INPUTS
    "—", "–",  # _DASH_SIGNOFF
    *_spaced(["and"], _AGENCY_NAMES),  # _OUTLET_WITH_AGENCY ("with" is above)
    "wire", *_spaced(["news"], ["services"]),  # _WITH_WIRES, first branch
    *_spaced(["with", "from"], _AGENCY_NAMES),  # _WITH_WIRES, second branch
    "source",  # _SOURCE
    *_spaced(_AGENCY_NAMES, [")"], optional=True),  # _PAREN_AGENCY, _INITIALS: an agency, then ")"
    *(letter + "--" for letter in _ASCII_LOWER),  # _WIRE_SLUG
    "enditem", "(end)", *("end" + w + "item" for w in _LINE_SPACE),  # _END_MARK
    *_spaced("—–-", ["end"], optional=True),  # _END_MARK: dashes, then "end(s)"
    *_spaced(_ASCII_LOWER, ["/"], optional=True),  # _BARE_INITIALS: a letter, then "/"
}))


@rule("CN309", "wire-trailer", words=_TRAILER_WORDS)
def wire_trailer(doc: Document, candidates: list[int]) -> Iterator[Hit]:
    r"""Remove wire and syndication trailers ("... contributed to this report.").

    Credit lines that wire services and syndicating sites append: "X contributed to this
    report.", "Reporting by A; Editing by B", "With files from The Canadian Press",
    "—With assistance from A.", "Contributing: A", "Source: Al Jazeera and news agencies",
    agency tags "(FRANCE 24 with AFP)" and editors' initials "mk/wd (dpa, AFP)", and AP
    slug lines.  Kept: sentences that cite an agency ("..., Reuters reported.", "told The
    Associated Press") and "Reporting by the Tribune last year found ...", whose words
    after "by" are not a list of names.  A credit with one role that is not a newsroom's
    ("Production by ...", "Graphics by ...") goes only in the tail, and not in a list of
    such credits (an album's or a film's credits printed in the article).

    Okay: Reporting by the Tribune last year found that water levels had dropped.
    Okay: A decision would not be made before the end of next year, Reuters reported.
    Okay: Segal told The Associated Press that a working group would meet next month.
    Okay: Source: Bureau of Labor Statistics
    Okay: With files, folders and boxes everywhere, the office looked abandoned.
    CN309: Associated Press writer Morgan Tillery in Santa Fe contributed to this report.
    CN309: Agencies contributed to this report.
    CN309: — CNBC's Omar Haddad contributed to this report.
    CN309: Reporting by Renata Moraes; Editing by Paul Halvorsen
    CN309: (Reporting by Greg Ames, Joshua Field, with reporting by Herb Lane and Megan Doe, editing by Martin Howe.)
    CN309: (FRANCE 24 with AFP)
    CN309: Source: Al Jazeera and news agencies
    CN309: —With assistance from Petra Lindahl.
    CN309: mk/wd (dpa, AFP)
    CN309: With files from The Canadian Press
    CN309: Contributing: Kristine Phillips
    CN309: With Post wires
    CN309: AP-US--Trump-Impeachment, 4th Ld-Writethru
    CN309: (With inputs from PTI)
    CN309: With inputs from agencies
    CN309: Written by Jane Doe; Edited by John Roe
    CN309: Enditem
    CN309: (END)
    CN309: -ends-
    CN309: The last paragraph of the story is long enough to count as running prose here.\nlmp/ics
    CN309: (With agency inputs)

    In the tail only, a dash sign-off ("– Rappler.com", "— TIMES/AFP/NA"); in the head
    or the tail, an outlet with its agency on a line of its own ("Le Monde with AFP").

    CN309: The last paragraph of the story is long enough to count as running prose here.\n– Example.com
    CN309: The last paragraph of the story is long enough to count as running prose here.\n— TIMES/AFP/NA
    CN309: Headline of the story\nLe Courrier with AFP\nA long first paragraph of the story follows here with many words in it, as stories do.
    Okay: The first paragraph of the story is long enough to count as running prose here.\n— AP/NORC\nThe second paragraph of the story is long enough to count as running prose too.
    Okay: The first paragraph of the story is long enough to count as running prose here.\nTom and Jerry with AP\nThe second paragraph of the story is long enough to count as running prose too.
    Okay: Written by Jane Doe, the book runs to 400 pages.
    Okay: The record took four years and three studios to finish, and it sounds like it.\nProduction by Jonathan Rado\nWriting by Maya Lind and Theo Park\nMixing by Dave Fridmann\nThe album is out on Friday, and a tour of small clubs starts in May.
    CN309: The last paragraph of the story is long enough to count as running prose here.\nGraphics by Lena Marsh
    Okay: The end of an era
    Okay: The first paragraph of the story is long enough to count as running prose here.\nand/or\nThe second paragraph of the story is long enough to count as running prose too.
    """
    tail = None
    for line in _candidates(doc, _F_TRAIL, candidates):
        reason = _trailer_reason(line.stripped)
        if reason is None and _signoff(line.stripped):
            # a dash sign-off or "Outlet with AGENCY": after the last paragraph (or, for the
            # second, before the first)
            if tail is None:
                tail = _tail_start(doc)
            if line.index >= tail or (line.stripped[0] not in "—–" and line.index < _head_end(doc)):
                yield Hit(line.index, line.index, "sign-off")
            continue
        if reason == "craft credit":
            # one "<role> by" line: in the tail, and not in a list of credits
            if line.index >= _tail_start(doc) and not _credit_list(doc, line.index):
                yield Hit(line.index, line.index, "credit line")
        elif reason is not None:
            yield Hit(line.index, line.index, reason)
        elif "/" in line.stripped and _BARE_INITIALS.fullmatch(line.stripped):
            if line.index >= _tail_start(doc):
                yield Hit(line.index, line.index, "editor initials")


#: "Reporting was contributed by A, B and C." (NYT)
_REPORTING_CONTRIBUTED = lazyregex.compile(
    r"(?:additional\s++)?+(?:reporting|research)\s++(?:was\s++)?+contributed\s++by\s++(.{3,200}?)\.?+",
    regex.IGNORECASE,
)


def _place(text: str) -> bool:
    """A place name: capitalised words, perhaps with abbreviations ("Point Lisle, N.J.")."""
    return all(is_outlet(p, 5) for p in text.rstrip(".").split(", ") if p)


_AND = lazyregex.compile(r"(?<![\s,]),?+\s++and\s++")


def _reported_from(s: str) -> bool:
    """ "Daniel Ostrova reported from Point Lisle, N.J., and Priya Venkat from Washington."
    (NYT): names, "reported from", places, and nothing else."""
    if " reported from " not in s or len(s) > 160 or '"' in s or "“" in s:
        return False
    names, _, rest = s.partition(" reported from ")
    if not _names_list(names):
        return False
    parts = _AND.split(rest.rstrip(".").strip(), maxsplit=1)
    if not _place(parts[0]):
        return False
    if len(parts) == 1:
        return True
    other, sep, place = parts[1].partition(" from ")
    return bool(sep) and _names_list(other) and _place(place)


#: CN310's trigger: ``_reported_from``, ``_EDITED_BY`` and ``_REPORTING_CONTRIBUTED``.
_EDITOR_WORDS = (" reported from ",) + _spaced(
    ["edited", "compiled", "translated", "produced", "fact-checked", "reviewed", "written", "contributed"], ["by"]
)


@rule("CN310", "editor-credit", words=_EDITOR_WORDS)
def editor_credit(doc: Document, candidates: list[int]) -> Iterator[Hit]:
    r"""Remove "Edited by: NAME" and similar credit lines in the head or tail.

    "Edited by", "Translated by", "Produced by", "Compiled by" followed by nothing but
    names, perhaps in brackets: the page's staff credit.  Only in the head or the tail, because a review's
    book details ("Edited by Jane Roe") can sit inside an article.  Kept: sentences that
    continue after the names.

    Also in the head or tail, or next to a byline or timestamp: where each reporter was ("Daniel Ostrova reported from Point
    Lisle, N.J., and Priya Venkat from Washington.") and "Reporting was contributed by A
    and B."  Kept: such sentences in the body, and ones that go on after the place.

    Okay: Edited by a committee of volunteers, the guide runs to 400 pages.
    Okay: The last paragraph of the story is long enough to count as running prose here.\nMs. Lane reported from the scene for six hours before the road reopened.
    Okay: The first paragraph of the story is long enough to count as running prose here.\nJane Roe reported from Kyiv.\nThe second paragraph of the story is long enough to count as running prose too.
    Okay: Reporting was contributed by a network of volunteers, the group said.
    Okay: Jane Doe reported from Point Lisle, N.J., and John Roe from Washington.\nJane Doe reported from Point Lisle, N.J., and John Roe from Washington.
    Okay: The first paragraph of the story is long enough to count as running prose here.\nEdited by Jane Roe\nThe second paragraph of the story is long enough to count as running prose too.
    CN310: The last paragraph of the story is long enough to count as running prose here.\nEdited by: Sarah Lindner
    CN310: The last paragraph of the story is long enough to count as running prose here.\nTranslated by Ana Lima and Tom Hale
    CN310: Headline of the story\nA long first paragraph of the story follows here with many words in it, as stories do.\nBy Jane Doe and John Roe\nJane Doe reported from Point Lisle, N.J., and John Roe from Washington.
    CN310: The last paragraph of the story is long enough to count as running prose here.\nReporting was contributed by Ana Lima, Tom Hale and Kai Berg.
    CN310: The last paragraph of the story is long enough to count as running prose here.\n[Edited by Ana Petrova]
    Okay: The first paragraph of the story is long enough to count as running prose here.\n(Edited by Jane Roe)\nThe second paragraph of the story is long enough to count as running prose too.
    """
    credits = []
    for line in _candidates(doc, _F_EDITOR, candidates):
        s = line.stripped
        if len(s) > 160:
            continue
        if (s[:1], s[-1:]) in (("[", "]"), ("(", ")")):
            s = s[1:-1].strip()  # "[Edited by Ana Petrova]"
        if not _reported_from(s):
            if " by" not in s.lower():
                continue
            m = _EDITED_BY.fullmatch(s) or _REPORTING_CONTRIBUTED.fullmatch(s)
            if m is None or not _names_list(m.group(1)):
                continue
        credits.append(line.index)
    # the first line is the headline's place: a credit there goes only beside a byline or a
    # timestamp (else removing it would make the next line first, pass after pass); and a
    # run of credits goes with the one that stands beside the anchor, in the same pass
    found = {i for i in credits if (i > 0 and _in_zone(doc, i)) or _next_to_anchor(doc, i)}
    shaped = set(credits)
    for i in sorted(found):
        for step in (-1, 1):
            j = i + step
            while j in shaped and j not in found:
                found.add(j)
                j += step
    for i in sorted(found):
        yield Hit(i, i, "editor credit")


# ---------------------------------------------------------------------------------------
# One combined quick check per line

_F_TS, _F_BY, _F_TRAIL, _F_BIO, _F_FUND, _F_CONTACT, _F_UPDATE, _F_EDITOR = (1 << i for i in range(8))
#: What ``_EDITED_BY`` starts with.
_EDITED_STARTS = (
    "edited", "compiled", "translated", "produced", "fact-checked", "reviewed", "written", "reporting",
    "research", "additional",
)


#: How long a line each rule's check lets through.
_LIMITS = (
    (_F_TS, 160), (_F_BY, _MAX_LINE), (_F_TRAIL, 400), (_F_BIO, _MAX_BIO), (_F_FUND, _MAX_BIO * 2),
    (_F_CONTACT, _MAX_LINE * 2), (_F_UPDATE, 320), (_F_EDITOR, 160),
)
#: The checks that look at ``_lead(s)`` or ``s.split(None, 5)``.
_USES_LEAD = _F_BY | _F_TRAIL | _F_FUND | _F_CONTACT | _F_UPDATE | _F_EDITOR
_USES_TOKS = _F_BIO | _F_FUND | _F_CONTACT


def _check(bit: int, s: str, lead: str, toks: list[str]) -> bool:
    """The quick check of the rule ``bit`` on a non-empty ``s`` no longer than its limit
    (``_LIMITS``), with ``lead = _lead(s)`` and ``toks = s.split(None, 5)`` (for the checks
    that use them)."""
    if bit == _F_TS:
        return (_timestamp_possible(s) and _timestamp_shaped(fold_line(s))) or _placed_rest(s) is not None
    if bit == _F_BY:
        return _byline_possible(s, lead)
    if bit == _F_TRAIL:
        return _trailer_possible(s, lead)
    if bit == _F_BIO:
        return _bio_possible(toks)
    if bit == _F_FUND:
        return _funding_possible(s, lead, toks)
    if bit == _F_CONTACT:
        return _contact_possible(s, lead, toks)
    if bit == _F_UPDATE:
        return _update_possible(s, lead)
    if bit == _F_EDITOR:
        return lead.lstrip("[(").startswith(_EDITED_STARTS) or " reported from " in s
    raise ValueError(f"unknown check {bit}")


_ALL = sum(bit for bit, _ in _LIMITS)  # every check (one bit each)
_LIMIT = dict(_LIMITS)  # the limit of each check


class _Flags:
    """The quick checks of one text, each run the first time it is asked for.

    ``flags & bits`` is the int of those ``bits`` whose checks the text passes (so
    ``_line_flags(s) & _F_BY`` reads as a test of bits), ``int(flags)`` has all of them.
    The checks asked so far and those passed change together, in one assignment, so that
    threads sharing a cached instance never see one without the other.
    """

    __slots__ = ("_parts", "_state", "_text")

    def __init__(self, text: str) -> None:
        self._text = text
        self._state = (0, 0)  # (bits asked, bits passed)
        self._parts: tuple[str, list[str]] | None = None  # _lead(text), text.split(None, 5)

    def __and__(self, bits: int) -> int:
        asked, passed = self._state
        new = bits & _ALL & ~asked
        if new:
            s = self._text
            n = len(s)
            # only the bits not asked yet, lowest first (usually one): the same checks as
            # a walk over all of ``_LIMITS``, without testing the others
            rest = new if s else 0
            while rest:
                bit = rest & -rest
                rest ^= bit
                if n <= _LIMIT[bit]:
                    if bit & (_USES_LEAD | _USES_TOKS):
                        if self._parts is None:
                            self._parts = (_lead(s), s.split(None, 5))
                        lead, toks = self._parts
                    else:
                        lead, toks = "", []
                    if _check(bit, s, lead, toks):
                        passed |= bit
            self._state = (asked | new, passed)
        return passed & bits

    __rand__ = __and__

    def __index__(self) -> int:
        return self & _ALL

    __int__ = __index__

    def __bool__(self) -> bool:
        return bool(self & _ALL)

    def __eq__(self, other: object) -> bool:
        return isinstance(other, (int, _Flags)) and int(self) == int(other)

    def __hash__(self) -> int:
        return hash(int(self))

    def __repr__(self) -> str:
        return f"_Flags({self._text!r}, {int(self):#010b})"


@lru_cache(maxsize=8192)
def _line_flags(s: str) -> _Flags:
    """The rules whose quick checks the text ``s`` passes, one bit each (a pure function).

    ``_F_TS``: ``timestamp_kind`` and ``_dated_section``; ``_F_BY``: ``byline_kind``;
    ``_F_TRAIL``: ``_trailer_reason`` (CN309); ``_F_BIO``: ``_bio_like`` (CN306); ``_F_FUND``:
    ``_funding_like`` (CN308); ``_F_CONTACT``: ``_contact_like`` (CN307); ``_F_UPDATE``: CN305;
    ``_F_EDITOR``: CN310.  A line without a rule's bit is never removed by it; the functions
    named test their own bit first too (``_line_flags(s) & bit``).  The first three expect
    ``s`` stripped.  Each bit is ``s`` no longer than its limit (``_LIMITS``) and ``_check``,
    run only when that bit is asked for (``_Flags``), once per text.
    """
    return _Flags(s)


def _candidates(doc: Document, bit: int, offered: Sequence[int] | None = None) -> list[Line]:
    """The lines of ``doc`` that pass the quick check of the rule ``bit``, in order.

    Only the lines ``offered`` (where the rule's trigger words occur, or every line) are
    looked at, and for ``_F_TS`` only the lines of ``_ts_lines``: the others fail the check.
    Tests replace this function to switch the quick checks off.
    """
    lines = doc.lines
    indexes: Iterable[int]
    if bit == _F_TS:
        shaped = _ts_lines(doc)
        indexes = shaped if offered is None else sorted(set(shaped).intersection(offered))
        return [lines[i] for i in indexes]  # _ts_lines is this check
    indexes = range(len(lines)) if offered is None else offered
    return [lines[i] for i in indexes if _line_flags(lines[i].stripped) & bit]


__all__ = ["byline_kind", "is_name", "is_outlet", "is_role", "timestamp_kind"]
