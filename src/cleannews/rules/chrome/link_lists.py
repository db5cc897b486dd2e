"""CN404 link-list: Remove link lists: a "Related" / "Read more" header with the headlines it
lists."""

from __future__ import annotations

from collections.abc import Iterator

from ... import lazyregex
from ...document import Document, Hit, Line
from ...registry import rule
from ...shapes import word_count
from .._quick import folded_lines
from ._labels import _DECOR, _fits, _I, _label, _may_be_label, _REPORTING_VERB, _SENTENCE_BREAK, _title_case


# ---------------------------------------------------------------------------------------
# CN404 link lists: a "Related" / "Read more" header and the headlines under it

_LIST_HEADER = _label(
    r"related(?: (?:articles?|stories|story|content|coverage|(?:internet )?links?|news|reading|posts?|videos?|reads?))?"
    r"(?: from (?-i:[\p{Lu}\p{N}])[\p{L}\p{N}.&'’ ]{0,40})?"
    r"|read (?:more|next|also|this next)(?: (?:from|on|at|about|with) (?-i:[\p{Lu}\p{N}])[\p{L}\p{N}.&'’ ]{0,40})?"
    r"|also read|also see|see also|also on (?-i:\p{Lu})[\p{L}\p{N}.&'’ ]{0,40}|further reading"
    r"|explore further|what to read next|up next|watch next"
    r"|more (?:on|about) (?:this|the) (?:story|topic|subject|issue)"
    r"|more (?:stories|news|coverage|articles|headlines|reading)(?: (?:from|on|about) (?-i:[\p{Lu}\p{N}])[\p{L}\p{N}.&'’ ]{0,40})?"
    r"|more from (?:the )?(?-i:\p{Lu})[\p{L}\p{N}.&'’ ]{0,40}|more like this|more for you"
    r"|most (?:read|popular|viewed|shared|watched|emailed|commented)"
    r"(?: (?:from|in|on|at) [\p{L}\p{N}][\p{L}\p{N}.&'’ ]{0,40}| (?:stories|articles|now|today|this week))?"
    r"|(?:you )?(?:may|might) also (?:like|enjoy|be interested in)|you may have missed"
    r"|recommended(?: (?:for you|stories|articles|reading|videos?))?|editors?['’]?s?['’]? (?:picks?|choice)"
    r"|(?:don['’]?t|do not) miss(?: (?:these|this|our))?(?: (?:stories|articles|reads|coverage))?"
    r"(?: from (?-i:[\p{Lu}\p{N}])[\p{L}\p{N}.&'’ ]{0,40})?"
    r"|top (?:stories|headlines)|trending(?: (?:now|stories|news)| (?:on|at) [\p{L}\p{N}][\p{L}\p{N}.&'’ ]{0,40})?|popular (?:now|stories)"
    r"|our (?:coverage|reporting) (?:of|on) (?-i:[\p{Lu}\p{N}])[\p{L}\p{N}.&'’ ]{0,40}"
    r"|in case you missed it|latest (?:stories|news|headlines)"
)

_INLINE_LINK = lazyregex.compile(
    r"[\[\(]?\s{0,8}+(?:related(?: (?:story|stories|article|articles|coverage|content|link|reading))?"
    r"|read more|read also|also read|read next|read(?=:)|see also|more on this(?: story)?|must read"
    r"|(?:don['’]?t|do not) miss|recommended(?: reading)?|editor['’]?s pick|watch(?: now)?|video|listen|go deeper)"
    r"\s{0,8}+[:\-–—|]\s{0,8}+(?=(?-i:[\p{Lu}\p{N}\"“‘']))(?<rest>[^\n]{3,250}+)",
    _I,
)

_DATE_ITEM = lazyregex.compile(
    r"(?:published|updated|posted)(?:\s{0,8}+[:\-]?\s{0,8}+[\p{L}\p{N},:./ ]{0,40}+)?"
    r"|\d{1,2} (?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]{0,6}+(?: \d{4})?"
    r"|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]{0,6}+\.? \d{1,2}(?:, \d{4})?"
    r"|\d{1,3} (?:seconds?|minutes?|mins?|hours?|hrs?|days?|weeks?|months?) ago",
    _I,
)
_QUESTION_WORD = lazyregex.compile(r"(?:what|how|why|where|when|who|which|whose)\b", _I)
_LIST_BULLET = lazyregex.compile(r"[\-–—•·*>]\s{1,8}+")


def _headline_shape(text: str) -> int:
    """0 unless a linked headline: a short line of 5 to 25 words that is not a sentence,
    label or subheading; then 2 in Title Case (see _title_case), 1 otherwise."""
    if not _fits(text, 250):
        return 0
    bullet = _LIST_BULLET.match(text)
    if bullet:
        text = text[bullet.end() :]
    words = word_count(text)
    if words < 5 or words > 25:
        return 0
    first = text.lstrip("\"“‘'")[:1]
    if not first or not (first.isupper() or first.isdigit()):
        return 0
    last = text[-1]
    if last in ".:;,":
        return 0
    if _SENTENCE_BREAK.search(text):
        return 0
    titled = _title_case(text)
    # sentence-case questions and "What schools can do"-style lines are subheadings
    if not titled and (last == "?" or _QUESTION_WORD.match(text)):
        return 0
    return 2 if titled else 1


def _link_items(lines: tuple[Line, ...], start: int, limit: int) -> int:
    """Index of the last headline after a list header at ``start - 1`` (``start - 1`` if none)."""
    last = start - 1
    style: bool | None = None
    # a link box printed as a tight block (no blank line after its header) ends at the
    # first blank line: what follows is the story again
    tight = start < len(lines) and not lines[start].blank_before
    for j in range(start, min(len(lines), start + limit)):
        text = lines[j].stripped
        if j > start and tight and lines[j].blank_before:
            break
        if _fits(text, 60) and _DATE_ITEM.fullmatch(text) and last >= start:
            last = j
            continue
        shape = _headline_shape(text)
        if not shape:
            break
        # (_title_case of the line without its bullet, found by _headline_shape, is the
        # line's own: a bullet and the spaces after it hold no letter, and the line is
        # shorter than the 400 characters _title_case looks at)
        titled = shape == 2
        if style is None:
            style = titled
        elif titled != style and not titled:
            # a sentence-case line after Title Case headlines is the story going on
            break
        last = j
    return last

#: Words in which a page speaks for itself ("our tool", "we tested"): a line with one, in
#: sentence case, is the article's own sentence, not a linked headline.
_FIRST_PERSON = lazyregex.compile(r"\b(?:we|our|ours|us|i|my|me)\b", _I)
#: A "Label: value" line of a list of fields ("Minimum: 8 GB of memory", "Rating: 4/5"):
#: a label of one to three words without digits, and a short value.
_FIELD_LINE = lazyregex.compile(r"\p{L}[\p{L}'’&/\-]{0,20}+(?: [\p{L}'’&/\-]{1,20}+){0,2}+:\s{1,4}+[^\s:][^:\n]{0,60}+")


def _linked_headline(rest: str) -> bool:
    """True when what follows "Read more:" / "Related:" is a headline, not a sentence.

    A headline has 4 to 30 words, one sentence at most, no reporting verb and no full
    stop at the end; in sentence case it does not speak in the first person ("Related:
    Diagnose plant damage with our tool", "Recommended: Use a soft brush.").
    """
    words = word_count(rest)
    if words < 4 or words > 30 or _SENTENCE_BREAK.search(rest) or _REPORTING_VERB.search(rest):
        return False
    if rest.endswith(".") and not rest.endswith(".."):
        return False
    return _title_case(rest) or not _FIRST_PERSON.search(rest)


def _linked_item(rest: str) -> bool:
    """What follows "Read more:" / "Video -" is a linked headline or a date."""
    return _linked_headline(rest) or (_fits(rest, 60) and _DATE_ITEM.fullmatch(rest) is not None)


def _in_fields(lines: tuple[Line, ...], i: int) -> bool:
    """True when a line next to ``i`` is a "Label: value" field that is not a read-more
    line itself: "Recommended: ..." is then one field of a list (specifications, a rating box).
    The first line is the headline's place, not a field ("The Latest: Storm knocks out ...")."""
    for j in (i - 1, i + 1):
        if 0 < j < len(lines):
            text = lines[j].stripped
            if (
                len(text) <= 80 and word_count(text) <= 12 and text[-1] not in ".!?"
                and _FIELD_LINE.fullmatch(text)
                and not _INLINE_LINK.fullmatch(text)
            ):
                return True
    return False


def _buttons(headers: list[int], folded: list[str]) -> set[int]:
    """The headers that are per-item buttons: the same label again within 4 lines.

    A resources page prints "Title / Source / Read More" for every card, so "Read More"
    follows each item; what sits between two such labels is the page's own list.
    """
    buttons: set[int] = set()
    last_seen: dict[str, int] = {}
    for i in headers:
        label = folded[i].strip(_DECOR)
        j = last_seen.get(label)
        if j is not None and i - j <= 4:
            buttons.update((i, j))
        last_seen[label] = i
    return buttons


def _inside_list(lines: tuple[Line, ...], i: int) -> bool:
    """True for a header between two items of one bulleted list: the body's list goes on."""
    if i == 0 or i + 1 >= len(lines):
        return False
    before = _LIST_BULLET.match(lines[i - 1].stripped)
    after = _LIST_BULLET.match(lines[i + 1].stripped)
    return (
        before is not None and after is not None
        and lines[i - 1].stripped[0] == lines[i + 1].stripped[0]
    )


#: How the body of a header that _LIST_HEADER, or of a line that _INLINE_LINK, matches
#: starts (folded, after the decorations in front).
_LINK_LIST_STARTS = (
    "related", "read ", "also ", "see also", "further reading", "explore further", "what to read next",
    "up next", "watch", "more ", "most ", "you ", "may ", "might ", "recommended", "editor", "don",
    "do not", "top ", "trending", "popular ", "in case you missed it", "latest ", "must read", "video",
    "listen", "our coverage", "our reporting", "go deeper", "read:",
)


#: One of these is in every header _LIST_HEADER and every line _INLINE_LINK matches.
_LINK_LIST_WORDS = (
    "related", "read more", "read next", "read also", "read this next", "also read", "also see", "see also",
    "also on ", "further reading", "explore further", "up next", "watch", "more on this",
    *(f"more {on} {the} {what}" for on in ("on", "about") for the in ("this", "the")
      for what in ("story", "topic", "subject", "issue")),
    "more stories", "more news", "more coverage", "more articles", "more headlines", "more reading",
    "more from", "more like this", "more for you",
    "most read", "most popular", "most viewed", "most shared", "most watched", "most emailed", "most commented",
    *(f"{may} also {like}" for may in ("may", "might") for like in ("like", "enjoy", "be interested in")),
    "you may have missed", "recommended", "editor", "don't miss", "don’t miss", "dont miss", "do not miss",
    "top stories", "top headlines", "trending", "popular now", "popular stories",
    "our coverage of", "our coverage on", "our reporting of", "our reporting on", "in case you missed it",
    "latest stories", "latest news", "latest headlines", "must read", "video", "listen", "go deeper", "read:",
)


@rule("CN404", "link-list", words=_LINK_LIST_WORDS)
def link_list(doc: Document, candidates: list[int]) -> Iterator[Hit]:
    r"""Remove link lists: a "Related" / "Read more" header with the headlines it lists.

    Pages insert boxes of links to other stories, inside or after the article: a header
    ("Related", "Read More", "Read more from Sky News:", "More on this story", "Most Read
    from Bloomberg", "Don't miss these stories from CNBC PRO:") followed by one or more
    headlines, sometimes with their dates; or a single line "Read more: <headline>" /
    "RELATED: <headline>".  The header must be the whole line, so a sentence starting
    with "Related" is kept.  The lines after it are taken only while they look like
    linked headlines (5 to 25 words, no sentence end, not a question or "What ... do"
    subheading in sentence case, the same capitalisation style as the first one, and
    no blank line inside a box printed without blank lines), so a subheading or short
    paragraph that follows the list stays.

    Some look-alikes are the article's own: a label that comes back every few lines
    ("Title / Source / Read More" on each card of a resources page) is a per-item button,
    and only the buttons go, not the items between them; a header between two items of
    one bulleted list is part of that list and stays with it.  A single "Related: ..." /
    "Recommended: ..." line stays when what follows the label is a sentence (it ends
    with a full stop, or speaks in the first person in sentence case: "Related: Check
    your plants against our pest guide") or under four words, and when it is one field
    of a list of "Label: value" lines ("Minimum: ..." / "Recommended: ...").

    Okay: Related closures in western Kansas over the past five years mean longer drives for expectant mothers.
    Okay: Read more about the plan on the council's website.
    Okay: Related: the two cases were heard together, the judge said.
    CN404: Related
    CN404: Read more from Sky News:\nSugar levy led to drop in childhood obesity, study suggests\nSupermarket meal deal rules to be reviewed
    CN404: More on this story\nSurgery waiting lists hit new high, report says\nPublished\n2 March
    CN404: Most Read from Bloomberg\nWall Street's Favorite Trade Is Suddenly in Trouble\nWhy Airlines Are Quietly Adding Seats to Old Jets
    CN404: Read more: Europe’s Gas Storage Is Filling Faster Than Usual This Spring
    CN404: RELATED: City council delays vote on new stadium lease
    CN404: [Related: Salesforce Keynote: AI, Integration And Protestors]
    CN404: Our Coverage of New York City\nThe Subway’s Oldest Station Gets a New Entrance After 12 Years\nWhy Some Landlords Are Leaving Apartments Empty
    CN404: Trending on KTVQ.com\nStorms knock out power to thousands across the county
    CN404: Go deeper: Retailers brace for a tough spring
    Okay: Our coverage of the trial drew more than 200 complaints, the paper's ombudsman wrote.
    Okay: - Drink a glass of water before every session, and another one after it.\n- Keep a short log of how you slept the night before.\nAlso read:\n- How Coaches Track Sleep and Recovery Between Sessions\n- A Simple Plan for Your First Month of Training
    Okay: Recommended: Rinse the filter under warm water once a month.
    Okay: Related: Check your plants against our pest guide before you spray
    Okay: Minimum: 8 GB of memory\nRecommended: 16 GB Of Memory And A Fast Solid State Drive\nStorage: 40 GB
    CN404: The Latest: Storm knocks out power across the valley\nRead more: Harbour authority delays vote on new ferry terminal\nRIVERTON (AP) — The Latest on the storm that moved through the valley on Tuesday (all times local):
    CN404: Guide to Choosing a Tutor for Your Child\nLearning Research Council\nRead More\nWhat Parents Should Ask Before Signing Up\nCity Schools Network\nRead More
    Okay: Go deeper: the fund's own numbers show returns fell, analysts said.
    CN404: Read: Tea farmers protest delayed bonus payments
    CN404: Read more with Euractiv\nFarmers' groups call for faster payments under the CAP
    Okay: Read: chapters 3 and 4 before the seminar.
    Okay: Read the label before you spray.
    """
    lines = doc.lines
    folded = folded_lines(doc)
    headers = [
        i for i in candidates
        if len(lines[i].stripped) <= 70
        and _may_be_label(folded[i], _LINK_LIST_STARTS)
        and _LIST_HEADER.fullmatch(lines[i].stripped)
    ]
    buttons = _buttons(headers, folded)
    header_set = set(headers)
    skip_to = -1
    # a list starts at a header or read-more line, which holds one of the words
    for i in candidates:
        if i <= skip_to:
            continue
        text = lines[i].stripped
        if i in header_set:
            if i in buttons:
                yield Hit(i, i, "read-more button")
                continue
            if _inside_list(lines, i):
                continue
            last = _link_items(lines, i + 1, 8)
            yield Hit(i, last, "link list" if last > i else "link list header")
            skip_to = last
            continue
        if not _fits(text, 260) or not _may_be_label(folded[i], _LINK_LIST_STARTS):
            continue
        match = _INLINE_LINK.fullmatch(text)
        if match and _linked_item(match.group("rest").rstrip("]) »›>")) and not _in_fields(lines, i):
            yield Hit(i, i, "read-more link")
