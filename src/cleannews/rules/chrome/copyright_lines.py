"""CN403 copyright-line: Remove copyright footer lines ("Copyright 2024 The Associated Press. All
rights reserved.")."""

from __future__ import annotations

from collections.abc import Iterator

from ... import lazyregex
from ...document import Document, Hit
from ...registry import rule
from ...shapes import word_count
from .._quick import folded_lines, label_head
from ._labels import _fits, _I, _label, _REPORTING_VERB


# ---------------------------------------------------------------------------------------
# CN403 copyright lines

_COPYRIGHT_START = lazyregex.compile(
    r"[\s\-–—|]{0,8}+(?:all (?:contents?|content|material) (?:copyright |\(c\) )?(?=[©ⓒ]|copyright|\(c\)))?(?:"
    r"(?:copyright|\(c\))\s{0,8}+(?:[©ⓒ]|\(c\))?\s{0,8}+(?:\d{4}|[©ⓒ])"  # Copyright 2024 / Copyright ©
    r"|[©ⓒ]"  # ©2024 Bloomberg L.P.
    r")",
    _I,
)
_COPYRIGHT_NAMED = lazyregex.compile(
    r"[\s\-–—|]{0,8}+copyright\s{1,8}+(?:by\s{1,8}+)?(?-i:\p{Lu})[^\n]{0,200}?\ball rights reserved\b", _I
)
_RIGHTS_ONLY = _label(
    r"all rights reserved"
    r"|(?:all rights reserved\.?\s{0,8}+)?this (?:material|article|content) may not be (?:published|reproduced|copied)"
    r"[\p{L}\s,]{0,80}+(?:without (?:prior )?(?:written )?permission)?"
)

#: How a line that _COPYRIGHT_START, _COPYRIGHT_NAMED or _RIGHTS_ONLY matches starts
#: (folded, after the decorations in front: ``label_head`` takes the "(" of "(c)" too).
_COPYRIGHT_STARTS = ("copyright", "c)", "©", "ⓒ", "all rights reserved", "this ", "all content", "all material")


#: One of these is in every line _COPYRIGHT_START, _COPYRIGHT_NAMED or _RIGHTS_ONLY matches
#: ("ⓒ" is also the folded circled capital C).
_COPYRIGHT_WORDS = (
    "copyright", "(c)", "©", "ⓒ", "all rights reserved",
    "may not be published", "may not be reproduced", "may not be copied",
)


@rule("CN403", "copyright-line", words=_COPYRIGHT_WORDS, local=True)
def copyright_line(doc: Document, candidates: list[int]) -> Iterator[Hit]:
    r"""Remove copyright footer lines ("Copyright 2024 The Associated Press. All rights reserved.").

    A page footer states the owner and year of the copyright: "Copyright 2024 NPR. To
    see more, visit ...", "©2024 Bloomberg L.P.", "Copyright 2024 WVLT. All rights
    reserved.", or just "All rights reserved."  The line must start with the copyright
    sign or with "Copyright" followed by a year or the sign (or a name and "All rights
    reserved"), and must not report anybody's words.  Prose about copyright ("Copyright
    experts said the ruling was narrow.") and quotations of the phrase are kept.

    Okay: Copyright experts said the ruling was narrow.
    Okay: One exhibit shows the phrase "All rights reserved" in one corner of the image.
    Okay: Copyright 2023 filings rose sharply, the office said.
    CN403: Copyright 2024 The Associated Press. All rights reserved. This material may not be published, broadcast, rewritten or redistributed without permission.
    CN403: Copyright 2024 NPR. To see more, visit https://www.npr.org.
    CN403: ©2024 Bloomberg L.P.
    CN403: Copyright 2024 WVLT. All rights reserved.
    CN403: © 2024 The Daily Planet Ltd
    CN403: Copyright Harbour Media Group. All Rights Reserved.
    CN403: All rights reserved.
    CN403: All contents © 2025 The Daily Planet Group LLC. All rights reserved.
    Okay: All content copyright disputes go to the tribunal first, the ministry said.
    """
    folded = folded_lines(doc)
    lines = doc.lines
    for i in candidates:
        text = lines[i].stripped
        if not _fits(text, 400):
            continue
        if not label_head(folded[i]).startswith(_COPYRIGHT_STARTS):
            continue
        if not (_COPYRIGHT_START.match(text) or _COPYRIGHT_NAMED.match(text) or _RIGHTS_ONLY.fullmatch(text)):
            continue
        if word_count(text) > 60 or _REPORTING_VERB.search(text) or '"' in text or "“" in text:
            continue
        yield Hit(i, i, "copyright line")
