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

Modules (one per rule or close pair; ``_``-prefixed ones hold what several rules share):

* ``_prompts``: Helpers shared by the appeal rules: prompt length limits, reported speech, short prompt lines
* ``_appeal_kinds``: What reader-revenue appeal lines say (we, you, ask, cause, money) and how lines are graded around an appeal
* ``donation_appeals``: CN101 donation-appeal
* ``newsletter_signups``: CN102 newsletter-signup
* ``app_prompts``: CN103 app-prompt
* ``comment_prompts``: CN104 comment-prompt
* ``tip_lines``: CN105 tip-line
* ``event_promos``: CN106 event-promo
"""

from __future__ import annotations

from .donation_appeals import donation_appeal
from .newsletter_signups import newsletter_signup
from .app_prompts import app_prompt
from .comment_prompts import comment_prompt
from .tip_lines import tip_line
from .event_promos import event_promo

__all__ = [
    "app_prompt",
    "comment_prompt",
    "donation_appeal",
    "event_promo",
    "newsletter_signup",
    "tip_line",
]
