"""Credit and caption shapes shared by the caption rules: agencies, credit labels,
``is_credit``, ``looks_like_caption``, ``trailing_credit``.
"""

from __future__ import annotations

import re

from ... import lazyregex
from ...caching import text_cache
from ...document import Line
from ...shapes import fold as _shapes_fold
from ...shapes import is_reported_speech, word_count
from ._patterns import (
    _AGENCY_SEGMENT, _CAPTION_MAX_CHARS, _COPYRIGHT_CREDIT, _COURTESY_CREDIT, _CREDIT_LABEL,
    _CREDIT_MAX_CHARS, _DASH_CREDIT, _DATELINE, _DIGIT_RUN, _FILE_PREFIX, _FOR_CREDIT, _LOWER, _NEWS_WORDS,
    _NOT_CREDIT_PAREN, _PAREN_NAMES, _PERSON, _SENTENCE_BREAK, _SLASH_CREDIT, _STANDALONE_AGENCY, _TAIL_CHARS,
    _TAIL_GLUED, _TAIL_SLASH, _TAIL_STRONG, _TAIL_WEAK, _VIA_CREDIT,
)


# ---------------------------------------------------------------------------------------
# Quick necessary checks
# ---------------------------------------------------------------------------------------
# Each check below is implied by a match of the patterns it guards (tests/test_gates.py
# pins the reasons), so a line that fails it can never match: the slow patterns only run
# on the few lines that pass, and every result stays the same.


# ``shapes.fold`` maps ``ı`` and ``İ`` too, so an ASCII literal that a case-insensitive
# pattern of this module matches, written in either case ("Image"), is in ``fold(text)``.
fold = _shapes_fold


#: Lower-case ASCII cores of the label words of _LABEL_WORDS (Photo..., Pic..., Image...,
#: Illustration..., Graphic..., Artwork, Rendering, Credit...): a case-insensitive match
#: of a label puts one of them in ``fold(text)``.
_LABEL_CORES = ("photo", "pic", "image", "illustration", "graphic", "artwork", "rendering", "credit")
#: _CREDIT_LABEL as the last alternative of _TAIL_STRONG needs it, in folded text: a label
#: word that starts a word (its label comes after a character that is neither a letter
#: nor a digit, or after an optional first word and a space), an optional second word,
#: then ":", "," or "|", or "by", "courtesy" or "via".  Every label word is a core and at
#: most six more letters.  The stdlib engine on folded text: literals, bounded repeats.
_LABEL_START = re.compile(
    r"(?<![a-z0-9])(?:(?:pic|photo|image|credit|graphic|illustration|artwork|rendering)[a-z]{0,6}"
    r"(?: (?:credit|credits|source|courtesy))?(?:\s{0,3}[:,|]|\s(?:by|courtesy|via))|credit(?:\.\.\.|…))"
)
#: A labelled trailing credit starts its label word at most this many characters before
#: the end of the text: word (13, "Illustrations") + second word (9, " courtesy") +
#: separator (12, " courtesy of") + spaces (3) + credit (90) = 127, and one to spare.
_LABEL_REACH = 128
#: What a credit line needs besides a "/", " via ", "©", a wrapping or a label: the last
#: word of every alternative of _STANDALONE_AGENCY.
_STANDALONE_ENDS = (
    "Images", "iStockphoto", "AFP", "Photo", "Shutterstock", "Alamy", "iStock", "EPA", "EFE",
    "alliance", "Supplied", "Handout", "HANDOUT", "photo", "PHOTO", "Reuters", "REUTERS", "Press",
)
#: How a bracketed agency credit of _TAIL_STRONG starts after its "(" (case-sensitive).
_PAREN_STARTS = ("AP", "AFP", "Reuters", "REUTERS", "Getty", "EPA", "Shutterstock", "Handout", "Supplied", "File", "PA ")
#: How a bracketed credit of _TAIL_STRONG without a "/" starts after its "[" (case-sensitive).
_BRACKET_STARTS = ("Reuters", "REUTERS", "AFP", "AP", "Getty Images", "EPA", "Anadolu", "Al Jazeera", "Handout", "Supplied", "File")
#: The lower-case words _WORD allows.
_LOWER_WORDS = frozenset(_LOWER[3:-1].split("|")) | {"via"}
#: How the second alternative of _TAIL_GLUED can end (case-sensitive).
_GLUED_ENDS = ("Getty Images", "AFP", "REUTERS", "Reuters", "AP Photo", "Shutterstock")
#: Words that every alternative of _GALLERY holds (folded).
_GALLERY_WORDS = ("gallery", "caption", "enlarge", "expand", " of ", "see ")
#: Words that every match of _LABELLED_CAPTION holds (folded) in its first 15 characters.
_LABELLED_WORDS = ("caption", "pictured", "image")


def _may_be_gallery(folded: str) -> bool:
    """True if the folded text holds one of _GALLERY_WORDS (plain ``in`` tests)."""
    return (
        "gallery" in folded
        or "caption" in folded
        or " of " in folded
        or "enlarge" in folded
        or "expand" in folded
        or "see " in folded
    )


def _has_label_core(folded: str) -> bool:
    """True if the folded text holds one of _LABEL_CORES (plain ``in`` tests: fastest)."""
    return (
        "pic" in folded
        or "photo" in folded
        or "image" in folded
        or "credit" in folded
        or "graphic" in folded
        or "illustration" in folded
        or "artwork" in folded
        or "rendering" in folded
    )


def _may_be_credit(inner: str, wrapped: bool) -> bool:
    """Necessary for :func:`is_credit` on the unwrapped text ``inner``.

    Every way to a credit needs a wrapping (agency segment, parenthesised names), a "/"
    (slash and courtesy credits), " via " (via credits), a copyright sign, the end of a
    standalone agency name, or a label or "courtesy" word (case-insensitive).
    """
    if wrapped or "/" in inner or " via " in inner or "©" in inner or "Ⓒ" in inner or "(c)" in inner:
        return True
    if " for " in inner or "—" in inner:
        return True  # "Name for The Outlet", "Name—Agency"
    if inner.endswith(_STANDALONE_ENDS):
        return True
    folded = fold(inner)
    return "courtesy" in folded or _has_label_core(folded)


def _slash_tail_possible(tail: str) -> bool:
    """Necessary for _TAIL_SLASH and the first alternative of _TAIL_GLUED on ``tail``.

    Both end the text with words after their last "/": at most seven _WORDs joined by
    single spaces.  The text's last "/" is inside the match, so what follows it is that
    run of words: no comma (no word holds one), and no word that starts with a lower-case
    ASCII letter unless it is one of the lower-case words _WORD allows.
    """
    at = tail.rfind("/")
    if at < 0:
        return False
    rest = tail[at + 1 :]
    if "," in rest or rest.count(" ") > 7:
        return False
    for token in rest.split(" "):
        if token and "a" <= token[0] <= "z" and token not in _LOWER_WORDS:
            return False
    return True


def _tail_gates(tail: str) -> tuple[bool, bool, bool, bool]:
    r"""Necessary conditions for _TAIL_STRONG, _TAIL_GLUED, _TAIL_SLASH and _TAIL_WEAK.

    ``tail`` is stripped on the right, so a pattern that ends in ``\s*+$`` ends at its
    last character.  Bracketed credits that end in ")" open at the tail's last "(": no
    credit holds a parenthesis.
    """
    last = tail[-1:]
    slash = ("/" in tail and _slash_tail_possible(tail)) or "—" in tail
    glued = slash or tail.endswith(_GLUED_ENDS)
    strong = weak = False
    if last == ")":
        lp = tail.rfind("(")
        if lp >= 0:
            inner = tail[lp + 1 : -1]
            if ")" not in inner:
                strong = inner.startswith(_PAREN_STARTS) or _has_label_core(fold(inner))
                weak = lp > 0 and tail[lp - 1] == " " and (
                    inner[:1] in ("W", "K") or "/" in inner or " for " in inner or " via " in inner
                )
    elif last == "]":
        lb = tail.rfind("[")
        if lb >= 0:
            inner = tail[lb + 1 : -1]
            strong = "[" not in inner and ("/" in inner or inner.startswith(_BRACKET_STARTS))
    elif tail.endswith("getty") or "courtesy" in fold(tail):
        weak = True  # "... Block Island. getty", "... Courtesy of Second Desk"
    if not strong:
        strong = "©" in tail or "Ⓒ" in tail
    if not strong:
        # the labelled credit: a label word that starts a word near the end
        near = fold(tail[-_LABEL_REACH:])
        strong = _has_label_core(near) and _LABEL_START.search(near) is not None
    return strong, glued, slash, weak


def _unwrap(text: str) -> str:
    """The text without surrounding table pipes, brackets or parentheses."""
    text = text.strip().strip("|").strip()
    if len(text) > 2 and ((text[0], text[-1]) in (("(", ")"), ("[", "]"))):
        inner = text[1:-1]
        if "(" not in inner and ")" not in inner and "[" not in inner and "]" not in inner:
            return inner.strip()
    return text


#: Rules that keep their answer per line text (their answer depends on that text alone)
#: keep it only for texts of up to this many characters, so that a cache never holds a
#: long line; a longer text is answered afresh.
_CACHED_CHARS = 1024


@text_cache(8192, max_chars=_CACHED_CHARS)
def is_credit(text: str, after_caption: bool = False) -> bool:
    """True if ``text`` (a whole line, or what follows a caption) is only a photo credit.

    ``after_caption``: the text follows a caption on its line, so a photographer's name
    and a one-word outlet ("Marisa Delgado/Patch") are a credit; on a line of their own
    they may be a heading ("Product Manager/Owner") and must be bracketed.
    """
    stripped = text.strip().strip("|").strip()
    if not stripped or len(stripped) > _CREDIT_MAX_CHARS:
        return False
    if _LIST_ITEM.match(stripped):
        return False  # "34. Human/Technology Interaction", "- Photos, graphics and video"
    inner = _unwrap(stripped)
    if not inner:
        return False
    if "|" in inner and text.strip()[:1] == "|":
        return False  # a table row of several cells
    wrapped = inner != stripped
    if not _may_be_credit(inner, wrapped) or word_count(inner) > 14:
        return False
    prefix = _FILE_PREFIX.match(inner)
    if prefix is not None:
        inner = inner[prefix.end() :]
    label = _CREDIT_LABEL.match(inner)
    if label is not None:
        rest = inner[label.end() :]
        if not _label_fits(label.group()) or not _credit_rest(rest):
            return False
        return word_count(rest) <= 10 and (not _ends_like_prose(rest) or _names_only(rest))
    if _ends_like_prose(inner):
        return False
    if _STANDALONE_AGENCY.fullmatch(inner) or (wrapped and _AGENCY_SEGMENT.fullmatch(inner)):
        return True
    match = _SLASH_CREDIT.fullmatch(inner)
    if match is not None:
        segments = [s.strip() for s in inner.split("/")]
        if any(_AGENCY_SEGMENT.fullmatch(s.split(",")[0].strip()) for s in segments):
            return True
        # "Moshe Shai/Flash90", "Tom Delaney/Cape Breton Post": a person and an outlet
        return (
            len(segments) >= 2
            and _PERSON.fullmatch(segments[0]) is not None
            and _person_like(segments[0])
            and all(_outlet_like(s, after_caption or wrapped) for s in segments[1:])
        )
    if _VIA_CREDIT.fullmatch(inner) or _COURTESY_CREDIT.fullmatch(inner):
        return True
    if (" for " in inner and _FOR_CREDIT.fullmatch(inner)) or ("—" in inner and _DASH_CREDIT.fullmatch(inner)):
        return True
    if _COPYRIGHT_CREDIT.fullmatch(inner) and not _DIGIT_RUN.search(inner):
        return True
    if wrapped and stripped[0] == "(" and _PAREN_NAMES.fullmatch(stripped):
        # "(Manitoba Government)": a short parenthesised name on its own line
        return _NOT_CREDIT_PAREN.search(inner) is None and not _DIGIT_RUN.search(inner)
    return False


#: A list item: a bullet or a number ("- ", "• ", "34. ", "3.1. ", "2) ") before its text.
_LIST_ITEM = lazyregex.compile(r"(?:[-–•*·▪►◦‣]|\d{1,3}+(?:\.\d{1,3}+){0,3}+[.)])\s")
#: Words that never start or sit inside a person's name (headings and titles hold them).
_NOT_NAME_WORDS = frozenset(
    "A An And Are As At Best By For From How If In Into Is It Its My New Not Of On Or Our "
    "The Their This To Top Vs Vs. What When Where Which Who Why With Your".split()
)
#: Last words of an outlet or a photo source of more than one word that is not an agency
#: ("Cape Breton Post", "Quanta Magazine", "HT Photo", "Bay Area News Group").
_OUTLET_WORDS = frozenset(
    _NEWS_WORDS.split("|")
    + "Photo Photos Photography Pictures Images Media Magazine Network Group Studio Studios Agency "
    "Wire Archive Archives Library Museum Collection Staff Photographer Contributor TV Radio "
    "Army Navy Force Guard Corps Marines Police Office Department University".split()
)
#: Lower-case words a credit after a label may hold ("Photo: courtesy of the family",
#: "Credit: Jane Doe for The Texas Tribune", "Photo by iStock").
_REST_LOWER = _LOWER_WORDS | frozenset(
    "for by from with at on in to courtesy photo photos image images staff file handout supplied "
    "submitted contributed family archive archives pool istock istockphoto getty unsplash pexels "
    "pixabay shutterstock flickr screenshot screengrab author photographer".split()
)
#: Characters of code and markup, never in a credit.
_CODE_CHARS = frozenset("{}=<>`$\\")


def _person_like(segment: str) -> bool:
    """A person's name of two to four words: no digits, no heading words ("For", "The"),
    and no acronym in a name that is not in capitals ("Zoho CRM", "Service CI")."""
    words = segment.split()
    capitals = segment.isupper()
    for position, word in enumerate(words):
        if word in _NOT_NAME_WORDS or any(c.isdigit() for c in word):
            return False
        letters = [c for c in word if c.isalpha()]
        if not capitals and len(letters) >= 2 and word.isupper() and (position > 0 or len(letters) > 2):
            return False
    return True


def _outlet_like(segment: str, one_word: bool = True) -> bool:
    """What follows a photographer's name: an outlet in capitals, with a digit, a domain or
    an abbreviation ("Flash90", "Move.org", "U.S. Army"), "The X", words that end with an
    outlet word ("Cape Breton Post"), or, if ``one_word``, one capitalised word ("Patch");
    not "Western Avenue" or "Tableside Service"."""
    segment = segment.split(",")[0].split(" via ")[0].strip()
    words = segment.split()
    if not words:
        return False
    if segment.isupper() or "." in segment or any(c.isdigit() for c in segment):
        return True
    if len(words) == 1:
        return one_word and (words[0][:1].isupper() or words[0] in _LOWER_WORDS)
    if len(words) == 2 and words[0] == "The":
        return True
    return words[-1] in _OUTLET_WORDS


def _label_fits(label: str) -> bool:
    """"Graphics" is a credit label only before "by": "Graphics: Nvidia RTX 4050" is a spec."""
    folded = fold(label).rstrip()
    return not folded.startswith("graphics") or folded.endswith(("by", "courtesy", "via", "of"))


def _credit_rest(rest: str) -> bool:
    """What follows a credit label is names, not prose, a spec or code: it starts with a
    capital, a digit, a sign or a credit word, holds at most one other lower-case word
    ("not the Specs", "videos, and more" are prose), no bare number ("RTX 4050") and no
    code ("nginx/stable:latest", "{", "=")."""
    if any(c in _CODE_CHARS for c in rest):
        return False
    odd = 0
    for position, token in enumerate(rest.split()):
        core = token.strip("([{\"“‘'.,;:)]}”’")
        if not core:
            continue
        if core.isdigit() and len(core) >= 2:
            return False
        if ":" in core.replace("://", ""):
            return False  # "nginx/stable:latest", "mdi:account": config, not a name
        first = core[0]
        if not first.isalpha() or first.isupper() or "/" in core or "." in core:
            continue
        if core.lower() in _REST_LOWER:
            continue
        if position == 0:
            return False
        odd += 1
    return odd <= 1


def _label_after_caption(text: str, start: int, credit: str) -> bool:
    """True if a labelled credit found at ``start`` of ``text`` follows its caption: after a
    full stop, a bracket, a quote, a bar or a dash ("... in Central. Photo: Dickson Lee"),
    or, capitalised with a colon or "...", after a word ("... on Friday Credit: Jeff
    Gilbert").  A label word inside prose ("combine images, text and graphics", "the
    Earned Income Tax Credit, the ...") is not a credit."""
    label = _CREDIT_LABEL.match(credit)
    if label is None:
        return True  # a bracketed or "©" credit
    before = text[:start].rstrip()
    if before[-1:] in (".", "!", "?", "…", ")", "]", '"', "”", "’", "|", ":", ";", "—", "–", "-"):
        return True
    sign = label.group().rstrip()
    return sign[:1].isupper() and (sign.endswith(":") or sign.endswith(("...", "…")))


def _names_only(text: str) -> bool:
    """Every word starts with a capital or a digit, or is one of _WORD's lower-case words:
    "The Atlantic. Sources: Getty; Shutterstock." is a list of names, not a sentence."""
    for token in text.split():
        c = token.lstrip("(\"“‘'")[:1]
        if not c or not (c.isupper() or c.isdigit() or token.rstrip(".,;:") in _LOWER_WORDS):
            return False
    return True


def _ends_like_prose(text: str) -> bool:
    """A credit never ends with a full stop after a lower-case word (abbreviations aside)."""
    text = text.rstrip()
    if not text.endswith((".", "!", "?", "…")):
        return False
    if text.endswith(("Inc.", "Ltd.", "Co.", "Corp.", "L.P.", "Jr.", "Sr.", "U.S.", "Ltd")):
        return False
    return True


def sentence_count(text: str) -> int:
    """Rough number of sentences in ``text``."""
    return 1 + sum(1 for _ in _SENTENCE_BREAK.finditer(text[:_CAPTION_MAX_CHARS]))


@text_cache(8192, max_chars=_CACHED_CHARS)  # several rules ask about one line
def looks_like_caption(text: str, *, max_words: int = 40, max_sentences: int = 1) -> bool:
    """A short description with no quotes and no reporting verbs: the shape of a caption."""
    text = text.strip()
    if not text or len(text) > _CAPTION_MAX_CHARS:
        return False
    words = word_count(text)
    if words < 2 or words > max_words:
        return False
    if text.endswith((":", "?")) or is_reported_speech(text) or _DATELINE.match(text):
        return False
    return sentence_count(text) <= max_sentences



def trailing_credit(text: str) -> int | None:
    """The column where a credit appended to a caption starts, or ``None``.

    Strong credits (``(AP Photo/...)``, ``[Name/Reuters]``, ``© Name, AFP``, ``Credit: ...``,
    ``File photo by ...``) and credits glued to the caption count anywhere; weak ones
    (``(WVLT)``, ``(Name/Outlet)`` after a full stop) only on caption-shaped lines.
    """
    text = text.rstrip()
    if len(text) > _CAPTION_MAX_CHARS:
        return None
    offset = max(0, len(text) - _TAIL_CHARS)
    tail = text[offset:]
    strong, glued, slash, weak = _tail_gates(tail)
    if not (strong or glued or slash or weak):
        return None
    if "/" not in tail and "—" not in tail and not _quick_tail(text):
        return None
    for pattern, possible in ((_TAIL_STRONG, strong), (_TAIL_GLUED, glued), (_TAIL_SLASH, slash), (_TAIL_WEAK, weak)):
        if not possible:
            continue
        match = pattern.search(tail)
        if match is None or (offset == 0 and match.start() == 0):
            continue
        credit = match.group()
        if pattern is _TAIL_STRONG and not _label_after_caption(tail, match.start(), credit):
            continue
        if pattern is _TAIL_WEAK and (_CALLSIGN.fullmatch(credit.strip()) or credit.strip() == "getty"):
            return offset + match.start()
        if is_credit(credit, after_caption=True):
            return offset + match.start()
    return None


def _strong_tail(text: str, start: int) -> bool:
    """True if the credit found at ``start`` is explicit: it has a "/", a "©", a label, or is glued."""
    credit = text[start:].strip()
    if start > 0 and not text[start - 1].isspace():
        return True
    return "/" in credit or credit[:1] in "©Ⓒ" or _CREDIT_LABEL.search(credit) is not None


_CALLSIGN = lazyregex.compile(r"\([WK]\p{Lu}{2,3}(?:-TV)?\)")
_QUICK_TAIL = lazyregex.compile(
    r"[)\]]\s*+$|©|Ⓒ|(?i:photo|image|credit|picture|illustration|graphic|courtesy)|Getty|getty|AFP|REUTERS|Reuters|Shutterstock"
)


def _quick_tail(text: str) -> bool:
    """True if _QUICK_TAIL may match in the last _TAIL_CHARS characters of ``text``, by
    plain ``in`` tests (several times faster than the search): a ")" or "]" that ends
    the text but for white space, a sign, a case-sensitive agency, or a word of the
    case-insensitive group in the folded tail (see ``fold``)."""
    tail = text[-_TAIL_CHARS:]
    if (
        tail.rstrip()[-1:] in (")", "]")
        or "©" in tail
        or "Ⓒ" in tail
        or "etty" in tail  # Getty, getty
        or "AFP" in tail
        or "REUTERS" in tail
        or "Reuters" in tail
        or "Shutterstock" in tail
    ):
        return True
    folded = fold(tail)
    return (
        "photo" in folded
        or "image" in folded
        or "credit" in folded
        or "picture" in folded
        or "illustration" in folded
        or "graphic" in folded
        or "courtesy" in folded
    )


def _credit_line(line: Line | None) -> bool:
    return line is not None and is_credit(line.stripped)


def _norm(text: str) -> str:
    return " ".join(text.split())
