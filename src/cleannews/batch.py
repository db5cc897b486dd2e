"""Batch work: check and fix files, clean JSON Lines streams, in parallel, in input order.

Work is cut into tasks that carry everything a worker needs (plain, picklable values), so
that ``-j N`` runs the same function in N processes and ``-j 1`` runs it inline: the output
is identical and in input order either way.  Streams are processed through a bounded
window of tasks in flight, so memory stays flat whatever the input size.
"""

from __future__ import annotations

import difflib
import json
import os
import signal
import threading
import time
from collections import deque
from collections.abc import Callable, Generator, Iterable, Iterator
from dataclasses import dataclass, replace
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING, Any, ContextManager, TypeVar

from .cache import digest, files_fingerprint
from .document import Removal
from .files import BOM, FileError, atomic_write, decode, encode, process_alive, read_bytes, write_file
from .pipeline import Pipeline, Result

if TYPE_CHECKING:  # imported by ordered_map with jobs > 1 only: one process needs no pool
    from concurrent.futures import Future, ProcessPoolExecutor
    from multiprocessing.context import BaseContext

__all__ = [
    "FileReport",
    "FileTask",
    "JsonlOptions",
    "PipelineOptions",
    "ordered_map",
    "process_file",
]

T = TypeVar("T")
R = TypeVar("R")


@dataclass(frozen=True)
class PipelineOptions:
    """What a worker needs to build its pipeline."""

    select: tuple[str, ...] | None = None
    ignore: tuple[str, ...] = ()
    normalize: bool = True
    patterns: tuple[str, ...] = ()
    site: str | None = None


@lru_cache(maxsize=64)
def pipeline_for(options: PipelineOptions) -> Pipeline:
    """A pipeline for ``options``, built once per process."""
    return Pipeline(
        select=options.select, ignore=options.ignore, normalize=options.normalize,
        pattern_files=options.patterns, site=options.site,
    )


# -- files ------------------------------------------------------------------------------


HTML_SUFFIXES = (".html", ".htm", ".xhtml")


@dataclass(frozen=True)
class FileTask:
    path: str
    options: PipelineOptions
    fix: bool = False
    diff: bool = False
    keep_headline: bool | None = None  # None: keep it in text, drop it from HTML (clean_html's default)
    write: bool = True  # False with fix: everything but the write (``fix --diff``)
    output: str | None = None  # clean -o: write the cleaned text here instead
    explain: bool = False  # with output: the removal records beside it, as JSON Lines
    force_html: bool = False  # read as an HTML page whatever the suffix (clean --html)
    cache_key: str | None = None  # what decides the result besides the bytes (None: no cache)
    cached: str | None = None  # the digest of the cached result: equal means skip the work (cached_report)

    def with_cache(self, cached: str | None) -> FileTask:
        """This task, keyed for the result cache, skipped when its digest is ``cached``."""
        key = (f"{self.options!r}|{files_fingerprint(self.options.patterns)}|html={self.html}"
               f"|keep_headline={self.keep_headline}")
        return replace(self, cache_key=key, cached=cached)

    @property
    def html(self) -> bool:
        return self.force_html or self.path.lower().endswith(HTML_SUFFIXES)


@dataclass(frozen=True)
class FileReport:
    """What happened to one file."""

    path: str
    removals: tuple[Removal, ...] = ()
    repairs: tuple[str, ...] = ()
    changed: bool = False
    written: bool = False
    diff: str = ""
    error: str | None = None
    digest: str | None = None  # of the bytes and the task's cache key (for the result cache)
    cached: bool = False  # the digest equals the cached one: nothing was done, take the cache's

    def to_dict(self) -> dict[str, Any]:
        return {
            "path": self.path,
            "changed": self.changed,
            "written": self.written,
            "removals": [r.to_dict() for r in self.removals],
            "repairs": list(self.repairs),
            "error": self.error,
        }


def unified_diff(before: str, after: str, path: str) -> str:
    lines = difflib.unified_diff(
        before.splitlines(keepends=True), after.splitlines(keepends=True),
        fromfile=f"a/{path}", tofile=f"b/{path}",
    )
    out = []
    for line in lines:
        out.append(line if line.endswith(("\n", "\r")) else line + "\n\\ No newline at end of file\n")
    return "".join(out)


def process_file(task: FileTask) -> FileReport:
    """Check (and with ``task.fix``, rewrite) one file.  Never raises for a bad file."""
    path = Path(task.path)
    try:
        data = read_bytes(path)
        report = _process(task, path, data)
        # the digest under which the result is cached (whether to skip the work is decided
        # before, by cached_report)
        return report if task.cache_key is None else replace(report, digest=digest(data, task.cache_key))
    except FileError as exc:
        return FileReport(task.path, error=str(exc))
    except Exception as exc:  # a bug must not stop the other files
        return FileReport(task.path, error=f"{task.path}: internal error: {type(exc).__name__}: {exc}")


def cached_report(task: FileTask) -> FileReport | None:
    """The report of a task whose file still has its cached digest (``cached=True``), or
    ``None`` when it must be processed (no cached digest, changed, or unreadable)."""
    if task.cache_key is None or task.cached is None:
        return None
    try:
        found = digest(Path(task.path).read_bytes(), task.cache_key)
    except OSError:
        return None
    return FileReport(task.path, digest=found, cached=True) if found == task.cached else None


#: Suffixes of record files, which are never article text: `clean --jsonl` cleans them.
RECORD_SUFFIXES = (".jsonl", ".ndjson", ".json", ".csv", ".tsv")


def _process(task: FileTask, path: Path, data: bytes) -> FileReport:
    """Check, fix or clean into a file, the bytes ``data`` of ``task.path`` (may raise)."""
    if task.output is None and task.path.lower().endswith(RECORD_SUFFIXES):
        raise FileError(f"{task.path}: a file of records, not article text; left untouched "
                        f"(`cleannews clean --jsonl {task.path}` cleans JSON Lines records)")
    pipeline = pipeline_for(task.options)
    if task.output is not None:
        return _clean_into(task, data, pipeline)
    if task.html:
        return _process_html(task, data, pipeline)
    decoded = decode(data, task.path)
    keep = task.keep_headline is not False
    result = pipeline.explain(decoded.text, keep_headline=keep)
    new_data = encode(result.text, decoded.bom)
    changed = new_data != data
    diff = unified_diff(decoded.text, result.text, task.path) if task.diff and changed else ""
    written = False
    if task.fix and changed:
        if pipeline.explain(result.text, keep_headline=keep).removals:
            return FileReport(task.path, result.removals, result.repairs, changed, False, diff,
                              f"{task.path}: cleaning is not stable on this file (a rule bug); left untouched")
        if task.write:
            write_file(path, new_data)
            written = True
    return FileReport(task.path, result.removals, result.repairs, changed, written, diff)


#: Suffix of the removal records ``clean -o --explain`` writes beside each file.
RECORDS_SUFFIX = ".removals.jsonl"


def _clean_into(task: FileTask, data: bytes, pipeline: Pipeline) -> FileReport:
    """``clean -o``: clean one file into ``task.output`` (and its records beside it)."""
    assert task.output is not None
    if task.html:
        from .extract import extract

        extracted = extract(data, None)
        if not extracted.text.strip():
            raise FileError(f"{task.path}: no article text found in this page; not written")
        result = pipeline.explain(extracted.text, meta=extracted.meta, keep_headline=bool(task.keep_headline))
        new_data, changed = result.text.encode("utf-8"), True
    else:
        decoded = decode(data, task.path)
        result = pipeline.explain(decoded.text, keep_headline=task.keep_headline is not False)
        new_data = encode(result.text, decoded.bom)
        changed = new_data != data
    output = Path(task.output)
    try:
        output.parent.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise FileError(f"{output}: cannot write: {exc.strerror or exc}") from exc
    atomic_write(output, new_data, name=output)
    if task.explain:
        records = "".join(json.dumps(r.to_dict(), ensure_ascii=False) + "\n" for r in result.removals)
        atomic_write(output.with_name(output.name + RECORDS_SUFFIX), records.encode("utf-8"))
    return FileReport(task.path, result.removals, result.repairs, changed, True)


def _process_html(task: FileTask, data: bytes, pipeline: Pipeline) -> FileReport:
    """An HTML page is checked on the article text extracted from it; it is never rewritten."""
    from .extract import extract

    if task.fix:
        return FileReport(task.path, error=(
            f"{task.path}: HTML files are checked, not fixed in place; "
            f"write the cleaned text with `cleannews clean --html {task.path}`"))
    extracted = extract(data, None)
    result = pipeline.explain(extracted.text, meta=extracted.meta, keep_headline=bool(task.keep_headline))
    diff = unified_diff(extracted.text, result.text, task.path) if task.diff and result.removals else ""
    return FileReport(task.path, result.removals, result.repairs, bool(result.removals), False, diff)


# -- JSON Lines --------------------------------------------------------------------------


@dataclass(frozen=True)
class JsonlOptions:
    options: PipelineOptions
    field: str = "text"
    annotate: bool = False
    skip_bad: bool = False
    name: str = "<stdin>"
    keep_headline: bool | None = None  # None: keep it in text, drop it from HTML
    html: bool = False


@dataclass(frozen=True)
class JsonlOutcome:
    """One input line's output line (with its newline), or an error message.

    Only what the writing process needs: outcomes cross from the worker processes, and
    everything in them is pickled on the way.
    """

    line: str
    error: str | None = None


def _get_field(record: Any, path: list[str]) -> Any:
    value = record
    for key in path:
        if not isinstance(value, dict) or key not in value:
            raise KeyError(".".join(path))
        value = value[key]
    return value


def _set_field(record: Any, path: list[str], value: Any) -> None:
    target = record
    for key in path[:-1]:
        target = target[key]
    target[path[-1]] = value


def clean_jsonl_line(job: JsonlOptions, number: int, line: str | bytes) -> JsonlOutcome:
    """Clean one JSON Lines record; a bad record gives an error (or passes through).

    ``line`` is the raw line with its newline, as bytes (decoded here, so that one bad
    byte spoils only its own line) or as text.  Never raises: whatever goes wrong with
    one record is reported with its line number.
    """
    where = f"{job.name}:{number}"
    if isinstance(line, bytes):
        if number == 1 and line.startswith(BOM):
            line = line[len(BOM):]
        try:
            text = line.decode("utf-8")
        except UnicodeDecodeError as exc:
            passed = line.decode("utf-8", "surrogateescape")  # written back as the same bytes
            return _bad(job, passed, f"{where}: not valid UTF-8 (byte {exc.start + 1} of the line: {exc.reason})")
    else:
        text = line[1:] if number == 1 and line.startswith("\ufeff") else line
    if not text.strip():
        return JsonlOutcome(text)
    try:
        return _clean_record(job, where, text)
    except Exception as exc:  # a bug or a hostile record must not stop the stream
        return _bad(job, text, f"{where}: internal error: {type(exc).__name__}: {exc}")


def _clean_record(job: JsonlOptions, where: str, line: str) -> JsonlOutcome:
    try:
        record = json.loads(line)
        path = job.field.split(".")
        text = _get_field(record, path)
        if not isinstance(text, str):
            raise TypeError(f"field {job.field!r} is {type(text).__name__}, not a string")
    except json.JSONDecodeError as exc:
        return _bad(job, line, f"{where}: not valid JSON: {exc.msg} (column {exc.colno})")
    except RecursionError:
        return _bad(job, line, f"{where}: not valid JSON: nested too deeply")
    except ValueError as exc:  # e.g. an integer of more digits than Python converts
        return _bad(job, line, f"{where}: not valid JSON: {str(exc).split(';')[0]}")
    except KeyError:
        return _bad(job, line, f"{where}: record has no field {job.field!r}")
    except TypeError as exc:
        return _bad(job, line, f"{where}: {exc}")
    pipeline = pipeline_for(job.options)
    if job.html:
        url = record.get("url") if isinstance(record, dict) and isinstance(record.get("url"), str) else None
        result = pipeline.explain_html(text, url, keep_headline=bool(job.keep_headline))
    else:
        result = pipeline.explain(text, keep_headline=job.keep_headline is not False)
    _set_field(record, path, result.text)
    if job.annotate:
        record["cleannews"] = {
            "removals": [r.to_dict() for r in result.removals],
            "repairs": list(result.repairs),
        }
    ending = "\r\n" if line.endswith("\r\n") else "\n"
    try:
        out = json.dumps(record, ensure_ascii=False)
        out.encode("utf-8")
    except UnicodeEncodeError:  # a lone surrogate ("\\udc80" in the input): keep the output UTF-8
        out = json.dumps(record)
    except RecursionError:
        return _bad(job, line, f"{where}: record nested too deeply to write back")
    return JsonlOutcome(out + ending)


def _bad(job: JsonlOptions, line: str, message: str) -> JsonlOutcome:
    return JsonlOutcome(line if job.skip_bad else "", message)


def clean_jsonl_chunk(job: JsonlOptions, chunk: list[tuple[int, bytes | str]]) -> list[JsonlOutcome]:
    return [clean_jsonl_line(job, number, line) for number, line in chunk]


def chunked(items: Iterable[T], size: int) -> Iterator[list[T]]:
    chunk: list[T] = []
    for item in items:
        chunk.append(item)
        if len(chunk) >= size:
            yield chunk
            chunk = []
    if chunk:
        yield chunk


# -- ordered parallel map ---------------------------------------------------------------


def default_jobs() -> int:
    return os.cpu_count() or 1


def ordered_map(func: Callable[..., R], items: Iterable[Any], jobs: int, *args: Any,
                waiting: Callable[[Any], ContextManager[object]] | None = None) -> Generator[R, None, None]:
    """``func(*args, item)`` for each item, in input order, on ``jobs`` processes.

    At most ``4 * jobs`` items are in flight at once, so a long stream never piles up in
    memory.  With ``jobs <= 1`` everything runs in this process.  The workers never
    outlive this process: when the map stops early (an exception, a signal turned into
    one, the consumer closing the generator) they are terminated, and each worker exits
    by itself when its parent is gone (killed with SIGKILL, say).  ``waiting(item)``, if
    given, is entered while this process waits for the worker on ``item`` (a progress
    line names it).
    """
    if jobs <= 1:
        for item in items:
            yield func(*args, item)
        return
    from concurrent.futures import ProcessPoolExecutor

    window = 4 * jobs
    pool = ProcessPoolExecutor(max_workers=jobs, mp_context=_start_method(), initializer=_worker_init,
                               initargs=(os.getpid(),))
    pending: deque[tuple[Any, Future[R]]] = deque()

    def result(item: Any, future: Future[R]) -> R:
        if waiting is None or future.done():
            return future.result()
        with waiting(item):
            return future.result()

    try:
        for item in items:
            pending.append((item, pool.submit(func, *args, item)))
            if len(pending) >= window:
                yield result(*pending.popleft())
        while pending:
            yield result(*pending.popleft())
    except BaseException:
        for _, future in pending:
            future.cancel()
        terminate_pool(pool)
        raise
    pool.shutdown()


def terminate_pool(pool: ProcessPoolExecutor) -> None:
    """Stop ``pool`` now: cancel its queued work and terminate its worker processes."""
    processes = list((getattr(pool, "_processes", None) or {}).values())
    pool.shutdown(wait=False, cancel_futures=True)
    for process in processes:
        try:
            process.terminate()
        except (OSError, ValueError):
            pass
    for process in processes:
        try:
            process.join(timeout=5)
        except (OSError, ValueError, AssertionError):
            pass
    # and let the pool's manager thread finish: while it runs, Python's exit hook for the
    # pool may write to the wake-up pipe the thread is closing ("Exception ignored in:
    # <module 'threading'> ... Bad file descriptor" on a SIGTERM under load)
    manager = getattr(pool, "_executor_manager_thread", None)
    if manager is not None:
        manager.join(timeout=5)


def _start_method() -> BaseContext | None:
    """How worker processes start: from a fork server where there is one (POSIX).

    Forking the calling process itself copies its threads' locks in whatever state they
    are (a progress line's ticker, a library's thread, a test runner's): a worker forked
    while another thread held one waits for ever.  The fork server is a small
    single-threaded process that forks the workers instead, with ``cleannews.batch``
    imported and the rules' patterns compiled once in it (:mod:`cleannews._warm`).  Elsewhere the platform's default (spawn) is used.
    """
    import multiprocessing

    if "forkserver" not in multiprocessing.get_all_start_methods():
        return None
    context = multiprocessing.get_context("forkserver")
    context.set_forkserver_preload(["cleannews.batch", "cleannews._warm"])
    return context


#: How often a worker checks that its parent is still there (seconds).
PARENT_CHECK_INTERVAL = 0.2


def _worker_init(parent: int) -> None:
    """Run in each worker: leave signals to the parent, and exit when the parent is gone.

    ``parent`` is the process that runs the map; a worker forked by a fork server is that
    server's child, and the server exits with the parent, so either change means gone.
    """
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl-C reaches the parent, which stops us
    signal.signal(signal.SIGTERM, signal.SIG_DFL)
    forked_by = os.getppid()

    def watch() -> None:
        while True:
            time.sleep(PARENT_CHECK_INTERVAL)
            if os.getppid() != forked_by or not process_alive(parent):
                os._exit(1)

    threading.Thread(target=watch, name="cleannews-parent-watch", daemon=True).start()
