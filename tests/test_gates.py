"""The quick checks that rules run before their patterns never change a result.

Each check is a necessary condition of a pattern: these tests pin the reasons why.
"""

from __future__ import annotations

import importlib
import json
import pkgutil
from pathlib import Path
from types import ModuleType, SimpleNamespace

import regex
from hypothesis import given
from hypothesis import strategies as st

from cleannews.document import Document, Source
from cleannews.shapes import fold, line_words



def _family_modules(family: str) -> list[ModuleType]:
    """The modules of a rule family: its package and every module in it (or its one module)."""
    package = importlib.import_module(f"cleannews.rules.{family}")
    if not hasattr(package, "__path__"):
        return [package]
    found = pkgutil.walk_packages(package.__path__, prefix=f"{package.__name__}.")
    return [package] + [importlib.import_module(m.name) for m in found]


def _internals(family: str) -> SimpleNamespace:
    """Every module-level name of a rule family's modules in one namespace: a family's quick
    checks and the patterns they guard live in several modules (one per rule, and shared
    helpers), and no two of its modules give one name to different things."""
    names: dict[str, object] = {}
    for module in _family_modules(family):
        for name, value in vars(module).items():
            if name.startswith("__") or isinstance(value, ModuleType):
                continue
            assert names.setdefault(name, value) is value, f"{family}: {name} names two things"
    return SimpleNamespace(**names)


appeals = _internals("appeals")
chrome = _internals("chrome")

ROOT = Path(__file__).resolve().parent.parent
CASES = ROOT.parent / "shared" / "eval" / "handmade-dev" / "cases.jsonl"
#: The project's own documents (fixtures and the developers' imitation sets): enough for
#: every test here in a fresh clone; ../shared's sets add to them where they are present.
OWN_SETS = sorted((ROOT / "benchmarks" / "data").glob("*.jsonl"))


def _own_texts() -> list[str]:
    texts = [p.read_text(encoding="utf-8") for p in sorted(ROOT.glob("fixtures/*/*.txt"))]
    for path in OWN_SETS:
        texts += [json.loads(line)["raw"] for line in path.read_text(encoding="utf-8").split("\n") if line.strip()]
    return texts


def _real_lines() -> list[str]:
    texts = _own_texts()
    if CASES.exists():
        texts += [json.loads(line)["raw"] for line in CASES.read_text(encoding="utf-8").splitlines() if line]
    return [line.strip() for text in texts for line in text.splitlines() if line.strip()]


def test_fold_maps_exactly_the_case_variants_of_ascii_letters() -> None:
    # IGNORECASE is not symmetric: (?i)I matches "ı" and (?i)i matches "İ"; check both cases
    letter = regex.compile(r"(?i)[a-zA-Z]")
    for cp in range(0x80, 0x110000):
        c = chr(cp)
        if 0xD800 <= cp <= 0xDFFF:
            continue
        folded = fold(c)
        if letter.fullmatch(c):
            assert len(folded) == 1, hex(cp)
            assert regex.fullmatch("(?i)" + folded, c) or regex.fullmatch("(?i)" + folded.upper(), c), hex(cp)
        else:
            assert not any(ch.isascii() for ch in folded), hex(cp)
    assert fold("ımage İNBOX") == "image inbox"


def test_fast_line_split_equals_the_general_one() -> None:
    for text in ["", "a", "a\n", "\n", "\n\n", "a\nb", "a\n\nb\n", " \n a \n"]:
        fast = Source(text)
        general = Source(text.replace("\n", "\r\n"))
        assert fast._bodies == general._bodies
        assert [t.replace("\n", "\r\n") for t in fast._terminators] == general._terminators


@given(st.text(alphabet=st.sampled_from("ab \n\r\u0130\u212a"), max_size=40))
def test_source_keeps_every_character(text: str) -> None:
    source = Source(text)
    assert "".join(b + t for b, t in zip(source._bodies, source._terminators)) == text


def _words(line: str) -> frozenset[str]:
    words = line_words(Document.from_text(line))
    return words[0] if words else frozenset()


def test_word_gates_are_necessary_on_real_lines() -> None:
    for line in _real_lines():
        words = _words(line)
        if appeals._ASK.search(line):
            assert not words.isdisjoint(appeals._ASK_WORDS), line
        if appeals._CAUSE.search(line):
            assert not words.isdisjoint(appeals._CAUSE_WORDS), line
        folded = fold(line)
        if chrome._NOTICE_CUES.search(line):
            assert any(cue in folded for cue in chrome._NOTICE_CUE_WORDS), line
        if _newsletter_ungated(line):
            assert appeals._may_be_newsletter_line(_quick.cfold(line)), line


@given(st.lists(st.sampled_from(sorted(appeals._ASK_WORDS | appeals._CAUSE_WORDS) + [
    "Support", "DONATE", "ſupport", "\u212aids", "JOİN", "news-room", "a gift", "chip in", "free press"]),
    max_size=8))
def test_word_gates_are_necessary_on_word_salad(parts: list[str]) -> None:
    line = " ".join(parts)
    words = _words(line)
    if appeals._ASK.search(line):
        assert not words.isdisjoint(appeals._ASK_WORDS), line
    if appeals._CAUSE.search(line):
        assert not words.isdisjoint(appeals._CAUSE_WORDS), line


def _newsletter_ungated(text: str) -> bool:
    """appeals._newsletter_line without its quick checks."""
    a = appeals
    return bool(
        a._NL_MARKER.match(text) or a._NL_FORM.match(text)
        or (a._NL_WORD.search(text) and (a._NL_ACTION.search(text) or a._NL_DIRECT.search(text)))
        or a._SIGNUP_OURS.search(text)
        or a._NL_NAMED.search(text)
    )


# --- captions (CN2xx) and repeats (CN5xx) ---------------------------------------------

captions = _internals("captions")
repeats = _internals("repeats")

TEXTMODE = ROOT.parent / "shared" / "eval" / "aeb-dev" / "textmode.jsonl"


def _caption_lines() -> list[str]:
    lines = _real_lines()
    if TEXTMODE.exists():
        for record in TEXTMODE.read_text(encoding="utf-8").splitlines():
            if record:
                lines += [x.strip() for x in json.loads(record)["text"].splitlines() if x.strip()]
    return lines


def test_regex_white_space_is_python_white_space_and_unprintable() -> None:
    # _fast_key and the stripped tails rely on it: every character of regex's \s is
    # removed by str.strip() and, the ASCII space aside, is not printable
    space = regex.compile(r"\s")
    for cp in range(0x110000):
        c = chr(cp)
        if space.match(c):
            assert c.isspace(), hex(cp)
            assert c == " " or not c.isprintable(), hex(cp)


def _check_credit_gate(text: str) -> None:
    stripped = text.strip().strip("|").strip()
    inner = captions._unwrap(stripped)
    if not inner:
        return
    wrapped = inner != stripped
    gate = captions._may_be_credit(inner, wrapped)
    prefix = captions._FILE_PREFIX.match(inner)
    rest = inner[prefix.end() :] if prefix is not None else inner
    if captions._CREDIT_LABEL.match(rest) or captions._STANDALONE_AGENCY.fullmatch(rest):
        assert gate, text
    for pattern in (captions._SLASH_CREDIT, captions._VIA_CREDIT, captions._COURTESY_CREDIT,
                    captions._COPYRIGHT_CREDIT):
        if pattern.fullmatch(rest):
            assert gate, text
    if captions.is_credit.__wrapped__(text):
        assert gate, text


def _check_tail_gates(text: str) -> None:
    text = text.strip().strip("|").strip().rstrip()
    if not text:
        return
    tail = text[-captions._TAIL_CHARS :]
    strong, glued, slash, weak = captions._tail_gates(tail)
    for pattern, gate in ((captions._TAIL_STRONG, strong), (captions._TAIL_GLUED, glued),
                          (captions._TAIL_SLASH, slash), (captions._TAIL_WEAK, weak)):
        if pattern.search(tail):
            assert gate, (pattern.pattern[:30], text)
    if captions._QUICK_TAIL.search(text[-captions._TAIL_CHARS :]):
        assert captions._quick_tail(text), text


def _check_line_gates(text: str) -> None:
    _check_credit_gate(text)
    _check_tail_gates(text)
    folded = captions.fold(text)
    if captions._LABELLED_CAPTION.match(text):
        assert any(word in captions.fold(text[:15]) for word in captions._LABELLED_WORDS), text
    if captions._GALLERY.fullmatch(text):
        assert captions._may_be_gallery(folded), text
    assert captions._may_be_gallery(folded) == any(w in folded for w in captions._GALLERY_WORDS)
    assert captions._has_label_core(folded) == any(w in folded for w in captions._LABEL_CORES)
    assert repeats._fast_key(text) == repeats._key(text), text


def test_caption_gates_are_necessary_on_real_lines() -> None:
    for line in _caption_lines():
        _check_line_gates(line)
        # a credit found at the end of a caption is checked as a line of its own
        for pattern in (captions._TAIL_STRONG, captions._TAIL_GLUED, captions._TAIL_SLASH, captions._TAIL_WEAK):
            match = pattern.search(line.rstrip()[-captions._TAIL_CHARS :])
            if match is not None:
                _check_credit_gate(match.group())


_CREDIT_PARTS = [
    "Getty Images", "AFP", "via", "Reuters", "REUTERS", "AP Photo", "Jane Doe", "Moshe Shai", "Flash90",
    "/", " / ", "/", "(", ")", "[", "]", "File:", "FILE", "©", "Ⓒ", "(c)", "Photo:", "photo", "PHOTO",
    "Photograph", "Image", "İmage", "ımage", "IMAGE", "Pıc", "ıllustration", "Illuſtration", "\u212aids", "credit", "Credit:", "credits:", "by",
    "courtesy", "Courtesy of", "Pictured:", "caption", "Image caption,", "Picture caption", "gallery",
    "Open this photo in gallery:", "toggle caption", "Photo 3 of 12", "3 of 12 photos", "see all photos",
    "enlarge", "Expand", "(WVLT)", "(KXAN-TV)", "the", "of", "and", "dpa", "picture alliance", "said",
    "March 3, 2024.", "on Thursday.", "in 2023", ",", ".", ":", "|", "  ", "\t", "\u00a0", "topic", "pic.twitter.com",
    "Alamy Stock Photo", "EPA-EFE", "Supplied", "Handout", "The Associated Press", "Al Jazeera", "Anadolu",
]


@given(st.lists(st.sampled_from(_CREDIT_PARTS), max_size=10), st.sampled_from(["", " "]))
def test_caption_gates_are_necessary_on_word_salad(parts: list[str], joiner: str) -> None:
    _check_line_gates(joiner.join(parts))


@given(st.text(alphabet=st.sampled_from("ab. \t\n\u00a0\u2003\u3000\x1c\x85"), max_size=30))
def test_fast_key_equals_key(text: str) -> None:
    assert repeats._fast_key(text) == repeats._key(text)
    # the quick check of CN502: a key is never longer than the stripped text
    assert len(repeats._key(text)) <= len(text.strip())


@given(st.text(alphabet=st.sampled_from("ab \t\u00a0\x1c"), max_size=12),
       st.text(alphabet=st.sampled_from("ab \t\u00a0\x1c"), max_size=12))
def test_adjacent_copies_start_alike(a: str, b: str) -> None:
    # the quick check of CN201 on stripped texts
    ta, tb = a.strip(), b.strip()
    if captions._norm(ta) == captions._norm(tb) or (tb.startswith(ta) and len(tb) > len(ta)):
        assert ta[:1] == tb[:1] or not ta


def test_caption_gates_are_necessary_on_rule_examples_and_glued_credits() -> None:
    examples = []
    for rule in (captions.duplicated_caption, captions.credit_line, captions.caption_with_credit,
                 captions.caption_before_credit, captions.labelled_caption, captions.pictured_caption,
                 captions.gallery_widget):
        doc = rule.__doc__ or ""
        for row in doc.splitlines():
            row = row.strip()
            if row.startswith(("Okay:", "CN2")):
                examples += row.split(":", 1)[1].strip().split("\\n")
    agencies = ["Getty Images", "AFP via Getty Images", "AFP", "REUTERS", "Reuters", "AP Photo", "Shutterstock"]
    examples += [f"A harbour at dusk{end}{a}" for a in agencies for end in ("", ".", "3.")]
    for text in examples:
        _check_line_gates(text)
        assert captions.trailing_credit(text) is None or any(captions._tail_gates(text.rstrip()[-200:])), text


# --- appeals (CN1xx) and chrome (CN4xx): quick checks on the case-folded text --------------
# (see cleannews.rules._quick: every literal a case-insensitive pattern matches, in either
# regex mode, V0 or V1 with full case folding, is a substring of cfold(text))

import functools  # noqa: E402

from hypothesis import settings  # noqa: E402
import re  # noqa: E402

from cleannews.rules import _quick  # noqa: E402

_AEB_TEXTMODE = ROOT.parent / "shared" / "eval" / "aeb-dev" / "textmode.jsonl"
_ASCII_RUN = re.compile(r"[a-z]+")


@functools.lru_cache(maxsize=1)
def _cn_real_lines() -> tuple[str, ...]:
    lines = _real_lines()
    if _AEB_TEXTMODE.exists():
        for record in _AEB_TEXTMODE.read_text(encoding="utf-8").splitlines():
            if record:
                text = json.loads(record)["text"]
                lines += [line.strip() for line in text.splitlines() if line.strip()]
    return tuple(lines)


def test_cfold_covers_both_case_insensitive_modes() -> None:
    simple = regex.compile(r"(?i)[a-zA-Z]")
    full = regex.compile(r"(?iV1)[a-zA-Z]")
    for cp in range(0x80, 0x110000):
        if 0xD800 <= cp <= 0xDFFF:
            continue
        c = chr(cp)
        if not (c.isalpha() or c.casefold() != c or c.upper() != c or c.lower() != c):
            continue
        folded = _quick.cfold(c)
        letters = [ch for ch in folded if "a" <= ch <= "z"]
        if folded.isascii():
            # ß -> ss, ﬁ -> fi, K -> k, ı -> i: the V1 mode matches exactly these letters
            assert (regex.fullmatch("(?iV1)" + regex.escape(folded), c)
                    or regex.fullmatch("(?iV1)" + regex.escape(folded.upper()), c)), hex(cp)
        else:
            # no ASCII letter at all, or one that no pattern can match alone (ǰ -> j + caron)
            assert not simple.search(c) and not full.search(c), hex(cp)
            for letter in letters:
                for variant in (letter, letter.upper()):
                    assert not regex.search("(?iV1)" + variant, c) and not regex.search("(?i)" + variant, c), hex(cp)
    assert _quick.cfold("İNBOX ımage") == "inbox image"


def test_cfold_keeps_sentence_stops_and_white_space_and_drops_nothing() -> None:
    # appeals._has_inner_stop: a stop and the white space after it survive folding in place
    space = regex.compile(r"\s")
    for cp in range(0x110000):
        if 0xD800 <= cp <= 0xDFFF:
            continue
        c = chr(cp)
        folded = _quick.cfold(c)
        assert folded, hex(cp)
        if c in ".!?…" or space.match(c):
            assert folded == c, hex(cp)


def _check_cn_gates(text: str) -> None:
    """Every quick check in appeals.py and chrome.py holds wherever its pattern matches."""
    a, c = appeals, chrome
    f = _quick.cfold(text)
    low = fold(text)
    words = frozenset(_ASCII_RUN.findall(low))
    # CN103-CN106: how a prompt starts
    for pattern, starts, inside in (
        (a._APP_PROMPT, a._APP_PROMPT_STARTS, ()),
        (a._COMMENT, a._COMMENT_STARTS, a._COMMENT_INSIDE),
        (a._TIP, a._TIP_STARTS, a._TIP_INSIDE),
        (a._EVENT, a._EVENT_STARTS, ()),
    ):
        if pattern.search(text):
            assert f.startswith(starts) or any(cue in f for cue in inside), (pattern.pattern[:30], text)
    # CN101: anchors, then the ingredients of _appeal_kind
    ask, cause = a._ASK.search(text) is not None, a._CAUSE.search(text) is not None
    if ask:
        assert not words.isdisjoint(a._ASK_WORDS), text
        assert any(word in f for word in a._ASK_TRIGGER_WORDS), text  # a candidate line
    if cause:
        assert a._has_cause_literal(f) and not words.isdisjoint(a._CAUSE_WORDS), text
    assert a._has_cause_literal(f) == any(literal in f for literal in a._CAUSE_LITERALS), text
    assert a._byte_words(low) == {word.encode() for word in words}, text
    if a._appeal_kind(text) == 3:
        assert a._may_anchor(text, f), text
    we, you = a._WE.search(text) is not None, a._YOU.search(text) is not None
    money = a._MONEY.search(text) is not None
    if we:
        assert not words.isdisjoint(a._WE_WORDS), text
    if you:
        assert not words.isdisjoint(a._YOU_WORDS), text
    if money:
        assert a._has_currency(text) or not words.isdisjoint(a._MONEY_WORDS), text
    assert (a._APPEAL_ANY.search(text) is not None) == (we or you or ask or cause or money), text
    if a._SPEECH.search(text):
        assert a._has_quote(text) or not words.isdisjoint(a._SPEECH_WORDS), text
    if a._ELSEWHERE.search(text):
        assert not words.isdisjoint(a._ELSEWHERE_WORDS), text
    if a._APPEAL_IMPERATIVE.search(text):
        assert low.startswith(a._IMPERATIVE_STARTS), text
    if a._APPEAL_FURNITURE.match(text):
        assert low.startswith(a._FURNITURE_STARTS) or low[0] in a._CURRENCIES, text
    # CN102
    if a._NL_MARKER.match(text):
        assert f.startswith(a._NL_MARKER_STARTS), text
    if a._NL_FORM.match(text):
        assert f.startswith(a._NL_FORM_STARTS), text
    if a._NL_CONSENT.match(text):
        assert f.startswith(a._NL_CONSENT_STARTS), text
    stop = a._has_inner_stop(f)
    if a._NL_WORD.search(text) and (a._NL_ACTION.search(text) or a._NL_DIRECT.search(text)):
        assert a._may_be_nl_request(f, stop), text
    if a._SIGNUP_OURS.search(text):
        assert a._may_be_signup_ours(f, stop), text
    if a._NL_NAMED.search(text):
        assert a._may_be_named_signup(f, stop), text
        assert any(word in f for word in a._NL_TRIGGER_WORDS), text
    if a._SUB_PROMO.search(text):
        assert a._may_be_sub_promo(f), text
        assert any(word in f for word in a._ASK_TRIGGER_WORDS + a._SUB_PROMO_WORDS), text
    ungated = _newsletter_ungated(text)
    assert a._newsletter_line(text, f) == ungated, text
    if ungated:
        assert a._may_be_newsletter_line(f), text
    # CN401-CN404, CN406: label-shaped lines
    if c._AD_MARKER.fullmatch(text):
        assert c._may_be_label(f, c._AD_MARKER_STARTS), text
    if c._WIDGET_STRONG.fullmatch(text) or c._WIDGET_WEAK.fullmatch(text):
        assert c._may_be_label(f, c._WIDGET_STARTS), text
    if c._COPYRIGHT_START.match(text) or c._COPYRIGHT_NAMED.match(text) or c._RIGHTS_ONLY.fullmatch(text):
        assert _quick.label_head(f).startswith(c._COPYRIGHT_STARTS), text
    if c._LIST_HEADER.fullmatch(text) or c._INLINE_LINK.fullmatch(text):
        assert c._may_be_label(f, c._LINK_LIST_STARTS), text
    if c._TAG_HEADER_ANYWHERE.fullmatch(text) or c._TAG_HEADER_TAIL.fullmatch(text) or c._TAG_INLINE.fullmatch(text):
        assert c._may_be_label(f, c._TAG_STARTS), text
    # CN405, CN407, CN408, CN411, CN412
    if c._all_caps(text):
        assert text.isupper(), text
    if c._FOOTER_BAR.fullmatch(text) or c._FOOTER_SENTENCE.fullmatch(text):
        assert f.startswith(c._FOOTER_STARTS) or "journalistic standards" in f, text
    for start, cue, _ in c._NOTICES:
        if start.pattern and start.match(text):
            assert f.startswith(c._NOTICE_STARTS), (start.pattern[:30], text)
        if not start.pattern and cue is not None and cue.search(text):
            assert "solely responsible for" in f, text
    if c._COVERAGE_PROMO.fullmatch(text):
        assert "coverage" in f, text
    if c._MEDIA_LINK.fullmatch(text):
        assert ":" in text and ("http" in f or "www." in f), text
    _check_chrome_speed_gates(text)


def _check_chrome_speed_gates(text: str) -> None:
    """The quick checks added to the chrome rules for speed (see test_gates_chrome.py)."""
    c = chrome
    f = _quick.cfold(text)
    # CN418: how a navigation label starts
    if c._NAV_LABEL.fullmatch(text):
        assert c._may_be_label(f, c._NAV_STARTS), text
    # CN402: widget labels, call-to-action labels, the "Short URL" label
    if c._WIDGET_STRONG.fullmatch(text) or c._WIDGET_WEAK.fullmatch(text):
        assert c._may_be_widget(f), text
    if c._WIDGET_WEAK.fullmatch(text):
        bare = f.strip(c._DECOR)
        assert bare in c._WEAK_BODIES or c._may_be_weak_time(bare), text
    if c._CTA_LABEL.fullmatch(text):
        assert c._may_be_label(f, c._CTA_STARTS), text
    if c._SHORT_URL_LABEL.fullmatch(text):
        assert "short " in f, text
    # CN417: an affiliate disclosure
    if c._AFFILIATE.search(text):
        assert c._AFFILIATE_GATE.search(f), text
    # CN416: an app's call and an event's button
    if c._APP_CALL.search(text):
        assert " app" in f and c._APP_CALLS.search(f), text
        assert any(word in f for word in c._PROMO_WORDS), text
    if c._EVENT_BUTTON.fullmatch(text):
        assert c._may_be_label(f, c._EVENT_BUTTON_STARTS), text


#: Labels of every kind the gated patterns match, to be respelt and decorated below.
_CHROME_LABELS = (
    "Skip to main content", "Skip navigation", "Main menu", "Toggle navigation", "Homepage", "Back to top",
    "Search this site", "Close", "Previous article: A Headline", "Next posts", "Blog index", "More stories",
    "Table of Contents", "Contents", "In this guide", "On this page", "Jump to section", "Log in", "Signout",
    "My account", "Create an account", "Already a subscriber? Sign in here", "Menu", "Navigation",
    "Register now", "Get your tickets today", "Buy tickets", "Book your seat now", "Reserve your spot", "RSVP here",
    "12 comments", "1.8K Shares", "3 mins", "6:42", "12 min listen", "See more", "Know more", "Play the game",
    "Explore now", "Web Stories", "Short URL", "Short link", "٣ comments", "1,5k shares", "12:34 minutes", "4 min", "- 12:30 -", "9 mins.",
    "As an Amazon Associate, I earn from qualifying purchases", "This post contains affiliate links",
    "We also use affiliate links", "Supported by commissions from", "Every product is picked independently",
    "Affiliate disclosure", "This site collects a tiny fee", "Purchases made through these links earn us",
    "Download the KOMO News app", "Try our free new Mint App", "Install the BBC Sport app", "get the NYT app",
    "Show more Show less", "See more See less", "Read more Read less", "MoreLess",
)


def test_appeal_and_chrome_gates_are_necessary_on_real_lines() -> None:
    lines = _cn_real_lines()
    assert len(lines) > 1000
    for line in lines:
        _check_cn_gates(line)


def _cn_example_lines() -> list[str]:
    """The lines of the documented examples of the appeal and chrome rules."""
    out = []
    for rule in [r for module in (appeals, chrome) for r in vars(module).values() if hasattr(r, "func")]:
        for line in (rule.func.__doc__ or "").splitlines():
            _, sep, example = line.strip().partition(": ")
            if sep:
                for part in example.replace("\\\\n", "\n").replace("\\n", "\n").split("\n"):
                    if part.strip():
                        out.append(part.strip())
    return out + list(_CN_TRICKY)


#: Lines at the edges of the quick checks: decorations, "(c)", non-ASCII case variants.
_CN_TRICKY = (
    "(c) 2024 The Daily Planet", "(C) Copyright 2024 Example", "- Ⓒ 2024 Example", "|© 2024", "ALL RIGHTS RESERVED.",
    "ſhare", "SHARE", "• Advertiſement", "[Related: Some Headline Here Today]", "Tags: a, b, c", "• Tags",
    "CBC's Journalistic Standards and Practices|About CBC News", "Spotted a typo? Let us know.",
    "Do you have a tip? Email us.", ", opens new tab", "Diſcloſure: The Group has been a financial supporter of X.",
    "Join us for the ﬁrst Summit", "Tell us in the comments below", "\u212aeep reading: Related", "3 min listen",
    "12 Comments", "ſign up for push alerts", "Subſcribe to our YouTube channel", "$5/month", "Donate now",
    "İNSTAGRAM", "Facebook | X | Email", "Leave your feedback", "Read more: A New Headline Worth Reading Now",
)


def test_appeal_and_chrome_gates_are_necessary_on_rule_examples() -> None:
    lines = _cn_example_lines()
    assert len(lines) > 100
    for line in lines + list(_CHROME_LABELS):
        _check_cn_gates(line)


#: Changes of case and spelling that case-insensitive patterns do not see.
_CN_RESPELL = (
    str.upper, str.title, str.lower,
    lambda t: t.replace("s", "ſ"), lambda t: t.replace("k", "\u212a"), lambda t: t.upper().replace("I", "İ"),
    lambda t: t.replace("ss", "ß"), lambda t: t.replace("st", "ﬆ"), lambda t: t.replace("fi", "ﬁ"),
    lambda t: "- " + t, lambda t: "• " + t, lambda t: "[" + t, lambda t: "(" + t,
)


@given(st.sampled_from(_cn_example_lines() + list(_CHROME_LABELS)), st.lists(st.sampled_from(_CN_RESPELL), max_size=3))
def test_appeal_and_chrome_gates_are_necessary_on_respelt_examples(line: str, changes: list) -> None:
    for change in changes:
        line = change(line)
    if line.strip():
        _check_cn_gates(line.strip())


def _cn_variants(word: str) -> list[str]:
    """A word in other cases, and with the non-ASCII letters that case-insensitive patterns
    match with ASCII ones (İ, ſ, the Kelvin sign, ß, ligatures)."""
    out = {word, word.upper(), word.title()}
    out.add(word.replace("s", "ſ", 1))
    out.add(word.replace("k", "\u212a"))
    out.add(word.upper().replace("I", "İ"))
    out.add(word.replace("ss", "ß"))
    for pair, lig in (("fi", "ﬁ"), ("fl", "ﬂ"), ("ff", "ﬀ"), ("st", "ﬆ")):
        out.add(word.replace(pair, lig))
    return sorted(out)


_CN_WORDS = sorted({
    variant
    for phrase in (
        appeals._APP_PROMPT_STARTS + appeals._COMMENT_STARTS + appeals._COMMENT_INSIDE + appeals._TIP_STARTS
        + appeals._TIP_INSIDE + appeals._EVENT_STARTS + appeals._ASK_TRIGGER_WORDS + appeals._CAUSE_LITERALS
        + appeals._IMPERATIVE_STARTS + appeals._FURNITURE_STARTS + appeals._NL_TRIGGER_WORDS
        + appeals._NL_MARKER_STARTS + appeals._NL_FORM_STARTS + appeals._NL_ACTION_STARTS
        + chrome._AD_MARKER_STARTS + chrome._WIDGET_STARTS + chrome._COPYRIGHT_STARTS + chrome._LINK_LIST_STARTS
        + chrome._TAG_STARTS + chrome._FOOTER_STARTS + chrome._NOTICE_STARTS
        + tuple(appeals._ASK_WORDS | appeals._CAUSE_WORDS | appeals._MONEY_WORDS | appeals._WE_WORDS)
        + tuple(appeals._YOU_WORDS | appeals._SPEECH_WORDS | appeals._ELSEWHERE_WORDS)
        + (
            "advertisement", "story continues below advertisement", "share this article", "copy link", "comments",
            "12 comments", "3 min listen", "copyright", "2024", "©", "Ⓒ", "(c)", "all rights reserved",
            "this material may not be published", "related", "read more:", "tags:", "topics", "explore more on",
            "these topics", "opens new tab", "has not been edited by", "solely responsible for all content",
            "join us for", "festival", "tickets", "on sale now", "do you have a tip", "let us know",
            "in the comments", "follow", "on x", "get the app", "newsletter", "sign up", "request reprint",
            "& licensing", "submit correction", "cbc's journalistic standards", "report an error", "for more",
            "coverage", "visit", "listen:", "https://po.st/x", "www.x.com", "our journalism", "donate",
            "one-time", "monthly", "thank you,", "please support", "$5", "a month", "“", '"', "said", "it",
            "the", "news", "we", "you", "-", "•", "[", "(", "|", ":", ".", "?", "3", "12:30", "whatsapp",
            "facebook", "x", "telegram", "channel", "app", "push alerts", "notifications", "feedback",
            "your thoughts", "the conversation", "tip", "tips?", "story", "conference", "summit", "our",
            "journalism", "us", "a", "to", "on", "at", "here", "this", "article", "clarifications", "and",
            "privacy policy", "the thomson reuters trust principles", "originally published on", "head to",
            "financial supporter of", "republished from", "scroll to continue", "more", "now", "today",
            # CN101 and CN102 quick checks
            "inbox", "briefing", "digest", "e-mail updates", "sign up here", "delivered straight to your inbox",
            "subscribing to our newsletter", "the latest", "top", "breaking", "stories", "headlines", "updates",
            "our work", "free press", "public radio", "fact-checked", "supported by", "readers", "we'll",
            "according to", "youtube", "…", "!", "after newsletter promotion", "privacy notice: newsletters may",
            "by signing up, you agree", "thanks for signing up!", "become a member", "support our journalism",
            "subscribe to", "Slate Plus", "now.", "today!", "to get more of", "unlock more news", "with an",
            "Axios Pro", "trial.", "subscription", "membership", "sign up for the free", "Mother Jones",
            "Daily.", "weekly", "sign in to access your", "portfolio", "access your favorite topics",
            "personalized feed", "in the app",
        )
    )
    for variant in _cn_variants(phrase)
})


@settings(max_examples=500)
@given(
    st.lists(st.sampled_from(_CN_WORDS + sorted(_CHROME_LABELS)), max_size=8),
    st.sampled_from([" ", "", " | ", ": ", ". ", "- "]),
    st.sampled_from(["", "- ", "• ", "[", "(", "| ", "  ", "\u2003"]),
)
def test_appeal_and_chrome_gates_are_necessary_on_word_salad(parts: list[str], joiner: str, opener: str) -> None:
    text = (opener + joiner.join(parts)).strip()
    if text:
        _check_cn_gates(text)


# ---------------------------------------------------------------------------------------
# Attribution rules (CN3xx): each quick check in rules/attribution.py is implied by what
# it guards.  Checked pattern by pattern, and as a whole against the rules run with every
# check switched off.

import contextlib  # noqa: E402

at = _internals("attribution")

_AT_CASES = ROOT.parent / "shared" / "eval" / "handmade-dev" / "cases.jsonl"
_AT_TEXTMODE = ROOT.parent / "shared" / "eval" / "aeb-dev" / "textmode.jsonl"
_AT_CACHED = (
    at.timestamp_kind, at.byline_kind, at._trailer_reason, at._header_kind, at._line_flags, at._bio_like,
    at._contact_like, at._funding_like, at._is_candidate, at._passes,
)


@functools.lru_cache(maxsize=1)
def _at_documents() -> tuple[str, ...]:
    texts = _own_texts()
    if _AT_CASES.exists():
        texts += [json.loads(x)["raw"] for x in _AT_CASES.read_text(encoding="utf-8").splitlines() if x]
    if _AT_TEXTMODE.exists():
        texts += [json.loads(x)["text"] for x in _AT_TEXTMODE.read_text(encoding="utf-8").splitlines() if x]
    return tuple(texts)


@functools.lru_cache(maxsize=1)
def _at_real_lines() -> tuple[str, ...]:
    return tuple(sorted({line.strip() for text in _at_documents() for line in text.splitlines() if line.strip()}))


@contextlib.contextmanager
def _at_ungated():  # type: ignore[no-untyped-def]
    """The module with every quick check passing (the behaviour before the checks)."""
    ungated = {"_line_flags": lambda s: -1, "_candidates": lambda doc, bit, offered=None: list(doc.lines)}
    # every module of the family that uses them holds its own reference
    saved = [
        (module, name, vars(module)[name])
        for module in _family_modules("attribution") for name in ungated if name in vars(module)
    ]
    assert {name for _, name, _ in saved} == set(ungated)
    for f in _AT_CACHED:
        f.cache_clear()
    for module, name, _ in saved:
        setattr(module, name, ungated[name])
    try:
        yield
    finally:
        for module, name, value in saved:
            setattr(module, name, value)
        for f in _AT_CACHED:
            f.cache_clear()


def _at_ungated_results(s: str) -> dict[int, bool]:
    with _at_ungated():
        return {
            at._F_TS: at.timestamp_kind(s) is not None,
            at._F_BY: at.byline_kind(s) is not None,
            at._F_TRAIL: at._trailer_reason(s) is not None,
            at._F_BIO: at._bio_like(s),
            at._F_FUND: at._funding_like(s),
            at._F_CONTACT: at._contact_like(s),
        }


_AT_STAMP = ("stamped", "date", "time")


def _check_attribution_gates(s: str) -> None:
    """Each pattern that a quick check guards matches only where the check passes."""
    s = s.strip()
    if not s:
        return
    flags = at._line_flags.__wrapped__(s)
    lead = at._lead(s)
    toks = s.split(None, 5)
    # whole functions, run without their checks
    for bit, hit in _at_ungated_results(s).items():
        if hit:
            assert flags & bit, (bit, s)
    with _at_ungated():
        kind = at.timestamp_kind(s)
        inside = at._BY_INSIDE.search(s)
        left = at.timestamp_kind(s[: inside.start()]) if inside else None
        name = at._lead_name(s)
        body = at._TIP_PREFIX.sub("", s, count=1)
        body_name = at._lead_name(body)
    if kind is not None:
        assert at._timestamp_possible(s), s
    # byline
    if at._BY_PREFIX.match(s):
        assert lead.startswith(at._BY_STARTS), s
    if left in _AT_STAMP:
        assert at._timestamp_possible(s), s
        low = s.lower()
        assert at._DIGIT.search(s) or "ago" in low or "yesterday" in low or "today" in low, s
    # trailers
    if s[0] != "(":
        for pattern in (at._CREDIT_ROLE,):
            if pattern.match(s):
                assert lead.startswith(at._TRAILER_STARTS), s
        for pattern in (at._WITH_FILES, at._WITH_ASSIST, at._WITH_WIRES, at._CONTRIBUTING, at._SOURCE):
            if pattern.fullmatch(s):
                assert lead.startswith(at._TRAILER_STARTS), s
    if at._CONTRIBUTED.fullmatch(s):
        assert at._contributed_end(s), s
    if at._PAREN_AGENCY.fullmatch(s):
        assert s[0] == "(", s
    if at._INITIALS.fullmatch(s):
        assert s[0] in at._ASCII_LOWER, s
    if at._WIRE_SLUG.fullmatch(s):
        assert s[0] in at._ASCII_UPPER, s
    if len(s) <= 400 and at._trailer_possible(s, lead):
        assert flags & at._F_TRAIL, s
    # bio, contact, funding
    if name is not None and at._BIO_VERB.match(s[len(name):]):
        assert at._bio_possible(toks), s
    if at._CONTACT.match(s) or at._FOLLOW_NAME.match(s):
        assert lead.startswith(at._CONTACT_STARTS), s
    if at._TIP_PREFIX.search(s):
        assert "p?" in s or "P?" in s, s
    elif body_name is not None and at._REACHED.match(body[len(body_name):]):
        assert at._verb_after_name(toks, at._REACHED_VERBS), s
    if at._DISCLOSURE.fullmatch(s) or (name is not None and at._FUNDING.match(s[len(name):])):
        assert at._funding_possible(s, lead, toks), s
    # CN305, CN310
    if at._UPDATE_NOTE.fullmatch(s):
        assert s[0] in "([", s
    if at._UPDATE_SENTENCE.match(s):
        assert at._update_possible(s, lead), s
    if len(s) <= 320 and at._update_possible(s, lead):
        assert flags & at._F_UPDATE, s
    if at._EDITED_BY.fullmatch(s):
        assert lead.startswith(at._EDITED_STARTS), s
        if len(s) <= 160:
            assert flags & at._F_EDITOR, s


def test_attribution_check_assumptions_hold_for_every_character() -> None:
    space = regex.compile(r"\s")
    upper = regex.compile(r"\p{Lu}")
    for cp in range(0x110000):
        c = chr(cp)
        if space.match(c):
            assert c in at._SPACE and c in at._SKIP_CHARS and c in at._LEAD_STRIP, hex(cp)
        if upper.match(c):
            assert not c.islower(), hex(cp)  # _verb_after_name: names start with \p{Lu}
        if not 0xD800 <= cp <= 0xDFFF:
            assert len(fold(c)) == 1, hex(cp)  # fold of a prefix is the prefix of fold
    assert not any(ch.isalnum() or ch in "(\"'" for ch in at._LEAD_STRIP)
    assert not any(ch.isalnum() or ch == "+" for ch in at._SKIP_CHARS)


def test_attribution_gates_are_necessary_on_real_lines() -> None:
    for line in _at_real_lines():
        _check_attribution_gates(line)


def _at_hits(text: str) -> list[tuple[str, int, int, str]]:
    view = Source(text).view()
    return [
        (rule.code, hit.first, hit.last, hit.reason)
        for rule in at_rules()
        for hit in rule(view)
    ]


def at_rules() -> list:  # type: ignore[type-arg]
    from cleannews.rules import builtin_rules

    return [r for r in builtin_rules() if r.code.startswith("CN3")]


def test_attribution_rules_find_the_same_hits_without_their_checks() -> None:
    texts = _at_documents()
    gated = [_at_hits(text) for text in texts]
    with _at_ungated():
        ungated = [_at_hits(text) for text in texts]
    assert gated == ungated
    assert sum(map(len, gated)) > 100  # the documents exercise the rules


_AT_PARTS = [
    "By", "by", "BY:", "by:", "Text", "Words", "—", "–", "-", "*", "**", "Jane", "Doe", "JANE", "DOE",
    "O'Neil", "Mary-Ann", "van", "de", "Jr.", "is", "was", "has", "been", "a", "an", "the", "The", "THE",
    "reporter", "writer", "editor", "Staff", "covers", "writes", "about", "reports", "on", "for", "Reuters",
    "AP", "AFP", "(AFP)", "(FRANCE", "24", "(", ")", "with", "With", "WITH", "from", "files", "assistance",
    "additional", "reporting", "Reporting", "editing", "Editing", "contributed", "Contributed", "to", "this",
    "report.", "report", "story", "article.)", "piece.", "Contributing:", "Source:", "Sources:", "agencies",
    "news", "wires", "Post", "mk/wd", "(dpa,", "AP-US--Trump-Impeachment,", "4th", "Ld-Writethru", "--",
    "Edited", "Translated", "Produced", "Disclosure:", "author", "authors", "declares", "no", "competing",
    "receives", "receives,", "received", "funding", "funded", "grants", "does", "do", "not", "work", "shares",
    "consult", "may", "can", "be", "reached", "contacted", "emailed", "at", "x@example.com", "@handle",
    "Have", "tip?", "Reach", "Email", "e-mail:", "Contact:", "Follow", "her", "him", "Twitter", "X",
    "Updated", "UPDATED", "updated", "(Updates", "[Adds", "corrected", "This", "developing", "breaking",
    "Editor's", "note:", "Published", "Published:", "Posted", "4", "hours", "ago", "May", "14,", "2024",
    "20244:37", "4:37", "PM", "UTC", "UTCUpdated", "Tuesday", "yesterday", "today", "5", "min", "read",
    "|", "·", "•", ",", ";", "İs", "ſource", "\u212aim", "\u00a0", "Ѕtaff",
    # phrases the patterns need whole
    "The story has been updated", "THIS ARTICLE WAS CORRECTED", "this is a breaking news story",
    "Have a news tip?", "HAVE A TIP?", "may be reached at", "CAN BE CONTACTED", "The authors declare no",
    "does not work for, consult, own shares in", "contributed additional reporting to this story.",
    "With assistance from", "with files from The Canadian Press", "Reporting by", "EDITED BY:",
]


@settings(max_examples=600)
@given(
    st.lists(st.sampled_from(_AT_PARTS), min_size=1, max_size=9),
    st.sampled_from([" ", " ", "  ", ", ", " | ", "\u00a0", ""]),
    st.sampled_from(["", "(", "— ", "-", "* ", "By ", "Reporting by "]),
)
def test_attribution_gates_are_necessary_on_word_salad(parts: list[str], joiner: str, opener: str) -> None:
    _check_attribution_gates(opener + joiner.join(parts))


def _at_example_lines() -> list[str]:
    return [line for rule in at_rules() for example in rule.examples for line in example.text.splitlines()]


def test_attribution_gates_are_necessary_on_rule_examples() -> None:
    examples = _at_example_lines()
    assert len(examples) > 50
    for line in examples:
        _check_attribution_gates(line)
        _check_attribution_gates(line.upper())


#: One line for each alternative that a quick check in rules/attribution.py names.
_AT_PROBES = [
    "By Jane Doe", "Text by Jane Doe", "Words by Jane Doe", "Story by Jane Doe", "Written by Jane Doe",
    "Posted by Jane Doe", "Article by Jane Doe", "Interview by Jane Doe", "Analysis by Jane Doe",
    "Commentary by Jane Doe", "Column by Jane Doe", "Opinion by Jane Doe", "Report by Jane Doe",
    "— By Jane Doe", "5:45 AM PST 11/19/2019 by Patrick Shanley", "Updated 2 hours ago by Jane Doe",
    "Published an hour ago by Jane Doe", "Published yesterday by Jane Doe", "Published today by Jane Doe",
    "Reporting by Ann Bell; Editing by Carl Dunn", "With additional reporting by Jane Doe",
    "Additional reporting by Jane Doe", "Writing by Jane Doe", "Editing by Jane Doe", "Sub-editing by Jane Doe",
    "Fact-checking by Jane Doe", "Research by Jane Doe", "Graphics by Jane Doe", "Production by Jane Doe",
    "Compiled by Jane Doe", "Translation by Jane Doe", "Photos by Jane Doe", "Video by Jane Doe",
    "(Reporting by Jane Doe)", "With files from The Canadian Press", "— With files from AP",
    "—With assistance from Petra Lindahl.", "(With reporting by Jane Doe)", "With Post wires", "From AFP",
    "— from wire reports", "Contributing: Jane Doe", "Contributors: Jane Doe", "Source: AFP",
    "Sources: Al Jazeera and news agencies", "(FRANCE 24 with AFP)", "(AFP)", "mk/wd (dpa, AFP)",
    "AP-US--Trump-Impeachment, 4th Ld-Writethru", "Jane Doe contributed to this report.",
    "Jane Doe contributed to this story", "Jane Doe contributed to this article.)",
    "Jane Doe contributed additional reporting to this piece.", "Jane Doe contributed reporting.",
    "Jordan Keel is a sports writer for Fox News Digital.", "Jordan Keel was a reporter here.",
    "Jordan Keel has been a reporter here.", "Anya Brooks covers climate for the Tribune.",
    "Anya Brooks writes about food.", "Anya Brooks reports on crime.", "Mary Ann Lee Smith is a reporter.",
    "Have a tip? Amy Kuperinsky may be reached at akup@example.com.", "HAVE A NEWS TIP? Email the reporter",
    "Amy Kuperinsky can be reached at akup@example.com", "Amy Kuperinsky may be contacted at her office",
    "Amy Kuperinsky can be emailed at her office", "Reach the reporter at 555-0100", "Contact the author",
    "Email: the desk", "E-mail the writers", "Follow her on Twitter", "Follow Amy Kuperinsky on X",
    "Contact: the desk", "dkowalczyk@chicagotribune.com",
    "Jane Doe receives funding from the Science Foundation.", "Jane Doe receives, through her lab, funding.",
    "Jane Doe has received grants from the council.", "Jane Doe does not work for, consult, own shares in any firm.",
    "Jane Doe do not consult for anyone.", "Jane Doe did not receive funding.", "Jane Doe is funded by the state.",
    "Jane Doe has been funded by the state.", "Jane Doe is supported by the state.", "Jane Doe receives a grant.",
    "Jane Doe receives shares.", "Jane Doe does not have affiliations.", "Jane Doe is supported by a grant.",
    "Disclosure: Acme Water has been a financial supporter of The Example Tribune.", "Disclosure statement",
    "The authors declare no competing interests.", "The author has no conflicts of interest.",
    "(Updates with closing prices)", "[Adds comment from the ministry]", "This story has been updated.",
    "The article was corrected.", "*** Update: This story is being updated", "Editor's note: This story was corrected.",
    "Correction: The story has been corrected.", "This is a developing story.", "This is a breaking news story.",
    "Edited by: Sarah Lindner", "Compiled by Jane Doe", "Translated by Ana Lima", "Produced by Jane Doe",
    "Fact-checked by Jane Doe", "Reviewed by Jane Doe", "Written by Jane Doe",
    "Published 4 hours ago", "an hour ago", "Yesterday", "Today 4:00", "Updated", "기사입력 2024.05.01",
    "+05:30 UTC", "Stand: 14.05.2024", "a day ago", "h 12:00", "5 min read", "May 14, 2024",
    "Jane Doe HAVE A TIP? may be reached at the desk", "Jane Doe does not work for any company.",
    "Jane Doe did not take grants.",
    "Published March 4, 2025Updated March 5, 2025, 9:12 a.m. ET", "2025-02-10T14:03:00Z",
    "2025-02-10T14:03:00.125+05:30", "2025-02-10t14:03-0800", "2025Q1 results",
    "Reach Dylan Marchetti at dmarchetti@example.com and follow him on X @dylanm.",
    "Contact Jane Doe at jdoe@example.com", "ava.rendell@example.org@avarendell",
]


def _at_respell(line: str) -> list[str]:
    out = [line, line.upper(), line.lower(), line.title()]
    out += [line.replace("i", "\u0130"), line.replace("s", "\u017f"), line.replace("k", "\u212a")]
    return out


def test_attribution_gates_are_necessary_on_probes() -> None:
    for probe in _AT_PROBES:
        for line in _at_respell(probe):
            _check_attribution_gates(line)
    reached = [p for p in _AT_PROBES if any(_at_ungated_results(p).values()) or at._UPDATE_NOTE.fullmatch(p)
               or at._UPDATE_SENTENCE.match(p) or at._EDITED_BY.fullmatch(p)]
    assert len(reached) > len(_AT_PROBES) * 3 // 4  # the probes reach the rules' patterns


def test_caption_fold_maps_every_case_variant_of_ascii_letters() -> None:
    # regex's IGNORECASE is not symmetric: (?i)I matches "ı", (?i)i matches "İ"; the
    # captions gates fold both, for patterns written in either case
    import string

    for letter in string.ascii_letters:
        pattern = regex.compile("(?i)" + regex.escape(letter))
        for cp in range(0x80, 0x110000):
            if 0xD800 <= cp <= 0xDFFF:
                continue
            c = chr(cp)
            if pattern.match(c):
                assert captions.fold(c) == letter.lower(), (letter, hex(cp))


@given(st.text(alphabet=st.sampled_from("ab 1.!?…\"”’)]\u00a0\u2028\x1c\t-'"), max_size=80))
def test_is_body_is_word_count_and_sentence_end(text: str) -> None:
    from cleannews.shapes import BODY_MIN_WORDS, at_least_words, ends_sentence, is_body, word_count

    assert is_body(text) == (word_count(text) >= BODY_MIN_WORDS and ends_sentence(text))
    for n in (1, 3, 14, 21):
        assert at_least_words(text, n) == (word_count(text) >= n)


_SENTENCE_END_PATTERN = regex.compile(r"[.!?…][\"'”’)\]]*+\s*+$")


@given(st.text(alphabet=st.sampled_from(".!?…\"'”’)] a\n\t\x0b\x1c\x1f\x85\xa0\u2000\u2028\u3000\u200b"), max_size=12))
def test_ends_sentence_is_the_sentence_end_pattern(text: str) -> None:
    from cleannews.shapes import ends_sentence

    assert ends_sentence(text) == (_SENTENCE_END_PATTERN.search(text) is not None)


def test_ends_sentence_strips_what_the_pattern_takes_for_white_space() -> None:
    from cleannews import shapes

    spaces = [c for c in map(chr, range(0x110000)) if regex.match(r"\s", c)]
    assert sorted(shapes._SPACES) == spaces
    assert all(shapes.ends_sentence("It ended." + c) for c in spaces)
    assert not shapes.ends_sentence("It ended.\x1c")  # str.isspace, but not \s


def test_is_body_on_real_lines() -> None:
    from cleannews.shapes import BODY_MIN_WORDS, ends_sentence, is_body, word_count

    for line in _real_lines():
        assert is_body(line) == (word_count(line) >= BODY_MIN_WORDS and ends_sentence(line)), line
