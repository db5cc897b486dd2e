"""How to clean: :class:`Options`, the settings that :func:`cleannews.clean`,
:func:`~cleannews.clean_and_explain`, :func:`~cleannews.clean_html` and
:func:`~cleannews.clean_html_and_explain` share.

>>> import cleannews
>>> body_only = cleannews.Options(ignore=["CN3"], keep_headline=False)
>>> cleannews.clean("Prices rose again in May, the agency said.\\n\\nAdvertisement\\n", options=body_only)
'Prices rose again in May, the agency said.\\n'

An :class:`Options` is checked when it is made, never changes, compares and hashes by
value, and pickles, so one object can be built once and handed to every call (or to
worker processes).  The functions still take each setting as a keyword argument too;
a keyword that is given wins over the same field of ``options``
(``clean(text, options=body_only, keep_headline=True)`` keeps the headline).
"""

from __future__ import annotations

import enum
import os
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace
from functools import lru_cache
from typing import Final, Literal

from .pipeline import Pipeline
from .registry import Rule, RuleError

__all__ = ["DEFAULT_OPTIONS", "UNSET", "Options", "Unset", "merge"]


class _Unset(enum.Enum):
    """The default of a keyword argument that was not given (``None`` is a value)."""

    UNSET = "UNSET"

    def __repr__(self) -> str:
        return "UNSET"


#: A keyword argument that was not given: the value comes from ``options``.
UNSET: Final = _Unset.UNSET
Unset = Literal[_Unset.UNSET]

_PREFIXES = "select and ignore take a list of code prefixes, e.g. select=['CN2']"


def _prefixes(name: str, value: object) -> tuple[str, ...] | None:
    if value is None:
        return None
    if isinstance(value, str) or not isinstance(value, Iterable):
        raise TypeError(f"{_PREFIXES}; {name} is {value!r}")
    codes = tuple(value)
    for code in codes:
        if not isinstance(code, str):
            raise TypeError(f"{_PREFIXES}; {name} holds {code!r}, not a str")
    return codes


def _paths(value: object) -> tuple[str, ...]:
    if isinstance(value, (str, bytes, os.PathLike)) or not isinstance(value, Iterable):
        raise TypeError(f"pattern_files takes a list of paths, e.g. pattern_files=['sites.toml']; got {value!r}")
    paths = []
    for path in value:
        if not isinstance(path, (str, os.PathLike)):
            raise TypeError(f"pattern_files holds {path!r}, not a path")
        paths.append(str(os.fspath(path)))
    return tuple(paths)


def _rules(value: object) -> tuple[Rule, ...]:
    if isinstance(value, (str, Rule)) or not isinstance(value, Iterable):
        raise TypeError(f"extra_rules takes a list of rules, e.g. extra_rules=[my_rule]; got {value!r}")
    rules = tuple(value)
    for extra in rules:
        if not isinstance(extra, Rule):
            # as Pipeline says it (RuleError is a ValueError)
            raise RuleError(
                f"extra rule {extra!r} is not a Rule; decorate the function with @cleannews.rule(code, name)"
            )
    return rules


def _flag(name: str, value: object, none: bool = False) -> None:
    if not (isinstance(value, bool) or (none and value is None)):
        raise TypeError(f"{name} takes True or False{' (or None)' if none else ''}, not {value!r}")


@dataclass(frozen=True)
class Options:
    """The settings of a cleaning, each the keyword argument of the same name.

    Sequences are stored as tuples, so an :class:`Options` never changes after it is
    made; use :func:`dataclasses.replace` for a changed copy (it is checked again).
    A wrong type raises :class:`TypeError` at once; unknown rule codes and unreadable
    pattern files are reported (:class:`~cleannews.RuleError`) when the rules are built,
    at the first cleaning.
    """

    #: Rule-code prefixes to run (``["CN2"]``: captions and credits), case-insensitive;
    #: ``None`` (or ``["ALL"]``) runs every rule.  A list of strings, never one string.
    select: Sequence[str] | None = None
    #: Rule-code prefixes to skip (``["CN3"]`` keeps bylines and timestamps); ``["ALL"]``
    #: skips every rule not selected by a longer prefix.  ``None``: skip none.
    ignore: Sequence[str] | None = None
    #: A site-pack name or an article URL: switches on the patterns that are safe on
    #: that site only.  ``None``: the site is found from signature lines (for HTML, from
    #: the page's ``url``).
    site: str | None = None
    #: Repair mojibake and HTML entities before cleaning (``False``: take the text as it is).
    normalize: bool = True
    #: Your own rules, made with :func:`cleannews.rule`, run beside the built-in ones.
    extra_rules: Sequence[Rule] = ()
    #: Pattern files in the site-pack format (``str`` or :class:`os.PathLike` paths, kept as
    #: ``str``), read when the rules are built.
    pattern_files: Sequence[str | os.PathLike[str]] = ()
    #: Keep a leading headline and deck (``False``: the body only).  ``None``: the
    #: default of the input, kept for text (:func:`~cleannews.clean`) and dropped for
    #: HTML (:func:`~cleannews.clean_html`, where the headline is page metadata).
    keep_headline: bool | None = None

    def __post_init__(self) -> None:
        set_ = object.__setattr__  # frozen: the checked values are stored this way
        set_(self, "select", _prefixes("select", self.select))
        set_(self, "ignore", _prefixes("ignore", self.ignore))
        if self.site is not None and not isinstance(self.site, str):
            raise TypeError(f"site takes a site-pack name or a URL (a str), not {self.site!r}")
        _flag("normalize", self.normalize)
        set_(self, "extra_rules", _rules(self.extra_rules))
        set_(self, "pattern_files", _paths(self.pattern_files))
        _flag("keep_headline", self.keep_headline, none=True)

    def headline(self, default: bool) -> bool:
        """Whether to keep a headline: :attr:`keep_headline`, or ``default`` when it is ``None``."""
        return default if self.keep_headline is None else self.keep_headline

    def pipeline(self) -> Pipeline:
        """The :class:`~cleannews.Pipeline` of these options.

        With the built-in rules only, pipelines are shared between calls (they hold no
        state); with ``extra_rules`` or ``pattern_files`` a new one is built (and the
        pattern files read) each time.
        """
        if self.extra_rules or self.pattern_files:
            return Pipeline(
                select=self.select, ignore=self.ignore, normalize=self.normalize,
                extra_rules=tuple(self.extra_rules), pattern_files=tuple(map(str, self.pattern_files)),
            )
        return _shared_pipeline(
            None if self.select is None else tuple(self.select),
            None if self.ignore is None else tuple(self.ignore),
            self.normalize,
        )


#: Every setting at its default.
DEFAULT_OPTIONS: Final = Options()


@lru_cache(maxsize=32)
def _shared_pipeline(select: tuple[str, ...] | None, ignore: tuple[str, ...] | None, normalize: bool) -> Pipeline:
    return Pipeline(select=select, ignore=ignore, normalize=normalize)


def merge(
    options: Options | None,
    *,
    select: Sequence[str] | None | Unset = UNSET,
    ignore: Sequence[str] | None | Unset = UNSET,
    site: str | None | Unset = UNSET,
    normalize: bool | Unset = UNSET,
    extra_rules: Sequence[Rule] | Unset = UNSET,
    pattern_files: Sequence[str | os.PathLike[str]] | Unset = UNSET,
    keep_headline: bool | None | Unset = UNSET,
) -> Options:
    """``options`` (or the defaults) with the keyword arguments that were given laid over."""
    if options is None:
        options = DEFAULT_OPTIONS
    elif not isinstance(options, Options):
        raise TypeError(f"options takes a cleannews.Options, not {type(options).__name__}")
    given: dict[str, object] = {
        name: value
        for name, value in (
            ("select", select), ("ignore", ignore), ("site", site), ("normalize", normalize),
            ("extra_rules", extra_rules), ("pattern_files", pattern_files), ("keep_headline", keep_headline),
        )
        if value is not UNSET
    }
    return replace(options, **given) if given else options  # type: ignore[arg-type]
