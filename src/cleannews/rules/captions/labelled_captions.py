"""CN205 labelled-caption: Remove a caption that carries its own label ("Image caption, ...",
"Caption: ...")."""

from __future__ import annotations

from collections.abc import Iterator

from ...document import Document, Hit
from ...registry import rule
from ...shapes import word_count
from ._credits import fold
from ._patterns import _CAPTION_MAX_CHARS, _LABELLED_CAPTION
from ._triggers import _LABELLED_TRIGGERS


@rule("CN205", "labelled-caption", words=_LABELLED_TRIGGERS, local=True)
def labelled_caption(doc: Document, candidates: list[int]) -> Iterator[Hit]:
    r"""Remove a caption that carries its own label ("Image caption, ...", "Caption: ...").

    BBC pages print "Image caption, " and "Media caption, " before each caption; other
    sites print "Caption:" or "Pictured:".  The label makes the line a caption whatever
    it says.  Lines that only use the word ("The caption was later corrected.") are kept.

    Okay: The caption below the photograph was later corrected.
    Okay: Caption contests are popular on the site, the editor said.
    CN205: Image caption, Orthopaedic surgery has been among the slowest specialties to recover
    CN205: Media caption, Watch: the moment the bridge opened
    CN205: Pictured: A builder outside Derby Magistrates' Court
    """
    lines = doc.lines
    for index in candidates:
        line = lines[index]
        text = line.stripped
        if len(text) > _CAPTION_MAX_CHARS:
            continue
        start = fold(text[:15])
        if "caption" not in start and "pictured" not in start and "image" not in start:
            continue  # every label holds one of these words in its first 15 characters
        if not _LABELLED_CAPTION.match(text):
            continue
        if text.startswith(("Image caption", "Media caption", "Video caption", "Photo caption",
                            "Picture caption")):
            yield Hit(line.index, line.index, "labelled caption")
        elif word_count(text) <= 45 and '"' not in text and "“" not in text:
            yield Hit(line.index, line.index, "labelled caption")
