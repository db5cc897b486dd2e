"""CN413 trailing-headline-list: Remove a headerless list of headlines after the article."""

from __future__ import annotations

from collections.abc import Iterator
from itertools import islice, pairwise

from ... import lazyregex
from ...document import Document, Hit
from ...registry import rule
from ...shapes import tail_start, word_count
from ._labels import _I, _texts, _title_case


# ---------------------------------------------------------------------------------------
# CN413 headline lists after the article

_BULLETED = lazyregex.compile(r"[-–—•·*]\s{1,4}+(?P<item>[^\n]{1,200}+)")
_MEDIA_TAG = lazyregex.compile(r"\s[\[(](?:video|videos|photos?|gallery|podcast|audio|watch|listen)[\])]$", _I)


#: An item that names a book by its author ("The Long Walk by Ana Reyes") or a product by
#: its price or a spec ("Trail Runner 4 – $129", "Ultralight Tent (2 lb 3 oz)"): a
#: reading list or a buyer's guide, which is the article.
_BOOK_OR_PRODUCT = lazyregex.compile(
    r"\sby\s(?-i:\p{Lu})|[$£€¥]\s{0,2}+\d|\d\s{0,2}+(?:USD|EUR|GBP|dollars)\b"
    r"|\d\s{0,2}+(?:mm|cm|in|inch|inches|ft|oz|lbs?|kg|g|ml|l|gb|tb|mb|mah|w|hz|mp|v)\b|\d[\"”″]",
    _I,
)


def _listed_headline(text: str) -> bool:
    bulleted = _BULLETED.fullmatch(text)
    if bulleted:
        item = bulleted.group("item").strip()
        return (4 <= word_count(item) <= 20 and ":" not in item and _title_case(item)
                and not item.endswith((".", ",", ";")) and not _BOOK_OR_PRODUCT.search(item))
    return _MEDIA_TAG.search(text) is not None and 3 <= word_count(text) <= 25


def _bullet(text: str) -> str:
    """The bullet a line starts with ("" for none)."""
    return text[0] if _BULLETED.match(text) else ""


def _prose_after(text: str) -> bool:
    """A line of running text (8 words or more, ending like a sentence) with no bullet."""
    return (
        not _bullet(text)
        and text.rstrip("\"'”’)]")[-1:] in (".", "!", "?", "…")
        and word_count(text) >= 8
    )


#: One of these ends every line _MEDIA_TAG matches ("[Video]", "(Photos)").
_MEDIA_TAG_WORDS = tuple(
    tag + close for tag in ("video", "videos", "photo", "photos", "gallery", "podcast", "audio", "watch", "listen")
    for close in ("]", ")")
)
_BULLETS = frozenset("-–—•·*")  # what _BULLETED starts with
_MEDIA_TAG_ENDS = frozenset(")]")  # what _MEDIA_TAG ends with


def _two_bulleted_lines(doc: Document) -> bool:
    """Trigger test of CN413: two lines in a row after the last body line that start with
    a bullet.

    Two listed headlines in a row are two bulleted lines (_BULLETED), or one of them has a
    media tag, which holds one of _MEDIA_TAG_WORDS; CN413 takes them only at or after the
    tail (``shapes.tail_start``, found for every document by CN418's trigger test).
    """
    texts = _texts(doc)
    before = False
    for text in islice(texts, tail_start(doc), None):
        bulleted = text[:1] in _BULLETS
        if bulleted and before:
            return True
        before = bulleted
    return False


@rule("CN413", "trailing-headline-list", words=_MEDIA_TAG_WORDS, when=_two_bulleted_lines)
def trailing_headline_list(doc: Document) -> Iterator[Hit]:
    """Remove a headerless list of headlines after the article.

    Below the story, pages list more stories with no header: bulleted Title Case
    headlines ("- 15 Amazing Images of Stars") or headlines tagged with their medium
    ("... Review: a new headset [Video]").  Two or more such lines in a row after the last
    body paragraph go.  Bulleted lists inside the article stay, as do lists at the end in
    sentence case, with labels ("- Best Actor: ...") or with sentence punctuation, and a
    single bulleted line.  So does a run of Title Case items that is only part of a
    longer bulleted list (the items before or after it are not headlines), one that
    running text follows (the list sits between paragraphs), and a list of books by
    their authors ("- The Quiet Harbour by Mara Lind") or of products with a price or a
    spec ("- Ridge Pro Hiking Boot – $189"): a reading list or a buyer's guide.

    Okay: The last paragraph of the story ends here, with enough words to count as prose.\\n- Best Picture: The Long Road Home\\n- Best Actor: Dana Marsh
    Okay: The last paragraph of the story ends here, with enough words to count as prose.\\n- two cups of flour\\n- one egg, beaten
    Okay: - 15 Amazing Images of Stars\\n- 11 Fascinating Facts About Our Galaxy\\nThe story starts here and runs on for a good while, with enough words to be prose.
    Okay: The last paragraph of the story ends here, with enough words to count as prose.\\n- Fruit\\n- Ten Easy Ways to Eat More Greens\\n- How to Plan a Week of Healthy Meals\\n- Recipes
    Okay: The last paragraph of the story ends here, with enough words to count as prose.\\n- The Quiet Harbour by Mara Lind\\n- A Field Guide to Northern Birds by Tom Adair
    Okay: The last paragraph of the story ends here, with enough words to count as prose.\\n- Summit Trail Runner Four – $129\\n- Ridge Pro Waterproof Hiking Boot – $189
    Okay: The last paragraph of the story ends here, with enough words to count as prose.\\n- Walking the Rim Trail in a Single Day\\n- Camping at the Lake Below the Falls\\nWant more ideas for your next trip? Here are a few more of our favourites…
    CN413: The last paragraph of the story ends here, with enough words to count as prose.\\n- 15 Amazing Images of Stars\\n- 11 Fascinating Facts About Our Milky Way Galaxy
    CN413: The last paragraph of the story ends here, with enough words to count as prose.\\nHeadset Review: my new favourite for gaming [Video]\\nEspresso Machine Review: small and strong [Video]
    """
    lines = doc.lines
    n = len(lines)
    # a listed headline starts with a bullet or ends with a bracket: without two such lines
    # in a row there is no list, and no need to find the tail
    quick = [text[:1] in _BULLETS or text[-1:] in _MEDIA_TAG_ENDS for text in _texts(doc)]
    if not any(a and b for a, b in pairwise(quick)):
        return

    def listed(k: int) -> bool:
        return quick[k] and _listed_headline(lines[k].stripped)

    def kept(i: int, j: int) -> bool:
        """The run ``i..j`` is the article's: part of a longer bulleted list, or text follows it."""
        first = _bullet(lines[i].stripped)
        if first and i > 0 and _bullet(lines[i - 1].stripped) == first:
            return True  # the list began before the run, with items that are not headlines
        last = _bullet(lines[j].stripped)
        if j + 1 < n:
            after = lines[j + 1].stripped
            if last and _bullet(after) == last:
                return True  # the list goes on after the run
            if _prose_after(after):
                return True  # the list sits between paragraphs
        return False

    i = tail_start(doc)
    while i < n:
        if listed(i):
            j = i
            while j + 1 < n and listed(j + 1):
                j += 1
            if j > i and not kept(i, j):
                yield Hit(i, j, "list of headlines after the article")
            i = j + 1
        else:
            i += 1
