"""``main()``: the command line parsed and dispatched; signals, broken pipes and typos handled."""

from __future__ import annotations

import contextlib
import difflib
import io
import os
import signal
import sys
import threading
from collections.abc import Sequence
from typing import TextIO

from ..config import ConfigError
from ..registry import RuleError
from .clean import run_clean
from .errors import UsageError
from .parser import COMMANDS, build_parser


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
        # each command's module is imported when it runs: `cleannews < in.txt` loads no other
        if args.command in ("rule", "rules"):
            from .ruledocs import run_rules

            return run_rules(args, stdout, stderr)
        if args.command in ("check", "fix"):
            from .check import run_batch

            return run_batch(args, stdout, stderr)
        return run_clean(args, stdin, stdout, stderr)
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
