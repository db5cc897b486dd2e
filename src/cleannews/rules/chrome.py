"""Rules: chrome."""

from __future__ import annotations
