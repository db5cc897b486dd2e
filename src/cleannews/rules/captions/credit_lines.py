"""CN202 credit-line: Remove a line that is only a photo credit."""

from __future__ import annotations

from collections.abc import Iterator

from ...caching import text_cache
from ...document import Document, Hit
from ...registry import rule
from ._credits import _CACHED_CHARS, _has_label_core, fold, is_credit
from ._patterns import _CAPTION_STUB, _CREDIT_MAX_CHARS
from ._triggers import _CREDIT_LINE_WORDS, _credit_shape, _STUB_WORDS


@rule("CN202", "credit-line", words=_CREDIT_LINE_WORDS + _STUB_WORDS, when=_credit_shape, local=True)
def credit_line(doc: Document, candidates: list[int]) -> Iterator[Hit]:
    r"""Remove a line that is only a photo credit.

    Credits name a photographer and an agency joined by "/" or "via" ("Mohammed Abed/AFP
    via Getty Images", "NASA/JPL-Caltech", "REUTERS/Jim Bourg"), carry a label ("Photo:
    ...", "Photograph: X/Reuters", "Image: Jens Köhler/dpa/picture alliance", "Image
    source, Getty Images", "(AP Photo/Jane Doe)"), or are a short parenthesised name on a
    line of their own ("(Manitoba Government)").  A credit is short and never a sentence:
    prose that mentions photos or agencies ("Photo agencies were once a fixture ...",
    "..., Reuters reported.") is kept, as are transcript cues like "(Applause)".

    A slash pair without an agency is a credit only when its first side is a person's
    name (no digits, no acronym, no heading word such as "For") and the other an outlet
    (capitals, a domain, "The X", an outlet word such as "Post" or "Magazine", or, in
    brackets, one capitalised word: "(Marisa Delgado/Patch)").  What follows a label is
    names, not prose, a spec or code.  So numbered or bulleted list items ("7.
    Data/Signal Routing"), headings that pair places, products or roles ("Riverside
    Drive / Harbour Street", "Product Manager/Owner"), spec lines ("Graphics: AMD Radeon
    780M") and config lines ("Image: nginx/stable:latest") are kept.

    Okay: Photo agencies were once a fixture of the newspaper industry.
    Okay: Photo identification is not required at the clinics, officials said.
    Okay: (Applause)
    Okay: (SOUNDBITE OF MUSIC)
    Okay: The deal was first reported by Reuters.
    Okay: Results:
    Okay: Pass/fail
    Okay: Courtesy of the family, the funeral will be private and no flowers are expected.
    CN202: Mohammed Abed/AFP via Getty Images
    CN202: Marta Kowal via Getty Images
    CN202: NASA/JPL-Caltech
    CN202: Image: Jens Köhler/dpa/picture alliance
    CN202: (Manitoba Government)
    CN202: Getty Images
    CN202: REUTERS/Jim Bourg
    CN202: (AP Photo/Jane Doe)
    CN202: Photograph: Tom Ellis/Reuters
    CN202: Image source, Getty Images
    CN202: ETHAN CAIRNS/THE GLOBE AND MAIL
    CN202: Courtesy of the family
    CN202: © Provided by The Guardian
    CN202: Mara Quint for The New York Times
    CN202: Credit...Mara Quint for The New York Times
    CN202: EFE-EPA/JUAN HERRERO
    CN202: ANSA/ANDREA MEROLA
    CN202: Scott Olson—Getty Images
    CN202: Representative image
    CN202: Image for representation (AFP)
    CN202: Illustration by The Atlantic. Sources: Getty; Shutterstock.
    Okay: Kamala Harris for President
    Okay: Illustration by a local artist. She sold it for charity.
    Okay: Votes for women
    Okay: The Photo... was fake, she said.
    Okay: 7. Data/Signal Routing
    Okay: 2) Hot Water/Steam
    Okay: Riverside Drive / Harbour Street
    Okay: B. Flambé / Cart Service
    Okay: Acme Books / Pagely
    Okay: Platform DevOps/SRE Support
    Okay: For Parents/Guardians
    Okay: Product Manager/Owner
    Okay: Graphics: AMD Radeon 780M
    Okay: Image: nginx/stable:latest
    Okay: Photos, not promises
    Okay: Photo: Open the app and tap the camera
    Okay: - Photo: Getty Images
    CN202: Tom Delaney/Cape Breton Post
    CN202: Barbara J. Perenic/The Columbus Dispatch
    CN202: (Marisa Delgado/Patch)
    CN202: Sgt. Jane Doe/U.S. Army
    CN202: Photo: courtesy of the family
    CN202: Photo by Jane Roe https://www.pexels.com/photo/red-lights-12345
    CN202: Graphics by Jane Doe
    """
    lines = doc.lines
    for index in candidates:
        text = lines[index].stripped
        if len(text) > _CREDIT_MAX_CHARS and text[0] != "|" and text[-1] != "|":
            continue  # too long for a credit (is_credit strips only pipes and spaces) or a stub
        reason = _credit_reason(text)
        if reason is not None:
            yield Hit(index, index, reason)


#: The rule's answer depends on the line's text alone, so it is kept per text (see
#: _CACHED_CHARS).
@text_cache(8192, max_chars=_CACHED_CHARS)
def _credit_reason(text: str) -> str | None:
    """Why the line whose stripped text is ``text`` goes, or ``None`` if it stays."""
    if is_credit(text):
        return "photo credit"
    if len(text) <= 60 and _has_label_core(fold(text)) and _CAPTION_STUB.fullmatch(text):
        return "caption stub"
    return None

