"""Strict loaders for the people/places lexicons under ``pipeline/resources/``.

Every file is validated when loaded: an unknown key, a wrong type or a code that
is not ISO alpha-3 raises ``ValueError`` naming the file and the entry, so a typo
in a data file fails loudly instead of silently matching nothing.
"""
from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources
from typing import Any, Optional

_ISO3 = re.compile(r"[A-Z]{3}")


def load_json(name: str) -> dict:
    with resources.files("pipeline.resources").joinpath(name).open(encoding="utf-8") as fh:
        return json.load(fh)


def _keys(where: str, obj: Any, allowed: set[str], required: Optional[set[str]] = None) -> None:
    if not isinstance(obj, dict):
        raise ValueError(f"{where}: expected an object, got {type(obj).__name__}")
    unknown = set(obj) - allowed
    if unknown:
        raise ValueError(f"{where}: unknown keys {sorted(unknown)}")
    missing = (required if required is not None else allowed - {"_doc"}) - set(obj)
    if missing:
        raise ValueError(f"{where}: missing keys {sorted(missing)}")


def _strings(where: str, obj: Any) -> list[str]:
    if not isinstance(obj, list) or not all(isinstance(x, str) and x.strip() for x in obj):
        raise ValueError(f"{where}: expected a list of non-empty strings")
    return list(obj)


def _iso3(where: str, code: Any, nullable: bool = False) -> Optional[str]:
    if code is None and nullable:
        return None
    if not isinstance(code, str) or not _ISO3.fullmatch(code):
        raise ValueError(f"{where}: {code!r} is not an ISO alpha-3 code")
    return code


# --------------------------------------------------------------------- titles
@dataclass(frozen=True)
class TitleForm:
    """One written form of a title and what it means."""

    role: str  # canonical role, rank included: "Vice Foreign Minister"
    base: str  # role without rank: "Foreign Minister"
    rank: str  # canonical rank prefix or ""
    rank_class: str  # "head" | "deputy" | "junior"


@dataclass
class Titles:
    forms: dict[str, TitleForm]  # lower-cased written form -> meaning
    abbreviations: dict[str, TitleForm]  # case-sensitive
    honorifics: list[str]
    counterpart_nouns: list[str]
    not_names: frozenset[str]
    rank_classes: dict[str, str]
    role_prefixes: tuple[str, ...] = ()  # "Federal", "Foreign Ministry": part of the role as written
    postings: frozenset[str] = frozenset()  # offices whose "to <Place>" is part of the role
    head_offices: frozenset[str] = frozenset()  # heads of state/government (base roles)


def _load_titles(data: dict) -> Titles:
    f = "titles.json"
    _keys(f, data, {"_doc", "offices", "portfolios", "ranks", "abbreviations", "honorifics",
                    "counterpart_nouns", "not_names", "role_prefixes", "postings", "head_offices"},
          required={"offices", "portfolios", "ranks", "abbreviations", "honorifics", "counterpart_nouns", "not_names"})
    ranks: dict[str, tuple[list[str], str]] = {}
    for rank, spec in data["ranks"].items():
        _keys(f"{f} ranks.{rank}", spec, {"variants", "class"})
        if spec["class"] not in {"head", "deputy", "junior"}:
            raise ValueError(f"{f} ranks.{rank}: class must be head|deputy|junior")
        ranks[rank] = (_strings(f"{f} ranks.{rank}.variants", spec["variants"]), spec["class"])

    forms: dict[str, TitleForm] = {}

    def add(written: str, base: str, rank_names: list[str]) -> None:
        forms.setdefault(written.lower(), TitleForm(base, base, "", "head"))
        for r in rank_names:
            if r not in ranks:
                raise ValueError(f"{f}: rank {r!r} (used by {base!r}) is not in 'ranks'")
            variants, cls = ranks[r]
            for rv in variants:
                sep = "" if rv.endswith("-") else " "
                forms.setdefault(f"{rv}{sep}{written}".lower(), TitleForm(f"{r} {base}", base, r, cls))

    offices = data["offices"]
    for role, spec in offices.items():
        _keys(f"{f} offices.{role}", spec, {"variants", "ranks"})
        for v in _strings(f"{f} offices.{role}.variants", spec["variants"]):
            add(v, role, spec["ranks"])
    minister_ranks = offices["Minister"]["ranks"] if "Minister" in offices else []
    for portfolio, variants in data["portfolios"].items():
        base = f"{portfolio} Minister"
        for v in _strings(f"{f} portfolios.{portfolio}", variants):
            for written in (f"{v} Minister", f"Minister of {v}", f"Minister for {v}"):
                add(written, base, minister_ranks)
    abbreviations: dict[str, TitleForm] = {}
    for abbr, role in data["abbreviations"].items():
        meaning = forms.get(role.lower())
        if meaning is None:
            raise ValueError(f"{f} abbreviations.{abbr}: {role!r} is not a known title form")
        abbreviations[abbr] = meaning
    return Titles(
        forms=forms,
        abbreviations=abbreviations,
        honorifics=_strings(f"{f} honorifics", data["honorifics"]),
        counterpart_nouns=_strings(f"{f} counterpart_nouns", data["counterpart_nouns"]),
        not_names=frozenset(_strings(f"{f} not_names", data["not_names"])),
        rank_classes={r: c for r, (_, c) in ranks.items()},
        role_prefixes=tuple(sorted(_strings(f"{f} role_prefixes", data.get("role_prefixes", [])),
                                   key=lambda x: -len(x.split()))),
        postings=frozenset(_strings(f"{f} postings", data.get("postings", []))),
        head_offices=frozenset(_strings(f"{f} head_offices", data.get("head_offices", []))),
    )


# ------------------------------------------------------------------- surnames
@dataclass
class Surnames:
    traditions: dict[str, tuple[frozenset[str], tuple[str, ...]]]  # name -> (family names, ISO3s)
    particles: frozenset[str]

    def traditions_of(self, family: str) -> list[str]:
        return [t for t, (names, _) in self.traditions.items() if family in names]

    def countries_of(self, family: str) -> list[str]:
        out: list[str] = []
        for t in self.traditions_of(family):
            out += [c for c in self.traditions[t][1] if c not in out]
        return out

    def is_family_first(self, token: str) -> bool:
        return any(token in names for names, _ in self.traditions.values())


def _load_surnames(data: dict) -> Surnames:
    f = "surnames.json"
    _keys(f, data, {"_doc", "traditions", "particles"})
    trad = {}
    for name, spec in data["traditions"].items():
        _keys(f"{f} traditions.{name}", spec, {"countries", "family_names"})
        codes = tuple(_iso3(f"{f} traditions.{name}.countries", c) for c in spec["countries"])
        trad[name] = (frozenset(_strings(f"{f} traditions.{name}.family_names", spec["family_names"])), codes)
    return Surnames(trad, frozenset(_strings(f"{f} particles", data["particles"])))


# -------------------------------------------------------------------- regions
@dataclass
class Regions:
    regions: dict[str, tuple[list[str], Optional[str]]]  # canonical -> (variants, ISO3|None)
    contextual: dict[str, tuple[str, list[str]]]  # phrase -> (ISO3, requires_any)
    multi: dict[str, list[str]]
    extra: dict[str, tuple[list[str], str, Optional[str]]]  # canonical -> (variants, type, ISO3)


def _load_regions(data: dict) -> Regions:
    f = "regions.json"
    _keys(f, data, {"_doc", "regions", "contextual_aliases", "multi_aliases", "extra_places"})
    regions = {}
    for name, spec in data["regions"].items():
        _keys(f"{f} regions.{name}", spec, {"variants", "country"})
        regions[name] = (_strings(f"{f} regions.{name}.variants", spec["variants"]),
                         _iso3(f"{f} regions.{name}.country", spec["country"], nullable=True))
    contextual = {}
    for phrase, spec in data["contextual_aliases"].items():
        _keys(f"{f} contextual_aliases.{phrase}", spec, {"code", "requires_any"})
        contextual[phrase] = (_iso3(f"{f} contextual_aliases.{phrase}", spec["code"]),
                              [_iso3(f"{f} contextual_aliases.{phrase}", c) for c in spec["requires_any"]])
    multi = {}
    for phrase, codes in data["multi_aliases"].items():
        multi[phrase] = [_iso3(f"{f} multi_aliases.{phrase}", c) for c in _strings(f"{f} multi_aliases.{phrase}", codes)]
    extra = {}
    for name, spec in data["extra_places"].items():
        _keys(f"{f} extra_places.{name}", spec, {"variants", "type", "country"})
        if spec["type"] not in {"city", "region", "country"}:
            raise ValueError(f"{f} extra_places.{name}: type must be city|region|country")
        extra[name] = (_strings(f"{f} extra_places.{name}.variants", spec["variants"]), spec["type"],
                       _iso3(f"{f} extra_places.{name}.country", spec["country"], nullable=True))
    return Regions(regions, contextual, multi, extra)


# ---------------------------------------------------------- place exclusions
@dataclass
class PlaceExclusions:
    name_heads: frozenset[str]
    name_prefix_heads: frozenset[str]
    name_connectors: frozenset[str]
    not_places: frozenset[str]
    small_city_needs_model: int
    capital_location_preps: frozenset[str]
    region_suffixes: frozenset[str]
    issuer_heads: frozenset[str]


def _load_exclusions(data: dict) -> PlaceExclusions:
    f = "place_exclusions.json"
    _keys(f, data, {"_doc", "name_heads", "name_prefix_heads", "name_connectors", "not_places",
                    "small_city_needs_model", "capital_location_preps", "region_suffixes", "issuer_heads"})
    if not isinstance(data["small_city_needs_model"], int):
        raise ValueError(f"{f} small_city_needs_model: expected an integer")
    return PlaceExclusions(
        name_heads=frozenset(_strings(f"{f} name_heads", data["name_heads"])),
        name_prefix_heads=frozenset(_strings(f"{f} name_prefix_heads", data["name_prefix_heads"])),
        name_connectors=frozenset(_strings(f"{f} name_connectors", data["name_connectors"])),
        not_places=frozenset(_strings(f"{f} not_places", data["not_places"])),
        small_city_needs_model=data["small_city_needs_model"],
        capital_location_preps=frozenset(x.lower() for x in _strings(f"{f} capital_location_preps", data["capital_location_preps"])),
        region_suffixes=frozenset(_strings(f"{f} region_suffixes", data["region_suffixes"])),
        issuer_heads=frozenset(_strings(f"{f} issuer_heads", data["issuer_heads"])),
    )


LOADERS = {
    "titles.json": _load_titles,
    "surnames.json": _load_surnames,
    "regions.json": _load_regions,
    "place_exclusions.json": _load_exclusions,
}


def parse(name: str, data: dict):
    """Validate ``data`` as the content of resource ``name`` (used by tests)."""
    return LOADERS[name](data)


@lru_cache(maxsize=None)
def titles() -> Titles:
    return _load_titles(load_json("titles.json"))


@lru_cache(maxsize=None)
def surnames() -> Surnames:
    return _load_surnames(load_json("surnames.json"))


@lru_cache(maxsize=None)
def regions() -> Regions:
    return _load_regions(load_json("regions.json"))


@lru_cache(maxsize=None)
def exclusions() -> PlaceExclusions:
    return _load_exclusions(load_json("place_exclusions.json"))
