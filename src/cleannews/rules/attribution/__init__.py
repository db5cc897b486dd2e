"""Rules: attribution (CN3xx).

Bylines, author-name and job-title lines, timestamps and read times, update notes, author
bios, reporter contact lines, funding disclosures, and wire or syndication trailers.

Most of these lines are recognised by their *build* rather than by a phrase: a byline is
"By" followed by nothing but names, outlets, e-mail addresses and timestamps; a timestamp
line is made of nothing but timestamp vocabulary around a date or time.  Lines that are
only safe in context (a bare name, a job title, a date without a label) are removed only
in the header cluster at the top or in the tail after the last paragraph, next to other
attribution lines.  The helpers in the ``_``-prefixed modules are private to this package.

Modules (one per rule or close pair; ``_``-prefixed ones hold what several rules share):

* ``_common``: Helpers shared by the attribution rules: line limits, white space, the lead of a line
* ``_dates``: Timestamp vocabulary and shapes: months, weekdays, zones, times, and the lines shaped like a timestamp
* ``_timestamp_kind``: ``timestamp_kind``: whether a line is a timestamp, and of which kind; timestamps placed after a name, dated sections
* ``_names``: Names, outlets, roles, e-mail addresses and handles
* ``_byline_kind``: ``byline_kind``: whether a line is a byline, and of which kind
* ``_zones``: Where attribution sits: the head (before the first paragraph) and the tail (after the last one) of a document, lines next to an anchor, lists and tables
* ``bylines``: CN301 byline
* ``_headers``: Author header lines: names with affiliations, dated sections and furniture (``_header_kind``, ``_light_kind``)
* ``author_lines``: CN302 author-line
* ``timestamps``: CN303 timestamp
* ``read_times``: CN304 read-time
* ``update_notes``: CN305 update-note
* ``_bios``: Author bios and outlet blurbs: ``_bio_like`` and ``_outlet_blurb``
* ``author_bios``: CN306 author-bio
* ``_contacts``: Reporter contact lines: ``_contact_like``
* ``reporter_contacts``: CN307 reporter-contact
* ``_funding``: Funding and disclosure statements: ``_funding_like``
* ``funding_disclosures``: CN308 funding-disclosure
* ``_trailers``: Wire and syndication trailers and credit lists: ``_trailer_reason``
* ``wire_trailers``: CN309 wire-trailer
* ``editor_credits``: CN310 editor-credit
* ``_gates``: The quick checks of the attribution rules, one bit each, and the combined check per line
"""

from __future__ import annotations

from ._timestamp_kind import timestamp_kind
from ._names import is_name, is_outlet, is_role
from ._byline_kind import byline_kind
from .bylines import byline
from .author_lines import author_line
from .timestamps import timestamp
from .read_times import read_time
from .update_notes import update_note
from .author_bios import author_bio
from .reporter_contacts import reporter_contact
from .funding_disclosures import funding_disclosure
from .wire_trailers import wire_trailer
from .editor_credits import editor_credit

__all__ = [
    "author_bio",
    "author_line",
    "byline",
    "byline_kind",
    "editor_credit",
    "funding_disclosure",
    "is_name",
    "is_outlet",
    "is_role",
    "read_time",
    "reporter_contact",
    "timestamp",
    "timestamp_kind",
    "update_note",
    "wire_trailer",
]
