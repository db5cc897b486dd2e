"""CN415 cookie-notice: Remove cookie-consent banners and "by using this site you agree" notices."""

from __future__ import annotations

from collections.abc import Iterator

from ... import lazyregex
from ...document import Document, Hit
from ...literals import derived_words
from ...registry import rule
from ...shapes import is_reported_speech, word_count
from ._labels import _fits, _I, _label


# ---------------------------------------------------------------------------------------
# CN415 cookie-consent and site-terms notices

#: The sentence that anchors a consent notice: the site, in its own voice, says it uses
#: cookies, or that using it means agreeing to its terms.
_COOKIE_ANCHOR = lazyregex.compile(
    r"(?:(?:this|our) (?:web)?site|we(?: and our (?:partners|vendors))?) (?:uses?|stores?|sets?) cookies\b[^\n]{0,500}+"
    r"|(?:strictly )?necessary cookies are (?:absolutely )?essential\b[^\n]{0,400}+"
    r"|by (?:continuing to )?(?:using|browsing|use|visiting|clicking [^\n]{1,40}?)(?: (?:this|our) (?:web)?site)?,? you"
    r" (?:agree|consent|accept)\b[^\n]{0,400}+",
    _I,
)
#: The words that make a consent sentence the site's notice, not a sentence about cookies.
_COOKIE_CUE = lazyregex.compile(
    r"\b(?:experience|preferences|consent|agree|accept|opt[- ]out|settings|polic(?:y|ies)|terms|analytics|essential"
    r"|functionality|personali[sz]e)\b",
    _I,
)
#: The buttons and links of a consent banner, taken beside an anchor.
_COOKIE_BUTTON = _label(
    r"(?:accept|allow|reject|decline|deny|refuse)(?: all| necessary| essential)?(?: cookies)?"
    r"|(?:accept|reject) (?:and|&) (?:close|continue)|agree(?: and close)?|i agree|got it|ok(?:ay)?"
    r"|cookie (?:policy|settings|preferences|notice|statement)|privacy (?:policy|notice)"
    r"|manage (?:cookies|preferences|consent|settings|options)|customi[sz]e(?: settings)?|(?:more )?options"
    r"|(?:only )?(?:necessary|essential) cookies(?: only)?|save (?:and|&) (?:exit|close)|save preferences"
)
#: The banner's further sentences, taken only right after an anchor: the categories of a
#: consent plugin ("Functional cookies help to perform ...", "Any cookies that may not be
#: particularly necessary ...").
_COOKIE_MORE = lazyregex.compile(
    r"(?:(?:functional|performance|analytic(?:al|s)?|advertisement|advertising|marketing|targeting|preference"
    r"|statistics|other uncategori[sz]ed|non-necessary|third-party) cookies (?:are|help|include|may|allow)"
    r"|any cookies that (?:may )?not be (?:particularly )?necessary"
    r"|(?:you can|you may) (?:change|manage|withdraw|update) (?:your )?(?:cookie |consent )?(?:settings|preferences|consent)"
    r")\b[^\n]{0,800}+",
    _I,
)


def _cookie_anchor(text: str) -> bool:
    return (
        _fits(text, 1200)
        and word_count(text) <= 160
        and _COOKIE_ANCHOR.match(text) is not None
        and _COOKIE_CUE.search(text) is not None
        and not is_reported_speech(text)
    )


@rule("CN415", "cookie-notice", words=derived_words(_COOKIE_ANCHOR), block=True)  # hits grow from anchors
def cookie_notice(doc: Document, candidates: list[int]) -> Iterator[Hit]:
    r"""Remove cookie-consent banners and "by using this site you agree" notices.

    A consent banner is printed before or after the article: "We use cookies on our
    website to give you the most relevant experience ...", "This website uses cookies to
    improve your experience ...", "Necessary cookies are absolutely essential for the
    website to function properly ...", with its buttons ("Accept", "Reject all",
    "Cookie Policy").  Footers say "By using this site you agree to the Terms of Use,
    Privacy Notice and Cookie Notice."  The anchor is a sentence in which the site, in
    its own voice, says it uses cookies or that using it means agreeing, with a word of
    such a notice (experience, consent, preferences, settings, policy, terms); the
    buttons right next to it go with it (the engine takes the short labels of the block).
    Articles about cookies, sentences that report somebody's words and a button label
    on its own are kept.

    Okay: Regulators said the site uses cookies to follow readers across the web.
    Okay: Many websites use cookies to remember what is in your shopping cart.
    Okay: We use cookies sparingly in the bakery: two trays a day, and they sell out by noon.
    Okay: Accept
    Okay: Cookie Policy
    Okay: By using the new app, drivers agree to share their location, the company said.
    CN415: We use cookies on our website to give you the most relevant experience by remembering your preferences and repeat visits.\nAccept\nReject all
    CN415: This website uses cookies to improve your experience while you navigate through the website.
    CN415: Necessary cookies are absolutely essential for the website to function properly.
    CN415: By using this site you agree to the Subscriber Agreement & Terms of Use, Privacy Notice, and Cookie Notice.
    CN415: This website uses cookies to improve your experience.\nFunctional cookies help to perform certain functionalities like sharing the content of the website on social media platforms.
    Okay: Functional cookies help to perform certain functions, the vendor's manual says.
    CN415: Cookie Policy\nThis site uses cookies to personalise content and analyse traffic. You can change your settings at any time.
    """
    lines = doc.lines
    n = len(lines)
    anchors = [i for i in candidates if _cookie_anchor(lines[i].stripped)]
    done = -1
    for i in anchors:
        if i <= done:
            continue
        first, last = i, i
        # the banner's buttons and links, and further consent sentences, next to the anchor
        while first > 0 and first - 1 not in anchors and _fits(lines[first - 1].stripped, 60) and _COOKIE_BUTTON.fullmatch(
            lines[first - 1].stripped
        ):
            first -= 1
        while last + 1 < n and (
            _cookie_anchor(lines[last + 1].stripped)
            or (_fits(lines[last + 1].stripped, 1200) and _COOKIE_MORE.match(lines[last + 1].stripped)
                and not is_reported_speech(lines[last + 1].stripped))
            or (_fits(lines[last + 1].stripped, 60) and _COOKIE_BUTTON.fullmatch(lines[last + 1].stripped))
        ):
            last += 1
        done = last
        yield Hit(first, last, "cookie-consent notice")
