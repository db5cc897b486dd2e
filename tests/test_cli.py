"""The command line, in-process through main([...]) and as the installed script."""

from __future__ import annotations

import io
import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from cleannews.cli import main

SEEDS = sorted((Path(__file__).resolve().parent.parent / "fixtures" / "seeds").glob("*.raw.txt"))
AD_TEXT = "Body text of the story goes on for a while here.\n\nAdvertisement\n"


def stdin_of(data: bytes) -> io.TextIOWrapper:
    return io.TextIOWrapper(io.BytesIO(data), encoding="utf-8")


def run_main(argv: list[str], data: bytes = b"") -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    code = main(argv, stdin=stdin_of(data), stdout=out, stderr=err)
    return code, out.getvalue(), err.getvalue()


def expected_of(raw: Path) -> Path:
    return raw.with_name(raw.name.replace(".raw.txt", ".expected.txt"))


@pytest.mark.parametrize("raw", SEEDS, ids=[p.name for p in SEEDS])
def test_stdin_to_stdout_cleans_the_seeds(raw: Path) -> None:
    code, out, _ = run_main([], raw.read_bytes())
    assert code == 0
    assert out == expected_of(raw).read_text(encoding="utf-8")


def test_clean_dash_reads_stdin_and_explain_goes_to_stderr() -> None:
    code, out, err = run_main(["clean", "-", "--explain"], AD_TEXT.encode())
    assert code == 0
    assert out == "Body text of the story goes on for a while here.\n"
    assert err.startswith("3: CN4")
    assert "Advertisement" not in out


def test_clean_files_to_stdout_with_explain_naming_the_file(tmp_path: Path) -> None:
    path = tmp_path / "a.txt"
    path.write_text(AD_TEXT, encoding="utf-8")
    code, out, err = run_main(["clean", str(path), "--explain"])
    assert code == 0
    assert out == "Body text of the story goes on for a while here.\n"
    assert err.startswith(f"{path}:3: ")
    assert path.read_text(encoding="utf-8") == AD_TEXT  # clean never writes files


def test_json_format_has_text_and_removals() -> None:
    code, out, _ = run_main(["--format", "json"], AD_TEXT.encode())
    assert code == 0
    record = json.loads(out)
    assert record["text"] == "Body text of the story goes on for a while here.\n"
    assert record["removals"][0]["first"] == 3
    assert record["removals"][0]["code"].startswith("CN4")


def test_select_and_ignore() -> None:
    assert run_main(["--select", "CN9"], AD_TEXT.encode())[1] == AD_TEXT
    assert run_main(["--ignore", "CN4"], AD_TEXT.encode())[1] == AD_TEXT


def test_unknown_code_is_an_error_listing_valid_codes() -> None:
    code, out, err = run_main(["--select", "ZZ9"], AD_TEXT.encode())
    assert code == 2
    assert "valid codes" in err and "CN901" in err


def test_undecodable_input_names_the_input(tmp_path: Path) -> None:
    bad = tmp_path / "latin1.txt"
    bad.write_bytes("Caf\xe9 society\n".encode("latin-1"))
    good = tmp_path / "good.txt"
    good.write_text(AD_TEXT, encoding="utf-8")
    code, out, err = run_main(["clean", str(bad), str(good)])
    assert code == 2
    assert str(bad) in err and "UTF-8" in err
    assert out == "Body text of the story goes on for a while here.\n"  # the good file still ran
    code, _, err = run_main([], b"\xff\xfe bad")
    assert code == 2 and "<stdin>" in err


def test_missing_file_is_named(tmp_path: Path) -> None:
    code, _, err = run_main(["clean", str(tmp_path / "nope.txt")])
    assert code == 2 and "nope.txt" in err


def test_rules_command_lists_and_documents() -> None:
    code, out, _ = run_main(["rules"])
    assert code == 0 and "CN901" in out and "CN911" in out
    code, out, _ = run_main(["rules", "CN911"])
    assert code == 0 and out.startswith("CN911 inn-desk-notice")
    code, _, err = run_main(["rules", "ZZ"])
    assert code == 2 and "valid codes" in err


def test_bad_option_exits_2() -> None:
    assert run_main(["--no-such-option"])[0] == 2


def _script() -> list[str]:
    exe = shutil.which("cleannews", path=os.path.dirname(sys.executable))
    return [exe] if exe else [sys.executable, "-m", "cleannews"]


@pytest.mark.parametrize("raw", SEEDS, ids=[p.name for p in SEEDS])
def test_installed_script_cleans_seeds_from_stdin(raw: Path) -> None:
    proc = subprocess.run(_script(), input=raw.read_bytes(), capture_output=True, check=False)
    assert proc.returncode == 0, proc.stderr.decode()
    assert proc.stdout == expected_of(raw).read_bytes()


def test_python_dash_m_and_binary_stdin_error() -> None:
    proc = subprocess.run(
        [sys.executable, "-m", "cleannews", "--explain"], input=AD_TEXT.encode(), capture_output=True, check=False
    )
    assert proc.returncode == 0
    assert proc.stdout == b"Body text of the story goes on for a while here.\n"
    assert b"CN4" in proc.stderr
    proc = subprocess.run(_script(), input=b"\x00\x01\x02binary", capture_output=True, check=False)
    assert proc.returncode == 2
    assert b"<stdin>" in proc.stderr


def test_crlf_survives_through_the_script() -> None:
    data = AD_TEXT.replace("\n", "\r\n").encode()
    proc = subprocess.run(_script(), input=data, capture_output=True, check=False)
    assert proc.stdout == b"Body text of the story goes on for a while here.\r\n"
