"""``cleannews clean --jsonl``: JSON Lines streams, one field of every record cleaned."""

from __future__ import annotations

import argparse
from collections import deque
from collections.abc import Generator, Iterator
from pathlib import Path
from typing import ContextManager, TextIO

from ..batch import JsonlOptions, JsonlOutcome, chunked, clean_jsonl_chunk, default_jobs, ordered_map
from ..config import Settings, SettingsFinder
from ..progress import Progress
from ..walk import left_out
from .runner import input_size
from .settings import Verbose, pipeline_options, settings_path, stdin_name


JSONL_CHUNK = 64


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


def run_jsonl(args: argparse.Namespace, finder: SettingsFinder, verbose: Verbose, stdin: TextIO,
              stdout: TextIO, stderr: TextIO) -> int:
    """Stream every input; a bad record is reported as ``FILE:LINE: error``.

    Without ``--skip-bad`` the first bad record stops its input (the records before it
    are written) and the run exits 2; the other inputs are still read.  With it, every bad
    record is reported and passed through unchanged, and all the others are cleaned.
    """
    status = 0
    bad = 0
    inputs = args.paths or ["-"]
    sizes = [input_size(path, stdin) for path in inputs]
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


def _jsonl_input(args: argparse.Namespace, finder: SettingsFinder, verbose: Verbose, path: str, stdin: TextIO,
                 stdout: TextIO, stderr: TextIO, progress: Progress) -> tuple[int, int]:
    """One input of ``run_jsonl``: its exit status and number of bad records."""
    name = stdin_name(args) if path == "-" else path
    where = settings_path(args, path)
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
    return stream_jsonl(args, jsonl_job(args, settings, where, name), path, stdin, stdout, progress, stderr)


def jsonl_job(args: argparse.Namespace, settings: Settings, where: str, name: str) -> JsonlOptions:
    return JsonlOptions(pipeline_options(settings, where), args.field or "text", args.annotate,
                        args.skip_bad, name, args.keep_headline, args.html)


def stream_jsonl(args: argparse.Namespace, job: JsonlOptions, path: str, stdin: TextIO, out: TextIO,
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
