"""Precision of the appeal (CN1xx) and attribution (CN3xx) rules outside news pages.

Articles about charities, gyms, software plans and help desks talk about donations,
memberships, prices and subscriptions; changelogs, release notes and tables of dates are
made of date lines; a paragraph about a person after an essay reads like a bio.  These
look-alikes must come through unchanged, while the publisher's own appeals, bylines,
timestamps and writer bios still go.
"""

from __future__ import annotations

import pytest

import cleannews
from cleannews.rules.attribution import byline_kind
from cleannews.rules.attribution._bios import _bio_like

LONG_1 = "The first paragraph of the story is long enough to count as running prose here."
LONG_2 = "The second paragraph of the story is long enough to count as running prose too."


def removed(text: str, codes: tuple[str, ...]) -> list[str]:
    result = cleannews.clean_and_explain(text, keep_headline=False)
    return [r.removed for r in result.removals if any(code in codes for code in r.codes)]


KEPT = {
    "charity drive": (
        "Why hospital charities want your old car\n"
        "Every year thousands of used cars are sold at auction to fund research into childhood cancers.\n"
        "Donate your old car to a charity and it handles the pickup, the title transfer and the sale.\n"
        "Support the mission of your local hospital with a one-time gift or a monthly donation.\n"
        "Become a member of the giving circle for $100 a year.\n"
        "Donors receive a tax receipt, and you can deduct the sale price if it is more than $500."
    ),
    "software plans": (
        "Which plan should a small team pick? We compared the three tiers over a month of real work.\n"
        "Starter: $12/month per user\n"
        "Team: $24/month per user\n"
        "Subscribe to the Team plan and you get full access to reporting dashboards and audit logs.\n"
        "No subscriptions required for the free tier, which allows three projects.\n"
        "Monthly or annual billing\n"
        "Our verdict: the Starter plan is enough for most teams of under ten people."
    ),
    "help desk": (
        "If the router's lights stay red after a restart, the problem is probably outside your home.\n"
        "Contact our support team by phone or chat; our support team is available 24/7.\n"
        "Support your household with full access to our help articles and video guides.\n"
        "Subscribers on the fiber plan get priority support and a new router within two days."
    ),
    "gym review": (
        "I spent three months training at the new gym on Fifth Street to see whether it lives up to the hype.\n"
        "Membership costs $39 a month, or $399 a year if you pay up front.\n"
        "Join before the end of the month and you get full access to every class with no joining fee.\n"
        "Members get unlimited classes, a locker and two guest passes a month.\n"
        "Thank you for reading!"
    ),
    "newsletter how-to": (
        "A newsletter is still the cheapest way for a small shop to stay in touch with its customers.\n"
        "Subscribe to a few newsletters in your industry to see what works.\n"
        "Stay in the know about what your customers want with a one-question survey in your newsletter.\n"
        "Write a subject line, then click Subscribe in the preview to get a test copy in your inbox."
    ),
    "changelog": (
        f"{LONG_1}\n- Updated February 1, 2024\n- March 3, 2024: added export to CSV\n"
        f"- February 12, 2024\n- Fixed a crash when opening large files\n{LONG_2}"
    ),
    "changelog before any paragraph": (
        "What's new\n- March 3, 2024\n- Added export to CSV and PDF\n- February 12, 2024\n"
        "- Fixed a crash when opening large files"
    ),
    "table of dates": (
        f"{LONG_1}\nBackup Strategy · January 22nd, 2019\nStorage Migration · March 4, 2019\n"
        f"Key dates:\nMarch 3, 2019\nApril 9, 2019\n{LONG_2}"
    ),
    "person the essay is about": (
        f"{LONG_1}\n{LONG_2}\n"
        "Marguerite Obi is a Yoruba poet, translator and painter. She is best known for her river "
        "songs, and is the author and editor of two anthologies."
    ),
    "album credits": (
        f"{LONG_1}\nProduction by Jonathan Rado\nWriting by Maya Lind and Theo Park\nMixing by Dave Fridmann"
    ),
}


@pytest.mark.parametrize("name", sorted(KEPT))
def test_look_alike_content_is_kept(name: str) -> None:
    assert removed(KEPT[name], ("CN101", "CN102", "CN301", "CN303", "CN306", "CN309")) == []


REMOVED = {
    "CN101": (
        f"{LONG_1}\nSupport our journalism\nWe rely on readers like you. If you can, please "
        "support our local reporting with a monthly gift.\nOne-time Monthly Annual\n$5 $10 $25 Other"
    ),
    "CN301": f"Headline of the story\nPriya Halden · Feb 10, 2025\n{LONG_1}",
    "CN303": f"Comparing catering services\n- Leonardo Garcia\n- Sep 26, 2022\n- 2 min read\n{LONG_1}",
    "CN306": f"{LONG_1}\nOwen Halloran is a contributing editor. He is based in Dublin.",
    "CN309": f"{LONG_1}\nGraphics by Lena Marsh",
}


@pytest.mark.parametrize("code", sorted(REMOVED))
def test_the_publishers_lines_still_go(code: str) -> None:
    assert removed(REMOVED[code], (code,))


def test_a_donation_widget_needs_no_journalism_word() -> None:
    text = (
        f"{LONG_1}\nWill you support Vox today?\nYou can support this mission by making a gift.\n"
        "One-Time Monthly Annual\nYes, I'll give $5/month"
    )
    assert removed(text, ("CN101",))


@pytest.mark.parametrize(
    ("line", "kind"),
    [
        ("Kendra Sauvé · CBC News · Posted: Apr 11, 2024 4:00 AM CDT", "composite"),
        ("Jane Doe · 5 min read · Mar 3, 2024", "composite"),
        ("Storage Migration · March 4, 2019", "composite-bare"),
        ("Version 2.3 · March 3, 2024", "composite-bare"),
    ],
)
def test_composite_lines_with_and_without_a_byline_mark(line: str, kind: str) -> None:
    assert byline_kind(line) == kind


@pytest.mark.parametrize(
    ("text", "bio"),
    [
        ("Jordan Keel is a sports writer for Fox News Digital.", True),
        ("Jane Doe is a staff writer at The Atlantic.", True),
        ("Anya Brooks covers climate and energy for the Tribune.", True),
        ("Catherine Vale is the Executive Digital Editor of Almanac.com. She covers gardening.", True),
        ("Tomas Reyes is a Cree playwright and novelist. He met an author and editor in 1990.", False),
        ("Daniel Vasquez is a journalist and human-rights lawyer who spent four years in prison.", False),
    ],
)
def test_a_bio_is_about_the_writer(text: str, bio: bool) -> None:
    assert _bio_like(text) is bio
