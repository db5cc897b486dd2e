"""Gitignore-style globs, anchored at the folder they were written for.

``include``, ``exclude`` and ``per-file-ignores`` globs, and ``.gitignore`` files, follow
git's rules (through :mod:`pathspec`, the library black uses):

- ``*`` and ``?`` never cross ``/``; ``**`` does (``drafts/**/*.txt``);
- a glob with no ``/`` but a trailing one matches a name at any depth (``*.log``,
  ``venv/``); a glob with a ``/`` at its start or in its middle is anchored at the
  folder it was written for (``drafts/*.txt`` is ``DIR/drafts/*.txt``, where DIR is
  the folder of the settings file, or the current folder for the command line);
- a trailing ``/`` matches folders only, and a folder that matches leaves out
  everything below it (so ``drafts/*`` leaves out ``drafts/deep/a.txt`` too, as git
  does); ``!glob`` takes back what an earlier glob of the same list left out.

So that globs written for different folders can live in one list, :func:`anchor`
rewrites a glob into one anchored at the file-system root, which is what
:class:`Globs` matches absolute paths against.
"""

from __future__ import annotations

import os
import posixpath
from collections.abc import Iterable
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # imported where a glob is first matched: a run on stdin needs none
    import pathspec

__all__ = ["GitignoreStack", "GlobError", "Globs", "absolute", "anchor", "check_glob"]

#: The group pathspec's gitignore patterns mark the end of a matched folder with.
_DIR_MARK = "ps_d"
_SPECIAL = str.maketrans({c: "\\" + c for c in "*?[]\\!#"})


def absolute(path: str | os.PathLike[str]) -> str:
    """``path`` made absolute and normalised, without resolving symbolic links."""
    return os.path.abspath(os.fspath(path))


def _posix(path: str) -> str:
    return path.replace(os.sep, "/") if os.sep != "/" else path


class GlobError(ValueError):
    """A glob that cannot be read (an unclosed ``[``, say); the message says which."""


def check_glob(glob: str) -> None:
    """Raise :class:`GlobError` unless ``glob`` is a valid gitignore-style glob."""
    text = glob[1:] if glob.startswith("!") else glob
    if not text.strip("/") or text.strip() != text:
        raise GlobError(f"{glob!r} is not a glob: empty, or spaces around it")
    import pathspec

    pattern = pathspec.GitIgnoreSpec.from_lines([glob]).patterns
    if not pattern or getattr(pattern[0], "regex", None) is None:
        raise GlobError(f"{glob!r} is not a valid glob (an unclosed '[' or a stray '\\'?)")


def anchor(glob: str, base: str | os.PathLike[str]) -> str:
    """``glob`` as written in folder ``base``, rewritten to be anchored at ``/``.

    ``./`` and ``..`` in a glob are taken as in a path (``./wire/*.txt`` is
    ``wire/*.txt``); :class:`GlobError` for an invalid glob.
    """
    check_glob(glob)
    negate = glob.startswith("!")
    body = glob[1:] if negate else glob
    while body.startswith("./"):
        body = body[2:].lstrip("/")
    stripped = body.rstrip("/")
    if "/" in stripped and not stripped.startswith("**/") or stripped == ".." or stripped.startswith("../"):
        root = _posix(absolute(base)).rstrip("/").translate(_SPECIAL)
        joined = posixpath.normpath(f"{root}/{body.lstrip('/')}")
        body = joined + ("/" if body.endswith("/") else "")
    return ("!" if negate else "") + body


@lru_cache(maxsize=256)
def _spec(globs: tuple[str, ...]) -> pathspec.GitIgnoreSpec:
    import pathspec

    return pathspec.GitIgnoreSpec.from_lines(globs)


class Globs:
    """A list of root-anchored globs (see :func:`anchor`) matched against paths."""

    __slots__ = ("globs", "_spec")

    def __init__(self, globs: Iterable[str]) -> None:
        self.globs = tuple(globs)
        self._spec = _spec(self.globs)

    def __bool__(self) -> bool:
        return bool(self.globs)

    def match(self, path: str | os.PathLike[str], is_dir: bool = False, own: bool = False) -> bool:
        """Whether the (absolute or relative) ``path`` matches; ``is_dir`` for folders.

        With ``own``, a match through a folder above ``path`` does not count: a walk
        asks that way, having left out the matching folders before entering them, so
        that a folder named on the command line is walked even if it matches.
        """
        if not self.globs:
            return False
        text = _posix(absolute(path)).lstrip("/")
        return bool(_verdict(self._spec, text + "/" if is_dir else text, own))


def _verdict(spec: pathspec.PathSpec, text: str, own: bool) -> bool | None:
    """git's verdict on ``text`` (the last matching glob wins; ``None``: none matched).

    With ``own``, globs that match only a folder above ``text`` are passed over.
    """
    if not own:
        return spec.check_file(text).include
    verdict: bool | None = None
    for pattern in spec.patterns:
        regex = getattr(pattern, "regex", None)
        if pattern.include is None or regex is None:
            continue
        found = regex.match(text)
        if found is None:
            continue
        if _DIR_MARK in regex.groupindex and found.group(_DIR_MARK) is not None \
                and found.end(_DIR_MARK) < len(text):
            continue  # matched a folder above text, not text itself
        verdict = bool(pattern.include)
    return verdict


class GitignoreStack:
    """The ``.gitignore`` files that apply in a folder, outermost first.

    A deeper file's verdict wins over an outer one's, and within a file the last
    matching glob wins, as in git.  ``.git/info/exclude`` of the repository counts as
    a ``.gitignore`` at its top.
    """

    __slots__ = ("specs",)

    def __init__(self, specs: tuple[tuple[str, pathspec.GitIgnoreSpec], ...] = ()) -> None:
        self.specs = specs

    @classmethod
    def above(cls, folder: str | os.PathLike[str], project: str | os.PathLike[str] | None = None) -> GitignoreStack:
        """The ``.gitignore`` files above ``folder`` (not its own), up to its repository's top.

        Outside a git repository, those up to ``project`` (the folder of the settings
        file that applies) when ``folder`` is inside it; else none above.
        """
        start = Path(absolute(folder))
        top = next((p for p in [start, *start.parents] if (p / ".git").exists()), None)
        if top is None and project is not None:
            candidate = Path(absolute(project))
            top = candidate if candidate == start or candidate in start.parents else None
        if top is None:
            return cls()
        chain = [p for p in [start, *start.parents] if p == top or top in p.parents][::-1]
        stack = cls()
        exclude = top / ".git" / "info" / "exclude"
        if exclude.is_file():
            stack = stack._with(str(top), exclude)
        for folder_path in chain[:-1]:
            stack = stack.entering(folder_path)
        return stack

    def _with(self, base: str, file: Path) -> GitignoreStack:
        try:
            lines = file.read_text(encoding="utf-8", errors="replace").splitlines()
        except OSError:
            return self
        import pathspec

        spec = pathspec.GitIgnoreSpec.from_lines(lines)
        if not spec.patterns:
            return self
        return GitignoreStack((*self.specs, (_posix(absolute(base)), spec)))

    def entering(self, folder: str | os.PathLike[str]) -> GitignoreStack:
        """The stack inside ``folder``: this one plus ``folder/.gitignore`` if there is one."""
        file = Path(folder) / ".gitignore"
        return self._with(str(folder), file) if file.is_file() else self

    def ignored(self, path: str | os.PathLike[str], is_dir: bool = False, own: bool = False) -> bool:
        """Whether git would ignore ``path``; ``own`` as in :meth:`Globs.match`."""
        text = _posix(absolute(path))
        for base, spec in reversed(self.specs):
            if not text.startswith(base.rstrip("/") + "/"):
                continue
            rel = text[len(base.rstrip("/")) + 1:]
            verdict = _verdict(spec, rel + "/" if is_dir else rel, own)
            if verdict is not None:
                return verdict
        return False
