"""Rules: repeated blocks (CN5xx).

Scrapers often pick up the same stretch of a page twice: a block of paragraphs printed
again right after itself (a second rendering of the article body), or the headline
printed again at the bottom under the share buttons.  The second copy is boilerplate;
the first is the article.

Real text repeats too, and that repetition is kept: a quote echoed later in the story,
the same ingredient in two lists, a refrain, a score line.  The rules only act on an
exact copy of a block of two or more substantial lines that follows the block directly,
and on an exact copy of the first line that sits after the last body paragraph.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterator
from itertools import compress
from operator import attrgetter, lt, ne

import regex

from .. import lazyregex
from ..document import Document, Hit
from ..registry import rule
from ..shapes import at_least_words, is_body, tail_start, word_count

#: Longest block (in lines) that is looked for.
_MAX_BLOCK = 300
#: How many later copies of a line are tried as the start of the second copy.
_MAX_CANDIDATES = 3
#: A bound on line comparisons per document, so that hostile input stays linear.
_BUDGET = 2_000_000

_WHITESPACE = lazyregex.compile(r"\s++")
_OPENING_QUOTES = "\"“„«'‘"
_CLOSING_QUOTES = "\"”»'’"


def _key(text: str) -> str:
    return _WHITESPACE.sub(" ", text.strip())


def _fast_key(text: str) -> str:
    r"""``_key(text)``, computed without a pattern for the usual line.

    A stripped text that is printable (no white space but the ASCII space, since every
    other character of ``\s`` is a control or a separator) and has no double space has no
    run of white space for ``_key`` to change.
    """
    key = text.strip()
    if key.isprintable() and "  " not in key:
        return key
    if not _SPLIT_ONLY.intersection(key):
        # ``str.split()`` splits at the characters of ``\s`` and at U+001C-U+001F alone:
        # without those, joining the words with one space is ``_key`` (``key`` is
        # stripped), and several times faster than the pattern on a long line
        return " ".join(key.split())
    return _WHITESPACE.sub(" ", key)


#: The characters that ``str.split()`` splits at and ``\s`` does not match.
_SPLIT_ONLY = frozenset("\x1c\x1d\x1e\x1f")


def _keys_may_repeat(doc: Document) -> bool:
    r"""False only if no two lines have one key (a quick check before _line_keys, which
    collapses the white space of a long line).

    Two lines repeat their stripped text (see _repeated_texts), or the rule is here for
    a line with white space that _key collapses (a trigger word).  Lines with equal keys
    have equal words (``str.split`` splits at every character of ``\s``), so equal first
    and last words (_ends): if no two lines have those, no key is repeated.  Computed
    once per document (CN501 and CN503).
    """
    return doc.fact("cn.repeat-keys-may-repeat", _find_keys_may_repeat)


def _find_keys_may_repeat(doc: Document) -> bool:
    lines = doc.lines
    return bool(_repeated_texts(doc)) or len(set(map(_ends, [line.stripped for line in lines]))) < len(lines)


def _ends(text: str) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """The first three and the last three words of ``text`` (``str.split`` words): a function
    of its words, and splitting only at both ends stays cheap on a long line."""
    return tuple(text.split(None, 3)[:3]), tuple(text.rsplit(None, 3)[-3:])


def _line_keys(doc: Document) -> list[str]:
    """``_fast_key`` of every line's text, computed once per document (CN501 and CN503)."""
    return doc.fact("cn.repeat-keys", _find_line_keys)


def _find_line_keys(doc: Document) -> list[str]:
    return [_fast_key(line.text) for line in doc.lines]


#: Trigger words of both rules: what makes a line's key differ from its stripped text.
#: ``_key`` only changes a run of ``\s`` that is not one ASCII space, and such a run holds
#: two spaces or one of the other characters of ``\s`` (Unicode White_Space, which is what
#: the ``regex`` module's ``\s`` matches: controls 9-13, U+0085, no-break space, U+1680,
#: U+2000-U+200A, line and paragraph separators, U+202F, U+205F, U+3000).  Case folding
#: leaves all of them as they are.  ``\n`` is left out: no line holds one.
_IRREGULAR_SPACE = (
    "  ", "\t", "\x0b", "\x0c", "\r", "\x85", "\xa0", "\u1680",
    *(chr(c) for c in range(0x2000, 0x200B)),
    "\u2028", "\u2029", "\u202f", "\u205f", "\u3000",
)


def _repeated_texts(doc: Document) -> list[str]:
    """The stripped texts that two lines or more of ``doc`` have (computed once per document)."""
    return doc.fact("cn.repeated-texts", _find_repeated_texts)


_STRIPPED = attrgetter("stripped")


def _find_repeated_texts(doc: Document) -> list[str]:
    texts = list(map(_STRIPPED, doc.lines))
    if len(set(texts)) == len(texts):  # the usual answer: no repeat
        return []
    return [text for text, count in Counter(texts).items() if count > 1]


# The trigger tests below assume what the trigger words leave: when no line holds a word of
# _IRREGULAR_SPACE, every line's key is its stripped text, and equal keys are equal texts.


def _block_can_repeat(doc: Document) -> bool:
    """Trigger test of CN501: a block is printed twice only if two different lines repeat.

    A block of two lines or more, not all one line, with a line of six words or more in
    it (see :func:`_substantial`); each of its lines is in both copies.
    """
    repeated = _repeated_texts(doc)
    # at_least_words(text, 6) is word_count(text) >= 6, without counting every word of a
    # long repeated paragraph
    return len(repeated) >= 2 and any(at_least_words(text, 6) for text in repeated)


def _headline_can_repeat(doc: Document) -> bool:
    """Trigger test of CN502: a line after the second is the first line again."""
    lines = doc.lines
    if len(lines) < 3:
        return False
    head = lines[0].stripped
    return head in _repeated_texts(doc) and any(line.stripped == head for line in lines[2:])


def _substantial(keys: list[str]) -> bool:
    """A block worth calling a repeat: not all one line, with some running text in it."""
    if len(set(keys)) < 2:
        return False
    words = [word_count(k) for k in keys]
    # two lines of running text at least: one long line between short ones may be an
    # inserted box, and short content lines around it must not go with it
    return sum(words) >= 12 and sum(1 for w in words if w >= 6) >= 2


@rule("CN501", "repeated-block", words=_IRREGULAR_SPACE, when=_block_can_repeat)
def repeated_block(doc: Document) -> Iterator[Hit]:
    r"""Remove the second copy of a block of lines that is repeated right after itself.

    When a page is flattened twice, a run of paragraphs appears twice in a row; the
    second copy goes.  The block must be at least two lines, not all the same line, and
    hold some running text (twelve words or more, two lines of six or more), so that
    short refrains, repeated list items and score lines stay.  Content repeated with
    other text in between (a quote echoed later) is not a block repeat and is kept.

    Okay: The sea gives back everything we throw into it.\nMr Tan repeated it later.\nThe sea gives back everything we throw into it.
    Okay: 2 tablespoons olive oil\n1 garlic clove\nFor the dressing:\n2 tablespoons olive oil\n1 lime
    Okay: Go team go\nGo team go\nGo team go\nGo team go
    Okay: Yes.\nSign up for our newsletter to get the day's top stories.\nYes.\nSign up for our newsletter to get the day's top stories.
    Okay: Lakers 101 Celtics 99\nNets 88 Knicks 90\nLakers 101 Celtics 99\nNets 88 Knicks 90
    CN501: The talks resumed on Monday in Amman, officials said.\nA second round is expected next month.\nThe talks resumed on Monday in Amman, officials said.\nA second round is expected next month.
    """
    lines = doc.lines
    if len(lines) < 4:
        return  # two copies of a block of two lines or more
    if not _keys_may_repeat(doc):
        return
    keys = _line_keys(doc)
    n = len(keys)
    if len(set(keys)) == n:
        return  # no line is repeated: no block can be
    # Where each key occurs (ascending), for the keys of two lines or more: a block and
    # its copy start on two lines with one key, so only a line whose key occurs again
    # later can start the first copy.  Every other line would find no later occurrence
    # (and spend no budget): the loop below visits only the lines that can, in order.
    last = dict(zip(keys, range(n)))  # the last index of each key
    positions: dict[str, list[int]] = {}
    starts: list[int] = []
    for index in compress(range(n), map(ne, map(last.__getitem__, keys), range(n))):
        positions.setdefault(keys[index], []).append(index)
        starts.append(index)
    for key, occ in positions.items():
        occ.append(last[key])
    cursor: dict[str, int] = {}
    budget = _BUDGET
    i = 0  # where the scan stands: a start before it lies in a block already found
    for start in starts:
        if start < i:
            continue
        if budget <= 0:
            break
        i = start
        key = keys[i]
        occ = positions[key]
        c = cursor.get(key, 0)
        while c < len(occ) and occ[c] <= i:
            c += 1
        cursor[key] = c
        found = 0
        for j in occ[c : c + _MAX_CANDIDATES]:
            size = j - i
            if size < 2 or size > _MAX_BLOCK:
                if size > _MAX_BLOCK:
                    break
                continue
            if j + size > n:
                break
            budget -= size
            if keys[i:j] == keys[j : j + size] and _substantial(keys[i:j]):
                found = size
                break
        if found:
            block = keys[i : i + found]
            end = i + 2 * found  # one past the last copy
            while end + found <= n and budget > 0 and keys[end : end + found] == block:
                budget -= found
                end += found
            copies = (end - i) // found
            yield Hit(i + found, end - 1, f"block of {found} lines printed {copies} times")
            i = end


def _is_quote(text: str) -> bool:
    """True for a line that is one quotation from end to end."""
    end = text.rstrip(".!?…")
    return text[:1] in _OPENING_QUOTES and end[-1:] in _CLOSING_QUOTES


@rule("CN502", "repeated-headline", words=_IRREGULAR_SPACE, when=_headline_can_repeat)
def repeated_headline(doc: Document) -> Iterator[Hit]:
    r"""Remove a copy of the headline (the first line) printed again after the article.

    Some pages print the headline once more at the bottom, under "Share or comment on
    this article:".  The first line is kept; an exact copy of it after the last body
    paragraph goes.  The first line must look like a headline (not a paragraph of running
    prose, not a bare quote), so an opening quote that the story echoes is kept.

    Okay: “The sea gives back everything we throw into it.”\nVolunteers collected two tonnes of rubbish from the mangroves in three hours, organisers said on Saturday.\n“The sea gives back everything we throw into it.”
    Okay: Heat pumps work in the cold\nHeat pumps work in the cold\nInstallers say the fastest way to change minds is the neighbor test, one contractor said today.
    CN502: Builder fined for dumping rubble in lay-by\nA builder who dumped 40 tonnes of waste in a lay-by has been ordered to pay more than £18,000.\nShare or comment on this article:\nBuilder fined for dumping rubble in lay-by
    """
    lines = doc.lines
    if len(lines) < 3:
        return
    head = lines[0].stripped
    # the length first: counting the words of a long first paragraph costs (one test of
    # an "or" of pure tests, so the answer is the same in any order)
    if len(head) > 400 or is_body(head) or not at_least_words(head, 4) or _is_quote(head):
        return
    key = _fast_key(head)
    # Quick check: a copy of the headline somewhere after the first two lines (its key
    # is never longer than its stripped text).  A line whose key is ``key`` starts with
    # ``key`` up to its first space: _key keeps every character but the runs of white
    # space, each of which becomes one space, so the key's first space is where the
    # line's first run of white space starts, and all before it is the line's own text.
    size = len(key)
    prefix = key.partition(" ")[0]
    if not any(
        len(line.stripped) >= size and line.stripped.startswith(prefix) and _fast_key(line.text) == key
        for line in lines[2:]
    ):
        return
    start = max(tail_start(doc), 2)
    for line in lines[start:]:
        if _fast_key(line.text) == key:
            yield Hit(line.index, line.index, "headline printed again after the article")


#: A run repeated later must hold this many lines, this many of them running text (and
#: not list items: a guide repeats the same list of options under two steps).
_RUN_MIN_LINES = 3
_RUN_MIN_BODY = 2
_LIST_ITEM = lazyregex.compile(r"(?:[-–—•*·▪◦]|\d{1,3}[.)])\s")


@rule("CN503", "repeated-run", words=_IRREGULAR_SPACE, when=_block_can_repeat)
def repeated_run(doc: Document) -> Iterator[Hit]:
    r"""Remove a later copy of a run of paragraphs that the document already printed.

    Extractors that join two renderings of a page (the article, then a print or AMP copy,
    or a teaser module that repeats the opening) print a stretch of the article a second
    time further down.  A run of three lines or more, two of them running text (not list
    items), that repeats lines printed earlier, line for line, is that second copy, and it
    goes; the first copy stays.  Real repetition is shorter, or a list: a quote echoed
    later, a chorus, the same list of options under two steps of a guide, a heading used
    twice.

    Okay: The sea gives back everything we throw into it, the organiser told the volunteers on the beach.\nMr Tan repeated the line to every new group that arrived at the mangroves that morning.\nThe sea gives back everything we throw into it, the organiser told the volunteers on the beach.
    Okay: Step 2: File the form\n- By mail: Department of State, Division of Corporations, One Commerce Plaza, Albany, New York.\n- In person: Department of State, Division of Corporations, One Commerce Plaza, Albany, New York.\n- Online: the department's website.\nStep 5: File the amendment\n- By mail: Department of State, Division of Corporations, One Commerce Plaza, Albany, New York.\n- In person: Department of State, Division of Corporations, One Commerce Plaza, Albany, New York.\n- Online: the department's website.
    Okay: Chorus\nWe walk the long road home tonight, under the lights of the city that never sleeps.\nVerse two\nChorus\nWe walk the long road home tonight, under the lights of the city that never sleeps.
    CN503: Prices rose again in May, the agency said, as fuel and food costs climbed for a third month.\nEconomists had expected a smaller rise after the central bank raised rates twice this spring.\nThe agency will publish revised figures for April and May at the end of next month.\nShare this article\nPrices rose again in May, the agency said, as fuel and food costs climbed for a third month.\nEconomists had expected a smaller rise after the central bank raised rates twice this spring.\nThe agency will publish revised figures for April and May at the end of next month.
    """
    lines = doc.lines
    n = len(lines)
    if n < 2 * _RUN_MIN_LINES:
        return
    if not _keys_may_repeat(doc):
        return
    keys = _line_keys(doc)
    if len(set(keys)) == n:
        return
    first = dict(zip(reversed(keys), range(n - 1, -1, -1)))  # the first index of each key
    budget = _BUDGET
    j = 0  # where the scan stands: a repeat before it lies in a run already found
    # Only a line whose key occurred before can start a run (on any other line the run
    # is empty and spends no budget): the loop visits those lines only, in order.
    for repeat in compress(range(n), map(lt, map(first.__getitem__, keys), range(n))):
        if repeat < j:
            continue
        if budget <= 0:
            break
        j = repeat
        i = first[keys[j]]
        size = 0
        while j + size < n and i + size < j and keys[i + size] == keys[j + size] and budget > 0:
            size += 1
            budget -= 1
        if size >= _RUN_MIN_LINES and sum(
            is_body(k) and not _LIST_ITEM.match(k) for k in keys[j : j + size]
        ) >= _RUN_MIN_BODY:
            yield Hit(j, j + size - 1, f"run of {size} lines printed again (first copy from line {lines[i].number})")
            j += size
