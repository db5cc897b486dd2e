"""Settings: ``[tool.cleannews]`` in a ``pyproject.toml``, or a ``cleannews.toml``.

Each file gets the settings of the nearest settings file at or above its folder, as in
ruff: in one folder ``.cleannews.toml`` comes before ``cleannews.toml``, which comes
before a ``pyproject.toml`` that has a ``[tool.cleannews]`` table (the other two hold
the keys at their top level).  A file with no settings file above it gets the one found
from the current folder, or the defaults.  ``--config FILE`` gives one file for every
input, and ``--isolated`` none; command-line options override the settings either way.

Keys::

    [tool.cleannews]
    select = ["CN"]                  # rule-code prefixes to run (default: all)
    extend-select = ["X1"]           # added to select
    ignore = ["CN3"]                 # prefixes to skip ("ALL": every rule not selected by a
                                     # longer prefix, e.g. ignore = ["ALL"], select = ["CN2"])
    per-file-ignores = { "wire/*.txt" = ["CN305"] }
    extend-per-file-ignores = { "*.md" = ["CN4"] }   # added to per-file-ignores
    include = ["*.txt", "*.md"]      # globs taken when walking folders
    exclude = ["drafts/"]            # globs left out (replaces the default list)
    extend-exclude = ["old/*.txt"]   # added to exclude
    respect-gitignore = true         # leave out what .gitignore files leave out
    force-exclude = false            # apply exclude to files named on the command line too
    cache-dir = ".cleannews_cache"   # where check keeps its results (relative to this file)
    normalize = true                 # repair mojibake and HTML entities
    patterns = ["house-rules.toml"]  # extra pattern files (relative to the settings file)
    site = "huffpost"                # site pack name (or URL) for every file

Globs are gitignore-style (:mod:`cleannews.globs`) and anchored at the settings file's
folder (the current folder for globs given on the command line).  A settings file that
is not valid TOML, including a ``pyproject.toml`` met while looking for the nearest one,
stops the run with exit 2 and the parser's message (file, line and column).  An empty
``select`` is an error.  Rule codes are case-insensitive (``ignore = ["cn3"]`` is
``CN3``), as on the command line.
"""

from __future__ import annotations

import json
import os
import sys
from dataclasses import dataclass, field, replace
from functools import lru_cache
from pathlib import Path
from typing import Any

from .globs import GlobError, Globs, absolute, anchor

if sys.version_info >= (3, 11):
    import tomllib
else:  # pragma: no cover
    import tomli as tomllib

__all__ = [
    "CONFIG_NAMES", "DEFAULT_EXCLUDE", "DEFAULT_INCLUDE", "ConfigError", "Overrides", "Settings",
    "SettingsFinder", "read_settings",
]

VALID_KEYS = (
    "select", "extend-select", "ignore", "per-file-ignores", "extend-per-file-ignores", "include",
    "exclude", "extend-exclude", "respect-gitignore", "force-exclude", "cache-dir", "normalize",
    "patterns", "site",
)

#: Settings file names, in the order they are looked for in each folder.
CONFIG_NAMES = (".cleannews.toml", "cleannews.toml", "pyproject.toml")

DEFAULT_INCLUDE = ("*.txt", "*.md")
#: Folders never walked unless ``exclude`` is set (``extend-exclude`` keeps them out).
DEFAULT_EXCLUDE = ("node_modules/", "site-packages/", "__pypackages__/", "venv/")
DEFAULT_CACHE_DIR = ".cleannews_cache"


class ConfigError(ValueError):
    """The configuration is invalid; the message names the file and what is valid."""


@dataclass(frozen=True)
class Settings:
    """Resolved settings for the files of one folder tree.

    Globs are stored anchored at the file-system root (:func:`cleannews.globs.anchor`),
    so that globs from the settings file and from the command line, each written for
    its own folder, match side by side.
    """

    select: tuple[str, ...] | None = None
    extend_select: tuple[str, ...] = ()
    ignore: tuple[str, ...] = ()
    per_file_ignores: tuple[tuple[str, tuple[str, ...]], ...] = ()
    include: tuple[str, ...] = DEFAULT_INCLUDE
    exclude: tuple[str, ...] = DEFAULT_EXCLUDE
    extend_exclude: tuple[str, ...] = ()
    respect_gitignore: bool = True
    force_exclude: bool = False
    cache_dir: str | None = None
    normalize: bool = True
    patterns: tuple[str, ...] = ()
    site: str | None = None
    source: str | None = field(default=None, compare=False)
    root: str | None = None  # the folder of the settings file (None: the defaults)

    def effective_select(self) -> tuple[str, ...] | None:
        if self.select is None and not self.extend_select:
            return None
        return tuple(self.select if self.select is not None else ("ALL",)) + self.extend_select

    def ignores_for(self, path: str | os.PathLike[str]) -> tuple[str, ...]:
        """``ignore`` plus the per-file ignores whose glob matches ``path``."""
        extra: list[str] = []
        for globs, codes in _per_file(self.per_file_ignores):
            if globs.match(path):
                extra.extend(codes)
        return self.ignore + tuple(extra)

    def includes(self, path: str | os.PathLike[str]) -> bool:
        """Whether a file met while walking a folder is taken."""
        return _globs(self.include).match(path)

    def excludes(self, path: str | os.PathLike[str], is_dir: bool = False, own: bool = False) -> bool:
        """Whether ``exclude`` or ``extend-exclude`` leaves ``path`` out (``own``: see
        :meth:`cleannews.globs.Globs.match`)."""
        return _globs(self.exclude + self.extend_exclude).match(path, is_dir, own)

    def override(self, **changes: Any) -> Settings:
        """A copy with the given fields replaced (``None`` values are ignored)."""
        return replace(self, **{k: v for k, v in changes.items() if v is not None})


@lru_cache(maxsize=256)
def _globs(globs: tuple[str, ...]) -> Globs:
    return Globs(globs)


@lru_cache(maxsize=256)
def _per_file(table: tuple[tuple[str, tuple[str, ...]], ...]) -> tuple[tuple[Globs, tuple[str, ...]], ...]:
    return tuple((Globs((glob,)), codes) for glob, codes in table)


_EXAMPLES = {"include": '"*.txt"', "exclude": '"drafts/"', "extend-exclude": '"drafts/"',
             "patterns": '"house-rules.toml"'}


def _strings(value: Any, key: str, where: str) -> tuple[str, ...]:
    if isinstance(value, str) or not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        example = _EXAMPLES.get(key, '"CN2"')
        raise ConfigError(f"{where}: {key} must be a list of strings, e.g. {key} = [{example}]")
    return tuple(value)


def _codes(value: Any, key: str, where: str) -> tuple[str, ...]:
    """Rule-code prefixes, case-insensitive as on the command line (codes are upper-case)."""
    return tuple(code.upper() for code in _strings(value, key, where))


def _anchor(glob: str, base: Path, key: str, where: str) -> str:
    try:
        return anchor(glob, base)
    except GlobError as exc:
        raise ConfigError(f"{where}: {key}: {exc}") from exc


def _globs_at(value: Any, key: str, where: str, base: Path) -> tuple[str, ...]:
    return tuple(_anchor(glob, base, key, where) for glob in _strings(value, key, where))


def _table_of_codes(value: Any, key: str, where: str, base: Path) -> tuple[tuple[str, tuple[str, ...]], ...]:
    if not isinstance(value, dict):
        raise ConfigError(f"{where}: {key} must be a table of glob = [codes], e.g. {key} = {{ \"wire/*.txt\" = [\"CN3\"] }}")
    return tuple(
        (_anchor(glob, base, key, where), _codes(codes, f"{key}.{json.dumps(glob)}", where))
        for glob, codes in sorted(value.items())
    )


def _flag(table: dict[str, Any], key: str, where: str) -> bool:
    if not isinstance(table[key], bool):
        raise ConfigError(f"{where}: {key} must be true or false")
    return bool(table[key])


def parse_settings(table: dict[str, Any], where: str, base: Path) -> Settings:
    """Validate a settings table; paths and globs are taken relative to ``base``."""
    unknown = sorted(set(table) - set(VALID_KEYS))
    if unknown:
        raise ConfigError(f"{where}: unknown key(s) {', '.join(unknown)}; valid keys: {', '.join(VALID_KEYS)}")
    changes: dict[str, Any] = {}
    if "select" in table:
        changes["select"] = _codes(table["select"], "select", where)
        if not changes["select"]:
            raise ConfigError(f"{where}: select is empty, so no rule would run; "
                              f"leave it out to run every rule, or give prefixes, e.g. select = [\"CN2\"]")
    if "extend-select" in table:
        changes["extend_select"] = _codes(table["extend-select"], "extend-select", where)
    if "ignore" in table:
        changes["ignore"] = _codes(table["ignore"], "ignore", where)
    for key in ("include", "exclude", "extend-exclude"):
        if key in table:
            changes[key.replace("-", "_")] = _globs_at(table[key], key, where, base)
    for key in ("respect-gitignore", "force-exclude", "normalize"):
        if key in table:
            changes[key.replace("-", "_")] = _flag(table, key, where)
    if "cache-dir" in table:
        if not isinstance(table["cache-dir"], str):
            raise ConfigError(f"{where}: cache-dir must be a string (a folder)")
        changes["cache_dir"] = absolute(base / os.path.expanduser(table["cache-dir"]))
    if "patterns" in table:
        changes["patterns"] = tuple(str(base / p) for p in _strings(table["patterns"], "patterns", where))
    if "site" in table:
        if not isinstance(table["site"], str):
            raise ConfigError(f"{where}: site must be a string (a site pack name or URL)")
        changes["site"] = table["site"]
    per_file: tuple[tuple[str, tuple[str, ...]], ...] = ()
    for key in ("per-file-ignores", "extend-per-file-ignores"):
        if key in table:
            per_file += _table_of_codes(table[key], key, where, base)
    if per_file:
        changes["per_file_ignores"] = per_file
    return replace(Settings(source=where, root=absolute(base)), **changes)


def _read_toml(path: Path) -> dict[str, Any]:
    try:
        return tomllib.loads(path.read_text(encoding="utf-8"))
    except OSError as exc:
        raise ConfigError(f"{path}: cannot read config: {exc.strerror or exc}") from exc
    except UnicodeDecodeError as exc:
        raise ConfigError(f"{path}: not valid TOML: not UTF-8 text (byte {exc.start}: {exc.reason})") from exc
    except tomllib.TOMLDecodeError as exc:
        raise ConfigError(f"{path}: not valid TOML: {exc}") from exc


def _config_in(folder: Path) -> Path | None:
    """The settings file of ``folder`` itself, if it has one."""
    for name in CONFIG_NAMES:
        candidate = folder / name
        if not candidate.is_file():
            continue
        if name != "pyproject.toml":
            return candidate
        tool = _read_toml(candidate).get("tool", {})
        if isinstance(tool, dict) and "cleannews" in tool:
            return candidate
    return None


def read_settings(path: Path) -> Settings:
    """The settings in the file ``path`` (a ``pyproject.toml``'s ``[tool.cleannews]``)."""
    path = Path(absolute(path))
    data = _read_toml(path)
    if path.name == "pyproject.toml":
        table = data.get("tool", {}).get("cleannews", {})
    else:
        table = data
    if not isinstance(table, dict):
        raise ConfigError(f"{path}: [tool.cleannews] must be a table")
    return parse_settings(table, str(path), path.parent)


@dataclass(frozen=True)
class Overrides:
    """What the command line says, laid over the settings of every file.

    ``None`` leaves a setting as the settings file has it.  Globs and pattern paths are
    already anchored at the current folder; ``extend_*`` values are added to the file's.
    """

    select: tuple[str, ...] | None = None
    extend_select: tuple[str, ...] | None = None
    ignore: tuple[str, ...] | None = None
    include: tuple[str, ...] | None = None
    exclude: tuple[str, ...] | None = None
    extend_exclude: tuple[str, ...] = ()
    extend_per_file_ignores: tuple[tuple[str, tuple[str, ...]], ...] = ()
    respect_gitignore: bool | None = None
    force_exclude: bool | None = None
    cache_dir: str | None = None
    normalize: bool | None = None
    patterns: tuple[str, ...] | None = None
    site: str | None = None

    def apply(self, settings: Settings) -> Settings:
        return settings.override(
            select=self.select, extend_select=self.extend_select, ignore=self.ignore,
            include=self.include, exclude=self.exclude,
            extend_exclude=settings.extend_exclude + self.extend_exclude,
            per_file_ignores=settings.per_file_ignores + self.extend_per_file_ignores,
            respect_gitignore=self.respect_gitignore, force_exclude=self.force_exclude,
            cache_dir=self.cache_dir, normalize=self.normalize, patterns=self.patterns, site=self.site,
        )


class SettingsFinder:
    """The settings of each file: its nearest settings file, with the overrides laid on.

    ``config`` names one settings file for every input and ``isolated`` reads none.
    Folders and files are looked up once each.
    """

    def __init__(self, overrides: Overrides | None = None, config: str | None = None,
                 isolated: bool = False, cwd: Path | None = None) -> None:
        self.overrides = overrides or Overrides()
        self.cwd = Path(absolute(cwd or Path.cwd()))
        self.isolated = isolated
        self.config = Path(absolute(self.cwd / config)) if config else None
        self._cwd = str(self.cwd)
        self._by_folder: dict[str, Path | None] = {}
        self._by_file: dict[Path | None, Settings] = {}
        if self.config is not None:
            self.settings_of(self.config)  # a bad --config stops the run before any work

    def config_for(self, folder: str | os.PathLike[str]) -> Path | None:
        """The settings file that applies in ``folder`` (``None``: the defaults): the nearest
        at or above it.  A ``pyproject.toml`` on the way that cannot be read or parsed is
        an error (as in ruff and black): skipping it could run with settings the user did
        not mean."""
        if self.isolated:
            return None
        if self.config is not None:
            return self.config
        start = os.path.normpath(os.path.join(self._cwd, os.fspath(folder)))
        if start in self._by_folder:
            return self._by_folder[start]
        chain: list[str] = []
        found: Path | None = None
        current = start
        while True:
            if current in self._by_folder:
                found = self._by_folder[current]
                break
            chain.append(current)
            found = _config_in(Path(current))
            if found is not None:
                break
            parent = os.path.dirname(current)
            if parent == current:
                break
            current = parent
        if found is None and start != self._cwd:
            found = self.config_for(self._cwd)  # ruff's fallback: the current folder's settings
        for folder_path in chain:
            self._by_folder[folder_path] = found
        return found

    def settings_of(self, config: Path | None) -> Settings:
        if config not in self._by_file:
            base = read_settings(config) if config is not None else Settings()
            self._by_file[config] = self.overrides.apply(base)
        return self._by_file[config]

    def for_folder(self, folder: str | os.PathLike[str]) -> Settings:
        """The settings of the files in ``folder``."""
        return self.settings_of(self.config_for(folder))

    def for_file(self, path: str | os.PathLike[str]) -> Settings:
        """The settings of the file ``path``."""
        return self.for_folder(os.path.dirname(os.path.normpath(os.path.join(self._cwd, os.fspath(path)))))
