"""CN402 share-widget: Remove share, comment, feedback and audio widget labels ("Share", "Copy
URL")."""

from __future__ import annotations

from collections.abc import Iterator

from ... import lazyregex
from ...document import Document, Hit, Line
from ...registry import rule
from ...shapes import head_end, tail_start
from .._quick import SPACES, folded_lines, label_head
from ._labels import _ASCII_LOWER, _DECOR, _fits, _label, _may_be_label, _short_lines, _texts


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
    "show more", "see more",  # "Show more Show less" (read more: "read ")
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
    (see _DECOR) is in _WEAK_BODIES or is a time ("3 mins", "6:42": it starts with a
    digit, has at most 13 characters, "12:34 minutes", and holds "min" or ":").  The bare
    body of a list of "X"s (at most 70 characters) starts with "x" and holds only _X_LIST.
    Also a size marker of several words spaced otherwise than its trigger words
    (_spaced_marker, at most 24 characters as _size_kind wants).
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
        if n <= 24 and _spaced_marker(folded[i]):
            return True
        if n <= 44 and (bare in _WEAK_BODIES or (bare[:1].isdigit() and _may_be_weak_time(bare))):
            run = run + 1 if i == last + 1 else 1
            if run == 3:
                return True
            last = i
    return False


def _may_be_weak_time(bare: str) -> bool:
    r"""Quick necessary check for the bodies of _WIDGET_WEAK that start with a digit,
    ``\d{1,2}(?::\d{2})? (?:min|mins|minutes)`` and ``\d{1,2}:\d{2}`` (``bare`` folded,
    see _DECOR; ``str.isdigit`` takes every ``\d`` and more)."""
    return bare[:1].isdigit() and len(bare) <= 13 and ("min" in bare or ":" in bare)


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
#: One of these is in every size marker (the run is found from its marker) written with
#: single spaces; a marker of several words with other white space ("A  A", "Text\u00a0size")
#: is found by the trigger test (_spaced_marker).
_SIZE_MARKER_WORDS = ("aa", "a+", "a-", "a−", "a a", "text size", "font size", "text settings")
_SPACED_MARKERS = frozenset(marker for marker in _SIZE_MARKERS if " " in marker)


def _size_label(folded: str) -> str:
    """A folded line as _size_kind reads it: without its brackets and separators, its words
    joined by one space."""
    return " ".join(folded.strip("[]()|•·:.").split())


def _spaced_marker(folded: str) -> bool:
    """A size marker of several words whose white space is not the single spaces of
    _SIZE_MARKER_WORDS (so that no word finds it): _size_kind joins the words with one."""
    bare = _size_label(folded)
    return bare in _SPACED_MARKERS and bare not in folded

#: Call-to-action labels ("See more", "Play now", "Visual Stories"): never prose as a whole
#: line, but short enough to be a subheading, so taken only before the first or after the
#: last body paragraph.
_CTA_LABEL = _label(
    r"(?:see|know|learn|show|view) more|play (?:now|the game)|explore (?:now|more)"
    r"|(?:visual|web|photo|video) stories"
)
#: How the body of a label _CTA_LABEL matches starts (folded; the spaces are literal).
_CTA_STARTS = ("see ", "know ", "learn ", "show ", "view ", "play ", "explore ", "visual ", "web ", "photo ", "video ")
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
    bare = _size_label(folded)
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


#: What a widget label whose body starts with a digit holds ("12 comments", "1.8K Shares",
#: "3 mins", "6:42"): the bodies of _WIDGET_STRONG and _WIDGET_WEAK that start with a
#: digit all hold one of these (folded).
_DIGIT_WIDGET_WORDS = ("comment", "shares", "min", ":")


def _may_be_widget(folded: str) -> bool:
    """Quick necessary check for _WIDGET_STRONG and _WIDGET_WEAK: ``_may_be_label`` with
    _WIDGET_STARTS, and a body that starts otherwise (with a digit: table rows, recipe
    amounts and dates get this far) holds one of _DIGIT_WIDGET_WORDS."""
    if not _may_be_label(folded, _WIDGET_STARTS):
        return False
    head = label_head(folded)
    return head[0] in _ASCII_LOWER or any(word in head for word in _DIGIT_WIDGET_WORDS)


def _widget_kind(text: str, folded: str) -> int:
    """2 for a strong widget label, 1 for a weak one, 0 for neither."""
    if not _fits(text, 70) or not _may_be_widget(folded):
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
    # Only a line of at most 70 characters can be a widget label, a size label (24) or a
    # call-to-action label (40), and every run that goes, of either kind, starts from a
    # candidate that is one: most candidates are paragraphs that hold "share" or "email".
    candidates = [c for c in candidates if len(lines[c].stripped) <= 70]
    if not candidates:
        return
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
        if (
            j + 1 < n and "short " in folded[j]  # a literal of _SHORT_URL_LABEL: a quick necessary check
            and _SHORT_URL_LABEL.fullmatch(lines[j].stripped) and _SHORT_URL.fullmatch(lines[j + 1].stripped)
        ):
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
        if not _fits(text, 40) or not _may_be_label(folded[c], _CTA_STARTS) or not _CTA_LABEL.fullmatch(text):
            continue
        if head < 0:
            head, tail = head_end(doc), tail_start(doc)
        if c < head or c >= tail:
            yield Hit(c, c, "call-to-action label")
