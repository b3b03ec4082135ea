"""Dates: TIMEX3 detection and normalisation (SPEC.md "Dates" and the TIMEX3 rule).

Three layers:
- pure tables on ``pipeline.temporal`` (no spaCy): surface + document date +
  tense → value and type, and surfaces that must not be dates;
- sentences through the spaCy pipeline (tense, filters, discourse anchoring,
  document-date inference);
- the gold seeds in ../shared (skipped when absent).
"""
from __future__ import annotations

import json
from collections import Counter

import pytest
import pipeline

from pipeline.temporal.document import normalize
from pipeline.temporal.grammar import duration_value, scan
from pipeline.temporal.lexicon import RESOURCE, load_lexicon, parse_lexicon
from pipeline.temporal.resolve import holiday_date

from .conftest import GOLD, SHARED, doc_runner, needs_shared

DOC = "2021-11-24"  # a Wednesday, ISO week 47

# --------------------------------------------------------------------- lexicon
def test_lexicon_loads_and_is_valid():
    lex = load_lexicon()
    assert lex.months["may"] == 5 and lex.weekdays["wednesday"] == 3
    assert lex.set_words["annual"] == "P1Y"
    assert "now" in lex.vague_refs


def test_lexicon_rejects_unknown_keys():
    data = json.loads(RESOURCE.read_text(encoding="utf-8"))
    data["mnths"] = {}
    with pytest.raises(ValueError, match="unknown keys"):
        parse_lexicon(data)


def test_lexicon_rejects_missing_keys_and_bad_values():
    data = json.loads(RESOURCE.read_text(encoding="utf-8"))
    broken = dict(data)
    del broken["weekdays"]
    with pytest.raises(ValueError, match="missing keys"):
        parse_lexicon(broken)
    bad = dict(data, months={**data["months"], "smarch": 13})
    with pytest.raises(ValueError):
        parse_lexicon(bad)
    bad = dict(data, vague_refs={"now": "NOW_REF"})
    with pytest.raises(ValueError):
        parse_lexicon(bad)
    for fiscal in ({"jpn": "04:start"}, {"JPN": "13:start"}, {"JPN": "04:middle"}):
        with pytest.raises(ValueError, match="fiscal_years"):
            parse_lexicon(dict(data, fiscal_years=fiscal))
    for kind in ({"Gas year": "10:start"}, {"gas year": "10"}):
        with pytest.raises(ValueError, match="industry_years"):
            parse_lexicon(dict(data, industry_years=kind))
    bad = dict(data, seasons={"Summer": "SU"})
    with pytest.raises(ValueError, match="lower-case"):
        parse_lexicon(bad)
    bad = dict(data, holidays={**data["holidays"], "flag day": "june 14"})
    with pytest.raises(ValueError, match="holiday rules"):
        parse_lexicon(bad)
    bad = dict(data, classifier_set_words=["sometimes"])
    with pytest.raises(ValueError, match="classifier_set_words"):
        parse_lexicon(bad)
    for zone in ("+9", "Asia/Atlantis", {"SAU": "+03:00"}, {"default": "-04:00", "saudi": "+03:00"}):
        bad = dict(data, time_zone_offsets={**data["time_zone_offsets"], "ast": zone})
        with pytest.raises(ValueError, match="time_zone_offsets"):
            parse_lexicon(bad)
    bad = dict(data, time_zone_offsets={**data["time_zone_offsets"], "zzt": "+01:00"})
    with pytest.raises(ValueError, match="not in time_zones"):
        parse_lexicon(bad)


@pytest.mark.parametrize("tz,states,day,expected", [
    ("JST", (), "2025-03-06", "+09:00"),
    ("(GMT)", (), "2025-03-06", "+00:00"),
    ("GMT+3", (), None, "+03:00"),
    ("UTC-04:30", (), None, "-04:30"),
    ("Eastern Time", (), "2025-01-15", "-05:00"),
    ("Eastern Time", (), "2025-07-15", "-04:00"),
    ("Eastern Time", (), None, None),  # changes over the year: no offset without the day
    ("AST", ("BRB", "TTO"), "2025-01-15", "-04:00"),
    ("AST", ("SAU",), "2025-01-15", "+03:00"),
    ("IST", (), "2025-01-15", "+05:30"),
    ("Kyiv time", (), "2025-01-28", "+02:00"),
    ("Kyiv time", (), "2025-07-28", "+03:00"),
    ("Oman time", (), None, "+04:00"),
    ("Moscow time", (), None, "+03:00"),
    ("East Africa Time", (), None, "+03:00"),
    ("West Africa Time", (), None, "+01:00"),
    ("Russia time", (), None, None),  # a state of many zones
    ("local time", (), "2025-01-15", None),
])
def test_time_zone_offsets(tz, states, day, expected):
    from pipeline.temporal.zones import offset, zone_for

    assert offset(zone_for(tz, load_lexicon().time_zone_offsets, states), day) == expected


def test_every_holiday_rule_gives_a_day():
    lex = load_lexicon()
    for name, rule in lex.holidays.items():
        assert holiday_date(rule, 2025).year == 2025, name


# --------------------------------------------------------------------- tables
# (surface, document date, tense, value, type)
ROWS = [
    # absolute dates, month-year, years
    ("April 29, 2018", None, None, "2018-04-29", "DATE"),
    ("29 April 2018", None, None, "2018-04-29", "DATE"),
    ("Sunday, April 29, 2018", None, None, "2018-04-29", "DATE"),
    ("Aug. 7, 1998", None, None, "1998-08-07", "DATE"),
    ("2019-03-05", None, None, "2019-03-05", "DATE"),
    ("3/5/2019", None, None, "2019-03-05", "DATE"),
    ("September 2008", None, None, "2008-09", "DATE"),
    ("December of 2008", None, None, "2008-12", "DATE"),
    ("Sept. 2008", DOC, None, "2008-09", "DATE"),
    ("2017", None, None, "2017", "DATE"),
    ("the year 2020", None, None, "2020", "DATE"),
    ("fiscal 1989", None, None, "1989", "DATE"),
    ("mid-1996", None, None, "1996", "DATE"),
    ("nineteen ninety-six", None, None, "1996", "DATE"),
    ("the year two thousand", None, None, "2000", "DATE"),
    # decades and centuries
    ("the 1990s", None, None, "199", "DATE"),
    ("the late 1970s", None, None, "197", "DATE"),
    ("the '80s", None, None, "198", "DATE"),
    ("the nineties", None, None, "199", "DATE"),
    ("the 20th century", None, None, "19", "DATE"),
    ("the twenty-first century", None, None, "20", "DATE"),
    # seasons, quarters, halves
    ("summer 2020", None, None, "2020-SU", "DATE"),
    ("the winter of 1994", None, None, "1994-WI", "DATE"),
    ("this summer", DOC, None, "2021-SU", "DATE"),
    ("last fall", "1999-01-15", None, "1998-FA", "DATE"),
    ("next spring", DOC, None, "2022-SP", "DATE"),
    ("last summer", None, None, "XXXX-SU", "DATE"),
    ("the third quarter", "1989-10-26", None, "1989-Q3", "DATE"),
    ("third-quarter", "1989-10-26", None, "1989-Q3", "DATE"),
    ("the fourth quarter", "1998-01-26", "past", "1997-Q4", "DATE"),
    ("the third quarter of the year", "2025-06-20", "past", "2025-Q3", "DATE"),  # "of the year": this year's
    ("the third quarter", "2025-06-20", "past", "2024-Q3", "DATE"),
    ("the first quarter of 2019", None, None, "2019-Q1", "DATE"),
    ("the first half of 2019", None, None, "2019-H1", "DATE"),
    ("the latest quarter", "1989-10-26", None, "1989-Q3", "DATE"),
    # weeks
    ("this week", DOC, None, "2021-W47", "DATE"),
    ("last week", DOC, None, "2021-W46", "DATE"),
    ("next week", DOC, None, "2021-W48", "DATE"),
    ("early next week", DOC, None, "2021-W48", "DATE"),
    ("this weekend", DOC, None, "2021-W47-WE", "DATE"),
    ("this week", None, None, "XXXX-WXX", "DATE"),
    # weekdays: past events look back, plans look forward
    ("Wednesday", DOC, "past", "2021-11-24", "DATE"),
    ("Wednesday", DOC, None, "2021-11-24", "DATE"),
    ("Monday", DOC, "past", "2021-11-22", "DATE"),
    ("Monday", DOC, "future", "2021-11-29", "DATE"),
    ("Friday", DOC, "future", "2021-11-26", "DATE"),
    ("Friday", DOC, "past", "2021-11-19", "DATE"),
    ("next Saturday", DOC, None, "2021-11-27", "DATE"),
    ("next Saturday", DOC, "past", "2021-11-27", "DATE"),
    ("last Tuesday", DOC, None, "2021-11-23", "DATE"),
    ("last Wednesday", DOC, None, "2021-11-17", "DATE"),
    ("Wednesday", None, "past", "XXXX-WXX-3", "DATE"),
    ("Wednesday", "2021-11", "past", "XXXX-WXX-3", "DATE"),
    # yesterday / today / tomorrow
    ("yesterday", DOC, None, "2021-11-23", "DATE"),
    ("today", DOC, None, "2021-11-24", "DATE"),
    ("tomorrow", DOC, None, "2021-11-25", "DATE"),
    ("the day after tomorrow", DOC, None, "2021-11-26", "DATE"),
    ("yesterday", None, None, "XXXX-XX-XX", "DATE"),
    ("tonight", DOC, None, "2021-11-24TNI", "TIME"),
    ("this morning", DOC, None, "2021-11-24TMO", "TIME"),
    ("yesterday afternoon", DOC, None, "2021-11-23TAF", "TIME"),
    ("Friday morning", DOC, "past", "2021-11-19TMO", "TIME"),
    ("last night", DOC, None, "2021-11-23TNI", "TIME"),
    # last / next / this month / year
    ("this month", DOC, None, "2021-11", "DATE"),
    ("last month", DOC, None, "2021-10", "DATE"),
    ("next month", DOC, None, "2021-12", "DATE"),
    ("earlier this month", DOC, None, "2021-11", "DATE"),
    ("this year", DOC, None, "2021", "DATE"),
    ("this year", None, None, "XXXX", "DATE"),
    ("last year", DOC, None, "2020", "DATE"),
    ("next year", DOC, None, "2022", "DATE"),
    ("early next year", DOC, None, "2022", "DATE"),
    ("later this year", DOC, None, "2021", "DATE"),
    ("the end of this year", DOC, None, "2021", "DATE"),
    ("year-end", DOC, None, "2021", "DATE"),
    ("last month", "2021-01-10", None, "2020-12", "DATE"),
    ("next month", None, None, "XXXX-XX", "DATE"),
    # bare months follow tense
    ("May", DOC, "past", "2021-05", "DATE"),
    ("May", DOC, "future", "2022-05", "DATE"),
    ("December", DOC, "future", "2021-12", "DATE"),
    ("February", DOC, "past", "2021-02", "DATE"),
    ("February", DOC, "future", "2022-02", "DATE"),
    ("January", DOC, None, "2022-01", "DATE"),
    ("June", DOC, None, "2021-06", "DATE"),
    ("next May", DOC, None, "2022-05", "DATE"),
    ("next May", DOC, "past", "2022-05", "DATE"),
    ("next May", None, None, "XXXX-05", "DATE"),
    ("last May", DOC, None, "2021-05", "DATE"),
    ("this May", DOC, None, "2021-05", "DATE"),
    ("early November", DOC, None, "2021-11", "DATE"),
    ("mid-January", DOC, "future", "2022-01", "DATE"),
    ("June last year", DOC, None, "2020-06", "DATE"),
    ("May", None, "past", "XXXX-05", "DATE"),
    # month-day without a year
    ("June 1", "2018-06-02", "past", "2018-06-01", "DATE"),
    ("June 1", None, None, "XXXX-06-01", "DATE"),
    ("December 10", DOC, "future", "2021-12-10", "DATE"),
    ("March 3", DOC, "future", "2022-03-03", "DATE"),
    ("March 3", DOC, "past", "2021-03-03", "DATE"),
    ("Dec. 28", "2022-01-03", None, "2021-12-28", "DATE"),
    ("the 5th of May", DOC, "past", "2021-05-05", "DATE"),
    ("Christmas", DOC, "future", "2021-12-25", "DATE"),
    ("Thanksgiving Day", DOC, "future", "2021-11-25", "DATE"),
    ("Easter 2019", None, None, "2019-04-21", "DATE"),
    # offsets from the document date
    ("three years ago", DOC, None, "2018", "DATE"),
    ("two days ago", DOC, None, "2021-11-22", "DATE"),
    ("two weeks ago", DOC, None, "2021-W45", "DATE"),
    ("six months ago", DOC, None, "2021-05", "DATE"),
    ("a decade ago", DOC, None, "201", "DATE"),
    ("two days from now", DOC, None, "2021-11-26", "DATE"),
    ("several years ago", DOC, None, "PAST_REF", "DATE"),
    ("two years ago", None, None, "XXXX", "DATE"),
    # ranges
    ("July 11-13", DOC, "past", "2021-07-11/2021-07-13", "DATE"),
    ("July 11-13, 2019", None, None, "2019-07-11/2019-07-13", "DATE"),
    ("11-13 July 2019", None, None, "2019-07-11/2019-07-13", "DATE"),
    ("December 30 to January 2", "2021-12-20", None, "2021-12-30/2022-01-02", "DATE"),
    ("July 11-13", None, None, "XXXX-07-11/XXXX-07-13", "DATE"),
    ("2018-2020", None, None, "2018/2020", "DATE"),
    # durations
    ("three-day", None, None, "P3D", "DURATION"),
    ("year-long", None, None, "P1Y", "DURATION"),
    ("month-long", None, None, "P1M", "DURATION"),
    ("hour-long", None, None, "PT1H", "DURATION"),
    # TimeML writes quarters as months
    ("the next three quarters", None, None, "P9M", "DURATION"),
    ("every quarter", None, None, "P3M", "SET"),
    ("minute-long", None, None, "PT1M", "DURATION"),
    ("75-minute", None, None, "PT75M", "DURATION"),
    ("two-year", None, None, "P2Y", "DURATION"),
    ("three days", None, None, "P3D", "DURATION"),
    ("two weeks", None, None, "P2W", "DURATION"),
    ("five hours", None, None, "PT5H", "DURATION"),
    ("the past two months", None, None, "P2M", "DURATION"),
    ("the first nine months", None, None, "P9M", "DURATION"),
    ("nearly two years", None, None, "P2Y", "DURATION"),
    ("an hour and a half", None, None, "PT1H30M", "DURATION"),
    ("half an hour", None, None, "PT30M", "DURATION"),
    ("2 1/2 years", None, None, "P2Y6M", "DURATION"),
    ("two decades", None, None, "P20Y", "DURATION"),
    ("several years", None, None, "PXY", "DURATION"),
    ("a few days", None, None, "PXD", "DURATION"),
    ("recent years", None, None, "PXY", "DURATION"),
    ("a year", None, None, "P1Y", "DURATION"),
    ("24 hours", None, None, "PT24H", "DURATION"),
    # sets
    ("annual", None, None, "P1Y", "SET"),
    ("annually", None, None, "P1Y", "SET"),
    ("daily", None, None, "P1D", "SET"),
    ("weekly", None, None, "P1W", "SET"),
    ("every year", None, None, "P1Y", "SET"),
    ("every two years", None, None, "P2Y", "SET"),
    ("each Thursday", None, None, "XXXX-WXX-4", "SET"),
    ("every July", None, None, "XXXX-07", "SET"),
    ("Tuesday nights", None, None, "XXXX-WXX-2TNI", "SET"),
    ("every other week", None, None, "P2W", "SET"),
    # times
    ("14:00 local time", DOC, None, "2021-11-24T14:00", "TIME"),
    ("14:00 local time", None, None, "XXXX-XX-XXT14:00", "TIME"),
    ("10:35 a.m.", DOC, None, "2021-11-24T10:35", "TIME"),
    ("3 p.m.", DOC, None, "2021-11-24T15:00", "TIME"),
    ("noon", DOC, None, "2021-11-24T12:00", "TIME"),
    ("10 p.m. Wednesday", DOC, "past", "2021-11-24T22:00", "TIME"),
    ("noon Thursday", DOC, "future", "2021-11-25T12:00", "TIME"),
    ("June 3, 2020 at 3 p.m.", None, None, "2020-06-03T15:00", "TIME"),
    ("the afternoon", DOC, None, "XXXX-XX-XXTAF", "TIME"),
    ("the afternoon", None, None, "XXXX-XX-XXTAF", "TIME"),
    ("mid-afternoon yesterday", DOC, None, "2021-11-23TAF", "TIME"),
    # anaphoric weekdays, weekends, deadlines
    ("the previous Friday", DOC, None, "2021-11-19", "DATE"),
    ("the preceding Monday", DOC, "past", "2021-11-22", "DATE"),
    ("the weekend", DOC, "past", "2021-W46-WE", "DATE"),
    ("the weekend", DOC, None, "2021-W46-WE", "DATE"),
    ("the weekend", DOC, "future", "2021-W47-WE", "DATE"),
    ("the weekend", "2021-11-28", "past", "2021-W47-WE", "DATE"),
    ("Tuesday", DOC, "nearest", "2021-11-23", "DATE"),
    ("Friday", DOC, "nearest", "2021-11-26", "DATE"),
    ("December 15", "2021-10-26", "nearest", "2021-12-15", "DATE"),
    # quarters and fiscal years written with Q / FY
    ("Q3", "1998-10-20", None, "1998-Q3", "DATE"),
    ("Q3 2019", None, None, "2019-Q3", "DATE"),
    ("3Q98", None, None, "1998-Q3", "DATE"),
    ("Q1", None, None, "XXXX-Q1", "DATE"),
    ("the 1998 fiscal year", None, None, "1998", "DATE"),
    # a trade's own year (dates.json industry_years), whatever the state
    ("the 2026/27 gas year", None, None, "2026-10/2027-09", "DATE"),
    ("gas year 2026", None, None, "2026-10/2027-09", "DATE"),
    ("FY2019", None, None, "2019", "DATE"),
    ("FY 98", None, None, "1998", "DATE"),
    # modifiers without "the"; "the past decade" is a stretch of time, "last decade" a decade
    ("end of June", DOC, "past", "2021-06", "DATE"),
    ("the beginning of next month", DOC, None, "2021-12", "DATE"),
    ("the past decade", DOC, None, "P10Y", "DURATION"),
    ("the past century", None, None, "P100Y", "DURATION"),
    ("last decade", DOC, None, "201", "DATE"),
    ("the last decade", DOC, None, "201", "DATE"),
    # compound durations are one TIMEX
    ("three hours and twenty minutes", None, None, "PT3H20M", "DURATION"),
    ("two years and six months", None, None, "P2Y6M", "DURATION"),
    ("a day and six hours", None, None, "P1DT6H", "DURATION"),
    # "nearest" (future in the past, a date naming a noun's event): the closest occurrence
    ("October", DOC, "nearest", "2021-10", "DATE"),
    ("January", DOC, "nearest", "2022-01", "DATE"),
    # "the week of <day>": the ISO week holding that day
    ("the week of March 6", "2000-02-24", None, "2000-W10", "DATE"),
    ("the week of March 6, 2000", None, None, "2000-W10", "DATE"),
    ("the week of December 6", DOC, "future", "2021-W49", "DATE"),
    ("the week of Monday, December 6", DOC, None, "2021-W49", "DATE"),
    ("the week of 6 March", None, None, "XXXX-WXX", "DATE"),
    # a part of the day after or before the day under discussion
    ("the next morning", DOC, None, "2021-11-25TMO", "TIME"),
    ("the following evening", DOC, None, "2021-11-25TEV", "TIME"),
    ("the previous night", DOC, None, "2021-11-23TNI", "TIME"),
    ("the next morning", None, None, "XXXX-XX-XXTMO", "TIME"),
    # vague offsets from the document date keep their direction
    ("a few years from now", DOC, None, "FUTURE_REF", "DATE"),
    ("a few years back", DOC, None, "PAST_REF", "DATE"),
    # a month-day with the year told from the document's; a part of a named day
    ("November 15 last year", DOC, None, "2020-11-15", "DATE"),
    ("3 March next year", DOC, None, "2022-03-03", "DATE"),
    ("November 15 last year", None, None, "XXXX-11-15", "DATE"),
    ("the afternoon of January 15, 2025", DOC, None, "2025-01-15TAF", "TIME"),
    ("the morning of 3 March", DOC, "past", "2021-03-03TMO", "TIME"),
    # recurrences written as one word
    ("half-hourly", DOC, None, "PT30M", "SET"),
    ("fortnightly", DOC, None, "P2W", "SET"),
    ("semi-annual", DOC, None, "P6M", "SET"),
]


@pytest.mark.parametrize("surface,doc_date,tense,value,typ", ROWS)
def test_normalize_table(surface, doc_date, tense, value, typ):
    m = normalize(surface, doc_date=doc_date, tense=tense, profile="press")
    assert m is not None, f"{surface!r} not recognised as one expression"
    assert (m.value, m.type) == (value, typ)
    assert m.resolved == (typ in ("DURATION", "SET") or "X" not in value)


@pytest.mark.parametrize("surface,doc_date,tense,value,typ", [r for r in ROWS if "X" in r[3] and r[4] in ("DATE", "TIME")])
def test_unanchored_values_are_flagged_unresolved(surface, doc_date, tense, value, typ):
    m = normalize(surface, doc_date=doc_date, tense=tense, profile="press")
    assert m.resolved is False and m.anchor == "none"


@pytest.mark.parametrize("surface,anchor", [
    ("April 29, 2018", "absolute"),
    ("yesterday", "doc_date"),
    ("next May", "doc_date"),
    ("three-day", "absolute"),
])
def test_anchor_kinds(surface, anchor):
    assert normalize(surface, doc_date=DOC).anchor == anchor


# Things that must NOT be dates (press profile, SPEC: vague words and ordinal anniversaries)
NOT_DATES = [
    "now", "soon", "in the future", "the future", "going forward", "currently", "recently",
    "the 30th anniversary", "30th anniversary", "6th", "the sixth", "$30", "$30 bln", "may", "it may rain",
    "42", "1,500", "12.5", "3.5%", "the two meetings", "long-term", "at an early date", "the earliest",
    "march", "a 47-year-old man", "the spring of water", "second", "2000%", "Resolution",
    "high noon", "Q5", "FY", "the day before the vote", "the day after his death", "QE2",
    "a year-round service",
]


@pytest.mark.parametrize("surface", NOT_DATES)
def test_not_dates(surface):
    assert [surface[m.start:m.end] for m in scan(surface)] == []


# extents: "about"/"approximately"/"roughly" stay outside (TimeBank: mod=APPROX, mostly untagged);
# "nearly", "more than", "at least" stay inside; an ordinal after a possessive belongs to the noun
@pytest.mark.parametrize("surface,extent", [
    ("approximately three hours", "three hours"),
    ("for about five days", "five days"),
    ("roughly two weeks", "two weeks"),
    ("at about 10:35 a.m.", "10:35 a.m."),
    ("nearly two years", "nearly two years"),
    ("more than sixty days", "more than sixty days"),
    ("within its first five years", "five years"),
    ("in his first 100 days", "100 days"),
    ("the first nine months", "the first nine months"),
    ("approximately three hours and twenty minutes", "three hours and twenty minutes"),
    # a clock hour told by the part of day, after a preposition
    ("leave at 4 in the morning", "4 in the morning"),
    ("open until ten at night", "ten at night"),
    ("from 7:30 in the evening", "7:30 in the evening"),
    # a vague stretch before or after another event is the duration alone (TimeML: "A few days", PXD)
    ("A few days later", "A few days"),
    ("several weeks earlier", "several weeks"),
    ("a few years ago", "a few years ago"),
    ("two days later", "two days later"),
])
def test_extents(surface, extent):
    assert [surface[m.start:m.end] for m in scan(surface)] == [extent]


@pytest.mark.parametrize("surface,press,timeml", [
    ("later this month", "this month", "later this month"),
    ("Earlier this week", "this week", "Earlier this week"),
    ("earlier this year", "this year", "earlier this year"),
    ("early next week", "early next week", "early next week"),
])
def test_press_lists_the_period_without_earlier_later(surface, press, timeml):
    """SPEC output has no mod: press lists the period; TimeML keeps the adverb (mod=START/END)."""
    p = normalize(surface, doc_date=DOC, profile="press")
    t = normalize(surface, doc_date=DOC, profile="timeml")
    assert (p.text, t.text) == (press, timeml)
    assert p.value == t.value


@pytest.mark.parametrize("surface,value", [
    ("now", "PRESENT_REF"), ("currently", "PRESENT_REF"), ("recently", "PAST_REF"), ("the future", "FUTURE_REF"),
])
def test_timeml_profile_keeps_vague_references(surface, value):
    assert normalize(surface, doc_date=DOC, profile="timeml").value == value
    assert normalize(surface, doc_date=DOC, profile="press") is None


@pytest.mark.parametrize("surface", [
    "for the past three summers", "over the past several seasons", "the future two",
    "the team ranked 4 in the morning session", "they scored 3 in the afternoon session",
    # a newspaper is no frequency
    "the Communist Party daily Granma said", "the weekly Der Spiegel reported",
])
def test_not_dates_even_in_timeml(surface):
    """ "the past" before a count is a determiner phrase, not the vague noun; a bare number before a
    part of day is a clock hour only after a preposition."""
    assert [surface[m.start:m.end] for m in scan(surface, vague=True)] == []


@pytest.mark.parametrize("n,code,value", [
    (3, "D", "P3D"), (75, "T:M", "PT75M"), (None, "Y", "PXY"), (0.5, "Y", "P6M"), (1.5, "T:H", "PT1H30M"),
    (0.5, "D", "PT12H"), (2, "W*2", "P4W"), (3, "DE", "P30Y"), (2, "CE", "P200Y"), (0.5, "CE", "P50Y"),
])
def test_duration_value(n, code, value):
    assert duration_value(n, code) == value


@pytest.mark.parametrize("rule,year,iso", [
    ("easter", 2024, "2024-03-31"), ("4:4:11", 2021, "2021-11-25"), ("1:1:09", 2021, "2021-09-06"),
    ("-1:1:05", 2021, "2021-05-31"), ("12-25", 2020, "2020-12-25"), ("easter-2", 2024, "2024-03-29"),
    ("easter+1", 2025, "2025-04-21"),
    ("1:1:11+1", 2024, "2024-11-05"),  # US Election Day 2024
    ("1:1:11+1", 2022, "2022-11-08"),
    ("1:1:11+1", 2026, "2026-11-03"),  # November 1st is a Sunday: first Monday the 2nd
    ("3:1:01", 2025, "2025-01-20"),  # Martin Luther King Jr. Day
])
def test_holiday_rules(rule, year, iso):
    assert holiday_date(rule, year).isoformat() == iso


@pytest.mark.parametrize("rule", ["thanksgiving", "6:1:11", "1:8:11", "13-01x", "easter+", ""])
def test_holiday_rule_syntax_is_strict(rule):
    with pytest.raises(ValueError):
        holiday_date(rule, 2024)


# --------------------------------------------------------------------- spaCy sentences
def _dates(doc):
    return [(m.text, m.value) for m in doc._.dates]


@pytest.mark.parametrize("text,doc_date,expected", [
    # tense decides bare months and weekdays
    ("The two ministers met in Moscow in May.", DOC, [("May", "2021-05")]),
    ("The two ministers will meet in Moscow in May.", DOC, [("May", "2022-05")]),
    ("They agreed to hold the next round in March.", DOC, [("March", "2022-03")]),
    ("The minister arrived in Seoul on Monday.", DOC, [("Monday", "2021-11-22")]),
    ("The minister will arrive in Seoul on Monday.", DOC, [("Monday", "2021-11-29")]),
    ("Seoul's top diplomat said Wednesday that talks resumed.", DOC, [("Wednesday", "2021-11-24")]),
    ("President Moon leaves office next May.", DOC, [("next May", "2022-05")]),
    # false positives filtered with the parse
    ("May the two sides find peace.", DOC, []),
    ("The two countries will record $30 bln in trade.", DOC, []),
    ("The UN sent 2000 troops to the region.", DOC, []),
    ("The year 2020 marks the 30th anniversary of ties.", DOC, [("The year 2020", "2020")]),
    ("The council adopted Resolution 1718 unanimously.", DOC, []),
    ("Viet Nam will host the Global Goals 2030 Summit in Hanoi in April.", DOC, [("April", "2022-04")]),
    ("Places rise in the 2025/26 season.", DOC, [("2025/26", "2025/2026")]),  # a season or fiscal year
    ("The board adopted decision 2021/30 unanimously.", DOC, []),  # other slashes number things
    ("A 45-year-old diplomat attended the meeting.", DOC, []),
    ("The vice minister held the 6th strategic dialogue.", DOC, []),
    ("We will now work together, soon and going forward, in the future.", DOC, []),
    # discourse anchoring
    ("The Presidents spoke on April 29, 2018, about the summit held two days before.", None,
     [("April 29, 2018", "2018-04-29"), ("two days before", "2018-04-27")]),
    ("The exchanges in 2017 included a call in May and a meeting in July.", DOC,
     [("2017", "2017"), ("May", "2017-05"), ("July", "2017-07")]),
    # a distant target year dates no month near it
    ("He reaffirmed the goal of net-zero emissions by 2050 and said Hanoi would host the summit in April.", DOC,
     [("2050", "2050"), ("April", "2022-04")]),
    ("Talks were held on July 11-13 in Geneva.", DOC, [("July 11-13", "2021-07-11/2021-07-13")]),
    ("The three-day visit ended with a 75-minute meeting at 14:00 local time.", DOC,
     [("three-day", "P3D"), ("75-minute", "PT75M"), ("14:00 local time", "2021-11-24T14:00")]),
    ("The annual forum met this week.", DOC, [("annual", "P1Y"), ("this week", "2021-W47")]),
    # deadlines and starting points: the preposition decides, not the clause's tense
    ("Officials postponed the hearing until Tuesday.", DOC, [("Tuesday", "2021-11-30")]),
    ("The new tariff was adopted, effective Feb. 1.", DOC, [("Feb. 1", "2022-02-01")]),
    ("The dividend was declared, payable Dec. 15.", "2021-10-26", [("Dec. 15", "2021-12-15")]),
    ("The offer had been due to expire Friday.", DOC, [("Friday", "2021-11-19")]),
    ("Inspectors had been allowed to work since Jan. 13.", "2021-03-06", [("Jan. 13", "2021-01-13")]),
    ("The envoys met on Friday.", DOC, [("Friday", "2021-11-19")]),
    ("The index fell 4% from the previous Friday.", "2021-11-29", [("the previous Friday", "2021-11-26")]),
    ("The index closed on Nov. 26 up 2% from the previous Friday.", "2021-11-29",
     [("Nov. 26", "2021-11-26"), ("the previous Friday", "2021-11-19")]),
    # a possessive weekday dates a noun: the governing verb's tense does not apply
    ("Lawyers said they would appeal Wednesday's ruling.", "2021-11-26", [("Wednesday", "2021-11-24")]),
    # … the preposition its noun follows says which way it lies
    ("The minister will brief lawmakers before Saturday's round of talks.", DOC, [("Saturday", "2021-11-27")]),
    ("The bloc prepares for Sunday's summit in Accra.", DOC, [("Sunday", "2021-11-28")]),
    ("Prices rose after Monday's vote.", DOC, [("Monday", "2021-11-22")]),
    ("Its share before Friday's purchases is far below 5%.", DOC, [("Friday", "2021-11-19")]),  # "before" compares
    ("Officials said over the weekend that talks would resume.", DOC, [("the weekend", "2021-W46-WE")]),
    # a clock time takes the date across a parenthesis; the universal time in it is a time of its own, with
    # its offset (press)
    ("The blast occurred at 10:35 a.m. (0735 GMT) Friday.", DOC,
     [("10:35 a.m.", "2021-11-19T10:35"), ("0735 GMT", "2021-11-19T07:35+00:00"), ("Friday", "2021-11-19")]),
    # a named zone gives the offset on that day; "local time" names none
    ("Talks opened at 5:40 p.m. JST on March 6.", DOC, [("5:40 p.m. JST", "2022-03-06T17:40+09:00"),
                                                         ("March 6", "2022-03-06")]),
    ("The ministers met in Kyiv on Tuesday at 6 p.m. Kyiv time.", DOC,
     [("Tuesday at 6 p.m. Kyiv time", "2021-11-23T18:00+02:00")]),
    ("The ministers met in Kyiv at 6 p.m. Kyiv time on 2 July.", DOC,
     [("6 p.m. Kyiv time", "2021-07-02T18:00+03:00"), ("2 July", "2021-07-02")]),
    ("Voting closes at 4 p.m. AST (8 p.m. GMT) on Thursday in Bridgetown.", DOC,
     [("4 p.m. AST", "2021-11-25T16:00-04:00"), ("8 p.m. GMT", "2021-11-25T20:00+00:00"), ("Thursday", "2021-11-25")]),
    ("The Riyadh talks open at 9 p.m. AST on Monday.", DOC, [("9 p.m. AST", "2021-11-29T21:00+03:00"),
                                                            ("Monday", "2021-11-29")]),
    ("The call began at 9 a.m. Eastern Time on July 3.", DOC, [("9 a.m. Eastern Time", "2021-07-03T09:00-04:00"),
                                                                ("July 3", "2021-07-03")]),
    ("The session began at 10:40 a.m. local time on Monday.", DOC, [("10:40 a.m. local time", "2021-11-22T10:40"),
                                                                     ("Monday", "2021-11-22")]),
    # two full dates joined by a range word are one range (press); two consecutive coordinated weekdays too
    ("Tourism rose from December 2020 to February 2021.", DOC, [("December 2020 to February 2021", "2020-12/2021-02")]),
    ("Visas are waived from 1 May 2022 to 31 December 2028.", DOC,
     [("1 May 2022 to 31 December 2028", "2022-05-01/2028-12-31")]),
    ("The ministers met on Monday and Tuesday in Addis Ababa.", DOC, [("Monday and Tuesday", "2021-11-22/2021-11-23")]),
    # two years after "between" are one stretch; two years joined by "and" alone stay two dates
    ("The plan runs between 2026 and 2030 in three phases.", DOC, [("2026 and 2030", "2026/2030")]),
    ("The grant covers the budgets for 2023 and 2024.", DOC, [("2023", "2023"), ("2024", "2024")]),
    ("Elections were held in 2016 and 2019 without incident.", DOC, [("2016", "2016"), ("2019", "2019")]),
    ("The talks ran on Monday and on Wednesday.", DOC, [("Monday", "2021-11-22"), ("Wednesday", "2021-11-24")]),
    ("The plan ran from January 2021 to December 2020.", DOC, [("January 2021", "2021-01"), ("December 2020", "2020-12")]),
    # "In the afternoon" is the afternoon of the story's day, not of a deadline or a named instrument's date
    ("The minister arrived on Wednesday. Slovakia would simplify permits from 1 July. In the afternoon, he laid a "
     "wreath.", DOC, [("Wednesday", "2021-11-24"), ("1 July", "2022-07-01"), ("the afternoon", "2021-11-24TAF")]),
    ("The army will deploy under the arrangement of November 27. In the afternoon, the minister met the Speaker.",
     "2022-04-22", [("November 27", "2021-11-27"), ("the afternoon", "2022-04-22TAF")]),
    ("Qatar will host a donors' conference in the second quarter of the year.", "2022-01-27",
     [("the second quarter of the year", "2022-Q2")]),
    # no anchor: "the following day" after a weekday is the next weekday
    ("The minister arrived on Sunday. He will meet the Prime Minister the following day.", None,
     [("Sunday", "XXXX-WXX-7"), ("the following day", "XXXX-WXX-1")]),
    # no place before "time", no zone; an abbreviation is one only in capitals
    ("The vote is at 3 p.m. Prime Minister time.", DOC, [("3 p.m.", "2021-11-24T15:00")]),
    ("The convoy left at 3 p.m. west of the city.", DOC, [("3 p.m.", "2021-11-24T15:00")]),
    # rates are sets, not durations; "twice a year" is every six months (press)
    ("The airline runs four flights a week and saves $2 million a year.", DOC, [("a week", "P1W"), ("a year", "P1Y")]),
    ("The forum meets twice a year.", DOC, [("twice a year", "P6M")]),
    ("The council meets three times a year and the board twice a day.", DOC,
     [("three times a year", "P4M"), ("twice a day", "PT12H")]),
    ("The group meets once a week.", DOC, [("once a week", "P1W")]),
    # readiness for a later act, also told in a past report; a verb the tagger missed keeps its modal
    ("The minister stated that Indonesia was ready to co-host a seminar with Japan in Bali in the autumn.",
     "2025-03-18", [("the autumn", "2025-FA")]),
    ("Minister Werthein stated that Argentina would authorise additional exports of gas to Chile from June.",
     "2025-04-24", [("June", "2025-06")]),
    # "two days later" counts from the story's last day, not from a period "since" or a dated background
    ("The Panel met the President in Port Sudan on Monday. The suspension has been in force since October 2021.\n\n"
     "Two days later, the Panel met the intelligence chief.", "2024-11-28",
     [("Monday", "2024-11-25"), ("October 2021", "2021-10"), ("Two days later", "2024-11-27")]),
    ("The Panel met the President in Port Sudan on Monday. He recalled the Jeddah Declaration of 11 May 2023.\n\n"
     "Two days later, the Panel met the intelligence chief.", "2024-11-28",
     [("Monday", "2024-11-25"), ("11 May 2023", "2023-05-11"), ("Two days later", "2024-11-27")]),
    # "earlier in the day" is the story's day, not one told in the past perfect; "the same afternoon" that day's
    ("Spain and Mauritania agreed on Wednesday to double the number of workers. The King had welcomed the visiting "
     "president on Tuesday.\n\nEarlier in the day, the ministers signed a memorandum.", "2025-01-22",
     [("Wednesday", "2025-01-22"), ("Tuesday", "2025-01-21"), ("Earlier in the day", "2025-01-22")]),
    ("The President arrived in Hanoi on Tuesday. The same afternoon, he met the Prime Minister.", "2024-12-11",
     [("Tuesday", "2024-12-10"), ("The same afternoon", "2024-12-10TAF")]),
    # a clock time after a day a relative clause recalls is on the story's day
    ("The government and the holdout groups agreed on Wednesday to extend the talks.\n\nThe three-day session, "
     "which opened on Monday at a hotel in the capital, was the first since November.\n\nThe chief mediator "
     "told reporters shortly after 6 p.m. that the talks would go on.", "2025-01-22",
     [("Wednesday", "2025-01-22"), ("three-day", "P3D"), ("Monday", "2025-01-20"), ("November", "2024-11"),
      ("6 p.m.", "2025-01-22T18:00")]),
    # programmes named with a year are no dates; nor is a holiday inside a longer name
    ("Modi briefed Boric on the journey towards Viksit Bharat 2047.", DOC, []),
    ("The investments are in line with the We the UAE 2031 vision and the Uzbekistan–2030 Strategy.", DOC, []),
    ("Many Indonesians will visit Expo 2025 Osaka.", DOC, []),
    ("Sri Lanka will send a delegation to the United Nations Day of Vesak celebrations.", DOC, []),
    # SPEC: a dateline is metadata, not listed
    ("WASHINGTON, November 23 (Xinhua) -- The talks ended Tuesday.", DOC, [("Tuesday", "2021-11-23")]),
    ("Results for Q3 2021 beat forecasts.", DOC, [("Q3 2021", "2021-Q3")]),
    # a nominal plan or an "upcoming" event looks forward even under a past main verb ...
    ("The minister briefed reporters on the plans for the regional summit in March.", DOC, [("March", "2022-03")]),
    ("The envoys discussed the upcoming forum in February.", DOC, [("February", "2022-02")]),
    # ... but the date of the plan itself, or of a past event, looks back
    ("He presented his proposal in March.", DOC, [("March", "2021-03")]),
    ("The envoys attended the forum in February.", DOC, [("February", "2021-02")]),
    # reduced relatives that schedule: ahead, unless the report is past (then the nearest day)
    ("The summit, scheduled for Friday, will focus on trade.", DOC, [("Friday", "2021-11-26")]),
    ("A ceremony planned for Monday was cancelled.", DOC, [("Monday", "2021-11-22")]),
    ("The index is near the record high set on Aug. 6.", DOC, [("Aug. 6", "2021-08-06")]),
    # present simple of an event verb: a scheduled event; reporting verbs and past-like forms are not
    ("The regional summit opens in Geneva on Friday.", DOC, [("Friday", "2021-11-26")]),
    ("The talks take place on Monday.", DOC, [("Monday", "2021-11-29")]),
    ("The ministry says on Monday that the talks failed.", DOC, [("Monday", "2021-11-22")]),
    ("Weak demand hurt the index on Friday.", DOC, [("Friday", "2021-11-19")]),
    ("The minister is travelling to Tokyo on Friday.", DOC, [("Friday", "2021-11-26")]),
    # "would" under a past reporting verb: future in the past, the nearest occurrence
    ("The ministry has said it would hold a referendum in October, but has yet to do so.", DOC,
     [("October", "2021-10")]),
    ("The ministry will hold a referendum in October.", DOC, [("October", "2022-10")]),
    ("He said the talks would resume on Friday.", DOC, [("Friday", "2021-11-26")]),
    # a date naming a noun's event is not moved ahead by a plan; a past clause still bounds it
    ("Officials vowed to punish those behind the August bombing.", DOC, [("August", "2021-08")]),
    ("Police arrested two suspects in the October bombing.", DOC, [("October", "2021-10")]),
    # "a second" before a noun is an ordinal
    ("Japan will send a second relief team next week.", DOC, [("next week", "2021-W48")]),
    # press extents
    ("The envoys will meet again later this month.", DOC, [("this month", "2021-11")]),
    ("The fund will create 5,000 jobs within its first five years.", DOC, [("five years", "P5Y")]),
    ("The talks lasted approximately three hours and twenty minutes.", DOC,
     [("three hours and twenty minutes", "PT3H20M")]),
    # a part of day after a day-level date is that day's, known parts only
    ("The ministers met in Seoul on Tuesday. They signed two accords. In the afternoon, they toured a port.", None,
     [("Tuesday", "XXXX-WXX-2"), ("the afternoon", "XXXX-WXX-2TAF")]),
    ("The ministers met in Seoul on Tuesday. They signed two accords. In the afternoon, they toured a port.", DOC,
     [("Tuesday", "2021-11-23"), ("the afternoon", "2021-11-23TAF")]),
    ("In the afternoon, they toured a port.", DOC, [("the afternoon", "XXXX-XX-XXTAF")]),
    # a morning after an evening the story named is the next day's, and the clock times after it too
    ("The minister arrived in Vienna on Tuesday evening. In the morning, the President welcomed him. The talks "
     "began at 11:00.", "2021-11-24",
     [("Tuesday evening", "2021-11-23TEV"), ("the morning", "2021-11-24TMO"), ("11:00", "2021-11-24T11:00")]),
    ("The minister arrived in Vienna on Tuesday morning. In the afternoon, the President welcomed him.",
     "2021-11-24", [("Tuesday morning", "2021-11-23TMO"), ("the afternoon", "2021-11-23TAF")]),
    # a flashback ("the previous evening") leaves the story on its day
    ("The minister held talks in Madrid on Tuesday. They were preceded the previous evening by a dinner. That "
     "afternoon, he met the opposition leader.", "2025-05-13",
     [("Tuesday", "2025-05-13"), ("the previous evening", "2025-05-12TEV"), ("That afternoon", "2025-05-13TAF")]),
    # a day inside "following …" is an earlier event's: a clock time after it is the story's day
    ("The ministers agreed today on a code, following the opening of the ministers' meeting yesterday. The meeting "
     "began at 9 am.", "2025-07-10",
     [("today", "2025-07-10"), ("yesterday", "2025-07-09"), ("9 am", "2025-07-10T09:00")]),
    # "later in the day" is the story's day, not a far date a clause recalled
    ("The leaders met on Wednesday. The mission closes on 31 December 2025. Later in the day, the prime minister "
     "met the king.", "2025-06-11",
     [("Wednesday", "2025-06-11"), ("31 December 2025", "2025-12-31"), ("Later in the day", "2025-06-11")]),
    # a past act's bare month does not borrow a year that puts it ahead of the document
    ("Spain would push for the signature before the end of the year, and recalled that the negotiations were "
     "concluded in December.", "2025-05-13", [("the end of the year", "2025"), ("December", "2024-12")]),
    # "between X and Y" is one range
    ("Four more rounds are planned between September 2025 and March 2026.", "2025-07-10",
     [("September 2025 and March 2026", "2025-09/2026-03")]),
    ("The election will be held between December and June.", "2025-05-30",
     [("December and June", "2025-12/2026-06")]),
    # a date after a plan handed over is the act's own time
    ("The company submitted its proposals for the project in February.", "2025-04-08", [("February", "2025-02")]),
    ("The company will submit its proposals for the project in February.", "2025-04-08", [("February", "2026-02")]),
    # a to-infinitive that is a purpose clause, an infinitival relative or a subject is about as old
    # as its past clause (nearest such day), not a plan ahead of the document date ...
    ("Officials held a ceremony to mark the country's accession to the alliance on Friday.", "2021-11-27",
     [("Friday", "2021-11-26")]),
    ("Investors renewed their bids to buy the steelmaker Friday.", "2021-11-29", [("Friday", "2021-11-26")]),
    ("Among the states to join the bloc on Friday were Estonia and Latvia.", "2021-11-27", [("Friday", "2021-11-26")]),
    ("The first country to ratify the treaty in May was Norway.", DOC, [("May", "2021-05")]),
    ("The minister flew to Paris on Tuesday to attend talks on Friday.", DOC,
     [("Tuesday", "2021-11-23"), ("Friday", "2021-11-26")]),
    # ... while the complement of a plan, commitment or directive, or of a future clause, looks ahead
    ("They agreed to meet on Friday.", "2021-11-29", [("Friday", "2021-12-03")]),
    ("The council urged the rebels to release the hostages on Friday.", "2021-11-29", [("Friday", "2021-12-03")]),
    ("The two sides signed an agreement to open a consulate in May.", DOC, [("May", "2022-05")]),
    ("The envoys will travel to Geneva to attend talks on Friday.", "2021-11-29", [("Friday", "2021-12-03")]),
    # schedule verbs: a past schedule is for the nearest such day, a present-perfect one for the next;
    # a plan seen from a past point (past perfect) for the nearest
    ("Activists planned a large rally in the capital on Saturday.", "2021-11-26", [("Saturday", "2021-11-27")]),
    ("The vote was scheduled for Friday.", DOC, [("Friday", "2021-11-26")]),
    ("The court has scheduled a hearing Thursday.", DOC, [("Thursday", "2021-11-25")]),
    ("The truce had been scheduled to expire at midnight Friday.", "2021-11-29", [("midnight Friday", "2021-11-26T24:00")]),
    ("The ministers had agreed to meet in May.", DOC, [("May", "2021-05")]),
    # a fronted date is the time of the planning; "set" without "for" does not schedule
    ("On Friday, the government planned new spending cuts.", DOC, [("Friday", "2021-11-19")]),
    ("The index set a record on Thursday.", DOC, [("Thursday", "2021-11-18")]),
    # clock hours told by the part of day
    ("The envoy will leave at 4 in the morning.", DOC, [("4 in the morning", "2021-11-24T04:00")]),
    ("The talks ended on Tuesday at 10 at night.", DOC, [("Tuesday at 10 at night", "2021-11-23T22:00")]),
    ("The polls close at 3 in the afternoon.", DOC, [("3 in the afternoon", "2021-11-24T15:00")]),
    # a range of weekdays is one entry: the first day as a weekday alone, the last the first such day after it
    ("The envoy, who is on a visit to Seoul from Monday to Thursday, met the minister.", DOC,
     [("Monday to Thursday", "2021-11-22/2021-11-25")]),
    ("The envoy visited Seoul from Monday to Wednesday.", None, [("Monday to Wednesday", "XXXX-WXX-1/XXXX-WXX-3")]),
    # a rate of a calendar unit is a SET
    ("The dam will earn $1.5 billion a year.", DOC, [("a year", "P1Y")]),
    ("Two ferries a day will cross the river.", DOC, [("a day", "P1D")]),
    ("He was jailed for a year.", DOC, [("a year", "P1Y")]),
    # military clock times: after a clock preposition or with a leading zero; a count of hours stays a duration
    ("The briefing concluded at 1610 hrs.", DOC, [("1610 hrs", "2021-11-24T16:10")]),
    ("The convoy left Kabul at 2345 hours on Monday.", DOC, [("2345 hours", "2021-11-22T23:45"), ("Monday", "2021-11-22")]),
    ("Voting opens 0700 hrs local time.", DOC, [("0700 hrs local time", "2021-11-24T07:00")]),
    ("The pilots logged 1500 hours of flight time.", DOC, [("1500 hours", "PT1500H")]),
    # a bare clock time belongs to the day under discussion
    ("The ministers met in Seoul on Tuesday. The talks ended at 10 p.m.", DOC,
     [("Tuesday", "2021-11-23"), ("10 p.m.", "2021-11-23T22:00")]),
    ("The envoy arrived on June 3, 2021. The next morning, he met the president.", None,
     [("June 3, 2021", "2021-06-03"), ("The next morning", "2021-06-04TMO")]),
    # "A few days later" names no calendar time (neither PAST_REF nor FUTURE_REF): the stretch is the
    # duration; a counted offset still resolves
    ("The two sides signed a truce in June. A few days later, fighting resumed.", DOC,
     [("June", "2021-06"), ("A few days", "PXD")]),
    ("The accord had been signed several weeks earlier.", DOC, [("several weeks", "PXW")]),
    ("The talks opened on Nov. 2. Two days later, they collapsed.", DOC,
     [("Nov. 2", "2021-11-02"), ("Two days later", "2021-11-04")]),
    ("The embassy closed a few years ago.", DOC, [("a few years ago", "PAST_REF")]),
    # a present verb of sequence puts its complement's event before: past reading
    ("The visit follows the minister's talks in Cairo on 12 March.", "2022-01-10", [("12 March", "2021-03-12")]),
    ("The statement builds on the declaration of 12 March.", "2022-01-10", [("12 March", "2021-03-12")]),
    ("The summit takes place on 12 March.", "2022-01-10", [("12 March", "2022-03-12")]),
    # a month coordinated after a deictic year does not borrow it; a plan noun before the date's
    # noun phrase puts it ahead even when the parser hangs the date on the verb
    ("The minister recalled the visits to Tunis last year and in April.", "2024-10-18",
     [("last year", "2023"), ("April", "2024-04")]),
    ("The leaders met last year in April.", "2024-10-18", [("last year", "2023"), ("April", "2023-04")]),
    ("The envoy briefed them on preparations for the summit in Kuala Lumpur in May.", "2025-02-07",
     [("May", "2025-05")]),
    # unnumbered spans told from now are vague, like "soon": not listed in press
    ("He looks forward to meeting her in the coming weeks.", DOC, []),
    ("Trade has grown in recent years and for decades before.", DOC, []),
    ("The talks lasted several months.", DOC, [("several months", "PXM")]),
    # "some days": which days, not how long
    ("The farmers fled. “Some days there is nothing to eat,” one said.", DOC, []),
    # "that <weekday>" points back to the day the text has named; "said that Monday's …" is a clause
    ("The grid failed on 26 July. What happened that Monday must not happen again.", DOC,
     [("26 July", "2021-07-26"), ("that Monday", "2021-07-26")]),
    ("The envoy said that Monday's talks were useful.", DOC, [("Monday", "2021-11-22")]),
    # a year after "in" whose next noun the parser takes it to count
    ("A row over the testing of drivers in 2020 left lorries stuck for weeks.", DOC, [("2020", "2020")]),
    # two consecutive months coordinated are one range; two others stay two
    ("Peru asked for larger releases in August and September.", DOC, [("August and September", "2021-08/2021-09")]),
    # "next summer" said just before or during the summer is next year's; "next winter" said in spring is the coming one
    ("The tunnel will be ready next summer.", "2025-05-13", [("next summer", "2026-SU")]),
    ("The plant will be ready next winter.", "2024-04-19", [("next winter", "2024-WI")]),
    # a treaty's written-out day
    ("Done in Lima on the twelfth day of June of the year two thousand twenty-five.", DOC,
     [("the twelfth day of June of the year two thousand twenty-five", "2025-06-12")]),
    ("Signed this 3rd day of May, 2021, in two originals.", DOC, [("this 3rd day of May, 2021", "2021-05-03")]),
    # a capitalised time-of-day word inside a name
    ("Many still remember the Dawn Raids of the 1970s.", DOC, [("the 1970s", "197")]),
    # "committed to <gerund>" and "to be held" look ahead
    ("Guatemala committed to opening a consular office in Tapachula in April.", "2025-02-14", [("April", "2025-04")]),
    ("They reviewed preparations for the summit to be held in Cairo on Tuesday.", "2025-03-03",
     [("Tuesday", "2025-03-04")]),
    # a clock time joined to its day by "on": the time takes the day, the day stays a date
    ("The statement was read out at 14:30 local time on Friday.", DOC,
     [("14:30 local time", "2021-11-19T14:30"), ("Friday", "2021-11-19")]),
    ("The ceasefire takes effect at 6 a.m. on Monday.", DOC, [("6 a.m.", "2021-11-29T06:00"), ("Monday", "2021-11-29")]),
    ("The ceasefire took effect at 10 p.m. Wednesday.", DOC, [("10 p.m. Wednesday", "2021-11-24T22:00")]),
    # the week of a day
    ("The court will hear the case the week of December 6.", DOC, [("the week of December 6", "2021-W49")]),
    # a day coordinated with a month-day shares its month and year: two consecutive days are one range
    # (press; TimeML annotates each day), two others are two dates; a count is not a day
    ("The summit will be held on April 24 and 25.", DOC, [("April 24 and 25", "2022-04-24/2022-04-25")]),
    ("The talks were held on 3 and 4 March.", DOC, [("3 and 4 March", "2021-03-03/2021-03-04")]),
    ("Talks on April 24 and 25, 2019 ended in a joint statement.", DOC,
     [("April 24 and 25, 2019", "2019-04-24/2019-04-25")]),
    ("The votes were held on May 3 and 10.", DOC, [("May 3", "2021-05-03"), ("10", "2021-05-10")]),
    ("On April 24 and 25 people were killed.", DOC, [("April 24", "2021-04-24")]),
    # "the following week" is not told from a month
    ("Exports were suspended in April. The teams will meet in Quito the following week.", DOC,
     [("April", "2021-04"), ("the following week", "2021-W48")]),
    # the n-th week of a month: the ISO week of its n-th Monday; "the last week" is its last whole week
    ("Teams will meet in the first week of December.", DOC, [("the first week of December", "2021-W49")]),
    ("The fair is held in the last week of June 2025.", DOC, [("the last week of June 2025", "2025-W26")]),
    # approximations stay out of a duration's extent (press)
    ("The talks lasted nearly three hours.", DOC, [("three hours", "PT3H")]),
    ("The fund will pay EUR 6 million over four years.", DOC, [("four years", "P4Y")]),
    # a year in a programme's name is not a date
    ("The leaders adopted the ASEAN Community Vision 2045 and Agenda 2063.", DOC, []),
    ("They share a commitment to the 2030 Agenda for Sustainable Development.", DOC, []),
    # a past year in the sentence does not date a month told as a plan
    ("The ministers reviewed the visit to Luanda in August 2020 and discussed preparations for the celebrations, "
     "in December, of the anniversary.", DOC, [("August 2020", "2020-08"), ("December", "2021-12")]),
    # a year after "since" starts a period running to now: it does not date a later month
    ("Trade has grown since the agreement entered into force in 2007, and the ministers welcomed the forum held "
     "in Lima in September.", DOC, [("2007", "2007"), ("September", "2021-09")]),
    ("In 2017, exchanges were held in May and July.", DOC, [("2017", "2017"), ("May", "2017-05"), ("July", "2017-07")]),
    # "the following day" counts from the last single day, not from a range mentioned in passing
    ("The ministers met on 6 November during the 5 to 9 November visit. The following day he called on the "
     "Prime Minister.", DOC, [("6 November", "2021-11-06"), ("5 to 9 November", "2021-11-05/2021-11-09"),
                              ("The following day", "2021-11-07")]),
    ("The fair ran from 8 to 12 November. The following day the stands closed.", DOC,
     [("8 to 12 November", "2021-11-08/2021-11-12"), ("The following day", "2021-11-09")]),
    # … nor from a day told as background (a noted fact, a deadline's clause)
    ("The ministers met on 20 November. They noted that the bridge was opened on 2 November. The following day "
     "the delegation flew home.", DOC, [("20 November", "2021-11-20"), ("2 November", "2021-11-02"),
                                        ("The following day", "2021-11-21")]),
    ("The talks were held on Tuesday. They agreed to renew the accord before it expires on 30 June. The following "
     "day the minister will travel to Lima.", DOC, [("Tuesday", "2021-11-23"), ("30 June", "2022-06-30"),
                                                   ("The following day", "2021-11-24")]),
    ("The Secretary-General met today with the minister. Earlier in the day, he met the President.", DOC,
     [("today", "2021-11-24"), ("Earlier in the day", "2021-11-24")]),
    # a clock time takes the day named just before it, not one named many sentences earlier
    ("The envoy will return on Saturday. The talks were useful. Both sides spoke. Questions followed. Aid was "
     "discussed.\n\n(The briefing was concluded at 2:51 p.m.)", DOC,
     [("Saturday", "2021-11-27"), ("2:51 p.m.", "2021-11-24T14:51")]),
    # a photo caption tells a past event in the present tense
    ("The minister (right) welcomes his Senegalese counterpart at the ministry in Banjul on Tuesday. Photo: MoFA\n\n"
     "The talks ended.", DOC, [("Tuesday", "2021-11-23")]),
    # ... but a wire's closing paragraph with its credit announces, and is read by its verbs
    ("The talks ended.\n\nThe envoy will travel on to Lima on Friday. The President is expected in Quito in the "
     "spring, and the Chilean side has invited him to a forum to be held there. (EFE)", DOC,
     [("Friday", "2021-11-26"), ("the spring", "2022-SP")]),
    # without a document date a clock time keeps the day named before it
    ("The ministers met on Thursday in David. The meeting began at 10:00 a.m. and ended at noon.", None,
     [("Thursday", "XXXX-WXX-4"), ("10:00 a.m.", "XXXX-WXX-4T10:00"), ("noon", "XXXX-WXX-4T12:00")]),
    # a weekday glossed by its date in brackets is one date; a bracket that is no date leaves the weekday alone
    ("The envoy was received on Monday (22 November 2021) at the palace.", DOC,
     [("Monday (22 November 2021)", "2021-11-22")]),
    ("The talks will resume on Friday (Nov. 26) in Geneva.", DOC, [("Friday (Nov. 26)", "2021-11-26")]),
    ("The envoy left on Monday (local time) for Lima.", DOC, [("Monday", "2021-11-22")]),
    ("The envoy left on Monday (and returned in December 2021).", DOC,
     [("Monday", "2021-11-22"), ("December 2021", "2021-12")]),
    # a deadline in a reported plan lies ahead of the report's day; so does the event one is invited to
    ("The minister said the two countries would open the bridge before February, so that trucks cross faster.",
     DOC, [("February", "2022-02")]),
    ("The President invited his counterpart to Lima for the regional summit in March.", DOC, [("March", "2022-03")]),
    ("The President invited his counterpart on Monday.", DOC, [("Monday", "2021-11-22")]),
    # the month hung on "invited" after the event invited to dates that event
    ("The Secretary-General invited the minister to the flagship forum at its headquarters in Geneva in March.", DOC,
     [("March", "2022-03")]),
    # a task given "with <gerund>", an agreement backshifted in a report, an event being prepared: ahead
    ("The leaders tasked their ministers with preparing the agenda by the end of March.", DOC,
     [("the end of March", "2022-03")]),
    ("The minister said the two countries had agreed to open a consulate in Arusha from March.", DOC,
     [("March", "2022-03")]),
    ("The two governments were preparing joint celebrations for the anniversary on 1 March.", DOC,
     [("1 March", "2022-03-01")]),
    # an event's holding welcomed may lie either side of the report: the nearest such month
    ("The sides welcomed the holding of the Culture Days in Tashkent in January.", DOC, [("January", "2022-01")]),
    ("The sides welcomed the holding of the Culture Days in Tashkent in October.", DOC, [("October", "2021-10")]),
    # a year told in a relative clause lends it to no other clause's month
    ("They expanded the partnership the two countries signed in 2019, as the minister made her first visit since "
     "taking office in May.", DOC, [("2019", "2019"), ("May", "2021-05")]),
    ("Exchanges in 2017 were frequent: the ministers met in May and in July.", DOC,
     [("2017", "2017"), ("May", "2017-05"), ("July", "2017-07")]),
    # "fiscal 2022" is the fiscal year of the state the clause is about, where its fiscal year is known
    ("The Japanese side stated that Japan would provide the equipment in fiscal 2022.", DOC,
     [("fiscal 2022", "2022-04/2023-03")]),
    ("The ministers will review the project in fiscal 2022.", DOC, [("fiscal 2022", "2022")]),
    # a year still to come dates no month outside its clause, nor one after a deadline year
    ("The two sides agreed to raise trade to $500 million by the end of 2023 and to sign an investment treaty "
     "before March.", DOC, [("the end of 2023", "2023"), ("March", "2022-03")]),
    ("Japan intends to host the next summit in 2023, and the minister will travel to the region in the spring.", DOC,
     [("2023", "2023"), ("the spring", "2022-SP")]),
    ("The conference will be held in 2023; talks will open in March 2023 and close in June.", DOC,
     [("2023", "2023"), ("March 2023", "2023-03"), ("June", "2023-06")]),
    # the event one has invited someone to lies ahead, though the invitation is told in the present perfect
    ("I have invited the President to Lusaka for our independence celebrations on 24 October.", "2022-07-10",
     [("24 October", "2022-10-24")]),
    # a participle describing a plan's object: the nearest month
    ("She said Canada would send a trade mission led by the trade minister to São Paulo in November.", "2022-08-28",
     [("November", "2022-11")]),
    ("The ministers will implement the agreement signed in May.", "2022-08-28", [("May", "2022-05")]),
    # a holiday the country marks on a weekday: the coming one
    ("He congratulated Pakistan on Independence Day, which the country marks on Thursday.", "2022-08-09",
     [("Thursday", "2022-08-11")]),
    # "later that day" after a reduced relative's background day is the story's day
    ("The ministers met on Tuesday. Dar congratulated Azerbaijan on the agreement with Armenia initialled in "
     "Washington on August 8, and Bayramov thanked him. Later that day, Bayramov called on the Prime Minister.",
     "2022-08-09", [("Tuesday", "2022-08-09"), ("August 8", "2022-08-08"), ("that day", "2022-08-09")]),
    # a day a month or more back, recalled and then told on with a clock time, is the topic: the clock time and
    # "the next morning" are on it; right after the recalled day, "the same day" is the story's
    ("Officials met on Thursday, the first time since the storm that hit the coast on 3 March. The dam failed at "
     "04:10 local time, and villages waited until the next morning for help.", "2022-05-12",
     [("Thursday", "2022-05-12"), ("3 March", "2022-03-03"), ("04:10 local time", "2022-03-03T04:10"),
      ("the next morning", "2022-03-04TMO")]),
    ("The minister was received on 12 May by the President, whose country established relations with ours on 5 "
     "October 1992. The same day, he met the Speaker.", "2022-05-12",
     [("12 May", "2022-05-12"), ("5 October 1992", "1992-10-05"), ("The same day", "2022-05-12")]),
    # a plan reported in the past leans ahead; a date set off before a trailing attribution dates the reported clause
    ("The two ministers confirmed that they would cooperate closely toward the summit at the end of October.",
     "2022-03-07", [("the end of October", "2022-10")]),
    ("Rasmussen said Denmark would fund more howitzers, with the first deliveries expected in Q3.", "2022-01-28",
     [("Q3", "2022-Q3")]),
    ("The Prime Minister will travel to Warsaw for consultations with his Polish counterpart, Jan Nowak, in May, the "
     "government office said.", "2022-03-18", [("May", "2022-05")]),
    # a date after "by" read as a passive's agent is a deadline; a month in a condition is not the clause year's
    ("The Governor said his government would reserve land for investors if a first decision is taken by June.",
     "2021-11-21", [("June", "2022-06")]),
    ("Indonesia would supply electricity from January 2023, provided that a tariff agreement is signed by September.",
     "2022-05-14", [("January 2023", "2023-01"), ("September", "2022-09")]),
    # a since-clause is past, though its verb has an infinitive; someone's act named as a noun keeps its own date
    ("She welcomed him on his first visit since he was elected to lead the legislature in May.", "2021-12-17",
     [("May", "2021-05")]),
    ("I also want to thank the government for its commitment in December to back a team from 2028.", "2022-03-06",
     [("December", "2021-12"), ("2028", "2028")]),
    # a numeric date glossing a weekday is read in the order that weekday fits; a dotted clock with its zone
    ("The presidents spoke by telephone on Wednesday (6/8/2025) at 15.30 WIB. The flight takes 1.25 hours.",
     "2025-08-06", [("Wednesday (6/8/2025)", "2025-08-06"), ("15.30 WIB", "2025-08-06T15:30+07:00"),
                    ("1.25 hours", "PT1H15M")]),
    # the fiscal year of a state named by its adjective as the subject; "the fall in" is a drop
    ("The Japanese side expressed its readiness to allocate a grant for border posts in fiscal year 2026.",
     "2025-09-10", [("fiscal year 2026", "2026-04/2027-03")]),
    ("Trade was hurt by the fall in global demand. Talks resume in the fall.", "2025-06-19",
     [("the fall", "2025-FA")]),
    # fiscal years of the lexicon beyond the large economies: Fiji's runs August to July, Jamaica's April to March
    ("The Fijian government will fund 20 clinics in the 2025-2026 financial year.", "2025-11-19",
     [("the 2025-2026 financial year", "2025-08/2026-07")]),
    ("The Jamaican government will fund 20 clinics in the 2025/26 fiscal year.", "2025-11-19",
     [("the 2025/26 fiscal year", "2025-04/2026-03")]),
    ("The Rwandan government will fund 20 clinics in the 2025/26 financial year.", "2025-11-19",
     [("the 2025/26 financial year", "2025-07/2026-06")]),
    # a year told from now or a period's years lend nothing to another clause's month
    ("The state visit last year produced a plan of action for 2024-2028, and relics drew crowds across Vietnam "
     "in May.", "2025-07-17", [("last year", "2024"), ("2024-2028", "2024/2028"), ("May", "2025-05")]),
    # a day of the same sentence anchors "that day" and "the following day", though a relative clause tells it
    ("Bourita received Merzoug, who began a visit to Morocco on Monday and held a dinner with Bourita that day.",
     "2025-04-08", [("Monday", "2025-04-07"), ("that day", "2025-04-07")]),
    ("UNESCO and Iraq agreed on Wednesday to launch a programme. Azoulay, who arrived in Baghdad on Monday "
     "evening, flew to Mosul the following day.", "2025-09-10",
     [("Wednesday", "2025-09-10"), ("Monday evening", "2025-09-08TEV"), ("the following day", "2025-09-09")]),
    # a year in apposition to a year is the same date
    ("The two have had relations since 1975, the year of the country's independence.", DOC, [("1975", "1975")]),
])
def test_sentences(run_doc, text, doc_date, expected):
    assert _dates(run_doc(text, doc_date)) == expected


@pytest.fixture(scope="module")
def run_timeml():
    """The model plus the dates component in the TimeML profile."""
    from pipeline.nlp import load_nlp

    nlp = load_nlp(components=())
    nlp.add_pipe("communique_dates", config={"profile": "timeml"})
    return doc_runner(nlp, DOC)


@pytest.mark.parametrize("text,expected", [
    # before a noun, "annual"/"quarterly" classify the noun (TimeML leaves them out) ...
    ("The company declared a quarterly dividend of 10 cents.", []),
    ("Shareholders approved the plan at the annual meeting.", []),
    # ... other set words and the adverbs still recur
    ("The airline runs daily flights to Nairobi.", [("daily", "P1D")]),
    ("The forum is held annually in Davos.", [("annually", "P1Y")]),
    ("Dividends are paid quarterly.", [("quarterly", "P3M")]),
])
def test_timeml_profile_set_words(run_timeml, text, expected):
    assert _dates(run_timeml(text)) == expected


@pytest.mark.parametrize("text,expected", [
    ("He looks forward to meeting her in the coming weeks.", [("the coming weeks", "PXW")]),
    ("Trade has grown in recent years.", [("recent years", "PXY")]),
])
def test_timeml_profile_keeps_vague_durations(run_timeml, text, expected):
    assert _dates(run_timeml(text)) == expected


@pytest.mark.parametrize("text,expected", [
    # TimeML annotates the two ends of a range joined by a word, when both are full expressions
    ("Shares were bought from Aug. 26 to Oct. 20, 2021.", [("Aug. 26", "2021-08-26"), ("Oct. 20, 2021", "2021-10-20")]),
    ("He was convicted twice from 1991 to 1997.", [("1991", "1991"), ("1997", "1997")]),
    ("The fair runs from 28 November to 3 December 2021.", [("28 November", "2021-11-28"),
                                                           ("3 December 2021", "2021-12-03")]),
    ("Rains last from June to September 2021.", [("June", "2021-06"), ("September 2021", "2021-09")]),
    ("The summit was held on April 24 and 25, 2021.", [("April 24", "2021-04-24"), ("25, 2021", "2021-04-25")]),
    ("The talks lasted nearly three hours.", [("nearly three hours", "PT3H")]),
    # ... a bare end day or a hyphen keeps one range
    ("The talks ran from June 13 to 20, 2021.", [("June 13 to 20, 2021", "2021-06-13/2021-06-20")]),
    ("The plan covers 2024-2027.", [("2024-2027", "2024/2027")]),
])
def test_timeml_profile_splits_worded_ranges(run_timeml, text, expected):
    assert _dates(run_timeml(text)) == expected


@pytest.mark.parametrize("text,expected", [
    ("Shares were bought from Aug. 26 to Oct. 20, 2021.", [("Aug. 26 to Oct. 20, 2021", "2021-08-26/2021-10-20")]),
    # day-first across months, across the year end; months to months, the year from the end or the context
    ("The fair runs from 28 November to 3 December 2021.", [("28 November to 3 December 2021",
                                                            "2021-11-28/2021-12-03")]),
    ("The mission will stay from 30 December to 2 January.", [("30 December to 2 January",
                                                              "2021-12-30/2022-01-02")]),
    ("Rains last from June to September 2021.", [("June to September 2021", "2021-06/2021-09")]),
    ("The closure ran from November to February 2021.", [("November to February 2021", "2020-11/2021-02")]),
    ("Exports were suspended from June to September.", [("June to September", "2021-06/2021-09")]),
    # not a range: one month twice, a modal "may"
    ("Talks may continue in June.", [("June", "2022-06")]),
])
def test_press_keeps_a_worded_range_whole(run_doc, text, expected):
    assert _dates(run_doc(text, DOC)) == expected


def test_press_profile_keeps_annual(run_doc):
    """SPEC: "annual" -> P1Y, whatever it modifies."""
    assert _dates(run_doc("Shareholders approved the plan at the annual meeting.", DOC)) == [("annual", "P1Y")]


@pytest.mark.parametrize("text,doc_date,expected", [
    ("Turnout was high on Election Day.", "2022-11-20", [("Election Day", "2022-11-08")]),
    ("Voters go to the polls on Election Day.", "2024-10-01", [("Election Day", "2024-11-05")]),
    ("The ceasefire began on Good Friday.", "2024-04-10", [("Good Friday", "2024-03-29")]),
    ("The rules should be in place by year's end.", DOC, [("year's end", "2021")]),
])
def test_holidays_and_year_end(run_doc, text, doc_date, expected):
    assert _dates(run_doc(text, doc_date)) == expected


def test_types_and_rules_are_recorded(run_doc):
    doc = run_doc("The three-day visit began on Monday and talks are held annually.", DOC)
    got = {m.text: (m.type, m.rule) for m in doc._.dates}
    assert got["three-day"][0] == "DURATION"
    assert got["Monday"][0] == "DATE"
    assert got["annually"][0] == "SET"
    assert all(rule for _, rule in got.values())


def test_offsets_point_into_text(run_doc):
    text = "On Wednesday, June 1, 2022, the envoys met. They meet again next month."
    doc = run_doc(text, None)
    assert doc._.dates
    for m in doc._.dates:
        assert text[m.start:m.end] == m.text
    assert [m.start for m in doc._.dates] == sorted(m.start for m in doc._.dates)


def test_doc_date_inferred_from_text(run_doc):
    text = ("The ministers spoke on April 29, 2018. The dialogue was held on June 1. "
            "A subcommittee met in May, and the envoys met Wednesday.")
    doc = run_doc(text, None)
    assert doc._.doc_date == "2018-06-01" and doc._.doc_date_source == "text"
    got = {m.text: (m.value, m.anchor) for m in doc._.dates}
    assert got["June 1"] == ("2018-06-01", "year_inferred")
    assert got["May"][0] == "2018-05"
    assert got["Wednesday"][0] == "2018-05-30"


def test_no_inference_without_full_dates(run_doc):
    doc = run_doc("The envoys met on Wednesday. Diplomatic ties date from 1991; the celebration runs this year.", None)
    assert doc._.doc_date is None and doc._.doc_date_source == "none"
    assert _dates(doc) == [("Wednesday", "XXXX-WXX-3"), ("1991", "1991"), ("this year", "XXXX")]
    assert [m.resolved for m in doc._.dates] == [False, True, False]


@pytest.mark.parametrize("text,doc_date,next_month", [
    # a full date older than an office-holder's term is background, not the page's events
    ("Prime Minister Keir Starmer will visit Oslo next month. The two countries signed a treaty on 12 June 1950.",
     None, "XXXX-XX"),
    ("Prime Minister Keir Starmer met his Norwegian counterpart on 3 March 2025 and will return next month.",
     "2025-03-03", "2025-04"),
    # without an office, or with a name the lexicon lacks, nothing bounds the date
    ("Keir Starmer will visit Oslo next month. The two countries signed a treaty on 12 June 1950.",
     "1950-06-12", "1950-07"),
])
def test_office_holders_bound_the_inferred_doc_date(run_doc, text, doc_date, next_month):
    doc = run_doc(text, None)
    assert doc._.doc_date == doc_date
    assert dict(_dates(doc))["next month"] == next_month


@pytest.mark.parametrize("text,doc_date", [
    # a day of the story's own events dates the page
    ("The two foreign ministers met in Rabat on 4 February 2025 and agreed to meet again next month.", "2025-02-04"),
    ("The leaders discussed over the phone on April 29, 2018, the outcome of the summit.", "2018-04-29"),
    # a day told as background dates an earlier event, not the page: a recalled visit, a "since" phrase, a
    # participial or relative clause
    ("The minister recalled the visit of the late King to Amman on 14 May 2019, and the talks on Tuesday were frank.",
     None),
    ("It is the first visit since the floods of 3 October 2024. On Wednesday the leaders toured the port.", None),
    ("He referred to the visit of the late King to Amman on Monday, 14 May 2019, and said the ties are strong.", None),
    ("Trade has doubled since the summit, held in Doha on 19 July 2023, and the ministers met on Sunday.", None),
    # nor does a day still to come
    ("The ministers met on 13 October 2025 and agreed that visas will be waived from 1 January 2026.", "2025-10-13"),
    ("The two states agreed that visas will be waived from 1 January 2026.", None),
])
def test_background_days_do_not_date_the_page(run_doc, text, doc_date):
    doc = run_doc(text, None)
    assert doc._.doc_date == doc_date
    assert doc._.doc_date_source == ("text" if doc_date else "none")


def test_metadata_doc_date_is_never_overwritten(run_doc):
    doc = run_doc("The talks of April 29, 2018 were followed by talks on Wednesday.", DOC)
    assert doc._.doc_date == DOC and doc._.doc_date_source == "metadata"
    assert dict(_dates(doc))["Wednesday"] == "2021-11-24"


def test_profile_must_be_known():
    from pipeline.components.dates import DatesComponent

    with pytest.raises(ValueError):
        DatesComponent(profile="bogus")


def test_entity_fallback_never_uses_today():
    from pipeline.components.dates import _dateparser_frame

    assert _dateparser_frame("next Tuesday") is None  # no explicit year: never parsed against a base date
    assert _dateparser_frame("the 30th anniversary") is None
    f = _dateparser_frame("2018.06.01")
    assert f is None or f.p["value"].startswith("2018")


# --------------------------------------------------------------------- gold seeds
def _gold(stem: str) -> dict:
    return json.loads(next(GOLD.glob(f"{stem}_*.json")).read_text(encoding="utf-8"))


def _body(stem: str) -> str:
    """The sample's body: raw text minus the lines the gold marks as chrome and the title."""
    gold = _gold(stem)
    raw = next((SHARED / "data" / "raw").glob(f"{stem}_*.txt")).read_text(encoding="utf-8")
    chrome = {s.strip() for s in gold["body_without"]} | {(gold.get("title") or "").strip()}
    lines = [ln for ln in raw.splitlines() if ln.strip() and ln.strip() not in chrome]
    return "\n\n".join(lines)


def _score(got: list[tuple[str, str]], gold: list[tuple[str, str]]) -> tuple[float, float]:
    """Extent F1 (by surface) and value F1 (surface and value), multiset matching."""
    def f1(a: Counter, b: Counter) -> float:
        tp = sum((a & b).values())
        p = tp / sum(a.values()) if a else 0.0
        r = tp / sum(b.values()) if b else 0.0
        return 2 * p * r / (p + r) if p + r else 0.0

    ext = f1(Counter(t for t, _ in got), Counter(t for t, _ in gold))
    val = f1(Counter(got), Counter(gold))
    return ext, val


@needs_shared
def test_gold_000_without_doc_date(run_doc):
    gold = [(d["text"], d["value"]) for d in _gold("000")["dates"]]
    doc = run_doc(_body("000"), None)
    ext, val = _score(_dates(doc), gold)
    assert ext >= 0.95 and val >= 0.95, (_dates(doc), gold)
    assert doc._.doc_date_source == "text"


@needs_shared
def test_gold_000_with_doc_date(run_doc):
    gold = [(d["text"], d["value"]) for d in _gold("000")["dates"]]
    doc = run_doc(_body("000"), "2018-06-01")
    ext, val = _score(_dates(doc), gold)
    assert ext >= 0.95 and val >= 0.95, (_dates(doc), gold)


@needs_shared
def test_gold_003_without_doc_date(run_doc):
    gold = [(d["text"], d["value"]) for d in _gold("003")["dates"]]
    doc = run_doc(_body("003"), None)
    ext, val = _score(_dates(doc), gold)
    assert ext >= 0.95 and val >= 0.95, (_dates(doc), gold)
    assert all(not m.resolved for m in doc._.dates if "X" in m.value)


@needs_shared
def test_gold_003_with_doc_date(run_doc):
    g = _gold("003")
    values = g["dates_with_doc_date"]["values"]
    gold = [(d["text"], values.get(d["text"], d["value"])) for d in g["dates"]]
    doc = run_doc(_body("003"), g["dates_with_doc_date"]["doc_date"])
    ext, val = _score(_dates(doc), gold)
    assert ext >= 0.95 and val >= 0.95, (_dates(doc), gold)



@pytest.mark.parametrize("page,expected", [
    # the issuing state's fiscal year: South Africa's runs April to March, as does India's; Japan names it by
    # the year it starts in, India by the year it ends in
    ("Department of International Relations and Cooperation\nRepublic of South Africa\n\nSouth Africa and "
     "Eritrea agree to cooperate\n\nSouth Africa will fund the programme during the 2025/26 financial year, the "
     "minister said.\n", [("the 2025/26 financial year", "2025-04/2026-03")]),
    ("Ministry of Foreign Affairs of Japan\n\nJapan-Indonesia Foreign Ministers' Meeting\n\nJapan intends to "
     "provide coastal radars to the Indonesian agency in FY2025, the two ministers confirmed.\n",
     [("FY2025", "2025-04/2026-03")]),
    ("Ministry of External Affairs\nGovernment of India\n\nIndia-Chile Joint Statement\n\nBilateral trade "
     "reached US$ 3.8 billion in the financial year 2023-24 and is expected to grow in FY2025, the leaders noted.\n",
     [("the financial year 2023-24", "2023-04/2024-03"), ("FY2025", "2024-04/2025-03")]),
    # no issuing state: the years the name gives
    ("Bilateral trade reached 3 billion in the financial year 2023-24 and will grow in FY2025, the leaders said.\n",
     [("the financial year 2023-24", "2023/2024"), ("FY2025", "2025")]),
    # a state written with the fiscal year: its own year, whoever issues the page
    ("Chief Adviser's Press Wing\n\nBangladesh and Japan agree\n\nJapan will provide 100 billion yen in "
     "Japan's fiscal year 2025, the agency said.\n", [("fiscal year 2025", "2025-04/2026-03")]),
])
def test_fiscal_years_follow_the_issuing_state(page, expected):
    dates = [(d.text, d.value) for d in pipeline.extract(page, doc_date="2025-03-13").dates]
    assert dates == expected
