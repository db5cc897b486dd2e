"""The text model shared by rules and engine.

A text is a sequence of physical lines, each with its own line terminator.  Lines that
hold only white space are *gaps*; every other line is a *content line*.  Rules look at
the content lines of a :class:`Document`, a read-only view of what is left of the text,
and report :class:`Hit` objects.  The engine turns hits into :class:`Removal` records
and renders the text again with :class:`Source`, which only ever deletes characters.

Rendering keeps every kept content line byte for byte.  Between two kept lines it puts
one of the input's own separators (the strongest one that stood between them, so a
paragraph break is never turned into a line break); the text before the first content
line and after the last one is kept as it was, so a missing final newline stays missing.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Callable, Iterable, Iterator, Mapping
from dataclasses import FrozenInstanceError, dataclass, field
from typing import TypeVar

import regex

T = TypeVar("T")

__all__ = ["Document", "Hit", "Line", "Removal", "Source"]

_TERMINATOR_SPLIT = regex.compile(r"(\r\n|\r|\n)")


@dataclass(frozen=True, slots=True)
class Hit:
    """What a rule reports: which lines of the document it saw, or a span in one line, and why.

    ``first`` and ``last`` are indexes into :attr:`Document.lines` (inclusive).  ``span`` is a
    ``(start, end)`` column range inside that single line; ``None`` means whole lines.
    """

    first: int
    last: int
    reason: str
    span: tuple[int, int] | None = None


@dataclass(frozen=True, slots=True)
class Removal:
    """A hit stamped by the engine: the unit of ``--explain`` and of the JSON report.

    ``first`` and ``last`` are 1-based line numbers of the input text (after Unicode
    repair, if any).  ``span`` is a column range in line ``first`` of that text, or
    ``None`` when whole lines were removed.  ``removed`` is the text that went.  When
    several rules found exactly the same lines in a pass, there is one record: ``code``
    and ``name`` are those of the first rule by code, ``also`` the codes of the others.
    """

    code: str
    name: str
    first: int
    last: int
    reason: str
    removed: str
    span: tuple[int, int] | None = None
    also: tuple[str, ...] = ()

    @property
    def codes(self) -> tuple[str, ...]:
        """Every rule code that found this removal: ``code`` first, then ``also``."""
        return (self.code, *self.also)

    def to_dict(self) -> dict[str, object]:
        """A JSON-ready mapping of this record."""
        return {
            "code": self.code,
            "name": self.name,
            "first": self.first,
            "last": self.last,
            "span": list(self.span) if self.span is not None else None,
            "reason": self.reason,
            "removed": self.removed,
            "also": list(self.also),
        }

    @classmethod
    def from_dict(cls, data: Mapping[str, object]) -> Removal:
        """Rebuild a record from :meth:`to_dict` output."""
        span = data.get("span")
        return cls(
            code=str(data["code"]),
            name=str(data["name"]),
            first=int(data["first"]),  # type: ignore[call-overload]
            last=int(data["last"]),  # type: ignore[call-overload]
            reason=str(data["reason"]),
            removed=str(data["removed"]),
            span=(int(span[0]), int(span[1])) if isinstance(span, (list, tuple)) else None,
            also=tuple(str(code) for code in also) if isinstance(also := data.get("also"), (list, tuple)) else (),
        )


_set = object.__setattr__


class Line:
    """One content line as rules see it (immutable).

    ``index`` is the position in :attr:`Document.lines`, ``number`` the 1-based line number
    in the input text, ``text`` the line without its terminator (and without any span
    already removed), ``blank_before`` whether a blank line separates it from the previous
    content line, and ``stripped`` is ``text`` without surrounding white space.

    A plain slotted class rather than a dataclass: the engine makes one per line per pass,
    and this is four times faster to build.
    """

    __slots__ = ("index", "number", "text", "blank_before", "stripped")

    index: int
    number: int
    text: str
    blank_before: bool
    stripped: str

    def __init__(self, index: int, number: int, text: str, blank_before: bool) -> None:
        _set(self, "index", index)
        _set(self, "number", number)
        _set(self, "text", text)
        _set(self, "blank_before", blank_before)
        _set(self, "stripped", text.strip())

    def __setattr__(self, name: str, value: object) -> None:
        raise FrozenInstanceError(f"cannot assign to field {name!r}")

    def __delattr__(self, name: str) -> None:
        raise FrozenInstanceError(f"cannot delete field {name!r}")

    def _key(self) -> tuple[int, int, str, bool]:
        return (self.index, self.number, self.text, self.blank_before)

    def __eq__(self, other: object) -> bool:
        if other.__class__ is not Line:
            return NotImplemented
        return self._key() == other._key()  # type: ignore[attr-defined]

    def __hash__(self) -> int:
        return hash(self._key())

    def __repr__(self) -> str:
        return (
            f"Line(index={self.index!r}, number={self.number!r}, text={self.text!r}, "
            f"blank_before={self.blank_before!r})"
        )

    def __reduce__(self) -> tuple[type[Line], tuple[int, int, str, bool]]:
        return (Line, self._key())


@dataclass(frozen=True)
class Document:
    """A read-only view of the content lines that are still in the text.

    ``site`` is the publisher's site pack name when known (from a URL, a flag or a
    signature line), ``meta`` holds page metadata such as ``title`` and ``author`` when
    the text came from HTML.  ``keep_headline=False`` asks for the leading headline (and
    deck) to go too.  Rules must depend only on these fields and on the lines' texts and
    ``blank_before`` flags, never on absolute line numbers, so that cleaning the output
    again finds nothing.
    """

    lines: tuple[Line, ...]
    site: str | None = None
    meta: Mapping[str, str] = field(default_factory=dict)
    keep_headline: bool = True
    #: Facts about the lines that several rules need (see :meth:`fact`), computed
    #: on first use for this document only: nothing is shared between documents.
    _facts: dict[str, object] = field(default_factory=dict, init=False, repr=False, compare=False)

    def fact(self, key: str, compute: Callable[[Document], T]) -> T:
        """``compute(self)``, found on first use and kept for this document only.

        Rules share facts about the lines this way (``key`` names the fact, prefixed by
        the module that defines it); nothing is shared between documents.
        """
        facts = self._facts
        if key in facts:
            return facts[key]  # type: ignore[return-value]
        value = facts[key] = compute(self)
        return value

    def __len__(self) -> int:
        return len(self.lines)

    def __iter__(self) -> Iterator[Line]:
        return iter(self.lines)

    def __getitem__(self, index: int) -> Line:
        return self.lines[index]

    @property
    def texts(self) -> list[str]:
        """The stripped text of every line, in order."""
        return [line.stripped for line in self.lines]

    @classmethod
    def from_text(
        cls, text: str, *, site: str | None = None, meta: Mapping[str, str] | None = None,
        keep_headline: bool = True,
    ) -> Document:
        """A document over a whole text (handy in tests and for examples)."""
        return Source(text).view(site=site, meta=meta, keep_headline=keep_headline)


class Source:
    """A text split into physical lines, with the bookkeeping to delete from it.

    ``Source`` is the only place that builds output text, so that every path (clean,
    replay of removals, the CLI's diff) renders deletions in the same way.
    """

    __slots__ = ("text", "_bodies", "_terminators", "_content", "_position", "_removed", "_cuts", "_rendered")

    def __init__(self, text: str) -> None:
        self.text = text
        bodies: list[str]
        terminators: list[str]
        if "\r" not in text:
            # the common case: only "\n" ends lines (same result as the general path below)
            bodies = text.split("\n")
            terminators = ["\n"] * len(bodies)
            if bodies[-1]:
                terminators[-1] = ""
            else:
                bodies.pop()
                terminators.pop()
        else:
            parts = _TERMINATOR_SPLIT.split(text)
            bodies = parts[0::2]
            terminators = parts[1::2]
            if bodies[-1]:
                terminators.append("")
            else:
                bodies.pop()
        self._bodies = bodies
        self._terminators = terminators
        # physical indexes of content lines
        self._content = [i for i, body in enumerate(bodies) if body.strip()]
        self._position: dict[int, int] | None = None  # content line -> its place in _content
        self._removed: set[int] = set()
        self._cuts: dict[int, list[tuple[int, int]]] = {}
        self._rendered: str | None = None

    def pristine(self) -> Source:
        """A new ``Source`` over the same text with nothing removed (sharing the split lines)."""
        copy = Source.__new__(Source)
        copy.text = self.text
        # the split never changes after __init__: removals live in _removed and _cuts
        copy._bodies, copy._terminators = self._bodies, self._terminators
        copy._content, copy._position = self._content, self._position
        copy._removed = set()
        copy._cuts = {}
        copy._rendered = None
        return copy

    # -- state -------------------------------------------------------------------------

    def remove_lines(self, first: int, last: int) -> None:
        """Remove the physical lines ``first``..``last`` (0-based, inclusive)."""
        content = self._content
        self._rendered = None
        for n in range(bisect_left(content, first), bisect_right(content, last)):
            self._removed.add(content[n])

    def cut(self, index: int, start: int, end: int) -> None:
        """Delete the columns ``start``..``end`` of physical line ``index`` (original columns)."""
        self._rendered = None
        cuts = self._cuts.setdefault(index, [])
        cuts.append((start, end))
        cuts.sort()
        merged: list[tuple[int, int]] = []
        for s, e in cuts:
            if merged and s <= merged[-1][1]:
                merged[-1] = (merged[-1][0], max(e, merged[-1][1]))
            else:
                merged.append((s, e))
        self._cuts[index] = merged
        if not self._current_text(index).strip():
            self._removed.add(index)

    def _current_text(self, index: int) -> str:
        body = self._bodies[index]
        cuts = self._cuts.get(index)
        if not cuts:
            return body
        parts = []
        pos = 0
        for s, e in cuts:
            parts.append(body[pos:s])
            pos = e
        parts.append(body[pos:])
        return "".join(parts)

    def original_column(self, index: int, column: int) -> int:
        """Map a column of the current text of line ``index`` to its original column."""
        for s, e in self._cuts.get(index, ()):
            if column >= s:
                column += e - s
            else:
                break
        return column

    def _positions(self) -> dict[int, int]:
        """Each content line's place among the content lines (built when first needed)."""
        if self._position is None:
            self._position = {index: n for n, index in enumerate(self._content)}
        return self._position

    def kept(self) -> list[int]:
        """Physical indexes of the content lines still in the text."""
        removed = self._removed
        if not removed:
            return list(self._content)
        return [i for i in self._content if i not in removed]

    # -- views and rendering -------------------------------------------------------------

    def _chosen_separator(self, a: int, b: int) -> tuple[int, int]:
        """The strongest original separator between kept lines ``a`` and ``b``.

        Returns the physical range ``(start, end)`` of the gap: the terminator of line
        ``start - 1`` plus the gap lines ``start..end-1``.  Ties go to the first.
        """
        content = self._content
        i = self._positions()[a]
        if content[i + 1] == b:  # the common case: nothing was removed between them
            return (a + 1, b)
        best: tuple[int, int] | None = None
        best_size = -1
        while content[i] != b:
            left, right = content[i], content[i + 1]
            size = right - left
            if size > best_size:
                best, best_size = (left + 1, right), size
            i += 1
        assert best is not None
        return best

    def view(
        self, *, site: str | None = None, meta: Mapping[str, str] | None = None, keep_headline: bool = True
    ) -> Document:
        """The content lines still in the text, as rules see them."""
        kept = self.kept()
        bodies, cuts, content = self._bodies, self._cuts, self._content
        lines = []
        previous = -1
        if not self._removed:  # the first pass: every content line, each after its neighbour
            for n, i in enumerate(kept):
                text = self._current_text(i) if i in cuts else bodies[i]
                lines.append(Line(n, i + 1, text, n > 0 and i - previous > 1))
                previous = i
            return Document(tuple(lines), site=site, meta=dict(meta or {}), keep_headline=keep_headline)
        position = self._positions()
        for n, i in enumerate(kept):
            blank_before = False
            if n:
                if content[position[previous] + 1] == i:
                    # neighbours among the content lines: the gap between them is the separator
                    blank_before = i - previous > 1
                else:
                    start, end = self._chosen_separator(previous, i)
                    blank_before = end > start
            text = self._current_text(i) if i in cuts else bodies[i]
            lines.append(Line(n, i + 1, text, blank_before))
            previous = i
        return Document(tuple(lines), site=site, meta=dict(meta or {}), keep_headline=keep_headline)

    def render(self) -> str:
        """The text with every removal applied (rendered once until the next removal)."""
        if self._rendered is None:
            self._rendered = self._render()
        return self._rendered

    def _render(self) -> str:
        if not self._removed and not self._cuts:
            return self.text
        kept = self.kept()
        if not kept:
            return ""
        bodies, terms = self._bodies, self._terminators
        first_content = self._content[0]
        last_content = self._content[-1]
        out: list[str] = []
        # leading gap lines, as they were
        for i in range(first_content):
            out.append(bodies[i] + terms[i])
        for n, i in enumerate(kept):
            if n:
                start, end = self._chosen_separator(kept[n - 1], i)
                out.append(terms[start - 1])
                for g in range(start, end):
                    out.append(bodies[g] + terms[g])
            out.append(self._current_text(i))
        # trailing: the last content line's terminator and the gap lines after it
        out.append(terms[last_content])
        for i in range(last_content + 1, len(bodies)):
            out.append(bodies[i] + terms[i])
        return "".join(out)

    def apply(self, removals: Iterable[Removal]) -> str:
        """Apply removal records (as made by the engine) and render."""
        for r in removals:
            if r.span is None:
                self.remove_lines(r.first - 1, r.last - 1)
            else:
                self.cut(r.first - 1, r.span[0], r.span[1])
        return self.render()

