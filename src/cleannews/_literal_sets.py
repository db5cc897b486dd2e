"""The set algebra of :mod:`cleannews.literals`: what every match of a part of a pattern
looks like (:class:`_Info`), and how the parts' sets combine in a concatenation, an
alternation and a repeat, keeping the most selective set."""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

#: Products of sets (character classes times literals, optional parts) stay this small.
MAX_SET = 64
#: Literals from products are cut to this many characters (any part of a literal that
#: every match contains is one too); a longer ``exact`` set is forgotten.
MAX_LEN = 128

Strings = frozenset[str]
_EMPTY: Strings = frozenset({""})


@dataclass(frozen=True, slots=True)
class _Info:
    """What every match of a part of a pattern looks like (``None``: unknown)."""

    exact: Strings | None = None
    prefix: Strings | None = None
    suffix: Strings | None = None
    need: Strings | None = None


_ANY = _Info()  # matches anything
_NOTHING = _Info(_EMPTY, _EMPTY, _EMPTY)  # matches the empty string


def _useful(strings: Strings | None) -> bool:
    return bool(strings) and "" not in strings  # type: ignore[operator]


def _best(*candidates: Strings | None) -> Strings | None:
    """The most selective set: its shortest literal longest, then the fewest literals."""
    useful = [c for c in candidates if c is not None and _useful(c)]
    return max(useful, key=_score) if useful else None


@lru_cache(maxsize=4096)
def _score(strings: Strings) -> tuple[int, int]:
    """How selective a set is (a frozenset keeps its hash: each set is measured once)."""
    return min(map(len, strings)), -len(strings)


def _made(exact: Strings | None, prefix: Strings | None, suffix: Strings | None, need: Strings | None) -> _Info:
    if exact is not None and (len(exact) > MAX_SET or max(map(len, exact), default=0) > MAX_LEN):
        exact = None
    return _Info(exact, prefix, suffix, _best(need, exact, prefix, suffix))


def _head(strings: Strings | None, tail: bool = False) -> Strings | None:
    """``strings`` cut to their first (or last) :data:`MAX_LEN` characters."""
    if strings is None:
        return None
    return frozenset(s[-MAX_LEN:] if tail else s[:MAX_LEN] for s in strings)


def _product(left: Strings | None, right: Strings | None) -> Strings | None:
    if left is None or right is None or len(left) * len(right) > MAX_SET:
        return None
    return frozenset(a + b for a in left for b in right)


def _concat(a: _Info, b: _Info) -> _Info:
    exact = _product(a.exact, b.exact)
    prefix = a.prefix if a.exact is None else _head(_product(a.exact, b.prefix)) or a.exact
    suffix = b.suffix if b.exact is None else _head(_product(a.suffix, b.exact), True) or b.exact
    return _made(exact, prefix, suffix, _best(a.need, b.need, _head(_product(a.suffix, b.prefix))))


def _union(sets: list[Strings | None]) -> Strings | None:
    return None if None in sets else frozenset().union(*sets)  # type: ignore[arg-type]


def _alternation(branches: list[_Info]) -> _Info:
    if len(branches) == 1:
        return branches[0]
    needs = [b.need for b in branches]
    return _made(
        _union([b.exact for b in branches]), _union([b.prefix for b in branches]),
        _union([b.suffix for b in branches]), _union(needs) if all(map(_useful, needs)) else None,
    )


def _repeat(item: _Info, low: int, high: int | None) -> _Info:
    if low == high == 1 or high == 0:
        return item if high else _NOTHING
    if low == 0:  # empty, or as the item starts / ends
        exact, prefix, suffix = (None if x is None else x | _EMPTY for x in (item.exact, item.prefix, item.suffix))
        return _made(exact if high == 1 else None, prefix, suffix, None)
    times: Strings | None = _EMPTY
    for _ in range(min(low, 8)):
        times = _product(times, item.exact)
    exact = times if low == high and low <= 8 else None
    return _made(exact, _head(times) or item.prefix, _head(times, True) or item.suffix, item.need)
