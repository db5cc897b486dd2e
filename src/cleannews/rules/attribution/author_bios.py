"""CN306 author-bio: Remove author bios after the article ("Jordan Keel is a sports writer for Fox
News Digital.")."""

from __future__ import annotations

from collections.abc import Iterator

import regex

from ... import lazyregex
from ...document import Document, Hit
from ...registry import rule
from ._bios import _bio_like, _BLURB_WORDS, _lead_name, _outlet_blurb
from ._gates import _candidates, _F_BIO
from ._headers import _header_kind
from ._names import is_role
from ._zones import _head_end, _tail_start


#: CN306's trigger: the literals of ``_BIO_ROLE`` ("photojournalist" holds "journalist").
_BIO_WORDS = (
    "writer", "reporter", "correspondent", "editor", "journalist", "columnist", "contributor", "producer",
    "photographer", "critic", "intern", "fellow", "author", "anchor", "host", "analyst", "videographer",
    "blogger", "freelancer", "covers", "writes about", "reports on",
)


#: A heading over an author card: "About the Author", "About the writer".
_CARD_HEADING = lazyregex.compile(r"(?:about\s++the\s++)?+(?:authors?|writers?|reporters?|contributors?)", regex.IGNORECASE)


def _card_top(doc: Document, index: int, name: str) -> int:
    """First line of the author card that ends with the bio at ``index`` (``name`` is the
    bio's lead name): up to three lines right above it, each the name alone, a job title
    ("Washington Correspondent", "Reporter, Ohio"), the name with its title ("Jonah Doe
    Senior Technology Reporter") or, at the top, a heading ("About the Author")."""
    lines = doc.lines
    first = index
    named = False
    for j in range(index - 1, max(-1, index - 4), -1):
        t = lines[j].stripped
        if not named and (t == name or (t.startswith(name + " ") and is_role(t[len(name) + 1 :]))):
            named = True
            first = j
        elif not named and is_role(t.replace(",", " ").strip(), 6) and not t.endswith((".", ":")):
            first = j
        elif named and _CARD_HEADING.fullmatch(t) is not None:
            first = j
            break
        else:
            break
    return first if named else index


@rule("CN306", "author-bio", words=(*_BIO_WORDS, *_BLURB_WORDS))
def author_bio(doc: Document, candidates: list[int]) -> Iterator[Hit]:
    r"""Remove author bios after the article ("Jordan Keel is a sports writer for Fox News Digital.").

    A bio starts with a person's name, says what they are ("is a ... writer/reporter/
    editor", "covers ... for ..."), quotes nobody, and sits in the tail after the last
    paragraph.  It is about the writer: the sentence that names them gives, right after
    the verb, a job for an outlet ("a reporter for The Courier", "a staff writer at ...",
    "the digital editor of ..."), a writer's title ("a travel writer") or a beat ("covers
    housing"), or a later sentence says where they are based or how to follow them.
    Kept: the same shape inside the story ("Tom Reyes is a reporter for the local paper
    who broke the story, his editor said."), and a paragraph about a person the article
    is about or quotes, even after the last paragraph ("... is a Cree playwright and
    novelist. He is best known for ...", "... is a journalist and Nobel laureate who
    founded ...").

    Okay: Tom Reyes is a reporter for the local paper who broke the story, his editor said.
    Okay: Gerald Hanlon is a former treasurer who pleaded guilty to wire fraud.\nThe judge ordered him to pay restitution to the village, officials said in a statement on Tuesday.
    CN306: The last paragraph of the story is long enough to count as running prose here.\nJordan Keel is a sports writer for Fox News Digital.
    CN306: The last paragraph of the story is long enough to count as running prose here.\nAnya Brooks covers climate and energy for the Tribune. She previously worked at a wire service in London.
    CN306: The last paragraph of the story is long enough to count as running prose here.\nPriya Nandakumar is a freelance food writer whose recipes have won two national awards.
    CN306: The last paragraph of the story is long enough to count as running prose here.\nOwen Halloran is a contributing editor. He is based in Dublin.
    Okay: The last paragraph of the story is long enough to count as running prose here.\nMarguerite Obi is a Yoruba poet, translator and painter. She is best known for her collection of river songs, and an author and editor of two anthologies.
    Okay: The last paragraph of the story is long enough to count as running prose here.\nDaniel Vasquez is a journalist and human-rights lawyer who spent four years in prison for his reporting.
    Okay: The last paragraph of the story is long enough to count as running prose here.\nRuth Okonjo is the author of three novels, most recently a book about her grandmother's farm.

    A job for an outlet also reads "a <Outlet> reporter" or "a reporter based in <Place>".
    The author card above a bio in the tail goes with it: up to three lines right above,
    the bio's name alone or with its title ("Jonah Doe Senior Technology Reporter"), a
    job title ("Washington Correspondent", "Reporter, Ohio") and a heading ("About the
    Author").  A bio in the header cluster goes when a byline or author line just above
    it holds the same name.  And after the article, the outlet's description of itself
    ("<Outlet> is a nonprofit newsroom that ...", "... is a national newsroom producing
    ...") goes too; the same sentence in the body, or quoting someone, is kept.

    CN306: The last paragraph of the story is long enough to count as running prose here.\nKevin Albers is a Metro Wire reporter based in New York.
    CN306: The last paragraph of the story is long enough to count as running prose here.\nAbout the Author\nSabrina Holm\nWashington Correspondent\nSabrina Holm covers health policy for the Ledger.
    CN306: The last paragraph of the story is long enough to count as running prose here.\nJonah Whit Senior Technology Reporter\nJonah Whit is a senior technology reporter at the Ledger.
    CN306: Headline of the story\nDerek Lomb, Ledger Staff Writer\nDerek Lomb covers college basketball for the Ledger.\nA long first paragraph of the story follows here with many words in it, as stories do.
    CN306: The last paragraph of the story is long enough to count as running prose here.\nThe Ledger is a nonprofit newsroom that reports on public education across the state.
    Okay: Headline of the story\nBy Derek Lomb\nTom Reyes covers the statehouse for the Ledger, and last week he was arrested outside it.\nA long first paragraph of the story follows here with many words in it, as stories do.
    Okay: The Ledger is a nonprofit newsroom that reports on public education across the state.\nThe last paragraph of the story is long enough to count as running prose here, really it is.
    Okay: The last paragraph of the story is long enough to count as running prose here.\nThe Ledger is a nonprofit newsroom founded in 2015, its editor said in an interview.
    Okay: The last paragraph of the story is long enough to count as running prose here.\nWashington Correspondent\nMarguerite Obi is a Yoruba poet, translator and painter.
    """
    tail = None
    lines = doc.lines
    for line in _candidates(doc, _F_BIO, candidates):
        s = line.stripped
        if not _bio_like(s):
            continue
        if tail is None:
            tail = _tail_start(doc)
        name = _lead_name(s) or ""
        if line.index >= tail:
            first = _card_top(doc, line.index, name)
            yield Hit(first, line.index, "author bio" if first == line.index else "author card")
        elif 0 < line.index < _head_end(doc) and any(
            name in lines[j].stripped and _header_kind(lines[j].stripped) in ("strong", "weak")
            for j in range(max(0, line.index - 3), line.index)
        ):
            yield Hit(line.index, line.index, "author bio under the byline")
    for i in candidates:
        s = lines[i].stripped
        if _outlet_blurb(s):
            if tail is None:
                tail = _tail_start(doc)
            if i >= tail:
                yield Hit(i, i, "the outlet's description of itself")
