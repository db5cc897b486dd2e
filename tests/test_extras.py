"""Optional dependencies (issue 13 item 4): text cleaning needs no trafilatura and no engine;
HTML needs the html extra, and says so; importing cleannews imports no engine."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

if sys.version_info >= (3, 11):
    import tomllib
else:  # pragma: no cover
    import tomli as tomllib

ENGINES = ("trafilatura", "datatrove", "ray", "datasets", "pandas", "pyarrow")


def run(code: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=False)


def test_importing_cleannews_and_cleaning_text_imports_no_engine_and_no_trafilatura() -> None:
    proc = run(
        "import sys, cleannews, cleannews.integrations, cleannews.integrations.ray, cleannews.integrations.schema\n"
        "cleannews.clean('Prices rose.\\n\\nAdvertisement\\n')\n"
        "cleannews.clean_and_explain('Prices rose.\\n\\nAdvertisement\\n').to_dict()\n"
        f"print(sorted(m for m in {ENGINES!r} if m in sys.modules))\n"
    )
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout.strip() == "[]"


def test_clean_html_without_trafilatura_says_which_extra_to_install() -> None:
    proc = run(
        "import sys\n"
        "sys.modules['trafilatura'] = None  # what a missing package looks like to import\n"
        "import cleannews\n"
        "assert cleannews.clean('Prices rose.\\n\\nAdvertisement\\n') == 'Prices rose.\\n'\n"
        "try:\n"
        "    cleannews.clean_html('<html><body><p>Prices rose.</p></body></html>')\n"
        "except ImportError as exc:\n"
        "    print(exc)\n"
    )
    assert proc.returncode == 0, proc.stderr
    assert "pip install 'cleannews[html]'" in proc.stdout


def test_the_engines_are_extras_never_core_dependencies(root: Path) -> None:
    project = tomllib.loads((root / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    core = " ".join(project["dependencies"]).lower()
    assert not any(name in core for name in ENGINES)
    extras = project["optional-dependencies"]
    assert any(d.startswith("trafilatura>=") for d in extras["html"])
    assert any(d.startswith("datatrove>=") for d in extras["datatrove"])
    assert any(d.startswith("ray[data]>=") for d in extras["ray"])
    assert "cleannews[html]" in extras["test"]  # the README's test command tests HTML too
    # the engines' own test venv installs beside datatrove[processing] (trafilatura < 1.12)
    assert not any("cleannews[" in d and "html" in d or d.startswith("trafilatura") for d in extras["test-engines"])
