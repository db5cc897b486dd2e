"""CN206 pictured-caption: Remove a caption that points at the photo, "(pictured ...)", and has no
full stop."""

from __future__ import annotations

from collections.abc import Iterator

from ...document import Document, Hit
from ...registry import rule
from ...shapes import is_reported_speech, word_count
from ._credits import _ends_like_prose
from ._patterns import _CAPTION_MAX_CHARS, _PICTURED
from ._triggers import _PICTURED_TRIGGERS


@rule("CN206", "pictured-caption", words=_PICTURED_TRIGGERS)
def pictured_caption(doc: Document, candidates: list[int]) -> Iterator[Hit]:
    r"""Remove a caption that points at the photo, "(pictured ...)", and has no full stop.

    Daily Mail captions name a person with "(pictured)", "(left)" or "(pictured outside
    court)" and end without a full stop.  Body sentences that say "(pictured above)" end
    with one and are kept; so is the headline on the first line.

    Okay: I spent months testing Nomad's version (pictured above) that launched first.
    Okay: Builder (pictured) ordered to pay £18,000
    Okay: "He was my best friend," said his mother (pictured)
    CN206: Headline\nDarren Hollings (pictured outside court), 46, admitted three offences under the Act
    CN206: Headline\nThe couple (left) at their wedding in 2019
    """
    lines = doc.lines
    for index in candidates:
        line = lines[index]
        if line.index == 0:
            continue
        text = line.stripped
        if len(text) > _CAPTION_MAX_CHARS or "(" not in text:
            continue
        if _ends_like_prose(text) or text.endswith((":", "?")):
            continue
        if _PICTURED.search(text) is None:
            continue
        if word_count(text) <= 50 and not is_reported_speech(text):
            yield Hit(line.index, line.index, "caption pointing at the photo")
