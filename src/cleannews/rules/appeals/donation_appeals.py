"""CN101 donation-appeal: Remove a reader-revenue appeal: donation, membership or subscription, as
a whole block."""

from __future__ import annotations

from collections.abc import Iterator

from ... import lazyregex
from ...document import Document, Hit
from ...registry import rule
from ...shapes import fold, is_body, word_count
from .._quick import cfold, folded_lines
from ._appeal_kinds import (
    _ACCESS_OFFER, _APPEAL_WIDGET, _grow, _has_inner_stop, _Kinds, _may_anchor, _names_journalism,
    _SENTENCE_END,
)
from ._prompts import _I, _is_speech, _MAX_APPEAL_CHARS, _MAX_PROMPT_CHARS, _sentences_start


#: Trigger words of CN101: a literal of each alternative of _ASK, which an anchor (kind 3)
#: must match.
_ASK_TRIGGER_WORDS = (
    "support", "contribut", "donat", "donor", "give", "giving", "a gift", "your gift", "one-time gift",
    "monthly gift", "member", "subscrib", "subscription", "join", "chip in", "paywall",
)


#: A one-line subscription promo for a named product: "To get more of Dear Prudence's
#: weekly advice, subscribe to Slate Plus now." (an optional "To get/read more ..." clause,
#: then "subscribe to <Name> now/today" ending the sentence), and "Unlock more news like
#: this with an Axios Pro trial." (unlock/get/enjoy more news, stories or access with a
#: named trial, subscription or membership).  The sentence opens the line or follows a
#: stop; the product name is capitalised; a comma or an attribution after it ("..., the
#: report found") means it is not the publisher's closing imperative.
_SUB_PROMO = _sentences_start(
    r"(?:to (?:get|read|see|enjoy|access|unlock|keep reading|continue reading) "
    r"(?:more|all|the rest|unlimited|full|every|exclusive)\b[^,.!?;\n]{0,80}+,\s{1,3}+)?"
    r"subscribe (?:to|for) (?:the )?(?-i:\p{Lu})[\p{L}\p{N}+.&’'-]*+(?: (?!(?:now|today)\b)(?-i:[\p{Lu}+&])[\p{L}\p{N}+.&’'-]*+){0,4}+ "
    r"(?:now|today)[.!]++(?:\s|$)"
    r"|(?:unlock|get|enjoy|read|access) (?:more|unlimited|full|all|exclusive|premium|every)\b[^.!?\n]{0,60}?"
    r"\b(?:news|stories|scoops?|articles|reporting|coverage|journalism|analysis|access)\b[^.!?\n]{0,40}?"
    r"\bwith (?:a|an|your) (?:free |\d{1,3}+-day )?(?-i:\p{Lu})[\p{L}\p{N}+.&’'-]*+"
    r"(?: (?!(?:free|trial|subscription|membership)\b)(?-i:[\p{Lu}+&])[\p{L}\p{N}+.&’'-]*+){0,4}+ (?:free )?(?:trial|subscription|membership)(?:[.!]?+$|[.!]\s)"
)
#: How the folded text starts where a branch of _SUB_PROMO matches at the line's start.
_SUB_PROMO_STARTS = ("to ", "subscribe ", "unlock ", "get ", "enjoy ", "read ", "access ")
#: Trigger words of the promo line beyond _ASK_TRIGGER_WORDS: its first branch holds
#: "subscrib", its second "trial", "subscrib" (subscription) or "member" (membership).
_SUB_PROMO_WORDS = ("trial",)


def _may_be_sub_promo(f: str) -> bool:
    """False when _SUB_PROMO cannot match the folded text ``f``: it starts the line (with
    one of _SUB_PROMO_STARTS) or a sentence inside it, and needs "subscribe " and "now" or
    "today", or "with " and trial, subscription or membership."""
    return (f.startswith(_SUB_PROMO_STARTS) or _has_inner_stop(f)) and (
        ("subscribe " in f and ("now" in f or "today" in f))
        or ("with " in f and ("trial" in f or "subscription" in f or "membership" in f))
    )


def _is_sub_promo(text: str, f: str) -> bool:
    """True if the stripped line ``text`` (folded: ``f``) is a short, non-speech
    subscription promo (_SUB_PROMO)."""
    if not _may_be_sub_promo(f):
        return False
    if not text or len(text) > _MAX_PROMPT_CHARS or word_count(text) > 40 or _is_speech(text):
        return False  # as _short_prompt(line, 40)
    return _SUB_PROMO.search(text) is not None


#: A give button on a line of its own: "Donate Now", "Give today", "Become a member",
#: "Become a Maverick Insider" (a member program's capitalised name of up to three words),
#: "Join today", "Support us".
_GIVE_BUTTON = lazyregex.compile(
    r"(?:donate|give|contribute|chip in)(?: now| today| here| monthly| once)?+"
    r"|become an? (?:(?:member|subscriber|supporter|donor|sustaining member|sustainer|patron|insider)"
    r"|(?-i:\p{Lu})[\p{L}’'+-]{0,20}+(?: (?-i:\p{Lu})[\p{L}’'+-]{0,20}+){0,2}+)(?: now| today)?+"
    r"|join(?: now| today| us)|support us(?: now| today)?+",
    _I,
)
#: How the folded text of a line that _GIVE_BUTTON matches starts.
_GIVE_STARTS = ("donate", "give", "contribute", "chip in", "become a", "join", "support us")
#: An amount or an "Other amount" button right under a give button.
_AMOUNT_BUTTON = lazyregex.compile(
    r"(?:[$£€₹R]|[A-Z]{1,3}\$)\s?+\d[\d,.]{0,9}+(?:\s?+(?:/|a|per)\s?+(?:month|mo|year|yr|week))?+|(?:other|custom) amount",
    _I,
)
#: The publisher or its readers named in a pitch: "we", "our", "readers like you".
_PITCH_VOICE = lazyregex.compile(r"\b(?:we|we['’](?:re|ve)|our|us|you|your|readers)\b", _I)


def _give_button(text: str) -> bool:
    """True if ``text`` is a give button alone on its line (_GIVE_BUTTON, perhaps with a
    final "!" or ".")."""
    text = text.rstrip(".!").strip()
    return (
        len(text) <= 40
        and fold(text).startswith(_GIVE_STARTS)
        and _GIVE_BUTTON.fullmatch(text) is not None
    )


def _pitch(text: str) -> int:
    """How a line next to a give button pitches the publisher's journalism: 2 for a
    sentence in the publisher's voice (we, our, you, readers) that names its journalism
    (_names_journalism: "Our journalism is paid for by readers ...", "X is a nonprofit
    newsroom, and readers like you fund our reporting."), 1 for a short title that names
    it ("Keep public media strong"), 0 for anything else.  Reported speech and questions
    are never a pitch."""
    if not text or len(text) > 600 or word_count(text) > 60 or _is_speech(text) or text.endswith("?"):
        return 0
    if not _names_journalism(text):
        return 0
    if _PITCH_VOICE.search(text) is not None:
        return 2
    return 1 if word_count(text) <= 12 and not _SENTENCE_END.search(text) else 0


#: What a candidate line of CN101 can be, as bits of _line_roles.
_ANCHOR, _PROMO, _BUTTON = 1, 2, 4


def _line_roles(text: str, f: str | None = None) -> int:
    """What the stripped line ``text`` can be in an appeal, as bits: _ANCHOR when it may
    anchor an appeal block (_may_anchor, a necessary condition of kind 3), _PROMO when it
    is a short, non-speech subscription promo (_is_sub_promo), _BUTTON when it is a give
    button alone on its line (_give_button).  Most candidates are none of them.  ``f`` is
    ``cfold(text)`` when the caller has it (the document's folded_lines)."""
    if f is None:
        f = cfold(text)
    return (
        (_ANCHOR if _may_anchor(text, f) else 0)
        | (_PROMO if _is_sub_promo(text, f) else 0)
        | (_BUTTON if _give_button(text) else 0)
    )


#: _line_roles kept per text (a pure function of it): lines recur across a publisher's
#: pages and a document's passes.  Holds only texts of at most _MAX_APPEAL_CHARS, so
#: that it never holds a long line, and at most _KNOWN_ROLES of them (then it starts
#: afresh).  A dict rather than an lru_cache: on a first sight the line's folded text,
#: which the trigger scan already made (folded_lines), is handed to _line_roles instead
#: of being folded again.
_known_roles: dict[str, int] = {}
_KNOWN_ROLES = 4096


def _learn_roles(text: str, f: str | None = None) -> int:
    """_line_roles(text, f), kept in _known_roles."""
    role = _line_roles(text, f)
    if len(_known_roles) >= _KNOWN_ROLES:
        _known_roles.clear()
    _known_roles[text] = role
    return role


def _button_blocks(doc: Document, buttons: list[int]) -> Iterator[tuple[int, int]]:
    """(first, last) of each pitch-and-button widget: a give button alone on its line
    (_give_button: the lines ``buttons``) with, right above it, a pitch of the publisher's
    journalism (_pitch).  The line after the button is not running prose (a "Donate"
    heading over a paragraph of the body is a heading); a title pitch needs an amount
    right under the button.  A short heading right above a spoken pitch, after a
    paragraph, goes with it ("About This Story", "Note from the author:")."""
    lines = doc.lines
    n = len(lines)
    for i in buttons:
        if i == 0:
            continue
        after = lines[i + 1].stripped if i + 1 < n else ""
        if after and is_body(after):
            continue
        kind = _pitch(lines[i - 1].stripped)
        if kind == 0:
            continue
        if kind == 1 and not (after and _AMOUNT_BUTTON.fullmatch(after) is not None):
            continue
        first = i - 1
        if kind == 2 and first > 0:
            head = lines[first - 1].stripped
            if word_count(head) <= 6 and _SENTENCE_END.search(head) is None and (
                first - 1 == 0 or _SENTENCE_END.search(lines[first - 2].stripped) is not None
            ) and not _is_speech(head):
                first -= 1
        yield first, i


@rule("CN101", "donation-appeal", words=(*_ASK_TRIGGER_WORDS, *_SUB_PROMO_WORDS, *_GIVE_STARTS), block=True)
def donation_appeal(doc: Document, candidates: list[int]) -> Iterator[Hit]:
    r"""Remove a reader-revenue appeal: donation, membership or subscription, as a whole block.

    An appeal is the publisher (we, our) asking the reader (you, your) to support,
    contribute, donate, join or subscribe, for its journalism, reporting or news,
    often with money amounts ($5/month, as little as $2).  Around those sentences sit
    headings ("Support HuffPost"), button labels ("Donate now", "Yes, I'll give
    $5/month"), payment options, "Thank you," and the editor's signature, and a log-in
    hint ("Already a member? Sign in ..."); the whole block goes.  A block needs one
    anchor: a sentence that addresses the reader and asks, or a short imperative
    ("Support our journalism ...").  Reported speech is never an appeal, and a request
    for donations that is the news itself (a food pantry asking for cans, with no
    journalism in it) is kept.  A sentence of the block must name the publisher's
    journalism (news, journalists, a newsroom, "readers like you", "local reporting" ...),
    unless the block holds a donation form's buttons ("One-Time Monthly Annual", "Yes,
    I'll give $5/month") or its anchor is a bare "Subscribe for unlimited access".  So
    offers that an article describes are kept: a charity's donation drive, a gym's or a
    software plan's membership and prices, a help desk's "our support team".

    Okay: Why hospital charities want your old car\nDonate your old car to a charity and it handles the pickup, the title transfer and the sale.\nBecome a member of the giving circle for $100 a year.\nDonors receive a tax receipt.
    Okay: Pricing\nFree: $0\nPlus: $10/month\nBusiness: $15/month\nSubscribe to Plus and you get full access to version history, unlimited uploads and guest editing.\nNo subscriptions required: the free plan never expires.\nMonthly or annual billing
    Okay: Our support team is available 24/7 to help you with your account, your subscription and your orders.\nSupport your team with full access to our knowledge base, with new articles every week.\nStart your free trial
    Okay: Membership costs $39 a month, or $399 a year if you pay up front.\nJoin before the end of the month and we waive the joining fee, so you get full access to every class.\nThank you for reading!
    Okay: Please support our mission to end hunger in the county: your gift of $25 feeds a family for a week.\nDonate now
    Okay: To donate, drop items at the pantry's side entrance on Tuesdays and Saturdays between 9 a.m. and noon.
    Okay: Monetary donations can be made through the pantry's website, and Ortiz said cash goes further because the pantry buys in bulk.
    Okay: "They are subscribing to a conversation, not a website," she said.
    Okay: The paper has asked readers to support its newsroom, the editor told the board.
    Okay: This grant initiates a partnership toward which we might contribute additional funding in the future.
    CN101: Support our journalism by subscribing to Scroll+ here.
    CN101: Will you support Vox today?\nWe believe that everyone deserves to understand the world. You can support this mission by making a gift.\nOne-Time Monthly Annual\nYes, I'll give $5/month
    CN101: You're a loyal reader\nWe have a request. As the journalism we do is costly, we invite readers like you to help support our work.\nFor as little as $6 a month you can help support our quality journalism.\nThank you,\nJane Doe, Editor\nAlready a member? Sign in to stop seeing this
    CN101: A free press is a cornerstone of a healthy democracy.\nSupport trusted journalism and civil dialogue.\nDonate now
    CN101: Subscribe for unlimited access\nAlready have an account? Log in
    CN101: For two years, we've been covering the war without paywalls. We rely on readers like you to keep going. If you value our work, please consider becoming a member.\nBecome a member

    A widget can also be a pitch and a give button alone on its line ("Donate Now",
    "Give today", "Become a member", "Become a <Program> Insider"): the line right above
    the button names the publisher's journalism in its own voice ("Our journalism is
    paid for by readers ...", "X is a nonprofit newsroom, and readers like you fund our
    reporting.") or is a short title naming it ("Keep public media strong") over an
    amount button.  A short heading right above a spoken pitch goes with it ("About This
    Story"), and the block's amounts and buttons go too.  Kept: a "Donate" heading over a
    paragraph of the body, a pitch that is speech or names no journalism, and a title
    with no amounts.

    CN101: Our journalism is paid for by readers who believe it should stay free for everyone.\nBecome a Metro Insider\nR50/month\nOther amount\nContinue
    CN101: The Ledger is a nonprofit newsroom, and readers like you fund our climate reporting.\nGive today
    CN101: Keep public media strong in the valley\nBecome a member\n$5/month\n$10/month
    CN101: The last paragraph of the story is long enough to count as running prose here.\nAbout This Story\nThis story is free to read because we are a nonprofit newsroom, and we depend on readers.\nDonate Now
    Okay: We asked readers how they support local news in their towns.\nDonate\nMost said a gift of any size helps, and that the newsroom's site lists the ways to give to it.
    Okay: "Our newsroom depends on readers like you," the editor said.\nDonate now
    Okay: Our shelter's volunteers rescued forty dogs from the flooded farms this spring.\nDonate now
    Okay: Public media in the valley\nBecome a member

    A one-line promo for a named subscription goes on its own: "subscribe to <Name>
    now" closing a sentence that opens the line ("To get more of ..., subscribe to ...
    now."), or more news or access "with a <Name> trial".  Subscriptions as a topic,
    and offers someone else makes, are kept.

    CN101: To get more of Dear Prudence’s weekly advice, subscribe to Slate Plus now.
    CN101: Axios Pro subscribers got this scoop first. Unlock more news like this with an Axios Pro trial.
    CN101: Get unlimited access to our reporting with a Daily Planet subscription.
    Okay: Millions subscribe to streaming services now, the report found.
    Okay: Users can unlock more features with a paid trial, the company said.
    Okay: Subscribe to Netflix now, analysts urged, before prices rise in March.
    Okay: Unlock more news stories with a library card from any county branch.
    Okay: To get more of the vaccine, subscribe to the Medicare Part D plan today, officials said.
    """
    lines = doc.lines
    # A block grows only around an anchor (kind 3), which matches _ASK: it holds a trigger
    # word, so it is a candidate.  _may_anchor is a necessary condition of kind 3 (cheap
    # checks first): skipping the other candidates finds the same blocks.  A give button
    # and a promo line are candidates too (they hold a word of _GIVE_STARTS, resp. of
    # _ASK_TRIGGER_WORDS or _SUB_PROMO_WORDS), and a document with none of the three
    # yields nothing.
    roles: dict[int, int] = {}
    folded = folded_lines(doc)  # cfold of each line's stripped text, made by the scan
    known = _known_roles.get  # looked up here: no Python call on a known text
    for i in candidates:
        text = lines[i].stripped
        # a line over _MAX_APPEAL_CHARS is asked directly, never kept in the cache
        if len(text) <= _MAX_APPEAL_CHARS:
            role = known(text)
            if role is None:
                role = _learn_roles(text, folded[i])
        else:
            role = _line_roles(text, folded[i])
        if role:
            roles[i] = role
    if not roles:
        return
    promos = {i for i, role in roles.items() if role & _PROMO and len(lines[i].text) <= _MAX_PROMPT_CHARS}
    possible = [i for i, role in roles.items() if role & _ANCHOR]
    # the appeal blocks first; a pitch-and-button widget that none of them takes goes too
    covered: set[int] = set()
    for hit in _appeal_blocks(doc, possible, promos):
        covered.update(range(hit.first, hit.last + 1))
        yield hit
    for first, last in _button_blocks(doc, [i for i, role in roles.items() if role & _BUTTON]):
        if covered.isdisjoint(range(first, last + 1)):
            covered.update(range(first, last + 1))
            promos.difference_update(range(first, last + 1))
            yield Hit(first, last, "pitch and give button of a reader-revenue widget")
    for i in sorted(promos):
        yield Hit(i, i, "subscription promo")


def _appeal_blocks(doc: Document, possible: list[int], promos: set[int]) -> Iterator[Hit]:
    """The reader-revenue appeal blocks grown around the anchors among ``possible``; the
    lines of each block leave ``promos``."""
    lines = doc.lines
    if not possible:
        return
    kinds = _Kinds(lines)
    last = -1
    for i in possible:
        if i <= last or kinds[i] != 3:
            continue
        first = _grow(kinds, i, -1)  # type: ignore[arg-type]
        if first > 0 and kinds[first - 1] == 0 and lines[first - 1].stripped.endswith(":"):
            first -= 1  # the block's heading ("Note from the author:")
        last = _grow(kinds, i, +1)  # type: ignore[arg-type]
        strong = sum(1 for j in range(first, last + 1) if kinds[j] >= 2)
        anchors = [j for j in range(first, last + 1) if kinds[j] == 3]
        compact = any(word_count(lines[j].stripped) <= 30 for j in anchors)
        # whose cause is journalism, named by one of its fundraising sentences (not by a
        # short line that only sits next to them): a charity's, a shop's or a software
        # vendor's offer described in an article (donate your car, membership at $39 a
        # month, full access with a Pro plan) is kept
        newsroom = any(
            _names_journalism(lines[j].stripped) for j in range(first, last + 1) if kinds[j] >= 2
        ) or any(_ACCESS_OFFER.match(lines[j].stripped) is not None for j in anchors) or any(
            _APPEAL_WIDGET.match(lines[j].stripped) is not None for j in range(first, last + 1) if kinds[j] == 1
        )
        if (strong >= 2 or compact) and newsroom:
            yield Hit(first, last, "reader-revenue appeal block")
            promos.difference_update(range(first, last + 1))
