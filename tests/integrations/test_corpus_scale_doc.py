"""docs/corpus-scale.md's examples run as written (with the engines installed), in order, as
one script in an empty folder, as a reader would paste them into a file and run it."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

import pytest

for engine in ("datatrove", "warcio", "ray", "datasets", "pandas"):
    pytest.importorskip(engine)

DOC = Path(__file__).resolve().parents[2] / "docs" / "corpus-scale.md"


def python_blocks() -> list[str]:
    return re.findall(r"^```python\n(.*?)^```", DOC.read_text(encoding="utf-8"), flags=re.S | re.M)


def test_the_doc_has_a_datatrove_and_a_ray_example() -> None:
    code = "\n".join(python_blocks())
    for name in ("WarcReader", "Trafilatura(", "CleanNewsFormatter(", "JsonlWriter", "map_batches", "Dataset"):
        assert name in code


def test_the_examples_run_as_written(tmp_path: Path) -> None:
    script = tmp_path / "corpus_scale.py"
    script.write_text("\n\n".join(python_blocks()), encoding="utf-8")
    proc = subprocess.run([sys.executable, script.name], cwd=tmp_path, capture_output=True, text=True,
                          timeout=600, check=False)
    assert proc.returncode == 0, proc.stdout[-3000:] + proc.stderr[-5000:]
    out = proc.stdout
    assert "https://news.example.com/2024/05/harbour ['CN401', 'CN202', 'CN102', 'CN403']" in out
    assert "X901" in out
    assert "Harbour expansion approved" in out  # the title CleanNewsExtractor put in the metadata
    assert len(list((tmp_path / "corpus-demo" / "clean").glob("*.jsonl.gz"))) == 1
