"""Quick checks added to the repeat and caption rules: each is a necessary condition (or an
equal rewriting) of what it guards, so a rule finds exactly what it found without it."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from cleannews.rules import repeats
from cleannews.shapes import at_least_words, word_count

_SPACY = st.text(alphabet=st.sampled_from("ab. \t\n\u00a0\u2003\u3000\x1c\x1f\x85"), max_size=30)


@given(_SPACY, _SPACY)
def test_equal_keys_share_the_prefix_before_the_first_space(head: str, other: str) -> None:
    # CN502's quick check: a line whose key is the headline's key starts with that key up
    # to its first space
    key = repeats._fast_key(head)
    for text in (other, head, " " + head + "\t", head.replace(" ", "\u00a0 ")):
        if repeats._fast_key(text) == key:
            assert text.strip().startswith(key.partition(" ")[0])


@given(st.text(alphabet=st.sampled_from("ab1 .,-\t\u00a0é"), max_size=60))
def test_word_thresholds_of_the_repeat_rules(text: str) -> None:
    # _block_can_repeat and CN502 ask at_least_words where they asked word_count
    for n in (4, 6):
        assert at_least_words(text, n) == (word_count(text) >= n)
