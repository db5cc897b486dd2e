"""Settings from ``[tool.cleannews]`` in the nearest ``pyproject.toml`` (or ``--config FILE``).

Keys (command-line flags override them)::

    [tool.cleannews]
    select = ["CN"]                  # rule-code prefixes to run (default: all)
    extend-select = ["X1"]           # added to select
    ignore = ["CN3"]                 # prefixes to skip ("ALL": every rule not selected by a
                                     # longer prefix, e.g. ignore = ["ALL"], select = ["CN2"])
    per-file-ignores = { "wire/*.txt" = ["CN305"] }
    include = ["*.txt", "*.md"]      # globs taken when walking folders
    exclude = ["drafts/*"]           # globs left out
    normalize = true                 # repair mojibake and HTML entities
    patterns = ["house-rules.toml"]  # extra pattern files (relative to the config file)
    site = "huffpost"                # site pack name (or URL) for every file

A ``--config`` file named ``pyproject.toml`` is read from its ``[tool.cleannews]`` table;
any other TOML file is read whole.  A config file that is not valid TOML, including a
``pyproject.toml`` met while looking for the nearest one, stops the run with exit 2 and
the parser's message (file, line and column).  An empty ``select`` is an error.  Rule
codes are case-insensitive (``ignore = ["cn3"]`` is ``CN3``), as on the command line.
"""

from __future__ import annotations

import fnmatch
import sys
from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

from .files import DEFAULT_INCLUDE

if sys.version_info >= (3, 11):
    import tomllib
else:  # pragma: no cover
    import tomli as tomllib

__all__ = ["ConfigError", "Settings", "find_config", "load_settings"]

VALID_KEYS = (
    "select", "extend-select", "ignore", "per-file-ignores", "include", "exclude",
    "normalize", "patterns", "site",
)


class ConfigError(ValueError):
    """The configuration is invalid; the message names the file and what is valid."""


@dataclass(frozen=True)
class Settings:
    """Resolved settings for a run."""

    select: tuple[str, ...] | None = None
    extend_select: tuple[str, ...] = ()
    ignore: tuple[str, ...] = ()
    per_file_ignores: tuple[tuple[str, tuple[str, ...]], ...] = ()
    include: tuple[str, ...] = DEFAULT_INCLUDE
    exclude: tuple[str, ...] = ()
    normalize: bool = True
    patterns: tuple[str, ...] = ()
    site: str | None = None
    source: str | None = field(default=None, compare=False)

    def effective_select(self) -> tuple[str, ...] | None:
        if self.select is None and not self.extend_select:
            return None
        return tuple(self.select if self.select is not None else ("ALL",)) + self.extend_select

    def ignores_for(self, path: str) -> tuple[str, ...]:
        """``ignore`` plus the per-file ignores whose glob matches ``path``."""
        extra: list[str] = []
        posix = Path(path).as_posix()
        for pattern, codes in self.per_file_ignores:
            if fnmatch.fnmatchcase(posix, pattern) or fnmatch.fnmatchcase(Path(path).name, pattern) \
                    or fnmatch.fnmatchcase(posix, "*/" + pattern):
                extra.extend(codes)
        return self.ignore + tuple(extra)

    def override(self, **changes: Any) -> Settings:
        """A copy with the given fields replaced (``None`` values are ignored)."""
        return replace(self, **{k: v for k, v in changes.items() if v is not None})


def _strings(value: Any, key: str, where: str) -> tuple[str, ...]:
    if isinstance(value, str) or not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        raise ConfigError(f"{where}: {key} must be a list of strings, e.g. {key} = [\"CN2\"]")
    return tuple(value)


def _codes(value: Any, key: str, where: str) -> tuple[str, ...]:
    """Rule-code prefixes, case-insensitive as on the command line (codes are upper-case)."""
    return tuple(code.upper() for code in _strings(value, key, where))


def parse_settings(table: dict[str, Any], where: str, base: Path) -> Settings:
    """Validate a ``[tool.cleannews]`` table; relative pattern paths resolve against ``base``."""
    unknown = sorted(set(table) - set(VALID_KEYS))
    if unknown:
        raise ConfigError(f"{where}: unknown key(s) {', '.join(unknown)}; valid keys: {', '.join(VALID_KEYS)}")
    settings = Settings(source=where)
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
    if "include" in table:
        changes["include"] = _strings(table["include"], "include", where)
    if "exclude" in table:
        changes["exclude"] = _strings(table["exclude"], "exclude", where)
    if "patterns" in table:
        changes["patterns"] = tuple(str(base / p) for p in _strings(table["patterns"], "patterns", where))
    if "normalize" in table:
        if not isinstance(table["normalize"], bool):
            raise ConfigError(f"{where}: normalize must be true or false")
        changes["normalize"] = table["normalize"]
    if "site" in table:
        if not isinstance(table["site"], str):
            raise ConfigError(f"{where}: site must be a string (a site pack name or URL)")
        changes["site"] = table["site"]
    if "per-file-ignores" in table:
        value = table["per-file-ignores"]
        if not isinstance(value, dict):
            raise ConfigError(f"{where}: per-file-ignores must be a table of glob = [codes]")
        changes["per_file_ignores"] = tuple(
            (glob, _codes(codes, f"per-file-ignores.{glob}", where)) for glob, codes in sorted(value.items())
        )
    return replace(settings, **changes)


def _read_toml(path: Path) -> dict[str, Any]:
    try:
        return tomllib.loads(path.read_text(encoding="utf-8"))
    except OSError as exc:
        raise ConfigError(f"{path}: cannot read config: {exc.strerror or exc}") from exc
    except UnicodeDecodeError as exc:
        raise ConfigError(f"{path}: not valid TOML: not UTF-8 text (byte {exc.start}: {exc.reason})") from exc
    except tomllib.TOMLDecodeError as exc:
        raise ConfigError(f"{path}: not valid TOML: {exc}") from exc


def find_config(start: Path) -> Path | None:
    """The nearest ``pyproject.toml`` at or above ``start`` that has a ``[tool.cleannews]`` table.

    A ``pyproject.toml`` on the way that cannot be read or parsed is an error (as in ruff
    and black): skipping it could run with settings the user did not mean.
    """
    for folder in [start, *start.parents]:
        candidate = folder / "pyproject.toml"
        if candidate.is_file():
            data = _read_toml(candidate)
            tool = data.get("tool", {})
            if isinstance(tool, dict) and "cleannews" in tool:
                return candidate
    return None


def load_settings(config: str | None = None, start: Path | None = None) -> Settings:
    """Settings from ``config`` if given, else from the nearest pyproject.toml, else defaults."""
    path = Path(config) if config else find_config((start or Path.cwd()).resolve())
    if path is None:
        return Settings()
    data = _read_toml(path)
    if path.name == "pyproject.toml":
        table = data.get("tool", {}).get("cleannews", {})
    else:
        table = data
    if not isinstance(table, dict):
        raise ConfigError(f"{path}: [tool.cleannews] must be a table")
    return parse_settings(table, str(path), path.parent)


def split_codes(values: Sequence[str] | None) -> tuple[str, ...] | None:
    return tuple(values) if values is not None else None
