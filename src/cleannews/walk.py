"""Finding the files that ``check``, ``fix`` and ``clean`` work on.

Folders are walked in sorted order: the files come out sorted by path, as ruff sorts
its output.  What is taken in a folder is decided by the settings of that folder (its
nearest settings file, :class:`cleannews.config.SettingsFinder`):

- files matching an ``include`` glob are taken; hidden files and folders (``.git``
  among them) never are;
- what ``exclude`` / ``extend-exclude`` match is left out, and a folder left out is not
  entered;
- with ``respect-gitignore`` (the default), what the ``.gitignore`` files of the folder
  and of the folders above it (up to the top of the git repository, or outside one up to
  the folder of the settings file) leave out, and what ``.git/info/exclude`` does;
- only regular files are read (a named pipe or a socket would block the run);
- a symbolic link to a file outside the folder named on the command line is skipped
  with a notice, and links to folders are not followed.

A file named on the command line is always taken, and a folder named there is walked
(what is below it is still left out as above), as in ruff and black, unless
``force-exclude`` is on; then the same exclusions apply to them, looking at the path
and at its folders up to the folder of the settings file (or the current folder), not
above it: a project kept in a folder named ``tmp`` is not left out by ``exclude =
["tmp/"]``.  With ``verbose`` each left-out path is reported as a notice.  A file reached twice
(named twice, or through a symbolic link) is taken once.
"""

from __future__ import annotations

import os
import stat
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path

from .config import Settings
from .globs import GitignoreStack, absolute

__all__ = ["Problem", "discover", "left_out"]


@dataclass(frozen=True)
class Problem:
    """Something :func:`discover` met: an ``error`` (exit 2), a notice, or (``verbose``)
    a path left out, reported only when asked for."""

    message: str
    error: bool = True
    verbose: bool = False


def _inside(path: str, root: str) -> bool:
    return path == root or path.startswith(root.rstrip(os.sep) + os.sep)


def _gitignore_above(settings: Settings, folder: str) -> GitignoreStack:
    return GitignoreStack.above(folder, settings.root) if settings.respect_gitignore else GitignoreStack()


def _why_left_out(settings: Settings, gitignore: GitignoreStack, path: str, is_dir: bool,
                  own: bool = True) -> str | None:
    """What leaves ``path`` out (``None``: nothing); ``own`` as in :meth:`Globs.match`."""
    if settings.excludes(path, is_dir, own):
        return "exclude"
    if settings.respect_gitignore and gitignore.ignored(path, is_dir, own):
        return ".gitignore"
    return None


def left_out(settings: Settings, path: str | os.PathLike[str], is_dir: bool = False) -> bool:
    """Whether ``settings`` leave out ``path`` named on the command line (``force-exclude``).

    The path itself and its folders are looked at, up to the folder of the settings
    file (the current folder for the defaults), never above it.
    """
    full = absolute(path)
    top = settings.root or os.getcwd()
    steps = [(full, is_dir)]
    folder = os.path.dirname(full)
    while _inside(folder, top) and folder != top:
        steps.append((folder, True))
        folder = os.path.dirname(folder)
    for step, step_is_dir in steps:
        parent = os.path.dirname(step)
        gitignore = _gitignore_above(settings, parent).entering(parent) if settings.respect_gitignore \
            else GitignoreStack()
        if _why_left_out(settings, gitignore, step, step_is_dir) is not None:
            return True
    return False


def discover(
    paths: Sequence[str],
    settings_for: Callable[[Path], Settings],
    report: Callable[[Problem], None] | None = None,
    skip: Sequence[str] = (),
) -> Iterator[Path]:
    """The files named by ``paths``, folders walked as the module docs say.

    ``settings_for(folder)`` gives the settings of a folder; ``skip`` names folders never
    to walk into (an output folder inside an input folder).  Problems (a folder that
    cannot be listed: an error; a skipped link: a notice; a path left out: verbose) go
    to ``report``.
    """
    seen: set[str] = set()
    skipped = {os.path.realpath(p) for p in skip}
    say = report or (lambda problem: None)

    def first_time(path: Path) -> bool:
        key = os.path.realpath(path)
        if key in seen:
            return False
        seen.add(key)
        return True

    for name in paths:
        root = Path(name)
        if root.is_dir():
            settings = settings_for(Path(absolute(root)))
            if settings.force_exclude and left_out(settings, root, is_dir=True):
                say(Problem(f"{root}: left out by the settings (--force-exclude)", error=False, verbose=True))
                continue
            yield from _walk(root, settings_for, say, skipped, first_time)
            continue
        settings = settings_for(Path(absolute(root)).parent)
        if settings.force_exclude and left_out(settings, root):
            say(Problem(f"{root}: left out by the settings (--force-exclude)", error=False, verbose=True))
            continue
        if first_time(root):
            yield root


def _walk(
    root: Path,
    settings_for: Callable[[Path], Settings],
    say: Callable[[Problem], None],
    skipped: set[str],
    first_time: Callable[[Path], bool],
) -> Iterator[Path]:
    """The files below ``root`` in path order (a depth-first walk over sorted entries)."""
    real_root = os.path.realpath(root)
    top_settings = settings_for(Path(absolute(root)))
    stack: list[Iterator[tuple[Path, os.DirEntry[str], Settings, GitignoreStack]]] = []

    def entries(folder: Path, above: GitignoreStack) -> Iterator[tuple[Path, os.DirEntry[str], Settings,
                                                                         GitignoreStack]]:
        settings = settings_for(Path(absolute(folder)))
        gitignore = above.entering(folder) if settings.respect_gitignore else above
        try:
            listing = sorted(os.scandir(folder), key=lambda e: e.name)
        except OSError as exc:
            say(Problem(f"{exc.filename or folder}: cannot read folder: {exc.strerror or exc}"))
            return
        for entry in listing:
            if not entry.name.startswith("."):
                yield Path(folder, entry.name), entry, settings, gitignore

    stack.append(entries(root, _gitignore_above(top_settings, absolute(root))))
    while stack:
        step = next(stack[-1], None)
        if step is None:
            stack.pop()
            continue
        path, entry, settings, gitignore = step
        full = absolute(path)
        try:
            is_dir = entry.is_dir(follow_symlinks=False)
        except OSError:
            is_dir = False
        if is_dir:
            if os.path.realpath(path) in skipped:
                continue
            why = _why_left_out(settings, gitignore, full, True)
            if why is not None:
                say(Problem(f"{path}/: left out by {why}", error=False, verbose=True))
                continue
            stack.append(entries(path, gitignore))
            continue
        if entry.is_symlink() and os.path.isdir(path):
            continue  # links to folders are not followed
        if not settings.includes(full):
            continue
        why = _why_left_out(settings, gitignore, full, False)
        if why is not None:
            say(Problem(f"{path}: left out by {why}", error=False, verbose=True))
            continue
        try:
            regular = stat.S_ISREG(os.stat(path).st_mode)
        except OSError:
            regular = True  # a broken link: reading it reports the error
        if not regular:
            say(Problem(f"{path}: not a regular file (a pipe, socket or device); skipped", error=False))
            continue
        if entry.is_symlink():
            target = os.path.realpath(path)
            if not _inside(target, real_root):
                say(Problem(f"{path}: symbolic link to {target}, outside {root}; skipped", error=False))
                continue
        if first_time(path):
            yield path
