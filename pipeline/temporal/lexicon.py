"""Rule data for temporal expressions, loaded strictly from ``resources/dates.json``.

The lexicon is data so that an analyst can add a holiday or a unit without
touching code; it is validated on load (unknown or missing keys, wrong value
types → ``ValueError``) because a typo in a rule file should fail loudly, not
silently drop a rule.
"""
from __future__ import annotations

import json
import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any, Mapping

RESOURCE = Path(__file__).resolve().parents[1] / "resources" / "dates.json"

# key -> expected JSON shape: "map_int", "map_num", "map_str", "list_str", "map_zone" (a zone: an offset
# "+09:00", an IANA name, or {"default": zone, "<ISO3>": zone, …} for an abbreviation several regions use),
# "map_fiscal" (ISO3 -> "MM:start" or "MM:end": a state's fiscal year, its first month and the calendar year
# a one-year name gives — "FY2025" starts in 2025 in Japan, ends in 2025 in India), "map_year_kind" (the same for
# a trade's own year, by its name: "gas year" -> "10:start")
_SCHEMA: dict[str, str] = {
    "months": "map_int",
    "month_abbreviations": "map_int",
    "weekdays": "map_int",
    "number_words": "map_num",
    "vague_quantities": "list_str",
    "ordinals": "map_int",
    "duration_units": "map_str",
    "seasons": "map_str",
    "parts_of_day": "map_str",
    "clock_words": "map_str",
    "time_zones": "list_str",
    "time_zone_offsets": "map_zone",
    "set_words": "map_str",
    "classifier_set_words": "list_str",
    "vague_duration_words": "list_str",
    "vague_refs": "map_str",
    "holidays": "map_str",
    "relative_days": "map_int",
    "discourse_days": "map_int",
    "non_temporal_heads": "list_str",
    "fiscal_years": "map_fiscal",
    "industry_years": "map_year_kind",
}
_VAGUE_VALUES = {"PRESENT_REF", "PAST_REF", "FUTURE_REF"}
HOLIDAY_RULE = re.compile(r"(?:(?P<mo>\d\d)-(?P<d>\d\d)|easter|(?P<n>-1|[1-5]):(?P<wd>[1-7]):(?P<nmo>\d\d))(?P<shift>[+-]\d{1,2})?")
"""A holiday rule in ``dates.json``: a fixed day ``MM-DD``; ``easter``; or the n-th weekday of a month
``N:WD:MM`` (``4:4:11`` = fourth Thursday of November, ``-1:1:05`` = last Monday of May); any of them
may be shifted by days (``1:1:11+1`` = the Tuesday after the first Monday of November, US Election
Day; ``easter-2`` = Good Friday)."""



@dataclass(frozen=True)
class Lexicon:
    months: Mapping[str, int]
    month_abbreviations: Mapping[str, int]
    weekdays: Mapping[str, int]
    number_words: Mapping[str, float]
    vague_quantities: tuple[str, ...]
    ordinals: Mapping[str, int]
    duration_units: Mapping[str, str]
    seasons: Mapping[str, str]
    parts_of_day: Mapping[str, str]
    clock_words: Mapping[str, str]
    time_zones: tuple[str, ...]
    time_zone_offsets: Mapping[str, Any]
    set_words: Mapping[str, str]
    classifier_set_words: tuple[str, ...]
    vague_duration_words: tuple[str, ...]
    vague_refs: Mapping[str, str]
    holidays: Mapping[str, str]
    relative_days: Mapping[str, int]
    discourse_days: Mapping[str, int]
    non_temporal_heads: tuple[str, ...]
    fiscal_years: Mapping[str, tuple[int, str]]
    industry_years: Mapping[str, tuple[int, str]]


def _zone_ok(v: Any) -> bool:
    from .zones import valid_zone

    if isinstance(v, str):
        return valid_zone(v)
    return (isinstance(v, dict) and "default" in v and all(isinstance(z, str) and valid_zone(z) for z in v.values())
            and all(k == "default" or re.fullmatch(r"[A-Z]{3}", k) for k in v))


_FISCAL = re.compile(r"(?P<m>0[1-9]|1[0-2]):(?P<naming>start|end)")


def _year_starts(key: str, value: Any, key_ok, keys: str) -> dict[str, tuple[int, str]]:
    """A map of keys to "MM:start|end" (a year's first month, and the calendar year a one-year name gives)."""
    if not isinstance(value, dict):
        raise ValueError(f"dates lexicon: {key!r} must be an object")
    out = {}
    for k, v in value.items():
        m = _FISCAL.fullmatch(v) if isinstance(v, str) else None
        if not isinstance(k, str) or not key_ok(k) or m is None:
            raise ValueError(f"dates lexicon: {key}[{k!r}] must map {keys} to 'MM:start|end', not {v!r}")
        out[k] = (int(m.group("m")), m.group("naming"))
    return out


def _check(key: str, shape: str, value: Any) -> Any:
    if shape == "map_year_kind":
        return _year_starts(key, value, lambda k: k == k.lower() and bool(k.strip()), "a lower-case name")
    if shape == "map_fiscal":
        return _year_starts(key, value, lambda k: re.fullmatch(r"[A-Z]{3}", k) is not None, "an ISO alpha-3 code")
    if shape.startswith("map_"):
        if not isinstance(value, dict):
            raise ValueError(f"dates lexicon: {key!r} must be an object")
        for k, v in value.items():
            if not isinstance(k, str) or k != k.lower() or not k.strip():
                raise ValueError(f"dates lexicon: {key!r} has a non lower-case key {k!r}")
            ok = {
                "map_int": lambda: isinstance(v, int) and not isinstance(v, bool),
                "map_num": lambda: isinstance(v, (int, float)) and not isinstance(v, bool),
                "map_str": lambda: isinstance(v, str) and bool(v),
                "map_zone": lambda: _zone_ok(v),
            }[shape]()
            if not ok:
                raise ValueError(f"dates lexicon: {key}[{k!r}] has a bad value {v!r}")
        return dict(value)
    if not isinstance(value, list) or not all(isinstance(x, str) and x == x.lower() for x in value):
        raise ValueError(f"dates lexicon: {key!r} must be a list of lower-case strings")
    return tuple(value)


def parse_lexicon(data: Mapping[str, Any]) -> Lexicon:
    """Validate a decoded JSON object and build a :class:`Lexicon` (strict)."""
    keys = {k for k in data if not k.startswith("_")}
    unknown = keys - set(_SCHEMA)
    if unknown:
        raise ValueError(f"dates lexicon: unknown keys {sorted(unknown)}")
    missing = set(_SCHEMA) - keys
    if missing:
        raise ValueError(f"dates lexicon: missing keys {sorted(missing)}")
    fields = {k: _check(k, shape, data[k]) for k, shape in _SCHEMA.items()}
    for name, month in {**fields["months"], **fields["month_abbreviations"]}.items():
        if not 1 <= month <= 12:
            raise ValueError(f"dates lexicon: month {name!r} out of range")
    for name, day in fields["weekdays"].items():
        if not 1 <= day <= 7:
            raise ValueError(f"dates lexicon: weekday {name!r} out of range")
    bad = {k: v for k, v in fields["vague_refs"].items() if v not in _VAGUE_VALUES}
    if bad:
        raise ValueError(f"dates lexicon: vague_refs values must be in {_VAGUE_VALUES}: {bad}")
    bad = {k: v for k, v in fields["holidays"].items() if not HOLIDAY_RULE.fullmatch(v)}
    if bad:
        raise ValueError(f"dates lexicon: holiday rules must be MM-DD, easter or N:WD:MM (± days): {bad}")
    bad = set(fields["time_zone_offsets"]) - set(fields["time_zones"])
    if bad:
        raise ValueError(f"dates lexicon: time_zone_offsets not in time_zones: {sorted(bad)}")
    bad = set(fields["classifier_set_words"]) - set(fields["set_words"])
    if bad:
        raise ValueError(f"dates lexicon: classifier_set_words not in set_words: {sorted(bad)}")
    return Lexicon(**fields)


@lru_cache(maxsize=4)
def load_lexicon(path: str | Path = RESOURCE) -> Lexicon:
    """Load and validate the lexicon (cached: the file is read once per process)."""
    with open(path, encoding="utf-8") as fh:
        return parse_lexicon(json.load(fh))
