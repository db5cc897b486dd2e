"""What reader-revenue appeal lines say (we, you, ask, cause, money) and how lines are graded
around an appeal.
"""

from __future__ import annotations

import re
from functools import lru_cache

import ahocorasick_rs

from ... import lazyregex
from ...document import Line
from ...shapes import fold, word_count
from ._prompts import _I, _is_speech, _MAX_APPEAL_CHARS, _SPEECH


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


@lru_cache(maxsize=4096)
def _names_journalism(text: str) -> bool:
    """True if the line names the publisher's journalism (_JOURNALISM); cheap check first.
    A pure function of the text, kept per text (it is asked only of lines of at most
    _MAX_APPEAL_CHARS: fundraising sentences and pitches)."""
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


#: _appeal_kind kept per text (a pure function of it): the lines around an appeal recur
#: across a publisher's pages and a document's passes.  _Kinds asks it only for texts of
#: at most _MAX_APPEAL_CHARS, so that the cache never holds a long line.
_cached_kind = lru_cache(maxsize=4096)(_appeal_kind)


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
            text = self._lines[i].stripped
            kind = self._known[i] = _cached_kind(text) if len(text) <= _MAX_APPEAL_CHARS else _appeal_kind(text)
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


def _has_inner_stop(f: str) -> bool:
    """True if ``f`` has one of ``.!?…`` before its last character.

    A pattern of _sentences_start matches inside a line only after such a character and
    white space; case folding keeps both (they are uncased) and never drops a character.
    """
    g = f[:-1]
    return "." in g or "!" in g or "?" in g or "…" in g
