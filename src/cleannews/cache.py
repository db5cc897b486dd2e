"""The result cache of ``check`` and ``fix``, as ruff keeps one.

A second run over an unchanged corpus skips the files whose content, settings and
cleannews code are all unchanged, and reports what the first run found for them.

- Each file's entry holds a digest of its bytes together with everything that decides
  its result (the pipeline options, pattern files' contents, how it is read), and that
  result (removal records, repairs).  A worker reads the file and compares digests: the
  file is cleaned again unless they are equal.
- The cache folder holds one JSON file per cleannews code: its name is a digest of the
  version and of the package's files (their names, sizes and modification times), so a
  new release, or an edited rule in a development checkout, starts from empty.  Older
  entries are removed when a run saves.
- Errors, files that ``fix`` wrote and ``--diff`` output are never cached.  ``fix`` takes
  a cached result only when it says there was nothing to fix.
- The folder is ``cache-dir`` of the settings (``--cache-dir``, or ``CLEANNEWS_CACHE_DIR``),
  else ``.cleannews_cache`` beside the current folder's settings file, else in the
  current folder.  It holds a ``.gitignore`` of ``*`` and a ``CACHEDIR.TAG``, so git and
  backup tools leave it alone.  ``--no-cache`` neither reads nor writes it.  A cache that
  cannot be read is ignored, and one that cannot be written is a notice, never an error.
"""

from __future__ import annotations

import hashlib
import json
import os
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any

from . import __version__
from .document import Removal
from .files import atomic_write

__all__ = ["Entry", "ResultCache", "code_fingerprint", "digest", "files_fingerprint"]

CACHEDIR_TAG = (
    "Signature: 8a477f597d28d172789f06886806bc55\n"
    "# This file is a cache directory tag created by cleannews.\n"
    "# For information about cache directory tags see https://bford.info/cachedir/\n"
)


@lru_cache(maxsize=1)
def code_fingerprint() -> str:
    """A digest of the version and of the package's files (names, sizes, times)."""
    package = Path(__file__).parent
    h = hashlib.blake2b(__version__.encode(), digest_size=12)
    for path in sorted(package.rglob("*")):
        if path.suffix in (".py", ".toml") and "__pycache__" not in path.parts:
            info = path.stat()
            h.update(f"{path.relative_to(package).as_posix()}\0{info.st_size}\0{info.st_mtime_ns}\n".encode())
    return h.hexdigest()


def digest(data: bytes, key: str) -> str:
    """The digest of a file's bytes under the settings summed up in ``key``."""
    h = hashlib.blake2b(key.encode("utf-8", "surrogatepass"), digest_size=16)
    h.update(b"\0")
    h.update(data)
    return h.hexdigest()


@lru_cache(maxsize=256)
def _file_digest(path: str, size: int, mtime: int) -> str:
    try:
        return hashlib.blake2b(Path(path).read_bytes(), digest_size=16).hexdigest()
    except OSError:
        return "unreadable"


def files_fingerprint(paths: Iterable[str]) -> str:
    """The contents of the pattern files an option names (they may change between runs)."""
    parts = []
    for path in paths:
        try:
            info = os.stat(path)
            parts.append(f"{path}={_file_digest(path, info.st_size, info.st_mtime_ns)}")
        except OSError:
            parts.append(f"{path}=missing")
    return ";".join(parts)


@dataclass(frozen=True)
class Entry:
    """A cached result: the digest it is valid for, and what cleaning found."""

    digest: str
    removals: tuple[Removal, ...]
    repairs: tuple[str, ...]
    changed: bool

    @property
    def clean(self) -> bool:
        return not (self.removals or self.repairs or self.changed)

    def to_json(self) -> dict[str, Any]:
        return {"digest": self.digest, "removals": [r.to_dict() for r in self.removals],
                "repairs": list(self.repairs), "changed": self.changed}

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> Entry:
        return cls(str(data["digest"]), tuple(Removal.from_dict(r) for r in data["removals"]),
                   tuple(str(r) for r in data["repairs"]), bool(data["changed"]))


class ResultCache:
    """The results of one cache folder for this cleannews code, by absolute file path."""

    def __init__(self, folder: str | os.PathLike[str]) -> None:
        self.folder = Path(folder)
        self.file = self.folder / f"results-{code_fingerprint()}.json"
        self.entries: dict[str, Entry] = {}
        self.dirty = False
        try:
            data = json.loads(self.file.read_bytes())
            self.entries = {path: Entry.from_json(entry) for path, entry in data["files"].items()}
        except (OSError, ValueError, KeyError, TypeError, AttributeError):
            self.entries = {}  # none yet, or unreadable: start empty

    def get(self, path: str) -> Entry | None:
        return self.entries.get(os.path.abspath(path))

    def put(self, path: str, entry: Entry) -> None:
        key = os.path.abspath(path)
        if self.entries.get(key) != entry:
            self.entries[key] = entry
            self.dirty = True

    def save(self) -> None:
        """Write the results (atomically), dropping the entries of files that are gone and
        the files of other cleannews code.

        Raises :class:`OSError` or :class:`cleannews.files.FileError` when the folder
        cannot be written; the caller reports it as a notice.
        """
        if not self.dirty:
            return
        self.entries = {path: entry for path, entry in self.entries.items() if os.path.isfile(path)}
        self.folder.mkdir(parents=True, exist_ok=True)
        for name, text in ((".gitignore", "*\n"), ("CACHEDIR.TAG", CACHEDIR_TAG)):
            marker = self.folder / name
            if not marker.exists():
                marker.write_text(text, encoding="utf-8")
        data = {"version": __version__, "files": {p: e.to_json() for p, e in sorted(self.entries.items())}}
        atomic_write(self.file, json.dumps(data, ensure_ascii=False).encode("utf-8"))
        for old in self.folder.glob("results-*.json"):
            if old != self.file:
                try:
                    old.unlink()
                except OSError:
                    pass
        self.dirty = False

