"""Every rule's documented examples, every site pack's examples, and the rule catalogue."""

from __future__ import annotations

import pytest

import cleannews
from cleannews.registry import Rule
from cleannews.rules import builtin_rules, generic_rules
from cleannews.sitepacks import builtin_packs

RULES = builtin_rules()
EXAMPLES = [(r, e) for r in RULES for e in r.examples]


def _id(item: tuple[Rule, object]) -> str:
    rule, example = item
    return f"{rule.code}-{'fires' if example.fires else 'okay'}"  # type: ignore[attr-defined]


@pytest.mark.parametrize(("rule", "example"), EXAMPLES, ids=[_id(x) for x in EXAMPLES])
def test_rule_example(rule: Rule, example: cleannews.registry.Example) -> None:
    result = cleannews.clean_and_explain(
        example.text, select=[rule.code], normalize=False, keep_headline=False, meta=dict(example.meta)
    )
    fired = [r for r in result.removals if r.code == rule.code]
    if example.fires:
        assert fired, f"{rule.code} should remove something from {example.text!r}"
    else:
        assert not fired, f"{rule.code} must keep {example.text!r} but removed {fired}"


def test_every_generic_rule_documents_what_it_removes_and_keeps() -> None:
    for rule in generic_rules():
        assert any(e.fires for e in rule.examples), f"{rule.code} has no removal example"
        assert any(not e.fires for e in rule.examples), f"{rule.code} has no look-alike example"
        assert rule.doc, f"{rule.code} docstring says nothing beyond its summary"


def test_codes_are_unique_and_families_are_respected() -> None:
    codes = [r.code for r in RULES]
    assert len(codes) == len(set(codes))
    for rule in generic_rules():
        family = rule.origin.split(".")[2]  # cleannews.rules.<family>[.<module>]
        prefix = {"appeals": "CN1", "captions": "CN2", "attribution": "CN3", "chrome": "CN4", "repeats": "CN5", "page": "CN6"}
        assert rule.code.startswith(prefix[family]), (rule.code, family)
    for pack in builtin_packs():
        for rule in pack.rules:
            assert rule.code.startswith("CN9"), rule.code


PACK_EXAMPLES = [(pack, code, ex) for pack in builtin_packs() for code, ex in pack.examples]


@pytest.mark.parametrize(
    ("pack", "code", "example"), PACK_EXAMPLES, ids=[f"{p.name}-{c}" for p, c, _ in PACK_EXAMPLES]
)
def test_site_pack_example(pack, code, example) -> None:  # type: ignore[no-untyped-def]
    result = cleannews.Pipeline(rules=pack.rules, normalize=False).explain(example.input, site=pack.name)
    assert result.text == example.output
    assert code in {r.code for r in result.removals}


def test_distinctive_site_notices_fire_without_a_site() -> None:
    text = (
        "The story ends here with a full sentence of reporting.\n\n"
        "(Israel National News' North American desk is keeping you updated until the start of "
        "Shabbat in New York. The time posted automatically on all Israel National News articles, "
        "however, is Israeli time.)"
    )
    assert cleannews.clean(text) == "The story ends here with a full sentence of reporting."
