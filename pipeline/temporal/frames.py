"""Semantic frames: what a temporal expression *means* before it is anchored.

Detection (``grammar``) turns a span into a :class:`Frame`; resolution
(``resolve``) turns a frame plus a context (document date, tense, previous
dates) into a TIMEX3 value. Keeping the two apart lets the same frame resolve
differently with and without a document date, and makes both halves testable.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Optional


@dataclass(frozen=True)
class Frame:
    """``kind`` names the resolver; ``p`` holds its parameters.

    Kinds: ``abs`` (value already absolute), ``md`` (month+day, year missing),
    ``month`` (bare month), ``weekday``, ``relday`` (yesterday/today…),
    ``relunit`` (last/this/next week…), ``offset`` (two days before / a year ago),
    ``quarter``, ``half``, ``season``, ``time`` (clock time, maybe with a date
    frame), ``pod`` (part of day), ``discday`` (the next day…), ``duration``,
    ``set``, ``vague``, ``holiday``, ``range`` (two frames), ``month_range`` (two
    months: "June to September"), ``week_of`` (the week of a day frame: "the week
    of March 6").
    """

    kind: str
    p: dict[str, Any] = field(default_factory=dict)
    type: str = "DATE"


@dataclass
class Resolved:
    value: Optional[str]
    type: str
    anchor: str  # absolute | doc_date | previous_date | year_inferred | none
    resolved: bool
    granularity: str = ""  # day | week | month | quarter | half | season | year | decade | century | time | ""
