"""Issue 12 item 8: the progress line of the real command, as a person at a terminal sees
it (stderr on a pseudo-terminal), and nothing of it on a pipe or in CI."""

from __future__ import annotations

import os
import pty
import select
import subprocess
import sys
from pathlib import Path

import pytest

from test_batch import DIRTY, script

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="pseudo-terminals are POSIX")


def big_corpus(folder: Path) -> None:
    """One file that takes a second or more to clean, and a few small ones."""
    (folder / "big.txt").write_text(DIRTY * 36_000, encoding="utf-8")
    for n in range(3):
        (folder / f"small{n}.txt").write_text(DIRTY, encoding="utf-8")


def on_terminal(args: list[str], cwd: Path, env: dict[str, str]) -> tuple[int, str]:
    """Run the command with stderr on a pseudo-terminal; its exit code and what the terminal got."""
    leader, follower = pty.openpty()
    proc = subprocess.Popen(script() + args, cwd=cwd, env=env, stdout=subprocess.DEVNULL,
                            stderr=follower, stdin=subprocess.DEVNULL)
    os.close(follower)
    shown = b""
    while True:
        ready, _, _ = select.select([leader], [], [], 60)
        if not ready:
            break
        try:
            data = os.read(leader, 4096)
        except OSError:  # the child closed its end
            break
        if not data:
            break
        shown += data
    os.close(leader)
    return proc.wait(timeout=60), shown.decode("utf-8", "replace")


def quiet_env() -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if k not in ("CI", "TERM")}
    env["TERM"] = "xterm"
    env["COLUMNS"] = "120"
    return env


def test_a_terminal_sees_files_rate_time_left_and_the_long_file(tmp_path: Path) -> None:
    big_corpus(tmp_path)
    code, shown = on_terminal(["check", "-j", "1", "--no-cache", "--output-format", "concise"], tmp_path, quiet_env())
    assert code == 1
    assert "cleaning big.txt" in shown  # named while the one large document is being cleaned
    assert "/4 files" in shown and "MB/s" in shown
    assert "4/4 files" in shown and " left" in shown  # time left once a rate is known
    assert shown.endswith("\r\x1b[K")  # the line is erased at the end
    # with worker processes, the file whose worker is awaited is named
    code, shown = on_terminal(["check", "-j", "2", "--no-cache", "--output-format", "concise"], tmp_path, quiet_env())
    assert code == 1 and "cleaning big.txt" in shown


def test_nothing_on_a_pipe_or_in_ci(tmp_path: Path) -> None:
    big_corpus(tmp_path)
    proc = subprocess.run(script() + ["check", "-j", "1", "--no-cache"], cwd=tmp_path, env=quiet_env(),
                          capture_output=True, text=True, check=False)
    assert "\r" not in proc.stderr and "MB/s" not in proc.stderr
    env = quiet_env()
    env["CI"] = "true"
    code, shown = on_terminal(["check", "-j", "1", "--no-cache"], tmp_path, env)
    assert code == 1 and "MB/s" not in shown and "\r" not in shown.replace("\r\n", "\n")


def test_records_of_a_json_lines_file(tmp_path: Path) -> None:
    import json

    with open(tmp_path / "big.jsonl", "w", encoding="utf-8") as handle:
        for _ in range(6_000):
            handle.write(json.dumps({"text": DIRTY}) + "\n")
    code, shown = on_terminal(["clean", "--jsonl", "big.jsonl", "-j", "1"], tmp_path, quiet_env())
    assert code == 0 and " records" in shown and "MB/s" in shown
