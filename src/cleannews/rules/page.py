"""Rules: what the page itself tells (CN6xx): the headline, and the byline from page metadata.

These rules act on information that is not in the line's own words: the caller's wish to
drop the headline (``keep_headline=False``, ``--drop-headline``) and the page's title and
author when the text was extracted from HTML (``clean_html``).
"""

from __future__ import annotations

from collections.abc import Iterator

import regex

from .. import lazyregex
from ..document import Document, Hit
from ..registry import rule
from ..shapes import ends_sentence, is_body, is_reported_speech, word_count

__all__ = ["headline", "page_author"]

_LIST_MARK = lazyregex.compile(r"^(?:[-–—•*·>]|\d{1,3}[.)])\s")
_DATELINE = lazyregex.compile(r"^[\p{Lu}][\p{L}.,' ]{1,60}+(?:\([^()\n]{1,30}+\))?\s{0,3}+[—–-]{1,2}\s")
_CLOSING = lazyregex.compile(r"[.!?:;…,\"'”’)\]]$")
_QUESTION_OR_BANG = lazyregex.compile(r"[?!]$")
_TITLE_WORD = lazyregex.compile(r"[\p{L}][\p{L}'’\-]{3,40}+")
_LETTERS = lazyregex.compile(r"\p{L}")
_SPACES = lazyregex.compile(r"\s++")
_AUTHOR_SPLIT = lazyregex.compile(r"(?<!\s)\s*+(?:[;,|&/]|\band\b)\s*+", regex.IGNORECASE)
_BY = lazyregex.compile(r"^(?:by|written by|words by)\b[:\s—–-]*+", regex.IGNORECASE)

#: A headline has at most this many words.
HEADLINE_MAX_WORDS = 25
#: Without the page's title, a first line of fewer words is a section heading
#: ("Introduction", "At a glance", "Key Takeaways"), not a headline, and stays.
HEADLINE_MIN_WORDS = 4


def _title_case(text: str) -> bool:
    words = _TITLE_WORD.findall(text)
    return len(words) >= 2 and sum(w[0].isupper() for w in words) >= 0.75 * len(words)


def _is_headline_shaped(text: str) -> bool:
    words = word_count(text)
    if not 1 <= words <= HEADLINE_MAX_WORDS:
        return False
    if _CLOSING.search(text) and not (_QUESTION_OR_BANG.search(text) and _title_case(text)):
        return False
    if _LIST_MARK.match(text) or _DATELINE.match(text):
        return False
    letters = _LETTERS.findall(text)
    return not (words >= 3 and letters and all(c.isupper() for c in letters))


def _leads(text: str, deck: bool) -> bool:
    """True if ``text`` can be the headline (``deck=False``) or the deck under it.

    Both are headline-shaped and have at least :data:`HEADLINE_MIN_WORDS` words.  A deck
    is a clause in sentence case; a second line in Title Case or asking a question is the
    body's first section heading ("What Is Raised-Bed Planting?"), and stays.
    """
    if not _is_headline_shaped(text) or word_count(text) < HEADLINE_MIN_WORDS:
        return False
    return not deck or not (_title_case(text) or text.endswith("?"))


def _fold(text: str) -> str:
    return _SPACES.sub(" ", text).strip().casefold()


#: How far down the body the page title is looked for (it never goes past the first paragraph).
TITLE_SEARCH_LINES = 5
_WORDS = lazyregex.compile(r"[\p{L}\p{N}]++")


def _same_title(line: str, title: str, fuzzy: bool) -> bool:
    """True if ``line`` is the page title: equal, or the title without the site name around
    it; with ``fuzzy``, also the same headline worded a little differently (six or more
    distinct words, 80% of them in common)."""
    folded, folded_title = _fold(line), _fold(title)
    if folded == folded_title or (word_count(folded) >= 3 and folded in folded_title):
        return True
    if not fuzzy or word_count(line) > HEADLINE_MAX_WORDS:
        return False
    ours, theirs = set(_WORDS.findall(folded)), set(_WORDS.findall(folded_title))
    if len(ours) < 6 or len(theirs) < 6:
        return False
    return len(ours & theirs) >= 0.8 * max(len(ours), len(theirs))


def _headline_wanted_gone(doc: Document) -> bool:
    """Trigger test of CN601: the caller asked for the headline to go (``keep_headline=False``)."""
    return not doc.keep_headline


def _author_known(doc: Document) -> bool:
    """Trigger test of CN602: the page's metadata names an author."""
    return bool(doc.meta.get("author"))


@rule("CN601", "headline", when=_headline_wanted_gone)
def headline(doc: Document) -> Iterator[Hit]:
    """Remove the leading headline (and deck) when the caller asks for the body only.

    Only active with ``keep_headline=False`` (``--drop-headline``); by default headlines
    are content and stay.  When the page's title is known (``clean_html``), the line that
    repeats it before the first paragraph, among the first five lines, goes (equal to it,
    the title without the site name around it, or the same headline with 80% of its words
    in common), with every exact copy of it before the first paragraph, and nothing else.
    Otherwise the headline is the first line, and the deck the second (a clause in
    sentence case, not a question), when they are shaped like headlines (4 to 25 words,
    no closing punctuation unless a
    Title Case question or exclamation, not in capitals, not a list item or a dateline
    lead) and the line after them is running text (six words or more, not shaped like a
    headline).  A first line that ends like a sentence, or a question in sentence case, is
    the article's opening and stays; so does an all-caps section label, and so does a
    short section heading of one to three words ("Introduction", "Key Takeaways"), which
    leads the body of guides and papers that start without their title.  Because the line
    after a removed headline is never headline-shaped, cleaning the output again removes
    nothing more.

    Okay: Remember the city's quest to find a slogan?\\nThe search went on for years, and nobody agreed on anything at all.
    Okay: WASHINGTON (AP) — Officials met on Monday to discuss the plan in detail.\\nThey did not agree.
    Okay: LOOK WHAT YOU MADE ME DO\\nThe drama began earlier this year, when the label was sold.
    Okay: What is the value of drugs that cross the border?\\nIn October, a congressman visited the border and argued for more money.
    Okay: Key Takeaways\\nRenters in most large cities now spend a third of their income on housing.
    Okay: At a glance\\nThe plant grows best in partial shade and needs water twice a week.
    Okay: Introduction\\nThis guide explains how to choose a contractor for a kitchen remodel.
    Okay: Raised Beds for Small Yards\\nWhat Is Square-Foot Planting?\\nPicture an empty bed of four feet by four, filled with soil and ready for seeds.
    Okay: Raised Beds for Small Yards\\nThe Real Cost of Lumber in 2025\\nPrices for cedar boards rose again this spring, and pine followed them.
    CN601: Does the Ambassador Have a Net Worth of $17 Million?\\nAn unsubstantiated rumor was circulated in November in an attempt to discredit her.
    CN601: The Latest: Man stabbed to death on a commuter train\\nHAYWARD, Calif. (AP) — The Latest on a deadly stabbing on a commuter train (all times local):
    CN601: Home Depot sales miss, shares plunge\\nThe retailer earned $2.8 billion in the third quarter.
    CN601: New SUVs highlight the auto show\\nElectric cars and a wagon concept\\nNew electric vehicles are on display this week at the show.
    CN601[title=Council delays the vote]: Council delays the vote\\nThe council on Tuesday delayed its vote.
    CN601[title=Council delays the vote - The Daily Planet]: Council delays the vote\\nThe council on Tuesday delayed its vote.
    Okay[title=Council delays the vote]: Claim\\nThe council on Tuesday delayed its vote for the third time this year.
    CN601[title=Investors cannot make sense of the trade war]: Hong Kong (CNN Business)Markets fell.\\nInvestors cannot make sense of the trade war\\nA muddled view of the trade talks once again seems to be weighing on investors.
    Okay[title=Calendar Stock Car 2018]: Calendar of the Stock Car 2018\\nRound one is at Interlagos in March, and the season ends in December.
    CN601[title=A guide to understanding tariffs and trade]: A guide to understanding tariffs and international trade\\nBreaking with decades of policy, the president has pursued tariffs.
    """
    if doc.keep_headline or not doc.lines:
        return
    lines = doc.lines
    title = doc.meta.get("title")
    if title:
        # every copy before the first paragraph goes in one pass: removing them never moves
        # the first paragraph, so a later pass finds none (a title printed twelve times)
        # (the copies are the line found, as it is, or the title itself)
        found: str | None = None
        for line in lines:
            if is_body(line.stripped):
                break
            if found is None:
                if _same_title(line.stripped, title, fuzzy=line.index < TITLE_SEARCH_LINES):
                    found = _fold(line.stripped)
                elif line.index >= TITLE_SEARCH_LINES:
                    break
                else:
                    continue
            elif _fold(line.stripped) != found and not _same_title(line.stripped, title, fuzzy=False):
                continue
            yield Hit(line.index, line.index, "headline: the page title repeated at the top of the body")
        return
    run = 0
    while run < min(2, len(lines) - 1) and _leads(lines[run].stripped, deck=run == 1):
        run += 1
    following = lines[run].stripped if run < len(lines) else ""
    if run and word_count(following) >= 6 and not _is_headline_shaped(following):
        yield Hit(0, run - 1, "headline and deck at the top" if run == 2 else "headline at the top")


def _author_names(meta_author: str) -> list[str]:
    names = [_fold(part) for part in _AUTHOR_SPLIT.split(meta_author)]
    return [n for n in names if n and word_count(n) <= 5]


@rule("CN602", "page-author", when=_author_known)
def page_author(doc: Document) -> Iterator[Hit]:
    """Remove a byline line that names the page's author from its metadata.

    When the text comes from HTML, the page's metadata names the author.  A line before
    the first paragraph that consists only of those names (with "By", separators and
    "and") is the byline, whatever its layout.  A sentence that mentions the author is
    longer than that and stays; without author metadata the rule does nothing.

    Okay: Jane Doe said the council would vote again in March, after the holidays.
    Okay[author=Jane Doe]: Jane Doe said the council would vote again in March, after the holidays.
    CN602[author=Tom Krisher; Ap Auto Writer]: Tom Krisher\\nNew electric vehicles are on display this week.
    CN602[author=Jane Doe, John Roe]: By Jane Doe and John Roe\\nThe council met on Tuesday night.
    """
    author = doc.meta.get("author")
    if not author:
        return
    names = set(_author_names(author))
    if not names:
        return
    for line in doc.lines[:6]:
        text = _BY.sub("", line.stripped)
        parts = [_fold(p) for p in _AUTHOR_SPLIT.split(text) if p.strip()]
        if parts and all(p in names for p in parts):
            yield Hit(line.index, line.index, "byline naming the page's author")
        elif ends_sentence(line.stripped) and word_count(line.stripped) >= 8:
            break


#: How many lines from the end an author box is looked for.
AUTHOR_BOX_LINES = 6
#: What follows the author's name at the start of a bio: a verb of who they are or a comma.
_BIO_VERB = frozenset(
    "is was has have writes wrote covers covered joined lives works worked leads serves holds earned "
    "spent specializes specialises brings teaches reports edits founded runs".split()
)


def _name_tokens(meta_author: str) -> list[tuple[str, ...]]:
    """The page's author names as word tuples, each of two words or more."""
    names = []
    for part in _AUTHOR_SPLIT.split(meta_author):
        words = tuple(_WORDS.findall(_fold(part)))
        if 2 <= len(words) <= 6:
            names.append(words)
    return names


def _bio_or_name(text: str, names: list[tuple[str, ...]]) -> str | None:
    """``"bio"`` if ``text`` starts with an author's name and says who they are, ``"name"``
    if it is only the name, else None."""
    words = _WORDS.findall(_fold(text))
    for name in names:
        if tuple(words[: len(name)]) != name:
            continue
        if len(words) == len(name):
            return "name"
        rest = text.split(None, len(name))[-1] if len(text.split()) > len(name) else ""
        after_name = words[len(name)]
        if ends_sentence(text) and word_count(text) >= 8 and not is_reported_speech(text) and (
            after_name in _BIO_VERB or rest.startswith((",", "—", "–", "("))
            or text.split()[len(name) - 1].endswith(",")
        ):
            return "bio"
    return None


@rule("CN603", "page-author-bio", when=_author_known, block=True)
def page_author_bio(doc: Document) -> Iterator[Hit]:
    """Remove the author box after the article: the bio of the page's author, and the name on its own.

    When the text comes from HTML, the page's metadata names the author.  Among the last
    six lines, after which at most two more paragraphs of running text follow, a line that
    starts with the author's full name and goes on to say who they are ("Jane Doe is a
    reporter ...", "Jane Doe, editor, has ...") is the author box that sites print after
    the article, and so is a line holding only the name beside it.  A sentence that
    mentions the author inside the article, a bio of somebody else, and the author's name
    higher up stay; without author metadata the rule does nothing.

    Okay[author=Jane Doe]: The council met on Tuesday.\\nJane Doe is a reporter, the mayor said, and everyone laughed at the meeting.
    Okay[author=Jane Doe]: Jane Doe has lived on the street for forty years and remembers the flood of 1979.\\nThe vote on the new levee was delayed until March, when the state budget will finally be known.\\nThe council meets again next week to hear from residents about the plan and its cost to them.\\nCritics said the delay would cost the city money that it does not have in its budget this year.
    Okay[author=Jane Doe]: The council met on Tuesday night to discuss the budget for next year.\\nJohn Roe is a reporter for the Daily Planet who covers the city council.
    Okay: The council met on Tuesday night to discuss the budget for next year.\\nJane Doe is a reporter for the Daily Planet who covers the city council.
    CN603[author=Jane Doe]: The council met on Tuesday night to discuss the budget for next year.\\nJane Doe is a reporter for the Daily Planet who covers the city council.
    CN603[author=Jane Doe]: The council met on Tuesday night to discuss the budget for next year.\\nJane Doe\\nJane Doe, the paper's city editor, has covered local politics for twenty years.
    CN603[author=Jane Q. Doe]: The council met on Tuesday night to discuss the budget for next year.\\nJane Q. Doe has written about gardening for a decade and lives in Vermont.
    """
    author = doc.meta.get("author")
    if not author:
        return
    names = _name_tokens(author)
    if not names:
        return
    lines = doc.lines
    start = max(0, len(lines) - AUTHOR_BOX_LINES)
    body_after = 0
    found: list[tuple[int, str]] = []
    for line in reversed(lines[start:]):
        kind = _bio_or_name(line.stripped, names)
        if kind == "bio" and body_after <= 2:
            found.append((line.index, kind))
        elif kind == "name":
            found.append((line.index, kind))
        if is_body(line.stripped):
            body_after += 1
    bios = {index for index, kind in found if kind == "bio"}
    for index, kind in found:
        if kind == "bio":
            yield Hit(index, index, "bio of the page's author after the article")
        elif index + 1 in bios or index - 1 in bios:
            yield Hit(index, index, "name of the page's author over their bio")
