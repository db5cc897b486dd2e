"""CN302 author-line: Remove bare author-name, job-title and desk lines in the header cluster."""

from __future__ import annotations

from collections.abc import Iterator

from ...document import Document, Hit
from ...registry import rule
from ._byline_kind import _BYLINE_WORDS, byline_kind
from ._dates import _may_hold_timestamps, _ts_lines
from ._headers import _affiliation, _header_kind, _light_kind, _SEPARATOR_ONLY
from ._names import _ROLE_WORDS
from ._timestamp_kind import timestamp_kind
from ._zones import _head_end


#: CN302's trigger (with ``_may_hold_timestamps``): every hit needs a "strong" line, which
#: is a timestamp or ``_dated_section`` (``_ts_lines``), a byline (CN301's words), or
#: ``_affiliation`` with a token whose ``lower()`` is in ``_ROLE_WORDS`` (only ASCII letters,
#: and the Kelvin sign, lower to ASCII letters).
_HEADER_WORDS = tuple(sorted({*_BYLINE_WORDS, *_ROLE_WORDS}))


@rule("CN302", "author-line", words=_HEADER_WORDS, when=_may_hold_timestamps)
def author_line(doc: Document, candidates: list[int]) -> Iterator[Hit]:
    r"""Remove bare author-name, job-title and desk lines in the header cluster.

    Pages often print the author as separate short lines around the timestamp: a name
    ("Cerys Pritchard"), a job title ("BBC Wales health correspondent", "Live News
    Reporter", "Patch Staff"), a desk ("ABC Ballarat"), a labelled field ("WRITER: Name",
    "SECTION: News"), a name with its outlet ("Name | Outlet") and a lone "/".  Such lines are
    removed only when they sit in an unbroken run of header lines (bylines, timestamps,
    share widgets) before the first paragraph.  The headline (the first line that is not a
    timestamp or widget) is never touched, and names in the body always stay.  Also
    removed: an author line with an academic or newsroom title ("Name, Associate
    Professor of X, Y University") in the head.  A first line that reads as a sentence
    ("I quit my job at 41. Here's what I learned.") is taken as the headline, not as the
    first paragraph, when it has at most 20 words and a byline, or a name and then a dated
    timestamp, follow it before the next long line.

    Okay: Headline of the story\nA long first paragraph of the story follows here with many words in it, as stories do.\nPeanut butter\nCanned tuna
    Okay: Gemma Hartley\nA long first paragraph of the story follows here with many words in it, as stories do.
    Okay: Results:\nMen's 100m: Arjun Menon (Kerala) 10.38s
    CN302: Headline of the story\nGemma Hartley\nHealth reporter\nTuesday 14 May 2024 11:32, UK
    CN302: Headline of the story\nPublished\n4 hours ago\nCerys Pritchard\nBBC Wales health correspondent
    CN302: Headline of the story\nABC Ballarat\n/\nBy Brodie Kettle
    CN302: Headline of the story\nMarisa Delgado,\nPatch Staff\nPosted Fri, May 10, 2024 at 2:14 pm ET
    CN302: Hot classrooms cost students learning time\nMarisol Treviño, Associate Professor of Education Policy, Lakeshore State University
    CN302: Headline of the story\nJane Leung\nin Hong Kong\nPublished: 3:12pm, 5 Jan 2024
    CN302: Headline of the story\nAlex Thorne\nJan 5, 2024 - Politics & Policy
    CN302: I quit my corporate job at 41 to open a bakery. Here's what the first year taught me.\nPriya Halden\n2025-02-10T14:03:00Z
    CN302: Headline of the story\nPUBLISHED : 13 May 2025 at 14:32\nNEWSPAPER SECTION: News\nWRITER: Anan Wongsa
    CN302: Headline of the story\nSofia Marin | The Ledger\nMay 13, 2025
    CN302: Headline of the story\nLucía Ferrer\nMadrid - May 13, 2025 - 11:20 CEST
    Okay: Headline of the story\nA long first paragraph of the story follows here with many words in it, as stories do.\nWRITER: Anan Wongsa\nThe second paragraph of the story is long enough to count as running prose too.
    Okay: Headline of the story\nPeanut Butter | Jelly\nA long first paragraph of the story follows here with many words in it, as stories do.
    Okay: I quit my corporate job at 41 to open a bakery. Here's what the first year taught me.\nPriya Halden
    Okay: The first paragraph of the story is long enough to count as running prose here.\nMay 3, 2024\nJane Doe\nThe second paragraph of the story is long enough to count as running prose too.
    Okay: Headline of the story\nA long first paragraph of the story follows here with many words in it, as stories do.\nin Hong Kong\nPublished: 3:12pm, 5 Jan 2024\nThe second paragraph of the story is long enough to count as running prose too.
    """
    lines = doc.lines
    if len(lines) < 2:
        return
    # a hit is a line other than the first (k != 0 below) in the head, in a run with a
    # strong line; every line that may be strong is here (see _HEADER_WORDS), and only
    # the head's lines are looked at
    head = _head_end(doc)
    if head <= 1:
        return
    maybe = {i for i in candidates if i < head}
    maybe.update(i for i in _ts_lines(doc) if i < head)
    if not maybe:
        return
    kinds = [
        _header_kind(line.stripped) if line.index in maybe else _light_kind(line.stripped) for line in lines[:head]
    ]
    # the headline: the first line that is not a timestamp, byline or widget
    headline = next((i for i, k in enumerate(kinds) if k in ("weak", "other")), None)
    i = 0
    while i < len(kinds):
        if kinds[i] == "other":
            i += 1
            continue
        j = i
        while j < len(kinds) and kinds[j] != "other":
            j += 1
        run = range(i, j)
        weak = [k for k in run if kinds[k] == "weak" and k != headline and k != 0]
        if any(kinds[k] == "strong" for k in run) and len(weak) <= 4:
            for k in run:
                if k in weak:
                    yield Hit(k, k, "author name or job title in the header")
                elif kinds[k] == "furniture" and _SEPARATOR_ONLY.fullmatch(lines[k].stripped):
                    yield Hit(k, k, "separator left over from the byline")
        i = j
    for k in range(1, head):
        if kinds[k] == "strong" and k != headline and _affiliation(lines[k].stripped):
            if timestamp_kind(lines[k].stripped) is None and byline_kind(lines[k].stripped) is None:
                yield Hit(k, k, "author name and affiliation")
