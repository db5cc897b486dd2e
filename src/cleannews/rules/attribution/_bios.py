"""Author bios and outlet blurbs: ``_bio_like`` and ``_outlet_blurb``."""

from __future__ import annotations


import regex

from ... import lazyregex
from ...caching import text_cache
from ...shapes import fold, word_count
from ._common import _has_any, _MAX_BIO
from ._gates import _F_BIO, _line_flags
from ._names import is_name


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


_BIO_HINT = lazyregex.compile(r"\s(?:is|was|has\s++been|covers|writes|reports)\s")

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


@text_cache(4096)
def _bio_like(text: str) -> bool:
    """A writer's bio (a pure function of its text, so cached)."""
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


@text_cache(4096)
def _outlet_blurb(text: str) -> bool:
    """True for an outlet's one-paragraph description of itself (_OUTLET_BLURB): no
    quotation, no "said" or "according", at most 60 words, and a sentence (a pure function
    of the text, so cached)."""
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
