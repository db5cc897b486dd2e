"""The ``cleannews`` command.

    cleannews [clean] [FILE...]      clean stdin or files to stdout (--jsonl for JSON Lines)
    cleannews check [PATH...]        report what would be removed (exit 1 if anything)
    cleannews fix [PATH...]          rewrite files in place (exit 0 when all is fixed)
    cleannews rule CODE | --all      print rule documentation (alias: rules)

Exit codes: 0 nothing found, or everything found was fixed; 1 ``check`` found
boilerplate (``fix --diff``: would change files; ``fix --exit-non-zero-on-fix``: changed
files); 2 an error (bad option or config, unreadable, undecodable or binary input), always
naming the input.  One bad input never stops the others.

The package, a module per job:

* ``parser``: the argument parser (``build_parser``; ``docs/cli.md`` is generated from it);
* ``app``: ``main()``, which parses and dispatches, and handles signals, broken pipes and typos;
* ``settings``: each input's settings (the settings files with the command line laid over), ``-v``;
* ``clean``: ``clean`` to stdout; ``tree``: ``clean SRC -o OUT``; ``jsonl``: JSON Lines streams;
* ``check``: ``check`` and ``fix`` with the result cache; ``formats``: their output formats;
* ``ruledocs``: the ``rule`` command; ``runner``: file tasks run with workers and a progress line;
* ``errors``: ``UsageError``, options that do not go together.
"""

from __future__ import annotations

from .app import main
from .parser import build_parser

__all__ = ["build_parser", "main"]
