"""CN204 caption-before-credit: Remove a caption line that sits directly before a credit-only
line.
"""

from __future__ import annotations

from collections.abc import Iterator
from functools import lru_cache

from ...document import Document, Hit
from ...registry import rule
from ...shapes import head_end, word_count
from ._credits import _CACHED_CHARS, is_credit, looks_like_caption
from ._patterns import _CAPTION_MAX_CHARS, _DATE_END, _ENDS_SENTENCE, _VISUAL_CUE
from ._triggers import _CREDIT_LINE_WORDS, _credit_shape


def _without_trailing_parenthesis(text: str) -> str:
    """``text`` without a short parenthesis at its end ("... Europe. (Reuters)" -> "... Europe.")."""
    if not text.endswith(")"):
        return text
    start = text.rfind("(")
    if start <= 0 or len(text) - start > 60 or ")" in text[start:-1]:
        return text
    return text[:start].rstrip()


@rule("CN204", "caption-before-credit", words=_CREDIT_LINE_WORDS, when=_credit_shape)
def caption_before_credit(doc: Document, candidates: list[int]) -> Iterator[Hit]:
    r"""Remove a caption line that sits directly before a credit-only line.

    When a page prints the caption and the credit on separate lines, the credit is
    recognised by CN202 and the line right before it is the caption ("An artist's
    illustration shows a young star ..." above "NASA/JPL-Caltech").  The line must look
    like a caption: one short sentence, no quotes, no reporting verbs, not a dateline;
    a body paragraph that happens to precede an uncaptioned photo's credit is kept, also
    when it ends in a wire tag after its full stop ("... Europe. (Reuters)").

    Okay: "We expected some water," said the lead author.\nNASA/JPL-Caltech
    Okay: The council voted on Tuesday. The plan passed. Officials cheered.\nGetty Images
    Okay: Results:\nGetty Images
    Okay: An artist's illustration shows a young star.\nThe star is about 370 light-years away.
    Okay: The deal still needs approval from regulators in the United States and Europe. (Reuters)\nMohammed Abed/AFP via Getty Images
    CN204: An artist's illustration shows a young star surrounded by a disk of gas and dust.\nNASA/JPL-Caltech
    CN204: Passengers board a train at a station in Beijing, capital of China, Jan. 1, 2024.\nXinhua/Li Wei
    Okay: The law takes effect on Jan. 1, 2025, officials said.\nXinhua/Li Wei
    CN204: The journey currently takes around five and a half hours on one of the busiest routes.\nTrains between the two capitals run only a handful of times a day\nImage: Jens Köhler/dpa/picture alliance
    """
    lines = doc.lines
    head = -1
    for below in candidates:
        # the credit line first (a candidate holds one of its words): it is rare and
        # (gated) cheap to rule out; the caption is the line above it
        if below == 0 or not is_credit(lines[below].stripped):
            continue
        i = below - 1
        text = lines[i].stripped
        shape = _caption_shape(text) if len(text) <= _CACHED_CHARS else _NOT_CAPTION
        if shape is _NOT_CAPTION:
            continue
        if shape is _UNLESS_HEAD:
            if head < 0:
                head = head_end(doc)
            if i < head:
                continue  # a headline or a subheading over an uncaptioned photo
        yield Hit(i, i, "caption above its photo credit")


#: What the text of the line above a credit says, by itself (see _caption_shape).
_NOT_CAPTION = "not a caption"
_CAPTION = "a caption"
_UNLESS_HEAD = "a caption unless it is in the head"


@lru_cache(maxsize=8192)
def _caption_shape(text: str) -> str:
    """Whether ``text``, the stripped text of the line above a credit, is its caption:
    _CAPTION, _NOT_CAPTION, or _UNLESS_HEAD (a caption below the document's head only).

    Kept per text (the answer depends on the text alone): a text over _CACHED_CHARS
    characters is longer than a caption and never asks.
    """
    if len(text) > _CAPTION_MAX_CHARS or word_count(text) < 3:
        return _NOT_CAPTION
    if is_credit(text):
        return _NOT_CAPTION
    if not looks_like_caption(text, max_words=35, max_sentences=1):
        return _NOT_CAPTION
    if _ENDS_SENTENCE.search(_without_trailing_parenthesis(text)):
        # a sentence: only with words that describe a picture, since a body
        # paragraph can sit right before the credit of an uncaptioned photo
        if _VISUAL_CUE.search(text) is None and _DATE_END.search(text) is None:
            return _NOT_CAPTION
        return _CAPTION
    if word_count(text) < 10:
        return _NOT_CAPTION  # a subheading over an uncaptioned photo
    return _UNLESS_HEAD
