"""CN303 timestamp: Remove timestamp lines ("Updated 6:41 PM MDT, April 9, 2024", "4 hours ago")."""

from __future__ import annotations

from collections.abc import Iterator

from ...document import Document, Hit
from ...registry import rule
from ._dates import _may_hold_timestamps
from ._gates import _candidates, _F_TS
from ._timestamp_kind import _dated_section, _placed_timestamp, timestamp_kind
from ._zones import _head_end, _in_zone, _listed, _next_to_anchor


@rule("CN303", "timestamp", when=_may_hold_timestamps)
def timestamp(doc: Document) -> Iterator[Hit]:
    r"""Remove timestamp lines ("Updated 6:41 PM MDT, April 9, 2024", "4 hours ago").

    A timestamp line is made only of timestamp vocabulary (labels such as Published,
    Updated, Posted, Issued on; months, weekdays, numbers, clock times, time zones,
    "ago", separators) and holds a date or time, including glued forms ("May 14,
    20244:37 PM UTCUpdated 2 hours ago").  Labelled lines go anywhere; an unlabelled date
    goes in the head or tail or next to a byline; a bare clock time ("5 AM Central") and
    a lone label ("Published") only next to another timestamp or byline.  Kept: sentences
    ("Published in the journal Nature on Wednesday, ...", "Updated trail conditions are
    posted ..."), race results and list items, and the hourly headings of live stories
    ("10 p.m.") inside the article.

    Okay: Published in the journal Nature Astronomy on Wednesday, the study relied on infrared data.
    Okay: Updated trail conditions are posted each morning at ranger stations.
    Okay: Men's 100m: Arjun Menon (Kerala) 10.38s
    Okay: HAYWARD, Calif. (AP) — The Latest on a stabbing on a commuter train (all times local):\n10 p.m.\nAuthorities say a stabbing that killed a passenger may have occurred after a fight.
    Okay: 1a etapa: 10 de março – Interlagos
    Okay: 2024
    CN303: Updated 6:41 PM MDT, April 9, 2024
    CN303: May 14, 20244:37 PM UTCUpdated 2 hours ago
    CN303: Issued on: 12/03/2024 - 16:41
    CN303: Published: 14:22 BST, 9 May 2024 | Updated: 15:03 BST, 9 May 2024
    CN303: Tuesday 14 May 2024 11:32, UK
    CN303: Published On 15 Mar 202415 Mar 2024
    CN303: PUBLISHED: May 1, 2024 at 4:12 PM CDT | UPDATED: May 1, 2024 at 6:30 PM CDT
    CN303: Thu May 09 2024 - 05:45
    CN303: Apr 20, 2024 · 08:30 am
    CN303: Posted Sun 9 Jun 2024 at 6:10pm
    CN303: Published\n4 hours ago
    CN303: by Erin Duquesne\nMay 3, 2024\n5 AM Central
    CN303: sexta-feira, 22 de outubro de 2010 às 20:13
    CN303: Originally Published: May 1, 2024 at 4:12 PM CDT
    CN303: Published March 4, 2025Updated March 5, 2025, 9:12 a.m. ET
    CN303: Headline of the story\n2025-02-10T14:03:00Z
    CN303: The last paragraph of the story is long enough to count as running prose here.\n2025-02-10T14:03:00.125+05:30
    Okay: On March 4, 2025, the council voted 31 to 17 to rezone the rail yard.
    Okay: The first paragraph of the story is long enough to count as running prose here.\n2025-02-10T14:03:00Z\nThe second paragraph of the story is long enough to count as running prose too.
    Okay: 2025Q1
    CN303: I quit my corporate job at 41 to open a bakery. Here's what the first year taught me.\nPriya Halden\n2025-02-10T14:03:00Z
    CN303: Headline of the story\nJan 5, 2024 - Politics & Policy
    Okay: The first paragraph of the story is long enough to count as running prose here.\nMay 3, 2024 - Final Report\nThe second paragraph of the story is long enough to count as running prose too.

    A dateline's place before a dated timestamp ("Madrid - May 13, 2025 - 11:20 CEST")
    goes under the same conditions as a dated section; "about" counts only in a relative
    time ("Updated about 6 hours ago"), so "About 5 minutes" is no timestamp.

    CN303: Headline of the story\nMadrid - May 13, 2025 - 11:20 CEST
    CN303: Headline of the story\nUpdated about 6 hours ago
    CN303: May 13, 2025 5:12 PM PHT
    Okay: The first paragraph of the story is long enough to count as running prose here.\nFinal Report - May 3, 2024\nThe second paragraph of the story is long enough to count as running prose too.
    Okay: Simmer the sauce until it thickens.\nAbout 5 minutes

    Lists and tables of the body are kept: an item near another item ("- Updated
    February 1, 2024" in a changelog, even with an ad marker between them), and a bare date whose only timestamp neighbour is
    another bare date (a column of dates), and, before the first paragraph too, a list
    with an item of four words or more that is not attribution.  The blog header "- Name
    / - date / - 2 min read" before the first paragraph still goes.

    Okay: The first paragraph of the story is long enough to count as running prose here.\n- Updated February 1, 2024\n- Fixed a crash when opening large files\nThe second paragraph of the story is long enough to count as running prose too.
    Okay: The first paragraph of the story is long enough to count as running prose here.\n- Updated February 1, 2024\nAdvertisement\n- Fixed a crash when opening large files\nThe second paragraph of the story is long enough to count as running prose too.
    Okay: The first paragraph of the story is long enough to count as running prose here.\nKey dates\nMarch 3, 2024\nApril 9, 2024\nMay 1, 2024\nThe second paragraph of the story is long enough to count as running prose too.
    Okay: What's new in the app\n- March 3, 2024\n- Added export to CSV and PDF\n- February 12, 2024\n- Fixed a crash when opening large files
    CN303: Comparing catering services\n- Leonardo Garcia\n- Sep 26, 2022\n- 2 min read\nA long first paragraph of the story follows here with many words in it, as stories do.
    CN303: The first paragraph of the story is long enough to count as running prose here.\n- Published 18 November 2019\nThe second paragraph of the story is long enough to count as running prose too.
    """
    lines = doc.lines
    for line in _candidates(doc, _F_TS):
        s = line.stripped
        if _listed(doc, line.index):
            continue  # a list item or table row of the body: a changelog, a table of dates
        kind = timestamp_kind(s)
        if kind is None and _placed_timestamp(s):
            if line.index < _head_end(doc) or _next_to_anchor(doc, line.index):
                yield Hit(line.index, line.index, "timestamp with its place")
            continue
        if kind is None and _dated_section(s):
            if line.index < _head_end(doc) or _next_to_anchor(doc, line.index):
                yield Hit(line.index, line.index, "timestamp with its section")
            continue
        if kind is None or kind in ("read", "duration"):
            continue
        if kind == "stamped":
            yield Hit(line.index, line.index, "timestamp")
            continue
        if kind in ("time", "label"):
            near = _next_to_anchor(doc, line.index)
            if kind == "label" and not near and line.index + 1 < len(lines):
                near = timestamp_kind(lines[line.index + 1].stripped) is not None
            if near:
                yield Hit(line.index, line.index, f"timestamp ({kind})")
            continue
        # date, relative: in the body, next to a byline or a labelled timestamp, not only
        # next to another bare date (a column of dates)
        if _in_zone(doc, line.index) or _next_to_anchor(doc, line.index, dates=False):
            yield Hit(line.index, line.index, f"timestamp ({kind})")
