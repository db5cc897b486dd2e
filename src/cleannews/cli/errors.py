"""The error for options that do not go together."""

from __future__ import annotations


class UsageError(Exception):
    """Options that do not go together; reported as ``cleannews: error: ...`` with exit 2."""
