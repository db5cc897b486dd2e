"""Rules: repeats."""

from __future__ import annotations
