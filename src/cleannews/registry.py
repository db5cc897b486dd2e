"""Rules and their selection by code.

A rule is a function ``Document -> Iterable[Hit]`` wrapped in a :class:`Rule` by the
:func:`rule` decorator, which takes its code (``CN201``), its name (``duplicated-caption``)
and its documentation from the docstring.  The docstring follows pycodestyle's style:
a summary, free text on what the rule removes, why, and what look-alike content it keeps,
and example lines.  ``Okay: text`` must come through the rule untouched;
``CN201: text`` must make the rule fire.  ``\\n`` inside an example separates lines, and
``CN602[author=Jane Doe|title=...]: text`` gives the example page metadata.  Examples run with
``keep_headline=False``.
A test runs every example of every rule.

Codes are grouped in families: CN1xx appeals, CN2xx captions and credits, CN3xx
attribution, CN4xx page chrome, CN5xx repeated blocks, CN9xx site packs.  A code is
never reused for a different rule.
"""

from __future__ import annotations

import inspect
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from types import FunctionType
from typing import Any

import regex

from .document import Document, Hit
from .triggers import DocumentTest, Trigger, index_for

__all__ = ["Example", "Rule", "RuleError", "Trigger", "builtin_rule", "rule", "select_rules"]

#: ``func(document)``, or ``func(document, candidates)`` for a rule with trigger words that
#: wants the indexes of the lines they occur on.
RuleFunc = Callable[..., Iterable[Hit]]

CODE_PATTERN = regex.compile(r"[A-Z]{1,4}[0-9]{1,4}")
NAME_PATTERN = regex.compile(r"[a-z][a-z0-9]*+(?:-[a-z0-9]++)*+")
_EXAMPLE_LINE = regex.compile(r"^\s*+(Okay|[A-Z]{1,4}[0-9]{1,4})(?:\[([^\]\n]{0,200}+)\])?:\s?(.*)$")


class RuleError(ValueError):
    """A rule, a rule selection or a pattern file is invalid."""


@dataclass(frozen=True, slots=True)
class Example:
    """One documented example: ``text`` must be removed by the rule (``fires``) or not.

    ``meta`` holds page metadata for the example, written ``CN602[author=Jane Doe]: ...``.
    """

    text: str
    fires: bool
    meta: tuple[tuple[str, str], ...] = ()


@dataclass(frozen=True)
class Rule:
    """A detector with a code, a name and documentation."""

    code: str
    name: str
    func: RuleFunc = field(repr=False, compare=False)
    summary: str = ""
    doc: str = field(default="", repr=False)
    examples: tuple[Example, ...] = field(default=(), repr=False)
    origin: str = field(default="", repr=False)
    #: Where the rule can fire (see :mod:`cleannews.triggers`); ``None`` runs it on every document.
    trigger: Trigger | None = field(default=None, repr=False)
    #: True when ``func`` takes ``(document, candidates)``.
    takes_candidates: bool = field(default=False, repr=False)
    #: True when the rule finds a block's anchor: the engine extends its hits over the
    #: short widget lines of the block (see :mod:`cleannews.blocks`).
    block: bool = field(default=False, repr=False)

    def __call__(self, document: Document) -> Iterable[Hit]:
        """The rule's hits on ``document``, found as the engine finds them (trigger first)."""
        if self.trigger is None:
            return self.func(document)
        candidates = index_for(self.trigger).scan(document)[0]
        if candidates is None:
            return ()
        return self.run(document, candidates)

    def run(self, document: Document, candidates: list[int]) -> Iterable[Hit]:
        """Call the rule with the lines it must look at (its trigger already passed)."""
        if self.takes_candidates:
            return self.func(document, candidates)
        return self.func(document)

    def __reduce__(self) -> tuple[Any, ...]:
        """Pickle a built-in rule as its code (rebuilt from the registry of the unpickling
        process) and any other rule by value: its fields, with ``func`` and ``trigger``
        pickled as the pickler pickles functions.

        A function decorated with :func:`rule` at module level is findable as
        ``module.name.func`` (see :func:`rule`): :mod:`pickle` stores that reference, and
        cloudpickle (Ray) and dill (datatrove's executors) carry the function's code itself
        when its module cannot be imported on the worker (``__main__``, a notebook).
        A pattern rule's detector is plain data (:class:`cleannews.sitepacks.PatternDetector`).
        """
        if _builtin(self.code) is self:
            return (builtin_rule, (self.code,))
        return (
            Rule,
            (self.code, self.name, self.func, self.summary, self.doc, self.examples, self.origin,
             self.trigger, self.takes_candidates, self.block),
        )


def _builtin(code: str) -> Rule | None:
    return _builtin_codes().get(code)


@lru_cache(maxsize=1)
def _builtin_codes() -> dict[str, Rule]:
    from .rules import builtin_rules

    return {r.code: r for r in builtin_rules()}


def builtin_rule(code: str) -> Rule:
    """The built-in rule (generic or site pack) with this code; how built-in rules unpickle."""
    found = _builtin(code)
    if found is None:
        raise RuleError(f"no built-in rule {code!r} in this version of cleannews")
    return found


def _parse_docstring(code: str, doc: str) -> tuple[str, str, tuple[Example, ...]]:
    text = inspect.cleandoc(doc or "")
    summary = text.split("\n", 1)[0].strip()
    body_lines: list[str] = []
    examples: list[Example] = []
    for line in text.split("\n")[1:]:
        match = _EXAMPLE_LINE.match(line)
        if match and match.group(1) in ("Okay", code):
            example = match.group(3).replace("\\n", "\n")
            meta = tuple(
                (key.strip(), value.strip())
                for key, _, value in (item.partition("=") for item in (match.group(2) or "").split("|") if item)
            )
            examples.append(Example(example, fires=match.group(1) == code, meta=meta))
        else:
            body_lines.append(line)
    return summary, "\n".join(body_lines).strip(), tuple(examples)


def make_rule(
    code: str, name: str, func: RuleFunc, doc: str | None = None, origin: str = "",
    trigger: Trigger | None = None, block: bool = False,
) -> Rule:
    """Build a :class:`Rule`, checking its code, name and signature."""
    if not CODE_PATTERN.fullmatch(code):
        raise RuleError(f"rule code {code!r} must be 1-4 capital letters and 1-4 digits, like CN201")
    if not NAME_PATTERN.fullmatch(name):
        raise RuleError(f"rule name {name!r} must be lower-case words joined by '-'")
    summary, body, examples = _parse_docstring(code, doc if doc is not None else (func.__doc__ or ""))
    if not summary:
        raise RuleError(f"rule {code} ({name}) needs a docstring saying what it removes")
    takes_candidates = _positional_parameters(func) == 2
    if takes_candidates and (trigger is None or not trigger.words):
        raise RuleError(f"rule {code} ({name}) takes candidate lines but declares no trigger words")
    return Rule(
        code, name, func, summary, body, examples, origin or getattr(func, "__module__", ""),
        trigger, takes_candidates, block,
    )


def _positional_parameters(func: RuleFunc) -> int:
    try:
        parameters = inspect.signature(func).parameters.values()
    except (TypeError, ValueError):
        return 1
    kinds = (inspect.Parameter.POSITIONAL_ONLY, inspect.Parameter.POSITIONAL_OR_KEYWORD)
    return sum(1 for p in parameters if p.kind in kinds and p.default is inspect.Parameter.empty)


def rule(
    code: str, name: str, *, words: Iterable[str] = (), when: DocumentTest | None = None,
    local: bool = False, block: bool = False,
) -> Callable[[RuleFunc], Rule]:
    """Decorate a detector function as a rule.

    The function takes a :class:`~cleannews.Document` and yields :class:`~cleannews.Hit`
    objects; it never returns text.  Its docstring documents the rule::

        @cleannews.rule("X101", "sponsor-line")
        def sponsor_line(doc):
            \"\"\"Remove "Sponsored by ..." lines.

            Okay: The match was sponsored by a local bakery, the club said.
            X101: Sponsored by Acme
            \"\"\"
            for line in doc:
                if line.stripped.startswith("Sponsored by "):
                    yield cleannews.Hit(line.index, line.index, "sponsor line")

    The result is a :class:`Rule`; pass it to :class:`~cleannews.Pipeline` or to
    :func:`~cleannews.clean` with ``extra_rules=[...]``.  Decorating never registers a rule
    globally, so one caller's rules cannot change another caller's results.

    A rule that can only fire on lines containing certain words says so with ``words``
    (lower-case; matched in the case-folded line), and is then skipped on documents
    without them: ``@cleannews.rule("X101", "sponsor-line", words=["sponsored by"])``.
    A function with a second parameter receives the indexes of those lines::

        def sponsor_line(doc, candidates):
            for index in candidates: ...

    ``when`` is a quick test of the whole document for rules that look at shapes rather
    than words (with ``words`` too, either one lets the rule run, and it then sees every
    line); ``local=True`` promises that the verdict on a line depends on that line's text
    alone.  Without ``words`` and ``when``, the rule runs on every document.

    ``block=True`` says that the rule finds the anchor of a widget block (an appeal, a
    newsletter box, a follow prompt): the engine then extends each of its hits over the
    short label and button lines next to it (see :mod:`cleannews.blocks`).
    """
    word_list = tuple(words)
    try:
        trigger = Trigger(word_list, when, local) if (word_list or when is not None) else None
    except ValueError as exc:
        raise RuleError(f"rule {code} ({name}): {exc}") from exc
    if trigger is None and local:
        raise RuleError(f"rule {code} ({name}): local=True needs words or when")

    def decorate(func: RuleFunc) -> Rule:
        made = make_rule(code, name, func, trigger=trigger, block=block)
        _findable_through_rule(func)
        return made

    return decorate


def _findable_through_rule(func: RuleFunc) -> None:
    """Name ``func`` ``<name>.func``: the decorated name holds the :class:`Rule`, whose
    ``func`` attribute is this function, so that pickle finds the function by reference
    (``module.sponsor_line.func``) instead of failing on ``module.sponsor_line``."""
    qualname = getattr(func, "__qualname__", None)
    if isinstance(func, FunctionType) and qualname and not qualname.endswith(".func"):
        func.__qualname__ = f"{qualname}.func"


def _matches(code: str, prefixes: Iterable[str]) -> bool:
    return any(code.startswith(prefix) for prefix in prefixes)


def check_codes(prefixes: Iterable[str], rules: Sequence[Rule], what: str) -> None:
    """Raise :class:`RuleError` if a prefix selects no rule at all (most likely a typo)."""
    for prefix in prefixes:
        if prefix == "ALL":
            continue
        if not any(r.code.startswith(prefix) for r in rules):
            known = ", ".join(sorted(r.code for r in rules))
            raise RuleError(f"{what}: {prefix!r} matches no rule code; valid codes: {known}")


def select_rules(
    rules: Sequence[Rule],
    select: Iterable[str] | None = None,
    ignore: Iterable[str] | None = None,
) -> tuple[Rule, ...]:
    """The rules whose code starts with a ``select`` prefix and with no ``ignore`` prefix.

    Prefixes are case-insensitive.  ``select=None`` (or ``["ALL"]``) selects every rule;
    ``ignore=["ALL"]`` ignores every rule but those selected by a prefix other than
    ``ALL`` (``select=["CN2"], ignore=["ALL"]`` runs the CN2 rules), as in ruff.
    Prefixes that match no rule raise :class:`RuleError` with the list of valid codes.
    """
    select = [code.upper() for code in select] if select is not None else ["ALL"]
    ignore = [code.upper() for code in ignore or []]
    check_codes(select, rules, "select")
    check_codes(ignore, rules, "ignore")
    if "ALL" in ignore:
        select = [code for code in select if code != "ALL"]
        ignore = [code for code in ignore if code != "ALL"]
    chosen = [
        r
        for r in rules
        if ("ALL" in select or _matches(r.code, select)) and not _matches(r.code, ignore)
    ]
    return tuple(sorted(chosen, key=lambda r: r.code))


def check_unique(rules: Sequence[Rule]) -> None:
    """Raise :class:`RuleError` when two rules share a code."""
    seen: dict[str, Rule] = {}
    for r in rules:
        other = seen.get(r.code)
        if other is not None and other is not r:
            raise RuleError(
                f"rule code {r.code} is used twice: {other.name} ({other.origin}) and {r.name} ({r.origin})"
            )
        seen[r.code] = r
