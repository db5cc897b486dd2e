"""The fuzzing harness of cleannews: seed lines, input builders, and the invariants.

Three targets, each a function of a *chooser* (a source of decisions) that builds an
input, runs cleannews on it and checks the guarantees of the README:

* :func:`fuzz_text`: ``clean_and_explain`` (``normalize`` True/False, ``keep_headline``
  True/False, ``meta`` with a title and an author, now and then a site) on a document
  made of real lines, mutated;
* :func:`fuzz_html`: ``clean_html_and_explain`` on a small page of the same lines in
  ``p``/``h1``/``li``/``table`` tags, with a URL that is sometimes junk;
* :func:`fuzz_jsonl`: ``cleannews.cli.main(["clean", "--jsonl", "--skip-bad", ...])`` in
  process, on a byte stream of good and bad records.

A chooser is either :class:`RandomChooser` (a seeded ``random.Random``: the driver of
``fuzz_clean.py --runs N`` and of ``tests/test_fuzz.py``) or :class:`DataChooser` (an
``atheris.FuzzedDataProvider``: ``fuzz_clean.py -runs=N`` under libFuzzer).  A broken
invariant raises :class:`InvariantError`; any other exception is a crash.
"""

from __future__ import annotations

import io
import json
import random
import re
from collections.abc import Callable, Sequence
from functools import lru_cache
from pathlib import Path
from typing import Any

import cleannews
from cleannews.cli import main as cli_main
from cleannews.rules import builtin_rules
from cleannews.sitepacks import site_for_url

ROOT = Path(__file__).resolve().parent.parent

__all__ = [
    "DataChooser", "InvariantError", "RandomChooser", "TARGETS", "fuzz_html", "fuzz_jsonl",
    "fuzz_one", "fuzz_text", "seed_lines",
]


class InvariantError(AssertionError):
    """A guarantee of cleannews does not hold for the input in ``case``."""

    def __init__(self, message: str, case: dict[str, Any]) -> None:
        super().__init__(message)
        self.case = case


# -- seeds -------------------------------------------------------------------------------

#: Boilerplate lines every family of rules knows, and look-alikes that are content.
BOILERPLATE = [
    "Advertisement", "ADVERTISEMENT", "Ad Feedback", "Share", "Share this article", "Related",
    "Related Articles", "By JANE DOE", "By Jane Doe and John Smith", "By", "By By By",
    "Updated 6:41 PM EDT, April 9, 2024", "Published 3 hours ago", "Getty Images",
    "Mohammed Abed/AFP via Getty Images", "Sergei Petrov via Getty Images", "(AP Photo/Evan Vucci)",
    "Photo: Reuters", "Read more: Harbour authority delays vote on new ferry terminal",
    "Sign up for our Morning Briefing newsletter to get the day's top stories in your inbox.",
    "CLICK HERE TO GET THE FOX NEWS APP", "Copyright 2023 The Associated Press. All rights reserved.",
    "© 2024 Example Media", "Support HuffPost", "Subscribe for $5/month", "$5/month",
    "Reporting by A; Editing by B", "Tags: politics, economy", "Follow us on Twitter",
    "Share Share Share", "Email", "Facebook", "X", "WhatsApp", "Copy link", "Save",
    "Listen to this article · 6:42 min", "Leer en español", "Loading...", "Comments",
    "This article originally appeared on Example News.", "Contact the author at jane@example.com",
    "Jane Doe is a reporter covering city hall.", "WASHINGTON (AP) — The Senate voted on Tuesday.",
    "John KirbyREUTERS", "Donate now", "Become a member today.", "Download our app",
    "The story continues below.", "— Jane Doe", "Image", "Caption", "Credit",
]


def _texts_of_jsonl(path: Path) -> list[str]:
    texts = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.strip():
            record = json.loads(line)
            for key in ("raw", "text", "expected"):
                if isinstance(record.get(key), str):
                    texts.append(record[key])
    return texts


@lru_cache(maxsize=1)
def seed_documents() -> tuple[str, ...]:
    """Whole documents: the fixtures, the benchmark raw texts and the rule examples."""
    docs = [p.read_text(encoding="utf-8") for p in sorted(ROOT.glob("fixtures/*/*.txt"))]
    for path in sorted(ROOT.glob("benchmarks/data/*.jsonl")):
        docs += _texts_of_jsonl(path)
    docs += [e.text for r in builtin_rules() for e in r.examples]
    return tuple(d for d in docs if d.strip())


@lru_cache(maxsize=1)
def seed_lines() -> tuple[str, ...]:
    """Every distinct non-blank line of the seed documents, plus the boilerplate lines."""
    lines = {line for doc in seed_documents() for line in re.split(r"\r\n|\r|\n", doc) if line.strip()}
    lines.update(BOILERPLATE)
    return tuple(sorted(lines))


# -- choosers ----------------------------------------------------------------------------


class RandomChooser:
    """Decisions from a seeded ``random.Random``."""

    def __init__(self, seed: int | str | None = None) -> None:
        self.random = random.Random(seed)

    def int(self, low: int, high: int) -> int:
        """An integer in ``low..high`` (inclusive)."""
        return self.random.randint(low, high)

    def chance(self, p: float) -> bool:
        return self.random.random() < p

    def pick(self, items: Sequence[Any]) -> Any:
        return items[self.random.randrange(len(items))]

    def text(self, size: int, surrogates: bool) -> str:
        """A random string of up to ``size`` characters, any code point, mostly from
        the ranges news text and mojibake are made of."""
        out = []
        for _ in range(self.random.randint(0, size)):
            kind = self.random.random()
            if kind < 0.5:
                out.append(chr(self.random.randint(0x20, 0x7E)))
            elif kind < 0.7:
                out.append(chr(self.random.randint(0x80, 0x2FF)))
            elif kind < 0.8:
                out.append(self.random.choice(_ODD_CHARS))
            elif kind < 0.9:
                out.append(chr(self.random.randint(0x2000, 0x2BFF)))
            else:
                code = self.random.randint(0, 0x10FFFF)
                if 0xD800 <= code < 0xE000 and not surrogates:
                    code = 0xFFFD
                out.append(chr(code))
        return "".join(out)


class DataChooser:
    """Decisions read from an ``atheris.FuzzedDataProvider`` (libFuzzer's bytes)."""

    def __init__(self, provider: Any) -> None:
        self.provider = provider

    def int(self, low: int, high: int) -> int:
        return int(self.provider.ConsumeIntInRange(low, high))

    def chance(self, p: float) -> bool:
        return bool(self.provider.ConsumeProbability() < p)

    def pick(self, items: Sequence[Any]) -> Any:
        return items[self.provider.ConsumeIntInRange(0, len(items) - 1)]

    def text(self, size: int, surrogates: bool) -> str:
        text = self.provider.ConsumeUnicode(self.provider.ConsumeIntInRange(0, size))
        if not surrogates:
            text = text.encode("utf-8", "replace").decode("utf-8") if _has_surrogate(text) else text
        return str(text)


Chooser = RandomChooser | DataChooser

#: Characters that break lines for ``str.splitlines`` but not for cleannews, white space
#: of every kind, format characters and mojibake.
_ODD_CHARS = [
    "\u00a0", "\t", "\x0b", "\x0c", "\x1c", "\x1d", "\x1e", "\x85", "\u2028", "\u2029",
    "\u200b", "\u200d", "\ufeff", "\u3000", "\u202f", "\ufffd", "\u0130", "\u0131", "\u00df",
    "\u017f", "\u212a", "Ã©", "â€™", "â€œ", "&amp;", "&#8217;", "&nbsp;", "\x00", "\x7f",
    "©", "·", "|", "/", "$", "—", "…", "•",
]

SEPARATORS = ["\n", "\n", "\n\n", "\n\n", "\r\n", "\r\n\r\n", "\r", "\r\r", "\n \n", "\n\t\n",
              "\n\u00a0\n", "\n\n\n", " \n", "\n\r\n", "\r\n\n"]

_SURROGATE = re.compile("[\ud800-\udfff]")


def _has_surrogate(text: str) -> bool:
    return _SURROGATE.search(text) is not None


# -- building inputs ---------------------------------------------------------------------


def _mutate_line(c: Chooser, line: str, surrogates: bool) -> str:
    kind = c.int(0, 11)
    if kind == 0:
        return line.upper()
    if kind == 1:
        return line.lower()
    if kind == 2:
        return line.title()
    if kind == 3:
        return line.swapcase()
    if kind == 4:  # another separator between the words
        return line.replace(" ", c.pick([" \u00a0", "\u00a0", "\t", "  ", " \t ", "\u2009", "\u3000"]))
    if kind == 5:  # glue two lines
        return line + c.pick(["", " ", " | ", " · ", "\u00a0"]) + c.pick(seed_lines())
    if kind == 6 and line:  # cut it
        at = c.int(0, len(line))
        return line[:at] if c.chance(0.5) else line[at:]
    if kind == 7:  # insert noise
        at = c.int(0, len(line))
        return line[:at] + c.text(8, surrogates) + line[at:]
    if kind == 8:  # surrounding white space
        return c.pick([" ", "\t", "\u00a0", "\ufeff", "  "]) + line + c.pick(["", " ", "\t", "\u00a0"])
    if kind == 9:  # repeat a word
        words = line.split(" ")
        if words:
            n = c.int(0, len(words) - 1)
            words[n:n] = [words[n]] * c.int(1, 6)
        return " ".join(words)
    if kind == 10 and surrogates:
        at = c.int(0, len(line))
        return line[:at] + chr(c.int(0xD800, 0xDFFF)) + line[at:]
    return line


def _line(c: Chooser, surrogates: bool) -> str:
    kind = c.int(0, 9)
    if kind <= 4:
        return str(c.pick(seed_lines()))
    if kind <= 7:
        return _mutate_line(c, c.pick(seed_lines()), surrogates)
    if kind == 8:
        return c.text(40, surrogates)
    return c.pick(BOILERPLATE)


def _huge(c: Chooser) -> str:
    """A long line of one repeated piece, or many copies of one short line."""
    piece = c.pick(["By ", "Share ", "$5/month ", "Advertisement ", "a", " ", "(", "x.", "J/",
                    "Ã©", "© ", "Getty Images ", "Share\n", "By\n", "Advertisement\n\n", "Related\n",
                    "\r\n", "Photo: Reuters\n", c.pick(seed_lines()) + "\n", c.pick(seed_lines()) + " "])
    return piece * (c.int(2_000, 60_000) // max(1, len(piece)) + 1)


def build_document(c: Chooser, surrogates: bool) -> str:
    """A document: real lines (and some mutated, repeated, duplicated, random ones) joined
    by assorted separators, now and then a whole seed document or a huge repeat."""
    start = c.int(0, 19)
    if start == 0:
        doc = str(c.pick(seed_documents()))
        if c.chance(0.5):
            return doc
        lines = re.split(r"\r\n|\r|\n", doc)
    elif start == 1 and c.chance(0.04):
        return _huge(c)
    else:
        lines = []
        for _ in range(c.int(0, 24)):
            roll = c.int(0, 19)
            if roll == 0 and lines:  # the same line again
                lines.append(lines[-1] if c.chance(0.5) else c.pick(lines))
            elif roll == 1 and lines:  # a duplicated block
                first = c.int(0, len(lines) - 1)
                last = c.int(first, min(len(lines) - 1, first + 6))
                lines.extend(lines[first : last + 1])
            elif roll == 2:
                lines.append("")
            else:
                lines.append(_line(c, surrogates))
    if lines and c.chance(0.01):  # a huge repeat of one of its lines
        n = c.int(0, len(lines) - 1)
        lines[n:n + 1] = [lines[n]] * c.int(50, 2000)
    uniform = c.chance(0.5)
    sep = c.pick(SEPARATORS)
    out = [c.pick(["", "\n", "\ufeff", " \n", "\r\n"]) if c.chance(0.1) else ""]
    for i, line in enumerate(lines):
        if i:
            out.append(sep if uniform else c.pick(SEPARATORS))
        out.append(line)
    if c.chance(0.6):
        out.append(c.pick(["\n", "\n", "\r\n", "\r", "\n\n", "\n \n"]))
    return "".join(out)


def _meta(c: Chooser, doc: str) -> dict[str, str] | None:
    if not c.chance(0.3):
        return None
    lines = [line for line in re.split(r"\r\n|\r|\n", doc) if line.strip()]
    meta = {}
    if c.chance(0.8):
        meta["title"] = c.pick(lines).strip() if lines and c.chance(0.7) else _line(c, False)
    if c.chance(0.6):
        meta["author"] = c.pick(["Jane Doe", "JANE DOE", "Jane Doe, John Smith", "By Jane Doe",
                                 "The Associated Press", "", c.text(20, False)])
    if c.chance(0.2):
        meta["sitename"] = c.pick(["Example News", "HuffPost", "The Hill", ""])
    return meta


# -- invariants --------------------------------------------------------------------------

_LINES = re.compile(r"\r\n|\r|\n")


def content_lines(text: str) -> list[str]:
    """The non-blank lines of ``text``, split as cleannews splits (at CR, LF and CRLF)."""
    return [line for line in _LINES.split(text) if line.strip()]


def is_subsequence(small: Sequence[Any], big: Sequence[Any]) -> bool:
    it = iter(big)
    return all(any(s == b for b in it) for s in small)


def check_result(result: cleannews.Result, case: dict[str, Any], *, text: str | None = None,
                 normalize: bool = True) -> None:
    """The guarantees every result must meet: replay, deletion only, repairs reported."""
    def fail(message: str) -> None:
        raise InvariantError(message, case)

    if result.replay() != result.text:
        fail("replay() != text")
    if text is not None:
        if not normalize and result.source != text:
            fail("normalize=False but source != input")
        if not result.repairs and result.source != text:
            fail("source changed without a reported repair")
    if any(r.span is not None for r in result.removals):
        if not is_subsequence(result.text, result.source):
            fail("output is not a character subsequence of source (span removal)")
    elif not is_subsequence(content_lines(result.text), content_lines(result.source)):
        fail("output lines are not a subsequence of source lines")
    for r in result.removals:
        if not r.removed or r.first > r.last:
            fail(f"malformed removal record {r!r}")


def idempotence_message(again: cleannews.Result) -> str:
    """What went wrong when cleaning the output again changed it: a repair (the Unicode
    repair decided differently on the output, a known issue) or removals (a rule)."""
    if again.repairs and not again.removals:
        return f"not idempotent: clean(clean(x)) != clean(x): the second clean repairs ({', '.join(again.repairs)})"
    codes = sorted({r.code for r in again.removals})
    return f"not idempotent: clean(clean(x)) != clean(x): the second clean removes ({', '.join(codes)})" + (
        f" and repairs ({', '.join(again.repairs)})" if again.repairs else "")


def fuzz_text(c: Chooser) -> dict[str, Any]:
    """``clean_and_explain`` on a fuzzed document; returns the case."""
    normalize = c.chance(0.7)
    doc = build_document(c, surrogates=not normalize)
    options: dict[str, Any] = {"normalize": normalize, "keep_headline": c.chance(0.6)}
    meta = _meta(c, doc)
    if meta is not None:
        options["meta"] = meta
    if c.chance(0.05):
        options["site"] = c.pick(["huffpost", "inn", "thehill", "https://www.huffpost.com/entry/x"])
    case = {"target": "text", "input": doc, "options": options}
    if c.chance(0.01):  # not text: a TypeError, nothing else
        bad = c.pick([doc.encode("utf-8", "surrogatepass"), None, 3, [doc], bytearray(b"x")])
        try:
            cleannews.clean(bad, **options)
        except TypeError:
            return case
        raise InvariantError(f"clean({type(bad).__name__}) did not raise TypeError", case)
    result = cleannews.clean_and_explain(doc, **options)
    check_result(result, case, text=doc, normalize=normalize)
    again = cleannews.clean_and_explain(result.text, **options)
    if again.text != result.text:
        raise InvariantError(idempotence_message(again), case)
    if c.chance(0.1) and cleannews.clean(doc, **options) != result.text:
        raise InvariantError("clean() != clean_and_explain().text", case)
    return case


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def build_html(c: Chooser) -> tuple[str | bytes, str | None]:
    raw = c.chance(0.2)  # lines put in unescaped: broken markup
    lines = [_line(c, False) for _ in range(c.int(0, 14))]
    body = []
    for line in lines:
        inner = line if raw else _escape(line)
        tag = c.int(0, 9)
        if tag <= 4:
            body.append(f"<p>{inner}</p>")
        elif tag == 5:
            body.append(f"<h1>{inner}</h1>")
        elif tag == 6:
            body.append(f"<ul><li>{inner}</li><li>{_escape(c.pick(BOILERPLATE))}</li></ul>")
        elif tag == 7:
            body.append(f"<table><tr><td>{inner}</td><td>{_escape(c.pick(BOILERPLATE))}</td></tr></table>")
        elif tag == 8:
            body.append(f"<div><p>{inner}</p><br>{_escape(c.pick(BOILERPLATE))}</div>")
        else:
            body.append(inner)
    title = _escape(c.pick(lines)) if lines and c.chance(0.5) else ""
    head = f"<head><title>{title}</title>"
    if c.chance(0.3):
        head += f'<meta name="author" content="{_escape(c.pick(["Jane Doe", "By Jane Doe", c.text(10, False)]))}">'
    head += "</head>"
    article = c.chance(0.5)
    page = f"<html>{head}<body>{'<article>' if article else ''}{''.join(body)}{'</article>' if article else ''}</body></html>"
    if c.chance(0.05):
        page = page[: c.int(0, len(page))]  # truncated
    url = c.pick([None, "https://www.example.com/news/story", "https://www.huffpost.com/entry/x_n_1",
                  "https://thehill.com/policy/1-story/", "", "::::", "http://[", "not a url", "javascript:alert(1)",
                  "https://", "http://xn--/", c.text(12, False)])
    html: str | bytes = page.encode("utf-8") if c.chance(0.3) else page
    return html, url


def fuzz_html(c: Chooser) -> dict[str, Any]:
    """``clean_html_and_explain`` on a small fuzzed page."""
    html, url = build_html(c)
    keep = c.chance(0.3)
    case = {"target": "html", "input": html, "url": url, "options": {"keep_headline": keep}}
    result = cleannews.clean_html_and_explain(html, url, keep_headline=keep)
    check_result(result, case)
    if cleannews.clean_html(html, url, keep_headline=keep) != result.text:
        raise InvariantError("clean_html() != clean_html_and_explain().text", case)
    return case


_BAD_RECORDS = [
    b"{", b"}", b"[]", b"null", b"1", b'"text"', b'{"text": 1}', b'{"id": 1}', b'{"text": null}',
    b'{"text": ["a"]}', b'{"text": "a"', b"not json", b"\xff\xfe", b"\xc3\x28", b"\xed\xa0\x80",
    b'{"text": "\\ud800"}', b'{"text": "\\udc80 x"}', b'{"text": NaN}', b'{"text": "a", "text": "b"}',
    b'{"text": "a", "n": ' + b"7" * 5000 + b"}", b'{"text": "a", "d": ' + b"[" * 5000 + b"]" * 5000 + b"}",
    b"\xef\xbb\xbf{\"text\": \"a\"}", b'{"text": "a\rb"}', b"\x00", b"  ", b"",
]


def build_jsonl(c: Chooser) -> bytes:
    out = []
    for number in range(c.int(0, 8)):
        kind = c.int(0, 9)
        if kind <= 5:
            record: dict[str, Any] = {"id": number, "text": build_document(c, surrogates=c.chance(0.1))}
            if c.chance(0.2):
                record["url"] = "https://www.huffpost.com/entry/x"
            line = json.dumps(record, ensure_ascii=c.chance(0.5)).encode("utf-8", "surrogatepass")
        elif kind <= 8:
            line = c.pick(_BAD_RECORDS)
        else:
            line = c.text(30, False).encode("utf-8")
        if c.chance(0.1) and line:  # a broken byte somewhere
            at = c.int(0, len(line))
            line = line[:at] + bytes([c.int(0x80, 0xFF)]) + line[at:]
        out.append(line)
    data = b"".join(line + c.pick([b"\n", b"\n", b"\r\n", b"\r", b""]) for line in out)
    if c.chance(0.1):
        data = b"\xef\xbb\xbf" + data
    return data


def _count_lines(data: bytes | str) -> int:
    if isinstance(data, bytes) and data.startswith(b"\xef\xbb\xbf"):
        data = data[3:]  # a BOM is no line
    newline = b"\n" if isinstance(data, bytes) else "\n"
    return data.count(newline) + (1 if data and not data.endswith(newline) else 0)  # type: ignore[arg-type]


def fuzz_jsonl(c: Chooser) -> dict[str, Any]:
    """The CLI's JSON Lines reader with --skip-bad, in process, on a fuzzed byte stream."""
    data = build_jsonl(c)
    argv = ["clean", "--jsonl", "--skip-bad", "-j", "1"] + (["-q"] if c.chance(0.5) else [])
    if c.chance(0.2):
        argv.append("--drop-headline")
    case = {"target": "jsonl", "input": data, "argv": argv}
    out, err = io.StringIO(), io.StringIO()
    stdin = io.TextIOWrapper(io.BytesIO(data), encoding="utf-8")
    code = cli_main(argv, stdin=stdin, stdout=out, stderr=err)
    output, errors = out.getvalue(), err.getvalue()
    case["exit"], case["stderr"] = code, errors[-2000:]
    if code not in (0, 1, 2):
        raise InvariantError(f"exit code {code}", case)
    if "Traceback" in errors or "internal error" in errors:
        raise InvariantError("a traceback or internal error on stderr", case)
    if _count_lines(output) != _count_lines(data):
        raise InvariantError(f"{_count_lines(data)} lines in, {_count_lines(output)} lines out", case)
    # every good record comes out with its text cleaned as clean() cleans it
    raw_lines = data.split(b"\n")
    out_lines = output.split("\n")
    keep = "--drop-headline" not in argv
    for number, (raw, got) in enumerate(zip(raw_lines, out_lines), start=1):
        if number == 1 and raw.startswith(b"\xef\xbb\xbf"):
            raw = raw[3:]
        try:
            record = json.loads(raw.decode("utf-8"))
        except (ValueError, RecursionError):
            continue
        if isinstance(record, dict) and isinstance(record.get("text"), str):
            try:
                cleaned = json.loads(got)["text"]
            except (ValueError, KeyError, TypeError) as exc:
                raise InvariantError(f"line {number}: good record came out as {got[:200]!r} ({exc})", case) from None
            if cleaned != cleannews.clean(record["text"], keep_headline=keep):
                raise InvariantError(f"line {number}: record text differs from clean(text)", case)
    return case


TARGETS: dict[str, Callable[[Chooser], dict[str, Any]]] = {
    "text": fuzz_text, "html": fuzz_html, "jsonl": fuzz_jsonl,
}
#: How often each target runs (the text target is cheap and the one that matters most).
WEIGHTS = [("text", 90), ("html", 4), ("jsonl", 6)]


def fuzz_one(c: Chooser, target: str | None = None) -> dict[str, Any]:
    """Build one input for ``target`` (or one picked by :data:`WEIGHTS`) and check it."""
    if target is None:
        roll = c.int(0, sum(w for _, w in WEIGHTS) - 1)
        for name, weight in WEIGHTS:
            if roll < weight:
                target = name
                break
            roll -= weight
    assert target is not None
    return TARGETS[target](c)
