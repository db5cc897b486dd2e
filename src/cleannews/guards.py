"""Lines that no rule may remove: the engine's guards, checked on every hit.

Rules are written for news boilerplate; the texts they meet also hold source code,
tables and documents that are one long paragraph.  Whatever a rule reports, the engine
refuses a hit that would delete:

- a **code line**: source code, configuration or a shell command
  (``image: nginx:1.27``, ``entity_picture: "/api/image/serve/1"``, ``print(total)``,
  ``return {"ok": true};``, ``$ pip install cleannews``, ``<div class="x">``);
- a **table row**: a pipe-delimited row of two or more cells with words (``| Plan | Price |``),
  or a rule row (``|---|---|``) next to such a row, which is part of an intact table;
- a line holding a **large share of the document's words** (at least
  :data:`SHARE_MIN_WORDS` words and :data:`SHARE` of all words): the article itself.

A hit that covers several lines is refused whole when any of them is guarded, so that a
block is never taken apart.  A span hit (part of one line) is refused on a code line or a
table row; on a long line it only shortens it, and is allowed.  The guards depend only on
the document the rules saw, so cleaning stays deterministic and idempotent: a refused hit
is refused again on the output.
"""

from __future__ import annotations

import regex

from . import lazyregex
from .caching import text_cache
from .document import Document, Hit

__all__ = ["SHARE", "SHARE_MIN_WORDS", "Guard", "is_code", "is_table_row", "is_table_rule"]

#: A line with at least this share of the document's words (and :data:`SHARE_MIN_WORDS`) is guarded.
SHARE = 0.4
SHARE_MIN_WORDS = 60

# -- shapes --------------------------------------------------------------------------
# Every pattern is anchored at the start (``\A``) and bounded, and is only tried on lines
# of at most :data:`CODE_MAX_CHARS` characters.

#: Lines longer than this are never taken for code.
CODE_MAX_CHARS = 500

_CODE_PATTERNS = tuple(lazyregex.compile(r"\A(?:" + body + r")\Z") for body in (
    # a call: name(args) with nothing after but ; , { or a comment, where the name is
    # dotted or snake_case, or the arguments are empty or hold code characters
    # ("Comments(12)" and "Share(3)" are widgets, not code)
    r"(?:[A-Za-z_$][\w$]{0,80}[._][\w$.]{0,80}\([^()\n]{0,200}\)|[A-Za-z_$][\w$.]{0,80}"
    r"\((?:[^()\n]{0,200}[\"'=.:/_][^()\n]{0,200})?\))\s{0,4}[;{,]?\s{0,4}(?://.{0,200}|#.{0,200})?",
    # a statement ending with ; or an opening or closing brace
    r".{0,400}(?:;|\{|\}|\};|\);|\)\s\{)",
    r"[}\])]{1,4}[;,)]{0,3}",
    # assignment: name = value, name += value, let/const/var name = value
    r"(?:(?:let|const|var|val|auto|int|def)\s{1,4})?[A-Za-z_$][\w$.\[\]'\"]{0,80}\s{0,4}[-+*/%|&]?=\s{0,4}\S.{0,400}",
    # configuration: key: value, where the key is a lower-case identifier and the value a
    # quoted string, a number or date, a path, a URL or another key (YAML, docker-compose, JSON)
    r"-?\s{0,4}[\"']?[a-z_][a-z0-9_.\-]{0,60}[\"']?:\s{1,4}"
    r"(?:\"[^\"\n]{0,400}\"|'[^'\n]{0,400}'|[\w.\-]{0,80}[/:]\S{0,200}|-?\d[\d._:\-TZ+]{0,30}|true|false|null|"
    r"\[.{0,400}\]|\{.{0,400}\}),?",
    # markup: a tag alone or opening the line
    r"</?[a-zA-Z][\w\-]{0,30}(?:\s[^<>\n]{0,400})?/?>.{0,400}",
    # a shell or interpreter prompt, a shebang, a preprocessor line, a comment line of code
    r"(?:\$\s[a-z]|>>>\s|#!/|#include\s|#define\s|//\s?\S).{0,400}",
    # keywords that open a line of code
    r"(?:def|class|import|from\s\S{1,80}\simport|return|function|async\sfunction|public|private|"
    r"static|package|using|namespace|fn|pub\sfn|impl|struct|enum|interface|elif|else:|try:|except\b|"
    r"finally:|while\s\(|for\s\(|if\s\(|switch\s\(|echo|sudo|pip|npm|npx|yarn|git|docker|kubectl|"
    r"curl|wget|apt-get|brew|cd|mkdir|export)\s\S.{0,400}",
))
# Sentences end like this; code lines (but for a ``;``) rarely do.
_PROSE_END = lazyregex.compile(r"[.!?…][\"'”’)\]]{0,3}+\Z")
_WORDS_IN_A_ROW = lazyregex.compile(r"(?:[A-Za-z][a-z'’]{0,30}+\s){6}")


def _cells(text: str) -> list[str] | None:
    """The cells of a pipe-table line (``| a | b |``), or None when it is not one."""
    stripped = text.strip()
    if len(stripped) < 3 or stripped[0] != "|" or stripped[-1] != "|":
        return None
    return stripped[1:-1].split("|")


def is_table_row(text: str) -> bool:
    """True for a pipe table row of two or more cells, with words: ``| Plan | Price |``.

    A one-cell "table" is page layout (a caption or a note in a box), not a table.
    """
    cells = _cells(text)
    return cells is not None and len(cells) >= 2 and any(c.isalnum() for cell in cells for c in cell)


def is_table_rule(text: str) -> bool:
    """True for a table's rule row of two or more cells: ``|---|:---:|``."""
    cells = _cells(text)
    return cells is not None and len(cells) >= 2 and all(
        len(core := cell.strip().strip(":")) >= 3 and not core.strip("-") for cell in cells
    )


#: What a code line holds somewhere (a bracket, an operator, a quote, a path or a prompt),
#: unless it opens with a command or a keyword (``from x import y``, ``docker compose up``).
_CODE_MARKS = frozenset("(){}[];=<>$:#/\"'`|&*+%\\")
_CODE_OPENERS = frozenset((
    "def", "class", "import", "from", "return", "function", "async", "public", "private", "static",
    "package", "using", "namespace", "fn", "pub", "impl", "struct", "enum", "interface", "elif", "else:",
    "try:", "except", "finally:", "while", "for", "if", "switch", "echo", "sudo", "pip", "npm", "npx",
    "yarn", "git", "docker", "kubectl", "curl", "wget", "apt-get", "brew", "cd", "mkdir", "export", "}",
))


@text_cache(8192)
def is_code(text: str) -> bool:
    """True for a line shaped like source code, configuration or a command.

    The shapes are strict: a sentence (six plain words in a row, or a line ending like a
    sentence without a code character before it) is never code, so prose that quotes a
    function name or a price stays prose.
    """
    stripped = text.strip()
    if not stripped or len(stripped) > CODE_MAX_CHARS:
        return False
    if not any(c in _CODE_MARKS for c in stripped) and stripped.split(None, 1)[0] not in _CODE_OPENERS:
        return False  # a quick necessary check: every pattern below needs one or the other
    if _WORDS_IN_A_ROW.search(stripped + " ") and not stripped.endswith((";", "{", "}")):
        return False
    if _PROSE_END.search(stripped) and not stripped.endswith((");", "};")):
        return False
    return any(pattern.fullmatch(stripped) for pattern in _CODE_PATTERNS)


class Guard:
    """Which lines of one document no rule may remove (computed on first use)."""

    __slots__ = ("_document", "_guarded", "_total")

    def __init__(self, document: Document) -> None:
        self._document = document
        self._guarded: dict[int, bool] = {}
        self._total = -1

    def _total_words(self) -> int:
        if self._total < 0:
            self._total = sum(len(line.stripped.split()) for line in self._document.lines)
        return self._total

    def shape_guarded(self, index: int) -> bool:
        """True if line ``index`` is a code line or part of a table."""
        text = self._document.lines[index].stripped
        if is_table_row(text):
            return True
        if is_table_rule(text):
            lines = self._document.lines
            return any(
                0 <= n < len(lines) and is_table_row(lines[n].stripped) for n in (index - 1, index + 1)
            )
        return is_code(text)

    def guarded(self, index: int) -> bool:
        """True if no whole-line hit may remove line ``index``."""
        known = self._guarded.get(index)
        if known is None:
            words = len(self._document.lines[index].stripped.split())
            known = self.shape_guarded(index) or (
                words >= SHARE_MIN_WORDS and words >= SHARE * self._total_words()
            )
            self._guarded[index] = known
        return known

    def allows(self, hit: Hit) -> bool:
        """True if the engine may apply ``hit``."""
        if hit.span is not None:
            return not self.shape_guarded(hit.first)
        return not any(self.guarded(i) for i in range(hit.first, hit.last + 1))
