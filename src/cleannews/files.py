"""Files: finding them, reading them byte-exactly, writing them atomically.

A file is decoded as UTF-8 (a byte-order mark is remembered and written back), cleaned as
text with its own line endings, and encoded again, so that an unchanged file is
byte-identical and a changed one differs only by the deletions.  Writes go to a temporary
file in the same folder which then replaces the original (``os.replace``), so a process
killed mid-run leaves every file either untouched or fully written.  The original file's
permission bits are kept.
"""

from __future__ import annotations

import fnmatch
import os
import stat
import tempfile
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path

__all__ = ["DEFAULT_INCLUDE", "Decoded", "FileError", "atomic_write", "decode", "discover", "encode"]

DEFAULT_INCLUDE = ("*.txt", "*.md")
BOM = b"\xef\xbb\xbf"


class FileError(Exception):
    """A file could not be read, decoded or written; the message names it."""


@dataclass(frozen=True)
class Decoded:
    text: str
    bom: bool


def decode(data: bytes, name: str) -> Decoded:
    """Decode UTF-8 bytes, refusing binary data; ``name`` is used in messages."""
    bom = data.startswith(BOM)
    if bom:
        data = data[len(BOM) :]
    if b"\x00" in data:
        raise FileError(f"{name}: looks like a binary file (contains NUL bytes); left untouched")
    try:
        return Decoded(data.decode("utf-8"), bom)
    except UnicodeDecodeError as exc:
        raise FileError(
            f"{name}: not valid UTF-8 text (byte {exc.start}: {exc.reason}); left untouched"
        ) from exc


def encode(decoded_text: str, bom: bool) -> bytes:
    return (BOM if bom else b"") + decoded_text.encode("utf-8")


def read_bytes(path: Path) -> bytes:
    try:
        return path.read_bytes()
    except OSError as exc:
        raise FileError(f"{path}: cannot read: {exc.strerror or exc}") from exc


def atomic_write(path: Path, data: bytes) -> None:
    """Replace ``path`` with ``data`` atomically, keeping its permission bits."""
    try:
        mode = stat.S_IMODE(path.stat().st_mode)
    except OSError:
        mode = None
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".cleannews-tmp", dir=path.parent)
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        if mode is not None:
            os.chmod(tmp, mode)
        os.replace(tmp, path)
    except BaseException as exc:
        try:
            os.unlink(tmp)
        except OSError:
            pass
        if isinstance(exc, OSError):
            raise FileError(f"{path}: cannot write: {exc.strerror or exc}; left untouched") from exc
        raise


def _matches(path: Path, patterns: Iterable[str]) -> bool:
    text = path.as_posix()
    return any(
        fnmatch.fnmatchcase(path.name, p) or fnmatch.fnmatchcase(text, p) or fnmatch.fnmatchcase(text, "*/" + p)
        for p in patterns
    )


def discover(
    paths: Sequence[str],
    include: Sequence[str] = DEFAULT_INCLUDE,
    exclude: Sequence[str] = (),
) -> Iterator[Path]:
    """The files named by ``paths``, walking folders in sorted order.

    Files named directly are always taken (unless excluded); inside folders only files
    matching an ``include`` glob are, hidden files and folders (``.git`` among them) are
    skipped, and anything matching an ``exclude`` glob is left out.
    """
    seen: set[Path] = set()
    for name in paths:
        root = Path(name)
        if root.is_dir():
            for folder, dirs, files in os.walk(root):
                dirs[:] = sorted(
                    d for d in dirs if not d.startswith(".") and not _matches(Path(folder, d), exclude)
                )
                for file in sorted(files):
                    path = Path(folder, file)
                    if file.startswith(".") or not _matches(path, include) or _matches(path, exclude):
                        continue
                    if path not in seen:
                        seen.add(path)
                        yield path
        elif not _matches(root, exclude) and root not in seen:
            seen.add(root)
            yield root
