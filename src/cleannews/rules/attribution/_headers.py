"""Author header lines: names with affiliations, dated sections and furniture
(``_header_kind``, ``_light_kind``).
"""

from __future__ import annotations


import regex

from ... import lazyregex
from ...caching import text_cache
from ._byline_kind import byline_kind
from ._names import _FUNCTION, _OUTLET_TOKEN, _ROLE_WORDS, is_name, is_outlet, is_role
from ._timestamp_kind import _dated_section, _placed_timestamp, timestamp_kind


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


@text_cache(4096)
def _affiliation(text: str) -> bool:
    """ "Marisol Treviño, Associate Professor of Education Policy, Lakeshore State University"
    (a pure function of the text, so cached)."""
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


@text_cache(4096)
def _header_kind(s: str) -> str:
    """CN302's class of a header line (a pure function of its text, so cached)."""
    if _strong(s):
        return "strong"
    return _light_kind(s)


@text_cache(4096)
def _light_kind(s: str) -> str:
    """``_header_kind`` of a line that is not ``_strong``."""
    if _furniture(s):
        return "furniture"
    if _weak(s):
        return "weak"
    return "other"
