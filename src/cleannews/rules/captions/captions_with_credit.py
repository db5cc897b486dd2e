"""CN203 caption-with-credit: Remove a caption line that ends with its photo credit."""

from __future__ import annotations

from collections.abc import Iterator

from ...caching import text_cache
from ...document import Document, Hit
from ...registry import rule
from ...shapes import is_reported_speech, word_count
from ._credits import _CACHED_CHARS, _LIST_ITEM, _strong_tail, looks_like_caption, trailing_credit
from ._patterns import _CAPTION_MAX_CHARS
from ._triggers import _TAIL_WORDS


@rule("CN203", "caption-with-credit", words=_TAIL_WORDS, local=True)
def caption_with_credit(doc: Document, candidates: list[int]) -> Iterator[Hit]:
    r"""Remove a caption line that ends with its photo credit.

    The credit may be labelled ("... Credit: Santiago Vela for The Texas Tribune",
    "(photo credit: ERAN LAVI/FLASH90)", "File photo by Carla Mendez/Reuters"), bracketed
    ("[Daniel Mwangi/Reuters]", "(AP Photo/Jane Doe)"), marked with "©", or glued to the
    caption without a space ("... on April 3.ETHAN CAIRNS/THE GLOBE AND MAIL").  A short
    parenthesised outlet after a full stop ("... the deck. (WVLT)") counts only on a
    caption-shaped line.  A sentence with a quote is never a caption unless the credit is
    explicit; body text that cites a wire ("..., Reuters reported.") has no such credit.
    A label credits a photo only where a caption ends (after a full stop, a bracket, a
    bar or a dash, or capitalised with a colon), followed by names: a label word inside
    prose ("mix photos, text, and graphics", "qualify for the credit, the ...") is kept.
    A list item ("- ...", "3. ...") is never a caption, nor a heading such as "3. Sand
    The Old Deck/Rail".

    Okay: Israel and Cyprus agreed to restart talks on a pipeline, Reuters reported.
    Okay: KNOXVILLE, Tenn. (WVLT) - Drivers who use the bridge will need another way into town.
    Okay: "We are done," he told reporters. (WVLT)
    Okay: The agency's budget was cut by the Environmental Protection Agency (EPA).
    Okay: The trade between the U.S./Mexico border towns grew.
    CN203: Musicians perform in Tel Aviv, March 6, 2024. (photo credit: ERAN LAVI/FLASH90)
    CN203: Farmers carry placards in Nairobi, Kenya, March 15, 2024 [Daniel Mwangi/Reuters]
    CN203: A minister inspects a returned mask in Lyon on March 12, 2024. © Olivier Chazal, AFP
    CN203: A pivot irrigation system outside Pecos. Credit: Santiago Vela for The Texas Tribune
    CN203: Crews will replace the expansion joints and resurface the deck. (WVLT)
    CN203: Volunteers sort donated groceries at the pantry on Thursday. (Marisa Delgado/Patch)
    CN203: Left: A nurse prepares a dose of vaccine. File photo by Carla Mendez/Reuters
    CN203: Construction cranes above downtown Vancouver on April 3.ETHAN CAIRNS/THE GLOBE AND MAIL
    CN203: John KirbyREUTERS/Jim Bourg
    CN203: Firefighters battle a blaze near Valencia, Spain, June 3, 2024. REUTERS/Eva Manez
    CN203: Smoke rises over the city after the strike [File: Mahmoud Issa/Reuters]
    CN203: A protester waves a flag outside parliament. (AP Photo/Jane Doe, File)
    CN203: Rescue workers search the rubble. Photograph: Ali Hassan/Reuters
    CN203: Workers raised a seawall in Point Lisle, N.J., last month.Credit...Mara Quint for The New York Times
    CN203: Residents line up for water at a school on Thursday. (Jahi Coleman for The Washington Post)
    CN203: Deputies carry a hiker down a trail on Saturday. (Marlow County Sheriff's Office via AP)
    CN203: Passengers wait at a London station during a previous strike (PA Wire)
    CN203: The cofounders, Mia Reyes and Tom Kahn. Courtesy of Second Desk
    CN203: A wind farm off the coast of Block Island. getty
    CN203: A voter casts a ballot in Des Moines, Iowa, on Jan. 4, 2024. Scott Olson—Getty Images
    CN203: Tourists walk across a bridge in Venice. ANSA/ANDREA MEROLA
    Okay: "We never gave up," she said. Courtesy of the family
    Okay: The mayor thanked the crews. (Jane Doe for Mayor)
    Okay: The long war—and what came after it—changed the town.
    Okay: - How to mix photos, text, and graphics
    Okay: - Share photos, reels, and stories daily
    Okay: - Print buyers at Northside Graphic, Delta Printing and Union Photo.
    Okay: The Proof is in the Pictures, not the Numbers
    Okay: File a return to claim it.1 If you qualify for this credit, the most you can get is:
    Okay: 3. Sand The Old Deck/Rail
    Okay: 12. Wire Cutters/Strippers
    CN203: Interior design by Jane Roe, Sonoma CA. Photo: Tom Kuoh
    CN203: The minister leaves Downing Street on Friday Credit: Jeff Gilbert for The Telegraph
    CN203: Trains leave the depot every hour. Image by Jane Roe
    """
    lines = doc.lines
    for index in candidates:
        text = lines[index].stripped
        if _is_caption_with_credit(text):
            yield Hit(index, index, "caption with its photo credit")


#: The rule's answer depends on the line's text alone, so it is kept per text (for a
#: corpus that repeats its captions, as pages of one site do; see _CACHED_CHARS).
@text_cache(8192, max_chars=_CACHED_CHARS)
def _is_caption_with_credit(stripped: str) -> bool:
    """True if the line whose stripped text is ``stripped`` is a caption with its credit."""
    text = stripped.strip("|").strip()
    if len(text) > _CAPTION_MAX_CHARS or not text or _LIST_ITEM.match(text):
        return False  # a list item is not a caption ("2. Remove The Old Paint/Stain")
    start = trailing_credit(text)
    if start is None:
        return False
    caption = text[:start].strip()
    if not caption or word_count(caption) > 60:
        return False
    if not _strong_tail(text, start) or is_reported_speech(caption):
        if not looks_like_caption(caption, max_words=35, max_sentences=2):
            return False
    return True

