"""CN412 media-link-line: Remove podcast and media widget lines: a service label followed by
nothing but a link."""

from __future__ import annotations

from collections.abc import Iterator

from ... import lazyregex
from ...document import Document, Hit
from ...registry import rule
from ...literals import derived_words
from .._quick import folded_lines
from ._labels import _fits, _I


# ---------------------------------------------------------------------------------------
# CN412 media link lines

_MEDIA_LINK = lazyregex.compile(
    r"(?:listen|download|subscribe|watch|stream|itunes|apple podcasts|google podcasts|spotify|stitcher|"
    r"soundcloud|youtube|rss|rss feed|podcast|audio|video)\s{0,4}+:\s{0,4}+(?:https?://|www\.)\S{1,300}+",
    _I,
)


@rule("CN412", "media-link-line", words=derived_words(_MEDIA_LINK), local=True)
def media_link_line(doc: Document, candidates: list[int]) -> Iterator[Hit]:
    """Remove podcast and media widget lines: a service label followed by nothing but a link.

    Audio and video players leave lines like "Listen: http://po.st/x", "Download:
    http://...", "iTunes: http://..." behind: buttons, not sentences.  Only a bare link
    after a media label goes; a sentence that contains a link stays.

    Okay: Listen to the full interview on our website, where the transcript is also posted.
    Okay: Source: https://www.bls.gov/news.release/empsit.nr0.htm
    CN412: Listen: http://po.st/TP_615
    CN412: iTunes: http://po.st/TP_615Apple
    CN412: Spotify: https://open.spotify.com/show/abc
    """
    folded = folded_lines(doc)
    lines = doc.lines
    for i in candidates:
        text = lines[i].stripped
        # _MEDIA_LINK needs a colon and a link ("http" or "www.")
        if (
            _fits(text, 320)
            and ":" in text
            and ("http" in folded[i] or "www." in folded[i])
            and _MEDIA_LINK.fullmatch(text)
        ):
            yield Hit(i, i, "media link widget")
