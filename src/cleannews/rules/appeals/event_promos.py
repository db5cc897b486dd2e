"""CN106 event-promo: Remove the publisher's event promos: "Join us for ... at the 2024
Festival".
"""

from __future__ import annotations

from collections.abc import Iterator

from ... import lazyregex
from ...document import Document, Hit
from ...registry import rule
from ._prompts import _I, _prompt_lines, _prompt_test


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

#: The test of a prompt line (kept per text).
_EVENT_TEST = _prompt_test(_EVENT, 45, _EVENT_STARTS)


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
    for line in _prompt_lines(doc, candidates, _EVENT_TEST):
        yield Hit(line.index, line.index, "event promo")
