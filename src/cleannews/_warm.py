"""Imported by the fork server of ``-j N`` runs (:func:`cleannews.batch._start_method`).

Patterns compile on first use (:mod:`cleannews.lazyregex`), so every worker would compile
the ones it needs again.  Cleaning every rule's own examples here, once, compiles them in
the fork server, and each worker forked from it starts with them compiled.  Results never
depend on it: a pattern not compiled here compiles in the worker when first used.
"""

from __future__ import annotations


def warm() -> None:
    """Clean every built-in rule's examples with the default pipeline."""
    from .pipeline import Pipeline
    from .rules import builtin_rules

    pipeline = Pipeline()
    for rule in builtin_rules():
        for example in rule.examples:
            pipeline.clean(example.text)


try:
    warm()
except Exception:  # pragma: no cover - a warm-up must never stop the workers from starting
    pass
