"""CN308 funding-disclosure: Remove funding and conflict-of-interest disclosures after the
article.
"""

from __future__ import annotations

from collections.abc import Iterator

from ...document import Document, Hit
from ...registry import rule
from ._common import _spaced
from ._funding import _funding_like
from ._gates import _candidates, _F_FUND
from ._zones import _tail_start


#: CN308's trigger: ``_funding_like`` needs ``_FUNDING_HINT``.
_FUNDING_WORDS = ("fund", "disclos", "grant", "shares", "affiliat", "competing", "conflict") + _spaced(
    ["work"], ["for"]
)


@rule("CN308", "funding-disclosure", words=_FUNDING_WORDS)
def funding_disclosure(doc: Document, candidates: list[int]) -> Iterator[Hit]:
    r"""Remove funding and conflict-of-interest disclosures after the article.

    "NAME receives funding from ...", "NAME does not work for, consult, own shares in or
    receive funding from ...", "Disclosure: X has been a financial supporter of ...": the
    author's or outlet's disclosure, printed in the tail.  Kept: sentences about funding
    inside the story.

    Okay: The clinic receives funding from the state, a spokesperson said.
    Okay: Marisol Treviño receives funding from the National Science Foundation.\nThe last paragraph of the story is long enough to count as running prose here, really.
    CN308: The last paragraph of the story is long enough to count as running prose here.\nMarisol Treviño receives funding from the National Science Foundation.
    CN308: The last paragraph of the story is long enough to count as running prose here.\nJane Okoro does not work for, consult, own shares in or receive funding from any company.
    CN308: The last paragraph of the story is long enough to count as running prose here.\nDisclosure: Acme Water has been a financial supporter of The Example Tribune.
    """
    tail = None
    for line in _candidates(doc, _F_FUND, candidates):
        s = line.stripped
        if not _funding_like(s):
            continue
        if tail is None:
            tail = _tail_start(doc)
        if line.index >= tail:
            yield Hit(line.index, line.index, "funding disclosure")
