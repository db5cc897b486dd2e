"""Rules: photo captions and credits (CN2xx).

A photo in a news page leaves text behind when the page is flattened: the caption, the
credit, sometimes both glued together, sometimes the caption twice (once from the
``alt`` text, once from the ``figcaption``).  None of it is part of the story.

The rules recognise captions by structure, not by wording alone: a caption is printed
twice on adjacent lines, or it sits right before a credit line, or a credit is glued to
its end.  Credits themselves have a narrow shape: a short run of capitalised names joined
by ``/`` or ``via`` with an agency, or a ``Photo:``/``Image source,`` label.  Lines of
running prose that merely talk about photos ("Photo agencies were once ...", "Photo
identification is not required ...") do not have that shape and are kept.

Modules (one per rule or close pair; ``_``-prefixed ones hold what several rules share):

* ``_patterns``: The credit and caption patterns: agencies, credit labels, credit tails, datelines, caption cues
* ``_credits``: Credit and caption shapes shared by the caption rules: agencies, credit labels, ``is_credit``, ``looks_like_caption``, ``trailing_credit``
* ``_triggers``: The words and shapes the caption rules' triggers and quick checks look for
* ``duplicated_captions``: CN201 duplicated-caption
* ``credit_lines``: CN202 credit-line
* ``captions_with_credit``: CN203 caption-with-credit
* ``captions_before_credit``: CN204 caption-before-credit
* ``labelled_captions``: CN205 labelled-caption
* ``pictured_captions``: CN206 pictured-caption
* ``gallery_widgets``: CN207 gallery-widget
"""

from __future__ import annotations

from ._credits import is_credit, looks_like_caption, sentence_count, trailing_credit
from .duplicated_captions import duplicated_caption
from .credit_lines import credit_line
from .captions_with_credit import caption_with_credit
from .captions_before_credit import caption_before_credit
from .labelled_captions import labelled_caption
from .pictured_captions import pictured_caption
from .gallery_widgets import gallery_widget

__all__ = [
    "caption_before_credit",
    "caption_with_credit",
    "credit_line",
    "duplicated_caption",
    "gallery_widget",
    "is_credit",
    "labelled_caption",
    "looks_like_caption",
    "pictured_caption",
    "sentence_count",
    "trailing_credit",
]
