"""CN201 duplicated-caption: Remove a photo caption printed twice on adjacent lines, and a caption
line that is"""

from __future__ import annotations

from collections.abc import Iterator
from itertools import compress
from operator import eq, itemgetter

from ...document import Document, Hit
from ...registry import rule
from ...shapes import head_end, word_count
from ._credits import _credit_line, _norm, is_credit, looks_like_caption
from ._patterns import _CAPTION_MAX_CHARS, _CREDIT_MAX_CHARS, _DATE_CUE, _ENDS_SENTENCE
from ._triggers import _next_starts_with, _ODD_SPACES


_FIRST = itemgetter(slice(0, 1))


def _spaced(text: str) -> bool:
    """False if ``_norm(text) == text`` for sure: a stripped text that is printable (no
    white space but the ASCII space) and holds no double space."""
    return not text.isprintable() or "  " in text


# ---------------------------------------------------------------------------------------
# Rules
# ---------------------------------------------------------------------------------------


@rule("CN201", "duplicated-caption", words=_ODD_SPACES, when=_next_starts_with)
def duplicated_caption(doc: Document) -> Iterator[Hit]:
    r"""Remove a photo caption printed twice on adjacent lines, and a caption line that is
    repeated on the next line with its credit attached.

    Flattened pages often print a caption twice (the image's alt text and its figcaption),
    or print the caption alone and then again glued to its credit ("John Kirby" then
    "John KirbyREUTERS/Jim Bourg").  Both copies are boilerplate.  Only caption-shaped
    lines count: no quotes or reporting verbs, at most a few sentences, and long ones
    only next to a credit or with a date in them.  A quote that is repeated later in the
    story, or an answer repeated in an interview, is kept.

    Okay: "We are not leaving," she said.\n"We are not leaving," she said.
    Okay: Yes.\nYes.
    Okay: The fans sang:\nRovers till we die, Rovers till we die\nRovers till we die, Rovers till we die
    Okay: Go on and sing it again now\nGo on and sing it again now\nGo on and sing it again now
    Okay: John Kirby\nJohn Kirby said the talks would continue next week in Washington.
    Okay: The sea gives back everything.\nIt keeps the rest.\nThe sea gives back everything.
    CN201: The province will hire 60 more firefighters this spring, officials said on Wednesday.\nCrews repair a bridge near Thompson in 2023.\nCrews repair a bridge near Thompson in 2023.
    CN201: John Kirby\nJohn KirbyREUTERS/Jim Bourg
    CN201: Desalination plant near Hadera\nDesalination plant near HaderaMoshe Shai/Flash90
    CN201: A harbour at dawn.\nA harbour at dawn. (AP Photo/Jane Doe)
    """
    lines = doc.lines
    head = -1
    # Quick check: equal word runs, or ``tb`` starting with ``ta``, begin with the same
    # character (both texts are stripped); C-level maps pick the pairs that do.
    firsts = list(map(_FIRST, [line.stripped for line in lines]))
    for i in compress(range(len(lines) - 1), map(eq, firsts, firsts[1:])):
        ta, tb = lines[i].stripped, lines[i + 1].stripped
        if len(ta) > _CAPTION_MAX_CHARS or len(tb) > _CAPTION_MAX_CHARS + _CREDIT_MAX_CHARS:
            continue
        if ta == tb or ((_spaced(ta) or _spaced(tb)) and _norm(ta) == _norm(tb)):
            nxt = lines[i + 2] if i + 2 < len(lines) else None
            if i > 0 and _norm(lines[i - 1].stripped) == _norm(ta):
                continue  # three or more copies: a refrain, not a caption
            if nxt is not None and _norm(nxt.stripped) == _norm(ta):
                continue
            if i > 0 and lines[i - 1].stripped.endswith(":"):
                continue  # lines introduced by a label: a list, a chant, a lyric
            words = word_count(ta)
            if (i == 0 or not _ENDS_SENTENCE.search(ta)) and not _credit_line(nxt):
                if head < 0:
                    head = head_end(doc)
                if i < head:
                    continue  # a headline printed twice (title and h1): not a caption
            if words < 6 or not looks_like_caption(ta, max_words=60, max_sentences=3):
                continue
            if words > 20 and not (
                _credit_line(nxt)
                or (i > 0 and _credit_line(lines[i - 1]))
                or _DATE_CUE.search(ta)
            ):
                continue
            yield Hit(i, i + 1, "caption printed twice")
        elif tb.startswith(ta) and len(tb) > len(ta):
            rest = tb[len(ta) :]
            if not looks_like_caption(ta, max_words=40, max_sentences=2):
                continue
            if is_credit(rest, after_caption=True):
                yield Hit(i, i, "caption printed again with its credit on the next line")
