"""CN401 ad-marker: Remove advertisement marker lines ("Advertisement", "Advertising", "Ad
Feedback")."""

from __future__ import annotations

from collections.abc import Iterator

from ...document import Document, Hit
from ...registry import rule
from .._quick import folded_lines
from ._labels import _DECOR, _fits, _label, _may_be_label, _short_lines, _texts


# ---------------------------------------------------------------------------------------
# CN401 ad markers

_AD_MARKER = _label(
    r"advertisements?|advertising|advertorial|ad feedback|ads?|sponsored(?: content| links?| stories)?"
    r"|promoted(?: content| stories| links)?"
    r"|report (?:this )?ad|skip (?:the )?(?:advertisement|ad)"
    r"|advertisement\s{0,8}+[-–—:]\s{0,8}+scroll to continue(?: with content)?"
    r"|scroll (?:down )?to continue(?: with content| reading)?"
    r"|(?:the )?(?:story|article|content|text) continues (?:below|after)(?: (?:this|the))?"
    r"(?: (?:advertisement|ad|ads|video|image|gallery))?"
    r"|continue reading (?:below|the main story|after (?:the |this )?(?:advertisement|ad))"
)

#: How the body of a label that _AD_MARKER matches starts (folded).
_AD_MARKER_STARTS = (
    "ad", "sponsored", "promoted", "report ", "skip ", "scroll ", "the ", "story ", "article ",
    "content ", "text ", "continue reading",
)


#: One of these is in every label _AD_MARKER matches, except a bare "Ad" / "Ads".
_AD_MARKER_WORDS = (
    "advert", "ad feedback", "sponsored", "promoted", "report ad", "report this ad", "skip ad", "skip the ad",
    "scroll to continue", "scroll down to continue", "continues below", "continues after", "continue reading",
)
_AD_ALONE = frozenset({"ad", "ads"})


def _ad_alone(doc: Document) -> bool:
    """Trigger test of CN401: a line that is just "Ad" or "Ads" with decorations (at most
    8 + 3 + 8 characters)."""
    texts = _texts(doc)
    folded = folded_lines(doc)
    for i in _short_lines(doc):
        if len(texts[i]) <= 19 and folded[i].strip(_DECOR) in _AD_ALONE:
            return True
    return False


@rule("CN401", "ad-marker", words=_AD_MARKER_WORDS, when=_ad_alone, local=True)
def ad_marker(doc: Document, candidates: list[int]) -> Iterator[Hit]:
    r"""Remove advertisement marker lines ("Advertisement", "Advertising", "Ad Feedback").

    Ad slots leave a label behind when the page is turned into text: "Advertisement",
    "ADVERTISING", "Ad Feedback", "Story continues below advertisement", "Scroll to
    continue with content".  Only a line that is nothing but such a label is removed, so
    sentences that begin with or talk about advertising ("Advertising for the same
    products will also be banned ...") are kept.

    Okay: Advertising for the same products will also be banned online at all times.
    Okay: Advertisements for breakfast cereals are among those expected to be affected.
    Okay: "Advertising works," she said.
    Okay: Advertising revenue
    CN401: Advertisement
    CN401: ADVERTISING
    CN401: Ad Feedback
    CN401: - Advertisement -
    CN401: Story continues below advertisement
    CN401: Advertisement - Scroll to continue with content
    """
    folded = folded_lines(doc)
    lines = doc.lines
    for i in candidates:
        text = lines[i].stripped
        if (
            _fits(text, 60)
            and _may_be_label(folded[i], _AD_MARKER_STARTS)
            and _AD_MARKER.fullmatch(text)
        ):
            yield Hit(i, i, "ad marker")
