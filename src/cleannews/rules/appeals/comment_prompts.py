"""CN104 comment-prompt: Remove prompts asking the reader to comment or send feedback."""

from __future__ import annotations

from collections.abc import Iterator

from ... import lazyregex
from ...document import Document, Hit
from ...registry import rule
from ...shapes import fold
from .._quick import folded_lines
from ._prompts import _I, _MAX_PROMPT_CHARS, _prompt_test, _short_text


# --- CN104 comment prompts ---------------------------------------------------------------

_COMMENT = lazyregex.compile(
    r"^(?:we welcome your (?:comments|feedback|letters|thoughts|views)\b"
    r"|(?:leave|post|add|submit) (?:a |your )?(?:comments?|feedback)\b.{0,20}+$"
    r"|send us your (?:feedback|comments|thoughts)\b.{0,20}+$"
    r"|share your (?:thoughts|views|comments) (?:in|below|with us)\b"
    r"|(?:join|continue|start) (?:the|a) (?:conversation|discussion)(?: below| in the comments)?\W*+$"
    r"|[^\n]{0,160}?\b(?:please )?(?:read|review|see) our (?:commenting|comments?|community) "
    r"(?:policy|guidelines|rules|standards)\b[^\n]{0,40}+$"
    r"|have your say\b.{0,60}?\bcomments?\b)"
    r"|\b(?:let us know|tell us)\b.{0,40}?\bin the comments\b"
    r"|^comments? (?:are|have been) (?:closed|disabled)\b",
    _I,
)

#: A line that _COMMENT matches starts with one of these (folded), or holds "in the comments".
_COMMENT_STARTS = (
    "we welcome your ", "leave ", "post ", "add ", "submit ", "send us your ", "share your ",
    "join the ", "continue the ", "join a ", "continue a ", "start the ", "start a ", "have your say",
    "comment",
)
_COMMENT_INSIDE = ("in the comments", "our comment", "our community")


#: Trigger words of CN104: a literal that each branch of _COMMENT needs, spelt out in full.
_COMMENT_WORDS = (
    "we welcome your ",
    *(
        f"{verb} {det}{what}"
        for verb in ("leave", "post", "add", "submit")
        for det in ("", "a ", "your ")
        for what in ("comment", "feedback")
    ),
    *(f"send us your {what}" for what in ("feedback", "comments", "thoughts")),
    *(
        f"share your {what} {where}"
        for what in ("thoughts", "views", "comments") for where in ("in", "below", "with us")
    ),
    *(
        f"{verb} {det} {what}"
        for verb in ("join", "continue", "start")
        for det in ("the", "a")
        for what in ("conversation", "discussion")
    ),
    *(
        f"our {what} {rules}"
        for what in ("commenting", "comment", "comments", "community")
        for rules in ("policy", "guidelines", "rules", "standards")
    ),
    "have your say",
    "in the comments",
    *(
        f"{what} {verb} {state}"
        for what in ("comment", "comments") for verb in ("are", "have been") for state in ("closed", "disabled")
    ),
)


#: Comment-moderation notices: "ATENÇÃO: Comentários ... não serão aprovados pelo
#: moderador", "Comments are moderated and will not appear until approved".  The line
#: opens with the comment word (after an optional "Note:" label and a determiner) and
#: holds a moderation word, or an approval/publication word after a negation or "until".
_MODERATION_NOTICE = lazyregex.compile(
    r"^(?:(?:aten[çc][ãa]o|atenci[óo]n|attention|aviso|importante|important|nota|note|n\.\s?b\.|obs\.?"
    r"|observa[çc][ãa]o|hinweis|achtung|remarque)\s{0,3}+[:\-–—]\s{0,3}+)?"
    r"(?:(?:all|our|your|the|reader|todos os|todas as|os|seus|todos los|los|sus|tous les|les|vos|alle|die|ihre)\s{1,3}+)?"
    r"(?:comments?|coment[áa]rios?|commentaires?|kommentare?)\b"
    # comments on or by something in particular are news ("Comments on the plan ..."),
    # but for comments on this article, site or blog
    r"(?!\s{1,3}+(?:on|about|from|by|to|regarding|submitted|made|received|sent|sobre|dos|das|do|da|de|del"
    r"|des|du|sur|von|zu|zum|zur|aus)\b(?!\s{1,3}+(?:this|these|our|este|esta|estes|neste|nesta|ce|cet|cette"
    r"|nos|diesem|dieser|unserer|unseren)\b))"
    r"[^\n]{0,300}?"
    r"(?:\b(?:moderat(?:ed|ion|ors?)|pre-moderated|moderad(?:os?|as?|or|ores)|modera[çc][ãa]o|moderaci[óo]n"
    r"|mod[ée]r[ée]e?s?|mod[ée]ration|mod[ée]rateurs?|moderiert|moderation|moderatoren)\b"
    r"|\b(?:not|n[ãa]o|no|pas|nicht|never|nunca|jamais|until|unless|after|before|only|at[ée]|hasta|sin|sem|apr[èe]s|avant|erst"
    r"|subject to|sujeit[oa]s? [àa]|sujet[oa]s? a|soumis [àa])\b[^\n.]{0,40}?"
    r"\b(?:approv(?:ed|al)|aprovad[oa]s?|aprova[çc][ãa]o|aprobad[oa]s?|aprobaci[óo]n|approuv[ée]e?s?"
    r"|published|publicad[oa]s?|publi[ée]e?s?|ver[öo]ffentlicht|freigeschaltet|freigegeben)\b)",
    _I,
)
#: A notice states a rule in the present or future ("are", "will not be", "serão"), never a
#: past event ("Comments were moderated by the chair").
_NOTICE_VERB = lazyregex.compile(
    r"\b(?:are|is|will|won['’]t|may|must|can|cannot|can['’]t|should|shall|need|subject"
    r"|s[ãa]o|ser[ãa]o|est[ãa]o|poder[ãa]o|podem|devem|passam|sujeit[oa]s?"
    r"|son|ser[áa]n|est[áa]n|pueden|podr[áa]n|deben|sujet[oa]s?"
    r"|sont|seront|peuvent|pourront|doivent|soumis|werden|wird|sind|k[öo]nnen|m[üu]ssen)\b",
    _I,
)

#: Trigger words of the moderation notice: a literal that each branch of its moderation or
#: approval words needs (folded).
_MODERATION_WORDS = (
    "moderat", "moderad", "moderaç", "moderac", "modér", "modere", "moderiert", "modera",
    "approv", "aprovad", "aprovaç", "aprovac", "aprobad", "aprobac", "approuv",
    "published", "publicad", "publie", "publié", "veröffentlicht", "veroffentlicht", "freigeschaltet", "freigegeben",
)


def _capital_inside(text: str) -> bool:
    """A capitalised word inside a sentence (a name): notices name nobody.

    German capitalises every noun, so a German notice ("Kommentare ...") is let through.
    """
    if "kommentar" in fold(text):
        return False
    previous = ""
    for word in text.split():
        if previous and previous[-1] not in ".!?:;–—-" and word[0].isupper() and word != "I":
            return True
        previous = word
    return False


_PROMPT, _NOTICE = "comment prompt", "comment-moderation notice"
#: The test of a comment prompt line (see _prompt_test).
_COMMENT_TEST = _prompt_test(_COMMENT, 30, _COMMENT_STARTS, _COMMENT_INSIDE)


def _comment_reason(text: str, f: str | None = None) -> str | None:
    """_PROMPT if the stripped line ``text`` is a comment prompt, _NOTICE if it is a
    short, non-speech comment-moderation notice, None for anything else.  ``f`` is
    ``cfold(text)`` when the caller has it.  A pure function of the text, kept per text
    by _learn_reason."""
    if _COMMENT_TEST(text, f):
        return _PROMPT
    if (
        _short_text(text, 45)
        and _MODERATION_NOTICE.search(text) is not None
        and _NOTICE_VERB.search(text) is not None
        and not _capital_inside(text)
    ):
        return _NOTICE
    return None


#: _comment_reason's answers per text (lines recur across a publisher's pages and a
#: document's passes), at most _KNOWN_REASONS of them (then it starts afresh).  A dict
#: rather than an lru_cache: on a first sight the line's folded text, which the trigger
#: scan already made (folded_lines), is handed on instead of being folded again.
_known_reasons: dict[str, str | None] = {}
_KNOWN_REASONS = 4096
_UNKNOWN = "unknown"


def _learn_reason(text: str, f: str) -> str | None:
    """_comment_reason(text, f), kept in _known_reasons."""
    reason = _comment_reason(text, f)
    if len(_known_reasons) >= _KNOWN_REASONS:
        _known_reasons.clear()
    _known_reasons[text] = reason
    return reason


@rule("CN104", "comment-prompt", words=(*_COMMENT_WORDS, *_MODERATION_WORDS), local=True)
def comment_prompt(doc: Document, candidates: list[int]) -> Iterator[Hit]:
    """Remove prompts asking the reader to comment or send feedback.

    "We welcome your comments at letters@...", "Leave your feedback", "Share your
    thoughts in the comments below", "Join the conversation".  Sentences about
    comments someone made, and quoted speech, are kept.

    Okay: The governor's office didn't immediately respond to a request for comment.
    Okay: A spokeswoman declined to comment.
    Okay: Share your route with someone who is not on the trip, rescuers advised.
    Okay: Residents can leave comments on the plan at city hall until June 3, officials said.
    CN104: We welcome your comments at letters@example.in.
    CN104: Leave your feedback
    CN104: What do you think? Let us know in the comments below.
    CN104: Start a Conversation
    CN104: The Daily Planet values your comments but kindly requests all posts are on topic. Please review our commenting policy.
    Okay: Start a conversation with your doctor before changing the dose.
    Okay: The site updated its community guidelines in May after complaints from users.

    Notices on how comments are moderated go too ("Comments are moderated and will not
    appear until approved"): the line opens with the comment word, after an optional
    label such as "Note:", states a rule in the present or future, and holds a
    moderation word, or "approved"/"published" after a negation or "until".  Reported
    speech, past events and lines that name someone are kept.

    CN104: ATENÇÃO: Comentários com textos ininteligíveis ou que faltem com respeito ao usuário não serão aprovados pelo moderador.
    CN104: Comments are moderated and will not appear until approved.
    CN104: Comments that are abusive, off-topic or use excessive foul language will not be approved.
    CN104: All comments are subject to moderation.
    CN104: Note: comments are moderated and may take some time to appear.
    CN104: Los comentarios están sujetos a moderación y no serán publicados si contienen insultos.
    CN104: Les commentaires injurieux ou hors sujet ne seront pas publiés.
    CN104: Kommentare werden erst nach Prüfung durch die Redaktion freigeschaltet.
    Okay: The company said comments that violate its rules will not be approved, a spokesperson told reporters.
    Okay: The moderator approved 40 comments from residents at Tuesday's hearing.
    Okay: Comments from residents were moderated by the council chair at the hearing.
    Okay: Comments on Facebook are moderated by contractors who review millions of posts a day.
    Okay: Comments on the draft plan will be approved by the board in March.
    Okay: Comments on the proposal will not be published until the consultation closes.
    Okay: Comments from residents are moderated by city staff before each hearing.
    CN104: Comments on this article are moderated.
    """
    lines = doc.lines
    folded = folded_lines(doc)  # cfold of each line's stripped text, made by the scan
    known = _known_reasons.get  # looked up here: no Python call on a known text
    found = []
    for index in candidates:
        line = lines[index]
        if len(line.text) <= _MAX_PROMPT_CHARS:
            reason = known(line.stripped, _UNKNOWN)
            if reason is _UNKNOWN:
                reason = _learn_reason(line.stripped, folded[index])
            if reason is not None:
                found.append((index, reason))
    # the prompts first, then the notices
    for reason in (_PROMPT, _NOTICE):
        for index, why in found:
            if why is reason:
                yield Hit(index, index, reason)

