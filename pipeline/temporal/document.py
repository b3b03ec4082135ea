"""Document-level annotation: detected expressions → resolved ``DateMention``s.

This is where discourse state lives: the previous dates (for "two days
before"), the sentence's explicit year (for "in 2017 … in May"), and the
document date — given by the caller, or inferred from the text's own fully
specified dates when it is missing (SPEC: "else inferred from the text's own
explicit dates"). Pure Python: the spaCy component feeds it tense and
sentence ids, tests can feed them by hand.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, replace
from datetime import date
from typing import Callable, Optional, Sequence

from ..records import DateMention
from .frames import Frame, Resolved
from .grammar import Match, scan
from .lexicon import load_lexicon
from .resolve import Anchor, Context, Prior, _to_date, resolve
from .zones import offset, zone_for

PROFILES = ("press", "timeml")
_PRESS_APPROX = re.compile(r"(?:nearly|almost|more\s+than|less\s+than|over|at\s+least|some|around|roughly|about|"
                           r"approximately|up\s+to)\s+(?=\S)", re.I)
_PRESS_LEAD = re.compile(r"(?:earlier|later)\s+(?=(?:this|that|next|last)\b|today|tonight|tomorrow|yesterday)", re.I)
_DAY_REF = re.compile(r"^(?:\d{4}|XXXX)-(?:(?:\d\d|XX)-(?:\d\d|XX)|W(?:\d\d|XX)-[1-7])$")
_DATEISH = re.compile(r"^\d{4}(?:-(?:\d\d(?:-\d\d)?|Q\d|H\d|W\d\d|SP|SU|FA|WI))?(?:T.*)?$")


@dataclass
class Candidate:
    """A detected expression with the context the resolver needs."""

    start: int
    end: int
    frame: Frame
    rule: str
    tense: Optional[str] = None
    sentence: int = -1
    listed: bool = True  # False: used for anchoring and inference only (a dateline)
    # told as background to the story's events ("noted that the railway was launched on December 27", "before
    # it expires on June 30"): no day "the following day" counts from
    background: bool = False
    # told in the past perfect ("had welcomed the president on Tuesday"): before the story's own day, which
    # "earlier in the day" means
    perfect: bool = False


def _explicit_year(frame: Frame, res: Resolved) -> bool:
    if frame.kind in ("abs", "range") and res.value and res.value[:4].isdigit():
        return frame.kind == "abs" or frame.p.get("year") is not None
    if frame.kind == "relunit" and frame.p.get("unit") == "year" and res.resolved:
        return True
    return False


def infer_doc_date(cands: Sequence[Candidate], *, not_before: Optional[int] = None) -> Optional[str]:
    """The latest fully specified date among the text's events, or None.

    The year comes from the latest explicit full date ("April 29, 2018"); a
    month-day without a year ("June 1") takes the nearest such year; plans
    (future tense) do not move the document date forward. ``not_before`` is a
    year the page cannot predate (an office-holder it names took office then):
    an older full date is background ("relations established on 1 January
    1984"), not the events, and dates nothing.
    """
    explicit: list[date] = []
    for c in cands:
        f = c.frame
        if c.tense in ("future", "reported_future"):
            continue  # a date still to come ("will apply from 1 January 2026") is no day of the events
        if f.kind == "abs" and f.p.get("gran") == "day":
            d = _to_date(f.p["value"])
            if d:
                explicit.append(d)
        elif f.kind == "time" and f.p.get("date") is not None and f.p["date"].kind == "abs":
            d = _to_date(f.p["date"].p["value"])
            if d:
                explicit.append(d)
    if not_before is not None:
        explicit = [d for d in explicit if d.year >= not_before]
    if not explicit:
        return None
    d0 = max(explicit)
    best = d0
    ctx = Context(dct=Anchor(d0.year, d0.month, d0.day), inferred=True)
    for c in cands:
        if c.frame.kind in ("md", "range") and c.tense not in ("future", "reported_future"):
            ctx.tense = c.tense
            r = resolve(c.frame, ctx)
            d = _to_date(r.value.split("/")[-1]) if r.value else None
            if d and d > best:
                best = d
    return best.isoformat()


def annotate(text: str, cands: Sequence[Candidate], *, doc_date: Optional[str], infer: bool = True,
             profile: str = "press", not_before: Optional[int] = None,
             states: Sequence[str] = (), fiscal: Optional[tuple[int, str]] = None) -> tuple[list[DateMention], Optional[str]]:
    """Resolve candidates in text order. Returns the mentions and, when the
    document date was inferred from the text, that date (else None).
    ``not_before``: see :func:`infer_doc_date`. ``states``: the states the document
    names, in order; they choose the zone of an abbreviation several regions use
    ("AST"). ``fiscal``: the issuing state's fiscal year (see ``Context.fiscal``)."""
    if profile not in PROFILES:
        raise ValueError(f"unknown profile {profile!r}; expected one of {PROFILES}")
    inferred: Optional[str] = None
    dct = Anchor.parse(doc_date)
    if dct is None and infer:
        # the story's own days date it; a day told as background ("the visit of the late President on 22 April
        # 2024", "since the earthquake of 17 December 2024") dates an earlier event, not the page
        events = [c for c in cands if not c.background and not _SINCE.search(text, max(0, c.start - 90), c.start)]
        inferred = infer_doc_date(events, not_before=not_before)
        dct = Anchor.parse(inferred)
    ctx = Context(dct=dct, inferred=inferred is not None, fiscal=fiscal)
    out: list[DateMention] = []
    for c in sorted(cands, key=lambda c: c.start):
        if c.frame.kind == "vague" and profile != "timeml":
            continue
        ctx.tense, ctx.sentence, ctx.start, ctx.text = c.tense, c.sentence, c.start, text
        ctx.coordinated = bool(_COORDINATED.search(text, max(0, c.start - 14), c.start))
        r = resolve(c.frame, ctx)
        if r.value is None:
            continue
        if profile == "press" and c.frame.kind == "time" and c.frame.p.get("tz") and "T" in r.value:
            # "5:40 p.m. JST" → …T17:40+09:00 (TimeML writes no offset)
            zone = zone_for(c.frame.p["tz"], load_lexicon().time_zone_offsets, states)
            off = offset(zone, r.value.split("T")[0])
            if off:
                r = replace(r, value=r.value + off)
        if c.listed:
            start = c.start
            if profile == "press":
                # "later this month", "Earlier this week": the comparative adverb places the event
                # inside the period; press lists the period itself (TimeML folds it into mod=START/END)
                lead = _PRESS_LEAD.match(text, c.start, c.end)
                if lead and lead.end() < c.end:
                    start = lead.end()
                # "nearly three hours", "over four years": the quantity is the expression, the approximation
                # (TimeML's mod) is not part of it for the press annotators
                approx = _PRESS_APPROX.match(text, start, c.end) if c.frame.kind in ("duration", "offset") else None
                if approx and approx.end() < c.end:
                    start = approx.end()
            out.append(DateMention(text[start:c.end], start, c.end, r.value, r.type, r.anchor, r.resolved, c.rule))
        day = r.value.split("T")[0]
        if r.type in ("DATE", "TIME") and _DAY_REF.match(day) and day != "XXXX-XX-XX":
            ctx.last_day, ctx.last_day_sentence = day, c.sentence
            ctx.last_day_background = c.background or c.perfect
            ctx.last_day_pod = r.value.split("T")[1] if "T" in r.value else None
            d = _to_date(day)
            # (not a flashback: "It was preceded the previous evening by a dinner" leaves the story on its day)
            flashback = c.frame.kind == "discday" and c.frame.p.get("offset", 0) < 0
            if not c.background and not flashback and not _NOT_EVENT_BEFORE.search(text, max(0, c.start - 12), c.start) and (
                    d is None or ctx.dct is None or ctx.dct.date is None or abs((d - ctx.dct.date).days) <= 30):
                ctx.event_day = day
        anaphoric = r.anchor == "previous_date" and c.frame.kind in ("offset", "quarter_rel", "discday", "quarter_year")
        # anaphoric results are not new reference times: "a year earlier" after
        # "a year ago" still counts back from the quarter under discussion
        if r.type in ("DATE", "TIME") and r.resolved and not anaphoric and _DATEISH.match(r.value.split("/")[0]):
            ctx.priors.append(Prior(r.value.split("T")[0], r.granularity, c.sentence, _explicit_year(c.frame, r),
                                    deictic=c.frame.kind == "relunit", span="/" in r.value,
                                    since=_SINCE.search(text, max(0, c.start - 90), c.start) is not None,
                                    background=c.background, perfect=c.perfect, end=c.end,
                                    bound=_DEADLINE_BEFORE.search(text, max(0, c.start - 30), c.start) is not None))
    return out, inferred


_SINCE = re.compile(r"\bsince\b[^,;:.()]{0,80}$", re.I)
# a day after these is a deadline or names a thing, not a day the story's events happen on
_NOT_EVENT_BEFORE = re.compile(r"\b(?:by|from|until|till|before|after|since|of|through|to)\s+(?:the\s+)?$", re.I)  # "since 2007", "since the accord entered into force in 2007"
# a date closing a period: "by 2027", "by the end of 2027", "until 2030", "no later than 2026"
_DEADLINE_BEFORE = re.compile(r"\b(?:by|until|till|before|no later than)\s+(?:(?:the\s+)?(?:end|middle|start|beginning)"
                              r"\s+of\s+)?$", re.I)
_COORDINATED = re.compile(r"\b(?:and|or|but)\s+(?:(?:in|on|since|from|during)\s+)?$", re.I)
_SENT_SPLIT = re.compile(r"(?<=[.!?])\s+(?=[A-Z\"“(])|\n\s*\n")


def extract(text: str, *, doc_date: Optional[str] = None, profile: str = "press", infer: bool = True,
            tense_of: Optional[Callable[[int, int], Optional[str]]] = None) -> tuple[list[DateMention], Optional[str]]:
    """Detect and resolve dates in plain text without spaCy (regex sentences, tense via ``tense_of``)."""
    bounds = [0] + [m.end() for m in _SENT_SPLIT.finditer(text)]
    cands = []
    for m in scan(text, vague=profile == "timeml", split_ranges=profile == "timeml"):
        sent = sum(1 for b in bounds if b <= m.start) - 1
        cands.append(Candidate(m.start, m.end, m.frame, m.rule, tense_of(m.start, m.end) if tense_of else None, sent))
    return annotate(text, cands, doc_date=doc_date, infer=infer, profile=profile)


def normalize(expression: str, *, doc_date: Optional[str] = None, tense: Optional[str] = None,
              profile: str = "timeml") -> Optional[DateMention]:
    """Normalise one expression on its own (the whole string must be one match).

    For unit tests and for callers holding a single span (e.g. a commitment
    deadline). Returns None when the string is not one temporal expression.
    """
    ms: list[Match] = scan(expression, vague=profile == "timeml")
    stripped = expression.strip()
    lead = len(expression) - len(expression.lstrip())
    if len(ms) != 1 or ms[0].start != lead or ms[0].end != lead + len(stripped):
        return None
    m = ms[0]
    out, _ = annotate(expression, [Candidate(m.start, m.end, m.frame, m.rule, tense, 0)],
                      doc_date=doc_date, infer=False, profile=profile)
    return out[0] if out else None
