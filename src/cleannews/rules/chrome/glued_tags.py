"""CN409 glued-tags: Remove a tag line whose tags were glued together ("AmtrakTrainsIllinois
Politics")."""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Iterator

from ... import lazyregex
from ...document import Document, Hit
from ...registry import rule
from ...shapes import tail_start, word_count
from ._labels import _fits, _short_lines, _texts


# ---------------------------------------------------------------------------------------
# CN409 glued tag lines at the end

_GLUED_SHAPE = lazyregex.compile(r"[\p{L}\p{N}’'&.\- ]{3,120}+")
_JUNCTION = lazyregex.compile(r"\p{Ll}{2}\p{Lu}\p{Ll}")
_TAG_SMALL_WORDS = frozenset({"&", "and", "of", "the", "in", "for", "de", "la", "a"})


def _tag_words(text: str) -> bool:
    """Every word is capitalised (or a small joining word): a run of topic names, not a sentence."""
    for word in text.split():
        if not (word[0].isupper() or word[0].isdigit() or word in _TAG_SMALL_WORDS):
            return False
    return True


#: On ASCII text (where \p{Ll} is [a-z] and \p{Lu} is [A-Z]) _JUNCTION finds a match
#: exactly where this table turns the UTF-8 bytes into ones holding "aaAa"; the bytes of
#: other characters become spaces, which is right for characters that are not letters.
_LETTER_CASES = bytes(97 if 97 <= b <= 122 else 65 if 65 <= b <= 90 else 32 for b in range(128)) + b" " * 128
_ASCII_BYTES = bytes(range(128))
#: UTF-8 bytes made only of characters outside ASCII that are not letters and are common in
#: news text (a whole character always: the bytes of a character start with a lead byte).
_NOT_LETTERS = re.compile(
    b"(?:" + b"|".join(re.escape(c.encode()) for c in "’‘“”–—…•·\xa0«»„′″€£©®™°×→\u200b\u2009\u202f") + b")*"
)
#: _JUNCTION found from its capital, which is rarer than a small letter.
_JUNCTION_AT_CAPITAL = lazyregex.compile(r"\p{Lu}(?<=\p{Ll}{2}\p{Lu})(?=\p{Ll})")


def _tail_short_lines(doc: Document) -> list[int]:
    """The lines of at most 120 characters at or after the tail (``shapes.tail_start``,
    found for every document by CN418's trigger test): the only lines CN409 takes."""
    short = _short_lines(doc)
    return short[bisect_left(short, tail_start(doc)) :]


def _junction_line(doc: Document) -> bool:
    """Trigger test of CN409: a line of at most 120 characters after the last body line
    (see ``_tail_short_lines``) with a junction ("sIl")."""
    texts = _texts(doc)
    short = "\n".join(map(texts.__getitem__, _tail_short_lines(doc)))
    data = short.encode("utf-8", "surrogatepass")
    if not short.isascii():
        # the characters outside ASCII: when they are all known non-letters, the bytes
        # test below is exact; otherwise ask the pattern
        if not _NOT_LETTERS.fullmatch(data.translate(None, _ASCII_BYTES)):
            return _JUNCTION_AT_CAPITAL.search(short) is not None
    return b"aaAa" in data.translate(_LETTER_CASES)


def _glued_tag_text(text: str) -> bool:
    """True for a glued tag line, wherever it is (CN409 without its position)."""
    if not _fits(text, 120) or not _GLUED_SHAPE.fullmatch(text):
        return False
    if word_count(text) > 12 or not _tag_words(text):
        return False
    junctions = [m.start() + 2 for m in _JUNCTION.finditer(text)]
    return len(junctions) >= 2 or (
        len(junctions) == 1 and " " in text[: junctions[0]] and " " in text[junctions[0] :]
    )


@rule("CN409", "glued-tags", when=_junction_line)
def glued_tags(doc: Document) -> Iterator[Hit]:
    r"""Remove a tag line whose tags were glued together ("AmtrakTrainsIllinois Politics").

    When a page's tag links lose their separators the tags run into one another: a lower
    -case letter followed directly by the capital of the next tag ("Joe Biden
    IsraelBenjamin Netanyahu").  Such a line is taken after the last body paragraph when
    it is short, has no sentence punctuation, every word is capitalised (topic names, not
    a sentence), and it has two junctions, or one junction with a space on either side.
    A camel-case name ("HuffPost", "Support HuffPost", "YouTube"), a prompt such as
    "Join us on WhatsApp and stay up to date" and any line inside the story are kept.

    Okay: HuffPost
    Okay: Support HuffPost
    Okay: Join The Irish Times on WhatsApp and stay up to date
    Okay: The band played YouTube hits and old favourites until well after midnight on Saturday.
    CN409: The last paragraph of the story ends here, with enough words to count as prose.\nAmtrakTrainsIllinois Politics
    CN409: The last paragraph of the story ends here, with enough words to count as prose.\nJoe Biden IsraelBenjamin Netanyahu
    """
    lines = doc.lines
    # only the short lines in the tail can go (the tail is known: see _tail_short_lines)
    for i in _tail_short_lines(doc):
        if _glued_tag_text(lines[i].stripped):
            yield Hit(i, i, "glued tag line")
