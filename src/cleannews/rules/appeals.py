"""Rules: appeals (CN1xx).

Things a publisher asks of its reader inside the article text: money (donation,
membership and subscription appeals, recognised as whole blocks), e-mail (newsletter
boxes and lines), attention elsewhere (app, push-alert, messaging-channel and social
follow prompts), and participation (comment prompts, tip-line requests, event promos).

Every rule here looks for the *shape* of a request addressed to the reader: an
imperative at the start of a sentence ("Sign up", "Join", "Follow", "Donate"), the
publisher's "we/our" talking to "you/your", money amounts, and a short block of
button labels around it.  Reported speech is never a prompt: a line that quotes
somebody or says who said it ("said", "told", "according to") is always kept, so a
source saying "follow us on Instagram" stays in the story.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

import ahocorasick_rs
import regex

from .. import lazyregex
from ..lazyregex import LazyPattern
from ..document import Document, Hit, Line
from ..registry import rule
from ..shapes import fold, is_body, word_count
from ._quick import folded_lines

__all__ = [
    "app_prompt",
    "comment_prompt",
    "donation_appeal",
    "event_promo",
    "newsletter_signup",
    "tip_line",
]

_I = regex.IGNORECASE

#: Longest line (in characters) any line rule here looks at; prompts are short.
_MAX_PROMPT_CHARS = 600
#: Longest line (in characters) the appeal block looks at.
_MAX_APPEAL_CHARS = 2000

# --- shared helpers ---------------------------------------------------------------------

_SPEECH = lazyregex.compile(
    r"[\"“”„«»]|\b(?:said|says|told|tells|according to|asked|added|warned|argued|noted|explained)\b", _I
)


def _is_speech(text: str) -> bool:
    """Quoted or reported speech: a source talking, never the publisher's prompt."""
    return _SPEECH.search(text) is not None


def _sentences_start(pattern: str) -> LazyPattern:
    """A pattern that must begin the line or a sentence inside it."""
    return lazyregex.compile(r"(?:^|(?<=[.!?…]\s{1,3}))(?:" + pattern + r")", _I)


def _short_prompt(line: Line, max_words: int = 45) -> str | None:
    """The stripped text when the line is short enough to be a prompt and is not speech."""
    text = line.stripped
    if not text or len(text) > _MAX_PROMPT_CHARS or word_count(text) > max_words:
        return None
    if _is_speech(text):
        return None
    return text


def _prompt_lines(
    doc: Document,
    candidates: list[int],
    pattern: LazyPattern,
    max_words: int,
    starts: tuple[str, ...],
    inside: tuple[str, ...] = (),
) -> Iterator[Line]:
    """Lines among ``candidates`` that match ``pattern`` and are short, non-speech prompts.

    ``candidates`` are the indexes of the lines that hold one of the rule's trigger words
    (a line ``pattern`` matches holds one).  ``pattern`` can only match a line whose
    folded text (see ``_quick.cfold``) starts with one of ``starts`` or contains one of
    ``inside``: that is checked first.
    """
    folded = folded_lines(doc)
    lines = doc.lines
    for index in candidates:
        line = lines[index]
        text = line.text
        if len(text) > _MAX_PROMPT_CHARS:
            continue
        head = folded[line.index]
        if not head.startswith(starts) and not any(cue in head for cue in inside):
            continue
        stripped = line.stripped
        if pattern.search(stripped) is not None and _short_prompt(line, max_words) is not None:
            yield line


# --- CN101 donation, membership and subscription appeals ----------------------------------

_WE = lazyregex.compile(r"\b(?:we|we['’](?:re|ve|ll|d)|our|ours|us)\b", _I)
_YOU = lazyregex.compile(r"\b(?:you|your|yours|you['’](?:re|ve|ll|d))\b", _I)
_ASK = lazyregex.compile(
    r"\b(?:support(?:s|ed|ing|er|ers)?|contribut(?:e|es|ed|ing|ion|ions|or|ors)|"
    r"donat(?:e|es|ed|ing|ion|ions)|donors?|give|giving|(?:a|your|one-time|monthly) gift|members?|membership|"
    r"subscrib(?:e|er|ers|ing)|subscriptions?|join|chip in|paywalls?)\b",
    _I,
)
_CAUSE = lazyregex.compile(
    r"\b(?:journalism|journalists?|reporting|reporters?|newsrooms?|news|coverage|stories|"
    r"articles|free press|independent press|democracy|mission|fact-checked|public (?:radio|media|broadcasting)|"
    r"(?:value|appreciate|enjoy|believe in) our work|(?:unlimited|full|digital|premium) access|"
    r"(?:powered|funded|supported) by (?:readers|members|donors|subscribers|people like you)|"
    r"(?:reader|member)[- ](?:supported|funded|powered))\b",
    _I,
)
_MONEY = lazyregex.compile(
    r"[$£€₹]\s?+\d|\bas little as\b|\b(?:a|per) (?:month|year)\b|/\s?+(?:month|mo|year|yr)\b|"
    r"\bmonthly\b|\bannual(?:ly)?\b|\bone-time\b|\btax[- ]deductible\b|\bcredit card\b|\bpaypal\b",
    _I,
)
#: The publisher's journalism, unmistakably: a block is an appeal only when one of its
#: lines names it.  The other causes of _CAUSE (stories, articles, a mission, "our work",
#: "full access", "powered by members") also fit a charity, a gym or a software plan
#: described in an article, and "reporting", "coverage", "stories" and "articles" count
#: here only with a newsroom's qualifier ("investigative reporting", "local coverage",
#: "our reporting").
_JOURNALISM = lazyregex.compile(
    r"\b(?:journalism|journalists?+|reporters?+|newsrooms?+|news|free press|independent press|fact-checked|"
    r"public (?:radio|media|broadcasting)|readers like you|(?:funded|powered|supported) by (?:our )?readers|"
    r"reader[- ](?:supported|funded|powered)|"
    r"(?:local|original|independent|investigative|exclusive|quality|trusted|award-winning|in-depth|nonprofit|"
    r"accountability|must-read|fearless|hard-hitting|our|careful|accurate|fair|rigorous|factual|reliable|"
    r"essential|vital) (?:reporting|coverage|stories|articles))\b",
    _I,
)
#: A bare button-like offer of the publisher's access: "Subscribe for unlimited access".
_ACCESS_OFFER = lazyregex.compile(
    r"^(?:subscribe|join|sign up)(?: now| today)? (?:for|to get) (?:unlimited|full|digital|premium)"
    r"(?: digital)? access[.!]?+$",
    _I,
)
#: The payment buttons of a donation form: a row of frequencies or amounts, "Yes, I'll
#: give $5/month", "Maybe later".  No article prints them.
_APPEAL_WIDGET = lazyregex.compile(
    r"^(?:(?:(?:one-time|single|monthly|annual(?:ly)?+|yearly|once)[\s/|,]*+){2,4}+|"
    r"(?:[$£€₹]\s?+\d[\d,.]*+(?:\s?+/\s?+\p{L}{1,6}+)?+[\s|,]*+){2,8}+(?:other)?+|"
    r"yes,? i['’]ll (?:give|donate|contribute)\b.{0,40}+|maybe later|not now|no,? thanks|"
    r"remind me (?:later|in \p{L}{3,9}+))$",
    _I,
)
#: Literals of which every match of _JOURNALISM holds one (in the folded text).
_JOURNALISM_LITERALS = (
    "journalis", "reporter", "newsroom", "news", "free press", "independent press", "fact-checked", "public ",
    "readers", "reader-", "reader ", "reporting", "coverage", "stories", "articles",
)


def _names_journalism(text: str) -> bool:
    """True if the line names the publisher's journalism (_JOURNALISM); cheap check first."""
    f = fold(text)
    return any(word in f for word in _JOURNALISM_LITERALS) and _JOURNALISM.search(text) is not None


#: Any ingredient of an appeal: a cheap first check before the separate searches.
_APPEAL_ANY = lazyregex.compile(
    "|".join(p.pattern for p in (_WE, _YOU, _ASK, _CAUSE, _MONEY)), _I
)
_APPEAL_IMPERATIVE = lazyregex.compile(
    r"^(?:please\s++)?(?:"
    r"support (?:us|our|this|the work|trusted|independent|local|quality|public|nonprofit|(?-i:\p{Lu}))|"
    r"(?:donate|contribute|give|subscribe)(?: (?:now|today|here|to|for|what you can|\$))?\b(?![ -]\p{L})|"
    r"(?:donate|contribute|give|subscribe) (?:now|today|here|to|what you can)\b|"
    r"subscribe (?:now |today )?(?:for|to get) (?:unlimited|full|digital|premium) access|"
    r"join (?:us|our|the (?:\p{L}++ )?(?:community|club|members|supporters)|(?-i:\p{Lu}))|"
    r"become a (?:member|subscriber|supporter|donor)|chip in)\b",
    _I,
)
#: Button labels and closing lines that end or fill an appeal block.
_APPEAL_FURNITURE = lazyregex.compile(
    r"^(?:donate(?: now| today| here)?|give(?: now| today)?|contribute(?: now| today)?|"
    r"subscribe(?: now| today)?|support(?: us| now)?|join(?: now| today| us)?|"
    r"thank you[,.!]?|thanks[,.!]?|many thanks[,.!]?|sincerely[,.]?|other|"
    r"(?:already (?:a member|a subscriber|contributed|donated|subscribed|have an account)\b.{0,80}+)|"
    r"become a (?:member|subscriber|supporter|donor)|"
    r"(?:(?:one-time|single|monthly|annual(?:ly)?|yearly|once)[\s/|,]*+){1,4}+|"
    r"(?:[$£€₹]\s?+\d[\d,.]*+(?:\s?+/\s?+\p{L}{1,6}+)?[\s|,]*+){1,8}+(?:other)?|"
    r"yes,? i['’]ll (?:give|donate|contribute)\b.{0,40}+|maybe later|not now|no,? thanks|"
    r"remind me (?:later|in \p{L}{3,9}+)|continue)$",
    _I,
)
_SENTENCE_END = lazyregex.compile(r"[.!?…][\"'”’)\]]*+$")
#: Channels other than the publisher's own revenue: left to the app-prompt rule.
_ELSEWHERE = lazyregex.compile(
    r"\b(?:YouTube|podcasts?|Facebook|Instagram|TikTok|WhatsApp|Telegram|newsletters?)\b", _I
)


def _appeal_score(
    text: str, low: str, words: frozenset[str], speech: bool
) -> tuple[int, bool, bool, bool, bool]:
    """(score, addressed, imperative, asks, cause) of a line as a fundraising sentence.

    The score counts the ingredients of an appeal: addressing the reader (we/our or
    you/your), asking (support, contribute, donate, member, subscribe ...), the cause
    (journalism, reporting, news ...) and money ($5, a month, one-time ...).  ``low`` is
    ``fold(text)``, ``words`` its runs of ASCII letters and ``speech`` ``_is_speech(text)``:
    each pattern runs only when its quick necessary check (words, prefix) passes.
    """
    if len(text) > _MAX_APPEAL_CHARS or speech:
        return 0, False, False, False, False
    addressed = (not words.isdisjoint(_WE_WORDS) and _WE.search(text) is not None) or (
        not words.isdisjoint(_YOU_WORDS) and _YOU.search(text) is not None
    )
    asks = not words.isdisjoint(_ASK_WORDS) and _ASK.search(text) is not None
    cause = not words.isdisjoint(_CAUSE_WORDS) and _CAUSE.search(text) is not None
    money = (
        _has_currency(text) or not words.isdisjoint(_MONEY_WORDS)
    ) and _MONEY.search(text) is not None
    if not (addressed or asks or cause or money):  # i.e. _APPEAL_ANY finds nothing
        return 0, False, False, False, False
    imperative = low.startswith(_IMPERATIVE_STARTS) and _APPEAL_IMPERATIVE.search(text) is not None
    return addressed + asks + cause + money, addressed, imperative and asks and cause, asks, cause


def _appeal_kind(text: str) -> int:
    """3: anchor sentence, 2: fundraising sentence, 1: weak/short appeal line,
    0: filler (short heading, signature, or a we/you paragraph) that may sit inside a
    block but never ends one, -1: not part of an appeal."""
    if not text:
        return -1
    low = fold(text)
    found = frozenset(_ASCII_WORD.findall(low))
    speech = (_has_quote(text) or not found.isdisjoint(_SPEECH_WORDS)) and _is_speech(text)
    if (
        (low.startswith(_FURNITURE_STARTS) or low[0] in _CURRENCIES)
        and _APPEAL_FURNITURE.match(text) is not None
        and not speech
    ):
        return 1
    score, addressed, imperative, asks, cause = _appeal_score(text, low, found, speech)
    if score == 0:
        # _is_filler(text), with speech known
        filler = word_count(text) <= 10 and not speech and not _SENTENCE_END.search(text)
        return 0 if filler else -1
    words = word_count(text)
    if found.isdisjoint(_ELSEWHERE_WORDS) or _ELSEWHERE.search(text) is None:
        if imperative and words <= 30:
            return 3
        if addressed and asks and cause:
            return 3
    if score >= 2 and (asks or cause) and (addressed or imperative or words <= 12):
        if words <= 30 or (addressed and asks):
            return 2
    if score >= 1 and words <= 12:
        return 1
    if addressed and score >= 2:
        return 0  # a publisher's paragraph: kept unless it sits between appeal lines
    return -1


# Quick necessary checks for the patterns above, on the runs of ASCII letters in a line's
# folded text (see shapes.line_words; a word a pattern matches between \b's is one run)
# and on the start of the folded text (see shapes.fold).
_WE_WORDS = frozenset({"we", "our", "ours", "us"})
_YOU_WORDS = frozenset({"you", "your", "yours"})
_MONEY_WORDS = frozenset(
    "little month year mo yr monthly annual annually time deductible card paypal".split()
)
_CURRENCIES = "$£€₹"
_SPEECH_WORDS = frozenset("said says told tells according asked added warned argued noted explained".split())
_QUOTES = "\"“”„«»"
_ELSEWHERE_WORDS = frozenset(
    "youtube podcast podcasts facebook instagram tiktok whatsapp telegram newsletter newsletters".split()
)
#: How the folded text of a line that _APPEAL_IMPERATIVE matches starts.
_IMPERATIVE_STARTS = (
    "please", "support ", "donate", "contribute", "give", "subscribe", "join ", "become a ", "chip in",
)
#: How the folded text of a line that _APPEAL_FURNITURE matches starts (or with a currency sign).
_FURNITURE_STARTS = (
    "donate", "give", "contribute", "subscribe", "support", "join", "thank", "many thanks", "sincerely",
    "other", "already ", "become a ", "one-time", "single", "monthly", "annual", "yearly", "once", "yes", "maybe later",
    "not now", "no", "remind me ", "continue",
)


def _has_currency(text: str) -> bool:
    return "$" in text or "£" in text or "€" in text or "₹" in text


def _has_quote(text: str) -> bool:
    """True if ``text`` holds a character of _SPEECH's quote class."""
    return (
        '"' in text or "“" in text or "”" in text or "„" in text or "«" in text or "»" in text
    )


# Words of which _ASK, resp. _CAUSE, must match one (as a whole word): a quick necessary
# check with the line's word set before the patterns (see shapes.line_words).
_ASK_WORDS = frozenset(
    "support supports supported supporting supporter supporters contribute contributes contributed "
    "contributing contribution contributions contributor contributors donate donates donated donating "
    "donation donations donor donors give giving gift member members membership subscribe subscriber "
    "subscribers subscribing subscription subscriptions join chip paywall paywalls".split()
)
_CAUSE_WORDS = frozenset(
    "journalism journalist journalists reporting reporter reporters newsroom newsrooms news coverage "
    "stories articles press democracy mission fact public work access powered funded supported reader "
    "member".split()
)

#: Literals of which every match of _CAUSE holds one (in the folded text, see _quick.cfold):
#: journalism/journalist(s), reporting/reporter(s), news/newsroom(s), coverage, stories,
#: articles, free press, independent press, democracy, mission, fact-checked, public
#: radio/media/broadcasting, ... our work, ... access, and the last two alternatives need
#: powered, funded or supported.
_CAUSE_LITERALS = (
    "journalis", "report", "news", "coverage", "stories", "articles", "free press", "independent press",
    "democracy", "mission", "fact-checked", "public ", "our work", "access", "powered", "funded", "supported",
)


#: One scan for all of _CAUSE_LITERALS (faster than a substring test for each).  It reads
#: UTF-8 (the literals are ASCII), which also takes a text with a lone surrogate.
_FIND_CAUSE = ahocorasick_rs.BytesAhoCorasick(
    [literal.encode() for literal in _CAUSE_LITERALS], implementation=ahocorasick_rs.Implementation.DFA
).find_matches_as_indexes


def _has_cause_literal(f: str) -> bool:
    """True if the folded text ``f`` holds one of _CAUSE_LITERALS."""
    return bool(_FIND_CAUSE(f.encode("utf-8", "surrogatepass")))


_ASCII_WORD = re.compile(r"[a-z]+")  # as in shapes.line_words

#: Every byte but a-z to a space: in UTF-8 (every byte of a non-ASCII character is >= 0x80),
#: ``text.encode().translate(_LETTERS_ONLY).split()`` is _ASCII_WORD.findall(text), as bytes.
_LETTERS_ONLY = bytes(b if 0x61 <= b <= 0x7A else 0x20 for b in range(256))
_ASK_BYTES = frozenset(word.encode() for word in _ASK_WORDS)
_CAUSE_BYTES = frozenset(word.encode() for word in _CAUSE_WORDS)
_ADDRESS_BYTES = frozenset(word.encode() for word in _WE_WORDS | _YOU_WORDS)
_SPEECH_BYTES = frozenset(word.encode() for word in _SPEECH_WORDS)
_ELSEWHERE_BYTES = frozenset(word.encode() for word in _ELSEWHERE_WORDS)


def _byte_words(low: str) -> set[bytes]:
    """``set(_ASCII_WORD.findall(low))``, as bytes and faster."""
    return set(low.encode("utf-8", "surrogatepass").translate(_LETTERS_ONLY).split())


def _may_anchor(text: str, f: str) -> bool:
    """False when ``_appeal_kind(text)`` cannot be 3 (an anchor); cheap checks first.

    ``f`` is the folded text of the line (``_quick.cfold(text)``).  An anchor (see
    _appeal_kind and _appeal_score) is at most _MAX_APPEAL_CHARS long; is not speech (a
    quote character always is, and so is any text _SPEECH finds); matches _CAUSE (so ``f``
    holds one of _CAUSE_LITERALS, and its words one of _CAUSE_WORDS) and _ASK (a word of
    _ASK_WORDS); is addressed (a word of _WE_WORDS or _YOU_WORDS) or an imperative (it
    starts with one of _IMPERATIVE_STARTS); and _ELSEWHERE finds nothing in it.  The
    words are the runs of a-z in ``fold(text)``, found as _appeal_kind finds them (here
    faster, as bytes); _SPEECH and _ELSEWHERE run only when one of their words is there.
    """
    if len(text) > _MAX_APPEAL_CHARS or _has_quote(text):  # _appeal_score: score 0
        return False
    if not _has_cause_literal(f):  # cause needs _CAUSE to match
        return False
    low = fold(text)
    words = _byte_words(low)
    if words.isdisjoint(_CAUSE_BYTES) or words.isdisjoint(_ASK_BYTES):  # cause and asks
        return False
    if words.isdisjoint(_ADDRESS_BYTES) and not low.startswith(_IMPERATIVE_STARTS):  # addressed or imperative
        return False
    if not words.isdisjoint(_SPEECH_BYTES) and _SPEECH.search(text) is not None:  # speech: score 0
        return False
    return words.isdisjoint(_ELSEWHERE_BYTES) or _ELSEWHERE.search(text) is None  # kind 3 needs no _ELSEWHERE


class _Kinds:
    """``_appeal_kind`` of each line, computed when first asked for."""

    __slots__ = ("_lines", "_known")

    def __init__(self, lines: tuple[Line, ...]) -> None:
        self._lines = lines
        self._known: dict[int, int] = {}

    def __len__(self) -> int:
        return len(self._lines)

    def __getitem__(self, i: int) -> int:
        kind = self._known.get(i)
        if kind is None:
            kind = self._known[i] = _appeal_kind(self._lines[i].stripped)
        return kind


def _is_filler(text: str) -> bool:
    """A short line with no sentence end: a heading, a signature, a button label."""
    return word_count(text) <= 10 and not _is_speech(text) and not _SENTENCE_END.search(text)


def _grow(kinds: list[int], start: int, step: int) -> int:
    """Walk from ``start`` in direction ``step`` over appeal lines; return the last one kept.

    Filler lines (kind 0) are taken only when an appeal line follows within two lines.
    """
    last = start
    i = start + step
    n = len(kinds)
    while 0 <= i < n:
        if kinds[i] >= 1:
            last = i
            i += step
            continue
        if kinds[i] == 0:
            j = i
            found = -1
            for _ in range(3):
                if not 0 <= j < n or kinds[j] < 0:
                    break
                if kinds[j] >= 1:
                    found = j
                    break
                j += step
            if found >= 0:
                last = found
                i = found + step
                continue
        break
    return last


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


def _sub_promo_lines(doc: Document, candidates: list[int], folded: list[str]) -> Iterator[int]:
    """Indexes of the candidate lines that are short, non-speech subscription promos."""
    lines = doc.lines
    for i in candidates:
        line = lines[i]
        if len(line.text) > _MAX_PROMPT_CHARS or not _may_be_sub_promo(folded[i]):
            continue
        text = _short_prompt(line, 40)
        if text is not None and _SUB_PROMO.search(text) is not None:
            yield i


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


def _button_blocks(doc: Document, candidates: list[int]) -> Iterator[tuple[int, int]]:
    """(first, last) of each pitch-and-button widget: a give button alone on its line
    (_give_button) with, right above it, a pitch of the publisher's journalism (_pitch).
    The line after the button is not running prose (a "Donate" heading over a paragraph
    of the body is a heading); a title pitch needs an amount right under the button.  A
    short heading right above a spoken pitch, after a paragraph, goes with it ("About
    This Story", "Note from the author:")."""
    lines = doc.lines
    n = len(lines)
    for i in candidates:
        if i == 0 or not _give_button(lines[i].stripped):
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
    folded = folded_lines(doc)
    promos = set(_sub_promo_lines(doc, candidates, folded))
    # A block grows only around an anchor (kind 3), which matches _ASK: it holds a trigger
    # word, so it is a candidate.  _may_anchor is a necessary condition of kind 3 (cheap
    # checks first): skipping the other candidates finds the same blocks.
    possible = [i for i in candidates if _may_anchor(lines[i].stripped, folded[i])]
    # the appeal blocks first; a pitch-and-button widget that none of them takes goes too
    covered: set[int] = set()
    for hit in _appeal_blocks(doc, possible, promos):
        covered.update(range(hit.first, hit.last + 1))
        yield hit
    for first, last in _button_blocks(doc, candidates):
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
#: How the folded text of a line starts where _SIGNUP_OURS matches at its start.
_SIGNUP_STARTS = ("sign up", "subscribe")


def _has_inner_stop(f: str) -> bool:
    """True if ``f`` has one of ``.!?…`` before its last character.

    A pattern of _sentences_start matches inside a line only after such a character and
    white space; case folding keeps both (they are uncased) and never drops a character.
    """
    g = f[:-1]
    return "." in g or "!" in g or "?" in g or "…" in g


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
    n = len(lines)
    flagged = [False] * n
    folded = folded_lines(doc)
    # only a line with a trigger word can pass _newsletter_line (see _NL_TRIGGER_WORDS),
    # and only one that passes its quick checks (_may_be_newsletter_line): those first
    for index in candidates:
        line = lines[index]
        if len(line.text) > _MAX_PROMPT_CHARS:
            continue
        f = folded[index]
        if f.startswith("read ") and "for free" in f and _NL_READ_FREE.match(line.stripped):
            flagged[index] = True  # "Read the <Name> Digest for free" (holds a trigger word)
            continue
        if not _may_be_newsletter_line(f):
            continue
        text = _short_prompt(line, 60)
        if text is not None and _newsletter_line(text, f) and not _nl_advice(text, f):
            flagged[index] = True
    if not any(flagged):
        return  # boxes and teasers only grow around a sign-up line
    # boxes: a short "Sign up to X" heading and up to two blurb lines before a marker
    for index in candidates:  # (the flagged lines are candidates)
        line = lines[index]
        if not flagged[index] or _NL_MARKER.match(line.stripped) is None:
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
    for line in lines:
        i = line.index
        if flagged[i]:
            continue
        # next to a sign-up line (checked first: it is cheap), short and shaped like a teaser
        if not ((i > 0 and flagged[i - 1]) or (i + 1 < n and flagged[i + 1])):
            continue
        text = _short_prompt(line, 25)
        if text is None or not (
            (word_count(text) <= 10 and _NL_TEASER.match(text) is not None) or _NL_BLURB.search(text) is not None
        ):
            continue
        flagged[i] = True
    # the fine print of the form: a consent line within three lines of a sign-up line,
    # with only short labels ("Email address", "Sign up") or more fine print between
    for _ in range(3):
        more = False
        for line in lines:
            i = line.index
            if flagged[i] or not _nl_fine_print(line):
                continue
            for step in (-1, 1):
                j = i + step
                while 0 <= j < n and abs(j - i) <= 3 and not flagged[j] and (
                    word_count(lines[j].stripped) <= 6 or _nl_fine_print(lines[j])
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


# --- CN103 app, alert, channel and social-follow prompts -------------------------------------

_SOCIAL = (
    r"(?:X|Twitter|Facebook|Instagram|TikTok|YouTube|Threads|LinkedIn|Bluesky|Google News|"
    r"Snapchat|Flipboard|Mastodon|WhatsApp|Telegram)"
)
_APP_PROMPT = lazyregex.compile(
    r"^(?:click|tap) here to (?:get|download|install)\b.{0,80}?\bapps?\b"
    r"|^(?:download|get|install|try) (?:the|our) (?:free )?.{0,60}?\bapps?\b"
    r"|^(?:sign up|opt in|turn on|enable|subscribe|get) (?:for|to)? ?.{0,40}?"
    r"\b(?:push (?:alerts|notifications)|breaking news alerts|news alerts|notifications)\b"
    r"|^(?:join|follow|subscribe to|get|check out|add) .{0,80}?\b(?:WhatsApp|Telegram|Signal|Viber)\b"
    r"|^(?:join|follow|subscribe to) .{0,60}?\b(?:channel|community on)\b"
    r"|^follow (?:us|@|\p{Lu}).{0,100}?\bon " + _SOCIAL + r"\b"
    r"|^(?:subscribe to|like) .{0,60}?\b(?:YouTube|podcast|Facebook page)\b"
    r"|^like us on " + _SOCIAL + r"\b"
    r"|^(?:listen|subscribe|follow) (?:to|on) .{0,60}?\b(?:Apple Podcasts|Spotify)\b"
    r"|^(?:listen to|read) (?:more|this|the full|all)\b.{0,60}?\bon (?:the|our) .{0,40}?\bapps?\b"
    # account prompts: "Sign in to access your portfolio" (a short line, nothing after it)
    r"|^(?:sign in|log in|login) to (?:access|see|view|save|manage|track|follow|read|continue|customi[sz]e|"
    r"personali[sz]e) (?:your|all your|this|more)(?: [\p{L}\p{N}’'-]++){1,3}+[.!]?+$"
    # "Access your favorite topics in a personalized feed ...", "... in the app"
    r"|^(?:access|get|follow|read|see|find|save) (?:all )?your (?:favou?rite|saved|followed) "
    r"(?:topics|stories|articles|news|authors|sections|writers|teams)\b.{0,80}?"
    r"\b(?:personali[sz]ed (?:news )?feed|in (?:the|our) app)\b",
    _I,
)

#: How the folded text of a line that _APP_PROMPT matches starts (each branch is anchored).
_APP_PROMPT_STARTS = (
    "click here to ", "tap here to ", "download ", "get ", "install ", "try ", "sign up ", "opt in ",
    "turn on ", "enable ", "subscribe ", "join ", "follow ", "check out ", "add ", "like ", "listen ", "read ",
    "sign in ", "log in ", "login ", "access ", "see ", "find ", "save ",
)


#: Trigger words of CN103: a literal that each branch of _APP_PROMPT needs, the rarest one.
_APP_PROMPT_WORDS = (
    # ^(click|tap) here to (get|download|install)
    *(f"{tap} here to {verb}" for tap in ("click", "tap") for verb in ("get", "download", "install")),
    # ^(download|get|install|try) (the|our) ... apps?
    *(f"{verb} {det} " for verb in ("download", "get", "install", "try") for det in ("the", "our")),
    # ... (push (alerts|notifications)|breaking news alerts|news alerts|notifications)
    "push alerts", "news alerts", "notifications",
    # ... (WhatsApp|Telegram|Signal|Viber), then ... (channel|community on)
    "whatsapp", "telegram", "signal", "viber", "channel", "community on",
    # ^follow (us|@|\p{Lu}) ... on <social>
    *(f"on {name}" for name in (
        "x", "twitter", "facebook", "instagram", "tiktok", "youtube", "threads", "linkedin", "bluesky",
        "google news", "snapchat", "flipboard", "mastodon", "whatsapp", "telegram",
    )),
    # ^(subscribe to|like) ... (YouTube|podcast|Facebook page); ^like us on; ... (Apple Podcasts|Spotify)
    "youtube", "podcast", "facebook page", "like us on", "spotify",
    # ^(listen to|read) (more|this|the full|all) ... on (the|our) ... apps?
    *(f"{verb} {what}" for verb in ("listen to", "read") for what in ("more", "this", "the full", "all")),
    # ^(sign in|log in|login) to ...; ^(access|get|...) (all )?your (favou?rite|saved|followed)
    "sign in to ", "log in to ", "login to ",
    "your favorite ", "your favourite ", "your saved ", "your followed ",
)


@rule("CN103", "app-prompt", words=_APP_PROMPT_WORDS, local=True, block=True)
def app_prompt(doc: Document, candidates: list[int]) -> Iterator[Hit]:
    """Remove app, push-alert, messaging-channel and social-follow prompts.

    "CLICK HERE TO GET THE ... APP", "Sign up for push alerts ...", "Join <outlet> on
    WhatsApp", "Join our Telegram channel ...", "Follow <outlet> on X ...": an
    imperative at the start of the line that sends the reader to another channel.
    Reported speech is kept (a source saying "follow us on Instagram"), and so are
    sentences that only mention apps or channels.

    Okay: “If you want to help, follow us on Instagram and just turn up with gloves,” said Ms Nur.
    Okay: Recent smart TVs also include the TV app for watching movies and shows purchased from the store.
    Okay: Followers of the group on Telegram shared the video widely before it was removed.
    Okay: Join the hundreds of volunteers and you will see why the work matters.
    CN103: CLICK HERE TO GET THE FOX NEWS APP
    CN103: Sign up for push alerts and have the best news delivered directly to your phone
    CN103: Join The Irish Times on WhatsApp and stay up to date
    CN103: Join ST's Telegram channel and get the latest breaking news delivered to you.
    CN103: Follow Fox News Digital's sports coverage on X, and subscribe to the Sports Huddle newsletter.
    CN103: Listen to more stories on the Noa app.
    CN103: Read the full story on the Daily Planet app
    Okay: Read more about the plan on the council's website.

    Account and personalisation prompts go too: a short "Sign in to access your ..."
    line with nothing after its object, and "Access your favorite topics in a
    personalized feed".  Advice to sign in to something, with more to say, is kept.

    CN103: Sign in to access your portfolio
    CN103: Access your favorite topics in a personalized feed while you're on the go.
    Okay: Sign in to access your account and check for charges you do not recognise.
    Okay: Log in to your bank's website and change the password, the agency advised.
    Okay: Fans can follow their favorite teams in a personalized feed, the league said.
    Okay: Read your favorite authors on a tablet or a phone.
    """
    for line in _prompt_lines(doc, candidates, _APP_PROMPT, 40, _APP_PROMPT_STARTS):
        yield Hit(line.index, line.index, "app, alert or social-follow prompt")


# --- CN104 comment prompts ---------------------------------------------------------------

_COMMENT = lazyregex.compile(
    r"^(?:we welcome your (?:comments|feedback|letters|thoughts|views)\b"
    r"|(?:leave|post|add|submit) (?:a |your )?(?:comments?|feedback)\b.{0,20}+$"
    r"|send us your (?:feedback|comments|thoughts)\b.{0,20}+$"
    r"|share your (?:thoughts|views|comments) (?:in|below|with us)\b"
    r"|(?:join|continue|start) (?:the|a) (?:conversation|discussion)(?: below| in the comments)?\W*+$"
    r"|[^\n]{0,160}?\b(?:please )?(?:read|review|see) our (?:commenting|comments?|community) "
    r"(?:policy|guidelines|rules|standards)\b[^\n]{0,40}+$"
    r"|have your say\b.{0,60}?\bcomments?\b)"
    r"|\b(?:let us know|tell us)\b.{0,40}?\bin the comments\b"
    r"|^comments? (?:are|have been) (?:closed|disabled)\b",
    _I,
)

#: A line that _COMMENT matches starts with one of these (folded), or holds "in the comments".
_COMMENT_STARTS = (
    "we welcome your ", "leave ", "post ", "add ", "submit ", "send us your ", "share your ",
    "join the ", "continue the ", "join a ", "continue a ", "start the ", "start a ", "have your say",
    "comment",
)
_COMMENT_INSIDE = ("in the comments", "our comment", "our community")


#: Trigger words of CN104: a literal that each branch of _COMMENT needs, spelt out in full.
_COMMENT_WORDS = (
    "we welcome your ",
    *(
        f"{verb} {det}{what}"
        for verb in ("leave", "post", "add", "submit")
        for det in ("", "a ", "your ")
        for what in ("comment", "feedback")
    ),
    *(f"send us your {what}" for what in ("feedback", "comments", "thoughts")),
    *(
        f"share your {what} {where}"
        for what in ("thoughts", "views", "comments") for where in ("in", "below", "with us")
    ),
    *(
        f"{verb} {det} {what}"
        for verb in ("join", "continue", "start")
        for det in ("the", "a")
        for what in ("conversation", "discussion")
    ),
    *(
        f"our {what} {rules}"
        for what in ("commenting", "comment", "comments", "community")
        for rules in ("policy", "guidelines", "rules", "standards")
    ),
    "have your say",
    "in the comments",
    *(
        f"{what} {verb} {state}"
        for what in ("comment", "comments") for verb in ("are", "have been") for state in ("closed", "disabled")
    ),
)


#: Comment-moderation notices: "ATENÇÃO: Comentários ... não serão aprovados pelo
#: moderador", "Comments are moderated and will not appear until approved".  The line
#: opens with the comment word (after an optional "Note:" label and a determiner) and
#: holds a moderation word, or an approval/publication word after a negation or "until".
_MODERATION_NOTICE = lazyregex.compile(
    r"^(?:(?:aten[çc][ãa]o|atenci[óo]n|attention|aviso|importante|important|nota|note|n\.\s?b\.|obs\.?"
    r"|observa[çc][ãa]o|hinweis|achtung|remarque)\s{0,3}+[:\-–—]\s{0,3}+)?"
    r"(?:(?:all|our|your|the|reader|todos os|todas as|os|seus|todos los|los|sus|tous les|les|vos|alle|die|ihre)\s{1,3}+)?"
    r"(?:comments?|coment[áa]rios?|commentaires?|kommentare?)\b"
    # comments on or by something in particular are news ("Comments on the plan ..."),
    # but for comments on this article, site or blog
    r"(?!\s{1,3}+(?:on|about|from|by|to|regarding|submitted|made|received|sent|sobre|dos|das|do|da|de|del"
    r"|des|du|sur|von|zu|zum|zur|aus)\b(?!\s{1,3}+(?:this|these|our|este|esta|estes|neste|nesta|ce|cet|cette"
    r"|nos|diesem|dieser|unserer|unseren)\b))"
    r"[^\n]{0,300}?"
    r"(?:\b(?:moderat(?:ed|ion|ors?)|pre-moderated|moderad(?:os?|as?|or|ores)|modera[çc][ãa]o|moderaci[óo]n"
    r"|mod[ée]r[ée]e?s?|mod[ée]ration|mod[ée]rateurs?|moderiert|moderation|moderatoren)\b"
    r"|\b(?:not|n[ãa]o|no|pas|nicht|never|nunca|jamais|until|unless|after|before|only|at[ée]|hasta|sin|sem|apr[èe]s|avant|erst"
    r"|subject to|sujeit[oa]s? [àa]|sujet[oa]s? a|soumis [àa])\b[^\n.]{0,40}?"
    r"\b(?:approv(?:ed|al)|aprovad[oa]s?|aprova[çc][ãa]o|aprobad[oa]s?|aprobaci[óo]n|approuv[ée]e?s?"
    r"|published|publicad[oa]s?|publi[ée]e?s?|ver[öo]ffentlicht|freigeschaltet|freigegeben)\b)",
    _I,
)
#: A notice states a rule in the present or future ("are", "will not be", "serão"), never a
#: past event ("Comments were moderated by the chair").
_NOTICE_VERB = lazyregex.compile(
    r"\b(?:are|is|will|won['’]t|may|must|can|cannot|can['’]t|should|shall|need|subject"
    r"|s[ãa]o|ser[ãa]o|est[ãa]o|poder[ãa]o|podem|devem|passam|sujeit[oa]s?"
    r"|son|ser[áa]n|est[áa]n|pueden|podr[áa]n|deben|sujet[oa]s?"
    r"|sont|seront|peuvent|pourront|doivent|soumis|werden|wird|sind|k[öo]nnen|m[üu]ssen)\b",
    _I,
)

#: Trigger words of the moderation notice: a literal that each branch of its moderation or
#: approval words needs (folded).
_MODERATION_WORDS = (
    "moderat", "moderad", "moderaç", "moderac", "modér", "modere", "moderiert", "modera",
    "approv", "aprovad", "aprovaç", "aprovac", "aprobad", "aprobac", "approuv",
    "published", "publicad", "publie", "publié", "veröffentlicht", "veroffentlicht", "freigeschaltet", "freigegeben",
)


def _capital_inside(text: str) -> bool:
    """A capitalised word inside a sentence (a name): notices name nobody.

    German capitalises every noun, so a German notice ("Kommentare ...") is let through.
    """
    if "kommentar" in fold(text):
        return False
    previous = ""
    for word in text.split():
        if previous and previous[-1] not in ".!?:;–—-" and word[0].isupper() and word != "I":
            return True
        previous = word
    return False


@rule("CN104", "comment-prompt", words=(*_COMMENT_WORDS, *_MODERATION_WORDS), local=True)
def comment_prompt(doc: Document, candidates: list[int]) -> Iterator[Hit]:
    """Remove prompts asking the reader to comment or send feedback.

    "We welcome your comments at letters@...", "Leave your feedback", "Share your
    thoughts in the comments below", "Join the conversation".  Sentences about
    comments someone made, and quoted speech, are kept.

    Okay: The governor's office didn't immediately respond to a request for comment.
    Okay: A spokeswoman declined to comment.
    Okay: Share your route with someone who is not on the trip, rescuers advised.
    Okay: Residents can leave comments on the plan at city hall until June 3, officials said.
    CN104: We welcome your comments at letters@example.in.
    CN104: Leave your feedback
    CN104: What do you think? Let us know in the comments below.
    CN104: Start a Conversation
    CN104: The Daily Planet values your comments but kindly requests all posts are on topic. Please review our commenting policy.
    Okay: Start a conversation with your doctor before changing the dose.
    Okay: The site updated its community guidelines in May after complaints from users.

    Notices on how comments are moderated go too ("Comments are moderated and will not
    appear until approved"): the line opens with the comment word, after an optional
    label such as "Note:", states a rule in the present or future, and holds a
    moderation word, or "approved"/"published" after a negation or "until".  Reported
    speech, past events and lines that name someone are kept.

    CN104: ATENÇÃO: Comentários com textos ininteligíveis ou que faltem com respeito ao usuário não serão aprovados pelo moderador.
    CN104: Comments are moderated and will not appear until approved.
    CN104: Comments that are abusive, off-topic or use excessive foul language will not be approved.
    CN104: All comments are subject to moderation.
    CN104: Note: comments are moderated and may take some time to appear.
    CN104: Los comentarios están sujetos a moderación y no serán publicados si contienen insultos.
    CN104: Les commentaires injurieux ou hors sujet ne seront pas publiés.
    CN104: Kommentare werden erst nach Prüfung durch die Redaktion freigeschaltet.
    Okay: The company said comments that violate its rules will not be approved, a spokesperson told reporters.
    Okay: The moderator approved 40 comments from residents at Tuesday's hearing.
    Okay: Comments from residents were moderated by the council chair at the hearing.
    Okay: Comments on Facebook are moderated by contractors who review millions of posts a day.
    Okay: Comments on the draft plan will be approved by the board in March.
    Okay: Comments on the proposal will not be published until the consultation closes.
    Okay: Comments from residents are moderated by city staff before each hearing.
    CN104: Comments on this article are moderated.
    """
    found = set()
    for line in _prompt_lines(doc, candidates, _COMMENT, 30, _COMMENT_STARTS, _COMMENT_INSIDE):
        found.add(line.index)
        yield Hit(line.index, line.index, "comment prompt")
    lines = doc.lines
    for index in candidates:
        if index in found:
            continue
        line = lines[index]
        if len(line.text) > _MAX_PROMPT_CHARS:
            continue
        text = _short_prompt(line, 45)
        if (
            text is not None
            and _MODERATION_NOTICE.search(text) is not None
            and _NOTICE_VERB.search(text) is not None
            and not _capital_inside(text)
        ):
            yield Hit(line.index, line.index, "comment-moderation notice")


# --- CN105 tip-line requests -------------------------------------------------------------

_TIP = lazyregex.compile(
    r"^(?:do you have |got |have you got |have )(?:a |any )?(?:news |story )?tips?\b"
    r"|^(?:send|email|e-mail|submit|share) us (?:a |your )?(?:news |story )?tips?\b"
    r"|\bhelp us do journalism\b"
    r"|^(?:news )?tips\?\s"
    r"|^(?:do you have|have you got|got|have) (?:a |an )?(?:story|question|information|news)\b"
    r".{0,200}?\b(?:let us know|email us|e-mail us|contact us|get in touch|reach us|write to us|"
    r"(?:contact|email|e-mail|reach|message) (?:this|the) (?:reporter|author|writer|journalist)|"
    r"(?:contact|email|e-mail|reach|message) (?:this|the) reporter)\b",
    _I,
)

#: A line that _TIP matches starts with one of these (folded), or holds "help us do journalism".
_TIP_STARTS = (
    "do you have ", "have ", "got ", "send us ", "email us ", "e-mail us ", "submit us ", "share us ",
    "tips?", "news tips?",
)
_TIP_INSIDE = ("help us do journalism",)


#: Trigger words of CN105: a literal that each branch of _TIP needs.  Before "tip" in the
#: first two branches comes "have ", "got ", "us ", "a ", "any ", "your ", "news " or "story ".
_TIP_WORDS = (
    *(f"{before} tip" for before in ("have", "got", "us", "a", "any", "your", "news", "story")),
    "tips?",
    "help us do journalism",
    # the end of the last branch; "mail" stands for "email" and "e-mail"
    "let us know", "mail us", "contact us", "get in touch", "reach us", "write to us",
    *(
        f"{verb} {det} {who}"
        for verb in ("contact", "mail", "reach", "message") for det in ("this", "the")
        for who in ("reporter", "author", "writer", "journalist")
    ),
)


@rule("CN105", "tip-line", words=_TIP_WORDS, local=True)
def tip_line(doc: Document, candidates: list[int]) -> Iterator[Hit]:
    """Remove tip-line requests: "Do you have a tip ...? Let us know via ...".

    The publisher asks readers for tips or stories, usually with an e-mail address.
    Reporting that mentions tips ("Police received a tip ...") and quoted speech are
    kept; the request must open the line.

    Okay: Police said they received a tip about the stolen trailer on Monday.
    Okay: Have a look at the map below to find the nearest station.
    Okay: Newsweek has contacted Vireo+ for further comment via email.
    CN105: Do You Have a Tip for ProPublica? Help Us Do Journalism.
    CN105: Do you have a tip on a business story we should be covering? Let us know via biz@example.com.
    CN105: Have a tip? The reporter may be reached at reporter@example.com.
    CN105: Do you have a story to share about changing careers? Contact this reporter at careers@example.com.
    Okay: Do you have a story like hers? Many readers do, and the reporter heard from dozens.
    """
    for line in _prompt_lines(doc, candidates, _TIP, 50, _TIP_STARTS, _TIP_INSIDE):
        yield Hit(line.index, line.index, "tip-line request")


# --- CN106 event promos ------------------------------------------------------------------

_EVENT = lazyregex.compile(
    r"^join us (?:for|at|on|in|live)\b.{0,200}?\b(?:festival|summit|conference|forum|webinar|"
    r"conversations?|live|tickets|speakers|panels?|events?|gala)\b"
    r"|^(?:get|buy|grab) your tickets\b.{0,80}?\b(?:our|festival|summit|conference|forum|gala)\b"
    r"|^(?:tickets|early[- ]bird tickets) (?:are )?(?:on sale|available) now\b",
    _I,
)

#: How the folded text of a line that _EVENT matches starts (each branch is anchored).
_EVENT_STARTS = (
    "join us ", "get your tickets", "buy your tickets", "grab your tickets", "tickets ",
    "early bird tickets ", "early-bird tickets ",
)


#: Trigger words of CN106: a literal that each branch of _EVENT needs, spelt out in full.
_EVENT_WORDS = (
    *(f"join us {when}" for when in ("for", "at", "on", "in", "live")),
    "your tickets",
    *(f"tickets {are}{sale} now" for are in ("", "are ") for sale in ("on sale", "available")),
)


@rule("CN106", "event-promo", words=_EVENT_WORDS, local=True)
def event_promo(doc: Document, candidates: list[int]) -> Iterator[Hit]:
    """Remove the publisher's event promos: "Join us for ... at the 2024 Festival".

    Outlets advertise their own festivals, summits and live events in the article
    text.  The promo opens with an invitation to the reader ("Join us for ...",
    "Get your tickets ..."); articles about festivals and quoted invitations are kept.

    Okay: More than 40,000 people attended the jazz festival over four nights, organizers said.
    Okay: "Join us for the march on Saturday," the union wrote in a post.
    Okay: Tickets for the concert sold out within an hour of going on sale.
    CN106: Join us for conversations that matter with newly announced speakers at the 2024 City Festival, Sept. 5–7.
    CN106: Get your tickets now for our Climate Summit in Boston.
    """
    for line in _prompt_lines(doc, candidates, _EVENT, 45, _EVENT_STARTS):
        yield Hit(line.index, line.index, "event promo")
