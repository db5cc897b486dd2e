"""Recall of the page-chrome rules (CN4xx) on the news long tail, without loss of precision.

The widget, tag-list, notice, sponsor, cookie and promo shapes added for the long tail are
checked here on documents written for the test (an article's body with the chrome around
it), and the fresh-outlets set (benchmarks/data/fresh-outlets.jsonl: invented documents
imitating outlets the rules were not written for) must lose no content line.
"""

from __future__ import annotations

import json
import unicodedata
from collections import Counter
from pathlib import Path

import pytest

import cleannews

DATA = Path(__file__).resolve().parent.parent / "benchmarks" / "data" / "fresh-outlets.jsonl"
FRESH = [json.loads(line) for line in DATA.read_text(encoding="utf-8").splitlines() if line] if DATA.exists() else []

BODY = [
    "The council voted 7-2 on Tuesday to open three city-owned lots for overnight parking, with toilets on site.",
    "The lots will have room for about 75 vehicles in total and will open in phases starting in August.",
    "Business owners said they supported the pilot as long as the city enforced parking rules elsewhere.",
]


def norm(text: str) -> Counter[str]:
    lines = (" ".join(unicodedata.normalize("NFC", line).split()) for line in text.split("\n"))
    return Counter(line for line in lines if line)


def removed(text: str) -> dict[str, str]:
    """The removed lines of ``text`` and the rule that removed each."""
    result = cleannews.clean_and_explain(text, keep_headline=False)
    lines = text.split("\n")
    out = {}
    for record in result.removals:
        for number in range(record.first, record.last + 1):
            out[lines[number - 1].strip()] = record.code
    return out


def page(head: list[str], tail: list[str], middle: list[str] | None = None) -> str:
    return "\n".join(head + BODY[:2] + (middle or []) + BODY[2:] + tail) + "\n"


@pytest.mark.parametrize(
    ("head", "middle", "tail", "gone"),
    [
        # widgets
        (["1.8K Shares"], [], [], ["1.8K Shares"]),
        (["Save Article", "Failed to save article", "Please try again"], [], [],
         ["Save Article", "Failed to save article", "Please try again"]),
        (["Text settings", "Story text", "Size", "Small", "Standard", "Large"], [], [],
         ["Text settings", "Story text", "Size", "Small", "Standard", "Large"]),
        (["Zur Merkliste hinzufügen", "X.com", "Facebook", "Link kopieren"], [], [],
         ["Zur Merkliste hinzufügen", "X.com", "Facebook", "Link kopieren"]),
        (["Follow", "Short Url", "https://arab.news/p4x7k"], [], [], ["Follow", "Short Url", "https://arab.news/p4x7k"]),
        (["Loading ..."], [], ["MoreLess"], ["Loading ...", "MoreLess"]),
        ([], [], ["Reuse this content (opens in new window)", "License this article"],
         ["Reuse this content (opens in new window)", "License this article"]),
        ([], ["PHOTO GALLERY (CLICK TO ENLARGE)"], ["Do you like the content of this article?"],
         ["PHOTO GALLERY (CLICK TO ENLARGE)", "Do you like the content of this article?"]),
        # tag lists
        ([], [], ["Read more on:", "tshwane", "politics"], ["Read more on:", "tshwane", "politics"]),
        ([], [], ["in this news", "Central Bank | peso | inflation | exports"],
         ["in this news", "Central Bank | peso | inflation | exports"]),
        # notices, sponsors, ads, promos
        ([], [], ["This article first appeared in German in DER SPIEGEL."], ["This article first appeared in German in DER SPIEGEL."]),
        ([], ["Presented by Meridian Auto Group"], [], ["Presented by Meridian Auto Group"]),
        ([], ["TEXT AD: Solar inverters at factory prices. Call 0810 555 0192"], ["PT Mag Campaign AD"],
         ["TEXT AD: Solar inverters at factory prices. Call 0810 555 0192", "PT Mag Campaign AD"]),
        ([], ["Paid Post", "How one family office is rethinking its bond ladder"], [],
         ["Paid Post", "How one family office is rethinking its bond ladder"]),
        ([], [], ["Get the latest on Seattle news, weather and traffic - download the KOMO News app."],
         ["Get the latest on Seattle news, weather and traffic - download the KOMO News app."]),
        ([], ["Join us at Builders Summit 2025. Register before Friday and save $400 on your pass.", "Register now"], [],
         ["Join us at Builders Summit 2025. Register before Friday and save $400 on your pass.", "Register now"]),
        # cookie consent, with its buttons
        (["We use cookies on our website to give you the most relevant experience by remembering your preferences.",
          "Accept", "Reject all"], [], [],
         ["We use cookies on our website to give you the most relevant experience by remembering your preferences.",
          "Accept", "Reject all"]),
    ],
)
def test_chrome_of_the_long_tail_goes(head: list[str], middle: list[str], tail: list[str], gone: list[str]) -> None:
    text = page(["Seattle approves pilot for overnight RV parking"] + head, tail, middle)
    out = removed(text)
    for line in gone:
        assert line in out, (line, out)
    for line in BODY:
        assert line not in out


@pytest.mark.parametrize(
    "lines",
    [
        ["Presented by the mayor, the plan would add 400 beds to the city's shelters by winter."],
        ["Sponsored by a local bakery, the match raised more than $2,000 for the club."],
        ["Support for the new bridge comes from residents on both banks of the river."],
        ["Many websites use cookies to remember what is in your shopping cart."],
        ["We use cookies sparingly in the bakery: two trays a day, and they sell out by noon."],
        ["Download the Zoom app and sign in with your work account before the meeting."],
        ["Join us at the library on Saturday for a reading by local authors."],
        ["The novel first appeared in French in 1954 and sold poorly."],
        ["Translated from Latin, the motto means nothing without work."],
        ["Topics", BODY[0]],
        ["Region | 2024 | 2025", "North | 182 | 184", "South | 160 | 158"],
        ["Size", "Small", "Medium", "Large"],
    ],
)
def test_look_alike_content_stays(lines: list[str]) -> None:
    text = "\n".join(BODY[:2] + lines + BODY[2:]) + "\n"
    # the chrome rules only: this module's rules are what the test is about
    assert {line: code for line, code in removed(text).items() if code.startswith("CN4")} == {}


@pytest.mark.skipif(not FRESH, reason="fresh-outlets set not present")
@pytest.mark.parametrize("case", FRESH, ids=[c["id"] for c in FRESH])
def test_fresh_outlets_lose_no_content(case: dict[str, str]) -> None:
    out = cleannews.clean(case["raw"])
    lost = norm(case["gold"]) - norm(out)
    assert not lost, f"{case['outlet']}: removed content {list(lost)}"
