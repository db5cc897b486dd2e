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
"""

from __future__ import annotations

from collections.abc import Iterator
import re
from functools import lru_cache
from itertools import compress
from operator import attrgetter, itemgetter

import regex

from .. import lazyregex
from ..document import Document, Hit, Line
from ..registry import rule
from ..shapes import fold as _shapes_fold
from ..shapes import head_end, is_reported_speech, word_count
from ..triggers import folded_lines

# ---------------------------------------------------------------------------------------
# Building blocks
# ---------------------------------------------------------------------------------------

#: Longest line (in characters) that can be a credit on its own.
_CREDIT_MAX_CHARS = 140
#: Longest line (in characters) looked at as a possible caption.
_CAPTION_MAX_CHARS = 700
#: Only this many characters at the end of a line are searched for a trailing credit.
_TAIL_CHARS = 200

# Photo agencies and credit words.  Short acronyms are matched case-sensitively.
_AGENCY_WORDS = (
    r"Getty(?: Images)?(?:/iStockphoto)?|Reuters(?: Pictures)?|Associated Press|AP Photo|AP Images|"
    r"Agence France-Presse|EPA(?:-EFE)?|EFE(?:-EPA)?|ANSA|Lusa|ANP|Belga|Ritzau|Scanpix|NTB|TT|CTK|PAP|MTI|"
    r"Ukrinform|UNIAN|Jiji(?: Press)?|Antara|Bernama|IRNA|WAFA|KCNA|dpa|picture[ -]alliance|Flash ?90|Shutterstock|Alamy|"
    r"iStock(?:photo)?|NASA|ESA|JPL-Caltech|Bloomberg|Xinhua|Anadolu(?: Agency)?|SIPA(?: USA)?|"
    r"Sipa(?: USA)?|ZUMA(?: Press| Wire)?|Zuma(?: Press| Wire)?|PA(?: Images| Wire| Media)?|"
    r"(?:The )?Canadian Press|AAP(?: Image)?|Kyodo(?: News)?|Yonhap|NurPhoto|SOPA Images|"
    r"LightRocket|Icon Sportswire|USA TODAY (?:Sports|NETWORK)|Imagn(?: Images)?|WireImage|"
    r"FilmMagic|Newscom|Redux|Polaris|Pool|POOL|ANI|PTI|IANS|Corbis|Unsplash|Pexels|"
    r"Wikimedia(?: Commons)?|Handout|HANDOUT|Courtesy|Supplied|TASS|Sputnik|Abaca(?:press)?|"
    r"ABACAPRESS|Camera Press|REX|Rex Features|Bridgeman(?: Images)?|Universal Images Group|"
    r"Hulton Archive|Al Jazeera|Bettmann|Keystone|Photoshot|Sportsfile|INPHO|Inpho|Press Association|"
    r"MediaNews Group|Tribune News Service|Contributor|Stringer|AFP|AP|REUTERS|GETTY IMAGES|"
    r"(?:The )?Globe and Mail|THE GLOBE AND MAIL|THE CANADIAN PRESS|File Photo|FILE PHOTO|File"
)
_STANDALONE_AGENCY = lazyregex.compile(
    r"(?:Getty Images(?:/iStockphoto)?|AFP(?:/Getty Images| via Getty Images)?|AP Photo|AP Images|"
    r"Shutterstock|Alamy(?: Stock Photo)?|iStock(?:photo)?|EPA(?:-EFE)?|picture alliance|"
    r"dpa/picture alliance|Supplied|Handout|HANDOUT|File photo|FILE PHOTO|Pool photo|Reuters|REUTERS|"
    r"Associated Press|The Associated Press|Courtesy photo|Submitted photo|Contributed photo)"
)
_AGENCY_SEGMENT = lazyregex.compile(rf"(?:{_AGENCY_WORDS})(?:,? (?:File|FILE|Handout|Pool))?")

# A capitalised word of a name or organisation (letters, digits, a few inner marks).
_CAP = r"[\p{Lu}\p{N}][\p{L}\p{M}\p{N}'’.&\-]{0,30}+"
# Words allowed in lower case inside an organisation's name.
_LOWER = r"(?:of|and|the|for|de|del|du|da|la|le|von|van|der|al|el|y|dpa|picture|alliance)"
_WORD = rf"(?:{_CAP}|{_LOWER}|via)"
_RUNWORD = rf"(?:{_CAP}|{_LOWER})"
_NAME_RUN = rf"{_CAP}(?: {_RUNWORD}){{0,6}}+"
_PERSON = lazyregex.compile(rf"{_CAP}(?: {_CAP}){{1,3}}")

# "Photo: X", "Photograph: X/Reuters", "Image source, Getty Images", "Photo by X" ...
_LABEL_WORDS = (
    r"(?:(?:File|Staff|Pool|Handout|Courtesy|Main|Top|Header|Lead|Cover|Feature|Featured|"
    r"Contributed|Submitted|Stock|Hero) )?"
    r"(?:Photo|Photos|Photograph|Photographs|Photography|Picture|Pictures|Pic|Image|Images|"
    r"Illustration|Illustrations|Graphic|Graphics|Artwork|Rendering|Credit|Credits)"
    r"(?: (?:credit|credits|source|courtesy))?"
)
_CREDIT_LABEL = lazyregex.compile(
    rf"(?:(?i:{_LABEL_WORDS})(?:\s{{0,3}}[:,|]|\s(?i:by|courtesy of|courtesy|via))|(?i:credit)(?:\.\.\.|…))"
    r"\s{0,3}+(?=\S)"
)

# A whole line that is only a credit (checked on the unwrapped, stripped text).
_SLASH_CREDIT = lazyregex.compile(
    rf"(?P<segs>{_NAME_RUN}(?: ?/ ?{_WORD}(?: {_WORD}){{0,6}}+){{1,4}}+)"
    r"(?:,? (?:File|FILE|Handout|Pool|via (?:Getty Images|Reuters|AP|AFP)))?"
)
_VIA_CREDIT = lazyregex.compile(rf"{_NAME_RUN}(?:/{_NAME_RUN})?+ via {_NAME_RUN}")
_COURTESY_CREDIT = lazyregex.compile(
    rf"(?i:(?:photo )?courtesy(?: of)?) (?:{_NAME_RUN}|(?:the|The) [\p{{L}}'’.\- ]{{1,50}}+)"
    rf"|{_NAME_RUN} ?/ ?(?i:courtesy|handout)"
)
_COPYRIGHT_CREDIT = lazyregex.compile(
    rf"(?:©|\(c\)|Ⓒ) ?(?:Provided by )?{_NAME_RUN}(?:[,/] ?{_NAME_RUN}){{0,2}}+"
)
# "Mara Quint for The New York Times", "Jeff Gilbert for The Telegraph": a staff or
# freelance photographer working for a news outlet (the outlet's last word is a news word).
_NEWS_WORDS = (
    r"Times|Post|News|Journal|Tribune|Guardian|Telegraph|Globe|Chronicle|Herald|Star|Magazine|"
    r"Dispatch|Observer|Independent|Gazette|Inquirer|Examiner|Bee|Register|Mail|Express|Atlantic|"
    r"Review|Record|Sentinel|Standard|Press|Bloomberg|NPR|CNN|BBC|ProPublica|TIME|Reuters|AFP"
)
_FOR_CREDIT = lazyregex.compile(rf"{_CAP}(?: {_CAP}){{1,3}}+ for (?:[Tt]he )?+(?:{_CAP} ){{0,4}}+(?:{_NEWS_WORDS})")
# "Scott Olson—Getty Images", "Jane Doe—Bloomberg/Getty Images": a name, an em dash, an agency.
_DASH_CREDIT = lazyregex.compile(
    rf"{_CAP}(?: {_CAP}){{1,3}}+ ?— ?(?:{_AGENCY_WORDS})(?: ?/ ?(?:{_AGENCY_WORDS})){{0,2}}+"
)
# TOI and HT print a stub instead of a caption: "Representative image", "Image for representation".
_CAPTION_STUB = lazyregex.compile(
    r"(?i:(?:representative|representational|file|stock)\s(?:image|photo|photograph|picture|pic)"
    r"|(?:image|photo|picture)\s(?:used\s)?for\srepresentation(?:al\spurposes?)?)"
    r"(?:\s\((?:AFP|PTI|ANI|Reuters|REUTERS|AP|Getty Images|iStock|Shutterstock|HT|TOI|File)\))?"
)
_FILE_PREFIX = lazyregex.compile(r"(?:File|FILE|Archive|ARCHIVE) ?: ?")
_PAREN_NAMES = lazyregex.compile(rf"\({_CAP}(?: {_WORD}){{1,5}}+\)")
_NOT_CREDIT_PAREN = lazyregex.compile(
    r"(?i)\b(?:laughter|applause|crosstalk|music|soundbite|inaudible|sic|continued|"
    r"part|chapter|video|audio|updated|update|corrected|correction|editor|translated|"
    r"opens in|new tab|read more|ret|retd|r|d|i)\b"
)
_ENDS_SENTENCE = lazyregex.compile(r"[.!?…][\"'”’)\]]*+$")
_DIGIT_RUN = lazyregex.compile(r"\d{4}")

# A trailing credit on a caption line.  The search runs on the last _TAIL_CHARS characters.
_TAIL_STRONG = lazyregex.compile(
    r"(?:"
    # (photo credit: X), (Photo: X), (AP Photo/X), (Image: X), (credit: X/Y), (Getty Images)
    rf"\((?i:{_LABEL_WORDS})\s{{0,2}}(?:[:,]|\s(?i:by|courtesy of|courtesy))[^()\n]{{1,90}}+\)"
    r"|\((?:AP|AFP|Reuters|REUTERS|Getty Images|EPA|Shutterstock|Handout|Supplied|File)"
    r"(?: Photo(?:[/,][^()\n]{1,80}+)?|[/,][^()\n]{1,80}+)\)"
    r"|\((?:Getty Images|Getty|Shutterstock|Handout|Supplied|File photo|File Photo|PA Wire|PA Media|PA Archive|"
    r"PA Images|AFP via Getty Images)\)"
    # [Daniel Mwangi/Reuters], [File: X/AFP], [Reuters]
    rf"|\[(?:File: ?)?{_NAME_RUN}(?: ?/ ?{_WORD}(?: {_WORD}){{0,5}}+){{1,3}}+\]"
    r"|\[(?:File: ?)?(?:Reuters|REUTERS|AFP|AP|AP Photo|Getty Images|EPA|EPA-EFE|Anadolu(?: Agency)?|"
    r"Al Jazeera|Handout|Supplied|File)(?: via [^\[\]\n]{1,40}+)?\]"
    # © Olivier Chazal, AFP
    rf"|(?:©|Ⓒ) ?{_NAME_RUN}(?:[,/] ?{_NAME_RUN}){{0,2}}+"
    # Credit: X for The Texas Tribune; Photo: X; File photo by X/Reuters; Photograph: X/Reuters
    rf"|(?<![\p{{L}}\p{{N}}_])(?:{_CREDIT_LABEL.pattern})[^\n]{{1,90}}+"
    r")\s*+$"
)
# A slash credit after a full stop: "... June 3, 2024. REUTERS/Eva Manez".
_TAIL_SLASH = lazyregex.compile(
    r"(?<=[\p{Ll}\p{N}][.!?][\"”’]?+ )"
    rf"(?:{_CAP}(?: {_RUNWORD}){{0,4}}+ ?/ ?{_WORD}(?: {_WORD}){{0,6}}+(?: ?/ ?{_WORD}(?: {_WORD}){{0,4}}+)?+"
    rf"|{_CAP}(?: {_CAP}){{1,3}}+ ?— ?{_WORD}(?: {_WORD}){{0,4}}+(?: ?/ ?{_WORD}(?: {_WORD}){{0,4}}+)?+)\s*+$"
)
# A weaker trailing credit, only after a full stop and on caption-shaped lines:
# "... resurface the deck. (WVLT)", "... on Thursday. (Marisa Delgado/Patch)".
_TAIL_WEAK = lazyregex.compile(
    r"(?<=[\p{Ll}\p{N}][.!?][\"”’]?+ )"
    rf"(?:\([WK]\p{{Lu}}{{2,3}}(?:-TV)?\)|\({_NAME_RUN}(?: ?/ ?{_WORD}(?: {_WORD}){{0,5}}+){{1,3}}+\)"
    # (Jahi Coleman for The Washington Post), (Marlow County Sheriff's Office via AP)
    rf"|\({_CAP}(?: {_CAP}){{1,3}}+ for (?:[Tt]he )?+(?:{_CAP} ){{0,4}}+(?:{_NEWS_WORDS})\)"
    rf"|\({_NAME_RUN} via (?:AP|AFP|Reuters|REUTERS|Getty Images)\)"
    # Courtesy of Second Desk; getty (Forbes)
    rf"|(?i:photo )?+(?i:courtesy of|courtesy) {_NAME_RUN}|getty)"
    r"\s*+$"
)
# A credit glued to the caption without a space: "...HaderaMoshe Shai/Flash90",
# "John KirbyREUTERS/Jim Bourg", "...on April 3.ETHAN CAIRNS/THE GLOBE AND MAIL".
_TAIL_GLUED = lazyregex.compile(
    r"(?:(?<=\p{Ll})|(?<=[\p{Ll}\p{N}][.!?]))"
    rf"(?:{_CAP}(?: {_CAP}){{0,4}}+ ?/ ?{_WORD}(?: {_WORD}){{0,6}}+(?: ?/ ?{_WORD}(?: {_WORD}){{0,4}}+)?+"
    r"|(?:Getty Images|AFP via Getty Images|AFP|REUTERS|Reuters|AP Photo|Shutterstock))"
    r"\s*+$"
)

# Sentence boundaries inside a line (to count sentences).
_SENTENCE_BREAK = lazyregex.compile(r"[\p{Ll}\p{N})][.!?][\"”’]?+\s++[\"“‘]?+\p{Lu}")
# A wire dateline at the start: "WASHINGTON (AP) —", "KNOXVILLE, Tenn. (WVLT) -".
_DATELINE = lazyregex.compile(r"^[\p{Lu}][\p{L}.,' \-]{1,60}+\([\p{L}\p{N} .&\-]{1,20}+\)\s*+[—–\-]")
# A date, typical of captions: "on March 30, 2024", "May 2, 2024", "in 2023".
_DATE_CUE = lazyregex.compile(
    r"\b(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]{0,6}+\.? \d{1,2}\b"
    r"|\b\d{1,2} (?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]{0,6}+\b"
    r"|\b(?:in|on) (?:19|20)\d\d\b"
)

# A full date with its year that ends the sentence: wire captions end so ("..., Jan. 1, 2024.").
_DATE_END = lazyregex.compile(
    r"(?:\b(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]{0,6}+\.? \d{1,2}, (?:19|20)\d\d"
    r"|\b\d{1,2} (?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]{0,6}+,? (?:19|20)\d\d)\.$"
)
# Words that describe a picture rather than report news.
_VISUAL_CUE = lazyregex.compile(
    r"(?i)\b(?:illustration|rendering|pictured|poses|posing|photographed|file (?:photo|image)|"
    r"handout (?:photo|image|picture)|undated (?:photo|image|picture|handout)|aerial (?:view|photo)|"
    r"satellite (?:image|photo|picture)|screenshot|screen ?grab|still from|is seen|are seen|seen here|"
    r"artist['’]s (?:impression|concept|illustration|rendering)|"
    r"(?:this|a|the) (?:photo|photograph|image|picture) (?:shows|taken|released|provided|made)|"
    r"(?:photo|photograph|image|picture|illustration|map|graphic|chart) shows)\b"
)
_GALLERY = lazyregex.compile(
    r"(?i)(?:open this photo in gallery|view (?:this )?(?:photo|image)s? in gallery|"
    r"open (?:the )?gallery|view (?:the )?(?:full )?gallery|launch (?:the )?gallery|"
    r"(?:toggle|hide|show|expand|view) caption|enlarge this (?:image|photo)|"
    r"(?:click|tap) (?:to|here to) enlarge|enlarge (?:image|photo)|expand (?:image|photo)|"
    r"(?:photo|image|picture|slide) \d{1,3} of \d{1,3}|\d{1,3} of \d{1,3} (?:photos|images)|"
    r"see (?:all|more) (?:\d{1,3} )?(?:photos|images)|photo gallery)\s*+:?"
)
_LABELLED_CAPTION = lazyregex.compile(
    r"(?:Image|Media|Video|Photo|Picture) caption,? \S"
    r"|(?i:caption|photo caption|image caption|pictured|top image|main image) ?: \S"
)
_PICTURED = lazyregex.compile(
    r"\((?:pictured|left|right|centre|center|inset|above|below|top|bottom|far left|far right|"
    r"second (?:left|right|from (?:left|right)))(?:[ ,][^()]{0,60}+)?\)"
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


@lru_cache(maxsize=8192)
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
    return _QUICK_TAIL.search(text[-_TAIL_CHARS:]) is not None


def _credit_line(line: Line | None) -> bool:
    return line is not None and is_credit(line.stripped)


def _norm(text: str) -> str:
    return " ".join(text.split())


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
    """True if some line may be a credit that holds none of _CREDIT_LINE_WORDS.

    Such a credit has at most _CREDIT_MAX_CHARS characters and is wrapped ("(Manitoba
    Government)", "[TT]": the line starts with "(" or "[" and ends with ")" or "]"), a
    standalone agency ("EPA", "File: Reuters": the line ends with it), or a "Name for The
    Outlet" credit (the line holds " for " and ends with one of _NEWS_WORDS).  A line
    with table pipes at its ends holds "|", one of the words (is_credit strips pipes
    twice, and a pipe left over by the first strip makes any agency name a credit).  A
    map of C calls over the folded lines picks the few lines whose last character fits
    (folding keeps it); only those are tested.  Cached per document (CN202 and CN204
    both ask).
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
        if shape:
            return True
    return False


def _next_starts_with(doc: Document) -> bool:
    """True if some line starts with the whole line before it (folded): CN201's copies.

    Folding maps each character on its own, so ``b.startswith(a)`` implies it for the
    foldings; a copy that differs only in its white space holds one of _ODD_SPACES.
    """
    folded = folded_lines(doc)
    return any(map(str.startswith, folded[1:], folded))


# ---------------------------------------------------------------------------------------
# Rules
# ---------------------------------------------------------------------------------------


@rule("CN201", "duplicated-caption", words=_ODD_SPACES, when=_next_starts_with)
def duplicated_caption(doc: Document) -> Iterator[Hit]:
    r"""Remove a photo caption printed twice on adjacent lines, and a caption line that is
    repeated on the next line with its credit attached.

    Flattened pages often print a caption twice (the image's alt text and its figcaption),
    or print the caption alone and then again glued to its credit ("John Kirby" then
    "John KirbyREUTERS/Jim Bourg").  Both copies are boilerplate.  Only caption-shaped
    lines count: no quotes or reporting verbs, at most a few sentences, and long ones
    only next to a credit or with a date in them.  A quote that is repeated later in the
    story, or an answer repeated in an interview, is kept.

    Okay: "We are not leaving," she said.\n"We are not leaving," she said.
    Okay: Yes.\nYes.
    Okay: The fans sang:\nRovers till we die, Rovers till we die\nRovers till we die, Rovers till we die
    Okay: Go on and sing it again now\nGo on and sing it again now\nGo on and sing it again now
    Okay: John Kirby\nJohn Kirby said the talks would continue next week in Washington.
    Okay: The sea gives back everything.\nIt keeps the rest.\nThe sea gives back everything.
    CN201: The province will hire 60 more firefighters this spring, officials said on Wednesday.\nCrews repair a bridge near Thompson in 2023.\nCrews repair a bridge near Thompson in 2023.
    CN201: John Kirby\nJohn KirbyREUTERS/Jim Bourg
    CN201: Desalination plant near Hadera\nDesalination plant near HaderaMoshe Shai/Flash90
    CN201: A harbour at dawn.\nA harbour at dawn. (AP Photo/Jane Doe)
    """
    lines = doc.lines
    head = -1
    for i in range(len(lines) - 1):
        a, b = lines[i], lines[i + 1]
        ta, tb = a.stripped, b.stripped
        # Quick check: equal word runs, or ``tb`` starting with ``ta``, begin with the
        # same character (both texts are stripped).
        if ta[:1] != tb[:1]:
            continue
        if len(ta) > _CAPTION_MAX_CHARS or len(tb) > _CAPTION_MAX_CHARS + _CREDIT_MAX_CHARS:
            continue
        if _norm(ta) == _norm(tb):
            nxt = lines[i + 2] if i + 2 < len(lines) else None
            if i > 0 and _norm(lines[i - 1].stripped) == _norm(ta):
                continue  # three or more copies: a refrain, not a caption
            if nxt is not None and _norm(nxt.stripped) == _norm(ta):
                continue
            if i > 0 and lines[i - 1].stripped.endswith(":"):
                continue  # lines introduced by a label: a list, a chant, a lyric
            words = word_count(ta)
            if (i == 0 or not _ENDS_SENTENCE.search(ta)) and not _credit_line(nxt):
                if head < 0:
                    head = head_end(doc)
                if i < head:
                    continue  # a headline printed twice (title and h1): not a caption
            if words < 6 or not looks_like_caption(ta, max_words=60, max_sentences=3):
                continue
            if words > 20 and not (
                _credit_line(nxt)
                or (i > 0 and _credit_line(lines[i - 1]))
                or _DATE_CUE.search(ta)
            ):
                continue
            yield Hit(i, i + 1, "caption printed twice")
        elif tb.startswith(ta) and len(tb) > len(ta):
            rest = tb[len(ta) :]
            if not looks_like_caption(ta, max_words=40, max_sentences=2):
                continue
            if is_credit(rest, after_caption=True):
                yield Hit(i, i, "caption printed again with its credit on the next line")


@rule("CN202", "credit-line", words=_CREDIT_LINE_WORDS + _STUB_WORDS, when=_credit_shape, local=True)
def credit_line(doc: Document, candidates: list[int]) -> Iterator[Hit]:
    r"""Remove a line that is only a photo credit.

    Credits name a photographer and an agency joined by "/" or "via" ("Mohammed Abed/AFP
    via Getty Images", "NASA/JPL-Caltech", "REUTERS/Jim Bourg"), carry a label ("Photo:
    ...", "Photograph: X/Reuters", "Image: Jens Köhler/dpa/picture alliance", "Image
    source, Getty Images", "(AP Photo/Jane Doe)"), or are a short parenthesised name on a
    line of their own ("(Manitoba Government)").  A credit is short and never a sentence:
    prose that mentions photos or agencies ("Photo agencies were once a fixture ...",
    "..., Reuters reported.") is kept, as are transcript cues like "(Applause)".

    A slash pair without an agency is a credit only when its first side is a person's
    name (no digits, no acronym, no heading word such as "For") and the other an outlet
    (capitals, a domain, "The X", an outlet word such as "Post" or "Magazine", or, in
    brackets, one capitalised word: "(Marisa Delgado/Patch)").  What follows a label is
    names, not prose, a spec or code.  So numbered or bulleted list items ("7.
    Data/Signal Routing"), headings that pair places, products or roles ("Riverside
    Drive / Harbour Street", "Product Manager/Owner"), spec lines ("Graphics: AMD Radeon
    780M") and config lines ("Image: nginx/stable:latest") are kept.

    Okay: Photo agencies were once a fixture of the newspaper industry.
    Okay: Photo identification is not required at the clinics, officials said.
    Okay: (Applause)
    Okay: (SOUNDBITE OF MUSIC)
    Okay: The deal was first reported by Reuters.
    Okay: Results:
    Okay: Pass/fail
    Okay: Courtesy of the family, the funeral will be private and no flowers are expected.
    CN202: Mohammed Abed/AFP via Getty Images
    CN202: Marta Kowal via Getty Images
    CN202: NASA/JPL-Caltech
    CN202: Image: Jens Köhler/dpa/picture alliance
    CN202: (Manitoba Government)
    CN202: Getty Images
    CN202: REUTERS/Jim Bourg
    CN202: (AP Photo/Jane Doe)
    CN202: Photograph: Tom Ellis/Reuters
    CN202: Image source, Getty Images
    CN202: ETHAN CAIRNS/THE GLOBE AND MAIL
    CN202: Courtesy of the family
    CN202: © Provided by The Guardian
    CN202: Mara Quint for The New York Times
    CN202: Credit...Mara Quint for The New York Times
    CN202: EFE-EPA/JUAN HERRERO
    CN202: ANSA/ANDREA MEROLA
    CN202: Scott Olson—Getty Images
    CN202: Representative image
    CN202: Image for representation (AFP)
    CN202: Illustration by The Atlantic. Sources: Getty; Shutterstock.
    Okay: Kamala Harris for President
    Okay: Illustration by a local artist. She sold it for charity.
    Okay: Votes for women
    Okay: The Photo... was fake, she said.
    Okay: 7. Data/Signal Routing
    Okay: 2) Hot Water/Steam
    Okay: Riverside Drive / Harbour Street
    Okay: B. Flambé / Cart Service
    Okay: Acme Books / Pagely
    Okay: Platform DevOps/SRE Support
    Okay: For Parents/Guardians
    Okay: Product Manager/Owner
    Okay: Graphics: AMD Radeon 780M
    Okay: Image: nginx/stable:latest
    Okay: Photos, not promises
    Okay: Photo: Open the app and tap the camera
    Okay: - Photo: Getty Images
    CN202: Tom Delaney/Cape Breton Post
    CN202: Barbara J. Perenic/The Columbus Dispatch
    CN202: (Marisa Delgado/Patch)
    CN202: Sgt. Jane Doe/U.S. Army
    CN202: Photo: courtesy of the family
    CN202: Photo by Jane Roe https://www.pexels.com/photo/red-lights-12345
    CN202: Graphics by Jane Doe
    """
    lines = doc.lines
    for index in candidates:
        text = lines[index].stripped
        if len(text) > _CREDIT_MAX_CHARS and text[0] != "|" and text[-1] != "|":
            continue  # too long for a credit (is_credit strips only pipes and spaces) or a stub
        if is_credit(text):
            yield Hit(index, index, "photo credit")
        elif len(text) <= 60 and _has_label_core(fold(text)) and _CAPTION_STUB.fullmatch(text):
            yield Hit(index, index, "caption stub")


@rule("CN203", "caption-with-credit", words=_TAIL_WORDS, local=True)
def caption_with_credit(doc: Document, candidates: list[int]) -> Iterator[Hit]:
    r"""Remove a caption line that ends with its photo credit.

    The credit may be labelled ("... Credit: Santiago Vela for The Texas Tribune",
    "(photo credit: ERAN LAVI/FLASH90)", "File photo by Carla Mendez/Reuters"), bracketed
    ("[Daniel Mwangi/Reuters]", "(AP Photo/Jane Doe)"), marked with "©", or glued to the
    caption without a space ("... on April 3.ETHAN CAIRNS/THE GLOBE AND MAIL").  A short
    parenthesised outlet after a full stop ("... the deck. (WVLT)") counts only on a
    caption-shaped line.  A sentence with a quote is never a caption unless the credit is
    explicit; body text that cites a wire ("..., Reuters reported.") has no such credit.
    A label credits a photo only where a caption ends (after a full stop, a bracket, a
    bar or a dash, or capitalised with a colon), followed by names: a label word inside
    prose ("mix photos, text, and graphics", "qualify for the credit, the ...") is kept.
    A list item ("- ...", "3. ...") is never a caption, nor a heading such as "3. Sand
    The Old Deck/Rail".

    Okay: Israel and Cyprus agreed to restart talks on a pipeline, Reuters reported.
    Okay: KNOXVILLE, Tenn. (WVLT) - Drivers who use the bridge will need another way into town.
    Okay: "We are done," he told reporters. (WVLT)
    Okay: The agency's budget was cut by the Environmental Protection Agency (EPA).
    Okay: The trade between the U.S./Mexico border towns grew.
    CN203: Musicians perform in Tel Aviv, March 6, 2024. (photo credit: ERAN LAVI/FLASH90)
    CN203: Farmers carry placards in Nairobi, Kenya, March 15, 2024 [Daniel Mwangi/Reuters]
    CN203: A minister inspects a returned mask in Lyon on March 12, 2024. © Olivier Chazal, AFP
    CN203: A pivot irrigation system outside Pecos. Credit: Santiago Vela for The Texas Tribune
    CN203: Crews will replace the expansion joints and resurface the deck. (WVLT)
    CN203: Volunteers sort donated groceries at the pantry on Thursday. (Marisa Delgado/Patch)
    CN203: Left: A nurse prepares a dose of vaccine. File photo by Carla Mendez/Reuters
    CN203: Construction cranes above downtown Vancouver on April 3.ETHAN CAIRNS/THE GLOBE AND MAIL
    CN203: John KirbyREUTERS/Jim Bourg
    CN203: Firefighters battle a blaze near Valencia, Spain, June 3, 2024. REUTERS/Eva Manez
    CN203: Smoke rises over the city after the strike [File: Mahmoud Issa/Reuters]
    CN203: A protester waves a flag outside parliament. (AP Photo/Jane Doe, File)
    CN203: Rescue workers search the rubble. Photograph: Ali Hassan/Reuters
    CN203: Workers raised a seawall in Point Lisle, N.J., last month.Credit...Mara Quint for The New York Times
    CN203: Residents line up for water at a school on Thursday. (Jahi Coleman for The Washington Post)
    CN203: Deputies carry a hiker down a trail on Saturday. (Marlow County Sheriff's Office via AP)
    CN203: Passengers wait at a London station during a previous strike (PA Wire)
    CN203: The cofounders, Mia Reyes and Tom Kahn. Courtesy of Second Desk
    CN203: A wind farm off the coast of Block Island. getty
    CN203: A voter casts a ballot in Des Moines, Iowa, on Jan. 4, 2024. Scott Olson—Getty Images
    CN203: Tourists walk across a bridge in Venice. ANSA/ANDREA MEROLA
    Okay: "We never gave up," she said. Courtesy of the family
    Okay: The mayor thanked the crews. (Jane Doe for Mayor)
    Okay: The long war—and what came after it—changed the town.
    Okay: - How to mix photos, text, and graphics
    Okay: - Share photos, reels, and stories daily
    Okay: - Print buyers at Northside Graphic, Delta Printing and Union Photo.
    Okay: The Proof is in the Pictures, not the Numbers
    Okay: File a return to claim it.1 If you qualify for this credit, the most you can get is:
    Okay: 3. Sand The Old Deck/Rail
    Okay: 12. Wire Cutters/Strippers
    CN203: Interior design by Jane Roe, Sonoma CA. Photo: Tom Kuoh
    CN203: The minister leaves Downing Street on Friday Credit: Jeff Gilbert for The Telegraph
    CN203: Trains leave the depot every hour. Image by Jane Roe
    """
    lines = doc.lines
    for index in candidates:
        text = lines[index].stripped.strip("|").strip()
        if len(text) > _CAPTION_MAX_CHARS or not text or _LIST_ITEM.match(text):
            continue  # a list item is not a caption ("2. Remove The Old Paint/Stain")
        start = trailing_credit(text)
        if start is None:
            continue
        caption = text[:start].strip()
        if not caption or word_count(caption) > 60:
            continue
        if not _strong_tail(text, start) or is_reported_speech(caption):
            if not looks_like_caption(caption, max_words=35, max_sentences=2):
                continue
        yield Hit(index, index, "caption with its photo credit")


def _without_trailing_parenthesis(text: str) -> str:
    """``text`` without a short parenthesis at its end ("... Europe. (Reuters)" -> "... Europe.")."""
    if not text.endswith(")"):
        return text
    start = text.rfind("(")
    if start <= 0 or len(text) - start > 60 or ")" in text[start:-1]:
        return text
    return text[:start].rstrip()


@rule("CN204", "caption-before-credit", words=_CREDIT_LINE_WORDS, when=_credit_shape)
def caption_before_credit(doc: Document, candidates: list[int]) -> Iterator[Hit]:
    r"""Remove a caption line that sits directly before a credit-only line.

    When a page prints the caption and the credit on separate lines, the credit is
    recognised by CN202 and the line right before it is the caption ("An artist's
    illustration shows a young star ..." above "NASA/JPL-Caltech").  The line must look
    like a caption: one short sentence, no quotes, no reporting verbs, not a dateline;
    a body paragraph that happens to precede an uncaptioned photo's credit is kept, also
    when it ends in a wire tag after its full stop ("... Europe. (Reuters)").

    Okay: "We expected some water," said the lead author.\nNASA/JPL-Caltech
    Okay: The council voted on Tuesday. The plan passed. Officials cheered.\nGetty Images
    Okay: Results:\nGetty Images
    Okay: An artist's illustration shows a young star.\nThe star is about 370 light-years away.
    Okay: The deal still needs approval from regulators in the United States and Europe. (Reuters)\nMohammed Abed/AFP via Getty Images
    CN204: An artist's illustration shows a young star surrounded by a disk of gas and dust.\nNASA/JPL-Caltech
    CN204: Passengers board a train at a station in Beijing, capital of China, Jan. 1, 2024.\nXinhua/Li Wei
    Okay: The law takes effect on Jan. 1, 2025, officials said.\nXinhua/Li Wei
    CN204: The journey currently takes around five and a half hours on one of the busiest routes.\nTrains between the two capitals run only a handful of times a day\nImage: Jens Köhler/dpa/picture alliance
    """
    lines = doc.lines
    head = -1
    for below in candidates:
        # the credit line first (a candidate holds one of its words): it is rare and
        # (gated) cheap to rule out; the caption is the line above it
        if below == 0 or not _credit_line(lines[below]):
            continue
        i = below - 1
        text = lines[i].stripped
        if len(text) > _CAPTION_MAX_CHARS or word_count(text) < 3:
            continue
        if is_credit(text):
            continue
        if not looks_like_caption(text, max_words=35, max_sentences=1):
            continue
        if _ENDS_SENTENCE.search(_without_trailing_parenthesis(text)):
            # a sentence: only with words that describe a picture, since a body
            # paragraph can sit right before the credit of an uncaptioned photo
            if _VISUAL_CUE.search(text) is None and _DATE_END.search(text) is None:
                continue
        else:
            if head < 0:
                head = head_end(doc)
            if i < head or word_count(text) < 10:
                continue  # a headline or a subheading over an uncaptioned photo
        yield Hit(i, i, "caption above its photo credit")


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


@rule("CN206", "pictured-caption", words=_PICTURED_TRIGGERS)
def pictured_caption(doc: Document, candidates: list[int]) -> Iterator[Hit]:
    r"""Remove a caption that points at the photo, "(pictured ...)", and has no full stop.

    Daily Mail captions name a person with "(pictured)", "(left)" or "(pictured outside
    court)" and end without a full stop.  Body sentences that say "(pictured above)" end
    with one and are kept; so is the headline on the first line.

    Okay: I spent months testing Nomad's version (pictured above) that launched first.
    Okay: Builder (pictured) ordered to pay £18,000
    Okay: "He was my best friend," said his mother (pictured)
    CN206: Headline\nDarren Hollings (pictured outside court), 46, admitted three offences under the Act
    CN206: Headline\nThe couple (left) at their wedding in 2019
    """
    lines = doc.lines
    for index in candidates:
        line = lines[index]
        if line.index == 0:
            continue
        text = line.stripped
        if len(text) > _CAPTION_MAX_CHARS or "(" not in text:
            continue
        if _ends_like_prose(text) or text.endswith((":", "?")):
            continue
        if _PICTURED.search(text) is None:
            continue
        if word_count(text) <= 50 and not is_reported_speech(text):
            yield Hit(line.index, line.index, "caption pointing at the photo")


@rule("CN207", "gallery-widget", words=_GALLERY_TRIGGERS, local=True)
def gallery_widget(doc: Document, candidates: list[int]) -> Iterator[Hit]:
    """Remove photo-gallery widget labels: "Open this photo in gallery:", "toggle caption".

    These are button and link texts of an image viewer, left behind as lines of their
    own.  Only whole short lines match; a sentence that mentions a gallery is kept.

    Okay: The gallery will open its photo exhibition in June.
    Okay: Photos from a bank surveillance camera, shown in court, captured him.
    CN207: Open this photo in gallery:
    CN207: toggle caption
    CN207: Photo 3 of 12
    CN207: Enlarge this image
    """
    lines = doc.lines
    for index in candidates:
        line = lines[index]
        text = line.stripped
        if len(text) > 60:
            continue
        if not _may_be_gallery(fold(text)):
            continue
        if _GALLERY.fullmatch(text):
            yield Hit(line.index, line.index, "photo gallery widget")
