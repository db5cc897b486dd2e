"""CN102 newsletter-signup: Remove newsletter sign-up lines and boxes."""

from __future__ import annotations

from collections.abc import Iterator
from functools import lru_cache

from ... import lazyregex
from ...document import Document, Hit, Line
from ...registry import rule
from ...shapes import word_count
from .._quick import cfold, folded_lines
from ._appeal_kinds import _has_inner_stop, _has_quote
from ._prompts import _I, _MAX_PROMPT_CHARS, _sentences_start, _short_prompt, _short_text


# --- CN102 newsletter sign-up boxes and lines ---------------------------------------------

_NL_WORD = lazyregex.compile(
    r"\b(?:newsletters?|inbox|e-?mail (?:updates|alerts|briefing)|briefings?|digest)\b", _I
)
_NL_ACTION = _sentences_start(
    r"(?:click here to |tap here to )?(?:sign up|subscribe|get|receive|join|start your day|"
    r"stay (?:updated|informed|up to date|ahead|in the know)|don['’]t miss|never miss|"
    r"enter your e-?mail|want (?:more|the latest)|like this story|enjoy(?:ed)? this)\b"
)
_NL_DIRECT = lazyregex.compile(
    r"\bsign up here\b|\bdelivered (?:straight |directly |right )?to your inbox\b|"
    r"\bright in your inbox\b|\bsubscribing to our newsletter",
    _I,
)
#: "Sign up to receive our biggest stories ...": a sign-up for the publisher's own stories.
_SIGNUP_OURS = _sentences_start(
    r"(?:sign up|subscribe)\b.{0,40}?\b(?:our|the latest|top|breaking)\b.{0,40}?"
    r"\b(?:stories|news|headlines|updates|coverage|reporting|investigations)\b"
)
#: "Sign up for the free Mother Jones Daily.": a sign-up for a named newsletter that does
#: not say "newsletter"; the capitalised name ends in an edition word (Daily, Weekly,
#: Dispatch ...) that closes the sentence.
_NL_NAMED = _sentences_start(
    r"(?:sign up|subscribe) (?:for|to) (?:the |our )?(?:free )?(?-i:\p{Lu})[\p{L}\p{N}&’'.-]*+"
    r"(?: (?!(?:daily|weekly|dispatch|roundup|rundown|recap|edition)\b)(?-i:[\p{Lu}&])[\p{L}\p{N}&’'.-]*+){0,4}+ "
    r"(?:daily|weekly|dispatch|roundup|rundown|recap|edition)(?:[.!]?+$|[.!]\s)"
)
#: The edition words of _NL_NAMED (folded).
_NL_EDITIONS = ("daily", "weekly", "dispatch", "roundup", "rundown", "recap", "edition")
_NL_MARKER = lazyregex.compile(
    r"^(?:(?:skip past |after )newsletter promotion|privacy notice: newsletters may contain\b.*+)$", _I
)
#: The fine print and the confirmation of a sign-up form: "By signing up, you agree to
#: receive this newsletter ...", "I would like to be emailed about offers ...",
#: "Thanks for signing up!".
_NL_FORM = lazyregex.compile(
    r"^(?:by (?:signing up|subscribing|clicking (?:sign up|subscribe|submit)|submitting your e-?mail|"
    r"entering your e-?mail)\b.{0,300}?\byou (?:agree|acknowledge|consent|accept)\b[^\n]{0,400}+"
    r"|i (?:would like|want|agree|consent) to (?:be e-?mailed|receive e-?mails?)\b.{0,200}?\b(?:privacy|offers|updates)\b[^\n]{0,200}+"
    r"|(?:thanks|thank you) for (?:signing up|subscribing)(?: to [^\n]{1,60}?)?[.!]?+"
    r"|(?:we['’]ve|we have) received your (?:submission|sign-?up|request)[.!]?+(?: thank you[.!]?+)?)$",
    _I,
)

#: "Read the Editor's Digest for free": a named newsletter offered for free.
_NL_READ_FREE = lazyregex.compile(
    r"^read (?:the |our )?(?-i:\p{Lu})[\p{L}\p{N}&’'.-]*+"
    r"(?: (?!(?:newsletter|digest|briefing|bulletin) for\b)(?-i:[\p{Lu}&])[\p{L}\p{N}&’'.-]*+){0,4}+ "
    r"(?:newsletter|digest|briefing) for free[.!]?+$",
    _I,
)
#: The fine print of a sign-up form next to it: a consent box ("I agree to the terms and
#: privacy notice") and what the publisher does with the address ("We use your sign-up to
#: send you the newsletters you asked for ... You can unsubscribe at any time.").
_NL_CONSENT = lazyregex.compile(
    r"^(?:i (?:have read and )?(?:agree|accept|consent) to (?:the |your |its |our )?"
    r"(?:terms|privacy|conditions|data)\b[^\n]{0,120}+"
    r"|(?:we|we['’]ll|we will) use your (?:sign-?up|e-?mail(?: address)?|details|information|data) to\b[^\n]{0,300}+"
    r"|you can unsubscribe at any time[.!]?+)$",
    _I,
)
#: A newsletter's blurb next to its sign-up line: "Our editor picks her favourite stories
#: in this weekly newsletter."
_NL_BLURB = lazyregex.compile(
    r"\b(?:this|our) (?:free |new )?(?:weekly |daily |morning |evening |monthly |twice-weekly )?"
    r"(?:newsletter|briefing|digest)\b",
    _I,
)
_NL_HEADING = lazyregex.compile(r"^(?:sign up|subscribe) (?:to|for)\b", _I)
_NL_TEASER = lazyregex.compile(
    r"^(?:stay (?:updated|informed|up to date|in the know|ahead)|don['’]t miss|never miss|"
    r"get the latest|get the best of|want (?:more|the latest|to stay)|like what you['’]re reading|enjoying this)\b"
    r"|^(?:(?:\p{L}++[.,]?+ ){0,6}+delivered (?:to you|to your inbox|free)|i['’]m in|sign me up)[.!]?+$",
    _I,
)


#: How the folded text (see _quick.cfold) of a line that _NL_MARKER matches starts.
_NL_MARKER_STARTS = (
    "skip past newsletter promotion", "after newsletter promotion", "privacy notice: newsletters may contain",
)
#: How the folded text of a line that _NL_FORM matches starts.
_NL_FORM_STARTS = (
    "by ", "i would like", "i want", "i agree", "i consent", "thank", "we've received", "we’ve received",
    "we have received",
)
#: How the folded text of a line starts where _NL_ACTION matches at its start.
_NL_ACTION_STARTS = (
    "click here to ", "tap here to ", "sign up", "subscribe", "get", "receive", "join", "start your day",
    "stay ", "don't miss", "don’t miss", "never miss", "enter your e", "want ", "like this story", "enjoy",
)
#: How the folded text of a line that _NL_CONSENT matches starts.
_NL_CONSENT_STARTS = ("i ", "we", "you can unsubscribe")
#: How the folded text of a line starts where _SIGNUP_OURS matches at its start.
_SIGNUP_STARTS = ("sign up", "subscribe")


def _may_be_nl_request(f: str, stop: bool) -> bool:
    """False when ``_NL_WORD`` and (``_NL_ACTION`` or ``_NL_DIRECT``) cannot both match.

    ``f`` is the folded text and ``stop`` ``_has_inner_stop(f)``.  _NL_WORD needs
    newsletter, inbox, briefing, digest or e-mail updates/alerts ("mail updates", "mail
    alerts"; "e-mail briefing" holds "briefing").  _NL_ACTION starts the line (with one of
    _NL_ACTION_STARTS) or a sentence inside it (``stop``); _NL_DIRECT needs "sign up here",
    "inbox" or "subscribing to our newsletter".
    """
    return (
        "newsletter" in f or "inbox" in f or "briefing" in f or "digest" in f or "mail updates" in f
        or "mail alerts" in f
    ) and (
        stop or f.startswith(_NL_ACTION_STARTS) or "inbox" in f or "sign up here" in f
        or "subscribing to our newsletter" in f
    )


def _may_be_signup_ours(f: str, stop: bool) -> bool:
    """False when _SIGNUP_OURS cannot match: it starts the line or a sentence inside it
    (``stop``) with "sign up" or "subscribe", then needs our, the latest, top or breaking,
    then stories, news, headlines, updates, coverage, reporting or investigations."""
    return (
        (f.startswith(_SIGNUP_STARTS) or (stop and ("sign up" in f or "subscribe" in f)))
        and ("our" in f or "the latest" in f or "top" in f or "breaking" in f)
        and (
            "stories" in f or "news" in f or "headlines" in f or "updates" in f or "coverage" in f
            or "reporting" in f or "investigations" in f
        )
    )


#: Advice on running or reading newsletters, not the publisher's sign-up: the reader's own
#: newsletter, list or subscribers ("... in your newsletter", "your subscribers"), other
#: people's newsletters in general ("subscribe to a few newsletters in your industry"),
#: and steps of a how-to ("then click Subscribe").
_NL_HOWTO = lazyregex.compile(
    r"\byour (?:own |first |next |email |e-mail |weekly |monthly |company['’]s |business['’]s )?"
    r"(?:newsletters?|subscribers?|subscriber list|mailing list|email list|e-mail list|audience|customers|"
    r"contacts|campaigns?|sign-?up form|opt-ins?)\b"
    r"|\b(?:a few|some|several|other|many|these|those|similar|competitors['’]?|rival|industry) newsletters\b"
    r"|\b(?:then|next,?|first,?) (?:click|tap|select|choose|enter|hit)\b",
    _I,
)


def _nl_howto(text: str, f: str) -> bool:
    """True if _NL_HOWTO finds advice in ``text`` (``f`` folded); cheap checks first."""
    return ("your " in f or "newsletters" in f or "then " in f or "next" in f or "first" in f) and (
        _NL_HOWTO.search(text) is not None
    )


def _nl_advice(text: str, f: str) -> bool:
    """True if the sign-up line ``text`` (``f`` folded) is advice (_NL_HOWTO), not a
    marker or the fine print of a form."""
    if (f.startswith(_NL_MARKER_STARTS) and _NL_MARKER.match(text)) or (
        f.startswith(_NL_FORM_STARTS) and _NL_FORM.match(text)
    ):
        return False
    return _nl_howto(text, f)


def _newsletter_line(text: str, f: str) -> bool:
    """True if ``text`` is a sign-up line; ``f`` is its folded text (``_quick.cfold(text)``).

    Each pattern runs only when its quick necessary check on ``f`` passes.
    """
    if f.startswith(_NL_MARKER_STARTS) and _NL_MARKER.match(text):
        return True
    if f.startswith(_NL_FORM_STARTS) and _NL_FORM.match(text):
        return True
    stop = _has_inner_stop(f)
    if (
        _may_be_nl_request(f, stop)
        and _NL_WORD.search(text)
        and (_NL_ACTION.search(text) or _NL_DIRECT.search(text))
    ):
        return True
    if _may_be_signup_ours(f, stop) and _SIGNUP_OURS.search(text) is not None:
        return True
    return _may_be_named_signup(f, stop) and _NL_NAMED.search(text) is not None


def _nl_fine_print(line: Line) -> bool:
    """True if ``line`` is a consent line of a sign-up form (_NL_CONSENT) and quotes
    nobody ("the newsletters you asked for" is no reported speech here)."""
    text = line.stripped
    return (
        len(text) <= _MAX_PROMPT_CHARS
        and not _has_quote(text)
        and word_count(text) <= 60
        and _NL_CONSENT.match(text) is not None
    )


def _may_be_named_signup(f: str, stop: bool) -> bool:
    """False when _NL_NAMED cannot match: it starts the line or a sentence inside it
    (``stop``) with "sign up" or "subscribe", and needs one of _NL_EDITIONS."""
    return (f.startswith(_SIGNUP_STARTS) or (stop and ("sign up" in f or "subscribe" in f))) and any(
        word in f for word in _NL_EDITIONS
    )


def _may_be_newsletter_line(f: str) -> bool:
    """False when ``_newsletter_line(text, f)`` cannot be true (its quick checks, at once)."""
    if f.startswith(_NL_MARKER_STARTS) or f.startswith(_NL_FORM_STARTS):
        return True
    stop = _has_inner_stop(f)
    return _may_be_nl_request(f, stop) or _may_be_signup_ours(f, stop) or _may_be_named_signup(f, stop)


#: Trigger words of CN102.  Every line that _newsletter_line accepts holds one: _NL_MARKER
#: needs "newsletter"; _NL_WORD newsletter, inbox, e-mail updates/alerts/briefing, briefing or
#: digest ("mail" stands for "email" and "e-mail"); _SIGNUP_OURS and _NL_NAMED "sign up" or "subscrib";
#: _NL_FORM one of the rest.  Boxes and teasers only grow around such a line.
_NL_TRIGGER_WORDS = (
    "newsletter", "inbox", "briefing", "digest", "sign up", "subscrib", "mail updates", "mail alerts",
    # _NL_FORM: by (signing up|subscribing|clicking (sign up|subscribe|submit)|submitting your e-?mail|
    # entering your e-?mail); i ... to (be e-?mailed|receive e-?mails?); thanks for (signing up|
    # subscribing); we've received your (submission|sign-?up|request)
    "signing up", "clicking submit", "submitting your e", "entering your e",
    "be emailed", "be e-mailed", "receive email", "receive e-mail",
    "received your submission", "received your sign", "received your request",
)


def _signup_line(text: str, f: str | None = None) -> bool:
    """True if the stripped line ``text`` is a sign-up line: "Read the <Name> Digest for
    free" (_NL_READ_FREE), or a short, non-speech line that _newsletter_line accepts and
    that is no advice (_nl_advice).  The quick checks on the folded text ``f``
    (``cfold(text)``, folded here when not given) come first (_may_be_newsletter_line).
    A pure function of the text, kept per text by _learn_signup."""
    if f is None:
        f = cfold(text)
    if f.startswith("read ") and "for free" in f and _NL_READ_FREE.match(text):
        return True
    if not _may_be_newsletter_line(f):
        return False
    return _short_text(text, 60) and _newsletter_line(text, f) and not _nl_advice(text, f)


#: _signup_line's answers per text (lines recur across a publisher's pages and a
#: document's passes), at most _KNOWN_SIGNUPS of them (then it starts afresh).  A dict
#: rather than an lru_cache: on a first sight the line's folded text, which the trigger
#: scan already made (folded_lines), is handed to _signup_line instead of being folded
#: again.  Holds texts of at most _MAX_PROMPT_CHARS (with their white space) only.
_known_signups: dict[str, bool] = {}
_KNOWN_SIGNUPS = 4096


def _learn_signup(text: str, f: str) -> bool:
    """_signup_line(text, f), kept in _known_signups."""
    answer = _signup_line(text, f)
    if len(_known_signups) >= _KNOWN_SIGNUPS:
        _known_signups.clear()
    _known_signups[text] = answer
    return answer


@lru_cache(maxsize=4096)
def _teaser(text: str) -> bool:
    """True if the stripped line ``text`` is short, not speech and shaped like a teaser
    (_NL_TEASER) or a newsletter's blurb (_NL_BLURB).  Kept per text."""
    return _short_text(text, 25) and (
        (word_count(text) <= 10 and _NL_TEASER.match(text) is not None) or _NL_BLURB.search(text) is not None
    )


@rule("CN102", "newsletter-signup", words=_NL_TRIGGER_WORDS, block=True)
def newsletter_signup(doc: Document, candidates: list[int]) -> Iterator[Hit]:
    r"""Remove newsletter sign-up lines and boxes.

    A sign-up line asks the reader to sign up, subscribe or get something delivered to
    the inbox ("Sign up for our science newsletter.", "... with the Morning Bid
    newsletter. Sign up here.").  A box is a short "Sign up to <name>" heading with its
    blurb, closed by a privacy notice or an "after newsletter promotion" marker; a
    teaser next to a sign-up line ("Stay updated with the latest news!") goes with it.
    Articles about newsletters, sign-ups and subscribers are kept: the request has to be
    an imperative addressed to the reader, and reported speech never is one.

    Okay: Newsletter platforms say sign-ups from India have roughly doubled in two years.
    Okay: Instead, she started a weekly newsletter on household finances, written in English and Hindi.
    Okay: Sign-ups for the county's free backcountry safety course open next week, the sheriff's office said.
    Okay: Stay updated with the latest news!
    CN102: Get a look at the day ahead in markets with the Morning Bid newsletter. Sign up here.
    CN102: Stay updated with the latest news!\nSubscribe to The Daily Planet Newsletter
    CN102: Get more local news delivered straight to your inbox. Sign up for free newsletters and alerts.
    CN102: The Ledger is a nonprofit newsroom. Sign up to receive our biggest stories as soon as they're published.
    CN102: Sign up to First Edition\nOur morning email breaks down the key stories of the day\nafter newsletter promotion

    A named newsletter need not say "newsletter": "Sign up for the free <Name> Daily"
    (the name ends in Daily, Weekly, Dispatch, Roundup ...) closing the sentence.

    CN102: Get your news from a source that’s not owned and controlled by oligarchs. Sign up for the free Mother Jones Daily.
    CN102: Subscribe to The Climate Weekly.
    Okay: Sign up for the free flu shot at any county clinic, officials urged.
    Okay: Sign up for the Boston Marathon Daily Challenge, the club suggested, if you run every day.
    Okay: Thousands sign up for the free Yoga Daily program each January.

    Advice on running or reading newsletters is kept: a line about the reader's own
    newsletter, list or subscribers, about other people's newsletters in general, or
    giving the steps of a how-to ("then click Subscribe").

    Okay: Subscribe to a few newsletters in your industry to see what works.
    Okay: Stay in the know about what your customers want with a one-question survey in your newsletter.
    Okay: Write a subject line, then click Subscribe in the preview to get a test copy in your inbox.
    CN102: Get the best of our reporting delivered to your inbox. Sign up for our free newsletter.

    A named newsletter offered for free ("Read the <Name> Digest for free") goes, with a
    blurb next to a sign-up line that describes "this/our (weekly) newsletter", and the
    fine print of the form within three lines of it (only short labels between): a
    consent box ("I agree to the terms and privacy notice"), what the publisher does with
    the address ("We use your sign-up to ...", "You can unsubscribe at any time.").  The
    same sentences away from a sign-up line are kept.

    CN102: Read the Editor's Digest for free\nOur editor picks her favourite stories in this weekly newsletter.
    CN102: Get the biggest stories in your inbox every morning\nEnter your email address\nSign up\nI agree to the terms and privacy notice\nWe use your sign-up to send you the newsletters you asked for. You can unsubscribe at any time.
    Okay: I agree to the terms, the landlord said, but not to the rent rise.
    Okay: The first paragraph of the story is long enough to count as running prose here.\nWe use your data to train our models, the privacy policy says.\nThe second paragraph of the story is long enough to count as running prose too.
    Okay: Read the fine print for free trial terms before you sign.
    """
    lines = doc.lines
    folded = folded_lines(doc)  # cfold of each line's stripped text, made by the scan
    # only a line with a trigger word can be a sign-up line (see _NL_TRIGGER_WORDS)
    known = _known_signups.get  # looked up here: no Python call on a known text
    signups = []
    for i in candidates:
        if len(lines[i].text) <= _MAX_PROMPT_CHARS:
            answer = known(lines[i].stripped)
            if answer is None:
                answer = _learn_signup(lines[i].stripped, folded[i])
            if answer:
                signups.append(i)
    if not signups:
        return  # boxes, teasers and fine print only grow around a sign-up line
    n = len(lines)
    flagged = [False] * n
    for index in signups:
        flagged[index] = True
    # boxes: a short "Sign up to X" heading and up to two blurb lines before a marker
    for index in signups:  # (a box flags only lines above its marker: no later marker)
        line = lines[index]
        if _NL_MARKER.match(line.stripped) is None:
            continue
        for back in range(1, 4):
            j = line.index - back
            if j < 0:
                break
            head = _short_prompt(lines[j], 12)
            if head is not None and _NL_HEADING.match(head):
                for k in range(j, line.index):
                    if _short_prompt(lines[k], 40) is None:
                        break
                else:
                    for k in range(j, line.index):
                        flagged[k] = True
                break
    # teasers next to a sign-up line
    for i in range(n):
        # next to a sign-up line (checked first: it is cheap), short and shaped like a teaser
        if flagged[i] or not ((i > 0 and flagged[i - 1]) or (i + 1 < n and flagged[i + 1])):
            continue
        text = lines[i].stripped
        if len(text) <= _MAX_PROMPT_CHARS and _teaser(text):  # (a longer line is no teaser)
            flagged[i] = True
    # the fine print of the form: a consent line within three lines of a sign-up line,
    # with only short labels ("Email address", "Sign up") or more fine print between.
    # _NL_CONSENT matches only a line whose folded text starts with one of
    # _NL_CONSENT_STARTS (checked first), and the consent lines are found once.
    fine = [i for i in range(n) if folded[i].startswith(_NL_CONSENT_STARTS) and _nl_fine_print(lines[i])]
    in_fine = set(fine)
    for _ in range(3 if fine else 0):
        more = False
        for i in fine:
            if flagged[i]:
                continue
            for step in (-1, 1):
                j = i + step
                while 0 <= j < n and abs(j - i) <= 3 and not flagged[j] and (
                    word_count(lines[j].stripped) <= 6 or j in in_fine
                ):
                    j += step
                if 0 <= j < n and abs(j - i) <= 3 and flagged[j]:
                    flagged[i] = more = True
                    break
        if not more:
            break
    i = 0
    while i < n:
        if flagged[i]:
            j = i
            while j + 1 < n and flagged[j + 1]:
                j += 1
            yield Hit(i, j, "newsletter sign-up")
            i = j + 1
        else:
            i += 1
