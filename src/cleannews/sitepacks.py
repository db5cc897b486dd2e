"""Site knowledge as data: pattern rules loaded from TOML files.

The built-in site packs live in ``cleannews/sites/*.toml``; users add their own pattern
files in the same format (``Pipeline(pattern_files=[...])``, ``--patterns`` on the command
line, or ``patterns`` in ``[tool.cleannews]``).  A file looks like this::

    [pack]
    name = "inn"                                 # site pack name
    domains = ["israelnationalnews.com"]          # a URL on these domains selects the pack
    signatures = ['^\\(Israel National News']      # a line matching one selects it too

    [[rules]]
    code = "CN911"
    name = "inn-desk-notice"
    summary = "Israel National News' desk notice"  # first line of the rule's docs
    reason = "INN desk notice"                    # reason given for each removal
    kind = "line"            # line: the stripped line matches `pattern` whole
                             # span: remove each match of `pattern` inside a line
                             # block: from a line matching `pattern` to the next matching `end`
    pattern = '...'
    end = '...'              # block only
    max_lines = 40           # block only: longest block
    position = "anywhere"    # or "head" (before the first body paragraph) or "tail" (after the last)
    when = "always"          # or "site": only when the site is known to be this pack's
    words = ["north american desk"]   # optional: lower-case words every match holds (the rule only
                             # runs on documents with one); derived from `pattern` if left out
    examples = [{ input = "...", output = "..." }]   # checked by the test suite
    keep = ["..."]           # look-alike text the rule must leave alone, also checked

Patterns use ``regex`` syntax, case-sensitive unless they start with ``(?i)``; they must
not backtrack catastrophically (prefer ``*+`` and bounded repeats).  A signature is only
searched for in texts that hold a literal all its matches contain (:func:`signature_needles`).
"""

from __future__ import annotations

import sys
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING, Any
from urllib.parse import urlsplit

import regex

from .document import Document, Hit
from .registry import Rule, RuleError, make_rule
from .triggers import Trigger
from .shapes import head_end, tail_start

if sys.version_info >= (3, 11):
    import tomllib
else:  # pragma: no cover
    import tomli as tomllib

if TYPE_CHECKING:
    from importlib.resources.abc import Traversable

__all__ = [
    "PackExample", "SitePack", "builtin_packs", "check_examples", "load_pattern_file", "resolve_site",
    "site_for_url",
]

_RULE_KEYS = {
    "code", "name", "summary", "reason", "kind", "pattern", "end", "max_lines",
    "position", "when", "examples", "keep", "doc", "words",
}
_PACK_KEYS = {"name", "domains", "signatures", "description"}


@dataclass(frozen=True)
class PackExample:
    """A pattern rule's example: ``input`` must clean to ``output`` with the pack's rules."""

    input: str
    output: str


@dataclass(frozen=True)
class SitePack:
    """A site pack: its name, the domains and signature lines that identify the site, its rules."""

    name: str
    domains: tuple[str, ...]
    signatures: tuple[regex.Pattern[str], ...]
    rules: tuple[Rule, ...]
    examples: tuple[tuple[str, PackExample], ...]
    path: str
    #: For each signature, literals one of which every match holds (:func:`signature_needles`).
    needles: tuple[frozenset[str] | None, ...] = ()

    def __post_init__(self) -> None:
        if len(self.needles) != len(self.signatures):
            object.__setattr__(self, "needles", tuple(map(signature_needles, self.signatures)))


def _compile(pattern: object, where: str) -> regex.Pattern[str]:
    if not isinstance(pattern, str) or not pattern:
        raise RuleError(f"{where}: pattern must be a non-empty string")
    try:
        return regex.compile(pattern)
    except regex.error as exc:
        raise RuleError(f"{where}: bad pattern {pattern!r}: {exc}") from exc


def _zone(document: Document, position: str) -> range:
    if position == "head":
        return range(0, head_end(document))
    if position == "tail":
        return range(tail_start(document), len(document))
    return range(len(document))


def _pattern_rule(spec: dict[str, Any], pack: str, where: str) -> Rule:
    unknown = set(spec) - _RULE_KEYS
    if unknown:
        raise RuleError(f"{where}: unknown keys {sorted(unknown)}; valid keys: {sorted(_RULE_KEYS)}")
    for key in ("code", "name", "pattern"):
        if key not in spec:
            raise RuleError(f"{where}: missing required key {key!r}")
    code, name = str(spec["code"]), str(spec["name"])
    where = f"{where} ({code})"
    kind = spec.get("kind", "line")
    position = spec.get("position", "anywhere")
    when = spec.get("when", "always")
    if kind not in ("line", "span", "block"):
        raise RuleError(f"{where}: kind must be line, span or block, not {kind!r}")
    if position not in ("anywhere", "head", "tail"):
        raise RuleError(f"{where}: position must be anywhere, head or tail, not {position!r}")
    if when not in ("always", "site"):
        raise RuleError(f"{where}: when must be always or site, not {when!r}")
    if kind == "block" and "end" not in spec:
        raise RuleError(f"{where}: a block rule needs an 'end' pattern")
    pattern = _compile(spec["pattern"], where)
    end = _compile(spec["end"], where) if kind == "block" else None
    max_lines = int(spec.get("max_lines", 40))
    reason = str(spec.get("reason") or spec.get("summary") or name)
    derived = "words" not in spec
    words = spec.get("words", [])
    if not isinstance(words, list) or not all(isinstance(w, str) and w for w in words):
        raise RuleError(f"{where}: words must be a list of non-empty strings")
    if derived:  # every hit lies on a line `pattern` matches (a block's first line)
        from .literals import trigger_words

        # stripped: a span rule searches the line as it is, and a literal's white space at
        # its edges may lie outside the stripped text the trigger scan folds; the rest of
        # the literal lies inside it.  A literal of white space alone: no trigger.
        found = [word.strip() for word in trigger_words(pattern) or ()]
        words = sorted(set(found)) if all(found) else []
    try:
        trigger = (
            Trigger(tuple(words), OnSite(pack) if when == "site" else None)
            if words or when == "site" else None
        )
    except ValueError as exc:
        raise RuleError(f"{where}: {exc}") from exc

    detect = PatternDetector(kind, position, pack if when == "site" else None, reason, pattern, end, max_lines)

    summary = str(spec.get("summary") or reason)
    doc_lines = [summary, "", str(spec.get("doc", "")).strip(), ""]
    doc_lines.append(f"Pattern ({kind}, {position}, {when}): ``{spec['pattern']}``")
    if end is not None:
        doc_lines.append(f"Block end: ``{spec['end']}``")
    doc_lines.append(f"Site pack: {pack} ({where.split(' (')[0]})")
    for kept in spec.get("keep", ()):
        doc_lines.append("Okay: " + str(kept).replace("\n", "\\n"))
    for example in spec.get("examples", ()):
        doc_lines.append(f"{code}: " + str(example["input"]).replace("\n", "\\n"))
    if words:
        how = " (derived from the pattern)" if derived else ""
        doc_lines.append(f"Trigger words{how}: " + ", ".join(f"``{w}``" for w in words))
    return make_rule(code, name, detect, "\n".join(doc_lines), origin=where.split(" (")[0], trigger=trigger)


@dataclass(frozen=True)
class OnSite:
    """The document test of a ``when = "site"`` rule: the document is of site ``pack``.

    An object rather than a closure, so that a pattern rule pickles by value.
    """

    pack: str

    def __call__(self, document: Document) -> bool:
        return document.site == self.pack


@dataclass(frozen=True)
class PatternDetector:
    """The detector of one pattern rule, built from its file once.

    Plain data (the compiled patterns pickle as their source), so that a pipeline with
    pattern files pickles by value and a worker never reopens the file.
    """

    kind: str
    position: str
    site: str | None  # only on this site (``when = "site"``), else None
    reason: str
    pattern: regex.Pattern[str]
    end: regex.Pattern[str] | None = None
    max_lines: int = 40

    def __call__(self, document: Document) -> Iterator[Hit]:
        if self.site is not None and document.site != self.site:
            return
        zone = _zone(document, self.position)
        lines = document.lines
        pattern, reason = self.pattern, self.reason
        if self.kind == "line":
            for i in zone:
                if pattern.fullmatch(lines[i].stripped):
                    yield Hit(i, i, reason)
        elif self.kind == "span":
            group = "span" if "span" in pattern.groupindex else 0
            for i in zone:
                for match in pattern.finditer(lines[i].text):
                    start, stop = match.span(group)
                    if stop > start:
                        yield Hit(i, i, reason, (start, stop))
        else:
            end = self.end
            assert end is not None
            i = zone.start
            while i < zone.stop:
                if pattern.fullmatch(lines[i].stripped):
                    for j in range(i, min(i + self.max_lines, len(lines))):
                        if end.fullmatch(lines[j].stripped):
                            yield Hit(i, j, reason)
                            i = j
                            break
                i += 1


def parse_pack(data: dict[str, Any], path: str) -> SitePack:
    """Build a :class:`SitePack` from parsed TOML ``data`` (``path`` is for messages)."""
    unknown = set(data) - {"pack", "rules"}
    if unknown:
        raise RuleError(f"{path}: unknown tables {sorted(unknown)}; valid: ['pack', 'rules']")
    pack = data.get("pack", {})
    unknown = set(pack) - _PACK_KEYS
    if unknown:
        raise RuleError(f"{path}: unknown [pack] keys {sorted(unknown)}; valid: {sorted(_PACK_KEYS)}")
    name = str(pack.get("name") or Path(path).stem)
    rules = []
    examples = []
    for n, spec in enumerate(data.get("rules", [])):
        rule = _pattern_rule(spec, name, f"{path}: rules[{n}]")
        rules.append(rule)
        for example in spec.get("examples", ()):
            if not isinstance(example, dict) or set(example) != {"input", "output"}:
                raise RuleError(f"{path}: {rule.code} examples need exactly 'input' and 'output'")
            examples.append((rule.code, PackExample(str(example["input"]), str(example["output"]))))
    signatures = tuple(
        regex.compile(s, regex.MULTILINE) for s in pack.get("signatures", ())
    )
    domains = tuple(str(d).lower() for d in pack.get("domains", ()))
    return SitePack(name, domains, signatures, tuple(rules), tuple(examples), path)


def load_pattern_file(path: str | Path) -> tuple[Rule, ...]:
    """The rules of a user pattern file (same format as the site packs)."""
    path = Path(path)
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except OSError as exc:
        raise RuleError(f"{path}: cannot read pattern file: {exc.strerror or exc}") from exc
    except (tomllib.TOMLDecodeError, UnicodeDecodeError) as exc:
        raise RuleError(f"{path}: not a valid TOML pattern file: {exc}") from exc
    pack = parse_pack(data, str(path))
    check_examples(pack, data)
    return pack.rules


def check_examples(pack: SitePack, data: dict[str, Any]) -> None:
    """Raise :class:`RuleError` unless every example and ``keep`` text of ``pack`` holds.

    An ``examples`` entry must clean to its ``output`` with the pack's rules, the rule
    firing; a ``keep`` text must come through its rule untouched.  Rules that only run on
    their site (``when = "site"``) are checked on that site when it is a known one.
    """
    from .pipeline import Pipeline

    site = pack.name if pack.name in site_names() else None
    pipeline = Pipeline(rules=pack.rules, normalize=False)
    for n, (rule, spec) in enumerate(zip(pack.rules, data.get("rules", []))):
        if spec.get("when", "always") == "site" and site is None:
            continue
        where = f"{pack.path}: rules[{n}] ({rule.code})"
        for example in spec.get("examples", ()):
            result = pipeline.explain(str(example["input"]), site=site)
            if rule.code not in {r.code for r in result.removals}:
                raise RuleError(f"{where}: example input {example['input']!r} does not make "
                                f"{rule.code} fire; fix the pattern or the example")
            if result.text != str(example["output"]):
                raise RuleError(f"{where}: example input {example['input']!r} cleans to "
                                f"{result.text!r}, not to its output {example['output']!r}")
        keep = spec.get("keep", [])
        if not isinstance(keep, list) or not all(isinstance(k, str) for k in keep):
            raise RuleError(f"{where}: keep must be a list of strings")
        single = Pipeline(rules=(rule,), normalize=False)
        for kept in keep:
            removed = single.explain(kept, site=site).removals
            if removed:
                raise RuleError(f"{where}: keep text {kept!r} is not kept: {rule.code} removes "
                                f"{removed[0].removed!r}; fix the pattern or the keep text")


def _sites_folder() -> Traversable:
    """The folder of the built-in site packs: next to this module when the package is files
    on disk, as it nearly always is (importing :mod:`importlib.resources` takes longer than
    reading the packs), else through :mod:`importlib.resources` (a zip, say)."""
    here = Path(__file__).with_name("sites")
    if here.is_dir():
        return here
    from importlib import resources

    return resources.files("cleannews") / "sites"


@lru_cache(maxsize=1)
def builtin_packs() -> tuple[SitePack, ...]:
    """The site packs shipped in ``cleannews/sites``, sorted by name."""
    packs = []
    folder = _sites_folder()
    for entry in sorted(folder.iterdir(), key=lambda e: e.name):
        if entry.name.endswith(".toml"):
            where = f"cleannews/sites/{entry.name}"
            try:
                data = tomllib.loads(entry.read_text(encoding="utf-8"))
            except tomllib.TOMLDecodeError as exc:
                raise RuleError(f"{where}: not valid TOML: {exc}") from exc
            packs.append(parse_pack(data, where))
    return tuple(packs)


def _domain(url: str) -> str:
    try:
        host = urlsplit(url if "//" in url else "//" + url).hostname or ""
    except ValueError:  # e.g. an unbalanced "[" in the host
        return ""
    return host.lower()


def site_for_url(url: str | None, packs: Sequence[SitePack] | None = None) -> str | None:
    """The site pack whose domains hold ``url``'s host, else ``None``.

    ``url`` is always taken as a URL (as ``clean_html``'s ``url`` and the ``url`` field of
    records are): a URL of no known site, or a string that is no URL at all (``"unknown"``),
    means no site, never an error and never a pack name.
    """
    if not url:
        return None
    packs = builtin_packs() if packs is None else packs
    return _pack_for_host(_domain(url.strip()), packs)


def _pack_for_host(host: str, packs: Sequence[SitePack]) -> str | None:
    """The first pack one of whose domains is ``host`` or holds it, else ``None``."""
    for pack in packs:
        if host and any(host == d or host.endswith("." + d) for d in pack.domains):
            return pack.name
    return None


def site_names() -> list[str]:
    return [pack.name for pack in builtin_packs()]


def resolve_site(site: str | None, text: str, packs: Sequence[SitePack] | None = None) -> str | None:
    """The site pack name for a site name or URL, else the first pack whose signature is in ``text``.

    ``site`` names a pack or is a URL: a URL of no known site gives ``None``, while a bare
    word that names no pack is most likely a typo and raises :class:`RuleError`.  A URL
    that comes from data should go through :func:`site_for_url`, which never raises.
    """
    packs = builtin_packs() if packs is None else packs
    if site:
        for pack in packs:
            if site == pack.name:
                return pack.name
        found = _pack_for_host(_domain(site), packs)
        if found is not None:
            return found
        if "." not in site and "/" not in site:
            raise RuleError(f"unknown site {site!r}; known sites: {', '.join(site_names())}")
        return None
    for pack in packs:
        for signature, needle in zip(pack.signatures, pack.needles):
            if (needle is None or any(n in text for n in needle)) and signature.search(text):
                return pack.name
    return None


def signature_needles(signature: regex.Pattern[str]) -> frozenset[str] | None:
    """Literals one of which every match of ``signature`` holds, as written (a site is only
    searched for in texts that hold one); ``None`` (search every text) when the signature
    ignores case anywhere or no such set can be proven
    (:func:`cleannews.literals.required_literals` with ``as_written=True``)."""
    from .literals import required_literals

    return required_literals(signature, as_written=True)
