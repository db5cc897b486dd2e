"""CN405 caps-link-line: Remove all-capitals link lines inside the article ("CLICK HERE FOR MORE
SPORTS COVERAGE")."""

from __future__ import annotations

from collections.abc import Iterator

from ... import lazyregex
from ...document import Document, Hit
from ...registry import rule
from ...shapes import head_end, word_count
from ._labels import _DECOR, _fits, _SENTENCE_BREAK, _texts


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
