"""The ``cleannews`` command.

    cleannews [clean] [FILE...]      clean stdin or files to stdout (--jsonl for JSON Lines)
    cleannews check [PATH...]        report what would be removed (exit 1 if anything)
    cleannews fix [PATH...]          rewrite files in place (exit 0 when all is fixed)
    cleannews rule CODE | --all      print rule documentation (alias: rules)

Exit codes: 0 nothing found, or everything found was fixed; 1 ``check`` found
boilerplate (``fix --diff``: would change files; ``fix --exit-non-zero-on-fix``: changed
files); 2 an error (bad option or config, unreadable, undecodable or binary input), always
naming the input.  One bad input never stops the others.
"""

from __future__ import annotations

import argparse
import contextlib
import difflib
import io
import json
import os
import signal
import stat
import sys
import tempfile
import threading
from collections import Counter, deque
from collections.abc import Callable, Generator, Iterator, Sequence
from pathlib import Path
from typing import ContextManager, TextIO

from . import __version__
from .batch import (
    HTML_SUFFIXES,
    FileReport,
    FileTask,
    JsonlOptions,
    JsonlOutcome,
    PipelineOptions,
    cached_report,
    chunked,
    clean_jsonl_chunk,
    default_jobs,
    ordered_map,
    pipeline_for,
    process_file,
)
from .cache import Entry, ResultCache
from .config import DEFAULT_CACHE_DIR, ConfigError, Overrides, Settings, SettingsFinder
from .document import Removal
from .files import TEMP_SUFFIX, FileError, current_umask, decode, read_bytes, remove_stale_temps
from .globs import GlobError, absolute, anchor
from .walk import Problem, discover, left_out
from .progress import Progress
from .registry import Rule, RuleError
from .report import explain_lines, rule_doc, rules_markdown

__all__ = ["main"]

COMMANDS = ("clean", "check", "fix", "rule", "rules")
JSONL_CHUNK = 64
BATCH_FORMATS = ("text", "concise", "json", "json-lines", "github")
CLEAN_FORMATS = ("text", "json", "json-lines")


class UsageError(Exception):
    """Options that do not go together; reported as ``cleannews: error: ...`` with exit 2."""


def _codes(value: str) -> list[str]:
    return [part.strip() for part in value.split(",") if part.strip()]


def _rule_codes(value: str) -> list[str]:
    """Rule-code prefixes, case-insensitive (rule codes are upper-case)."""
    return [code.upper() for code in _codes(value)]


def _select(value: str) -> list[str]:
    codes = _rule_codes(value)
    if not codes:
        raise argparse.ArgumentTypeError(
            "empty: no rule would run; give rule-code prefixes (e.g. --select CN2) or leave it out")
    return codes


def _jobs(value: str) -> int:
    jobs = int(value)
    if jobs < 0:
        raise argparse.ArgumentTypeError("jobs must be 0 (all cores) or more")
    return jobs or default_jobs()


def _add_common(parser: argparse.ArgumentParser) -> None:
    group = parser.add_argument_group("rules")
    group.add_argument("--select", type=_select, metavar="CODES",
                       help="comma-separated rule-code prefixes to run (default: all)")
    group.add_argument("--extend-select", type=_rule_codes, metavar="CODES",
                       help="prefixes to run in addition to the selected ones")
    group.add_argument("--ignore", type=_rule_codes, metavar="CODES",
                       help="comma-separated rule-code prefixes to skip (ALL: every rule not "
                            "selected with a longer prefix)")
    group.add_argument("--site", metavar="NAME_OR_URL",
                       help="site pack name or article URL (switches on site-only patterns)")
    group.add_argument("--patterns", action="append", metavar="FILE",
                       help="extra pattern file in the site-pack format (repeatable)")
    group.add_argument("--no-normalize", dest="normalize", action="store_false", default=None,
                       help="do not repair mojibake and HTML entities")
    config = group.add_mutually_exclusive_group()
    config.add_argument("--config", metavar="FILE",
                        help="one settings file for every input (default: each file's nearest "
                             ".cleannews.toml, cleannews.toml or pyproject.toml with [tool.cleannews])")
    config.add_argument("--isolated", action="store_true",
                        help="read no settings file: the defaults and the command line only")
    headline = group.add_mutually_exclusive_group()
    headline.add_argument("--drop-headline", dest="keep_headline", action="store_false", default=None,
                          help="also remove a leading headline and deck (default for HTML input)")
    headline.add_argument("--keep-headline", dest="keep_headline", action="store_true",
                          help="keep a headline at the top (default for text input)")
    run = parser.add_argument_group("running")
    run.add_argument("-j", "--jobs", type=_jobs, default=None, metavar="N",
                     help="worker processes (default: all cores; 1: no workers)")
    loud = run.add_mutually_exclusive_group()
    loud.add_argument("-q", "--quiet", action="store_true",
                      help="print nothing but the results and errors: no progress bar, summary or notices")
    loud.add_argument("-v", "--verbose", action="store_true",
                      help="also say which settings file applies (on stderr)")


def _per_file_ignore(value: str) -> tuple[str, tuple[str, ...]]:
    glob, sep, codes = value.rpartition(":")
    if not sep or not glob or not _rule_codes(codes):
        raise argparse.ArgumentTypeError("give GLOB:CODES, e.g. 'wire/*.txt:CN305,CN4'")
    return glob, tuple(_rule_codes(codes))


def _add_files(parser: argparse.ArgumentParser) -> None:
    group = parser.add_argument_group("files (globs are gitignore-style, relative to the current folder)")
    group.add_argument("--include", type=_codes, metavar="GLOBS",
                       help="comma-separated globs of files to take from folders (default: *.txt,*.md)")
    group.add_argument("--exclude", type=_codes, metavar="GLOBS",
                       help="comma-separated globs of files and folders to leave out, instead of the "
                            "settings' exclude and the default list (node_modules/, site-packages/, "
                            "__pypackages__/, venv/)")
    group.add_argument("--extend-exclude", type=_codes, metavar="GLOBS",
                       help="globs to leave out in addition to exclude")
    group.add_argument("--extend-per-file-ignores", type=_per_file_ignore, action="append",
                       metavar="GLOB:CODES", help="rule codes to skip in the files matching GLOB (repeatable)")
    group.add_argument("--force-exclude", action="store_true", default=None,
                       help="leave out excluded and gitignored files even when named on the command line "
                            "(as the pre-commit hook does)")
    group.add_argument("--no-respect-gitignore", dest="respect_gitignore", action="store_false", default=None,
                       help="also take the files that .gitignore files leave out")


def _add_batch(parser: argparse.ArgumentParser, fix: bool) -> None:
    parser.add_argument("paths", nargs="*", metavar="PATH", help="files or folders (default: .)")
    _add_files(parser)
    parser.add_argument("--statistics", action="store_true",
                        help="print only the number of removals per rule (a JSON list with "
                             "--output-format json)")
    parser.add_argument("--output-format", "--format", dest="output_format", choices=BATCH_FORMATS,
                        default="text", metavar="FORMAT",
                        help="text (default): one line per removal and a summary on stderr; concise: the lines "
                             "without the summary; json: one JSON document (a list of files); "
                             "json-lines: one JSON object per file; github: GitHub Actions "
                             "annotations (--format is an alias)")
    parser.add_argument("--no-cache", action="store_true",
                        help="neither read nor write the result cache")
    parser.add_argument("--cache-dir", metavar="FOLDER",
                        help="where results are cached (default: $CLEANNEWS_CACHE_DIR, cache-dir of the "
                             "current folder's settings, or .cleannews_cache beside that settings file)")
    parser.add_argument("--exit-zero", action="store_true",
                        help="exit 0 even when boilerplate is found or files change (errors still exit 2)")
    if fix:
        parser.add_argument("--diff", action="store_true",
                            help="print the changes as a unified diff and write nothing "
                                 "(exit 1 if a file would change)")
        parser.add_argument("--exit-non-zero-on-fix", action="store_true",
                            help="exit 1 when a file was changed, even though everything was fixed")
    else:
        parser.add_argument("--diff", action="store_true", help="print a unified diff instead of records")
    parser.epilog = ("HTML files (.html, .htm, .xhtml) are read as pages: check reports on the "
                     "article text extracted from them; fix never rewrites them.")


def build_parser(width: int | None = None) -> argparse.ArgumentParser:
    """The argument parser; ``width`` fixes the help width (for the generated docs)."""

    def formatter(prog: str) -> argparse.HelpFormatter:
        return argparse.HelpFormatter(prog, width=width) if width else argparse.HelpFormatter(prog)

    parser = argparse.ArgumentParser(
        prog="cleannews",
        description="Strip publisher boilerplate from news article text.",
        epilog="Exit codes: 0 clean, 1 boilerplate found (check) or files changed (fix), 2 error.",
        formatter_class=formatter,
    )
    parser.add_argument("--version", action="version", version=f"cleannews {__version__}")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")

    clean = sub.add_parser("clean", formatter_class=formatter, help="clean stdin or files and write the text to stdout")
    clean.add_argument("paths", nargs="*", metavar="FILE", help="input files ('-' or none: stdin)")
    clean.add_argument("--explain", action="store_true",
                       help="print one 'line: CODE name: reason' record per removal to stderr")
    clean.add_argument("--output-format", "--format", dest="output_format", choices=CLEAN_FORMATS,
                       default="text", metavar="FORMAT",
                       help="text (default): the cleaned text; json or json-lines: print each input's text with its removal records, "
                            "one JSON object per input (--format is an alias)")
    clean.add_argument("--stdin-filename", metavar="PATH",
                       help="the path that stdin stands for: its per-file-ignores and exclude apply "
                            "(an excluded path is passed through unchanged) and messages name it")
    clean.add_argument("-o", "--output-dir", metavar="FOLDER",
                       help="write each cleaned file into FOLDER instead of stdout, mirroring the folders "
                            "given (an HTML page NAME.html becomes NAME.txt); with --explain the removal "
                            "records go beside each file as NAME.removals.jsonl")
    clean.add_argument("--html", action="store_true",
                       help="the input is an HTML page: extract the article with trafilatura, then clean it")
    clean.add_argument("--url", metavar="URL",
                       help="with --html: the page's URL (selects the site pack, helps extraction)")
    clean.add_argument("--jsonl", action="store_true",
                       help="the input is JSON Lines: clean one field of every record")
    clean.add_argument("--field", default=None, metavar="PATH",
                       help="with --jsonl: the field to clean, dotted for nested fields (default: text)")
    clean.add_argument("--annotate", action="store_true",
                       help="with --jsonl: add the removal records to each record under 'cleannews'")
    clean.add_argument("--skip-bad", action="store_true",
                       help="with --jsonl: report malformed records, pass them through unchanged and go on")
    _add_files(clean)
    _add_common(clean)

    check = sub.add_parser("check", formatter_class=formatter, help="report what would be removed from files (exit 1 if anything)")
    _add_batch(check, fix=False)
    _add_common(check)

    fix = sub.add_parser("fix", formatter_class=formatter,
                         help="remove boilerplate from files in place (exit 0 when everything found was fixed)")
    _add_batch(fix, fix=True)
    _add_common(fix)

    rules = sub.add_parser("rule", aliases=["rules"], formatter_class=formatter,
                           help="print the documentation of one rule, or of every rule with --all "
                                "(alias: rules; without arguments: one line per rule)")
    rules.add_argument("code", nargs="?", help="a rule code or prefix (any case)")
    rules.add_argument("--all", action="store_true", help="the full documentation of every rule")
    rules.add_argument("--output-format", "--format", dest="output_format", choices=("text", "json"),
                       default="text", help="json: a JSON object for one code, a list otherwise")
    rules.add_argument("--markdown", action="store_true", help="print docs/rules.md")
    return parser


# -- settings -----------------------------------------------------------------------------


def _anchored(globs: Sequence[str] | None) -> tuple[str, ...] | None:
    """Command-line globs, anchored at the current folder."""
    return None if globs is None else tuple(anchor(glob, Path.cwd()) for glob in globs)


def _settings(args: argparse.Namespace) -> SettingsFinder:
    """Each input's settings: its nearest settings file with the command line laid over."""
    per_file = getattr(args, "extend_per_file_ignores", None) or []
    include = getattr(args, "include", None)
    if include is None and getattr(args, "output_dir", None) is not None:
        if args.jsonl:
            include = ["*.jsonl"]  # clean --jsonl SRC -o OUT walks JSON Lines files
        elif args.html:
            include = ["*" + suffix for suffix in HTML_SUFFIXES]  # and clean --html SRC -o OUT pages
    overrides = Overrides(
        select=tuple(args.select) if args.select is not None else None,
        extend_select=tuple(args.extend_select) if args.extend_select is not None else None,
        ignore=tuple(args.ignore) if args.ignore is not None else None,
        include=_anchored_option("--include", include),
        exclude=_anchored_option("--exclude", getattr(args, "exclude", None)),
        extend_exclude=_anchored_option("--extend-exclude", getattr(args, "extend_exclude", None)) or (),
        extend_per_file_ignores=tuple(
            ((_anchored_option("--extend-per-file-ignores", [glob]) or ("",))[0], codes) for glob, codes in per_file),
        respect_gitignore=getattr(args, "respect_gitignore", None),
        force_exclude=getattr(args, "force_exclude", None),
        cache_dir=absolute(args.cache_dir) if getattr(args, "cache_dir", None) else None,
        normalize=args.normalize,
        patterns=tuple(absolute(p) for p in args.patterns) if args.patterns is not None else None,
        site=args.site,
    )
    return SettingsFinder(overrides, config=args.config, isolated=args.isolated)


def _anchored_option(flag: str, globs: Sequence[str] | None) -> tuple[str, ...] | None:
    try:
        return _anchored(globs)
    except GlobError as exc:
        raise UsageError(f"{flag}: {exc}") from exc


class _Verbose:
    """With ``-v``: says on stderr which settings file applies to each input, once per input."""

    def __init__(self, args: argparse.Namespace, finder: SettingsFinder, stderr: TextIO) -> None:
        self.on = bool(getattr(args, "verbose", False))
        self.finder = finder
        self.stderr = stderr
        self.how = " (--config)" if args.config else ""

    def say(self, name: str, path: str | None) -> None:
        if not self.on:
            return
        folder = Path(absolute(path)).parent if path else Path.cwd()
        config = self.finder.config_for(folder)
        if config is not None:
            print(f"cleannews: {name}: settings from {config}{self.how}", file=self.stderr)
        elif self.finder.isolated:
            print(f"cleannews: {name}: defaults (--isolated)", file=self.stderr)
        else:
            print(f"cleannews: {name}: defaults (no .cleannews.toml, cleannews.toml or pyproject.toml "
                  f"with [tool.cleannews] at or above {folder})", file=self.stderr)


def _options(settings: Settings, path: str = "") -> PipelineOptions:
    options = PipelineOptions(
        select=settings.effective_select(),
        ignore=settings.ignores_for(path) if path else settings.ignore,
        normalize=settings.normalize,
        patterns=settings.patterns,
        site=settings.site,
    )
    try:
        pipeline_for(options)  # validate codes and pattern files up front
    except RuleError as exc:
        where = f"{settings.source}: " if settings.source else ""
        raise RuleError(f"{where}{exc}") from exc
    return options


# -- clean ------------------------------------------------------------------------------


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


def _stdin_name(args: argparse.Namespace) -> str:
    return args.stdin_filename or "<stdin>"


def _settings_path(args: argparse.Namespace, path: str) -> str:
    """The path whose per-file settings apply to an input ("" for anonymous stdin)."""
    if path == "-":
        return args.stdin_filename or ""
    return path


def _run_clean(args: argparse.Namespace, stdin: TextIO, stdout: TextIO, stderr: TextIO) -> int:
    _check_clean_options(args)
    finder = _settings(args)
    verbose = _Verbose(args, finder, stderr)
    if args.output_dir is not None:
        return _run_clean_tree(args, finder, verbose, stdin, stderr)
    if args.jsonl:
        return _run_jsonl(args, finder, verbose, stdin, stdout, stderr)
    status = 0
    ends_line = True  # the output so far ends with a newline (or is empty)
    for path in args.paths or ["-"]:
        name = _stdin_name(args) if path == "-" else path
        where = _settings_path(args, path)
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
                pipeline = pipeline_for(_options(settings, where))
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


def _output_name(path: Path, html: bool) -> str:
    return path.with_suffix(".txt").name if html else path.name


def _tree_pairs(args: argparse.Namespace, finder: SettingsFinder, out_root: Path,
                problems: list[Problem]) -> list[tuple[Path, Path]]:
    """Each input file with the file it is written to under ``out_root``, in input order.

    A file reached twice is taken once; a file that would be written over an input file
    (``-o`` above a source folder) or over another input's output is an error, skipped.
    """
    if out_root.exists() and not out_root.is_dir():
        raise UsageError(f"-o {out_root} is not a folder")
    found: list[tuple[Path, Path, bool]] = []
    for name in args.paths:
        root = Path(name)
        if os.path.realpath(root) == os.path.realpath(out_root):
            raise UsageError(f"-o {out_root} is the input {name} itself: `cleannews fix {name}` cleans in place")
        for path in discover([name], finder.for_folder, problems.append, skip=[str(out_root)]):
            found.append((root, path, root.is_dir()))
    inputs = {os.path.realpath(path): path for _, path, _ in found}
    pairs: list[tuple[Path, Path]] = []
    owner: dict[str, Path] = {}
    taken: set[str] = set()
    for root, path, is_dir in found:
        real = os.path.realpath(path)
        if real in taken:
            continue  # reached twice: taken once
        taken.add(real)
        html = args.html or path.suffix.lower() in HTML_SUFFIXES
        relative = path.relative_to(root).parent if is_dir else Path()
        target = out_root / relative / _output_name(path, html and not args.jsonl)
        key = os.path.realpath(target)
        if key in inputs:
            problems.append(Problem(f"{path}: would be written over the input {inputs[key]} by -o {out_root}; "
                                    f"skipped (give an output folder outside the inputs)"))
        elif key in owner:
            problems.append(Problem(f"{path}: would be written to {target}, as {owner[key]} is; skipped"))
        else:
            owner[key] = path
            pairs.append((path, target))
    return pairs


def _run_clean_tree(args: argparse.Namespace, finder: SettingsFinder, verbose: _Verbose, stdin: TextIO,
                    stderr: TextIO) -> int:
    """``clean SRC... -o OUT``: every file cleaned into OUT, the folders mirrored."""
    out_root = Path(args.output_dir)
    problems: list[Problem] = []
    pairs = _tree_pairs(args, finder, out_root, problems)
    for problem in problems:
        if problem.error or (not args.quiet and (args.verbose or not problem.verbose)):
            print(f"cleannews: {problem.message}", file=stderr)
    errors = sum(problem.error for problem in problems)
    changed = bad = 0
    if args.jsonl:
        # records are counted: the bar runs over the bytes of all the files
        sizes = {str(path): _size(path) for path, _ in pairs}
        with Progress(stderr, "records", total_bytes=sum(sizes.values()), enabled=not args.quiet) as progress:
            for path, target in pairs:
                verbose.say(str(path), str(path))
                job = _jsonl_job(args, finder.for_file(path), str(path), str(path))
                status, file_bad = _jsonl_into(args, job, path, target, stdin, progress, stderr)
                errors += status != 0
                bad += file_bad
    else:
        jobs = args.jobs or default_jobs()
        tasks = []
        for path, target in pairs:
            verbose.say(str(path), str(path))
            tasks.append(FileTask(str(path), _options(finder.for_file(path), str(path)),
                                  keep_headline=args.keep_headline, output=str(target),
                                  explain=args.explain, force_html=args.html))
        sizes = {task.path: _size(task.path) for task in tasks}
        progress = Progress(stderr, "files", total=len(tasks), total_bytes=sum(sizes.values()),
                            enabled=not args.quiet)
        with progress, contextlib.closing(_files_map(progress, sizes, tasks, jobs)) as reports:
            for report in reports:
                if report.error is not None:
                    progress.clear()
                    print(f"cleannews: {report.error}", file=stderr)
                errors += report.error is not None
                changed += report.changed and report.error is None
                progress.advance(1, sizes.get(report.path, 0))
    if bad and args.skip_bad and not args.quiet:
        print(f"cleannews: passed {bad} malformed record(s) through unchanged", file=stderr)
    if not args.quiet:
        tally = "" if args.jsonl else f", {changed} changed"
        print(f"cleannews: {len(pairs)} file(s) cleaned into {out_root}{tally}, {errors} error(s)", file=stderr)
    return 2 if errors else 0


def _jsonl_into(args: argparse.Namespace, job: JsonlOptions, path: Path, target: Path, stdin: TextIO,
                progress: Progress, stderr: TextIO) -> tuple[int, int]:
    """Clean the JSON Lines file ``path`` into ``target``, written whole or not at all; the
    exit status and the number of malformed records."""
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(prefix=f".{target.name[:120]}.{os.getpid()}.", suffix=TEMP_SUFFIX,
                                   dir=target.parent)
    except OSError as exc:
        print(f"cleannews: {target}: cannot write: {exc.strerror or exc}", file=stderr)
        return 2, 0
    try:
        with open(fd, "w", encoding="utf-8", errors="surrogateescape", newline="") as out:
            status, bad = _stream_jsonl(args, job, str(path), stdin, out, progress, stderr)
        if status == 0:
            os.chmod(tmp, 0o666 & ~current_umask())
            os.replace(tmp, target)
            tmp = ""
        else:
            print(f"cleannews: {path}: {target} not written", file=stderr)
        return status, bad
    except OSError as exc:
        print(f"cleannews: {target}: cannot write: {exc.strerror or exc}", file=stderr)
        return 2, 0
    finally:
        if tmp:
            with contextlib.suppress(OSError):
                os.unlink(tmp)


class _ReadError(Exception):
    """An input of the stream could not be read (not raised for output errors)."""


def _jsonl_lines(path: str, stdin: TextIO) -> Iterator[tuple[int, bytes | str]]:
    """The numbered raw lines of an input, split at "\n" only (a lone CR is data)."""
    try:
        if path == "-":
            stream = getattr(stdin, "buffer", None)
            yield from enumerate(stream if stream is not None else stdin, start=1)
            return
        with open(path, "rb") as handle:
            yield from enumerate(handle, start=1)
    except OSError as exc:
        raise _ReadError(str(exc.strerror or exc)) from exc


def _run_jsonl(args: argparse.Namespace, finder: SettingsFinder, verbose: _Verbose, stdin: TextIO,
               stdout: TextIO, stderr: TextIO) -> int:
    """Stream every input; a bad record is reported as ``FILE:LINE: error``.

    Without ``--skip-bad`` the first bad record stops its input (the records before it
    are written) and the run exits 2; the other inputs are still read.  With it, every bad
    record is reported and passed through unchanged, and all the others are cleaned.
    """
    status = 0
    bad = 0
    inputs = args.paths or ["-"]
    sizes = [_input_size(path, stdin) for path in inputs]
    # records written to the terminal would mix with the bar: no bar then
    to_terminal = bool(getattr(stdout, "isatty", lambda: False)())
    progress = Progress(stderr, "records", total_bytes=None if None in sizes else sum(s or 0 for s in sizes),
                        enabled=not args.quiet and not to_terminal)
    with progress:
        for path in inputs:
            input_status, input_bad = _jsonl_input(args, finder, verbose, path, stdin, stdout, stderr, progress)
            status, bad = max(status, input_status), bad + input_bad
    if bad and args.skip_bad and not args.quiet:
        print(f"cleannews: passed {bad} malformed record(s) through unchanged", file=stderr)
    return status


def _jsonl_input(args: argparse.Namespace, finder: SettingsFinder, verbose: _Verbose, path: str, stdin: TextIO,
                 stdout: TextIO, stderr: TextIO, progress: Progress) -> tuple[int, int]:
    """One input of ``_run_jsonl``: its exit status and number of bad records."""
    name = _stdin_name(args) if path == "-" else path
    where = _settings_path(args, path)
    settings = finder.for_file(where) if where else finder.for_folder(Path.cwd())
    verbose.say(name, where or None)
    if path == "-" and where and settings.force_exclude and left_out(settings, where):
        if args.verbose:
            print(f"cleannews: {where} is excluded by the settings; passed through unchanged", file=stderr)
        stream = getattr(stdin, "buffer", None)
        if stream is not None and hasattr(stdout, "buffer"):
            stdout.flush()
            stdout.buffer.write(stream.read())
        else:
            stdout.write(stdin.read())
        return 0, 0
    return _stream_jsonl(args, _jsonl_job(args, settings, where, name), path, stdin, stdout, progress, stderr)


def _jsonl_job(args: argparse.Namespace, settings: Settings, where: str, name: str) -> JsonlOptions:
    return JsonlOptions(_options(settings, where), args.field or "text", args.annotate,
                        args.skip_bad, name, args.keep_headline, args.html)


def _stream_jsonl(args: argparse.Namespace, job: JsonlOptions, path: str, stdin: TextIO, out: TextIO,
                  progress: Progress, stderr: TextIO) -> tuple[int, int]:
    """Clean the records of one input into ``out``; its exit status and bad-record count."""
    status = bad = 0
    jobs = args.jobs or default_jobs()
    chunk_bytes: deque[int] = deque()

    def measured(chunks: Iterator[list[tuple[int, bytes | str]]]) -> Iterator[list[tuple[int, bytes | str]]]:
        for chunk in chunks:
            chunk_bytes.append(sum(len(raw) for _, raw in chunk))
            yield chunk

    # the chunk being cleaned (-j 1) or awaited is named on the progress line: a huge record shows
    def working_on(chunk: list[tuple[int, bytes | str]]) -> ContextManager[object]:
        return progress.working_on(f"{job.name} line {chunk[0][0]}", sum(len(raw) for _, raw in chunk))

    def named(job: JsonlOptions, chunk: list[tuple[int, bytes | str]]) -> list[JsonlOutcome]:
        with working_on(chunk):
            return clean_jsonl_chunk(job, chunk)

    chunks = measured(chunked(_jsonl_lines(path, stdin), JSONL_CHUNK))
    results: Generator[list[JsonlOutcome], None, None] = (
        ordered_map(named, chunks, jobs, job) if jobs <= 1
        else ordered_map(clean_jsonl_chunk, chunks, jobs, job, waiting=working_on))
    try:
        for outcomes in results:
            for outcome in outcomes:
                if outcome.error is not None:
                    bad += 1
                    progress.clear()
                    if not args.skip_bad:
                        print(f"cleannews: {outcome.error}; stopped reading {job.name} "
                              f"(--skip-bad passes bad records through)", file=stderr)
                        raise _StopStream
                    print(f"cleannews: {outcome.error}", file=stderr)
                out.write(outcome.line)
            progress.advance(len(outcomes), chunk_bytes.popleft() if chunk_bytes else 0)
    except _StopStream:
        status = 2
    except _ReadError as exc:
        progress.clear()
        print(f"cleannews: {job.name}: cannot read: {exc}", file=stderr)
        status = 2
    finally:
        results.close()  # stops the worker processes at once if the stream stopped early
    out.flush()
    return status, bad


class _StopStream(Exception):
    pass


# -- check and fix ----------------------------------------------------------------------


def _open_cache(args: argparse.Namespace, finder: SettingsFinder) -> ResultCache:
    """The result cache: --cache-dir, $CLEANNEWS_CACHE_DIR, cache-dir of the current folder's
    settings, or .cleannews_cache beside that settings file (or in the current folder)."""
    if args.cache_dir:
        return ResultCache(absolute(args.cache_dir))
    if os.environ.get("CLEANNEWS_CACHE_DIR"):
        return ResultCache(absolute(os.environ["CLEANNEWS_CACHE_DIR"]))
    here = Path.cwd()
    settings = finder.for_folder(here)
    if settings.cache_dir:
        return ResultCache(settings.cache_dir)
    config = finder.config_for(here)
    return ResultCache((config.parent if config is not None else here) / DEFAULT_CACHE_DIR)


def _through_cache(cache: ResultCache, report: FileReport) -> FileReport:
    """The cached result for a skipped file; a fresh result is stored for the next run."""
    if report.cached:
        entry = cache.get(report.path)
        assert entry is not None
        return FileReport(report.path, entry.removals, entry.repairs, entry.changed)
    if report.digest is not None and report.error is None and not report.written:
        cache.put(report.path, Entry(report.digest, report.removals, report.repairs, report.changed))
    return report


def _size(path: str | os.PathLike[str]) -> int:
    try:
        return os.stat(path).st_size
    except OSError:
        return 0


def _files_map(progress: Progress, sizes: dict[str, int], tasks: list[FileTask],
               jobs: int) -> Generator[FileReport, None, None]:
    """``process_file`` over ``tasks``, the reports in input order.

    A file whose result is cached is looked up here first, without a worker (reading
    and hashing a file costs a hundredth of cleaning it), so that an unchanged corpus
    starts no worker process at all.  The file being cleaned (with ``-j 1``), or the one
    whose worker is awaited, is named on the progress line, so that a long file shows life.
    """
    known = [cached_report(task) for task in tasks]
    work = [task for task, report in zip(tasks, known) if report is None]

    def working_on(task: FileTask) -> ContextManager[object]:
        return progress.working_on(task.path, sizes.get(task.path, 0))

    def named(task: FileTask) -> FileReport:
        with working_on(task):
            return process_file(task)

    reports: Generator[FileReport, None, None]
    if jobs <= 1 or not work:
        reports = ordered_map(named, work, 1)
    else:
        reports = ordered_map(process_file, work, jobs, waiting=working_on)
    try:
        for report in known:
            yield report if report is not None else next(reports)
    finally:
        reports.close()


def _input_size(path: str, stdin: TextIO) -> int | None:
    """The size of an input that is a regular file (``None``: unknown, e.g. a pipe)."""
    try:
        info = os.fstat(stdin.fileno()) if path == "-" else os.stat(path)
    except (OSError, ValueError, AttributeError, io.UnsupportedOperation):
        return None
    return info.st_size if stat.S_ISREG(info.st_mode) else None


def _check_batch_options(args: argparse.Namespace) -> None:
    if "-" in args.paths:
        raise UsageError(f"{args.command} works on files; stdin is cleaned by `cleannews clean -` "
                         f"(--explain for the records, --stdin-filename for its settings)")
    if args.diff and args.output_format != "text":
        raise UsageError(f"--diff prints a unified diff; it does not go with --output-format {args.output_format}")
    if args.diff and args.statistics:
        raise UsageError("--diff prints a unified diff; it does not go with --statistics")


def _run_batch(args: argparse.Namespace, stdout: TextIO, stderr: TextIO) -> int:
    _check_batch_options(args)
    finder = _settings(args)
    verbose = _Verbose(args, finder, stderr)
    fix = args.command == "fix"
    diff = args.diff
    dry = fix and diff  # fix --diff: show what fix would do, write nothing
    jobs = args.jobs or default_jobs()
    problems: list[Problem] = []
    paths = list(discover(args.paths or ["."], finder.for_folder, problems.append))
    for problem in problems:
        if problem.error or (not args.quiet and (args.verbose or not problem.verbose)):
            print(f"cleannews: {problem.message}", file=stderr)
    if not paths and not args.quiet:
        print("cleannews: warning: no files to work on under the given path(s) (files are taken from "
              "folders by include, default *.txt and *.md)", file=stderr)
    cache = None if args.no_cache else _open_cache(args, finder)
    tasks = []
    for p in paths:
        verbose.say(str(p), str(p))
        task = FileTask(str(p), _options(finder.for_file(p), str(p)), fix=fix, diff=diff,
                        keep_headline=args.keep_headline, write=not dry)
        if cache is not None:
            entry = cache.get(task.path)
            # fix and --diff take a cached result only when it says there is nothing to do
            usable = entry is not None and (entry.clean or not (fix or diff))
            task = task.with_cache(entry.digest if entry is not None and usable else None)
        tasks.append(task)
    if fix and not dry:
        folders = {Path(os.path.realpath(p)).parent for p in paths}
        for folder in sorted(folders):
            for stale in remove_stale_temps(folder):
                if not args.quiet:
                    print(f"cleannews: removed {stale}, a temporary file left by a killed run", file=stderr)
    counts: Counter[tuple[str, str]] = Counter()
    found = changed = would_change = 0
    errors = sum(problem.error for problem in problems)
    documents: list[dict[str, object]] = []
    sizes = {task.path: _size(task.path) for task in tasks}
    progress = Progress(stderr, "files", total=len(tasks), total_bytes=sum(sizes.values()),
                        enabled=not args.quiet)
    with progress, contextlib.closing(_files_map(progress, sizes, tasks, jobs)) as reports:
        for report in reports:
            if cache is not None:
                report = _through_cache(cache, report)
            progress.clear()
            if report.error is not None:
                print(f"cleannews: {report.error}", file=stderr)
            if not args.statistics:
                _print_report(report, args, fix, diff, stdout, documents)
            for r in report.removals:
                counts[(r.code, r.name)] += 1
            found += bool(report.removals or report.repairs)
            changed += report.written
            would_change += report.changed and report.error is None
            errors += report.error is not None
            progress.advance(1, sizes.get(report.path, 0))
    if cache is not None:
        try:
            cache.save()
        except (OSError, FileError) as exc:
            if not args.quiet:
                print(f"cleannews: cannot write the cache in {cache.folder}: {exc}; going on without it",
                      file=stderr)
    if args.statistics:
        stats = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))
        if args.output_format in ("json", "json-lines"):
            rows = [{"code": code, "name": name, "count": n} for (code, name), n in stats]
            if args.output_format == "json":
                stdout.write(json.dumps(rows, indent=2) + "\n")
            else:
                stdout.write("".join(json.dumps(row) + "\n" for row in rows))
        else:
            for (code, name), n in stats:
                stdout.write(f"{n:>6}  {code}  {name}\n")
    elif args.output_format == "json":
        stdout.write(json.dumps(documents, ensure_ascii=False, indent=2) + "\n")
    if not args.quiet and args.output_format == "text" and not args.statistics:
        if dry:
            tally = f"{would_change} would be fixed"
        elif fix:
            tally = f"{changed} fixed"
        else:
            tally = f"{found} with boilerplate"
        print(f"cleannews: {len(tasks)} file(s) checked, {tally}, {errors} error(s)", file=stderr)
    if errors:
        return 2
    if args.exit_zero:
        return 0
    if dry:
        return 1 if would_change else 0
    if fix:
        return 1 if changed and args.exit_non_zero_on_fix else 0
    return 1 if found else 0


def _escape_data(text: str) -> str:
    """A GitHub workflow command's message, escaped as the runner expects."""
    return text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def _escape_property(text: str) -> str:
    return _escape_data(text).replace(":", "%3A").replace(",", "%2C")


def _github_lines(report: FileReport) -> list[str]:
    where = f"file={_escape_property(report.path)}"
    out = []
    for r in report.removals:
        line = f"{where},line={r.first}" + (f",endLine={r.last}" if r.last != r.first else "")
        message = f"{r.code} {r.name}: {r.reason}" + (f" (also {', '.join(r.also)})" if r.also else "")
        out.append(f"::warning {line}::{_escape_data(message)}")
    if report.repairs:
        out.append(f"::warning {where}::{_escape_data('repairs text encoding (' + ', '.join(report.repairs) + ')')}")
    return out


def _print_report(report: FileReport, args: argparse.Namespace, fix: bool, diff: bool,
                  stdout: TextIO, documents: list[dict[str, object]]) -> None:
    form = args.output_format
    if form == "json":
        documents.append(report.to_dict())
        return
    if form == "json-lines":
        stdout.write(json.dumps(report.to_dict(), ensure_ascii=False) + "\n")
        return
    if diff:
        stdout.write(report.diff)
        return
    if form == "github":
        for line in _github_lines(report):
            stdout.write(line + "\n")
        return
    if fix:
        if report.written:
            stdout.write(f"Fixing {report.path}\n")
        return
    for line in explain_lines(report.removals, report.path):
        stdout.write(line + "\n")
    if report.repairs:
        stdout.write(f"{report.path}: repairs text encoding ({', '.join(report.repairs)})\n")


# -- rules --------------------------------------------------------------------------------


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


def _run_rules(args: argparse.Namespace, stdout: TextIO, stderr: TextIO) -> int:
    from .rules import builtin_rules

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


class _Terminated(BaseException):
    """SIGTERM arrived: unwind (stopping worker processes, removing temporary files)."""


def _on_sigterm(signum: int, frame: object) -> None:
    raise _Terminated


def _silence_stdout() -> None:
    """After a broken pipe: point stdout at /dev/null so that the final flush is quiet."""
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        os.close(devnull)
    except (OSError, ValueError, AttributeError, io.UnsupportedOperation):
        pass


def _mistyped_command(argv: Sequence[str]) -> str | None:
    """The command that ``argv[0]`` looks like a typo of, or ``None``.

    ``cleannews FILE`` means ``cleannews clean FILE``, so only a word that names no
    existing file, has no folder or suffix in it, and is close to a command name counts.
    """
    if not argv:
        return None
    word = argv[0]
    if word in COMMANDS or word.startswith("-") or "/" in word or "." in word or os.sep in word:
        return None
    if os.path.lexists(word):
        return None
    close = difflib.get_close_matches(word.lower(), COMMANDS, n=1, cutoff=0.6)
    return close[0] if close else None


def main(argv: Sequence[str] | None = None, *, stdin: TextIO | None = None,
         stdout: TextIO | None = None, stderr: TextIO | None = None) -> int:
    """Run the command line; return the exit code."""
    real_stdout = stdout is None
    if real_stdout and isinstance(sys.stdout, io.TextIOWrapper):
        # cleaned text goes out byte for byte: UTF-8, no newline translation; a malformed
        # JSON Lines record passed through with --skip-bad keeps its undecodable bytes
        sys.stdout.reconfigure(encoding="utf-8", newline="", errors="surrogateescape")
    stdin = stdin or sys.stdin
    stdout = stdout or sys.stdout
    stderr = stderr or sys.stderr
    argv = list(sys.argv[1:] if argv is None else argv)
    typo = _mistyped_command(argv)
    if typo is not None:
        print(f"cleannews: unknown command {argv[0]!r} (did you mean {typo!r}?)", file=stderr)
        return 2
    if not argv or (argv[0] not in COMMANDS and argv[0] not in ("-h", "--help", "--version")):
        argv.insert(0, "clean")
    parser = build_parser()
    try:
        with contextlib.redirect_stdout(stdout), contextlib.redirect_stderr(stderr):
            args = parser.parse_args(argv)
    except SystemExit as exc:
        return int(exc.code or 0)
    handle_sigterm = threading.current_thread() is threading.main_thread()
    if handle_sigterm:
        previous = signal.signal(signal.SIGTERM, _on_sigterm)
    try:
        if args.command in ("rule", "rules"):
            return _run_rules(args, stdout, stderr)
        if args.command in ("check", "fix"):
            return _run_batch(args, stdout, stderr)
        return _run_clean(args, stdin, stdout, stderr)
    except UsageError as exc:
        print(f"cleannews {args.command}: error: {exc}", file=stderr)
        return 2
    except (RuleError, ConfigError) as exc:
        print(f"cleannews: {exc}", file=stderr)
        return 2
    except BrokenPipeError:
        # the reader went away (`cleannews ... | head -1`): stop quietly, as filters do
        if real_stdout:
            _silence_stdout()
        return 0
    except OSError as exc:  # writing the output failed (disk full, ...)
        print(f"cleannews: cannot write the output: {exc.strerror or exc}", file=stderr)
        return 2
    except KeyboardInterrupt:
        return 130
    except _Terminated:
        return 128 + signal.SIGTERM
    finally:
        if handle_sigterm:
            signal.signal(signal.SIGTERM, previous if previous is not None else signal.SIG_DFL)
