"""How removals are shown: explain lines, rule documentation, the generated docs page."""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from .document import Removal
from .registry import Rule

__all__ = ["explain_lines", "rule_doc", "rules_markdown"]


def _location(removal: Removal) -> str:
    if removal.span is not None:
        return f"{removal.first}:{removal.span[0] + 1}"
    if removal.last != removal.first:
        return f"{removal.first}-{removal.last}"
    return str(removal.first)


def explain_lines(removals: Iterable[Removal], path: str | None = None) -> list[str]:
    """One ``[path:]line: CODE name: reason`` line per removal (``(also CODE)`` when other
    rules found the same lines)."""
    prefix = f"{path}:" if path else ""
    return [
        f"{prefix}{_location(r)}: {r.code} {r.name}: {r.reason}" + (f" (also {', '.join(r.also)})" if r.also else "")
        for r in removals
    ]


def rule_doc(rule: Rule) -> str:
    """The full documentation of one rule, as ``cleannews rules CODE`` prints it."""
    parts = [f"{rule.code} {rule.name}", "", rule.summary]
    if rule.doc:
        parts += ["", rule.doc]
    keep = [e.text for e in rule.examples if not e.fires]
    remove = [e.text for e in rule.examples if e.fires]
    if remove:
        parts += ["", "Removes, for example:"] + [f"  {t!r}" for t in remove]
    if keep:
        parts += ["", "Keeps, for example:"] + [f"  {t!r}" for t in keep]
    return "\n".join(parts)


def _md_block(text: str) -> str:
    return "\n".join("    " + line if line else "" for line in text.split("\n"))


def rules_markdown(rules: Sequence[Rule]) -> str:
    """``docs/rules.md``: every rule with its documentation and examples."""
    out = [
        "# cleannews rules",
        "",
        "Generated from the rule registry by `python -m cleannews rules --markdown`;",
        "a test fails when this file is stale. Do not edit it by hand.",
        "",
        "| code | name | removes |",
        "|---|---|---|",
    ]
    for r in rules:
        out.append(f"| [{r.code}](#{r.code.lower()}) | {r.name} | {r.summary.replace('|', '/')} |")
    for r in rules:
        out += ["", f"## {r.code}", "", f"**{r.name}**: {r.summary}", ""]
        if r.doc:
            out += [r.doc, ""]
        remove = [e for e in r.examples if e.fires]
        keep = [e for e in r.examples if not e.fires]
        for label, examples in (("Removes:", remove), ("Keeps:", keep)):
            if examples:
                out += [label, ""]
                for example in examples:
                    if example.meta:
                        out += ["With page metadata " + ", ".join(f"{k}={v!r}" for k, v in example.meta) + ":", ""]
                    out += [_md_block(example.text), ""]
    return "\n".join(out).rstrip("\n") + "\n"
