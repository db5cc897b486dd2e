"""check / fix on files, JSON Lines streams, config, parallel runs: in-process and as the real script."""

from __future__ import annotations

import io
import json
import os
import shutil
import signal
import stat
import subprocess
import sys
import time
from pathlib import Path

import pytest

from cleannews.cli import main

DIRTY = (
    "Harbour board delays ferry terminal vote\n\n"
    "The harbour board on Tuesday postponed its vote on a new ferry terminal until next month, "
    "saying it needed more time to study the cost.\n\n"
    "Advertisement\n\n"
    "Board members said the delay would not affect the summer timetable for existing routes.\n"
)
CLEANED = (
    "Harbour board delays ferry terminal vote\n\n"
    "The harbour board on Tuesday postponed its vote on a new ferry terminal until next month, "
    "saying it needed more time to study the cost.\n\n"
    "Board members said the delay would not affect the summer timetable for existing routes.\n"
)
CLEAN = "A clean story with a headline\n\nIts only paragraph is plain prose about a council budget vote.\n"


def run(argv: list[str], data: bytes = b"") -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    stdin = io.TextIOWrapper(io.BytesIO(data), encoding="utf-8")
    code = main(argv, stdin=stdin, stdout=out, stderr=err)
    return code, out.getvalue(), err.getvalue()


def script() -> list[str]:
    exe = shutil.which("cleannews", path=os.path.dirname(sys.executable))
    return [exe] if exe else [sys.executable, "-m", "cleannews"]


@pytest.fixture
def tree(tmp_path: Path) -> Path:
    (tmp_path / "news").mkdir()
    (tmp_path / "news" / "dirty.txt").write_text(DIRTY, encoding="utf-8")
    (tmp_path / "news" / "clean.md").write_text(CLEAN, encoding="utf-8")
    (tmp_path / "news" / "notes.rst").write_text(DIRTY, encoding="utf-8")  # not included by default
    (tmp_path / ".hidden").mkdir()
    (tmp_path / ".hidden" / "dirty.txt").write_text(DIRTY, encoding="utf-8")
    return tmp_path


# -- check ----------------------------------------------------------------------------------


def test_check_reports_and_exits_1_without_writing(tree: Path) -> None:
    code, out, _ = run(["check", str(tree), "-q"])
    assert code == 1
    dirty = tree / "news" / "dirty.txt"
    assert out.startswith(f"{dirty}:5: CN4")
    assert ".hidden" not in out and "notes.rst" not in out
    assert dirty.read_text(encoding="utf-8") == DIRTY


def test_check_clean_files_exit_0(tree: Path) -> None:
    assert run(["check", str(tree / "news" / "clean.md"), "-q"])[:2] == (0, "")


def test_check_diff(tree: Path) -> None:
    code, out, _ = run(["check", "--diff", str(tree / "news"), "-q"])
    assert code == 1
    assert "--- a/" in out and "-Advertisement" in out


def test_check_statistics_and_json(tree: Path) -> None:
    code, out, _ = run(["check", "--statistics", str(tree / "news"), "-q"])
    assert code == 1
    assert out.rstrip().splitlines()[-1].split()[0] == "1"
    # issue 12: --format is an alias of --output-format, whose json is one document for the
    # run; one object per line (what --format json printed before) is json-lines
    code, out, _ = run(["check", "--output-format", "json-lines", str(tree / "news"), "-q"])
    records = [json.loads(line) for line in out.splitlines()]
    assert [Path(r["path"]).name for r in records] == ["clean.md", "dirty.txt"]
    assert records[1]["removals"][0]["first"] == 5
    assert json.loads(run(["check", "--format", "json", str(tree / "news"), "-q"])[1]) == records


def test_include_and_exclude_globs(tree: Path) -> None:
    code, out, _ = run(["check", str(tree), "--include", "*.rst", "-q"])
    assert code == 1 and "notes.rst" in out and "dirty.txt" not in out
    code, out, _ = run(["check", str(tree), "--exclude", "dirty.txt", "-q"])
    assert code == 0


# -- fix ------------------------------------------------------------------------------------


def test_fix_rewrites_prints_and_exits_0_when_all_is_fixed(tree: Path) -> None:
    code, out, _ = run(["fix", str(tree / "news"), "-q"])
    dirty = tree / "news" / "dirty.txt"
    assert code == 0  # issue 12: as ruff check --fix and black (1 was the old behaviour)
    assert out == f"Fixing {dirty}\n"
    assert dirty.read_text(encoding="utf-8") == CLEANED
    assert run(["fix", str(tree / "news"), "-q"])[:2] == (0, "")


@pytest.mark.parametrize(
    ("before", "after"),
    [
        (DIRTY.replace("\n", "\r\n").encode(), CLEANED.replace("\n", "\r\n").encode()),
        (DIRTY.rstrip("\n").encode(), CLEANED.rstrip("\n").encode()),
        (b"\xef\xbb\xbf" + DIRTY.encode(), b"\xef\xbb\xbf" + CLEANED.encode()),
    ],
    ids=["crlf", "no-final-newline", "bom"],
)
def test_fix_is_byte_exact(tmp_path: Path, before: bytes, after: bytes) -> None:
    path = tmp_path / "a.txt"
    path.write_bytes(before)
    assert run(["fix", str(path), "-q"])[0] == 0  # issue 12: 0 when all is fixed
    assert path.read_bytes() == after


def test_fix_keeps_permissions_and_leaves_unchanged_files_alone(tmp_path: Path) -> None:
    dirty, clean = tmp_path / "dirty.txt", tmp_path / "clean.txt"
    dirty.write_text(DIRTY, encoding="utf-8")
    clean.write_text(CLEAN, encoding="utf-8")
    os.chmod(dirty, 0o640)
    before = clean.stat().st_mtime_ns
    time.sleep(0.01)
    run(["fix", str(tmp_path), "-q"])
    assert stat.S_IMODE(dirty.stat().st_mode) == 0o640
    assert clean.stat().st_mtime_ns == before
    assert not [p for p in tmp_path.iterdir() if "cleannews-tmp" in p.name]


def test_bad_files_are_named_untouched_and_do_not_stop_the_others(tmp_path: Path) -> None:
    binary = tmp_path / "a-binary.txt"
    binary.write_bytes(b"\x00\x01\x02Advertisement\n")
    latin = tmp_path / "b-latin1.txt"
    latin.write_bytes("Caf\xe9\n\nAdvertisement\n".encode("latin-1"))
    dirty = tmp_path / "c-dirty.txt"
    dirty.write_text(DIRTY, encoding="utf-8")
    code, out, err = run(["fix", str(tmp_path), "-q"])
    assert code == 2
    assert str(binary) in err and "binary" in err
    assert str(latin) in err and "UTF-8" in err
    assert binary.read_bytes() == b"\x00\x01\x02Advertisement\n"
    assert latin.read_bytes() == "Caf\xe9\n\nAdvertisement\n".encode("latin-1")
    assert dirty.read_text(encoding="utf-8") == CLEANED
    assert out == f"Fixing {dirty}\n"


def test_missing_path_is_an_error(tmp_path: Path) -> None:
    code, _, err = run(["check", str(tmp_path / "nope.txt"), "-q"])
    assert code == 2 and "nope.txt" in err


def test_parallel_output_matches_serial(tmp_path: Path) -> None:
    for i in range(24):
        (tmp_path / f"{i:02}.txt").write_text(DIRTY if i % 3 else CLEAN, encoding="utf-8")
    serial = run(["check", str(tmp_path), "-j", "1", "-q"])
    parallel = run(["check", str(tmp_path), "-j", "2", "-q"])
    assert serial == parallel
    assert serial[0] == 1


def test_killed_fix_leaves_every_file_untouched_or_fully_cleaned(tmp_path: Path) -> None:
    big_dirty = (DIRTY * 400).encode()  # large files make the run long enough to kill mid-way
    files = []
    for i in range(300):
        path = tmp_path / f"{i:03}.txt"
        path.write_bytes(big_dirty)
        files.append(path)
    expected = subprocess.run(
        script() + ["-q"], input=big_dirty, capture_output=True, check=True
    ).stdout
    assert expected != big_dirty
    proc = subprocess.Popen(script() + ["fix", str(tmp_path), "-j", "1", "-q"],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    # wait until the first file has been rewritten, then kill the process hard
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline and files[0].read_bytes() == big_dirty:
        time.sleep(0.01)
    proc.send_signal(signal.SIGKILL)
    proc.wait()
    states = [p.read_bytes() for p in files]
    assert all(s in (big_dirty, expected) for s in states)
    assert states.count(expected) >= 1
    assert states.count(big_dirty) >= 1, "the run finished before it was killed; make it longer"
    leftovers = [p for p in tmp_path.iterdir() if "cleannews-tmp" in p.name]
    assert len(leftovers) <= 1  # at most the one temporary file that was being written


# -- JSON Lines -----------------------------------------------------------------------------


def jsonl(records: list[dict[str, object]]) -> bytes:
    return "".join(json.dumps(r) + "\n" for r in records).encode()


def test_jsonl_cleans_one_field_and_keeps_the_rest_in_order() -> None:
    records = [{"id": i, "text": DIRTY if i % 2 else CLEAN, "lang": "en"} for i in range(10)]
    code, out, _ = run(["clean", "--jsonl", "-j", "1", "-q"], jsonl(records))
    assert code == 0
    got = [json.loads(line) for line in out.splitlines()]
    assert [r["id"] for r in got] == list(range(10))
    assert got[1] == {"id": 1, "text": CLEANED, "lang": "en"}
    assert got[0]["text"] == CLEAN


def test_jsonl_nested_field_and_annotate() -> None:
    data = jsonl([{"doc": {"body": DIRTY}, "n": 1}])
    code, out, _ = run(["--jsonl", "--field", "doc.body", "--annotate", "-j", "1"], data)
    record = json.loads(out)
    assert code == 0
    assert record["doc"]["body"] == CLEANED
    assert record["cleannews"]["removals"][0]["first"] == 5


def test_jsonl_bad_line_is_reported_with_its_number() -> None:
    data = jsonl([{"text": DIRTY}]) + b"{not json\n" + jsonl([{"text": DIRTY}])
    code, out, err = run(["--jsonl", "-j", "1", "-q"], data)
    assert code == 2
    assert "<stdin>:2" in err and "not valid JSON" in err
    assert len(out.splitlines()) == 1


def test_jsonl_skip_bad_passes_bad_lines_through() -> None:
    data = jsonl([{"text": DIRTY}]) + b"{not json\n" + jsonl([{"other": 1}]) + jsonl([{"text": DIRTY}])
    code, out, err = run(["--jsonl", "--skip-bad", "-j", "1"], data)
    assert code == 0
    lines = out.splitlines()
    assert lines[1] == "{not json" and json.loads(lines[2]) == {"other": 1}
    assert json.loads(lines[3])["text"] == CLEANED
    assert "2 malformed" in err


def test_jsonl_parallel_matches_serial() -> None:
    records = [{"id": i, "text": DIRTY if i % 3 else CLEAN} for i in range(300)]
    serial = run(["--jsonl", "-j", "1", "-q"], jsonl(records))
    parallel = run(["--jsonl", "-j", "2", "-q"], jsonl(records))
    assert serial == parallel


def test_jsonl_through_the_installed_script(tmp_path: Path) -> None:
    path = tmp_path / "in.jsonl"
    path.write_bytes(jsonl([{"text": DIRTY}, {"text": CLEAN}]))
    proc = subprocess.run(script() + ["clean", "--jsonl", str(path), "-j", "2"], capture_output=True, check=False)
    assert proc.returncode == 0, proc.stderr
    assert [json.loads(x)["text"] for x in proc.stdout.decode().splitlines()] == [CLEANED, CLEAN]


# -- config ---------------------------------------------------------------------------------


def test_pyproject_config_is_found_and_flags_override(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    (tmp_path / "pyproject.toml").write_text('[tool.cleannews]\nignore = ["CN4"]\n', encoding="utf-8")
    (tmp_path / "a.txt").write_text(DIRTY, encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    assert run(["check", "a.txt", "-q"])[0] == 0
    assert run(["check", "a.txt", "-q", "--ignore", "CN9"])[0] == 1


def test_per_file_ignores_and_exclude(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    (tmp_path / "pyproject.toml").write_text(
        '[tool.cleannews]\nexclude = ["skip/*"]\n[tool.cleannews.per-file-ignores]\n"keep-*.txt" = ["CN4"]\n',
        encoding="utf-8",
    )
    (tmp_path / "skip").mkdir()
    (tmp_path / "skip" / "a.txt").write_text(DIRTY, encoding="utf-8")
    (tmp_path / "keep-ads.txt").write_text(DIRTY, encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    assert run(["check", ".", "-q"])[0] == 0
    (tmp_path / "other.txt").write_text(DIRTY, encoding="utf-8")
    code, out, _ = run(["check", ".", "-q"])
    assert code == 1 and "other.txt" in out and "keep-ads" not in out


@pytest.mark.parametrize(
    ("content", "message"),
    [
        ('[tool.cleannews]\nselcet = ["CN1"]\n', "valid keys"),
        ('[tool.cleannews]\nselect = ["ZZ9"]\n', "valid codes"),
        ('[tool.cleannews]\nselect = "CN1"\n', "list of strings"),
        ("[tool.cleannews\n", "not valid TOML"),
    ],
)
def test_bad_config_exits_2_naming_the_file(tmp_path: Path, content: str, message: str) -> None:
    config = tmp_path / "pyproject.toml"
    config.write_text(content, encoding="utf-8")
    (tmp_path / "a.txt").write_text(DIRTY, encoding="utf-8")
    code, _, err = run(["check", str(tmp_path / "a.txt"), "--config", str(config), "-q"])
    assert code == 2
    assert message in err and "pyproject.toml" in err


def test_extend_select_and_patterns_from_config(tmp_path: Path) -> None:
    (tmp_path / "house.toml").write_text(
        '[[rules]]\ncode = "H101"\nname = "house-promo"\npattern = \'Listen to our podcast\\.\'\n',
        encoding="utf-8",
    )
    config = tmp_path / "cleannews.toml"
    config.write_text('select = ["CN9"]\nextend-select = ["H1"]\npatterns = ["house.toml"]\n', encoding="utf-8")
    article = tmp_path / "a.txt"
    article.write_text(DIRTY + "\nListen to our podcast.\n", encoding="utf-8")
    code, out, _ = run(["check", str(article), "--config", str(config), "-q"])
    assert code == 1
    assert "H101" in out and "CN4" not in out


# -- the real pre-commit framework --------------------------------------------------------


def test_pre_commit_hook_fixes_then_passes(tmp_path: Path, root: Path) -> None:
    pre_commit = shutil.which("pre-commit", path=os.path.dirname(sys.executable)) or shutil.which("pre-commit")
    if pre_commit is None:
        pytest.fail("pre-commit is not installed: install the test extra (pip install -e '.[test]')")
    repo = tmp_path / "articles"
    repo.mkdir()
    env = {**os.environ, "PRE_COMMIT_HOME": str(tmp_path / "pc-home"), "GIT_AUTHOR_NAME": "t",
           "GIT_AUTHOR_EMAIL": "t@example.org", "GIT_COMMITTER_NAME": "t", "GIT_COMMITTER_EMAIL": "t@example.org"}
    subprocess.run(["git", "init", "-q"], cwd=repo, check=True, env=env)
    (repo / "dirty.txt").write_text(DIRTY, encoding="utf-8")
    (repo / "clean.txt").write_text(CLEAN, encoding="utf-8")
    # a repository's own documents are out of the hooks' default scope, whatever they hold
    documents = ["README.md", "CHANGELOG.md", "notes.md", "README.txt", "docs/CHANGELOG.txt", "LICENSE.txt"]
    (repo / "docs").mkdir()
    for name in documents:
        (repo / name).write_text(DIRTY, encoding="utf-8")
    subprocess.run(["git", "add", "."], cwd=repo, check=True, env=env)
    # try-repo installs the hook from a git repository: give it this project, all committed
    project = tmp_path / "project"
    shutil.copytree(root, project, ignore=shutil.ignore_patterns(
        ".git", ".venv", "__pycache__", "*.egg-info", ".pytest_cache", ".hypothesis", "build", "dist"))
    subprocess.run(["git", "init", "-q"], cwd=project, check=True, env=env)
    subprocess.run(["git", "add", "."], cwd=project, check=True, env=env)
    subprocess.run(["git", "commit", "-q", "-m", "snapshot"], cwd=project, check=True, env=env)
    command = [pre_commit, "try-repo", str(project), "cleannews", "--all-files"]
    first = subprocess.run(command, cwd=repo, capture_output=True, text=True, env=env, check=False)
    assert first.returncode == 1, first.stdout + first.stderr
    assert "Fixing dirty.txt" in first.stdout
    assert (repo / "dirty.txt").read_text(encoding="utf-8") == CLEANED
    assert (repo / "clean.txt").read_text(encoding="utf-8") == CLEAN
    for name in documents:
        assert (repo / name).read_text(encoding="utf-8") == DIRTY, name
    subprocess.run(["git", "add", "."], cwd=repo, check=True, env=env)
    second = subprocess.run(command, cwd=repo, capture_output=True, text=True, env=env, check=False)
    assert second.returncode == 0, second.stdout + second.stderr


def test_the_fork_server_warm_up_compiles_the_rules_patterns() -> None:
    # run in a fresh interpreter: the warm-up (imported by the fork server of -j N runs)
    # leaves the patterns of the rules it exercised compiled, so each worker starts warm
    code = (
        "import cleannews.rules.chrome.ad_markers as m\n"
        "from cleannews.lazyregex import LazyPattern\n"
        "lazy = [v for v in vars(m).values() if isinstance(v, LazyPattern)]\n"
        "before = sum(p.compiled for p in lazy)\n"
        "import cleannews._warm\n"
        "after = sum(p.compiled for p in lazy)\n"
        "print(len(lazy), before, after)\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout.split()
    total, before, after = map(int, out)
    assert total > 0 and before == 0 and after > 0
