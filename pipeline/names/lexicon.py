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


# a conference or a forum named by its number ("COP29", "G20", "CHOGM2024"): an event, never a person or a place;
# shared by the people (a conference's presidency is no state office) and commitments (an event as a deadline)
EVENT_CODE = re.compile(r"[A-Z]{1,6}\d{1,3}")


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
    state_qualifiers: frozenset[str] = frozenset()  # "of the Republic": names only the state served, dropped
    organisation_prefixes: tuple[str, ...] = ()  # "UN" in "UN Secretary-General": names only who is served
    media_outlets: frozenset[str] = frozenset()  # news organisations: never people
    thing_name_heads: frozenset[str] = frozenset()  # "Cyclone Winston", "Operation Desert Storm": not people
    # a private person's occupation before or after the name ("farmer Chanda Mwale", "Ana Ruiz, a Kigali-based analyst")
    occupation_nouns: frozenset[str] = frozenset()
    state_organs: frozenset[str] = frozenset()  # "Council": "… of <State>" after it is dropped from the role
    organisation_heads: frozenset[str] = frozenset()  # offices heading an organisation: their envoys serve no state
    organisation_offices: tuple[str, ...] = ()  # "Commissioner": after "EU", "UN"…, an office of the organisation
    regnal_offices: frozenset[str] = frozenset()  # "King Hussein": the name after them is a given name
    company_suffixes: frozenset[str] = frozenset()  # "General Motors Corp.": a company, not General Motors
    post_nominals: frozenset[str] = frozenset()  # "Simon Harris TD", "Don Farrell MP": never part of the name
    body_offices: frozenset[str] = frozenset()  # "Head", "Chief": an office only as "Head of the <Body>"
    military_ranks: frozenset[str] = frozenset()  # "General": an office in apposition after the name beats it
    bodies: frozenset[str] = frozenset()  # last words of such a body: "Service", "Department", "Staff"
    party_offices: tuple[str, ...] = ()  # "Leader", "Political Bureau Member": offices only after a party's name
    state_offices: dict = field(default_factory=dict)  # "taoiseach" -> "IRL": offices only one state has


def _load_titles(data: dict) -> Titles:
    f = "titles.json"
    _keys(f, data, {"_doc", "offices", "portfolios", "ranks", "abbreviations", "honorifics",
                    "counterpart_nouns", "not_names", "role_prefixes", "postings", "head_offices",
                    "state_qualifiers", "state_organs", "organisation_prefixes", "media_outlets", "thing_name_heads", "organisation_heads",
                    "organisation_offices",
                    "regnal_offices", "company_suffixes", "post_nominals", "body_offices", "military_ranks",
                    "party_offices", "state_offices", "occupation_nouns"},
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
            # a portfolio's commissioner written before the office ("the EU energy commissioner"); after it
            # ("Commissioner for Energy and Housing") the office's complement is read as any office's
            add(f"{v} Commissioner", f"{portfolio} Commissioner", ["Deputy"] if "Deputy" in ranks else [])
            # a cabinet secretary's portfolio before the office: "Energy Cabinet Secretary" (Kenya); a bare
            # "Secretary" after a portfolio is read where titles are found ("Business and Trade Secretary")
            if "Cabinet Secretary" in offices:
                add(f"{v} Cabinet Secretary", f"{portfolio} Cabinet Secretary", [])
    body = data.get("body_offices", {"offices": [], "bodies": []})
    _keys(f"{f} body_offices", body, {"offices", "bodies"}, required={"offices", "bodies"})
    for office in _strings(f"{f} body_offices.offices", body["offices"]):
        if office not in offices:
            raise ValueError(f"{f} body_offices: {office!r} is not in 'offices'")
    for office in _strings(f"{f} military_ranks", data.get("military_ranks", [])):
        if office not in offices:
            raise ValueError(f"{f} military_ranks: {office!r} is not in 'offices'")
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
        state_qualifiers=frozenset(_strings(f"{f} state_qualifiers", data.get("state_qualifiers", []))),
        state_organs=frozenset(_strings(f"{f} state_organs", data.get("state_organs", []))),
        organisation_prefixes=tuple(sorted(_strings(f"{f} organisation_prefixes", data.get("organisation_prefixes", [])),
                                           key=lambda x: -len(x))),
        media_outlets=frozenset(_strings(f"{f} media_outlets", data.get("media_outlets", []))),
        thing_name_heads=frozenset(_strings(f"{f} thing_name_heads", data.get("thing_name_heads", []))),
        occupation_nouns=frozenset(_strings(f"{f} occupation_nouns", data.get("occupation_nouns", []))),
        organisation_heads=frozenset(_strings(f"{f} organisation_heads", data.get("organisation_heads", []))),
        organisation_offices=tuple(_strings(f"{f} organisation_offices", data.get("organisation_offices", []))),
        regnal_offices=frozenset(_strings(f"{f} regnal_offices", data.get("regnal_offices", []))),
        company_suffixes=frozenset(_strings(f"{f} company_suffixes", data.get("company_suffixes", []))),
        post_nominals=frozenset(_strings(f"{f} post_nominals", data.get("post_nominals", []))),
        body_offices=frozenset(body["offices"]),
        military_ranks=frozenset(_strings(f"{f} military_ranks", data.get("military_ranks", []))),
        bodies=frozenset(_strings(f"{f} body_offices.bodies", body["bodies"])),
        party_offices=tuple(_strings(f"{f} party_offices", data.get("party_offices", []))),
        state_offices={k.lower(): _iso3(f"{f} state_offices.{k}", v) for k, v in data.get("state_offices", {}).items()},
    )


# ------------------------------------------------------------------- surnames
@dataclass
class Surnames:
    traditions: dict[str, tuple[frozenset[str], tuple[str, ...]]]  # name -> (family names, ISO3s)
    particles: frozenset[str]
    suffixes: frozenset[str] = frozenset()  # "Jr.", "III": part of a name, neither family nor given name

    def traditions_of(self, family: str) -> list[str]:
        return [t for t, (names, _) in self.traditions.items() if family in names]

    def countries_of(self, family: str) -> list[str]:
        out: list[str] = []
        for t in self.traditions_of(family):
            out += [c for c in self.traditions[t][1] if c not in out]
        return out

    def is_family_first(self, token: str) -> bool:
        # one set of every tradition's family names, built on first use (asked for every token pair)
        every = self.__dict__.get("_every_family")
        if every is None:
            every = self.__dict__["_every_family"] = frozenset().union(*(names for names, _ in self.traditions.values()))
        return token in every


def _load_surnames(data: dict) -> Surnames:
    f = "surnames.json"
    _keys(f, data, {"_doc", "traditions", "particles", "suffixes"})
    trad = {}
    for name, spec in data["traditions"].items():
        _keys(f"{f} traditions.{name}", spec, {"countries", "family_names"})
        codes = tuple(_iso3(f"{f} traditions.{name}.countries", c) for c in spec["countries"])
        trad[name] = (frozenset(_strings(f"{f} traditions.{name}.family_names", spec["family_names"])), codes)
    return Surnames(trad, frozenset(_strings(f"{f} particles", data["particles"])),
                    frozenset(_strings(f"{f} suffixes", data.get("suffixes", []))))


# -------------------------------------------------------------------- regions
@dataclass
class Regions:
    regions: dict[str, tuple[list[str], Optional[str]]]  # canonical -> (variants, ISO3|None)
    contextual: dict[str, tuple[str, list[str]]]  # phrase -> (ISO3, requires_any)
    multi: dict[str, list[str]]
    extra: dict[str, tuple[list[str], str, Optional[str]]]  # canonical -> (variants, type, ISO3)
    # variant -> (region it names, requires_any, unless_any): "East Sea" in a Vietnamese text is the South China Sea
    contextual_regions: dict[str, tuple[str, list[str], list[str]]] = field(default_factory=dict)


def _load_regions(data: dict) -> Regions:
    f = "regions.json"
    _keys(f, data, {"_doc", "regions", "contextual_aliases", "multi_aliases", "extra_places", "contextual_regions"})
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
    ctx_regions = {}
    for variant, spec in data.get("contextual_regions", {}).items():
        where = f"{f} contextual_regions.{variant}"
        _keys(where, spec, {"region", "requires_any", "unless_any"}, required={"region", "requires_any"})
        if spec["region"] not in regions:
            raise ValueError(f"{where}: unknown region {spec['region']!r}")
        ctx_regions[variant] = (spec["region"], [_iso3(where, c) for c in _strings(where, spec["requires_any"])],
                                [_iso3(where, c) for c in _strings(where, spec.get("unless_any", []))])
    return Regions(regions, contextual, multi, extra, ctx_regions)


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
    non_relation_heads: frozenset[str] = frozenset()  # "the Lebanese-Israeli border": not a relationship
    water_features: frozenset[str] = frozenset()  # "Davis Strait": a sea's name, no country
    land_features: frozenset[str] = frozenset()  # "Baffin Island": a land feature's name
    feature_of_heads: frozenset[str] = frozenset()  # "Gulf of Finland"
    prefix_water_features: frozenset[str] = frozenset()  # "Lake Issyk-Kul": a lake's name after the word
    capital_city_nouns: frozenset[str] = frozenset()  # "Moscow, the Russian capital,": the city
    currency_nouns: frozenset[str] = frozenset()  # "US dollars": a currency's name, not a place
    word_towns: frozenset[str] = frozenset()  # "Nice", "Male": not_places taken after "in" where the model says GPE


def _load_exclusions(data: dict) -> PlaceExclusions:
    f = "place_exclusions.json"
    _keys(f, data, {"_doc", "name_heads", "name_prefix_heads", "name_connectors", "not_places",
                    "small_city_needs_model", "capital_location_preps", "region_suffixes", "issuer_heads",
                    "non_relation_heads", "water_features", "land_features", "feature_of_heads", "prefix_water_features",
                    "capital_city_nouns", "currency_nouns", "word_towns"})
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
        non_relation_heads=frozenset(_strings(f"{f} non_relation_heads", data.get("non_relation_heads", []))),
        water_features=frozenset(_strings(f"{f} water_features", data.get("water_features", []))),
        land_features=frozenset(_strings(f"{f} land_features", data.get("land_features", []))),
        feature_of_heads=frozenset(_strings(f"{f} feature_of_heads", data.get("feature_of_heads", []))),
        prefix_water_features=frozenset(_strings(f"{f} prefix_water_features", data.get("prefix_water_features", []))),
        capital_city_nouns=frozenset(x.lower() for x in _strings(f"{f} capital_city_nouns",
                                                                  data.get("capital_city_nouns", []))),
        currency_nouns=frozenset(_strings(f"{f} currency_nouns", data.get("currency_nouns", []))),
        word_towns=frozenset(_strings(f"{f} word_towns", data.get("word_towns", []))),
    )


# -------------------------------------------------------------- officeholders
OFFICEHOLDER_OFFICES = frozenset({
    "President", "Vice President", "Prime Minister", "Chancellor", "Premier", "Monarch", "Crown Prince",
    "Supreme Leader", "General Secretary", "Head of State", "Head of Government", "Foreign Minister",
    "Defence Minister", "National Security Adviser", "Spokesperson", "Military Chief", "Head of Presidential Office",
    "Head of Organisation", "Cabinet Minister", "Deputy Prime Minister", "Opposition Leader", "Speaker",
    "Central Bank Governor", "Mayor", "Governor"})
_NAME_FOLD = str.maketrans({"ı": "i", "ł": "l", "Ł": "L", "ø": "o", "Ø": "O", "đ": "d", "Đ": "D", "æ": "ae",
                            "ß": "ss", "’": "", "'": "", "‘": "", "`": ""})
_NAME_DROP = frozenset({"al", "el", "jr", "sr"})


def name_key(text: str) -> tuple[str, ...]:
    """Spelling-insensitive tokens of a personal name: "Recep Tayyip Erdoğan" → ("recep", "tayyip", "erdogan");
    diacritics, apostrophes, hyphens, full stops, the Arabic article and Jr./Sr. do not count."""
    import unicodedata

    t = unicodedata.normalize("NFKD", text.translate(_NAME_FOLD))
    t = "".join(ch for ch in t if not unicodedata.combining(ch)).lower()
    t = re.sub(r"[-‐‑–.,]", " ", t)
    return tuple(w for w in t.split() if w not in _NAME_DROP)


@dataclass(frozen=True)
class Officeholder:
    name: str
    country: Optional[str]  # ISO3; None = an international organisation
    offices: tuple[str, ...]
    start: int
    end: Optional[int]
    organisation: Optional[str] = None

    def active(self, year: int) -> bool:
        return self.start <= year <= (self.end if self.end is not None else 9999)


@dataclass
class Officeholders:
    entries: list[Officeholder]
    by_name: dict[tuple[str, ...], list[Officeholder]]  # name_key of every written form
    by_first: dict[str, list[tuple[tuple[str, ...], Officeholder]]]  # first token -> (form key, entry)
    by_surname: dict[str, list[Officeholder]]  # family-name token of every multi-word form
    offices_by_state: dict = field(default_factory=dict)  # ISO3 -> offices its holders held ("Prime Minister")

    def lookup(self, words: list[str], year: Optional[int] = None,
               doc_states: Optional[set] = None) -> Optional[Officeholder]:
        """The entry a written name denotes, or None when nothing (or more than one state) fits.

        A full name matches a written form exactly, or as an ordered part of one that keeps its first word
        ("Mohammed bin Salman" → "Mohammed bin Salman Al Saud"), or holds one with the same first and last words
        ("João Manuel Gonçalves Lourenço" → "João Lourenço"). A single word (a bare surname or a one-word
        alias) matches only when every entry it could be agrees on one state and ``doc_states`` names it."""
        key = name_key(" ".join(words))
        if not key:
            return None
        if len(key) > 1:
            cands = list(self.by_name.get(key, []))
            if not cands:
                for form, e in self.by_first.get(key[0], []):
                    if len(form) > len(key) and _subsequence(key, form):
                        cands.append(e)
            if not cands:
                # the text writes the middle names the lexicon leaves out: "João Manuel Gonçalves Lourenço" is
                # "João Lourenço" (same first and last words)
                for form, e in self.by_first.get(key[0], []):
                    if 2 <= len(form) < len(key) and form[-1] == key[-1] and _subsequence(form, key):
                        cands.append(e)
            if not cands and len(key) >= 3:
                # ... or the second family name the lexicon leaves out: "Javier Martínez-Acha Vásquez" is "Javier
                # Martínez-Acha"
                cands = [e for e in self.by_name.get(key[:-1], []) if len(key) - 1 >= 2]
            return self._pick(cands, year)
        if surnames().is_family_first(words[0]):
            return None  # "Minister Lee", "Wang": too common to name one office-holder; traditions.json decides
        cands = self.by_name.get(key, []) or self.by_surname.get(key[0], [])
        if year is not None and len({e.name for e in cands}) > 1:
            cands = [e for e in cands if e.active(year)]  # "Aliyev" in 2024 is Ilham, not Heydar
        if len({e.name for e in cands}) != 1:
            return None  # a bare surname must name one person in the lexicon
        pick = cands[0]
        if pick.country is None or doc_states is None or pick.country not in doc_states:
            return None
        return pick

    @staticmethod
    def _pick(cands: list[Officeholder], year: Optional[int]) -> Optional[Officeholder]:
        if not cands:
            return None
        for pool in (cands, [e for e in cands if year is not None and e.active(year)],
                     [e for e in cands if e.end is None]):
            if pool and len({e.country for e in pool}) == 1:
                return max(pool, key=lambda e: (e.end or 9999))
        return None


def _subsequence(short: tuple[str, ...], long: tuple[str, ...]) -> bool:
    it = iter(long)
    return short[0] == long[0] and all(w in it for w in short)


def _load_officeholders(data: dict) -> Officeholders:
    f = "officeholders.json"
    _keys(f, data, {"_doc", "officeholders"})
    if not isinstance(data["officeholders"], list):
        raise ValueError(f"{f} officeholders: expected a list")
    sn = surnames()
    entries: list[Officeholder] = []
    by_name: dict = {}
    by_first: dict = {}
    by_surname: dict = {}
    for n, spec in enumerate(data["officeholders"]):
        where = f"{f} officeholders[{n}]"
        _keys(where, spec, {"name", "country", "offices", "from", "to", "aliases", "organisation"},
              required={"name", "country", "offices", "from", "to"})
        if not isinstance(spec["name"], str) or not spec["name"].strip():
            raise ValueError(f"{where}: 'name' must be a non-empty string")
        where = f"{f} officeholders[{n}] ({spec['name']})"
        code = _iso3(f"{where}.country", spec["country"], nullable=True)
        offices = _strings(f"{where}.offices", spec["offices"])
        bad = [o for o in offices if o not in OFFICEHOLDER_OFFICES]
        if bad:
            raise ValueError(f"{where}.offices: unknown office {bad[0]!r}")
        start, end = spec["from"], spec["to"]
        if not isinstance(start, int) or not (end is None or isinstance(end, int)) or (end is not None and end < start):
            raise ValueError(f"{where}: 'from'/'to' must be years with from <= to (to may be null)")
        org = spec.get("organisation")
        if code is None and not (isinstance(org, str) and org.strip()):
            raise ValueError(f"{where}: an entry without a country must name its 'organisation'")
        e = Officeholder(spec["name"], code, tuple(offices), start, end, org)
        entries.append(e)
        forms = [spec["name"]] + _strings(f"{where}.aliases", spec.get("aliases", [spec["name"]]))
        for form in dict.fromkeys(forms):
            k = name_key(form)
            if not k:
                raise ValueError(f"{where}: empty name form {form!r}")
            by_name.setdefault(k, []).append(e)
            if len(k) > 1:
                by_first.setdefault(k[0], []).append((k, e))
                words = form.split()
                fam = k[0] if sn.is_family_first(words[0]) else k[-1]
                if e not in by_surname.get(fam, []):
                    by_surname.setdefault(fam, []).append(e)
    offices_by_state: dict[str, set] = {}
    for e in entries:
        if e.country:
            offices_by_state.setdefault(e.country, set()).update(e.offices)
    return Officeholders(entries, by_name, by_first, by_surname,
                         {k: frozenset(v) for k, v in offices_by_state.items()})


LOADERS = {
    "titles.json": _load_titles,
    "surnames.json": _load_surnames,
    "regions.json": _load_regions,
    "place_exclusions.json": _load_exclusions,
    "officeholders.json": _load_officeholders,
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


@lru_cache(maxsize=None)
def officeholders() -> Officeholders:
    return _load_officeholders(load_json("officeholders.json"))
