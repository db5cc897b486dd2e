"""Quick checks added to the repeat, caption and appeal rules: each is a necessary condition (or an
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


def _real_lines() -> list[str]:
    from pathlib import Path

    root = Path(__file__).resolve().parent.parent
    texts = [p.read_text(encoding="utf-8") for p in sorted(root.glob("fixtures/*/*.txt"))]
    return [line.strip() for text in texts for line in text.splitlines() if line.strip()]


def test_appeal_tests_take_the_scans_folding() -> None:
    # CN101, CN102 and the prompt rules hand their per-text tests the document's
    # folded_lines instead of folding the line again: the two are the same text, and a
    # test answers the same with the folding given or made
    from cleannews.document import Source
    from cleannews.rules.appeals import _prompts, app_prompts, comment_prompts, donation_appeals, event_promos
    from cleannews.rules.appeals import newsletter_signups, tip_lines
    from cleannews.triggers import fold_line, folded_lines

    lines = _real_lines() + ["Subſcribe to our newsletter", "STRAẞE İstanbul donate", "Donate now", "Join us today"]
    doc = Source("\n".join(lines)).view()
    folded = folded_lines(doc)
    specs = (
        (app_prompts._APP_PROMPT, 40, app_prompts._APP_PROMPT_STARTS, ()),
        (event_promos._EVENT, 45, event_promos._EVENT_STARTS, ()),
        (tip_lines._TIP, 50, tip_lines._TIP_STARTS, tip_lines._TIP_INSIDE),
    )
    # fresh tests: one is handed the folding, the other folds for itself
    given_f = [_prompts._prompt_test(*spec) for spec in specs]
    own_f = [_prompts._prompt_test(*spec) for spec in specs]
    for line, f in zip(doc.lines, folded):
        text = line.stripped
        assert f == fold_line(text)
        assert donation_appeals._line_roles(text, f) == donation_appeals._line_roles(text)
        assert donation_appeals._learn_roles(text, f) == donation_appeals._known_roles[text]
        assert newsletter_signups._signup_line(text, f) == newsletter_signups._signup_line(text)
        assert comment_prompts._comment_reason(text, f) == comment_prompts._comment_reason(text)
        for with_f, without in zip(given_f, own_f):
            assert with_f(text, f) == without(text)
