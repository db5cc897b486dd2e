"""Wire and syndication trailers and credit lists: ``_trailer_reason``."""

from __future__ import annotations


import regex

from ... import lazyregex
from ...caching import text_cache
from ...document import Document
from ...shapes import word_count
from ._gates import _F_TRAIL, _line_flags
from ._names import is_name, is_outlet


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


@text_cache(4096)
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
