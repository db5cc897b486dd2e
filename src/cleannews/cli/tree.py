"""``cleannews clean SRC... -o OUT``: every file cleaned into OUT, the folders mirrored."""

from __future__ import annotations

import argparse
import contextlib
import os
import tempfile
from pathlib import Path
from typing import TextIO

from ..batch import HTML_SUFFIXES, FileTask, JsonlOptions, default_jobs
from ..config import SettingsFinder
from ..files import TEMP_SUFFIX, current_umask
from ..progress import Progress
from ..walk import Problem, discover
from .errors import UsageError
from .jsonl import jsonl_job, stream_jsonl
from .runner import file_size, files_map, print_problems
from .settings import Verbose, pipeline_options


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


def run_tree(args: argparse.Namespace, finder: SettingsFinder, verbose: Verbose, stdin: TextIO,
             stderr: TextIO) -> int:
    """``clean SRC... -o OUT``: every file cleaned into OUT, the folders mirrored."""
    out_root = Path(args.output_dir)
    problems: list[Problem] = []
    pairs = _tree_pairs(args, finder, out_root, problems)
    print_problems(problems, args, stderr)
    errors = sum(problem.error for problem in problems)
    changed = bad = 0
    if args.jsonl:
        # records are counted: the bar runs over the bytes of all the files
        sizes = {str(path): file_size(path) for path, _ in pairs}
        with Progress(stderr, "records", total_bytes=sum(sizes.values()), enabled=not args.quiet) as progress:
            for path, target in pairs:
                verbose.say(str(path), str(path))
                job = jsonl_job(args, finder.for_file(path), str(path), str(path))
                status, file_bad = _jsonl_into(args, job, path, target, stdin, progress, stderr)
                errors += status != 0
                bad += file_bad
    else:
        jobs = args.jobs or default_jobs()
        tasks = []
        for path, target in pairs:
            verbose.say(str(path), str(path))
            tasks.append(FileTask(str(path), pipeline_options(finder.for_file(path), str(path)),
                                  keep_headline=args.keep_headline, output=str(target),
                                  explain=args.explain, force_html=args.html))
        sizes = {task.path: file_size(task.path) for task in tasks}
        progress = Progress(stderr, "files", total=len(tasks), total_bytes=sum(sizes.values()),
                            enabled=not args.quiet)
        with progress, contextlib.closing(files_map(progress, sizes, tasks, jobs)) as reports:
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
            status, bad = stream_jsonl(args, job, str(path), stdin, out, progress, stderr)
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
