"""Rules: appeals."""

from __future__ import annotations
