"""CN411 coverage-promo: Remove promos that send the reader to more of the outlet's coverage."""

from __future__ import annotations

from collections.abc import Iterator

from ... import lazyregex
from ...document import Document, Hit
from ...registry import rule
from ...shapes import word_count
from .._quick import folded_lines
from ._labels import _fits, _I, _REPORTING_VERB


# ---------------------------------------------------------------------------------------
# CN411 coverage promos

_COVERAGE_PROMO = lazyregex.compile(
    r"(?:for|follow|read|see|get|find|catch up on|keep up with|stay up to date with)\b[^\n]{0,80}?"
    r"\b(?:full|complete|more|latest|continuing|ongoing|live|all (?:of )?(?:our|the))\s{1,4}+coverage\b[^\n]{0,160}+",
    _I,
)
_PROMO_TARGET = lazyregex.compile(r"https?://|www\.|\b(?:here|at|on|visit)\b[^\n]{0,80}+$", _I)


@rule("CN411", "coverage-promo", words=["coverage"], local=True)
def coverage_promo(doc: Document, candidates: list[int]) -> Iterator[Hit]:
    """Remove promos that send the reader to more of the outlet's coverage.

    Wire copy ends with lines like "Follow AP's full coverage of Brexit at https://..."
    or "For more coverage of the election, visit ...": an invitation from the publisher,
    not part of the story.  The line must start with the invitation and point somewhere
    (a link, "here", "at", "visit"); a sentence that reports on coverage ("The network
    said its coverage would continue") stays.

    Okay: The network said its full coverage of the storm would continue through the weekend.
    Okay: Critics said the paper's complete coverage of the trial was unbalanced, the report found.
    CN411: Follow AP's full coverage of Brexit and British politics at https://www.apnews.com/Brexit
    CN411: For more coverage of the election, visit our politics page.
    CN411: Read our latest coverage of the wildfires here.
    """
    folded = folded_lines(doc)  # _COVERAGE_PROMO needs "coverage" (the trigger word)
    lines = doc.lines
    for i in candidates:
        text = lines[i].stripped
        if not _fits(text, 300) or "coverage" not in folded[i] or word_count(text) > 40:
            continue
        if _COVERAGE_PROMO.fullmatch(text) and _PROMO_TARGET.search(text) and not _REPORTING_VERB.search(text):
            yield Hit(i, i, "promo for more coverage")
