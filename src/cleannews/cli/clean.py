"""``cleannews clean``: stdin or files cleaned to stdout (``-o`` and ``--jsonl`` are handed on)."""

from __future__ import annotations

import argparse
import json
import os
from pathlib import Path
from typing import TextIO

from ..batch import HTML_SUFFIXES, pipeline_for
from ..document import Removal
from ..files import FileError, decode, read_bytes
from ..report import explain_lines
from ..walk import left_out
from .errors import UsageError
from .jsonl import run_jsonl
from .settings import Verbose, pipeline_options, settings_finder, settings_path, stdin_name
from .tree import run_tree


def _read_bytes(path: str, stdin: TextIO) -> bytes:
    if path == "-":
        return stdin.buffer.read() if hasattr(stdin, "buffer") else stdin.read().encode("utf-8")
    return read_bytes(Path(path))


def _read(path: str, stdin: TextIO, name: str | None = None) -> str:
    """The text of an input, decoded as the batch commands decode files (BOM dropped)."""
    return decode(_read_bytes(path, stdin), name or ("<stdin>" if path == "-" else path)).text


def _check_clean_options(args: argparse.Namespace) -> None:
    """Refuse options that would be silently ignored."""
    if not args.jsonl:
        for flag, given in (("--field", args.field is not None), ("--annotate", args.annotate),
                            ("--skip-bad", args.skip_bad)):
            if given:
                raise UsageError(f"{flag} only applies to JSON Lines input: add --jsonl")
    else:
        if args.explain:
            raise UsageError("--explain does not apply to --jsonl: use --annotate to add the removal "
                             "records to each record")
        if args.output_format != "text":
            raise UsageError(f"--output-format {args.output_format} does not apply to --jsonl: the output "
                             f"is JSON Lines already (--annotate adds the removal records)")
        if args.url is not None:
            raise UsageError("--url does not apply to --jsonl: each record's own url field is used")
    if args.url is not None and not args.html:
        raise UsageError("--url only applies to HTML input: add --html")
    if args.stdin_filename is not None and any(p != "-" for p in args.paths):
        raise UsageError("--stdin-filename names stdin: give no FILE (or '-') with it")
    if args.output_dir is not None:
        if not args.paths or "-" in args.paths:
            raise UsageError("-o writes cleaned files into a folder: give the files or folders to clean "
                             "(stdin is cleaned to stdout)")
        if args.output_format != "text":
            raise UsageError(f"-o writes the cleaned files; --output-format {args.output_format} does not "
                             f"apply (--explain writes the removal records beside each file)")
        if args.url is not None:
            raise UsageError("--url names one page; it does not go with -o")


def run_clean(args: argparse.Namespace, stdin: TextIO, stdout: TextIO, stderr: TextIO) -> int:
    _check_clean_options(args)
    finder = settings_finder(args)
    verbose = Verbose(args, finder, stderr)
    if args.output_dir is not None:
        return run_tree(args, finder, verbose, stdin, stderr)
    if args.jsonl:
        return run_jsonl(args, finder, verbose, stdin, stdout, stderr)
    status = 0
    ends_line = True  # the output so far ends with a newline (or is empty)
    for path in args.paths or ["-"]:
        name = stdin_name(args) if path == "-" else path
        where = settings_path(args, path)
        settings = finder.for_file(where) if where else finder.for_folder(Path.cwd())
        verbose.say(name, where or None)
        try:
            if path != "-" and os.path.isdir(path):
                raise FileError(f"{path}: is a folder: give -o FOLDER to clean a folder tree into another, "
                                f"or `cleannews fix {path}` to clean it in place")
            if path == "-" and where and settings.force_exclude and left_out(settings, where):
                # as black and ruff do with an excluded --stdin-filename: the input goes out unchanged
                if args.verbose:
                    print(f"cleannews: {where} is excluded by the settings; passed through unchanged",
                          file=stderr)
                raw = _read_bytes(path, stdin)
                text = raw.decode("utf-8", "surrogateescape")
                result_dict: dict[str, object] = {"text": text, "removals": [], "repairs": [], "excluded": True}
                removals: tuple[Removal, ...] = ()
            else:
                pipeline = pipeline_for(pipeline_options(settings, where))
                # a page is read as HTML by its suffix, as check and -o do
                if args.html or Path(where).suffix.lower() in HTML_SUFFIXES:
                    result = pipeline.explain_html(_read_bytes(path, stdin), args.url,
                                                   keep_headline=bool(args.keep_headline))
                else:
                    result = pipeline.explain(_read(path, stdin, name), keep_headline=args.keep_headline is not False)
                text = result.text
                result_dict = result.to_dict()
                removals = result.removals
        except FileError as exc:
            print(f"cleannews: {exc}", file=stderr)
            status = 2
            continue
        if args.output_format in ("json", "json-lines"):
            record = {"path": name, **result_dict}
            stdout.write(json.dumps(record, ensure_ascii=False) + "\n")
        elif text:
            if not ends_line:
                stdout.write("\n")  # never glue two documents onto one line
            stdout.write(text)
            ends_line = text.endswith("\n")
        if args.explain:
            for line in explain_lines(removals, None if path == "-" and not args.stdin_filename else name):
                print(line, file=stderr)
    return status
