"""Precision of the caption and credit rules (CN202, CN203) on modern article pages.

Look-alikes of credits that real blogs, guides and reviews print as content: list items
and headings that pair two words with a "/", spec and config lines with a label word,
and prose that names photos or a tax credit.  The examples imitate those shapes.
"""

from __future__ import annotations

import pytest

import cleannews
from cleannews.rules import captions


def _removed(text: str, code: str) -> list[str]:
    result = cleannews.clean_and_explain(text, select=[code], normalize=False, keep_headline=False)
    return [r.removed for r in result.removals if r.code == code]


@pytest.mark.parametrize(
    "line",
    [
        "7. Data/Signal Routing",
        "3.1. Raw Input/Output Capture",
        "21. Europe/Middle East/Africa",
        "Riverside Drive / Harbour Street",
        "Acme Books / Pagely",
        "Platform DevOps/SRE Support",
        "For Parents/Guardians",
        "Sales Director/Partner",
        "Graphics: AMD Radeon 780M",
        "Image: nginx/stable:latest",
        "Photos, not promises",
        "Credit, the amount you get back",
    ],
)
def test_content_lines_are_not_credits(line: str) -> None:
    assert not captions.is_credit(line)
    assert _removed(f"Intro paragraph of the guide.\n{line}\nBody text follows here.", "CN202") == []


@pytest.mark.parametrize(
    "line",
    [
        "Mohammed Abed/AFP via Getty Images",
        "NASA/JPL-Caltech",
        "Xinhua/Li Wei",
        "ESA/Webb",
        "REUTERS/Jim Bourg",
        "Tom Delaney/Cape Breton Post",
        "Jane Doe/The Oregonian",
        "ETHAN CAIRNS/THE GLOBE AND MAIL",
        "(Marisa Delgado/Patch)",
        "Image: Jens Köhler/dpa/picture alliance",
        "Illustration: Aïda Amer/Axios",
        "Photo credit: ©iStock.com/gorodenkoff, ©iStock.com/fizkes",
        "Photo by Jane Roe https://www.pexels.com/photo/red-lights-12345",
        "Photo: courtesy of the family",
    ],
)
def test_credit_lines_are_still_credits(line: str) -> None:
    assert captions.is_credit(line)


def test_a_one_word_outlet_needs_a_caption_or_brackets() -> None:
    # "Product Manager/Owner" as a heading; "Marisa Delgado/Patch" after a caption
    assert not captions.is_credit("Marisa Delgado/Patch")
    assert captions.is_credit("Marisa Delgado/Patch", after_caption=True)
    assert captions.is_credit("(Marisa Delgado/Patch)")
    text = "Volunteers sort donated groceries at the pantry on Thursday. (Marisa Delgado/Patch)"
    assert captions.trailing_credit(text) is not None


@pytest.mark.parametrize(
    "line",
    [
        "- How to mix photos, text, and graphics",
        "- Print buyers at Northside Graphic, Delta Printing and Union Photo.",
        "• Retouch photos by removing, replacing, and correcting details",
        "The Proof is in the Pictures, not the Numbers",
        "You may qualify for the credit, the most you can get is:",
        "3. Sand The Old Deck/Rail",
        "12. Wire Cutters/Strippers",
    ],
)
def test_prose_and_list_items_are_not_captions_with_credits(line: str) -> None:
    assert _removed(f"Intro paragraph of the guide.\n{line}\nBody text follows here.", "CN203") == []


@pytest.mark.parametrize(
    "line",
    [
        "A ferry leaves the pier in Central. Photo: Dickson Lee",
        "The minister leaves Downing Street on Friday Credit: Jeff Gilbert for The Telegraph",
        "Protesters in Tel Aviv, on Saturday.Credit: Tomer Appelbaum",
        "A portrait of the queen in 2004 (Picture credit: Getty)",
        "Trains leave the depot every hour. Image by Jane Roe",
        "Wharf repairsKaren Boudreau/Flash90",
    ],
)
def test_captions_with_credits_are_still_removed(line: str) -> None:
    assert _removed(f"Intro paragraph of the story.\n{line}\nBody text follows here.", "CN203") == [line]
