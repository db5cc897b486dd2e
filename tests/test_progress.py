"""The progress line, judged by what a terminal would show.

A fake terminal records every write; ``screen()`` replays them as a terminal does
(``\\r``, ``\\033[K``, ``\\n``), so the tests assert the text a person sees.
"""

from __future__ import annotations

import io
import os
import sys
import threading
import time
from collections.abc import Callable, Iterator

import pytest

from cleannews import progress as progress_module
from cleannews.progress import Progress, format_bytes, format_duration, format_rate, shows_on


class Terminal(io.StringIO):
    """A stream that says it is a terminal and keeps each write."""

    def __init__(self) -> None:
        super().__init__()
        self.writes: list[str] = []

    def isatty(self) -> bool:
        return True

    def write(self, text: str) -> int:
        self.writes.append(text)
        return super().write(text)


class Pipe(io.StringIO):
    def isatty(self) -> bool:
        return False


def screen(raw: str) -> list[str]:
    """The lines a terminal shows after ``raw``: CR goes to column 0, ESC[K erases to the end."""
    lines, col, i = [""], 0, 0
    while i < len(raw):
        if raw.startswith("\033[K", i):
            lines[-1] = lines[-1][:col]
            i += 3
            continue
        ch = raw[i]
        if ch == "\r":
            col = 0
        elif ch == "\n":
            lines.append("")
            col = 0
        else:
            lines[-1] = lines[-1][:col] + ch + lines[-1][col + 1:]
            col += 1
        i += 1
    return lines


def shown(term: Terminal) -> str:
    """The line the cursor is on: the progress line, if any."""
    return screen(term.getvalue())[-1]


class Clock:
    def __init__(self) -> None:
        self.now = 0.0

    def __call__(self) -> float:
        return self.now


def wait_for(condition: Callable[[], bool], limit: float = 10.0) -> bool:
    """Poll ``condition`` until it holds or ``limit`` seconds pass (a generous bound)."""
    deadline = time.monotonic() + limit
    while time.monotonic() < deadline:
        if condition():
            return True
        time.sleep(0.02)
    return condition()


def tickers() -> list[threading.Thread]:
    return [t for t in threading.enumerate() if t.name == "cleannews-progress"]


@pytest.fixture(autouse=True)
def terminal_env(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    monkeypatch.delenv("CI", raising=False)
    monkeypatch.setenv("TERM", "xterm-256color")
    monkeypatch.setenv("COLUMNS", "100")
    yield


def test_a_known_total_shows_the_bar_count_rate_and_time_left_by_bytes() -> None:
    term, clock = Terminal(), Clock()
    p = Progress(term, "files", total=1200, total_bytes=120_000_000, clock=clock, interval=None)
    clock.now = 10.0
    p.advance(300, 30_000_000)
    # 3 MB/s over 10 s; 90 MB to go at that rate: 30 s
    assert shown(term) == "cleannews [#######-----------------------] 300/1200 files  3.0 MB/s  0:30 left"
    p.close()


def test_time_left_is_counted_by_units_without_a_byte_total() -> None:
    term, clock = Terminal(), Clock()
    p = Progress(term, "files", total=10, clock=clock, interval=None)
    clock.now = 4.0
    p.advance(2)
    assert shown(term) == "cleannews [######------------------------] 2/10 files  0:16 left"
    clock.now = 8.0
    p.advance(8)
    assert shown(term) == "cleannews [##############################] 10/10 files  0:00 left"
    p.close()


def test_an_unknown_total_shows_the_count_rate_and_time_so_far() -> None:
    term, clock = Terminal(), Clock()
    p = Progress(term, "records", clock=clock, interval=None)
    clock.now = 2.0
    p.advance(5000, 5_000_000)
    assert shown(term) == "cleannews 5000 records  2.5 MB/s  0:02 elapsed"
    p.close()


def test_records_of_a_file_of_known_size_show_a_bar_and_time_left_by_bytes() -> None:
    term, clock = Terminal(), Clock()
    p = Progress(term, "records", total_bytes=8_000_000, clock=clock, interval=None)
    clock.now = 3.0
    p.advance(640, 2_000_000)
    assert shown(term) == "cleannews [#######-----------------------] 640 records  0.7 MB/s  0:09 left"
    p.close()


def test_nothing_shows_in_the_first_half_second_and_advance_redraws_at_most_ten_times_a_second() -> None:
    term, clock = Terminal(), Clock()
    p = Progress(term, "files", total=100, clock=clock, interval=None)
    clock.now = 0.3
    p.advance(1)
    assert term.getvalue() == ""  # a quick run leaves no trace
    clock.now = 1.0
    p.advance(1)
    assert shown(term).startswith("cleannews [") and "2/100 files" in shown(term)
    clock.now = 1.05
    p.advance(1)
    assert "2/100 files" in shown(term)  # too soon to redraw
    clock.now = 1.2
    p.advance(1)
    assert "4/100 files" in shown(term)
    clock.now = 1.21
    p.advance(96)
    assert "100/100 files" in shown(term)  # the complete count is always drawn
    p.close()


def test_clear_erases_the_line_and_the_next_advance_brings_it_back_at_once() -> None:
    term, clock = Terminal(), Clock()
    p = Progress(term, "files", total=10, clock=clock, interval=None)
    clock.now = 1.0
    p.advance(1)
    p.clear()
    assert shown(term) == ""
    term.write("report line\n")
    clock.now = 1.01  # within the tenth of a second: restored all the same
    p.advance(1)
    assert screen(term.getvalue())[-2:] == ["report line",
                                            "cleannews [######------------------------] 2/10 files  0:04 left"]
    p.close()


def test_the_ticker_refreshes_time_while_the_caller_waits() -> None:
    term, clock = Terminal(), Clock()
    p = Progress(term, "files", total=10, clock=clock, interval=0.1)
    clock.now = 1.0
    p.advance(1)
    assert shown(term).endswith("1/10 files  0:09 left")
    clock.now = 5.0  # no result for four seconds: workers are busy
    assert wait_for(lambda: shown(term).endswith("1/10 files  0:45 left"))
    p.close()


def test_a_slow_item_is_named_with_its_size_and_time_while_it_runs() -> None:
    term = Terminal()
    p = Progress(term, "files", total=2, total_bytes=40_000_000, interval=0.1, delay=0.1)
    p.advance(1, 2_000_000)
    with p.working_on("big.txt", 38_000_000):
        # the main thread is busy (sleeping here, cleaning in the CLI): the ticker redraws
        assert wait_for(lambda: "(cleaning big.txt, 38 MB, 0:0" in shown(term))
    p.advance(1, 38_000_000)
    assert "2/2 files" in shown(term) and "big.txt" not in shown(term)
    p.close()
    assert shown(term) == ""


def test_a_quick_item_is_not_named() -> None:
    term, clock = Terminal(), Clock()
    p = Progress(term, "files", total=2, clock=clock, interval=None)
    clock.now = 1.0
    with p.working_on("small.txt", 100):
        clock.now = 1.2
        p.advance(1)
        assert "small.txt" not in shown(term)
        clock.now = 2.0
        p.advance(0)
        assert shown(term).endswith("(cleaning small.txt, 100 B, 0:01)")
    p.close()


def test_the_ticker_never_writes_into_a_line_the_caller_prints() -> None:
    term = Terminal()
    p = Progress(term, "files", total=40, interval=0.1, delay=0)
    for i in range(40):
        p.clear()
        time.sleep(0.01)  # the ticker wakes in here now and then; it must hold off
        term.write(f"report {i}\n")
        p.advance(1)
    p.close()
    lines = screen(term.getvalue())
    assert lines[:-1] == [f"report {i}" for i in range(40)]
    assert lines[-1] == ""


@pytest.mark.parametrize(("var", "value"), [("CI", "true"), ("CI", "1"), ("CI", "yes"), ("TERM", "dumb")])
def test_nothing_is_written_in_ci_or_on_a_dumb_terminal(monkeypatch: pytest.MonkeyPatch, var: str,
                                                        value: str) -> None:
    monkeypatch.setenv(var, value)
    term = Terminal()
    before = len(tickers())
    p = Progress(term, "files", total=3, delay=0)
    assert len(tickers()) == before
    with p.working_on("a.txt", 10):
        p.advance(3, 10)
    p.clear()
    p.close()
    assert term.getvalue() == ""


@pytest.mark.parametrize("value", ["", "0", "false", "False"])
def test_ci_set_to_false_still_shows(monkeypatch: pytest.MonkeyPatch, value: str) -> None:
    monkeypatch.setenv("CI", value)
    assert shows_on(Terminal())


def test_nothing_is_written_on_a_pipe_or_when_disabled() -> None:
    for stream, enabled in ((Pipe(), True), (Terminal(), False)):
        p = Progress(stream, "records", enabled=enabled, delay=0)
        p.advance(10, 1000)
        p.clear()
        p.close()
        assert stream.getvalue() == ""
        assert not p.enabled


@pytest.mark.parametrize("columns", [20, 40, 60, 100, 130])
def test_the_line_fits_the_terminal(monkeypatch: pytest.MonkeyPatch, columns: int) -> None:
    monkeypatch.setenv("COLUMNS", str(columns))
    term, clock = Terminal(), Clock()
    p = Progress(term, "files", total=1200, total_bytes=10**9, clock=clock, interval=None)
    clock.now = 1.0
    p.advance(0)
    plain = shown(term)
    with p.working_on("a-rather-long-name-of-a-news-archive-file.txt", 38_000_000):
        clock.now = 3.0
        p.advance(312, 14_200_000)
        slow = shown(term)
    p.close()
    for line in (plain, slow):
        assert 0 < len(line) < columns and line.startswith("cleannews")
    if columns >= 60:
        assert plain.startswith("cleannews [") and "0/1200 files" in plain
        # while a slow item runs: the count, the time elapsed and the item, no rate or time left
        assert "312/1200 files  0:03 elapsed  (cleaning " in slow and "MB/s" not in slow
    if columns == 100:  # the bar gives way to the name, with the size and the time on it
        assert slow == ("cleannews 312/1200 files  0:03 elapsed  "
                        "(cleaning ...-name-of-a-news-archive-file.txt, 38 MB, 0:02)")
    if columns >= 130:  # room for the whole name and a bar
        assert slow == ("cleannews [####-------------] 312/1200 files  0:03 elapsed  "
                        "(cleaning a-rather-long-name-of-a-news-archive-file.txt, 38 MB, 0:02)")


def test_a_slow_item_keeps_its_base_name_before_its_folders() -> None:
    from cleannews.progress import _shorten

    assert _shorten("corpus/2024/archive/zbig.txt", 40) == "corpus/2024/archive/zbig.txt"
    assert _shorten("corpus/2024/archive/zbig.txt", 12) == ".../zbig.txt"
    assert _shorten("corpus/2024/archive/zbig.txt", 7) == "....txt"


def test_close_clears_the_line_stops_the_ticker_and_writes_nothing_later() -> None:
    term = Terminal()
    p = Progress(term, "files", total=5, interval=0.1, delay=0)
    assert p._ticker in tickers()
    p.advance(1, 100)
    assert shown(term).startswith("cleannews [")
    p.close()
    assert shown(term) == ""
    assert p._ticker not in tickers()
    written = len(term.writes)
    p.advance(1)
    with p.working_on("late.txt", 10):
        time.sleep(0.3)
    p.clear()
    p.close()
    assert len(term.writes) == written
    assert p.done == 2  # counting goes on, drawing does not


def test_with_closes() -> None:
    term = Terminal()
    with Progress(term, "files", total=1, interval=0.1, delay=0) as p:
        p.advance(1)
    assert shown(term) == "" and p._ticker not in tickers()


def test_a_terminal_that_goes_away_never_fails_the_run() -> None:
    class Broken(Terminal):
        def write(self, text: str) -> int:
            raise OSError("EIO")

    p = Progress(Broken(), "files", total=3, interval=0.1, delay=0)
    p.advance(1)
    p.clear()
    p.advance(2)
    p.close()
    assert p.done == 3


def test_unprintable_names_are_shown_safely() -> None:
    term, clock = Terminal(), Clock()
    p = Progress(term, "files", total=2, clock=clock, interval=None, delay=0)
    with p.working_on("bad\rname\x1b[2J.txt"):
        clock.now = 1.0
        p.advance(1)
    assert "(cleaning bad?name?[2J.txt, 0:01)" in shown(term)
    p.close()


@pytest.mark.skipif(not hasattr(os, "openpty"), reason="needs a pseudo-terminal")
def test_a_real_terminal_shows_a_line_as_wide_as_it_is(monkeypatch: pytest.MonkeyPatch) -> None:
    import fcntl
    import struct
    import termios

    monkeypatch.delenv("COLUMNS")
    master, slave = os.openpty()
    fcntl.ioctl(slave, termios.TIOCSWINSZ, struct.pack("HHHH", 24, 50, 0, 0))
    with open(slave, "w", encoding="utf-8", closefd=True) as tty:
        clock = Clock()
        p = Progress(tty, "files", total=1200, total_bytes=10**9, clock=clock, interval=None)
        clock.now = 2.0
        p.advance(600, 500_000_000)
        p.close()
    raw = os.read(master, 4096).decode()
    os.close(master)
    drawn = [line for line in raw.split("\r") if line.startswith("cleannews")]
    assert drawn and all(len(line.replace("\033[K", "")) <= 49 for line in drawn)
    assert "600/1200 files" in drawn[0] and "250.0 MB/s" in drawn[0] and "0:02 left" in drawn[0]


def test_the_fork_guard_takes_and_gives_back_the_ticker_locks() -> None:
    p = Progress(Terminal(), "files", interval=0.1)
    progress_module._before_fork()
    assert p._lock.locked()
    progress_module._after_fork()
    assert not p._lock.locked()
    p.close()
    progress_module._before_fork()
    assert not p._lock.locked()  # a closed progress is not guarded
    progress_module._after_fork()


def test_formatting_helpers() -> None:
    assert [format_bytes(n) for n in (0, 512, 1500, 38_000_000, 999_600, 2_500_000_000)] == [
        "0 B", "512 B", "1.5 kB", "38 MB", "1.0 MB", "2.5 GB"]
    assert format_rate(14_200_000, 1.0) == "14.2 MB/s"
    assert format_rate(50_000, 1.0) == "50.0 kB/s"
    assert format_rate(1, 0) == ""
    assert [format_duration(s) for s in (0, 41, 725, 3723)] == ["0:00", "0:41", "12:05", "1:02:03"]


def test_importing_the_module_starts_no_thread() -> None:
    assert "cleannews.progress" in sys.modules
    p = Progress(Pipe(), "files")
    assert p._ticker is None
