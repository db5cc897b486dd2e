r"""Literals that every match of a pattern contains: trigger words derived from patterns.

:func:`required_literals` reads a ``regex`` pattern with its own parser and returns literals
such that every string the pattern matches (``search``) contains one, or ``None``;
:func:`trigger_words` and :func:`derived_words` make them the words of a ``Trigger``.

The analysis is a recursion over the syntax.  Each part of a pattern gets four sets of
strings, each ``None`` when unknown (see :class:`_Info`): ``exact`` (every string the part
matches, when they are few), ``prefix`` and ``suffix`` (every match starts, or ends, with
one of them) and ``need`` (every match contains one; never the empty string).  In a
concatenation the parts' sets combine (``exact`` by products, so that plain characters join
into longer literals, and a suffix of one part with a prefix of the next), and the most
selective set is kept: the one whose shortest literal is longest.  An alternation unites
its branches' sets; a repeat of at least one keeps its item's; an optional part has none.

What the parser does not fully understand gives up: a part it can delimit (a backreference,
``\p{..}``, a big set) matches "anything"; anything else (verbose patterns, inline flags
after the start, recursion, fuzzy matching, ``\K``, nested sets) gives ``None``.

Case: with ``IGNORECASE`` (the flag, ``(?i)`` at the very start, or a ``(?i:...)`` group)
every literal is folded with :func:`cleannews.triggers.fold_line` and is in the folded
text of every match.  A character matched as itself folds to ``fold_line(c)`` (folding
maps each character on its own); one matched ignoring case is literal only if it is
ASCII (see the docstring of :mod:`cleannews.triggers`) or caseless punctuation, symbol
or space (:func:`caseless`: no case mapping, so ``regex`` matches it only by itself; the
tests check every code point).  A line break is never literal.  Lookarounds count as
empty.  One pass over the pattern; products stay bounded (:data:`MAX_SET`, :data:`MAX_LEN`).
"""

from __future__ import annotations

import unicodedata
from typing import Any

import regex

from ._literal_sets import _ANY, _NOTHING, MAX_LEN, MAX_SET, _alternation, _concat, _Info, _repeat
from .triggers import fold_line

__all__ = ["MAX_LEN", "MAX_SET", "derived_words", "required_literals", "trigger_words"]

#: Groups nest at most this deep (deeper: give up).
MAX_DEPTH = 100

_ZERO_WIDTH_ESCAPES = frozenset("AbBmMZz")
_CLASS_ESCAPES = frozenset("dDsSwWhX")
_CHAR_ESCAPES = {"t": "\t", "a": "\a"}
_FLAG_LETTERS = frozenset("aifmsuwbepr")


class _GiveUp(Exception):
    """The pattern holds something the analysis does not understand."""


class _Refold(Exception):
    """A group changes the case: read the pattern again, folding every literal."""


def _char(c: str, case: tuple[bool, bool]) -> _Info:
    """One character that the pattern matches as itself (case aside)."""
    literal = _literal(c, case)
    one = frozenset({literal}) if literal is not None else None
    return _Info(one, one, one, one)


def _literal(c: str, case: tuple[bool, bool]) -> str | None:
    """``c`` as a literal, or ``None`` when it cannot be one.  ``case`` is (ignoring case
    here, folding the literals): a character matched as itself folds to ``fold_line(c)``
    (folding maps each character on its own), one matched ignoring case must be ASCII or
    caseless."""
    if len(f"a{c}a".splitlines()) != 1:
        return None  # a line break (of any kind) never lies inside a line
    ignoring, folding = case
    if not ignoring:
        return fold_line(c) if folding else c
    return c.lower() if c.isascii() else c if caseless(c) else None


def caseless(c: str) -> bool:
    """True for a non-letter that no case mapping touches (``regex`` matches it only by itself
    under any case folding, and :func:`fold_line` leaves it as it is)."""
    return unicodedata.category(c)[0] in "PSZ" and c.lower() == c.upper() == c.casefold() == c.title() == c


class _Parser:
    """A recursive-descent reader of one pattern, giving the :class:`_Info` of each part."""

    def __init__(self, source: str, ignoring: bool, folding: bool, v1: bool) -> None:
        self.s = source
        self.i = 0
        self.case = (ignoring, folding)
        self.v1 = v1
        self.depth = 0

    def peek(self, text: str) -> bool:
        return self.s.startswith(text, self.i)

    def alternation(self) -> _Info:
        branches = [self.sequence()]
        while self.peek("|"):
            self.i += 1
            branches.append(self.sequence())
        return _alternation(branches)

    def sequence(self) -> _Info:
        info, s = _NOTHING, self.s
        while self.i < len(s) and s[self.i] not in "|)":
            info = _concat(info, self.quantified(self.atom()))
        return info

    def quantified(self, item: _Info) -> _Info:
        s = self.s
        c = s[self.i : self.i + 1]
        if c not in ("?", "*", "+", "{"):
            return item
        if c == "{":
            low, high = self.braces()
        else:
            self.i += 1
            low, high = {"?": (0, 1), "*": (0, None), "+": (1, None)}[c]
        self.i += s[self.i : self.i + 1] in ("?", "+")  # lazy or possessive: fewer matches
        if s[self.i : self.i + 1] in ("?", "*", "+", "{"):
            raise _GiveUp("a repeat of a repeat")
        return _repeat(item, low, high)

    def braces(self) -> tuple[int, int | None]:
        """``{n}``, ``{n,}``, ``{,m}``, ``{n,m}``; anything else (fuzzy matching, a literal
        brace) gives up."""
        end = self.s.find("}", self.i)
        if end < 0:
            raise _GiveUp("an unclosed brace")
        body = self.s[self.i + 1 : end]
        low, comma, high = body.partition(",")
        if not body.isascii() or not (low.isdigit() or (comma and not low)) or not (high.isdigit() or not high):
            raise _GiveUp(f"braces {body!r}")
        self.i = end + 1
        return (int(low or 0), int(high) if high else None) if comma else (int(low), int(low))

    def atom(self) -> _Info:
        s = self.s
        c = s[self.i]
        if c == "(":
            return self.group()
        if c == "[":
            return self.char_class()
        if c == "\\":
            return self.escape()
        self.i += 1
        if c in "^$":
            return _NOTHING
        if c == ".":
            return _ANY
        if c in "?*+{":
            raise _GiveUp("a repeat of nothing")
        return _char(c, self.case)

    def group(self) -> _Info:
        self.depth += 1
        if self.depth > MAX_DEPTH:
            raise _GiveUp("groups nested too deep")
        s = self.s
        self.i += 1
        kind = ""  # "look": a lookaround (consumes nothing); "if": a conditional
        outer = self.case
        if self.peek("?"):
            self.i += 1
            c = s[self.i : self.i + 1]
            if c in (":", ">", "|"):
                self.i += 1
            elif c in ("=", "!") or self.peek("<=") or self.peek("<!"):
                self.i, kind = self.i + (1 if c in "=!" else 2), "look"
            elif c == "#" or self.peek("P="):  # a comment; a backreference (?P=name)
                end = s.find(")", self.i)
                if end < 0:
                    raise _GiveUp("an unclosed group")
                self.i = end + 1
                self.depth -= 1
                return _NOTHING if c == "#" else _ANY
            elif c in ("<", "'") or self.peek("P<"):
                close = ">" if c != "'" else "'"
                end = s.find(close, self.i + (2 if c == "P" else 1))
                if end < 0:
                    raise _GiveUp("an unclosed group name")
                self.i = end + 1
            elif c == "(":
                self.condition()
                kind = "if"
            else:
                self.scoped_flags()
        info = self.alternation()
        self.case = outer
        if not self.peek(")"):
            raise _GiveUp("an unclosed group")
        self.i += 1
        self.depth -= 1
        return _NOTHING if kind == "look" else _ANY if kind == "if" else info

    def condition(self) -> None:
        """Skip ``(name)`` / ``(1)`` of a conditional group (other conditions give up)."""
        end = self.s.find(")", self.i)
        if end < 0 or not self.s[self.i + 1 : end].replace("_", "a").isalnum():
            raise _GiveUp("a conditional group")
        self.i = end + 1

    def scoped_flags(self) -> None:
        """Read ``flags:`` of ``(?flags:...)``; a group that changes the case is read with
        folded literals (from the start: :class:`_Refold`)."""
        s = self.s
        start = self.i
        while self.i < len(s) and (s[self.i] in _FLAG_LETTERS or s[self.i] == "-"):
            self.i += 1
        if not self.peek(":"):
            raise _GiveUp("inline flags, recursion or another construct")
        on, _, off = s[start : self.i].partition("-")
        self.i += 1
        ignoring = "i" in on or (self.case[0] and "i" not in off)
        if ignoring != self.case[0] and not self.case[1]:
            raise _Refold
        self.case = (ignoring, self.case[1])

    def escape(self) -> _Info:
        found = self.escaped(False)
        return found if isinstance(found, _Info) else _char(found, self.case)

    def escaped(self, in_set: bool) -> str | _Info:
        """What the escape at ``self.i`` stands for: a character, or what it matches."""
        s = self.s
        c = s[self.i + 1 : self.i + 2]
        if not c:
            raise _GiveUp("a trailing backslash")
        self.i += 2
        if not (c.isalnum() or c == "_"):
            return c
        if c in _ZERO_WIDTH_ESCAPES:
            return _ANY if in_set else _NOTHING  # in a set, "\b" is a backspace
        if c in _CLASS_ESCAPES:
            return _ANY
        if c in "pPgL":  # \p{..}, a backreference \g<name>, a named list \L<name>
            end = s.find("}" if c in "pP" else ">", self.i) if s[self.i : self.i + 1] in "{<" else self.i
            if end < 0 or end >= len(s) or (c in "gL" and not self.peek("<")):
                raise _GiveUp(f"\\{c}")
            self.i = end + 1
            return _ANY
        if c in _CHAR_ESCAPES:
            return _CHAR_ESCAPES[c]
        if c in "nrfv":
            return "\n"  # a line break: never literal
        if c in "0123456789":
            digits = c + s[self.i : self.i + 2]
            size = len(digits) if c == "0" else 3
            while size > 1 and not all(ch in "01234567" for ch in digits[:size]):
                size -= 1 if c == "0" else 3
            if size > 0 and len(digits) >= size:  # octal: "\0", "\0nn" or "\nnn" (as in re)
                self.i += size - 1
                return chr(int(digits[:size], 8))
            if in_set:
                raise _GiveUp("a backreference in a set")
            self.i += s[self.i : self.i + 1].isdigit()
            return _ANY  # a backreference
        if c not in "xuUN":
            raise _GiveUp(f"the escape \\{c}")
        if self.peek("{"):
            end = s.find("}", self.i)
            if end < 0:
                raise _GiveUp("an unclosed escape")
            body, self.i = s[self.i + 1 : end], end + 1
        else:
            end = self.i + {"x": 2, "u": 4, "U": 8, "N": 0}[c]
            body, self.i = s[self.i : end], end
        try:
            return unicodedata.lookup(body) if c == "N" else chr(int(body, 16))
        except (KeyError, ValueError, OverflowError) as exc:
            raise _GiveUp(f"\\{c}{body}") from exc

    def char_class(self) -> _Info:
        """A set ``[...]``: its characters when they are few, else any character."""
        s = self.s
        self.i += 1
        big = self.peek("^")  # negated
        self.i += big
        chars: set[str] = set()
        first = True
        while True:
            if self.i >= len(s):
                raise _GiveUp("an unclosed set")
            c = s[self.i]
            if c == "]" and not first:
                self.i += 1
                break
            first = False
            if c == "[":
                end = s.find(":]", self.i)
                if self.peek("[:") and end > 0 and s[self.i + 2 : end].lstrip("^").isalpha():
                    self.i, big = end + 2, True
                    continue
                if self.v1:
                    raise _GiveUp("a nested set")
            if self.v1 and s[self.i : self.i + 2] in ("&&", "--", "||", "~~"):
                raise _GiveUp("a set operation")
            low = self.class_char()
            if low is not None and self.peek("-") and s[self.i + 1 : self.i + 2] not in ("]", ""):
                self.i += 1
                high = self.class_char()
                if high is None or ord(high) < ord(low):
                    raise _GiveUp("a range")
                if ord(high) - ord(low) >= 4:
                    big = True
                else:
                    chars.update(chr(n) for n in range(ord(low), ord(high) + 1))
            elif low is None:
                big = True
            else:
                chars.add(low)
        literals = {_literal(ch, self.case) for ch in chars}
        if big or len(chars) > 4 or None in literals:
            return _ANY
        found = frozenset(lit for lit in literals if lit is not None)
        return _Info(found, found, found, found)

    def class_char(self) -> str | None:
        """One character of a set, or ``None`` for a class of them (``\\d``, ``\\p{..}``)."""
        c = self.s[self.i]
        if c != "\\":
            self.i += 1
            return c
        found = self.escaped(True)
        return None if isinstance(found, _Info) else found


def _source(pattern: Any, flags: int) -> tuple[str, int]:
    """The source and flags of a string, a compiled pattern or a lazy one."""
    if isinstance(pattern, str):
        return pattern, flags
    source = getattr(pattern, "pattern", None)
    if not isinstance(source, str):
        raise TypeError(f"not a str pattern: {pattern!r}")
    own = getattr(pattern, "__dict__", {}).get("_flags")  # lazy: not compiled for this
    return source, int(pattern.flags if own is None else own) | flags


def _leading_flags(source: str, flags: int) -> tuple[int, int]:
    """Apply the global flags ``(?i)``, ``(?V1)``... at the very start; returns the flags
    and where the pattern proper starts."""
    i = 0
    letters = "imsaufwbeprxL"  # regex.I, regex.M, ... (regex.X and regex.L give up)
    while source.startswith("(?", i):
        end = source.find(")", i)
        body = source[i + 2 : end] if end >= 0 else ""
        version = regex.V1 if "V1" in body else regex.V0 if "V0" in body else 0
        body = body.replace("V1", "").replace("V0", "")
        if not body and not version or any(ch not in letters for ch in body):
            break
        for ch in body:
            flags |= getattr(regex, ch.upper())
        if version:
            flags = flags & ~(regex.V0 | regex.V1) | version
        i = end + 1
    return flags, i


def _read(source: str, start: int, ignoring: bool, folding: bool, v1: bool) -> _Info:
    parser = _Parser(source, ignoring, folding, v1)
    parser.i = start
    info = parser.alternation()
    if parser.i != len(source):
        raise _GiveUp("an unmatched )")
    return info


def required_literals(pattern: Any, flags: int = 0, *, as_written: bool = False) -> frozenset[str] | None:
    """Literals such that every string ``pattern`` matches (with ``search``) contains one.

    ``pattern`` is a ``str`` (with ``flags``), a compiled ``regex``/``re`` pattern or a
    :class:`cleannews.lazyregex.LazyPattern`.  When the pattern ignores case anywhere
    (``IGNORECASE``, or a ``(?i:...)`` group) the literals are folded
    (:func:`cleannews.triggers.fold_line`) and contained in the folded text of every match;
    otherwise they are the pattern's own characters.  ``as_written=True`` asks for literals
    contained in the text itself: ``None`` for a pattern that ignores case anywhere.
    ``None`` also when no set can be proven.
    """
    source, flags = _source(pattern, flags)
    flags, start = _leading_flags(source, flags)
    if flags & (regex.X | regex.L):
        return None
    v1 = bool(flags & regex.V1) or (regex.DEFAULT_VERSION == regex.V1 and not flags & regex.V0)
    ignoring = bool(flags & regex.I)
    if ignoring and as_written:
        return None
    try:
        try:
            info = _read(source, start, ignoring, ignoring, v1)
        except _Refold:
            if as_written:
                return None
            info = _read(source, start, ignoring, True, v1)
    except _GiveUp:
        return None
    return info.need


def trigger_words(*patterns: Any) -> tuple[str, ...] | None:
    """The sorted, folded union of the :func:`required_literals` of ``patterns`` (each a
    pattern, or a ``(source, flags)`` pair): words for ``Trigger(words=...)``.  ``None`` if
    a pattern has no set, or a literal does not fold to a valid trigger word."""
    words: set[str] = set()
    for pattern in patterns:
        found = required_literals(*pattern) if isinstance(pattern, tuple) else required_literals(pattern)
        if found is None:
            return None
        words.update(map(fold_line, found))
    valid = all(word and "\n" not in word and fold_line(word) == word for word in words)
    return tuple(sorted(words)) if valid else None


def derived_words(*patterns: Any) -> tuple[str, ...]:
    """:func:`trigger_words` for a rule whose hits lie on lines ``patterns`` match; raises
    ``ValueError`` when there are none, so that a rule never silently loses its trigger."""
    words = trigger_words(*patterns)
    if not words:
        raise ValueError(f"no trigger words can be derived from {patterns!r}")
    return words
