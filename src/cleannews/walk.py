"""Finding the files that ``check``, ``fix`` and ``clean`` work on.

Folders are walked in sorted order, each folder's own files before its subfolders.  What
is taken in a folder is decided by the settings of that folder (its nearest settings
file, :class:`cleannews.config.SettingsFinder`):

- files matching an ``include`` glob are taken; hidden files and folders (``.git``
  among them) never are;
- what ``exclude`` / ``extend-exclude`` match is left out, and a folder left out is not
  entered;
- with ``respect-gitignore`` (the default), what the ``.gitignore`` files of the folder
  and of the folders above it (up to the top of the git repository) leave out, and what
  the repository's ``.git/info/exclude`` does;
- a symbolic link to a file outside the folder named on the command line is skipped
  with a notice, and links to folders are not followed.

A file named on the command line is always taken, and a folder named there is walked
(what is below it is still left out as above), as in ruff and black, unless
``force-exclude`` is on; then the same exclusions apply to them.  A file reached twice
(named twice, or through a symbolic link) is taken once.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path

from .config import Settings
from .globs import GitignoreStack, absolute

__all__ = ["Problem", "discover", "left_out"]


@dataclass(frozen=True)
class Problem:
    """Something :func:`discover` met: an ``error`` (exit 2) or a notice."""

    message: str
    error: bool = True


def _inside(path: str, root: str) -> bool:
    return path == root or path.startswith(root.rstrip(os.sep) + os.sep)


def _left_out(settings: Settings, gitignore: GitignoreStack, path: str, is_dir: bool, own: bool = False) -> bool:
    if settings.excludes(path, is_dir, own):
        return True
    return settings.respect_gitignore and gitignore.ignored(path, is_dir, own)


def left_out(settings: Settings, path: str | os.PathLike[str]) -> bool:
    """Whether ``settings`` leave the file ``path`` out (``exclude`` or ``.gitignore``)."""
    full = absolute(path)
    folder = os.path.dirname(full)
    gitignore = GitignoreStack.above(folder).entering(folder) if settings.respect_gitignore else GitignoreStack()
    return _left_out(settings, gitignore, full, False)


def discover(
    paths: Sequence[str],
    settings_for: Callable[[Path], Settings],
    report: Callable[[Problem], None] | None = None,
    skip: Sequence[str] = (),
) -> Iterator[Path]:
    """The files named by ``paths``, folders walked as the module docs say.

    ``settings_for(folder)`` gives the settings of a folder; ``skip`` names folders never
    to walk into (an output folder inside an input folder).  Problems (a folder that
    cannot be listed: an error; a skipped link: a notice) go to ``report``.
    """
    seen: set[str] = set()
    skipped = {os.path.realpath(p) for p in skip}

    def first_time(path: Path) -> bool:
        key = os.path.realpath(path)
        if key in seen:
            return False
        seen.add(key)
        return True

    for name in paths:
        root = Path(name)
        if root.is_dir():
            yield from _walk(root, settings_for, report, skipped, first_time)
            continue
        settings = settings_for(Path(absolute(root)).parent)
        if settings.force_exclude and left_out(settings, root):
            continue
        if first_time(root):
            yield root


def _walk(
    root: Path,
    settings_for: Callable[[Path], Settings],
    report: Callable[[Problem], None] | None,
    skipped: set[str],
    first_time: Callable[[Path], bool],
) -> Iterator[Path]:
    real_root = os.path.realpath(root)
    top = absolute(root)
    settings = settings_for(Path(top))
    if settings.force_exclude and _left_out(settings, GitignoreStack.above(top), top, True):
        return
    stack: list[tuple[Path, GitignoreStack]] = [(root, GitignoreStack.above(top))]
    while stack:
        folder, above = stack.pop()
        settings = settings_for(Path(absolute(folder)))
        gitignore = above.entering(folder) if settings.respect_gitignore else above
        try:
            entries = sorted(os.scandir(folder), key=lambda e: e.name)
        except OSError as exc:
            if report is not None:
                report(Problem(f"{exc.filename or folder}: cannot read folder: {exc.strerror or exc}"))
            continue
        folders: list[Path] = []
        for entry in entries:
            if entry.name.startswith("."):
                continue
            path = Path(folder, entry.name)
            full = absolute(path)
            try:
                is_dir = entry.is_dir(follow_symlinks=False)
            except OSError:
                is_dir = False
            if is_dir:
                if os.path.realpath(path) not in skipped and not _left_out(settings, gitignore, full, True, True):
                    folders.append(path)
                continue
            if entry.is_symlink() and os.path.isdir(path):
                continue  # links to folders are not followed
            if not settings.includes(full) or _left_out(settings, gitignore, full, False, True):
                continue
            if entry.is_symlink():
                target = os.path.realpath(path)
                if not _inside(target, real_root):
                    if report is not None:
                        report(Problem(f"{path}: symbolic link to {target}, outside {root}; skipped",
                                       error=False))
                    continue
            if first_time(path):
                yield path
        stack.extend((sub, gitignore) for sub in reversed(folders))
