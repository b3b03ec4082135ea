"""People: names, titles, countries and coreference (see SPEC.md, People).

Steps, each recorded in ``Person.evidence``:
1. titles: a PhraseMatcher over every written form in ``titles.json`` (run on a copy
   of the tokens without brackets, so "(Foreign) Minister" matches), plus the
   case-sensitive abbreviations (PM, FM, NSA);
2. name candidates: model PERSON entities (cleaned of titles/possessives, repaired
   across glued hyphens: "Moon Jae" + "-in"), capitalised runs right after a
   title, Korean-style "Surname Given-name" patterns from ``surnames.json``,
   names after honorifics; non-names (digits, verbs in the not-names list,
   places) are rejected; in headline-style lines a name must be corroborated
   by the body;
3. titles attach to names: before ("Vice Foreign Minister Lim Sung-nam"),
   appositive after ("Lim Sung-nam, Vice Foreign Minister of Korea") and before
   ("the Foreign Minister of Japan, Hayashi Yoshimasa");
4. clustering: full names, then surname-only mentions, then every further
   occurrence of a known family name ("Chung", "Lavrov");
5. country: explicit cues (demonym/possessive/"of Country" on the title or name,
   a parenthetical organisation), then the office-holder lexicon
   (``officeholders.json``), then the family-name tradition intersected with
   the document's states, then document context (a release's home state; a
   non-home name in a bilateral document → the other party);
6. descriptions and counterparts: "the Deputy Minister", "the ROK President",
   "his Russian counterpart" join the person they denote.
"""
from __future__ import annotations

import re
from collections import Counter
from bisect import bisect_left, bisect_right, insort
from dataclasses import dataclass, field
from functools import lru_cache
from itertools import compress
from typing import Optional

from spacy.matcher import PhraseMatcher
from spacy.lang.en.stop_words import STOP_WORDS
from spacy.tokens import Doc

from ..gazetteer import gazetteer
from ..commit.lexicon import lexicon as commit_lexicon  # the reporting verbs ("said", "told") commitments read too
from ..temporal.lexicon import load_lexicon as load_dates_lexicon  # month and weekday names
from ..records import Mention, Person
from . import lexicon
from .docinfo import Intervals, docinfo
from .geo import (GeoHit, bilateral_partners, country_salience, english_words, find_geo, fold, inside_proper_name,
                  line_is_title_case, tables as geo_tables, PERSON_LABELLED_CITY_MIN_POP, person_name_words,
                  release_state, outlet_state, LOCATIVE_PREPS, REGION_SUFFIX_WORDS, SUBNATIONAL_OFFICES)

_name_key = lru_cache(maxsize=65536)(lexicon.name_key)

_MONTHS_DAYS = frozenset(
    "January February March April May June July August September October November December "
    "Monday Tuesday Wednesday Thursday Friday Saturday Sunday".split())
_POSS = ("'s", "’s", "'", "’")
_PARTY_BODY = re.compile(r"\b(?:Party|Central Committee)\b")
_PERSONAL_HONORIFICS = frozenset({"Mr", "Mr.", "Mrs", "Mrs.", "Ms", "Ms.", "Dr", "Dr."})
_DETS = frozenset({"the", "a", "an"})
_POSS_PRON = frozenset({"his", "her", "its", "their", "my", "our"})  # ("my Cypriot counterpart": a speaker's)
# words of a state's formal style before its name: "of the Republic of Turkiye", "of the Kingdom of Saudi Arabia"
_STATE_STYLE = frozenset({"republic", "kingdom", "state", "federal", "democratic", "people's", "people", "'s", "islamic",
                          "arab", "united", "federation", "commonwealth", "sultanate", "principality", "socialist",
                          "plurinational", "bolivarian", "of", "the", "hashemite", "grand", "duchy", "oriental",
                          "government", "royal"})
_STATE_ADJ = frozenset({"outgoing", "incoming", "acting", "interim", "new", "newly-appointed"})
NAME_SPANS_KEY = "communique_person_name_spans"  # read by communique_places


_DEPARTMENT_OF = re.compile(r"\b(?:Department|Ministry|Secretariat) (?:of|for) (?:the )?[A-Z][\w-]*(?: [A-Z][\w-]*)*$")


@lru_cache(maxsize=1)
def _region_names() -> frozenset[str]:
    """World regions as written ("Middle East", "Horn of Africa"): the regions of regions.json in no one state."""
    return frozenset(v for variants, code in lexicon.regions().regions.values() if code is None for v in variants)


# ----------------------------------------------------------------- matchers
class _TitleTables:
    def __init__(self, vocab) -> None:
        from spacy.lang.en import English

        t = lexicon.titles()
        tok = English().tokenizer
        self.titles = t
        self.matcher = PhraseMatcher(vocab, attr="LOWER")
        self.form_of: dict[str, lexicon.TitleForm] = {}
        for written, form in t.forms.items():
            key = "T:" + written
            self.form_of[key] = form
            self.matcher.add(key, [tok(written)])
        self.abbr = PhraseMatcher(vocab, attr="ORTH")
        self.abbr_text = dict(lexicon.load_json("titles.json")["abbreviations"])  # "PM" -> "Prime Minister"
        for a, form in t.abbreviations.items():
            key = "A:" + a
            self.form_of[key] = form
            self.abbr.add(key, [tok(a)])
        # offices a party gives ("leader", "political bureau member"): titles only after a party's name
        self.party = PhraseMatcher(vocab, attr="LOWER")
        for office in t.party_offices:
            key = "P:" + office.lower()
            self.form_of[key] = lexicon.TitleForm(office, office, "", "head")
            self.party.add(key, [tok(office)])
        self.honorifics = PhraseMatcher(vocab, attr="ORTH")
        self.honorifics.add("H", [tok(h) for h in t.honorifics])


@lru_cache(maxsize=4)
def _tables_for(vocab_id: int, vocab) -> _TitleTables:
    return _TitleTables(vocab)


# -------------------------------------------------------------- structures
@dataclass
class TitleHit:
    s: int  # title tokens [s, e)
    e: int
    form: lexicon.TitleForm
    abbr: bool
    mod_s: int  # start incl. determiner / country modifier
    comp_e: int  # end incl. "of <Country>"
    country: Optional[str] = None
    country_ev: str = ""
    det: bool = False  # preceded by "the"/"a"
    used: bool = False
    surface: str = ""  # the role as the text gives it: "Minister for Foreign Affairs", "Ambassador to China"
    surface_extra: str = ""
    international: bool = False  # an office of an organisation's head ("the Secretary-General's Special Envoy")
    shared: bool = False  # a plural title over several names ("Presidents A and B"): not part of a mention


@dataclass
class Cand:
    s: int
    e: int
    source: str
    title: Optional[TitleHit] = None
    title_shape: str = ""
    country: Optional[str] = None
    country_ev: str = ""
    headline: bool = False

    def words(self, doc: Doc) -> list[str]:
        # asked for several times per candidate: computed once per document and span (a fresh list each call)
        cache = docinfo(doc).cache.setdefault("persons_cand_words", {})
        w = cache.get((self.s, self.e))
        if w is None:
            w = cache[(self.s, self.e)] = tuple(normalise_caps(name_words(doc, self.s, self.e)))
        return list(w)


@dataclass
class Cluster:
    words: list[str]
    cands: list[Cand] = field(default_factory=list)
    mentions: list[tuple[int, int, str]] = field(default_factory=list)  # char start, end, rule
    roles: list[tuple[lexicon.TitleForm, str, int, str]] = field(default_factory=list)  # form, shape, char pos, surface
    countries: list[tuple[str, str]] = field(default_factory=list)  # code, evidence
    role: Optional[lexicon.TitleForm] = None
    role_text: Optional[str] = None  # the role as written (nationality dropped, abbreviations expanded)
    country: Optional[str] = None
    evidence: dict = field(default_factory=dict)
    international: bool = False  # holds an office of an international organisation: no state

    @property
    def first(self) -> int:
        return min(m[0] for m in self.mentions)

    @property
    def family(self) -> str:
        # ``words`` never changes once the cluster exists: compute the family name once
        cached = self.__dict__.get("_family")
        if cached is None or cached[0] is not self.words:
            cached = self.__dict__["_family"] = (self.words, family_given(self.words)[0])
        return cached[1]


def name_words(doc: Doc, s: int, e: int) -> list[str]:
    """Words of a name, hyphen-glued parts joined: ["Moon", "Jae-in"]."""
    info = docinfo(doc)
    texts, ws = info.texts, info.ws
    out: list[str] = []
    glue = False
    for i in range(info.n)[s:e]:  # the tokens of doc[s:e]
        tx = texts[i]
        if out and (glue or (tx in "-–" and not ws[i - 1])):
            out[-1] += tx
            glue = tx in "-–" and not ws[i]
        elif out and tx == "," and i + 1 < e and texts[i + 1].rstrip(".") in lexicon.surnames().suffixes:
            out[-1] += tx  # "Joseph Boakai, Sr.": the comma before a generational suffix
            glue = False
        elif out and tx == "." and not ws[i - 1] and out[-1].isalpha() and len(out[-1]) <= 3:
            out[-1] += tx  # "Ma. Theresa Lazaro": an abbreviated given name the tokenizer split from its point
            glue = False
        else:
            out.append(tx)
            glue = False
    last = out[-1] if out else ""
    if (len(last) > 2 and last.endswith(".") and last[:-1].isalpha() and not last[:-1].isupper()
            and last not in lexicon.surnames().suffixes):
        out[-1] = last[:-1]  # "Hun Sen." at the end of a text: the tokenizer keeps "Sen." whole
    return out


_ROMAN_NUMERAL = re.compile(r"^[IVXL]{2,6}$")


def normalise_caps(words: list[str]) -> list[str]:
    """'HAYASHI Yoshimasa' → 'Hayashi Yoshimasa' (family names in capitals, as some ministries write them)."""
    keep = lexicon.surnames().suffixes
    if len(words) > 1 and not all(w.isupper() for w in words):
        return [w.capitalize() if w.isupper() and len(w) > 2 and w.isalpha() and w not in keep
                and not _ROMAN_NUMERAL.match(w) else w for w in words]  # ("Leo XIV" keeps its numeral)
    if len(words) > 1 and all(w.isalpha() and len(w) > 2 for w in words):
        return [w.capitalize() for w in words]  # "NORODOM SIHAMONI" → "Norodom Sihamoni"
    if len(words) == 1 and words[0].isupper() and words[0].isalpha() and len(words[0]) > 3 \
            and any(c in "AEIOU" for c in words[0][1:]):
        return [words[0].capitalize()]  # a transcript's "PRIME MINISTER ISHIBA:" (a word with a vowel: no "BBC")
    return words


def family_given(words: list[str]) -> tuple[str, Optional[str]]:
    """(family, given) in the name's own order (family-first traditions from surnames.json)."""
    sn = lexicon.surnames()
    parts = [w for w in words]
    while len(parts) > 1 and parts[-1].rstrip(",") in sn.suffixes:  # "James A. Baker III" → Baker
        parts.pop()
    parts[-1] = parts[-1].rstrip(",")  # ("Joseph Boakai, Sr.")
    if len(parts) == 1:
        return parts[0], None
    first, last = parts[0], parts[-1]
    if sn.is_family_first(first) and not (sn.is_family_first(last) and "-" in first):
        return first, " ".join(parts[1:])
    # Western order; the family name opens at its first lower-case particle ("Juan Ramón de la Fuente Ramírez" → "de la
    # Fuente Ramírez", "Ursula von der Leyen" → "von der Leyen"); a name that opens with one is all family name
    j = next((k for k in range(len(parts) - 1) if parts[k] in _WESTERN_PARTICLES), None)
    if j is not None:
        return " ".join(parts[j:]), (" ".join(parts[:j]) or None)
    i = len(parts) - 1
    while i > 1 and parts[i - 1].lower() in sn.particles:
        i -= 1
    return " ".join(parts[i:]), " ".join(parts[:i])


# lower-case particles that open a family name in European naming (not the Arabic "bin", "al": "Mohamad bin Haji Hasan"
# is Hasan)
_WESTERN_PARTICLES = frozenset({"de", "del", "della", "di", "da", "do", "dos", "das", "du", "des", "la", "le", "van",
                                "von", "der", "den", "ter", "ten", "y"})


def _strip_particle(word: str) -> str:
    """'El-Sisi' → 'Sisi', 'al-Sudani' → 'Sudani' (Arabic article glued to a family name)."""
    return re.sub(r"^(?:[Ee]l|[Aa]l|[Aa]d|[Aa]s|[Aa]r|[Aa]t)[-‑–]", "", word)


_NUMBER_WORDS = frozenset({"two", "three", "four", "five", "six", "seven", "eight", "nine", "ten"})
_STATE_NOUNS = frozenset({"countries", "states", "nations", "governments", "sides", "parties"})


def _singular(word: str) -> str:
    """"Presidents" → "President", "Secretaries" → "Secretary", "Ministers" → "Minister"."""
    if word.endswith("ies"):
        return word[:-3] + "y"
    return word[:-1] if word.endswith("s") else word


# lower-case words that join the parts of an institution's name in Romance languages
_NAME_CONNECTORS = frozenset({"de", "do", "da", "dos", "das", "del", "e", "y", "la", "el", "di", "della", "des", "du"})
# "the island of X", "the port of X": X is a place
_PLACE_NOUNS = frozenset({"island", "islands", "port", "town", "city", "village", "province", "district", "region",
                          "state", "county", "municipality", "governorate", "prefecture", "oblast", "department"})


# "… of the East African Community", "… of the United Nations": the office heads an organisation
_ORGANISATION_OF = re.compile(r"\bof the (?:[A-Z][\w'’-]* )*(?:Community|Union|Nations|Organi[sz]ation|Association|League|"
                              r"Forum|Alliance|Council|Commission|Secretariat|Cooperation Council|Bank|Fund|"
                              r"Convention|Programme|Program)\b")
_ROMAN_ORDINALS = frozenset({"II", "III", "IV"})
_TITLE_DASHES = frozenset({"–", "—", "-"})
_MEMBERSHIP_VERBS = frozenset({"included", "includes", "comprised", "comprises", "featured"})
# the organs of an international organisation named after it: "African Union Commission", "SADC Secretariat"
_ORGAN_WORDS = frozenset({"Commission", "Council", "Secretariat", "Parliament", "Assembly"})
# the last word of a portfolio, never of a name: "… and East African Cooperation", "… and Expatriates"
_PORTFOLIO_END = re.compile(r"(?:tion|ment|ity|ance|ence|ship|ism|Affairs|Relations|Trade|Expatriates|Diaspora|Works|"
                            r"Change|Resources|Energy|Health|Agriculture|Defen[cs]e|Finance|Justice|Transport|"
                            r"Fisheries|Industry|Labou?r|Youth|Women|Mines|Water|Planning|Sports?|Culture|Economy|"
                            r"Interior|Infrastructure|Communications|Commerce|Intelligence|Workers|Francophonie|Reform|Tourism|"
                            r"Housing|Investments?)$")


def _coordinated_with(info, r: tuple[int, int], starts: set[int], ends: set[int]) -> bool:
    """doc[r] is joined by "and"/"or" to a city or region ("Mongla and Chattogram", "Dhalkebar or Hetauda")."""
    s, e = r
    if e + 1 < info.n and info.lowers[e] in ("and", "or") and e + 1 in starts:
        return True
    return s >= 2 and info.lowers[s - 1] in ("and", "or") and s - 1 in ends


def _named_thing(texts: list[str], s: int, e: int) -> bool:
    """Tokens ``s:e`` end in the head word of an organisation, programme, award or facility name
    ("Iqbal Scholarship Programme", "Kariba Dam"): a thing, perhaps named after a person, not a person."""
    return e - s > 1 and texts[e - 1] in lexicon.exclusions().name_heads


def _bare_rank(h: "TitleHit") -> bool:
    """An ambassador's rank without a posting, used as an honorific ("Ambassador Tamim Khallaf, the
    Foreign Ministry Spokesperson"): an office in apposition says what the person does."""
    return h.form.base == "Ambassador" and h.comp_e == h.e and not h.country


_CREDIT_WORDS = frozenset({"photo", "photos", "photograph", "image", "picture", "credit", "credits", "ảnh"})


def _photo_credit(info, s: int) -> bool:
    """The name at token ``s`` follows a photo credit's label on its line ("(Photo: NDO/Tran Hai)",
    "Photo by Jane Roe"): a few tokens back, a credit word before ":" or "by"."""
    for k in range(s - 1, max(-1, s - 7), -1):
        tx = info.texts[k]
        if "\n" in tx:
            return False
        if tx in (":", "by") and k > 0 and info.lowers[k - 1] in _CREDIT_WORDS:
            return True
    return False


# the words that join a name to the father's ("bin", "ibn", "ould"): what follows them is another person's name
_PATRONYMIC_LINKS = frozenset({"bin", "bint", "binti", "ibn", "ben", "ould", "walad"})


def _short_form_of(short: list[str], full: list[str]) -> bool:
    """``short`` (two words or more) names ``full`` in brief: its words, in order, are the end of
    the full name ("Kayikwamba Wagner" of "Thérèse Kayikwamba Wagner", "van Klaveren" of "Alberto
    van Klaveren"), after the given name when it opens with a particle ("van Klaveren" of "Alberto van Klaveren
    Stork"), its start ("Sok Chenda" of "Sok Chenda Sophea"), or its first and last words
    ("Mohammed Al-Khulaifi" of "Mohammed bin Abdulaziz Al-Khulaifi"). Case-insensitive."""
    a, b = [w.lower() for w in short], [w.lower() for w in full]
    if 2 <= len(a) <= len(b) and re.fullmatch(r"[^\W\d_]\.?", a[0]) and a[0][0] == b[0][0] and a[-1] == b[-1] \
            and len(b[0]) > 2:
        return True  # "G. Gerapetritis" (a transcript's speaker label) of "George Gerapetritis"
    if not 2 <= len(a) < len(b):
        return False
    if b[-len(a):] == a and b[-len(a) - 1] in _PATRONYMIC_LINKS:
        return False  # "Mohamed bin Zayed" is the father in "Khaled bin Mohamed bin Zayed", not a short form
    if b[-len(a):] == a or b[:len(a)] == a:
        return True
    if short[0][:1].islower() and any(b[k:k + len(a)] == a for k in range(1, len(b) - len(a) + 1)):
        # the first of two surnames, with its particle: "van Klaveren" of "Alberto van Klaveren Stork", "de la Fuente"
        # of "Juan Ramón de la Fuente Ramírez"
        return True
    return len(a) == 2 and a[0] == b[0] and a[1] == b[-1]


def _merge_short_forms(clusters: list["Cluster"]) -> list["Cluster"]:
    """Fold each multi-word cluster that is the short form of exactly one longer cluster into it."""
    multi = [cl for cl in clusters if len(cl.words) > 1]
    if len(multi) < 2:
        return clusters
    gone: set[int] = set()

    def offices(cl: "Cluster") -> set:
        return {c.title.form.base for c in cl.cands if c.title is not None}

    for cl in sorted(multi, key=lambda c: len(c.words)):
        fulls = [f for f in multi if f is not cl and id(f) not in gone and _short_form_of(cl.words, f.words)]
        mine, theirs = offices(cl), offices(fulls[0]) if len(fulls) == 1 else set()
        if mine and theirs and not any(a == b or a.endswith(" " + b) or b.endswith(" " + a)
                                       for a in mine for b in theirs):
            # "Prime Minister Shehbaz Sharif" and "Chief Minister Hamza Shehbaz Sharif" are two people; "Minister
            # Ali Al-Sayegh" may be "Foreign Minister Ahmed Ali Al-Sayegh"
            continue
        if len(fulls) == 1:
            fulls[0].cands.extend(cl.cands)
            fulls[0].cands.sort(key=lambda c: c.s)
            gone.add(id(cl))
    return [cl for cl in clusters if id(cl) not in gone]


def _key(words: list[str]) -> str:
    return re.sub(r"[\s\-–]", "", " ".join(words)).lower()


def _doc_year(doc: Doc) -> Optional[int]:
    d = doc._.doc_date if Doc.has_extension("doc_date") else None
    m = re.match(r"(\d{4})", d or "")
    return int(m.group(1)) if m else None


def _first_between(sorted_vals: list, q: int, r: int) -> Optional[int]:
    """The smallest value ``v`` with ``q < v < r``, or None."""
    k = bisect_right(sorted_vals, q)
    return sorted_vals[k] if k < len(sorted_vals) and sorted_vals[k] < r else None


class _StartIndex(dict):
    """tok_start -> GeoHit, with a range query over the starts."""

    _keys: Optional[list] = None
    _ascending = False

    def inside(self, q: int, end: int) -> list:
        """``[gh for gh in self.values() if q <= gh.tok_start and gh.tok_end <= end]``."""
        if self._keys is None:
            self._keys = list(self)
            self._ascending = all(a < b for a, b in zip(self._keys, self._keys[1:]))
        if not self._ascending:
            return [gh for gh in self.values() if q <= gh.tok_start and gh.tok_end <= end]
        keys = self._keys
        out = []
        k = bisect_left(keys, q)
        while k < len(keys) and keys[k] <= end:
            gh = self[keys[k]]
            if gh.tok_end <= end:
                out.append(gh)
            k += 1
        return out


def _hits_inside(by_start_tok: dict, q: int, end: int) -> list:
    if isinstance(by_start_tok, _StartIndex):
        return by_start_tok.inside(q, end)
    return [gh for gh in by_start_tok.values() if q <= gh.tok_start and gh.tok_end <= end]


class _MentionIndex:
    """The mentions of all clusters, indexed for :meth:`PeopleFinder.link_counterparts` (which appends to
    them as it goes: call :meth:`added` after each append). Ties resolve as a scan of the clusters in
    order, then of each cluster's mentions in order, would."""

    def __init__(self, clusters: list[Cluster]) -> None:
        self.clusters = clusters
        self.order = {id(cl): k for k, cl in enumerate(clusters)}
        entries = []  # (end, (start, -cluster order, -mention order), cluster)
        self.at_start: dict[int, set[int]] = {}
        self.starts: dict[int, list[int]] = {}
        for ci, cl in enumerate(clusters):
            for mi, m in enumerate(cl.mentions):
                entries.append((m[1], (m[0], -ci, -mi), cl))
                self.at_start.setdefault(m[0], set()).add(ci)
            self.starts[id(cl)] = sorted(m[0] for m in cl.mentions)
        entries.sort(key=lambda x: x[0])
        self.ends = [x[0] for x in entries]
        self.best = []  # best (key, cluster) over each prefix of ``entries``
        b = None
        for _, key, cl in entries:
            if b is None or key > b[0]:
                b = (key, cl)
            self.best.append(b)
        self.extra: list = []  # mentions appended since

    def added(self, cl: Cluster) -> None:
        m = cl.mentions[-1]
        ci = self.order[id(cl)]
        self.extra.append((m[1], (m[0], -ci, -(len(cl.mentions) - 1)), cl))
        self.at_start.setdefault(m[0], set()).add(ci)
        insort(self.starts[id(cl)], m[0])

    def latest_before(self, start: int) -> Optional[Cluster]:
        """The cluster of the latest-starting mention ending by ``start`` (first such in scan order)."""
        k = bisect_right(self.ends, start)
        b = self.best[k - 1] if k else None
        for end, key, cl in self.extra:
            if end <= start and (b is None or key > b[0]):
                b = (key, cl)
        return b[1] if b is not None else None

    def last_cluster_starting_at(self, pos: int, exclude: Optional[Cluster]) -> Optional[Cluster]:
        """The last cluster (in order) other than ``exclude`` with a mention starting at ``pos``."""
        for ci in sorted(self.at_start.get(pos, ()), reverse=True):
            if self.clusters[ci] is not exclude:
                return self.clusters[ci]
        return None

    def last_start_before(self, cl: Cluster, start: int) -> int:
        ss = self.starts[id(cl)]
        k = bisect_left(ss, start)
        return ss[k - 1] if k else -1


# ------------------------------------------------------------------ engine
def _norm_honorific(words: str) -> str:
    """One spelling of an honorific as tokens joined by spaces: "Dato ' Seri" → "Dato' Seri", "Hon ." → "Hon."."""
    return words.replace(" '", "'").replace(" ’", "'").replace("’", "'").replace(" .", ".")


# words after a demonym and a hyphen that make it no nationality ("a Korean-language teacher", "a French-style café")
_NOT_NATIONALITY = frozenset({"language", "speaking", "style", "made", "owned", "funded", "backed", "built", "trained",
                              "educated", "registered", "flagged"})
# lower-case words after a name that make it a thing's ("the Agua Caliente border post", "the Skilled Worker programme")
_THING_AFTER_WORDS = frozenset({"border", "crossing", "crossings", "post", "posts", "bridge", "port", "airport", "dam",
                                "programme", "program", "scheme", "initiative", "plant", "station", "corridor",
                                "highway", "railway", "project", "format", "checkpoint", "terminal", "gas", "oil",
                                "field", "oilfield", "reserve", "park", "valley", "river", "lake", "island"})
# last words of a town's name ("Toe Town", "Belize City")
_TOWN_LAST_WORDS = frozenset({"Town", "City", "Village"})


def _named_at_a_place(doc: Doc, name: str) -> bool:
    """``name`` follows a preposition that takes places somewhere in the text ("in Bandar Abbas")."""
    text = docinfo(doc).text
    return re.search(r"\b(?:in|to|from|at|near|via|into|outside)\s+" + re.escape(name) + r"\b", text) is not None


# words that open a transcript's labels but name no speaker ("Question (EBC):", "Moderator:")
_LABEL_WORDS = frozenset({"Question", "Questions", "Answer", "Q", "A", "Moderator", "Host", "Journalist", "Reporter",
                          "Interpreter", "Translator", "Note", "Editor", "Source", "Photo", "Tags", "Update", "Related"})
_ROMAN_HEADING = re.compile(r"(?:I|II|III|IV|V|VI|VII|VIII|IX|X|XI|XII)\.")
# last words of an organisation's name that may follow a title's words ("… Aid and Relief Centre")
_ORG_END_WORDS = frozenset({"Centre", "Center", "Foundation", "Fund", "Trust", "Society", "Institute", "Corporation",
                            "Company", "Group", "Programme", "Program"})
# last words of a chamber's name: "Speaker of the House of Representatives Puan Maharani"
_GLOTTAL_MARKS = frozenset("ʻʼ‘")

# "Noel Besi–Citrana": two places joined by an en dash (a border segment, a route), never one person's name
_EN_DASH_PAIR = re.compile(r"[^\W\d_]–[^\W\d_]")
_CHAMBER_WORDS = frozenset({"Representatives", "Deputies", "Councillors", "Lords", "Commons", "Senate", "Duma", "Majlis",
                            "Rada", "Knesset", "Bundestag", "Sejm", "Storting", "Riksdag", "Folketing", "Althing"})
# bodies named after their members ("Council of Ministers", "Committee of Permanent Representatives")
_COLLEGIAL_BODIES = frozenset({"Council", "Cabinet", "Committee", "Conference", "Board", "College", "Assembly"})
# chambers an office is held "in" ("Leader of the Opposition in the National Assembly")
_CHAMBERS_IN = _CHAMBER_WORDS | {"Assembly", "Parliament", "House", "Congress"}
# words before a plural title set off from its names by a comma ("our foreign ministers, A and B")
def _joined_offices(a: "TitleHit", h: "TitleHit", sep: str) -> "TitleHit":
    """``h`` extended over the office ``a`` written before it, as one holder's compound office ("Deputy Prime
    Minister and Foreign Minister", "Minister of State, Minister of Foreign Affairs"); ``sep`` is what joins them."""
    h.surface = f"{a.surface}{sep} {h.surface}"
    h.s, h.mod_s, h.det, h.form = a.s, a.mod_s, a.det, a.form
    if a.country and not h.country:
        h.country, h.country_ev = a.country, a.country_ev
    return h


_PLURAL_TITLE_DETS = frozenset({"the", "our", "their", "both", "two", "his", "her", "its"})
# qualifiers of tenure between such a word and the title: "our founding presidents, A and B"
_PLURAL_TITLE_QUALIFIERS = frozenset({"founding", "former", "late", "then", "outgoing", "incoming", "new", "current",
                                      "respective"})


# what a state will or will not do ("Togo would not take part …, the minister said") is told by its own voice;
# what it must or should do ("Ukraine must cede territory, the envoy said") anyone may say
_INTENT_AUX = frozenset({"will", "would", "wo", "'ll", "shall"})
# ("Indonesia intends to open a trade centre in Zurich, the minister said"; "… is ready to host the talks")
_INTENT_VERBS = frozenset({"intend", "plan", "aim", "seek", "want", "wish", "refuse", "decline", "ready", "willing",
                           "prepared", "determined"})
_QUOTES = frozenset({'"', "“", "”", "``", "''"})


class PeopleFinder:
    def __init__(self, vocab) -> None:
        self.tt = _tables_for(id(vocab), vocab)
        self.t = lexicon.titles()
        self._honorific_set = frozenset(_norm_honorific(h) for h in self.t.honorifics)
        self._honorific_firsts = frozenset(h.split()[0].split("'")[0].split("’")[0].rstrip(".") for h in self._honorific_set) \
            | frozenset(h.split()[0] for h in self._honorific_set)
        self.sn = lexicon.surnames()
        self.g = gazetteer()
        self._role_prefixes = [(pre, len(pre.split())) for pre in self.t.role_prefixes]
        # plurals of the last word of every office ("presidents", "ministers", "secretaries")
        self._plurals = frozenset((w[:-1] + "ies" if w.endswith("y") else w + "s")
                                  for w in {k.split()[-1] for k in self.t.forms} if len(w) >= 3)
        # first words of the offices ("head", "minister", "director"): a word that opens an office
        self._office_heads = frozenset(k.split()[0] for k in self.t.forms)
        # every word of an office, abbreviation or honorific, lower-cased: no given name
        self._title_words = frozenset(w for form in self.t.forms for w in form.split()) \
            | frozenset(a.lower() for a in self.t.abbreviations) | frozenset(h.lower() for h in self.t.honorifics)
        # plurals of the first word of offices with a complement ("members" of "Member of the Presidency")
        self._plural_firsts = frozenset((w[:-1] + "ies" if w.endswith("y") else w + "s")
                                        for w in {k.split()[0] for k in self.t.forms
                                                  if " of " in k or " for " in k} if len(w) >= 3)
        self._country_patterns: Optional[list] = None
        # month and weekday names (the dates lexicon's): "… on Monday" does not continue an organisation's name
        dates_lex = load_dates_lexicon()
        self._calendar_words = frozenset(dates_lex.months) | frozenset(dates_lex.weekdays)
        # international organisations by name: the organisation prefixes and the commitments lexicon's names
        self._international_names = frozenset(self.t.organisation_prefixes) | frozenset(
            f for forms in commit_lexicon().organisations.values() for f in forms)

    # ---------------------------------------------------------- titles
    def known_names(self, doc: Doc, geo: list[GeoHit] = ()) -> list[tuple[int, int]]:
        """Token spans of office-holders' full names written in the text (``officeholders.json``), whatever
        the model tagged them; not after an article ("the Néstor Kirchner gas pipeline")."""
        oh = lexicon.officeholders()
        geo_toks = {i for h in geo for i in range(h.tok_start, h.tok_end)}
        out: list[tuple[int, int]] = []
        info = docinfo(doc)
        texts, lowers, n_tok = info.texts, info.lowers, info.n
        nxt = 0  # first token after the last name found
        for i in compress(range(n_tok), info.caps):  # a name opens with a capital
            if i < nxt:
                continue
            tx = texts[i]
            first = _name_key(tx)[:1]
            if (first and first[0] in oh.by_first and tx not in self.t.honorifics
                    and not (i > 0 and lowers[i - 1] in _DETS) and not self._inside_longer_name(info, i, geo_toks)):
                for n in range(min(6, n_tok - i), 1, -1):
                    span_text = info.span_text(i, i + n)
                    if "\n" in span_text or not texts[i + n - 1][:1].isupper():
                        continue
                    key = _name_key(span_text)
                    if len(key) > 1 and key in oh.by_name:
                        out.append((i, i + n))
                        nxt = i + n
                        break
        return out

    def _inside_longer_name(self, info, i: int, geo_toks: set) -> bool:
        """A known name right after another name word that follows a place is the end of a longer name: "Chief
        Minister of Punjab Hamza Shehbaz Sharif" is not the office-holder "Shehbaz Sharif". The word before must
        look like a given name: no title or honorific, place, demonym, function word or all-capitals dateline."""
        if i == 0:
            return False
        j, tx = i - 1, info.texts[i - 1]
        if not (info.is_alpha[j] and "\n" not in info.ws[j] and self._namelike(tx, True)
                and info.lowers[j] not in self._title_words and j not in geo_toks
                and info.lowers[j] not in STOP_WORDS and not (len(tx) > 1 and tx.isupper())):
            return False
        if info.ent_type(j) in ("GPE", "LOC", "NORP", "ORG", "FAC"):
            return False
        # a state's name inside an organisation's ("… of the Communist Party of Viet Nam To Lam")
        if any(info.span_text(k, i) in self.g.names for k in range(max(0, j - 3), i)):
            return False
        # a place closes the office before the given name ("… of Punjab Hamza Shehbaz Sharif"); a capitalised word
        # after anything else may be a portfolio's last ("Commissioner for Climate Action Wopke Hoekstra")
        return (j - 1) in geo_toks

    def find_titles(self, doc: Doc, geo: list[GeoHit], names: list[tuple[int, int]] = ()) -> list[TitleHit]:
        info = docinfo(doc)
        texts = info.texts
        keep = [i for i, tx in enumerate(texts) if tx not in "()[]{}"]
        # the matcher compares LOWER, a property of the word: without brackets the doc itself will do
        shadow = doc if len(keep) == info.n else Doc(doc.vocab, words=[texts[i] for i in keep])
        spans = []
        for mid, s, e in self.tt.matcher(shadow):
            spans.append((keep[s], keep[e - 1] + 1, doc.vocab.strings[mid], False))
        for mid, s, e in self.tt.abbr(doc):
            spans.append((s, e, doc.vocab.strings[mid], True))
        party_before = self._party_before(doc)
        party_after = self._party_after(doc)
        party_hits: dict[int, tuple[int, Optional[str]]] = {}  # office start -> party named after it
        if self.g.parties:
            for mid, s, e in self.tt.party(shadow):
                s, e = keep[s], keep[e - 1] + 1
                if party_before(s) is not None:
                    spans.append((s, e, doc.vocab.strings[mid], False))
                elif (after := party_after(e)) is not None:
                    # "leader of the opposition People's Party": the party office, not "Leader of the Opposition"
                    party_hits[s] = after
                    spans = [x for x in spans if x[0] != s]
                    spans.append((s, e, doc.vocab.strings[mid], False))
        known_starts = {a for a, _ in names}
        # longest first, no overlaps
        spans.sort(key=lambda x: (-(x[1] - x[0]), x[0]))
        taken: set[int] = set()
        hits: list[TitleHit] = []
        ws, n_tok = info.ws, info.n
        for s, e, key, abbr in spans:
            if not taken.isdisjoint(range(s, e)):
                continue
            if e < n_tok and texts[e] in "-–" and not ws[e - 1]:
                continue  # "minister-level"
            if s > 0 and texts[s - 1] in "-–" and not ws[s - 1] and s > 1 and not ws[s - 2]:
                continue
            if s > 0 and texts[s - 1] == "(" and ws[s - 1] == "":
                s0 = s - 1
            else:
                s0 = s
            if (e < n_tok and texts[e] in self.t.not_names and texts[e][:1].isupper()
                    and s > 0 and texts[s - 1][:1].isupper() and e not in known_starts):
                continue  # "UN General Assembly": a title word inside an organisation's name ("General
                # Secretary To Lam" is an office before a known name)
            if s > 0 and texts[s - 1] in _PERSONAL_HONORIFICS and e - s == 1:
                continue  # "Dr. Sultan Al Jaber": after "Dr."/"Mr.", a one-word office is a given name
            form = self.tt.form_of[key]
            if abbr and s0 == s:
                # a rank before an abbreviated office: "Deputy PM" is the Deputy Prime Minister
                full = self.tt.abbr_text.get(info.span_text(s, e), form.role)
                for n in (2, 1):
                    a = s - n
                    ranked = self.t.forms.get(f"{info.span_text(a, s)} {full}".lower()) if a >= 0 else None
                    if ranked is not None and texts[a][:1].isupper() and taken.isdisjoint(range(a, s)):
                        s0, form = a, ranked
                        break
            taken.update(range(s0, e))
            hits.append(TitleHit(s0, e, form, abbr, s0, e))
        hits.sort(key=lambda h: h.s)
        # "Defense Minister Amir Levy", "Minister Sultan Al Jaber": a one-word regnal office right after
        # another office is the holder's given name
        ends = {h.e for h in hits}
        hits = [h for h in hits if not (h.e - h.s == 1 and h.s in ends and h.form.base in self.t.regnal_offices)]
        by_end = {h.end_char: h for h in geo}
        by_start_tok = _StartIndex({h.tok_start: h for h in geo})
        all_title_toks = {i for h in hits for i in range(h.s, h.e)}
        name_starts = {a for a, _ in names}
        name_sorted = sorted(name_starts)
        for h in hits:
            written = info.span_text(h.s, h.e) if h.abbr else ""
            self._modifiers(doc, h, by_end, by_start_tok, all_title_toks, name_starts, name_sorted)
            if h.abbr:
                full = self.tt.abbr_text.get(written, h.form.role)
                # the office's written frame stays around the expansion ("Arizona Gov." → "Arizona Governor")
                h.surface = h.surface.replace(written, full, 1) if h.surface and written in h.surface else full
            if h.country is None and self.t.state_offices:
                # "Taoiseach", "Federal Councillor", "Khokim": an office only one state has
                for k in (3, 2, 1):
                    code = self.t.state_offices.get(info.span_text(h.e - k, h.e).lower()) if h.e - k >= h.s else None
                    if code:
                        h.country, h.country_ev = code, f"state_office:{info.span_text(h.e - k, h.e)}"
                        break
            if h.s in party_hits:
                end, code = party_hits[h.s]
                h.comp_e = max(h.comp_e, end)  # (the party's words are no name)
                h.surface = self._surface(doc, h.s, h.e)
                if h.country is None and code:
                    h.country, h.country_ev = code, f"party:{info.span_text(h.e + 1, end)}"
            party = party_before(h.s)
            if party is not None:
                # "Sinn Féin leader", "Hamas spokesman": the party gives the holder's state, not the role
                h.mod_s = min(h.mod_s, party[0])
                if h.country is None:
                    h.country, h.country_ev = party[1], f"party:{info.span_text(party[0], h.s)}"
        # "Head of the General Intelligence Service" is an office, "head of state" or "the head of the
        # delegation" is not
        hits = [h for h in hits if h.form.base not in self.t.body_offices or h.country_ev.startswith("agency:")
                or (h.comp_e > h.e and not self.t.bodies.isdisjoint(texts[h.e + 1:h.comp_e])
                    and not self.t.bodies.isdisjoint(h.surface.split()))]
        # "Deputy Prime Minister and Foreign Minister Ishaq Dar": one compound office
        hit_at = {x.s: x for x in hits}

        def chain_end(x: TitleHit) -> int:
            """The token after a run of offices joined by "and" from ``x`` (the last token at the end)."""
            while x.comp_e < info.n and info.lowers[x.comp_e] == "and" and x.comp_e + 1 in hit_at:
                x = hit_at[x.comp_e + 1]
            return min(x.comp_e, info.n - 1)

        out: list[TitleHit] = []
        for h in hits:
            a = out[-1] if out else None
            if (a is not None and a.e < info.n and info.lowers[a.e] == "of" and h.mod_s in (a.e + 1, a.e + 2)
                    and h.form.base in self.t.organisation_heads and a.form.base not in self.t.organisation_heads
                    and a.country is None):
                # "the Personal Envoy of the UN Secretary-General for Sudan": the envoy is the holder's office, held
                # for the organisation; its brief follows the head's title
                extra = info.span_text(h.e, h.comp_e) if h.comp_e > h.e and info.lowers[h.e] in ("for", "on", "to") \
                    else ""
                a.surface = f"{self._surface(doc, a.s, a.e)} {extra}".strip()
                a.comp_e = max(a.comp_e, h.comp_e)
                a.international = True
                continue
            if (a is not None and a.comp_e + 1 == h.s and info.lowers[a.comp_e] == "and" and not a.abbr
                    and a.form.base in ("President", "Chairman") and a.s > 0 and a.s == a.mod_s
                    and (lexicon.EVENT_CODE.fullmatch(info.texts[a.s - 1])
                         or info.texts[a.s - 1] in self.t.organisation_prefixes)):
                # "the COP29 President and Minister of Ecology …", "the ASEAN Chair and Foreign Minister …": the
                # chair of a conference or a bloc is not the state office the role names
                h.s = h.mod_s = a.s - 1
                h.det = h.det or a.det
                out[-1] = h
                continue
            if a is not None and a.comp_e < info.n and info.lowers[a.comp_e] == "and" and not a.abbr:
                end = self._organisation_function(doc, a.comp_e + 1, h)
                if end is not None:
                    # "Barbados Prime Minister and CARICOM Chair Mia Mottley", "Minister of Foreign Affairs of
                    # Kuwait and Chairman of the current session of the GCC Ministerial Council": a state office
                    # holder's chair of an organisation is not the office the role names
                    a.e = a.comp_e = end  # (its words are no name)
                    continue
            dash = (a is not None and a.comp_e + 1 == h.s and info.texts[a.comp_e] in _TITLE_DASHES
                    and info.ws[a.comp_e - 1] and info.ws[a.comp_e])
            if (a is not None and a.comp_e + 1 == h.s and info.texts[a.comp_e] == "," and not h.det and h.s == h.mod_s
                    and not a.abbr and not h.abbr and "\n" not in info.span_text(a.s, h.e)
                    and self._ranked_offices(a, h)):
                # two offices set off by a comma before one name, as protocol writes them: "Minister of State,
                # Minister of Foreign Affairs …, Ahmed Attaf", "Deputy Chairman of the Cabinet of Ministers, Minister
                # of Foreign Affairs Rashid Meredov"
                out[-1] = _joined_offices(a, h, ",")
                continue
            if (a is not None and a.comp_e + 1 == h.s and (info.lowers[a.comp_e] == "and" or dash)
                    # "the Secretary and Foreign Minister Hayashi" are two people; "The Tánaiste and Minister for
                    # Foreign Affairs, Simon Harris," set off by a comma is one
                    and not (a.det and len(a.surface.split()) < 2 and info.texts[chain_end(h)] != ",")
                    and h.s == h.mod_s and not a.abbr and "\n" not in info.span_text(a.s, h.e)
                    # an abbreviation joins only with the body it heads: "president and CEO of the Authority"
                    and (not h.abbr or (h.comp_e > h.e and info.lowers[h.e] == "of"))):
                # (the post-Soviet style joins the two with a dash: "Deputy Prime Minister – Minister of Foreign
                # Affairs")
                out[-1] = _joined_offices(a, h, f" {info.texts[a.comp_e]}" if dash else " and")
                continue
            out.append(h)
        return out

    @staticmethod
    def _ranked_offices(a: TitleHit, h: TitleHit) -> bool:
        """``a`` "," ``h`` is one holder's pair of offices, not a list of holders: a rank or deputy's office, or
        a "Minister of State", before a minister's office ("Minister of State, Minister of Foreign Affairs")."""
        first = a.form.base
        return (h.form.base.endswith("Minister") or h.form.base.startswith("Minister")) and (
            first in ("Minister of State", "Deputy Prime Minister", "Vice President") or bool(a.form.rank)
            or first.startswith(("Deputy ", "Vice ", "First Deputy ")) or "Chairman" in first)

    def _country_tail(self, doc: Doc, q: int, end: int) -> Optional[tuple[int, int, str]]:
        """``(of, start, ISO3)`` of a state's name closing the complement ``[q, end)`` after "of [the]"
        ("… of the People's Republic of China"), the longest such name; else None."""
        info = docinfo(doc)
        lowers = info.lowers
        for k in range(q + 1, end):
            of_i = k - 1 if lowers[k - 1] == "of" else k - 2 if lowers[k - 1] == "the" and lowers[k - 2] == "of" else -1
            if of_i >= q and (code := self.g.country_code(info.span_text(k, end))):
                return of_i, k, code
        return None

    @staticmethod
    def _unit_name_at(info, k: int, r: int) -> bool:
        """The capitalised run at ``k`` names a territorial unit ("Xinjiang Uygur Autonomous Region"), though the
        model calls it a person."""
        j = k
        while j < r and info.texts[j][:1].isupper():
            j += 1
        return j > k + 1 and info.lowers[j - 1] in REGION_SUFFIX_WORDS

    def _party_before(self, doc: Doc):
        """A function giving ``(start token, state)`` of a party's name ending right before token ``s``
        ("Hamas", "Sinn Féin"), else None; a lone word only when capitalised as the lexicon has it."""
        info = docinfo(doc)
        parties = self.g.parties

        def before(s: int) -> Optional[tuple[int, str]]:
            for n in (3, 2, 1):
                if s - n >= 0 and (code := parties.get(info.span_text(s - n, s))):
                    return s - n, code
            return None
        return before

    _PARTY_HEADS = frozenset({"Party", "Movement", "Front", "Alliance", "Congress", "League"})
    _PARTY_STANCES = frozenset({"opposition", "ruling", "governing", "main", "centre-right", "centre-left",
                                "conservative", "liberal", "socialist", "nationalist", "far-right", "far-left"})

    def _party_after(self, doc: Doc):
        """A function giving ``(end token, state or None)`` of a party named right after token ``e`` by "of
        [the] [opposition] <Party>" ("leader of Sinn Féin", "leader of the opposition People's Party (PP)"):
        a party the lexicon knows, or a capitalised name ending in "Party", "Movement", "Front" …; else None."""
        info = docinfo(doc)
        texts, lowers, n_tok = info.texts, info.lowers, info.n
        parties = self.g.parties

        def after(e: int) -> Optional[tuple[int, Optional[str]]]:
            if e >= n_tok or lowers[e] != "of":
                return None
            k = e + 1 + (e + 1 < n_tok and lowers[e + 1] == "the")
            while k < n_tok and lowers[k] in self._PARTY_STANCES:
                k += 1
            for n in (3, 2, 1):
                if k + n <= n_tok and (code := parties.get(info.span_text(k, k + n))):
                    return k + n, code
            j = k
            while j < n_tok and j - k < 6 and (texts[j][:1].isupper() or texts[j] in ("'s", "’s")):
                if texts[j] in self._PARTY_HEADS and j > k:
                    end = j + 1
                    if end + 2 < n_tok and texts[end] == "(" and texts[end + 2] == ")" and texts[end + 1].isupper():
                        end += 3  # "(PP)"
                    return end, None
                j += 1
            return None
        return after

    _ORG_FUNCTION_WORDS = frozenset({"session", "sessions", "council", "summit", "conference", "community", "union",
                                     "forum", "group", "bloc", "organisation", "organization", "committee",
                                     "assembly", "presidency", "chairmanship", "meeting", "secretariat"})

    def _organisation_function(self, doc: Doc, p: int, h: TitleHit) -> Optional[int]:
        """End token of a chair of an organisation written at ``p`` after a state office and "and" ("CARICOM
        Chair", "Chairman of the current session of the GCC Ministerial Council"), else None."""
        if h.form.base != "Chairman" or h.form.rank:
            return None
        info = docinfo(doc)
        texts, lowers, n_tok = info.texts, info.lowers, info.n
        if h.s == p + 1 and (texts[p] in self.t.organisation_prefixes
                             or (texts[p].isupper() and len(texts[p]) >= 2 and texts[p].isalpha()
                                 and self.g.names.get(texts[p]) is None)):
            return h.e  # "CARICOM Chair <Name>"
        if h.s == p and h.e < n_tok and lowers[h.e] == "of":
            k = h.e + 1
            while k < n_tok and k - h.e <= 12 and (info.is_alpha[k] or texts[k] in ("-", "’s", "'s")):
                if lowers[k] in self._ORG_FUNCTION_WORDS:
                    end = k + 1
                    while end < n_tok and info.is_alpha[end] and texts[end][:1].isupper():
                        end += 1  # "… of the GCC Ministerial Council"
                    return end
                k += 1
        return None

    def _international_body(self, text: str) -> bool:
        """``text`` names an international organisation or one of its organs: a name the commitments lexicon lists
        ("European Council", "African Union"), or such a name or an organisation prefix followed by organ words
        ("African Union Commission", "ECOWAS Commission", "SADC Secretariat")."""
        names = self._international_names
        if text in names:
            return True
        words = text.split()
        for k in range(len(words) - 1, 0, -1):
            if " ".join(words[:k]) in names:
                return all(w in _ORGAN_WORDS for w in words[k:])
        return False

    @staticmethod
    def _of_before(doc: Doc, i: int) -> Optional[int]:
        """Index of the "of" in "of [the] <doc[i]>", or None."""
        lowers = docinfo(doc).lowers
        j = i - 1
        if j >= 0 and lowers[j] == "the":
            j -= 1
        return j if j >= 0 and lowers[j] == "of" else None

    def _surface(self, doc: Doc, s: int, e: int) -> str:
        texts = docinfo(doc).texts
        words = [tx for tx in texts[s:e] if tx not in "()[]{}"]  # doc[s:e]
        return self._surface_text(" ".join(words))

    @staticmethod
    def _surface_text(text: str) -> str:
        text = text.replace(" - ", "-").replace(" -", "-").replace("- ", "-").replace(" ,", ",")
        text = text.replace(" 's ", "'s ").replace(" ’s ", "’s ")  # "the White House's Council"
        # an office as a title ("secretary of the Supreme National Security Council", "special envoy", "Mossad
        # director" after the agency's name)
        small = {"of", "for", "and", "the", "to", "on", "in", "at", "with"}
        if any(w[:1].islower() and w not in small for w in text.split()):
            text = " ".join(w if w in small or not w[:1].islower() else w[:1].upper() + w[1:] for w in text.split())
        return text

    def _country_of_hit(self, h: GeoHit) -> Optional[str]:
        return h.country if h.type in ("country", "region") and h.country else None

    def _modifiers(self, doc: Doc, h: TitleHit, by_end: dict, by_start_tok: dict, title_toks: set = frozenset(),
                   name_starts: set = frozenset(), name_sorted: Optional[list] = None) -> None:
        info = docinfo(doc)
        texts, lowers, n_tok = info.texts, info.lowers, info.n
        # a world region the office covers is part of the role as written: "Middle East coordinator"
        region_n = next((n for n in (3, 2, 1) if h.s - n >= 0 and not h.abbr
                         and info.span_text(h.s - n, h.s) in _region_names()), 0)
        # an agency known by its name is part of the role and gives the state: "CIA Director", "Shin Bet head",
        # "White House Middle East coordinator"
        for n in (3, 2, 1):
            a = h.s - region_n - n
            if a >= 0 and (code := self.g.state_agencies.get(info.span_text(a, h.s - region_n))):
                h.s = h.mod_s = a
                h.country, h.country_ev = code, f"agency:{info.span_text(a, a + n)}"
                break
        else:
            if region_n:
                h.s = h.mod_s = h.s - region_n
        # a coordinated portfolio written before the minister: "Energy and Natural Resources Minister",
        # "Agriculture, Water and Land Reform Minister" (the canonical office follows the first)
        # ("Energy and Petroleum Cabinet Secretary" likewise)
        office = next((o for o in (" Cabinet Secretary", " Minister") if h.form.base.endswith(o)
                       and info.span_text(max(h.s, h.e - len(o.split())), h.e).lower() == o.strip().lower()), None)
        if (h.s >= 2 and lowers[h.s - 1] == "and" and office is not None and h.s == h.mod_s
                and h.s - 2 not in title_toks):
            sep = h.s - 1
            while sep >= 1 and lowers[sep] in ("and", ","):
                for n in (3, 2, 1):
                    a = sep - n
                    first = self.t.forms.get(f"{info.span_text(a, sep).lower()}{office.lower()}") if a >= 0 else None
                    if first is not None and texts[a][:1].isupper() and first.base.endswith(office):
                        h.s = h.mod_s = a
                        h.form = lexicon.TitleForm(first.role, first.base, h.form.rank, h.form.rank_class)
                        break
                else:
                    break
                sep = h.s - 1
        # a portfolio written before a bare "Secretary", as Philippine and British departments are named:
        # "Foreign Affairs Secretary", "Migrant Workers Secretary", "Business and Trade Secretary"
        if h.s == h.mod_s and h.e - h.s == 1 and texts[h.s] == "Secretary" and not h.abbr and h.s >= 1 \
                and _PORTFOLIO_END.search(texts[h.s - 1]) and texts[h.s - 1][:1].isupper():
            a = h.s
            while (a - 1 >= 0 and h.s - a < 4 and (texts[a - 1][:1].isupper() or lowers[a - 1] == "and")
                   and a - 1 not in title_toks and by_end.get(info.end_char(a - 1)) is None
                   and texts[a - 1] not in self.g.demonyms and not doc[a - 1].is_sent_start):
                a -= 1
            if a - 1 >= 0 and doc[a - 1].is_sent_start and texts[a - 1][:1].isupper() and a - 1 not in title_toks \
                    and by_end.get(info.end_char(a - 1)) is None and texts[a - 1] not in self.g.demonyms \
                    and h.s - a < 4:
                a -= 1  # ("Agriculture Secretary X said …" opening its sentence)
            while a < h.s and lowers[a] == "and":
                a += 1
            if a < h.s:
                h.s = h.mod_s = a
        # role prefixes written before the title: "Federal Foreign Minister", "Foreign Ministry Spokesperson"
        for pre, n in self._role_prefixes if not h.country_ev.startswith("agency:") else ():
            if h.s - n >= 0 and info.span_text(h.s - n, h.s) == pre:
                h.s = h.mod_s = h.s - n
                break
        else:  # "the UN High Commissioner for Refugees": the organisation only says whom the office serves
            for n in (3, 2, 1):
                if h.s - n >= 0 and info.span_text(h.s - n, h.s) in self.t.organisation_prefixes:
                    h.mod_s = h.s - n
                    break
        k = h.s - 1
        # "Russia's Deputy Foreign Minister", "the ROK President", "Russian Foreign Minister", "South Korean ..."
        if k >= 0 and texts[k] in _POSS and k >= 1:
            gh = by_end.get(info.end_char(k - 1))
            if gh and self._country_of_hit(gh):
                h.country, h.country_ev = gh.country, f"possessive:{gh.text}"
                h.mod_s = gh.tok_start
        elif k >= 0:
            gh = by_end.get(info.end_char(k))
            if gh and self._country_of_hit(gh):
                h.country, h.country_ev = gh.country, f"modifier:{gh.text}"
                h.mod_s = gh.tok_start
                if gh.type == "region" and (gh.country not in self.g.territories or gh.country in self.g.territory_of):
                    h.s = gh.tok_start  # "Odisha Chief Minister", like "Premier of Greenland": the unit is in the role
            elif gh and gh.type == "city" and gh.country and h.form.base.lower() in SUBNATIONAL_OFFICES:
                # "London Mayor Sadiq Khan", "Lagos Governor": the city is part of the office, its state the holder's
                h.country, h.country_ev = gh.country, f"unit:{gh.text}"
                h.s = h.mod_s = gh.tok_start
            else:
                for n in (3, 2, 1):  # "Papua New Guinean Prime Minister"
                    if k - n + 1 >= 0:
                        txt = info.span_text(k - n + 1, k + 1)
                        code = self.g.demonyms.get(txt)
                        if code:
                            h.country, h.country_ev = code, f"demonym:{txt}"
                            h.mod_s = k - n + 1
                            break
        j = h.mod_s - 1
        if j >= 1 and lowers[j] in _STATE_ADJ and lowers[j - 1] in _DETS:
            j -= 1  # "the outgoing Chairperson"
        if j >= 0 and lowers[j] in _DETS:
            h.det = True
            h.mod_s = j
        elif j >= 1 and lowers[j] == "its" and h.country is None:
            # "New Zealand sent its Minister of Trade, Todd McClay": the state the pronoun stands for
            s0 = doc[j].sent.start
            for k in range(j - 1, max(s0, j - 15) - 1, -1):
                gh = by_start_tok.get(k)
                if gh is not None and gh.type == "country" and self._country_of_hit(gh):
                    h.det, h.mod_s = True, j
                    h.country, h.country_ev = gh.country, f"its:{gh.text}"
                    break
        m = h.mod_s
        rep = m - 2
        if m >= 3 and lowers[m - 1] == "by" and lowers[rep] != "represented":
            # "Congo was represented at the summit by Prime Minister …": a place or occasion between
            rep = next((j for j in range(m - 3, max(m - 8, 0), -1) if lowers[j] == "represented"
                       and lowers[j + 1] in ("at", "in", "on", "during")), rep)
        if h.country is None and m >= 3 and lowers[m - 1] == "by" and lowers[rep] == "represented":
            # "Australia was represented by the Minister for Foreign Affairs, Penny Wong"
            k = rep - 1
            while k >= 0 and lowers[k] in ("was", "were", "is", "are", "be", "been", "will", "being", ","):
                k -= 1
            gh = by_end.get(info.end_char(k)) if k >= 0 else None
            if gh is not None and gh.type == "country" and self._country_of_hit(gh):
                h.country, h.country_ev = gh.country, f"represented_by:{gh.text}"
        elif h.country is None and m >= 3 and lowers[m - 1] == "by":
            # the verb left out after the first pair: "Oman was represented by its Minister …, and the United
            # Arab Emirates by Minister of State Khalifa Shaheen Almarar"
            gh = by_end.get(info.end_char(m - 2))
            if gh is not None and gh.type == "country" and self._country_of_hit(gh) and gh.tok_start >= 2:
                j = gh.tok_start - 1 - (lowers[gh.tok_start - 1] == "the")
                sent_start = doc[m].sent.start
                if lowers[j] in ("and", ",") and any(lowers[x] == "represented" for x in range(sent_start, j)):
                    h.country, h.country_ev = gh.country, f"represented_by:{gh.text}"
        # "Foreign Minister of Japan", "Minister of Foreign Affairs of the Republic of Turkiye",
        # "Special Envoy for the Middle East", "Ambassador to Japan"
        p = h.e
        surf_e = h.e
        if p + 1 < n_tok and lowers[p] == "for" and any(
                (f := self.t.forms.get(info.span_text(p + 1, p + 1 + n).lower())) is not None
                and (f.base in self.t.head_offices or f.base in self.t.organisation_heads)
                for n in (1, 2, 3) if p + 1 + n <= n_tok):
            p = n_tok  # "the Spokesperson for Secretary-General António Guterres": the office after "for" is the name's
        if p < n_tok and lowers[p] in ("of", "for", "to", "on"):
            prep = lowers[p]
            q = p + 1
            if q < n_tok and lowers[q] == "the":
                q += 1
            r = q
            while r < n_tok:
                if texts[r][:1].isupper() and not info.is_space[r] and texts[r] not in self.t.honorifics:
                    r += 1
                elif (texts[r] in ("-", "–") and r > q and r + 1 < n_tok and not info.ws[r - 1] and not info.ws[r]
                      and texts[r + 1][:1].isupper()):
                    r += 1  # "Inter-Services Intelligence": a hyphenated name
                elif r > q and re.match(r"[dl][’']\w", texts[r]) and texts[r][2:3].isupper():
                    r += 1  # "Côte d'Ivoire": an elided particle inside a name
                elif lowers[r] in ("of", "and", "the", "'s", "’s") and r + 1 < n_tok and texts[r + 1][:1].isupper() \
                        and not (lowers[r] == "and" and r + 1 in title_toks):
                    r += 1  # (not across "and" into the next office: "Head of the X Administration A and Minister of")
                elif (lowers[r] in ("on", "for") and r > q and texts[r - 1] in self.t.bodies and r + 1 < n_tok
                      and texts[r + 1][:1].isupper() and lowers[r + 1] not in self._calendar_words):
                    r += 1  # "the Intergovernmental Authority on Development", "the Council for Foreign Trade"
                elif (lowers[r] in ("of", "and") and r + 2 < n_tok and lowers[r + 1] == "the"
                      and texts[r + 2][:1].isupper()):
                    r += 2  # "director of the Office of the Central Foreign Affairs Commission"
                else:
                    break
            # a name right after the complement: "Minister for Development and Africa Andrew Mitchell"
            pinfo = self._person_index(doc)
            cut = _first_between(pinfo["starts"], q, r)
            country_toks_in = {k for gh in _hits_inside(by_start_tok, q, r) if gh.type == "country"
                               for k in range(gh.tok_start, gh.tok_end)}
            while cut is not None and (self._portfolio_person(doc, cut) is not None or cut in country_toks_in
                                       or self._unit_name_at(info, cut, r) or (
                    cut == q and prep == "for" and cut + 1 < n_tok and texts[cut + 1] == ",")):
                # ("Prime Minister of Antigua and Barbuda": a country's name the model calls a person)
                # "… Development and Diaspora, Sean Kelly"; "Minister Delegate for Francophonie, International
                # Partnerships and …": a one-word portfolio the model calls a person, then the list goes on
                cut = _first_between(pinfo["starts"], cut + 1, r)
            cut_n = _first_between(name_sorted if name_sorted is not None else sorted(name_starts), q, r) \
                if name_starts else None
            if cut_n is not None and (cut is None or cut_n < cut or (
                    cut_n <= cut + 2 and all(info.lowers[k] in english_words() for k in range(cut, cut_n)))):
                # (the model's person opening with an English word or two before a known full name takes the
                # office's last words: "Commissioner for Climate Action Wopke Hoekstra")
                cut = cut_n
            if cut is not None and cut - 1 > q:
                # "Chief Minister of Punjab Hamza Shehbaz Sharif", the model's person starting at "Shehbaz": given
                # names between the region closing the complement and the person are the person's
                geo_in = _hits_inside(by_start_tok, q, cut)
                geo_toks_in = {t for gh in geo_in for t in range(gh.tok_start, gh.tok_end)}
                k = cut
                while k - 1 > q and cut - k < 2 and self._inside_longer_name(info, k, geo_toks_in):
                    k -= 1
                if k < cut and any(gh.tok_end == k and gh.type in ("region", "country") for gh in geo_in):
                    cut = k
            if cut is None and r - q >= 3:
                # a name the model took into the body's or portfolio's name: "Head of the Presidential
                # Administration Saida Mirziyoyeva", "Minister of Investment, Industry and Trade Laziz Kudratov"
                heads = lexicon.exclusions().name_heads
                regions = _region_names()
                state_ends = {gh.tok_end - 1 for gh in _hits_inside(by_start_tok, q, r) if gh.type == "country"
                              # "Chief Minister of Punjab Hamza Shehbaz Sharif": a region the model did not place
                              or (gh.type == "region" and gh.tok_end < r and info.caps[gh.tok_end]
                                  and not by_start_tok.get(gh.tok_end))}
                last = max((j for j in range(q, r - 1) if texts[j] in self.t.bodies or texts[j] in heads
                            or texts[j] in _CHAMBER_WORDS or j in state_ends
                            # "Chairman of the Council of Ministers Ana Li": a body named after its members
                            or (lowers[j] in self._plurals and lowers[j - 1] == "of")
                            or (texts[j].istitle() and lowers[j] in REGION_SUFFIX_WORDS)
                            or _PORTFOLIO_END.search(texts[j])
                            # "envoy for the Middle East Mikhail Bogdanov": a world region ends the complement
                            or any(info.span_text(k, j + 1) in regions for k in range(max(q, j - 3), j + 1))),
                           default=None)
                # "… of the Council of Ministers of Bosnia and Herzegovina Borjana Krišto": a state's name the model
                # did not mark closes the body's name
                state_end = next((c - 1 for c in range(r - 2, q + 2, -1) if r - c <= 4
                                  and self._country_tail(doc, q, c) is not None), None)
                if state_end is not None and (last is None or state_end > last):
                    last = state_end
                tail = range(last + 1, r) if last is not None else range(0)
                lead = 0  # "… of Inter-Services Intelligence Lt Gen Muhammad Asim Malik": a rank before the name
                while lead < len(tail) and tail[lead] in title_toks:
                    lead += 1
                if lead and lead < len(tail):
                    last, tail = last + lead, tail[lead:]
                # ("… for International Cooperation Lolwah bint Rashid Al-Khater": one given name before a
                # particle of a patronymic)
                particle_next = r < n_tok and lowers[r] in lexicon.surnames().particles
                if (2 <= len(tail) <= 4 or (len(tail) == 1 and particle_next)) and all(self._namelike(texts[j], info.is_alpha[j]) and j not in title_toks
                                              and texts[j] not in self.t.bodies and not by_start_tok.get(j)
                                              for j in tail):
                    cut = last + 1
            end = cut if cut is not None else r
            inside = _hits_inside(by_start_tok, q, end)
            states = sorted((gh for gh in inside if self._country_of_hit(gh)), key=lambda x: x.tok_start)
            if prep == "of" and end > q and info.span_text(q, end) in self.t.state_qualifiers:
                h.comp_e = end  # "President of the Republic", "Premier of the State Council": only the state served
            elif prep == "of" and not states and (tail := self._country_tail(doc, q, end)) is not None:
                # "Vice Premier of the State Council of the People's Republic of China", a state's name the model
                # did not mark: a cue; the role drops it only after a body that just names the state ("Governor of
                # the National Bank of Ethiopia" keeps the bank's name whole)
                of_i, k, code = tail
                if h.country is None:
                    h.country, h.country_ev = code, f"of:{info.span_text(k, end)}"
                surf_e = h.e if info.span_text(q, of_i) in self.t.state_qualifiers \
                    else of_i if texts[of_i - 1] in self.t.state_organs else end  # "… Council of Sudan": whose organ
                h.comp_e = end
            elif prep == "of" and self._state_possessive(doc, q, end):
                # "secretary of Iran's Supreme National Security Council": the state is a cue, the body is the role
                k, code = self._state_possessive(doc, q, end)
                if h.country is None:
                    h.country, h.country_ev = code, f"possessive:{info.span_text(q, k)}"
                h.surface_extra = " of the " + info.span_text(k + 1, end)
                h.comp_e = end
            elif prep == "of" and states and all(x in _STATE_STYLE for x in lowers[q:states[0].tok_start]):
                # "Foreign Minister of Japan": the state is a cue, not part of the role
                gh = states[0]
                if h.country is None:
                    h.country, h.country_ev = gh.country, f"of:{gh.text}"
                h.comp_e = gh.tok_end
                if gh.type == "region" and (gh.country not in self.g.territories or gh.country in self.g.territory_of):
                    # "Premier of Greenland", "Governor of Texas": the unit is part of the office ("President of
                    # Taiwan" stays "President", like a state's)
                    surf_e = gh.tok_end
                    k = gh.tok_end
                    while k < n_tok and k < gh.tok_end + 5 and texts[k][:1].isupper() and info.is_alpha[k]:
                        k += 1
                    if k > gh.tok_end and (texts[k - 1] in self.t.bodies or lowers[k - 1] in REGION_SUFFIX_WORDS):
                        # "President of the Tigray Interim Regional Administration": the unit's own body; "… of the
                        # Xinjiang Uygur Autonomous Region": the unit's full name
                        surf_e = h.comp_e = k
                t2 = gh.tok_end
                if t2 + 1 < n_tok and lowers[t2] == "to" and h.form.base in self.t.postings:
                    post = by_start_tok.get(t2 + 1 + (lowers[t2 + 1] == "the"))
                    post = [post] if post is not None else []
                    if post:  # "Ambassador of Japan to China"
                        h.comp_e = post[0].tok_end
                        h.surface_extra = " " + info.span_text(t2, post[0].tok_end)
            elif prep in ("of", "for") and states and states[-1].tok_end == end and states[-1].tok_start > q \
                    and self._of_before(doc, states[-1].tok_start) is not None:
                # "Minister of International Relations and Cooperation of the Republic of South Africa"
                gh = states[-1]
                of_i = self._of_before(doc, gh.tok_start)
                if h.country is None:
                    h.country, h.country_ev = gh.country, f"of:{gh.text}"
                # "Foreign Adviser of the Interim Government of Bangladesh": only the state served
                surf_e = h.e if info.span_text(q, of_i) in self.t.state_qualifiers else of_i
                h.comp_e = gh.tok_end
            elif prep == "to" and h.form.base in self.t.postings and inside and inside[0].tok_start == q:
                gh = max(inside, key=lambda x: x.tok_end)
                surf_e = h.comp_e = gh.tok_end  # "Ambassador to China"
            elif prep == "to" and h.form.base in self.t.postings and end > q and not inside:
                surf_e = h.comp_e = end  # "Ambassador to the United Nations"
            elif prep in ("for", "of") and cut is not None and cut > q:
                while cut - 1 > q and cut - 1 in title_toks:
                    cut -= 1  # "Head of the General Intelligence Service Major General Hassan Rashad": the rank is his
                surf_e = h.comp_e = cut  # "Special Envoy for North Korean Human Rights Issues Julie Turner"
            elif inside:
                gh = max(inside, key=lambda x: x.tok_end)
                h.comp_e = gh.tok_end
                if gh.tok_end < end and texts[gh.tok_end][:1].isupper() and (
                        (prep == "of" and gh.type == "region")
                        or (prep == "for" and _PORTFOLIO_END.search(texts[end - 1]))):
                    # "Secretary-General of the Caribbean Community", "Prime Minister of the Kurdistan Regional
                    # Government": a body named after a region; "Minister for Carriacou and Petite Martinique
                    # Affairs": a portfolio named after places (an organisation's name is dropped below)
                    h.comp_e = surf_e = end
                if prep in ("for", "on"):
                    surf_e = h.comp_e  # "Special Envoy for North Korea", "Special Envoy on Myanmar"
            elif (prep in ("for", "of") and r > q and (r >= n_tok or not texts[r][:1].isupper()
                                                       or self._past_honorifics(texts, r) > r)
                  and (not pinfo["spans"].overlaps(q, (self._portfolio_person(doc, r - 1) or (r,))[0])
                       or (prep == "for" and r == q + 1 and r < n_tok and texts[r] == ","))):
                surf_e = h.comp_e = r  # "Chairperson of the African Union Commission, Moussa Faki Mahamat"
                if prep == "of" and info.span_text(q, r) in self.t.organisation_prefixes:
                    surf_e = h.e  # "Secretary-General of ASEAN Dr. Kao Kim Hourn": like "ASEAN Secretary-General"
            if prep == "of" and h.form.base.lower() in SUBNATIONAL_OFFICES:
                # "the Governor of Basra", "the Governor of the Department of La Paz": the unit is part of the
                # office, and its state is the holder's
                units = [gh for gh in inside if gh.type in ("city", "region") and gh.country
                         or gh.rule == "capital_metonymy"]
                if units:
                    gh = units[-1]
                    # "Khokim of Samarkand region": the unit's kind after its name is part of it
                    unit_e = gh.tok_end + (gh.tok_end < n_tok and lowers[gh.tok_end] in REGION_SUFFIX_WORDS)
                    surf_e = max(surf_e, unit_e)
                    h.comp_e = max(h.comp_e, unit_e)
                    if h.country is None:
                        h.country, h.country_ev = gh.country, f"unit:{gh.text}"
        k = h.comp_e
        if surf_e == k and not h.surface_extra and k + 2 < n_tok and lowers[k] == "in" and lowers[k + 1] == "the":
            # "Leader of the Opposition in the National Assembly Omar Ayub Khan": the chamber is part of the office
            j = k + 2
            while j < n_tok and j - k <= 6 and texts[j][:1].isupper() and texts[j] not in _CHAMBERS_IN:
                j += 1
            if j < n_tok and texts[j] in _CHAMBERS_IN:
                surf_e = h.comp_e = j + 1
                k = h.comp_e
        if (surf_e == k and not h.surface_extra and k + 2 < n_tok and lowers[k] == "under" and lowers[k + 1] == "the"
                and k + 2 in title_toks):
            # "Commissioner for Children's Rights under the President of the Russian Federation": the office it
            # reports to is part of the role; the state after it is the holder's
            j = k + 2
            while j < n_tok and j in title_toks:
                j += 1
            h.surface_extra = " " + info.span_text(k, j)
            h.comp_e = j
            if j + 1 < n_tok and lowers[j] == "of":
                gh = by_start_tok.get(j + 1 + (lowers[j + 1] == "the"))
                if gh is not None and gh.type == "country" and self._country_of_hit(gh):
                    h.comp_e = gh.tok_end
                    if h.country is None:
                        h.country, h.country_ev = gh.country, f"of:{gh.text}"
        if surf_e == h.comp_e == h.e and not h.abbr:
            surf_e = h.comp_e = self._ministry_tail(doc, h.e)
        if surf_e == h.comp_e and not h.abbr and not h.surface_extra:
            surf_e = h.comp_e = self._portfolio_tail(doc, h, surf_e, title_toks, name_starts)
            if surf_e > h.e and h.country is None:
                self._state_after(doc, h, surf_e, by_start_tok)
        if surf_e == h.comp_e and h.comp_e < n_tok and texts[h.comp_e] in _ROMAN_ORDINALS:
            surf_e = h.comp_e = h.comp_e + 1  # Brunei's "Minister of Foreign Affairs II"
        h.surface = self._surface(doc, h.s, surf_e) + h.surface_extra
        if h.country is None and h.mod_s < h.s and self._organisation_office(h.form.base) \
                and info.span_text(h.mod_s + (lowers[h.mod_s] == "the"), h.s) in self.t.organisation_prefixes:
            h.international = True  # "the EU energy commissioner", "the UN envoy": the organisation's own official
        elif h.country is None and h.mod_s >= 2 and texts[h.mod_s - 1] in _POSS[:2] \
                and self._organisation_office(h.form.base) and texts[h.mod_s - 2] in self.t.organisation_prefixes:
            h.international = True  # "the EU's Commissioner for the Mediterranean"
        elif h.form.base in self.t.organisation_heads and h.country is None and (
                h.mod_s < h.s and lowers[h.mod_s] != "the" or _ORGANISATION_OF.search(self._surface(doc, h.s, h.comp_e))
                or (h.comp_e > h.e + 1 and lowers[h.e] == "of"
                    and info.span_text(h.e + 1 + (lowers[h.e + 1] == "the"), h.comp_e) in self.t.organisation_prefixes)):
            h.international = True  # "ASEAN Secretary-General", "Secretary General of the East African Community"
            m = _ORGANISATION_OF.search(h.surface)
            if m is not None and h.surface[m.end():].strip() == "" and h.surface[:m.start()].strip():
                # the organisation only says whom the office serves, as in "ASEAN Secretary-General":
                # "Secretary-General of the Gulf Cooperation Council" → "Secretary-General"
                h.surface = h.surface[:m.start()].strip()
        elif (h.country is None and h.comp_e > h.e + 1 and lowers[h.e] == "of" and h.surface_extra == ""
              and self._international_body(info.span_text(h.e + 1 + (lowers[h.e + 1] == "the"), h.comp_e))):
            # "Chairperson of the African Union Commission", "President of the European Council": an international
            # organisation's own officer; its name only says whom the office serves, as in "ASEAN Secretary-General"
            h.international = True
            h.surface = self._surface(doc, h.s, h.e)
        if h.comp_e > h.e + 1 and lowers[h.e] == "of" and _PARTY_BODY.search(info.span_text(h.e, h.comp_e)):
            # "General Secretary of the CPC Central Committee", "… of the Communist Party of Viet Nam": the party
            # is not the state; the office is named alone, as "General Secretary"
            h.surface = self._surface(doc, h.s, h.e)
        if h.country is None and h.comp_e > h.e + 1 and lowers[h.e] == "of":
            q = h.e + 1 + (lowers[h.e + 1] == "the")
            code = self.g.state_agencies.get(info.span_text(q, h.comp_e)) if q < h.comp_e else None
            if code:  # "the director general of MI5", "the head of the Shin Bet"
                h.country, h.country_ev = code, f"agency:{info.span_text(q, h.comp_e)}"
        if h.country is None and (h.form.base in self.t.body_offices
                                  or (h.comp_e > h.e + 1 and texts[h.comp_e - 1] in self.t.bodies)):
            # "Chief of the General Staff of the Egyptian Armed Forces": the body's demonym names the state
            for k in range(h.e + 1, h.comp_e):
                code = self.g.demonyms.get(texts[k]) if texts[k][:1].isupper() else None
                if code is None and k > h.e + 1 and lowers[k - 1] == "the" and texts[k][:1].isupper():
                    # a body named after its state or region (a place inside a name is no mention, so the
                    # gazetteer is asked): "director of the Kenya Ports Authority", "president of the Arizona
                    # Commerce Authority"
                    named = self._state_in_body_name(doc, k, h.comp_e - 1)
                    if named is not None:
                        h.country, h.country_ev = named[0], f"body_place:{named[1]}"
                        break
                if code:
                    h.country, h.country_ev = code, f"body_demonym:{texts[k]}"
                    if (k == h.e + 2 and lowers[h.e] == "of" and lowers[k - 1] == "the" and k + 1 < h.comp_e
                            and not h.surface_extra):
                        # "Secretary of the Russian Security Council": the demonym only says whose body it is,
                        # as "of Japan" does ("Royal Thai Police" keeps it: it is inside the name)
                        h.surface = self._surface(doc, h.s, k) + " " + self._surface(doc, k + 1, h.comp_e)
                    break
        self._portfolio_form(h)
        for pre in self.t.organisation_prefixes:  # "UN Secretary-General" → "Secretary-General"
            if h.surface.startswith(pre + " ") and len(h.surface) > len(pre) + 1:
                h.surface = h.surface[len(pre) + 1:]
                break
        first, _, rest = h.surface.partition(" ")
        if rest and first in _ORGAN_WORDS and h.form.base in self.t.organisation_heads and h.country is None:
            h.surface = rest  # "Commission President" → "President", as "President of the European Commission"

    @staticmethod
    def _portfolio_person(doc: Doc, i: int) -> Optional[tuple[int, int]]:
        """The model's PERSON holding token ``i`` when it is part of an office, not a name: one or two common
        words after "and" or a comma, the last a portfolio's ("International Development and Diaspora",
        "Foreign and Diaspora Affairs"); else None."""
        info = docinfo(doc)
        ent = next(((s, e) for s, e, label in info.ents if label == "PERSON" and s <= i < e), None)
        if ent is None or ent[1] - ent[0] > 2 or ent[0] < 1 or info.lowers[ent[0] - 1] not in ("and", ","):
            return None
        words = english_words()
        if _PORTFOLIO_END.search(info.texts[ent[1] - 1]) and all(info.lowers[k] in words for k in range(*ent)):
            return ent
        return None

    def _person_index(self, doc: Doc) -> dict:
        """Model PERSON entities of the doc, indexed once: sorted name starts (:meth:`_ent_start`),
        entity starts, and the entity spans for overlap queries."""
        info = docinfo(doc)
        out = info.cache.get("persons_person_index")
        if out is None:
            ents = [(s, e) for s, e, label in info.ents if label == "PERSON"]
            ent_starts = {s for s, _ in ents}
            out = info.cache["persons_person_index"] = {
                "starts": sorted(self._ent_start(doc, ent) for ent in ents),
                "ent_starts": ent_starts,
                # the starts of those that are not a portfolio's last words ("… and La Francophonie")
                "name_ent_starts": ent_starts - {s for s, e in ents if e - s <= 3
                                                 and _PORTFOLIO_END.search(info.texts[e - 1])},
                "spans": Intervals(ents),
            }
        return out

    def _ent_start(self, doc: Doc, ent: tuple[int, int]) -> int:
        """Start of a model PERSON entity (start, end) past words that are never names ("Assembly Dennis Francis")."""
        texts = docinfo(doc).texts
        i, end = ent
        while i < end - 1 and (texts[i] in self.t.not_names or self._not_name_word(texts[i])):
            i += 1
        return i

    def _state_possessive(self, doc: Doc, q: int, end: int) -> Optional[tuple[int, str]]:
        """(index of "'s", ISO3) for "<State>'s <Body>" spanning [q, end), else None."""
        info = docinfo(doc)
        for k in range(q + 1, min(end - 1, q + 5)):
            if info.texts[k] in _POSS:
                code = self.g.country_code(info.span_text(q, k))
                return (k, code) if code else None
        return None

    def _portfolio_tail(self, doc: Doc, h: TitleHit, p: int, title_toks: set, name_starts: set) -> int:
        """A minister's compound portfolio stays whole: "Minister for Europe and Foreign Affairs", "Minister of
        Foreign Affairs, African Cooperation and Moroccan Expatriates", "Minister for Foreign Affairs and Regional
        Integration <Name>". Only coordinated capitalised items ending in an "and" item, stopping at a title or a
        known name; the canonical office follows the first item that is a known portfolio."""
        info = docinfo(doc)
        if not (re.search(r"\b(?:Minister|Secretary|Commissioner)\b", h.form.base)
                or _DEPARTMENT_OF.search(info.span_text(h.s, p))):
            return p  # (also "Minister of State and Foreign Affairs"; "Head of the Federal Department of the
            # Environment, Transport, Energy and Communications")
        # (not a short PERSON of the model that ends in a portfolio's word: "… and La Francophonie")
        person_ents = self._person_index(doc)["name_ent_starts"]
        texts, lowers, n_tok = info.texts, info.lowers, info.n
        if (texts[h.s].islower() and ("for" in lowers[h.s:p] or "of" in lowers[h.s:p]) and p + 2 < n_tok
                and texts[p] == "and" and texts[p + 1].isalpha() and texts[p + 1].islower() and texts[p + 2] == ","):
            return p + 2  # news style: "its minister for industry and energy, Marc Ferracci"
        j, end, items, last_and = p, p, [], False
        while j + 1 < n_tok and texts[j] in (",", "and") and (
                texts[j + 1][:1].isupper() or (texts[j] == "and" and j + 2 < n_tok and lowers[j + 1] == "the"
                                               and texts[j + 2][:1].isupper())):
            conj = texts[j] == "and"
            k = j + 1 + (lowers[j + 1] == "the")  # "… and the Pacific"
            while (k < n_tok and texts[k][:1].isupper() and k not in title_toks
                   and (k not in person_ents or _PORTFOLIO_END.search(texts[k])) and k not in name_starts
                   and texts[k] not in self.t.honorifics and "\n" not in texts[k]):
                k += 1
            if k == j + 1 + (lowers[j + 1] == "the"):
                break
            items.append(info.span_text(j + 1, k))
            j = end = k
            last_and = conj
            if conj and not (k + 1 < n_tok and texts[k] == "and" and texts[k + 1][:1].isupper()
                             and k + 1 not in person_ents and k + 1 not in name_starts):
                break  # (a second "and" item continues: "Minister for Foreign and European Affairs and Trade")
        if not items or not last_and:
            return p
        if (end < n_tok and texts[end][:1].isupper() and end not in person_ents and end not in name_starts
                and end not in title_toks and texts[end] not in self.t.honorifics):
            return p  # a capitalised word follows that is not a known name: the run may be eating a name
        if end >= n_tok or _PORTFOLIO_END.search(texts[end - 1]):
            return end
        # the last portfolio word of the last item ("… and Cooperation Ana Paula": "Cooperation")
        last = max((i for i in range(end - len(items[-1].split()), end) if _PORTFOLIO_END.search(texts[i])),
                   default=None)
        if end in person_ents or end in name_starts:
            # "… and Cooperation Ana [Paula dos Reis]": the model's name starts late; the portfolio ends at its
            # last portfolio word
            return last + 1 if last is not None else end
        if last is not None and 2 <= end - last - 1 <= 4 and all(
                self._namelike(texts[j], info.is_alpha[j]) for j in range(last + 1, end)):
            return last + 1  # "… Industry and Trade Laziz Kudratov.": a name the model did not tag
        if info.is_alpha[end] and doc[end].is_lower:
            # an untagged name closes the run ("… and Trade Ana Ruiz met", "… and Cooperation Bendito dos Santos
            # Freitas"): the portfolio ends at its last portfolio word; else keep two words for the name
            if last is not None:
                end = last + 1
            elif len(items[-1].split()) >= 3:
                end -= 2
        return end

    def _ministry_tail(self, doc: Doc, p: int) -> int:
        """"Minister of State at the Ministry of Foreign Affairs <Name>", "Secretary of State in the
        Department of Trade": the ministry is part of the role. Only a known portfolio is taken, so
        the name after it stays a name."""
        info = docinfo(doc)
        lowers, n_tok = info.lowers, info.n
        if not (p + 4 < n_tok and lowers[p] in ("at", "in") and lowers[p + 1] == "the"
                and lowers[p + 2] in ("ministry", "department", "office") and lowers[p + 3] in ("of", "for")):
            return p
        for n in range(min(4, n_tok - p - 4), 0, -1):
            words = info.span_text(p + 4, p + 4 + n)
            if words[:1].isupper() and f"minister of {words.lower()}" in self.t.forms:
                return p + 4 + n
        return p

    def _state_after(self, doc: Doc, h: TitleHit, p: int, by_start_tok) -> None:
        """After a compound portfolio, "of [the Royal Government of] Bhutan" names the state served:
        a cue for the country, not part of the role."""
        info = docinfo(doc)
        lowers, n_tok = info.lowers, info.n
        if p >= n_tok or lowers[p] != "of":
            return
        for q in range(p + 1, min(n_tok, p + 7)):
            gh = by_start_tok.get(q)
            if gh is not None:
                if self._country_of_hit(gh) and all(x in _STATE_STYLE for x in lowers[p + 1:q]):
                    h.country, h.country_ev, h.comp_e = gh.country, f"of:{gh.text}", gh.tok_end
                return
            if lowers[q] not in _STATE_STYLE:
                return

    def _state_in_body_name(self, doc: Doc, k: int, last: int) -> Optional[tuple[str, str]]:
        """(ISO3, words) of a state or first-level subdivision named by the words from ``k`` that stop before the
        body's last word ``last``: "Kenya" in "Kenya Ports Authority", "Arizona" in "Arizona Commerce Authority"."""
        info = docinfo(doc)
        tb = geo_tables(doc.vocab)
        for n in (3, 2, 1):
            if k + n > last or info.texts[k + n] in _TITLE_DASHES:
                continue  # ("the Japan-China Friendship Committee" is no one state's)
            words = info.span_text(k, k + n)
            code = self.g.country_code(words) or tb.subdivisions.get(words) or tb.region_states.get(words)
            if code:
                return code, words
        return None

    def _portfolio_form(self, h: TitleHit) -> None:
        """A generic "Minister" whose written portfolio list names a known portfolio takes its canonical office:
        "Minister for Europe and Foreign Affairs" → Foreign Minister."""
        if h.form.rank or not h.form.base.endswith("Minister"):
            return
        m = re.match(r"Minister (?:of|for) (.+)$", h.surface)
        if not m:
            return
        forms = [self.t.forms.get(f"minister of {item.lower()}") for item in re.split(r",\s*|\s+and\s+", m.group(1))]
        forms = [f for f in forms if f is not None and f.base != "Minister"]
        if forms:
            # the foreign portfolio is the office's name wherever it is listed ("Minister for Europe and Foreign
            # Affairs" is the foreign minister); else the first known portfolio
            h.form = next((f for f in forms if f.base == "Foreign Minister"), forms[0])

    # ---------------------------------------------------------- names
    def _title_starts(self, titles: list[TitleHit]) -> set[int]:
        out = set()
        for h in titles:
            out.update(range(h.s, h.e))
        return out

    def name_run(self, doc: Doc, p: int, stop: set[int], country_toks: set[int]) -> Optional[tuple[int, int]]:
        info = docinfo(doc)
        texts, ws, alpha, n_tok = info.texts, info.ws, info.is_alpha, info.n
        p = self._past_honorifics(texts, p)
        i = p
        n_words = 0
        while i < n_tok and n_words < 5:
            if i in stop or "\n" in texts[i] or info.is_space[i]:
                break
            glued_next = (i + 2 < n_tok and texts[i + 1] in "-–" and not ws[i]
                          and not ws[i + 1] and alpha[i + 2])
            if self._namelike(texts[i], alpha[i]) and (i not in country_toks or (
                    i == p and i + 1 < n_tok and i + 1 not in country_toks and self._namelike(texts[i + 1], alpha[i + 1]))):
                # (a name's first word may be spelled like a place when more of the name follows: "Crown Prince
                # Sheikh Sabah Khalid Al-Hamad Al-Sabah")
                i += 1
                n_words += 1
                if glued_next:
                    i += 2
                continue
            if i > p and info.lowers[i] in self.sn.particles:
                # ("van Klaveren"; two particles in a row: "de la Fuente", "van der Berg")
                k = i + 1 + (i + 2 < n_tok and info.lowers[i + 1] in self.sn.particles)
                if k < n_tok and self._namelike(texts[k], alpha[k]):
                    i = k
                    continue
            break
        return (p, i) if i > p else None

    @staticmethod
    def _named_town(doc: Doc, s: int, e: int) -> bool:
        """Tokens ``s:e`` are a city the places found where a town is named, though its name opens with an office
        word or the model calls it a person ("between Davao City, General Santos and Bitung", "linking Fray
        Bentos with …"): not a person ("General Santos said" stays the general)."""
        cache = docinfo(doc).cache
        spans = cache.get("persons_city_spans")
        if spans is None:
            spans = cache["persons_city_spans"] = {(h.tok_start, h.tok_end) for h in find_geo(doc)
                                                   if h.type == "city" or h.rule == "unit_word"}
        return (s, e) in spans

    def _thing_or_place(self, doc: Doc, s: int, e: int) -> bool:
        """A model PERSON span that names a thing or a place: after a thing's head word ("Cyclone
        Winston", "Operation Desert Storm"); two place names joined by a dash ("Gelephu–Kokrajhar");
        or one word that is a province or a city of 100,000 people or more ("seized Goma and Bukavu")."""
        info = docinfo(doc)
        texts, lowers = info.texts, info.lowers
        if s >= 2 and texts[s - 1] == "(" and texts[s - 2].title() in _LABEL_WORDS and e < info.n \
                and texts[e].startswith(")"):
            return True  # "Question (Al Jadeed):", "QUESTION (NRK):": the outlet asking, no person
        if e < info.n and lowers[e] in _THING_AFTER_WORDS and not info.caps[e]:
            return True  # "the Corinto and Agua Caliente border posts", "the Specified Skilled Worker programme"
        if e - s > 1 and texts[e - 1] in _TOWN_LAST_WORDS:
            return True  # "Toe Town", "Belize City": a town's name
        if gazetteer().news_outlets.get(info.span_text(s, e)):
            return True  # "she told Prensa Latina by telephone": a news outlet
        if texts[s] == "Air" and e - s >= 2 and gazetteer().any_code(fold(info.span_text(s + 1, e))):
            return True  # "Air Sénégal", "Air India": a flag carrier
        before = " ".join(texts[max(0, s - 2):s])
        if texts[s] in self.t.thing_name_heads or (s > 0 and (texts[s - 1] in self.t.thing_name_heads
                                                            or before in self.t.thing_name_heads)):
            return True
        # deeper inside a name that opens with such a head: "Zona de Paz e Cooperação do Atlântico Sul"
        k = s - 1
        while k >= 0 and s - k <= 8 and "\n" not in texts[k] and (
                info.caps[k] or (lowers[k] in _NAME_CONNECTORS and k > 0 and info.caps[k - 1])):
            if texts[k] in self.t.thing_name_heads:
                return True
            k -= 1
        # "the island of Bhasan Char", "the port of Mongla"
        if s >= 2 and lowers[s - 1] == "of" and lowers[s - 2] in _PLACE_NOUNS:
            return True
        if e - s > 1 and texts[e - 1] in lexicon.exclusions().region_suffixes:
            return True  # "Davis Strait", "Sulawesi Sea"
        if e - s == 3 and texts[s + 1] in "–—" and not info.ws[s] and not info.ws[s + 1]:
            return True
        if e - s > 1 and texts[e - 1] in lexicon.exclusions().name_heads:
            return True  # "Ground Self-Defense Force", "Asean Chairmanship": an organisation's name
        if any(self._named_town(doc, k, e) for k in range(max(0, s - 2), s + 1)):
            return True  # "Santos" in "General Santos"; "linking Fray Bentos with Gualeguaychú"
        if e - s > 1 and (s == 0 or texts[s - 1] not in self.t.honorifics):
            # a city of two words or more that the text also names after "in", "to", "from" … ("Bandar Abbas")
            cities = geo_tables(doc.vocab).cities.get(info.span_text(s, e))
            if cities and cities[0][0] >= PERSON_LABELLED_CITY_MIN_POP and _named_at_a_place(doc, info.span_text(s, e)):
                return True
        if e - s == 1 and (s == 0 or texts[s - 1] not in self.t.honorifics):
            tb = geo_tables(doc.vocab)
            cities = tb.cities.get(texts[s])
            if texts[s] in person_name_words() or self.sn.is_family_first(texts[s]):
                return False
            # a province ("the departments of Petén, Huehuetenango and San Marcos") or a large city
            return texts[s] in tb.subdivisions or (bool(cities) and cities[0][0] >= PERSON_LABELLED_CITY_MIN_POP)
        return False

    def _company_name(self, doc: Doc, h: TitleHit, run: tuple[int, int]) -> bool:
        """The words after a title name a company ("General Motors Corp.", "General Mills Inc."): they run
        into a company suffix, or they are one common word ("Motors") that the model tags, title included,
        as an organisation. (The model also tags "Spokesperson Ned Price" ORG: a name is not enough.)"""
        info = docinfo(doc)
        if any(tx in self.t.company_suffixes for tx in info.texts[run[0] + 1:run[1] + 1]):
            return True
        return (run[1] - run[0] == 1 and info.lowers[run[0]] in english_words()
                and any(label == "ORG" and run[1] <= e for s, e, label in info.ents if s <= h.s < e))

    def _plural_titles(self, doc: Doc, title_toks: set[int],
                       geo_at: dict) -> list[tuple[int, int, lexicon.TitleForm, str, list[tuple[str, str]]]]:
        """Plural titles written before their names: (start, names start, office, singular surface, states).

        "Presidents Félix Tshisekedi and Paul Kagame"; with a portfolio, "the Ministers of Defence A, B and C";
        with the states served, "the Foreign Ministers of Chile, Peru and Bolivia, A, B and C", where the states
        are given in the names' order (used only when the counts agree), or interleaved with the names, "the
        Foreign Ministers of Albania, A, and of North Macedonia, B"."""
        info = docinfo(doc)
        texts, lowers, n_tok = info.texts, info.lowers, info.n
        plurals, forms = self._plurals, self.t.forms
        out = []
        firsts = self._plural_firsts
        for i in [i for i, low in enumerate(lowers) if low in plurals or low in firsts]:
            if i in title_toks or i + 1 >= n_tok:
                continue
            one = _singular(texts[i])
            head = None
            for n in (3, 2, 1):
                if i - n + 1 < 0 or any(k in title_toks for k in range(i - n + 1, i)):
                    continue
                key = " ".join([w.lower() for w in texts[i - n + 1:i]] + [one.lower()])
                if key in forms:
                    head = (i - n + 1, key)
                    break
            whole = None
            if head is None and i + 2 < n_tok and lowers[i + 1] in ("of", "for"):
                # the plural on an office's first word: "Members of the Presidency of Bosnia and Herzegovina, A, B
                # and C"
                for m in (4, 3, 2):
                    words = texts[i + 2:i + 2 + m]
                    longer = f"{one.lower()} {lowers[i + 1]} {' '.join(words).lower()}"
                    if len(words) == m and words[-1][:1].isupper() and longer in forms:
                        whole = (longer, i + 2 + m, f"{one} {texts[i + 1]} {' '.join(words)}")
                        break
            if head is None and whole is None:
                continue
            b = head[0] if head is not None else i
            if b >= 2 and lowers[b - 1] == "of" and texts[b - 2] in _COLLEGIAL_BODIES:
                continue  # "the Council of Ministers", "the Cabinet of Ministers": a body, not a plural title
            if whole is not None:
                s0, (key, e, surface) = i, whole
                form = forms[key]
            else:
                s0, key = head
                form, e = forms[key], i + 1
                surface = " ".join(texts[s0:i] + [one])
                for pre, n in self._role_prefixes:  # "Federal Ministers A and B" → "Federal Minister"
                    if s0 - n >= 0 and info.span_text(s0 - n, s0) == pre and not any(
                            k in title_toks for k in range(s0 - n, s0)):
                        s0, surface = s0 - n, f"{pre} {surface}"
                        break
            if whole is None and lowers[e] in ("of", "for"):
                # a portfolio: the longest known "<office> of <words>" in capitalised words
                for m in (4, 3, 2, 1):
                    words = texts[e + 1:e + 1 + m]
                    longer = f"{key} {lowers[e]} {' '.join(words).lower()}"
                    if (len(words) == m and words[0][:1].isupper()
                            and all(w[:1].isupper() or w in ("and", "&") for w in words) and longer in forms):
                        form, surface, e = forms[longer], f"{surface} {texts[e]} {' '.join(words)}", e + 1 + m
                        break
            states: list[tuple[str, str]] = []
            if e < n_tok and lowers[e] == "of":
                # the states served, coordinated and closed by a comma before the names
                if (e + 4 < n_tok and lowers[e + 1] in ("the", "both") and texts[e + 4] == ","
                        and lowers[e + 2] in _NUMBER_WORDS and lowers[e + 3] in _STATE_NOUNS):
                    e += 5  # "the Foreign Ministers of the two countries, A and B"
                else:
                    q = e + 1 + (lowers[e + 1] == "the")
                    gh = geo_at.get(q)
                    code = self._country_of_hit(gh) if gh is not None and gh.type == "country" else None
                    if code is not None and gh.tok_end < n_tok and texts[gh.tok_end] == "(":
                        # each state with its name in brackets: "of Norway (A), Sweden (B) and Denmark (C)"
                        states, e = [(code, f"plural_of:{gh.text}")], gh.tok_end + 1
                    else:
                        states, e = self._coordinated_states(doc, e + 1, geo_at)
                    if not states:
                        continue  # (one state: "the Foreign Ministers of Albania, A, and of Kosovo, B")
            if not states and e + 1 < n_tok and texts[e] == "," and texts[e + 1][:1].isupper() \
                    and "and" in lowers[e + 1:min(n_tok, e + 14)]:
                # in apposition: "Our foreign ministers, Mr Lavrov and Mr Araghchi, did …"; "the Dutch and Belgian
                # prime ministers, Dick Schoof and Bart De Wever" (the states in the names' order)
                b, demonyms = s0, []
                while b >= 2 and (self.g.demonyms.get(texts[b - 1]) or lowers[b - 1] in ("and", ",")):
                    if lowers[b - 1] not in ("and", ","):
                        demonyms.insert(0, (self.g.demonyms[texts[b - 1]], f"demonym:{texts[b - 1]}"))
                    b -= 1
                while b >= 2 and lowers[b - 1] in _PLURAL_TITLE_QUALIFIERS and lowers[b - 2] in _PLURAL_TITLE_DETS:
                    b -= 1
                if b >= 1 and lowers[b - 1] in _PLURAL_TITLE_DETS and lowers[b] not in ("and", ","):
                    e += 1
                    states = demonyms if len(demonyms) >= 2 else []
                elif b == s0 and b >= 2 and lowers[b - 1] == "'s":
                    # possessive states as the determiner: "Japan's and India's foreign ministers, A and B"
                    ends = {h.tok_end: h for h in geo_at.values() if h.type == "country"}
                    owners, k = [], b - 1
                    while k >= 1 and lowers[k] == "'s" and k in ends and (code := self._country_of_hit(ends[k])):
                        gh = ends[k]
                        owners.insert(0, (code, f"possessive:{gh.text}"))
                        k = gh.tok_start - 1
                        if k >= 1 and lowers[k] in ("and", ","):
                            k -= 1
                    if len(owners) >= 2:
                        e, states = e + 1, owners
            if e >= n_tok or not texts[e][:1].isupper():
                continue
            out.append((s0, e, form, surface, states))
        return out

    def _coordinated_states(self, doc: Doc, q: int, geo_at: dict) -> tuple[list[tuple[str, str]], int]:
        """"Chile, Peru and Bolivia, " from token q: the states and the token after the closing comma
        (no states unless the list is closed by a comma)."""
        info = docinfo(doc)
        texts, lowers, n_tok = info.texts, info.lowers, info.n
        states: list[tuple[str, str]] = []
        while q < n_tok:
            q += lowers[q] == "the"
            gh = geo_at.get(q)
            code = self._country_of_hit(gh) if gh is not None and gh.type == "country" else None
            if code is None:
                return [], q
            states.append((code, f"plural_of:{gh.text}"))
            q = gh.tok_end
            if q + 1 < n_tok and texts[q] == "," and lowers[q + 1] == "and":
                q += 2
            elif q < n_tok and lowers[q] == "and":
                q += 1
            elif q + 1 < n_tok and texts[q] == "," and (q + 1 in geo_at or lowers[q + 1] == "the"):
                q += 1
            else:
                break
        if q >= n_tok or texts[q] != ",":
            return [], q
        return states, q + 1

    def _past_honorifics(self, texts: list[str], p: int) -> int:
        """The first token at or after ``p`` that is not part of an honorific: "Mr.", "H.E.", "Hon" "."
        (the tokenizer splits the dot off), "His Royal Highness", "Dato' Seri Utama" (tokens "Dato"
        "'" "Seri" "Utama"), "Yang Berhormat Dato' Seri Utama": the furthest point a chain of honorifics reaches
        (a chain may split where the longest honorific at a point would not: "Dato' Seri" + "Utama" fails,
        "Dato'" + "Seri Utama" does not)."""
        hon, firsts = self._honorific_set, self._honorific_firsts
        n_tok = len(texts)
        seen, todo, best = {p}, [p], p
        while todo:
            q = todo.pop()
            if q >= n_tok or texts[q] not in firsts:
                continue  # no honorific starts with this word
            for n in range(1, min(9, n_tok - q + 1)):
                if _norm_honorific(" ".join(texts[q:q + n])) in hon and q + n not in seen:
                    seen.add(q + n)
                    todo.append(q + n)
                    best = max(best, q + n)
        return best

    def _is_rank(self, form: lexicon.TitleForm) -> bool:
        return form.base in self.t.military_ranks

    @staticmethod
    def _keep_title_state(c: Cand, office: TitleHit) -> None:
        """The state the title it replaces gave ("Egyptian Major General A, Head of …", "Federal Councillor A,
        head of the Federal Department of …", "Jamaica was represented by Senator A, Minister of …") stays the
        holder's when the office in apposition names none."""
        if c.title is not None and c.title.country and office.country is None:
            office.country, office.country_ev = c.title.country, c.title.country_ev

    def _rank_yields(self, rank: lexicon.TitleForm, office: lexicon.TitleForm) -> bool:
        """A military rank gives way to an office held by the same person ("Major General A, Head of the
        General Intelligence Service", "the Minister of Defence, General B")."""
        return self._is_rank(rank) and not self._is_rank(office)

    def _namelike(self, txt: str, is_alpha: bool) -> bool:
        """Could the token (its text and ``is_alpha``) be a word of a personal name?"""
        if txt[:1] in _GLOTTAL_MARKS and len(txt) > 1:
            txt = txt[1:]  # "ʻAisake": a Tongan or Hawaiian name opening with the ʻokina
        if not txt or not txt[0].isupper() or txt in self.t.not_names or txt in _MONTHS_DAYS or txt in self.t.post_nominals:
            return False
        if any(ch.isdigit() for ch in txt):
            return False
        if not (is_alpha or re.fullmatch(r"(?:[A-Z]\.){1,3}|[A-Za-z][A-Za-z'’.]*", txt)):
            return False
        if self.g.demonyms.get(txt):
            return False
        if self._not_name_word(txt):
            return False
        return True

    def _organisation_goes_on(self, doc: Doc, e: int) -> bool:
        """"King [Salman Humanitarian Aid] and Relief Centre": the words after a title run on, across "and",
        into an organisation's name."""
        info = docinfo(doc)
        texts = info.texts
        if e + 1 >= info.n or texts[e] not in ("and", "&"):
            return False
        k = e + 1
        while k < info.n and k < e + 6 and texts[k][:1].isupper():
            k += 1
        last = texts[k - 1] if k > e + 1 else ""
        return last in lexicon.exclusions().name_heads or last in self.t.bodies or last in _ORG_END_WORDS

    def _lone_surname(self, doc: Doc, i: int, h: TitleHit, country_toks: set[int], title_toks: set[int]) -> bool:
        """Is the one word before ", the <state> <office>," a surname? Only when the office is a full
        description (its article and its state) and the word is a name-shaped proper noun that is no place
        (nor after a place's preposition) or organisation: "Lavrov, the Russian Foreign Minister," but not
        "Moscow, the Russian capital," or "In Davos, the Russian Foreign Minister"."""
        if not (h.det and h.country) or i in country_toks or i in title_toks:
            return False
        tok = doc[i]
        if tok.pos_ != "PROPN" or not self._namelike(tok.text, tok.is_alpha) or tok.ent_type_ in ("GPE", "LOC", "FAC"):
            return False
        if i >= 1 and doc[i - 1].lower_ in LOCATIVE_PREPS:
            return False  # "In Ankara, the Turkish President said": a place the lexicon does not know
        return not inside_proper_name(doc, i, i + 1) and not self._thing_or_place(doc, i, i + 1)

    def _not_name_word(self, txt: str) -> bool:
        """Never a personal name: a news outlet ("Reuters", "Bloomberg") or the plural of a one-word title
        ("Ministers", "Presidents", "Ambassadors")."""
        if txt in self.t.media_outlets:
            return True
        low = txt.lower()
        for stem in (low[:-1] if low.endswith("s") else None, low[:-2] if low.endswith("es") else None,
                     low[:-3] + "y" if low.endswith("ies") else None):
            if stem and " " not in stem and stem in self.t.forms:
                return True
        return False

    def _clean_ent(self, doc: Doc, s: int, e: int, title_toks: set[int], stop: set[int]) -> Optional[tuple[int, int]]:
        info = docinfo(doc)
        texts, lowers, ws, n_tok = info.texts, info.lowers, info.ws, info.n
        if (e - s >= 2 and _ROMAN_HEADING.fullmatch(texts[s]) and (s == 0 or "\n" in texts[s - 1])
                and texts[s + 1][:1].isupper()):
            s += 1  # "I. Political, defence and security cooperation": a numbered section heading
        while s < e:
            if (lowers[s] in _DETS or s in title_toks or texts[s] in self.t.honorifics
                    or self.g.demonyms.get(texts[s]) or texts[s] in "([{"
                    or (e - s >= 2 and _PORTFOLIO_END.search(texts[s]))  # "… and Human [Mobility Gabriela Sommerfeld]"
                    or texts[s] in self.t.not_names or self._not_name_word(texts[s])
                    or (e - s >= 2 and doc[s].is_sent_start and doc[s].tag_ in ("VBG", "IN"))):
                s += 1  # "Assembly Dennis Francis" → "Dennis Francis"; "[Following] Brexit"
            elif self._past_honorifics(texts, s) > s:
                s = self._past_honorifics(texts, s)  # "Seri Utama Mohamad Hasan" → "Mohamad Hasan"
            elif any(self._past_honorifics(texts, k) > s for k in range(max(0, s - 3), s)):
                # an honorific the model cut in two: "Dato’ Seri [Utama Mohamad Hasan]"
                s = max(self._past_honorifics(texts, k) for k in range(max(0, s - 3), s))
            else:
                break
        while e > s and (texts[e - 1] in _POSS or doc[e - 1].is_punct and texts[e - 1] not in "."
                         or texts[e - 1] in self.t.post_nominals):
            e -= 1  # "Simon Harris TD" → "Simon Harris"
        if e <= s:
            return None
        # repair a name cut at a glued hyphen: "Moon Jae" + "-in"
        while (e + 1 < n_tok and texts[e] in "-–" and not ws[e - 1] and not ws[e]
               and info.is_alpha[e + 1]):
            e += 2
        words = texts[s:e]  # the tokens of doc[s:e]
        if any(any(ch.isdigit() for ch in tx) for tx in words):
            return None
        span = info.span_text(s, e)
        if span in self.g.demonyms or (span.endswith("s") and span[:-1] in self.g.demonyms):
            return None  # "Papua New Guinean", "young Solomon Islanders"
        if info.span_text(s, e) in self.t.media_outlets or any(self._not_name_word(tx) for tx in words):
            return None  # "told Reuters", "a Bloomberg reporter", "Ministers"
        if any(tx in self.t.not_names or i in title_toks for i, tx in zip(range(s, e), words)):
            return None
        if not all(texts[i][0].isupper() or lowers[i] in self.sn.particles or texts[i] in "-–"
                   or (i > 0 and texts[i - 1] in "-–") for i in range(s, e)):
            return None
        return s, e

    def find_candidates(self, doc: Doc, titles: list[TitleHit], geo: list[GeoHit],
                        known: list[tuple[int, int]] = ()) -> list[Cand]:
        title_toks = self._title_starts(titles)
        country_toks = {i for h in geo if h.type != "city" for i in range(h.tok_start, h.tok_end)}
        place_spans = {(h.tok_start, h.tok_end) for h in geo}
        place_starts = {h.tok_start for h in geo if h.type != "country"}
        place_ends = {h.tok_end for h in geo if h.type != "country"}
        cands: list[Cand] = []
        comp_end = {i: h.comp_e for h in titles for i in range(h.e, h.comp_e)}  # inside an office's complement
        # a) model PERSON entities
        info = docinfo(doc)
        for ent_start, ent_end, label in info.ents:
            if label != "PERSON":
                continue
            r = self._clean_ent(doc, ent_start, ent_end, title_toks, set())
            if r:
                e2 = r[1]
                while e2 < info.n and info.texts[e2 - 1].islower() and info.texts[e2 - 1] in self.sn.particles \
                        and info.texts[e2][:1].isupper() and info.is_alpha[e2]:
                    e2 += 1  # "[von der] Leyen": the model stops at a particle; the family name follows it
                r = (r[0], e2)
            if r and r[0] in comp_end:
                # "Head of the General [Intelligence Service Hassan Rashad]": the office's complement is no name
                r = (comp_end[r[0]], r[1]) if comp_end[r[0]] < r[1] else None
            if not r:
                continue
            if r in place_spans or all(i in country_toks for i in range(*r)):
                continue
            if info.span_text(*r) in self.g.state_agencies:
                continue  # "Shin Bet", "Mossad": an agency, not a person
            if inside_proper_name(doc, r[0], r[1]) or self._thing_or_place(doc, r[0], r[1]):
                continue
            if _named_thing(info.texts, *r):
                continue  # "Iqbal Scholarship Programme", "Gandhi Award": a thing named after a person
            if r[1] - r[0] == 1 and _coordinated_with(info, r, place_starts, place_ends):
                continue  # "the Mongla and Chattogram ports": one word joined to a town is a town
            if _photo_credit(info, r[0]):
                continue  # "(Photo: NDO/Tran Hai)": the photographer is credited, not reported on
            cands.append(Cand(r[0], r[1], "model"))
        # a') a full name the model missed, opening its sentence before an office in apposition: "Alberto Nunez
        # Feijoo, leader of the opposition Popular Party, welcomed …"
        taken = Intervals((c.s, c.e) for c in cands)
        words, names = english_words(), person_name_words()
        for h in titles:
            k = h.mod_s - 1
            if k < 2 or info.texts[k] != ",":
                continue
            s0 = doc[k].sent.start
            run = self.name_run(doc, s0, title_toks, country_toks)
            if run is None or run[1] != k or not 2 <= run[1] - run[0] <= 4 or taken.overlaps(run[0], run[1]):
                continue
            if all(info.lowers[j] in words and info.texts[j] not in names for j in range(*run)
                   if info.lowers[j] not in self.sn.particles) or any(
                    info.lowers[j] in self._office_heads for j in range(*run)):
                continue  # ("Foreign Affairs, Trade and Development, Minister …": words, an office's)
            if (run[0], run[1]) in place_spans or inside_proper_name(doc, *run) or self._thing_or_place(doc, *run):
                continue
            cands.append(Cand(run[0], run[1], "title"))
        # a'') a private person the model missed, named with an occupation: "farmer Chanda Mwale", "Jean-Paul
        # Habimana, a Kigali-based analyst of regional integration"
        occupations = self.t.occupation_nouns
        if occupations:
            taken = Intervals((c.s, c.e) for c in cands)
            # (only where an occupation word or a ", a|an" apposition is near: no name run for every capital)
            appositions = [k for k in range(info.n - 1) if info.texts[k] == "," and info.lowers[k + 1] in ("a", "an")]
            for i in range(1, info.n):
                if not info.caps[i] or not (info.lowers[i - 1] in occupations or any(
                        i < k <= i + 6 for k in appositions[bisect_left(appositions, i + 1):][:1])):
                    continue
                run = None
                if info.lowers[i - 1] in occupations and info.texts[i - 1].islower():
                    run = self.name_run(doc, i, title_toks, country_toks)
                elif i == 0 or not info.caps[i - 1] or (doc[i - 1].is_sent_start and info.lowers[i - 1] in words):
                    r = self.name_run(doc, i, title_toks, country_toks)
                    if r is not None and r[1] + 2 < info.n and info.texts[r[1]] == "," \
                            and info.lowers[r[1] + 1] in ("a", "an"):
                        k = r[1] + 2
                        while k < min(info.n, r[1] + 8) and info.lowers[k] not in occupations and info.texts[k] not in ",.;":
                            k += 1
                        if k < info.n and info.lowers[k] in occupations:
                            run = r
                if run is None or not 2 <= run[1] - run[0] <= 4 or taken.overlaps(run[0], run[1]):
                    continue
                if all(info.lowers[j] in words and info.texts[j] not in names for j in range(*run)
                       if info.lowers[j] not in self.sn.particles and info.is_alpha[j]) \
                        or any(info.lowers[j] in self._office_heads for j in range(*run)) \
                        or (run[0], run[1]) in place_spans \
                        or inside_proper_name(doc, *run) or self._thing_or_place(doc, *run):
                    continue  # ("Trade Minister", "New Delhi": words, places)
                cands.append(Cand(run[0], run[1], "occupation"))
        # b) family-first pattern with a hyphenated given name: "Moon Jae-in", "Kim Jong-un"
        texts, ws, alpha = info.texts, info.ws, info.is_alpha
        for i in range(len(doc) - 3):
            if (texts[i + 2] in "-–" and not ws[i + 1] and not ws[i + 2] and alpha[i + 3] and alpha[i + 1]
                    and texts[i + 1][:1].isupper() and self.sn.is_family_first(texts[i])
                    and i not in title_toks and not inside_proper_name(doc, i, i + 4)):
                cands.append(Cand(i, i + 4, "surname_pattern"))
        # b2) a transcript's speaker label the model did not tag: "Nebiat Getachew: Good afternoon …",
        # "Masoud Pezeshkian (retranslated): …"
        for i in range(info.n - 2):
            if i and "\n" not in texts[i - 1]:
                continue
            k = i
            while k < info.n and k - i < 4 and self._namelike(texts[k], alpha[k]) and k not in title_toks \
                    and k not in country_toks and texts[k] not in _LABEL_WORDS:
                k += 1
            if k - i < 2 or k >= info.n:
                continue
            colon = k
            if texts[k] == "(" and k + 3 < info.n and texts[k + 2] == ")":
                colon = k + 3  # "(retranslated)"
            if texts[colon] == ":" and not inside_proper_name(doc, i, k) and not self._thing_or_place(doc, i, k):
                cands.append(Cand(i, k, "speaker_label"))
        # c) full names of known office-holders the model missed ("Raila Odinga" tagged FAC)
        for s, e in known:
            if not any(i in title_toks for i in range(s, e)) and not inside_proper_name(doc, s, e):
                cands.append(Cand(s, e, "officeholder_lexicon"))
        # d) names after titles and honorifics
        title_at = {h.s: h for h in titles}
        known_at = dict(known)
        for h in titles:
            if h.s in comp_end and not h.e == comp_end[h.s]:
                continue  # "Head of the General Intelligence Service": "General" names the service, no rank
            run = self.name_run(doc, h.comp_e, title_toks, country_toks)
            if run is None and h.comp_e in known_at:
                run = (h.comp_e, known_at[h.comp_e])  # "General Secretary To Lam": a known name the run refuses
            inner = title_at.get(self._past_honorifics(texts, h.comp_e))  # (a rank after "Pol.": "Pol. Gen.")
            if run is None and inner is not None:
                # "Deputy Prime Minister and Foreign Minister Senator Mohammad Ishaq Dar": the office before a
                # second title word is the name's too (listed first, it is the one kept)
                run = self.name_run(doc, inner.comp_e, title_toks, country_toks)
            if run and not self._company_name(doc, h, run) and texts[run[1] - 1] not in lexicon.exclusions().name_heads \
                    and not self._organisation_goes_on(doc, run[1]) and not self._named_town(doc, h.s, run[1]):
                # (not "the General Intelligence Service": an organisation named with an office word)
                cands.append(Cand(run[0], run[1], "title", title=h, title_shape="title_before"))
        hon_spans = [(s, e) for _, s, e in self.tt.honorifics(doc)]
        for s, e in hon_spans:
            if any(s2 <= s and e <= e2 and (s2, e2) != (s, e) for s2, e2 in hon_spans):
                continue  # "Samdech" inside "Preah Bat Samdech Preah Boromneath"
            # from the honorific's start: name_run skips the longest honorific there ("Dato' Seri Utama")
            run = self.name_run(doc, s, title_toks, country_toks)
            if run and doc[run[0]:run[1]].text.lower() in self.tt.titles.forms:
                continue  # "Mr President", "Madam Chair": an address by the office, no name
            if run and _named_thing(texts, *run):
                continue  # "the Allama Iqbal Scholarship Programme": a thing named after a person
            if run:
                cands.append(Cand(run[0], run[1], "honorific"))
        # e) a plural title over coordinated names: "Presidents Félix Tshisekedi and Paul Kagame"
        lowers = info.lowers
        geo_at = {h.tok_start: h for h in geo}
        rank_end = {h.s: h.e for h in titles if self._is_rank(h.form)}
        for s0, e0, form, surface, states in self._plural_titles(doc, title_toks, geo_at):
            p, runs, own = e0, [], {}
            pending = states[0] if len(states) == 1 else None
            one_state = interleaved = False
            while True:
                k = self._past_honorifics(texts, p)
                if k in rank_end and not self._is_rank(form):
                    p = rank_end[k]  # "the Ministers of Defence of A, B and C, …, H.E. Gen. Sadio Camara"
                run = self.name_run(doc, p, title_toks, country_toks)
                if not run or (run[1] - run[0] == 1 and lowers[run[0]] in english_words() and k == p):
                    break  # "Presidents Club": a common word is not a name (after "Mr" it is one)
                q = run[1]
                if (run[1] - run[0] == 1 and q in country_toks and q + 1 < info.n and texts[q + 1] in (",", "and", ";")
                        and self._namelike(texts[q], info.is_alpha[q])):
                    run = (run[0], q + 1)  # a given name and a surname spelled like a state: "Luís Montenegro"
                runs.append(run)
                if pending is not None:
                    own[run], pending = pending, None
                q = run[1]
                if q + 1 < info.n and lowers[q] == "of":
                    # "Foreign Ministers Paulson Panapa of Tuvalu and Kalani Kaneko of the Marshall Islands"
                    gh = geo_at.get(q + 1 + (lowers[q + 1] == "the"))
                    code = self._country_of_hit(gh) if gh is not None and gh.type == "country" else None
                    if code is not None:
                        own[run] = (code, f"of:{gh.text}")
                        q = gh.tok_end
                if len(states) == 1 and q == run[1] and q < info.n and texts[q] == ")":
                    q += 1  # "… of Norway (Anne Lund), Sweden (…)"
                if q < info.n and texts[q] not in (",", "and", ";"):
                    break
                q = q + (q < info.n and texts[q] in (",", ";"))
                q += q < info.n and lowers[q] == "and"
                if len(states) == 1 and q + 2 < info.n:
                    # interleaved: "…, Igli Hasani, and of North Macedonia, Timčo Mucunski", "of Estonia, A;
                    # Latvia, B; and Lithuania, C", "of Norway (A), Sweden (B)": each name after its state
                    k = q + (lowers[q] == "of")
                    gh = geo_at.get(k + (lowers[k] == "the"))
                    code = self._country_of_hit(gh) if gh is not None and gh.type == "country" else None
                    if code is None and not interleaved and k == q and q < info.n and texts[q][:1].isupper():
                        # one state for every name: "the Members of the Presidency of Bosnia and Herzegovina, A, B
                        # and C"
                        one_state = True
                        p = q
                        continue
                    if one_state or code is None or gh.tok_end >= info.n or texts[gh.tok_end] not in (",", "("):
                        break
                    interleaved = True
                    pending, q = (code, f"plural_of:{gh.text}"), gh.tok_end + 1
                p = q
            respective = len(states) == len(runs) or (one_state and len(states) == 1)
            for k, run in enumerate(runs):
                h = TitleHit(s0, e0, form, False, s0, e0, used=True, surface=self._surface_text(surface), shared=True)
                if respective:
                    h.country, h.country_ev = states[min(k, len(states) - 1)]
                elif run in own:
                    h.country, h.country_ev = own[run]
                cands.append(Cand(run[0], run[1], "title", title=h, title_shape="title_before"))
        # merge overlapping candidates: prefer the widest, keep the title
        cands.sort(key=lambda c: (c.s, -(c.e - c.s)))
        merged: list[Cand] = []
        for c in cands:
            if merged and c.s < merged[-1].e:
                m = merged[-1]
                if c.e > m.e and c.s == m.s:
                    m.e = c.e
                if c.title and (not m.title or self._rank_yields(m.title.form, c.title.form)):
                    m.title, m.title_shape = c.title, c.title_shape  # (an office beats a rank)
                if c.source == "title" and m.source == "model":
                    m.source = "model+title"
                continue
            merged.append(c)
        # a generational suffix after the name, with or without a comma, is part of it: "Joseph Boakai, Sr., President
        # of …"
        suffixes = lexicon.surnames().suffixes
        for c in merged:
            k = c.e + (c.e < info.n and texts[c.e] == ",")
            if k < info.n and texts[k] in suffixes and texts[k][:1].isupper() and not (k == c.e and not info.ws[c.e - 1]):
                c.e = k + 1
            if texts[c.e - 1] in suffixes and c.e < info.n and texts[c.e] == "." and not info.ws[c.e - 1]:
                c.e += 1  # (the suffix's full stop, split off by the tokenizer)
        # ... but no name on its own: "King Jr." is no king called "Jr."
        merged = [c for c in merged if any(texts[k] not in suffixes and texts[k] not in ".," for k in range(c.s, c.e))]
        # attach titles that had no name right after them
        for c in merged:
            if c.title:
                c.title.used = True
        by_start = {c.s: c for c in merged}
        by_end = {c.e: c for c in merged}
        title_ending = {h.e: h for h in titles}
        title_starting = {h.s: h for h in titles}
        title_by_comp_end = {h.comp_e: h for h in titles}
        for h in titles:
            if h.used:
                continue
            if h.comp_e < info.n and texts[h.comp_e] in _POSS and h.comp_e == h.e:
                continue  # "the UN Secretary-General's Special Envoy": the office of someone else
            prev = title_by_comp_end.get(h.mod_s - 1) if h.mod_s >= 1 and texts[h.mod_s - 1] == "," else None
            if prev is not None and prev.used:
                owner = next((c for c in merged if c.title is prev and c.title_shape == "title_appositive_after"), None)
                if owner is not None:
                    # "Sok Chenda Sophea, Deputy Prime Minister, Minister of Foreign Affairs … of Cambodia, H.E.
                    # Mr. IWAYA Takeshi": the second office continues the first person's title, it does not
                    # announce the next name
                    prev.surface = f"{prev.surface}, {h.surface}"
                    if prev.country is None and h.country:
                        prev.country, prev.country_ev = h.country, h.country_ev
                    h.used = True
                    continue
            # "the Foreign Minister of Japan, Hayashi Yoshimasa"
            p = h.comp_e
            if p + 3 < info.n and texts[p] == "(" and texts[p + 2] == ")" and texts[p + 1].isupper():
                p += 3  # "the Secretary General of the East African Community (EAC), Hon. Veronica Nduva"
            p = self._second_office_end(texts, p)
            p1 = p + 1
            if p1 + 1 < info.n and info.lowers[p1] == "the" and self._past_honorifics(texts, p1 + 1) > p1 + 1:
                p1 += 1  # "the Trade Minister, the Hon Don Farrell MP, …"
            p1 = self._past_honorifics(texts, p1)  # "the President of Egypt, H.E. Mr. Abdel Fattah El-Sisi"
            rank = title_starting.get(p1)
            if rank is not None and (_bare_rank(rank) or self._rank_yields(rank.form, h.form)):
                # "The Minister of Foreign Affairs, Ambassador Yusuf Maitama Tuggar", "the Minister of Defence,
                # General Sadio Keita"
                p1 = rank.comp_e
                if p1 < info.n and texts[p1] == ".":
                    p1 += 1  # "Amb." (the tokenizer splits the point off)
                p1 = self._past_honorifics(texts, p1)  # "…, Amb. Dr. Korir Sing'oei"
            # (an office opening the sentence is set off like one after "the": "Minister of Foreign Affairs, …,
            # Nasser Bourita, held talks", after a dateline the text no longer shows)
            lead = h.det or h.country or h.mod_s == 0 or doc[h.mod_s].is_sent_start or "\n" in texts[h.mod_s - 1] \
                or (h.mod_s >= 2 and texts[h.mod_s - 1] in _POSS[:2])  # "The EU's Commissioner for …, X,"
            if p + 1 < info.n and texts[p] == "," and lead and p1 not in by_start:
                # a name the model missed, closed by a comma or the sentence: "The Minister of Foreign
                # Affairs, Mauro Luiz Iecker Vieira, received …"
                run = self.name_run(doc, p1, title_toks, country_toks)
                close = run[1] if run is not None else 0
                while close < info.n and texts[close] in self.t.post_nominals:
                    close += 1  # "…, Don Farrell MP, …"
                closed = run is not None and close < info.n and texts[close] in (",", ".", ";") and (
                    run[1] - run[0] >= 2
                    # a one-word name closing its item in a semicolon list: "…; the Foreign Minister of
                    # Indonesia, Sugiono; …"
                    or (texts[close] in (";", ".") and doc[run[0]].pos_ == "PROPN" and ";" in texts[max(0, h.s - 3):h.s]))
                inner = [m for m in merged if m.s < run[1] and run[0] < m.e] if closed else []
                if closed and len(inner) == 1 and inner[0].e == run[1] and inner[0].s > run[0]:
                    # the model's name starts late: "…of Paraguay, Rubén [Ramírez Lezcano], received"
                    by_start.pop(inner[0].s, None)
                    inner[0].s = run[0]
                    by_start[run[0]] = inner[0]
                elif closed and not inner and not inside_proper_name(doc, *run) and not self._thing_or_place(doc, *run):
                    c = Cand(run[0], run[1], "title")
                    merged.append(c)
                    by_start[c.s], by_end[c.e] = c, c
            after_name = (h.mod_s >= 1 and texts[h.mod_s - 1] == "," and (h.mod_s - 1) in by_end
                          and not by_end[h.mod_s - 1].title)
            if p + 1 < info.n and texts[p] == "," and p1 in by_start and lead and not after_name:
                # (a title between two names in a list is the first one's: "A, Premier of Nunavut, B, …")
                c = by_start[p1]
                if not c.title or _bare_rank(c.title) or self._rank_yields(c.title.form, h.form):
                    # ("the Minister of Defence, General Sadio Keita": the office, not the rank)
                    self._keep_title_state(c, h)
                    c.title, c.title_shape, h.used = h, "title_appositive_before", True
                    continue
            # "Lim Sung-nam, Vice Foreign Minister of Korea", "Lavrov, the Russian Foreign Minister,"
            if h.comp_e < info.n and doc[h.comp_e].pos_ in ("VERB", "AUX") and not doc[h.comp_e].tag_ == "VBN":
                continue  # "Minister Gerapetritis, the Turkish Foreign Minister said …": an address, then a subject
            k = h.mod_s - 1
            owner = title_ending.get(k) if k >= 0 and texts[k] in _POSS else None
            if owner is not None:  # "Julie Bishop, the UN Secretary-General's Special Envoy"
                k = owner.mod_s - 1
                h.international = owner.form.base in self.t.organisation_heads
            end_k = k
            if k >= 3 and texts[k] == "," and texts[k - 1] == ")" and texts[k - 3] == "(" and k - 3 in by_end:
                end_k = k - 3  # "Mahmoud Thabit Kombo (MP), Minister for Foreign Affairs …"
            if k >= 1 and texts[k] == "," and end_k not in by_end and texts[end_k - 1][:1].isupper() \
                    and (end_k == 1 or not texts[end_k - 2][:1].isupper()) \
                    and (any(m.e - m.s >= 2 and m.e < end_k and texts[m.e - 1] == texts[end_k - 1] for m in merged)
                         or self._lone_surname(doc, end_k - 1, h, country_toks, title_toks)):
                # "Symmonds, Barbados's Minister of Foreign Affairs, …": the surname of a name met earlier, which
                # the model did not tag here, with its office in apposition; "Lavrov, the Russian Foreign
                # Minister, met …": a surname no dictionary knows, with an office that names its state
                c = Cand(end_k - 1, end_k, "title")
                merged.append(c)
                by_start[c.s], by_end[c.e] = c, c
            if k >= 1 and texts[k] == "," and end_k in by_end:
                c = by_end[end_k]
                # an ambassador's rank without a posting is an honorific ("Ambassador Tamim Khallaf, the
                # Foreign Ministry Spokesperson"): the office in apposition says what the person does
                if not c.title or _bare_rank(c.title) or (c.title.form.role.count(" ") < h.form.role.count(" ")
                                                          and c.title_shape != "title_appositive_before") \
                        or (c.title_shape != "title_appositive_before" and self._rank_yields(c.title.form, h.form)):
                    # ("Major General A, Head of the General Intelligence Service": the office, not the rank)
                    # (an office written before the name and set off by commas is that name's: in "the
                    # Minister of X of Paraguay, Claudia Centurión, the Minister of Y of Uruguay, Lucía
                    # Etcheverry" the second office is the next name's)
                    self._keep_title_state(c, h)
                    c.title, c.title_shape, h.used = h, "title_appositive_after", True
        merged.sort(key=lambda c: c.s)
        geo_by_start: dict[int, list[GeoHit]] = {}
        for h in geo:
            geo_by_start.setdefault(h.tok_start, []).append(h)
        for c in merged:
            if c.title and c.title.country:
                c.country, c.country_ev = c.title.country, c.title.country_ev
            self._name_country(doc, c, geo, geo_by_start)
            c.headline = line_is_title_case(doc, c.s)
        return merged

    def _name_country(self, doc: Doc, c: Cand, geo: list[GeoHit],
                      geo_by_start: Optional[dict[int, list[GeoHit]]] = None) -> None:
        """'Vladimir Titov of Russia', 'Kim Jong-un (of the Workers' Party of {North} Korea)'."""
        if c.country:
            return
        p = c.e
        if c.title and c.title_shape == "title_appositive_after":
            return
        info = docinfo(doc)
        texts, lowers, n_tok = info.texts, info.lowers, info.n
        if p < n_tok and lowers[p] == "of":
            q = p + 1 + (1 if p + 1 < n_tok and lowers[p + 1] == "the" else 0)
            for h in (geo if geo_by_start is None else geo_by_start.get(q, ())):
                if h.tok_start == q and h.type in ("country", "region") and h.country and h.rule != "gazetteer_region":
                    if h.tok_end < n_tok and texts[h.tok_end] in _POSS:
                        return  # "assured President Ruto of Ethiopia's support"
                    c.country, c.country_ev = h.country, f"of:{h.text}"
                    return
        # "Johor businessman Tan Chee Keong", "Kenyan farmer …" (the demonym case is a title-less modifier)
        q = c.s - 1
        if q >= 2 and info.is_alpha[q] and texts[q].islower() and doc[q].pos_ == "NOUN" \
                and texts[q - 1].islower() and doc[q - 1].pos_ == "NOUN":
            q -= 1  # "Armenian truck driver Samvel Grigoryan"
        if q >= 1 and info.is_alpha[q] and texts[q].islower() and doc[q].pos_ == "NOUN":
            for h in geo:
                if h.tok_end == q and h.country and h.type in ("region", "city") and h.rule != "capital_metonymy":
                    c.country, c.country_ev = h.country, f"place_modifier:{h.text}"
                    return
            if c.title is None and q >= 3 and texts[q - 1] == ",":
                # "In Mkushi, farmer Chanda Mwale said …": the town the sentence opens in
                for h in geo:
                    if h.tok_end == q - 1 and h.country and h.type in ("region", "city") and h.tok_start >= 1 \
                            and lowers[h.tok_start - 1] == "in" and doc[h.tok_start - 1].is_sent_start \
                            and h.rule != "capital_metonymy":
                        c.country, c.country_ev = h.country, f"fronted_place:{h.text}"
                        return
            code = self.g.demonyms.get(texts[q - 1])
            if code:
                c.country, c.country_ev = code, f"demonym:{texts[q - 1]}"
                return
            if q >= 4 and lowers[q - 1] in ("born", "based") and texts[q - 2] in "-–":
                # "Nigerian-born shop owner Chukwuemeka Obi", "Lagos-based trader …"
                code = self.g.demonyms.get(texts[q - 3]) or next(
                    (h.country for h in geo if h.tok_end == q - 2 and h.country and h.type in ("country", "region", "city")
                     and h.rule != "capital_metonymy"), None)
                if code:
                    c.country, c.country_ev = code, f"{lowers[q - 1]}:{texts[q - 3]}"
                    return
        if p + 2 < n_tok and texts[p] == "," and lowers[p + 1] in ("a", "an"):
            # "Yelitza Moreno, a Venezuelan mother of two": the nationality in apposition
            for n in (3, 2, 1):
                code = self.g.demonyms.get(info.span_text(p + 2, p + 2 + n)) if p + 2 + n <= n_tok else None
                if code and p + 3 + n < n_tok and texts[p + 2 + n] in "-–" and lowers[p + 3 + n] in _NOT_NATIONALITY:
                    break  # "Valentina Kim, a Korean-language teacher": the language taught, not her nationality
                if code:
                    c.country, c.country_ev = code, f"appositive_demonym:{info.span_text(p + 2, p + 2 + n)}"
                    return
            # "Dilnoza Yusupova, a fruit trader from Osh", "Ana Ruiz, a Tucson produce broker": the person's town
            for k in range(p + 2, min(p + 12, n_tok)):  # ("a 46-year-old nurse from Elvas")
                if texts[k] in (",", ";", ".", "(", ")") or "\n" in texts[k] or doc[k].pos_ in ("VERB", "AUX") \
                        or lowers[k] in ("who", "which", "that", "whose"):
                    break  # (not "a former minister who moved from London")
                for h in (geo if geo_by_start is None else geo_by_start.get(k, ())):
                    if h.tok_start != k or not h.country or h.type not in ("city", "region") \
                            or h.rule == "capital_metonymy":
                        continue
                    after_noun = (k == p + 2 and h.tok_end < n_tok and texts[h.tok_end].islower()
                                  and doc[h.tok_end].pos_ == "NOUN")
                    # "Hossam Eldin Shawky, a Cairo-based political analyst": where the person lives or works
                    based = (k == p + 2 and h.tok_end + 1 < n_tok and texts[h.tok_end] in "-–"
                             and lowers[h.tok_end + 1] in ("based", "born"))
                    if lowers[k - 1] == "from" or after_noun or based:
                        c.country, c.country_ev = h.country, f"appositive_place:{h.text}"
                        return
        if p < n_tok and texts[p] == "(":
            close = info.text.find(")", info.idx[p])
            if close > 0:
                inner = re.sub(r"[{}\[\]]", "", info.text[info.idx[p] + 1:close])
                code, found = self._longest_country(inner)
                if code:
                    c.country, c.country_ev = code, f"parenthetical:{found}"

    def _longest_country(self, text: str) -> tuple[Optional[str], str]:
        best: tuple[Optional[str], str] = (None, "")
        if self._country_patterns is None:  # compiled once; the substring test below skips most of them
            self._country_patterns = [(name, code, re.compile(r"(?<!\w)" + re.escape(name) + r"(?!\w)"))
                                      for name, code in self.g.names.items()]
        for name, code, rx in self._country_patterns:
            if len(name) > len(best[1]) and name in text and rx.search(text):
                best = (code, name)
        return best

    # ---------------------------------------------------------- clustering
    def cluster(self, doc: Doc, cands: list[Cand]) -> list[Cluster]:
        words_of = {id(c): c.words(doc) for c in cands}  # read-only copies for the keys below
        keys_of = {k: (_key(w), family_given(w)[0]) for k, w in words_of.items()}
        body_keys = {keys_of[id(c)][0] for c in cands if not c.headline}
        body_family = {keys_of[id(c)][1] for c in cands if not c.headline}
        cands = [c for c in cands if not c.headline or keys_of[id(c)][0] in body_keys
                 or keys_of[id(c)][1] in body_family]
        clusters: list[Cluster] = []
        by_key: dict[str, Cluster] = {}
        # indexes over ``clusters`` (each list in creation order) for the single-word look-ups below
        order: dict[int, int] = {}
        by_family: dict[str, list[Cluster]] = {}
        by_single: dict[str, list[Cluster]] = {}
        by_first: dict[str, list[Cluster]] = {}
        by_inner: dict[str, list[Cluster]] = {}
        starts: dict[int, list[int]] = {}  # sorted starts of each cluster's candidates

        def new_cluster(w: list[str]) -> Cluster:
            cl = Cluster(words=w)
            order[id(cl)] = len(clusters)
            clusters.append(cl)
            starts[id(cl)] = []
            by_family.setdefault(cl.family, []).append(cl)
            if len(w) == 1:
                by_single.setdefault(w[0], []).append(cl)
            else:
                by_first.setdefault(w[0], []).append(cl)
                for x in {_strip_particle(x) for x in w[1:]} | set(w[1:]):
                    by_inner.setdefault(x, []).append(cl)
            return cl

        def add(cl: Cluster, c: Cand) -> None:
            cl.cands.append(c)
            insort(starts[id(cl)], c.s)

        for c in sorted(cands, key=lambda c: (-(len(words_of[id(c)]) > 1), c.s)):
            w = c.words(doc)
            if len(w) > 1:
                cl = by_key.get(_key(w))
                if cl is None:
                    cl = new_cluster(w)
                    by_key[_key(w)] = cl
                add(cl, c)
                continue
            token = w[0]
            # clusters whose family name is the token, or single-word clusters of the token
            m1, m2 = by_family.get(token, []), by_single.get(token, [])
            regnal = c.title is not None and c.title.form.base in self.t.regnal_offices
            if regnal:
                m1 = [x for x in m1 if x.words[0] == token]  # "King Hussein" is not "Saddam Hussein"
            if m2:
                matches = sorted({id(x): x for x in m1 + m2}.values(), key=lambda x: order[id(x)])
            else:
                matches = list(m1)
            if not matches:  # "Prince Faisal" for "Faisal bin Farhan"
                firsts = by_first.get(token, [])
                matches = list(firsts) if len(firsts) == 1 else []
            if not matches and not regnal:  # "Sisi" for "Abdel Fattah El-Sisi", "Lula" for "Luiz Inácio Lula da Silva"
                inner = by_inner.get(token, [])
                matches = list(inner) if len(inner) == 1 else []
            if not matches:
                cl = new_cluster(w)
                add(cl, c)
                continue
            before = []
            for cl in matches:
                ss = starts[id(cl)]
                k = bisect_left(ss, c.s)
                if k > 0:
                    before.append((ss[k - 1], cl))
            cl = max(before, key=lambda x: x[0])[1] if before else min(matches, key=lambda cl: starts[id(cl)][0])
            add(cl, c)
        clusters = _merge_short_forms(clusters)
        info = docinfo(doc)
        idx = info.idx
        for cl in clusters:
            for c in cl.cands:
                before = c.title and c.title_shape == "title_before" and not c.title.shared
                start = idx[c.title.mod_s if before else c.s]
                if before and c.title.det:
                    start = idx[c.title.mod_s + 1]
                end = info.end_char(c.e - 1)
                cl.mentions.append((start, end, c.source))
                if c.title:
                    cl.roles.append((c.title.form, ("abbreviation:" if c.title.abbr else "") + c.title_shape, start,
                                     c.title.surface or c.title.form.role))
                if c.country:
                    cl.countries.append((c.country, c.country_ev))
                if c.title and c.title.international:
                    cl.international = True
        # further occurrences of a known family name ("Chung", "Lavrov")
        covered = [(m[0], m[1]) for cl in clusters for m in cl.mentions]
        fam: dict[str, list[Cluster]] = {}
        for cl in clusters:
            fam.setdefault(cl.family, []).append(cl)
        covered_iv = Intervals(covered)
        texts, ws = info.texts, info.ws

        def normalised(tx: str) -> str:
            return normalise_caps([tx, "x"])[0]

        # per distinct word, not per token; only a word in ``fam`` or in capitals can normalise into it
        # (not a state's name: "Austria will issue visas" after "Advantage Austria" is the state)
        family_words = {tx for tx in set(texts) if (tx in fam or tx.isupper()) and normalised(tx) in fam
                        and self.g.country_code(tx) is None}
        for i in [i for i, tx in enumerate(texts) if tx in family_words]:
            tx = texts[i]
            norm = normalised(tx)
            if covered_iv.overlaps(idx[i], idx[i] + 1):
                continue
            if i + 1 < info.n and texts[i + 1] in "-–" and not ws[i]:
                continue
            if i > 0 and texts[i - 1] in "-–" and not ws[i - 1]:
                continue
            if not info.tags[i].startswith("NNP") and info.ent_type(i) not in ("PERSON", "ORG", "GPE", "NORP", "LOC"):
                continue
            if i > 0 and info.lowers[i - 1] in LOCATIVE_PREPS and info.ent_type(i) in ("GPE", "LOC"):
                continue  # "travel from Brasília to Lima" after "Wilson Lima": the city, not the governor
            pos = idx[i]
            group = fam[norm]
            prev = [(max(m[0] for m in cl.mentions if m[0] < pos), cl) for cl in group if any(m[0] < pos for m in cl.mentions)]
            cl = max(prev, key=lambda x: x[0])[1] if prev else group[0]
            cl.mentions.append((pos, pos + len(tx), "family_name_alias"))
        return clusters

    def _common_word(self, doc: Doc, cl: Cluster) -> bool:
        """One common English word that only the model calls a person, with no title, honorific or full
        name to back it: "Riot police", "Smart homes", "Rescued by fishermen"."""
        if len(cl.words) != 1 or cl.roles or cl.words[0].lower() not in english_words():
            return False
        texts = docinfo(doc).texts
        return all(c.source == "model" and not (c.s > 0 and texts[c.s - 1] in self.t.honorifics) for c in cl.cands)

    def _lone_word(self, doc: Doc, cl: Cluster, salience: dict) -> bool:
        """One word that only the model calls a person, with no title, honorific, full name or known
        office-holder behind it: in press it is mostly a company or a place ("the plans of Petrobras and
        Sonangol"); a person is introduced by name and office first."""
        if len(cl.words) != 1 or cl.roles:
            return False
        texts = docinfo(doc).texts
        if any(c.source != "model" or (c.s > 0 and texts[c.s - 1] in self.t.honorifics) for c in cl.cands):
            return False
        return lexicon.officeholders().lookup(list(cl.words), _doc_year(doc), set(salience)) is None

    # ---------------------------------------------------------- roles/countries
    def resolve(self, doc: Doc, clusters: list[Cluster], geo: list[GeoHit]) -> None:
        """Roles, and countries from explicit cues on the person's own mentions."""
        for cl in clusters:
            if cl.roles:
                # an office before a rank ("Federal Councillor Cassis" after "…, head of the Federal Department of
                # Foreign Affairs"); most specific office first; among equivalent forms the fuller written one
                form_count = Counter(x[0] for x in cl.roles)
                best = max(cl.roles, key=lambda r: (not self._is_rank(r[0]), r[0].base not in self.t.postings,
                                                    len(r[0].role.split()), len(r[3].split()),
                                                    form_count[r[0]], -r[2]))
                cl.role, cl.role_text = best[0], best[3]
                cl.evidence["role"] = best[1]
            if cl.countries:
                counts: dict[str, int] = {}
                for code, _ in cl.countries:
                    counts[code] = counts.get(code, 0) + 1
                code = max(counts, key=lambda k: counts[k])
                cl.country = code
                cl.evidence["country"] = next(ev for c, ev in cl.countries if c == code)
            elif cl.international:
                cl.evidence["country"] = "international_official"  # settled: no state, whatever else says

    def officeholder_lexicon(self, doc: Doc, clusters: list[Cluster], salience: dict) -> None:
        """Known office-holders (``officeholders.json``): below explicit cues, above every structural fallback.
        A full name (or a surname clustered with one) must match an entry; a bare surname only when the
        lexicon gives it one state and the document names that state. An international official (country
        null in the lexicon) is settled as stateless, so no fallback assigns a state."""
        oh = lexicon.officeholders()
        year = _doc_year(doc)
        states = set(salience)
        for cl in clusters:
            if cl.country or "country" in cl.evidence:
                continue
            names = sorted({tuple(c.words(doc)) for c in cl.cands} or {tuple(cl.words)}, key=lambda w: -len(w))
            if len(names[0]) == 1 and cl.role is not None and cl.role.rank:
                continue  # "Deputy Minister Lavrov" is not the office-holder the lexicon knows by that surname
            intl = cl.role is not None and (cl.role.base in self.t.organisation_heads
                                            or cl.role.base in self.t.organisation_offices)
            for words in names:
                e = oh.lookup(list(words), year, states)
                if e is not None and intl and e.country and year is not None and not e.active(year):
                    break  # "Commissioner for Energy Dan Jørgensen": a former national minister now serves the EU
                if e is not None:
                    cl.country = e.country
                    cl.evidence["country"] = f"officeholder_lexicon:{e.name}" + (
                        f" ({e.organisation})" if e.organisation and not e.country else "")
                    break

    def side_cues(self, doc: Doc, clusters: list[Cluster]) -> None:
        """"Taking part on the Uzbek side were A, B and C, and on the Indonesian side, D and E": the people
        named after "on the <Demonym> side", up to the next such phrase or the sentence's end, are of that
        state."""
        info = docinfo(doc)
        texts, lowers = info.texts, info.lowers
        cues = []
        for i in range(1, info.n - 2):
            if lowers[i] != "the" or lowers[i - 1] not in ("on", "from", "for"):
                continue
            for n in (2, 1):  # "the South Korean side", "the Uzbek side"
                if i + n + 1 < info.n and lowers[i + n + 1] == "side":
                    code = self.g.demonyms.get(" ".join(texts[i + 1:i + 1 + n]))
                    if code:
                        cues.append((i + n + 2, code, " ".join(texts[i + 1:i + 1 + n])))
                        break
        # "The Indian delegation included A and B": the members named after it, to the sentence's end
        for i in range(1, info.n - 2):
            if lowers[i] not in ("delegation", "delegations"):
                continue
            j = i + 1 + (lowers[i + 1] == "also")
            verb_end = j + 1 if lowers[j] in _MEMBERSHIP_VERBS else j + 2 if (
                j + 1 < info.n and lowers[j] in ("consisted", "consists") and lowers[j + 1] == "of") else None
            code = self.g.demonyms.get(texts[i - 1])
            if verb_end is not None and code:
                cues.append((verb_end, code, texts[i - 1]))
        # "a Ukrainian delegation headed by Mr. Dmytro Lubinets": the delegation's head is of its state
        for i in range(1, info.n - 3):
            if lowers[i] in ("delegation", "delegations") and lowers[i + 1] in ("headed", "led", "chaired") \
                    and lowers[i + 2] == "by":
                word = next((texts[j] for j in (i - 1,) if self.g.demonyms.get(texts[j])), None)
                if word is None:
                    continue
                code = self.g.demonyms[word]
                for cl in clusters:
                    if cl.country is None and any(i + 3 <= c.s <= i + 6 for c in cl.cands):
                        cl.country, cl.evidence["country"] = code, f"delegation:{word}"
        if not cues:
            return
        cues.sort()
        for k, (start, code, word) in enumerate(cues):
            sent_end = doc[start - 1].sent.end
            end = min(sent_end, cues[k + 1][0] - 4) if k + 1 < len(cues) else sent_end
            for cl in clusters:
                if cl.country is None and any(start <= c.s < end for c in cl.cands):
                    cl.country, cl.evidence["country"] = code, f"side:{word}"

    def stance_speakers(self, doc: Doc, clusters: list[Cluster], geo: list[GeoHit]) -> None:
        """"Togo would not take part in any sanctions, Foreign Minister Robert Dussey told journalists",
        "Kenya will send 400 more officers, Interior Minister A said": an official reporting what a state
        will or will not do speaks for it. Not when the clause says what a state must or should do
        ("Ukraine must cede territory, envoy B said") or is quoted ("“Fiji is one of our closest partners,”
        Mr Peters says"): anyone may say that."""
        reporting = commit_lexicon().reporting_verbs
        states = {h.tok_start: h for h in geo if h.type == "country" and h.country and self._country_of_hit(h)}
        if not states:
            return
        info = docinfo(doc)
        for cl in clusters:
            if not self._open(cl) or cl.role is None:
                continue
            for c in cl.cands:
                tok = doc[c.e - 1]
                verb = tok.head
                if tok.dep_ != "nsubj" or verb.lemma_.lower() not in reporting or verb.i < tok.i:
                    continue
                # fronted ("Togo would not take part …, the minister told journalists"), or after the verb with a verb
                # of intent ("Minister A said Indonesia intends to open …")
                clauses = [ch for ch in verb.children if ch.dep_ == "ccomp"
                           and (ch.i < tok.i or ch.lemma_.lower() in _INTENT_VERBS)]
                if verb.dep_ in ("conj", "parataxis", "ccomp") and verb.head.i < tok.i:
                    clauses.append(verb.head)
                code = None
                for v in clauses:
                    auxes = {ch.lower_ for ch in v.children if ch.dep_ == "aux"}
                    intent = bool(auxes & _INTENT_AUX) or v.lemma_.lower() in _INTENT_VERBS or any(
                        ch.dep_ == "acomp" and ch.lower_ in _INTENT_VERBS for ch in v.children)
                    if not intent or any(t.text in _QUOTES for t in doc[v.left_edge.i:v.i]):
                        continue  # a view of the state ("Fiji is one of our closest partners," Mr A says)
                    subj = next((ch for ch in v.children if ch.dep_ in ("nsubj", "nsubjpass")), None)
                    hit = states.get(subj.i) if subj is not None else None
                    if hit is not None and hit.tok_end == subj.i + 1:
                        code = hit.country
                        break
                if code:
                    cl.country, cl.evidence["country"] = code, f"stance_speaker:{info.texts[subj.i]}"
                    break

    def pair_office(self, doc: Doc, clusters: list[Cluster], salience: dict) -> None:
        """"the two presidents signed the treaty": when the page names exactly two holders of that office
        (by their title here, or as the office-holder lexicon knows them), each holds it, though one is
        named without his title ("Vladimir Putin held talks with President … Masoud Pezeshkian")."""
        info = docinfo(doc)
        lowers, texts, forms = info.lowers, info.texts, self.t.forms
        offices: list[lexicon.TitleForm] = []
        for i in range(1, info.n - 1):
            if lowers[i] not in ("two", "both") or (lowers[i] == "two" and lowers[i - 1] not in ("the", "both")):
                continue
            for n in (3, 2, 1):
                words = lowers[i + 1:i + 1 + n]
                if len(words) == n and words[-1] in self._plurals:
                    key = " ".join(words[:-1] + [_singular(texts[i + n]).lower()])
                    if key in forms and not self._is_rank(forms[key]):
                        offices.append(forms[key])
                        break
        if not offices:
            return
        oh, year, states = lexicon.officeholders(), _doc_year(doc), set(salience)
        for form in offices:
            held = [cl for cl in clusters if cl.role is not None and cl.role.role == form.role]
            known = []
            for cl in clusters:
                if cl.role is not None:
                    continue
                e = oh.lookup(list(cl.words), year, states)
                if e is not None and (year is None or e.active(year)) and form.role in e.offices:
                    known.append(cl)
            if known and len(held) + len(known) == 2:
                for cl in known:
                    cl.role, cl.role_text = form, form.role
                    cl.evidence["role"] = f"pair_office:the two {form.role}"

    def plural_counterparts(self, doc: Doc, clusters: list[Cluster], geo: list[GeoHit]) -> None:
        """"their Danish, Norwegian and Luxembourg counterparts, A, B and C": each name holds the office of
        the people named just before ("the Dutch and Belgian prime ministers, …"), and the states, when
        there are as many as names, are theirs in order."""
        info = docinfo(doc)
        texts, lowers, n_tok = info.texts, info.lowers, info.n
        plurals = {n.lower() + "s" for n in self.t.counterpart_nouns}
        positions = [i for i, low in enumerate(lowers) if low in plurals and i + 2 < n_tok and texts[i + 1] == ","]
        if not positions:
            return
        starts: dict[int, Cluster] = {c.s: cl for cl in clusters for c in cl.cands}
        geo_end = {h.tok_end: h for h in geo if h.type == "country"}
        for i in positions:
            states: list[tuple[str, str]] = []
            b = i
            while b >= 1:
                gh = geo_end.get(b)
                code = self.g.demonyms.get(texts[b - 1]) if texts[b - 1][:1].isupper() else None
                if code:
                    states.insert(0, (code, f"demonym:{texts[b - 1]}"))
                    b -= 1
                elif gh is not None and gh.country:
                    states.insert(0, (gh.country, f"of:{gh.text}"))
                    b = gh.tok_start
                elif lowers[b - 1] in ("and", ","):
                    b -= 1
                else:
                    break
            names: list[Cluster] = []
            q = i + 2
            while q < n_tok:
                q = self._past_honorifics(texts, q)
                cl = starts.get(q)
                if cl is None:
                    break
                names.append(cl)
                q = max(c.e for c in cl.cands if c.s == q)
                if q < n_tok and texts[q] == ",":
                    q += 1
                if q < n_tok and lowers[q] == "and":
                    q += 1
                elif not (q > 0 and texts[q - 1] == ","):
                    break
            if len(names) < 2:
                continue
            before = [cl for cl in clusters if cl.role is not None and cl not in names
                      and any(c.e <= i for c in cl.cands)]
            role = max(before, key=lambda cl: max(c.e for c in cl.cands if c.e <= i)).role if before else None
            respective = len(states) == len(names)
            for k, cl in enumerate(names):
                if cl.role is None and role is not None:
                    cl.role, cl.role_text = role, role.role
                    cl.evidence["role"] = "plural_counterparts"
                if respective and cl.country is None:
                    cl.country, cl.evidence["country"] = states[k]

    def companions(self, doc: Doc, clusters: list[Cluster], host: Optional[str] = None) -> None:
        """"Syrian Foreign Minister A, who arrived on Tuesday, was accompanied by Interior Minister B and Energy
        Minister C": the officials accompanying a person are of that person's state. "The visiting minister
        … was accompanied by B": when the page's own state (``host``: the issuer's or the outlet's) is known
        and the people named before are of it and of one other state, the visitor is of that other state."""
        info = docinfo(doc)
        lowers = info.lowers
        spots = [i for i in range(info.n - 1) if lowers[i] == "accompanied" and lowers[i + 1] == "by"]
        if not spots:
            return
        mindex = _MentionIndex(clusters)
        for i in spots:
            sent = doc[i].sent
            at = info.idx[i]
            pronoun = next((t for t in doc[sent.start:i] if t.lower_ in ("he", "she")
                            and t.dep_ in ("nsubj", "nsubjpass")), None)
            if pronoun is not None and sent.start > 0:
                # "… Boric Font, is paying a State Visit to India. He is accompanied by …": the pronoun stands for
                # the subject of the sentence before, a person or "the visiting minister"
                found = self._previous_subject(doc, clusters, doc[sent.start - 1].sent, host)
                if found is None:  # no subject the parse can tell: the person named last
                    leader = mindex.latest_before(at)
                    state = leader.country if leader is not None else None
                else:
                    leader, state = found
            else:
                leader = mindex.latest_before(at)
                if leader is not None and leader.country and any(sent.start_char <= a < at for a, _, _ in leader.mentions):
                    state = leader.country
                else:
                    leader, state = None, self._visitor_state(doc, clusters, sent.start, i, host)
            if state is None:
                continue
            # the companions are named up to a clause of their own ("…, who also met Minister B")
            stop = next((t.idx for t in doc[i + 2:sent.end] if t.lower_ in ("who", "which", ";")), sent.end_char)
            for cl in clusters:
                if cl is not leader and (self._open(cl) or cl.evidence.get("country", "").startswith("home_release")) \
                        and any(at < a < stop for a, _, _ in cl.mentions):
                    # (above the release's own-state default: "Chairwoman Krišto was accompanied by Minister of
                    # Foreign Affairs Elmedin Konaković" in a Turkish release)
                    cl.country, cl.evidence["country"] = state, "accompanying"

    def _previous_subject(self, doc: Doc, clusters: list[Cluster], prev, host: Optional[str]) -> Optional[tuple]:
        """(cluster, state) of the subject of sentence ``prev``: a person named there with a state, or "the
        visiting minister" (see :meth:`_visitor_state`); (None, None) for another subject; None when the parse
        gives the sentence no subject."""
        root = prev.root
        lead = root.i
        while lead > prev.start and (doc[lead - 1].is_punct or doc[lead - 1].head.i == root.i
                                     and doc[lead - 1].dep_ in ("aux", "auxpass", "neg")):
            lead -= 1  # "…, H.E. Mr. Gabriel Boric Font, is paying a State Visit": the name right before the verb
        end = doc[lead - 1].idx + len(doc[lead - 1].text) if lead > prev.start else -1
        for cl in clusters:
            if cl.country and any(b == end for _, b, _ in cl.mentions):
                return cl, cl.country
        subj = next((t for t in prev if t.dep_ in ("nsubj", "nsubjpass") and t.head.dep_ == "ROOT"), None)
        if subj is None:
            return None
        a, b = doc[subj.left_edge.i].idx, subj.idx + len(subj.text)
        for cl in clusters:
            if cl.country and any(a <= m0 < b for m0, _, _ in cl.mentions):
                return cl, cl.country
        if any(t.lower_ == "visiting" for t in doc[subj.left_edge.i:subj.i + 1]):
            return None, self._visitor_state(doc, clusters, prev.start, subj.i + 1, host)
        return None, None

    @staticmethod
    def _visitor_state(doc: Doc, clusters: list[Cluster], s: int, e: int, host: Optional[str]) -> Optional[str]:
        """The state of "the visiting minister" (a "visiting" in tokens ``s``–``e``): the one state other than
        ``host`` among the titled people named before it; None if there is no host or not exactly one."""
        if host is None or not any(t.lower_ == "visiting" for t in doc[s:e]):
            return None
        before = doc[s].idx
        others = {cl.country for cl in clusters if cl.country and cl.role is not None
                  and any(a < before for a, _, _ in cl.mentions)} - {host}
        return others.pop() if len(others) == 1 else None

    @staticmethod
    def _open(cl: Cluster) -> bool:
        """No country yet and none settled (an international official is settled as null)."""
        return cl.country is None and "country" not in cl.evidence

    def _second_office_end(self, texts: list[str], p: int) -> int:
        """Past a second office the lexicon cannot read, coordinated after the first and closed by the comma
        before the name: "the Presidential Adviser [and Head of Political Affairs of the People's Front for
        Democracy and Justice (PFDJ)], Mr Yemane Gebreab". The first office is the person's role. ``p``
        unchanged unless "and" and a capitalised office word open such a run ending at a comma."""
        if p + 2 >= len(texts) or texts[p] != "and" or not texts[p + 1][:1].isupper() \
                or texts[p + 1].lower() not in self._office_heads:
            return p
        for k in range(p + 2, min(len(texts), p + 18)):
            if texts[k] == ",":
                return k
            if texts[k] in (".", ";", ":", "\n") or "\n" in texts[k]:
                return p
        return p

    def _organisation_office(self, base: str) -> bool:
        """An office an organisation gives when its name is written before it ("Commissioner", "Energy
        Commissioner", "Special Envoy"): ``organisation_offices`` in titles.json."""
        return any(base == o or base.endswith(" " + o) for o in self.t.organisation_offices)

    def _is_head(self, cl: Cluster) -> bool:
        return cl.role is not None and cl.role.base in self.t.head_offices and cl.role.rank_class == "head"

    def home_officials(self, clusters: list[Cluster], home: Optional[str], home_ev: str, partners: set) -> None:
        """In a state's own release its officials need no qualifier: every titled person without a cue
        who does not hold a head-of-state/government office (those are handled by :meth:`fallbacks`)."""
        if not home:
            return
        home_trads = set(t for t, (names, codes) in self.sn.traditions.items() if home in codes)
        for cl in clusters:
            trads = set(self.sn.traditions_of(cl.family))
            if trads and not trads & home_trads:
                continue  # "Minister Kim" in a Russian release
            if home_trads and not trads and partners and not any(
                    c in codes for c in partners for _, codes in self.sn.traditions.values()):
                continue  # "Minister Lavrov" in a Korean release about Russia
            if self._open(cl) and cl.role is not None and not self._is_head(cl) \
                    and cl.role.base not in self.t.regnal_offices:
                # (nor a royal: "Hereditary Prince Alois" in an Austrian release is Liechtenstein's)
                cl.country, cl.evidence["country"] = home, f"home_release:{home_ev}"
            elif self._open(cl) and cl.role is None and any(c.source == "speaker_label" for c in cl.cands):
                # a transcript's speaker the page names by no office: the publisher's own spokesperson
                cl.country, cl.evidence["country"] = home, f"home_release_speaker:{home_ev}"

    def outlet_officials(self, clusters: list[Cluster], state: str) -> None:
        """A national news outlet ("Dawn", "Yonhap News Agency") names its own state's officials by office
        alone ("Punjab Chief Minister Maryam Nawaz", "Foreign Office spokesperson …") and introduces a
        foreign one with a cue ("the visiting minister", "his Indonesian counterpart"). So, last of the
        cues, a titled person with none, who heads no state or government and whose name is not of
        another state's tradition, is the outlet's state's (``state``)."""
        trads = set(t for t, (names, codes) in self.sn.traditions.items() if state in codes)
        for cl in clusters:
            own = set(self.sn.traditions_of(cl.family))
            if own and not own & trads:
                continue
            if self._open(cl) and cl.role is not None and not self._is_head(cl):
                cl.country, cl.evidence["country"] = state, "news_outlet"

    def traditions(self, clusters: list[Cluster], salience: dict) -> None:
        """Family-name-first traditions (Korean, Chinese…) intersected with the document's states."""
        for cl in clusters:
            if not self._open(cl):
                continue
            fam = cl.family
            trad_codes = self.sn.countries_of(fam) if self.sn.is_family_first(fam) else []
            in_doc = [c for c in trad_codes if c in salience]
            if in_doc:
                pick = max(in_doc, key=lambda c: salience[c])
                cl.country, cl.evidence["country"] = pick, f"name_tradition:{fam}"

    def _top_office_side(self, doc: Doc, cl: Cluster, heads: list[Cluster], home: str, other: str) -> str:
        """Whose president or prime minister an unqualified one is, when both sides' heads are named already.
        A state without that office cannot hold it (the office-holder lexicon tells which states have prime
        ministers: not Indonesia or Ghana); else the state hosting the meeting ("… co-chaired in Amman the
        meeting"); else the other side's, until its own president or prime minister is named."""
        offices = lexicon.officeholders().offices_by_state
        office = cl.role.base
        home_has, other_has = office in offices.get(home, ()), office in offices.get(other, ())
        if home_has != other_has:
            return home if home_has else other
        venue = self._venue_state(doc)
        if venue in (home, other):
            return venue
        if any(o.country == other and o.role.base in ("President", "Prime Minister") for o in heads if o is not cl):
            return home
        return other

    @staticmethod
    def _venue_state(doc: Doc) -> Optional[str]:
        """The state of the first city a meeting is placed in ("in Maputo", "in Abidjan") in the first three
        sentences, or None."""
        info = docinfo(doc)
        limit = None
        for k, sent in enumerate(doc.sents):
            if k == 2:
                limit = sent.end
                break
        for h in find_geo(doc):
            if limit is not None and h.tok_start >= limit:
                break
            if h.type == "city" and h.country and h.tok_start > 0 and info.lowers[h.tok_start - 1] == "in":
                return h.country
        return None

    def fallbacks(self, doc: Doc, clusters: list[Cluster], home: Optional[str], parties: list[str]) -> None:
        """Weak evidence, used last and only in a clear two-party release (``parties`` = [home, other]):
        heads of state/government named as a pair ("President A and President B") are one per side;
        the first head without a cue is the issuing state's, the others the other side's;
        a name outside the issuing state's naming tradition is the other side's. Without an issuing state
        (a news story between two states) only the pair rule applies: "talks between Foreign Minister A
        and Bangladesh's Foreign Adviser B"."""
        if len(parties) != 2:
            return
        other = parties[1]
        ordered = sorted(clusters, key=lambda cl: cl.first)
        # coordinated pairs: "President Vladimir Putin and President Cyril Ramaphosa"
        spans = [(m[0], m[1], cl) for cl in clusters for m in cl.mentions]
        by_start: dict[int, list] = {}
        for sp in spans:
            by_start.setdefault(sp[0], []).append(sp)
        text = docinfo(doc).text
        for a0, a1, ca in spans:
            if text[a1:a1 + 5] != " and ":
                continue
            for b0, b1, cb in by_start.get(a1 + 5, ()):
                if ca is cb or text[a1:b0] != " and " or not (ca.role and cb.role):
                    continue
                if ca.country in parties and self._open(cb):
                    cb.country, cb.evidence["country"] = parties[1 - parties.index(ca.country)], "pair:other_side"
                elif cb.country in parties and self._open(ca):
                    ca.country, ca.evidence["country"] = parties[1 - parties.index(cb.country)], "pair:other_side"
        if not home:
            return
        heads = [cl for cl in ordered if self._is_head(cl)]
        sent_starts: list[int] = []

        def sent_of(char: int) -> int:  # the sentence holding a character (sentences read once, when needed)
            if not sent_starts:
                sent_starts.extend(sp.start_char for sp in doc.sents)
            return bisect_right(sent_starts, char)
        home_head = any(cl.country == home for cl in heads)
        other_head = any(cl.country == other for cl in heads)
        for cl in heads:
            if not self._open(cl):
                continue
            same = [o for o in heads if o is not cl and o.role.base == cl.role.base and o.country in parties]
            if same:  # (only in the same sentence: "Prime Minister Indira Gandhi last travelled to Vienna in 1983")
                sents = {sent_of(m[0]) for m in cl.mentions}
                same = {o.country for o in same if not sents.isdisjoint(sent_of(m[0]) for m in o.mentions)}
            if len(same) == 1:
                # "Prime Minister A met … Prime Minister of the Republic of Azerbaijan B": two holders of one
                # office, one per side
                cl.country = parties[1 - parties.index(next(iter(same)))]
                cl.evidence["country"] = "home_release:same_office_other_side"
                home_head = home_head or cl.country == home
                other_head = other_head or cl.country == other
                continue
            if not home_head:
                cl.country, cl.evidence["country"] = home, "home_release:first_head"
                home_head = True
            elif not other_head or (cl.role.base in ("President", "Prime Minister")
                                    and self._top_office_side(doc, cl, heads, home, other) == other):
                cl.country, cl.evidence["country"] = other, "home_release:other_head"
                other_head = True
            else:
                # both sides' heads are known already: a release qualifies the other side's dignitaries,
                # not its own ("His Royal Highness Crown Prince Haakon will lead a visit to Bogotá")
                cl.country, cl.evidence["country"] = home, "home_release:unqualified_dignitary"
        home_trads = set(t for t, (names, codes) in self.sn.traditions.items() if home in codes)
        other_has_trad = any(other in codes for _, codes in self.sn.traditions.values())
        for cl in ordered:
            if not self._open(cl) or not home_trads or other_has_trad:
                continue  # an unlisted name tells nothing when both sides write family names first
            if not set(self.sn.traditions_of(cl.family)) & home_trads and cl.role is not None:
                cl.country, cl.evidence["country"] = other, f"doc_context:non_home_name(home={home})"

    @staticmethod
    def _story_sides(salience: dict) -> list[str]:
        """The two states a news story is between, for the pair rule only: the two most named, well ahead
        of a third (a neighbour the story also names, as India in a Nepal–Bangladesh story)."""
        ranked = sorted(salience, key=lambda c: -salience[c])
        if len(ranked) >= 2 and (len(ranked) == 2 or salience[ranked[1]] >= 1.5 * salience[ranked[2]]):
            return ranked[:2]
        return []

    @staticmethod
    def two_parties(home: Optional[str], partners: set, salience: dict) -> list[str]:
        """[home, other] when the release is clearly between two states."""
        if home and len(partners - {home}) == 1:
            return [home, next(iter(partners - {home}))]
        if home and salience:
            ranked = [c for c in sorted(salience, key=lambda c: -salience[c]) if c != home]
            if ranked and (len(ranked) == 1 or salience[ranked[0]] >= 2 * salience[ranked[1]]):
                return [home, ranked[0]]
        if not home and len(salience) >= 2:  # a joint statement: two states dominate the text
            ranked = sorted(salience, key=lambda c: -salience[c])
            if len(ranked) == 2 or salience[ranked[1]] >= 2 * salience[ranked[2]]:
                return ranked[:2]
        return [home] if home else []

    # ---------------------------------------------------------- descriptions
    @staticmethod
    def _compatible(desc: lexicon.TitleForm, role: Optional[lexicon.TitleForm]) -> bool:
        if role is None:
            return False
        if desc.rank != role.rank and not (desc.rank and role.rank and desc.rank_class == role.rank_class and desc.rank in role.rank):
            return False
        return set(desc.base.split()) <= set(role.base.split())

    def link_descriptions(self, doc: Doc, clusters: list[Cluster], titles: list[TitleHit]) -> None:
        for h in titles:
            if h.used or not h.det:
                continue
            cands = [cl for cl in clusters if self._compatible(h.form, cl.role)
                     and (h.country is None or cl.country == h.country)]
            if not cands:
                continue
            info = docinfo(doc)
            start = info.idx[h.mod_s]
            prev = [(max(m[0] for m in cl.mentions if m[0] < start), cl) for cl in cands if any(m[0] < start for m in cl.mentions)]
            cl = max(prev, key=lambda x: x[0])[1] if prev else (cands[0] if len(cands) == 1 else None)
            if cl is None:
                continue
            end = info.end_char(h.e - 1)
            cl.mentions.append((start, end, "description"))
            h.used = True

    def link_counterparts(self, doc: Doc, clusters: list[Cluster], home: Optional[str], partners: set,
                          salience: dict) -> set:
        """'his Russian counterpart' joins the person it denotes; returns the states named by demonym
        on counterparts other than the release's own (the other side of the meeting)."""
        nouns = {n.lower() for n in self.t.counterpart_nouns}
        named: set = set()
        info = docinfo(doc)
        texts, n_tok = info.texts, info.n
        positions = [i for i, low in enumerate(info.lowers) if low in nouns]
        mindex = _MentionIndex(clusters) if positions else None
        for s in positions:
            country = None
            k = s - 1
            for n in (3, 2, 1):
                if k - n + 1 >= 0 and self.g.demonyms.get(info.span_text(k - n + 1, k + 1)):
                    country = self.g.demonyms[info.span_text(k - n + 1, k + 1)]
                    k -= n
                    break
            else:
                for n in (4, 3, 2, 1):  # "her Trinidad and Tobago counterpart", "his Sri Lanka counterpart"
                    if k - n >= 0 and info.lowers[k - n] in _POSS_PRON and texts[k - n + 1][:1].isupper():
                        code = self.g.country_code(info.span_text(k - n + 1, k + 1))
                        if code:
                            country, k = code, k - n
                            break
            if k < 0 or info.lowers[k] not in _POSS_PRON:
                continue
            start, end = info.idx[k], info.end_char(s)
            # possessor: the latest person mentioned before, in the same sentence if possible
            possessor = mindex.latest_before(start)
            # appositive name: "his Russian counterpart, Sergei Lavrov", "her Polish counterpart Radosław Sikorski"
            target = None
            j = s + 2 if s + 2 < n_tok and texts[s + 1] == "," else s + 1
            if j < n_tok:
                target = mindex.last_cluster_starting_at(info.idx[j], possessor)
                jj = self._past_honorifics(texts, j)  # "his Togolese counterpart, Mr Robert Dussey"
                if target is None and j < jj < n_tok:
                    target = mindex.last_cluster_starting_at(info.idx[jj], possessor)
            if target is None:
                pool = [cl for cl in clusters if cl is not possessor and (
                    cl.country == country if country else (possessor is None or cl.country != possessor.country))]
                if not pool:
                    continue

                def score(cl: Cluster) -> tuple:
                    sc = 0
                    if possessor and possessor.role and cl.role:
                        sc += 2 * (cl.role.base == possessor.role.base) + (cl.role.rank_class == possessor.role.rank_class)
                    return sc, mindex.last_start_before(cl, start)

                target = max(pool, key=score)
            target.mentions.append((start, end, "counterpart"))
            mindex.added(target)
            if country and country != home:
                named.add(country)
            parties = self.two_parties(home, partners | named, salience)
            if country and (not target.country or target.evidence.get("country", "").startswith(
                    ("home_release", "name_tradition", "officeholder_lexicon"))):  # "her Polish counterpart" is explicit
                target.country, target.evidence["country"] = country, f"counterpart:{country}"
            elif self._open(target) and possessor and possessor.country in parties and len(parties) == 2:
                target.country = parties[1 - parties.index(possessor.country)]
                target.evidence["country"] = "counterpart:other_party"
            # "X and his Indian counterpart": X is on the other side
            if (possessor is not None and self._open(possessor) and target.country in parties and len(parties) == 2):
                possessor.country = parties[1 - parties.index(target.country)]
                possessor.evidence["country"] = f"counterpart_of:{target.country}"
            # "his counterpart X" takes the possessor's office; so does "Minister X", whose bare
            # "Minister" says less than the counterpart's "Minister of Foreign Affairs"
            generic = target.role is not None and target.role.role == "Minister" and possessor is not None \
                and possessor.role is not None and possessor.role.base.endswith("Minister") \
                and possessor.role.role != "Minister" and not possessor.role.rank
            if (target.role is None or generic) and possessor and possessor.role:
                target.role, target.evidence["role"] = possessor.role, "counterpart"
                target.role_text = possessor.role_text or possessor.role.role
        return named

    # ---------------------------------------------------------- main
    def __call__(self, doc: Doc) -> list[Person]:
        geo = find_geo(doc)
        known = self.known_names(doc, geo)
        titles = self.find_titles(doc, geo, known)
        cands = self.find_candidates(doc, titles, geo, known)
        clusters = [cl for cl in self.cluster(doc, cands) if not self._common_word(doc, cl)]
        self.resolve(doc, clusters, geo)
        salience = country_salience(doc, geo)
        clusters = [cl for cl in clusters if not self._lone_word(doc, cl, salience)
                    and not _EN_DASH_PAIR.search(" ".join(cl.words))]
        home, home_ev = release_state(doc, geo)
        partners = bilateral_partners(doc, home, geo) if home else set()
        self.side_cues(doc, clusters)
        self.stance_speakers(doc, clusters, geo)
        self.officeholder_lexicon(doc, clusters, salience)
        self.pair_office(doc, clusters, salience)
        self.home_officials(clusters, home, home_ev, partners)
        self.link_descriptions(doc, clusters, titles)
        partners |= self.link_counterparts(doc, clusters, home, partners, salience)
        self.plural_counterparts(doc, clusters, geo)
        host = home or outlet_state(doc._.page_header if Doc.has_extension("page_header") else None)
        self.companions(doc, clusters, host)
        self.traditions(clusters, salience)
        if not home and host:
            self.outlet_officials(clusters, host)
        parties = self.two_parties(home, partners, salience)
        if not home and len(parties) != 2:
            parties = self._story_sides(salience)
        self.fallbacks(doc, clusters, home, parties)
        clusters = [cl for cl in clusters if cl.mentions]
        info = docinfo(doc)
        doc.user_data[NAME_SPANS_KEY] = tuple(sorted(
            [(info.idx[c.s], info.end_char(c.e - 1)) for cl in clusters for c in cl.cands]
            + [(a, b) for cl in clusters for a, b, r in cl.mentions if r == "family_name_alias"]))
        clusters.sort(key=lambda cl: cl.first)
        people: list[Person] = []
        for n, cl in enumerate(clusters, 1):
            names = [c.words(doc) for c in cl.cands]
            # the fullest written form; a speaker label's "C. KOMBOS" gives way to "Constantinos Kombos"
            best = max(names, key=lambda w: (len(w), not any(re.fullmatch(r"[A-Z]\.", x) for x in w),
                                             not all(x.isupper() for x in w), -names.index(w))) if names else cl.words
            family, given = family_given(best)
            ments = sorted({(a, b): r for a, b, r in cl.mentions}.items())
            sources = {part for c in cl.cands for part in c.source.split("+")}
            ev = {"name": "+".join(sorted(sources)) or "family_name_alias", **cl.evidence}
            people.append(Person(
                id=f"p{n}", name=" ".join(best), family_name=family, given_name=given,
                role=(cl.role_text or cl.role.role) if cl.role else None,
                role_canonical=cl.role.role if cl.role else None,
                country=self.g.territory_of.get(cl.country, cl.country),  # "Premier of Greenland" serves Denmark
                mentions=[Mention(info.text[a:b], a, b) for (a, b), _ in ments], evidence=ev))
        return people


@lru_cache(maxsize=4)
def _finder_for(vocab_id: int, vocab) -> PeopleFinder:
    return PeopleFinder(vocab)


def find_people(doc: Doc) -> list[Person]:
    return _finder_for(id(doc.vocab), doc.vocab)(doc)
