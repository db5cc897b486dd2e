"""Recall of the news long tail in the appeal (CN1xx) and attribution (CN3xx) rules, by shape.

Membership widgets built as a pitch and a give button, the fine print of sign-up forms,
labelled header fields, datelines with a place, author cards and outlet descriptions after
the article, and dash sign-offs go; the look-alikes in articles stay.
"""

from __future__ import annotations

import pytest

import cleannews

BODY_1 = "The first paragraph of the story is long enough to count as running prose here."
BODY_2 = "The second paragraph of the story is long enough to count as running prose too."
LAST = "The last paragraph of the story is long enough to count as running prose here, really."


def kept_lines(text: str) -> list[str]:
    out = cleannews.clean(text, keep_headline=True)
    return [line for line in out.splitlines() if line.strip()]


GONE = {
    "pitch, member program and amounts": (
        f"{BODY_1}\n{LAST}\nOur journalism is paid for by readers who believe it should stay free.\n"
        "Become a Harbour Insider\nR50/month\nR100/month\nOther amount\nContinue\nAlready an Insider? Sign in",
        7,
    ),
    "public media title and amounts": (
        f"{BODY_1}\n{LAST}\nKeep public media strong in the valley\nBecome a member\n$5/month\n$10/month\nContinue",
        5,
    ),
    "nonprofit newsroom pitch": (
        f"{BODY_1}\n{LAST}\nThe Ledger is a nonprofit newsroom, and readers like you fund our reporting.\nGive today",
        2,
    ),
    "newsletter fine print": (
        f"{BODY_1}\nGet the biggest stories in your inbox every morning\nEnter your email address\nSign up\n"
        "I agree to the terms and privacy notice\n"
        "We use your sign-up to send you the newsletters you asked for. You can unsubscribe at any time.\n"
        f"{LAST}",
        5,
    ),
    "header fields": (
        f"Headline of the story\nPUBLISHED : 13 May 2025 at 14:32\nSECTION: News\nWRITER: Anan Wongsa\n{BODY_1}\n{LAST}",
        3,
    ),
    "dateline with a place": (f"Headline of the story\nLucía Ferrer\nMadrid - May 13, 2025 - 11:20 CEST\n{BODY_1}\n{LAST}", 2),
    "author card": (
        f"{BODY_1}\n{LAST}\nAbout the Author\nSabrina Holm\nWashington Correspondent\n"
        "Sabrina Holm covers health policy for the Ledger.",
        4,
    ),
    "outlet description": (f"{BODY_1}\n{LAST}\nThe Ledger is a nonprofit newsroom that reports on schools across the state.", 1),
    "dash sign-off": (f"{BODY_1}\n{LAST}\n– Example.com", 1),
    "bracketed editor": (f"{BODY_1}\n{LAST}\n[Edited by Ana Petrova]", 1),
}


@pytest.mark.parametrize("name", sorted(GONE))
def test_the_block_goes(name: str) -> None:
    text, n = GONE[name]
    lines = [line for line in text.splitlines() if line.strip()]
    assert len(lines) - len(kept_lines(text)) == n, kept_lines(text)


KEPT = {
    "donate heading over a paragraph": (
        "How to help the newsroom next door\n"
        "We asked readers how they support local news in their towns.\n"
        "Donate\n"
        "Most said a gift of any size helps, and that the newsroom's site lists the ways to give to it."
    ),
    "charity pitch": f"{BODY_1}\nOur shelter's volunteers rescued forty dogs from the flooded farms this spring.\nDonate now\n{BODY_2}",
    "quoted pitch": f'{BODY_1}\n"Our newsroom depends on readers like you," the editor said.\nDonate now\n{BODY_2}',
    "consent sentence in the body": f"{BODY_1}\nI agree to the terms, the landlord said, but not to the rent rise.\n{BODY_2}",
    "outlet description in the body": (
        f"{BODY_1}\nThe Ledger is a nonprofit newsroom that reports on schools across the state.\n{BODY_2}"
    ),
    "place and date in the body": f"{BODY_1}\nFinal Report - May 3, 2024\n{BODY_2}",
    "about a duration": f"{BODY_1}\nSimmer the sauce until it thickens.\nAbout 5 minutes\n{BODY_2}",
    "job title above a stranger's profile": (
        f"{BODY_1}\n{LAST}\nWashington Correspondent\nMarguerite Obi is a Yoruba poet, translator and painter."
    ),
}


@pytest.mark.parametrize("name", sorted(KEPT))
def test_the_look_alike_stays(name: str) -> None:
    text = KEPT[name]
    assert kept_lines(text) == [line for line in text.splitlines() if line.strip()]
