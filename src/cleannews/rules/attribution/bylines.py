"""CN301 byline: Remove byline lines ("By NAME and NAME", "By NAME, Associated Press")."""

from __future__ import annotations

from collections.abc import Iterator

from ...document import Document, Hit
from ...registry import rule
from ._byline_kind import _BYLINE_WORDS, byline_kind
from ._gates import _candidates, _F_BY
from ._zones import _in_zone, _listed, _table_like


@rule("CN301", "byline", words=_BYLINE_WORDS)
def byline(doc: Document, candidates: list[int]) -> Iterator[Hit]:
    r"""Remove byline lines ("By NAME and NAME", "By NAME, Associated Press").

    A byline is "By" (or "by:", "Text by:", "By —") followed by nothing but names,
    outlets, job titles, e-mail addresses, social handles and timestamps, separated by
    commas, "|", "·", "and" or "for".  Also removed: a name glued to its social handle
    ("Jared Lindqvist@JLindqvistCNBC", head and tail only), a timestamp followed by
    "by NAME", and composite lines such as "Name · Outlet · Posted: date".  Bylines say
    who wrote the piece, not what happened.  Kept: sentences that begin with "By"
    ("By the time ...", "By law, ...", "By comparison, ..."), whose words are not all
    names, and subheadings such as "By the numbers" or "By car".

    Okay: By the time the lawsuit was filed, nine people had died.
    Okay: By law, counties remain responsible for the people they detain.
    Okay: By comparison, the effect on reading scores was smaller.
    Okay: By his own account, he lost most of it at casinos.
    Okay: By 2018, when I started digging, only two titles remained in print.
    Okay: By the numbers
    Okay: By Car
    Okay: By Friday, the city had run out of sandbags.
    CN301: By LENA WHITCOMB
    CN301: By Dana Whitfield, CNN
    CN301: By Jordan Keel | Fox News
    CN301: By TOI Staff
    CN301: By RHIANNON MARSH FOR MAILONLINE
    CN301: by: Samuel Okafor, The Hill
    CN301: By — Lauren Whitcomb, Associated Press
    CN301: By Dana Kowalczyk | dkowalczyk@chicagotribune.com | Chicago Tribune
    CN301: Text by: FRANCE 24
    CN301: Headline here\nJared Lindqvist@JLindqvistCNBC
    CN301: Kendra Sauvé · CBC News · Posted: Apr 11, 2024 4:00 AM CDT | Last Updated: April 11
    CN301: 5:45 AM PST 11/19/2019 by Patrick Shanley
    CN301: By The Associated Press
    CN301: Author: Jane Doe (WFAA)
    CN301: TOI City Desk / TIMESOFINDIA.COM / Updated: Jan 5, 2024, 15:12 IST
    Okay: Author: the committee, which met for six hours on Friday.
    Okay: Pass / fail

    A name-and-date line with no label, role or "By" ("Priya Halden · Feb 10, 2025") goes
    only in the head or tail, and not when the line next to it is built the same way: in
    the body, or in a run of such lines, it is a row of a table or a list of dates.  A
    list item of the body ("- ...", "1. ...", "| ... |" next to another) is kept.

    CN301: Headline of the story\nPriya Halden · Feb 10, 2025\nA long first paragraph of the story follows here with many words in it, as stories do.
    Okay: The first paragraph of the story is long enough to count as running prose here.\nVersion 2.3 · March 3, 2024\nThe second paragraph of the story is long enough to count as running prose too.
    Okay: Maintenance windows\nBackup Strategy · January 22nd, 2019\nStorage Migration · March 4, 2019\nA long first paragraph of the story follows here with many words in it, as stories do.
    Okay: The first paragraph of the story is long enough to count as running prose here.\n- January 22nd, 2019 | Backup Strategy\n- March 4th, 2019 | Restore Drill\nThe second paragraph of the story is long enough to count as running prose too.
    """
    for line in _candidates(doc, _F_BY, candidates):
        kind = byline_kind(line.stripped)
        if kind is None:
            continue
        if kind in ("handle", "by-short"):
            if not _in_zone(doc, line.index):
                continue
        elif kind == "composite-bare":
            if not _in_zone(doc, line.index) or _listed(doc, line.index) or _table_like(doc, line.index):
                continue
        elif kind == "composite" and _listed(doc, line.index):
            continue
        yield Hit(line.index, line.index, f"byline ({kind.split('-')[0]})")
