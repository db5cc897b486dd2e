"""Rules: attribution."""

from __future__ import annotations
