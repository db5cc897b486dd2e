"""The argument parser of the ``cleannews`` command (``docs/cli.md`` is generated from it)."""

from __future__ import annotations

import argparse

from .. import __version__
from ..batch import default_jobs


COMMANDS = ("clean", "check", "fix", "rule", "rules")


BATCH_FORMATS = ("text", "concise", "json", "json-lines", "github")
CLEAN_FORMATS = ("text", "json", "json-lines")


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
