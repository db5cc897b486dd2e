"""``regex`` patterns compiled on first use.

The rules hold some 270 module-level ``regex`` patterns.  ``regex`` parses and optimises
a pattern in Python, which made importing the rules take most of a short run's time
(0.3 to 0.6 s), although a small document wakes only a few rules.  :func:`compile` returns
a :class:`LazyPattern` instead: it keeps the pattern's source and flags and compiles the
pattern the first time it is used.  A pattern is compiled with exactly the arguments it
was given, so it matches exactly as an eagerly compiled one would; only when the work is
done changes.  (``str`` patterns only: the rules have no ``bytes`` ones.)

After the first use the pattern's methods (``search``, ``match``, ...) are the compiled
pattern's own bound methods, stored on the instance: later calls go straight to
``regex``'s C code with no Python function in between.
"""

from __future__ import annotations

from typing import Any

import regex

__all__ = ["LazyPattern", "LazyStdlibPattern", "compile", "compile_stdlib"]

#: The compiled pattern's methods that a :class:`LazyPattern` stores on itself once compiled.
METHODS = (
    "search", "match", "fullmatch", "finditer", "findall", "sub", "subf", "subn", "subfn",
    "split", "splititer", "scanner",
)


class LazyPattern:
    """A ``regex`` pattern that is compiled on first use and then behaves like the compiled one.

    ``pattern`` (the source) is known without compiling; every other attribute (``flags``,
    ``groups``, ``groupindex``, the matching methods) compiles the pattern first.
    """

    def __init__(self, pattern: str, flags: int = 0, **kwargs: Any) -> None:
        self.pattern = pattern
        self._flags = flags
        self._kwargs = kwargs
        self._compiled: Any = None

    @property
    def compiled(self) -> bool:
        """True once the pattern has been compiled."""
        return self._compiled is not None

    def pattern_object(self) -> Any:
        """The compiled ``regex`` pattern (compiling it now if it is not yet)."""
        compiled = self._compiled
        if compiled is None:
            compiled = self._build()
            # the bound methods shadow the class's compiling ones from now on
            for name in METHODS:
                method = getattr(compiled, name, None)
                if method is not None:
                    self.__dict__[name] = method
            self._compiled = compiled
        return compiled

    def _build(self) -> Any:
        return regex.compile(self.pattern, self._flags, **self._kwargs)

    def __getattr__(self, name: str) -> Any:
        # only called for attributes not found otherwise: flags, groups, groupindex, ...
        if name.startswith("__") or name in ("_flags", "_kwargs", "_compiled"):
            raise AttributeError(name)
        return getattr(self.pattern_object(), name)

    # The methods below run once per pattern at most: compiling stores the compiled
    # pattern's bound methods on the instance, which Python then finds first.

    def search(self, *args: Any, **kwargs: Any) -> Any:
        """``regex.Pattern.search``."""
        return self.pattern_object().search(*args, **kwargs)

    def match(self, *args: Any, **kwargs: Any) -> Any:
        """``regex.Pattern.match``."""
        return self.pattern_object().match(*args, **kwargs)

    def fullmatch(self, *args: Any, **kwargs: Any) -> Any:
        """``regex.Pattern.fullmatch``."""
        return self.pattern_object().fullmatch(*args, **kwargs)

    def finditer(self, *args: Any, **kwargs: Any) -> Any:
        """``regex.Pattern.finditer``."""
        return self.pattern_object().finditer(*args, **kwargs)

    def findall(self, *args: Any, **kwargs: Any) -> Any:
        """``regex.Pattern.findall``."""
        return self.pattern_object().findall(*args, **kwargs)

    def sub(self, *args: Any, **kwargs: Any) -> Any:
        """``regex.Pattern.sub``."""
        return self.pattern_object().sub(*args, **kwargs)

    def subf(self, *args: Any, **kwargs: Any) -> Any:
        """``regex.Pattern.subf``."""
        return self.pattern_object().subf(*args, **kwargs)

    def subn(self, *args: Any, **kwargs: Any) -> Any:
        """``regex.Pattern.subn``."""
        return self.pattern_object().subn(*args, **kwargs)

    def subfn(self, *args: Any, **kwargs: Any) -> Any:
        """``regex.Pattern.subfn``."""
        return self.pattern_object().subfn(*args, **kwargs)

    def split(self, *args: Any, **kwargs: Any) -> Any:
        """``regex.Pattern.split``."""
        return self.pattern_object().split(*args, **kwargs)

    def splititer(self, *args: Any, **kwargs: Any) -> Any:
        """``regex.Pattern.splititer``."""
        return self.pattern_object().splititer(*args, **kwargs)

    def scanner(self, *args: Any, **kwargs: Any) -> Any:
        """``regex.Pattern.scanner``."""
        return self.pattern_object().scanner(*args, **kwargs)

    def __reduce__(self) -> tuple[Any, ...]:
        # pickled by its arguments, never by the compiled pattern or the bound methods
        return (_rebuild, (type(self), self.pattern, self._flags, self._kwargs))

    def __repr__(self) -> str:
        return f"{type(self).__name__}({self.pattern!r}, {self._flags!r})"


class LazyStdlibPattern(LazyPattern):
    """A pattern of the standard library's :mod:`re`, compiled on first use (a few rules use
    ``re`` where it is faster; one of its patterns takes 8 ms to compile)."""

    def _build(self) -> Any:
        import re

        return re.compile(self.pattern, self._flags)


def _rebuild(kind: type[LazyPattern], pattern: str, flags: int, kwargs: dict[str, Any]) -> LazyPattern:
    return kind(pattern, flags, **kwargs)


def compile(pattern: str, flags: int = 0, **kwargs: Any) -> LazyPattern:  # noqa: A001
    """Like ``regex.compile``, but the pattern is compiled when it is first used."""
    return LazyPattern(pattern, flags, **kwargs)


def compile_stdlib(pattern: str, flags: int = 0) -> LazyStdlibPattern:
    """Like ``re.compile``, but the pattern is compiled when it is first used."""
    return LazyStdlibPattern(pattern, flags)
