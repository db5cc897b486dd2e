"""The built-in generic rules, one package (or small module) per family of boilerplate.

| package       | codes | family                                                        |
|---------------|-------|---------------------------------------------------------------|
| appeals       | CN1xx | donation, subscription and membership appeals                 |
| captions      | CN2xx | photo captions and credits                                    |
| attribution   | CN3xx | bylines, timestamps, author bios, wire trailers               |
| chrome        | CN4xx | page chrome: prompts, link lists, tags, footers, ads, notices |
| repeats       | CN5xx | repeated blocks and a repeated headline                       |
| page          | CN6xx | the headline (on request) and the byline from page metadata   |

A family's package holds one module per rule (or close pair), named for what it removes,
and ``_``-prefixed modules for what several of its rules share; its ``__init__`` imports
the rules (and the few helpers other code uses), which is how :data:`FAMILIES` finds them.
Site packs (CN9xx) are data: see :mod:`cleannews.sitepacks`.
"""

from __future__ import annotations

from functools import lru_cache
from types import ModuleType

from ..registry import Rule, check_unique
from ..sitepacks import builtin_packs
from . import appeals, attribution, captions, chrome, page, repeats

__all__ = ["FAMILIES", "builtin_rules", "generic_rules"]

FAMILIES: tuple[ModuleType, ...] = (appeals, captions, attribution, chrome, repeats, page)


def _rules_in(module: ModuleType) -> list[Rule]:
    return [value for value in vars(module).values() if isinstance(value, Rule)]


@lru_cache(maxsize=1)
def generic_rules() -> tuple[Rule, ...]:
    """Every generic rule, sorted by code."""
    rules = [r for module in FAMILIES for r in _rules_in(module)]
    check_unique(rules)
    return tuple(sorted(rules, key=lambda r: r.code))


@lru_cache(maxsize=1)
def builtin_rules() -> tuple[Rule, ...]:
    """Every generic rule and every site-pack rule, sorted by code."""
    rules = list(generic_rules())
    for pack in builtin_packs():
        rules.extend(pack.rules)
    check_unique(rules)
    return tuple(sorted(rules, key=lambda r: r.code))
