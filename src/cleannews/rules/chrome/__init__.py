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

Modules (one per rule or close pair; ``_``-prefixed ones hold what several rules share):

* ``_labels``: Helpers shared by the page-chrome rules: label decorations and patterns, short-line scans
* ``ad_markers``: CN401 ad-marker
* ``share_widgets``: CN402 share-widget
* ``copyright_lines``: CN403 copyright-line
* ``link_lists``: CN404 link-list
* ``caps_link_lines``: CN405 caps-link-line
* ``tag_lists``: CN406 tag-list
* ``footer_links``: CN407 footer-links
* ``site_notices``: CN408 site-notice
* ``glued_tags``: CN409 glued-tags
* ``markup_debris``: CN410 markup-debris
* ``coverage_promos``: CN411 coverage-promo
* ``media_link_lines``: CN412 media-link-line
* ``headline_lists``: CN413 trailing-headline-list
* ``sponsor_markers``: CN414 sponsor-marker
* ``cookie_notices``: CN415 cookie-notice
* ``app_event_promos``: CN416 app-event-promo
* ``affiliate_disclosures``: CN417 affiliate-disclosure
* ``navigation_labels``: CN418 navigation-label
"""

from __future__ import annotations

from .ad_markers import ad_marker
from .share_widgets import share_widget
from .copyright_lines import copyright_line
from .link_lists import link_list
from .caps_link_lines import caps_link_line
from .tag_lists import tag_list
from .footer_links import footer_links
from .site_notices import site_notice
from .glued_tags import glued_tags
from .markup_debris import markup_debris
from .coverage_promos import coverage_promo
from .media_link_lines import media_link_line
from .headline_lists import trailing_headline_list
from .sponsor_markers import sponsor_marker
from .cookie_notices import cookie_notice
from .app_event_promos import app_event_promo
from .affiliate_disclosures import affiliate_disclosure
from .navigation_labels import navigation_label

__all__ = [
    "ad_marker",
    "affiliate_disclosure",
    "app_event_promo",
    "caps_link_line",
    "cookie_notice",
    "copyright_line",
    "coverage_promo",
    "footer_links",
    "glued_tags",
    "link_list",
    "markup_debris",
    "media_link_line",
    "navigation_label",
    "share_widget",
    "site_notice",
    "sponsor_marker",
    "tag_list",
    "trailing_headline_list",
]
