"""Quick necessary checks for the appeal, chrome and page rules (CN1xx, CN4xx, CN6xx).

Rules test these plain ``str`` conditions before their case-insensitive ``regex``
patterns: each is implied by a match of the pattern it guards, so a line that fails
one can never match and the result is the same, only found faster.

``cfold`` covers both kinds of case-insensitive matching in the rules: the simple case
folding of ``regex.IGNORECASE`` (where ``İ``, ``ſ`` and the Kelvin sign match ``i``,
``s``, ``k``) and the full case folding of ``regex.IGNORECASE | regex.V1`` (where also
``ß`` matches ``ss`` and the ligature ``ﬁ`` matches ``fi``).  If such a pattern matches
an ASCII literal (``support``, ``all rights reserved``) in a text, that literal is a
substring of ``cfold(text)``; if the match starts the text, ``cfold(text)`` starts with it.
"""

from __future__ import annotations

from ..triggers import fold_line as cfold
from ..triggers import folded_lines

__all__ = ["OPEN_CHARS", "SPACES", "cfold", "folded_lines", "label_head"]


#: Every character ``str.isspace`` accepts below U+3001: a superset of ``regex``'s ``\s``
#: (whose last member is U+3000).  None is a letter or a digit.
SPACES = "".join(filter(str.isspace, map(chr, range(0x3001))))

#: Every character that the decoration before a widget label (``[\s\-–—•·|\[\(]``) can be,
#: and more white space (all of ``str.isspace``, a superset of ``regex``'s ``\s``); none
#: of them is a letter or digit, which is what every label starts with.
OPEN_CHARS = "-–—•·|[(" + SPACES


def label_head(folded: str) -> str:
    """The folded text without the decorations a label may start with.

    When a label pattern ``[\\s\\-–—•·|\\[\\(]{0,8}+(?:body)`` matches a line and ``body``
    starts with a letter or digit, the body's match starts exactly here.
    """
    return folded.lstrip(OPEN_CHARS)
