"""Rules: captions."""

from __future__ import annotations
