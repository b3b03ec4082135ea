"""Who commits: subject noun phrases → ISO alpha-3 states and Person ids.

Resolution order for one subject head (first hit wins, then conjuncts are unioned):

1. upstream records — a token inside a ``doc._.people`` mention gives that person
   (and their country); inside a ``doc._.places`` mention gives the place's country
   (a capital standing for its government, "Seoul believes", maps to the state);
2. pronouns — "they"/"we"/"both" mean every state of the meeting (SPEC), "we" in a
   quotation is the speaker's side when the attribution names one; "he"/"she" is
   the nearest preceding person, "it"/"its" the nearest preceding state;
3. group nouns — "the two sides", "both leaders", "the two ministers" → the
   meeting's states, unless the phrase names its countries ("the leaders of China
   and Russia");
4. the noun phrase itself — country names and aliases ("the ROK"), demonym +
   office ("the Russian side"), possessives ("Seoul's top diplomat"), "X of Russia";
5. a per-document fallback person map built from title phrases ("Russian Foreign
   Minister Sergei Lavrov" makes a later bare "Lavrov" Russian), so the component
   works on its own when the people component is absent or weak.

The meeting's states are derived once per document: first from the meeting
sentence ("X and Y agreed", "A met B", "talks between X and Y"), where a state
that hosts, brokers or mediates talks between two others and a venue ("in
Beijing") are not sides; failing that, from a score over people, places and —
when those lists are empty — a gazetteer scan of GPE/NORP mentions; see
:meth:`ActorResolver.meeting_states` and :meth:`ActorResolver.meeting_sides`.

Organisations listed in ``commitments.json`` ("The EU will…", "the African Union
and Kenya agreed…") are parties but not states: they go to ``actor_orgs``, and an
organisation that is a side of the meeting joins "the two sides".
"""
from __future__ import annotations

import re
from bisect import bisect_right
from collections import Counter
from functools import lru_cache
from typing import Iterable, Optional

from spacy.parts_of_speech import NUM, PROPN
from spacy.tokens import Doc, Token

from ..gazetteer import gazetteer
from ..trie import trie_pattern
from ..names.docinfo import docinfo
from .columns import columns, sid
from .lexicon import Lexicon

_NUMBER_WORDS = {"two": 2, "both": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10}
_GEO_HEADS = {"peninsula", "sea", "war", "strait", "straits", "language", "culture", "people", "wave", "unification", "reunification"}
# office words that make a person named in the opening sentence a participating state's representative
_PARTICIPANT_ROLES = ("minister", "president", "secretary", "premier", "chancellor", "king", "emir", "sultan", "taoiseach")
# the meeting sentence: verbs whose subject (and object / "with" partner) are the meeting's sides
_MEET_VERBS = {"meet", "hold", "have", "talk", "confer", "agree", "sign", "visit", "receive", "welcome", "sit", "speak"}
_PARTNER_VERBS = {"meet", "visit", "receive", "welcome"}  # their direct object is the other side
_MEET_NOUNS = {"talks", "talk", "meeting", "summit", "negotiations", "consultations", "dialogue", "call",
               "conversation", "discussions", "session", "round", "meetings", "phone"}
# plural organs each side has ("our defence ministries", "our coast guards")
_ORGAN_PLURALS = frozenset({"navy", "army", "ministry", "government", "coastguard", "coast guard", "agency",
                            "force", "authority", "parliament", "central bank", "bank", "police"})
# words of a roll call of a meeting's participants ("Among those attending were …", "The meeting was joined by …")
_ROLL_CALL = re.compile(r"\b(?:attend\w*|participa\w*|present|took part|taking part|joined|represented|"
                        r"delegations?|among|included|including|also (?:met|spoke))\b", re.I)
# a state that hosts, brokers or mediates talks between two others is not a side
_HOST_VERBS = {"host", "broker", "mediate", "facilitate", "sponsor", "convene", "organise", "organize"}
_HOST_NOUNS = {"mediation", "auspices", "facilitation", "sponsorship"}
_HOST_LEMMAS = _HOST_VERBS | _HOST_NOUNS  # every branch of ``_third_parties`` needs one
_MULTILATERAL_WORDS = {"trilateral": 3, "tripartite": 3, "three-way": 3, "quadrilateral": 4, "four-way": 4}
_SIDE_LEMMAS = _HOST_VERBS | _MEET_VERBS | _MEET_NOUNS | {"mediation"}  # every branch of ``_sides_in`` needs one
_NP_DEPS = {"compound", "amod", "poss", "nmod", "det", "nummod", "appos", "case", "punct", "quantmod"}


_STATE_STYLES = frozenset({"kingdom", "republic", "sultanate", "emirate", "federation", "principality",
                           "confederation", "commonwealth", "grand duchy"})


# a state's own organs: named without the state ("the Government would publish …"), they act for the state of
# whoever reports them, or of the page's issuer
_STATE_ORGANS = frozenset({"government", "ministry", "cabinet", "army", "navy", "police", "military", "authorities",
                           "administration", "force", "forces", "presidency", "coastguard", "coast guard",
                           # "Cacdac said the Department of Migrant Workers would brief …", "the agency would fund …"
                           "department", "agency", "secretariat", "directorate", "bureau"})


@lru_cache(maxsize=512)
def _official_name(code: str) -> str:
    """The state's official name, lower-cased ("kingdom of saudi arabia"), or its name."""
    import pycountry

    c = pycountry.countries.get(alpha_3=code)
    return (getattr(c, "official_name", None) or getattr(c, "name", "")).lower() if c else ""


def _capitals() -> dict[str, str]:
    """Capital city name → ISO3 ("Seoul said", "talks with Pyongyang"): the gazetteer's, current states only."""
    return gazetteer().capitals()


_ORG_RX: dict[int, tuple[Optional["re.Pattern[str]"], dict[str, str]]] = {}


def _org_table(lex: Lexicon) -> tuple[Optional["re.Pattern[str]"], dict[str, str]]:
    key = id(lex)
    if key not in _ORG_RX:
        forms = {f: name for name, fs in lex.organisations.items() for f in fs}
        if not forms:
            _ORG_RX[key] = (None, {})
        else:
            # a trie of the forms: the same matches as their alternation, longest first, with one
            # branch per next character instead of one attempt per form at every position
            _ORG_RX[key] = (re.compile(rf"(?<![\w.-])(?:{trie_pattern(forms)})(?![\w-])"), forms)
    return _ORG_RX[key]


def _org_regex(lex: Lexicon):
    return _org_table(lex)[0]


def _org_name(lex: Lexicon, form: str) -> Optional[str]:
    return _org_table(lex)[1].get(form)


# the gazetteer the caches below belong to, and {(look-up, text): code}: one look-up per distinct text
_TEXT_CODES: list = [None, {}]


def _cached_code(kind: str, text: str, look_up) -> Optional[str]:
    """``look_up(gazetteer, text)``, cached per (kind, text) for as long as the gazetteer
    object stays the same (the same names recur in every document)."""
    g = gazetteer()
    if _TEXT_CODES[0] is not g or len(_TEXT_CODES[1]) > 200_000:
        _TEXT_CODES[:] = [g, {}]
    cache = _TEXT_CODES[1]
    key = (kind, text)
    try:
        return cache[key]
    except KeyError:
        code = cache[key] = look_up(g, text)
        return code


def text_code(text: str) -> Optional[str]:
    """Country code for a name, alias or capital ("the ROK", "Seoul"); demonyms excluded. Cached."""
    return _cached_code("text", text, _text_code)


def demonym_code(text: str) -> Optional[str]:
    """``gazetteer().demonym_code(text)``, cached like :func:`text_code`."""
    return _cached_code("demonym", text, lambda g, t: g.demonym_code(t))


def any_code(text: str) -> Optional[str]:
    """``gazetteer().any_code(text)``, cached like :func:`text_code`."""
    return _cached_code("any", text, lambda g, t: g.any_code(t))


def _text_code(g, text: str) -> Optional[str]:
    code = g.country_code(text)
    if code:
        return code
    from ..gazetteer import normalise

    caps = _capitals()
    return caps.get(text.strip()) or caps.get(normalise(text))  # ("The Hague" keeps its article)


@lru_cache(maxsize=4096)
def _name_parts(name: str) -> tuple[str, ...]:
    """The name split at spaces and hyphens, once per name (asked for at every mention of a person)."""
    return tuple(re.split(r"[\s\-]+", name))


@lru_cache(maxsize=1)
def _big_number_ids() -> frozenset[int]:
    """Ids of the LOWER forms of the number words of three or more."""
    return frozenset(sid(w) for w, k in _NUMBER_WORDS.items() if k >= 3)


_FALLBACK_SKIP_ENTS = ("GPE", "LOC", "NORP", "FAC", "EVENT", "LAW", "WORK_OF_ART", "DATE")


def _fallback_candidates(doc: Doc) -> list[int]:
    """Indices of the tokens ``_fallback_people`` looks at: PROPN, not a compound, not NNPS,
    not inside a place/date-like entity. Read from the token arrays, so the rest of the
    document costs no Token object."""
    if not len(doc):
        return []
    cols = columns(doc)
    dep, tag, ent = cols.dep, cols.tag, cols.ent
    compound, nnps = sid("compound"), sid("NNPS")
    skip = {sid(label) for label in _FALLBACK_SKIP_ENTS}
    return [i for i, p in enumerate(cols.pos)
            if p == PROPN and dep[i] != compound and tag[i] != nnps and ent[i] not in skip]


def _expand_span(doc: Doc, start: int, end: int) -> Optional[tuple[int, int]]:
    """``(span.start, span.end)`` of ``doc.char_span(start, end, alignment_mode="expand")``, or None:
    the same token look-ups (the token holding a character, its trailing space included) as
    bisects over the token offsets, without making a Span and its Tokens."""
    info = docinfo(doc)
    size = len(info.text)
    if not (0 <= start < size and 0 <= end - 1 < size):
        return None  # no token holds the character: char_span returns None
    idx = info.idx
    a = bisect_right(idx, start) - 1
    b = bisect_right(idx, end - 1) - 1
    if start == info.end_char(a):
        a += 1  # the first character is the token's trailing space
    if a > b + 1:  # an inverted range: let spaCy handle (and report) it
        span = doc.char_span(start, end, alignment_mode="expand")
        return None if span is None else (span.start, span.end)
    return a, b + 1


# the larger event a meeting was held beside: the people named after it are not the meeting's
_SIDELINES = re.compile(r"\b(?:on|at)\s+the\s+(?:sidelines|margins)\s+of\b", re.I)
# a meeting in a headline or an opening sentence ("Final statement of the 164th session of the GCC Ministerial
# Council", "the Conference of Heads of Government of CARICOM")
_MEETING_WORDS = re.compile(r"\b(?:[Cc]ouncil|[Ss]ummit|[Cc]onference|[Mm]eeting|[Ss]ession|[Hh]eads of (?:State|Government))\b")


class ActorResolver:
    """Resolves subjects of one document; build one per doc."""

    def __init__(self, doc: Doc, lex: Lexicon, sents: Optional[list] = None) -> None:
        """``sents``: ``list(doc.sents)`` when the caller has it already."""
        self.doc = doc
        self.lex = lex
        self.g = gazetteer()
        self.person_at: dict[int, object] = {}
        self.place_at: dict[int, object] = {}
        for p in doc._.people or []:
            for m in p.mentions:
                self._index(self.person_at, m.start, m.end, p)
        for pl in doc._.places or []:
            for m in pl.mentions:
                self._index(self.place_at, m.start, m.end, pl)
        self._org_at: Optional[dict[int, str]] = None  # built on first use (``org_at``)
        self._fallback: Optional[dict[str, str]] = None  # built on first use (``fallback_people``)
        self._meeting: dict[int, list[str]] = {}
        self._bloc: Optional[tuple[str, ...]] = None
        self._sides: Optional[tuple[list[str], list[str], set[str]]] = None
        self._count: Optional[int] = None
        self._explicit: Optional[list[str]] = None
        self._ranked: Optional[list[str]] = None
        self._sents: Optional[list] = None
        self._given_sents = sents
        self._tied: Optional[dict[str, bool]] = None  # person id -> holds an office or has a state (built on first use)

    def _sent_list(self) -> list:
        """The document's sentences, listed once (``doc.sents`` walks the whole document)."""
        if self._sents is None:
            self._sents = list(self.doc.sents) if self._given_sents is None else self._given_sents
            self._sent_index = {s.start: k for k, s in enumerate(self._sents)}
            self._sent_start_chars = [s.start_char for s in self._sents]
        return self._sents

    def _sent_at_char(self, pos: int) -> Optional[int]:
        """Index of the sentence with ``start_char <= pos < end_char``, or None."""
        sents = self._sent_list()
        k = bisect_right(self._sent_start_chars, pos) - 1
        if k >= 0 and sents[k].start_char <= pos < sents[k].end_char:
            return k
        return None

    # ------------------------------------------------------------------ indexes
    def _index(self, table: dict[int, object], start: int, end: int, rec: object) -> None:
        span = _expand_span(self.doc, start, end)
        if span is None:
            return
        for i in range(*span):
            table.setdefault(i, rec)

    @property
    def org_at(self) -> dict[int, str]:
        """Token index → organisation (``_index_orgs``), computed when a subject first needs it."""
        if self._org_at is None:
            self._org_at = self._index_orgs()
        return self._org_at

    @property
    def fallback_people(self) -> dict[str, str]:
        """Name → ISO3 from title phrases (``_fallback_people``), computed when first needed."""
        if self._fallback is None:
            self._fallback = self._fallback_people()
        return self._fallback

    def _index_orgs(self) -> dict[int, str]:
        """Token index → canonical organisation name for every listed organisation in the text."""
        out: dict[int, str] = {}
        rx = _org_regex(self.lex)
        if rx is None:
            return out
        for m in rx.finditer(docinfo(self.doc).text):
            name = _org_name(self.lex, m.group(0))
            span = self.doc.char_span(m.start(), m.end(), alignment_mode="expand")
            if span is None or name is None:
                continue
            for t in span:
                out.setdefault(t.i, name)
        return out

    def orgs_in(self, toks: Iterable[Token]) -> list[str]:
        out: list[str] = []
        for t in toks:
            name = self.org_at.get(t.i)
            if name and name not in out:
                out.append(name)
        return out

    def _np_tokens(self, head: Token) -> list[Token]:
        """The subject's noun phrase without relative clauses or verbal material."""
        out = [head]
        stack = list(head.children)
        while stack:
            c = stack.pop()
            if c.dep_ in _NP_DEPS or (c.dep_ == "prep" and c.lower_ in ("of", "from")) or c.dep_ == "pobj" or (c.dep_ == "conj" and c.head.dep_ in ("pobj", "appos", "conj")):
                if c.dep_ == "appos" and c.pos_ not in ("PROPN", "NOUN"):
                    continue
                out.append(c)
                stack.extend(c.children)
        return sorted(out, key=lambda t: t.i)

    def _modifiers(self, head: Token) -> list[Token]:
        """Close modifiers of a name: its compounds/amods/possessives and a direct "of <Country>"."""
        out: list[Token] = []
        for c in head.children:
            if c.dep_ in ("compound", "amod", "nmod", "poss"):
                out.append(c)
                out.extend(x for x in c.children if x.dep_ in ("compound", "amod", "nmod"))
            elif c.dep_ == "prep" and c.lower_ == "of":
                for o in c.children:
                    if o.dep_ == "pobj":
                        out.append(o)
                        out.extend(x for x in o.children if x.dep_ == "compound")
        return out

    def _fallback_people(self) -> dict[str, str]:
        """Name token → ISO3 from title phrases in this doc ("Russian Foreign Minister Sergei Lavrov").

        Only PERSON-like names (not inside a place/organisation-of-country entity,
        not plural titles) and only close modifiers count, so "Kim Jong-un of the
        Workers' Party of Korea" does not make Kim South Korean.
        """
        out: dict[str, str] = {}
        doc = self.doc
        # token columns instead of Token objects: most candidates fail the first test
        info, cols = docinfo(doc), columns(doc)
        texts, lowers, is_alpha, pos, dep = info.texts, info.lowers, info.is_alpha, cols.pos, cols.dep
        titles = self.lex.title_words
        name_deps = (sid("compound"), sid("flat"))
        for i in _fallback_candidates(doc):
            text = texts[i]
            if lowers[i] in titles or text_code(text) or any_code(text):
                continue
            # indices of the name: the token and the proper-noun compounds before it
            names = [
                j for j in cols.subtree(doc, i)
                if (j == i or (pos[j] == PROPN and dep[j] in name_deps and j < i))
                and is_alpha[j] and lowers[j] not in titles
            ]
            if not names:
                continue
            tok = doc[i]
            code = None
            anchors = [tok] + ([tok.head] if tok.dep_ == "appos" else [])
            for a in anchors:
                mods = [m for m in self._modifiers(a) if m.i not in names]
                for k, t in enumerate(mods):
                    nxt = mods[k + 1] if k + 1 < len(mods) else None
                    pair = f"{t.text} {nxt.text}" if nxt is not None and nxt.i == t.i + 1 else None
                    c = (pair and (text_code(pair) or demonym_code(pair))) or demonym_code(t.text) or text_code(t.text)
                    if c:
                        code = c
                        break
                if code:
                    break
            if code:
                for j in names:
                    out.setdefault(texts[j], code)
        return out

    def person_country(self, rec) -> Optional[str]:
        """A Person's country, cross-checked against title phrases in this doc.

        Why: a direct demonym on the name ("Russian Foreign Minister Sergei
        Lavrov") is the strongest evidence the text offers; when an upstream
        record disagrees with it, the phrase wins.
        """
        votes: Counter[str] = Counter()
        for part in _name_parts(rec.name or ""):
            code = self.fallback_people.get(part)
            if code:
                votes[code] += 1
        if votes:
            best = votes.most_common(1)[0][0]
            if best != rec.country:
                return best
        return rec.country

    # ------------------------------------------------------------------ meeting
    def meeting_states(self, n: Optional[int] = None) -> list[str]:
        """The states of the meeting this document reports.

        ``n`` is an explicit count from the text ("the three countries"); without
        one (or with "two"/"both"), the meeting has as many states as
        :meth:`participant_count` finds, at least two — so "the two sides",
        "they" and "we" in a four-state joint statement mean all four.

        Why a score: readouts name both delegations' officials and countries
        far more often than third countries discussed (North Korea in a
        ROK–Russia readout). Officials (people with a country) weigh most,
        place and actor mentions next, the first sentence (which names the
        meeting) gets a bonus. Explicit participants (officials or countries
        listed in the opening sentence) come first.
        """
        bloc = self.bloc_meeting()
        if bloc and (n is None or n == 2 or n == len(bloc)):
            # "the ministers agreed" at the GCC Ministerial Council: its six states ("the ministers" counts as
            # two, the default of a group without a number)
            return list(bloc)
        want = n if n is not None and n >= 3 else self.participant_count()
        if want in self._meeting:
            return self._meeting[want]
        ranked = self._ranked_states()
        explicit = self._explicit_participants()
        states, orgs, third = self.meeting_sides()
        if want == 2 and not explicit and len(states) + len(orgs) >= 2:
            # the meeting sentence names both sides ("Saudi Arabia and Iran agreed in Beijing",
            # "Wang Yi hosted talks between A and B", "von der Leyen met Zelensky")
            self._meeting[want] = sorted(states)
            return self._meeting[want]
        if want == 2 and not explicit and len(states) == 1:
            # one side named (the other's official has no known country): fill from the document-wide
            # ranking without the opening-sentence bonus, which a venue ("in Vientiane") would earn
            plain = self._ranked_states(opening_bonus=False)
            order = states + [c for c in plain if c not in states and c not in third]
        else:
            order = explicit + [c for c in ranked if c not in explicit and c not in third]
        self._meeting[want] = sorted(order[:want])
        return self._meeting[want]

    def bloc_meeting(self) -> tuple[str, ...]:
        """The member states of a regional bloc (``organisations._members``) when the page reports a meeting
        of the bloc's own body — the headline or the opening sentence names the bloc and a meeting ("the 164th
        session of the GCC Ministerial Council") — and its officials are most of those named: half its member
        states at least (three at least), and three in five of the people with a state. Else ()."""
        if self._bloc is not None:
            return self._bloc
        self._bloc = ()
        if not self.lex.org_members:
            return self._bloc
        header = self.doc._.page_header if Doc.has_extension("page_header") else None
        first = self._first_sentence()
        lead = (header or "").split("\n", 1)[0] + " " + (first.text if first is not None else "")
        if not _MEETING_WORDS.search(lead):
            return self._bloc
        states = [p.country for p in self.doc._.people or [] if p.country]
        for org, members in self.lex.org_members.items():
            forms = self.lex.organisations.get(org, (org,))
            if not any(re.search(r"(?<!\w)" + re.escape(f) + r"(?!\w)", lead) for f in forms):
                continue
            inside = [c for c in states if c in members]
            # (half the members at least: not two leaders meeting on the bloc's sidelines)
            if len(set(inside)) >= max(3, len(members) / 2) and len(inside) >= 0.6 * len(states):
                self._bloc = members
                break
        return self._bloc

    def meeting_orgs(self) -> list[str]:
        """Organisations that are a side of the meeting ("the two sides" at an EU–Ukraine summit)."""
        if self.participant_count() != 2 or self._explicit_participants():
            return []
        states, orgs, _ = self.meeting_sides()
        if len(states) + len(orgs) < 2:
            return []
        out: list[str] = []
        for o in orgs:
            o = self.lex.org_sides.get(o, o)  # "European Commission President … met …": the side is the EU
            if o not in out:
                out.append(o)
        return out

    def meeting_sides(self) -> tuple[list[str], list[str], set[str]]:
        """(states, organisations, third parties) of the document's meeting sentence.

        The meeting sentence is the first of the opening sentences whose meeting verb
        ("met", "held talks with", "agreed", "visited") or meeting noun ("talks between
        A and B") names two or more sides. A state that hosts, brokers or mediates talks
        between two others ("China brokered", "hosted by", "with the mediation of") is a
        third party, and a venue ("in Beijing") is never a side.
        """
        if self._sides is not None:
            return self._sides
        third: set[str] = set()
        found: tuple[list[str], list[str]] = ([], [])
        sents = self._sent_list()[:4]
        for sent in sents:
            third |= self._third_parties(sent)
        for sent in sents:
            states, orgs = self._sides_in(sent, third)
            if len(states) + len(orgs) >= 2:
                found = (states, orgs)
                break
            if len(states) == 1 and not found[0] and not found[1]:
                found = (states, orgs)
        self._sides = (found[0], found[1], third - set(found[0]))
        return self._sides

    @staticmethod
    def fronted_subject(v: Token) -> list[Token]:
        """"With the mediation of Qatar, Rwanda and Congo agreed to …": the parser folds the
        subject into the fronted phrase's list; the items after its first comma are the subject."""
        if any(c.dep_ in ("nsubj", "nsubjpass") for c in v.children):
            return []
        for p in v.children:
            if p.dep_ != "prep" or p.i > v.i:
                continue
            for t in p.subtree:
                if t.dep_ != "pobj" or not list(t.conjuncts):
                    continue
                conj = sorted([x for x in t.conjuncts if x.i > t.i], key=lambda x: x.i)
                if not conj:
                    continue
                own_end = conj[0].i - 1  # the first item ends where the list goes on
                nxt = t.doc[own_end] if own_end > t.i else None
                while nxt is not None and nxt.dep_ == "cc":
                    nxt = t.doc[nxt.i - 1]
                if conj and nxt is not None and nxt.text == "," and max(x.i for x in conj[-1].subtree) + 1 == v.i:
                    return conj
        return []

    def _third_parties(self, sent) -> set[str]:
        out: set[str] = set()
        for t in self._tokens_with_lemma(sent, _HOST_LEMMAS):
            lem = t.lemma_.lower()
            if lem in _HOST_VERBS and t.pos_ == "VERB":
                passive = t.tag_ == "VBN" and (t.dep_ in ("acl", "advcl", "amod") or any(c.dep_ == "auxpass" for c in t.children))
                if passive:
                    for ag in (c for c in t.children if c.dep_ == "agent"):
                        for o in ag.children:
                            if o.dep_ == "pobj":
                                out |= self._side_states(o)
                elif lem in ("broker", "mediate") or self._hosted_pair(t) or (
                        lem != "host" and any(o.dep_ == "dobj" and o.lemma_.lower() in _MEET_NOUNS for o in t.children)):
                    # "China brokered the deal", "Qatar facilitated the talks"; not "Athens would
                    # facilitate visa procedures" (a side's own promise)
                    subj = next((c for c in t.children if c.dep_ == "nsubj"), None)
                    if subj is not None:
                        out |= self._side_states(subj)
            if lem in _HOST_NOUNS:
                poss = next((c for c in t.children if c.dep_ == "poss"), None)
                if poss is not None:
                    # "Qatar's mediation", "announced the success of its mediation": "its" is the clause's subject
                    if poss.pos_ == "PRON":
                        v = next((a for a in t.ancestors if a.pos_ in ("VERB", "AUX")), None)
                        poss = next((c for c in v.children if c.dep_ == "nsubj"), None) if v is not None else None
                    if poss is not None:
                        out |= self._side_states(poss)
                for p in t.children:
                    if p.dep_ == "prep" and p.lower_ in ("of", "by"):
                        for o in p.children:
                            if o.dep_ == "pobj":
                                folded = any(o.i < x.i and x in o.conjuncts for v in sent if v.pos_ == "VERB" for x in self.fronted_subject(v))
                                for x in [o] + ([] if folded else list(o.conjuncts)):
                                    out |= self._side_states(x)
        return out

    def _tokens_with_lemma(self, sent, lemmas) -> list[Token]:
        """The tokens of ``sent`` whose lower-cased lemma is in ``lemmas``, in order: the only ones
        the sentence scans below act on (read from the token columns, no Token for the rest)."""
        lem = columns(self.doc).lemma_lower
        doc = self.doc
        return [doc[i] for i in range(sent.start, sent.end) if lem[i] in lemmas]

    def _hosted_pair(self, v: Token) -> bool:
        """"X hosted talks between A and B" / "X hosted the leaders of A and B": X is not a side."""
        for o in v.children:
            if o.dep_ != "dobj":
                continue
            sides = self._slot_sides([o] + list(o.conjuncts), set())
            if len(sides[0]) + len(sides[1]) >= 2:
                return True
            # "talks between A and B", "a new round of talks between A and B"
            heads = [o] + [x for p in o.children if p.dep_ == "prep" and p.lower_ == "of"
                           for x in p.children if x.dep_ == "pobj"]
            for h in heads:
                for p in h.children:
                    if p.dep_ == "prep" and p.lower_ in ("between", "among"):
                        return True
        return False

    def _sides_in(self, sent, third: set[str]) -> tuple[list[str], list[str]]:
        slots: list[Token] = []
        for t in self._tokens_with_lemma(sent, _SIDE_LEMMAS):
            lem = t.lemma_.lower()
            if t.pos_ in ("VERB", "AUX") and lem in _HOST_VERBS:
                objs = [o for o in t.children if o.dep_ == "dobj"]
                passive = any(c.dep_ in ("auxpass", "nsubjpass") for c in t.children)
                if not passive and not self._hosted_pair(t):
                    # "Wang Yi hosted his Russian counterpart": the host is a side
                    subj = next((c for c in t.children if c.dep_ == "nsubj"), None)
                    if subj is not None:
                        slots += [subj] + list(subj.conjuncts)
                for o in objs:
                    slots += [o] + list(o.conjuncts)
                continue
            if t.pos_ in ("VERB", "AUX") and lem in _MEET_VERBS and t.dep_ not in ("amod", "acl", "relcl"):
                if any(c.dep_ in ("auxpass", "nsubjpass") for c in t.children):
                    continue
                subj = next((c for c in t.children if c.dep_ == "nsubj"), None)
                if subj is None and self.fronted_subject(t):
                    slots += self.fronted_subject(t)
                if lem in ("hold", "have", "sit", "speak"):
                    objs = [o for o in t.children if o.dep_ == "dobj" and o.lemma_.lower() in _MEET_NOUNS]
                    if not objs and not any(p.dep_ == "prep" and p.lower_ == "with" for p in t.children):
                        continue
                if subj is not None:
                    slots += [subj] + list(subj.conjuncts)
                for c in t.children:
                    if c.dep_ == "dobj" and lem in _PARTNER_VERBS:
                        slots += [c] + list(c.conjuncts)
                holders = [t] + [o for o in t.children if o.dep_ == "dobj" and o.lemma_.lower() in _MEET_NOUNS]
                for h in holders:
                    for p in h.children:
                        if p.dep_ == "prep" and p.lower_ in ("with", "between", "among"):
                            for o in p.children:
                                if o.dep_ == "pobj":
                                    slots += [o] + list(o.conjuncts)
            elif t.pos_ in ("NOUN", "PROPN") and (t.lemma_.lower() in _MEET_NOUNS or t.lemma_.lower() == "mediation"):
                # ("its mediation between the Russian Federation and Ukraine": the two parties are the sides)
                for p in t.children:
                    if p.dep_ == "prep" and p.lower_ in ("between", "among"):
                        for o in p.children:
                            if o.dep_ == "pobj":
                                slots += [o] + list(o.conjuncts)
        seen: set[int] = set()
        # "with the mediation of Qatar", "under the auspices of the UN": the third party is no side
        slots = [x for x in slots if x.lemma_.lower() not in _HOST_NOUNS]
        uniq = [x for x in slots if not (x.i in seen or seen.add(x.i))]
        return self._slot_sides(uniq, third)

    def _slot_sides(self, slots: list[Token], third: set[str]) -> tuple[list[str], list[str]]:
        states: list[str] = []
        orgs: list[str] = []
        for t in slots:
            if t.pos_ == "PRON":
                continue
            np = self._np_tokens(t)
            org = self.orgs_in(np)
            if org:
                for o in org:
                    if o not in orgs:
                        orgs.append(o)
                codes = self._codes_in([x for x in np if x.i not in self.org_at and x.i not in self.person_at], t)
            else:
                codes = self._side_states(t)
            for c in sorted(codes):
                if c not in states:
                    states.append(c)
        return states, orgs

    def _side_states(self, t: Token) -> set[str]:
        rec = self._person_in_np(t)
        if rec is not None:
            c = self.person_country(rec)
            return {c} if c else set()
        # the token's own phrase: its conjuncts are sides of their own
        skip = {x.i for c in t.children if c.dep_ == "conj" for x in c.subtree}
        np = [x for x in self._np_tokens(t) if x.i not in skip]
        codes = self._codes_in(np, t)
        if codes:
            return codes
        for x in np:
            code = self.fallback_people.get(x.text)
            if code and x.pos_ == "PROPN":
                return {code}
        return set()

    def participant_count(self) -> int:
        """How many states take part: 2 unless the text shows more.

        Evidence, any of: a numbered group acting as subject or named in the
        opening sentence ("the four countries", "all three ministers"); three or
        more states whose officials are named in the opening sentence; three or
        more countries listed together there ("the foreign ministers of A, B, C
        and D").
        """
        if self._count is not None:
            return self._count
        n = 2
        first = self._first_sentence()
        for tok in self._big_numbers():
            k = _NUMBER_WORDS[tok.lower_]
            noun = tok.head if tok.dep_ == "nummod" else tok
            if tok.dep_ == "nummod" and (noun.tag_ not in ("NNS", "NNPS") or self._lemma(noun) not in self.lex.group_nouns):
                continue
            if tok.dep_ != "nummod" and not any(c.lower_ == "all" for c in tok.children):
                continue
            in_first = first is not None and first.start <= tok.i < first.end
            if noun.dep_ in ("nsubj", "nsubjpass") or in_first:
                n = max(n, k)
        n = max(n, len(self._explicit_participants()))
        # "the Trilateral Ministerial Meeting between A, B and C" in the headline or the opening sentence
        header = self.doc._.page_header if Doc.has_extension("page_header") else None
        lead = ((header or "").split("\n", 1)[0] + " " + (first.text if first is not None else "")).lower()
        for word, k in _MULTILATERAL_WORDS.items():
            if word in lead:
                n = max(n, k)
        self._count = n
        return n

    def _big_numbers(self) -> list[Token]:
        """NUM tokens that are a number word of three or more ("four") and a nummod or subject,
        found in the token columns (the rest of the document costs no Token object)."""
        cols = columns(self.doc)
        words = _big_number_ids()
        deps = {sid("nummod"), sid("nsubj"), sid("nsubjpass")}
        lower, dep = cols.lower, cols.dep
        return [self.doc[i] for i, p in enumerate(cols.pos) if p == NUM and lower[i] in words and dep[i] in deps]

    def _first_sentence(self):
        sents = self._sent_list()
        return sents[0] if sents else None

    def _explicit_participants(self) -> list[str]:
        """States named as taking part in the opening sentence, when there are three or more.

        Officials with a state office (ministers, presidents, prime ministers,
        secretaries) named there, or a list of three or more coordinated
        countries. Two are not enough evidence to override the score ranking
        (a bilateral readout's first sentence often names a third state).
        """
        if self._explicit is not None:
            return self._explicit
        first = self._first_sentence()
        out: list[str] = []
        if first is not None:
            officials = self._officials_in(first)
            # a roll call soon after ("Among those attending were Singapore's Minister …, Indonesia's …"):
            # four or more states' officials in one of the next sentences name the participants
            # or by office without the names ("The meeting was attended by the foreign ministers of A, B, C
            # and D"): those states take part too
            opening = self._sent_list()[:5]
            roll = next((r for r in map(self._ministers_of_states, opening[1:]) if len(r) >= 4), [])
            # (a roll call says who attends: not a sentence recalling another meeting's leaders, "at which he,
            # President A and President B signed …")
            if roll or any(len(self._officials_in(sent)) >= 4 and _ROLL_CALL.search(sent.text) for sent in opening[1:]):
                for sent in opening[1:]:  # the chair and the roll call of the opening paragraphs
                    officials += [c for c in self._officials_in(sent) if c not in officials]
                officials += [c for c in roll if c not in officials]
            listed: list[str] = []
            for tok in self._conj_heads(first):
                if tok.dep_ == "conj" or not list(tok.conjuncts) or not self._participant_slot(tok):
                    continue
                codes: list[str] = []
                for t in [tok] + [x for x in tok.conjuncts if x.i > tok.i]:
                    c = self._state_of_token(t)
                    if c and c not in codes:
                        codes.append(c)
                if len(codes) > len(listed):
                    listed = codes
            best = max((officials, listed), key=len)
            if len(best) >= 3:
                out = best
        self._explicit = out
        return out

    _MINISTERS_OF = re.compile(r"\b(?:(?:foreign|defen[cs]e|trade) )?(?:ministers|leaders|heads of (?:state|government)|"
                               r"delegations|representatives) of\b", re.I)

    def _ministers_of_states(self, sent) -> list[str]:
        """States listed after "the foreign ministers of" in ``sent``, in order (countries only)."""
        m = self._MINISTERS_OF.search(sent.text)
        if m is None:
            return []
        out: list[str] = []
        start = sent.start_char + m.end()
        for t in sent:
            if t.idx < start or (t.i not in self.place_at and t.pos_ != "PROPN"):
                continue
            c = self._state_of_token(t)
            if c and c not in out:
                out.append(c)
        return out

    def _officials_in(self, sent) -> list[str]:
        """States of the officials (state offices) named in ``sent``, in order of appearance; not the host of the
        larger event the meeting was held beside ("… on the sidelines of the G20 meeting hosted by South Africa's
        Minister …")."""
        found: list[tuple[int, str]] = []
        m = _SIDELINES.search(sent.text)
        end = sent.start_char + m.start() if m else sent.end_char
        for p in self.doc._.people or []:
            role = (p.role or "").lower()
            if not any(w in role for w in _PARTICIPANT_ROLES):
                continue
            starts = [m.start for m in p.mentions if sent.start_char <= m.start < end]
            c = self.person_country(p) if starts else None
            if c:
                found.append((min(starts), c))
        out: list[str] = []
        for _, c in sorted(found):
            if c not in out:
                out.append(c)
        return out

    def _conj_heads(self, sent) -> list[Token]:
        """The tokens of ``sent`` with a ``conj`` child, in order: only they can have conjuncts."""
        cols = columns(self.doc)
        conj, head, dep = sid("conj"), cols.head, cols.dep
        # a child is in its head's sentence
        heads = {head(j) for j in range(sent.start, sent.end) if dep[j] == conj}
        return [self.doc[i] for i in range(sent.start, sent.end) if i in heads]

    def _participant_slot(self, tok: Token) -> bool:
        """A list of countries names the participants only as the subject ("Chile, Peru and
        Colombia met …"), after "between/among", or after a group or office noun ("the
        foreign ministers of A, B and C"); "talks about Ukraine, Iran and Syria" lists topics."""
        if tok.dep_ in ("nsubj", "nsubjpass"):
            return True
        if tok.dep_ == "pobj":
            prep = tok.head
            if prep.lower_ in ("between", "among", "amongst"):
                return True
            if prep.lower_ in ("of", "from") and prep.head.pos_ in ("NOUN", "PROPN"):
                return self._lemma(prep.head) in self.lex.group_nouns or self._lemma(prep.head) in self.lex.office_nouns
        if tok.dep_ == "appos" and tok.head.pos_ in ("PRON", "NOUN", "PROPN"):
            return tok.head.lower_ in ("we", "us") or self._lemma(tok.head) in self.lex.group_nouns
        return False

    def _state_of_token(self, t: Token) -> Optional[str]:
        if t.i in self.place_at:
            pl = self.place_at[t.i]
            return pl.country if pl.type == "country" else None
        run = [x for x in t.subtree if x.i <= t.i and x.dep_ in ("compound", "det") or x.i == t.i]
        for k in range(len(run)):
            code = text_code(self.doc[run[k].i: t.i + 1].text)
            if code:
                return code
        return None

    def _lemma(self, t: Token) -> str:
        """Lemma with plural proper nouns reduced ("Ministers" tagged NNPS keeps its -s)."""
        lem = t.lemma_.lower()
        if t.tag_ in ("NNPS", "NNP") and lem == t.lower_ and lem.endswith("s"):
            for suf, rep in (("ies", "y"), ("s", "")):
                if lem.endswith(suf) and lem[: -len(suf)] + rep in self.lex.group_nouns | self.lex.office_nouns:
                    return lem[: -len(suf)] + rep
        return lem

    def _ranked_states(self, opening_bonus: bool = True) -> list[str]:
        if opening_bonus and self._ranked is not None:
            return self._ranked
        score: Counter[str] = Counter()
        sents = self._sent_list()
        first_end = (sents[0].end_char if sents else 0) if opening_bonus else 0
        people = self.doc._.people or []
        places = self.doc._.places or []
        for p in people:
            country = self.person_country(p)
            if country:
                score[country] += 2 + len(p.mentions) + (1 if p.role else 0)
                if any(m.start < first_end for m in p.mentions):
                    score[country] += 3
        for pl in places:
            if pl.country and pl.type in ("country", "city"):
                w = 1.0 if pl.type == "country" else 0.5
                score[pl.country] += w * len(pl.mentions)
                if any(m.start < first_end for m in pl.mentions):
                    score[pl.country] += 2
        if not people and not places:
            self._scan_doc(score, first_end)
        ranked = [c for c, s in sorted(score.items(), key=lambda kv: (-kv[1], kv[0])) if s > 0]
        if opening_bonus:
            self._ranked = ranked
        return ranked

    def _scan_doc(self, score: Counter, first_end: int) -> None:
        """Fallback: count country names/capitals (GPE) and demonyms on people or offices."""
        seen_people: set[str] = set()
        for ent in self.doc.ents:
            bonus = 2 if ent.start_char < first_end else 0
            if ent.label_ in ("GPE", "LOC", "ORG"):
                code = text_code(ent.text)
                if code:
                    score[code] += 1 + bonus
            elif ent.label_ == "NORP":
                head = ent.root.head if ent.root.dep_ in ("amod", "compound", "nmod") else None
                code = demonym_code(ent.text)
                if code and head is not None and head.lower_ not in _GEO_HEADS:
                    score[code] += 1 + bonus
        for tok in self.doc:
            code = self.fallback_people.get(tok.text)
            if code and tok.pos_ == "PROPN" and tok.text not in seen_people:
                seen_people.add(tok.text)
                score[code] += 2 + (2 if tok.idx < first_end else 0)

    # ------------------------------------------------------------------ resolve
    def resolve(self, heads: Iterable[Token]) -> tuple[list[str], list[str]]:
        """Union of states and person ids for subject heads (a compound subject stays one list)."""
        codes, pids, _ = self.resolve_full(heads)
        return codes, pids

    def resolve_full(self, heads: Iterable[Token]) -> tuple[list[str], list[str], list[str]]:
        """States, person ids and organisations (non-state parties) for subject heads."""
        codes: set[str] = set()
        pids: list[str] = []
        orgs: list[str] = []
        for h in heads:
            c, p, o = self._resolve3(h)
            codes.update(c)
            for x in p:
                if x not in pids:
                    pids.append(x)
            for x in o:
                if x not in orgs:
                    orgs.append(x)
        return sorted(codes), pids, orgs

    def resolve_one(self, h: Token) -> tuple[set[str], list[str]]:
        c, p, _ = self._resolve3(h)
        return c, p

    def _resolve3(self, h: Token) -> tuple[set[str], list[str], list[str]]:
        low = h.lower_
        np_orgs = self.orgs_in(self._np_tokens(h)) if h.pos_ != "PRON" else []
        # 1. upstream people / places
        rec = self._person_in_np(h)
        if rec is not None:
            if np_orgs:
                # "European Commission President Ursula von der Leyen": she acts for the organisation
                return set(), [rec.id], np_orgs
            country = self.person_country(rec)
            return ({country} if country else set()), [rec.id], []
        # 2. pronouns
        in_quote = self._in_quote(h) if low in self.lex.speaker_pronouns or low in ("our", "my") else False
        if (low in self.lex.speaker_pronouns or low in ("our", "my")) and not in_quote:
            # a transcript's turn ("Giorgos Gerapetritis: … we will host a business forum"): the speaker's state,
            # unless the speaker reports what both sides agreed
            turn = self._turn_speaker(h)
            verb = self.lex.verbal.get(h.head.lemma_.lower()) if h.dep_ in ("nsubj", "nsubjpass") else None
            if turn is not None and turn[0] and not (verb is not None and verb.modality == "agreement"):
                return turn[0], turn[1], []
        if low == "we" and h.dep_ == "nsubj" and h.head.dep_ == "conj":
            # "Austria will keep these borders open, and we have no intention of …": the state that is the
            # subject of the clause the speaker's own clause is joined to
            first = next((c for c in h.head.head.children if c.dep_ == "nsubj" and c.i < h.i), None)
            if first is not None and first.pos_ == "PROPN":
                # ("Greece and Cyprus remain committed …, and we agreed to …": both)
                codes, pids = self.resolve([first] + [x for x in first.conjuncts if x.i > first.i])
                if codes and not pids:
                    return set(codes), [], []
        if low in self.lex.speaker_pronouns or low in ("our",):
            # "We" inside a quotation is the quoted speaker's side; elsewhere (a joint
            # statement) it is every signatory.
            if in_quote:
                paired = self._paired_in_quote(h)
                if paired:
                    return paired, [], []
                spk = self._quote_speaker(h) or self._speaker(h)
                if spk is not None and spk[0]:
                    return spk[0], spk[1], []
                # the speaker's state is unknown: in a meeting, "we will work with Nigeria" is the
                # side that is not the partner named in the sentence
                rest = [c for c in self.meeting_states() if c not in self._states_named_in(h.sent, h)]
                if len(rest) == 1:
                    return {rest[0]}, (spk[1] if spk else []), []
                if spk is not None:
                    return spk[0], spk[1], []
            return set(self.meeting_states()), [], self.meeting_orgs()
        if low in ("they", "their", "them"):
            # "Japan and the US confirmed that they would…": the compound subject above the pronoun
            for anc in h.ancestors:
                subj = next((c for c in anc.children if c.dep_ in ("nsubj", "nsubjpass") and c.i != h.i), None)
                if subj is not None and subj.i < h.i and list(subj.conjuncts):
                    codes, pids, orgs = self.resolve_full([subj] + [x for x in subj.conjuncts if x.i > subj.i])
                    if codes or orgs:
                        return set(codes), pids, orgs
        if low in self.lex.group_pronouns or low in ("their", "both", "each"):
            return set(self.meeting_states(self._group_size(h) or 2)), [], self.meeting_orgs()
        if low in self.lex.person_pronouns or low in ("his", "her"):
            c, p = self._previous_person(h)
            return c, p, []
        if low in self.lex.state_pronouns or low == "its":
            code = self._previous_state(h)
            return ({code} if code else set()), [], []
        # "his government", "her country", "its ministry", "our side": the possessor's state
        # ("our governments", "their ministries" are the group; "our" alone is the speaker's, below)
        poss = next((c for c in h.children if c.dep_ == "poss" and (c.lower_ in ("his", "her", "its") or (
            c.lower_ == "their" and self._lemma(h) in _STATE_ORGANS))), None)
        # ("Mr Merz and Mr Schoof said their navies would …": the people named as the subject above)
        if poss is not None and (self._lemma(h) in self.lex.group_nouns or self._lemma(h) in self.lex.office_nouns
                                 or self._lemma(h) in _STATE_ORGANS):
            codes, pids, orgs = self._resolve3(poss)
            if codes:
                return codes, ([] if poss.lower_ == "its" else pids), orgs
        # "My government will …", "our ministry will …" (one organ, not "our governments"): the speaker's state
        # in a quotation, else the state whose release the page is
        mine = next((c for c in h.children if c.dep_ == "poss" and c.lower_ in ("my", "our")), None)
        if mine is not None and mine.lower_ == "our" and h.tag_ in ("NNS", "NNPS") and (
                self._lemma(h) in _STATE_ORGANS or self._lemma(h) in _ORGAN_PLURALS):
            # "Our navies will hold a joint exercise", "our defence ministries will …": each side's organ, so both
            return set(self.meeting_states()), [], []
        if mine is not None and self._lemma(h) in _STATE_ORGANS and h.tag_ in ("NN", "NNP"):
            if self._in_quote(h):
                spk = self._quote_speaker(h) or self._speaker(h)
                if spk is not None and spk[0]:
                    return spk[0], [], []
            else:
                home = self._home_state()
                if home:
                    return {home}, [], []
        # "the Kingdom", "the Sultanate": the meeting's state styled so
        if h.lower_ in _STATE_STYLES and any(c.lower_ == "the" for c in h.children) and len(list(h.children)) == 1:
            styled = [c for c in self.meeting_states() if h.lower_ in _official_name(c)]
            if len(styled) == 1:
                return set(styled), [], []
        # 3./4. noun phrase
        np = self._np_tokens(h)
        found = self._codes_in([t for t in np if t.i not in self.org_at], h)
        n = self._group_size(h)
        if n is not None:
            # "the two sides"; "the Quad Foreign Ministers" are the member states at the meeting
            if found:
                return found, [], np_orgs
            return set(self.meeting_states(n)), [], (np_orgs or (self.meeting_orgs() if n == 2 else []))
        if found or np_orgs:
            return found, [], np_orgs
        # 4b. "the Government", "the Interior Ministry", "the provincial government": a state's own organ, named
        # without the state; the state of the person reporting it, else of the page's issuer
        portfolio = (self._lemma(h) in self.lex.office_nouns and any(c.lower_ == "the" for c in h.children)
                     and any(c.dep_ == "prep" and c.lower_ in ("of", "for") for c in h.children))
        if (self._lemma(h) in _STATE_ORGANS or portfolio) and h.pos_ in ("NOUN", "PROPN") and not any(
                c.dep_ == "poss" for c in h.children):
            # ("The Minister of Environment and Natural Resources will travel …": an office of the issuer's
            # government, named by its portfolio alone)
            rep = self._reporter(h)
            if rep is not None and rep[0]:
                return rep[0], [], []
            home = self._home_state()
            if home:
                return {home}, [], []
        # 5. fallback person map
        for t in np:
            code = self.fallback_people.get(t.text)
            if code and t.pos_ == "PROPN":
                return {code}, [], []
        return set(), [], []

    def _reporter(self, h: Token) -> Optional[tuple[set[str], list[str]]]:
        """The subject of the reporting verb ``h``'s clause hangs under ("The Taoiseach said the Government
        would publish …", "Governor Al-Eidani said the provincial government would open …")."""
        for anc in h.ancestors:
            if anc.lemma_.lower() in self.lex.reporting_verbs and anc.pos_ == "VERB":
                subj = next((c for c in anc.children if c.dep_ == "nsubj"), None)
                if subj is not None and subj.lower_ in ("who", "that") and anc.dep_ == "relcl":
                    subj = anc.head  # "… met JICA President Akihiko Tanaka, who said the agency would …"
                if subj is None and anc.dep_ in ("advcl", "xcomp", "conj") and anc.head.pos_ in ("VERB", "AUX"):
                    # "…, Herath said, adding that the Government planned to open …": the subject of the verb the
                    # participle hangs from
                    subj = next((c for c in anc.head.children if c.dep_ == "nsubj"), None)
                if subj is not None and subj.i != h.i:
                    codes, pids = self.resolve([subj])
                    return set(codes), pids
                return None
        return None

    def _home_state(self) -> Optional[str]:
        """The state whose release the page is (names.geo.release_state), memoised."""
        if not hasattr(self, "_home"):
            from ..names.geo import release_state

            self._home = release_state(self.doc)[0]
        return self._home

    def _paired_in_quote(self, h: Token) -> set[str]:
        """"Türkiye and Azerbaijan are one nation … We will …": a quotation that pairs two or more
        states before its "we" speaks for all of them."""
        bounds = self._quote_bounds(h)
        if bounds is None:
            return set()
        q0 = bounds[0]
        best: set[str] = set()
        for t in self.doc[max(0, h.sent.start - 60): h.i]:
            if t.idx < q0 or t.dep_ == "conj" or not list(t.conjuncts):
                continue
            if t.dep_ not in ("nsubj", "nsubjpass"):
                continue
            codes = {c for c in (self._state_of_token(x) for x in [t] + [x for x in t.conjuncts if x.i > t.i]) if c}
            if len(codes) >= 2 and len(codes) > len(best):
                best = codes
        return best

    def private_people(self, pids: Iterable[str]) -> bool:
        """Whether every person in ``pids`` holds no office and is tied to no state: a trader or a returnee quoted
        in a story speaks for no party (a spokesperson named only in a transcript's turns has a state)."""
        if self._tied is None:
            self._tied = {p.id: bool(p.role or p.country) for p in self.doc._.people or []}
        return all(pid in self._tied and not self._tied[pid] for pid in pids)

    def _person_in_np(self, h: Token):
        if h.i in self.person_at:
            return self.person_at[h.i]
        for t in h.children:
            if t.dep_ in ("compound", "flat") and t.i in self.person_at:
                return self.person_at[t.i]
        return None

    def _codes_in(self, np: list[Token], head: Token) -> set[str]:
        """Countries named in a noun phrase: places, names/aliases, demonyms, capitals.

        Multi-word names are tried first ("North Korea" must not also yield
        "Korea" → KOR), then single tokens not consumed by a longer name.
        """
        out: set[str] = set()
        consumed: set[int] = set()
        npset = {t.i for t in np}
        for t in np:
            if t.i in self.place_at:
                pl = self.place_at[t.i]
                if pl.country and pl.type in ("country", "city", "region"):
                    out.add(pl.country)  # (a region of one state acts for it: "Québec will invest …")
                consumed.add(t.i)
            elif t.i in self.person_at:
                country = self.person_country(self.person_at[t.i])
                if country:
                    out.add(country)
                consumed.add(t.i)
        for t in np:
            if t.i in consumed:
                continue
            chain = [c for c in t.subtree if c.i in npset and c.i <= t.i and (c.i == t.i or c.dep_ in ("compound", "nmod", "det"))]
            # contiguous run of name tokens ending at t
            run = [t]
            i = t.i - 1
            while i >= 0 and self.doc[i] in chain and self.doc[i].i not in consumed:
                run.insert(0, self.doc[i])
                i -= 1
            for k in range(len(run) - 1):  # longest first
                txt = self.doc[run[k].i: t.i + 1].text
                code = text_code(txt) or demonym_code(txt)
                if code:
                    out.add(code)
                    consumed.update(x.i for x in run[k:])
                    break
        for t in np:
            if t.i in consumed or not (t.is_title or t.is_upper) or t.lower_ in ("north", "south"):
                continue
            code = text_code(t.text) or demonym_code(t.text)
            if code:
                out.add(code)
        return out

    def is_party(self, head: Token) -> bool:
        """True when the subject denotes a party: a state, an official, an office, the sides.

        "The Russian economy will grow" names Russia but is not a party, so a common
        noun counts only if it is a group noun ("sides") or an office ("ministry").
        """
        low = head.lower_
        lem = head.lemma_.lower()
        if head.pos_ == "PRON":
            return low in self.lex.group_pronouns or low in self.lex.speaker_pronouns or low in self.lex.person_pronouns or low in self.lex.state_pronouns
        if head.pos_ == "NUM":
            return self._group_size(head) is not None
        lem = self._lemma(head)
        if head.i in self.org_at:
            return True  # the head is an organisation's own name: "The World Food Programme will …"
        if lem in self.lex.non_party_nouns or low in self.lex.non_party_nouns:
            return False  # "The next meeting will take place in Ottawa", "the Japan-Korea Summit will…"
        if self.orgs_in(self._np_tokens(head)):
            return True  # "The EU will open accession negotiations"
        if lem in self.lex.group_nouns or lem in self.lex.office_nouns or low in self.lex.office_nouns:
            return True
        if head.pos_ == "PROPN" or head.i in self.person_at or head.i in self.place_at:
            codes, pids = self.resolve([head])
            if codes or pids:
                return True
            return head.ent_type_ in ("PERSON", "GPE", "NORP")
        return False

    def _group_size(self, h: Token) -> Optional[int]:
        """2 for "the two sides"/"both leaders", n for "the three countries"; None if not a group."""
        low = h.lower_
        if low in ("both", "each"):
            return 2
        if low in ("they", "we", "their", "our", "us"):
            return 2
        if h.pos_ == "NUM" and low in _NUMBER_WORDS:
            return _NUMBER_WORDS[low]
        if self._lemma(h) in self.lex.office_nouns:
            # "our two ministries will hold consultations", "both foreign ministries"
            n = next((_NUMBER_WORDS.get(c.lower_, 2) for c in h.children
                      if c.lower_ in _NUMBER_WORDS or c.lower_ == "both"), None)
            if n is not None:
                return n
        if self._lemma(h) not in self.lex.group_nouns:
            # "the technical teams of the two energy ministries": a group of the parties' bodies
            of = next((c for c in h.children if c.dep_ == "prep" and c.lower_ in ("of", "from")), None)
            body = next((c for c in of.children if c.dep_ == "pobj"), None) if of is not None else None
            if body is not None and self._lemma(body) in self.lex.office_nouns and any(
                    c.lower_ in _NUMBER_WORDS or c.lower_ == "both" for c in body.children):
                return next((_NUMBER_WORDS.get(c.lower_, 2) for c in body.children
                             if c.lower_ in _NUMBER_WORDS or c.lower_ == "both"), None)
            return None
        n = None
        plural = h.tag_ in ("NNS", "NNPS") or self._lemma(h) != h.lower_  # "Ministers" tagged NNP
        for c in h.children:
            if c.lower_ in _NUMBER_WORDS and c.dep_ in ("nummod", "det", "predet", "amod", "quantmod"):
                n = _NUMBER_WORDS[c.lower_]
            elif c.lower_ in ("each", "either", "all", "the", "these") and plural:
                n = n or 2
            elif c.lower_ in ("each", "neither", "either"):
                n = n or 2  # "Neither side will allow …"
        if n is None and plural:
            n = 2
        return n

    def _speaker(self, h: Token) -> Optional[tuple[set[str], list[str]]]:
        """Resolve "we" in a quotation to the quoted speaker (subject of say/tell nearby)."""
        sent = h.sent
        cands = [sent]
        sents = self._sent_list()
        idx = self._sent_index.get(sent.start)
        if idx is not None:
            cands += [sents[j] for j in (idx + 1, idx - 1) if 0 <= j < len(sents)]
        for s in cands:
            for t in s:
                if t.lemma_ in ("say", "tell", "add", "note", "stress") and t.pos_ == "VERB":
                    for c in t.children:
                        if c.dep_ == "nsubj" and c.lower_ not in self.lex.speaker_pronouns and c.lower_ not in ("they", "it"):
                            codes, pids = self.resolve([c])
                            if codes or pids:
                                return set(codes), pids
        return None

    def _states_named_in(self, sent, h: Token) -> set[str]:
        """States named in a sentence outside the subject ``h``'s own phrase."""
        out: set[str] = set()
        skip = {t.i for t in h.subtree}
        for t in sent:
            if t.i in skip:
                continue
            if t.i in self.place_at:
                pl = self.place_at[t.i]
                if pl.country and pl.type == "country":
                    out.add(pl.country)
            elif t.pos_ == "PROPN":
                code = text_code(t.text)
                if code:
                    out.add(code)
        return out

    _OPEN_QUOTES = "\u201c\u00ab\u201e"
    _CLOSE_QUOTES = "\u201d\u00bb"

    def _quote_bounds(self, h: Token) -> Optional[tuple[int, int]]:
        """Character span of the quotation holding ``h`` (curly or straight quotes), else None.

        A quotation may run over several sentences but not past a blank line
        unless the next paragraph reopens it; an unclosed quote ends at its
        paragraph's end.
        """
        text = docinfo(self.doc).text
        pos = h.idx
        para_a = text.rfind("\n\n", 0, pos)
        para_a = 0 if para_a < 0 else para_a + 2
        para_b = text.find("\n\n", pos)
        para_b = len(text) if para_b < 0 else para_b
        seg = text[para_a:pos]
        open_at = None
        depth_straight = False
        for k, ch in enumerate(seg):
            if ch in self._OPEN_QUOTES:
                open_at = para_a + k
            elif ch in self._CLOSE_QUOTES:
                open_at = None
            elif ch == '"':
                depth_straight = not depth_straight
                open_at = para_a + k if depth_straight else None
        if open_at is None:
            return None
        close = None
        for k in range(pos, para_b):
            if text[k] in self._CLOSE_QUOTES or text[k] == '"':
                close = k + 1
                break
        return open_at, (close if close is not None else para_b)

    _TURN_LABEL = re.compile(r"([A-Z][\w.'’-]*(?: [A-Z][\w.'’-]*){0,4}):[ \t]")

    def _turn_speaker(self, h: Token) -> Optional[tuple[set[str], list[str]]]:
        """The speaker of the transcript turn ``h`` is in: the person labelled at the start of its line or of the
        nearest labelled line above ("Ararat Mirzoyan: …"); None in a journalist's question or outside turns."""
        text = self.doc.text
        end = h.idx
        for _ in range(12):
            a = text.rfind("\n", 0, end) + 1
            m = self._TURN_LABEL.match(text, a)
            if m is not None and a + 60 > m.end():
                label = self.doc.char_span(a, m.end(1), alignment_mode="expand")
                for t in label if label is not None else ():
                    if t.i in self.person_at:
                        p = self.person_at[t.i]
                        country = self.person_country(p)
                        return ({country} if country else set()), [p.id]
                return None
            if a == 0:
                return None
            end = a - 1
        return None

    def _in_quote(self, h: Token) -> bool:
        return self._quote_bounds(h) is not None

    def _quote_speaker(self, h: Token) -> Optional[tuple[set[str], list[str]]]:
        """The subject of the reporting verb attached to a quotation.

        Looks right after the closing quote (", Lavrov said") and, failing that, in
        the sentence that introduces it ("Foreign Secretary Lord Cameron said:").
        """
        bounds = self._quote_bounds(h)
        if bounds is None:
            return None
        q0, q1 = bounds
        sents = self._sent_list()
        end_idx = self._sent_at_char(max(q1 - 1, q0))
        end_sent = sents[end_idx] if end_idx is not None else None
        start_idx = self._sent_at_char(q0)
        groups: list[list[Token]] = []
        if end_sent is not None:
            groups.append([t for t in end_sent if t.idx >= q1])  # "…," Lavrov said.
        if start_idx is not None:
            groups.append([t for t in sents[start_idx] if t.idx < q0])  # Lavrov said: "…
            if start_idx > 0 and sents[start_idx - 1].text.rstrip().endswith(":"):
                groups.append(list(sents[start_idx - 1]))  # previous paragraph "X said:"
        for toks in groups:
            for t in toks:
                if t.pos_ != "VERB" or t.lemma_.lower() not in self.lex.reporting_verbs:
                    continue
                for c in t.children:
                    if c.dep_ == "nsubj" and c.lower_ not in self.lex.speaker_pronouns and c.lower_ not in ("they", "it"):
                        if q0 <= c.idx < q1:
                            continue
                        codes, pids = self.resolve([c])
                        if codes or pids:
                            return set(codes), pids
        return None

    def _previous_person(self, h: Token) -> tuple[set[str], list[str]]:
        """Nearest person before a pronoun (upstream mentions, then title-phrase names).

        A subject pronoun opening its sentence ("He said …") continues the previous sentence's subject when that
        is a person ("A met B on Monday. He said …" is A), as a reader takes it."""
        if (h.dep_ in ("nsubj", "nsubjpass") and h.lower_ in ("he", "she") and h.sent.start > 0
                and not any(i in self.person_at for i in range(h.sent.start, h.i))):
            prev = self.doc[h.sent.start - 1].sent
            subj = next((c for c in prev.root.children if c.dep_ in ("nsubj", "nsubjpass")), None)
            if subj is not None:
                rec = self._person_in_np(subj)
                if rec is not None:
                    country = self.person_country(rec)
                    return ({country} if country else set()), [rec.id]
                if subj.lower_ == h.lower_:
                    return self._previous_person(subj)
        start = max(0, h.sent.start - 120)
        for i in range(h.i - 1, start - 1, -1):
            t = self.doc[i]
            if i in self.person_at:
                p = self.person_at[i]
                country = self.person_country(p)
                return ({country} if country else set()), [p.id]
            if t.pos_ == "PROPN" and t.text in self.fallback_people and t.dep_ != "compound":
                return {self.fallback_people[t.text]}, []
        return set(), []

    _EXCEPT = re.compile(r"\b(?:with the exception of|except(?:\s+for)?|apart from|other than|save for)\s+", re.I)

    def excepted_states(self, seg, subject: Token) -> set[str]:
        """States a group subject leaves out: "With the exception of Eritrea, the participating States agreed",
        "All members except Eritrea and Djibouti agreed". Only before the subject's verb."""
        text = seg.text
        m = self._EXCEPT.search(text)
        if m is None or seg.start_char + m.start() > subject.head.idx:
            return set()
        a = seg.start_char + m.end()
        out: set[str] = set()
        for t in seg:
            if t.idx < a:
                continue
            if t.idx >= subject.head.idx or t.text in (",", ";", ":"):
                break
            if t.i in self.place_at and self.place_at[t.i].type == "country":
                out.add(self.place_at[t.i].country)
        return out

    def _previous_state(self, h: Token) -> Optional[str]:
        # "The Kazakh side … affirmed that it will not …": the subject of a clause above the pronoun
        for anc in h.ancestors:
            subj = next((c for c in anc.children if c.dep_ in ("nsubj", "nsubjpass") and c.i < h.i
                         and c.i != h.i and h not in c.subtree), None)
            if subj is not None and subj.pos_ != "PRON":
                codes = self._codes_in([t for t in self._np_tokens(subj) if t.i not in self.org_at], subj)
                if len(codes) == 1:
                    return next(iter(codes))
                break
        start = max(0, h.sent.start - 80)
        for i in range(h.i - 1, start - 1, -1):
            t = self.doc[i]
            if i in self.place_at and self.place_at[i].type == "country":
                return self.place_at[i].country
            if t.pos_ == "PROPN":
                code = text_code(t.text)
                if t.dep_ == "compound" and code is None:
                    continue
                if code is None and t.i > 0 and self.doc[t.i - 1].dep_ == "compound":
                    code = text_code(f"{self.doc[t.i - 1].text} {t.text}")
                if code:
                    return code
        return None
