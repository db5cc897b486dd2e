"""Running file tasks: worker processes, the result cache's shortcut, the progress line, the
problems met on the walk."""

from __future__ import annotations

import argparse
import io
import os
import stat
from collections.abc import Generator
from typing import ContextManager, TextIO

from ..batch import FileReport, FileTask, cached_report, ordered_map, process_file
from ..progress import Progress
from ..walk import Problem


def file_size(path: str | os.PathLike[str]) -> int:
    try:
        return os.stat(path).st_size
    except OSError:
        return 0


def files_map(progress: Progress, sizes: dict[str, int], tasks: list[FileTask],
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


def input_size(path: str, stdin: TextIO) -> int | None:
    """The size of an input that is a regular file (``None``: unknown, e.g. a pipe)."""
    try:
        info = os.fstat(stdin.fileno()) if path == "-" else os.stat(path)
    except (OSError, ValueError, AttributeError, io.UnsupportedOperation):
        return None
    return info.st_size if stat.S_ISREG(info.st_mode) else None


def print_problems(problems: list[Problem], args: argparse.Namespace, stderr: TextIO) -> None:
    """The walk's problems: errors always, notices unless ``-q`` (the verbose ones with ``-v``)."""
    for problem in problems:
        if problem.error or (not args.quiet and (args.verbose or not problem.verbose)):
            print(f"cleannews: {problem.message}", file=stderr)
