"""CN417 affiliate-disclosure: Remove affiliate and commission disclosures ("We may earn a
commission ...")."""

from __future__ import annotations

import re
from collections.abc import Iterator

from ... import lazyregex
from ...document import Document, Hit
from ...registry import rule
from ...shapes import is_reported_speech, word_count
from .._quick import folded_lines
from ._labels import _fits, _I


# --- CN417 affiliate-disclosure ---------------------------------------------------------

_AFFILIATE = lazyregex.compile(
    # "we may earn a commission", "I make a small kickback", "this site earns a share of sales"
    r"\b(?:we|i|us|this (?:site|website|blog|page|post|article|guide|review))\b[^.!?\n]{0,60}?"
    r"\b(?:may |might |will |can |could )?(?:earns?|receives?|gets?|makes?|collects?)\b[^.!?\n]{0,30}?"
    r"\b(?:commissions?|compensation|kick-?backs?|a (?:small |tiny )?(?:share|percentage|portion|fee)|"
    r"affiliate (?:fees?|income))"
    r"|\b(?:purchases|sales) made through (?:our |these |the )?links (?:may |might )?earn us"
    r"|\bas an amazon associate,? (?:we|i)\b"
    r"|\b(?:this|our) (?:post|article|page|site|website|blog|guide|review|content)s? (?:may |might )?contains? "
    r"(?:some )?(?:affiliate|sponsored|commissionable) links?"
    r"|\b(?:we|i) (?:also )?(?:may |might )?use affiliate links"
    r"|\bsupported by (?:commissions|affiliate|advertising) (?:from|fees|revenue)"
    r"|\b(?:products|items|everything|every (?:product|item)) (?:on this page |we feature )?(?:is|are|was|were) "
    r"(?:chosen|selected|picked|reviewed) independently"
    r"|\baffiliate disclosure\b",
    _I,
)
#: Every match of _AFFILIATE holds one of these (folded): the words that say what the
#: disclosure is about.
_AFFILIATE_WORDS = (
    "commission", "compensation", "kickback", "kick-back", "a share", "small share", "tiny share",
    "percentage", "portion", "a fee", "small fee", "tiny fee", "affiliate", "earn us", "amazon associate",
    "sponsored", "supported by", "independently",
)

#: A quick necessary check of _AFFILIATE on the folded text (``_quick.cfold``), one
#: alternative for each of its own: the first holds a verb ("earns?|receives?|gets?|makes?|
#: collects?") and after it, with no sentence stop or line break between (cfold never makes
#: one of those of another character), what is earned; the others hold their literals
#: (spaces are literal in _AFFILIATE, and an optional "s" is left out).  Most candidates
#: name a commission or a share without a verb before it in the same sentence.
_AFFILIATE_GATE = re.compile(
    r"(?:earn|receive|get|make|collect)[^.!?\n]*?"
    r"(?:commission|compensation|kick-?back|share|percentage|portion|fee|affiliate income)"
    r"|earn us|amazon associate|contains? (?:some )?(?:affiliate|sponsored|commissionable) link"
    r"|use affiliate links|supported by |independently|affiliate disclosure"
)


@rule("CN417", "affiliate-disclosure", words=_AFFILIATE_WORDS, local=True)
def affiliate_disclosure(doc: Document, candidates: list[int]) -> Iterator[Hit]:
    """Remove affiliate and commission disclosures ("We may earn a commission ...").

    Review and shopping pages tell the reader, in the site's own voice, that links on the
    page earn the site money: "Products are chosen independently by our editors.
    Purchases made through our links may earn us a commission.", "As an Amazon Associate
    we earn from qualifying purchases.", "This post contains affiliate links."  Like other
    disclosures, the notice is about the page, not part of the article.  A line goes when
    one of its sentences is such a disclosure in the first person (or names "this post",
    "this site"), it is at most 90 words and it reports nobody's words.  Articles about
    affiliate marketing, commissions and compensation speak of others ("Streamers earn a
    commission when viewers buy through their links") and stay.

    Okay: Streamers earn a commission when viewers buy games or gear through affiliate links.
    Okay: Our sales reps earn a commission on every renewal, so they push annual plans.
    Okay: "We earn a small commission on each booking," the agency's founder said.
    Okay: Workers' compensation covers medical bills for injuries on the job.
    CN417: Products are chosen independently by our editors. Purchases made through our links may earn us a commission.
    CN417: As an Amazon Associate, I earn from qualifying purchases at no extra cost to you.
    CN417: This post may contain affiliate links. If you buy through them, we may earn a small commission.
    CN417: Disclosure: some of my posts contain affiliate links, and I may receive a small commission if you purchase.
    """
    lines = doc.lines
    folded = folded_lines(doc)
    for i in candidates:
        text = lines[i].stripped
        if (
            _fits(text, 900) and _AFFILIATE_GATE.search(folded[i]) and word_count(text) <= 90
            and _AFFILIATE.search(text) and not is_reported_speech(text)
        ):
            yield Hit(i, i, "affiliate disclosure")
