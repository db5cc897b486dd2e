"""``cleannews check`` and ``cleannews fix``: files reported on or rewritten, with the result cache."""

from __future__ import annotations

import argparse
import contextlib
import json
import os
from collections import Counter
from pathlib import Path
from typing import TextIO

from ..batch import FileReport, FileTask, default_jobs
from ..cache import Entry, ResultCache
from ..config import DEFAULT_CACHE_DIR, SettingsFinder
from ..files import FileError, remove_stale_temps
from ..globs import absolute
from ..progress import Progress
from ..walk import Problem, discover
from .errors import UsageError
from .formats import print_report
from .runner import file_size, files_map, print_problems
from .settings import Verbose, pipeline_options, settings_finder


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


def _check_batch_options(args: argparse.Namespace) -> None:
    if "-" in args.paths:
        raise UsageError(f"{args.command} works on files; stdin is cleaned by `cleannews clean -` "
                         f"(--explain for the records, --stdin-filename for its settings)")
    if args.diff and args.output_format != "text":
        raise UsageError(f"--diff prints a unified diff; it does not go with --output-format {args.output_format}")
    if args.diff and args.statistics:
        raise UsageError("--diff prints a unified diff; it does not go with --statistics")


def run_batch(args: argparse.Namespace, stdout: TextIO, stderr: TextIO) -> int:
    _check_batch_options(args)
    finder = settings_finder(args)
    verbose = Verbose(args, finder, stderr)
    fix = args.command == "fix"
    diff = args.diff
    dry = fix and diff  # fix --diff: show what fix would do, write nothing
    jobs = args.jobs or default_jobs()
    problems: list[Problem] = []
    paths = list(discover(args.paths or ["."], finder.for_folder, problems.append))
    print_problems(problems, args, stderr)
    if not paths and not args.quiet:
        print("cleannews: warning: no files to work on under the given path(s) (files are taken from "
              "folders by include, default *.txt and *.md)", file=stderr)
    cache = None if args.no_cache else _open_cache(args, finder)
    tasks = []
    for p in paths:
        verbose.say(str(p), str(p))
        task = FileTask(str(p), pipeline_options(finder.for_file(p), str(p)), fix=fix, diff=diff,
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
    sizes = {task.path: file_size(task.path) for task in tasks}
    progress = Progress(stderr, "files", total=len(tasks), total_bytes=sum(sizes.values()),
                        enabled=not args.quiet)
    with progress, contextlib.closing(files_map(progress, sizes, tasks, jobs)) as reports:
        for report in reports:
            if cache is not None:
                report = _through_cache(cache, report)
            progress.clear()
            if report.error is not None:
                print(f"cleannews: {report.error}", file=stderr)
            if not args.statistics:
                print_report(report, args, fix, diff, stdout, documents)
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
