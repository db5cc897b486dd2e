"""Per-text caches keep short texts only, so that their memory is bounded whatever the input."""

from __future__ import annotations

from cleannews.caching import MAX_CACHED_CHARS, text_cache


def test_a_short_text_is_answered_once_and_a_long_one_every_time_without_being_kept() -> None:
    calls: list[str] = []

    @text_cache(16)
    def shout(text: str, times: int = 1) -> str:
        calls.append(text)
        return text.upper() * times

    short, long = "a line", "x" * (MAX_CACHED_CHARS + 1)
    assert shout(short) == shout(short) == "A LINE"
    assert shout(short, 2) == "A LINEA LINE"
    assert shout(long) == shout(long) == long.upper()
    assert calls == [short, short, long, long]
    assert shout.cache_info().currsize == 2  # type: ignore[attr-defined]
    shout.cache_clear()  # type: ignore[attr-defined]
    assert shout.cache_info().currsize == 0  # type: ignore[attr-defined]


def test_a_cache_takes_its_own_length_limit_and_keyword_arguments() -> None:
    calls: list[str] = []

    @text_cache(16, max_chars=3)
    def join(text: str, *, times: int = 1) -> str:
        calls.append(text)
        return text * times

    assert join("ab", times=2) == join("ab", times=2) == "abab"
    assert join("abcd", times=2) == join("abcd", times=2) == "abcdabcd"
    assert calls == ["ab", "abcd", "abcd"]


def test_the_engines_and_rules_caches_keep_no_long_line() -> None:
    from cleannews import guards, shapes
    from cleannews.rules.attribution import _dates, _gates, _headers, _timestamp_kind, _trailers, _zones
    from cleannews.rules.captions import _credits, captions_with_credit, credit_lines

    caches = [
        shapes.word_count, guards.is_code, _dates._ts_shaped, _gates._line_flags, _zones._long, _zones._is_body,
        _zones._is_candidate, _headers._header_kind, _timestamp_kind.timestamp_kind, _trailers._trailer_reason,
        _credits.is_credit, _credits.looks_like_caption, captions_with_credit._is_caption_with_credit,
        credit_lines._credit_reason,
    ]
    paragraph = "The council met again on Tuesday and the vote was close. " * 60
    assert len(paragraph) > MAX_CACHED_CHARS
    for cache in caches:
        cache.cache_clear()  # type: ignore[attr-defined]
        cache(paragraph)
        assert cache.cache_info().currsize == 0, cache  # type: ignore[attr-defined]
        cache("The council met again on Tuesday.")
        assert cache.cache_info().currsize == 1, cache  # type: ignore[attr-defined]
