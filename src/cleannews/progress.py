"""A small progress bar on stderr, shown only when stderr is a terminal."""

from __future__ import annotations

import time
from typing import TextIO

__all__ = ["Progress"]


class Progress:
    """``done/total unit`` with a bar, redrawn at most ten times a second."""

    def __init__(self, stream: TextIO, unit: str, total: int | None = None, enabled: bool = True) -> None:
        isatty = getattr(stream, "isatty", lambda: False)
        self.stream = stream
        self.unit = unit
        self.total = total
        self.done = 0
        self.enabled = enabled and bool(isatty())
        self._last = 0.0
        self._shown = False

    def advance(self, n: int) -> None:
        self.done += n
        if not self.enabled:
            return
        now = time.monotonic()
        if now - self._last >= 0.1 or (self.total is not None and self.done >= self.total):
            self._last = now
            self._draw()

    def _draw(self) -> None:
        if self.total:
            width = 30
            filled = width * self.done // self.total
            bar = "#" * filled + "-" * (width - filled)
            text = f"\rcleannews [{bar}] {self.done}/{self.total} {self.unit}"
        else:
            text = f"\rcleannews {self.done} {self.unit}"
        self.stream.write(text)
        self.stream.flush()
        self._shown = True

    def clear(self) -> None:
        """Erase the bar so that a report line can be printed cleanly."""
        if self._shown:
            self.stream.write("\r\033[K")
            self._shown = False

    def close(self) -> None:
        self.clear()
        if self.enabled:
            self.stream.flush()
