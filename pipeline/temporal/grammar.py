"""Detection grammar: regular patterns over the text that yield :class:`Frame`s.

Why our own patterns rather than only spaCy's DATE entities: the small model
misses durations written as adjectives ("three-day"), over-covers ("the 30th
anniversary", "the two meetings") and gives no structure to normalise. Each
pattern here names a rule and produces a frame, so a value can always be
traced back to the rule that made it. Month and weekday names are
case-sensitive (capitalised) so the modal "may" and the verb "march" never
match.

All patterns are run over the whole text; overlapping matches are resolved
longest-first (``scan``). Nothing here needs spaCy.
"""
from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from dataclasses import dataclass
from functools import lru_cache
from typing import Callable, Iterable, Optional

from ..trie import trie_pattern
from .frames import Frame
from .lexicon import Lexicon, load_lexicon
from .zones import place_zone


@dataclass(frozen=True)
class Match:
    start: int
    end: int
    frame: Frame
    rule: str


def _alt(words, *, cap: bool = False) -> str:
    """Regex alternation, longest first; ``cap`` makes it case-sensitive Capitalised."""
    ws = sorted(set(words), key=len, reverse=True)
    if cap:
        body = "|".join(re.escape(w[0].upper() + w[1:]) for w in ws)
        return f"(?-i:{body})"
    return "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in ws)


class Grammar:
    """Compiled patterns for one lexicon."""

    def __init__(self, lex: Lexicon) -> None:
        self.lex = lex
        L = lex
        self.MONTH = _alt(L.months, cap=True)
        self.MONABBR = _alt(L.month_abbreviations, cap=True) + r"\.?"
        self.ANYMON = f"(?:{self.MONTH}|{self.MONABBR})"
        self.WD = _alt(L.weekdays, cap=True)
        DAY = r"(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?(?!\d|:\d)"
        tens = "twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety"
        units_w = "one|two|three|four|five|six|seven|eight|nine"
        teens = "ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen"
        # spoken years ("nineteen ninety-six") appear in broadcast transcripts
        YEARW = rf"(?:nineteen|eighteen)[\s-]+(?:hundred|(?:{tens})(?:[\s-](?:{units_w}))?|oh[\s-](?:{units_w})|{teens})\b"
        YEAR = rf"(?:(?:1[0-9]\d\d|20\d\d)(?!\d|[.,]\d)|{YEARW})(?!\s*(?:%|percent|per\s*cent))"
        self.YEAR2000 = rf"two[\s-]thousand(?:[\s-](?:and[\s-])?(?:(?:{tens})(?:[\s-](?:{units_w}))?|{teens}|{units_w}))?\b"
        numwords = _alt([w for w in L.number_words if " " in w or w not in {"a", "an"}])
        vq = _alt(L.vague_quantities)
        self.NUM = (
            rf"(?:\d+(?:\.\d+)?(?:\s+1/2|\s*½)?|(?:{tens})(?:[-\s](?:{units_w}))?|{numwords}|{vq}|an?)"
        )
        self.UNIT = (
            r"(?:seconds?|minutes?|hours?|days?|weeks?|fortnights?|months?|quarters?|years?|decades?|"
            r"centur(?:y|ies)|millenni(?:um|a))"
        )
        SEASON = _alt(L.seasons)
        POD = _alt(L.parts_of_day)
        MOD = r"(?:early|mid|late|(?:the\s+)?(?:end|beginning|start|middle|turn|close)\s+of)"
        # Quantifier-like modifiers TimeBank keeps inside the extent (mod=LESS_THAN, MORE_THAN,
        # EQUAL_OR_MORE …). "about", "approximately" and "roughly" are not here: TimeBank leaves them
        # outside far more often than in ("about five hours" → "five hours", mod=APPROX).
        APPROX = (
            r"(?:nearly|almost|more\s+than|less\s+than|over|at\s+least|some|around|"
            r"up\s+to|fewer\s+than|under)"
        )
        # "its first five years", "his first 100 days": after a possessive the ordinal belongs to
        # the possessed noun phrase; the TIMEX is the quantity ("the first nine months" keeps it)
        NOT_POSS = "".join(rf"(?<!\b{w}\s)" for w in ("its", "his", "her", "their", "our", "my", "your"))
        REL = r"(?:last|next|this|past|coming|current|previous|following|same|prior|present)"
        # zone words after a clock: spelled-out zones in any case ("local time", "Eastern Time"); an
        # abbreviation only in capitals ("JST", not "west"); "GMT+3"; a place with "time" ("Kyiv time")
        abbrs = [w for w in L.time_zones if w.isalpha() and len(w) <= 5 and w != "hours"]
        TZ = ("(?-i:(?:GMT|UTC)\\s*[+−-]\\s*\\d{1,2}(?::?[0-5]\\d)?)|"
              + _alt([w for w in L.time_zones if w not in abbrs]) + "|"
              + "(?-i:" + "|".join(sorted((w.upper() for w in abbrs), key=len, reverse=True)) + ")\\b|"
              + "(?P<tzplace>(?-i:[A-Z][a-zà-ÿ'’]+(?:[ -][A-Z][a-zà-ÿ'’]+){0,2}))\\s+time\\b")
        AMPM = r"(?:a\.m\.?|p\.m\.?|am\b|pm\b)"
        ORD = _alt([w for w in L.ordinals if w not in {"last"}])
        self.DAY, self.YEAR, self.SEASON, self.POD = DAY, YEAR, SEASON, POD
        P: list[tuple[str, str, Callable[[re.Match], Optional[Frame]]]] = []
        W = r"(?:(?P<wd>" + self.WD + r")\s*,?\s+(?:the\s+)?)?"

        # --- absolute / month-day -------------------------------------------------
        P.append(("range_md", rf"\b(?P<mon>{self.ANYMON})\s+(?P<d1>{DAY})\s*(?:-|–|—|to|through|until)\s*(?:(?P<mon2>{self.ANYMON})\s+)?(?P<d2>{DAY})(?:\s*,?\s*(?P<year>{YEAR}))?", self._range_md))
        P.append(("range_dm", rf"\b(?P<d1>{DAY})(?:\s+(?P<mon1>{self.ANYMON}))?\s*(?:-|–|—|to|until)\s*(?P<d2>{DAY})\s+(?P<mon>{self.ANYMON})(?:\s*,?\s*(?P<year>{YEAR}))?", self._range_dm))
        # "from June to September": one range of months (press; TimeML annotates each month)
        P.append(("range_month", rf"\b(?P<mon>{self.MONTH})\s*(?:-|–|—|to|through|until)\s*(?P<mon2>{self.MONTH})(?:\s*,?\s*(?P<year>{YEAR}))?\b(?!\s*\d)", self._range_month))
        # "November 15 last year": the year told from the document's
        YREL = r"(?:\s*,?\s*(?P<year>" + YEAR + r")|\s+(?P<yrel>last|this|next)\s+year\b)?"
        # "the afternoon of January 15, 2025": the day with its part (SPEC: "the afternoon" → TAF)
        POD_OF = r"(?:the\s+)?(?P<pod>" + POD + r")\s+of\s+"
        P.append(("pod_month_day", rf"\b{POD_OF}{W}(?P<mon>{self.ANYMON})\s+(?P<day>{DAY}){YREL}", self._md))
        P.append(("pod_day_month", rf"\b{POD_OF}{W}(?:the\s+)?(?P<day>{DAY})(?:\s+of)?\s+(?P<mon>{self.ANYMON}){YREL}", self._md))
        P.append(("month_day", rf"\b{W}(?P<mon>{self.ANYMON})\s+(?P<day>{DAY}){YREL}", self._md))
        P.append(("day_month", rf"\b{W}(?:the\s+)?(?P<day>{DAY})(?:\s+of)?\s+(?P<mon>{self.ANYMON}){YREL}", self._md))
        # a treaty's formula: "the twelfth day of June of the year two thousand twenty-five", "this 3rd day of May, 2025"
        ORDW = _alt(sorted(self._day_ordinals(), key=len, reverse=True))
        P.append(("written_day", rf"\b(?:(?:the|this)\s+)?(?P<dw>{ORDW}|{DAY})\s+day\s+of\s+(?P<mon>{self.MONTH})"
                                 rf"(?:\s*,?\s+(?:of\s+|in\s+)?(?:the\s+year\s+(?:of\s+our\s+Lord\s+)?)?"
                                 rf"(?P<year>{YEAR}|{self.YEAR2000}))?", self._written_day))
        P.append(("iso_date", r"\b(?P<year>(?:19|20)\d\d)-(?P<m>0[1-9]|1[0-2])-(?P<d>0[1-9]|[12]\d|3[01])\b", self._iso))
        P.append(("numeric_date", r"(?<![\d/.])(?P<m>0?[1-9]|1[0-2])/(?P<d>0?[1-9]|[12]\d|3[01])/(?P<year>(?:19|20)\d\d|\d\d)(?![\d/])", self._mdy))
        P.append(("month_year", rf"\b(?:(?P<mod>{MOD})\s*-?\s*)?(?P<mon>{self.ANYMON})(?:\s+of|,)?\s+(?P<year>{YEAR})", self._month_year))
        P.append(("month", rf"\b(?:(?P<mod>{MOD})\s*-?\s*)?(?:(?P<rel>last|next|this|this\s+past|this\s+coming|coming|past)\s+)?(?P<mon>{self.MONTH})(?:\s+(?P<yrel>last|this|next)\s+year)?\b(?!\s*\d)", self._month))
        P.append(("year_words", rf"\b(?:the\s+)?year\s+(?P<year>{self.YEAR2000})", self._year))
        # --- years, decades, centuries -------------------------------------------
        P.append(("year", rf"(?<![\d$€£¥.,#-])\b(?:(?P<mod>{MOD})\s*-?\s*)?(?:(?P<the>the\s+)?(?:calendar\s+)?(?:year\s+))?(?P<fiscal>fiscal\s+)?(?P<year>{YEAR})(?!\s*-\s*\d)(?!'?s\b)", self._year))
        P.append(("year_range", rf"(?<![\d$€£¥.,#/])\b(?P<y1>{YEAR})\s*(?P<sep>-|–|to|/)\s*(?P<y2>(?:1[6-9]|20)\d\d|\d\d)\b(?![\d%/])", self._year_range))
        P.append(("decade", rf"\b(?:(?:the\s+)?(?P<mod>{MOD})\s*-?\s*)?(?:the\s+)?(?:(?P<mod2>early|mid|late)\s*-?\s*)?(?P<dec>(?:1[0-9]|20)\d0|'\d0)'?s\b", self._decade))
        P.append(("decade_words", r"\b(?:the\s+)?(?:(?P<mod>early|mid|late)\s*-?\s*)?(?P<w>twenties|thirties|forties|fifties|sixties|seventies|eighties|nineties)\b", self._decade_words))
        P.append(("century", rf"\b(?:(?:the\s+)?(?P<mod>{MOD})\s*-?\s*)?(?:the\s+)?(?:(?P<n>\d{{1,2}})(?:st|nd|rd|th)|(?P<w>{ORD}|twenty-first))[-\s]+century\b", self._century))
        P.append(("past_decade", r"\bthe\s+past\s+(?P<unit>century|decade)\b", lambda m: Frame("duration", {"value": "P10Y" if m.group("unit").lower() == "decade" else "P100Y"}, "DURATION")))
        P.append(("rel_century", rf"\b(?P<rel>this|last|next|the\s+(?:current|last|next|past|previous))\s+(?P<unit>century|decade)\b", self._relunit))
        # --- quarters, halves, seasons ---------------------------------------------
        P.append(("quarter", rf"\b(?:the\s+)?(?:(?P<yref>(?P<year>{YEAR})|this\s+year'?s|last\s+year'?s|next\s+year'?s|year-earlier|year-ago)\s+)?(?:fiscal\s+)?(?P<q>first|second|third|fourth|final|1st|2nd|3rd|4th)(?:-|\s+)(?:fiscal\s+)?quarter(?:\s+of\s+(?:fiscal\s+)?(?:(?P<year2>{YEAR})|(?P<yrel>this|last|next)\s+year|(?P<the_year>the\s+year)))?\b", self._quarter))
        P.append(("quarter_q", rf"(?-i:\b(?:Q(?P<q>[1-4])|(?P<q2>[1-4])Q))(?:\s*(?:of\s+)?(?:(?P<year>{YEAR})|'?(?P<yy>\d\d)\b))?(?!\w)", self._quarter_q))
        P.append(("fiscal_year", rf"\b(?:(?:the\s+)?(?P<year>{YEAR})\s+(?:fiscal|financial)\s+year|(?-i:FY)\s*-?\s*(?:(?P<year2>(?:19|20)\d\d)|'?(?P<yy>\d\d))(?!\d)|(?:fiscal|financial)\s+year\s+(?P<year3>{YEAR}))\b(?!\s*[/–-]\s*\d)", self._fiscal_year))
        # "the 2025/26 financial year", "the financial year 2023-24", "FY2024-25": a state's fiscal year
        FY2 = r"\s*[/–-]\s*(?P<{}>(?:19|20)\d\d|\d\d)\b"
        P.append(("fiscal_range", rf"\b(?:the\s+)?(?:(?P<y1>{YEAR}){FY2.format('y2')}\s+(?:fiscal|financial)\s+year"
                                  rf"|(?:fiscal|financial)\s+year\s+(?P<y1b>{YEAR}){FY2.format('y2b')}"
                                  rf"|(?-i:FY)\s*(?P<y1c>{YEAR}){FY2.format('y2c')})", self._fiscal_range))
        if self.lex.industry_years:
            # "the 2026/27 gas year", "gas year 2026": a trade's own year, whatever the state
            KIND = "|".join(re.escape(k).replace(r"\ ", r"\s+") for k in sorted(self.lex.industry_years, key=len, reverse=True))
            P.append(("industry_year", rf"\b(?:the\s+)?(?:(?P<y1>{YEAR})(?:{FY2.format('y2')})?\s+(?P<kind>{KIND})"
                                       rf"|(?P<kind2>{KIND})\s+(?P<y1b>{YEAR})(?:{FY2.format('y2b')})?)\b", self._industry_year))
        P.append(("quarter_rel", r"\b(?:the\s+)?(?P<rel>latest|current|previous|past|last|next|same|recent|coming|year-earlier|year-ago|prior|this|that)\s+(?:fiscal\s+)?quarter\b", self._quarter_rel))
        P.append(("quarter_the", r"\bthe\s+quarter\b", lambda m: Frame("quarter_rel", {"rel": None})))
        P.append(("quarter_period", r"\bthe\s+latest\s+period\b", lambda m: Frame("quarter_rel", {"rel": "latest"})))
        P.append(("year_period", rf"\bthe\s+(?P<year>{YEAR})\s+(?:period|quarter)\b", lambda m: Frame("quarter_year", {"year": self._year_of(m)})))
        P.append(("the_year", r"\bthe\s+(?P<w>full\s+|fiscal\s+|current\s+fiscal\s+|current\s+|latest\s+fiscal\s+)?year\b(?!-|\s+(?:\d|two|nineteen|of\s+the))", self._the_year))
        P.append(("half", rf"\b(?:the\s+)?(?P<h>first|second|latter|last)(?:-|\s+)half(?:\s+of\s+(?:(?:the\s+)?year|(?P<year>{YEAR})|(?P<yrel>this|last|next)\s+year))?\b(?!\s+(?:an?|of)\b)", self._half))
        P.append(("season", rf"\b(?:(?P<mod>early|late|mid)\s*-?\s*)?(?:(?P<rel>this|last|next|the|this\s+past|this\s+coming|coming|past)\s+)?(?P<s>{SEASON})(?:\s+(?:of\s+)?(?P<year>{YEAR}))?\b", self._season))
        # --- relative to the document date ---------------------------------------------
        P.append(("relday", rf"\b(?:(?P<mod>early|late|earlier|later)\s+)?(?P<w>{_alt(L.relative_days)})(?:'s)?(?:\s+(?P<pod>{POD}))?\b", self._relday))
        # "Monday to Thursday": one range of days (SPEC: a range is one entry)
        P.append(("range_wd", rf"\b(?P<wd>{self.WD})\s*(?:-|–|—|to|through|until|till)\s*(?P<wd2>{self.WD})\b(?!\s*,?\s*(?:\d|{self.ANYMON}))",
                  self._range_wd))
        P.append(("weekday", rf"\b(?:(?P<rel>last|next|this|this\s+past|this\s+coming|coming|past|early|late|that|the\s+(?:previous|preceding|prior))\s+)?(?P<wd>{self.WD})(?P<pl>s)?(?:\s+(?P<pod>{POD})(?P<pl2>s)?)?\b", self._weekday))
        P.append(("relunit", rf"\b(?:(?P<mod>early|late|earlier|later|mid)\s*-?\s*)?(?:(?P<the>the)\s+)?(?P<rel>{REL}|this\s+coming|this\s+past|that)\s+(?P<unit>week|weekend|month|year|fortnight)\b(?!-)", self._relunit))
        P.append(("relunit_mod", rf"\b(?P<mod>the\s+(?:end|beginning|start|middle)\s+of)\s+(?:(?P<the>the)\s+)?(?P<rel>{REL}|the)\s+(?P<unit>week|month|year)\b", self._relunit))
        # "the week of March 6": the ISO week holding that day
        # "the first week of December": the ISO week that starts with the month's first Monday
        P.append(("week_of_month", rf"\b(?:the\s+)?(?P<n>first|second|third|fourth|last|final)\s+week\s+of\s+(?P<mon>{self.MONTH})(?:\s*,?\s*(?P<year>{YEAR}))?\b(?!\s*\d)",
                  lambda m: Frame("week_of_month", {"n": {"first": 1, "second": 2, "third": 3, "fourth": 4}.get(
                      m.group("n").lower(), -1), "month": self.month_num(m.group("mon")), "year": self._year_of(m)})))
        P.append(("week_of", rf"\b(?:the\s+)?week\s+of\s+(?:(?P<wd>{self.WD})\s*,?\s+)?(?:(?P<mon>{self.ANYMON})\s+(?P<day>{DAY})|(?:the\s+)?(?P<day2>{DAY})(?:\s+of)?\s+(?P<mon2>{self.ANYMON}))(?:\s*,?\s*(?P<year>{YEAR}))?", self._week_of))
        P.append(("the_week", r"\bthe\s+(?P<unit>week|weekend)\b(?!\s+(?:of|before|after|earlier|later))", self._the_unit))
        P.append(("year_end", r"\b(?P<w>year-end|year\s+end|the\s+end\s+of\s+the\s+year|(?:the\s+)?year's\s+end)\b", lambda m: Frame("relunit", {"rel": "this", "unit": "year", "mod": "END"})))
        P.append(("offset", rf"\b(?:(?P<approx>{APPROX})\s+)?(?P<num>{self.NUM})\s*-?\s*(?P<unit>{self.UNIT})(?:\s+or\s+so)?\s+(?P<dir>ago|earlier|later|before|after|from\s+now|hence|previously|back|since)\b", self._offset))
        P.append(("yearago", r"\b(?:(?:the\s+)?(?:comparable\s+|same\s+)?year-(?P<w>earlier|ago)\s+(?P<n>quarter|period|month|nine\s+months|six\s+months|first\s+half|year)|year-(?:earlier|ago))\b", self._yearago))
        # "the next morning", "the previous evening": a part of the day after or before the day under discussion
        P.append(("discpod", r"\b(?:the\s+|that\s+)?(?P<w>next|following|previous|preceding|same)\s+(?P<pod>morning|afternoon|evening|night)\b", self._discpod))
        P.append(("discday", rf"\b(?P<w>{_alt(L.discourse_days)})\b", self._discday))
        # --- military clock times ("at 1530 hrs", "0900 hours"): before the durations, which would read
        # "1530 hours" as a span of hours; after a clock preposition, or with a leading zero (``_clock_mil``)
        P.append(("clock_mil", rf"(?<![\d,.$€£¥])\b(?P<h>[01]\d|2[0-3])(?P<mi>[0-5]\d)\s*(?:hrs|hours|hr|h)\b(?:\s*(?P<tzp>\()?(?P<tz>{TZ})(?(tzp)\)))?",
                  self._clock_mil))
        # wire style "1800 GMT", "(0735 GMT)": four digits and a universal zone
        P.append(("clock_mil_tz", r"(?<![\d,.$€£¥])\b(?P<h>[01]\d|2[0-3])(?P<mi>[0-5]\d)\s*(?P<tzp>\()?(?P<tz>(?-i:GMT|UTC))\b(?(tzp)\))(?P<tzplace>)?", self._clock))
        # --- durations and sets ----------------------------------------------------------
        P.append(("set_word", rf"\b(?P<w>{_alt(L.set_words)})\b", self._set_word))
        P.append(("set_every", rf"\b(?P<q>every|each|per)\s+(?:(?P<other>other)\s+)?(?:(?P<num>{self.NUM})\s+)?(?P<unit>{self.UNIT}|(?P<wd>{self.WD})|(?P<mon>{self.MONTH})|(?P<s>{SEASON})|(?P<pod>{POD}))\b", self._set_every))
        P.append(("set_freq", rf"(?:(?<=\bonce\s)|(?<=\btwice\s)|(?<=\bthrice\s))(?P<q>a|per|every)\s+(?P<unit>{self.UNIT})\b", self._set_every))
        # press: "twice a year" is the expression, every six months (TimeML: "a year", freq 2X)
        P.append(("set_times", rf"\b(?P<n>once|twice|thrice|(?P<num>{self.NUM})\s+times)\s+(?:a|per|every)\s+(?P<unit>{self.UNIT})\b", self._set_times))
        P.append(("set_freq2", rf"(?<=\btimes\s)(?P<q>a|per|every)\s+(?P<unit>{self.UNIT})\b", self._set_every))
        P.append(("duration", rf"\b(?:(?P<approx>{APPROX})\s+(?!the\b))?(?:(?P<the>the)\s+)?(?:{NOT_POSS}(?P<rel>past|last|next|first|coming|previous|following|latest|final|remaining|other|recent|initial|ensuing)\s+)?(?P<num>{self.NUM})(?:\s*(?:to|-|or)\s*{self.NUM}(?=\s))?(?:\s+and\s+(?P<half>a\s+half))?(?:\s+or\s+(?:so|more))?\s+(?:more\s+|full\s+|consecutive\s+|straight\s+|long\s+)?(?P<unit>{self.UNIT})(?:\s+and\s+(?P<half2>a\s+half)|,?\s+and\s+(?P<num2>{self.NUM})\s+(?P<unit2>{self.UNIT}))?\b(?!-old|\s+old\b|-long\b|-round\b)", self._duration))
        P.append(("duration_long", r"\b(?P<unit>minute|hour|day|week|month|year|decade|century)-long\b",
                  lambda m: self._dur_value(1, m.group("unit"))))  # "a year-long campaign"
        P.append(("duration_adj", rf"\b(?P<num>\d+|(?:{tens})(?:-(?:{units_w}))?|{_alt([w for w in L.number_words if ' ' not in w and w not in {'a', 'an', 'dozen', 'hundred'}])}|half)-(?P<unit>second|minute|hour|day|week|month|year|decade|century)(?:-long)?\b(?!-old)", self._duration))
        P.append(("duration_plural", rf"(?:(?<=\bfor\s)|(?<=\bin\s)|(?<=\bover\s)|(?<=\bwithin\s)|(?<=\bfor\s\s))(?P<unit>years|months|weeks|decades|days|hours|centuries)\b(?!\s+(?:of|ago|before|after|earlier|later))", self._duration_plural))
        P.append(("duration_half", r"\bhalf\s+an?\s+(?P<unit>hour|day|year|month|century|decade)\b", lambda m: self._dur_value(0.5, m.group("unit"))))
        # --- times of day ---------------------------------------------------------------------
        P.append(("clock", rf"\b(?:(?P<approx>around)\s+)?(?P<h>[01]?\d|2[0-3])(?:[:.](?P<mi>[0-5]\d))?\s*(?P<ampm>{AMPM})(?:\s*(?P<tzp>\()?(?P<tz>{TZ})(?(tzp)\)))?", self._clock))
        P.append(("clock24", rf"\b(?P<h>[01]?\d|2[0-3]):(?P<mi>[0-5]\d)(?:\s*(?P<tzp>\()?(?P<tz>{TZ})(?(tzp)\)))?(?![\d:])", self._clock))
        # "15.30 WIB", "10.00 local time": a dotted 24-hour clock only with its zone (not "1.25 hours")
        TZ_ZONE = TZ.replace("|hours", "").replace("hours|", "")
        P.append(("clock24_dot", rf"\b(?P<h>[01]?\d|2[0-3])\.(?P<mi>[0-5]\d)\s*(?P<tzp>\()?(?P<tz>{TZ_ZONE})(?(tzp)\))", self._clock))
        P.append(("clock_word", rf"\b(?P<w>{_alt(L.clock_words)})\b", self._clock_word))
        P.append(("oclock", rf"\b(?P<h>\d{{1,2}}|{units_w}|ten|eleven|twelve)\s+o'clock(?:\s+in\s+the\s+(?P<pod>morning|afternoon|evening))?", self._oclock))
        # "leave at 4 in the morning", "until 10 at night": a clock hour told by the part of day; after a
        # preposition only, so that scores and counts ("won 3 in the afternoon session") stay out
        CLOCK_PREP = "|".join(rf"(?<=\b{w}\s)" for w in ("at", "by", "until", "till", "from", "before", "after",
                                                          "around", "about", "since", "to", "past"))
        P.append(("clock_pod", rf"(?:{CLOCK_PREP})(?P<h>\d{{1,2}}|{units_w}|ten|eleven|twelve)(?:[:.](?P<mi>[0-5]\d))?\s+(?:in\s+the\s+(?P<pod>morning|afternoon|evening)|at\s+(?P<night>night))\b", self._clock_pod))
        P.append(("pod", rf"\b(?P<rel>this|the|that|last|early\s+this|late\s+this|later\s+this|earlier\s+this)\s+(?P<pod>{POD})\b(?!\s+(?:of|news|paper|show|prayer|session|sessions|edition|shift|flight|star))", self._pod))
        P.append(("pod_bare", r"\b(?P<pod>tonight|overnight|mid-afternoon|mid afternoon|midmorning|mid-morning)\b", self._pod))
        # --- holidays and vague references ------------------------------------------------------
        # (not inside a longer name: "the United Nations Day of Vesak celebrations")
        P.append(("holiday", rf"\b(?P<h>{_alt(L.holidays, cap=False)})(?:\s+(?P<year>{YEAR}))?\b(?!\s+of\s+[A-Z])", self._holiday))
        P.append(("vague", rf"\b(?P<w>{_alt(L.vague_refs)})\b", self._vague))
        self._COUNT_AFTER = re.compile(rf"\s+(?:\d|(?:{tens}|{units_w}|{teens}|several|few|many)\b)", re.I)
        self.patterns = [(name, re.compile(rx, re.I), fn) for name, rx, fn in P]
        # a second day coordinated with a month-day: "April 24 and 25", "on 24 and 25 April"
        self.and_day_after = re.compile(
            rf"\s*(?:and|or|&)\s+(?P<d>{DAY})(?:\s*,?\s*(?P<year>{YEAR})|"
            r"(?=\s*(?:[.,;:!?)\"”]|$)|\s+(?:in|at|on|and|to|for|with|when|while|as|respectively)\b))", re.I)
        self.and_day_before = re.compile(
            rf"(?:(?<=\bon\s)|(?<=\bbetween\s)|(?<=\bfrom\s)|(?<=\bfor\s))(?P<d>{DAY})\s+(?:and|or|&)\s+(?:on\s+)?$", re.I)
        # per pattern: lower-case ASCII strings one of which every match needs in the text (None: unknown)
        self.required = [_required_literals(rx.pattern, rx.flags) for _, rx, _ in self.patterns]
        # per pattern: (anchor literals, reach, lookbehind) for the windowed scan (None: scan the whole text)
        self.windows = [_window_info(rx.pattern, rx.flags) for _, rx, _ in self.patterns]
        # every anchor literal of the windowed scan, found in one pass (``anchor_occurrences``)
        anchors = sorted({lit for w in self.windows if w is not None for lit in w[0]})
        self.anchor_rx = _literal_trie(anchors)
        self.anchor_prefixes = {lit: [o for o in anchors if lit.startswith(o)] for lit in anchors}

    def anchor_occurrences(self, folded: str) -> dict:
        """Start positions (ascending) of every anchor literal in ``folded``, overlaps included;
        the same as a ``str.find`` loop per literal, but one regex search per position where some
        anchor starts instead of one scan of the text per literal (most of which are absent)."""
        prefixes = self.anchor_prefixes
        occ: dict = dict.fromkeys(prefixes, ())
        search = self.anchor_rx.search
        m = search(folded)
        while m is not None:
            p = m.start()
            # the trie takes the longest anchor starting at p; the others there are its prefixes
            for lit in prefixes[m.group()]:
                pos = occ[lit]
                if pos:
                    pos.append(p)
                else:
                    occ[lit] = [p]
            m = search(folded, p + 1)
        return occ

    # ------------------------------------------------------------------ helpers
    def month_num(self, s: str) -> int:
        s = s.lower().rstrip(".")
        return self.lex.months.get(s) or self.lex.month_abbreviations[s]

    @staticmethod
    def day_num(s: str) -> int:
        return int(re.match(r"\d+", s).group())

    def num_value(self, s: str) -> Optional[float]:
        """Numeric value of a count word/number; ``None`` for vague counts (→ X)."""
        s = re.sub(r"\s+", " ", s.lower().strip())
        frac = re.fullmatch(r"(\d+)\s*(?:1/2|½)", s)
        if frac:
            return int(frac.group(1)) + 0.5
        if re.fullmatch(r"\d+(\.\d+)?", s):
            return float(s)
        if s in self.lex.number_words:
            return float(self.lex.number_words[s])
        parts = re.split(r"[-\s]", s)
        if len(parts) == 2 and all(p in self.lex.number_words for p in parts):
            return float(self.lex.number_words[parts[0]] + self.lex.number_words[parts[1]])
        return None

    def unit_code(self, u: str) -> str:
        u = u.lower()
        if u.endswith("ies"):
            u = u[:-3] + "y"
        elif u == "millennia":
            u = "millennium"
        elif u.endswith("s"):
            u = u[:-1]
        return self.lex.duration_units[u]

    def _dur_value(self, n: Optional[float], unit: str) -> Frame:
        return Frame("duration", {"value": duration_value(n, self.unit_code(unit))}, "DURATION")

    # ------------------------------------------------------------------ handlers
    def _year_of(self, m: re.Match, key: str = "year") -> Optional[int]:
        y = m.groupdict().get(key)
        return self.year_num(y) if y else None

    def year_num(self, s: str) -> int:
        """4-digit or spoken year ("nineteen ninety-six", "two thousand and one") → int."""
        s = s.lower().strip()
        if s.isdigit():
            return int(s)
        words = [w for w in re.split(r"[\s-]+", s) if w not in ("and", "oh")]
        nw = self.lex.number_words
        if words[:2] == ["two", "thousand"]:
            return 2000 + int(sum(nw.get(w, 0) for w in words[2:]))
        century = int(nw[words[0]]) * 100
        rest = words[1:]
        if rest == ["hundred"]:
            return century
        return century + int(sum(nw.get(w, 0) for w in rest))

    @lru_cache(maxsize=1)
    def _day_ordinals(self) -> dict[str, int]:
        """Ordinal words of the days of a month: "first" … "thirty-first" (hyphenated or spaced)."""
        units = {w: n for w, n in self.lex.ordinals.items() if n <= 9 and w not in ("final", "last")}
        out = {w: n for w, n in self.lex.ordinals.items() if n <= 20 and w not in ("final", "last")}
        out["twentieth"], out["thirtieth"] = 20, 30
        for tens, n in (("twenty", 20), ("thirty", 30)):
            for w, k in units.items():
                if n + k <= 31:
                    out[f"{tens}-{w}"] = out[f"{tens} {w}"] = n + k
        return out

    def _written_day(self, m: re.Match) -> Optional[Frame]:
        dw = m.group("dw").lower()
        day = self._day_ordinals().get(re.sub(r"\s+", " ", dw)) or (self.day_num(dw) if dw[:1].isdigit() else 0)
        mon = self.month_num(m.group("mon"))
        if not day or not _valid_md(mon, day):
            return None
        y = self._year_of(m)
        if y:
            return Frame("abs", {"value": f"{y:04d}-{mon:02d}-{day:02d}", "gran": "day"})
        return Frame("md", {"month": mon, "day": day, "weekday": None, "yrel": None, "pod": None})

    def _md(self, m: re.Match) -> Optional[Frame]:
        mon, day = self.month_num(m.group("mon")), self.day_num(m.group("day"))
        if not _valid_md(mon, day):
            return None
        wd = self.lex.weekdays[m.group("wd").lower()] if m.group("wd") else None
        y = self._year_of(m)
        pod = self.lex.parts_of_day[m.group("pod").lower()] if m.groupdict().get("pod") else None
        if y:
            if pod:
                return Frame("abs", {"value": f"{y:04d}-{mon:02d}-{day:02d}T{pod}", "gran": "time"}, "TIME")
            return Frame("abs", {"value": f"{y:04d}-{mon:02d}-{day:02d}", "gran": "day"})
        yrel = (m.groupdict().get("yrel") or "").lower() or None
        return Frame("md", {"month": mon, "day": day, "weekday": wd, "yrel": yrel, "pod": pod}, "TIME" if pod else "DATE")

    def _iso(self, m: re.Match) -> Frame:
        return Frame("abs", {"value": f"{m.group('year')}-{m.group('m')}-{m.group('d')}", "gran": "day"})

    def _mdy(self, m: re.Match) -> Optional[Frame]:
        y = m.group("year")
        y = int(y) if len(y) == 4 else (1900 + int(y) if int(y) > 30 else 2000 + int(y))
        mon, day = int(m.group("m")), int(m.group("d"))
        if not _valid_md(mon, day):
            return None
        return Frame("abs", {"value": f"{y:04d}-{mon:02d}-{day:02d}", "gran": "day"})

    def _range_md(self, m: re.Match) -> Optional[Frame]:
        mon = self.month_num(m.group("mon"))
        mon2 = self.month_num(m.group("mon2")) if m.group("mon2") else mon
        d1, d2 = self.day_num(m.group("d1")), self.day_num(m.group("d2"))
        wraps = mon == 12 and mon2 == 1  # "December 30 to January 2"
        if not (_valid_md(mon, d1) and _valid_md(mon2, d2)) or ((mon2, d2) <= (mon, d1) and not wraps):
            return None
        y = self._year_of(m)
        return Frame("range", {"a": (mon, d1), "b": (mon2, d2), "year": y})

    def _range_dm(self, m: re.Match) -> Optional[Frame]:
        mon = self.month_num(m.group("mon"))
        mon1 = self.month_num(m.group("mon1")) if m.group("mon1") else mon  # "28 November to 3 December"
        d1, d2 = self.day_num(m.group("d1")), self.day_num(m.group("d2"))
        wraps = mon1 == 12 and mon == 1
        if not (_valid_md(mon1, d1) and _valid_md(mon, d2)) or ((mon, d2) <= (mon1, d1) and not wraps):
            return None
        return Frame("range", {"a": (mon1, d1), "b": (mon, d2), "year": self._year_of(m)})

    def _range_month(self, m: re.Match) -> Optional[Frame]:
        mon, mon2 = self.month_num(m.group("mon")), self.month_num(m.group("mon2"))
        if mon2 == mon:
            return None
        return Frame("month_range", {"a": mon, "b": mon2, "year": self._year_of(m)})

    def _month_year(self, m: re.Match) -> Frame:
        mon, y = self.month_num(m.group("mon")), self._year_of(m)
        return Frame("abs", {"value": f"{y:04d}-{mon:02d}", "gran": "month"})

    def _month(self, m: re.Match) -> Frame:
        rel = re.sub(r"\s+", " ", (m.group("rel") or "").lower()) or None
        return Frame("month", {"month": self.month_num(m.group("mon")), "rel": rel, "yrel": (m.group("yrel") or "").lower() or None})

    def _year(self, m: re.Match) -> Frame:
        gd = m.groupdict()
        return Frame("abs", {"value": f"{self._year_of(m):04d}", "gran": "year",
                             "bare": not (gd.get("the") or gd.get("fiscal") or gd.get("mod"))})

    def _year_range(self, m: re.Match) -> Optional[Frame]:
        y1, y2s = self.year_num(m.group("y1")), m.group("y2")
        y2 = int(y2s) if len(y2s) == 4 else (y1 // 100) * 100 + int(y2s)
        if not y1 < y2 <= y1 + 50:
            return None
        if m.group("sep") == "/" and y2 != y1 + 1:
            return None  # "2025/26", "2025/2026": a season or a fiscal year; other slashes number things
        
        return Frame("abs", {"value": f"{y1}/{y2}", "gran": "year"})

    def _decade(self, m: re.Match) -> Frame:
        d = m.group("dec")
        if d.startswith("'"):
            d = ("20" if int(d[1]) < 3 else "19") + d[1:]
        return Frame("abs", {"value": d[:3], "gran": "decade"})

    def _decade_words(self, m: re.Match) -> Optional[Frame]:
        if not m.group(0).lower().startswith("the"):
            return None  # "in his sixties" is an age; "the sixties" a decade
        n = {"twenties": 2, "thirties": 3, "forties": 4, "fifties": 5, "sixties": 6, "seventies": 7,
             "eighties": 8, "nineties": 9}[m.group("w").lower()]
        return Frame("abs", {"value": f"19{n}", "gran": "decade"})

    def _century(self, m: re.Match) -> Optional[Frame]:
        if m.group("n"):
            n = int(m.group("n"))
        else:
            w = m.group("w").lower()
            n = 21 if w == "twenty-first" else self.lex.ordinals.get(w, 0)
        if not 1 <= n <= 21:
            return None
        return Frame("abs", {"value": f"{n - 1:02d}", "gran": "century"})

    def _quarter(self, m: re.Match) -> Frame:
        qs = m.group("q").lower()
        q = {"first": 1, "1st": 1, "second": 2, "2nd": 2, "third": 3, "3rd": 3, "fourth": 4, "4th": 4, "final": 4}[qs]
        y = self._year_of(m) or self._year_of(m, "year2")
        yref = (m.group("yref") or "").lower()
        if yref.startswith("year-"):
            yref = "last"
        yrel = {"this": 0, "last": -1, "next": 1}.get((m.group("yrel") or yref.split(" ")[0] if not y else "") or "", None)
        if yrel is None and not y and m.group("the_year"):
            yrel = 0  # "the third quarter of the year": this year's, whichever way the clause looks
        return Frame("quarter", {"q": q, "year": y, "yrel": yrel})

    def _quarter_q(self, m: re.Match) -> Frame:
        q = int(m.group("q") or m.group("q2"))
        y = self._year_of(m)
        if y is None and m.group("yy"):
            yy = int(m.group("yy"))
            y = 1900 + yy if yy > 30 else 2000 + yy
        return Frame("quarter", {"q": q, "year": y, "yrel": None})

    def _fiscal_year(self, m: re.Match) -> Frame:
        y = self._year_of(m) or self._year_of(m, "year2") or self._year_of(m, "year3")
        if y is None:
            yy = int(m.group("yy"))
            y = 1900 + yy if yy > 30 else 2000 + yy
        return Frame("fiscal", {"year": y, "start": None})

    def _fiscal_range(self, m: re.Match) -> Optional[Frame]:
        """"the 2025/26 financial year": the fiscal year that starts in 2025."""
        y1s = m.group("y1") or m.group("y1b") or m.group("y1c")
        y2s = m.group("y2") or m.group("y2b") or m.group("y2c")
        y1 = self.year_num(y1s)
        y2 = int(y2s) if len(y2s) == 4 else (y1 // 100) * 100 + int(y2s)
        if y2 != y1 + 1:
            return None
        return Frame("fiscal", {"year": None, "start": y1})

    def _industry_year(self, m: re.Match) -> Optional[Frame]:
        """"the 2026/27 gas year": the trade's year that starts in 2026 (``dates.json`` industry_years)."""
        y1 = self.year_num(m.group("y1") or m.group("y1b"))
        y2s = m.group("y2") or m.group("y2b")
        kind = re.sub(r"\s+", " ", (m.group("kind") or m.group("kind2")).lower())
        month, naming = self.lex.industry_years[kind]
        if y2s:
            y2 = int(y2s) if len(y2s) == 4 else (y1 // 100) * 100 + int(y2s)
            if y2 != y1 + 1:
                return None
            return Frame("fiscal", {"year": None, "start": y1, "fiscal": (month, naming)})
        return Frame("fiscal", {"year": y1, "start": None, "fiscal": (month, naming)})

    def _the_year(self, m: re.Match) -> Frame:
        if re.match(r"\s+(?:ended|ending|to)\b", m.string[m.end():]):
            return Frame("duration", {"value": "P1Y"}, "DURATION")  # "the year ended Sept. 30"
        w = re.sub(r"\s+", " ", (m.group("w") or "").strip().lower())
        return Frame("relunit", {"rel": "last" if w.startswith("latest") else "this", "unit": "year", "the": True, "mod": ""})

    def _quarter_rel(self, m: re.Match) -> Frame:
        return Frame("quarter_rel", {"rel": m.group("rel").lower()})

    def _half(self, m: re.Match) -> Frame:
        h = 1 if m.group("h").lower() == "first" else 2
        yrel = {"this": 0, "last": -1, "next": 1}.get((m.group("yrel") or "").lower())
        return Frame("half", {"h": h, "year": self._year_of(m), "yrel": yrel})

    def _season(self, m: re.Match) -> Optional[Frame]:
        rel = re.sub(r"\s+", " ", (m.group("rel") or "").lower()) or None
        y = self._year_of(m)
        if not (rel or y or m.group("mod")):
            return None  # a bare "spring"/"fall" is too ambiguous
        if rel == "the" and not y and re.match(r"\s+of\b", m.string[m.end():]):
            return None  # "the spring of water", "the fall of the Wall"
        return Frame("season", {"s": self.lex.seasons[m.group("s").lower()], "rel": rel, "year": y})

    def _relday(self, m: re.Match) -> Frame:
        w = re.sub(r"\s+", " ", m.group("w").lower())
        pod = self.lex.parts_of_day[m.group("pod").lower()] if m.group("pod") else ("NI" if w == "tonight" else None)
        return Frame("relday", {"offset": self.lex.relative_days[w], "pod": pod}, "TIME" if pod else "DATE")

    def _weekday(self, m: re.Match) -> Frame:
        wd = self.lex.weekdays[m.group("wd").lower()]
        pod = self.lex.parts_of_day[m.group("pod").lower()] if m.group("pod") else None
        if m.group("pl") or m.group("pl2"):
            return Frame("set", {"value": f"XXXX-WXX-{wd}" + (f"T{pod}" if pod else "")}, "SET")
        rel = re.sub(r"\s+", " ", (m.group("rel") or "").lower()).replace("the ", "") or None
        if rel in ("early", "late"):
            rel = None
        return Frame("weekday", {"wd": wd, "rel": rel, "pod": pod}, "TIME" if pod else "DATE")

    def _range_wd(self, m: re.Match) -> Optional[Frame]:
        wd, wd2 = self.lex.weekdays[m.group("wd").lower()], self.lex.weekdays[m.group("wd2").lower()]
        if wd == wd2:
            return None
        return Frame("wd_range", {"a": wd, "b": wd2})

    def _relunit(self, m: re.Match) -> Frame:
        rel = re.sub(r"\s+", " ", m.group("rel").lower())
        rel = rel.replace("the ", "")
        mod = (m.groupdict().get("mod") or "").lower()
        return Frame("relunit", {"rel": rel, "unit": m.group("unit").lower(), "the": bool(m.groupdict().get("the")), "mod": mod})

    def _week_of(self, m: re.Match) -> Optional[Frame]:
        mon = self.month_num(m.group("mon") or m.group("mon2"))
        day = self.day_num(m.group("day") or m.group("day2"))
        if not _valid_md(mon, day):
            return None
        y = self._year_of(m)
        if y:
            inner = Frame("abs", {"value": f"{y:04d}-{mon:02d}-{day:02d}", "gran": "day"})
        else:
            wd = self.lex.weekdays[m.group("wd").lower()] if m.group("wd") else None
            inner = Frame("md", {"month": mon, "day": day, "weekday": wd})
        return Frame("week_of", {"date": inner})

    def _the_unit(self, m: re.Match) -> Frame:
        return Frame("relunit", {"rel": "the", "unit": m.group("unit").lower(), "the": True, "mod": ""})

    def _offset(self, m: re.Match) -> Optional[Frame]:
        n = self.num_value(m.group("num"))
        d = re.sub(r"\s+", " ", m.group("dir").lower())
        if d == "since":
            return None
        if d in ("before", "after") and not _CLAUSE_END.match(m.string, m.end()):
            return None  # "two days before the summit": a duration plus a preposition
        sign = 1 if d in ("later", "after", "from now", "hence") else -1
        ref = "dct" if d in ("ago", "from now", "hence", "back") else "prev"
        if n is None and ref == "prev":
            # "A few days later", "several weeks earlier": a vague stretch after or before another
            # event, which may itself be past or future: no calendar value, not even PAST_REF or
            # FUTURE_REF. What the text states is the stretch: the duration ("A few days", PXD,
            # as TimeML annotates it) is left for the duration rule
            return None
        code = self.unit_code(m.group("unit"))
        return Frame("offset", {"n": n, "unit": code, "sign": sign, "ref": ref, "dir": d})

    def _yearago(self, m: re.Match) -> Frame:
        noun = re.sub(r"\s+", " ", (m.group("n") or "").lower())
        if "months" in noun:
            return Frame("duration", {"value": "P9M" if "nine" in noun else "P6M"}, "DURATION")
        return Frame("offset", {"n": 1.0, "unit": "Y", "sign": -1, "ref": "prev" if noun else "dct", "dir": "earlier", "noun": noun})

    def _discpod(self, m: re.Match) -> Frame:
        w = m.group("w").lower()
        offset = 1 if w in ("next", "following") else 0 if w == "same" else -1  # "the same afternoon": that day
        return Frame("discday", {"offset": offset, "pod": self.lex.parts_of_day[m.group("pod").lower()]}, "TIME")

    def _discday(self, m: re.Match) -> Optional[Frame]:
        w = re.sub(r"\s+", " ", m.group("w").lower())
        if w in ("the day before", "the day after") and not _CLAUSE_END.match(m.string, m.end()):
            return None  # "the day before authorities issued a warrant": anchored on an event, not a date
        # "earlier/later in the day": within the story's own day, not the last day a clause named
        return Frame("discday", {"offset": self.lex.discourse_days[w], "story": w.endswith(" in the day")})

    def _duration(self, m: re.Match) -> Optional[Frame]:
        gd = m.groupdict()
        raw = m.group("num").lower()
        unit = m.group("unit").lower()
        if unit.startswith("quarter") and (not m.group("unit").endswith("s") or "-" in m.group(0)
                                           or re.match(r"\s+of\b", m.string[m.end():])):
            return None  # "three-quarters of", "a quarter of": fractions, not periods
        n = 0.5 if raw == "half" else self.num_value(raw)
        rel = (gd.get("rel") or "").lower()

        if raw in ("a", "an") and m.group("unit").lower().endswith("s"):
            return None
        if gd.get("half") or gd.get("half2"):
            n = None if n is None else n + 0.5
        if gd.get("num2"):
            # "three hours and twenty minutes": one duration, PT3H20M
            value = compound_duration([(n, self.unit_code(m.group("unit"))),
                                       (self.num_value(gd["num2"]), self.unit_code(gd["unit2"]))])
            if value:
                return Frame("duration", {"value": value}, "DURATION")
        return self._dur_value(n, m.group("unit"))

    def _duration_plural(self, m: re.Match) -> Frame:
        return self._dur_value(None, m.group("unit"))

    def _set_every(self, m: re.Match) -> Frame:
        gd = m.groupdict()
        if gd.get("wd"):
            return Frame("set", {"value": f"XXXX-WXX-{self.lex.weekdays[gd['wd'].lower()]}"}, "SET")
        if gd.get("mon"):
            return Frame("set", {"value": f"XXXX-{self.month_num(gd['mon']):02d}"}, "SET")
        if gd.get("s"):
            return Frame("set", {"value": f"XXXX-{self.lex.seasons[gd['s'].lower()]}"}, "SET")
        if gd.get("pod"):
            return Frame("set", {"value": f"XXXX-XX-XXT{self.lex.parts_of_day[gd['pod'].lower()]}"}, "SET")
        n = self.num_value(gd["num"]) if gd.get("num") else 1.0
        if gd.get("other"):
            n = 2.0
        return Frame("set", {"value": duration_value(n, self.unit_code(m.group("unit")))}, "SET")

    # a period split into n equal parts, in the unit that keeps the count whole: "twice a year" → P6M
    _SPLIT = {"Y": (12, "M"), "M": (4, "W"), "W": (7, "D"), "D": (24, "T:H"), "T:H": (60, "T:M")}

    def _set_times(self, m: re.Match) -> Optional[Frame]:
        w = m.group("n").lower()
        n = {"once": 1, "twice": 2, "thrice": 3}.get(w) or self.num_value(m.group("num") or "")
        code = self.unit_code(m.group("unit"))
        if not n or n != int(n) or n < 1:
            return None
        if n == 1:
            return Frame("set", {"value": duration_value(1, code)}, "SET")
        if code in self._SPLIT and self._SPLIT[code][0] % int(n) == 0:
            k, smaller = self._SPLIT[code]
            return Frame("set", {"value": duration_value(k // int(n), smaller)}, "SET")
        return Frame("set", {"value": duration_value(1, code)}, "SET")

    _NEWSPAPER = re.compile(r"[ \t]+[A-Z]")

    def _set_word(self, m: re.Match) -> Optional[Frame]:
        w = m.group("w").lower()
        if w in ("daily", "weekly") and self._NEWSPAPER.match(m.string, m.end()):
            return None  # a newspaper: "the Communist Party daily Granma", "the weekly Der Spiegel"
        return Frame("set", {"value": self.lex.set_words[w]}, "SET")

    _CLOCK_PREP_BEFORE = re.compile(r"\b(?:at|by|until|till|from|before|after|around|since|to)\s+$", re.I)

    def _clock_mil(self, m: re.Match) -> Optional[Frame]:
        if not (m.group("h").startswith("0") or self._CLOCK_PREP_BEFORE.search(m.string, max(0, m.start() - 8), m.start())):
            return None  # "1500 hours of flight time": a count of hours
        return self._clock(m)

    def _clock(self, m: re.Match) -> Optional[Frame]:
        h = int(m.group("h"))
        mi = int(m.group("mi")) if m.group("mi") else 0
        ampm = (m.groupdict().get("ampm") or "").lower()
        tz, end = m.group("tz"), None
        if tz and m.group("tzplace") and place_zone(m.group("tzplace")) is None:
            # "at 3 p.m. Prime Minister time": no place, so no zone; the match ends at the clock
            tz, end = None, m.start("tzp") if m.group("tzp") else m.start("tz")
        if not ampm and not tz and m.group("mi") is None:
            return None
        if ampm:
            if not 1 <= h <= 12:
                return None
            if ampm.startswith("p") and h != 12:
                h += 12
            elif ampm.startswith("a") and h == 12:
                h = 0
        p = {"hm": f"{h:02d}:{mi:02d}"}
        if tz and tz.lower() not in ("local time", "hours"):
            p["tz"] = tz
        if end is not None:
            p["_end"] = end
        return Frame("time", p, "TIME")

    def _clock_word(self, m: re.Match) -> Optional[Frame]:
        if re.search(r"\bhigh\s+$", m.string[max(0, m.start() - 6):m.start()], re.I):
            return None  # "high noon" is an idiom
        return Frame("time", {"hm": self.lex.clock_words[m.group("w").lower()]}, "TIME")

    def _oclock(self, m: re.Match) -> Optional[Frame]:
        raw = m.group("h").lower()
        h = int(raw) if raw.isdigit() else int(self.lex.number_words.get(raw, 0))
        if not 1 <= h <= 12:
            return None
        pod = (m.group("pod") or "").lower()
        if pod in ("afternoon", "evening") and h != 12:
            h += 12
        return Frame("time", {"hm": f"{h:02d}:00"}, "TIME")

    def _clock_pod(self, m: re.Match) -> Optional[Frame]:
        raw = m.group("h").lower()
        h = int(raw) if raw.isdigit() else int(self.lex.number_words.get(raw, 0))
        mi = int(m.group("mi")) if m.group("mi") else 0
        if not 1 <= h <= 12:
            return None
        pod = (m.group("pod") or m.group("night")).lower()
        if pod == "morning":
            h = 0 if h == 12 else h  # "12 in the morning" is midnight
        elif pod == "afternoon":
            h = h if h == 12 else h + 12
        elif pod == "evening":
            if h == 12:
                return None  # no such hour
            h += 12
        elif h == 12:  # "12 at night": midnight, written as the end of the day like "midnight"
            h = 24
        elif h >= 6:  # "10 at night" is 22:00; "3 at night" is 03:00
            h += 12
        if h == 24 and mi:
            return None
        return Frame("time", {"hm": f"{h:02d}:{mi:02d}"}, "TIME")

    def _pod(self, m: re.Match) -> Frame:
        gd = m.groupdict()
        w = re.sub(r"\s+", " ", gd["pod"].lower())
        rel = re.sub(r"\s+", " ", (gd.get("rel") or "").lower())
        if w == "tonight":
            return Frame("relday", {"offset": 0, "pod": "NI"}, "TIME")
        code = self.lex.parts_of_day[w]
        if rel == "last" and w in ("night", "evening"):
            return Frame("relday", {"offset": -1, "pod": code}, "TIME")
        if rel == "last":
            return Frame("relday", {"offset": -1, "pod": code}, "TIME")
        ref = "dct" if "this" in rel else ("context" if rel else "context_or_dct")
        return Frame("pod", {"pod": code, "ref": ref}, "TIME")

    def _vague(self, m: re.Match) -> Optional[Frame]:
        w = re.sub(r"\s+", " ", m.group("w").lower())
        if w.startswith("the ") and self._COUNT_AFTER.match(m.string, m.end()):
            return None  # "the past three summers": a determiner phrase before a count, not "the past"
        return Frame("vague", {"value": self.lex.vague_refs[w]})

    def _holiday(self, m: re.Match) -> Optional[Frame]:
        h = re.sub(r"\s+", " ", m.group("h").lower())
        if not m.group("h")[0].isupper():
            return None
        return Frame("holiday", {"rule": self.lex.holidays[h], "year": self._year_of(m)})


_CLAUSE_END = re.compile(r"\s*(?:[.,;:!?)\"”’'—–-]|$|\s*(?:and|but|or|when|while|as|that|in|at|on)\b)")


def duration_value(n: Optional[float], code: str) -> str:
    """TIMEX3 duration value (``P3D``, ``PT75M``, ``PXY``) for a count and unit code.

    Fractions are written in the next smaller unit ("an hour and a half" →
    ``PT1H30M``, "half a year" → ``P6M``) because TIMEX3 values are integers.
    """
    mult = 1
    if "*" in code:
        code, k = code.split("*")
        mult = int(k)
    time = code.startswith("T:")
    u = code[2:] if time else code
    if n is None:
        return f"PTX{u}" if time else f"PX{u}"
    n = n * mult
    if u == "DE":  # TimeML writes "two decades" as P20Y
        n, u = n * 10, "Y"
    if u == "CE":  # and "two centuries" as P200Y ("this century" is P100Y in TimeBank)
        n, u = n * 100, "Y"
    if u == "Q":  # and "three quarters" as P9M ("quarterly": P3M)
        n, u = n * 3, "M"
    if n == int(n):
        return f"PT{int(n)}{u}" if time else f"P{int(n)}{u}"
    smaller = {"T:H": (60, "M", True), "T:M": (60, "S", True), "D": (24, "H", True), "W": (7, "D", False),
               "M": (30, "D", False), "Y": (12, "M", False), "DE": (10, "Y", False), "CE": (100, "Y", False)}
    k, u2, small_is_time = smaller.get(code, (1, u, time))
    whole, rest = int(n), int(round((n - int(n)) * k))
    if small_is_time and not time:  # days → hours: P1DT12H
        return f"P{whole}DT{rest}{u2}" if whole else f"PT{rest}{u2}"
    if whole and u2 != u and (time or u in ("Y",)):
        return f"PT{whole}{u}{rest}{u2}" if time else f"P{whole}{u}{rest}{u2}"
    total = int(round(n * k))
    return f"PT{total}{u2}" if small_is_time else f"P{total}{u2}"


_DATE_UNITS = ("CE", "DE", "Y", "M", "W", "D")
_TIME_UNITS = ("T:H", "T:M", "T:S")


def compound_duration(parts: list[tuple[Optional[float], str]]) -> Optional[str]:
    """One TIMEX3 value for "N unit and M smaller-unit" ("three hours and twenty minutes" →
    ``PT3H20M``, "two years and six months" → ``P2Y6M``, "a day and six hours" → ``P1DT6H``).

    None when a count is vague or fractional, or the units do not strictly decrease."""
    order = _DATE_UNITS + _TIME_UNITS
    if any(n is None or n != int(n) or code not in order for n, code in parts):
        return None
    idx = [order.index(code) for _, code in parts]
    if any(b <= a for a, b in zip(idx, idx[1:])):
        return None
    date_part, time_part = "", ""
    for n, code in parts:
        k, u = int(n), code
        if u == "DE":
            k, u = k * 10, "Y"
        elif u == "CE":
            k, u = k * 100, "Y"
        if u.startswith("T:"):
            time_part += f"{k}{u[2:]}"
        else:
            date_part += f"{k}{u}"
    if "W" in date_part and len(parts) > 1:
        return None  # weeks do not combine with other units in ISO 8601
    return "P" + date_part + ("T" + time_part if time_part else "")


def _valid_md(mon: int, day: int) -> bool:
    return 1 <= day <= (31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31)[mon - 1]


def _literal_trie(words: list[str]) -> re.Pattern:
    """A case-sensitive regex matching, at a position, the longest of ``words`` that starts there."""
    return re.compile(trie_pattern(words) if words else r"(?!)")


@lru_cache(maxsize=2)
def get_grammar() -> Grammar:
    return Grammar(load_lexicon())


def scan(text: str, *, grammar: Optional[Grammar] = None, vague: bool = False,
         split_ranges: bool = False) -> list[Match]:
    """All temporal expressions of ``text``: longest non-overlapping matches, in text order.

    ``vague`` keeps PRESENT_REF/PAST_REF/FUTURE_REF words (TimeML profile); SPEC
    excludes them for press output. It also drops the press-only patterns (``_PRESS_ONLY``). ``split_ranges`` gives "from Aug. 26 to Oct. 20"
    as two dates, as TimeML annotates a range whose ends are full expressions
    (SPEC makes a range one entry).
    """
    g = grammar or get_grammar()
    cands: list[tuple[int, Match]] = []
    # an ASCII text holds a match of a pattern only if it holds one of the pattern's required
    # literals (case-insensitively, which for ASCII is a comparison of lower-cased text)
    lower = text.lower() if text.isascii() else None
    required = getattr(g, "required", None)
    windows = getattr(g, "windows", None)
    folded = _fold(text) if windows is not None else None
    run = _longest_run(text) if folded is not None else 0
    # anchor positions of the windowed scan, shared by the patterns
    occ: dict = g.anchor_occurrences(folded) if folded is not None and hasattr(g, "anchor_rx") else {}
    for prio, (name, rx, fn) in enumerate(g.patterns):
        if name == "vague" and not vague:
            continue
        if vague and name in _PRESS_ONLY:
            continue  # TimeML annotates only the date of "the night of Oct. 23"
        if lower is not None and required is not None:
            lits = required[prio]
            if lits is not None and not any(lit in lower for lit in lits):
                continue
        info = windows[prio] if folded is not None else None
        found = rx.finditer(text) if info is None else _finditer_windowed(rx, text, folded, info, run, occ)
        for m in found:
            if m.end() == m.start():
                continue
            frame = fn(m)
            if frame is None:
                continue
            s, e = m.start(), frame.p.pop("_end", m.end())  # (a handler may end the match early)
            # trim whitespace the optional groups may have swallowed
            while e > s and text[e - 1].isspace():
                e -= 1
            cands.append((prio, Match(s, e, frame, name)))
    cands.sort(key=lambda pc: (-(pc[1].end - pc[1].start), pc[1].start, pc[0]))
    taken: list[Match] = []
    if any(c.end <= c.start for _, c in cands):
        for _, c in cands:
            if all(c.end <= t.start or c.start >= t.end for t in taken):
                taken.append(c)
    else:
        # the taken matches never overlap, so sorted by start their ends are sorted too: the only one
        # that can overlap ``c`` is the first ending after ``c`` starts
        starts: list[int] = []
        ends: list[int] = []
        for _, c in cands:
            k = bisect_right(ends, c.start)
            if k < len(starts) and starts[k] < c.end:
                continue
            starts.insert(k, c.start)
            ends.insert(k, c.end)
            taken.append(c)
    taken.sort(key=lambda c: c.start)
    out = _merge_time_date(text, _coordinated_days(text, taken, g, join=not split_ranges))
    return _split_ranges(text, out) if split_ranges else _join_ranges(text, _weekday_glossed(text, out))


_GLOSS_OPEN = re.compile(r"\s*\(\s*")
_GLOSS_CLOSE = re.compile(r"\s*\)")


def _weekday_glossed(text: str, ms: list[Match]) -> list[Match]:
    """Press: a weekday glossed by its date in brackets is one date, as "Wednesday, 11 June" is:
    "on Wednesday (11 June 2025)" → one entry, its span closing the bracket."""
    out: list[Match] = []
    i = 0
    while i < len(ms):
        a = ms[i]
        if i + 1 < len(ms) and a.frame.kind == "weekday" and not a.frame.p.get("rel") and not a.frame.p.get("pod"):
            b = ms[i + 1]
            close = _GLOSS_CLOSE.match(text, b.end)
            day = (b.frame.kind == "md" and b.frame.p.get("day") and not b.frame.p.get("weekday")
                   and not b.frame.p.get("pod")) or (b.frame.kind == "abs" and b.frame.p.get("gran") == "day")
            if day and close and _GLOSS_OPEN.fullmatch(text, a.end, b.start):
                frame = Frame("md", {**b.frame.p, "weekday": a.frame.p["wd"]}, b.frame.type) \
                    if b.frame.kind == "md" else _numeric_order_by_weekday(b.frame, a.frame.p["wd"])
                out.append(Match(a.start, close.end(), frame, a.rule + "+" + b.rule))
                i += 2
                continue
        out.append(a)
        i += 1
    return out


def _numeric_order_by_weekday(frame: Frame, wd: int) -> Frame:
    """"Wednesday (6/8/2025)": a numeric date read month-first that is not that weekday, but is day-first,
    is read day-first (6 August 2025 is a Wednesday; 8 June is not)."""
    import datetime as _dt

    v = frame.p.get("value", "")
    m = re.fullmatch(r"(\d{4})-(\d\d)-(\d\d)", v)
    if not m:
        return frame
    y, mo, d = (int(g) for g in m.groups())
    try:
        if _dt.date(y, mo, d).isoweekday() == wd or d > 12:
            return frame
        if _dt.date(y, d, mo).isoweekday() == wd:
            return Frame("abs", {**frame.p, "value": f"{y:04d}-{d:02d}-{mo:02d}"}, frame.type)
    except ValueError:
        pass
    return frame


_RANGE_GAP = re.compile(r"\s*(?:-|–|—|to|through|until|till)\s*", re.I)
_AND_GAP = re.compile(r"\s+and\s+(?:on\s+)?", re.I)
_BETWEEN_BEFORE = re.compile(r"\bbetween\s+$", re.I)


def _join_ranges(text: str, ms: list[Match]) -> list[Match]:
    """Press (SPEC: a range is one entry): two full dates joined by a range word are one range
    ("December 2024 to February 2025", "1 May 2025 to 31 December 2028"), and so are two coordinated
    consecutive weekdays, as a two-day event is ("on Monday and Tuesday" → the two days), and two coordinated
    consecutive months ("in August and September")."""
    out: list[Match] = []
    for m in ms:
        prev = out[-1] if out else None
        if prev is not None:
            a, b = prev.frame, m.frame
            gap = text[prev.end:m.start]
            if (a.kind == b.kind == "abs" and a.p.get("gran") == b.p.get("gran") in ("day", "month")
                    and _RANGE_GAP.fullmatch(gap) and a.p["value"] < b.p["value"]):
                out[-1] = Match(prev.start, m.end, Frame("abs", {"value": f"{a.p['value']}/{b.p['value']}",
                                                                 "gran": a.p["gran"]}), prev.rule + "+" + m.rule)
                continue
            between = _BETWEEN_BEFORE.search(text, max(0, prev.start - 9), prev.start) is not None
            if between and _AND_GAP.fullmatch(gap) and a.kind == b.kind == "abs" \
                    and a.p.get("gran") == b.p.get("gran") in ("day", "month") and a.p["value"] < b.p["value"]:
                # "between September 2025 and March 2026": one range
                out[-1] = Match(prev.start, m.end, Frame("abs", {"value": f"{a.p['value']}/{b.p['value']}",
                                                                 "gran": a.p["gran"]}), prev.rule + "+between")
                continue
            if (_AND_GAP.fullmatch(gap) and a.kind == b.kind == "month" and not (a.p.get("rel") or
                    b.p.get("rel") or a.p.get("yrel") or b.p.get("yrel")) and a.p["month"] != b.p["month"]
                    and (between or b.p["month"] == a.p["month"] % 12 + 1)):
                # (and two consecutive months: "in August and September", as two consecutive days are one)
                # "between December and June": the months from the first to the last
                out[-1] = Match(prev.start, m.end, Frame("month_range", {"a": a.p["month"], "b": b.p["month"],
                                                                         "year": None}),
                                prev.rule + ("+between" if between else "+and"))
                continue
            if (a.kind == b.kind == "abs" and a.p.get("gran") == b.p.get("gran") == "year" and _AND_GAP.fullmatch(gap)
                    and a.p["value"].isdigit() and b.p["value"].isdigit() and len(a.p["value"]) == len(b.p["value"]) == 4
                    and between and a.p["value"] < b.p["value"]):
                # "between 2025 and 2028": one stretch of years ("for 2025 and 2026" stays two dates, each year a
                # budget period of its own)
                out[-1] = Match(prev.start, m.end, Frame("abs", {"value": f"{a.p['value']}/{b.p['value']}",
                                                                 "gran": "year"}), prev.rule + "+between")
                continue
            if (a.kind == b.kind == "weekday" and not (a.p.get("rel") or b.p.get("rel") or a.p.get("pod") or b.p.get("pod"))
                    and b.p["wd"] == a.p["wd"] + 1 and _AND_GAP.fullmatch(gap)):
                out[-1] = Match(prev.start, m.end, Frame("wd_range", {"a": a.p["wd"], "b": b.p["wd"]}),
                                prev.rule + "+and")
                continue
        out.append(m)
    return out


# patterns of the press profile only (SPEC: "the afternoon of January 15" is one TIME)
_PRESS_ONLY = frozenset({"pod_month_day", "pod_day_month", "range_wd", "range_month", "clock_mil_tz", "set_times"})

_RANGE_WORD = re.compile(r"\s+(?:to|through|until)\s+(?=[A-Za-z]|\d{4})", re.I)
_RANGE_WORD_DM = re.compile(r"\s+(?:to|until)\s+(?=\d)", re.I)


def _split_ranges(text: str, ms: list[Match]) -> list[Match]:
    """"Aug. 26 to Oct. 20", "1991 to 1997" → two matches: the ends of a range joined by a word,
    each a full expression (the right one names its month, or is a year). "June 13 to 20" and
    "2024-2027" stay one."""
    out: list[Match] = []
    for m in ms:
        sep = _RANGE_WORD.search(text, m.start, m.end) if m.rule in ("range_md", "year_range") else None
        if m.rule == "range_dm" and m.frame.p["a"][0] != m.frame.p["b"][0]:
            sep = _RANGE_WORD_DM.search(text, m.start, m.end)  # "28 November to 3 December"
        if sep is None:
            out.append(m)
            continue
        if m.rule == "year_range":
            v1, v2 = m.frame.p["value"].split("/")
            f1, f2 = (Frame("abs", {"value": v, "gran": "year"}) for v in (v1, v2))
        else:
            (m1, d1), (m2, d2), y = m.frame.p["a"], m.frame.p["b"], m.frame.p.get("year")
            f1 = _day_frame(y, m1, d1)
            f2 = _day_frame(None if y is None else y + ((m2, d2) < (m1, d1)), m2, d2)
        out.append(Match(m.start, sep.start(), f1, m.rule + "/from"))
        out.append(Match(sep.end(), m.end, f2, m.rule + "/to"))
    return out


def _coordinated_days(text: str, ms: list[Match], g: Grammar, *, join: bool = False) -> list[Match]:
    """Add the bare day coordinated with a month-day ("April 24 and 25", "on 24 and 25 April"):
    the same month (and year), one TIMEX each as TimeML annotates them. ``join`` (press): two
    consecutive days are one range, as a two-day event is ("June 24 and 25" → 06-24/06-25)."""
    if not any(m.rule in ("month_day", "day_month") for m in ms):
        return ms
    out: list[Match] = []
    skip_to = -1
    for k, m in enumerate(ms):
        if m.start < skip_to:
            continue  # the year of "April 24 and 25, 1999", taken into both dates
        f = m.frame
        if m.rule not in ("month_day", "day_month") or not (f.kind == "md" or (f.kind == "abs" and f.p.get("gran") == "day")):
            out.append(m)
            continue
        if f.kind == "md":
            y, mon, day = None, f.p["month"], f.p["day"]
        else:
            y, mon, day = int(f.p["value"][:4]), int(f.p["value"][5:7]), int(f.p["value"][8:10])
        prev_end = out[-1].end if out else 0
        next_start = ms[k + 1].start if k + 1 < len(ms) else len(text)
        b = g.and_day_before.search(text, max(prev_end, m.start - 40), m.start)
        if b and b.start() >= prev_end:
            d = Grammar.day_num(b.group("d"))
            if join and d == day - 1:
                out.append(Match(b.start("d"), m.end, Frame("range", {"a": (mon, d), "b": (mon, day), "year": y}),
                                 m.rule + "+and"))
                continue
            if d < day and _valid_md(mon, d):
                out.append(Match(b.start("d"), b.end("d"), _day_frame(y, mon, d), m.rule + "+and"))
        a = g.and_day_after.match(text, m.end)
        if a and a.end("d") <= next_start and (a.group("year") is None or f.kind == "md") \
                and all(n.end <= a.end() or n.start >= a.end() for n in ms[k + 1:k + 3]):
            d = Grammar.day_num(a.group("d"))
            if d > day and _valid_md(mon, d):
                if a.group("year"):  # "April 24 and 25, 1999": the year belongs to both
                    y = g.year_num(a.group("year"))
                    m = Match(m.start, m.end, _day_frame(y, mon, day), m.rule)
                end = a.end("year") if a.group("year") else a.end("d")
                skip_to = end
                if join and d == day + 1:
                    out.append(Match(m.start, end, Frame("range", {"a": (mon, day), "b": (mon, d), "year": y}),
                                     m.rule + "+and"))
                    continue
                out.append(m)
                out.append(Match(a.start("d"), end, _day_frame(y, mon, d), m.rule + "+and"))
                continue
        out.append(m)
    return out


def _day_frame(y: Optional[int], mon: int, day: int) -> Frame:
    if y is None:
        return Frame("md", {"month": mon, "day": day, "weekday": None})
    return Frame("abs", {"value": f"{y:04d}-{mon:02d}-{day:02d}", "gran": "day"})


def _merge_time_date(text: str, ms: list[Match]) -> list[Match]:
    """Join "10 p.m. Wednesday", "noon Thursday", "5 p.m. EST, Nov. 6" and
    "Wednesday at 3 p.m." into one TIME expression, as TIMEX3 does; across "on"
    ("5 p.m. on Friday") the time takes the day and both stay."""
    out: list[Match] = []
    i = 0
    while i < len(ms):
        a = ms[i]
        if i + 1 < len(ms):
            b = ms[i + 1]
            gap = text[a.end:b.start]
            dates = ("md", "abs", "weekday", "relday")
            if a.frame.kind == "time" and b.frame.kind in dates and re.fullmatch(r"\s*,?\s*(?:on\s+)?", gap) and b.frame.p.get("gran", "day") == "day":
                timed = Frame("time", {**a.frame.p, "date": b.frame}, "TIME")
                if "on" in gap.lower():
                    # "at 14:30 local time on Friday": a preposition parts them; the time takes
                    # the day, and the day stays a date of its own
                    out.append(Match(a.start, a.end, timed, a.rule + "+" + b.rule))
                    out.append(b)
                else:
                    out.append(Match(a.start, b.end, timed, a.rule + "+" + b.rule))
                i += 2
                continue
            if a.frame.kind == "pod" and b.frame.kind in ("relday", "weekday") and not b.frame.p.get("pod") \
                    and re.fullmatch(r"\s*,?\s*(?:on\s+)?", gap):
                inner = Frame(b.frame.kind, {**b.frame.p, "pod": a.frame.p["pod"]}, "TIME")
                out.append(Match(a.start, b.end, inner, a.rule + "+" + b.rule))
                i += 2
                continue
            if a.frame.kind in dates and b.frame.kind == "time" and re.fullmatch(r"\s*,?\s*(?:at\s*)?", gap) and a.frame.p.get("gran", "day") == "day" and not a.frame.p.get("pod"):
                out.append(Match(a.start, b.end, Frame("time", {**b.frame.p, "date": a.frame}, "TIME"), a.rule + "+" + b.rule))
                i += 2
                continue
            # "10:35 a.m. (0735 GMT) Friday": the time takes the date across a parenthesis; both stay
            if a.frame.kind == "time" and "date" not in a.frame.p:
                j = i + 1
                while j < len(ms) and ms[j].end <= a.end + 40 and text.find(")", a.end, ms[j].start + 1) < 0:
                    j += 1  # skip matches inside the parenthesis
                if j < len(ms):
                    c = ms[j]
                    if c.frame.kind in dates and c.frame.p.get("gran", "day") == "day" and not c.frame.p.get("pod") \
                            and re.fullmatch(r"\s*\([^()]{1,30}\)\s*,?\s*(?:on\s+)?", text[a.end:c.start]):
                        out.append(Match(a.start, a.end, Frame("time", {**a.frame.p, "date": c.frame}, "TIME"), a.rule + "+" + c.rule))
                        i += 1
                        continue
        out.append(a)
        i += 1
    return out


def _required_literals(pattern: str, flags: int) -> Optional[frozenset]:
    """Strings (lower-cased ASCII) one of which occurs in the text wherever ``pattern`` matches:
    a conservative reading of the parsed pattern (None when nothing can be said)."""
    try:
        from re import _constants as C, _parser as P
    except ImportError:  # pragma: no cover - other Python versions
        return None
    try:
        tree = P.parse(pattern, flags)
    except Exception:  # pragma: no cover
        return None

    def best(options: list) -> Optional[frozenset]:
        options = [o for o in options if o]
        if not options:
            return None
        return max(options, key=lambda o: (min(len(x) for x in o), -len(o)))

    def seq(items) -> Optional[frozenset]:
        options: list = []
        run: list[str] = []
        for op, av in items:
            if op is C.LITERAL and av < 128:
                run.append(chr(av).lower())
                continue
            if run:
                options.append(frozenset(["".join(run)]))
                run = []
            options.append(item(op, av))
        if run:
            options.append(frozenset(["".join(run)]))
        return best(options)

    def item(op, av) -> Optional[frozenset]:
        if op is C.SUBPATTERN:
            _group, add_flags, del_flags, sub = av
            if add_flags or del_flags:
                return None
            return seq(sub)
        if op is C.BRANCH:
            out: set = set()
            for alt in av[1]:
                r = seq(alt)
                if not r:
                    return None
                out |= r
            return frozenset(out)
        if op in (C.MAX_REPEAT, C.MIN_REPEAT, getattr(C, "POSSESSIVE_REPEAT", None)):
            lo, _hi, sub = av
            return seq(sub) if lo >= 1 else None
        if op is C.ASSERT:  # a positive look-around: its text is in the document too
            return seq(av[1])
        if op is getattr(C, "ATOMIC_GROUP", None):
            return seq(av)
        return None

    r = seq(tree)
    return r if r and all(r) else None



# ----------------------------------------------------------------------------- windowed scan
# A pattern whose every match needs one of a few literals ("anchors") can only match near an
# occurrence of one of them: the match starts at most ``reach`` characters before the anchor
# (``reach`` bounds how far past its start the regex engine ever reads, look-aheads included)
# and at most ``behind`` characters after it (an anchor inside a look-behind). Scanning only
# those windows finds exactly the matches ``finditer`` finds over the whole text. Unbounded
# repeats (``\s+``, ``\d+``) are bounded by the longest run of such characters in the text.

# (written "xx+" rather than "x{2,}": the engine then scans ahead for the first character)
_SPACE_RUN = re.compile(r"[\s\-][\s\-]+")
_DIGIT_RUN = re.compile(r"\d\d+")
# characters Python's case-insensitive matching takes for ASCII letters, and ``str.lower`` folds
# to other lengths or not at all ("İ" → "i̇", dotless "ı", long "ſ")
_FOLD = {0x130: "i", 0x131: "i", 0x17F: "s"}


def _fold(text: str) -> Optional[str]:
    """Lower-cased ``text`` with the same offsets (None when that cannot be had)."""
    if text.isascii():
        return text.lower()
    if "\u0130" in text or "\u0131" in text or "\u017f" in text:
        text = text.translate(_FOLD)
    low = text.lower()
    return low if len(low) == len(text) else None


def _longest_run(text: str) -> int:
    k = 1
    for rx in (_SPACE_RUN, _DIGIT_RUN):
        for r in rx.findall(text):
            if len(r) > k:
                k = len(r)
    return k


_WORD = re.compile(r"\w+")


def _boundaries(text: str, occ: dict) -> list[int]:
    """Positions where ``\b`` holds in ``text``, ascending: the ends of its runs of word
    characters (cached in ``occ`` under the key None)."""
    bs = occ.get(None)
    if bs is None:
        bs = occ[None] = []
        add = bs.extend
        for m in _WORD.finditer(text):
            add(m.span())
    return bs


def _window_span(a: int, b: int, pos: int, reach: int, n: int) -> tuple[int, int]:
    """Where the scan of the window [a, b) starts (not before the end ``pos`` of the last match)
    and how far a match may read (the window plus the pattern's reach)."""
    return (a if a > pos else pos), min(b + reach + 2, n)


def _finditer_windowed(rx, text: str, folded: str, info, run: int, occ: dict):
    lits, (ra, rb), (oa, ob), behind, at_word, first = info
    reach = ra + rb * run
    before = oa + ob * run
    n = len(text)
    qs: list[int] = []
    for lit in lits:
        pos = occ.get(lit)
        if pos is None:
            pos = []
            find = folded.find
            i = find(lit)
            while i >= 0:
                pos.append(i)
                i = find(lit, i + 1)
            occ[lit] = pos
        qs.extend(pos)
    if not qs:
        return
    qs.sort()
    # windows of possible match starts [a, b)
    wins: list[list[int]] = []
    for q in qs:
        a, b = q - before, q + behind + 1
        if a < 0:
            a = 0
        if wins and a <= wins[-1][1]:
            if b > wins[-1][1]:
                wins[-1][1] = b
        else:
            wins.append([a, b])
    if sum(b - a for a, b in wins) * 2 > n:
        yield from rx.finditer(text)
        return
    pos = 0
    search = rx.search
    if at_word:
        # every match starts at a word boundary (with a character of ``first``): try only those
        # starts in the window. A search would also try every position up to ``end`` (the window
        # plus the reach), and an attempt of the longer patterns costs about a microsecond at
        # each word start. Non-ASCII characters are always tried (``first`` is ASCII only).
        match = rx.match
        bounds: Optional[list[int]] = None
        for a, b in wins:
            if b <= pos:
                continue
            start, end = _window_span(a, b, pos, reach, n)
            if b > n:
                b = n  # a match is never empty: none starts at the end
            if b - start <= 4:
                starts: Iterable[int] = range(start, b)  # a few: cheaper than the boundary look-up
            else:
                if bounds is None:
                    bounds = _boundaries(text, occ)
                starts = bounds[bisect_left(bounds, start): bisect_left(bounds, b)]
            for p in starts:
                if p < pos:
                    continue  # inside the previous match
                if first is not None:
                    c = folded[p]
                    if c not in first and c < "\x80":
                        continue
                m = match(text, p, end)
                if m is not None:
                    yield m
                    pos = m.end()
        return
    for a, b in wins:
        if b <= pos:
            continue
        start, end = _window_span(a, b, pos, reach, n)
        while start < b:
            m = search(text, start, end)
            if m is None or m.start() >= b:
                break
            yield m
            start = pos = m.end()


def _window_info(pattern: str, flags: int):
    """(anchor literals, reach as (a, b) meaning a + b·longest-run, look-behind width, starts at
    a word boundary, first characters) for the windowed scan, or None when the pattern cannot be
    scanned by windows."""
    try:
        from re import _constants as C, _parser as P
    except ImportError:  # pragma: no cover - other Python versions
        return None
    try:
        tree = P.parse(pattern, flags)
    except Exception:  # pragma: no cover
        return None
    if tree.getwidth()[0] == 0:
        return None  # an empty match would need finditer's own stepping
    spaces = {(C.CATEGORY, C.CATEGORY_SPACE), (C.LITERAL, ord("-"))}
    digits = {(C.CATEGORY, C.CATEGORY_DIGIT)}
    behind = [0]

    class Unbounded(Exception):
        pass

    def is_run(sub) -> bool:
        """a repeat of one character class whose runs ``_longest_run`` bounds"""
        if len(sub) != 1:
            return False
        op, av = sub[0]
        if op is C.IN:
            members = set(av)
        elif op is C.CATEGORY:
            members = {(op, av)}
        elif op is C.LITERAL and av == ord("-"):
            members = {(op, av)}
        else:
            return False
        return members <= spaces or members <= digits

    def width(items) -> tuple:
        """max consumed width of a sequence, as (a, b)."""
        a = b = 0
        for op, av in items:
            wa, wb = width_item(op, av)
            a, b = a + wa, b + wb
        return a, b

    def width_item(op, av) -> tuple:
        if op in (C.LITERAL, C.NOT_LITERAL, C.IN, C.ANY, C.CATEGORY):
            return 1, 0
        if op is C.SUBPATTERN:
            return width(av[3])
        if op is getattr(C, "ATOMIC_GROUP", None):
            return width(av)
        if op is C.BRANCH:
            ws = [width(alt) for alt in av[1]]
            return max(w[0] for w in ws), max(w[1] for w in ws)
        if op in (C.MAX_REPEAT, C.MIN_REPEAT) or op is getattr(C, "POSSESSIVE_REPEAT", None):
            lo, hi, sub = av
            if hi is C.MAXREPEAT:
                if is_run(sub):
                    return 0, 1
                raise Unbounded
            wa, wb = width(sub)
            return wa * hi, wb * hi
        if op in (C.AT, C.ASSERT, C.ASSERT_NOT):
            return 0, 0
        raise Unbounded

    def reach(items) -> tuple:
        """max number of characters past the sequence start the engine may read."""
        a = b = 0
        ca = cb = 0
        for op, av in items:
            ra, rb = reach_item(op, av)
            a, b = max(a, ca + ra), max(b, cb + rb)
            wa, wb = width_item(op, av)
            ca, cb = ca + wa, cb + wb
        return max(a, ca), max(b, cb)

    def reach_item(op, av) -> tuple:
        if op in (C.LITERAL, C.NOT_LITERAL, C.IN, C.ANY, C.CATEGORY, C.AT):
            return 1, 0
        if op is C.SUBPATTERN:
            return reach(av[3])
        if op is getattr(C, "ATOMIC_GROUP", None):
            return reach(av)
        if op is C.BRANCH:
            rs = [reach(alt) for alt in av[1]]
            return max(r[0] for r in rs), max(r[1] for r in rs)
        if op in (C.MAX_REPEAT, C.MIN_REPEAT) or op is getattr(C, "POSSESSIVE_REPEAT", None):
            lo, hi, sub = av
            if hi is C.MAXREPEAT:
                if is_run(sub):
                    return 1, 1
                raise Unbounded
            ra, rb = reach(sub)
            return ra * hi, rb * hi
        if op in (C.ASSERT, C.ASSERT_NOT):
            direction, sub = av
            if direction < 0:
                wa, wb = width(sub)
                if wb:
                    raise Unbounded
                behind[0] = max(behind[0], wa + 1)
                return reach(sub)  # reads back, never past where it stands
            return reach(sub)
        raise Unbounded

    try:
        r = reach(tree.data)
        anchors = _anchor_literals(tree, C, width_item)
    except Unbounded:
        return None
    if anchors is None:
        return None
    lits, offset = anchors
    return (tuple(sorted(lits)), (r[0] + 2, r[1]), offset, behind[0] + 1, _starts_at_word(tree.data, C),
            _first_chars(tree, C, flags))


def _first_chars(tree, C, flags) -> Optional[frozenset]:
    """Lower-cased ASCII characters a match can start with, as far as ASCII text goes: a match
    starting at an ASCII character ``ch`` has ``ch.lower()`` in the set (None: any character)."""
    from re import _compiler, _parser as P

    ascii_chars = [chr(i) for i in range(128)]

    class Any(Exception):
        pass

    def one(op, av) -> set:
        # a one-character item: test it on every ASCII character
        rx = _compiler.compile(P.SubPattern(tree.state, [(op, av)]), flags)
        return {ch.lower() for ch in ascii_chars if rx.match(ch)}

    def seq(items) -> tuple:
        """(first characters, can match the empty string)"""
        out: set = set()
        for op, av in items:
            fs, empty = item(op, av)
            out |= fs
            if not empty:
                return out, False
        return out, True

    def item(op, av) -> tuple:
        if op in (C.AT, C.ASSERT, C.ASSERT_NOT):
            return set(), True  # consumes nothing
        if op in (C.LITERAL, C.NOT_LITERAL, C.IN, C.ANY, C.CATEGORY):
            return one(op, av), False
        if op is C.SUBPATTERN:
            return seq(av[3])
        if op is getattr(C, "ATOMIC_GROUP", None):
            return seq(av)
        if op is C.BRANCH:
            out: set = set()
            empty = False
            for alt in av[1]:
                fs, e = seq(alt)
                out |= fs
                empty = empty or e
            return out, empty
        if op in (C.MAX_REPEAT, C.MIN_REPEAT) or op is getattr(C, "POSSESSIVE_REPEAT", None):
            lo, _hi, sub = av
            fs, e = seq(sub)
            return fs, e or lo == 0
        raise Any

    try:
        fs, empty = seq(tree.data)
    except Any:
        return None
    return None if empty else frozenset(fs)


def _starts_at_word(items, C) -> bool:
    """Every match starts where ``\b`` holds: the pattern opens with ``\b``, after look-arounds
    at most (which consume nothing)."""
    for op, av in items:
        if op in (C.ASSERT, C.ASSERT_NOT):
            continue
        return op is C.AT and av is C.AT_BOUNDARY
    return False


def _anchor_literals(tree, C, width_item):
    """(strings, offset): lower-cased ASCII strings one of which occurs in the lower-cased text
    near every match, starting at most ``offset`` (as (a, b): a + b·longest-run) characters after
    the match start and at most the look-behind width before it. Like ``_required_literals``,
    but case-sensitive groups count too (a case-sensitive literal is in the lower-cased text
    lower-cased). None when nothing can be said."""

    def best(options: list):
        # the option whose literals are rarest in text (a rough estimate: only speed depends on it)
        options = [o for o in options if o and o[0]]
        if not options:
            return None
        return min(options, key=lambda o: (sum(_rarity(x) for x in o[0]), -min(len(x) for x in o[0]), o[1]))

    def seq(items):
        options: list = []
        run: list[str] = []
        run_at = (0, 0)
        ca = cb = 0
        for op, av in items:
            if op is C.LITERAL and av < 128:
                if not run:
                    run_at = (ca, cb)
                run.append(chr(av).lower())
                ca += 1
                continue
            if run:
                options.append((frozenset(["".join(run)]), run_at))
                run = []
            r = item(op, av)
            if r:
                options.append((r[0], (ca + r[1][0], cb + r[1][1])))
            wa, wb = width_item(op, av)
            ca, cb = ca + wa, cb + wb
        if run:
            options.append((frozenset(["".join(run)]), run_at))
        return best(options)

    def item(op, av):
        if op is C.SUBPATTERN:
            return seq(av[3])
        if op is C.BRANCH:
            out: set = set()
            oa = ob = 0
            for alt in av[1]:
                r = seq(alt)
                if not r:
                    return None
                out |= r[0]
                oa, ob = max(oa, r[1][0]), max(ob, r[1][1])
            return frozenset(out), (oa, ob)
        if op in (C.MAX_REPEAT, C.MIN_REPEAT, getattr(C, "POSSESSIVE_REPEAT", None)):
            lo, _hi, sub = av
            return seq(sub) if lo >= 1 else None
        if op is C.ASSERT:
            direction, sub = av
            r = seq(sub)
            if r and direction < 0:
                return r[0], (0, 0)  # inside a look-behind: it starts before where the look-behind stands
            return r
        if op is getattr(C, "ATOMIC_GROUP", None):
            return seq(av)
        return None

    r = seq(tree.data)
    return r if r and all(r[0]) else None


# rough frequencies of characters in English news text (per character), for choosing anchors
_CHAR_FREQ = {c: f / 100 for c, f in zip("etaoinshrdlcumwfgypbvkjxqz",
                                         (10.0, 7.3, 6.5, 6.2, 5.8, 5.7, 5.3, 5.0, 4.9, 3.5, 3.3, 2.7, 2.3, 2.0,
                                          1.9, 1.8, 1.6, 1.6, 1.5, 1.2, 0.8, 0.6, 0.1, 0.1, 0.1, 0.1))}


def _rarity(lit: str) -> float:
    f = 1.0
    for ch in lit:
        f *= _CHAR_FREQ.get(ch, 0.17 if ch == " " else 0.004)
    return f
