"""``byline_kind``: whether a line is a byline, and of which kind."""

from __future__ import annotations


import regex

from ... import lazyregex
from ...caching import text_cache
from ...shapes import word_count
from ._common import _MAX_LINE
from ._gates import _DIGIT, _F_BY, _line_flags
from ._names import _HANDLE, _is_email, _NOT_NAMES, _OUTLET_WORDS, is_name, is_outlet, is_role
from ._timestamp_kind import timestamp_kind


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


@text_cache(4096)
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
# CN301 byline


#: CN301's trigger: ``byline_kind`` returns ``None`` at once when none of these is in the
#: text ("by" and "author" in its ``lower()``: only ASCII letters lower to these letters).
_BYLINE_WORDS = ("by", "author", "@", "|", "·", "•", " / ")
