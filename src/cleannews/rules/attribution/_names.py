"""Names, outlets, roles, e-mail addresses and handles."""

from __future__ import annotations

from ... import lazyregex
from ._dates import _MONTHS, _WEEKDAYS, _WORD


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
