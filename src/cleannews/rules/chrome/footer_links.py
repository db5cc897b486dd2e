"""CN407 footer-links: Remove footer link bars ("Report an editorial error", "Submit
Correction|Report error")."""

from __future__ import annotations

from collections.abc import Iterator

from ... import lazyregex
from ...document import Document, Hit
from ...registry import rule
from ...shapes import tail_start, word_count
from .._quick import folded_lines
from ._labels import _fits, _I


# ---------------------------------------------------------------------------------------
# CN407 footer link bars

_FOOTER_LINK = (
    r"(?:request )?reprints?(?: (?:&|and) (?:licensing|permissions))?|licensing"
    r"|submit (?:a )?corrections?|corrections? (?:&|and) clarifications|corrections policy"
    r"|view (?:our )?editorial (?:guidelines|standards|policy)|editorial (?:guidelines|standards|policy|policies)"
    r"|editorial code of conduct|code of (?:conduct|ethics)|ethics policy"
    r"|(?:(?-i:\p{Lu})[\p{L}.&]{0,20}+['’]s )?journalistic standards(?: (?:&|and) practices)?"
    r"|about (?:(?-i:\p{Lu})[\p{L}.&]{0,20}+ ){0,3}(?:news|us)|contact (?:us|the newsroom)|our standards"
    r"|submit (?:a )?(?:news )?tip|send (?:us )?(?:a )?(?:news )?tip|news tips?"
    r"|report (?:an |a )?(?:editorial |technical )?(?:error|issue|problem|typo|mistake|correction)"
    r"(?: or (?:an |a )?(?:error|typo|mistake|correction))?"
    r"|privacy(?: policy| notice)?|terms (?:of|and) (?:use|service|conditions)|cookie (?:policy|settings|preferences)"
    r"|accessibility|site ?map|advertise(?: with us)?|careers|help centre|help center|faqs?|rss(?: feeds?)?"
    r"|why you can trust (?:(?-i:\p{Lu})[\p{L}.&]{0,20}+|us)"
)
_FOOTER_BAR = lazyregex.compile(
    r"(?:(?:" + _FOOTER_LINK + r")\s{0,8}+[|·•/]?\s{0,8}+){1,12}+", _I
)
_FOOTER_SENTENCE = lazyregex.compile(
    r"(?:(?:click|tap) here to |please )?report (?:a |an )?(?:typo|error|correction|mistake|problem)"
    r"(?: (?:in|with|on) this (?:article|story|page))?\.?"
    r"|(?:spot(?:ted)?|see|notice|found) (?:a |an )?(?:typo|error|mistake)(?: or (?:a |an )?(?:typo|error|mistake))?\?"
    r"[^\n]{0,120}(?:let us know|report|contact|email|click)[^\n]{0,120}",
    _I,
)

#: How a line that _FOOTER_BAR or _FOOTER_SENTENCE matches starts (folded), unless with a
#: publisher's name before "journalistic standards".
_FOOTER_STARTS = (
    "request ", "reprint", "licensing", "submit ", "correction", "view ", "editorial ", "code of ",
    "ethics policy", "about ", "contact ", "our standards", "send ", "news tip", "report ", "privacy",
    "terms ", "cookie ", "accessibility", "site", "advertise", "careers", "help cent", "faq", "rss",
    "journalistic standards", "click here to ", "tap here to ", "please ", "spot", "see ", "notice ",
    "found ", "why you can trust",
)


#: One of these is in every line that _FOOTER_BAR or _FOOTER_SENTENCE matches ("about "
#: for a bar that starts "About Us" or "About CBC News").
_FOOTER_WORDS = (
    "about ",
    "reprint", "licensing", "correction", "editorial", "code of conduct", "code of ethics", "ethics policy",
    "journalistic standards", "contact us", "contact the newsroom", "our standards",
    "news tip", "submit tip", "submit a tip", "send tip", "send a tip", "send us tip", "send us a tip",
    *(f"report {a}{kind}{what}" for a in ("", "an ", "a ") for kind in ("", "technical ")
      for what in ("error", "issue", "problem", "typo", "mistake")),
    "privacy", "terms of use", "terms of service", "terms of conditions", "terms and use", "terms and service",
    "terms and conditions", "cookie", "accessibility", "sitemap", "site map", "advertise", "careers",
    "help cent", "faq", "rss", "why you can trust",
    *(f"{verb} {a}{what}" for verb in ("spot", "spotted", "see", "notice", "found") for a in ("", "a ", "an ")
      for what in ("typo", "error", "mistake")),
)


@rule("CN407", "footer-links", words=_FOOTER_WORDS)
def footer_links(doc: Document, candidates: list[int]) -> Iterator[Hit]:
    r"""Remove footer link bars ("Report an editorial error", "Submit Correction|Report error").

    Article footers are rows of links to the site's policies and forms: "Request Reprint
    & LicensingSubmit CorrectionView Editorial Guidelines" (labels glued together),
    "CBC's Journalistic Standards and Practices|About CBC News", "Corrections and
    clarifications|Submit a news tip|Report error", "Editorial code of conduct", "Click
    here to report a typo."  A line goes only if it is made entirely of such link
    labels (glued, or separated by "|", "·" or "/"), or is a typo-report prompt.  A
    sentence that mentions corrections or an editorial code is kept.

    Okay: The newspaper published a correction and said it would review its editorial code of conduct.
    Okay: Privacy advocates said the rule went too far.
    CN407: Request Reprint & LicensingSubmit CorrectionView Editorial Guidelines
    CN407: CBC's Journalistic Standards and Practices|About CBC News
    CN407: Corrections and clarifications|Submit a news tip|Report error
    CN407: Report an editorial error
    CN407: Report a technical issue
    CN407: Editorial code of conduct
    CN407: Click here to report a typo.
    CN407: Why you can trust SCMP
    Okay: Why you can trust the new figures is a question the agency has not answered.
    """
    tail: int | None = None
    folded = folded_lines(doc)
    lines = doc.lines
    for i in candidates:
        line = lines[i]
        text = line.stripped
        if not _fits(text, 250):
            continue
        f = folded[i]
        if not f.startswith(_FOOTER_STARTS) and "journalistic standards" not in f:
            continue
        if _FOOTER_BAR.fullmatch(text) or _FOOTER_SENTENCE.fullmatch(text):
            # a single generic word ("Privacy", "Careers") alone is too weak mid-article
            if word_count(text) == 1:
                if tail is None:
                    tail = tail_start(doc)
                if line.index < tail:
                    continue
            yield Hit(line.index, line.index, "footer links")
