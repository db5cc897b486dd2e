"""``cleannews rule``: the documentation of the rules."""

from __future__ import annotations

import argparse
import json
from typing import TextIO

from ..registry import Rule
from ..report import rule_doc, rules_markdown
from .errors import UsageError


def _rule_json(rule: Rule) -> dict[str, object]:
    return {
        "code": rule.code,
        "name": rule.name,
        "summary": rule.summary,
        "explanation": rule.doc,
        "block": rule.block,
        "examples": [{"text": e.text, "removes": e.fires, **({"meta": dict(e.meta)} if e.meta else {})}
                     for e in rule.examples],
    }


def run_rules(args: argparse.Namespace, stdout: TextIO, stderr: TextIO) -> int:
    from ..rules import builtin_rules

    rules = builtin_rules()
    if args.markdown:
        if args.code or args.all or args.output_format != "text":
            raise UsageError("--markdown prints docs/rules.md: it takes no CODE, --all or --output-format")
        stdout.write(rules_markdown(rules))
        return 0
    if args.code and args.all:
        raise UsageError("give a rule CODE or --all, not both")
    as_json = args.output_format == "json"
    if args.code:
        code = args.code.upper()
        chosen = [r for r in rules if r.code.startswith(code)]
        if not chosen:
            print(f"cleannews: no rule code starts with {args.code!r}; "
                  f"valid codes: {', '.join(r.code for r in rules)}", file=stderr)
            return 2
        if as_json:
            exact = [r for r in chosen if r.code == code]
            value: object = _rule_json(exact[0]) if exact else [_rule_json(r) for r in chosen]
            stdout.write(json.dumps(value, ensure_ascii=False, indent=2) + "\n")
        else:
            stdout.write("\n\n".join(rule_doc(r) for r in chosen) + "\n")
        return 0
    if as_json:
        rows = [_rule_json(r) if args.all else {"code": r.code, "name": r.name, "summary": r.summary}
                for r in rules]
        stdout.write(json.dumps(rows, ensure_ascii=False, indent=2) + "\n")
        return 0
    if args.all:
        stdout.write("\n\n".join(rule_doc(r) for r in rules) + "\n")
        return 0
    for r in rules:
        stdout.write(f"{r.code}  {r.name:32} {r.summary}\n")
    return 0
