"""clean_html on real pages (from the article-extraction benchmark), through the API and the CLI."""

from __future__ import annotations

import gzip
import io
import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

import cleannews
from cleannews.cli import main

HTML = Path(__file__).resolve().parent.parent / "fixtures" / "html"
PAGES = json.loads((HTML / "pages.json").read_text(encoding="utf-8"))


def page(name: str) -> bytes:
    return gzip.decompress((HTML / f"{name}.html.gz").read_bytes())


def expected(name: str) -> str:
    return (HTML / f"{name}.expected.txt").read_text(encoding="utf-8")


@pytest.mark.parametrize("name", sorted(PAGES))
def test_clean_html_on_real_pages(name: str) -> None:
    result = cleannews.clean_html_and_explain(page(name), PAGES[name]["url"])
    assert result.text == expected(name)
    assert result.meta.get("title")
    assert result.removals, "each fixture page has boilerplate to remove"
    assert result.replay() == result.text


def test_clean_html_accepts_str_and_keeps_headline_on_request() -> None:
    html = page("ctpost-auto-show").decode("utf-8")
    url = PAGES["ctpost-auto-show"]["url"]
    assert cleannews.clean_html(html, url) == expected("ctpost-auto-show")
    kept = cleannews.clean_html(html, url, keep_headline=True)
    assert kept.startswith("New SUVs and electric vehicles highlight L.A. Auto Show\n")


def test_clean_html_uses_the_site_from_the_url() -> None:
    html = page("thehill-omar")
    with_url = cleannews.clean_html_and_explain(html, PAGES["thehill-omar"]["url"])
    assert with_url.site == "thehill"
    assert "OmarIlhan" not in with_url.text
    assert "Rep. Ilhan Omar (D-Minn.), the U.S. Attorney’s Office" in with_url.text


def test_clean_html_on_empty_or_non_article_input() -> None:
    assert cleannews.clean_html("<html><body></body></html>") == ""
    with pytest.raises(TypeError):
        cleannews.clean_html(123)  # type: ignore[arg-type]


def test_keep_headline_false_on_text() -> None:
    text = "Council delays the vote\n\nThe council on Tuesday delayed its vote on the new budget until March.\n"
    assert cleannews.clean(text) == text
    out = cleannews.clean(text, keep_headline=False)
    assert out == "The council on Tuesday delayed its vote on the new budget until March.\n"
    assert cleannews.clean(out, keep_headline=False) == out


def run(argv: list[str], data: bytes = b"") -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    code = main(argv, stdin=io.TextIOWrapper(io.BytesIO(data), encoding="utf-8"), stdout=out, stderr=err)
    return code, out.getvalue(), err.getvalue()


def test_cli_html_from_stdin_with_url() -> None:
    name = "livescience-simulation"
    code, out, err = run(["clean", "--html", "--url", PAGES[name]["url"], "--explain"], page(name))
    assert code == 0
    assert out == expected(name)
    assert "CN404" in err


def test_cli_drop_headline_on_text() -> None:
    text = b"Council delays the vote\n\nThe council on Tuesday delayed its vote on the new budget until March.\n"
    assert run(["--drop-headline"], text)[1].startswith("The council")
    assert run([], text)[1].startswith("Council delays")


def test_check_reads_html_files_and_fix_refuses_them(tmp_path: Path) -> None:
    path = tmp_path / "page.html"
    path.write_bytes(page("venturebeat-wework"))
    code, out, _ = run(["check", str(path), "-q"])
    assert code == 1 and "CN309" in out
    code, _, err = run(["fix", str(path), "-q"])
    assert code == 2 and "not fixed in place" in err and str(path) in err
    assert path.read_bytes() == page("venturebeat-wework")


def test_installed_script_cleans_an_html_file(tmp_path: Path) -> None:
    name = "venturebeat-wework"
    path = tmp_path / "page.html"
    path.write_bytes(page(name))
    exe = shutil.which("cleannews", path=os.path.dirname(sys.executable))
    command = [exe] if exe else [sys.executable, "-m", "cleannews"]
    proc = subprocess.run(command + ["clean", "--html", "--url", PAGES[name]["url"], str(path)],
                          capture_output=True, check=False)
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout.decode("utf-8") == expected(name)
