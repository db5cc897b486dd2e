"""Issue 12, items 1, 2 and 6: settings found per file, gitignore-style globs and
``.gitignore``, and ``clean SRC -o OUT``.  Every test runs the real command, in-process
through ``main([...])`` or the installed script."""

from __future__ import annotations

import json
import os
import stat
import subprocess
from pathlib import Path

import pytest

from cleannews import Pipeline, clean_and_explain
from test_batch import CLEAN, CLEANED, DIRTY, run, script


def write(path: Path, text: str) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return path


def checked(out: str) -> list[str]:
    """The files that ``check --output-format json`` reported on."""
    return [entry["path"] for entry in json.loads(out)]


def flagged(out: str) -> list[str]:
    return [entry["path"] for entry in json.loads(out) if entry["removals"]]


# -- item 1: settings per file -------------------------------------------------------------


@pytest.fixture
def project(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """``proj/`` with settings that ignore CN4 in ``wire/*.txt``; the current folder is its parent."""
    proj = tmp_path / "proj"
    write(proj / "pyproject.toml", '[tool.cleannews]\n[tool.cleannews.per-file-ignores]\n"wire/*.txt" = ["CN4"]\n')
    write(proj / "wire" / "w.txt", DIRTY)
    write(proj / "news" / "n.txt", DIRTY)
    monkeypatch.chdir(tmp_path)
    return proj


def test_settings_are_found_from_each_file_not_the_current_folder(project: Path,
                                                                   monkeypatch: pytest.MonkeyPatch) -> None:
    # from the parent of the project, the project's pyproject.toml applies
    code, out, _ = run(["check", "proj", "--output-format", "json"])
    assert code == 1 and flagged(out) == ["proj/news/n.txt"]
    assert run(["check", "proj/wire/w.txt", "-q"])[:2] == (0, "")
    # and from inside the folder, the same file gets the same result
    monkeypatch.chdir(project / "wire")
    assert run(["check", "w.txt", "-q"])[:2] == (0, "")
    monkeypatch.chdir(project)
    assert run(["check", "wire/w.txt", "-q"])[:2] == (0, "")


def test_a_nearer_settings_file_wins_and_globs_anchor_at_its_folder(project: Path) -> None:
    write(project / "wire" / "late" / "cleannews.toml", 'ignore = ["CN3"]\n')
    write(project / "wire" / "late" / "l.txt", DIRTY)
    out = run(["check", "proj", "--output-format", "json"])[1]
    # late/ has its own settings (no per-file-ignores): CN4 is found there again
    assert flagged(out) == ["proj/news/n.txt", "proj/wire/late/l.txt"]
    assert "wire/late/cleannews.toml" in run(["check", "proj/wire/late/l.txt", "-v"])[2]


def test_dot_cleannews_toml_then_cleannews_toml_then_pyproject(tmp_path: Path,
                                                                monkeypatch: pytest.MonkeyPatch) -> None:
    write(tmp_path / "a.txt", DIRTY)
    write(tmp_path / "pyproject.toml", '[tool.cleannews]\nignore = ["CN4"]\n')
    monkeypatch.chdir(tmp_path)
    assert run(["check", "-q"])[0] == 0
    write(tmp_path / "cleannews.toml", 'ignore = ["CN3"]\n')
    assert run(["check", "-q"])[0] == 1
    write(tmp_path / ".cleannews.toml", 'ignore = ["CN4"]\n')
    assert run(["check", "-q"])[0] == 0
    write(tmp_path / "pyproject.toml", '[project]\nname = "x"\n')  # no [tool.cleannews]: not a settings file
    (tmp_path / ".cleannews.toml").unlink()
    (tmp_path / "cleannews.toml").unlink()
    assert run(["check", "-q"])[0] == 1


def test_config_and_isolated(project: Path) -> None:
    other = write(project.parent / "strict.toml", 'select = ["CN3"]\n')
    # --config: one file for every input; its globs anchor at its own folder
    assert run(["check", "proj", "--config", str(other), "-q"])[0] == 0
    # --isolated: no settings file at all
    out = run(["check", "proj", "--isolated", "--output-format", "json"])[1]
    assert flagged(out) == ["proj/news/n.txt", "proj/wire/w.txt"]
    code, _, err = run(["check", "proj", "--isolated", "--config", str(other)])
    assert code == 2 and "not allowed with argument" in err


def test_extend_exclude_and_extend_per_file_ignores(project: Path) -> None:
    write(project / "pyproject.toml", '[tool.cleannews]\nextend-exclude = ["old/"]\n'
                                      '[tool.cleannews.extend-per-file-ignores]\n"news/*.txt" = ["CN4"]\n')
    write(project / "old" / "o.txt", DIRTY)
    write(project / "venv" / "v.txt", DIRTY)  # in the default exclude list, kept by extend-exclude
    code, out, _ = run(["check", "proj", "--output-format", "json"])
    assert checked(out) == ["proj/news/n.txt", "proj/wire/w.txt"] and flagged(out) == ["proj/wire/w.txt"]
    out = run(["check", "proj", "--extend-per-file-ignores", "proj/wire/*:cn4", "--output-format", "json"])[1]
    assert flagged(out) == []
    # exclude replaces the default list (venv/ comes back); extend-exclude still adds old/
    out = run(["check", "proj", "--exclude", "news/", "--output-format", "json"])[1]
    assert checked(out) == ["proj/venv/v.txt", "proj/wire/w.txt"]
    out = run(["check", "proj", "--extend-exclude", "proj/wire", "--output-format", "json"])[1]
    assert checked(out) == ["proj/news/n.txt"]


# -- item 2: gitignore-style globs and .gitignore --------------------------------------------


def test_star_does_not_cross_a_slash(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    for name in ("drafts/a.txt", "drafts/deep/b.txt", "x/drafts/c.txt", "d.txt"):
        write(tmp_path / name, CLEAN)
    monkeypatch.chdir(tmp_path)
    out = run(["check", "--exclude", "drafts/*.txt", "--output-format", "json"])[1]
    assert checked(out) == ["d.txt", "drafts/deep/b.txt", "x/drafts/c.txt"]
    out = run(["check", "--exclude", "drafts/**/*.txt", "--output-format", "json"])[1]
    assert checked(out) == ["d.txt", "x/drafts/c.txt"]
    # a glob without a slash matches at any depth; `drafts/*` also leaves out the folder
    # drafts/deep with everything in it, as in .gitignore
    out = run(["check", "--exclude", "drafts", "--output-format", "json"])[1]
    assert checked(out) == ["d.txt"]
    out = run(["check", "--exclude", "drafts/*", "--output-format", "json"])[1]
    assert checked(out) == ["d.txt", "x/drafts/c.txt"]


def test_gitignore_is_respected(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    (tmp_path / ".git").mkdir()
    write(tmp_path / ".gitignore", "env/\n*.tmp.txt\n")
    write(tmp_path / "corpus" / ".gitignore", "!keep.tmp.txt\nscratch/\n")
    for name in ("env/lib/LICENSE.txt", "corpus/a.txt", "corpus/b.tmp.txt", "corpus/keep.tmp.txt",
                 "corpus/scratch/s.txt"):
        write(tmp_path / name, CLEAN)
    monkeypatch.chdir(tmp_path)
    out = run(["check", "--output-format", "json"])[1]
    assert checked(out) == ["corpus/a.txt", "corpus/keep.tmp.txt"]
    # from inside the repository the .gitignore files above still count
    monkeypatch.chdir(tmp_path / "corpus")
    assert checked(run(["check", "--output-format", "json"])[1]) == ["a.txt", "keep.tmp.txt"]
    out = run(["check", "--no-respect-gitignore", "--output-format", "json"])[1]
    assert checked(out) == ["a.txt", "b.tmp.txt", "keep.tmp.txt", "scratch/s.txt"]
    write(tmp_path / "pyproject.toml", "[tool.cleannews]\nrespect-gitignore = false\n")
    assert "b.tmp.txt" in checked(run(["check", "--output-format", "json"])[1])


def test_named_files_are_excluded_only_with_force_exclude(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    write(tmp_path / "pyproject.toml", '[tool.cleannews]\nextend-exclude = ["drafts/"]\n')
    write(tmp_path / ".gitignore", "*.tmp.txt\n")
    (tmp_path / ".git").mkdir()
    write(tmp_path / "drafts" / "a.txt", DIRTY)
    write(tmp_path / "b.tmp.txt", DIRTY)
    monkeypatch.chdir(tmp_path)
    assert run(["check", "drafts/a.txt", "b.tmp.txt", "-q"])[0] == 1  # named: taken, as ruff and black do
    code, out, err = run(["check", "drafts/a.txt", "b.tmp.txt", "--force-exclude"])
    assert (code, out) == (0, "") and "0 file(s) checked" in err
    assert run(["check", "drafts", "-q"])[0] == 1  # a named folder is walked
    assert run(["check", "drafts", "-q", "--force-exclude"])[0] == 0


def test_the_pre_commit_hooks_force_exclusions() -> None:
    hooks = (Path(__file__).parent.parent / ".pre-commit-hooks.yaml").read_text(encoding="utf-8")
    entries = [line for line in hooks.splitlines() if line.strip().startswith("entry:")]
    assert len(entries) == 2 and all("--force-exclude" in line for line in entries)


def test_library_codes_are_case_insensitive_and_ignore_all() -> None:
    assert Pipeline(select=["cn4"]).clean(DIRTY) == CLEANED
    assert Pipeline(ignore=["ALL"]).clean(DIRTY) == DIRTY
    assert Pipeline(select=["CN4"], ignore=["all"]).clean(DIRTY) == CLEANED
    assert [r.code for r in Pipeline(ignore=["ALL"], select=["cn1"]).active_rules] == \
        [r.code for r in Pipeline(select=["CN1"]).active_rules]


# -- item 6: clean SRC -o OUT ---------------------------------------------------------------


PAGE = (
    "<html><head><title>Harbour board delays ferry terminal vote</title></head><body><article>"
    "<h1>Harbour board delays ferry terminal vote</h1>"
    "<p>The harbour board on Tuesday postponed its vote on a new ferry terminal until next month, "
    "saying it needed more time to study the cost of the project and its effect on the town.</p>"
    "<p>Board members said the delay would not affect the summer timetable for existing routes, "
    "which start in May and run until the end of September as in earlier years.</p>"
    "</article></body></html>"
)


@pytest.fixture
def source(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    src = tmp_path / "src"
    write(src / "a.txt", DIRTY)
    write(src / "deep" / "b.txt", CLEAN)
    write(src / "deep" / "page.html", PAGE)
    write(src / "notes.rst", DIRTY)  # not included
    monkeypatch.chdir(tmp_path)
    return src


def tree(root: Path) -> dict[str, bytes]:
    return {p.relative_to(root).as_posix(): p.read_bytes() for p in sorted(root.rglob("*")) if p.is_file()}


def test_clean_a_tree_into_another(source: Path) -> None:
    before = tree(source)
    code, out, err = run(["clean", "src", "-o", "out", "--include", "*.txt,*.html", "-j", "1"])
    assert (code, out) == (0, "") and "3 file(s) cleaned into out, 2 changed, 0 error(s)" in err
    assert tree(source) == before  # the source is never changed
    written = tree(source.parent / "out")
    assert sorted(written) == ["a.txt", "deep/b.txt", "deep/page.txt"]
    assert written["a.txt"].decode() == CLEANED
    assert written["deep/b.txt"].decode() == CLEAN
    assert written["deep/page.txt"].decode() == run(["clean", "--html", "src/deep/page.html"])[1]
    mode = stat.S_IMODE((source.parent / "out" / "a.txt").stat().st_mode)
    umask = os.umask(0)
    os.umask(umask)
    assert mode == 0o666 & ~umask  # an ordinary new file, not a private temporary one


def test_clean_tree_writes_the_records_beside_each_file(source: Path) -> None:
    assert run(["clean", "src", "-o", "out", "--explain"])[0] == 0
    records = [json.loads(line) for line in (source.parent / "out" / "a.txt.removals.jsonl").read_text().splitlines()]
    expected = [r.to_dict() for r in clean_and_explain(DIRTY).removals]
    assert records == expected and records[0]["code"].startswith("CN4")
    assert (source.parent / "out" / "deep" / "b.txt.removals.jsonl").read_text() == ""


def test_clean_tree_goes_on_past_bad_files(source: Path) -> None:
    (source / "bad.txt").write_bytes(b"\xff\xfe not text")
    code, _, err = run(["clean", "src", "-o", "out", "-j", "2"])
    assert code == 2 and "src/bad.txt: not valid UTF-8" in err and "1 error(s)" in err
    written = tree(source.parent / "out")
    assert sorted(written) == ["a.txt", "deep/b.txt"]  # the bad file is not written at all
    assert not [p for p in (source.parent / "out").rglob("*") if p.name.endswith(".cleannews-tmp")]


def test_clean_tree_output_inside_the_source_is_not_walked(source: Path) -> None:
    assert run(["clean", "src", "-o", "src/cleaned"])[0] == 0
    assert sorted(tree(source / "cleaned")) == ["a.txt", "deep/b.txt"]
    assert run(["clean", "src", "-o", "src/cleaned"])[0] == 0  # again: still not cleaned into itself
    assert sorted(tree(source / "cleaned")) == ["a.txt", "deep/b.txt"]


def test_clean_tree_refuses_what_would_overwrite(source: Path) -> None:
    code, _, err = run(["clean", "src", "-o", "src"])
    assert code == 2 and "cleannews fix src" in err
    assert tree(source)["a.txt"].decode() == DIRTY
    write(source / "deep" / "page.txt", CLEAN)  # page.html would be written to page.txt too
    code, _, err = run(["clean", "src", "-o", "out", "--include", "*.txt,*.html"])
    assert code == 2 and "deep/page.txt, as src/deep/page.html is; skipped" in err
    code, _, err = run(["clean", "-o", "out"])
    assert code == 2 and "give the files or folders" in err
    code, _, err = run(["clean", "src"])
    assert code == 2 and "is a folder: give -o FOLDER" in err


def test_clean_tree_of_json_lines(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    write(tmp_path / "shards" / "s1.jsonl", json.dumps({"text": DIRTY}) + "\n" + json.dumps({"text": CLEAN}) + "\n")
    write(tmp_path / "shards" / "more" / "s2.jsonl", json.dumps({"text": DIRTY}) + "\n{bad\n")
    monkeypatch.chdir(tmp_path)
    code, _, err = run(["clean", "--jsonl", "shards", "-o", "out", "-j", "1"])
    assert code == 2 and "shards/more/s2.jsonl:2: not valid JSON" in err
    assert [json.loads(line)["text"] for line in (tmp_path / "out" / "s1.jsonl").read_text().splitlines()] == \
        [CLEANED, CLEAN]
    assert not (tmp_path / "out" / "more" / "s2.jsonl").exists()  # written whole or not at all
    code, _, err = run(["clean", "--jsonl", "shards", "-o", "out", "--skip-bad", "-j", "1"])
    assert code == 0 and "passed 1 malformed record(s) through unchanged" in err
    assert (tmp_path / "out" / "more" / "s2.jsonl").read_text().endswith("{bad\n")


def test_script_clean_tree(source: Path) -> None:
    proc = subprocess.run(script() + ["clean", "src", "-o", "out", "--explain", "-q"], cwd=source.parent,
                          capture_output=True, text=True, check=False)
    assert (proc.returncode, proc.stdout, proc.stderr) == (0, "", "")
    assert (source.parent / "out" / "a.txt").read_text(encoding="utf-8") == CLEANED


def test_script_settings_per_file_and_gitignore(project: Path) -> None:
    (project / ".git").mkdir()
    write(project / ".gitignore", "scratch/\n")
    write(project / "scratch" / "s.txt", DIRTY)
    proc = subprocess.run(script() + ["check", "proj", "--output-format", "json", "-v"], cwd=project.parent,
                          capture_output=True, text=True, check=False)
    assert proc.returncode == 1 and flagged(proc.stdout) == ["proj/news/n.txt"]
    assert f"proj/wire/w.txt: settings from {project / 'pyproject.toml'}" in proc.stderr
    proc = subprocess.run(script() + ["check", "w.txt", "-q"], cwd=project / "wire", capture_output=True,
                          text=True, check=False)
    assert (proc.returncode, proc.stdout) == (0, "")


# -- what a first review found ----------------------------------------------------------------


def test_clean_tree_never_writes_over_an_input(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    write(tmp_path / "c" / "a" / "x.txt", "Story A.\n\nAdvertisement\n\nStory A ends.\n")
    write(tmp_path / "c" / "a" / "a" / "x.txt", "Story B.\n\nAdvertisement\n\nStory B ends.\n")
    monkeypatch.chdir(tmp_path)
    code, _, err = run(["clean", "c/a", "-o", "c"])  # c/a/a/x.txt would go to c/a/x.txt, an input
    assert code == 2 and "would be written over the input c/a/x.txt" in err
    assert (tmp_path / "c" / "a" / "x.txt").read_text() == "Story A.\n\nAdvertisement\n\nStory A ends.\n"
    code, _, err = run(["clean", "c", "-o", "c/a/x.txt"])
    assert code == 2 and "is not a folder" in err


def test_clean_tree_takes_a_file_reached_twice_once(source: Path) -> None:
    code, _, err = run(["clean", "src/a.txt", "src/deep/../a.txt", "-o", "out"])
    assert code == 0 and "1 file(s) cleaned" in err


def test_clean_html_by_suffix_and_html_trees(source: Path) -> None:
    assert run(["clean", "src/deep/page.html"])[1] == run(["clean", "--html", "src/deep/page.html"])[1]
    assert "<p>" not in run(["clean", "src/deep/page.html"])[1]
    write(source / "empty.html", "<html><head><title>x</title></head><body></body></html>")
    code, _, err = run(["clean", "--html", "src", "-o", "pages"])  # --html takes the pages of a tree
    assert code == 2 and "src/empty.html: no article text found" in err
    assert sorted(tree(source.parent / "pages")) == ["deep/page.txt"]


def test_force_exclude_looks_no_higher_than_the_settings_folder(tmp_path: Path,
                                                                 monkeypatch: pytest.MonkeyPatch) -> None:
    proj = tmp_path / "tmp" / "proj"  # the project itself sits in a folder named tmp
    write(proj / "cleannews.toml", 'exclude = ["tmp/"]\n')
    write(proj / "a.txt", DIRTY)
    write(proj / "tmp" / "b.txt", DIRTY)
    monkeypatch.chdir(proj)
    out = run(["check", "a.txt", "tmp/b.txt", "--force-exclude", "--output-format", "json"])[1]
    assert checked(out) == ["a.txt"]
    assert checked(run(["check", ".", "--force-exclude", "--output-format", "json"])[1]) == ["a.txt"]


def test_dot_slash_globs_and_invalid_globs(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    write(tmp_path / "wire" / "w.txt", DIRTY)
    write(tmp_path / "n.txt", DIRTY)
    monkeypatch.chdir(tmp_path)
    assert checked(run(["check", "--extend-exclude", "./wire/w.txt", "--output-format", "json"])[1]) == ["n.txt"]
    write(tmp_path / "cleannews.toml", 'extend-exclude = ["./wire/*.txt"]\n')
    assert checked(run(["check", "--output-format", "json"])[1]) == ["n.txt"]
    write(tmp_path / "cleannews.toml", 'exclude = ["[abc"]\n')
    code, _, err = run(["check"])
    assert code == 2 and "exclude: '[abc' is not a valid glob" in err and "cleannews.toml" in err
    (tmp_path / "cleannews.toml").unlink()
    code, _, err = run(["check", "--exclude", "[abc"])
    assert code == 2 and "--exclude: '[abc' is not a valid glob" in err


def test_walk_order_records_and_special_files(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    for name in ("p/x.md", "p/old/keep.txt", "p/a.txt"):
        write(tmp_path / name, CLEAN)
    os.mkfifo(tmp_path / "p" / "pipe.txt")  # would block a reader for ever
    write(tmp_path / "p" / "rows.jsonl", json.dumps({"text": DIRTY}) + "\n")
    monkeypatch.chdir(tmp_path)
    code, out, err = run(["check", "p", "--output-format", "json", "--include", "*.txt,*.md"])
    assert checked(out) == ["p/a.txt", "p/old/keep.txt", "p/x.md"]  # sorted by path, as ruff
    assert "p/pipe.txt: not a regular file" in err
    code, _, err = run(["check", "p/rows.jsonl"])
    assert code == 2 and "a file of records, not article text" in err
    assert (tmp_path / "p" / "rows.jsonl").read_text() == json.dumps({"text": DIRTY}) + "\n"
    code, _, err = run(["check", "p", "--include", "*.text"])
    assert code == 0 and "no files to work on" in err
    code, _, err = run(["check", "-"])
    assert code == 2 and "cleannews clean -" in err


def test_verbose_says_what_is_left_out_and_why(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    write(tmp_path / "cleannews.toml", 'extend-exclude = ["drafts/"]\n')
    write(tmp_path / ".gitignore", "*.tmp.txt\n")
    write(tmp_path / "drafts" / "a.txt", DIRTY)
    write(tmp_path / "b.tmp.txt", DIRTY)
    write(tmp_path / "c.txt", CLEAN)
    monkeypatch.chdir(tmp_path)
    err = run(["check", "-v"])[2]
    assert "drafts/: left out by exclude" in err and "b.tmp.txt: left out by .gitignore" in err
    assert "left out" not in run(["check"])[2]


def test_gitignore_outside_a_repository_counts_up_to_the_settings_folder(tmp_path: Path,
                                                                         monkeypatch: pytest.MonkeyPatch) -> None:
    write(tmp_path / "cleannews.toml", "")
    write(tmp_path / ".gitignore", "*.tmp.txt\n")
    write(tmp_path / "corpus" / "sub" / "a.tmp.txt", DIRTY)
    write(tmp_path / "corpus" / "sub" / "b.txt", CLEAN)
    monkeypatch.chdir(tmp_path / "corpus")
    assert checked(run(["check", "sub", "--output-format", "json"])[1]) == ["sub/b.txt"]
