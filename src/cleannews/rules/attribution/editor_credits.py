"""CN310 editor-credit: Remove "Edited by: NAME" and similar credit lines in the head or tail."""

from __future__ import annotations

from collections.abc import Iterator

import regex

from ... import lazyregex
from ...caching import text_cache
from ...document import Document, Hit
from ...registry import rule
from ._common import _spaced
from ._gates import _candidates, _F_EDITOR
from ._names import is_outlet
from ._trailers import _EDITED_BY, _names_list
from ._zones import _in_zone, _next_to_anchor


#: "Reporting was contributed by A, B and C." (NYT)
_REPORTING_CONTRIBUTED = lazyregex.compile(
    r"(?:additional\s++)?+(?:reporting|research)\s++(?:was\s++)?+contributed\s++by\s++(.{3,200}?)\.?+",
    regex.IGNORECASE,
)


def _place(text: str) -> bool:
    """A place name: capitalised words, perhaps with abbreviations ("Point Lisle, N.J.")."""
    return all(is_outlet(p, 5) for p in text.rstrip(".").split(", ") if p)


_AND = lazyregex.compile(r"(?<![\s,]),?+\s++and\s++")


def _reported_from(s: str) -> bool:
    """ "Daniel Ostrova reported from Point Lisle, N.J., and Priya Venkat from Washington."
    (NYT): names, "reported from", places, and nothing else."""
    if " reported from " not in s or len(s) > 160 or '"' in s or "“" in s:
        return False
    names, _, rest = s.partition(" reported from ")
    if not _names_list(names):
        return False
    parts = _AND.split(rest.rstrip(".").strip(), maxsplit=1)
    if not _place(parts[0]):
        return False
    if len(parts) == 1:
        return True
    other, sep, place = parts[1].partition(" from ")
    return bool(sep) and _names_list(other) and _place(place)


@text_cache(4096)
def _credit_line(s: str) -> bool:
    """A credit line, wherever it stands (a pure function of its text, so cached)."""
    if len(s) > 160:
        return False
    if (s[:1], s[-1:]) in (("[", "]"), ("(", ")")):
        s = s[1:-1].strip()  # "[Edited by Ana Petrova]"
    if _reported_from(s):
        return True
    if " by" not in s.lower():
        return False
    m = _EDITED_BY.fullmatch(s) or _REPORTING_CONTRIBUTED.fullmatch(s)
    return m is not None and _names_list(m.group(1))


#: CN310's trigger: ``_reported_from``, ``_EDITED_BY`` and ``_REPORTING_CONTRIBUTED``.
_EDITOR_WORDS = (" reported from ",) + _spaced(
    ["edited", "compiled", "translated", "produced", "fact-checked", "reviewed", "written", "contributed"], ["by"]
)


@rule("CN310", "editor-credit", words=_EDITOR_WORDS)
def editor_credit(doc: Document, candidates: list[int]) -> Iterator[Hit]:
    r"""Remove "Edited by: NAME" and similar credit lines in the head or tail.

    "Edited by", "Translated by", "Produced by", "Compiled by" followed by nothing but
    names, perhaps in brackets: the page's staff credit.  Only in the head or the tail, because a review's
    book details ("Edited by Jane Roe") can sit inside an article.  Kept: sentences that
    continue after the names.

    Also in the head or tail, or next to a byline or timestamp: where each reporter was ("Daniel Ostrova reported from Point
    Lisle, N.J., and Priya Venkat from Washington.") and "Reporting was contributed by A
    and B."  Kept: such sentences in the body, and ones that go on after the place.

    Okay: Edited by a committee of volunteers, the guide runs to 400 pages.
    Okay: The last paragraph of the story is long enough to count as running prose here.\nMs. Lane reported from the scene for six hours before the road reopened.
    Okay: The first paragraph of the story is long enough to count as running prose here.\nJane Roe reported from Kyiv.\nThe second paragraph of the story is long enough to count as running prose too.
    Okay: Reporting was contributed by a network of volunteers, the group said.
    Okay: Jane Doe reported from Point Lisle, N.J., and John Roe from Washington.\nJane Doe reported from Point Lisle, N.J., and John Roe from Washington.
    Okay: The first paragraph of the story is long enough to count as running prose here.\nEdited by Jane Roe\nThe second paragraph of the story is long enough to count as running prose too.
    CN310: The last paragraph of the story is long enough to count as running prose here.\nEdited by: Sarah Lindner
    CN310: The last paragraph of the story is long enough to count as running prose here.\nTranslated by Ana Lima and Tom Hale
    CN310: Headline of the story\nA long first paragraph of the story follows here with many words in it, as stories do.\nBy Jane Doe and John Roe\nJane Doe reported from Point Lisle, N.J., and John Roe from Washington.
    CN310: The last paragraph of the story is long enough to count as running prose here.\nReporting was contributed by Ana Lima, Tom Hale and Kai Berg.
    CN310: The last paragraph of the story is long enough to count as running prose here.\n[Edited by Ana Petrova]
    Okay: The first paragraph of the story is long enough to count as running prose here.\n(Edited by Jane Roe)\nThe second paragraph of the story is long enough to count as running prose too.
    """
    credits = [line.index for line in _candidates(doc, _F_EDITOR, candidates) if _credit_line(line.stripped)]
    # the first line is the headline's place: a credit there goes only beside a byline or a
    # timestamp (else removing it would make the next line first, pass after pass); and a
    # run of credits goes with the one that stands beside the anchor, in the same pass
    found = {i for i in credits if (i > 0 and _in_zone(doc, i)) or _next_to_anchor(doc, i)}
    shaped = set(credits)
    for i in sorted(found):
        for step in (-1, 1):
            j = i + step
            while j in shaped and j not in found:
                found.add(j)
                j += step
    for i in sorted(found):
        yield Hit(i, i, "editor credit")
