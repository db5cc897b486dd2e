"""The output formats of ``check`` and ``fix``: text, concise, JSON, JSON Lines, GitHub annotations, diffs."""

from __future__ import annotations

import argparse
import json
from typing import TextIO

from ..batch import FileReport
from ..report import explain_lines


def _escape_data(text: str) -> str:
    """A GitHub workflow command's message, escaped as the runner expects."""
    return text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def _escape_property(text: str) -> str:
    return _escape_data(text).replace(":", "%3A").replace(",", "%2C")


def _github_lines(report: FileReport) -> list[str]:
    where = f"file={_escape_property(report.path)}"
    out = []
    for r in report.removals:
        line = f"{where},line={r.first}" + (f",endLine={r.last}" if r.last != r.first else "")
        message = f"{r.code} {r.name}: {r.reason}" + (f" (also {', '.join(r.also)})" if r.also else "")
        out.append(f"::warning {line}::{_escape_data(message)}")
    if report.repairs:
        out.append(f"::warning {where}::{_escape_data('repairs text encoding (' + ', '.join(report.repairs) + ')')}")
    return out


def print_report(report: FileReport, args: argparse.Namespace, fix: bool, diff: bool,
                 stdout: TextIO, documents: list[dict[str, object]]) -> None:
    form = args.output_format
    if form == "json":
        documents.append(report.to_dict())
        return
    if form == "json-lines":
        stdout.write(json.dumps(report.to_dict(), ensure_ascii=False) + "\n")
        return
    if diff:
        stdout.write(report.diff)
        return
    if form == "github":
        for line in _github_lines(report):
            stdout.write(line + "\n")
        return
    if fix:
        if report.written:
            stdout.write(f"Fixing {report.path}\n")
        return
    for line in explain_lines(report.removals, report.path):
        stdout.write(line + "\n")
    if report.repairs:
        stdout.write(f"{report.path}: repairs text encoding ({', '.join(report.repairs)})\n")
