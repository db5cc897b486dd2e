"""Issue 12: a command line that behaves like ruff's (defaults and exit codes, output
formats, ``rule``, ``--stdin-filename``).  Every test runs the real command: in-process
through ``main([...])`` and, for each item, the installed script in a subprocess."""

from __future__ import annotations

import json
import subprocess
from pathlib import Path

import pytest

from test_batch import CLEAN, CLEANED, DIRTY, run, script


def sh(args: list[str], cwd: Path | None = None, data: bytes = b"") -> subprocess.CompletedProcess[str]:
    return subprocess.run(script() + args, cwd=cwd, input=data.decode(), capture_output=True, text=True,
                          check=False)


@pytest.fixture
def corpus(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A folder with one dirty and one clean article, made the current folder."""
    (tmp_path / "dirty.txt").write_text(DIRTY, encoding="utf-8")
    (tmp_path / "clean.txt").write_text(CLEAN, encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    return tmp_path


# -- item 3: defaults and exit codes ---------------------------------------------------------


def test_check_and_fix_default_to_the_current_folder(corpus: Path) -> None:
    code, out, _ = run(["check", "-q"])
    assert code == 1 and out.startswith("dirty.txt:5: CN4")
    assert (corpus / "dirty.txt").read_text(encoding="utf-8") == DIRTY
    code, out, _ = run(["fix", "-q"])
    assert (code, out) == (0, "Fixing dirty.txt\n")
    assert (corpus / "dirty.txt").read_text(encoding="utf-8") == CLEANED
    assert run(["check", "-q"])[:2] == (0, "")


def test_script_check_defaults_to_dot_and_fix_exits_0_when_all_is_fixed(corpus: Path) -> None:
    proc = sh(["check"], cwd=corpus)
    assert proc.returncode == 1 and "dirty.txt:5: CN4" in proc.stdout
    assert "2 file(s) checked, 1 with boilerplate" in proc.stderr
    proc = sh(["fix"], cwd=corpus)
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout == "Fixing dirty.txt\n" and "1 fixed, 0 error(s)" in proc.stderr
    assert (corpus / "dirty.txt").read_text(encoding="utf-8") == CLEANED


def test_exit_zero_and_exit_non_zero_on_fix(corpus: Path) -> None:
    assert run(["check", "-q", "--exit-zero"])[0] == 0
    assert run(["fix", "-q", "--exit-non-zero-on-fix"])[0] == 1  # the old behaviour, on request
    assert run(["fix", "-q", "--exit-non-zero-on-fix"])[0] == 0  # nothing left to change
    (corpus / "dirty.txt").write_text(DIRTY, encoding="utf-8")
    assert run(["fix", "-q", "--exit-non-zero-on-fix", "--exit-zero"])[0] == 0  # as ruff: exit-zero wins
    (corpus / "dirty.txt").write_text(DIRTY, encoding="utf-8")
    (corpus / "bad.txt").write_bytes(b"\x00binary")
    code, _, err = run(["check", "-q", "--exit-zero"])
    assert code == 2 and "bad.txt" in err  # errors are never hidden


def test_script_exit_zero_and_exit_non_zero_on_fix(corpus: Path) -> None:
    assert sh(["check", "--exit-zero", "."], cwd=corpus).returncode == 0
    proc = sh(["fix", "--exit-non-zero-on-fix", "."], cwd=corpus)
    assert proc.returncode == 1 and proc.stdout == "Fixing dirty.txt\n"


def test_fix_diff_shows_the_change_and_writes_nothing(corpus: Path) -> None:
    code, out, err = run(["fix", "--diff"])
    assert code == 1
    assert "--- a/dirty.txt" in out and "-Advertisement" in out and "Fixing" not in out
    assert "1 would be fixed" in err
    assert (corpus / "dirty.txt").read_text(encoding="utf-8") == DIRTY
    assert run(["fix", "--diff", "--exit-zero", "-q"])[0] == 0
    assert run(["fix", "--diff", "clean.txt"])[:2] == (0, "")
    code, _, err = run(["fix", "--diff", "--output-format", "json"])
    assert code == 2 and "--diff" in err


def test_script_fix_diff(corpus: Path) -> None:
    proc = sh(["fix", "--diff", "-q"], cwd=corpus)
    assert proc.returncode == 1 and "+++ b/dirty.txt" in proc.stdout
    assert (corpus / "dirty.txt").read_text(encoding="utf-8") == DIRTY


@pytest.mark.parametrize(("typo", "command"), [("chek", "check"), ("fx", "fix"), ("clena", "clean"),
                                                ("rulse", "rule"), ("rul", "rule")])
def test_mistyped_command_is_named(typo: str, command: str, tmp_path: Path,
                                   monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    code, out, err = run([typo, "."])
    assert (code, out) == (2, "")
    assert err == f"cleannews: unknown command '{typo}' (did you mean '{command}'?)\n"


def test_a_file_that_looks_like_a_command_is_still_cleaned(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    (tmp_path / "chek").write_text(DIRTY, encoding="utf-8")
    assert run(["chek"])[:2] == (0, CLEANED)  # an existing file: `clean chek`
    code, _, err = run(["chek.txt"])  # a missing file with a suffix: a file error, as before
    assert code == 2 and "chek.txt: cannot read" in err and "unknown command" not in err
    code, _, err = run(["zebra"])  # nothing like a command: a missing file
    assert code == 2 and "zebra: cannot read" in err


def test_script_mistyped_command(tmp_path: Path) -> None:
    proc = sh(["chek", "."], cwd=tmp_path)
    assert proc.returncode == 2
    assert proc.stderr == "cleannews: unknown command 'chek' (did you mean 'check'?)\n"


@pytest.mark.parametrize(
    ("argv", "message"),
    [
        (["--field", "body"], "--field only applies to JSON Lines input: add --jsonl"),
        (["--annotate"], "--annotate only applies to JSON Lines input: add --jsonl"),
        (["--skip-bad"], "--skip-bad only applies to JSON Lines input: add --jsonl"),
        (["--url", "https://www.huffpost.com/entry/x"], "--url only applies to HTML input: add --html"),
        (["--jsonl", "--explain"], "--explain does not apply to --jsonl"),
        (["--jsonl", "--output-format", "json"], "does not apply to --jsonl"),
        (["--jsonl", "--html", "--url", "https://x.org/a"], "each record's own url field is used"),
    ],
)
def test_options_for_jsonl_or_html_are_refused_without_them(argv: list[str], message: str) -> None:
    code, out, err = run(argv, DIRTY.encode())
    assert (code, out) == (2, "")
    assert err.startswith("cleannews clean: error: ") and message in err


def test_script_refuses_annotate_without_jsonl() -> None:
    proc = sh(["clean", "--annotate"], data=DIRTY.encode())
    assert proc.returncode == 2 and proc.stdout == ""
    assert "--annotate only applies to JSON Lines input: add --jsonl" in proc.stderr


def test_rule_codes_are_case_insensitive_everywhere(corpus: Path) -> None:
    assert run(["--select", "cn9"], DIRTY.encode())[1] == DIRTY
    assert run(["--ignore", "cn4"], DIRTY.encode())[1] == DIRTY
    assert run(["--ignore", "ALL", "--extend-select", "cn4"], DIRTY.encode())[1] == CLEANED
    assert run(["check", "-q", "--ignore", "Cn4"])[0] == 0
    (corpus / "pyproject.toml").write_text('[tool.cleannews]\nignore = ["cn4"]\n', encoding="utf-8")
    assert run(["check", "-q"])[0] == 0
    (corpus / "pyproject.toml").write_text(
        '[tool.cleannews.per-file-ignores]\n"dirty.txt" = ["cn4"]\n', encoding="utf-8")
    assert run(["check", "-q"])[0] == 0
    assert run(["rule", "cn201"])[1].startswith("CN201 duplicated-caption")


def test_script_select_is_case_insensitive() -> None:
    proc = sh(["--ignore", "cn4"], data=DIRTY.encode())
    assert proc.returncode == 0 and proc.stdout == DIRTY


# -- item 4: output formats, --statistics, -q, -v ----------------------------------------------


def test_json_is_one_document_and_json_lines_one_object_per_file(corpus: Path) -> None:
    code, out, err = run(["check", "--output-format", "json"])
    assert code == 1 and err == ""  # no summary: the document is the whole output
    files = json.loads(out)
    assert [f["path"] for f in files] == ["clean.txt", "dirty.txt"]
    assert files[1]["removals"][0]["code"].startswith("CN4") and files[1]["changed"] is True
    code, out, _ = run(["check", "--output-format", "json-lines"])
    assert [json.loads(line) for line in out.splitlines()] == files
    assert json.loads(run(["check", "--format", "json"])[1]) == files  # --format is an alias
    code, out, _ = run(["fix", "--output-format", "json"])
    assert code == 0 and json.loads(out)[1]["written"] is True


def test_github_annotations(corpus: Path) -> None:
    code, out, _ = run(["check", "--output-format", "github", "-q"])
    assert code == 1
    assert out == "::warning file=dirty.txt,line=5::CN401 ad-marker: ad marker\n"
    (corpus / "a,b:c.txt").write_text(DIRTY, encoding="utf-8")
    out = run(["check", "--output-format", "github", "a,b:c.txt"])[1]
    assert out.startswith("::warning file=a%2Cb%3Ac.txt,line=5::CN4")


def test_github_annotation_of_a_block_has_its_end_line(root: Path) -> None:
    seed = root / "fixtures" / "seeds" / "000_7a840655091ff81c.raw.txt"
    out = run(["check", "--output-format", "github", str(seed)])[1]
    assert f"::warning file={seed},line=16,endLine=48::CN101 donation-appeal: reader-revenue appeal block " \
        "(also CN901)\n" in out
    assert all(line.startswith(f"::warning file={seed},line=") for line in out.splitlines())


def test_concise_has_no_summary_and_text_has_one(corpus: Path) -> None:
    text = run(["check"])
    concise = run(["check", "--output-format", "concise"])
    assert text[1] == concise[1] and text[1].startswith("dirty.txt:5: CN4")
    assert "2 file(s) checked" in text[2] and concise[2] == ""


def test_statistics_prints_only_the_counts(corpus: Path) -> None:
    code, out, err = run(["check", "--statistics"])
    assert code == 1 and err == ""
    rows = [line.split() for line in out.splitlines()]
    assert len(rows) == 1 and rows[0][0] == "1" and rows[0][1].startswith("CN4")
    assert "dirty.txt" not in out
    rows = json.loads(run(["check", "--statistics", "--output-format", "json"])[1])
    assert rows[0]["count"] == 1 and rows[0]["code"].startswith("CN4")


def test_quiet_prints_only_results_and_errors(corpus: Path) -> None:
    (corpus / "bad.txt").write_bytes(b"\x00binary")
    code, out, err = run(["check", "-q"])
    assert code == 2 and out.startswith("dirty.txt:5: CN4")
    assert err == "cleannews: bad.txt: looks like a binary file (contains NUL bytes); left untouched\n"


def test_verbose_names_the_settings_file(corpus: Path) -> None:
    err = run(["check", "-v"])[2]
    assert err.startswith("cleannews: clean.txt: defaults (no .cleannews.toml, cleannews.toml or "
                          "pyproject.toml with [tool.cleannews] at or above")
    (corpus / "pyproject.toml").write_text('[tool.cleannews]\nignore = ["CN3"]\n', encoding="utf-8")
    err = run(["check", "-v"])[2]
    assert f"cleannews: clean.txt: settings from {corpus / 'pyproject.toml'}\n" in err
    assert f"cleannews: dirty.txt: settings from {corpus / 'pyproject.toml'}\n" in err
    assert "cleannews: dirty.txt: defaults (--isolated)\n" in run(["check", "-v", "--isolated"])[2]
    assert run(["check", "-q", "-v"])[0] == 2  # one or the other


def test_script_output_formats(corpus: Path) -> None:
    proc = sh(["check", "--output-format", "github"], cwd=corpus)
    assert proc.returncode == 1 and proc.stdout.startswith("::warning file=dirty.txt,line=5::CN4")
    proc = sh(["check", "--format", "json"], cwd=corpus)
    assert [f["path"] for f in json.loads(proc.stdout)] == ["clean.txt", "dirty.txt"]
    proc = sh(["check", "--statistics", "-v"], cwd=corpus)
    assert len(proc.stdout.splitlines()) == 1 and "dirty.txt: defaults (no " in proc.stderr


# -- item 9: cleannews rule -----------------------------------------------------------------


def test_rule_code_all_and_the_rules_alias() -> None:
    code, one, _ = run(["rule", "CN201"])
    assert code == 0 and one.startswith("CN201 duplicated-caption\n") and "Removes, for example:" in one
    assert run(["rules", "CN201"])[1] == one
    code, every, _ = run(["rule", "--all"])
    assert code == 0 and one.rstrip("\n") in every and every.count("Removes, for example:") > 30
    listing = run(["rules"])[1]
    assert listing == run(["rule"])[1] and listing.splitlines()[0].startswith("CN101  donation-appeal")
    code, _, err = run(["rule", "CN201", "--all"])
    assert code == 2 and "not both" in err
    assert run(["rule", "ZZ9"])[0] == 2


def test_rule_json() -> None:
    doc = json.loads(run(["rule", "CN201", "--output-format", "json"])[1])
    assert doc["code"] == "CN201" and doc["name"] == "duplicated-caption"
    assert any(e["removes"] for e in doc["examples"]) and any(not e["removes"] for e in doc["examples"])
    every = json.loads(run(["rule", "--all", "--output-format", "json"])[1])
    assert doc in every and len(every) > 30 and all("explanation" in r for r in every)
    family = json.loads(run(["rules", "cn2", "--format", "json"])[1])  # a prefix: a list
    assert [r["code"] for r in family] == sorted(r["code"] for r in every if r["code"].startswith("CN2"))


def test_script_rule() -> None:
    proc = sh(["rule", "--all", "--output-format", "json"])
    assert proc.returncode == 0 and "CN201" in {r["code"] for r in json.loads(proc.stdout)}
    proc = sh(["rules", "cn201"])
    assert proc.returncode == 0 and proc.stdout.startswith("CN201 duplicated-caption")


# -- item 5: --stdin-filename ---------------------------------------------------------------


@pytest.fixture
def configured(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    (tmp_path / "pyproject.toml").write_text(
        '[tool.cleannews]\nexclude = ["drafts/*"]\n'
        '[tool.cleannews.per-file-ignores]\n"wire/*.txt" = ["CN4"]\n', encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    return tmp_path


def test_stdin_filename_gets_the_per_file_settings(configured: Path) -> None:
    assert run([], DIRTY.encode())[1] == CLEANED
    assert run(["--stdin-filename", "wire/a.txt"], DIRTY.encode())[1] == DIRTY  # per-file-ignores
    assert run(["--stdin-filename", "news/a.txt"], DIRTY.encode())[1] == CLEANED
    assert run(["--stdin-filename", "drafts/a.txt"], DIRTY.encode())[1] == CLEANED  # named: taken
    code, out, err = run(["--stdin-filename", "drafts/a.txt", "--force-exclude", "-v"], DIRTY.encode())
    assert (code, out) == (0, DIRTY)  # excluded: passed through unchanged, as black and ruff do
    assert "drafts/a.txt is excluded" in err
    code, _, err = run(["--stdin-filename", "news/a.txt", "--explain"], DIRTY.encode())
    assert err.startswith("news/a.txt:5: CN4")  # messages name the path
    record = json.loads(run(["--stdin-filename", "news/a.txt", "--output-format", "json"], DIRTY.encode())[1])
    assert record["path"] == "news/a.txt"
    code, _, err = run(["--stdin-filename", "news/a.txt"], b"\xff bad")
    assert code == 2 and "news/a.txt: not valid UTF-8" in err


def test_stdin_filename_with_jsonl(configured: Path) -> None:
    data = (json.dumps({"text": DIRTY}) + "\n").encode()
    assert json.loads(run(["--jsonl", "--stdin-filename", "wire/a.jsonl.txt", "-j", "1"], data)[1])["text"] == DIRTY
    assert json.loads(run(["--jsonl", "--stdin-filename", "a.jsonl", "-j", "1"], data)[1])["text"] == CLEANED
    assert run(["--jsonl", "--stdin-filename", "drafts/a.jsonl", "--force-exclude", "-j", "1"],
               data)[1] == data.decode()
    code, _, err = run(["--jsonl", "--stdin-filename", "b.jsonl", "-j", "1"], b"{bad\n")
    assert code == 2 and "b.jsonl:1: not valid JSON" in err


def test_stdin_filename_with_a_file_is_refused(configured: Path) -> None:
    (configured / "a.txt").write_text(DIRTY, encoding="utf-8")
    code, out, err = run(["clean", "a.txt", "--stdin-filename", "wire/a.txt"])
    assert (code, out) == (2, "") and "--stdin-filename names stdin" in err


def test_script_stdin_filename(configured: Path) -> None:
    proc = sh(["--stdin-filename", "wire/a.txt"], cwd=configured, data=DIRTY.encode())
    assert proc.returncode == 0 and proc.stdout == DIRTY
    proc = sh(["clean", "-", "--stdin-filename", "news/a.txt", "--explain"], cwd=configured, data=DIRTY.encode())
    assert proc.stdout == CLEANED and proc.stderr.startswith("news/a.txt:5: CN4")
