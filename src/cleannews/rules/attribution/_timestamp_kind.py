"""``timestamp_kind``: whether a line is a timestamp, and of which kind; timestamps placed
after a name, dated sections.
"""

from __future__ import annotations


from ... import lazyregex
from ...caching import text_cache
from ._dates import (
    _CAMEL, _CONNECTORS, _DATE_SEPS, _GLUED_YEAR, _ISO, _LABELS, _MONTHS, _NUMBER, _NUMDATE, _OFFSET,
    _placed_rest, _READ, _RELATIVE, _RELNUM, _SKIP, _SKIP_CHARS, _TIME, _TIME_MARKS, _UNITS, _VOCABULARY,
    _WEEKDAYS, _WORD, _ZONES,
)
from ._gates import _F_TS, _line_flags
from ._names import is_outlet


@text_cache(4096)
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


@text_cache(4096)
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


_SECTION_SPLIT = lazyregex.compile(r"(?<!\s)\s++[—–\-|]\s++")


@text_cache(4096)
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
