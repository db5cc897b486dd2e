"""Proof that cleannews[datatrove] installs beside a current datatrove[processing] (issue 13).

Asks pip, without installing anything (``pip install --dry-run --ignore-installed
--report``), what ``pip install 'datatrove[processing]' '.[datatrove]'`` would install from
the package index, prints the versions of datatrove, trafilatura and cleannews, and exits 1
unless datatrove is 0.5 or later (with trafilatura a core dependency of cleannews it was
0.2.0: datatrove[processing] pins trafilatura below 1.12).
"""

from __future__ import annotations

import json
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
MINIMUM = (0, 5)


def resolve(*requirements: str) -> dict[str, str]:
    with tempfile.TemporaryDirectory() as tmp:
        report = Path(tmp) / "report.json"
        subprocess.run(
            [sys.executable, "-m", "pip", "install", "--dry-run", "--ignore-installed", "--quiet",
             "--report", str(report), *requirements],
            cwd=ROOT, check=True,
        )
        data = json.loads(report.read_text(encoding="utf-8"))
    return {item["metadata"]["name"].lower(): item["metadata"]["version"] for item in data["install"]}


def version_tuple(version: str) -> tuple[int, ...]:
    return tuple(int(part) for part in version.split(".")[:2] if part.isdigit())


def main() -> int:
    versions = resolve("datatrove[processing]", ".[datatrove]")
    shown = ", ".join(f"{name} {versions.get(name, '-')}" for name in ("datatrove", "trafilatura", "cleannews"))
    print(f"pip install 'datatrove[processing]' '.[datatrove]' resolves to: {shown}")
    datatrove = versions.get("datatrove")
    if datatrove is None or version_tuple(datatrove) < MINIMUM:
        print(f"FAIL: datatrove {datatrove} is older than {'.'.join(map(str, MINIMUM))}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
