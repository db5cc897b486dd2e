"""Conservative Unicode repair: the one place that imports ftfy.

Scraped news text sometimes arrives as mojibake ("doesnâ€™t") or with HTML entities left
in ("Q&amp;A").  These are repaired before the rules run, because a rule cannot recognise
boilerplate it cannot read.  Well-formed text is never changed: quotes stay curly,
widths and ligatures stay as they are, line breaks and Unicode normalisation forms are
untouched.

ftfy is slow next to the rules, so it only runs on text that shows a sign of damage:
a UTF-8 lead byte read as Latin-1/Windows-1252 followed by a continuation byte, an HTML
entity, a C1 control character, a terminal escape or a lone surrogate.  For the same
reason ftfy (some 60 ms to import, with its character tables) is imported when a text
first shows such a sign, not with cleannews.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    import ftfy

__all__ = ["DAMAGE", "damaged", "repair"]


@lru_cache(maxsize=1)
def _ftfy_config() -> ftfy.TextFixerConfig:
    """The configuration :func:`repair` runs ftfy with (importing ftfy the first time)."""
    import ftfy

    return ftfy.TextFixerConfig(
        unescape_html="auto",
        remove_terminal_escapes=True,
        fix_encoding=True,
        restore_byte_a0=True,
        replace_lossy_sequences=True,
        decode_inconsistent_utf8=True,
        fix_c1_controls=True,
        fix_latin_ligatures=False,
        fix_character_width=False,
        uncurl_quotes=False,
        fix_line_breaks=False,
        fix_surrogates=True,
        remove_control_chars=False,
        normalization=None,
        explain=True,
    )


# Windows-1252 characters that stand for the bytes 0x80-0xBF, the UTF-8 continuation bytes.
_CP1252_CONTINUATION = "€‚ƒ„…†‡ˆ‰Š‹ŒŽ‘’“”•–—˜™š›œžŸ"
#: A sign of damage: a UTF-8 lead byte read as Latin-1/Windows-1252 and then a character
#: standing for a continuation byte, an HTML entity, a C1 control, an escape, a surrogate.
#: (:func:`damaged` searches the same over the text's bytes, which is faster.)
DAMAGE = re.compile(
    "[\u00c2-\u00f4][\u0080-\u00bf" + _CP1252_CONTINUATION + "]"
    r"|&(?:#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});"
    "|[\u0080-\u009f\u001b\ud800-\udfff]"
)


def _utf8(chars: str) -> bytes:
    """A byte pattern matching the UTF-8 encoding of any one character of ``chars``."""
    return b"(?:" + b"|".join(re.escape(ch.encode("utf-8")) for ch in sorted(chars)) + b")"


#: :data:`DAMAGE` over the text's UTF-8 bytes (surrogates passed through), one pattern per
#: branch.  UTF-8 encodes each character on its own and no character's bytes start inside
#: another's, so the bytes match exactly where the text does.  Each pattern starts with one
#: literal byte, which the standard library's engine finds with a fast scan: together they
#: take a tenth of the time of one search of the text with character classes.
_MOJIBAKE, _ENTITY, _C1_CONTROL, _ESCAPE, _SURROGATE = (
    re.compile(b"\xc3[\x82-\xb4]" + _utf8("".join(map(chr, range(0x80, 0xC0))) + _CP1252_CONTINUATION)),
    re.compile(rb"&(?:#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});"),
    re.compile(b"\xc2[\x80-\x9f]"),  # C1 controls
    re.compile(b"\x1b"),  # terminal escapes
    re.compile(b"\xed[\xa0-\xbf]"),  # surrogates
)


def damaged(text: str) -> bool:
    """True if ``text`` shows a sign of damage (:data:`DAMAGE`) that :func:`repair` looks at ftfy for."""
    data = text.encode("utf-8", "surrogatepass")
    return bool(
        _MOJIBAKE.search(data) or _ENTITY.search(data) or _C1_CONTROL.search(data)
        or _ESCAPE.search(data) or _SURROGATE.search(data)
    )


#: Line breaks as the text model counts them (``cleannews.document``): CRLF, CR, LF.
_LINE_BREAK = re.compile(r"(\r\n|\r|\n)")


def repair(text: str) -> tuple[str, tuple[str, ...]]:
    """Repair mojibake and broken entities; return the text and the names of the fixes.

    Text with no sign of damage is returned as it is, with no fixes.  Each line is repaired
    on its own: ftfy decides some fixes from the whole text it is given (entities stay when
    it holds a ``<``; an encoding is fixed only when all its odd sequences decode), so a
    line's repair must not depend on other lines, which the rules may remove; otherwise
    cleaning the output again would repair what the first cleaning left.
    """
    if not damaged(text):
        return text, ()
    import ftfy

    config = _ftfy_config()
    lines = _LINE_BREAK.split(text)  # lines at even positions, their breaks between
    steps: dict[str, None] = {}
    changed = False
    for n in range(0, len(lines), 2):
        line = lines[n]
        if line and damaged(line):
            fixed = ftfy.fix_and_explain(line, config=config)
            if fixed.text != line:
                lines[n] = fixed.text
                changed = True
                steps.update((step, None) for _kind, step in (fixed.explanation or ()))
    if not changed:
        return text, ()
    return "".join(lines), tuple(steps)
