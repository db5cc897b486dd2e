"""Caches of pure functions of a line's text, bounded in entries and in bytes.

Rules ask the same questions of the same line on every pass of a document, and news
corpora repeat their boilerplate lines from document to document, so many checks keep
their answers keyed by the line's text.  :func:`text_cache` is ``functools.lru_cache``
that never keeps a text longer than :data:`MAX_CACHED_CHARS`: such a line is answered
afresh each time, so that a cache of thousands of entries holds a few megabytes at most,
whatever the input.  The answers never depend on the cache.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import lru_cache, wraps
from typing import Any, TypeVar, cast

__all__ = ["MAX_CACHED_CHARS", "text_cache"]

#: The longest text a cache keeps.
MAX_CACHED_CHARS = 2000

F = TypeVar("F", bound=Callable[..., Any])


def text_cache(maxsize: int = 4096, max_chars: int = MAX_CACHED_CHARS) -> Callable[[F], F]:
    """Decorate ``func(text, ...)``: answers for texts of at most ``max_chars`` characters
    are kept (``maxsize`` of them, least recently used out first); longer texts are
    answered by ``func`` itself.  ``cache_clear`` and ``cache_info`` are those of the cache."""

    def decorate(func: F) -> F:
        cached = lru_cache(maxsize=maxsize)(func)

        @wraps(func)
        def call(text: str, *args: Any, **kwargs: Any) -> Any:
            if len(text) > max_chars:
                return func(text, *args, **kwargs)
            return cached(text, *args, **kwargs)

        call.cache_clear = cached.cache_clear  # type: ignore[attr-defined]
        call.cache_info = cached.cache_info  # type: ignore[attr-defined]
        return cast(F, call)

    return decorate
