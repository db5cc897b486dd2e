"""Issue 12 item 7: the result cache of check and fix, through the real command."""

from __future__ import annotations

import json
import os
import subprocess
from pathlib import Path

import pytest

from cleannews.cache import ResultCache, code_fingerprint
from test_batch import CLEAN, CLEANED, DIRTY, run, script


@pytest.fixture
def corpus(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    (tmp_path / "dirty.txt").write_text(DIRTY, encoding="utf-8")
    (tmp_path / "clean.txt").write_text(CLEAN, encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    monkeypatch.delenv("CLEANNEWS_CACHE_DIR", raising=False)
    return tmp_path


def cache_file(folder: Path) -> Path:
    return folder / f"results-{code_fingerprint()}.json"


def tamper(folder: Path, name: str, reason: str) -> None:
    """Change the cached reason of every record of ``name``: a run that shows it was served
    from the cache, not by cleaning the file again."""
    path = cache_file(folder)
    data = json.loads(path.read_text(encoding="utf-8"))
    for key, entry in data["files"].items():
        if key.endswith(os.sep + name):
            for record in entry["removals"]:
                record["reason"] = reason
    path.write_text(json.dumps(data), encoding="utf-8")


def test_a_second_check_takes_unchanged_files_from_the_cache(corpus: Path) -> None:
    first = run(["check", "-j", "1"])
    assert first[0] == 1 and "dirty.txt:5: CN4" in first[1]
    folder = corpus / ".cleannews_cache"
    assert (folder / ".gitignore").read_text() == "*\n" and (folder / "CACHEDIR.TAG").is_file()
    assert run(["check", "-j", "1"]) == first  # the same records, exit code and summary
    tamper(folder, "dirty.txt", "FROM THE CACHE")
    assert "FROM THE CACHE" in run(["check", "-j", "2"])[1]  # the file was not cleaned again
    # anything that decides the result makes the file be cleaned again
    assert "FROM THE CACHE" not in run(["check", "--no-cache"])[1]
    assert run(["check", "--ignore", "CN4"])[0] == 0
    (corpus / "dirty.txt").write_text(DIRTY + "\nAdvertisement\n", encoding="utf-8")
    out = run(["check"])[1]
    assert "FROM THE CACHE" not in out and out.count(": CN401 ad-marker: ad marker\n") == 2


def test_pattern_file_changes_are_seen(corpus: Path) -> None:
    patterns = corpus / "house.toml"
    patterns.write_text('[[rules]]\ncode = "H101"\nname = "house-line"\npattern = \'Board members said .*\'\n',
                        encoding="utf-8")
    command = script() + ["check", "--patterns", str(patterns), "--select", "H1"]
    one = subprocess.run(command, cwd=corpus, capture_output=True, text=True, check=False).stdout
    patterns.write_text('[[rules]]\ncode = "H101"\nname = "house-line"\npattern = \'Nothing matches this\'\n',
                        encoding="utf-8")
    two = subprocess.run(command, cwd=corpus, capture_output=True, text=True, check=False)
    assert "dirty.txt:7: H101" in one and (two.returncode, two.stdout) == (0, "")


def test_fix_uses_only_results_with_nothing_to_fix(corpus: Path) -> None:
    assert run(["check", "-q"])[0] == 1  # dirty.txt is cached with its removals
    code, out, _ = run(["fix", "-q"])
    assert (code, out) == (0, "Fixing dirty.txt\n")
    assert (corpus / "dirty.txt").read_text(encoding="utf-8") == CLEANED
    assert run(["check", "-q"])[:2] == (0, "")
    assert run(["fix", "-q"])[:2] == (0, "")


def test_no_cache_and_where_the_cache_lives(corpus: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    run(["check", "--no-cache"])
    assert not (corpus / ".cleannews_cache").exists()
    run(["check", "--cache-dir", "elsewhere"])
    assert cache_file(corpus / "elsewhere").is_file()
    monkeypatch.setenv("CLEANNEWS_CACHE_DIR", str(corpus / "from-env"))
    run(["check"])
    assert cache_file(corpus / "from-env").is_file()
    monkeypatch.delenv("CLEANNEWS_CACHE_DIR")
    (corpus / "sub").mkdir()
    (corpus / "cleannews.toml").write_text('cache-dir = "cache-here"\n', encoding="utf-8")
    monkeypatch.chdir(corpus / "sub")
    run(["check", ".."])
    assert cache_file(corpus / "cache-here").is_file()  # relative to the settings file
    (corpus / "cleannews.toml").write_text("", encoding="utf-8")
    run(["check", ".."])
    assert cache_file(corpus / ".cleannews_cache").is_file()  # beside the settings file


def test_a_broken_cache_is_ignored_and_an_unwritable_one_is_a_notice(corpus: Path) -> None:
    first = run(["check"])
    cache_file(corpus / ".cleannews_cache").write_text("{not json", encoding="utf-8")
    assert run(["check"]) == first
    (corpus / "blocked").write_text("a file, not a folder", encoding="utf-8")
    code, out, err = run(["check", "--cache-dir", "blocked/cache"])
    assert (code, out) == (first[0], first[1]) and "cannot write the cache in" in err


def test_old_code_results_are_dropped(corpus: Path) -> None:
    folder = corpus / ".cleannews_cache"
    folder.mkdir()
    (folder / "results-0123456789abcdef01234567.json").write_text("{}", encoding="utf-8")
    run(["check"])
    assert sorted(p.name for p in folder.glob("results-*.json")) == [cache_file(folder).name]
    assert len(ResultCache(folder).entries) == 2


def test_script_second_run(corpus: Path) -> None:
    procs = [subprocess.run(script() + ["check"], cwd=corpus, capture_output=True, text=True, check=False)
             for _ in range(2)]
    assert procs[0].returncode == procs[1].returncode == 1
    assert procs[0].stdout == procs[1].stdout and procs[0].stderr == procs[1].stderr
