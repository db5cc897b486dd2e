"""CN406 tag-list: Remove tag lists: "Related topics" / "Topics:" / "Explore more on these topics"
and the tags."""

from __future__ import annotations

from collections.abc import Iterator

from ... import lazyregex
from ...document import Document, Hit
from ...registry import rule
from ...shapes import is_body, tail_start, word_count
from .._quick import folded_lines
from ._labels import _fits, _I, _label, _may_be_label, _REPORTING_VERB


# ---------------------------------------------------------------------------------------
# CN406 tag lists

_TAG_HEADER_ANYWHERE = _label(
    r"related topics|topics mentioned in (?:this|the) (?:article|story)"
    r"|explore more on (?:these|this) topics?|more on (?:these|this) topics?|related tags"
    r"|topics in this (?:article|story)|tags in this (?:article|story)|this (?:article|story) is tagged(?: with| under)?"
    r"|(?:(?:click|tap) (?:the |an? )?\p{L}{1,12}+ icon to )?follow (?:these |the |related )?topics(?: in this (?:article|story))?"
)
_TAG_HEADER_TAIL = _label(
    r"topics|tags|tagged(?: with| under)?|filed under|categories|category|keywords|subjects|more on|more about"
    # the same labels in Portuguese, Spanish, French, German and Italian
    r"|categorias?|categorías?|catégories?|kategorien|kategorie|categorie"
    r"|etiquetas|étiquettes|schlagwörter|schlagworte|stichwörter|stichworte"
    r"|temas|t[óo]picos|assuntos|themen|thèmes|sujets|argomenti"
    r"|palavras[- ]chave|palabras[- ]clave|mots[- ]clés"
    r"|arquivado em|archivado en"
    # headers of a tag box that name no tags ("Archived In", "Read more on:", "in this news")
    r"|archived in|read more on|explore more|in this (?:news|story|article)"
)
#: A follow prompt that heads the topics and authors of the story ("Follow the topics and
#: authors in this story to see more of them ..."): a sentence, so not a label.
_FOLLOW_TOPICS = lazyregex.compile(
    r"follow (?:the )?(?:topics|topics and authors|authors and topics)(?: (?:in|from|of) this (?:story|article))?"
    r"(?: to [^\n]{1,200}+)?",
    _I,
)
_TAG_INLINE = lazyregex.compile(
    r"(?:related topics|topics|tags|tagged(?: with| under)?|filed under|categories|keywords|(?:see )?more (?:on|about))\s{0,8}+:\s{0,8}+(?<rest>[^\n]{1,400}+)",
    _I,
)


_TAG_SEPARATOR = lazyregex.compile(r",|\s[|·•]\s")


def _tag_shaped(text: str) -> bool:
    """A tag line: one to six words with no sentence punctuation, or a list of such tags
    separated by commas or by " | "."""
    if not _fits(text, 400) or text[-1] in ".!?:;":
        return False
    parts = _TAG_SEPARATOR.split(text)
    for part in parts:
        part = part.strip()
        if not part or len(part) > 60 or word_count(part) > 6:
            return False
    return len(parts) == 1 or len(parts) >= 3

#: How the body of a header that _TAG_HEADER_ANYWHERE or _TAG_HEADER_TAIL, or a line that
#: _TAG_INLINE, matches starts (folded, after the decorations in front).
_TAG_STARTS = (
    "related t", "topics", "explore more on", "more on", "more about", "tags", "tagged", "this article",
    "this story", "filed under", "categor", "keywords", "subjects", "see more on", "see more about", "follow ",
    "click ", "tap ",
    "catégor", "kategor", "etiquet", "schlagw", "stichw", "tema", "tópico", "topico", "assunto", "themen",
    "thèmes", "sujets", "argomenti", "palavras", "palabras", "mots", "arquivado", "archivado",
    "archived in", "read more on", "explore more", "in this ",
)


#: One of these is in every header _TAG_HEADER_ANYWHERE or _TAG_HEADER_TAIL and every line
#: _TAG_INLINE matches.
_TAG_WORDS = (
    "topic", "tags", "tagged", "filed under", "categor", "keyword", "subjects", "more on", "more about",
    # the labels in other languages (_TAG_HEADER_TAIL); "categor" covers categorias, categorie
    "catégor", "kategor", "etiqueta", "étiquette", "schlagw", "stichw", "temas", "tópico", "assunto", "themen",
    "thèmes", "sujets", "argomenti", "palavras", "palabras", "mots", "arquivado", "archivado",
    "archived in", "read more on", "explore more", "in this news", "in this story", "in this article",
)


@rule("CN406", "tag-list", words=_TAG_WORDS)
def tag_list(doc: Document, candidates: list[int]) -> Iterator[Hit]:
    r"""Remove tag lists: "Related topics" / "Topics:" / "Explore more on these topics" and the tags.

    Article pages end with a list of topic tags under a header: "Related topics", "Topics
    mentioned in this article", "Explore more on these topics", "Topics:", "Tags".  The
    header and the short tag lines after it go (one to six words each, no sentence
    punctuation, or one comma-separated line of tags); a single "Tags: a, b, c" line
    goes too.  Generic headers ("Topics", "Tags") count only after the last body
    paragraph, and a short line that is followed by a body paragraph is a subheading and
    stays, as do list labels such as "Results:" and their items.  The generic headers are
    known in Portuguese, Spanish, French, German and Italian too ("Categorias",
    "Etiquetas", "Catégories", "Schlagwörter", "Temas"), and a line that is nothing but
    such a header goes on its own when it comes after the last body paragraph.

    Okay: Topics covered at the meeting included parking, zoning and the new library, the clerk said.
    Okay: Results:\nMen's 100m: Arjun Menon (Kerala) 10.38s
    Okay: Topics\nThe council discussed parking, zoning and the new library for more than three hours on Tuesday night.
    CN406: Related topics\nNHS Wales\nLlandudno
    CN406: The council discussed parking, zoning and the new library for more than three hours on Tuesday night.\nTopics:\nAustralian Rules Football\nSport\nBallarat
    CN406: Explore more on these topics\nFarming\nWildlife\nConservation
    CN406: Tags: stock car brasil, stock car cascavel, stock car interlagos
    CN406: The council discussed parking, zoning and the new library for more than three hours on Tuesday night.\nSee more on: New York City Council
    CN406: Click the alert icon to follow topics:\nIsrael Tech\nWater
    Okay: Follow the topics below the story, the guide said.
    CN406: The council discussed parking, zoning and the new library for more than three hours on Tuesday night.\nCategorias
    CN406: The council discussed parking, zoning and the new library for more than three hours on Tuesday night.\nSchlagwörter:
    CN406: The council discussed parking, zoning and the new library for more than three hours on Tuesday night.\nÉtiquettes\nPolitique\nLyon
    CN406: The council discussed parking, zoning and the new library for more than three hours on Tuesday night.\nFiled under
    Okay: Temas\nThe council discussed parking, zoning and the new library for more than three hours on Tuesday night.
    Okay: The council discussed parking, zoning and the new library for more than three hours on Tuesday night.\nCategorias\nThe mayor will present a revised plan to the council in March, after a second round of public hearings.
    Okay: The council discussed parking, zoning and the new library for more than three hours on Tuesday night.\nCategorias de base do clube
    CN406: The council discussed parking, zoning and the new library for more than three hours on Tuesday night.\nRead more on:\ntshwane\npolitics
    CN406: The council discussed parking, zoning and the new library for more than three hours on Tuesday night.\nArchived In\nMadrid\nHeat wave
    CN406: The council discussed parking, zoning and the new library for more than three hours on Tuesday night.\nin this news\nCentral Bank | peso | inflation | exports
    CN406: Follow the topics and authors in this story to see more of them in your homepage feed and get email updates.\nPriya Anand\nCreators
    CN406: Tags: courts | housing | city council
    Okay: In this article\nThe council discussed parking, zoning and the new library for more than three hours on Tuesday night.
    Okay: Archived In\nThe council discussed parking, zoning and the new library for more than three hours on Tuesday night.
    Okay: The council discussed parking, zoning and the new library for more than three hours on Tuesday night.\nIn this story\nThe mayor will present a revised plan to the council in March, after a second round of public hearings.
    Okay: Follow the topics in this story closely, the editor told the new reporters.
    Okay: The council discussed parking, zoning and the new library for more than three hours on Tuesday night.\nRegion | 2024 | 2025\nNorth | 182 | 184
    """
    lines = doc.lines
    n = len(lines)
    folded = folded_lines(doc)
    skip_to = -1
    tail = -1

    def after_tail() -> int:
        """tail_start(doc), looked up when first needed."""
        nonlocal tail
        if tail < 0:
            tail = tail_start(doc)
        return tail

    # a tag list starts at a header or tag line, which holds one of the words
    for i in candidates:
        if i <= skip_to:
            continue
        text = lines[i].stripped
        if not _fits(text, 400) or not _may_be_label(folded[i], _TAG_STARTS):
            continue
        header = (len(text) <= 60 and (
            _TAG_HEADER_ANYWHERE.fullmatch(text) or (_TAG_HEADER_TAIL.fullmatch(text) and i >= after_tail())
        )) or (
            word_count(text) <= 30 and _FOLLOW_TOPICS.fullmatch(text) is not None and not _REPORTING_VERB.search(text)
        )
        if header:
            last = i
            for j in range(i + 1, min(n, i + 16)):
                item = lines[j].stripped
                if not _tag_shaped(item):
                    break
                if j + 1 < n and is_body(lines[j + 1].stripped):
                    break  # a subheading before the story goes on
                last = j
            if last > i or i >= after_tail():
                yield Hit(i, last, "tag list")
                skip_to = last
            continue
        match = _TAG_INLINE.fullmatch(text)
        if match and ("," in match.group("rest") or i >= after_tail()):
            rest = match.group("rest").strip()
            if _tag_shaped(rest) and not _REPORTING_VERB.search(rest):
                yield Hit(i, i, "tag line")
