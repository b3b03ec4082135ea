"""Chrome removal: page text → story body + metadata + the removed spans.

Pages saved as text carry menus, section labels, share rows, bylines, related
lists and footers around the story. We classify *lines* from their features —
length, stop-word density, terminal punctuation, script, repetition and
position relative to the story's paragraphs (the jusText idea) — plus a
generic, site-independent vocabulary of UI phrases in ``resources/chrome.json``.

Metadata found on the way feeds the document: the headline → ``title``, a
byline → ``author`` (email dropped), "* unofficial translation" → ``notes``,
a dateline or "Published :" stamp → the document date. Every dropped span is
recorded with its reason and its offsets in the raw text.
"""
from __future__ import annotations

import json
import re
import unicodedata
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources
from typing import Optional

from .records import Removed

_ALLOWED = {"_doc", "phrases", "tail_markers", "byline_patterns", "note_patterns", "footer_patterns", "stamp_patterns"}
_MONTH = (
    r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sep(?:t(?:ember)?)?|Oct(?:ober)?"
    r"|Nov(?:ember)?|Dec(?:ember)?)\.?"
)
# "SEOUL, June 1 (Yonhap) -- ", "MOSCOW (Reuters) - ", "Beijing, 3 May 2021: "
_DATELINE_PREFIX = re.compile(
    r"^(?P<place>[A-Z][A-Za-z.'’ -]{1,40}?|[A-Z][A-Z.'’ -]{1,40}?)(?:,\s*(?P<region>[A-Z][A-Za-z. ]{1,25}))?"
    r"(?:,\s*(?P<date>(?:" + _MONTH + r"\s+\d{1,2}(?:,?\s+\d{4})?|\d{1,2}\s+" + _MONTH + r"(?:\s+\d{4})?)))?"
    r"\s*(?:\((?P<agency>[A-Za-z][\w .&-]{1,30})\))?\s*(?:--|—|–|-|:)\s+"
)
# A line that is only a date, e.g. "Sun, November 4, 2018" or "2021-11-24 17:43".
_DATE_LINE = re.compile(
    r"^(?:(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)[a-z]*\.?,?\s+)?(?:" + _MONTH + r"\s+\d{1,2},?\s+\d{4}|\d{1,2}\s+" + _MONTH
    + r",?\s+\d{4}|\d{4}[-./]\d{1,2}[-./]\d{1,2})(?:[ T,]+\d{1,2}:\d{2}(?::\d{2})?\s*(?:[AaPp]\.?[Mm]\.?)?(?:\s*[A-Z]{2,4})?)?$"
)
# "Home | News | Media Releases", "Home > Press > Statements": a row of short menu items.
_BREADCRUMB = re.compile(r"^[^|>›»/]{1,30}(?:\s*[|>›»/]\s*[^|>›»/]{1,30}){2,}$")
# Caption shape: ends with a parenthesised credit, "(Yonhap)", "(Ministry of Foreign Affairs)".
_CAPTION_END = re.compile(r"\([^()]{2,60}\)\s*\.?$")
_WORD = re.compile(r"[^\W\d_]+(?:[-'’][^\W\d_]+)*", re.U)
_STRIP = " \t\r\n|•·»«›‹>→←▶►◀▲▼*-–—:"


@dataclass
class Cleaned:
    body: str
    title: Optional[str] = None
    author: Optional[str] = None
    notes: list[str] = field(default_factory=list)
    date: Optional[str] = None  # ISO date from a dateline/stamp
    date_source: str = "none"
    removed: list[Removed] = field(default_factory=list)


@dataclass
class _Rules:
    phrases: dict[str, str]  # normalised phrase → reason
    tail_markers: frozenset[str]
    byline: list[re.Pattern]
    note: list[re.Pattern]
    footer: list[re.Pattern]
    stamp: list[re.Pattern]


@lru_cache(maxsize=1)
def rules() -> _Rules:
    """Load ``chrome.json`` strictly (unknown keys are an error, regexes compiled)."""
    with resources.files("pipeline.resources").joinpath("chrome.json").open(encoding="utf-8") as fh:
        data = json.load(fh)
    unknown = set(data) - _ALLOWED
    if unknown:
        raise ValueError(f"chrome.json: unknown keys {sorted(unknown)}")
    phrases: dict[str, str] = {}
    for reason, items in data["phrases"].items():
        for p in items:
            phrases.setdefault(_norm(p), reason)
    return _Rules(
        phrases=phrases,
        tail_markers=frozenset(_norm(p) for p in data["tail_markers"]),
        byline=[re.compile(p) for p in data["byline_patterns"]],
        note=[re.compile(p) for p in data["note_patterns"]],
        footer=[re.compile(p) for p in data["footer_patterns"]],
        stamp=[re.compile(p) for p in data["stamp_patterns"]],
    )


def _norm(s: str) -> str:
    s = s.replace("’", "'").strip(_STRIP + ".,!?()[]{}\"'").lower()
    return re.sub(r"\s+", " ", s)


@lru_cache(maxsize=1)
def _stop_words() -> frozenset[str]:
    from spacy.lang.en.stop_words import STOP_WORDS

    return frozenset(STOP_WORDS)


@dataclass
class _Line:
    start: int  # offset of the stripped text in the raw text
    end: int
    text: str
    words: int
    stop_ratio: float
    latin_ratio: float
    terminal: bool

    def paragraph_like(self, latin_doc: bool = True) -> bool:
        """A line a reader would count as story prose (in the page's main script)."""
        if (self.latin_ratio >= 0.5) != latin_doc:
            return False
        size = self.words if latin_doc else max(self.words, len(self.text) // 4)
        if size < 8:
            return False
        # Headlines lack terminal punctuation; long prose lines without it still count.
        return self.terminal or (size >= 25 and (self.stop_ratio >= 0.2 or not latin_doc))


def _features(text: str, start: int) -> _Line:
    words = _WORD.findall(text)
    sw = _stop_words()
    stops = sum(1 for w in words if w.lower() in sw)
    letters = [c for c in text if c.isalpha()]
    latin = sum(1 for c in letters if "LATIN" in unicodedata.name(c, ""))
    return _Line(
        start=start,
        end=start + len(text),
        text=text,
        words=len(words),
        stop_ratio=stops / len(words) if words else 0.0,
        latin_ratio=latin / len(letters) if letters else 1.0,
        terminal=bool(re.search(r"[.!?…。][\"'”’)\]]*$|[:;]$|[.!?]\s*\([^()]{1,80}\)$", text)),
    )


def _lines(raw: str, offset: int) -> list[Optional[_Line]]:
    """Non-blank lines as features; ``None`` marks a blank line (paragraph break)."""
    out: list[Optional[_Line]] = []
    pos = offset
    for line in raw[offset:].splitlines(keepends=True):
        stripped = line.strip()
        if stripped:
            lead = len(line) - len(line.lstrip())
            out.append(_features(stripped, pos + lead))
        else:
            out.append(None)
        pos += len(line)
    return out


def parse_date(text: str) -> Optional[str]:
    """A full calendar date in a dateline/stamp → ``YYYY-MM-DD`` (never guesses a year)."""
    m = re.search(r"(\d{4})[-./](\d{1,2})[-./](\d{1,2})", text)
    if m:
        y, mo, d = (int(g) for g in m.groups())
        if 1 <= mo <= 12 and 1 <= d <= 31:
            return f"{y:04d}-{mo:02d}-{d:02d}"
    if not re.search(r"\b\d{4}\b", text):
        return None
    import dateparser

    parsed = dateparser.parse(
        text,
        languages=["en"],
        settings={"REQUIRE_PARTS": ["day", "month", "year"], "RETURN_AS_TIMEZONE_AWARE": False},
    )
    return parsed.date().isoformat() if parsed else None


def clean_text(raw: str, *, offset: int = 0, title: Optional[str] = None) -> Cleaned:
    """Split ``raw[offset:]`` (page text after front matter) into body and chrome.

    ``title`` is a headline already known from metadata; a line repeating it is
    removed as the title rather than kept as body.
    """
    r = rules()
    lines = _lines(raw, offset)
    real = [ln for ln in lines if ln is not None]
    total_letters = sum(len(ln.text) for ln in real) or 1
    latin_doc = sum(ln.latin_ratio * len(ln.text) for ln in real) / total_letters >= 0.5
    body_idx = [i for i, ln in enumerate(lines) if ln is not None and ln.paragraph_like(latin_doc)]
    first_body = body_idx[0] if body_idx else len(lines)
    last_body = body_idx[-1] if body_idx else -1

    out = Cleaned(body="")
    reasons: dict[int, str] = {}
    prefix_cut: dict[int, int] = {}  # line index → chars removed from its start (dateline)
    seen: set[str] = set()
    in_tail = False
    prev_kept: Optional[str] = None
    norm_title = _norm(title) if title else None

    for i, ln in enumerate(lines):
        if ln is None:
            continue
        text, key = ln.text, _norm(ln.text)
        outside = i < first_body or i > last_body
        reason: Optional[str] = None
        if in_tail:
            reason = "related_links"
        elif key in r.tail_markers and ln.words <= 5 and i > first_body:
            reason, in_tail = "related_links", True
        elif key in r.phrases and (outside or r.phrases[key] != "navigation") and ln.words <= 6:
            reason = r.phrases[key]
        elif outside and _BREADCRUMB.match(text):
            reason = "navigation"
        elif latin_doc and ln.latin_ratio < 0.5:
            reason = "navigation" if i < first_body else "footer"
        elif norm_title is not None and key == norm_title:
            reason = "title"
        elif any(p.match(text) for p in r.footer):
            reason = "footer"
        elif (m := _first_match(r.byline, text)) and ln.words <= 12 and (outside or not ln.terminal or "@" in text):
            reason = "byline"
            out.author = out.author or m.group("name").strip()
        elif m := _first_match(r.note, text):
            reason = "note"
            out.notes.append(m.group("note").strip().rstrip("."))
        elif ln.words <= 10 and _DATE_LINE.match(text.strip()) and outside:
            reason = "dateline"
            _set_date(out, parse_date(text))
        elif (m := _first_match(r.stamp, text)) and outside and parse_date(m.group("date")):
            reason = "published_stamp"
            _set_date(out, parse_date(m.group("date")))
        elif i < first_body:
            if out.title is None and title is None and ln.words >= 3 and not text.endswith("."):
                reason = "title"
                out.title = text
            else:
                reason = "navigation" if ln.words <= 4 else "section_label"
        elif i > last_body and not ln.paragraph_like(latin_doc) and ln.words <= 6:
            reason = "footer"
        elif ln.words >= 5 and key in seen and (key == prev_kept or _CAPTION_END.search(text)):
            # A caption repeated verbatim (image alt text + caption); repeated prose stays.
            reason = "duplicate_caption"
        if reason is None and i == first_body:
            m = _DATELINE_PREFIX.match(text)
            if m and (m.group("date") or m.group("agency")) and m.group("place").isupper():
                prefix_cut[i] = m.end()
                out.removed.append(Removed(ln.start, ln.start + m.end(), text[: m.end()], "dateline"))
                _set_date(out, parse_date(m.group("date") or ""))
        if reason is None:
            seen.add(key)
            prev_kept = key
        else:
            reasons[i] = reason
            out.removed.append(Removed(ln.start, ln.end, text, reason))

    if title is not None:
        out.title = title
    out.removed.sort(key=lambda x: x.start)
    out.body = _join(lines, reasons, prefix_cut)
    return out


def _first_match(patterns: list[re.Pattern], text: str) -> Optional[re.Match]:
    for p in patterns:
        m = p.match(text)
        if m:
            return m
    return None


def _set_date(out: Cleaned, value: Optional[str]) -> None:
    if value and out.date is None:
        out.date, out.date_source = value, "dateline"


def _join(lines: list[Optional[_Line]], reasons: dict[int, str], prefix_cut: dict[int, int]) -> str:
    """Kept lines; a blank line (or removed lines) between kept lines becomes a paragraph break."""
    parts: list[str] = []
    gap = False
    for i, ln in enumerate(lines):
        if ln is None or i in reasons:
            gap = gap or ln is None or bool(parts)
            continue
        if parts:
            parts.append("\n\n" if gap else "\n")
        parts.append(ln.text[prefix_cut.get(i, 0):])
        gap = False
    return "".join(parts) + ("\n" if parts else "")


def html_to_text(html: str) -> tuple[str, dict]:
    """HTML page → (main text, metadata) with trafilatura; the text then goes through :func:`clean_text`."""
    import trafilatura

    doc = trafilatura.bare_extraction(
        html, with_metadata=True, include_comments=False, include_tables=False, favor_precision=True
    )
    if doc is None:
        return "", {}
    get = (lambda k: getattr(doc, k, None)) if not isinstance(doc, dict) else doc.get
    meta = {k: get(k) for k in ("title", "author", "date", "url")}
    text = get("text") or ""
    return text, {k: str(v) for k, v in meta.items() if v}
