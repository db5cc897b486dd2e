"""CN416 app-event-promo: Remove the outlet's app promos and event promos ("download the KOMO News
app")."""

from __future__ import annotations

import re
from collections.abc import Iterator

from ... import lazyregex
from ...document import Document, Hit
from ...registry import rule
from ...shapes import is_reported_speech, word_count
from .._quick import folded_lines
from ._labels import _fits, _I, _label, _may_be_label


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

#: Quick necessary checks (folded text, see ``_quick``): a line ``_APP_CALL`` matches holds
#: an imperative with "the" or "our" (spaces are literal in the pattern), found by this
#: plain ``re`` pattern, and " app" (the space that ends the app's name before "app") ...
_APP_CALLS = re.compile(r"(?:download|get|install|try) (?:the|our) ")
#: ... and a line ``_EVENT_BUTTON`` matches starts like this after its decorations.
_EVENT_BUTTON_STARTS = ("register ", "get ", "buy ", "book ", "reserve your ", "rsvp")

#: One of these is in every line CN416 takes: an app promo holds what _APP_CALLS finds (an
#: imperative with "the" or "our", much rarer than " app", which "apparently", "approach"
#: and "appear" hold), an event button one of the others.
_PROMO_WORDS = (
    *(f"{verb} {whose} " for verb in ("download", "get", "install", "try") for whose in ("the", "our")),
    "register", "ticket", "book your", "book seat", "book place", "book spot", "reserve your", "rsvp",
)


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
        f = folded[i]
        # the cheap necessary checks first: most candidates hold " app" or "register" in
        # running text, neither an app promo nor an event button
        if not (
            (" app" in f and _APP_CALLS.search(f))
            or (i > 0 and _fits(text, 40) and _may_be_label(f, _EVENT_BUTTON_STARTS))
        ):
            continue
        if not _fits(text, 400) or word_count(text) > 40 or is_reported_speech(text):
            continue
        if " app" in f and _APP_CALL.search(text) and _APP_NEWS.search(text):
            yield Hit(i, i, "app promo")
            continue
        if i > 0 and _fits(text, 40) and _EVENT_BUTTON.fullmatch(text):
            pitch = lines[i - 1].stripped
            if (
                _fits(pitch, 500) and word_count(pitch) <= 45 and _EVENT_PITCH.match(pitch)
                and _EVENT_OFFER.search(pitch) and not is_reported_speech(pitch)
            ):
                yield Hit(i - 1, i, "event promo")
