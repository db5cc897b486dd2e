"""Each input's settings: the settings files with the command line laid over them."""

from __future__ import annotations

import argparse
from collections.abc import Sequence
from pathlib import Path
from typing import TextIO

from ..batch import HTML_SUFFIXES, PipelineOptions, pipeline_for
from ..config import Overrides, Settings, SettingsFinder
from ..globs import GlobError, absolute, anchor
from ..registry import RuleError
from .errors import UsageError


def _anchored(globs: Sequence[str] | None) -> tuple[str, ...] | None:
    """Command-line globs, anchored at the current folder."""
    return None if globs is None else tuple(anchor(glob, Path.cwd()) for glob in globs)


def settings_finder(args: argparse.Namespace) -> SettingsFinder:
    """Each input's settings: its nearest settings file with the command line laid over."""
    per_file = getattr(args, "extend_per_file_ignores", None) or []
    include = getattr(args, "include", None)
    if include is None and getattr(args, "output_dir", None) is not None:
        if args.jsonl:
            include = ["*.jsonl"]  # clean --jsonl SRC -o OUT walks JSON Lines files
        elif args.html:
            include = ["*" + suffix for suffix in HTML_SUFFIXES]  # and clean --html SRC -o OUT pages
    overrides = Overrides(
        select=tuple(args.select) if args.select is not None else None,
        extend_select=tuple(args.extend_select) if args.extend_select is not None else None,
        ignore=tuple(args.ignore) if args.ignore is not None else None,
        include=_anchored_option("--include", include),
        exclude=_anchored_option("--exclude", getattr(args, "exclude", None)),
        extend_exclude=_anchored_option("--extend-exclude", getattr(args, "extend_exclude", None)) or (),
        extend_per_file_ignores=tuple(
            ((_anchored_option("--extend-per-file-ignores", [glob]) or ("",))[0], codes) for glob, codes in per_file),
        respect_gitignore=getattr(args, "respect_gitignore", None),
        force_exclude=getattr(args, "force_exclude", None),
        cache_dir=absolute(args.cache_dir) if getattr(args, "cache_dir", None) else None,
        normalize=args.normalize,
        patterns=tuple(absolute(p) for p in args.patterns) if args.patterns is not None else None,
        site=args.site,
    )
    return SettingsFinder(overrides, config=args.config, isolated=args.isolated)


def _anchored_option(flag: str, globs: Sequence[str] | None) -> tuple[str, ...] | None:
    try:
        return _anchored(globs)
    except GlobError as exc:
        raise UsageError(f"{flag}: {exc}") from exc


class Verbose:
    """With ``-v``: says on stderr which settings file applies to each input, once per input."""

    def __init__(self, args: argparse.Namespace, finder: SettingsFinder, stderr: TextIO) -> None:
        self.on = bool(getattr(args, "verbose", False))
        self.finder = finder
        self.stderr = stderr
        self.how = " (--config)" if args.config else ""

    def say(self, name: str, path: str | None) -> None:
        if not self.on:
            return
        folder = Path(absolute(path)).parent if path else Path.cwd()
        config = self.finder.config_for(folder)
        if config is not None:
            print(f"cleannews: {name}: settings from {config}{self.how}", file=self.stderr)
        elif self.finder.isolated:
            print(f"cleannews: {name}: defaults (--isolated)", file=self.stderr)
        else:
            print(f"cleannews: {name}: defaults (no .cleannews.toml, cleannews.toml or pyproject.toml "
                  f"with [tool.cleannews] at or above {folder})", file=self.stderr)


def pipeline_options(settings: Settings, path: str = "") -> PipelineOptions:
    options = PipelineOptions(
        select=settings.effective_select(),
        ignore=settings.ignores_for(path) if path else settings.ignore,
        normalize=settings.normalize,
        patterns=settings.patterns,
        site=settings.site,
    )
    try:
        pipeline_for(options)  # validate codes and pattern files up front
    except RuleError as exc:
        where = f"{settings.source}: " if settings.source else ""
        raise RuleError(f"{where}{exc}") from exc
    return options


def stdin_name(args: argparse.Namespace) -> str:
    return args.stdin_filename or "<stdin>"


def settings_path(args: argparse.Namespace, path: str) -> str:
    """The path whose per-file settings apply to an input ("" for anonymous stdin)."""
    if path == "-":
        return args.stdin_filename or ""
    return path
