"""The engine: run rules, merge their hits, delete, repeat to a fixpoint, verify.

Every selected rule sees the same :class:`~cleannews.Document` in a pass, so the order of
the rules never matters.  The engine stamps each hit into a :class:`~cleannews.Removal`,
deletes, and runs another pass on what is left (a caption becomes a duplicate once its
credit is gone), until a pass finds nothing.  Before returning it checks that the output
is what replaying the removal records on the input gives.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field

from . import sitepacks
from .document import Document, Hit, Removal, Source
from .blocks import extend
from .guards import Guard
from .normalize import repair
from .registry import Rule, RuleError, check_unique, select_rules
from .triggers import ScanMemo, TriggerIndex

__all__ = ["MAX_PASSES", "EngineError", "Pipeline", "Result", "apply_removals"]

#: Passes after which the engine gives up; reaching it is a bug in a rule.
MAX_PASSES = 10


class EngineError(RuntimeError):
    """A rule misbehaved (a hit outside the document) or the engine broke an invariant."""


@dataclass(frozen=True)
class Result:
    """The cleaned text and how it was obtained.

    ``source`` is the text the rules saw: the input after Unicode repair (``repairs`` names
    the fixes, empty when none were needed).  Replaying ``removals`` on ``source`` gives
    ``text``; see :meth:`replay`.
    """

    text: str
    removals: tuple[Removal, ...]
    source: str
    repairs: tuple[str, ...] = ()
    site: str | None = None
    passes: int = 0
    meta: Mapping[str, str] = field(default_factory=dict)

    @property
    def changed(self) -> bool:
        """True if cleaning removed or repaired anything."""
        return bool(self.removals) or bool(self.repairs)

    def replay(self) -> str:
        """Apply :attr:`removals` to :attr:`source` again (equals :attr:`text`)."""
        return apply_removals(self.source, self.removals)

    def to_dict(self) -> dict[str, object]:
        """A JSON-ready mapping: the text, the removal records, the repairs and the site."""
        return {
            "text": self.text,
            "removals": [r.to_dict() for r in self.removals],
            "repairs": list(self.repairs),
            "site": self.site,
            **({"meta": dict(self.meta)} if self.meta else {}),
        }


def apply_removals(text: str, removals: Iterable[Removal]) -> str:
    """Delete what ``removals`` name from ``text``, exactly as the engine does."""
    return Source(text).apply(removals)


@dataclass(frozen=True)
class _Stamped:
    rule: Rule
    hit: Hit


def _validate(rule: Rule, hit: object, document: Document) -> Hit:
    if not isinstance(hit, Hit):
        raise EngineError(f"rule {rule.code} ({rule.name}) yielded {type(hit).__name__}, not a Hit")
    size = len(document)
    if not (0 <= hit.first <= hit.last < size):
        raise EngineError(
            f"rule {rule.code} ({rule.name}) hit lines {hit.first}..{hit.last} outside 0..{size - 1}"
        )
    if hit.span is not None:
        start, end = hit.span
        length = len(document.lines[hit.first].text)
        if hit.first != hit.last or not (0 <= start < end <= length):
            raise EngineError(
                f"rule {rule.code} ({rule.name}) span {hit.span} is not inside line {hit.first}"
            )
    return hit


@dataclass
class Pipeline:
    """A reusable cleaner: a set of rules plus options.

    ``rules`` defaults to every built-in rule and site pack.  ``select`` and ``ignore`` are
    code prefixes (``["CN2"]`` selects captions and credits).  ``extra_rules`` adds rules
    made with :func:`~cleannews.rule`; ``pattern_files`` adds rules from pattern files in
    the site-pack format.  ``normalize=False`` skips the Unicode repair.  ``site`` names a
    site pack (or gives a URL) to switch on patterns that are only safe on that site.

    A pipeline holds no state between calls: cleaning one document never changes the
    result for another.
    """

    rules: Sequence[Rule] | None = None
    select: Sequence[str] | None = None
    ignore: Sequence[str] | None = None
    extra_rules: Sequence[Rule] = ()
    pattern_files: Sequence[str] = ()
    normalize: bool = True
    site: str | None = None
    keep_headline: bool = True
    _active: tuple[Rule, ...] = field(init=False, repr=False)
    _triggers: TriggerIndex = field(init=False, repr=False)

    def __post_init__(self) -> None:
        if self.rules is None:
            from .rules import builtin_rules

            base = list(builtin_rules())
        else:
            base = list(self.rules)
        for path in self.pattern_files:
            base.extend(sitepacks.load_pattern_file(path))
        for extra in self.extra_rules:
            if not isinstance(extra, Rule):
                raise RuleError(
                    f"extra rule {extra!r} is not a Rule; decorate the function with @cleannews.rule(code, name)"
                )
            base.append(extra)
        check_unique(base)
        self._active = select_rules(base, self.select, self.ignore)
        self._triggers = TriggerIndex([r.trigger for r in self._active])

    def __getstate__(self) -> dict[str, object]:
        """What a pickle holds: the options and the rules (built-in ones by code, others by
        value, pattern-file rules as their compiled patterns), never the trigger automaton,
        which is rebuilt; pattern files were read when the pipeline was built and are not
        read again when it is unpickled (on a worker the files need not exist)."""
        state = dict(self.__dict__)
        del state["_triggers"]
        return state

    def __setstate__(self, state: dict[str, object]) -> None:
        self.__dict__.update(state)
        self._triggers = TriggerIndex([r.trigger for r in self._active])

    @property
    def active_rules(self) -> tuple[Rule, ...]:
        """The rules this pipeline runs, sorted by code."""
        return self._active

    def clean(
        self, text: str, *, site: str | None = None, meta: Mapping[str, str] | None = None,
        keep_headline: bool | None = None,
    ) -> str:
        """The cleaned text (as :meth:`explain` gives it; the replay check is left out)."""
        return self.explain(text, site=site, meta=meta, keep_headline=keep_headline, verify=False).text

    def explain(
        self, text: str, *, site: str | None = None, meta: Mapping[str, str] | None = None,
        keep_headline: bool | None = None, verify: bool = True,
    ) -> Result:
        """The cleaned text with one removal record per hit.

        ``verify`` checks that replaying the records on the source gives the text (an
        invariant of the engine, so the text is the same without it; :meth:`clean`, which
        returns only the text, leaves the check out).
        """
        if isinstance(text, (bytes, bytearray)):
            raise TypeError(
                "cleannews works on str, not bytes: decode the input first, "
                "e.g. text = data.decode('utf-8')"
            )
        if not isinstance(text, str):
            raise TypeError(f"cleannews expects text as str, got {type(text).__name__}")
        repairs: tuple[str, ...] = ()
        if self.normalize:
            text, repairs = repair(text)
        explicit = bool(site or self.site)
        known_site = first_site = sitepacks.resolve_site(site or self.site, text)
        keep = self.keep_headline if keep_headline is None else keep_headline
        source = Source(text)
        removals: list[Removal] = []
        passes = stage = 0
        tried = {known_site}
        cut: set[int] | None = None  # physical lines cut in the last pass (None: first pass)
        memo = ScanMemo()  # what the trigger scan found, per line text
        while True:
            passes += 1
            stage += 1
            if stage > MAX_PASSES:
                raise EngineError(f"no fixpoint after {MAX_PASSES} passes; a rule keeps finding new hits")
            document = source.view(site=known_site, meta=meta, keep_headline=keep)
            if not document.lines:
                break
            changed = None if cut is None else {line.index for line in document.lines if line.number - 1 in cut}
            stamped = self._collect(document, changed, memo)
            if not stamped:
                if explicit or not removals:
                    break
                # The site was found from signature lines.  Once the lines of one site are
                # gone, another site's signature may decide what the output resolves to;
                # clean on with that site, so that cleaning the output again finds nothing.
                again = sitepacks.resolve_site(None, source.render())
                if again is None or again in tried:
                    break
                tried.add(again)
                known_site, stage, cut = again, 0, None
                continue
            new = self._apply(source, document, stamped)
            removals.extend(new)
            cut = {r.first - 1 for r in new if r.span is not None}
        output = source.render()
        ordered = tuple(sorted(removals, key=lambda r: (r.first, r.span or (-1, -1), r.code)))
        if verify and removals and source.pristine().apply(ordered) != output:
            raise EngineError("replaying the removals does not reproduce the output")
        return Result(output, ordered, text, repairs, first_site, passes, dict(meta or {}))

    def explain_html(
        self, html: str | bytes, url: str | None = None, *, site: str | None = None,
        keep_headline: bool = False,
    ) -> Result:
        """Extract the article from an HTML page (trafilatura), then clean it.

        The page's title, author and site name become the document's ``meta`` (see
        :func:`cleannews.clean_html_and_explain`); ``url`` also selects the site pack
        unless ``site`` is given.  ``url`` is always a URL: one of no known site, or a
        string that is no URL at all, means no site (never an error).
        """
        from .extract import extract

        extracted = extract(html, url)
        return self.explain(
            extracted.text, site=site or sitepacks.site_for_url(url), meta=extracted.meta, keep_headline=keep_headline
        )

    def _collect(
        self, document: Document, changed: set[int] | None, memo: ScanMemo,
    ) -> list[_Stamped]:
        seen: set[tuple[str, int, int, tuple[int, int] | None]] = set()
        stamped: list[_Stamped] = []
        guard = Guard(document)
        for rule, candidates in zip(self._active, self._triggers.scan(document, changed, memo)):
            if candidates is None:
                continue
            for raw in rule.run(document, candidates):
                hit = _validate(rule, raw, document)
                key = (rule.code, hit.first, hit.last, hit.span)
                if key not in seen:
                    seen.add(key)
                    if guard.allows(hit):
                        stamped.append(_Stamped(rule, hit))
        if any(item.rule.block for item in stamped):
            stamped = self._extend_blocks(document, stamped, guard)
        return stamped

    @staticmethod
    def _extend_blocks(document: Document, stamped: list[_Stamped], guard: Guard) -> list[_Stamped]:
        """Grow the hits of anchor rules over the widget lines of their blocks, in line
        order, so that no line goes to two blocks."""
        taken = {i for item in stamped if item.hit.span is None for i in range(item.hit.first, item.hit.last + 1)}
        out = list(stamped)
        # in line order, then code order, so that the rules' order never changes the result
        anchors = sorted(
            (n for n, item in enumerate(out) if item.rule.block), key=lambda n: (out[n].hit.first, out[n].rule.code)
        )
        grown_from: dict[tuple[int, int, tuple[int, int] | None], Hit] = {}  # an anchor found twice grows once
        for n in anchors:
            item = out[n]
            key = (item.hit.first, item.hit.last, item.hit.span)
            grown = grown_from.get(key)
            if grown is None:
                grown = grown_from[key] = extend(document, item.hit, guard, taken)
                taken.update(range(grown.first, grown.last + 1))
            if grown is not item.hit and (grown.first, grown.last) != key[:2]:
                out[n] = _Stamped(item.rule, grown)
        return out

    @staticmethod
    def _apply(source: Source, document: Document, stamped: list[_Stamped]) -> list[Removal]:
        records: list[Removal] = []
        lines = document.lines
        spans: list[tuple[int, int, int]] = []
        # one record per removal: rules that found exactly the same lines share it
        same: dict[tuple[int, int, tuple[int, int] | None], list[_Stamped]] = {}
        for item in sorted(stamped, key=lambda item: item.rule.code):
            same.setdefault((item.hit.first, item.hit.last, item.hit.span), []).append(item)
        stamped = [group[0] for group in same.values()]
        also = {id(group[0]): tuple(other.rule.code for other in group[1:]) for group in same.values()}
        for item in stamped:
            hit, rule = item.hit, item.rule
            first, last = lines[hit.first], lines[hit.last]
            if hit.span is None:
                removed = "\n".join(line.text for line in lines[hit.first : hit.last + 1])
                records.append(
                    Removal(rule.code, rule.name, first.number, last.number, hit.reason, removed, None, also[id(item)])
                )
            else:
                index = first.number - 1
                start = source.original_column(index, hit.span[0])
                end = source.original_column(index, hit.span[1] - 1) + 1
                removed = first.text[hit.span[0] : hit.span[1]]
                records.append(Removal(
                    rule.code, rule.name, first.number, first.number, hit.reason, removed, (start, end), also[id(item)]
                ))
                spans.append((index, start, end))
        for record in records:
            if record.span is None:
                source.remove_lines(record.first - 1, record.last - 1)
        for index, start, end in spans:
            source.cut(index, start, end)
        return records
