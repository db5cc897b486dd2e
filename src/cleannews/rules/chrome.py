"""Rules: page chrome (CN4xx).

Page chrome is what a news page prints around every article, whatever the story: ad
markers, share and audio widgets, copyright lines, footer link bars, site notices, link
lists with the headlines they list, and tag lists.  Each rule here recognises chrome by
its *shape* (a short line that is nothing but a widget label, a header followed by
headline-shaped lines, a line made only of footer link labels) rather than by a word it
contains, so that prose which merely talks about advertising, copyright or sharing stays.

Every line check starts with a cheap length test: chrome lines are short, and the
expensive patterns never see a long line.  All patterns are bounded or possessive.

Triggers (see :mod:`cleannews.triggers`): each rule declares words that every line it
removes (or, for the block rules, the line that starts the block) must contain, read off
its patterns, so that it only runs on documents that hold one and only looks at the lines
that do.  Labels too short or too common to have such a word ("Ad", "More", "Like", a run
of "X | X") and the rules that go by shape (capitals, glued tags, bulleted headlines) have
a document test instead (``when``), built on facts computed once per document and shared
(``doc.fact("cn4.*", ...)``).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from itertools import pairwise
from operator import attrgetter

import regex

from .. import lazyregex
from ..lazyregex import LazyPattern
from ..document import Document, Hit, Line
from ..registry import rule
from ..shapes import head_end, is_body, is_reported_speech, tail_start, word_count
from ._quick import OPEN_CHARS, SPACES, folded_lines, label_head

# ---------------------------------------------------------------------------------------
# shared helpers

_I = regex.IGNORECASE | regex.V1

#: Decorations a widget label may carry: bullets, dashes, brackets, trailing colon or bang.
_OPEN = r"[\s\-–—•·|\[\(]{0,8}+"
_CLOSE = r"[\s\-–—•·|\]\):!.…]{0,8}+"


def _label(body: str) -> LazyPattern:
    """A pattern matching a whole (stripped) line that is just the label ``body``."""
    return lazyregex.compile(_OPEN + r"(?:" + body + r")" + _CLOSE, _I)


def _fits(text: str, limit: int) -> bool:
    return 0 < len(text) <= limit


_ASCII_LOWER = frozenset("abcdefghijklmnopqrstuvwxyz")


def _may_be_label(folded: str, starts: tuple[str, ...]) -> bool:
    """Quick necessary check for a label pattern (see ``_label``) whose bodies all start
    with a letter or digit, and with one of ``starts`` (folded) when with an ASCII letter.

    ``folded`` is the line's folded text (``_quick.cfold``).  Lines whose label would
    start with anything but an ASCII letter (digits, other scripts) are let through.
    """
    head = label_head(folded)
    if not head:
        return False
    return head[0] not in _ASCII_LOWER or head.startswith(starts)


_REPORTING_VERB = lazyregex.compile(r"\b(?:said|says|told|tells|according)\b", _I)
_SENTENCE_BREAK = lazyregex.compile(r"[.!?][\"'”’)]*+\s{1,8}+[\p{Lu}\"“‘']")


#: Every character a label's decorations (``_OPEN``, ``_CLOSE``) can be, white space included.
#: When a line fullmatches a ``_label`` pattern whose body starts and ends with a letter or
#: digit, its folded text stripped of these is exactly the folded body ("bare").
_DECOR = OPEN_CHARS + "]):!.…"


# Facts about the lines that the trigger tests of several rules share, found once per
# document with operations that run in C over the whole list where possible.

_STRIPPED = attrgetter("stripped")


def _texts(doc: Document) -> list[str]:
    """Each line's stripped text."""
    return doc.fact("cn4.texts", _stripped_texts)


def _stripped_texts(doc: Document) -> list[str]:
    return list(map(_STRIPPED, doc.lines))


def _short_lines(doc: Document) -> list[int]:
    """Indexes of the lines of at most 120 characters (a widget label, an ad marker and a
    glued tag line are all that short)."""
    return doc.fact("cn4.short", _find_short_lines)


def _find_short_lines(doc: Document) -> list[int]:
    return [i for i, text in enumerate(_texts(doc)) if len(text) <= 120]


def _title_case(text: str) -> bool:
    """True when nearly every longer word is capitalised (a Title Case headline)."""
    words = [w for w in regex.findall(r"[\p{L}][\p{L}'’\-]{0,60}+", text[:400]) if len(w) > 3]
    if len(words) < 2:
        return False
    caps = sum(1 for w in words if w[0].isupper())
    return caps >= 0.8 * len(words)


# ---------------------------------------------------------------------------------------
# CN401 ad markers

_AD_MARKER = _label(
    r"advertisements?|advertising|advertorial|ad feedback|ads?|sponsored(?: content| links?| stories)?"
    r"|promoted(?: content| stories| links)?"
    r"|report (?:this )?ad|skip (?:the )?(?:advertisement|ad)"
    r"|advertisement\s{0,8}+[-–—:]\s{0,8}+scroll to continue(?: with content)?"
    r"|scroll (?:down )?to continue(?: with content| reading)?"
    r"|(?:the )?(?:story|article|content|text) continues (?:below|after)(?: (?:this|the))?"
    r"(?: (?:advertisement|ad|ads|video|image|gallery))?"
    r"|continue reading (?:below|the main story|after (?:the |this )?(?:advertisement|ad))"
)

#: How the body of a label that _AD_MARKER matches starts (folded).
_AD_MARKER_STARTS = (
    "ad", "sponsored", "promoted", "report ", "skip ", "scroll ", "the ", "story ", "article ",
    "content ", "text ", "continue reading",
)


#: One of these is in every label _AD_MARKER matches, except a bare "Ad" / "Ads".
_AD_MARKER_WORDS = (
    "advert", "ad feedback", "sponsored", "promoted", "report ad", "report this ad", "skip ad", "skip the ad",
    "scroll to continue", "scroll down to continue", "continues below", "continues after", "continue reading",
)
_AD_ALONE = frozenset({"ad", "ads"})


def _ad_alone(doc: Document) -> bool:
    """Trigger test of CN401: a line that is just "Ad" or "Ads" with decorations (at most
    8 + 3 + 8 characters)."""
    texts = _texts(doc)
    folded = folded_lines(doc)
    for i in _short_lines(doc):
        if len(texts[i]) <= 19 and folded[i].strip(_DECOR) in _AD_ALONE:
            return True
    return False


@rule("CN401", "ad-marker", words=_AD_MARKER_WORDS, when=_ad_alone, local=True)
def ad_marker(doc: Document, candidates: list[int]) -> Iterator[Hit]:
    r"""Remove advertisement marker lines ("Advertisement", "Advertising", "Ad Feedback").

    Ad slots leave a label behind when the page is turned into text: "Advertisement",
    "ADVERTISING", "Ad Feedback", "Story continues below advertisement", "Scroll to
    continue with content".  Only a line that is nothing but such a label is removed, so
    sentences that begin with or talk about advertising ("Advertising for the same
    products will also be banned ...") are kept.

    Okay: Advertising for the same products will also be banned online at all times.
    Okay: Advertisements for breakfast cereals are among those expected to be affected.
    Okay: "Advertising works," she said.
    Okay: Advertising revenue
    CN401: Advertisement
    CN401: ADVERTISING
    CN401: Ad Feedback
    CN401: - Advertisement -
    CN401: Story continues below advertisement
    CN401: Advertisement - Scroll to continue with content
    """
    folded = folded_lines(doc)
    lines = doc.lines
    for i in candidates:
        text = lines[i].stripped
        if (
            _fits(text, 60)
            and _may_be_label(folded[i], _AD_MARKER_STARTS)
            and _AD_MARKER.fullmatch(text)
        ):
            yield Hit(i, i, "ad marker")


# ---------------------------------------------------------------------------------------
# CN402 share, comment, feedback and audio widgets

_NETWORKS = r"facebook|twitter|x|email|e-mail|whatsapp|linkedin|reddit|pinterest|telegram|messenger|bluesky|threads|flipboard|sms"

_WIDGET_STRONG = _label(
    r"share(?: (?:this|the) (?:full )?(?:article|story|page|post|video|gallery)| full (?:article|story))?"
    r"|share (?:on|via|to|with) (?:" + _NETWORKS + r")"
    r"|share (?:or|and|&) comment(?: on this (?:article|story))?"
    r"|copy (?:url|link|article link|the link)|link copied(?: to clipboard)?"
    r"|social sharing|sharing options|share options|more sharing options"
    r"|reuse this content|reprints? (?:&|and) permissions|print this (?:article|page|story)"
    r"|e-?mail this (?:article|story|page)|send (?:this )?to a friend"
    r"|send us your feedback|leave your feedback|give (?:us )?feedback|send feedback"
    r"|follow related authors and topics|follow (?:this|these) topics?|follow (?:this |the )?author"
    r"|(?:send (?:in|via|by|with) (?:" + _NETWORKS + r")){1,2}+|read in (?:the )?app"
    r"|get (?:e-?mail )?(?:notifications?|alerts) (?:for|about|on) (?:new )?(?:articles|stories) (?:from|by) "
    r"(?-i:\p{Lu})[\p{L}.'’\-]{0,20}+(?: (?-i:\p{Lu})[\p{L}.'’\-]{0,20}+){0,3}+(?: follow)?"
    r"|leer en español|lire en français|read (?:this )?(?:article |story )?in (?:english|spanish|french|arabic|hebrew|hindi|chinese)"
    r"|listen to (?:this|the) (?:article|story)(?:\s{0,8}+[·•|\-–—]?\s{0,8}+(?:\d{1,3} (?:min|mins|minutes)|\d{1,2}:\d{2}(?::\d{2})? min))?"
    r"(?:\s{0,8}+learn more)?"
    r"|listen (?:to article|now)|play audio|audio (?:version|article)"
    r"|listen\s{0,3}+[·•|\-–—:]?\s{0,3}+\d{1,3} (?:min|mins|minutes)|\d{1,3} (?:min|mins|minute|minutes) listen"
    r"|gift (?:this )?article|save (?:this )?(?:article|story)|save for later|read later"
    r"|bookmark(?: this (?:article|story))?"
    r"|comments?(?: \(\d{1,6}\)| \d{1,6})?|\d{1,6} comments?|view comments|show comments|hide comments"
    r"|post (?:a )?comment(?: \(\+\))?|add (?:a )?comment|leave a comment|jump to comments"
    r"|see all comments|read (?:all )?comments|comment on this (?:article|story)"
    r"|text size|font size"
    r"|read this (?:news|story|article) in (?:brief|short)(?: form| format)?"
    r"|follow us(?: on)? social(?: links| media)?"
    r"|(?:share(?: (?:on|via|this))?\s{0,8}+:?\s{0,8}+)?(?:(?:" + _NETWORKS + r"|instagram|youtube|tiktok|print|copy link)\s{0,8}+[|·•,/]?\s{0,8}+){2,10}+"
    # share counts ("1.8K Shares"), the share bar's own header ("Share Now on:"), embed codes
    r"|\d{1,3}(?:[.,]\d{1,2})?[km] shares|share (?:now |it )?on|html embed|embed (?:code|this (?:video|audio|story))"
    # save, reuse and licensing buttons ("Reuse this content (opens in new window)")
    r"|(?:reuse this content|licen[cs]e this (?:article|story|content)|republish this (?:article|story)|use our content)"
    r"(?:\s{0,8}+\(?opens in (?:a )?new (?:window|tab)\)?)?"
    r"|failed to save (?:the |this )?(?:article|story)|short (?:url|link)"
    # a "more / less" toggle whose labels ran together ("MoreLess")
    r"|more\s?less|(?:show|read|see) more\s?(?:show|read|see) less"
    # galleries and the audio player's fallback text
    r"|(?:photo |image )?gallery\s{0,8}+\(?(?:click|tap) to enlarge\)?|(?:click|tap) (?:here )?to enlarge"
    r"|your browser does not support (?:the )?<?(?:audio|video)>? (?:element|tag|playback)"
    # reaction and comment widgets: a question about this article, an empty thread
    r"|do you like (?:the content of )?this (?:article|story)\?|(?:was|is) this (?:article|story|page) (?:helpful|useful)\?"
    r"|how (?:does|did) this (?:article|story) make you feel\?"
    r"|(?:there are )?no comments(?: yet| so far)?(?:[.!]\s{1,8}+(?:be the first to comment"
    r"|(?:add|post|leave|write) (?:a|your) comment(?: to start the (?:conversation|discussion))?))?"
    # the same buttons in German, French, Spanish, Portuguese, Italian and Dutch
    r"|link kopieren|(?:zur )?merkliste(?: hinzufügen)?|artikel (?:merken|teilen|drucken|verschenken)"
    r"|copier le lien|copiar (?:el )?enlace|copiar (?:o )?link|copia (?:il )?link|link kopiëren"
    # a text-size control whose labels ran together ("Normal text sizeLarger text size")
    r"|(?:(?:small|smaller|normal|medium|large|larger|very large|extra large|default|standard) (?:text|font) size\s{0,3}+){2,6}+"
)

_WIDGET_WEAK = _label(
    r"save|thank|thanks|reply|like|email|e-mail|share this|link|pin(?: it)?|"
    + _NETWORKS
    + r"|listen|audio|feedback|close|more|print|tweet|zoom|subscribe|\d{1,2}(?::\d{2})? (?:min|mins|minutes)|\d{1,2}:\d{2}"
    r"|x\.com|follow|download|embed|loading|please try again|how does this make you feel\?"
    r"|teilen|drucken|merken|partager|imprimer|compartir|imprimir|compartilhar|partilhar|condividi|stampa|delen"
)

#: How the body of a label that _WIDGET_STRONG or _WIDGET_WEAK matches starts (folded),
#: unless with a digit.
_WIDGET_STARTS = (
    "share", "copy", "link", "social sharing", "sharing options", "more", "reuse this content", "reprint",
    "print", "e-mail", "email", "send ", "leave ", "give ", "follow ", "listen", "play audio", "audio",
    "gift ", "save", "read ", "bookmark", "comment", "view comments", "show comments", "hide comments",
    "post ", "add ", "jump to comments", "see all comments", "text size", "font size",
    "facebook", "twitter", "x", "whatsapp", "linkedin", "reddit", "pinterest", "telegram", "messenger",
    "bluesky", "threads", "flipboard", "sms", "instagram", "youtube", "tiktok",
    "thank", "reply", "like", "pin", "feedback", "close", "tweet", "zoom", "subscribe", "get ", "leer en",
    "lire en", "licen", "republish", "use our content", "failed to save", "short ", "gallery", "photo ",
    "image ", "click ", "tap ", "your browser", "do you like", "was this", "is this", "how ", "there are no",
    "no comments", "html embed", "embed", "link kopieren", "zur merkliste", "merk", "artikel ", "copier",
    "copiar", "copia ", "small", "normal", "medium", "large", "very large", "extra large", "default",
    "standard", "download", "loading", "follow", "please try again", "teilen", "drucken", "partager", "imprimer",
    "compartir", "imprimir", "compartilhar", "partilhar", "condividi", "stampa", "delen",
)


#: One of these is in every label _WIDGET_STRONG matches, except a list of "X"s alone
#: ("X | X"); weak labels need no word (see _widget_run).
_WIDGET_WORDS = (
    "share", "sharing", "copy url", "copy link", "copy article link", "copy the link", "link copied",
    "reuse this content", "reprint", "print", "mail this", "to a friend", "feedback",
    "follow related", "follow this", "follow these", "follow author", "follow the author",
    "send in", "send via", "send by", "send with", "read in ", "read this in", "read this article in",
    "read article in", "read story in", "read this story in", "notification", "alerts for", "alerts about",
    "alerts on", "leer en", "lire en", "listen", "play audio", "audio version", "audio article",
    "gift article", "gift this article", "save this article", "save this story", "save article", "save story",
    "save for later", "read later", "bookmark", "comment", "text size", "font size",
    "read this news in", "follow us social", "follow us on social",
    "facebook", "twitter", "email", "e-mail", "whatsapp", "linkedin", "reddit", "pinterest", "telegram",
    "messenger", "bluesky", "threads", "flipboard", "sms", "instagram", "youtube", "tiktok",
    "embed", "licence this", "license this", "republish this", "use our content", "failed to save", "short url",
    "short link", "more less", "moreless", "show less", "read less", "see less", "enlarge", "does not support",
    "do you like", "helpful?", "useful?", "make you feel?", "no comments", "link kopieren", "merkliste",
    "artikel merken", "artikel teilen", "artikel drucken", "artikel verschenken", "copier le lien", "copiar",
    "copia link", "copia il link", "link kopiëren", "loading",
)
#: The (folded) bodies of _WIDGET_WEAK, but those that start with a digit.
_WEAK_BODIES = frozenset((
    "save", "thank", "thanks", "reply", "like", "email", "e-mail", "share this", "link", "pin", "pin it",
    "facebook", "twitter", "x", "whatsapp", "linkedin", "reddit", "pinterest", "telegram", "messenger",
    "bluesky", "threads", "flipboard", "sms", "listen", "audio", "feedback", "close", "more", "print",
    "tweet", "zoom", "subscribe", "x.com", "follow", "download", "embed", "loading", "please try again",
    "how does this make you feel?", "teilen", "drucken", "merken", "partager", "imprimer", "compartir", "imprimir",
    "compartilhar", "partilhar", "condividi", "stampa", "delen",
))
#: What the body of a list of "X"s (the _WIDGET_STRONG network list without any other
#: name) is made of: "x", separators and white space (a superset of regex's \s).
_X_LIST = "x|·•,/" + SPACES


def _widget_run(doc: Document) -> bool:
    """Trigger test of CN402: three lines in a row that may be weak labels, or a list of "X"s.

    A run of widget labels without a strong one (which has a word) goes only when it is
    three lines or more; a weak label has at most 8 + 28 + 8 characters and its bare body
    (see _DECOR) is in _WEAK_BODIES or starts with a digit.  The bare body of a list of
    "X"s (at most 70 characters) starts with "x" and holds only _X_LIST.
    """
    texts = _texts(doc)
    folded = folded_lines(doc)
    run = 0
    last = -2
    for i in _short_lines(doc):
        n = len(texts[i])
        if n > 70:
            continue
        bare = folded[i].strip(_DECOR)
        if bare[:1] == "x" and not bare.strip(_X_LIST):
            return True
        if n <= 44 and (bare in _WEAK_BODIES or bare[:1].isdigit()):
            run = run + 1 if i == last + 1 else 1
            if run == 3:
                return True
            last = i
    return False


#: Text-size widget: its markers ("AA", "A+", "A-", "Text size") and the sizes it offers
#: ("Small", "Large"); see _size_run.
_SIZE_MARKERS = frozenset((
    "aa", "a+", "a-", "a−", "a a", "a+ a-", "a- a+", "a+a-", "a-a+", "text size", "font size", "text settings",
))
#: The markers that name the control ("Text size", "Text settings"): enough for a run.
_SIZE_NAMES = frozenset(("text size", "font size", "text settings"))
_SIZE_WORDS = frozenset((
    "small", "medium", "large", "normal", "default", "regular", "larger", "smaller", "extra large", "x-large",
    "very large", "standard", "size", "story text",
))
#: One of these is in every size marker (the run is found from its marker).
_SIZE_MARKER_WORDS = ("aa", "a+", "a-", "a−", "a a", "text size", "font size", "text settings")

#: Call-to-action labels ("See more", "Play now", "Visual Stories"): never prose as a whole
#: line, but short enough to be a subheading, so taken only before the first or after the
#: last body paragraph.
_CTA_LABEL = _label(
    r"(?:see|know|learn|show|view) more|play (?:now|the game)|explore (?:now|more)"
    r"|(?:visual|web|photo|video) stories"
)
#: One of these is in every label _CTA_LABEL matches.
_CTA_WORDS = (
    "see more", "know more", "learn more", "show more", "view more", "play now", "play the game",
    "explore now", "explore more", "visual stories", "web stories", "photo stories", "video stories",
)


def _size_kind(text: str, folded: str) -> int:
    """3 for "Text size" or "Text settings", 2 for another text-size marker ("AA", "A+"),
    1 for a size ("Small", "Size", "Standard"), 0 otherwise."""
    if not _fits(text, 24):
        return 0
    bare = " ".join(folded.strip("[]()|•·:.").split())
    if bare in _SIZE_MARKERS:
        return 3 if bare in _SIZE_NAMES else 2
    return 1 if bare in _SIZE_WORDS else 0


def _size_run(lines: tuple[Line, ...], folded: list[str], candidates: list[int]) -> set[int]:
    """The lines of text-size widgets: runs of size labels that hold a marker and a size or
    "Text size" ("AA / Text Size / Small / Medium / Large").  A run of credit ratings ("AA",
    "A+", "A-") has no size and stays, and so does a lone "Large"."""
    sized: set[int] = set()
    n = len(lines)
    for c in candidates:
        kind = _size_kind(lines[c].stripped, folded[c]) if c not in sized else 0
        if kind < 2:
            continue
        kinds = {c: kind}
        i = c
        while i > 0 and (k := _size_kind(lines[i - 1].stripped, folded[i - 1])):
            i -= 1
            kinds[i] = k
        j = c
        while j + 1 < n and (k := _size_kind(lines[j + 1].stripped, folded[j + 1])):
            j += 1
            kinds[j] = k
        if j > i and (1 in kinds.values() or 3 in kinds.values()):
            sized.update(range(i, j + 1))
    return sized


#: A "Short URL" label and the bare short link under it ("https://arab.news/p4x7k").
_SHORT_URL_LABEL = _label(r"short (?:url|link)")
_SHORT_URL = lazyregex.compile(r"https?://[\w\-]{1,30}+(?:\.[\w\-]{1,30}+){1,3}+/[\w\-]{1,20}+/?")
#: A loading placeholder ("Loading", "Loading ..."): taken alone only before or after the story.
_LOADING = _label(r"loading")


def _widget_kind(text: str, folded: str) -> int:
    """2 for a strong widget label, 1 for a weak one, 0 for neither."""
    if not _fits(text, 70) or not _may_be_label(folded, _WIDGET_STARTS):
        return 0
    if _WIDGET_STRONG.fullmatch(text):
        return 2
    if _WIDGET_WEAK.fullmatch(text):
        return 1
    return 0


@rule("CN402", "share-widget", words=_WIDGET_WORDS + _SIZE_MARKER_WORDS + _CTA_WORDS, when=_widget_run)
def share_widget(doc: Document, candidates: list[int]) -> Iterator[Hit]:
    r"""Remove share, comment, feedback and audio widget labels ("Share", "Copy URL").

    Share bars, comment counters, feedback buttons and the audio player leave their
    button labels behind as short lines: "Share", "Save", "Copy URL", "Social Sharing",
    "Reuse this content", "Send us your feedback!", "Listen to this article".  Labels
    that are unambiguous go alone; ordinary words that are also button labels ("Save",
    "Thank", "Reply", "Email", "3 mins") go only when they sit next to another widget
    label.  A sentence that starts with "Share" ("Share your route with someone ...")
    and the stock-market "Shares of ..." are kept.

    A text-size control leaves a run of short labels ("AA", "Text Size", "Small",
    "Medium", "Large"): the sizes go only in a run with a marker ("AA", "A+", "A-",
    "Text size"), and markers without a size ("AA", "A+", "A-": credit ratings) or a
    lone "Large" stay.  Call-to-action labels that are a whole line ("See more", "Know
    more", "Play now", "Visual Stories") go only before the first or after the last body
    paragraph, where they cannot be a subheading of the story.

    More widget labels of the same kind: share counts ("1.8K Shares"), the share bar's
    header ("Share Now on:", "HTML EMBED:"), reuse, licensing and republishing buttons
    ("Reuse this content (opens in new window)", "License this article", "Republish this
    article", "USE OUR CONTENT"), a failed save ("Failed to save article" with its "Please
    try again"), a "Short URL" label with the short link under it, a "MoreLess" toggle,
    "PHOTO GALLERY (CLICK TO ENLARGE)", the audio player's "Your browser does not
    support the <audio> element.", reaction prompts that name the article ("Do you like
    the content of this article?"; "How does this make you feel?" only beside other
    labels), an empty comment thread ("There are no comments yet. Add your comment ..."),
    the share and save buttons in German, French, Spanish, Portuguese, Italian and Dutch
    ("Link kopieren", "Zur Merkliste hinzufügen"; single words such as "Teilen" only beside
    other labels), a text-size control named "Text settings" ("Story text", "Size",
    "Small", "Standard", "Large") or printed glued ("Normal text sizeLarger text size"),
    and a loading placeholder ("Loading ...") before the first or after the last body
    paragraph.

    Okay: Share your route with someone who is not on the trip, rescuers advised.
    Okay: Shares of Kestrel Lithography fell 9% in extended trading.
    Okay: Thank
    Okay: Favorite app?\nEmail.
    Okay: Share prices
    CN402: Share
    CN402: SHARE
    CN402: Copy URL
    CN402: Social Sharing
    CN402: Reuse this content
    CN402: Send us your feedback!
    CN402: Share or comment on this article:
    CN402: Thank\nReply\nShare
    CN402: Listen to this article\n3 mins
    CN402: Follow related authors and topics
    CN402: Share full article
    CN402: Listen to this article · 6:42 min Learn more
    CN402: Comment 142
    CN402: Follow Author
    CN402: Read in app
    CN402: Send in e-mailSend in e-mail\nSend in whatsappSend in whatsapp\nSubscribe
    CN402: Get email notification for articles from Noa Ben-David Follow
    CN402: Leer en español
    Okay: Subscribe
    Okay: Read in English, the letter makes the same demand twice.
    Okay: Get alerts for stories from the region by calling the county hotline.
    CN402: AA\nText Size\nSmall\nMedium\nLarge
    CN402: A-\nA+\nNormal
    CN402: Read this news in brief form
    CN402: FOLLOW US SOCIAL LINKS
    CN402: The council discussed parking, zoning and the new library for more than three hours on Tuesday night.\nSee more
    CN402: Play now\nThe council discussed parking, zoning and the new library for more than three hours on Tuesday night.
    Okay: Large
    Okay: Small\nMedium\nLarge
    Okay: AA\nA+\nA-
    Okay: The council discussed parking, zoning and the new library for more than three hours on Tuesday night.\nSee more\nThe mayor will present a revised plan to the council in March, after a second round of public hearings.
    Okay: See more of the photos in our gallery, the museum said.
    CN402: 1.8K Shares
    CN402: Listen\nDownload\nShare Now on:\nHTML EMBED:
    CN402: Reuse this content (opens in new window)
    CN402: License this article
    CN402: Republish this article
    CN402: USE OUR CONTENT
    CN402: Save Article\nFailed to save article\nPlease try again
    CN402: Follow\nShort Url\nhttps://arab.news/p4x7k
    CN402: MoreLess
    CN402: PHOTO GALLERY (CLICK TO ENLARGE)
    CN402: Your browser does not support the <audio> element.
    CN402: Do you like the content of this article?
    CN402: How does this make you feel?\nLoading\nAdd a comment
    CN402: There are no comments yet. Add your comment to start the conversation.
    CN402: Zur Merkliste hinzufügen\nX.com\nFacebook\nLink kopieren
    CN402: Text settings\nStory text\nSize\nSmall\nStandard\nLarge
    CN402: Normal text sizeLarger text sizeVery large text size
    CN402: The council discussed parking, zoning and the new library for more than three hours on Tuesday night.\nLoading
    Okay: Shares of the company rose 4% after the results, to 1.8K yen.
    Okay: Download
    Okay: Follow
    Okay: Please try again
    Okay: How does this make you feel?
    Okay: Teilen
    Okay: Size\nSmall\nMedium\nLarge
    Okay: The council discussed parking, zoning and the new library for more than three hours on Tuesday night.\nLoading\nThe mayor will present a revised plan to the council in March, after a second round of public hearings.
    Okay: There are no comments in the report about the second site, the inspector said.
    Okay: https://arab.news/p4x7k
    """
    lines = doc.lines
    folded = folded_lines(doc)
    n = len(lines)
    # the lines of a text-size widget count as strong labels
    kinds: dict[int, int] = dict.fromkeys(_size_run(lines, folded, candidates), 2)

    def kind(i: int) -> int:
        k = kinds.get(i)
        if k is None:
            k = kinds[i] = _widget_kind(lines[i].stripped, folded[i])
        return k

    # Every run of widget lines that goes holds a strong label (a candidate) or is three
    # weak labels or more (then _widget_run holds and every line is a candidate): the
    # runs through the candidates are all the runs that can go.
    done = head = tail = -1
    for c in candidates:
        if c <= done or not kind(c):
            continue
        i = c
        while i > 0 and kind(i - 1):
            i -= 1
        j = c
        while j + 1 < n and kind(j + 1):
            j += 1
        # a "Short URL" label takes the bare short link printed under it
        if j + 1 < n and _SHORT_URL_LABEL.fullmatch(lines[j].stripped) and _SHORT_URL.fullmatch(lines[j + 1].stripped):
            j += 1
        done = j
        # a run of widget lines: strong ones always go; weak ones only in a run with a
        # strong label or in a run of three or more labels
        if j - i >= 2 or any(kind(k) == 2 for k in range(i, j + 1)):
            yield Hit(i, j, "share or comment widget")
        elif i == j and _LOADING.fullmatch(lines[i].stripped):
            if tail < 0:
                head, tail = head_end(doc), tail_start(doc)
            if i < head or i >= tail:
                yield Hit(i, i, "loading placeholder")
    # call-to-action labels, outside the story only
    for c in candidates:
        text = lines[c].stripped
        if not _fits(text, 40) or not _CTA_LABEL.fullmatch(text):
            continue
        if head < 0:
            head, tail = head_end(doc), tail_start(doc)
        if c < head or c >= tail:
            yield Hit(c, c, "call-to-action label")


# ---------------------------------------------------------------------------------------
# CN403 copyright lines

_COPYRIGHT_START = lazyregex.compile(
    r"[\s\-–—|]{0,8}+(?:all (?:contents?|content|material) (?:copyright |\(c\) )?(?=[©ⓒ]|copyright|\(c\)))?(?:"
    r"(?:copyright|\(c\))\s{0,8}+(?:[©ⓒ]|\(c\))?\s{0,8}+(?:\d{4}|[©ⓒ])"  # Copyright 2024 / Copyright ©
    r"|[©ⓒ]"  # ©2024 Bloomberg L.P.
    r")",
    _I,
)
_COPYRIGHT_NAMED = lazyregex.compile(
    r"[\s\-–—|]{0,8}+copyright\s{1,8}+(?:by\s{1,8}+)?(?-i:\p{Lu})[^\n]{0,200}?\ball rights reserved\b", _I
)
_RIGHTS_ONLY = _label(
    r"all rights reserved"
    r"|(?:all rights reserved\.?\s{0,8}+)?this (?:material|article|content) may not be (?:published|reproduced|copied)"
    r"[\p{L}\s,]{0,80}+(?:without (?:prior )?(?:written )?permission)?"
)

#: How a line that _COPYRIGHT_START, _COPYRIGHT_NAMED or _RIGHTS_ONLY matches starts
#: (folded, after the decorations in front: ``label_head`` takes the "(" of "(c)" too).
_COPYRIGHT_STARTS = ("copyright", "c)", "©", "ⓒ", "all rights reserved", "this ", "all content", "all material")


#: One of these is in every line _COPYRIGHT_START, _COPYRIGHT_NAMED or _RIGHTS_ONLY matches
#: ("ⓒ" is also the folded circled capital C).
_COPYRIGHT_WORDS = (
    "copyright", "(c)", "©", "ⓒ", "all rights reserved",
    "may not be published", "may not be reproduced", "may not be copied",
)


@rule("CN403", "copyright-line", words=_COPYRIGHT_WORDS, local=True)
def copyright_line(doc: Document, candidates: list[int]) -> Iterator[Hit]:
    r"""Remove copyright footer lines ("Copyright 2024 The Associated Press. All rights reserved.").

    A page footer states the owner and year of the copyright: "Copyright 2024 NPR. To
    see more, visit ...", "©2024 Bloomberg L.P.", "Copyright 2024 WVLT. All rights
    reserved.", or just "All rights reserved."  The line must start with the copyright
    sign or with "Copyright" followed by a year or the sign (or a name and "All rights
    reserved"), and must not report anybody's words.  Prose about copyright ("Copyright
    experts said the ruling was narrow.") and quotations of the phrase are kept.

    Okay: Copyright experts said the ruling was narrow.
    Okay: One exhibit shows the phrase "All rights reserved" in one corner of the image.
    Okay: Copyright 2023 filings rose sharply, the office said.
    CN403: Copyright 2024 The Associated Press. All rights reserved. This material may not be published, broadcast, rewritten or redistributed without permission.
    CN403: Copyright 2024 NPR. To see more, visit https://www.npr.org.
    CN403: ©2024 Bloomberg L.P.
    CN403: Copyright 2024 WVLT. All rights reserved.
    CN403: © 2024 The Daily Planet Ltd
    CN403: Copyright Harbour Media Group. All Rights Reserved.
    CN403: All rights reserved.
    CN403: All contents © 2025 The Daily Planet Group LLC. All rights reserved.
    Okay: All content copyright disputes go to the tribunal first, the ministry said.
    """
    folded = folded_lines(doc)
    lines = doc.lines
    for i in candidates:
        text = lines[i].stripped
        if not _fits(text, 400):
            continue
        if not label_head(folded[i]).startswith(_COPYRIGHT_STARTS):
            continue
        if not (_COPYRIGHT_START.match(text) or _COPYRIGHT_NAMED.match(text) or _RIGHTS_ONLY.fullmatch(text)):
            continue
        if word_count(text) > 60 or _REPORTING_VERB.search(text) or '"' in text or "“" in text:
            continue
        yield Hit(i, i, "copyright line")


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


def _headline_shaped(text: str) -> bool:
    """A linked headline: a short line of 5 to 25 words that is not a sentence, label or subheading."""
    if not _fits(text, 250):
        return False
    bullet = _LIST_BULLET.match(text)
    if bullet:
        text = text[bullet.end() :]
    words = word_count(text)
    if words < 5 or words > 25:
        return False
    first = text.lstrip("\"“‘'")[:1]
    if not first or not (first.isupper() or first.isdigit()):
        return False
    last = text[-1]
    if last in ".:;,":
        return False
    if _SENTENCE_BREAK.search(text):
        return False
    titled = _title_case(text)
    # sentence-case questions and "What schools can do"-style lines are subheadings
    if not titled and (last == "?" or _QUESTION_WORD.match(text)):
        return False
    return True


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
        if not _headline_shaped(text):
            break
        titled = _title_case(text)
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


# ---------------------------------------------------------------------------------------
# CN405 all-caps link lines inside the article

#: A link prompt anywhere in a capitalised line: "CLICK HERE ...", "... BY CLICKING HERE",
#: "GET THE FOX NEWS APP", "FOR MORE SPORTS COVERAGE", a site address ("FOXNEWS.COM").
_CAPS_PROMPT = lazyregex.compile(
    r"\b(?:CLICK(?:ING)?|TAP(?:PING)?) HERE\b"
    r"|\bGET (?:THE )?(?:[\p{Lu}\p{N}'’&.\-]{1,20}+ ){0,4}?APP\b"
    r"|\bMORE (?:[\p{Lu}\p{N}'’&.\-]{1,20}+ ){0,3}?(?:COVERAGE|STORIES|NEWS|HEADLINES|VIDEOS)\b"
    r"|\b[\p{Lu}\p{N}\-]{2,40}+\.(?:COM|ORG|NET|TV|CO\.UK)\b"
)
#: A call to action opening a capitalised line ("WATCH: ...", "DOWNLOAD OUR CHECKLIST",
#: "SIGN UP FOR OUR NEWSLETTER") ...
_CAPS_CALL = lazyregex.compile(r"(?:READ|WATCH|LISTEN|FOLLOW|GET|DOWNLOAD|SUBSCRIBE|SIGN UP)\b")
#: ... counts only with a cue that it is one: a colon or bang, or a word that speaks for
#: the site ("OUR", "US", "HERE", "NOW", "FREE", "APP", "MORE" ...).  "WATCH FOR ICE ON
#: THE BRIDGES" and "GET THE RIGHT SIZE" are subheadings.
_CAPS_CALL_CUE = lazyregex.compile(
    r"[:!]|\b(?:OUR|US|HERE|NOW|FREE|APP|NEWSLETTER|MORE|ALSO|NEXT|FULL|LIVE|TODAY)\b"
)
#: A numbered or lettered heading ("2. LEAD THE EYE", "10) WHERE TO STAY", "STEP 3:").
_CAPS_NUMBERED = lazyregex.compile(r"[(\[]?+(?:\d{1,3}+|[A-Z])[.):\]]\s|(?:STEP|PART|DAY|TIP|NO\.) \d")


def _all_caps(text: str) -> bool:
    """True for a line in capitals: no lower-case letter and at least 12 capitals."""
    capitals = 0
    for ch in text:
        if ch.islower():
            return False
        if ch.isupper():
            capitals += 1
        elif ch.isalpha():
            return False  # uncased scripts (CJK, Arabic, ...) are not "capitals"
    return capitals >= 12


def _caps_prompt(text: str) -> bool:
    """True for a capitalised line that holds a link prompt (see _CAPS_PROMPT, _CAPS_CALL)."""
    if _CAPS_PROMPT.search(text):
        return True
    call = _CAPS_CALL.match(text.lstrip(_DECOR))
    return call is not None and _CAPS_CALL_CUE.search(text) is not None


def _caps_kind(text: str) -> int:
    """What a capitalised line is to CN405, wherever it is.

    0: not a link line; 1: a prompt ("CLICK HERE TO GET THE FOX NEWS APP"), taken on its
    own; 2: shaped like a linked headline ("HALL OF FAMER'S HOMETOWN FIELD GETS ..."),
    taken only beside prompts (see ``_find_caps_lines``).
    """
    # (_all_caps implies str.isupper: no lower-case or title-case letter, some capital)
    if (
        not _fits(text, 200)
        or text[-1] in ":;,|"
        or "|" in text
        or not text.isupper()
        or not _all_caps(text)
        or _CAPS_NUMBERED.match(text)
    ):
        return 0
    words = word_count(text)
    if words > 30 or words < 3:
        return 0
    if _caps_prompt(text):
        return 1
    # a headline: 8 to 20 words, not a sentence, question, note in brackets or ellipsis
    if 8 <= words <= 20 and text[-1] not in "?.…)]" and text[0] not in "([" and not _SENTENCE_BREAK.search(text):
        return 2
    return 0


def _caps_heading(text: str) -> bool:
    """A short capitalised line with no prompt: a subheading ("CHOOSING A SIZE")."""
    return (
        text.isupper() and "|" not in text and word_count(text) <= 7
        and not _CAPS_PROMPT.search(text) and not _CAPS_CALL.match(text.lstrip(_DECOR))
    )


def _caps_lines(doc: Document) -> list[int]:
    """Indexes of the capitalised link lines but the first line (which no body line comes
    before), once per document."""
    return doc.fact("cn4.caps", _find_caps_lines)


def _find_caps_lines(doc: Document) -> list[int]:
    texts = _texts(doc)
    if not any(map(str.isupper, texts)):
        return []
    kinds = {i: _caps_kind(texts[i]) for i in range(1, len(texts)) if texts[i].isupper()}
    if not any(kind == 1 for kind in kinds.values()):
        return []  # no prompt: capitalised lines are the page's own headings and notes
    # headline-shaped lines are links only on a page that prints its links in capitals
    # and not its subheadings: two short capitalised headings make them section heads
    headings = sum(1 for i, kind in kinds.items() if kind == 0 and _caps_heading(texts[i]))
    headlines = headings < 2
    return [i for i, kind in kinds.items() if kind == 1 or (kind == 2 and headlines)]


def _has_caps_line(doc: Document) -> bool:
    """Trigger test of CN405: a capitalised link line after the first line."""
    return bool(_caps_lines(doc))


@rule("CN405", "caps-link-line", when=_has_caps_line)
def caps_link_line(doc: Document) -> Iterator[Hit]:
    r"""Remove all-capitals link lines inside the article ("CLICK HERE FOR MORE SPORTS COVERAGE").

    Some sites (Fox News, Fox Business) insert links to other stories, or to their app,
    as lines in capitals between the paragraphs: "CLICK HERE TO GET THE FOX NEWS APP",
    "HALL OF FAMER'S HOMETOWN FIELD GETS SURPRISE MAKEOVER FROM FORMER TEAMMATES".  A
    line with no lower-case letter that sits after the first body paragraph (so the
    headline and a capitalised byline at the top are kept) is taken when it holds a link
    prompt: "CLICK HERE", "GET THE ... APP", "MORE ... COVERAGE", a site address, or a
    call to action that opens the line with a cue that it is one ("WATCH:", "DOWNLOAD OUR
    ...", "SIGN UP FOR OUR NEWSLETTER").  A capitalised headline of 8 to 20 words with no
    prompt is taken only on a page that has such a prompt line and does not set its
    subheadings in capitals.  Capitalised section headings ("BUY A COMPLETE KIT OR
    ASSEMBLE YOUR OWN", "WATCH FOR ICE ON THE BRIDGES"), numbered headings ("2. LEAD
    THE EYE ..."), notes in brackets, capitalised sentences and questions, labels ending
    in a colon, table rows and text in scripts without capitals are kept.

    Okay: The team played its first game in 1984 and will play its last in 2025, the owner said in a long statement.\nWHAT HAPPENS NEXT\nThe city will now look for a new tenant for the ballpark, which opened in 1962 and seats 6,000.
    Okay: The team played its first game in 1984 and will play its last in 2025, the owner said in a long statement.\nWILL ANYONE STAND UP FOR THE OLD BALLPARK NOW?\nThe city will now look for a new tenant for the ballpark, which opened in 1962 and seats 6,000.
    Okay: The team played its first game in 1984 and will play its last in 2025, the owner said in a long statement.\nRESULTS FROM THE SECOND ROUND OF THE STATE CUP:\nThe city will now look for a new tenant for the ballpark, which opened in 1962 and seats 6,000.
    Okay: A tarp, a hammock and a sleeping pad are all you need for the first night, and most of it packs small.\nPICK A TARP THAT COVERS THE WHOLE HAMMOCK WITH ROOM TO SPARE\nA bigger tarp weighs more, but it keeps the wind off you when the weather turns in the night.
    Okay: Light matters more than the camera you carry, and the hour before sunset gives the softest of it.\n3. PUT A STRONG SHAPE IN THE FRONT OF THE FRAME\nA rock or a fallen tree in the foreground gives the eye somewhere to start.
    Okay: Light matters more than the camera you carry, and the hour before sunset gives the softest of it.\n(TIP: THIS ALSO WORKS WELL WITH THE LENS THAT CAME WITH YOUR CAMERA)\nA rock or a fallen tree in the foreground gives the eye somewhere to start.
    Okay: Light matters more than the camera you carry, and the hour before sunset gives the softest of it.\nWATCH THE SKY BEHIND YOU AS WELL AS IN FRONT\nA rock or a fallen tree in the foreground gives the eye somewhere to start.
    Okay: Pack the heavy things close to your back and the light ones on top, and check the weight before you go.\nSHELTER\nTent, poles and stakes, and a ground sheet.\nCARRY A LITTLE MORE WATER THAN YOU THINK YOU WILL NEED ON THE TRAIL\nTwo litres a person is a good start for a day hike in summer.
    CN405: The team played its first game in 1984 and will play its last in 2025, the owner said in a long statement.\nHALL OF FAMER'S HOMETOWN FIELD GETS SURPRISE MAKEOVER FROM FORMER TEAMMATES\nThe city will now look for a new tenant for the ballpark, which opened in 1962 and seats 6,000.\nCLICK HERE TO GET THE FOX NEWS APP
    CN405: The team played its first game in 1984 and will play its last in 2025, the owner said in a long statement.\nCLICK HERE TO GET THE FOX NEWS APP\nThe city will now look for a new tenant for the ballpark, which opened in 1962 and seats 6,000.
    CN405: The team played its first game in 1984 and will play its last in 2025, the owner said in a long statement.\nGET FOX BUSINESS ON THE GO BY CLICKING HERE
    CN405: Pack the heavy things close to your back and the light ones on top, and check the weight before you go.\nDOWNLOAD OUR PRINTABLE PACKING LIST
    """
    lines = doc.lines
    caps = _caps_lines(doc)  # the capitalised link lines: they go after the first body line
    if not caps:
        return
    first_body = head_end(doc)  # the first body line (len(lines) when there is none)
    if first_body == len(lines):
        return
    for i in caps:
        if i > first_body:
            yield Hit(i, i, "capitalised link line")


# ---------------------------------------------------------------------------------------
# CN406 tag lists

_TAG_HEADER_ANYWHERE = _label(
    r"related topics|topics mentioned in (?:this|the) (?:article|story)"
    r"|explore more on (?:these|this) topics?|more on (?:these|this) topics?|related tags"
    r"|topics in this (?:article|story)|tags in this (?:article|story)|this (?:article|story) is tagged(?: with| under)?"
    r"|(?:(?:click|tap) (?:the |an? )?\p{L}{1,12}+ icon to )?follow (?:these |the |related )?topics(?: in this (?:article|story))?"
)
_TAG_HEADER_TAIL = _label(
    r"topics|tags|tagged(?: with| under)?|filed under|categories|category|keywords|subjects|more on|more about"
    # the same labels in Portuguese, Spanish, French, German and Italian
    r"|categorias?|categorías?|catégories?|kategorien|kategorie|categorie"
    r"|etiquetas|étiquettes|schlagwörter|schlagworte|stichwörter|stichworte"
    r"|temas|t[óo]picos|assuntos|themen|thèmes|sujets|argomenti"
    r"|palavras[- ]chave|palabras[- ]clave|mots[- ]clés"
    r"|arquivado em|archivado en"
    # headers of a tag box that name no tags ("Archived In", "Read more on:", "in this news")
    r"|archived in|read more on|explore more|in this (?:news|story|article)"
)
#: A follow prompt that heads the topics and authors of the story ("Follow the topics and
#: authors in this story to see more of them ..."): a sentence, so not a label.
_FOLLOW_TOPICS = lazyregex.compile(
    r"follow (?:the )?(?:topics|topics and authors|authors and topics)(?: (?:in|from|of) this (?:story|article))?"
    r"(?: to [^\n]{1,200}+)?",
    _I,
)
_TAG_INLINE = lazyregex.compile(
    r"(?:related topics|topics|tags|tagged(?: with| under)?|filed under|categories|keywords|(?:see )?more (?:on|about))\s{0,8}+:\s{0,8}+(?<rest>[^\n]{1,400}+)",
    _I,
)


_TAG_SEPARATOR = lazyregex.compile(r",|\s[|·•]\s")


def _tag_shaped(text: str) -> bool:
    """A tag line: one to six words with no sentence punctuation, or a list of such tags
    separated by commas or by " | "."""
    if not _fits(text, 400) or text[-1] in ".!?:;":
        return False
    parts = _TAG_SEPARATOR.split(text)
    for part in parts:
        part = part.strip()
        if not part or len(part) > 60 or word_count(part) > 6:
            return False
    return len(parts) == 1 or len(parts) >= 3

#: How the body of a header that _TAG_HEADER_ANYWHERE or _TAG_HEADER_TAIL, or a line that
#: _TAG_INLINE, matches starts (folded, after the decorations in front).
_TAG_STARTS = (
    "related t", "topics", "explore more on", "more on", "more about", "tags", "tagged", "this article",
    "this story", "filed under", "categor", "keywords", "subjects", "see more on", "see more about", "follow ",
    "click ", "tap ",
    "catégor", "kategor", "etiquet", "schlagw", "stichw", "tema", "tópico", "topico", "assunto", "themen",
    "thèmes", "sujets", "argomenti", "palavras", "palabras", "mots", "arquivado", "archivado",
    "archived in", "read more on", "explore more", "in this ",
)


#: One of these is in every header _TAG_HEADER_ANYWHERE or _TAG_HEADER_TAIL and every line
#: _TAG_INLINE matches.
_TAG_WORDS = (
    "topic", "tags", "tagged", "filed under", "categor", "keyword", "subjects", "more on", "more about",
    # the labels in other languages (_TAG_HEADER_TAIL); "categor" covers categorias, categorie
    "catégor", "kategor", "etiqueta", "étiquette", "schlagw", "stichw", "temas", "tópico", "assunto", "themen",
    "thèmes", "sujets", "argomenti", "palavras", "palabras", "mots", "arquivado", "archivado",
    "archived in", "read more on", "explore more", "in this news", "in this story", "in this article",
)


@rule("CN406", "tag-list", words=_TAG_WORDS)
def tag_list(doc: Document, candidates: list[int]) -> Iterator[Hit]:
    r"""Remove tag lists: "Related topics" / "Topics:" / "Explore more on these topics" and the tags.

    Article pages end with a list of topic tags under a header: "Related topics", "Topics
    mentioned in this article", "Explore more on these topics", "Topics:", "Tags".  The
    header and the short tag lines after it go (one to six words each, no sentence
    punctuation, or one comma-separated line of tags); a single "Tags: a, b, c" line
    goes too.  Generic headers ("Topics", "Tags") count only after the last body
    paragraph, and a short line that is followed by a body paragraph is a subheading and
    stays, as do list labels such as "Results:" and their items.  The generic headers are
    known in Portuguese, Spanish, French, German and Italian too ("Categorias",
    "Etiquetas", "Catégories", "Schlagwörter", "Temas"), and a line that is nothing but
    such a header goes on its own when it comes after the last body paragraph.

    Okay: Topics covered at the meeting included parking, zoning and the new library, the clerk said.
    Okay: Results:\nMen's 100m: Arjun Menon (Kerala) 10.38s
    Okay: Topics\nThe council discussed parking, zoning and the new library for more than three hours on Tuesday night.
    CN406: Related topics\nNHS Wales\nLlandudno
    CN406: The council discussed parking, zoning and the new library for more than three hours on Tuesday night.\nTopics:\nAustralian Rules Football\nSport\nBallarat
    CN406: Explore more on these topics\nFarming\nWildlife\nConservation
    CN406: Tags: stock car brasil, stock car cascavel, stock car interlagos
    CN406: The council discussed parking, zoning and the new library for more than three hours on Tuesday night.\nSee more on: New York City Council
    CN406: Click the alert icon to follow topics:\nIsrael Tech\nWater
    Okay: Follow the topics below the story, the guide said.
    CN406: The council discussed parking, zoning and the new library for more than three hours on Tuesday night.\nCategorias
    CN406: The council discussed parking, zoning and the new library for more than three hours on Tuesday night.\nSchlagwörter:
    CN406: The council discussed parking, zoning and the new library for more than three hours on Tuesday night.\nÉtiquettes\nPolitique\nLyon
    CN406: The council discussed parking, zoning and the new library for more than three hours on Tuesday night.\nFiled under
    Okay: Temas\nThe council discussed parking, zoning and the new library for more than three hours on Tuesday night.
    Okay: The council discussed parking, zoning and the new library for more than three hours on Tuesday night.\nCategorias\nThe mayor will present a revised plan to the council in March, after a second round of public hearings.
    Okay: The council discussed parking, zoning and the new library for more than three hours on Tuesday night.\nCategorias de base do clube
    CN406: The council discussed parking, zoning and the new library for more than three hours on Tuesday night.\nRead more on:\ntshwane\npolitics
    CN406: The council discussed parking, zoning and the new library for more than three hours on Tuesday night.\nArchived In\nMadrid\nHeat wave
    CN406: The council discussed parking, zoning and the new library for more than three hours on Tuesday night.\nin this news\nCentral Bank | peso | inflation | exports
    CN406: Follow the topics and authors in this story to see more of them in your homepage feed and get email updates.\nPriya Anand\nCreators
    CN406: Tags: courts | housing | city council
    Okay: In this article\nThe council discussed parking, zoning and the new library for more than three hours on Tuesday night.
    Okay: Archived In\nThe council discussed parking, zoning and the new library for more than three hours on Tuesday night.
    Okay: The council discussed parking, zoning and the new library for more than three hours on Tuesday night.\nIn this story\nThe mayor will present a revised plan to the council in March, after a second round of public hearings.
    Okay: Follow the topics in this story closely, the editor told the new reporters.
    Okay: The council discussed parking, zoning and the new library for more than three hours on Tuesday night.\nRegion | 2024 | 2025\nNorth | 182 | 184
    """
    lines = doc.lines
    n = len(lines)
    folded = folded_lines(doc)
    skip_to = -1
    tail = -1

    def after_tail() -> int:
        """tail_start(doc), looked up when first needed."""
        nonlocal tail
        if tail < 0:
            tail = tail_start(doc)
        return tail

    # a tag list starts at a header or tag line, which holds one of the words
    for i in candidates:
        if i <= skip_to:
            continue
        text = lines[i].stripped
        if not _fits(text, 400) or not _may_be_label(folded[i], _TAG_STARTS):
            continue
        header = (len(text) <= 60 and (
            _TAG_HEADER_ANYWHERE.fullmatch(text) or (_TAG_HEADER_TAIL.fullmatch(text) and i >= after_tail())
        )) or (
            word_count(text) <= 30 and _FOLLOW_TOPICS.fullmatch(text) is not None and not _REPORTING_VERB.search(text)
        )
        if header:
            last = i
            for j in range(i + 1, min(n, i + 16)):
                item = lines[j].stripped
                if not _tag_shaped(item):
                    break
                if j + 1 < n and is_body(lines[j + 1].stripped):
                    break  # a subheading before the story goes on
                last = j
            if last > i or i >= after_tail():
                yield Hit(i, last, "tag list")
                skip_to = last
            continue
        match = _TAG_INLINE.fullmatch(text)
        if match and ("," in match.group("rest") or i >= after_tail()):
            rest = match.group("rest").strip()
            if _tag_shaped(rest) and not _REPORTING_VERB.search(rest):
                yield Hit(i, i, "tag line")


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
        if len(text) <= 300 and any(w in folded for w in _PUBLISHER_WORDS) and _PUBLISHER_FOOTER.fullmatch(text):
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


# ---------------------------------------------------------------------------------------
# CN409 glued tag lines at the end

_GLUED_SHAPE = lazyregex.compile(r"[\p{L}\p{N}’'&.\- ]{3,120}+")
_JUNCTION = lazyregex.compile(r"\p{Ll}{2}\p{Lu}\p{Ll}")
_TAG_SMALL_WORDS = frozenset({"&", "and", "of", "the", "in", "for", "de", "la", "a"})


def _tag_words(text: str) -> bool:
    """Every word is capitalised (or a small joining word): a run of topic names, not a sentence."""
    for word in text.split():
        if not (word[0].isupper() or word[0].isdigit() or word in _TAG_SMALL_WORDS):
            return False
    return True


#: On ASCII text (where \p{Ll} is [a-z] and \p{Lu} is [A-Z]) _JUNCTION finds a match
#: exactly where this table turns the UTF-8 bytes into ones holding "aaAa"; the bytes of
#: other characters become spaces, which is right for characters that are not letters.
_LETTER_CASES = bytes(97 if 97 <= b <= 122 else 65 if 65 <= b <= 90 else 32 for b in range(128)) + b" " * 128
_ASCII_BYTES = bytes(range(128))
#: UTF-8 bytes made only of characters outside ASCII that are not letters and are common in
#: news text (a whole character always: the bytes of a character start with a lead byte).
_NOT_LETTERS = re.compile(
    b"(?:" + b"|".join(re.escape(c.encode()) for c in "’‘“”–—…•·\xa0«»„′″€£©®™°×→\u200b\u2009\u202f") + b")*"
)
#: _JUNCTION found from its capital, which is rarer than a small letter.
_JUNCTION_AT_CAPITAL = lazyregex.compile(r"\p{Lu}(?<=\p{Ll}{2}\p{Lu})(?=\p{Ll})")


def _junction_line(doc: Document) -> bool:
    """Trigger test of CN409: a line of at most 120 characters with a junction ("sIl")."""
    texts = _texts(doc)
    short = "\n".join(map(texts.__getitem__, _short_lines(doc)))
    data = short.encode("utf-8", "surrogatepass")
    if not short.isascii():
        # the characters outside ASCII: when they are all known non-letters, the bytes
        # test below is exact; otherwise ask the pattern
        if not _NOT_LETTERS.fullmatch(data.translate(None, _ASCII_BYTES)):
            return _JUNCTION_AT_CAPITAL.search(short) is not None
    return b"aaAa" in data.translate(_LETTER_CASES)


def _glued_tag_text(text: str) -> bool:
    """True for a glued tag line, wherever it is (CN409 without its position)."""
    if not _fits(text, 120) or not _GLUED_SHAPE.fullmatch(text):
        return False
    if word_count(text) > 12 or not _tag_words(text):
        return False
    junctions = [m.start() + 2 for m in _JUNCTION.finditer(text)]
    return len(junctions) >= 2 or (
        len(junctions) == 1 and " " in text[: junctions[0]] and " " in text[junctions[0] :]
    )


@rule("CN409", "glued-tags", when=_junction_line)
def glued_tags(doc: Document) -> Iterator[Hit]:
    r"""Remove a tag line whose tags were glued together ("AmtrakTrainsIllinois Politics").

    When a page's tag links lose their separators the tags run into one another: a lower
    -case letter followed directly by the capital of the next tag ("Joe Biden
    IsraelBenjamin Netanyahu").  Such a line is taken after the last body paragraph when
    it is short, has no sentence punctuation, every word is capitalised (topic names, not
    a sentence), and it has two junctions, or one junction with a space on either side.
    A camel-case name ("HuffPost", "Support HuffPost", "YouTube"), a prompt such as
    "Join us on WhatsApp and stay up to date" and any line inside the story are kept.

    Okay: HuffPost
    Okay: Support HuffPost
    Okay: Join The Irish Times on WhatsApp and stay up to date
    Okay: The band played YouTube hits and old favourites until well after midnight on Saturday.
    CN409: The last paragraph of the story ends here, with enough words to count as prose.\nAmtrakTrainsIllinois Politics
    CN409: The last paragraph of the story ends here, with enough words to count as prose.\nJoe Biden IsraelBenjamin Netanyahu
    """
    lines = doc.lines
    # the glued tag lines wherever they are first (they are short), then those in the tail
    glued = [i for i in _short_lines(doc) if _glued_tag_text(lines[i].stripped)]
    if not glued:
        return
    tail = tail_start(doc)
    for i in glued:
        if i >= tail:
            yield Hit(i, i, "glued tag line")


# ---------------------------------------------------------------------------------------
# CN410 markup debris

_TABLE_RULE = lazyregex.compile(r"\|?+(?:\s{0,4}+:?-{3,40}+:?\s{0,4}+\|){1,40}+\s{0,4}+:?-{0,40}+:?\s{0,4}+")


def _table_row(text: str) -> bool:
    """A pipe table row with words in its cells: ``| Plan | Price |`` or ``Plan | Price``."""
    if len(text) > 2000 or "|" not in text:
        return False
    return len(text.strip().strip("|").split("|")) >= 2 and any(ch.isalnum() for ch in text)


@rule("CN410", "markup-debris", words=["---"])  # _TABLE_RULE needs -{3,40}
def markup_debris(doc: Document, candidates: list[int]) -> Iterator[Hit]:
    r"""Remove orphan table rule rows left over from extraction (``|---|---|``).

    Extractors turn an HTML table's header rule into a line like ``|---|---|---|``.  When
    the table's rows are gone (the page's layout tables are dropped, or a table of
    widgets was removed), the rule is left alone and holds no words: that orphan goes.
    A rule row with a table row beside it (a header row above or data rows below) is part
    of an intact Markdown table and stays with it.  Table rows with words in their cells
    stay, and so do separators that belong to the article's own layout: "* * *" section
    breaks and the "___" lines between the entries of a wire timeline.

    Okay: | Ticker | Security | Last | Change |
    Okay: | Plan | Price |\n|---|---|\n| Basic | $5 a month |
    Okay: Plan | Price\n--- | ---\nBasic | $5 a month
    Okay: * * *
    Okay: ___
    Okay: The score was 3-1 --- a result nobody expected.
    CN410: |---|---|---|---|---|
    CN410: | :--- | ---: |
    CN410: The fund's fees fell for the third year in a row, the report said.\n|---|---|\nFees are still higher than those of index funds, it added.
    """
    lines = doc.lines
    n = len(lines)
    for i in candidates:
        text = lines[i].stripped
        if len(text) > 400 or text[0] not in "|:-":
            continue
        if _TABLE_RULE.fullmatch(text) and not any(
            0 <= j < n and _table_row(lines[j].stripped) and not _TABLE_RULE.fullmatch(lines[j].stripped)
            for j in (i - 1, i + 1)
        ):
            yield Hit(i, i, "table rule row")


# ---------------------------------------------------------------------------------------
# CN411 coverage promos

_COVERAGE_PROMO = lazyregex.compile(
    r"(?:for|follow|read|see|get|find|catch up on|keep up with|stay up to date with)\b[^\n]{0,80}?"
    r"\b(?:full|complete|more|latest|continuing|ongoing|live|all (?:of )?(?:our|the))\s{1,4}+coverage\b[^\n]{0,160}+",
    _I,
)
_PROMO_TARGET = lazyregex.compile(r"https?://|www\.|\b(?:here|at|on|visit)\b[^\n]{0,80}+$", _I)


@rule("CN411", "coverage-promo", words=["coverage"], local=True)
def coverage_promo(doc: Document, candidates: list[int]) -> Iterator[Hit]:
    """Remove promos that send the reader to more of the outlet's coverage.

    Wire copy ends with lines like "Follow AP's full coverage of Brexit at https://..."
    or "For more coverage of the election, visit ...": an invitation from the publisher,
    not part of the story.  The line must start with the invitation and point somewhere
    (a link, "here", "at", "visit"); a sentence that reports on coverage ("The network
    said its coverage would continue") stays.

    Okay: The network said its full coverage of the storm would continue through the weekend.
    Okay: Critics said the paper's complete coverage of the trial was unbalanced, the report found.
    CN411: Follow AP's full coverage of Brexit and British politics at https://www.apnews.com/Brexit
    CN411: For more coverage of the election, visit our politics page.
    CN411: Read our latest coverage of the wildfires here.
    """
    folded = folded_lines(doc)  # _COVERAGE_PROMO needs "coverage" (the trigger word)
    lines = doc.lines
    for i in candidates:
        text = lines[i].stripped
        if not _fits(text, 300) or "coverage" not in folded[i] or word_count(text) > 40:
            continue
        if _COVERAGE_PROMO.fullmatch(text) and _PROMO_TARGET.search(text) and not _REPORTING_VERB.search(text):
            yield Hit(i, i, "promo for more coverage")


# ---------------------------------------------------------------------------------------
# CN412 media link lines

_MEDIA_LINK = lazyregex.compile(
    r"(?:listen|download|subscribe|watch|stream|itunes|apple podcasts|google podcasts|spotify|stitcher|"
    r"soundcloud|youtube|rss|rss feed|podcast|audio|video)\s{0,4}+:\s{0,4}+(?:https?://|www\.)\S{1,300}+",
    _I,
)


@rule("CN412", "media-link-line", words=["http", "www."], local=True)  # _MEDIA_LINK needs a link
def media_link_line(doc: Document, candidates: list[int]) -> Iterator[Hit]:
    """Remove podcast and media widget lines: a service label followed by nothing but a link.

    Audio and video players leave lines like "Listen: http://po.st/x", "Download:
    http://...", "iTunes: http://..." behind: buttons, not sentences.  Only a bare link
    after a media label goes; a sentence that contains a link stays.

    Okay: Listen to the full interview on our website, where the transcript is also posted.
    Okay: Source: https://www.bls.gov/news.release/empsit.nr0.htm
    CN412: Listen: http://po.st/TP_615
    CN412: iTunes: http://po.st/TP_615Apple
    CN412: Spotify: https://open.spotify.com/show/abc
    """
    folded = folded_lines(doc)
    lines = doc.lines
    for i in candidates:
        text = lines[i].stripped
        # _MEDIA_LINK needs a colon and a link ("http" or "www.")
        if (
            _fits(text, 320)
            and ":" in text
            and ("http" in folded[i] or "www." in folded[i])
            and _MEDIA_LINK.fullmatch(text)
        ):
            yield Hit(i, i, "media link widget")


# ---------------------------------------------------------------------------------------
# CN413 headline lists after the article

_BULLETED = lazyregex.compile(r"[-–—•·*]\s{1,4}+(?P<item>[^\n]{1,200}+)")
_MEDIA_TAG = lazyregex.compile(r"\s[\[(](?:video|videos|photos?|gallery|podcast|audio|watch|listen)[\])]$", _I)


#: An item that names a book by its author ("The Long Walk by Ana Reyes") or a product by
#: its price or a spec ("Trail Runner 4 – $129", "Ultralight Tent (2 lb 3 oz)"): a
#: reading list or a buyer's guide, which is the article.
_BOOK_OR_PRODUCT = lazyregex.compile(
    r"\sby\s(?-i:\p{Lu})|[$£€¥]\s{0,2}+\d|\d\s{0,2}+(?:USD|EUR|GBP|dollars)\b"
    r"|\d\s{0,2}+(?:mm|cm|in|inch|inches|ft|oz|lbs?|kg|g|ml|l|gb|tb|mb|mah|w|hz|mp|v)\b|\d[\"”″]",
    _I,
)


def _listed_headline(text: str) -> bool:
    bulleted = _BULLETED.fullmatch(text)
    if bulleted:
        item = bulleted.group("item").strip()
        return (4 <= word_count(item) <= 20 and ":" not in item and _title_case(item)
                and not item.endswith((".", ",", ";")) and not _BOOK_OR_PRODUCT.search(item))
    return _MEDIA_TAG.search(text) is not None and 3 <= word_count(text) <= 25


def _bullet(text: str) -> str:
    """The bullet a line starts with ("" for none)."""
    return text[0] if _BULLETED.match(text) else ""


def _prose_after(text: str) -> bool:
    """A line of running text (8 words or more, ending like a sentence) with no bullet."""
    return (
        not _bullet(text)
        and text.rstrip("\"'”’)]")[-1:] in (".", "!", "?", "…")
        and word_count(text) >= 8
    )


#: One of these ends every line _MEDIA_TAG matches ("[Video]", "(Photos)").
_MEDIA_TAG_WORDS = tuple(
    tag + close for tag in ("video", "videos", "photo", "photos", "gallery", "podcast", "audio", "watch", "listen")
    for close in ("]", ")")
)
_BULLETS = frozenset("-–—•·*")  # what _BULLETED starts with
_MEDIA_TAG_ENDS = frozenset(")]")  # what _MEDIA_TAG ends with


def _two_bulleted_lines(doc: Document) -> bool:
    """Trigger test of CN413: two lines in a row that start with a bullet.

    Two listed headlines in a row are two bulleted lines (_BULLETED), or one of them has a
    media tag, which holds one of _MEDIA_TAG_WORDS.
    """
    texts = _texts(doc)
    before = False
    for text in texts:
        bulleted = text[:1] in _BULLETS
        if bulleted and before:
            return True
        before = bulleted
    return False


@rule("CN413", "trailing-headline-list", words=_MEDIA_TAG_WORDS, when=_two_bulleted_lines)
def trailing_headline_list(doc: Document) -> Iterator[Hit]:
    """Remove a headerless list of headlines after the article.

    Below the story, pages list more stories with no header: bulleted Title Case
    headlines ("- 15 Amazing Images of Stars") or headlines tagged with their medium
    ("... Review: a new headset [Video]").  Two or more such lines in a row after the last
    body paragraph go.  Bulleted lists inside the article stay, as do lists at the end in
    sentence case, with labels ("- Best Actor: ...") or with sentence punctuation, and a
    single bulleted line.  So does a run of Title Case items that is only part of a
    longer bulleted list (the items before or after it are not headlines), one that
    running text follows (the list sits between paragraphs), and a list of books by
    their authors ("- The Quiet Harbour by Mara Lind") or of products with a price or a
    spec ("- Ridge Pro Hiking Boot – $189"): a reading list or a buyer's guide.

    Okay: The last paragraph of the story ends here, with enough words to count as prose.\\n- Best Picture: The Long Road Home\\n- Best Actor: Dana Marsh
    Okay: The last paragraph of the story ends here, with enough words to count as prose.\\n- two cups of flour\\n- one egg, beaten
    Okay: - 15 Amazing Images of Stars\\n- 11 Fascinating Facts About Our Galaxy\\nThe story starts here and runs on for a good while, with enough words to be prose.
    Okay: The last paragraph of the story ends here, with enough words to count as prose.\\n- Fruit\\n- Ten Easy Ways to Eat More Greens\\n- How to Plan a Week of Healthy Meals\\n- Recipes
    Okay: The last paragraph of the story ends here, with enough words to count as prose.\\n- The Quiet Harbour by Mara Lind\\n- A Field Guide to Northern Birds by Tom Adair
    Okay: The last paragraph of the story ends here, with enough words to count as prose.\\n- Summit Trail Runner Four – $129\\n- Ridge Pro Waterproof Hiking Boot – $189
    Okay: The last paragraph of the story ends here, with enough words to count as prose.\\n- Walking the Rim Trail in a Single Day\\n- Camping at the Lake Below the Falls\\nWant more ideas for your next trip? Here are a few more of our favourites…
    CN413: The last paragraph of the story ends here, with enough words to count as prose.\\n- 15 Amazing Images of Stars\\n- 11 Fascinating Facts About Our Milky Way Galaxy
    CN413: The last paragraph of the story ends here, with enough words to count as prose.\\nHeadset Review: my new favourite for gaming [Video]\\nEspresso Machine Review: small and strong [Video]
    """
    lines = doc.lines
    n = len(lines)
    # a listed headline starts with a bullet or ends with a bracket: without two such lines
    # in a row there is no list, and no need to find the tail
    quick = [text[:1] in _BULLETS or text[-1:] in _MEDIA_TAG_ENDS for text in _texts(doc)]
    if not any(a and b for a, b in pairwise(quick)):
        return

    def listed(k: int) -> bool:
        return quick[k] and _listed_headline(lines[k].stripped)

    def kept(i: int, j: int) -> bool:
        """The run ``i..j`` is the article's: part of a longer bulleted list, or text follows it."""
        first = _bullet(lines[i].stripped)
        if first and i > 0 and _bullet(lines[i - 1].stripped) == first:
            return True  # the list began before the run, with items that are not headlines
        last = _bullet(lines[j].stripped)
        if j + 1 < n:
            after = lines[j + 1].stripped
            if last and _bullet(after) == last:
                return True  # the list goes on after the run
            if _prose_after(after):
                return True  # the list sits between paragraphs
        return False

    i = tail_start(doc)
    while i < n:
        if listed(i):
            j = i
            while j + 1 < n and listed(j + 1):
                j += 1
            if j > i and not kept(i, j):
                yield Hit(i, j, "list of headlines after the article")
            i = j + 1
        else:
            i += 1


# ---------------------------------------------------------------------------------------
# CN414 sponsor, underwriting and paid-content markers; text ads

#: A sponsor's name after "Presented by": one to six capitalised words (small joining words
#: allowed), and nothing after it but a full stop.
_SPONSOR_NAME = (
    r"(?:the )?(?-i:[\p{Lu}\p{N}])[\p{L}\p{N}.&'’\-]{0,30}+"
    r"(?: (?:(?-i:[\p{Lu}\p{N}&])[\p{L}\p{N}.&'’\-]{0,30}+|of|and|for|the|de|du|la)){0,5}+"
)
_SPONSOR_LINE = lazyregex.compile(
    r"[\s\-–—•·|\[\(]{0,8}+(?:presented|sponsored|brought to you|underwritten|paid for|made possible)(?: in part)? by "
    + _SPONSOR_NAME + r"[\s\]\).…]{0,4}+"
    r"|[\s\-–—•·|\[\(]{0,8}+in (?:partnership|association) with " + _SPONSOR_NAME + r"[\s\]\).…]{0,4}+",
    _I,
)
#: Public media's underwriting credit: "Support for KQED's wildfire coverage comes from ...".
_UNDERWRITING = lazyregex.compile(
    r"support for (?:this |the |our |(?:(?-i:\p{Lu})[\p{L}\p{N}&.\-]{0,30}+ ){0,3}?(?-i:\p{Lu})[\p{L}\p{N}&.\-]{0,30}+['’]s? )"
    r"(?:[\p{L}\-]{1,30}+ ){0,4}?(?:coverage|reporting|journalism|podcast|series|newsletter)"
    r" (?:comes|is provided|was provided|came) (?:in part )?(?:from|by) [^\n]{2,300}+",
    _I,
)
#: A paid-content label: the headline of the paid story under it goes with it.
_PAID_LABEL = _label(
    r"paid (?:post|content|partnership|promotion)|partner content|sponsored (?:post|article|feature)"
    r"|brand(?:ed)? content|advertiser content|presented content|from our (?:partners|sponsors)"
)
#: A text ad: "TEXT AD: ...", "AD: ..." (in capitals) ...
_TEXT_AD = lazyregex.compile(r"(?:(?:TEXT|PAID|SPONSORED|CLASSIFIED) )?AD ?: ?\S[^\n]{0,300}+")
#: ... or a short line of capitalised words that ends with the capitals "AD" ("PT Mag Campaign AD").
_AD_SUFFIX = lazyregex.compile(r"(?:(?-i:[\p{Lu}])[\p{L}'’&\-]{0,20}+ ){1,5}+AD")

#: One of these is in every line _SPONSOR_LINE, _UNDERWRITING, _PAID_LABEL or _TEXT_AD matches.
_SPONSOR_WORDS = (
    "presented by", "presented in part by", "sponsored by", "sponsored in part by", "brought to you by",
    "brought to you in part by", "underwritten by", "underwritten in part by", "paid for by", "paid for in part by",
    "made possible by", "made possible in part by", "in partnership with", "in association with",
    "support for", "paid post", "paid content", "paid partnership", "paid promotion", "partner content",
    "sponsored post", "sponsored article", "sponsored feature", "brand content", "branded content",
    "advertiser content", "presented content", "from our partners", "from our sponsors", "ad:", "ad :",
)


def _ad_suffix_line(doc: Document) -> bool:
    """Trigger test of CN414: a short line that ends with the capitals " AD"."""
    texts = _texts(doc)
    return any(len(texts[i]) <= 80 and texts[i].endswith(" AD") for i in _short_lines(doc))


def _paid_headline(text: str) -> bool:
    """The headline of a paid story: 3 to 20 words, capitalised, one sentence with no full stop."""
    return (
        _fits(text, 200)
        and 3 <= word_count(text) <= 20
        and text[0].isupper()
        and text[-1] not in ".:;,"
        and _SENTENCE_BREAK.search(text) is None
        and not is_reported_speech(text)
    )


def _sponsor_kind(text: str, folded: str) -> str:
    """Why a line is a sponsor or ad marker ("" when it is not one)."""
    if not _fits(text, 400) or _REPORTING_VERB.search(text) or '"' in text or "“" in text:
        return ""
    words = word_count(text)
    if words <= 12 and _SPONSOR_LINE.fullmatch(text):
        return "sponsor line"
    if words <= 45 and "support for" in folded and _UNDERWRITING.fullmatch(text):
        return "underwriting credit"
    if words <= 6 and _PAID_LABEL.fullmatch(text):
        return "paid-content label"
    if words <= 50 and "ad" in folded and _TEXT_AD.fullmatch(text):
        return "text ad"
    if 2 <= words <= 6 and text.endswith(" AD") and _AD_SUFFIX.fullmatch(text):
        return "ad label"
    return ""


@rule("CN414", "sponsor-marker", words=_SPONSOR_WORDS, when=_ad_suffix_line)
def sponsor_marker(doc: Document, candidates: list[int]) -> Iterator[Hit]:
    r"""Remove sponsor, underwriting and paid-content markers, and text ads.

    Pages credit whoever pays for a section or a story in a line of its own: "Presented
    by Meridian Auto Group", "Sponsored by Acme", "In partnership with Northwind Bank",
    and public media's underwriting credit "Support for KQED's wildfire coverage comes
    from the Hollister Family Foundation."  Paid stories are flagged by a label ("Paid
    Post", "Partner Content"), and the headline of the paid story under the label goes
    with it.  Ad slots that carry text are marked in capitals: "TEXT AD: ..." or a short
    label that ends in "AD" ("PT Mag Campaign AD").

    Each marker is a whole line: a sponsor line is the phrase and a capitalised name with
    nothing after it, so a sentence ("Presented by the mayor, the plan would ...",
    "Sponsored by a local bakery, the match raised ..."), a report on sponsorship and a
    quotation are kept; an underwriting credit must name coverage, reporting or
    journalism, and must not report anybody's words.

    Okay: Presented by the mayor, the plan would add 400 beds to the city's shelters by winter.
    Okay: Sponsored by a local bakery, the match raised more than $2,000 for the club.
    Okay: Support for the plan comes from three of the five council members, the clerk said.
    Okay: Support for the new bridge comes from residents on both banks of the river.
    Okay: Paid posts on social media must now carry a clear label under the new law.
    Okay: The eruption buried the town in 79 AD
    Okay: Sponsors
    CN414: Presented by Meridian Auto Group
    CN414: Sponsored by Northwind Bank & Trust
    CN414: In partnership with the Harbor Foundation
    CN414: Support for KQED's wildfire coverage comes from the Hollister Family Foundation.
    CN414: Paid Post\nHow one family office is rethinking its bond ladder
    CN414: Partner Content
    CN414: TEXT AD: Solar inverters and batteries at factory prices. Call 0810 555 0192
    CN414: PT Mag Campaign AD
    """
    lines = doc.lines
    folded = folded_lines(doc)
    n = len(lines)
    for i in candidates:
        text = lines[i].stripped
        kind = _sponsor_kind(text, folded[i])
        if not kind:
            continue
        last = i
        if kind == "paid-content label" and i + 1 < n and _paid_headline(lines[i + 1].stripped):
            last = i + 1
        yield Hit(i, last, kind)


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
_COOKIE_WORDS = (
    "cookies", "agree", "consent", "accept",
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


@rule("CN415", "cookie-notice", words=_COOKIE_WORDS, block=True)
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


# ---------------------------------------------------------------------------------------
# CN416 app and event promos

#: The outlet's app, named: "download the KOMO News app", "get the Mint News App".
_APP_CALL = lazyregex.compile(
    r"\b(?:download|get|install|try) (?:the |our )(?:free )?(?:new )?"
    r"(?:(?-i:[\p{Lu}\p{N}])[\p{L}\p{N}.&'’\-]{0,30}+ ){1,4}?app\b",
    _I,
)
#: What the app is offered for: news, the promo's reason to install it.
_APP_NEWS = lazyregex.compile(r"\b(?:news|updates|headlines|stories|alerts|breaking|coverage)\b", _I)
#: An event's registration button ...
_EVENT_BUTTON = _label(
    r"register (?:now|today|here)|get (?:your )?tickets(?: now| today)?|buy (?:your )?tickets(?: now)?"
    r"|book (?:your )?(?:tickets|seats?|place|spot)(?: now)?|reserve your (?:seat|spot|place)|rsvp(?: now| here)?"
)
#: ... and the pitch above it: an invitation with a registration or ticket offer.
_EVENT_PITCH = lazyregex.compile(r"(?:join us|don['’]t miss|register|get your tickets|save the date)\b[^\n]{0,400}+", _I)
_EVENT_OFFER = lazyregex.compile(r"\b(?:register|registration|tickets?|pass(?:es)?|early[- ]bird|rsvp)\b", _I)

_PROMO_WORDS = (" app", "register", "ticket", "book your", "book seat", "book place", "book spot",
                "reserve your", "rsvp")


@rule("CN416", "app-event-promo", words=_PROMO_WORDS)
def app_event_promo(doc: Document, candidates: list[int]) -> Iterator[Hit]:
    r"""Remove the outlet's app promos and event promos ("download the KOMO News app").

    News pages advertise their own app in a line of its own: "Get the latest on Seattle
    news, weather and traffic - download the KOMO News app.", "Download the Mint News
    App for daily market updates."  Such a line names the app (capitalised words before
    "app") after an imperative (download, get, install) and offers news, updates or
    alerts; it is at most 40 words and reports nobody's words.  An app named in a how-to
    ("Download the Zoom app and sign in with your work account.") offers no news and
    stays.  Event promos are a registration button ("Register now", "Get tickets") with
    the invitation above it ("Join us at ... Register before Friday and save $400 on
    your pass."); both go together, and neither goes alone.

    Okay: Download the Zoom app and sign in with your work account before the meeting.
    Okay: Users can download the BBC News app for free, the corporation said.
    Okay: Register now
    Okay: Join us at the library on Saturday for a reading by local authors.
    CN416: Get the latest on Seattle news, weather and traffic - download the KOMO News app.
    CN416: Get all the business and market news on Mint. Download the Mint News App for daily market updates.
    CN416: Join us at Builders Summit 2025 in Austin. Register before Friday and save up to $400 on your pass.\nRegister now
    """
    lines = doc.lines
    folded = folded_lines(doc)
    for i in candidates:
        text = lines[i].stripped
        if not _fits(text, 400) or word_count(text) > 40 or is_reported_speech(text):
            continue
        if " app" in folded[i] and _APP_CALL.search(text) and _APP_NEWS.search(text):
            yield Hit(i, i, "app promo")
            continue
        if i > 0 and _fits(text, 40) and _EVENT_BUTTON.fullmatch(text):
            pitch = lines[i - 1].stripped
            if (
                _fits(pitch, 500) and word_count(pitch) <= 45 and _EVENT_PITCH.match(pitch)
                and _EVENT_OFFER.search(pitch) and not is_reported_speech(pitch)
            ):
                yield Hit(i - 1, i, "event promo")


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
    for i in candidates:
        text = lines[i].stripped
        if _fits(text, 900) and word_count(text) <= 90 and _AFFILIATE.search(text) and not is_reported_speech(text):
            yield Hit(i, i, "affiliate disclosure")


# --- CN418 navigation-label -------------------------------------------------------------

_NAV_LABEL = _label(
    r"skip (?:to )?(?:the )?(?:main )?(?:content|navigation|nav|menu|search|footer)|skip navigation|"
    r"(?:main |site |open |close |toggle )?(?:menu|navigation)|home(?:page)?|back to (?:top|home)|"
    r"search(?: this site| the site| for)?|close|"
    r"(?:previous|next|prev|older|newer) (?:article|post|story|page|entry|chapter)s?(?::[^\n]{0,150}+)?|"
    r"(?:blog|article|post|story) index|(?:all|more) (?:posts|articles|stories)|"
    r"table of contents|contents|in this (?:article|post|guide|story|page)|on this page|jump to(?: section)?|"
    r"(?:log|sign) ?in|(?:log|sign) ?out|my account|create (?:an |your )?account|"
    r"already (?:a (?:member|subscriber)|have an account|registered)\??+ (?:log|sign) ?in(?: here)?+"
)
#: The longest navigation label looked at (the "Previous article: <headline>" kind).
_NAV_MAX_CHARS = 200


def _short_line_outside_body(doc: Document) -> bool:
    """Trigger test of CN418: a line of at most 200 characters before the first body line
    or after the last.  (Its words are common ones, "next", "home", "search": a document
    test is cheaper than scanning every paragraph for them.)"""
    lines = doc.lines
    if not lines:
        return False
    # the usual answer from the first or the last line alone: a short line that is not
    # running text is outside the body (before the first body line, or after the last)
    for line in (lines[0], lines[-1]):
        if len(line.stripped) <= _NAV_MAX_CHARS and not is_body(line.stripped):
            return True
    head, tail = head_end(doc), tail_start(doc)
    return any(len(lines[i].stripped) <= _NAV_MAX_CHARS for i in (*range(head), *range(max(tail, head), len(lines))))


@rule("CN418", "navigation-label", when=_short_line_outside_body)
def navigation_label(doc: Document) -> Iterator[Hit]:
    """Remove the site's navigation and account labels before or after the article.

    Extraction keeps a few labels of the page's navigation: "Skip to content", "Home",
    "Menu", "Search", "Table of Contents" (whose entries it dropped), "Previous article:
    <headline>", "Next post", "Log in", "Already a member? Sign in".  A line that is only
    such a label, before the first paragraph of running text or after the last, goes.
    Inside the article the same words are headings or list items ("Search", "Contents of
    the report") and stay, and so does a sentence that uses them.

    Okay: The first paragraph of the story is long enough to count as running prose here.\\nSearch\\nThe search for the missing hikers went on for three days, rescuers said on Sunday.
    Okay: Home is where the heart is, and for the Okafor family it is a converted school bus.
    Okay: Contents of the report
    CN418: Skip to content\\nThe first paragraph of the story is long enough to count as running prose here.
    CN418: The first paragraph of the story is long enough to count as running prose here.\\nPrevious article: Share Memory By Communicating\\nNext article: Go Wins an Award
    CN418: Table of Contents\\nThe first paragraph of the story is long enough to count as running prose here.
    CN418: The first paragraph of the story is long enough to count as running prose here.\\nAlready a member? Sign in
    """
    lines = doc.lines
    head, tail = head_end(doc), tail_start(doc)
    for i in (*range(head), *range(max(tail, head), len(lines))):
        text = lines[i].stripped
        if _fits(text, _NAV_MAX_CHARS) and _NAV_LABEL.fullmatch(text):
            yield Hit(i, i, "navigation label outside the article")
