"""Reporter contact lines: ``_contact_like``."""

from __future__ import annotations


import regex

from ... import lazyregex
from ...caching import text_cache
from ...shapes import is_reported_speech, word_count
from ._bios import _lead_name
from ._common import _MAX_LINE
from ._gates import _F_CONTACT, _line_flags
from ._names import _EMAIL, _is_address, _is_email, is_name
from ._trailers import _CREDIT_SPLIT, _names_list


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


@text_cache(4096)
def _contact_like(text: str) -> bool:
    """A reporter's contact line (a pure function of its text, so cached)."""
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


@text_cache(4096)
def _contact_strong(text: str) -> bool:
    """ "NAME can be reached at x@y" and "Reach the reporter at ..." are safe anywhere (a pure
    function of the text, so cached)."""
    if _REACH_TARGET.search(text) is None or word_count(text) > 45:
        return False
    if _write_to(text):
        return True
    body = _TIP_PREFIX.sub("", text, count=1)
    if _CONTACT.match(body) and not body.lower().startswith(("email", "e-mail", "contact")):
        return True
    name = _lead_name(body)
    return name is not None and _REACHED.match(body[len(name):]) is not None
