"""CN410 markup-debris: Remove orphan table rule rows left over from extraction (``|---|---|``)."""

from __future__ import annotations

from collections.abc import Iterator

from ... import lazyregex
from ...document import Document, Hit
from ...registry import rule
from ...literals import derived_words


# ---------------------------------------------------------------------------------------
# CN410 markup debris

_TABLE_RULE = lazyregex.compile(r"\|?+(?:\s{0,4}+:?-{3,40}+:?\s{0,4}+\|){1,40}+\s{0,4}+:?-{0,40}+:?\s{0,4}+")


def _table_row(text: str) -> bool:
    """A pipe table row with words in its cells: ``| Plan | Price |`` or ``Plan | Price``."""
    if len(text) > 2000 or "|" not in text:
        return False
    return len(text.strip().strip("|").split("|")) >= 2 and any(ch.isalnum() for ch in text)


@rule("CN410", "markup-debris", words=derived_words(_TABLE_RULE))
def markup_debris(doc: Document, candidates: list[int]) -> Iterator[Hit]:
    r"""Remove orphan table rule rows left over from extraction (``|---|---|``).

    Extractors turn an HTML table's header rule into a line like ``|---|---|---|``.  When
    the table's rows are gone (the page's layout tables are dropped, or a table of
    widgets was removed), the rule is left alone and holds no words: that orphan goes.
    A rule row with a table row beside it (a header row above or data rows below) is part
    of an intact Markdown table and stays with it.  Table rows with words in their cells
    stay, and so do separators that belong to the article's own layout: "* * *" section
    breaks and the "___" lines between the entries of a wire timeline.

    Okay: | Ticker | Security | Last | Change |
    Okay: | Plan | Price |\n|---|---|\n| Basic | $5 a month |
    Okay: Plan | Price\n--- | ---\nBasic | $5 a month
    Okay: * * *
    Okay: ___
    Okay: The score was 3-1 --- a result nobody expected.
    CN410: |---|---|---|---|---|
    CN410: | :--- | ---: |
    CN410: The fund's fees fell for the third year in a row, the report said.\n|---|---|\nFees are still higher than those of index funds, it added.
    """
    lines = doc.lines
    n = len(lines)
    for i in candidates:
        text = lines[i].stripped
        if len(text) > 400 or text[0] not in "|:-":
            continue
        if _TABLE_RULE.fullmatch(text) and not any(
            0 <= j < n and _table_row(lines[j].stripped) and not _TABLE_RULE.fullmatch(lines[j].stripped)
            for j in (i - 1, i + 1)
        ):
            yield Hit(i, i, "table rule row")
