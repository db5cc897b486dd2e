"""CN105 tip-line: Remove tip-line requests: "Do you have a tip ...? Let us know via ..."."""

from __future__ import annotations

from collections.abc import Iterator

from ... import lazyregex
from ...document import Document, Hit
from ...registry import rule
from ._prompts import _I, _prompt_lines, _prompt_test


# --- CN105 tip-line requests -------------------------------------------------------------

_TIP = lazyregex.compile(
    r"^(?:do you have |got |have you got |have )(?:a |any )?(?:news |story )?tips?\b"
    r"|^(?:send|email|e-mail|submit|share) us (?:a |your )?(?:news |story )?tips?\b"
    r"|\bhelp us do journalism\b"
    r"|^(?:news )?tips\?\s"
    r"|^(?:do you have|have you got|got|have) (?:a |an )?(?:story|question|information|news)\b"
    r".{0,200}?\b(?:let us know|email us|e-mail us|contact us|get in touch|reach us|write to us|"
    r"(?:contact|email|e-mail|reach|message) (?:this|the) (?:reporter|author|writer|journalist)|"
    r"(?:contact|email|e-mail|reach|message) (?:this|the) reporter)\b",
    _I,
)

#: A line that _TIP matches starts with one of these (folded), or holds "help us do journalism".
_TIP_STARTS = (
    "do you have ", "have ", "got ", "send us ", "email us ", "e-mail us ", "submit us ", "share us ",
    "tips?", "news tips?",
)
_TIP_INSIDE = ("help us do journalism",)


#: Trigger words of CN105: a literal that each branch of _TIP needs.  Before "tip" in the
#: first two branches comes "have ", "got ", "us ", "a ", "any ", "your ", "news " or "story ".
_TIP_WORDS = (
    *(f"{before} tip" for before in ("have", "got", "us", "a", "any", "your", "news", "story")),
    "tips?",
    "help us do journalism",
    # the end of the last branch; "mail" stands for "email" and "e-mail"
    "let us know", "mail us", "contact us", "get in touch", "reach us", "write to us",
    *(
        f"{verb} {det} {who}"
        for verb in ("contact", "mail", "reach", "message") for det in ("this", "the")
        for who in ("reporter", "author", "writer", "journalist")
    ),
)

#: The test of a prompt line (kept per text).
_TIP_TEST = _prompt_test(_TIP, 50, _TIP_STARTS, _TIP_INSIDE)


@rule("CN105", "tip-line", words=_TIP_WORDS, local=True)
def tip_line(doc: Document, candidates: list[int]) -> Iterator[Hit]:
    """Remove tip-line requests: "Do you have a tip ...? Let us know via ...".

    The publisher asks readers for tips or stories, usually with an e-mail address.
    Reporting that mentions tips ("Police received a tip ...") and quoted speech are
    kept; the request must open the line.

    Okay: Police said they received a tip about the stolen trailer on Monday.
    Okay: Have a look at the map below to find the nearest station.
    Okay: Newsweek has contacted Vireo+ for further comment via email.
    CN105: Do You Have a Tip for ProPublica? Help Us Do Journalism.
    CN105: Do you have a tip on a business story we should be covering? Let us know via biz@example.com.
    CN105: Have a tip? The reporter may be reached at reporter@example.com.
    CN105: Do you have a story to share about changing careers? Contact this reporter at careers@example.com.
    Okay: Do you have a story like hers? Many readers do, and the reporter heard from dozens.
    """
    for line in _prompt_lines(doc, candidates, _TIP_TEST):
        yield Hit(line.index, line.index, "tip-line request")
