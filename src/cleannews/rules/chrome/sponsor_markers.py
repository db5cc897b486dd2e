"""CN414 sponsor-marker: Remove sponsor, underwriting and paid-content markers, and text ads."""

from __future__ import annotations

from collections.abc import Iterator

from ... import lazyregex
from ...document import Document, Hit
from ...registry import rule
from ...shapes import is_reported_speech, word_count
from .._quick import folded_lines
from ._labels import _fits, _I, _label, _REPORTING_VERB, _SENTENCE_BREAK, _short_lines, _texts


# ---------------------------------------------------------------------------------------
# CN414 sponsor, underwriting and paid-content markers; text ads

#: A sponsor's name after "Presented by": one to six capitalised words (small joining words
#: allowed), and nothing after it but a full stop.
_SPONSOR_NAME = (
    r"(?:the )?(?-i:[\p{Lu}\p{N}])[\p{L}\p{N}.&'’\-]{0,30}+"
    r"(?: (?:(?-i:[\p{Lu}\p{N}&])[\p{L}\p{N}.&'’\-]{0,30}+|of|and|for|the|de|du|la)){0,5}+"
)
_SPONSOR_LINE = lazyregex.compile(
    r"[\s\-–—•·|\[\(]{0,8}+(?:presented|sponsored|brought to you|underwritten|paid for|made possible)(?: in part)? by "
    + _SPONSOR_NAME + r"[\s\]\).…]{0,4}+"
    r"|[\s\-–—•·|\[\(]{0,8}+in (?:partnership|association) with " + _SPONSOR_NAME + r"[\s\]\).…]{0,4}+",
    _I,
)
#: Public media's underwriting credit: "Support for KQED's wildfire coverage comes from ...".
_UNDERWRITING = lazyregex.compile(
    r"support for (?:this |the |our |(?:(?-i:\p{Lu})[\p{L}\p{N}&.\-]{0,30}+ ){0,3}?(?-i:\p{Lu})[\p{L}\p{N}&.\-]{0,30}+['’]s? )"
    r"(?:[\p{L}\-]{1,30}+ ){0,4}?(?:coverage|reporting|journalism|podcast|series|newsletter)"
    r" (?:comes|is provided|was provided|came) (?:in part )?(?:from|by) [^\n]{2,300}+",
    _I,
)
#: A paid-content label: the headline of the paid story under it goes with it.
_PAID_LABEL = _label(
    r"paid (?:post|content|partnership|promotion)|partner content|sponsored (?:post|article|feature)"
    r"|brand(?:ed)? content|advertiser content|presented content|from our (?:partners|sponsors)"
)
#: A text ad: "TEXT AD: ...", "AD: ..." (in capitals) ...
_TEXT_AD = lazyregex.compile(r"(?:(?:TEXT|PAID|SPONSORED|CLASSIFIED) )?AD ?: ?\S[^\n]{0,300}+")
#: ... or a short line of capitalised words that ends with the capitals "AD" ("PT Mag Campaign AD").
_AD_SUFFIX = lazyregex.compile(r"(?:(?-i:[\p{Lu}])[\p{L}'’&\-]{0,20}+ ){1,5}+AD")

#: One of these is in every line _SPONSOR_LINE, _UNDERWRITING, _PAID_LABEL or _TEXT_AD matches.
_SPONSOR_WORDS = (
    "presented by", "presented in part by", "sponsored by", "sponsored in part by", "brought to you by",
    "brought to you in part by", "underwritten by", "underwritten in part by", "paid for by", "paid for in part by",
    "made possible by", "made possible in part by", "in partnership with", "in association with",
    "support for", "paid post", "paid content", "paid partnership", "paid promotion", "partner content",
    "sponsored post", "sponsored article", "sponsored feature", "brand content", "branded content",
    "advertiser content", "presented content", "from our partners", "from our sponsors", "ad:", "ad :",
)


def _ad_suffix_line(doc: Document) -> bool:
    """Trigger test of CN414: a short line that ends with the capitals " AD"."""
    texts = _texts(doc)
    return any(len(texts[i]) <= 80 and texts[i].endswith(" AD") for i in _short_lines(doc))


def _paid_headline(text: str) -> bool:
    """The headline of a paid story: 3 to 20 words, capitalised, one sentence with no full stop."""
    return (
        _fits(text, 200)
        and 3 <= word_count(text) <= 20
        and text[0].isupper()
        and text[-1] not in ".:;,"
        and _SENTENCE_BREAK.search(text) is None
        and not is_reported_speech(text)
    )


def _sponsor_kind(text: str, folded: str) -> str:
    """Why a line is a sponsor or ad marker ("" when it is not one)."""
    if not _fits(text, 400) or _REPORTING_VERB.search(text) or '"' in text or "“" in text:
        return ""
    words = word_count(text)
    if words <= 12 and _SPONSOR_LINE.fullmatch(text):
        return "sponsor line"
    if words <= 45 and "support for" in folded and _UNDERWRITING.fullmatch(text):
        return "underwriting credit"
    if words <= 6 and _PAID_LABEL.fullmatch(text):
        return "paid-content label"
    if words <= 50 and "ad" in folded and _TEXT_AD.fullmatch(text):
        return "text ad"
    if 2 <= words <= 6 and text.endswith(" AD") and _AD_SUFFIX.fullmatch(text):
        return "ad label"
    return ""


@rule("CN414", "sponsor-marker", words=_SPONSOR_WORDS, when=_ad_suffix_line)
def sponsor_marker(doc: Document, candidates: list[int]) -> Iterator[Hit]:
    r"""Remove sponsor, underwriting and paid-content markers, and text ads.

    Pages credit whoever pays for a section or a story in a line of its own: "Presented
    by Meridian Auto Group", "Sponsored by Acme", "In partnership with Northwind Bank",
    and public media's underwriting credit "Support for KQED's wildfire coverage comes
    from the Hollister Family Foundation."  Paid stories are flagged by a label ("Paid
    Post", "Partner Content"), and the headline of the paid story under the label goes
    with it.  Ad slots that carry text are marked in capitals: "TEXT AD: ..." or a short
    label that ends in "AD" ("PT Mag Campaign AD").

    Each marker is a whole line: a sponsor line is the phrase and a capitalised name with
    nothing after it, so a sentence ("Presented by the mayor, the plan would ...",
    "Sponsored by a local bakery, the match raised ..."), a report on sponsorship and a
    quotation are kept; an underwriting credit must name coverage, reporting or
    journalism, and must not report anybody's words.

    Okay: Presented by the mayor, the plan would add 400 beds to the city's shelters by winter.
    Okay: Sponsored by a local bakery, the match raised more than $2,000 for the club.
    Okay: Support for the plan comes from three of the five council members, the clerk said.
    Okay: Support for the new bridge comes from residents on both banks of the river.
    Okay: Paid posts on social media must now carry a clear label under the new law.
    Okay: The eruption buried the town in 79 AD
    Okay: Sponsors
    CN414: Presented by Meridian Auto Group
    CN414: Sponsored by Northwind Bank & Trust
    CN414: In partnership with the Harbor Foundation
    CN414: Support for KQED's wildfire coverage comes from the Hollister Family Foundation.
    CN414: Paid Post\nHow one family office is rethinking its bond ladder
    CN414: Partner Content
    CN414: TEXT AD: Solar inverters and batteries at factory prices. Call 0810 555 0192
    CN414: PT Mag Campaign AD
    """
    lines = doc.lines
    folded = folded_lines(doc)
    n = len(lines)
    for i in candidates:
        text = lines[i].stripped
        kind = _sponsor_kind(text, folded[i])
        if not kind:
            continue
        last = i
        if kind == "paid-content label" and i + 1 < n and _paid_headline(lines[i + 1].stripped):
            last = i + 1
        yield Hit(i, last, kind)
