"""Files: reading them byte-exactly, writing them safely.

A file is decoded as UTF-8 (a byte-order mark is remembered and written back), cleaned as
text with its own line endings, and encoded again, so that an unchanged file is
byte-identical and a changed one differs only by the deletions.

Writing (:func:`write_file`) follows what black and pre-commit's hooks do, and keeps what
the user set up around the file:

- a symbolic link is written through: the link stays, its target gets the new text;
- the permission bits, the owner and the group are kept;
- a read-only file (no write bit, or not writable by this user) is refused, untouched;
- a file is normally replaced atomically, through a temporary file in the same folder
  (``os.replace``), so a process killed mid-run leaves it untouched or fully written;
- a file with several hard links, or one whose owner cannot be given to a new file, is
  rewritten in place through its own inode instead (every link sees the change, the
  owner and any extended attributes stay), which is not atomic;
- the temporary file is removed whatever goes wrong; its name
  (``.NAME.PID.XXXXXXXX.cleannews-tmp``) carries the writer's process id, so that a file
  left behind by a killed run is recognised and removed by the next ``fix``
  (:func:`remove_stale_temps`).
"""

from __future__ import annotations

import errno
import os
import re
import stat
import tempfile
from dataclasses import dataclass
from pathlib import Path

__all__ = [
    "Decoded", "FileError", "atomic_write", "current_umask", "decode", "encode", "process_alive",
    "remove_stale_temps",
    "write_file",
]

BOM = b"\xef\xbb\xbf"
TEMP_SUFFIX = ".cleannews-tmp"
_TEMP_NAME = re.compile(r"^\..*\.(\d+)\.[a-z0-9_]{8}" + re.escape(TEMP_SUFFIX) + r"$")


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


def write_file(path: Path, data: bytes) -> None:
    """Write ``data`` to ``path`` as described in the module docs; :class:`FileError` if not."""
    target = path
    try:
        if path.is_symlink():
            target = Path(os.path.realpath(path))
        info = target.stat()
    except OSError as exc:
        raise FileError(f"{path}: cannot write: {exc.strerror or exc}; left untouched") from exc
    if not stat.S_ISREG(info.st_mode):
        raise FileError(f"{path}: not a regular file; left untouched")
    mode = stat.S_IMODE(info.st_mode)
    if not mode & 0o222 or not os.access(target, os.W_OK):
        raise FileError(f"{path}: read-only file (mode {mode:04o}); left untouched")
    if info.st_nlink > 1:
        _write_in_place(path, target, data)
    elif not atomic_write(target, data, info, name=path):
        _write_in_place(path, target, data)


def _write_in_place(path: Path, target: Path, data: bytes) -> None:
    try:
        with open(target, "r+b") as handle:
            handle.write(data)
            handle.truncate()
            handle.flush()
            os.fsync(handle.fileno())
    except OSError as exc:
        raise FileError(f"{path}: cannot write: {exc.strerror or exc}") from exc


def atomic_write(path: Path, data: bytes, info: os.stat_result | None = None, *, name: Path | None = None) -> bool:
    """Replace ``path`` with ``data`` atomically, keeping its mode, owner and group.

    Returns ``False``, leaving the file untouched, when the owner cannot be kept (the
    caller then writes in place).  Raises :class:`FileError` (the file untouched) when
    the temporary file cannot be made or written; the temporary file never stays behind.
    """
    name = name or path
    if info is None:
        try:
            info = path.stat()
        except OSError:
            info = None
    try:
        fd, tmp = tempfile.mkstemp(prefix=f".{path.name[:120]}.{os.getpid()}.", suffix=TEMP_SUFFIX,
                                   dir=path.parent)
    except OSError as exc:
        raise FileError(
            f"{name}: cannot write: cannot create a temporary file in {path.parent or '.'}: "
            f"{exc.strerror or exc}; left untouched"
        ) from exc
    try:
        with os.fdopen(fd, "wb") as handle:
            if info is not None:
                if (info.st_uid, info.st_gid) != (os.geteuid(), os.getegid()):
                    try:
                        os.fchown(handle.fileno(), info.st_uid, info.st_gid)
                    except OSError as exc:
                        if exc.errno in (errno.EPERM, errno.EACCES):
                            return False  # finally removes the temporary file
                        raise
                os.fchmod(handle.fileno(), stat.S_IMODE(info.st_mode))
            else:  # a new file gets the mode any new file gets, not mkstemp's 0600
                os.fchmod(handle.fileno(), 0o666 & ~current_umask())
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(tmp, path)
        tmp = ""
        return True
    except OSError as exc:
        raise FileError(f"{name}: cannot write: {exc.strerror or exc}; left untouched") from exc
    finally:
        if tmp:
            try:
                os.unlink(tmp)
            except OSError:
                pass


def current_umask() -> int:
    """The process's file-mode creation mask (read by setting it and back)."""
    mask = os.umask(0o022)
    os.umask(mask)
    return mask


def process_alive(pid: int) -> bool:
    """Whether process ``pid`` exists (perhaps owned by another user)."""
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except OSError:
        return True  # exists, owned by someone else
    return True


def remove_stale_temps(folder: Path) -> list[Path]:
    """Remove the temporary files that killed runs left in ``folder``; the removed paths.

    A temporary file is stale when the process named in it is gone (a running ``fix`` of
    another process keeps its own).
    """
    removed: list[Path] = []
    try:
        entries = list(os.scandir(folder))
    except OSError:
        return removed
    for entry in entries:
        match = _TEMP_NAME.match(entry.name)
        if match is None or int(match.group(1)) == os.getpid() or process_alive(int(match.group(1))):
            continue
        try:
            if entry.is_file(follow_symlinks=False):
                os.unlink(entry.path)
                removed.append(Path(entry.path))
        except OSError:
            pass
    return removed
