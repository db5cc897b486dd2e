"""CN207 gallery-widget: Remove photo-gallery widget labels: "Open this photo in gallery:", "toggle
caption"."""

from __future__ import annotations

from collections.abc import Iterator

from ...document import Document, Hit
from ...registry import rule
from ._credits import _may_be_gallery, fold
from ._patterns import _GALLERY
from ._triggers import _GALLERY_TRIGGERS


@rule("CN207", "gallery-widget", words=_GALLERY_TRIGGERS, local=True)
def gallery_widget(doc: Document, candidates: list[int]) -> Iterator[Hit]:
    """Remove photo-gallery widget labels: "Open this photo in gallery:", "toggle caption".

    These are button and link texts of an image viewer, left behind as lines of their
    own.  Only whole short lines match; a sentence that mentions a gallery is kept.

    Okay: The gallery will open its photo exhibition in June.
    Okay: Photos from a bank surveillance camera, shown in court, captured him.
    CN207: Open this photo in gallery:
    CN207: toggle caption
    CN207: Photo 3 of 12
    CN207: Enlarge this image
    """
    lines = doc.lines
    for index in candidates:
        line = lines[index]
        text = line.stripped
        if len(text) > 60:
            continue
        if not _may_be_gallery(fold(text)):
            continue
        if _GALLERY.fullmatch(text):
            yield Hit(line.index, line.index, "photo gallery widget")
