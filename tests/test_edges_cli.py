"""Edge cases of the command line from issue 11: hostile JSON Lines, files and links,
signals and pipes, settings.  Each test runs the real CLI, in-process through
``main([...])`` or as the installed script."""

from __future__ import annotations

import gzip
import json
import os
import re
import signal
import stat
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import pytest

from cleannews import sitepacks
from cleannews.cli import main
from test_batch import CLEANED, DIRTY, run, script  # the batch tests' documents and runners

ROOT = Path(__file__).resolve().parent.parent
IS_ROOT = hasattr(os, "geteuid") and os.geteuid() == 0


def record(i: int, text: str = DIRTY) -> bytes:
    return (json.dumps({"id": i, "text": text}) + "\n").encode()


def ids_and_texts(out: str) -> list[tuple[object, str]]:
    got = []
    for line in out.splitlines():
        try:
            value = json.loads(line)
        except ValueError:
            got.append((None, line))
            continue
        got.append((value.get("id"), value.get("text")))
    return got


# -- 5: records that crashed the stream ------------------------------------------------------


HUGE_INT = b'{"id": 1, "text": "x", "n": ' + b"7" * 5000 + b"}\n"
DEEP = b'{"id": 3, "text": "x", "deep": ' + b"[" * 100_000 + b"]" * 100_000 + b"}\n"


@pytest.mark.parametrize("jobs", ["1", "2"])
def test_jsonl_huge_integer_and_deep_nesting_are_reported_and_skipped(jobs: str) -> None:
    data = record(0) + HUGE_INT + record(2) + DEEP + b"".join(record(i) for i in range(4, 200))
    code, out, err = run(["--jsonl", "--skip-bad", "-j", jobs, "-q"], data)
    assert code == 0, err
    lines = out.splitlines()
    assert len(lines) == 200
    good = [json.loads(lines[i]) for i in range(200) if i not in (1, 3)]
    assert [r["id"] for r in good] == [0, 2, *range(4, 200)]
    assert all(r["text"] == CLEANED for r in good)
    assert lines[1].encode() + b"\n" == HUGE_INT and lines[3].encode() + b"\n" == DEEP
    assert re.search(r"<stdin>:2: not valid JSON: .*digits", err)
    assert "<stdin>:4: not valid JSON: nested too deeply" in err
    assert "Traceback" not in err and "internal error" not in err


@pytest.mark.parametrize("jobs", ["1", "2"])
def test_jsonl_hostile_record_without_skip_bad_keeps_the_records_before_it(jobs: str) -> None:
    data = b"".join(record(i) for i in range(10)) + DEEP + record(11)
    code, out, err = run(["--jsonl", "-j", jobs, "-q"], data)
    assert code == 2
    assert [i for i, _ in ids_and_texts(out)] == list(range(10))  # none lost before the bad one
    assert "<stdin>:11: not valid JSON" in err and "stopped reading <stdin>" in err


# -- 6: invalid UTF-8, and a bad record in one of several files ----------------------------


def test_jsonl_invalid_utf8_spoils_only_its_own_line() -> None:
    lines = [record(i) for i in range(3100)]
    lines[1500] = b'{"id": 1500, "text": "caf\xe9"}\n'
    code, out, err = run(["--jsonl", "--skip-bad", "-j", "1", "-q"], b"".join(lines))
    assert code == 0
    got = ids_and_texts(out)
    assert len(got) == 3100
    assert all(text == CLEANED for i, text in got if i != 1500)
    assert "<stdin>:1501: not valid UTF-8" in err
    code, out, err = run(["--jsonl", "-j", "1", "-q"], b"".join(lines))
    assert code == 2 and len(out.splitlines()) == 1500 and "<stdin>:1501: not valid UTF-8" in err


def test_jsonl_invalid_utf8_line_passes_through_byte_for_byte_from_the_script(tmp_path: Path) -> None:
    bad = b'{"id": 1, "text": "caf\xe9"}\n'
    path = tmp_path / "in.jsonl"
    path.write_bytes(record(0) + bad + record(2))
    proc = subprocess.run(script() + ["clean", "--jsonl", "--skip-bad", "-q", "-j", "2", str(path)],
                          capture_output=True, check=False)
    assert proc.returncode == 0, proc.stderr
    out = proc.stdout.splitlines(keepends=True)
    assert out[1] == bad
    assert json.loads(out[2])["text"] == CLEANED
    assert f"{path}:2: not valid UTF-8".encode() in proc.stderr


def test_jsonl_a_bad_record_does_not_stop_the_other_files(tmp_path: Path) -> None:
    first, second = tmp_path / "a.jsonl", tmp_path / "b.jsonl"
    first.write_bytes(record(0) + b"{not json\n" + record(2))
    second.write_bytes(record(10) + record(11))
    code, out, err = run(["--jsonl", "-j", "1", "-q", str(first), str(second)])
    assert code == 2
    assert [i for i, _ in ids_and_texts(out)] == [0, 10, 11]
    assert f"{first}:2: not valid JSON" in err
    code, out, err = run(["--jsonl", "-j", "1", "-q", str(tmp_path / "missing.jsonl"), str(second)])
    assert code == 2 and "missing.jsonl: cannot read" in err
    assert [i for i, _ in ids_and_texts(out)] == [10, 11]


# -- 7: a url field that is no URL ---------------------------------------------------------


def test_jsonl_html_url_field_that_is_no_url_means_no_site() -> None:
    html = gzip.decompress((ROOT / "fixtures" / "html" / "ctpost-auto-show.html.gz").read_bytes()).decode()
    data = "".join(json.dumps({"id": i, "text": html, "url": url}) + "\n"
                   for i, url in enumerate(["unknown", "not a url", "http://[broken", ""]))
    code, out, err = run(["--jsonl", "--html", "-j", "1", "-q"], data.encode())
    assert code == 0, err
    texts = [json.loads(line)["text"] for line in out.splitlines()]
    assert len(texts) == 4 and all("RAV4 Prime" in t for t in texts)


def test_site_for_url_never_takes_a_pack_name_or_raises() -> None:
    assert sitepacks.site_for_url("https://thehill.com/homenews/story") == "thehill"
    assert sitepacks.site_for_url("www.huffpost.com/entry/x") == "huffpost"
    for url in ("unknown", "not a url", "thehill", "http://[broken", "", None, "https://example.org/x"):
        assert sitepacks.site_for_url(url) is None


def test_clean_html_url_option_that_is_no_url_is_not_an_error(tmp_path: Path) -> None:
    page = tmp_path / "page.html"
    page.write_bytes(gzip.decompress((ROOT / "fixtures" / "html" / "ctpost-auto-show.html.gz").read_bytes()))
    code, out, err = run(["clean", "--html", "--url", "unknown", str(page)])
    assert code == 0, err
    assert "RAV4 Prime" in out
    assert run(["clean", "--site", "no-such-site", str(page)])[0] == 2  # --site stays strict


# -- 9: fix and the file system --------------------------------------------------------------


def test_fix_writes_through_a_symlink_named_on_the_command_line(tmp_path: Path) -> None:
    target = tmp_path / "elsewhere" / "real.txt"
    target.parent.mkdir()
    target.write_text(DIRTY, encoding="utf-8")
    link = tmp_path / "link.txt"
    link.symlink_to(target)
    code, out, _ = run(["fix", str(link), "-q"])
    assert code == 0 and out == f"Fixing {link}\n"  # issue 12: fix exits 0 when all is fixed
    assert link.is_symlink() and os.readlink(link) == str(target)
    assert target.read_text(encoding="utf-8") == CLEANED


def test_fix_walking_a_folder_skips_links_that_leave_it_and_takes_links_inside_once(tmp_path: Path) -> None:
    outside = tmp_path / "outside.txt"
    outside.write_text(DIRTY, encoding="utf-8")
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "a-out.txt").symlink_to(outside)
    inner = corpus / "b-real.txt"
    inner.write_text(DIRTY, encoding="utf-8")
    (corpus / "c-in.txt").symlink_to(inner)
    code, out, err = run(["fix", str(corpus)])
    assert code == 0  # issue 12: fix exits 0 when all is fixed
    assert outside.read_text(encoding="utf-8") == DIRTY
    assert "a-out.txt: symbolic link to" in err and "skipped" in err
    assert inner.read_text(encoding="utf-8") == CLEANED
    assert (corpus / "c-in.txt").is_symlink()
    assert out == f"Fixing {inner}\n"  # once, not again through the link


def test_fix_keeps_hard_links(tmp_path: Path) -> None:
    first = tmp_path / "a.txt"
    first.write_text(DIRTY, encoding="utf-8")
    second = tmp_path / "b.txt"
    os.link(first, second)
    inode = first.stat().st_ino
    assert run(["fix", str(first), "-q"])[0] == 0  # issue 12: 0 when all is fixed
    assert first.stat().st_ino == inode and first.stat().st_nlink == 2
    assert second.read_text(encoding="utf-8") == CLEANED


@pytest.mark.skipif(not IS_ROOT, reason="giving a file to another user needs root")
def test_fix_keeps_owner_and_group(tmp_path: Path) -> None:
    path = tmp_path / "a.txt"
    path.write_text(DIRTY, encoding="utf-8")
    os.chown(path, 1234, 2345)
    os.chmod(path, 0o664)
    assert run(["fix", str(path), "-q"])[0] == 0  # issue 12: 0 when all is fixed
    info = path.stat()
    assert (info.st_uid, info.st_gid, stat.S_IMODE(info.st_mode)) == (1234, 2345, 0o664)
    assert path.read_text(encoding="utf-8") == CLEANED


def test_fix_refuses_read_only_files(tmp_path: Path) -> None:
    path = tmp_path / "a.txt"
    path.write_text(DIRTY, encoding="utf-8")
    os.chmod(path, 0o444)
    other = tmp_path / "b.txt"
    other.write_text(DIRTY, encoding="utf-8")
    code, out, err = run(["fix", str(tmp_path), "-q"])
    assert code == 2
    assert f"{path}: read-only file" in err and "internal error" not in err
    assert path.read_text(encoding="utf-8") == DIRTY and stat.S_IMODE(path.stat().st_mode) == 0o444
    assert other.read_text(encoding="utf-8") == CLEANED


def test_fix_in_a_folder_without_room_for_a_temporary_file_names_the_file(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "a.txt"
    path.write_text(DIRTY, encoding="utf-8")

    def refuse(*args: object, **kwargs: object) -> tuple[int, str]:
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr(tempfile, "mkstemp", refuse)  # what a read-only folder does (even to root)
    code, _, err = run(["fix", str(path), "-q", "-j", "1"])
    assert code == 2
    assert f"{path}: cannot write: cannot create a temporary file in {tmp_path}" in err
    assert "internal error" not in err
    assert path.read_text(encoding="utf-8") == DIRTY


@pytest.mark.skipif(IS_ROOT, reason="root writes into read-only folders")
def test_fix_in_a_read_only_folder(tmp_path: Path) -> None:
    folder = tmp_path / "ro"
    folder.mkdir()
    path = folder / "a.txt"
    path.write_text(DIRTY, encoding="utf-8")
    os.chmod(folder, 0o555)
    try:
        code, _, err = run(["fix", str(path), "-q"])
    finally:
        os.chmod(folder, 0o755)
    assert code == 2 and str(path) in err and "internal error" not in err
    assert path.read_text(encoding="utf-8") == DIRTY


def test_failed_write_leaves_no_temporary_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "a.txt"
    path.write_text(DIRTY, encoding="utf-8")

    def fail(*args: object) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "replace", fail)
    code, _, err = run(["fix", str(path), "-q", "-j", "1"])
    assert code == 2 and "No space left on device" in err
    assert sorted(p.name for p in tmp_path.iterdir()) == ["a.txt"]
    assert path.read_text(encoding="utf-8") == DIRTY


def test_fix_removes_temporary_files_left_by_a_killed_run(tmp_path: Path) -> None:
    dead = subprocess.Popen([sys.executable, "-c", "pass"])
    dead.wait()
    stale = tmp_path / f".a.txt.{dead.pid}.abcd1234.cleannews-tmp"
    stale.write_text("half", encoding="utf-8")
    mine = tmp_path / f".b.txt.{os.getpid()}.abcd1234.cleannews-tmp"  # a live process's: kept
    mine.write_text("busy", encoding="utf-8")
    (tmp_path / "a.txt").write_text(DIRTY, encoding="utf-8")
    code, _, err = run(["fix", str(tmp_path)])
    assert code == 0  # issue 12: fix exits 0 when all is fixed
    assert not stale.exists() and mine.exists()
    assert f"removed {stale}" in err


# -- 10: no orphaned workers -----------------------------------------------------------------


def _children(pid: int) -> set[int]:
    found: set[int] = set()
    for task in Path(f"/proc/{pid}/task").glob("*"):
        try:
            found.update(int(x) for x in (task / "children").read_text().split())
        except OSError:
            pass
    return found


def _descendants(pid: int) -> set[int]:
    """Children, grandchildren...: the workers are the fork server's children."""
    found: set[int] = set()
    todo = [pid]
    while todo:
        for child in _children(todo.pop()):
            if child not in found:
                found.add(child)
                todo.append(child)
    return found


def _alive(pid: int) -> bool:
    try:
        with open(f"/proc/{pid}/stat") as handle:
            return handle.read().rsplit(")", 1)[1].split()[0] != "Z"
    except OSError:
        return False


@pytest.mark.skipif(not Path("/proc/self/task").exists(), reason="needs /proc")
@pytest.mark.parametrize("how", [signal.SIGTERM, signal.SIGKILL], ids=["SIGTERM", "SIGKILL"])
def test_parallel_workers_die_with_the_parent(how: signal.Signals) -> None:
    proc = subprocess.Popen(script() + ["clean", "--jsonl", "-j", "2", "-q"], stdin=subprocess.PIPE,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    assert proc.stdin is not None
    proc.stdin.write(b"".join(record(i) for i in range(200)))  # some work; stdin stays open
    proc.stdin.flush()
    deadline = time.monotonic() + 30
    workers: set[int] = set()
    while time.monotonic() < deadline and len(workers) < 3:  # the fork server and two workers
        workers |= _descendants(proc.pid)
        time.sleep(0.05)
    assert workers, "no worker process started"
    proc.send_signal(how)
    code = proc.wait(timeout=30)
    assert code in (-how, 128 + how)
    deadline = time.monotonic() + 10
    while time.monotonic() < deadline and any(_alive(w) for w in workers):
        time.sleep(0.05)
    survivors = [w for w in workers if _alive(w)]
    for w in survivors:
        os.kill(w, signal.SIGKILL)
    proc.stdin.close()
    assert not survivors, f"worker processes {survivors} outlived their parent"
    if how == signal.SIGTERM:
        assert b"Traceback" not in proc.stderr.read()  # type: ignore[union-attr]


# -- 11: the pre-commit hooks' default scope ------------------------------------------------


def test_pre_commit_hooks_default_scope_leaves_project_documents_alone() -> None:
    yaml = pytest.importorskip("yaml")
    hooks = yaml.safe_load((ROOT / ".pre-commit-hooks.yaml").read_text(encoding="utf-8"))
    assert {h["id"] for h in hooks} == {"cleannews", "cleannews-check"}
    for hook in hooks:
        files, exclude = re.compile(hook["files"]), re.compile(hook.get("exclude", "^$"))

        def taken(path: str) -> bool:
            return bool(files.search(path)) and not exclude.search(path)  # as pre-commit filters

        for path in ("dirty.txt", "corpus/2024/story-1.txt", "news/ap-wire.txt"):
            assert taken(path), path
        for path in ("README.md", "CHANGELOG.md", "docs/index.md", "README.txt", "sub/CHANGELOG.txt",
                     "LICENSE.txt", "requirements.txt", "requirements-dev.txt", "CONTRIBUTING.md",
                     "NOTICE.txt", "AUTHORS.txt", "HISTORY.txt", "CMakeLists.txt"):
            assert not taken(path), path


# -- 12: a broken pyproject.toml --------------------------------------------------------------


@pytest.mark.parametrize("where", [".", "sub"])
def test_broken_pyproject_is_an_error_naming_file_and_line(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch, where: str) -> None:
    (tmp_path / "pyproject.toml").write_text('[tool.cleannews]\nignore = ["CN4"] junk\n', encoding="utf-8")
    folder = tmp_path / where
    folder.mkdir(exist_ok=True)
    (folder / "a.txt").write_text(DIRTY, encoding="utf-8")
    monkeypatch.chdir(folder)
    code, out, err = run(["fix", "a.txt", "-q"])
    assert code == 2 and out == ""
    assert f"{tmp_path / 'pyproject.toml'}: not valid TOML" in err and "line 2" in err
    assert (folder / "a.txt").read_text(encoding="utf-8") == DIRTY


# -- 13: --ignore ALL, an empty --select -----------------------------------------------------


def test_ignore_all_ignores_every_rule_but_longer_selected_prefixes(tmp_path: Path) -> None:
    path = tmp_path / "a.txt"
    path.write_text(DIRTY + "\nListen to our podcast.\n", encoding="utf-8")
    assert run(["check", str(path), "-q", "--ignore", "ALL"])[:2] == (0, "")
    code, out, _ = run(["check", str(path), "-q", "--ignore", "ALL", "--select", "CN4"])
    assert code == 1 and "CN4" in out
    assert run(["--ignore", "ALL"], DIRTY.encode())[1] == DIRTY


@pytest.mark.parametrize("value", ["", ",", " , "])
def test_empty_select_is_an_error(value: str) -> None:
    code, out, err = run(["--select", value], DIRTY.encode())
    assert code == 2 and out == ""
    assert "--select" in err and "empty" in err


def test_empty_select_in_config_is_an_error(tmp_path: Path) -> None:
    config = tmp_path / "cleannews.toml"
    config.write_text("select = []\n", encoding="utf-8")
    code, _, err = run(["--config", str(config)], DIRTY.encode())
    assert code == 2 and "select is empty" in err and str(config) in err


# -- 15: documents, pipes, folders, pattern files, line numbers, BOM -------------------------


def test_clean_files_without_final_newline_are_not_glued(tmp_path: Path) -> None:
    first, second, third = tmp_path / "a.txt", tmp_path / "b.txt", tmp_path / "c.txt"
    first.write_text("First story ends here.", encoding="utf-8")
    second.write_text("Second story.\n", encoding="utf-8")
    third.write_text("Third story.", encoding="utf-8")
    code, out, _ = run(["clean", str(first), str(second), str(third)])
    assert code == 0
    assert out == "First story ends here.\nSecond story.\nThird story."


@pytest.mark.parametrize("jobs", ["1", "2"])
def test_jsonl_into_a_closed_pipe_exits_quietly(tmp_path: Path, jobs: str) -> None:
    path = tmp_path / "big.jsonl"
    path.write_bytes(b"".join(record(i) for i in range(3000)))
    with open(path, "rb") as source:
        proc = subprocess.Popen(script() + ["clean", "--jsonl", "-j", jobs], stdin=source,
                                stdout=subprocess.PIPE, stderr=subprocess.PIPE)
        assert proc.stdout is not None and proc.stderr is not None
        first = proc.stdout.readline()
        proc.stdout.close()  # what `| head -1` does
        err = proc.stderr.read()
        code = proc.wait(timeout=60)
    assert json.loads(first)["text"] == CLEANED
    assert code == 0
    assert err == b"", err.decode()


def test_unreadable_folder_is_an_error(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    (tmp_path / "a.txt").write_text(DIRTY, encoding="utf-8")
    locked = tmp_path / "locked"
    locked.mkdir()
    (locked / "b.txt").write_text(DIRTY, encoding="utf-8")
    real_scandir = os.scandir

    def scandir(path: object = ".") -> object:  # what a folder without read permission does
        if Path(os.fspath(path)) == locked:  # type: ignore[arg-type]
            raise PermissionError(13, "Permission denied", os.fspath(path))  # type: ignore[arg-type]
        return real_scandir(path)  # type: ignore[arg-type]

    monkeypatch.setattr(os, "scandir", scandir)
    code, _, err = run(["check", str(tmp_path)])
    assert code == 2
    assert f"{locked}: cannot read folder: Permission denied" in err
    assert "1 error(s)" in err


@pytest.mark.skipif(IS_ROOT, reason="root reads folders without read permission")
def test_unreadable_folder_for_real(tmp_path: Path) -> None:
    locked = tmp_path / "locked"
    locked.mkdir()
    (locked / "b.txt").write_text(DIRTY, encoding="utf-8")
    os.chmod(locked, 0)
    try:
        code, _, err = run(["check", str(tmp_path)])
    finally:
        os.chmod(locked, 0o755)
    assert code == 2 and str(locked) in err


@pytest.mark.parametrize(
    ("rule", "message"),
    [
        ('examples = [{ input = "Body.\\n\\nListen to our podcast.", output = "Body.\\n\\nWrong." }]',
         "cleans to"),
        ('examples = [{ input = "Nothing to see here.", output = "Nothing to see here." }]',
         "does not make H101 fire"),
        ('keep = ["Listen to our podcast."]', "is not kept"),
    ],
    ids=["wrong-output", "never-fires", "keep-removed"],
)
def test_pattern_file_examples_are_checked_when_loading(tmp_path: Path, rule: str, message: str) -> None:
    patterns = tmp_path / "house.toml"
    patterns.write_text(
        '[[rules]]\ncode = "H101"\nname = "house-promo"\npattern = \'Listen to our podcast\\.\'\n' + rule + "\n",
        encoding="utf-8",
    )
    code, out, err = run(["--patterns", str(patterns)], DIRTY.encode())
    assert code == 2 and out == ""
    assert str(patterns) in err and "H101" in err and message in err


def test_pattern_file_with_true_examples_loads(tmp_path: Path) -> None:
    patterns = tmp_path / "house.toml"
    patterns.write_text(
        '[[rules]]\ncode = "H101"\nname = "house-promo"\npattern = \'Listen to our podcast\\.\'\n'
        'examples = [{ input = "Body.\\n\\nListen to our podcast.", output = "Body." }]\n'
        'keep = ["Listen to our podcast about the harbour, the mayor said."]\n',
        encoding="utf-8",
    )
    code, out, _ = run(["--patterns", str(patterns), "--select", "H1"], b"Story.\n\nListen to our podcast.\n")
    assert (code, out) == (0, "Story.\n")


def test_jsonl_lone_cr_does_not_shift_line_numbers() -> None:
    data = b'{"id": 0,\r"text": ' + json.dumps(DIRTY).encode() + b"}\n" + b"{bad\n" + record(2)
    code, out, err = run(["--jsonl", "--skip-bad", "-j", "1", "-q"], data)
    assert code == 0
    assert "<stdin>:2: not valid JSON" in err
    got = ids_and_texts(out)
    assert len(got) == 3 and got[0] == (0, CLEANED) and got[2] == (2, CLEANED)


def test_jsonl_accepts_a_leading_bom(tmp_path: Path) -> None:
    data = b"\xef\xbb\xbf" + record(0) + record(1)
    code, out, err = run(["--jsonl", "-j", "1", "-q"], data)
    assert code == 0, err
    assert ids_and_texts(out) == [(0, CLEANED), (1, CLEANED)]
    path = tmp_path / "bom.jsonl"
    path.write_bytes(data)
    code, out, err = run(["--jsonl", "-j", "1", "-q", str(path)])
    assert code == 0, err
    assert not out.startswith("\ufeff")
    assert ids_and_texts(out) == [(0, CLEANED), (1, CLEANED)]
