"""CN304 read-time: Remove read-time and listen-time lines ("4 minute read", "3 mins")."""

from __future__ import annotations

from collections.abc import Iterator

from ...document import Document, Hit
from ...registry import rule
from ._gates import _candidates, _F_TS
from ._timestamp_kind import timestamp_kind
from ._zones import _in_zone, _next_to_anchor


#: CN304's trigger: its kinds, "read" and "duration", need a word of ``_UNITS``.
_UNIT_WORDS = ("min",)


@rule("CN304", "read-time", words=_UNIT_WORDS)
def read_time(doc: Document, candidates: list[int]) -> Iterator[Hit]:
    r"""Remove read-time and listen-time lines ("4 minute read", "3 mins").

    Reading and audio-length widgets tell the reader how long the page is, not what
    happened.  A line with "read" or "listen" and a number of minutes goes anywhere; a bare
    duration ("3 mins") only in the head or tail or next to other attribution lines.
    Kept: durations inside the story, such as recipe times or race splits in the body.

    Okay: Cook for 3 minutes, then stir in the spinach.
    Okay: The first paragraph of the story is long enough to count as running prose here.\n10 minutes\nThe second paragraph of the story is long enough to count as running prose too.
    CN304: 4 minute read
    CN304: 5 min read
    CN304: Listen to this article\n3 mins\nPublished On 15 Mar 2024
    CN304: Reading time: 4 minutes
    """
    for line in _candidates(doc, _F_TS, candidates):
        kind = timestamp_kind(line.stripped)
        if kind == "read":
            yield Hit(line.index, line.index, "read time")
        elif kind == "duration":
            if _in_zone(doc, line.index) or _next_to_anchor(doc, line.index):
                yield Hit(line.index, line.index, "read or listen time")
