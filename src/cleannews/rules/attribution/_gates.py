"""The quick checks of the attribution rules, one bit each, and the combined check per line."""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from ... import lazyregex
from ...caching import text_cache
from ...document import Document, Line
from ...shapes import fold
from ...triggers import fold_line
from ._common import _ASCII_LOWER, _ASCII_UPPER, _has_any, _lead, _MAX_BIO, _MAX_LINE
from ._dates import _placed_rest, _timestamp_possible, _timestamp_shaped, _ts_lines


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


#: The words ``_BIO_VERB`` starts with, each followed by white space.
_BIO_VERBS = frozenset({"is", "was", "has", "covers", "writes", "reports"})


def _bio_possible(toks: list[str]) -> bool:
    """Necessary for ``_bio_like``: ``_lead_name`` and then ``_BIO_VERB`` must match."""
    return _verb_after_name(toks, _BIO_VERBS)


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


@text_cache(8192)
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
    return [lines[i] for i in indexes if _passes(lines[i].stripped, bit)]


@text_cache(8192)
def _passes(s: str, bit: int) -> bool:
    """``_line_flags(s) & bit`` as a bool, cached apart: one lookup instead of a lookup and
    a call of ``_Flags.__and__`` for each candidate line."""
    return bool(_line_flags(s) & bit)
