"""The credit and caption patterns: agencies, credit labels, credit tails, datelines, caption
cues.
"""

from __future__ import annotations

from ... import lazyregex


# ---------------------------------------------------------------------------------------
# Building blocks
# ---------------------------------------------------------------------------------------

#: Longest line (in characters) that can be a credit on its own.
_CREDIT_MAX_CHARS = 140
#: Longest line (in characters) looked at as a possible caption.
_CAPTION_MAX_CHARS = 700
#: Only this many characters at the end of a line are searched for a trailing credit.
_TAIL_CHARS = 200

# Photo agencies and credit words.  Short acronyms are matched case-sensitively.
_AGENCY_WORDS = (
    r"Getty(?: Images)?(?:/iStockphoto)?|Reuters(?: Pictures)?|Associated Press|AP Photo|AP Images|"
    r"Agence France-Presse|EPA(?:-EFE)?|EFE(?:-EPA)?|ANSA|Lusa|ANP|Belga|Ritzau|Scanpix|NTB|TT|CTK|PAP|MTI|"
    r"Ukrinform|UNIAN|Jiji(?: Press)?|Antara|Bernama|IRNA|WAFA|KCNA|dpa|picture[ -]alliance|Flash ?90|Shutterstock|Alamy|"
    r"iStock(?:photo)?|NASA|ESA|JPL-Caltech|Bloomberg|Xinhua|Anadolu(?: Agency)?|SIPA(?: USA)?|"
    r"Sipa(?: USA)?|ZUMA(?: Press| Wire)?|Zuma(?: Press| Wire)?|PA(?: Images| Wire| Media)?|"
    r"(?:The )?Canadian Press|AAP(?: Image)?|Kyodo(?: News)?|Yonhap|NurPhoto|SOPA Images|"
    r"LightRocket|Icon Sportswire|USA TODAY (?:Sports|NETWORK)|Imagn(?: Images)?|WireImage|"
    r"FilmMagic|Newscom|Redux|Polaris|Pool|POOL|ANI|PTI|IANS|Corbis|Unsplash|Pexels|"
    r"Wikimedia(?: Commons)?|Handout|HANDOUT|Courtesy|Supplied|TASS|Sputnik|Abaca(?:press)?|"
    r"ABACAPRESS|Camera Press|REX|Rex Features|Bridgeman(?: Images)?|Universal Images Group|"
    r"Hulton Archive|Al Jazeera|Bettmann|Keystone|Photoshot|Sportsfile|INPHO|Inpho|Press Association|"
    r"MediaNews Group|Tribune News Service|Contributor|Stringer|AFP|AP|REUTERS|GETTY IMAGES|"
    r"(?:The )?Globe and Mail|THE GLOBE AND MAIL|THE CANADIAN PRESS|File Photo|FILE PHOTO|File"
)
_STANDALONE_AGENCY = lazyregex.compile(
    r"(?:Getty Images(?:/iStockphoto)?|AFP(?:/Getty Images| via Getty Images)?|AP Photo|AP Images|"
    r"Shutterstock|Alamy(?: Stock Photo)?|iStock(?:photo)?|EPA(?:-EFE)?|picture alliance|"
    r"dpa/picture alliance|Supplied|Handout|HANDOUT|File photo|FILE PHOTO|Pool photo|Reuters|REUTERS|"
    r"Associated Press|The Associated Press|Courtesy photo|Submitted photo|Contributed photo)"
)
_AGENCY_SEGMENT = lazyregex.compile(rf"(?:{_AGENCY_WORDS})(?:,? (?:File|FILE|Handout|Pool))?")

# A capitalised word of a name or organisation (letters, digits, a few inner marks).
_CAP = r"[\p{Lu}\p{N}][\p{L}\p{M}\p{N}'’.&\-]{0,30}+"
# Words allowed in lower case inside an organisation's name.
_LOWER = r"(?:of|and|the|for|de|del|du|da|la|le|von|van|der|al|el|y|dpa|picture|alliance)"
_WORD = rf"(?:{_CAP}|{_LOWER}|via)"
_RUNWORD = rf"(?:{_CAP}|{_LOWER})"
_NAME_RUN = rf"{_CAP}(?: {_RUNWORD}){{0,6}}+"
_PERSON = lazyregex.compile(rf"{_CAP}(?: {_CAP}){{1,3}}")

# "Photo: X", "Photograph: X/Reuters", "Image source, Getty Images", "Photo by X" ...
_LABEL_WORDS = (
    r"(?:(?:File|Staff|Pool|Handout|Courtesy|Main|Top|Header|Lead|Cover|Feature|Featured|"
    r"Contributed|Submitted|Stock|Hero) )?"
    r"(?:Photo|Photos|Photograph|Photographs|Photography|Picture|Pictures|Pic|Image|Images|"
    r"Illustration|Illustrations|Graphic|Graphics|Artwork|Rendering|Credit|Credits)"
    r"(?: (?:credit|credits|source|courtesy))?"
)
_CREDIT_LABEL = lazyregex.compile(
    rf"(?:(?i:{_LABEL_WORDS})(?:\s{{0,3}}[:,|]|\s(?i:by|courtesy of|courtesy|via))|(?i:credit)(?:\.\.\.|…))"
    r"\s{0,3}+(?=\S)"
)

# A whole line that is only a credit (checked on the unwrapped, stripped text).
_SLASH_CREDIT = lazyregex.compile(
    rf"(?P<segs>{_NAME_RUN}(?: ?/ ?{_WORD}(?: {_WORD}){{0,6}}+){{1,4}}+)"
    r"(?:,? (?:File|FILE|Handout|Pool|via (?:Getty Images|Reuters|AP|AFP)))?"
)
_VIA_CREDIT = lazyregex.compile(rf"{_NAME_RUN}(?:/{_NAME_RUN})?+ via {_NAME_RUN}")
_COURTESY_CREDIT = lazyregex.compile(
    rf"(?i:(?:photo )?courtesy(?: of)?) (?:{_NAME_RUN}|(?:the|The) [\p{{L}}'’.\- ]{{1,50}}+)"
    rf"|{_NAME_RUN} ?/ ?(?i:courtesy|handout)"
)
_COPYRIGHT_CREDIT = lazyregex.compile(
    rf"(?:©|\(c\)|Ⓒ) ?(?:Provided by )?{_NAME_RUN}(?:[,/] ?{_NAME_RUN}){{0,2}}+"
)
# "Mara Quint for The New York Times", "Jeff Gilbert for The Telegraph": a staff or
# freelance photographer working for a news outlet (the outlet's last word is a news word).
_NEWS_WORDS = (
    r"Times|Post|News|Journal|Tribune|Guardian|Telegraph|Globe|Chronicle|Herald|Star|Magazine|"
    r"Dispatch|Observer|Independent|Gazette|Inquirer|Examiner|Bee|Register|Mail|Express|Atlantic|"
    r"Review|Record|Sentinel|Standard|Press|Bloomberg|NPR|CNN|BBC|ProPublica|TIME|Reuters|AFP"
)
_FOR_CREDIT = lazyregex.compile(rf"{_CAP}(?: {_CAP}){{1,3}}+ for (?:[Tt]he )?+(?:{_CAP} ){{0,4}}+(?:{_NEWS_WORDS})")
# "Scott Olson—Getty Images", "Jane Doe—Bloomberg/Getty Images": a name, an em dash, an agency.
_DASH_CREDIT = lazyregex.compile(
    rf"{_CAP}(?: {_CAP}){{1,3}}+ ?— ?(?:{_AGENCY_WORDS})(?: ?/ ?(?:{_AGENCY_WORDS})){{0,2}}+"
)
# TOI and HT print a stub instead of a caption: "Representative image", "Image for representation".
_CAPTION_STUB = lazyregex.compile(
    r"(?i:(?:representative|representational|file|stock)\s(?:image|photo|photograph|picture|pic)"
    r"|(?:image|photo|picture)\s(?:used\s)?for\srepresentation(?:al\spurposes?)?)"
    r"(?:\s\((?:AFP|PTI|ANI|Reuters|REUTERS|AP|Getty Images|iStock|Shutterstock|HT|TOI|File)\))?"
)
_FILE_PREFIX = lazyregex.compile(r"(?:File|FILE|Archive|ARCHIVE) ?: ?")
_PAREN_NAMES = lazyregex.compile(rf"\({_CAP}(?: {_WORD}){{1,5}}+\)")
_NOT_CREDIT_PAREN = lazyregex.compile(
    r"(?i)\b(?:laughter|applause|crosstalk|music|soundbite|inaudible|sic|continued|"
    r"part|chapter|video|audio|updated|update|corrected|correction|editor|translated|"
    r"opens in|new tab|read more|ret|retd|r|d|i)\b"
)
_ENDS_SENTENCE = lazyregex.compile(r"[.!?…][\"'”’)\]]*+$")
_DIGIT_RUN = lazyregex.compile(r"\d{4}")

# A trailing credit on a caption line.  The search runs on the last _TAIL_CHARS characters.
_TAIL_STRONG = lazyregex.compile(
    r"(?:"
    # (photo credit: X), (Photo: X), (AP Photo/X), (Image: X), (credit: X/Y), (Getty Images)
    rf"\((?i:{_LABEL_WORDS})\s{{0,2}}(?:[:,]|\s(?i:by|courtesy of|courtesy))[^()\n]{{1,90}}+\)"
    r"|\((?:AP|AFP|Reuters|REUTERS|Getty Images|EPA|Shutterstock|Handout|Supplied|File)"
    r"(?: Photo(?:[/,][^()\n]{1,80}+)?|[/,][^()\n]{1,80}+)\)"
    r"|\((?:Getty Images|Getty|Shutterstock|Handout|Supplied|File photo|File Photo|PA Wire|PA Media|PA Archive|"
    r"PA Images|AFP via Getty Images)\)"
    # [Daniel Mwangi/Reuters], [File: X/AFP], [Reuters]
    rf"|\[(?:File: ?)?{_NAME_RUN}(?: ?/ ?{_WORD}(?: {_WORD}){{0,5}}+){{1,3}}+\]"
    r"|\[(?:File: ?)?(?:Reuters|REUTERS|AFP|AP|AP Photo|Getty Images|EPA|EPA-EFE|Anadolu(?: Agency)?|"
    r"Al Jazeera|Handout|Supplied|File)(?: via [^\[\]\n]{1,40}+)?\]"
    # © Olivier Chazal, AFP
    rf"|(?:©|Ⓒ) ?{_NAME_RUN}(?:[,/] ?{_NAME_RUN}){{0,2}}+"
    # Credit: X for The Texas Tribune; Photo: X; File photo by X/Reuters; Photograph: X/Reuters
    rf"|(?<![\p{{L}}\p{{N}}_])(?:{_CREDIT_LABEL.pattern})[^\n]{{1,90}}+"
    r")\s*+$"
)
# A slash credit after a full stop: "... June 3, 2024. REUTERS/Eva Manez".
_TAIL_SLASH = lazyregex.compile(
    r"(?<=[\p{Ll}\p{N}][.!?][\"”’]?+ )"
    rf"(?:{_CAP}(?: {_RUNWORD}){{0,4}}+ ?/ ?{_WORD}(?: {_WORD}){{0,6}}+(?: ?/ ?{_WORD}(?: {_WORD}){{0,4}}+)?+"
    rf"|{_CAP}(?: {_CAP}){{1,3}}+ ?— ?{_WORD}(?: {_WORD}){{0,4}}+(?: ?/ ?{_WORD}(?: {_WORD}){{0,4}}+)?+)\s*+$"
)
# A weaker trailing credit, only after a full stop and on caption-shaped lines:
# "... resurface the deck. (WVLT)", "... on Thursday. (Marisa Delgado/Patch)".
_TAIL_WEAK = lazyregex.compile(
    r"(?<=[\p{Ll}\p{N}][.!?][\"”’]?+ )"
    rf"(?:\([WK]\p{{Lu}}{{2,3}}(?:-TV)?\)|\({_NAME_RUN}(?: ?/ ?{_WORD}(?: {_WORD}){{0,5}}+){{1,3}}+\)"
    # (Jahi Coleman for The Washington Post), (Marlow County Sheriff's Office via AP)
    rf"|\({_CAP}(?: {_CAP}){{1,3}}+ for (?:[Tt]he )?+(?:{_CAP} ){{0,4}}+(?:{_NEWS_WORDS})\)"
    rf"|\({_NAME_RUN} via (?:AP|AFP|Reuters|REUTERS|Getty Images)\)"
    # Courtesy of Second Desk; getty (Forbes)
    rf"|(?i:photo )?+(?i:courtesy of|courtesy) {_NAME_RUN}|getty)"
    r"\s*+$"
)
# A credit glued to the caption without a space: "...HaderaMoshe Shai/Flash90",
# "John KirbyREUTERS/Jim Bourg", "...on April 3.ETHAN CAIRNS/THE GLOBE AND MAIL".
_TAIL_GLUED = lazyregex.compile(
    r"(?:(?<=\p{Ll})|(?<=[\p{Ll}\p{N}][.!?]))"
    rf"(?:{_CAP}(?: {_CAP}){{0,4}}+ ?/ ?{_WORD}(?: {_WORD}){{0,6}}+(?: ?/ ?{_WORD}(?: {_WORD}){{0,4}}+)?+"
    r"|(?:Getty Images|AFP via Getty Images|AFP|REUTERS|Reuters|AP Photo|Shutterstock))"
    r"\s*+$"
)

# Sentence boundaries inside a line (to count sentences).
_SENTENCE_BREAK = lazyregex.compile(r"[\p{Ll}\p{N})][.!?][\"”’]?+\s++[\"“‘]?+\p{Lu}")
# A wire dateline at the start: "WASHINGTON (AP) —", "KNOXVILLE, Tenn. (WVLT) -".
_DATELINE = lazyregex.compile(r"^[\p{Lu}][\p{L}.,' \-]{1,60}+\([\p{L}\p{N} .&\-]{1,20}+\)\s*+[—–\-]")
# A date, typical of captions: "on March 30, 2024", "May 2, 2024", "in 2023".
_DATE_CUE = lazyregex.compile(
    r"\b(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]{0,6}+\.? \d{1,2}\b"
    r"|\b\d{1,2} (?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]{0,6}+\b"
    r"|\b(?:in|on) (?:19|20)\d\d\b"
)

# A full date with its year that ends the sentence: wire captions end so ("..., Jan. 1, 2024.").
_DATE_END = lazyregex.compile(
    r"(?:\b(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]{0,6}+\.? \d{1,2}, (?:19|20)\d\d"
    r"|\b\d{1,2} (?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]{0,6}+,? (?:19|20)\d\d)\.$"
)
# Words that describe a picture rather than report news.
_VISUAL_CUE = lazyregex.compile(
    r"(?i)\b(?:illustration|rendering|pictured|poses|posing|photographed|file (?:photo|image)|"
    r"handout (?:photo|image|picture)|undated (?:photo|image|picture|handout)|aerial (?:view|photo)|"
    r"satellite (?:image|photo|picture)|screenshot|screen ?grab|still from|is seen|are seen|seen here|"
    r"artist['’]s (?:impression|concept|illustration|rendering)|"
    r"(?:this|a|the) (?:photo|photograph|image|picture) (?:shows|taken|released|provided|made)|"
    r"(?:photo|photograph|image|picture|illustration|map|graphic|chart) shows)\b"
)
_GALLERY = lazyregex.compile(
    r"(?i)(?:open this photo in gallery|view (?:this )?(?:photo|image)s? in gallery|"
    r"open (?:the )?gallery|view (?:the )?(?:full )?gallery|launch (?:the )?gallery|"
    r"(?:toggle|hide|show|expand|view) caption|enlarge this (?:image|photo)|"
    r"(?:click|tap) (?:to|here to) enlarge|enlarge (?:image|photo)|expand (?:image|photo)|"
    r"(?:photo|image|picture|slide) \d{1,3} of \d{1,3}|\d{1,3} of \d{1,3} (?:photos|images)|"
    r"see (?:all|more) (?:\d{1,3} )?(?:photos|images)|photo gallery)\s*+:?"
)
_LABELLED_CAPTION = lazyregex.compile(
    r"(?:Image|Media|Video|Photo|Picture) caption,? \S"
    r"|(?i:caption|photo caption|image caption|pictured|top image|main image) ?: \S"
)
_PICTURED = lazyregex.compile(
    r"\((?:pictured|left|right|centre|center|inset|above|below|top|bottom|far left|far right|"
    r"second (?:left|right|from (?:left|right)))(?:[ ,][^()]{0,60}+)?\)"
)
