"""CN309 wire-trailer: Remove wire and syndication trailers ("... contributed to this report.")."""

from __future__ import annotations

from collections.abc import Iterator

from ...document import Document, Hit
from ...registry import rule
from ._common import _ASCII_LOWER, _LINE_SPACE, _spaced
from ._gates import _candidates, _F_TRAIL
from ._trailers import _AGENCIES, _BARE_INITIALS, _credit_list, _signoff, _trailer_reason
from ._zones import _head_end, _tail_start


#: The literals of ``_AGENCIES`` in lower case.
_AGENCY_NAMES = tuple(sorted({name.lower() for name in _AGENCIES.split("|")}))
#: The roles of ``_CREDIT_ROLE``.
_CREDIT_ROLES = (
    "reporting", "writing", "editing", "sub-editing", "fact-checking", "research", "graphics", "production",
    "compiled", "translation", "photos", "video", "written", "edited",
)
#: CN309's trigger, one part for each way to a hit:
_TRAILER_WORDS = tuple(sorted({
    "contribut",  # _CONTRIBUTED, _CONTRIBUTING
    *_spaced(_CREDIT_ROLES, ["by"]),  # _credits: _CREDIT_ROLE at the start
    *_spaced(["with"], ["files", "assistance", "additional", "reporting", "input"]),  # _WITH_FILES, _WITH_ASSIST
    *_spaced(["agency", "agencies", "wire"], ["input"]),  # _AGENCY_INPUTS
    "—", "–",  # _DASH_SIGNOFF
    *_spaced(["and"], _AGENCY_NAMES),  # _OUTLET_WITH_AGENCY ("with" is above)
    "wire", *_spaced(["news"], ["services"]),  # _WITH_WIRES, first branch
    *_spaced(["with", "from"], _AGENCY_NAMES),  # _WITH_WIRES, second branch
    "source",  # _SOURCE
    *_spaced(_AGENCY_NAMES, [")"], optional=True),  # _PAREN_AGENCY, _INITIALS: an agency, then ")"
    *(letter + "--" for letter in _ASCII_LOWER),  # _WIRE_SLUG
    "enditem", "(end)", *("end" + w + "item" for w in _LINE_SPACE),  # _END_MARK
    *_spaced("—–-", ["end"], optional=True),  # _END_MARK: dashes, then "end(s)"
    *_spaced(_ASCII_LOWER, ["/"], optional=True),  # _BARE_INITIALS: a letter, then "/"
}))


@rule("CN309", "wire-trailer", words=_TRAILER_WORDS)
def wire_trailer(doc: Document, candidates: list[int]) -> Iterator[Hit]:
    r"""Remove wire and syndication trailers ("... contributed to this report.").

    Credit lines that wire services and syndicating sites append: "X contributed to this
    report.", "Reporting by A; Editing by B", "With files from The Canadian Press",
    "—With assistance from A.", "Contributing: A", "Source: Al Jazeera and news agencies",
    agency tags "(FRANCE 24 with AFP)" and editors' initials "mk/wd (dpa, AFP)", and AP
    slug lines.  Kept: sentences that cite an agency ("..., Reuters reported.", "told The
    Associated Press") and "Reporting by the Tribune last year found ...", whose words
    after "by" are not a list of names.  A credit with one role that is not a newsroom's
    ("Production by ...", "Graphics by ...") goes only in the tail, and not in a list of
    such credits (an album's or a film's credits printed in the article).

    Okay: Reporting by the Tribune last year found that water levels had dropped.
    Okay: A decision would not be made before the end of next year, Reuters reported.
    Okay: Segal told The Associated Press that a working group would meet next month.
    Okay: Source: Bureau of Labor Statistics
    Okay: With files, folders and boxes everywhere, the office looked abandoned.
    CN309: Associated Press writer Morgan Tillery in Santa Fe contributed to this report.
    CN309: Agencies contributed to this report.
    CN309: — CNBC's Omar Haddad contributed to this report.
    CN309: Reporting by Renata Moraes; Editing by Paul Halvorsen
    CN309: (Reporting by Greg Ames, Joshua Field, with reporting by Herb Lane and Megan Doe, editing by Martin Howe.)
    CN309: (FRANCE 24 with AFP)
    CN309: Source: Al Jazeera and news agencies
    CN309: —With assistance from Petra Lindahl.
    CN309: mk/wd (dpa, AFP)
    CN309: With files from The Canadian Press
    CN309: Contributing: Kristine Phillips
    CN309: With Post wires
    CN309: AP-US--Trump-Impeachment, 4th Ld-Writethru
    CN309: (With inputs from PTI)
    CN309: With inputs from agencies
    CN309: Written by Jane Doe; Edited by John Roe
    CN309: Enditem
    CN309: (END)
    CN309: -ends-
    CN309: The last paragraph of the story is long enough to count as running prose here.\nlmp/ics
    CN309: (With agency inputs)

    In the tail only, a dash sign-off ("– Rappler.com", "— TIMES/AFP/NA"); in the head
    or the tail, an outlet with its agency on a line of its own ("Le Monde with AFP").

    CN309: The last paragraph of the story is long enough to count as running prose here.\n– Example.com
    CN309: The last paragraph of the story is long enough to count as running prose here.\n— TIMES/AFP/NA
    CN309: Headline of the story\nLe Courrier with AFP\nA long first paragraph of the story follows here with many words in it, as stories do.
    Okay: The first paragraph of the story is long enough to count as running prose here.\n— AP/NORC\nThe second paragraph of the story is long enough to count as running prose too.
    Okay: The first paragraph of the story is long enough to count as running prose here.\nTom and Jerry with AP\nThe second paragraph of the story is long enough to count as running prose too.
    Okay: Written by Jane Doe, the book runs to 400 pages.
    Okay: The record took four years and three studios to finish, and it sounds like it.\nProduction by Jonathan Rado\nWriting by Maya Lind and Theo Park\nMixing by Dave Fridmann\nThe album is out on Friday, and a tour of small clubs starts in May.
    CN309: The last paragraph of the story is long enough to count as running prose here.\nGraphics by Lena Marsh
    Okay: The end of an era
    Okay: The first paragraph of the story is long enough to count as running prose here.\nand/or\nThe second paragraph of the story is long enough to count as running prose too.
    """
    tail = None
    for line in _candidates(doc, _F_TRAIL, candidates):
        reason = _trailer_reason(line.stripped)
        if reason is None and _signoff(line.stripped):
            # a dash sign-off or "Outlet with AGENCY": after the last paragraph (or, for the
            # second, before the first)
            if tail is None:
                tail = _tail_start(doc)
            if line.index >= tail or (line.stripped[0] not in "—–" and line.index < _head_end(doc)):
                yield Hit(line.index, line.index, "sign-off")
            continue
        if reason == "craft credit":
            # one "<role> by" line: in the tail, and not in a list of credits
            if line.index >= _tail_start(doc) and not _credit_list(doc, line.index):
                yield Hit(line.index, line.index, "credit line")
        elif reason is not None:
            yield Hit(line.index, line.index, reason)
        elif "/" in line.stripped and _BARE_INITIALS.fullmatch(line.stripped):
            if line.index >= _tail_start(doc):
                yield Hit(line.index, line.index, "editor initials")
