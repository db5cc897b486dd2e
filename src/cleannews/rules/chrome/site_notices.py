"""CN408 site-notice: Remove site notices: standards links, syndication and disclosure notices,
tip-line requests."""

from __future__ import annotations

from collections.abc import Iterator

from ... import lazyregex
from ...lazyregex import LazyPattern
from ...document import Document, Hit
from ...registry import rule
from ...shapes import word_count
from .._quick import folded_lines
from ._labels import _fits, _I, _REPORTING_VERB


# ---------------------------------------------------------------------------------------
# CN408 site notices

#: Languages an article is translated from (translation notices).
_LANGUAGES = (
    "english", "french", "german", "spanish", "portuguese", "italian", "dutch", "arabic", "chinese", "japanese",
    "korean", "russian", "ukrainian", "hebrew", "hindi", "turkish", "polish", "greek", "swedish",
)
#: A month's name or its abbreviation (in a date).
_MONTH = r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]{0,6}+"

_NOTICES: tuple[tuple[LazyPattern, LazyPattern | None, bool], ...] = (
    # Each notice: (start, cue, short).  ``start`` must match at the start of the line and
    # ``cue`` somewhere in it; with no cue, ``start`` must match the whole line, or just its
    # start for a ``short`` notice.  ``short`` notices also read like a body sentence, so
    # they are taken only when short (40 words) and not reporting anybody's words.
    # Reuters
    (
        lazyregex.compile(r"our standards:\s{0,8}+the thomson reuters trust principles\.?(?:,?\s{0,8}+opens new tab)?", _I),
        None,
        False,
    ),
    (lazyregex.compile(r",?\s{0,8}+opens new tab", _I), None, False),
    # syndicated-feed disclaimers (NDTV and others)
    (
        lazyregex.compile(
            r"\(?\s{0,8}+(?:except for the headline, )?this (?:story|article|report|copy) has not been edited by ",
            _I,
        ),
        lazyregex.compile(r"\b(?:syndicated|agency|wire) feed\b", _I),
        False,
    ),
    # funding disclosures (Texas Tribune style)
    (
        lazyregex.compile(r"disclosure:\s{1,8}+", _I),
        lazyregex.compile(
            r"\b(?:(?:has|have) been (?:a )?(?:financial )?supporters? of"
            r"|is a (?:financial )?(?:supporter|sponsor|donor) of|are (?:financial )?supporters of)\b",
            _I,
        ),
        False,
    ),
    # republication notices
    (
        lazyregex.compile(
            r"(?:this (?:article|story|piece|post|report) (?:(?:is|was|has been) )?)?"
            r"(?:republished|reprinted|reproduced|syndicated|originally published|first published|originally appeared"
            r"|first appeared)"
            r" (?:here )?(?:from|by|with permission (?:from|of)|on|in|at) (?:the )?(?-i:\p{Lu})",
            _I,
        ),
        None,
        True,
    ),
    # "This story was originally published May 12, 2025 at 9:48 PM."
    (
        lazyregex.compile(
            r"(?:this (?:article|story|piece|post|report) (?:was )?)?(?:originally|first) published (?:on )?"
            r"(?:" + _MONTH + r"\.? \d{1,2}(?:st|nd|rd|th)?,? \d{4}|\d{1,2}(?:st|nd|rd|th)? " + _MONTH + r",? \d{4})"
            r"(?:,? (?:at )?\d{1,2}(?:[:.]\d{2})?\s?(?:[ap]\.?m\.?)?(?: [A-Z]{2,4})?)?\.?",
            _I,
        ),
        None,
        False,
    ),
    # translation notices: "English translation of an article first published in French ...",
    # "This article was translated from the German original."
    (
        lazyregex.compile(
            r"(?:an? |the )?(?:(?:" + "|".join(_LANGUAGES) + r") )?translation of (?:an? |the |this )"
            r"(?:article|story|piece|report|column|essay) (?:(?:that|which) )?(?:was )?(?:first |originally )?"
            r"(?:published|appeared|ran|written)\b"
            r"|(?:this (?:article|story|piece|report|column|essay) (?:was |has been |is )?)?translated (?:from|into) "
            r"(?:the )?(?:original|(?-i:\p{Lu})\p{L}{2,15}+)(?: original)?(?: by (?:the )?(?-i:\p{Lu})[\p{L}.'’\- ]{0,60}+)?\.?\Z",
            _I,
        ),
        None,
        True,
    ),
    # free-to-republish notices: "This story can be republished for free (details)."
    (
        lazyregex.compile(
            r"(?:this|our) (?:article|story|stories|content|reporting|journalism|work) (?:can|may) be "
            r"(?:freely (?:republished|reprinted)\b|(?:republished|reprinted) (?:for free|free of charge|at no cost"
            r"|under\b|with attribution|by other|following|\())",
            _I,
        ),
        None,
        True,
    ),
    # "For the latest news, weather, sports, and streaming video, head to The Hill."
    (
        lazyregex.compile(r"for (?:the latest|more) (?:news|updates|coverage|stories)\b", _I),
        lazyregex.compile(r",? (?:head (?:over )?to|go to|visit) [^\s.]", _I),
        True,
    ),
    # tip-line requests
    (
        lazyregex.compile(r"(?:do you )?have (?:a |any )?(?:news )?tips?\b", _I),
        lazyregex.compile(
            r"help us|let us know|contact us|\be-?mail\b|@|should be covering|\breach\b|securely|get in touch", _I
        ),
        False,
    ),
    # print-edition notices: "A version of this article appears in print on March 5, 2025, ..."
    (
        lazyregex.compile(r"a version of this (?:article|story|review|essay) (?:appears|appeared) in print\b", _I),
        None,
        True,
    ),
    # print-edition notices (WSJ style): "Appeared in the January 6, 2024, print edition as '...'."
    (
        lazyregex.compile(
            r"(?:(?:an? (?:earlier |shorter )?version of )?this (?:article|story|review|essay|column) )?"
            r"appeared in (?:the )?(?:[\p{L}\p{N},.]{1,20}+ ){0,6}print edition\b",
            _I,
        ),
        None,
        True,
    ),
    # "Read the original article on Business Insider"
    (
        lazyregex.compile(
            r"read the original (?:article|story|post)(?: (?:on|at|in|from) (?:the )?(?-i:[\p{Lu}\p{N}])"
            r"[\p{L}\p{N}.&'’\- ]{0,60}+)?[.!]?",
            _I,
        ),
        None,
        False,
    ),
    # opinion disclaimers: "Opinions expressed by Forbes Contributors are their own."
    (
        lazyregex.compile(
            r"(?:the |any )?(?:views|opinions)(?: (?:and|or) (?:views|opinions))? expressed"
            r" (?:by|in|on|here|within) [^\n]{0,80}?\s{0,4}+"
            r"(?:are (?:solely )?(?:(?:their|his|her|its) own|(?:those|the views) of (?:the|its)"
            r" (?:authors?|writers?|contributors?)|the (?:authors?|writers?)['’]?s?['’]? own)"
            r"(?:,? and (?:do|does) not (?:necessarily )?(?:reflect|represent) [^\n]{1,160}+)?[.!]?"
            r"|(?:do|does) not (?:necessarily )?(?:reflect|represent) (?:the |those of )?(?:(?:official )?"
            r"(?:views?|opinions?|positions?|polic(?:y|ies)) of|those of) [^\n]{1,160}+)\Z",
            _I,
        ),
        None,
        True,
    ),
    # affiliate disclosures: "When you buy a book using a link on this page, we receive a commission."
    (
        lazyregex.compile(
            r"(?:(?:when|if) you (?:buy|purchase|click|shop)|(?:this (?:article|story|post|page) (?:contains|includes))|"
            r"we (?:may )?(?:earn|receive|get))\b",
            _I,
        ),
        lazyregex.compile(r"\b(?:we|may) (?:may )?(?:earn|receive|get) (?:a |an )?(?:small )?(?:affiliate )?commissions?\b|\baffiliate links?\b", _I),
        True,
    ),
    # funding notices (AP style): "... receives financial support from ... AP is solely responsible for all content."
    (lazyregex.compile(r"", _I), lazyregex.compile(r"\bsolely responsible for (?:all |the )?content\b", _I), False),
    # partner production notices: "This story was produced in partnership with ..."
    (
        lazyregex.compile(
            r"this (?:article|story|piece|report|project) (?:was|is) (?:produced|published|co-published|reported)"
            r" (?:by|in partnership with|in collaboration with|with support from|as part of|through) (?:the )?(?-i:\p{Lu})",
            _I,
        ),
        None,
        True,
    ),
)
_NOTICE_CUES = lazyregex.compile(
    r"thomson reuters|opens new tab|syndicated|disclosure|publish|printed|produced|appeared|head|go to|visit|tip"
    r"|translat"
    r"|responsible for|reported|in print|commission|affiliate|print edition|read the original|owned|operated"
    r"|expressed",
    _I,
)


#: The quoted headline at the end of a print-edition notice ('... under the headline "Second lives"').
_HEADLINE_QUOTE = lazyregex.compile(r"\s(?:under|with) the headline:?\s{0,4}+[\"“'‘][^\n]{0,200}+\Z", _I)

#: The literals of _NOTICE_CUES: one of them is in the folded text of every line it matches.
_NOTICE_CUE_WORDS = tuple(_NOTICE_CUES.pattern.split("|"))

#: How a line that a notice's ``start`` matches starts (folded); the one notice whose
#: ``start`` is empty needs "solely responsible for" in the line.
_NOTICE_STARTS = (
    "our standards:", ",", "opens new tab", "(", "except for the headline", "this ", "disclosure:",
    "republished", "reprinted", "reproduced", "syndicated", "originally", "first published",
    "for the latest", "for more", "do you have", "have ", "a version of this", "when you ", "if you ", "we ",
    "appeared in", "an earlier version", "a shorter version", "read the original",
    "the views", "the opinions", "any views", "any opinions", "views", "opinions",
    "first appeared", "translated", "our ",
    *(f"{a}{language}translation of" for a in ("", "a ", "an ", "the ") for language in ("", *(f"{w} " for w in _LANGUAGES))),
)
#: What a publisher footer ("X is published by Y") holds after its name: it can start with any name.
_PUBLISHER_WORDS = tuple(
    f" {are} {done} by " for are in ("is", "are")
    for done in ("published", "owned", "operated", "owned and operated", "published and owned")
)


#: One of these is in every line that one of _NOTICES takes (in their order: the start or
#: the cue of each notice holds one).
_NOTICE_WORDS = (
    "thomson reuters", "opens new tab", "has not been edited by", "disclosure:",
    "republished", "reprinted", "reproduced", "syndicated", "originally published", "first published",
    "originally appeared", "first appeared", "translation of", "translated from", "translated into",
    *(f"for {latest} {what}" for latest in ("the latest", "more") for what in ("news", "updates", "coverage", "stories")),
    *(f"have {a}{news}tip" for a in ("", "a ", "any ") for news in ("", "news ")),
    "appears in print", "appeared in print",
    *(f"{verb} {a}{small}{affiliate}commission" for verb in ("earn", "receive", "get") for a in ("", "a ", "an ")
      for small in ("", "small ") for affiliate in ("", "affiliate ")),
    "affiliate link", "solely responsible for",
    "print edition", "read the original", *(w.strip() for w in _PUBLISHER_WORDS),
    "views expressed", "opinions expressed",
    *(f"this {what} {was} {done}" for what in ("article", "story", "piece", "report", "project")
      for was in ("was", "is") for done in ("produced", "published", "co-published", "reported")),
)


#: Publisher footers, taken as the whole line: "Slate is published by The Slate Group, a
#: Graham Holdings Company."  They start with the publication's name, so they are found
#: by what follows it (_PUBLISHER_WORDS), not by how they start.
_PUBLISHER_FOOTER = lazyregex.compile(
    r"(?<![\p{L}\p{N}.&'’\-])(?:(?:(?-i:[\p{Lu}\p{N}])[\p{L}\p{N}.&'’\-]{0,30}+|of|the|and|for|&) ){1,6}+(?:is|are) (?:published|owned|operated"
    r"|owned and operated|published and owned) by (?:the )?(?-i:[\p{Lu}\p{N}])[\p{L}\p{N}.&'’\- ]{0,60}+"
    r",\s{1,4}+(?:an? |the )(?:[\p{L}\p{N}.&'’\-]{1,30}+ ){0,5}(?:company|group|subsidiary|division"
    r"|business|brand|publication|news organi[sz]ation|corporation)"
    r"(?:,? (?:ltd|llc|inc|plc|co)\.?)?\.?",
    _I,
)


@rule("CN408", "site-notice", words=_NOTICE_WORDS, local=True)
def site_notice(doc: Document, candidates: list[int]) -> Iterator[Hit]:
    r"""Remove site notices: standards links, syndication and disclosure notices, tip-line requests.

    Sites close articles with fixed notices that say nothing about the story: Reuters'
    "Our Standards: The Thomson Reuters Trust Principles." (with its ", opens new tab"
    residue), NDTV's "(Except for the headline, this story has not been edited by NDTV
    staff ...)", the Texas Tribune's "Disclosure: ... has been a financial supporter of
    ...", "This article is republished from The Conversation under a Creative Commons
    license.", "For the latest news, weather, sports, and streaming video, head to The
    Hill.", "Do you have a tip ...? Let us know via ...".  Each notice is a whole line
    with its fixed wording; lines that quote or report someone are kept, and a body
    sentence that merely mentions a republication or a tip is not matched.  So do
    print-edition notices ("Appeared in the January 6, 2024, print edition as '...'."),
    "Read the original article on Business Insider", a publisher footer naming the
    owner as a company ("Slate is published by The Slate Group, a Graham Holdings
    Company.") and opinion disclaimers ("Opinions expressed by Forbes Contributors are
    their own."), each as the whole line.

    Okay: The report was first published last year and found that water levels had dropped.
    Okay: Records obtained by ProPublica show that a single nurse was on duty.
    Okay: Have a tip for first-time hikers? Bring more water than you think, rangers said.
    CN408: Our Standards: The Thomson Reuters Trust Principles., opens new tab
    CN408: (Except for the headline, this story has not been edited by NDTV staff and is published from a syndicated feed.)
    CN408: Disclosure: Permian Basin Water Users Association has been a financial supporter of The Texas Tribune, a nonprofit news organization.
    CN408: This article is republished from The Conversation under a Creative Commons license. Read the original article.
    CN408: For the latest news, weather, sports, and streaming video, head to The Hill.
    CN408: Do You Have a Tip for ProPublica? Help Us Do Journalism.
    CN408: Originally published on Live Science.
    CN408: The Associated Press’ education coverage receives financial support from several private foundations. AP is solely responsible for all content.
    CN408: This story was produced in partnership with Harbor Public Media, a nonprofit newsroom.
    CN408: A version of this article appears in print on March 5, 2025, Section A, Page 19 of the New York edition with the headline: Council Backs Rail Yard Housing. Order Reprints | Today’s Paper | Subscribe
    CN408: When you buy a book using a link on this page, we receive a commission. Thank you for supporting The Atlantic.
    CN408: If you buy something through our links, we may earn an affiliate commission.
    CN408: This article originally appeared in the South China Morning Post (SCMP), the most authoritative voice reporting on China and Asia for more than a century. For more SCMP stories, please explore the SCMP app or visit the SCMP's Facebook and Twitter pages. Copyright © 2025 South China Morning Post Publishers Ltd. All rights reserved.
    Okay: If you buy a house this year, expect to pay a commission of about 5 percent, agents said.
    Okay: When you buy in bulk, the commission is waived, according to the broker.
    CN408: Appeared in the January 6, 2024, print edition as 'Chip Stocks Slide'.
    CN408: Read the original article on Business Insider
    CN408: Slate is published by The Slate Group, a Graham Holdings Company.
    CN408: Opinions expressed by Forbes Contributors are their own.
    CN408: The views expressed in this article are those of the author and do not necessarily reflect the views of Al Jazeera.
    Okay: The paper is published by a family trust, the filing shows.
    Okay: The Gazette is owned by Lee Enterprises, which bought it in 2019.
    Okay: The opinions expressed at the hearing were their own, he said.
    Okay: The opinions expressed in the letters are their own, the editor wrote.
    Okay: The views expressed in the report do not reflect reality, critics argue.
    Okay: The ad appeared in the Sunday print edition, the company said.
    Okay: Read the original article and you will see the difference.
    CN408: This article first appeared in German in DER SPIEGEL.
    CN408: This story first appeared on CalMatters and is republished here under a Creative Commons license.
    CN408: This story was originally published May 12, 2025 at 9:48 PM.
    CN408: English translation of an article first published in French on lemonde.fr; only the French original is binding on the publisher.
    CN408: This article was translated from the German original.
    CN408: This story can be republished for free (details).
    CN408: This article appeared in the Business section of the print edition under the headline "Second lives"
    Okay: The novel first appeared in French in 1954 and sold poorly.
    Okay: The report was originally published May 12, 2025, and revised twice since.
    Okay: Translated from Latin, the motto means "nothing without work."
    Okay: A translation of the article was sent to the ministry, the embassy said.
    Okay: A translation of the article was sent to the ministry.
    Okay: This story can be republished only with the family's permission.
    Okay: This story can be republished only with the family's permission, the lawyer said.
    Okay: The council said the plan "appeared in the print edition too early."
    """
    all_folded = folded_lines(doc)
    lines = doc.lines
    for i in candidates:
        line = lines[i]
        text = line.stripped
        # cheap conditions first: how a notice starts, then _NOTICE_CUES only after its
        # literals are seen in the folded text
        if not _fits(text, 1200):
            continue
        folded = all_folded[line.index]
        if ('"' in text or "“" in text) and not (
            # a print-edition notice names the headline it ran under, in quotes
            "print" in folded and '"' not in (bare := _HEADLINE_QUOTE.sub("", text)) and "“" not in bare
        ):
            continue
        if (
            len(text) <= 300 and " by " in folded  # every one of _PUBLISHER_WORDS ends with " by "
            and any(w in folded for w in _PUBLISHER_WORDS) and _PUBLISHER_FOOTER.fullmatch(text)
        ):
            yield Hit(line.index, line.index, "publisher footer")
            continue
        if not folded.startswith(_NOTICE_STARTS) and "solely responsible for" not in folded:
            continue
        if not any(cue in folded for cue in _NOTICE_CUE_WORDS) or not _NOTICE_CUES.search(text):
            continue
        if word_count(text) > 90:
            continue
        for start, cue, short in _NOTICES:
            if cue is None:
                # a fixed notice is the whole line; a short notice only starts it
                if not (start.match(text) if short else start.fullmatch(text)):
                    continue
            elif not (start.match(text) and cue.search(text)):
                continue
            if short and (
                (word_count(text) > 40 and "all rights reserved" not in folded) or _REPORTING_VERB.search(text)
            ):
                break
            yield Hit(line.index, line.index, "site notice")
            break
