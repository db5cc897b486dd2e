"""The words and shapes the caption rules' triggers and quick checks look for."""

from __future__ import annotations

from itertools import compress
from operator import attrgetter, itemgetter

from ...document import Document
from ...triggers import folded_lines
from ._credits import fold, is_credit
from ._patterns import _CREDIT_MAX_CHARS, _NEWS_WORDS


# ---------------------------------------------------------------------------------------
# Triggers
# ---------------------------------------------------------------------------------------
# A rule below runs only on documents with one of its words in some line's folded text
# (:func:`cleannews.triggers.fold_line`), or whose shape its ``when`` test finds.  Each
# trigger is necessary: every way a rule can fire puts one of its words in the line it
# removes (for CN204, in the credit line below the caption; for CN201, in one of the two
# copies), or makes ``when`` true.  The words are derived from the patterns above, so a
# change to a pattern must keep them necessary (tests/test_triggers.py compares every
# rule with and without its trigger).

#: Every character of ``str.isspace`` but the line break: ``regex``'s ``\s`` (White_Space)
#: is a subset, and so is what ``str.split()`` splits on.
_SPACES = (
    "\t\x0b\x0c\r\x1c\x1d\x1e\x1f \x85\xa0\u1680\u2000\u2001\u2002\u2003\u2004\u2005"
    "\u2006\u2007\u2008\u2009\u200a\u2028\u2029\u202f\u205f\u3000"
)
#: A label of _CREDIT_LABEL (and of the bracketed label of _TAIL_STRONG): the label word
#: (one of these, case-insensitive) is followed by its second word (" credit"), by white
#: space, or by ":", "," or "|"; or it is "Credit..." / "Credit…".  Spelling out the
#: separator keeps "topic" and "Olympic" from waking the rules up.
_LABEL_FORMS = (
    "photo", "photos", "photograph", "photographs", "photography", "picture", "pictures", "pic",
    "image", "images", "illustration", "illustrations", "graphic", "graphics", "artwork",
    "rendering", "credit", "credits",
)
_LABEL_TRIGGERS = tuple(form + sep for form in _LABEL_FORMS for sep in ":,|" + _SPACES) + ("credit...", "credit…")
#: How every string _AGENCY_WORDS matches starts, folded (keep in step with _AGENCY_WORDS).
_AGENCY_STARTS = (
    "aap", "abaca", "afp", "agence france-presse", "al jazeera", "alamy", "anadolu", "ani", "anp",
    "ansa", "antara", "ap", "associated press", "belga", "bernama", "bettmann", "bloomberg",
    "bridgeman", "camera press", "canadian press", "contributor", "corbis", "courtesy", "ctk", "dpa",
    "efe", "epa", "esa", "file", "filmmagic", "flash", "getty", "globe and mail", "handout",
    "hulton archive", "ians", "icon sportswire", "imagn", "inpho", "irna", "istock", "jiji",
    "jpl-caltech", "kcna", "keystone", "kyodo", "lightrocket", "lusa", "medianews group", "mti",
    "nasa", "newscom", "ntb", "nurphoto", "pa", "pexels", "photoshot", "picture", "polaris", "pool",
    "press association", "pti", "redux", "reuters", "rex", "ritzau", "scanpix", "shutterstock",
    "sipa", "sopa images", "sportsfile", "sputnik", "stringer", "supplied", "tass",
    "the canadian press", "the globe and mail", "tribune news service", "tt", "ukrinform", "unian",
    "universal images group", "unsplash", "usa today", "wafa", "wikimedia", "wireimage", "xinhua",
    "yonhap", "zuma",
)
#: A name, an em dash (" ?— ?"), an agency: _DASH_CREDIT, and the dash credit of _TAIL_SLASH
#: (which must pass is_credit, where only _DASH_CREDIT takes a "—" without other words).
_DASH_TRIGGERS = tuple(f"—{start}" for start in _AGENCY_STARTS) + tuple(f"— {start}" for start in _AGENCY_STARTS)
#: The outlets of _NEWS_WORDS, folded (a "for" credit ends with one).
_NEWS_FOLDED = tuple(sorted({word.lower() for word in _NEWS_WORDS.split("|")}))

#: What a line that is_credit accepts holds, unless _credit_shape finds it: a "|" (table
#: pipes at its ends), a label, "/" (slash and courtesy credits), " via ", "courtesy", a
#: copyright sign, or a dash before an agency.
_CREDIT_LINE_WORDS = ("|", "/", " via ", "courtesy", "©", "ⓒ", "(c)") + _LABEL_TRIGGERS + _DASH_TRIGGERS
#: _CAPTION_STUB: "Representative image", "Image for representation", "File pic".
_STUB_WORDS = tuple(
    f"{first}{space}{second}"
    for first in ("representative", "representational", "file", "stock")
    for space in _SPACES
    for second in ("image", "photo", "pic")
) + tuple(f"for{space}representation" for space in _SPACES)
#: What _TAIL_STRONG, _TAIL_GLUED, _TAIL_SLASH and _TAIL_WEAK need, alternative by alternative.
_TAIL_WORDS = (
    # slash credits of every pattern, "©"/"Ⓒ Name", labels, name—agency
    ("/", "©", "ⓒ") + _LABEL_TRIGGERS + _DASH_TRIGGERS
    # (AP Photo), (AP Photo, File), (Reuters, File), (Getty Images), (PA Wire) ...
    + (" photo)", " photo,", "(file photo)", "(handout)", "(supplied)", "(pa wire)", "(pa media)", "(pa archive)", "(pa images)")
    + tuple(f"({start}," for start in ("ap", "afp", "reuters", "getty images", "epa", "shutterstock", "handout", "supplied", "file"))
    # [Reuters], [File: AFP], [AP via X]
    + tuple(f"[{start}" for start in ("reuters", "afp", "ap", "getty images", "epa", "anadolu", "al jazeera", "handout", "supplied", "file"))
    # glued agencies, "(... via AP)", "Courtesy of X", "getty"
    + ("getty", "afp", "reuters", "ap photo", "shutterstock", "courtesy")
    + tuple(f" via {agency})" for agency in ("ap", "afp", "reuters", "getty images"))
    # ". (WVLT)": a call sign after a full stop (and a closing quote)
    + tuple(f"{stop}{quote} ({letter}" for stop in ".!?" for quote in ("", '"', "”", "’") for letter in "wk")
    # "(Jahi Coleman for The Washington Post)"
    + tuple(f" {outlet})" for outlet in _NEWS_FOLDED)
)
#: _LABELLED_CAPTION.
_LABELLED_TRIGGERS = ("caption", "pictured", "top image", "main image")
#: _PICTURED: "(" and a pointing word, then " ", "," or ")".
_PICTURED_TRIGGERS = tuple(
    f"({word}{end}"
    for word in ("pictured", "left", "right", "centre", "center", "inset", "above", "below", "top", "bottom")
    for end in " ,)"
) + ("(far left", "(far right", "(second ")
#: _GALLERY.
_GALLERY_TRIGGERS = ("gallery", "caption", "enlarge", "expand", "photo ", "image ", "picture ", "slide ", "photos", "images")
#: Every white space but a single " " (_norm maps runs of them to one space).
_ODD_SPACES = ("  ",) + tuple(space for space in _SPACES if space != " ")

#: A credit line without any of _CREDIT_LINE_WORDS ends with a standalone agency (every
#: match of _STANDALONE_AGENCY without a "/" or " via "), or with " for " before it, with
#: an outlet of _NEWS_WORDS ("Name for The Outlet").  Both case-sensitive, as the patterns.
_STANDALONE_NAMES = (
    "AFP", "AP Images", "AP Photo", "Alamy", "Alamy Stock Photo", "Associated Press", "Contributed photo",
    "Courtesy photo", "EPA", "EPA-EFE", "FILE PHOTO", "File photo", "Getty Images", "HANDOUT", "Handout",
    "Pool photo", "REUTERS", "Reuters", "Shutterstock", "Submitted photo", "Supplied", "iStock",
    "iStockphoto", "picture alliance",
)
_NEWS_NAMES = tuple(_NEWS_WORDS.split("|"))
_LAST = itemgetter(slice(-1, None))
_STRIPPED = attrgetter("stripped")
#: How those lines end: their last three characters, and their last one folded (a
#: wrapped credit ends with ")" or "]").
_CREDIT_ENDS = frozenset(end[-3:] for end in _STANDALONE_NAMES + _NEWS_NAMES)
_CREDIT_LASTS = frozenset(")]") | frozenset(fold(end[-1]) for end in _STANDALONE_NAMES + _NEWS_NAMES)


def _credit_shape(doc: Document) -> bool:
    """True if some line that may be a credit holding none of _CREDIT_LINE_WORDS is one.

    Such a credit has at most _CREDIT_MAX_CHARS characters and is wrapped ("(Manitoba
    Government)", "[TT]": the line starts with "(" or "[" and ends with ")" or "]"), a
    standalone agency ("EPA", "File: Reuters": the line ends with it), or a "Name for The
    Outlet" credit (the line holds " for " and ends with one of _NEWS_WORDS).  A line
    with table pipes at its ends holds "|", one of the words (is_credit strips pipes
    twice, and a pipe left over by the first strip makes any agency name a credit).  A
    map of C calls over the folded lines picks the few lines whose last character fits
    (folding keeps it); only those are tested.  A line of that shape counts only if
    :func:`is_credit` accepts it: CN202 removes a line without a stub word, and CN204
    a caption above a line, only when that line is a credit, so the test stays
    necessary, and most documents with a shaped line (a bracketed aside, a sentence
    that ends with "Reuters") have no credit among them.  Cached per document (CN202
    and CN204 both ask).
    """
    return doc.fact("cn.captions.credit-shape", _find_credit_shape)


def _find_credit_shape(doc: Document) -> bool:
    fitting = compress(doc.lines, map(_CREDIT_LASTS.__contains__, map(_LAST, folded_lines(doc))))
    for text in map(_STRIPPED, fitting):
        if len(text) > _CREDIT_MAX_CHARS:
            continue
        if text[-1:] in (")", "]"):
            shape = text[:1] in ("(", "[")
        else:
            shape = text[-3:] in _CREDIT_ENDS and (
                text.endswith(_STANDALONE_NAMES) or (" for " in text and text.endswith(_NEWS_NAMES))
            )
        if shape and is_credit(text):
            return True
    return False


def _next_starts_with(doc: Document) -> bool:
    """True if some line starts with the whole line before it (folded): CN201's copies.

    Folding maps each character on its own, so ``b.startswith(a)`` implies it for the
    foldings; a copy that differs only in its white space holds one of _ODD_SPACES.
    """
    folded = folded_lines(doc)
    return any(map(str.startswith, folded[1:], folded))
