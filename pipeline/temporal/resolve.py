"""Resolution: a :class:`Frame` plus its context → a TIMEX3 value.

TimeML anchoring, as SPEC.md asks:
- deictic expressions ("yesterday", "last month", "this year", weekdays,
  "three years ago") anchor on the document date;
- anaphoric ones ("two days before", "a year earlier", "the next day",
  "the quarter") anchor on the previous date of the discourse, falling back
  to the document date;
- a month-day or bare month without a year takes its year from an explicit
  year earlier in the same sentence, else from the document date and the
  tense (past events look back, plans look forward, otherwise the nearest);
- when no anchor exists the known parts stay and X's fill the rest
  (``XXXX-WXX-3``), with ``resolved=False``.

Nothing here reads the clock: with no anchor the value keeps its X's.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date, timedelta
from typing import Optional

from .frames import Frame, Resolved
from .lexicon import HOLIDAY_RULE

# A "past" month-day up to this many days after the document date is a deadline
# or a tense-detection error ("extended to Nov. 20"), not last year's date.
SLACK_DAYS = 45


@dataclass
class Anchor:
    """A (possibly partial) calendar date: the document date."""

    year: int
    month: Optional[int] = None
    day: Optional[int] = None

    @classmethod
    def parse(cls, value: Optional[str]) -> Optional["Anchor"]:
        if not value:
            return None
        m = re.match(r"^(\d{4})(?:-(\d\d)(?:-(\d\d))?)?", value)
        if not m:
            return None
        y, mo, d = m.group(1), m.group(2), m.group(3)
        return cls(int(y), int(mo) if mo else None, int(d) if d else None)

    @property
    def date(self) -> Optional[date]:
        if self.month and self.day:
            return date(self.year, self.month, self.day)
        return None


@dataclass
class Prior:
    """A date already resolved in the discourse (for anaphoric anchoring)."""

    value: str
    gran: str
    sentence: int = -1
    explicit_year: bool = False
    deictic: bool = False  # its year is told from now ("last year"), not written ("2017")
    span: bool = False  # the start of a range ("March 5 to 9"): no reference day for "the following day"
    since: bool = False  # "since 2007": the start of a period running to now, not the year under discussion
    background: bool = False  # in a clause told as background (see ``Candidate.background``)
    perfect: bool = False  # told in the past perfect (see ``Candidate.perfect``)
    end: int = -1  # where it ends in the text
    # closes a period ("by the end of 2027", "until 2030"): a deadline, not the time the sentence tells about
    bound: bool = False


@dataclass
class Context:
    dct: Optional[Anchor] = None
    inferred: bool = False  # the document date was inferred from the text
    tense: Optional[str] = None  # past | present | future | None
    sentence: int = -1
    priors: list[Prior] = field(default_factory=list)
    # the most recent day-level date of the discourse, resolved or not ("Tuesday" → XXXX-WXX-2)
    last_day: Optional[str] = None
    last_day_sentence: int = -1  # the sentence ``last_day`` was named in
    last_day_background: bool = False  # ``last_day`` was told as background or in the past perfect
    last_day_pod: Optional[str] = None  # the part of ``last_day`` it was named with ("Tuesday evening" → "EV")
    # the most recent day on which the story's events happen: not a deadline or a date a noun is named after
    # ("from 1 July", "the arrangement of November 27"), not far from the document's date
    event_day: Optional[str] = None
    # the expression is coordinated with what precedes it ("last year and in April"): a contrast,
    # so it does not borrow a deictic year from the sentence
    coordinated: bool = False
    # the fiscal year of the document's state: (first month, "start"|"end": the calendar year a one-year
    # name gives, "FY2025" in Japan starting, in India ending in it); None: unknown
    fiscal: Optional[tuple[int, str]] = None
    start: int = -1  # where the expression being resolved starts
    text: str = ""  # the text it is in (for the clause between it and an earlier date)

    # -- discourse helpers -------------------------------------------------
    def prev(self) -> Optional[Prior]:
        return self.priors[-1] if self.priors else None

    def prev_where(self, pred, *, gran: Optional[str] = None, sentence: Optional[int] = None) -> Optional[Prior]:
        """The latest prior satisfying ``pred``. ``gran``/``sentence``: a condition ``pred`` implies
        (``p.gran == gran``, ``p.sentence == sentence``), so only those priors are visited."""
        if gran is None and sentence is None:
            pool = self.priors
        else:
            by_gran, by_sent = self._prior_index()
            pool = by_gran.get(gran, ()) if gran is not None else by_sent.get(sentence, ())
        for p in reversed(pool):
            if pred(p):
                return p
        return None

    def _prior_index(self) -> tuple[dict, dict]:
        """``priors`` grouped by granularity and by sentence (list order kept), updated as it grows."""
        idx = self.__dict__.get("_pidx")
        if idx is None or idx[0] > len(self.priors) or (idx[0] and self.priors[idx[0] - 1] is not idx[3]):
            idx = self.__dict__["_pidx"] = [0, {}, {}, None]
        n = len(self.priors)
        if idx[0] < n:
            by_gran, by_sent = idx[1], idx[2]
            for p in self.priors[idx[0]:]:
                by_gran.setdefault(p.gran, []).append(p)
                by_sent.setdefault(p.sentence, []).append(p)
            idx[0], idx[3] = n, self.priors[-1]
        return idx[1], idx[2]

    def sentence_year(self) -> Optional[int]:
        # (not a year told in a relative clause: "the partnership the two countries signed in 2022, as the
        # minister made her first visit since taking office in May")
        p = self.prev_where(lambda p: p.sentence == self.sentence and p.explicit_year and not p.since and not p.span
                            and not (self.coordinated and p.deictic) and not p.background, sentence=self.sentence)
        if p is not None and p.gran == "year" and self.dct is not None and int(p.value[:4]) > self.dct.year + 3:
            # a distant target ("net-zero emissions by 2050 … host the summit in April") dates no month near it
            return None
        apart = p is not None and 0 <= p.end <= self.start and _CLAUSE_BREAK.search(self.text, p.end, self.start)
        if apart and p.deictic:
            # nor does a year told from now in another clause: "… state visit to India last year produced a plan,
            # and relics drew crowds across Vietnam in May" (this May)
            return None
        if p is not None and self.dct is not None and int(p.value[:4]) > self.dct.year and (p.bound or apart):
            # a year still to come dates no month outside its own clause, nor after a deadline: "raise trade by the
            # end of 2027 and sign an agreement before December", "host the meeting in 2027, and the minister will
            # travel to the region in the autumn" (the coming December, the coming autumn)
            return None
        return int(p.value[:4]) if p else None

    def flashback(self, story: Optional[date]) -> bool:
        """The day named last, though told as background, is the topic now: a day a month or more before the
        story's, named in this sentence or the one before ("the blackout … on 28 April. The grid collapsed at
        11:33 …"); a recent day a relative clause recalls is not ("the session, which opened on Monday")."""
        d = _to_date(self.last_day) if self.last_day and "X" not in self.last_day else None
        return (d is not None and story is not None and (story - d).days > 30
                and 0 <= self.sentence - self.last_day_sentence <= 1)

    def sentence_day(self) -> Optional[date]:
        p = self.prev_where(lambda p: p.sentence == self.sentence and p.gran == "day", sentence=self.sentence)
        return _to_date(p.value) if p else None

    def dct_anchor_name(self, kind: str) -> str:
        if self.inferred and kind in ("md", "month", "range", "holiday", "season"):
            return "year_inferred"
        return "doc_date"


# a clause of its own: after a comma with a conjunction or a condition, a semicolon, or a deadline's "and to …"
_CLAUSE_BREAK = re.compile(r",\s*(?:and|but|while|whereas|provided|if|once|when|unless)\b|;|\band\s+to\s+\w+", re.I)


# ---------------------------------------------------------------- helpers
def _to_date(v: str) -> Optional[date]:
    m = re.match(r"^(\d{4})-(\d\d)-(\d\d)", v)
    return date(int(m.group(1)), int(m.group(2)), int(m.group(3))) if m else None


def _safe_date(y: int, m: int, d: int) -> date:
    while True:
        try:
            return date(y, m, d)
        except ValueError:
            d -= 1  # Feb 29 in a common year → Feb 28


def _add_months(y: int, m: int, n: int) -> tuple[int, int]:
    k = y * 12 + (m - 1) + n
    return k // 12, k % 12 + 1


def _week(d: date) -> str:
    iy, iw, _ = d.isocalendar()
    return f"{iy:04d}-W{iw:02d}"


def _quarter_of(month: int) -> int:
    return (month - 1) // 3 + 1


def _fmt_day(d: date) -> str:
    return d.isoformat()


def _unresolved(value: str, typ: str, gran: str) -> Resolved:
    return Resolved(value, typ, "none", False, gran)


def pick_year_for_day(month: int, day: int, dct: date, tense: Optional[str], *, nearest: bool = False,
                      weekday: Optional[int] = None) -> int:
    """Year of a month-day without one: past looks back, future forward, else nearest."""
    y = dct.year
    if weekday:
        cands = [yy for yy in (y - 1, y, y + 1) if _safe_date(yy, month, day).isoweekday() == weekday]
        if cands:
            return min(cands, key=lambda yy: abs((_safe_date(yy, month, day) - dct).days))
    cand = _safe_date(y, month, day)
    if not nearest and tense == "reported_future":
        # a plan reported in the past: the nearest such day, leaning ahead (up to eight months on; back up to four)
        return min((y - 1, y, y + 1), key=lambda yy: abs((_safe_date(yy, month, day) - dct).days - 60))
    if not nearest and tense == "past":
        return y - 1 if (cand - dct).days > SLACK_DAYS else y
    if not nearest and tense == "future":
        return y + 1 if (dct - cand).days > SLACK_DAYS else y
    return min((y - 1, y, y + 1), key=lambda yy: abs((_safe_date(yy, month, day) - dct).days))


def pick_year_for_month(month: int, dct: Anchor, tense: Optional[str], rel: Optional[str]) -> int:
    y = dct.year
    if dct.month is None:
        return y
    dm = dct.month
    if rel in ("this",):
        return y
    if rel in ("next", "coming", "this coming"):
        return y if month > dm else y + 1
    if rel in ("last", "past", "this past"):
        return y if month < dm else y - 1
    if tense == "reported_future":
        return y if month >= dm - 4 else y + 1  # a plan reported in the past: ahead, unless a few months back
    if tense == "past":
        return y if month <= dm + 1 else y - 1  # next month: a deadline or tense error
    if tense == "future":
        return y if month >= dm else y + 1
    diff = month - dm
    if diff > 6:
        return y - 1
    if diff < -6:
        return y + 1
    return y


# ---------------------------------------------------------------- resolver
def resolve(frame: Frame, ctx: Context) -> Resolved:
    """TIMEX3 value of ``frame`` in ``ctx`` (pure; no clock)."""
    fn = _RESOLVERS[frame.kind]
    return fn(frame, ctx)


def _fiscal(f: Frame, ctx: Context) -> Resolved:
    """A fiscal year: the months it runs when the document's state is known ("the 2025/26 financial year"
    in South Africa → ``2025-04/2026-03``), else the years its name gives ("2025/2026", "2025")."""
    start, year = f.p.get("start"), f.p.get("year")
    fiscal = f.p.get("fiscal") or ctx.fiscal  # the state written with it, else the issuing state's
    if fiscal is None or fiscal[0] == 1:
        value = f"{start}/{start + 1}" if start is not None else f"{year:04d}"
        return Resolved(value, "DATE", "absolute", True, "year")
    month, naming = fiscal
    if start is None:
        start = year if naming == "start" else year - 1
    end_month = month - 1
    return Resolved(f"{start:04d}-{month:02d}/{start + 1:04d}-{end_month:02d}", "DATE", "absolute", True, "month")


def _abs(f: Frame, ctx: Context) -> Resolved:
    return Resolved(f.p["value"], f.type, "absolute", True, f.p.get("gran", ""))


def _md(f: Frame, ctx: Context) -> Resolved:
    mon, day = f.p["month"], f.p["day"]
    yrel, pod = f.p.get("yrel"), f.p.get("pod")
    sfx, gran = (f"T{pod}", "time") if pod else ("", "day")
    if yrel:  # "November 15 last year"
        if ctx.dct is None:
            return _unresolved(f"XXXX-{mon:02d}-{day:02d}{sfx}", f.type, gran)
        y = ctx.dct.year + {"last": -1, "this": 0, "next": 1}[yrel]
        return Resolved(_fmt_day(_safe_date(y, mon, day)) + sfx, f.type, "doc_date", True, gran)
    y, anchor = _year_for(mon, day, ctx, kind="md", weekday=f.p.get("weekday"))
    if y is None:
        return _unresolved(f"XXXX-{mon:02d}-{day:02d}{sfx}", f.type, gran)
    return Resolved(_fmt_day(_safe_date(y, mon, day)) + sfx, f.type, anchor, True, gran)


def _year_for(mon: int, day: Optional[int], ctx: Context, *, kind: str, weekday: Optional[int] = None,
              rel: Optional[str] = None) -> tuple[Optional[int], str]:
    # "exchanges in 2017 were … in May, … in July": a bare month borrows the
    # sentence's explicit year (a month-day keeps the document's, as it names a
    # specific event the reader can date from the release).
    sy = ctx.sentence_year() if day is None else None
    if sy is not None and rel is None and not (ctx.tense == "future" and ctx.dct is not None and sy < ctx.dct.year) \
            and not (ctx.tense == "past" and ctx.dct is not None and ctx.dct.date is not None
                     and (sy, mon) > (ctx.dct.date.year, ctx.dct.date.month)):
        # (not a past year for a month told as a plan: "the visit in August 2023 … preparations for the
        # celebrations in November"; nor a month still to come for a past act: "… before the end of the year,
        # and recalled that the negotiations were concluded in December")
        return sy, "previous_date"
    if ctx.dct is None:
        return None, "none"
    anchor = ctx.dct_anchor_name(kind)
    if day is not None and ctx.dct.date is not None:
        return pick_year_for_day(mon, day, ctx.dct.date, ctx.tense, nearest=ctx.inferred, weekday=weekday), anchor
    return pick_year_for_month(mon, ctx.dct, ctx.tense, rel), anchor


def _month(f: Frame, ctx: Context) -> Resolved:
    mon, rel, yrel = f.p["month"], f.p.get("rel"), f.p.get("yrel")
    if yrel:
        if ctx.dct is None:
            return _unresolved(f"XXXX-{mon:02d}", f.type, "month")
        y = ctx.dct.year + {"last": -1, "this": 0, "next": 1}[yrel]
        return Resolved(f"{y:04d}-{mon:02d}", f.type, "doc_date", True, "month")
    y, anchor = _year_for(mon, None, ctx, kind="month", rel=rel)
    if y is None:
        return _unresolved(f"XXXX-{mon:02d}", f.type, "month")
    return Resolved(f"{y:04d}-{mon:02d}", f.type, anchor, True, "month")


def _range(f: Frame, ctx: Context) -> Resolved:
    (m1, d1), (m2, d2) = f.p["a"], f.p["b"]
    y = f.p.get("year")
    anchor = "absolute"
    if y is None:
        y, anchor = _year_for(m1, d1, ctx, kind="range")
    if y is None:
        return _unresolved(f"XXXX-{m1:02d}-{d1:02d}/XXXX-{m2:02d}-{d2:02d}", f.type, "day")
    y2 = y + 1 if (m2, d2) < (m1, d1) else y
    return Resolved(f"{_safe_date(y, m1, d1)}/{_safe_date(y2, m2, d2)}", f.type, anchor, True, "day")


def _month_range(f: Frame, ctx: Context) -> Resolved:
    """"June to September": the months from the first to the last, the year told as for the first month."""
    m1, m2 = f.p["a"], f.p["b"]
    y = f.p.get("year")
    anchor = "absolute"
    if y is not None and m2 < m1:
        y, y2 = y - 1, y  # "November to February 2025": the year is the end's
    elif y is None:
        y, anchor = _year_for(m1, None, ctx, kind="month")
        if y is None:
            return _unresolved(f"XXXX-{m1:02d}/XXXX-{m2:02d}", f.type, "month")
        y2 = y + (m2 < m1)
    else:
        y2 = y
    return Resolved(f"{y:04d}-{m1:02d}/{y2:04d}-{m2:02d}", f.type, anchor, True, "month")


def _weekday(f: Frame, ctx: Context) -> Resolved:
    wd, rel, pod = f.p["wd"], f.p.get("rel"), f.p.get("pod")
    suffix = f"T{pod}" if pod else ""
    dct = ctx.dct.date if ctx.dct else None
    if dct is None:
        return _unresolved(f"XXXX-WXX-{wd}{suffix}", f.type, "day")
    delta = wd - dct.isoweekday()
    if rel in ("next", "coming", "this coming"):
        d = dct + timedelta(days=(delta % 7) or 7)
    elif rel in ("last", "past", "this past"):
        d = dct - timedelta(days=((-delta) % 7) or 7)
    elif rel == "this":
        d = dct + timedelta(days=delta)  # same ISO week
    elif rel == "that" and (p := ctx.prev_where(lambda p: p.gran == "day" and (d0 := _to_date(p.value)) is not None
                                                 and d0.isoweekday() == wd, gran="day")) is not None:
        # "What happened that Monday": the Monday the text has already named ("on 28 April")
        return Resolved(p.value[:10] + suffix, f.type, "previous_date", True, "day")
    elif rel in ("previous", "preceding", "prior"):
        # "the previous Friday": the one before the day under discussion
        p = ctx.prev_where(lambda p: p.gran == "day", gran="day")
        base = _to_date(p.value) if p else None
        base = base or dct
        d = base - timedelta(days=((base.isoweekday() - wd) % 7) or 7)
        return Resolved(_fmt_day(d) + suffix, f.type, "previous_date" if p else "doc_date", True, "day")
    elif ctx.tense == "future":
        d = dct + timedelta(days=delta % 7)
    elif ctx.tense in ("nearest", "reported_future"):
        fwd, back = delta % 7, (-delta) % 7
        d = dct + timedelta(days=fwd) if fwd <= back else dct - timedelta(days=back)
    else:
        d = dct - timedelta(days=(-delta) % 7)
    return Resolved(_fmt_day(d) + suffix, f.type, "doc_date", True, "day")


def _wd_range(f: Frame, ctx: Context) -> Resolved:
    """"Monday to Thursday": the first day resolved as a weekday alone, the last the first such day on or
    after it."""
    wd1, wd2 = f.p["a"], f.p["b"]
    first = _weekday(Frame("weekday", {"wd": wd1, "rel": None, "pod": None}, "DATE"), ctx)
    d1 = _to_date(first.value) if first.resolved else None
    if d1 is None:
        return _unresolved(f"XXXX-WXX-{wd1}/XXXX-WXX-{wd2}", f.type, "day")
    d2 = d1 + timedelta(days=(wd2 - wd1) % 7)
    return Resolved(f"{_fmt_day(d1)}/{_fmt_day(d2)}", f.type, first.anchor, True, "day")


def _week_of(f: Frame, ctx: Context) -> Resolved:
    """"the week of March 6": the ISO week holding the day (its year chosen as for the day alone)."""
    r = resolve(f.p["date"], ctx)
    d = _to_date(r.value) if r.resolved and r.value else None
    if d is None:
        return _unresolved("XXXX-WXX", f.type, "week")
    return Resolved(_week(d), f.type, r.anchor, True, "week")


def _week_of_month(f: Frame, ctx: Context) -> Resolved:
    """"the first week of December": the ISO week of the month's first Monday ("the last week of": its last)."""
    mon, n, y = f.p["month"], f.p["n"], f.p.get("year")
    anchor = "absolute"
    if y is None:
        y, anchor = _year_for(mon, None, ctx, kind="month")
        if y is None:
            return _unresolved("XXXX-WXX", f.type, "week")
    first = date(y, mon, 1)
    mondays = [first + timedelta(days=k) for k in range(31) if (first + timedelta(days=k)).month == mon
               and (first + timedelta(days=k)).isoweekday() == 1]
    full = [m for m in mondays if (m + timedelta(days=6)).month == mon]  # "the last week": the last whole one
    d = (full or mondays)[-1] if n == -1 else mondays[min(n, len(mondays)) - 1]
    return Resolved(_week(d), f.type, anchor, True, "week")


def _relday(f: Frame, ctx: Context) -> Resolved:
    pod = f.p.get("pod")
    suffix = f"T{pod}" if pod else ""
    dct = ctx.dct.date if ctx.dct else None
    if dct is None:
        return _unresolved("XXXX-XX-XX" + suffix, f.type, "day")
    return Resolved(_fmt_day(dct + timedelta(days=f.p["offset"])) + suffix, f.type, "doc_date", True, "day")


_REL_STEP = {
    "this": 0, "current": 0, "present": 0, "the": 0, "same": 0, "that": 0,
    "last": -1, "past": -1, "previous": -1, "prior": -1, "this past": -1,
    "next": 1, "coming": 1, "following": 1, "this coming": 1,
}
_ANAPHORIC = {"previous", "prior", "following", "same", "that"}
_GRAN_RANK = {"day": 0, "week": 1, "weekend": 1, "month": 2, "quarter": 3, "year": 4, "decade": 5, "century": 6}


def _shift(value_gran: tuple[date, str], n: int) -> tuple[str, str]:
    d, gran = value_gran
    if gran == "day":
        return _fmt_day(d + timedelta(days=n)), "day"
    if gran == "week":
        return _week(d + timedelta(weeks=n)), "week"
    if gran == "weekend":
        return _week(d + timedelta(weeks=n)) + "-WE", "week"
    if gran == "month":
        y, m = _add_months(d.year, d.month, n)
        return f"{y:04d}-{m:02d}", "month"
    if gran == "quarter":
        k = d.year * 4 + _quarter_of(d.month) - 1 + n
        return f"{k // 4:04d}-Q{k % 4 + 1}", "quarter"
    if gran == "year":
        return f"{d.year + n:04d}", "year"
    if gran == "decade":
        return f"{d.year // 10 + n:03d}", "decade"
    if gran == "century":
        return f"{d.year // 100 + n:02d}", "century"
    raise ValueError(gran)


def _prior_date(p: Prior) -> Optional[tuple[date, str]]:
    """A representative date and granularity for a previous mention."""
    v = p.value.split("/")[0]
    m = re.match(r"^(\d{4})(?:-(\d\d)(?:-(\d\d))?)?$", v)
    if m:
        y, mo, d = int(m.group(1)), m.group(2), m.group(3)
        if d:
            return date(y, int(mo), int(d)), "day"
        if mo:
            return date(y, int(mo), 1), "month"
        return date(y, 1, 1), "year"
    m = re.match(r"^(\d{4})-Q(\d)$", v)
    if m:
        return date(int(m.group(1)), (int(m.group(2)) - 1) * 3 + 1, 1), "quarter"
    m = re.match(r"^(\d{4})-W(\d\d)", v)
    if m:
        return date.fromisocalendar(int(m.group(1)), int(m.group(2)), 1), "week"
    return None


def _relunit(f: Frame, ctx: Context) -> Resolved:
    rel, unit = f.p["rel"], f.p["unit"]
    if rel == "the" and unit == "year":
        rel = "this"
    step = _REL_STEP.get(rel, 0)
    gran = {"week": "week", "weekend": "weekend", "fortnight": "week", "month": "month", "year": "year",
            "decade": "decade", "century": "century"}[unit]
    base: Optional[date] = None
    anchor = "doc_date"
    if rel in _ANAPHORIC:
        p = ctx.prev()
        pd = _prior_date(p) if p else None
        if pd and _GRAN_RANK.get(pd[1], 9) <= _GRAN_RANK.get(gran, 9):
            # ("the following week" after "in April" is not told from April: a coarser date gives no week)
            base, anchor = pd[0], "previous_date"
    if base is None and ctx.dct is not None:
        dd = ctx.dct.date
        if dd is not None:
            base = dd
        elif gran in ("year", "decade", "century"):
            base = date(ctx.dct.year, 1, 1)
        elif gran == "month" and ctx.dct.month:
            base = date(ctx.dct.year, ctx.dct.month, 1)
    if base is not None and gran == "weekend" and rel == "the" and anchor == "doc_date" and ctx.tense != "future":
        # "over the weekend" in a report: the latest weekend on or before the document date
        if base.isoweekday() < 6:
            step = -1
    if base is None:
        unk = {"week": "XXXX-WXX", "weekend": "XXXX-WXX-WE", "month": "XXXX-XX", "year": "XXXX",
               "decade": "XXX", "century": "XX"}[gran]
        return _unresolved(unk, f.type, gran)
    value, g = _shift((base, gran), step)
    return Resolved(value, f.type, anchor, True, g)


def _offset(f: Frame, ctx: Context) -> Resolved:
    n, unit, sign, ref = f.p["n"], f.p["unit"], f.p["sign"], f.p["ref"]
    if "*" in unit:
        unit, k = unit.split("*")
        n = None if n is None else n * int(k)
    if unit.startswith("T:"):
        from .grammar import duration_value

        return Resolved(duration_value(n, unit), "DURATION", "absolute", True, "")
    if n is None or n != int(n):
        return Resolved("PAST_REF" if sign < 0 else "FUTURE_REF", f.type, "doc_date", True, "")
    n = int(n) * sign
    gran = {"D": "day", "W": "week", "M": "month", "Q": "quarter", "Y": "year", "DE": "decade", "CE": "century"}.get(unit)
    if gran is None:
        return _unresolved("XXXX", f.type, "")
    base: Optional[tuple[date, str]] = None
    anchor = "doc_date"
    if ref == "prev":
        p = ctx.prev()
        if gran in ("day", "week") and p is not None and (p.gran != "day" or p.since):
            # "Two days later" after "in force since October 2021": counted from the last day the story names
            p = ctx.prev_where(lambda q: not q.since, gran="day") or p
        pd = _prior_date(p) if p else None
        if gran in ("day", "week") and pd and ctx.event_day and ctx.dct is not None and ctx.dct.date is not None \
                and not ctx.inferred and p.sentence != ctx.sentence \
                and abs((ctx.dct.date - pd[0]).days) > 30 and _to_date(ctx.event_day) is not None:
            # the last day named is background ("the Jeddah Declaration of 11 May 2023"): the story's own day
            pd = (_to_date(ctx.event_day), "day")
        if pd:
            base, anchor = pd, "previous_date"
    if base is None and ctx.dct is not None:
        if ctx.dct.date is not None:
            base = (ctx.dct.date, "day")
        elif ctx.dct.month:
            base = (date(ctx.dct.year, ctx.dct.month, 1), "month")
        else:
            base = (date(ctx.dct.year, 1, 1), "year")
    if base is None:
        unk = {"day": "XXXX-XX-XX", "week": "XXXX-WXX", "month": "XXXX-XX", "quarter": "XXXX-QX",
               "year": "XXXX", "decade": "XXX", "century": "XX"}[gran]
        return _unresolved(unk, f.type, gran)
    if gran == "year" and n == -1:
        # "profit rose from $X a year ago": the year-ago quarter of the quarter under discussion
        q = ctx.prev_where(lambda p: p.sentence >= ctx.sentence - 1 and p.gran == "quarter", gran="quarter")
        qd = _prior_date(q) if q else None
        if qd:
            return Resolved(_shift((qd[0], "quarter"), -4)[0], f.type, "previous_date", True, "quarter")
    bd, bg = base
    order = ["day", "week", "month", "quarter", "year", "decade", "century"]
    if bg == "quarter" and gran == "year":
        return Resolved(_shift((bd, "quarter"), 4 * n)[0], f.type, anchor, True, "quarter")
    if bg == "quarter" and gran == "quarter":
        return Resolved(_shift((bd, "quarter"), n)[0], f.type, anchor, True, "quarter")
    # the result is no finer than the anchor we know and than the unit counted
    if order.index(bg) > order.index(gran):
        if gran in ("day", "week") and bg in ("month", "year"):
            return _unresolved({"day": "XXXX-XX-XX", "week": "XXXX-WXX"}[gran], f.type, gran)
        target = bg
    else:
        target = gran
    if gran == "day":
        d2 = bd + timedelta(days=n)
    elif gran == "week":
        d2 = bd + timedelta(weeks=n)
    elif gran == "month":
        y, m = _add_months(bd.year, bd.month, n)
        d2 = _safe_date(y, m, bd.day)
    elif gran == "quarter":
        y, m = _add_months(bd.year, bd.month, 3 * n)
        d2 = _safe_date(y, m, bd.day)
    elif gran == "year":
        d2 = _safe_date(bd.year + n, bd.month, bd.day)
    elif gran == "decade":
        d2 = _safe_date(bd.year + 10 * n, bd.month, bd.day)
    else:
        d2 = _safe_date(bd.year + 100 * n, bd.month, bd.day)
    value, g = _shift((d2, target), 0)
    return Resolved(value, f.type, anchor, True, g)


def _discday(f: Frame, ctx: Context) -> Resolved:
    pod = f.p.get("pod")
    suffix = f"T{pod}" if pod else ""
    gran = "time" if pod else "day"
    # the latest day under discussion, not one told as background; a range only when no single day came
    # before it
    def from_day(d: date) -> Resolved:
        return Resolved(_fmt_day(d + timedelta(days=f.p["offset"])) + suffix, f.type, "previous_date", True, gran)

    story = _to_date(ctx.event_day) if ctx.event_day and "X" not in ctx.event_day else (
        ctx.dct.date if ctx.dct else None)
    same = ctx.prev_where(lambda p: not p.span and p.sentence == ctx.sentence, gran="day")
    if same is not None and (d := _to_date(same.value)) is not None:
        # "who began a visit on Monday and held a dinner with him that day", "Azoulay, who arrived on Monday
        # evening, flew to Mosul the following day": the day of this very sentence, though a relative clause
        # tells it
        return from_day(d)
    told = ctx.prev_where(lambda p: not p.span and not p.background, gran="day")
    if not ctx.last_day_background and ctx.flashback(story) and (told is None or told.value != ctx.last_day):
        # "the blackout … on 28 April. The grid collapsed at 11:33, and some areas waited until the next morning":
        # a clock time has made the day recalled the topic (right after the recalled day itself, "The same day"
        # is the story's: "… which established relations on 5 October 1992. The same day, …")
        return from_day(_to_date(ctx.last_day))
    p = (ctx.prev_where(lambda p: not p.span and not p.background and not p.perfect, gran="day")
         if f.p["offset"] == 0 else None) \
        or ctx.prev_where(lambda p: p.gran == "day" and not p.span and not p.background, gran="day") \
        or ctx.prev_where(lambda p: p.gran == "day" and not p.span, gran="day") \
        or ctx.prev_where(lambda p: p.gran == "day", gran="day")
    # ("Earlier in the day" after "the King had welcomed him on Tuesday": the story's own day, not the one
    # told in the past perfect)
    ev = _to_date(ctx.event_day) if f.p.get("story") and ctx.event_day and "X" not in ctx.event_day else None
    if ev is not None and p is not None and p.value != ctx.event_day and (d := _to_date(p.value)) is not None \
            and ctx.dct is not None and ctx.dct.date is not None and abs((d - ctx.dct.date).days) > 30:
        # "… the mission's closure on 31 December 2025. Later in the day, …": the story's day, not a far date
        # a clause recalled
        return Resolved(_fmt_day(ev) + suffix, f.type, "previous_date", True, gran)
    if p is not None:
        d = _to_date(p.value)
        if d:
            return from_day(d)
    if ctx.dct and ctx.dct.date:
        return Resolved(_fmt_day(ctx.dct.date + timedelta(days=f.p["offset"])) + suffix, f.type, "doc_date", True, gran)
    m = re.fullmatch(r"XXXX-WXX-([1-7])", ctx.last_day or "")
    if m and abs(f.p["offset"]) <= 6:
        # no anchor, but the day before was a weekday: "Sunday … the following day" → XXXX-WXX-1
        wd = (int(m.group(1)) - 1 + f.p["offset"]) % 7 + 1
        return _unresolved(f"XXXX-WXX-{wd}" + suffix, f.type, gran)
    return _unresolved("XXXX-XX-XX" + suffix, f.type, gran)


def _quarter(f: Frame, ctx: Context) -> Resolved:
    q, y, yrel = f.p["q"], f.p.get("year"), f.p.get("yrel")
    if y:
        return Resolved(f"{y:04d}-Q{q}", f.type, "absolute", True, "quarter")
    if ctx.dct is None:
        return _unresolved(f"XXXX-Q{q}", f.type, "quarter")
    y = ctx.dct.year + (yrel or 0)
    if yrel is None and ctx.dct.month and q > _quarter_of(ctx.dct.month) and ctx.tense not in ("future", "reported_future"):
        y -= 1  # a quarter not yet begun is last year's, unless it is planned
    return Resolved(f"{y:04d}-Q{q}", f.type, "doc_date", True, "quarter")


def _quarter_rel(f: Frame, ctx: Context) -> Resolved:
    rel = f.p.get("rel")
    p = ctx.prev_where(lambda p: p.gran == "quarter", gran="quarter")
    step = {"previous": -1, "prior": -1, "year-earlier": -4, "year-ago": -4, "next": 1, "coming": 1}.get(rel or "", 0)
    if p is not None and rel not in ("current", "this", "next", "coming", "last", "past", "latest", "recent"):
        pd = _prior_date(p)
        if pd:
            return Resolved(_shift((pd[0], "quarter"), step)[0], f.type, "previous_date", True, "quarter")
    if ctx.dct is None or ctx.dct.month is None:
        return _unresolved("XXXX-QX", f.type, "quarter")
    base = date(ctx.dct.year, ctx.dct.month, 1)
    if rel in ("current", "this", "next", "coming"):
        return Resolved(_shift((base, "quarter"), step)[0], f.type, "doc_date", True, "quarter")
    # "the latest/last/past quarter", "the quarter": the last completed one
    return Resolved(_shift((base, "quarter"), step - 1 if step <= 0 else step)[0], f.type, "doc_date", True, "quarter")


def _quarter_year(f: Frame, ctx: Context) -> Resolved:
    """"the 1988 period": the quarter under discussion, in that year."""
    y = f.p["year"]
    p = ctx.prev_where(lambda p: p.gran == "quarter", gran="quarter")
    if p is not None:
        return Resolved(f"{y:04d}-Q{p.value[-1]}", f.type, "previous_date", True, "quarter")
    return Resolved(f"{y:04d}", f.type, "absolute", True, "year")


def _half(f: Frame, ctx: Context) -> Resolved:
    h, y, yrel = f.p["h"], f.p.get("year"), f.p.get("yrel")
    if y:
        return Resolved(f"{y:04d}-H{h}", f.type, "absolute", True, "half")
    if ctx.dct is None:
        return _unresolved(f"XXXX-H{h}", f.type, "half")
    return Resolved(f"{ctx.dct.year + (yrel or 0):04d}-H{h}", f.type, "doc_date", True, "half")


_SEASON_MONTHS = {"SP": (3, 5), "SU": (6, 8), "FA": (9, 11), "WI": (12, 14)}


def _season(f: Frame, ctx: Context) -> Resolved:
    s, rel, y = f.p["s"], f.p.get("rel"), f.p.get("year")
    if y:
        return Resolved(f"{y:04d}-{s}", f.type, "absolute", True, "season")
    sy = ctx.sentence_year()
    if sy is not None and rel in (None, "the"):
        return Resolved(f"{sy:04d}-{s}", f.type, "previous_date", True, "season")
    if ctx.dct is None:
        return _unresolved(f"XXXX-{s}", f.type, "season")
    yy, m = ctx.dct.year, ctx.dct.month or 6
    first, last = _SEASON_MONTHS[s]
    mm = m + 12 if (s == "WI" and m <= 2) else m
    if s == "WI" and m <= 2:
        yy -= 1  # January 1999 is in winter 1998
    if rel == "this":
        pass
    elif rel in ("last", "past", "this past"):
        yy = yy if mm > last else yy - 1
    elif rel == "next":
        # the first such season to begin, unless it is under way or about to begin: then that one is "this summer",
        # and "next summer" (said in May or in July) is the one after ("next winter" said in April is the coming one)
        yy = yy if mm < first - 1 else yy + 1
    elif rel in ("coming", "this coming"):
        yy = yy if mm < first else yy + 1
    elif ctx.tense == "past" and mm < first:
        yy -= 1
    elif ctx.tense == "future" and mm > last:
        yy += 1
    return Resolved(f"{yy:04d}-{s}", f.type, ctx.dct_anchor_name("season"), True, "season")


_TIME_DAY_REACH = 3  # sentences over which a clock time takes the day named before it


def _time(f: Frame, ctx: Context) -> Resolved:
    hm = f.p["hm"]
    inner = f.p.get("date")
    if inner is not None:
        r = resolve(inner, ctx)
        base = r.value.split("T")[0] if r.value else "XXXX-XX-XX"
        return Resolved(f"{base}T{hm}", "TIME", r.anchor, r.resolved, "time")
    d = ctx.sentence_day()
    if d is not None:
        return Resolved(f"{_fmt_day(d)}T{hm}", "TIME", "previous_date", True, "time")
    ev = _to_date(ctx.event_day) if ctx.event_day and "X" not in ctx.event_day else None
    if ctx.last_day_background and ev is not None and ctx.event_day != ctx.last_day and (
            ctx.dct is None or ctx.dct.date is None or ev <= ctx.dct.date) and not ctx.flashback(ev):
        # "The session, which opened on Monday, … told reporters shortly after 6 p.m.": the story's day, not the
        # one a relative clause recalls
        return Resolved(f"{ctx.event_day}T{hm}", "TIME", "previous_date", True, "time")
    if ctx.last_day and "X" not in ctx.last_day and "W" not in ctx.last_day and (
            ctx.dct is None or ctx.sentence < 0 or ctx.sentence - ctx.last_day_sentence <= _TIME_DAY_REACH):
        # "met on Thursday … The meeting began at 10:00": the day named just before; a clock time many
        # sentences on ("(The briefing was concluded at 2:51 p.m.)") is the document's day
        return Resolved(f"{ctx.last_day}T{hm}", "TIME", "previous_date", True, "time")
    if ctx.dct and ctx.dct.date:
        return Resolved(f"{_fmt_day(ctx.dct.date)}T{hm}", "TIME", "doc_date", True, "time")
    if ctx.dct is None and ctx.last_day:
        # no document date: "met on Thursday … The meeting began at 10:00 a.m." keeps the day it knows
        return Resolved(f"{ctx.last_day}T{hm}", "TIME", "previous_date", False, "time")
    return _unresolved(f"XXXX-XX-XXT{hm}", "TIME", "time")


def _pod(f: Frame, ctx: Context) -> Resolved:
    pod = f.p["pod"]
    if f.p.get("ref") == "dct":
        if ctx.dct and ctx.dct.date:
            return Resolved(f"{_fmt_day(ctx.dct.date)}T{pod}", "TIME", "doc_date", True, "time")
        return _unresolved(f"XXXX-XX-XXT{pod}", "TIME", "time")
    d = ctx.sentence_day()
    if d is not None:
        return Resolved(f"{_fmt_day(d)}T{pod}", "TIME", "previous_date", True, "time")
    day = ctx.event_day or (_fmt_day(ctx.dct.date) if ctx.dct and ctx.dct.date and ctx.last_day else ctx.last_day)
    if f.p.get("ref") == "context" and day:
        # "In the afternoon, …" after "held talks … on Tuesday": that day's afternoon (not the afternoon of a
        # deadline named since: "… from 1 July. In the afternoon, …"); unknown parts of the day stay X
        # ("XXXX-WXX-2TAF")
        if (pod == "MO" and day == ctx.last_day and ctx.last_day_pod in _LATE_PODS
                and (d := _to_date(day)) is not None):
            # "arrived in Vienna on Tuesday evening … In the morning, …": the story has moved on to the next day
            day = _fmt_day(d + timedelta(days=1))
        return Resolved(f"{day}T{pod}", "TIME", "previous_date", "X" not in day, "time")
    if f.p.get("ref") == "context_or_dct" and ctx.dct and ctx.dct.date:
        return Resolved(f"{_fmt_day(ctx.dct.date)}T{pod}", "TIME", "doc_date", True, "time")
    return _unresolved(f"XXXX-XX-XXT{pod}", "TIME", "time")


_LATE_PODS = frozenset({"EV", "NI"})


def _value_only(f: Frame, ctx: Context) -> Resolved:
    return Resolved(f.p["value"], f.type, "absolute", True, "")


def _easter(y: int) -> date:
    """Gregorian Easter Sunday (anonymous computus)."""
    a, b, c = y % 19, y // 100, y % 100
    d, e = b // 4, b % 4
    g = (8 * b + 13) // 25
    h = (19 * a + b - d - g + 15) % 30
    i, k = c // 4, c % 4
    l_ = (32 + 2 * e + 2 * i - h - k) % 7
    m = (a + 11 * h + 22 * l_) // 451
    month = (h + l_ - 7 * m + 114) // 31
    day = (h + l_ - 7 * m + 114) % 31 + 1
    return date(y, month, day)


def _nth_weekday(y: int, month: int, weekday: int, n: int) -> date:
    if n > 0:
        d = date(y, month, 1)
        d += timedelta(days=(weekday - d.isoweekday()) % 7)
        return d + timedelta(weeks=n - 1)
    nxt = date(y + (month == 12), month % 12 + 1, 1) - timedelta(days=1)
    return nxt - timedelta(days=(nxt.isoweekday() - weekday) % 7)


def holiday_date(rule: str, y: int) -> date:
    m = HOLIDAY_RULE.fullmatch(rule)
    if m is None:
        raise ValueError(f"bad holiday rule {rule!r}")
    if m.group("mo"):
        d = date(y, int(m.group("mo")), int(m.group("d")))
    elif m.group("wd"):
        d = _nth_weekday(y, int(m.group("nmo")), int(m.group("wd")), int(m.group("n")))
    else:
        d = _easter(y)
    return d + timedelta(days=int(m.group("shift") or 0))


def _holiday(f: Frame, ctx: Context) -> Resolved:
    rule, y = f.p["rule"], f.p.get("year")
    if y:
        return Resolved(_fmt_day(holiday_date(rule, y)), f.type, "absolute", True, "day")
    approx = holiday_date(rule, 2001)
    yy, anchor = _year_for(approx.month, approx.day, ctx, kind="holiday")
    if yy is None:
        if re.fullmatch(r"\d\d-\d\d", rule):  # a fixed day keeps its month and day
            return _unresolved(f"XXXX-{rule}", f.type, "day")
        return _unresolved("XXXX-XX-XX", f.type, "day")
    return Resolved(_fmt_day(holiday_date(rule, yy)), f.type, anchor, True, "day")


_RESOLVERS = {
    "abs": _abs, "md": _md, "month": _month, "range": _range, "month_range": _month_range,
    "week_of_month": _week_of_month, "wd_range": _wd_range, "weekday": _weekday, "relday": _relday, "week_of": _week_of,
    "relunit": _relunit, "offset": _offset, "discday": _discday, "quarter": _quarter,
    "quarter_rel": _quarter_rel, "quarter_year": _quarter_year, "half": _half, "season": _season, "time": _time, "pod": _pod,
    "duration": _value_only, "set": _value_only, "vague": _value_only, "holiday": _holiday, "fiscal": _fiscal,
}
