"""Funding and disclosure statements: ``_funding_like``."""

from __future__ import annotations


import regex

from ... import lazyregex
from ...caching import text_cache
from ...shapes import is_reported_speech
from ._bios import _lead_name
from ._common import _MAX_BIO
from ._gates import _F_FUND, _line_flags


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


@text_cache(4096)
def _funding_like(text: str) -> bool:
    """A funding or disclosure statement (a pure function of its text, so cached)."""
    if len(text) > _MAX_BIO * 2 or not _line_flags(text) & _F_FUND or _FUNDING_HINT.search(text) is None:
        return False
    if _DISCLOSURE.fullmatch(text):
        return True
    name = _lead_name(text)
    if name is None:
        return False
    return _FUNDING.match(text[len(name):]) is not None and not is_reported_speech(text)
