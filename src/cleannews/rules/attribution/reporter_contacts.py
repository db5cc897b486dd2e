"""CN307 reporter-contact: Remove reporter e-mail and contact lines
("dkowalczyk@chicagotribune.com")."""

from __future__ import annotations

from collections.abc import Iterator

from ...document import Document, Hit
from ...registry import rule
from ._contacts import _contact_like, _contact_strong
from ._gates import _candidates, _F_CONTACT
from ._names import _is_address, is_name
from ._zones import _in_zone, _tail_start


#: CN307's trigger: "@" (e-mail forms, ``_write_to``), the verbs of ``_CONTACT``, and
#: those of ``_REACHED`` ("reached", "contacted", "emailed") and ``_FOLLOW_NAME``.
_CONTACT_WORDS = ("@", "reach", "contact", "email", "e-mail", "follow")


@rule("CN307", "reporter-contact", words=_CONTACT_WORDS)
def reporter_contact(doc: Document, candidates: list[int]) -> Iterator[Hit]:
    r"""Remove reporter e-mail and contact lines ("dkowalczyk@chicagotribune.com").

    Lines that are only an e-mail address (perhaps after a name or "Email:"), "NAME can be
    reached at ...", "Reach the reporters on Twitter at ...", "Follow her on X @...", in the
    head or the tail.  They are a way to reach the writer, not part of the story.  Kept:
    e-mail addresses inside sentences of the story, and any such line in the body.

    Okay: To apply, email your cover letter to jobs@example.org before May 3.
    Okay: The first paragraph of the story is long enough to count as running prose here.\nContact: info@example.org\nThe second paragraph of the story is long enough to count as running prose too.
    CN307: The last paragraph of the story is long enough to count as running prose here.\ndkowalczyk@chicagotribune.com
    CN307: The last paragraph of the story is long enough to count as running prose here.\nHave a tip? Amy Kuperinsky may be reached at akuperinsky@example.com. Follow her on Twitter @AmyKup.
    CN307: The last paragraph of the story is long enough to count as running prose here.\nReach the reporters on Twitter at http://twitter.com/example
    CN307: Write to Mark Hale at mark.hale@example.com and Sara Ng at sara.ng@example.com
    CN307: The last paragraph of the story is long enough to count as running prose here.\nReach Dylan Marchetti at dmarchetti@example.com and follow him on X @dylanm.
    CN307: The last paragraph of the story is long enough to count as running prose here.\nAva Rendell\nava.rendell@example.org@avarendell
    Okay: The last paragraph of the story is long enough to count as running prose here.\nReach the clinic at 555-0100 for appointments, the notice said.
    Okay: The last paragraph of the story is long enough to count as running prose here.\nReach Dylan Marchetti at dmarchetti@example.com if the form does not load.
    Okay: The first paragraph of the story is long enough to count as running prose here.\nAva Rendell\nava.rendell@example.org\nThe second paragraph of the story is long enough to count as running prose too.
    Okay: Write to your senator at senator@example.gov and ask for a hearing on the bill.
    """
    for line in _candidates(doc, _F_CONTACT, candidates):
        s = line.stripped
        if not _contact_like(s):
            continue
        if _contact_strong(s):
            yield Hit(line.index, line.index, "reporter contact line")
            continue
        if _in_zone(doc, line.index):
            yield Hit(line.index, line.index, "reporter contact line")
            # the reporter's name printed just above a bare address in the tail
            prev = line.index - 1
            tail = _tail_start(doc)
            if prev >= max(tail, 1) and _is_address(s) and is_name(doc.lines[prev].stripped, max_tokens=4):
                yield Hit(prev, prev, "reporter name above the contact line")
