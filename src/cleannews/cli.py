"""The ``cleannews`` command.

``cleannews`` (or ``cleannews clean -``) reads stdin and writes the cleaned text to
stdout; ``cleannews clean FILE...`` writes each cleaned file to stdout.  ``cleannews
rules [CODE]`` prints rule documentation.  Exit codes: 0 success, 2 error (bad options,
unreadable or undecodable input, always naming the input).
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Sequence
from typing import TextIO

from . import __version__
from .pipeline import Pipeline, Result
from .registry import RuleError
from .report import explain_lines, rule_doc, rules_markdown

__all__ = ["main"]

COMMANDS = ("clean", "rules")


class InputError(Exception):
    """An input could not be read or decoded; the message names it."""


def _codes(value: str) -> list[str]:
    return [part.strip() for part in value.split(",") if part.strip()]


def _add_rule_options(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--select", type=_codes, metavar="CODES",
                        help="comma-separated rule-code prefixes to run (default: all)")
    parser.add_argument("--ignore", type=_codes, metavar="CODES",
                        help="comma-separated rule-code prefixes to skip")
    parser.add_argument("--site", metavar="NAME_OR_URL",
                        help="site pack name or article URL (switches on site-only patterns)")
    parser.add_argument("--patterns", action="append", default=[], metavar="FILE",
                        help="extra pattern file in the site-pack format (repeatable)")
    parser.add_argument("--no-normalize", dest="normalize", action="store_false",
                        help="do not repair mojibake and HTML entities")


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="cleannews",
        description="Strip publisher boilerplate from news article text.",
    )
    parser.add_argument("--version", action="version", version=f"cleannews {__version__}")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")

    clean = sub.add_parser("clean", help="clean text from stdin or files and write it to stdout")
    clean.add_argument("paths", nargs="*", metavar="FILE", help="input files ('-' or none: stdin)")
    _add_rule_options(clean)
    clean.add_argument("--explain", action="store_true",
                       help="print one 'line: CODE name: reason' record per removal to stderr")
    clean.add_argument("--format", choices=("text", "json"), default="text",
                       help="json: print the text with its removal records")

    rules = sub.add_parser("rules", help="print the documentation of every rule or of one")
    rules.add_argument("code", nargs="?", help="a rule code or prefix")
    rules.add_argument("--markdown", action="store_true", help="print docs/rules.md")
    return parser


def _read(path: str, stdin: TextIO) -> str:
    if path == "-":
        data = stdin.buffer.read() if hasattr(stdin, "buffer") else stdin.read().encode("utf-8")
        name = "<stdin>"
    else:
        name = path
        try:
            with open(path, "rb") as handle:
                data = handle.read()
        except OSError as exc:
            raise InputError(f"{name}: cannot read: {exc.strerror or exc}") from exc
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise InputError(f"{name}: not valid UTF-8 text (byte {exc.start}): {exc.reason}") from exc
    if "\x00" in text:
        raise InputError(f"{name}: looks like a binary file (contains NUL bytes)")
    return text.removeprefix("\ufeff")


def _run_clean(args: argparse.Namespace, stdin: TextIO, stdout: TextIO, stderr: TextIO) -> int:
    pipeline = Pipeline(select=args.select, ignore=args.ignore, pattern_files=args.patterns,
                        normalize=args.normalize, site=args.site)
    status = 0
    for path in args.paths or ["-"]:
        try:
            text = _read(path, stdin)
        except InputError as exc:
            print(f"cleannews: {exc}", file=stderr)
            status = 2
            continue
        result: Result = pipeline.explain(text)
        if args.format == "json":
            record = {"path": "<stdin>" if path == "-" else path, **result.to_dict()}
            stdout.write(json.dumps(record, ensure_ascii=False) + "\n")
        else:
            stdout.write(result.text)
        if args.explain:
            label = None if path == "-" else path
            for line in explain_lines(result.removals, label):
                print(line, file=stderr)
    return status


def _run_rules(args: argparse.Namespace, stdout: TextIO, stderr: TextIO) -> int:
    from .rules import builtin_rules

    rules = builtin_rules()
    if args.markdown:
        stdout.write(rules_markdown(rules))
        return 0
    if args.code:
        chosen = [r for r in rules if r.code.startswith(args.code.upper())]
        if not chosen:
            print(f"cleannews: no rule code starts with {args.code!r}; "
                  f"valid codes: {', '.join(r.code for r in rules)}", file=stderr)
            return 2
        stdout.write("\n\n".join(rule_doc(r) for r in chosen) + "\n")
        return 0
    for r in rules:
        stdout.write(f"{r.code}  {r.name:32} {r.summary}\n")
    return 0


def main(argv: Sequence[str] | None = None, *, stdin: TextIO | None = None,
         stdout: TextIO | None = None, stderr: TextIO | None = None) -> int:
    """Run the command line; return the exit code."""
    stdin = stdin or sys.stdin
    stdout = stdout or sys.stdout
    stderr = stderr or sys.stderr
    argv = list(sys.argv[1:] if argv is None else argv)
    if not argv or (argv[0] not in COMMANDS and argv[0] not in ("-h", "--help", "--version")):
        argv.insert(0, "clean")
    parser = build_parser()
    try:
        args = parser.parse_args(argv)
    except SystemExit as exc:
        return int(exc.code or 0)
    try:
        if args.command == "rules":
            return _run_rules(args, stdout, stderr)
        return _run_clean(args, stdin, stdout, stderr)
    except RuleError as exc:
        print(f"cleannews: {exc}", file=stderr)
        return 2
    except BrokenPipeError:
        return 0
