"""CN305 update-note: Remove update notes ("(Updates with closing prices in third paragraph.)")."""

from __future__ import annotations

from collections.abc import Iterator

import regex

from ... import lazyregex
from ...caching import text_cache
from ...document import Document, Hit
from ...registry import rule
from ...shapes import is_reported_speech, word_count
from ._common import _LINE_SPACE
from ._gates import _candidates, _F_UPDATE, _UPDATE_WORDS


# ---------------------------------------------------------------------------------------
# CN305 update notes

_UPDATE_NOTE = lazyregex.compile(
    r"[(\[]\s*+(?:updates?|adds?|recasts?|changes?|corrects?|refiles?|rewrites?|fixes|removes?|"
    r"replaces?|inserts?|clarifies|repeats?|writes\s++through|tops?|moves?|restores?)\b"
    r"[^()\[\]]{0,300}+[)\]]",
    regex.IGNORECASE,
)
_UPDATE_SENTENCE = lazyregex.compile(
    r"(?:\*{1,3}+\s*+)?+(?:(?:update|editor['’]s\s++note|correction)\s*+:?\s*+)?+"
    r"(?:this|the)\s++(?:story|article|post|report|piece)\s++(?:has\s++been|was|is\s++being|will\s++be)"
    r"\s++(?:updated|corrected)\b"
    r"|this\s++is\s++a\s++(?:developing|breaking)\s++(?:news\s++)?+story\b",
    regex.IGNORECASE,
)


_UPDATE_HINT = lazyregex.compile(r"updated|corrected|developing|breaking", regex.IGNORECASE)


#: The verbs ``_UPDATE_NOTE`` allows after its bracket.
_UPDATE_VERBS = (
    "update", "add", "recast", "change", "correct", "refile", "rewrite", "fixes", "remove", "replace",
    "insert", "clarifies", "repeat", "writes", "top", "move", "restore",
)
#: CN305's trigger: ``_UPDATE_HINT`` for a sentence; for a note, its bracket followed by
#: white space or at once by a verb.
_UPDATE_TRIGGER = _UPDATE_WORDS + tuple(
    bracket + follow for bracket in "([" for follow in (*_LINE_SPACE, *_UPDATE_VERBS)
)


@rule("CN305", "update-note", words=_UPDATE_TRIGGER, local=True)
def update_note(doc: Document, candidates: list[int]) -> Iterator[Hit]:
    r"""Remove update notes ("(Updates with closing prices in third paragraph.)").

    Wire services mark each new version of a story with a bracketed note saying what
    changed, and sites add "This story has been updated ..." lines.  They describe the
    page's history, not the news.  Kept: sentences that mention updates as news
    ("The company updates its forecast every quarter.").

    Okay: The company updates its forecast every quarter, analysts said.
    Okay: (Adds a new species to the list, the team wrote in its paper, which was published in 2021 after a long review by peers and editors.) The find was confirmed.
    CN305: (Updates with closing prices in third paragraph.)
    CN305: (Adds comment from the ministry in paragraph 5)
    CN305: This story has been updated with additional information.
    CN305: This is a developing story and will be updated.
    """
    for line in _candidates(doc, _F_UPDATE, candidates):
        if _update_note(line.stripped):
            yield Hit(line.index, line.index, "update note")


@text_cache(4096)
def _update_note(s: str) -> bool:
    """An update note (a pure function of the line's text, so cached)."""
    if not s or len(s) > 320 or (s[0] not in "([" and _UPDATE_HINT.search(s) is None):
        return False
    if _UPDATE_NOTE.fullmatch(s):
        return True
    return word_count(s) <= 40 and not is_reported_speech(s) and _UPDATE_SENTENCE.match(s) is not None
