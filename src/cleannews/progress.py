"""A progress line for long work, shown only to a person at a terminal.

``cleannews [#######-------] 312/1200 files  14.2 MB/s  0:41 left  (cleaning big.txt, 38 MB, 0:07)``

Contract:

* It shows only when ``enabled``, the stream is a terminal (``isatty()``), ``CI`` is unset
  (or "", "0", "false") and ``TERM`` is not ``dumb``.  Otherwise it never writes a byte.
* The line is redrawn in place (``\\r`` ... ``\\033[K``) and cut to the terminal's width.
  Nothing is drawn in the first ``delay`` seconds, so a quick run leaves no trace;
  ``advance`` redraws at most ten times a second, and always when the count is complete.
* Time left is counted by bytes when ``total_bytes`` is known, else by units; the bar
  by units when ``total`` is known, else by bytes.
* A daemon ticker thread redraws every ``interval`` seconds, so that the time and rate move
  while the caller waits on worker processes or cleans one large item in
  ``with progress.working_on(name, nbytes):`` (the item is named once it has taken ``delay``).
* To print a line: ``progress.clear()``, then print.  ``clear()`` erases the bar and holds
  every redraw until the next ``advance()`` or ``working_on()``, so the ticker never writes
  into a line the caller prints; the next ``advance()`` redraws the bar at once.  So call
  ``clear()`` only before something is printed.  Only the thread that made the progress
  calls its methods.
* ``close()`` (or leaving ``with Progress(...)``) stops the ticker, leaves the line clear and
  makes every later call silent.
"""

from __future__ import annotations

import contextlib
import os
import shutil
import threading
import time
import weakref
from collections.abc import Callable, Iterator
from typing import TextIO

__all__ = ["Progress", "format_bytes", "format_duration", "format_rate", "shows_on"]

ERASE = "\r\033[K"
MIN_GAP = 0.1  # never redraw more than ten times a second, but to restore a cleared line


def shows_on(stream: TextIO) -> bool:
    """Whether a progress line belongs on ``stream``: a terminal, not CI, not ``TERM=dumb``."""
    if os.environ.get("CI", "").strip().lower() not in ("", "0", "false") or os.environ.get("TERM") == "dumb":
        return False
    try:
        return bool(getattr(stream, "isatty", lambda: False)())
    except (OSError, ValueError):  # a closed stream
        return False


def _shorten(name: str, fit: int) -> str:
    """``name`` in ``fit`` characters: its folders go first, then the start of its base name."""
    if len(name) <= fit:
        return name
    base = name.replace("\\", "/").rsplit("/", 1)[-1]
    if len(base) + 4 <= fit:
        return ".../" + base
    return "..." + base[len(base) - max(fit, 4) + 3:] if fit > 3 else base[-8:]


def format_bytes(n: float) -> str:
    """``512 B``, ``1.5 kB``, ``38 MB``: decimal units, two or three digits."""
    if n < 1000:
        return f"{int(n)} B"
    for unit in ("kB", "MB", "GB", "TB"):
        n /= 1000
        if n < 999.5 or unit == "TB":
            break
    return f"{n:.1f} {unit}" if n < 9.95 else f"{n:.0f} {unit}"


def format_rate(nbytes: float, seconds: float) -> str:
    """``14.2 MB/s`` (``kB/s`` below 0.1 MB/s); ``""`` before any time has passed."""
    if seconds <= 0:
        return ""
    rate = nbytes / seconds
    return f"{rate / 1e6:.1f} MB/s" if rate >= 1e5 else f"{rate / 1e3:.1f} kB/s"


def format_duration(seconds: float) -> str:
    """``0:41``, ``12:05``, ``1:02:03``."""
    h, rest = divmod(max(int(seconds + 0.5), 0), 3600)
    m, s = divmod(rest, 60)
    return f"{h}:{m:02}:{s:02}" if h else f"{m}:{s:02}"


class Progress:
    """``done/total unit`` with a bar, MB/s and time left, on a terminal only (see the module)."""

    def __init__(self, stream: TextIO, unit: str, total: int | None = None, total_bytes: int | None = None,
                 enabled: bool = True, *, clock: Callable[[], float] = time.monotonic,
                 interval: float | None = 0.5, delay: float = 0.5) -> None:
        self.stream = stream
        self.unit = unit
        self.total = total
        self.total_bytes = total_bytes
        self.done = 0
        self.done_bytes = 0
        self.enabled = enabled and shows_on(stream)
        self._clock = clock
        self._delay = delay
        self._start = clock()
        self._last = float("-inf")  # when the line was last drawn
        self._shown = False  # the line is on the screen
        self._held = False  # clear() was called: no redraw until advance() or working_on()
        self._restore = False  # clear() erased the line: the next advance() redraws it at once
        self._item: tuple[str, int, float] | None = None
        self._closed = not self.enabled
        self._lock = threading.Lock()
        self._stop = threading.Event()
        self._ticker: threading.Thread | None = None
        if self.enabled and interval is not None:
            self._ticker = threading.Thread(target=self._tick, args=(max(interval, MIN_GAP),),
                                            name="cleannews-progress", daemon=True)
            _ticking.add(self)
            self._ticker.start()

    def advance(self, n: int = 1, nbytes: int = 0) -> None:
        """``n`` more units done, ``nbytes`` more bytes read."""
        with self._lock:
            self.done += n
            self.done_bytes += nbytes
            if self._closed:
                return
            self._held = False
            now = self._clock()
            complete = self.total is not None and self.done >= self.total
            if self._restore or complete or now - self._last >= MIN_GAP:
                self._draw(now)

    @contextlib.contextmanager
    def working_on(self, name: str, nbytes: int = 0) -> Iterator[None]:
        """Name ``name`` (of ``nbytes``) on the line while the block runs, once it has taken ``delay``."""
        with self._lock:
            self._item = ("".join(c if c.isprintable() else "?" for c in name), nbytes, self._clock())
            self._held = False
        try:
            yield
        finally:
            with self._lock:
                self._item = None

    def clear(self) -> None:
        """Erase the line and draw nothing more until the next ``advance()`` or ``working_on()``."""
        with self._lock:
            self._held = True
            if self._shown and not self._closed:
                self._write(ERASE)
                self._shown = False
                self._restore = True

    def close(self) -> None:
        """Stop the ticker and leave the line clear; later calls draw nothing."""
        with self._lock:
            if self._shown and not self._closed:
                self._write(ERASE)
            self._shown = False
            self._closed = True
        self._stop.set()
        if self._ticker is not None and self._ticker is not threading.current_thread():
            self._ticker.join(5.0)
        _ticking.discard(self)

    def __enter__(self) -> Progress:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def line(self, now: float | None = None) -> str:
        """The text of the line at ``now`` (by default the clock's now), cut to the terminal.

        While a slow item runs, the line shows the count, the time elapsed and the item
        (the rate of the finished items says nothing of what is left then); what gives
        way to a narrow terminal is the bar first, then the folders of the item's name,
        then the end of the line.
        """
        now = self._clock() if now is None else now
        elapsed = max(now - self._start, 0.0)
        parts = [f"{self.done}/{self.total} {self.unit}" if self.total is not None else f"{self.done} {self.unit}"]
        item = self._item if self._item is not None and now - self._item[2] >= self._delay else None
        left: float | None = None
        if item is None:
            if self.done_bytes:
                parts.append(format_rate(self.done_bytes, elapsed))
            if self.total_bytes and self.done_bytes and elapsed > 0:
                left = max(self.total_bytes - self.done_bytes, 0) * elapsed / self.done_bytes
            elif self.total and self.done and elapsed > 0:
                left = max(self.total - self.done, 0) * elapsed / self.done
        parts.append(f"{format_duration(left)} left" if left is not None else f"{format_duration(elapsed)} elapsed")
        text = "  ".join(part for part in parts if part)
        room = self._columns() - 1  # a character in the last column makes some terminals wrap
        tail = ""
        if item is not None:
            name, size, since = item
            after = f"{f', {format_bytes(size)}' if size else ''}, {format_duration(now - since)})"
            fit = room - len("cleannews ") - len(text) - len("  (cleaning ") - len(after)
            tail = f"  (cleaning {_shorten(name, fit)}{after}"
        space = room - len("cleannews [] ") - len(text) - len(tail)
        bar = ""
        done, total = (self.done, self.total) if self.total else (self.done_bytes, self.total_bytes or 0)
        if total and space >= 5:
            width = min(30, space)
            filled = width * min(done, total) // total
            bar = "[" + "#" * filled + "-" * (width - filled) + "] "
        return f"cleannews {bar}{text}{tail}"[:room]

    def _columns(self) -> int:
        if not os.environ.get("COLUMNS"):
            with contextlib.suppress(AttributeError, OSError, ValueError):
                columns = os.get_terminal_size(self.stream.fileno()).columns
                if columns > 0:
                    return columns
        return shutil.get_terminal_size().columns

    def _draw(self, now: float) -> None:  # with the lock held
        if now - self._start >= self._delay and self._write("\r" + self.line(now) + "\033[K"):
            self._last = now
            self._shown = True
            self._restore = False

    def _write(self, text: str) -> bool:  # with the lock held
        try:
            self.stream.write(text)
            self.stream.flush()
            return True
        except (OSError, ValueError):  # the terminal went away: stop drawing, never fail the run
            self._closed = True
            return False

    def _tick(self, interval: float) -> None:
        while not self._stop.wait(interval):
            with self._lock:
                if self._closed:
                    return
                now = self._clock()
                if not self._held and now - self._last >= interval / 2:
                    self._draw(now)


# The ticker writes only with its progress's lock held.  Holding those locks across fork()
# keeps a worker process from starting while the ticker is inside the stream's own lock.
_ticking: weakref.WeakSet[Progress] = weakref.WeakSet()
_forking: list[threading.Lock] = []


def _before_fork() -> None:
    _forking[:] = [progress._lock for progress in list(_ticking)]
    for lock in _forking:
        lock.acquire()


def _after_fork() -> None:
    for lock in _forking:
        lock.release()
    _forking.clear()


if hasattr(os, "register_at_fork"):
    os.register_at_fork(before=_before_fork, after_in_parent=_after_fork, after_in_child=_after_fork)
