"""CN103 app-prompt: Remove app, push-alert, messaging-channel and social-follow prompts."""

from __future__ import annotations

from collections.abc import Iterator

from ... import lazyregex
from ...document import Document, Hit
from ...registry import rule
from ._prompts import _I, _prompt_lines, _prompt_test


# --- CN103 app, alert, channel and social-follow prompts -------------------------------------

_SOCIAL = (
    r"(?:X|Twitter|Facebook|Instagram|TikTok|YouTube|Threads|LinkedIn|Bluesky|Google News|"
    r"Snapchat|Flipboard|Mastodon|WhatsApp|Telegram)"
)
_APP_PROMPT = lazyregex.compile(
    r"^(?:click|tap) here to (?:get|download|install)\b.{0,80}?\bapps?\b"
    r"|^(?:download|get|install|try) (?:the|our) (?:free )?.{0,60}?\bapps?\b"
    r"|^(?:sign up|opt in|turn on|enable|subscribe|get) (?:for|to)? ?.{0,40}?"
    r"\b(?:push (?:alerts|notifications)|breaking news alerts|news alerts|notifications)\b"
    r"|^(?:join|follow|subscribe to|get|check out|add) .{0,80}?\b(?:WhatsApp|Telegram|Signal|Viber)\b"
    r"|^(?:join|follow|subscribe to) .{0,60}?\b(?:channel|community on)\b"
    r"|^follow (?:us|@|\p{Lu}).{0,100}?\bon " + _SOCIAL + r"\b"
    r"|^(?:subscribe to|like) .{0,60}?\b(?:YouTube|podcast|Facebook page)\b"
    r"|^like us on " + _SOCIAL + r"\b"
    r"|^(?:listen|subscribe|follow) (?:to|on) .{0,60}?\b(?:Apple Podcasts|Spotify)\b"
    r"|^(?:listen to|read) (?:more|this|the full|all)\b.{0,60}?\bon (?:the|our) .{0,40}?\bapps?\b"
    # account prompts: "Sign in to access your portfolio" (a short line, nothing after it)
    r"|^(?:sign in|log in|login) to (?:access|see|view|save|manage|track|follow|read|continue|customi[sz]e|"
    r"personali[sz]e) (?:your|all your|this|more)(?: [\p{L}\p{N}’'-]++){1,3}+[.!]?+$"
    # "Access your favorite topics in a personalized feed ...", "... in the app"
    r"|^(?:access|get|follow|read|see|find|save) (?:all )?your (?:favou?rite|saved|followed) "
    r"(?:topics|stories|articles|news|authors|sections|writers|teams)\b.{0,80}?"
    r"\b(?:personali[sz]ed (?:news )?feed|in (?:the|our) app)\b",
    _I,
)

#: How the folded text of a line that _APP_PROMPT matches starts (each branch is anchored).
_APP_PROMPT_STARTS = (
    "click here to ", "tap here to ", "download ", "get ", "install ", "try ", "sign up ", "opt in ",
    "turn on ", "enable ", "subscribe ", "join ", "follow ", "check out ", "add ", "like ", "listen ", "read ",
    "sign in ", "log in ", "login ", "access ", "see ", "find ", "save ",
)


#: Trigger words of CN103: a literal that each branch of _APP_PROMPT needs, the rarest one.
_APP_PROMPT_WORDS = (
    # ^(click|tap) here to (get|download|install)
    *(f"{tap} here to {verb}" for tap in ("click", "tap") for verb in ("get", "download", "install")),
    # ^(download|get|install|try) (the|our) ... apps?
    *(f"{verb} {det} " for verb in ("download", "get", "install", "try") for det in ("the", "our")),
    # ... (push (alerts|notifications)|breaking news alerts|news alerts|notifications)
    "push alerts", "news alerts", "notifications",
    # ... (WhatsApp|Telegram|Signal|Viber), then ... (channel|community on)
    "whatsapp", "telegram", "signal", "viber", "channel", "community on",
    # ^follow (us|@|\p{Lu}) ... on <social>
    *(f"on {name}" for name in (
        "x", "twitter", "facebook", "instagram", "tiktok", "youtube", "threads", "linkedin", "bluesky",
        "google news", "snapchat", "flipboard", "mastodon", "whatsapp", "telegram",
    )),
    # ^(subscribe to|like) ... (YouTube|podcast|Facebook page); ^like us on; ... (Apple Podcasts|Spotify)
    "youtube", "podcast", "facebook page", "like us on", "spotify",
    # ^(listen to|read) (more|this|the full|all) ... on (the|our) ... apps?
    *(f"{verb} {what}" for verb in ("listen to", "read") for what in ("more", "this", "the full", "all")),
    # ^(sign in|log in|login) to ...; ^(access|get|...) (all )?your (favou?rite|saved|followed)
    "sign in to ", "log in to ", "login to ",
    "your favorite ", "your favourite ", "your saved ", "your followed ",
)

#: The test of a prompt line (kept per text).
_APP_PROMPT_TEST = _prompt_test(_APP_PROMPT, 40, _APP_PROMPT_STARTS)


@rule("CN103", "app-prompt", words=_APP_PROMPT_WORDS, local=True, block=True)
def app_prompt(doc: Document, candidates: list[int]) -> Iterator[Hit]:
    """Remove app, push-alert, messaging-channel and social-follow prompts.

    "CLICK HERE TO GET THE ... APP", "Sign up for push alerts ...", "Join <outlet> on
    WhatsApp", "Join our Telegram channel ...", "Follow <outlet> on X ...": an
    imperative at the start of the line that sends the reader to another channel.
    Reported speech is kept (a source saying "follow us on Instagram"), and so are
    sentences that only mention apps or channels.

    Okay: “If you want to help, follow us on Instagram and just turn up with gloves,” said Ms Nur.
    Okay: Recent smart TVs also include the TV app for watching movies and shows purchased from the store.
    Okay: Followers of the group on Telegram shared the video widely before it was removed.
    Okay: Join the hundreds of volunteers and you will see why the work matters.
    CN103: CLICK HERE TO GET THE FOX NEWS APP
    CN103: Sign up for push alerts and have the best news delivered directly to your phone
    CN103: Join The Irish Times on WhatsApp and stay up to date
    CN103: Join ST's Telegram channel and get the latest breaking news delivered to you.
    CN103: Follow Fox News Digital's sports coverage on X, and subscribe to the Sports Huddle newsletter.
    CN103: Listen to more stories on the Noa app.
    CN103: Read the full story on the Daily Planet app
    Okay: Read more about the plan on the council's website.

    Account and personalisation prompts go too: a short "Sign in to access your ..."
    line with nothing after its object, and "Access your favorite topics in a
    personalized feed".  Advice to sign in to something, with more to say, is kept.

    CN103: Sign in to access your portfolio
    CN103: Access your favorite topics in a personalized feed while you're on the go.
    Okay: Sign in to access your account and check for charges you do not recognise.
    Okay: Log in to your bank's website and change the password, the agency advised.
    Okay: Fans can follow their favorite teams in a personalized feed, the league said.
    Okay: Read your favorite authors on a tablet or a phone.
    """
    for line in _prompt_lines(doc, candidates, _APP_PROMPT_TEST):
        yield Hit(line.index, line.index, "app, alert or social-follow prompt")
