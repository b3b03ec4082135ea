"""Commitment extraction by walking the dependency tree.

Why tree walks rather than token patterns: a commitment is a *relation* between
a trigger (agreed, will, willingness), the party that is its subject, and the
clause it governs. The same relation surfaces as an xcomp ("agreed to X"), a
to-gerund ("committed to strengthening"), a that-clause with a future modal
("assured that Russia would X"), a noun's infinitival (acl) complement
("Russia's willingness to X") or a future auxiliary ("Russia will X"). Each
shape is one small function below, and every emitted record names it in
``rule`` ("xcomp:agree", "aux:will", "acl:willingness", ...).

The vocabulary (which lemmas trigger, which block, which nouns are actions)
is data in ``resources/commitments.json`` (see :mod:`.lexicon`).

Pipeline per sentence:
1. find candidates (trigger token, modality, action head, subject heads);
2. drop those SPEC excludes — governed by a hope/suggestion/call/expectation,
   a modal like should/must/could, an if-clause, a passive future, a
   non-party subject for "will", "welcomed <others'> plans";
3. split coordinated actions that each have their own object or their own
   "to" ("agreed to A and to B" → two), keep shared-object coordination
   ("open and operate two hotlines") as one;
4. cut the action span: no infinitival "to", no trailing attribution
   ("…, Seoul's top diplomat said"), no trailing condition (it becomes the
   deadline), no final punctuation;
5. resolve actors, targets, deadline; drop candidates nested inside another
   commitment's action ("agreed to usher in an era where the two countries
   will record $30 bln" is one commitment, not two).
"""
from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass, field, replace
from typing import Iterable, Optional, Sequence

from spacy.tokens import Doc, Span, Token

from ..names.docinfo import DocInfo, Intervals, docinfo
from ..names.lexicon import EVENT_CODE
from ..records import Commitment
from .actors import ActorResolver
from .columns import Columns, columns, sid
from .lexicon import Lexicon
from .quantities import QuantityParser

_CONTENT_DEPS = {"dobj", "prep", "xcomp", "ccomp", "attr", "acomp", "dative", "pcomp", "advcl", "oprd", "dep", "agent", "pobj"}
_SUBJ_DEPS = {"nsubj", "nsubjpass", "csubj", "csubjpass", "expl"}
_MODALS = {"will", "would", "shall", "'ll", "wo"}
_RELATIVE = {"who", "which", "that", "whom"}
_WH_INFINITIVE = frozenset({"how", "when", "where", "whether"})
_EVENT_PREPS = ("ahead of", "before", "prior to", "in time for", "in the run-up to", "during", "after")
_DISCOURSE_ORDINALS = frozenset({"first", "second", "third", "fourth", "fifth", "finally", "lastly", "also",
                                 "meanwhile", "separately", "additionally", "furthermore", "moreover"})
_FREQUENCY = re.compile(r"\b(?:once|twice|thrice|\w+ times)\s+(?:a|an|per|every|each)\b|\b(?:every|each)\s+(?:\w+\s+)?(?:day|week|month|quarter|year)s?\b|\b(?:annually|yearly|monthly|weekly|biannually|daily)\b", re.I)
_ONSETS = {"starting", "beginning", "commencing", "effective"}
_LISTING = {"including", "especially", "particularly", "notably"}
_CONTRAST_MARKS = {"while", "whereas", "whilst"}
_CLOSERS = {")": "(", "]": "[", "\u201d": "\u201c", "\"": "\"", "\u2019": "\u2018"}
_BOUNDARY_PUNCT = {",", ";", ":", "--", "—", "–", "(", ")", "\"", "“", "”", "'", "’", "‘"}


# a clause of another act, opened by its conjunction ("…, while Belarus would set up …")
_OTHER_CLAUSE_MARKS = frozenset(_CONTRAST_MARKS | {"although", "though"})
# the next leg of a trip told after the act ("…, before returning to Wellington on Sunday"): no deadline of the act;
# its own date or a fronted one is
_ONWARD_LEG = r"(?:before|after)\s+(?:returning|departing|leaving|heading|flying|travell?ing|going|continuing|proceeding)\b"
_ONWARD_TRAVEL = re.compile(_ONWARD_LEG, re.I)
_ONWARD_AFTER = re.compile(r",?\s+" + _ONWARD_LEG)
_NOT_ONCE = re.compile(r"once (?:again|more|(?:a|an|every|per) (?:day|week|month|year|quarter|decade))\b")
# words after "should" that show it is no inverted condition (", should be", ", should not")
_NOT_SUBJECTS = frozenset({"be", "not", "also", "have", "never", "continue", "further", "then"})
# where a condition written after the action ends: a justification, a clause of its own, the attribution
_COND_END = re.compile(r",\s+(?:in line with|in accordance with|in keeping with|according to|which|while|where|"
                       r"and\s+(?:to|would|will|that)|but)\b|;|\.(?=\s|$)|,\s+[^,]{0,60}?\b(?:said|added|told|announced|"
                       r"noted|stressed)\b|[,.!?][\"\u201d]")  # (a quotation closing: '…request it," he said')
# an infinitive of purpose right after a deadline: "… next month to launch the partnership"
# a clause of its own after a deadline phrase, or a dangling conjunction: not part of the deadline
_DEADLINE_TAIL = re.compile(r",\s+(?:where|which|who|whom|whose|while)\b|,\s*(?:and|or|but)?\s*$")
_SUBJECT_TO = re.compile(r",\s+(subject\s+to\s+(?:the\s+)?\w)")
_LEAD_ADVERB = re.compile(r"(?:also|however|nevertheless|moreover|then|subsequently),?\s+(?=[a-z])")
# "protect them together" (not "together with Panama", a partner named; nor "joint patrols", which one side may
# carry out, as annotators read it; nor a gathering: "a forum that brings together …")
_GATHERING_VERBS = frozenset({"bring", "come", "put", "get", "pull", "hold", "band", "work"})
# ", starting in June", ", beginning next year", ", starting with the 2026/2027 academic session"
_ONSET_AFTER = re.compile(r",\s+((?:starting|beginning|commencing|effective)\s+(?:(?:in|on|from|with|at)\s+)?[^,;.()]{2,60}?)"
                          r"(?=\s*[,;.)]|$)", re.I)
_NAMED_PERIOD = re.compile(r"\b(?:session|season|year|term|semester|cycle)\b", re.I)
_PURPOSE_AFTER = re.compile(r",?\s+(?:in order\s+)?to\s+[a-z]"
                            # "next month for talks with …", "the following day, accompanied by officials …"
                            r"|\s+for\s+(?:talks|consultations|discussions|a\s+(?:meeting|visit|working\s+visit|series))\b"
                            # "next week for the G20 summit in Rio", "on Saturday in what is expected to be …"
                            r"|\s+for\s+(?:the|an?)\s+(?:[\w-]+\s+){0,3}?(?:summit|meeting|conference|forum|session|"
                            r"ceremony|celebrations?|inauguration|talks|dialogue|round|games|funeral|signing)\b"
                            r"|\s+in\s+what\s+(?:is|was|will|would|has|had|could|may|might)\b"
                            # "in the coming weeks, in support of the mission", "from next year as the lead nation of
                            # …", "in fiscal 2025 for the improvement of water supply": the act's purpose or capacity
                            r"|,?\s+in\s+support\s+of\b|\s+as\s+(?:the|a|an|part\s+of)\s"
                            # "on 11 November as scheduled": an add-on to the date, no part of the act
                            r"|,?\s+as\s+(?:scheduled|planned|agreed|announced|foreseen|envisaged)\b"
                            r"|\s+for\s+the\s+[a-z]+(?:tion|ment|ance|ence|ing)\s+of\b"
                            # "to Kigali next year for training in e-government": what the act is for
                            r"|\s+for\s+(?:training|studies|study|treatment|an?\s+(?:training|study)\s+\w+)\b"
                            r"|,\s+(?:accompanied|organi[sz]ed|hosted|led|joined|followed)\s+by\b|,\s+organi[sz]ed\s+with\b"
                            # "within three months, so that it can be signed …"; "by 2028, up from 1.4 billion …"
                            r"|,?\s+so\s+(?:that|as\s+to)\b|,\s+(?:(?:up|down)\s+)?from\s+(?:around\s+|about\s+|some\s+)?"
                            r"(?:[$€£¥]|US\$|USD\s)?\d|,\s+compared\s+(?:with|to)\b")


# a closing justification: the promise's grounds, not the promise ("… in accordance with the arrangements";
# not "in line with", which also makes actions: "bring its customs procedures in line with Romania's"); a
# concession ("despite the impeachment of …") and the funding set off by a comma neither
_JUSTIFICATION = re.compile(r"(?:,?\s+(?:in\s+(?:accordance|keeping|conformity)\s+with|consistent\s+with|"
                            r"pursuant\s+to|in\s+compliance\s+with|despite|regardless\s+of|notwithstanding)"
                            # ", with resources from the state budget": how it is paid for, set off by a comma
                            r"|,\s*with\s+(?:resources|funds|funding|financing|support|assistance)\s+from)\b[^;]*$",
                            re.I)


# prepositions that make a closing date phrase a deadline wherever the parser hangs it
_CLOSING_DEADLINE_PREPS = frozenset({"within", "by", "before", "from", "in"})


@dataclass
class Candidate:
    """A trigger with its action head, before span cutting and actor resolution."""

    trigger: Token
    modality: str
    rule: str
    head: Token  # head of the action clause/noun phrase
    subjects: list[Token] = field(default_factory=list)
    negated: bool = False
    drop: set[int] = field(default_factory=set)  # tokens never part of the action (ccomp subject, modal)
    ccomp_subjects: list[Token] = field(default_factory=list)
    limit: int = -1  # token index where material of a following coordinated action starts (-1: sentence end)
    sib: int = 0  # position among the coordinated actions split from one trigger
    lead: int = -1  # first token of a tasked body kept in the action ("the Joint Committee to finalise X")


def _glued_tail(t: Token) -> Optional[Token]:
    """The word a hyphen glues to ``t`` ("co" - "finance", "re" - "establish"), or None."""
    doc = t.doc
    i = t.i
    if i + 2 < len(doc) and doc[i + 1].text in ("-", "‑") and not t.whitespace_ and not doc[i + 1].whitespace_ \
            and doc[i + 2].is_alpha:
        return doc[i + 2]
    return None


def _unglue(cands: list[Candidate]) -> list[Candidate]:
    """"agreed to co-finance a study": the parser may make the prefix "co" the action's head and the
    verb a sibling. The verb after the hyphen heads the action, which starts at the prefix; the
    sibling candidate the parser made of the verb is the same action."""
    if not any(_glued_tail(c.head) is not None for c in cands):
        return cands
    out: list[Candidate] = []
    tails: set[int] = set()
    for c in cands:
        tail = _glued_tail(c.head)
        while tail is not None and _glued_tail(tail) is not None:
            tail = _glued_tail(tail)
        if tail is not None and c.head.pos_ in ("VERB", "AUX", "ADJ", "NOUN", "X") and len(c.head) <= 4:
            tails.add(tail.i)
            c = replace(c, head=tail, lead=c.head.i if c.lead < 0 else c.lead)
        out.append(c)
    return [c for c in out if not (c.head.i in tails and c.lead < 0)]


def _inverted(aux: Token, verb: Token) -> bool:
    """A modal before its verb's subject: an inverted condition ("…, should both parties request it"), which the
    parser may make the sentence's root; not a modal of obligation on the act."""
    return any(c.dep_ in ("nsubj", "nsubjpass") and c.i > aux.i for c in verb.children)


class Extractor:
    """Finds commitments in a parsed doc; one instance per component (stateless per doc)."""

    def __init__(self, lex: Lexicon) -> None:
        self.lex = lex
        self.quantities = QuantityParser(lex)
        phrases = "|".join(re.escape(p) for p in lex.deadline_phrases)
        self._phrase_re = re.compile(rf"\b(?:{phrases})\b", re.I)
        self._cond_marks = tuple(sorted(lex.condition_marks, key=len, reverse=True))
        self._trailing_cond_re = re.compile(
            r"(?P<comma>,\s+|\s)(?P<mark>" + "|".join(re.escape(m) for m in lex.trailing_condition_marks)
            + r")\s+(?P<next>[\w'’]+)", re.I)
        self._date_preps = tuple(sorted(lex.date_preps, key=len, reverse=True))
        self._trigger_words = frozenset(w.lower() for w in (*lex.auxiliary, *lex.verbal, *lex.directive,
                                                            *lex.adjective, *lex.nominal))
        self._trigger_hash: dict[int, bool] = {}  # string hash → is a trigger word (hashes are stable)
        # the document being extracted: its token columns and date index (set by ``extract``)
        self._cols: Optional[Columns] = None
        self._info: Optional[DocInfo] = None
        self._dates: Optional[_DateIndex] = None

    # ================================================================ entry
    def extract(self, doc: Doc) -> list[Commitment]:
        triggers = self._trigger_positions(doc)
        if not triggers:
            return []
        sents = list(doc.sents)
        resolver = ActorResolver(doc, self.lex, sents)
        self._cols, self._info, self._dates = columns(doc), docinfo(doc), None
        try:
            out: list[Commitment] = []
            k = 0
            for sent in sents:
                # only sentences holding a trigger word can hold a commitment
                j = k
                while j < len(triggers) and triggers[j] < sent.end:
                    j += 1
                if j > k:
                    out.extend(self._sentence(doc, sent, resolver, triggers[k:j]))
                k = j
            return out
        finally:
            self._cols = self._info = self._dates = None  # keep no reference to the doc

    def _columns(self, doc: Doc) -> Columns:
        """The token columns of ``doc`` (the current document's, during ``extract``)."""
        return self._cols if self._cols is not None else columns(doc)

    def _docinfo(self, doc: Doc) -> DocInfo:
        return self._info if self._info is not None else docinfo(doc)

    def _date_index(self, doc: Doc) -> "_DateIndex":
        """:func:`_date_index`, looked up once per ``extract`` (the dates do not change meanwhile)."""
        if self._info is None:
            return _date_index(doc)
        if self._dates is None:
            self._dates = _date_index(doc)
        return self._dates

    def _trigger_positions(self, doc: Doc) -> list[int]:
        """Indices of tokens whose form or lemma is a trigger word of any kind — the only
        tokens :meth:`_candidates` can return anything for. Read from the token arrays,
        one string look-up per distinct word, so the rest of the text costs no Token."""
        if not len(doc):
            return []
        words, known = self._trigger_words, self._trigger_hash
        cols = columns(doc)
        lows, lemmas = cols.lower, cols.lemma
        strings = doc.vocab.strings
        hit = set()
        for h in set(lows).union(lemmas):
            is_trigger = known.get(h)
            if is_trigger is None:
                is_trigger = known[h] = strings[h].lower() in words
            if is_trigger:
                hit.add(h)
        if not hit:
            return []
        # (set membership per token: numpy.isin sorts both arrays, slower on a few hundred tokens)
        return [i for i, (lo, le) in enumerate(zip(lows, lemmas)) if lo in hit or le in hit]

    def _sentence(self, doc: Doc, sent: Span, resolver: ActorResolver, triggers: Sequence[int]) -> list[Commitment]:
        cands: list[Candidate] = []
        seen: set[int] = set()
        for i in triggers:
            tok = doc[i]
            found = self._candidates(tok, resolver)
            found = [c for c in found if not self._blocked(c, resolver)]
            if found:
                seen.add(tok.i)
            cands.extend(found)
        # build spans, then drop nested candidates
        built: list[tuple[Candidate, int, int]] = []  # candidate, action start tok, action end tok (exclusive)
        for c in cands:
            for k, (head, s, e, lim) in enumerate(self._actions(c)):
                if e > s:
                    built.append((Candidate(**{**c.__dict__, "head": head, "limit": lim, "sib": k}), s, e))
        built = self._split_at_second_modal(doc, built)
        keep: list[tuple[Candidate, int, int]] = []
        for c, s, e in built:
            # nested: the trigger sits between another trigger and the end of its action
            nested = any(o.trigger.i != c.trigger.i and o.trigger.i < c.trigger.i < oe for o, _os, oe in built)
            if not nested:
                keep.append((c, s, e))
        results: list[Commitment] = []
        owners: list[Candidate] = []
        done: set[tuple[int, int, int]] = set()
        for c, s, e in keep:
            key = (c.trigger.i, s, e)
            if key in done:
                continue
            done.add(key)
            rec = self._record(doc, sent, c, s, e, resolver)
            if rec is not None:
                results.append(rec)
                owners.append(c)
        self._share_deadlines(results, owners)
        return results

    def _split_at_second_modal(self, doc: Doc, built: list[tuple[Candidate, int, int]]
                               ) -> list[tuple[Candidate, int, int]]:
        """"Vietnam would not tolerate illegal fishing and would fine owners who …", "will ensure that workers are
        recruited free of cost and will hold training every month": a second modal clause joined by "and" is a
        promise of its own, with its own negation, whatever the parser made of it (it often hangs the second verb
        inside the first action's clause, or tags it as an adjective)."""
        out: list[tuple[Candidate, int, int]] = []
        triggers = {c.trigger.i for c, _s, _e in built}
        for c, s, e in built:
            cut = None
            for k in range(s + 1, e - 2):
                if doc[k].lower_ != "and" or doc[k + 1].lower_ not in self.lex.auxiliary or doc[k - 1].tag_ == "MD":
                    continue  # (not "events that the two countries can and will participate in")
                v = k + 2
                negs = []
                while v < e and doc[v].lower_ in ("not", "n't", "also", "then", "further", "in", "turn", ","):
                    if doc[v].lower_ in ("not", "n't"):
                        negs.append(v)
                    v += 1
                if v < e and doc[v].tag_ in ("VB", "JJ", "NN") and doc[v].is_lower and doc[v].is_alpha:
                    cut = (k, v, negs)
                    break
            if cut is None:
                out.append((c, s, e))
                continue
            k, v, negs = cut
            end = k
            while end > s and doc[end - 1].is_punct:
                end -= 1
            out.append((c, s, end))
            aux = doc[k + 1]
            if aux.i not in triggers:
                second = Candidate(**{**c.__dict__, "trigger": aux, "modality": self.lex.auxiliary[aux.lower_],
                                      "rule": f"aux:{aux.lower_}", "head": doc[v], "negated": bool(negs),
                                      "drop": {aux.i, *negs}, "sib": c.sib + 1})
                out.append((second, v, e))
        return out

    @staticmethod
    def _share_deadlines(results: list[Commitment], owners: list[Candidate]) -> None:
        """"pledged to attract 50 projects and to create 20,000 jobs within five years": the
        deadline closing a run of coordinated quantified goals applies to each of them.

        Only goals with targets share it: "agreed to deepen cooperation and to double
        trade by 2030" dates the doubling, not the cooperation.
        """
        by_trigger: dict[int, list[int]] = {}
        for k, c in enumerate(owners):
            by_trigger.setdefault(c.trigger.i, []).append(k)
        for idxs in by_trigger.values():
            if len(idxs) < 2:
                continue
            idxs.sort(key=lambda k: owners[k].sib)
            last = results[idxs[-1]]
            if not last.deadline or not last.targets:
                continue
            for k in reversed(idxs[:-1]):
                r = results[k]
                if r.deadline or not r.targets:
                    break
                r.deadline, r.deadline_value = last.deadline, last.deadline_value

    # ================================================================ candidates
    def _candidates(self, tok: Token, resolver: ActorResolver) -> list[Candidate]:
        return _unglue(self._raw_candidates(tok, resolver))

    def _raw_candidates(self, tok: Token, resolver: ActorResolver) -> list[Candidate]:
        lem = tok.lemma_.lower()
        low = tok.lower_
        lex = self.lex
        if low in lex.auxiliary and tok.dep_ == "aux":
            return self._aux_future(tok, resolver)
        if tok.pos_ in ("VERB", "AUX") and lem in lex.verbal:
            return self._verbal(tok, resolver)
        if tok.pos_ == "VERB" and lem in lex.directive:
            return self._directive(tok)
        if (low in lex.adjective or lem in lex.adjective) and tok.pos_ in ("ADJ", "VERB") and tok.dep_ not in ("amod", "compound"):
            return self._adjective(tok)
        if tok.pos_ == "NOUN" and lem in lex.nominal:
            return self._nominal(tok)
        return []

    def _verbal(self, tok: Token, resolver: ActorResolver) -> list[Candidate]:
        spec = self.lex.verbal[tok.lemma_.lower()]
        subj = self._subject(tok)
        if tok.dep_ == "conj" and self._own_subject(tok) is None and tok.head.lemma_.lower() in self.lex.reporting_verbs:
            # "Norway will send X, Store said, and intends to Y": the parser coordinates the second
            # verb with the attribution; its subject is the reported clause's
            rep = next((x for x in tok.head.children if x.dep_ == "ccomp" and x.i < tok.head.i and self._own_subject(x) is not None), None)
            if rep is not None and resolver.is_party(self._own_subject(rep)):
                subj = self._own_subject(rep)
        if subj is not None and tok.dep_ == "conj" and self._own_subject(tok) is None and not resolver.is_party(subj):
            # "The two sides noted that trade reached a record and agreed to X": the parser
            # coordinates "agreed" with the that-clause verb; the party is the reporting subject.
            cur = tok.head
            while cur.dep_ in ("ccomp", "conj", "xcomp") and cur.head.i != cur.i:
                cur = cur.head
                up = self._own_subject(cur)
                if up is not None and resolver.is_party(up):
                    subj = up
                    break
        negated = spec.negated or self._negated(tok)
        passive = any(c.dep_ == "auxpass" for c in tok.children)
        if (subj is not None and not passive and subj.pos_ == "NOUN" and not subj.like_num
                and (own := self._own_subject(tok)) is not None and own.i == subj.i and not resolver.is_party(subj)):
            return []  # "Indonesian companies plan to invest …": companies, not a party
        if passive and (subj is None or subj.lower_ == "it" or not resolver.is_party(subj)):
            # "Russia is committed to X" → Russia; "it was agreed to X" names no party (the annotators leave it
            # out, like other passives); "talks are planned" → nothing
            return []
        subjects = self._with_conjuncts(subj)
        if subj is None and not passive:
            subjects = resolver.fronted_subject(tok)
        if spec.modality == "agreement" and subjects:
            # "Thailand had agreed with Myanmar authorities to expand corridors": the partner agrees too
            for p in tok.children:
                obj = next((x for x in p.children if x.dep_ == "pobj"), None) if p.dep_ == "prep" and p.lower_ == "with" else None
                if obj is None and p.dep_ == "prep" and p.lower_ == "with":
                    # the parser may make the partner the subject of the infinitive ("with [Myanmar
                    # authorities] to expand …")
                    obj = next((ns for c in tok.children if c.dep_ == "xcomp" for ns in c.children
                                if ns.dep_ == "nsubj" and min(x.i for x in ns.subtree) == p.i + 1), None)
                if obj is not None and resolver.is_party(obj):
                    subjects = list(subjects) + self._with_conjuncts(obj)
        base = dict(trigger=tok, modality=spec.modality, subjects=subjects, negated=negated)
        out: list[Candidate] = []
        lem = tok.lemma_.lower()
        if "xcomp" in spec.complements:
            for c in tok.children:
                if self._is_infinitive(c, ("xcomp", "ccomp", "advcl")):
                    # "agreed on when to hold the vote" (parsed as an advcl): the wh-word opens the act
                    wh = next((w.i for w in c.children if w.i < c.i and w.lower_ in _WH_INFINITIVE), -1)
                    out.append(Candidate(rule=f"xcomp:{lem}", head=c, lead=wh, **base))
            if not out and tok.i + 2 < len(tok.doc) and tok.doc[tok.i + 1].lower_ == "to" and tok.doc[tok.i + 1].dep_ == "aux":
                # "agreed to double investment": the verb mis-tagged as an adjective, its noun as the
                # trigger's object; the "to" right after the trigger still marks the infinitive
                to = tok.doc[tok.i + 1]
                for c in tok.children:
                    if c.dep_ == "dobj" and to.head.i in {x.i for x in c.subtree} and to.head.pos_ != "VERB":
                        out.append(Candidate(rule=f"xcomp_mistagged:{lem}", head=c, **base))
            # "agreed to A; and to B": B is a subjectless conj of the trigger with its own "to"; after a
            # participial add-on ("agreed to hold X every year, alternating between …, and to expand Y")
            # the parser coordinates B with the participle
            hosts = [tok] + [a for a in tok.children if a.dep_ == "advcl" and a.tag_ == "VBG" and a.i > tok.i]
            for h in hosts:
                for c in h.children:
                    if c.dep_ == "conj" and c.pos_ in ("VERB", "AUX") and self._has_to(c) and not self._own_subject(c):
                        out.append(Candidate(rule=f"xcomp_conj:{lem}", head=c, **base))
        if "ccomp_future" in spec.complements and not out:
            for c in tok.children:
                if c.dep_ == "ccomp" and self._future_active(c):
                    cs = self._own_subject(c)
                    if cs is not None and resolver.is_party(cs):
                        drop = self._clause_prefix(c)
                        out.append(Candidate(rule=f"ccomp_future:{lem}", head=c, drop=drop,
                                             ccomp_subjects=self._with_conjuncts(cs), **base))
        if not out and ("prep_gerund" in spec.complements or "pobj_action" in spec.complements):
            out.extend(self._prep_candidates(tok.children, spec, lem, base, any_noun=negated))
        if not out and "dobj_action" in spec.complements:
            for c in tok.children:
                if c.dep_ == "dobj" and (self._action_noun(c) or any(x.like_num or x.tag_ == "$" for x in c.subtree)):
                    out.append(Candidate(rule=f"dobj_action:{lem}", head=c, **base))
        return out

    def _directive(self, tok: Token) -> list[Candidate]:
        """'tasked their ministers to prepare X' → pledge of the subject; action = the xcomp."""
        lem = tok.lemma_.lower()
        subj = self._subject(tok)
        base = dict(trigger=tok, modality=self.lex.directive[lem], subjects=self._with_conjuncts(subj), negated=self._negated(tok))
        out: list[Candidate] = []
        obj = next((o for o in tok.children if o.dep_ == "dobj" and o.i > tok.i), None)
        for c in tok.children:
            if self._is_infinitive(c, ("xcomp", "ccomp", "advcl", "oprd")):
                out.append(Candidate(rule=f"directive:{lem}", head=c, lead=self._tasked_body(obj, c), **base))
        for p in tok.children:
            if not out and p.dep_ == "prep" and p.lower_ == "with":
                ger = self._gerund_of(p)
                if ger is not None:
                    out.append(Candidate(rule=f"directive_with:{lem}", head=ger, **base))
        # "directed the officials concerned to ..." can hang the infinitive under the object
        if not out:
            for o in tok.children:
                if o.dep_ in ("dobj", "nsubj") and o.i > tok.i:
                    for c in o.children:
                        if self._is_infinitive(c, ("acl", "relcl", "xcomp")):
                            out.append(Candidate(rule=f"directive:{lem}", head=c, lead=self._tasked_body(o, c), **base))
        return out

    _BODIES = {"ministry", "ministries", "agency", "agencies", "committee", "commission", "body", "bodies", "group",
               "team", "force", "council", "department", "authority", "authorities", "mechanism", "institution",
               "secretariat", "panel", "board", "office", "structure", "organ", "organs", "government", "governments"}

    def _tasked_body(self, obj: Optional[Token], action: Token) -> int:
        """Where the action starts when the tasked party belongs in it.

        A body or unnamed officials ("instructed their ministries and agencies to remove X", "the
        Joint Trade Committee to finalise X", "tasked officials to conclude X") stay in the action;
        named people and office holders ("their foreign ministers", "their officials") do not.
        """
        if obj is None or obj.i > action.i:
            return -1
        toks = [t for t in obj.subtree if t.i < action.i]
        heads = [obj] + [x for x in obj.conjuncts if x.i < action.i]
        body = any(self._lemma_of(h) in self._BODIES or h.lower_ in self._BODIES for h in heads)
        bare = obj.tag_ == "NNS" and not any(c.dep_ in ("det", "poss") for c in obj.children) and obj.pos_ == "NOUN"
        if not (body or bare) or any(t.ent_type_ == "PERSON" for t in toks):
            return -1
        first = min(t.i for t in toks)
        if action.doc[first].dep_ == "poss" and action.doc[first].pos_ == "PRON":
            first += 1  # "their ministries and agencies to …" → "ministries and agencies to …"
        # nothing but the object between it and the infinitive
        if any(action.doc[j].i not in {t.i for t in toks} and action.doc[j].dep_ != "aux" for j in range(first, action.i)):
            return -1
        return first

    @staticmethod
    def _lemma_of(t: Token) -> str:
        return t.lemma_.lower()

    def _adjective(self, tok: Token) -> list[Candidate]:
        """'is willing/ready to X', 'remain committed to strengthening X'."""
        key = tok.lower_ if tok.lower_ in self.lex.adjective else tok.lemma_.lower()
        modality = self.lex.adjective[key]
        subj = self._subject(tok)
        gov = tok.head if tok.dep_ in ("acomp", "oprd", "xcomp", "attr") else tok
        negated = self._negated(tok) or self._negated(gov)
        base = dict(trigger=tok, modality=modality, subjects=self._with_conjuncts(subj), negated=negated)
        out: list[Candidate] = []
        for c in tok.children:
            if self._is_infinitive(c, ("xcomp", "ccomp", "advcl", "acl")):
                out.append(Candidate(rule=f"adj_xcomp:{key}", head=c, **base))
        if not out:
            for p in tok.children:
                if p.dep_ == "prep" and p.lower_ in ("to", "toward", "towards"):
                    ger = self._gerund_of(p)
                    if ger is not None:
                        out.append(Candidate(rule=f"adj_prep_gerund:{key}", head=ger, **base))
                        continue
                    obj = next((x for x in p.children if x.dep_ == "pobj"), None)
                    if obj is not None and self._action_noun(obj):
                        out.append(Candidate(rule=f"adj_pobj_action:{key}", head=obj, **base))
        return out

    def _nominal(self, tok: Token) -> list[Candidate]:
        """'Russia's willingness to X', 'their commitment to the defense of Japan', 'no intention to X'."""
        lem = tok.lemma_.lower()
        spec = self.lex.nominal[lem]
        gov = self._governor(tok)
        if gov is not None and gov.lemma_.lower() in spec.blocked_under:
            return []
        negated = any(c.dep_ == "det" and c.lower_ == "no" for c in tok.children) or (gov is not None and self._negated(gov))
        subjects = self._nominal_subjects(tok, gov)
        base = dict(trigger=tok, modality=spec.modality, subjects=subjects, negated=negated)
        out: list[Candidate] = []
        if "acl" in spec.complements:
            for c in tok.children:
                if self._is_infinitive(c, ("acl", "relcl", "xcomp", "advcl", "ccomp", "dep")):
                    out.append(Candidate(rule=f"acl:{lem}", head=c, **base))
        # light verbs hang the complement on the verb: "reached consensus on expanding X"
        holders = [tok]
        if gov is not None and tok.dep_ == "dobj" and gov.lemma_.lower() in self.lex.light_verbs:
            holders.append(gov)
            if "acl" in spec.complements and not out:
                for c in gov.children:
                    if c.i > tok.i and self._is_infinitive(c, ("xcomp", "advcl", "ccomp")):
                        out.append(Candidate(rule=f"acl:{lem}", head=c, **base))
        if not out:
            preps = [ch for h in holders for ch in h.children if ch.i > tok.i or h.i == tok.i]
            if len(holders) > 1 and "pobj_action" not in spec.complements:
                # "did not reach agreement on the proposed sale of X": with a light verb the object of "on"
                # is what was (not) agreed, a thing as well as an act
                spec = replace(spec, complements=spec.complements + ("pobj_action",))
                preps = [ch for ch in preps if ch.head.i == tok.i or ch.lower_ in ("on", "over")]
            out.extend(self._prep_candidates(preps, spec, lem, base, any_noun=negated))
        return out

    def _prep_candidates(self, children, spec, lem: str, base: dict, *, any_noun: bool) -> list:
        """Actions in a trigger's prepositional complement: a gerund ("committed to
        building") or an action noun ("commitment to the defense of Japan"); with
        ``any_noun`` (a negated trigger) any object noun counts."""
        found = []
        for p in children:
            if p.dep_ != "prep" or p.lower_ not in spec.preps:
                continue
            ger = self._gerund_of(p)
            if ger is not None and "prep_gerund" in spec.complements:
                # "more than doubling trade": the comparison belongs to the promise
                lead = ger.head.head.i if ger.head.lower_ == "than" and ger.head.head.i > p.i else -1
                if ger.tag_ == "VB":  # "on how to share the costs": the wh-word opens the act
                    lead = min(w.i for w in ger.children if w.lower_ in _WH_INFINITIVE)
                found.append(Candidate(rule=f"prep_gerund:{lem}", head=ger, lead=lead, **base))
                continue
            obj = next((x for x in p.children if x.dep_ == "pobj"), None)
            if obj is not None and "pobj_action" in spec.complements and (any_noun or self._action_noun(obj)):
                found.append(Candidate(rule=f"pobj_action:{lem}", head=obj, **base))
        return found

    def _aux_future(self, aux: Token, resolver: ActorResolver) -> list[Candidate]:
        """'Russia will X' / 'he said he would X': a pledge only with a party subject, active voice."""
        head = aux.head
        joint = head.lemma_.lower() not in ("be", "have") and any(
            c.dep_ == "advmod" and c.lower_ in ("together", "jointly") for c in head.children)
        if head.pos_ not in ("VERB",) or (head.lemma_.lower() in self.lex.will_head_exclusions and not joint):
            return []  # (what a state will face or suffer is no act; "we will face them together" is a pledge)
        if head.lemma_.lower() in self.lex.verbal or head.lemma_.lower() in self.lex.directive:
            return []  # "will agree to" is handled by the verbal trigger itself
        if any(c.dep_ in ("auxpass", "nsubjpass") for c in head.children):
            return []  # passive future: "talks will be held"
        if head.lemma_.lower() == "take" and any(c.dep_ == "dobj" and c.lower_ == "place" for c in head.children):
            return []  # "the next meeting / it will take place in Ottawa": an event, not a party's promise
        if head.dep_ in ("relcl", "advcl", "acl", "pcomp", "csubj", "amod", "xcomp", "pobj") and not (
                head.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ in _CONTRAST_MARKS for c in head.children)):
            # subordinate: "an era where the two countries will record", "when Russia will host"; a
            # contrast asserts its own clause ("…, while Chile will keep the crossing open")
            return []
        subj = self._subject(head)
        if head.dep_ == "conj" and self._own_subject(head) is None:
            # "Pakistan will spare no effort to bring X and will set up Y": the parser hangs the
            # second "will" clause on the nearest verb; its subject is the first modal clause's.
            anc = next((a for a in head.ancestors if a.pos_ in ("VERB", "AUX") and a.i < head.i
                        and any(x.dep_ == "aux" and x.lower_ in _MODALS for x in a.children)), None)
            if anc is not None and self._subject(anc) is not None:
                subj = self._subject(anc)
        if subj is None or not resolver.is_party(subj):
            return []
        if subj.lower_ == "i" and head.lemma_.lower() in self.lex.speech_acts:
            return []  # a spokesperson's "I will now take your questions"
        drop = {t.i for t in head.children if t.dep_ in ("aux",) and t.i < head.i}
        drop |= self._subtree_ids(subj) if subj.head.i == head.i else set()
        # "Pakistan would not allow its soil to be used …": a negated pledge, the action without "not"
        negs = {t.i for t in head.children if t.dep_ == "neg" and t.i < head.i}
        return [Candidate(trigger=aux, modality=self.lex.auxiliary[aux.lower_], rule=f"aux:{aux.lower_}", head=head,
                          subjects=self._with_conjuncts(subj), drop=drop | negs,
                          negated=bool(negs) or self._negated_subject(subj))]

    # ================================================================ exclusions
    def _blocked(self, c: Candidate, resolver: ActorResolver) -> bool:
        """SPEC exclusions: hopes, suggestions, calls, expectations, should/must, conditionals; and questions
        ("will Zambia co-finance the pipeline?" asks, it does not commit)."""
        lex = self.lex
        if c.trigger.sent.text.rstrip().rstrip("\"'”’)").endswith("?"):
            return True
        start = c.trigger.head if c.rule.startswith("aux:") else c.trigger
        # modal on the trigger or on the copula of an adjective trigger ("should be ready to")
        for t in {start, start.head if start.dep_ in ("acomp", "oprd", "attr") else start}:
            if any(x.dep_ == "aux" and x.lower_ in lex.modal_blockers and not _inverted(x, t) for x in t.children):
                return True
        cur = start
        steps = 0
        while steps < 30:
            steps += 1
            if any(x.dep_ == "mark" and x.lower_ in lex.conditional_marks for x in cur.children):
                return True
            if cur.head.i == cur.i:
                break
            dep = cur.dep_
            cur = cur.head
            if dep in ("relcl", "parataxis"):
                break  # a relative clause does not report its head noun's content ("a courtesy call, during which he relayed…")
            if cur.i > start.i and any(x.dep_ == "aux" and _inverted(x, cur) for x in cur.children):
                break  # "…, should both parties request it": the parser's root is the condition, not a governing verb
            if dep == "conj":
                continue  # coordination is not subordination: "called for X and agreed to Y"
            lems = self._lemmas(cur)
            if cur.pos_ in ("VERB", "AUX") and lems & lex.blocking_verbs:
                return True
            if cur.pos_ in ("NOUN", "PROPN") and lems & lex.blocking_nouns:
                return True
            if cur.pos_ in ("ADJ", "VERB") and lems & lex.blocking_adjectives:
                return True
            if dep in ("xcomp", "ccomp", "acomp") and any(
                    x.dep_ == "aux" and x.lower_ in lex.modal_blockers and not _inverted(x, cur) for x in cur.children):
                return True
        return False

    # ================================================================ actions
    def _actions(self, c: Candidate) -> list[tuple[Token, int, int, int]]:
        """Split coordinated actions, then cut each span.

        Returns (head, start, end, limit) token ranges; ``limit`` is where the next
        coordinated action's material starts (-1 when none follows), so a deadline
        search does not reach into a sibling action.
        """
        heads = [c.head]
        clause_conjs: list[Token] = []
        extra: set[int] = set()
        cont: set[int] = set()
        if c.head.pos_ in ("VERB", "AUX"):
            prev = c.head
            for cj in sorted(c.head.conjuncts, key=lambda t: t.i):
                if cj.i < c.head.i or cj.pos_ not in ("VERB", "AUX"):
                    continue
                before = c.head.doc[cj.i - 1]
                if before.pos_ in ("NOUN", "PROPN") and before.dep_ != "nsubj" and not self._own_clause(cj):
                    # no "and" before it: not a coordination but a verb the parser misfiled ("help farmers
                    # adopt new practices"): it continues the action that precedes it
                    if clause_conjs:
                        clause_conjs.append(cj)
                    else:
                        cont |= self._subtree_ids(cj)
                    continue
                if self._own_clause(cj) or clause_conjs:
                    # its own clause ("…and will import X", "…and instructed Y"); a verb the parser hangs here
                    # after such a clause belongs to that clause ("…and will fund a programme to help farmers
                    # adopt new practices")
                    clause_conjs.append(cj)
                    continue
                if self._has_to(cj) or (self._has_content(prev, before=cj.i) and self._has_content(cj)):
                    heads.append(cj)
                prev = cj
            extra = self._misattached_rest(c) | cont
        if c.lead >= 0 and _glued_tail(c.head.doc[c.lead]) is not None:
            # "co-finance a study on X": what the parser hung on the prefix belongs to the action
            extra = set(extra) | {i for i in self._subtree_ids(c.head.doc[c.lead]) if i > c.head.i}
        # coordinated "to"-infinitives and modal clauses the parser hung deeper in the action:
        # "work with Pakistan to build X and to expand Y", "spare no effort to bring X and will set up Y"
        doc = c.head.doc
        scope = sorted(self._subtree_ids(c.head) | extra)
        top = {h.i for h in heads} | {x.i for x in clause_conjs}
        # both loops below only look at conjuncts: skip the other tokens without making a Token
        dep, conj = self._columns(doc).dep, sid("conj")
        scope = [i for i in scope if dep[i] == conj]
        for i in scope:
            t = doc[i]
            if t.dep_ != "conj" or t.pos_ not in ("VERB", "AUX") or t.i in top or t.i < c.head.i:
                continue
            if t.head.i == c.head.i and c.head.pos_ in ("VERB", "AUX"):
                continue
            if t.tag_ == "VBD" and t.head.tag_ in ("VB", "VBN", "VBG") and not self._has_to(t):
                # a past-tense verb cannot continue an infinitive: "would not allow its soil to be used … and
                # announced Islamabad's readiness": the reporting clause resumes
                clause_conjs.append(t)
                top.add(t.i)
                continue
            if not (self._plain_path(t, c.head) or (t.i in extra and self._plain_path(t, next(doc[j] for j in extra if doc[j].head.i not in extra)))):
                continue
            modal = any(x.dep_ == "aux" and x.lower_ in _MODALS for x in t.children)
            if (modal and c.rule.startswith("aux:")) or (not modal and self._own_clause(t) and t.tag_ in ("VBD", "VBZ")):
                clause_conjs.append(t)
                top.add(t.i)
            elif self._has_to(t) and self._own_subject(t) is None:
                heads.append(t)
                top.add(t.i)
        for i in scope:
            t = doc[i]
            # "…within two years and to double electricity imports": the parser may tag the verb as an
            # adjective and make the bare "to" the conjunct; the "to" then heads the second action.
            if t.lower_ == "to" and t.dep_ == "conj" and t.i not in top and i > c.head.i and doc[i - 1].dep_ == "cc":
                heads.append(t)
                top.add(t.i)
        heads.sort(key=lambda t: t.i)
        out = []
        for k, h in enumerate(heads):
            excl: set[int] = set(c.drop)
            later = [o for o in heads[k + 1:] + clause_conjs if o.i > h.i]
            for other in later:
                excl |= self._subtree_ids(other)
            s, e = self._cut(c, h, excl, extra if k == 0 else set())
            lim = -1
            if later:
                lim = min(min(self._subtree_ids(o)) for o in later)
            out.append((h, s, e, lim))
        return out

    def _own_clause(self, cj: Token) -> bool:
        """A coordinated verb that is a clause of its own, not a second infinitive of the action:
        it has its own subject or modal, or it is finite ("agreed to begin X and instructed Y")."""
        if self._own_subject(cj) is not None or any(x.dep_ == "aux" and x.lower_ in _MODALS for x in cj.children):
            return True
        return cj.tag_ in ("VBD", "VBZ") and not self._has_to(cj)

    @staticmethod
    def _plain_path(t: Token, top: Token) -> bool:
        """No relative or that-clause between ``t`` and ``top`` ("an era where the two countries will record X and see Y")."""
        cur = t
        while cur.i != top.i and cur.head.i != cur.i:
            if cur.dep_ in ("relcl", "ccomp", "csubj", "parataxis") or (cur.dep_ == "advcl" and any(x.dep_ == "mark" for x in cur.children)):
                return False
            cur = cur.head
        return cur.i == top.i

    def _misattached_rest(self, c: Candidate) -> set[int]:
        """Object material the parser hung on the trigger instead of the action.

        'agreed to convene the next Committee ("2+2") meeting in Washington': a bracket
        inside the object makes the parser attach "meeting in Washington" to "agreed" as
        a noun advcl. A noun clause can not be an adverbial clause, so a noun child of
        the trigger that starts right where the action ends continues the action.
        """
        head = c.head
        last = max(self._subtree_ids(head))
        for ch in c.trigger.children:
            if ch.i <= last or ch.dep_ not in ("advcl", "dep", "npadvmod") or ch.pos_ not in ("NOUN", "PROPN"):
                continue
            first = min(self._subtree_ids(ch))
            if first == last + 1 and not head.doc[first].is_punct:
                return self._subtree_ids(ch)
        return set()

    def _cut(self, c: Candidate, head: Token, excl: set[int], extra: Optional[set[int]] = None) -> tuple[int, int]:
        """The action span for one head: its subtree minus exclusions, trimmed at both ends."""
        lex = self.lex
        for ch in head.children:
            if ch.i > head.i and self._is_attribution(ch):
                excl |= self._subtree_ids(ch)
            cond = self._condition_text(ch) if ch.i > head.i else None
            if cond is not None and self._trailing(ch, head) and not self._phrase_re.fullmatch(cond):
                excl |= self._subtree_ids(ch)  # a condition clause is the deadline, not the action
        if head.i < c.trigger.i:  # nominal/passive oddities: never include the trigger itself
            excl |= {c.trigger.i}
        for ch in head.children:
            if ch.i < head.i and ch.dep_ in ("aux", "auxpass", "mark", "nsubj", "nsubjpass", "advcl", "expl"):
                excl |= self._subtree_ids(ch)  # "If X agrees, Washington would ease…" → "ease…"
        lem = head.lemma_.lower()
        dests = [ch.i for ch in head.children if ch.i > head.i and (
            (ch.dep_ == "prep" and ch.lower_ == "to") or (ch.dep_ == "dobj" and lem in lex.trip_object_verbs))] \
            if lem in lex.trip_verbs else []  # ("travel to Athens", "visit Kuala Lumpur"; not "leave Tokyo for Dhaka")
        if dests:
            # "fly to Athens for talks with the Greek minister": the trip is the act, not what it is for
            dest = min(dests)
            for ch in head.children:
                if ch.i > dest and ch.dep_ == "prep" and ch.lower_ in lex.trip_purpose_preps:
                    excl |= self._subtree_ids(ch)
        sub = self._subtree_ids(head) | (extra or set())
        if head.i in excl:
            return head.i, head.i
        # the contiguous block of kept subtree tokens around the head
        s = head.i
        while s - 1 in sub and s - 1 not in excl:
            s -= 1
        e = head.i + 1
        while e in sub and e not in excl:
            e += 1
        doc = head.doc
        # keep a negation before the infinitive: "agreed not to deploy troops"
        neg = next((ch for ch in head.children if ch.dep_ == "neg" and ch.i < s and ch.i not in excl), None)
        if neg is not None and all(doc[j].dep_ == "aux" or j == neg.i for j in range(neg.i, s)):
            s = neg.i
        sent = head.sent
        # drop leading "to"/"that"/punctuation and trailing punctuation/conjunctions
        while s < e and (doc[s].is_punct or doc[s].lower_ in ("to", "that") and (doc[s].dep_ in ("aux", "mark") or doc[s].i == head.i)):
            s += 1
        e = self._trim_end(doc, s, e)
        # trailing attribution: "…with Pyongyang, Seoul's top diplomat said"
        nxt = e
        while nxt < sent.end and (doc[nxt].is_punct or doc[nxt].is_space):
            nxt += 1
        if nxt < sent.end and doc[nxt].lemma_.lower() in lex.reporting_verbs and doc[nxt].pos_ == "VERB":
            for i in range(e - 1, s, -1):
                if doc[i].text == "," and not any(doc[j].pos_ in ("VERB", "AUX") for j in range(i + 1, e)):
                    e = i
                    break
        e = self._trim_end(doc, s, e)
        # a non-restrictive clause after a comma is not part of the promise
        texts = self._docinfo(doc).texts
        partner = False
        for i in range(s + 1, e - 1):
            if texts[i] in (",", "\u2014", "\u2013", "--") and self._opens_aside(doc[i + 1]):
                if i == head.i + 1 and doc[i + 1].lower_ == "together" and not any(
                        ch.dep_ == "dobj" and ch.i < i for ch in head.children):
                    partner = True  # "build, together with Panama, a health post …": the partner before the object
                    continue
                if partner and doc[i + 1].dep_ == "det":
                    partner = False  # (the object the parser hung on the partner as an apposition)
                    continue
                e = self._trim_end(doc, s, i)
                break
        # a closing justification, comma or not: "continue to deploy in the south in accordance with the
        # ceasefire arrangements" (the promise is to deploy; the arrangements say why)
        m = _JUSTIFICATION.search(self._docinfo(doc).text, doc[s].idx, doc[e - 1].idx + len(doc[e - 1]))
        if m and m.start() > doc[s].idx:
            k = doc.char_span(m.start(), m.start() + 1, alignment_mode="expand")
            if k is not None and k.start > s + 1 and not any(doc[j].pos_ in ("VERB", "AUX") and doc[j].dep_ in (
                    "conj",) for j in range(k.start, e)):
                e = self._trim_end(doc, s, k.start)
        # "…commitment to the defense of Japan, including X": the listing belongs to the action
        if e < sent.end - 1 and doc[e].text == "," and doc[e + 1].lower_ in _LISTING and doc[e + 1].i not in excl:
            lst = doc[e + 1]
            ids = self._subtree_ids(lst)
            if lst.head.i < s or lst.head.i == c.trigger.i or lst.head.i >= e:
                if max(ids) - min(ids) + 1 == len(ids) and not (ids & excl) and max(ids) < sent.end:
                    e = self._trim_end(doc, s, max(ids) + 1)
        return s, e

    @staticmethod
    def _trim_end(doc: Doc, s: int, e: int) -> int:
        """Drop trailing punctuation and conjunctions, but keep a closing bracket or quote
        whose opening one is inside the span ("the Corridor (CPEC)")."""
        while e > s:
            t = doc[e - 1]
            if t.text in _CLOSERS:
                opener = _CLOSERS[t.text]
                inside = [doc[j].text for j in range(s, e - 1)]
                if opener == t.text:
                    if inside.count(t.text) % 2 == 1:
                        break
                elif inside.count(opener) > inside.count(t.text):
                    break
            if t.is_punct or t.dep_ == "cc" or t.is_space:
                e -= 1
                continue
            break
        return e

    def _opens_aside(self, t: Token) -> bool:
        """Whether ``t``, right after a comma, opens material that is not the promise itself:
        a non-restrictive relative ("which will meet …"), a contrast ("while X said …"), an
        absolute "with" clause ("with the next session scheduled for …"), a circumstance
        ("following talks in London", "amid tensions", "as Pyongyang prepares …")."""
        low = t.lower_
        if low in ("which", "who", "whom", "whose", "where"):
            return True
        nxt = t.doc[t.i + 1] if t.i + 1 < len(t.doc) else None
        if nxt is not None and t.dep_ == "prep" and nxt.tag_ in ("WDT", "WP", "WP$"):
            return True  # "…the port of Rijeka, in which Slovenian companies have invested"
        if low == "together" and nxt is not None and nxt.lower_ == "with":
            return True  # "…in Nicosia next month, together with the Foreign Minister of Cyprus"
        if t.tag_ == "VBN" and t.dep_ in ("acl", "advcl", "amod", "conj") and nxt is not None and nxt.lower_ == "by":
            return True  # "…in Ljubljana in the autumn, chaired by the two prime ministers"
        if low in ("while", "whereas", "although", "though"):
            return True
        if low == "under" and nxt is not None and nxt.lower_ in ("a", "an", "the", "its", "their", "his", "her"):
            return True  # "…from 1 January, under a decision taken last week", "…, under the chairmanship of …"
        if t.pos_ == "PROPN" and t.i > 1 and t.doc[t.i - 1].text == "," and t.doc[t.i - 2].ent_type_ == "DATE":
            np_head = t
            while np_head.dep_ == "compound" and np_head.head.i != np_head.i:
                np_head = np_head.head
            if np_head.dep_ in ("appos", "npadvmod"):
                return True  # "…from 1 August, Emancipation Day in Jamaica, for stays …": a name for the date
        if low in ("following", "amid", "amidst") and t.dep_ in ("prep", "advcl", "acl"):
            return True
        if low == "as" and (t.dep_ == "mark" or (t.head.pos_ in ("VERB", "AUX") and t.head.i > t.i
                                                and any(x.dep_ in ("nsubj", "nsubjpass") for x in t.head.children))):
            return True  # "…, as tensions in the region rise"
        if low == "with":
            return any(x.pos_ in ("VERB", "AUX") and x.tag_ in ("VBN", "VBG", "VB") for x in t.subtree if x.i != t.i)
        if t.tag_ == "VBG" and t.dep_ in ("advcl", "xcomp", "acl", "conj") and low not in _LISTING:
            return True  # a participial add-on: "…, easing a standoff", "…, focusing on energy"
        if low == "to" and t.dep_ == "aux" and t.head.dep_ == "advcl" and t.head.tag_ == "VB":
            return True  # a purpose set off by a comma: "…to Sfax in November, to explore investment"
        if low in ("in", "consistent", "as") and t.i + 2 < len(t.doc) and (
                t.doc[t.i:t.i + 3].text.lower() in ("in line with", "in accordance with", "in keeping with", "as part of")
                or t.doc[t.i:t.i + 2].text.lower() == "consistent with"):
            return True  # "…, in line with our commitment": a justification, not more of the promise
        if low in ("in", "during", "on") and t.i + 2 < len(t.doc) and t.doc[t.i + 1].lower_ == "the" \
                and t.doc[t.i + 2].lower_ in ("first", "second", "third", "latest", "last"):
            return True  # "…, in the first official visit by an Argentine minister since …": the occasion
        if t.tag_ == "RB" and low.endswith("ly") and t.dep_ == "advmod" and low not in ("only", "early"):
            return True  # "hold annual meetings between the two Leaders, alternately in each country"
        second_object = t.head.dep_ == "dobj" and any(c.dep_ == "dobj" and c.i < t.head.i for c in t.head.head.children)
        if low in ("a", "an", "the") and t.dep_ == "det" and (t.head.dep_ in ("appos", "npadvmod") or second_object) \
                and not (t.head.pos_ == "PROPN" and any(c.dep_ == "conj" and c.pos_ == "PROPN" for c in t.head.children)):
            # ("…next Tuesday, the first such ceremony since …": the parser may take it for a second object)
            # (not a list of names the parser hangs as an apposition: "on Syria, the South Caucasus and the Caspian
            # Sea"; "the Delta Rhine Corridor, the planned hydrogen and CO₂ pipelines …" is one)
            # an apposition describing what comes before: "…by next spring, a step he described as
            # essential", "…along the border, an arrangement that has not been implemented"
            return True
        return False

    def _trailing(self, ch: Token, head: Token) -> bool:
        """A condition clause counts as trailing when nothing content-bearing follows it."""
        last = max(t.i for t in ch.subtree)
        return all(t.i <= last or t.is_punct for t in head.subtree)

    def _is_attribution(self, t: Token) -> bool:
        lem = t.lemma_.lower()
        if t.dep_ == "prep" and lem == "accord":
            return True
        if t.dep_ == "prep" and t.lower_ == "according":
            return True
        return t.dep_ in ("parataxis",) and lem in self.lex.reporting_verbs

    # ================================================================ deadline
    def _condition_text(self, t: Token) -> Optional[str]:
        """Text of a condition/deadline clause headed by ``t`` ("as soon as X stabilizes", "once talks resume")."""
        if t.dep_ not in ("advcl", "advmod", "prep", "npadvmod", "ccomp"):
            return None
        toks = self._columns(t.doc).subtree(t.doc, t.i)  # indices, in subtree order
        txt = self._docinfo(t.doc).span_text(toks[0], toks[-1] + 1)
        low = txt.lower()
        if t.dep_ == "ccomp" and not low.startswith("should "):
            return None  # the parser files "…, should an emergency arise" as a complement
        doc = t.doc
        for i in toks:
            # "if Dhaka reciprocates for Nepali students, more than 2,000 of whom are …": an aside ends it
            if i > toks[0] and doc[i].text == "," and any(doc[j].tag_ in ("WDT", "WP", "WP$") for j in toks if j > i):
                txt = self._docinfo(doc).span_text(toks[0], i)
                low = txt.lower()
                break
            # '…if Manila submits a formal request," the minister said': the quotation closes the condition
            if i > toks[0] and doc[i].text in ('"', "\u201d", "''") and i - 1 in toks and doc[i - 1].is_punct:
                txt = self._docinfo(doc).span_text(toks[0], i)
                low = txt.lower()
                break
        subj = next((c for c in t.children if c.dep_ == "nsubj"), None)
        if subj is not None and any(c.dep_ == "aux" and c.lower_ == "to" for c in t.children) and any(
                c.dep_ == "mark" for c in t.children):
            # "after the G20 Summit in Rio to support the final days …": the parser makes the event the subject
            # of the purpose clause; the deadline is the event
            txt = self._docinfo(doc).span_text(toks[0], max(self._columns(doc).subtree(doc, subj.i)) + 1)
            low = txt.lower()
        txt = txt.rstrip(" .;,\n")
        low = low.rstrip(" .;,\n")
        if low.startswith("while ") and t.lemma_.lower() in self.lex.while_verbs and not any(
                c.dep_ == "aux" for c in t.children) and not (t.lemma_ == "be" and toks[0] > 0
                                                              and doc[toks[0] - 1].text == ","):
            # "while the instrumentalised migration continues", "while the negotiation is open": for as long as
            # (", while Chile is the larger market" contrasts)
            return txt
        if _NOT_ONCE.match(low):
            return None  # "once a year", "once again": how often, not a condition
        first_words = low.split(" ", 2)
        if len(first_words) > 1 and first_words[0] in _WH_INFINITIVE and first_words[1] == "to":
            return None  # "agreed on when to hold the vote": what was agreed, not when
        for m in self._cond_marks:
            if low.startswith(m + " "):
                return txt
        return None

    def _deadline(self, doc: Doc, c: Candidate, head: Token, s: int, e: int) -> tuple[Optional[str], Optional[str], int, int]:
        """The deadline phrase of an action: (text, value, start char, end char), or Nones and -1."""
        found = self._find_deadline(doc, c, head, s, e)
        if found is None:
            found = self._onset_after(doc, e)
        if found is None:
            return None, None, -1, -1
        a, b = found
        a = self._with_onset(doc, a)
        txt = self._docinfo(doc).text[a:b]
        return txt, self._date_value(doc, a, b), a, b

    def _onset_after(self, doc: Doc, e: int) -> Optional[tuple[int, int]]:
        """A start date set off by a comma right after the action: "…, starting in June", "…, starting next year",
        "…, beginning with the 2026/2027 academic session" (char span of the phrase, onset word included)."""
        if e >= len(doc):
            return None
        text = self._docinfo(doc).text
        m = _ONSET_AFTER.match(text, doc[e - 1].idx + len(doc[e - 1]))
        if m is None:
            return None
        a, b = m.start(1), m.end(1)
        span = doc.char_span(a, b, alignment_mode="contract")
        if span is None or not (self._has_date(doc, [t.i for t in span]) or _NAMED_PERIOD.search(m.group(1))):
            return None
        return a, b

    def _with_onset(self, doc: Doc, a: int) -> int:
        """Include an onset verb before the deadline preposition: "starting in December"."""
        span = doc.char_span(a, a + 1, alignment_mode="expand")
        if span is None or span.start == 0:
            return a
        first = span[0]
        prev = doc[first.i - 1]
        if prev.lower_ in _ONSETS and (first.head.i == prev.i or prev.head.i == first.head.i
                                       or first.head.head.i == prev.i):  # ("starting next month": "next" ← "month")
            return prev.idx
        return a

    def _closes_action(self, doc: Doc, b: int, e: int) -> bool:
        """A date phrase ending at char ``b`` is a deadline only where it closes the action: what
        follows it inside the action may be a purpose ("next month to inspect the dam") or a
        condition, but not more of the action ("over three years in ports and airports")."""
        span = doc.char_span(b, b, alignment_mode="expand")
        i = next((t.i for t in doc[max(0, (span.start if span is not None else 0) - 1):e] if t.idx >= b), e)
        comma = False
        while i < e and (doc[i].is_space or doc[i].text in (",", ")")):
            comma = comma or doc[i].text == ","
            i += 1
        if i >= e:
            return True
        if comma and self._opens_aside(doc[i]):
            return True  # "next Tuesday, the first such ceremony since …": an apposition after the deadline
        t = doc[i]
        if t.lower_ == "to" and t.dep_ == "aux" and t.head.dep_ in ("advcl", "xcomp", "acl", "conj", "ccomp"):
            return True
        if _PURPOSE_AFTER.match(self._docinfo(doc).text, b):
            return True  # "next month for talks with …", "the following day, accompanied by …"
        low = self._docinfo(doc).text[t.idx:t.idx + 20].lower()
        return any(low.startswith(m + " ") for m in self._cond_marks)

    @staticmethod
    def _in_other_conjunct(t: Token, head: Token) -> bool:
        """``t`` hangs under an infinitive coordinated with the action ("agreed to share X and to coordinate Y
        ahead of the winter"): it belongs to that other act."""
        cur = t
        while cur.i != head.i and cur.head.i != cur.i:
            if cur.dep_ == "conj" and cur.pos_ in ("VERB", "AUX") and any(
                    ch.dep_ == "aux" and ch.lower_ == "to" for ch in cur.children):
                return True  # ("and to coordinate Y ahead of …"; not "complete and commission X before …")
            cur = cur.head
        return False

    @staticmethod
    def _in_modifier_clause(t: Token, head: Token) -> bool:
        """"the border crossing built in 2001", "the agreement signed in 2018": the date sits in a
        clause describing a noun of the action (background), not on the promised act."""
        cur = t
        while cur.i != head.i and cur.head.i != cur.i:
            if cur.dep_ in ("acl", "relcl", "amod") and cur.pos_ in ("VERB", "AUX") and cur.lower_ not in _ONSETS \
                    and not (cur.dep_ == "acl" and cur.tag_ == "VBG"):
                # (a present participle describing the act's object is no background: "visa-free entry to nationals
                # holding passports from 1 August")
                return True
            cur = cur.head
        return False

    def _past_year(self, doc: Doc, a: int, b: int) -> bool:
        m = re.search(r"\b(19\d\d|20\d\d)\b", self._docinfo(doc).text[a:b])
        dd = getattr(doc._, "doc_date", None)
        if not m or not dd or not re.match(r"\d{4}", str(dd)):
            return False
        if not re.match(r"(?:in|since|during|from|on)\b", self._docinfo(doc).text[a:b].lower()):
            return False  # "by 2019" in a background agreement still dates that agreement's action
        return int(m.group(1)) < int(str(dd)[:4])

    def _fronted_date(self, doc: Doc, c: Candidate) -> Optional[tuple[int, int]]:
        """A date fronted before the clause and set off by a comma ("Tomorrow, the President will travel …",
        "Two days later, he will travel …"): the act's time."""
        if c.trigger.tag_ != "MD":
            return None  # ("Yesterday, the ministers agreed to …": the agreement's day, not the act's)
        sent = c.trigger.sent
        first = next((t for t in sent if not (t.is_space or t.is_punct)), None)
        if first is not None and first.i + 2 < c.trigger.i and doc[first.i + 1].text == "," and (
                first.pos_ == "ADV" or first.lower_ in _DISCOURSE_ORDINALS):
            first = doc[first.i + 2]  # "Second, from April 28 to May 2, …": a discourse marker before the date
        if first is None or first.i >= c.trigger.i:
            return None
        for m in self._date_index(doc).mentions_within(doc, first.i, c.trigger.i):
            # "On Sunday, …", "From April 28 to May 2, …"
            lead = m.start == first.i + 1 and first.lower_ in ("on", "in", "at", "by", "from", "between")
            # ("Tomorrow I will travel to Kumasi": a one-word day needs no comma before its subject)
            bare = m.end == m.start + 1 and doc[m.start].lower_ in ("tomorrow", "today", "tonight") \
                and doc[m.end].dep_ in ("nsubj", "nsubjpass")
            if (m.start == first.i or lead) and m.end < c.trigger.i and (doc[m.end].text == "," or bare) and not any(
                    t.pos_ in ("VERB", "AUX") for t in doc[m.end:c.trigger.i] if t.i != c.trigger.i and t.dep_ != "aux"):
                return first.idx, m.end_char
            break
        return None

    def _trailing_condition(self, doc: Doc, c: Candidate, head: Token, s: int, e: int) -> Optional[tuple[int, int]]:
        """A condition that closes the action in the text, however the parser hangs it ("resume issuing visas from
        October 1, provided that the new contract is in place", "…, should Asmara request it", "take part in
        building the plant if Hanoi confirmed its choice"): ``(start, end)`` chars, running to the end of the
        clause. Only right at the action's end or inside it after the head, never past another clause."""
        if e <= s:
            return None
        info = self._docinfo(doc)
        text = info.text
        seg_a, seg_b = self._segment(head.sent, c.trigger)
        lim = info.end_char(seg_b - 1)
        act_end = info.end_char(e - 1)
        m = self._trailing_cond_re.search(text, info.end_char(head.i), lim)
        if m is None or m.start("mark") > act_end + 3:
            return None
        mark, nxt = m.group("mark").lower(), m.group("next")
        st = m.start("mark")
        if mark == "should" and (not m.group("comma") or nxt.lower() in _NOT_SUBJECTS):
            return None  # an inverted condition is set off by a comma: ", should Asmara request it"
        if mark == "once" and _NOT_ONCE.match(text.lower(), st):
            return None  # "once again", "once a year" (not "once a permanent ceasefire is in place")
        if mark == "if" and text[max(0, st - 5):st].lower().strip() in ("even", "as"):
            return None  # "even if", "as if": no condition of the act
        j = bisect_left(info.idx, st, seg_a, seg_b)
        if j >= seg_b:
            return None
        cols = self._columns(doc)
        pos, verb, aux = cols.pos, sid("VERB"), sid("AUX")
        if any(pos[x] in (verb, aux) and (
                doc[x].dep_ == "conj"
                or any(ch.dep_ == "mark" and ch.lower_ in _OTHER_CLAUSE_MARKS for ch in doc[x].children))
                for x in range(head.i + 1, j)):
            # (past another act's verb: "will train … next month, and stands ready …, should …", "would import …,
            # while Belarus would set up …, provided that …")
            return None
        end_m = _COND_END.search(text, m.end(), lim)
        end = end_m.start() if end_m else lim
        while end > st and text[end - 1] in " .,;:\n":
            end -= 1
        return (st, end) if end > m.end("mark") else None

    def _find_deadline(self, doc: Doc, c: Candidate, head: Token, s: int, e: int) -> Optional[tuple[int, int]]:
        found = self._find_deadline_raw(doc, c, head, s, e)
        if found is None or found[2] != "cond":
            # a condition after the action beats a date: the date stays in the action (as the annotators read it)
            cond = self._trailing_condition(doc, c, head, s, e)
            if cond is not None:
                return cond
        if found is not None and _ONWARD_TRAVEL.match(self._docinfo(doc).text, found[0]) \
                and (fronted := self._fronted_date(doc, c)) is not None:
            # "Tomorrow I will travel to Kumasi …, before flying home on Saturday": the next leg dates no part of
            # the act; the fronted day does
            return self._before_own_clause(doc, *fronted)
        if found is None:
            fronted = self._fronted_date(doc, c)
            return self._before_own_clause(doc, *fronted) if fronted else None
        if found[2] == "phrase":
            return found[:2]
        if found[2] == "cond":
            # a condition keeps its clauses; a time clause ("before the end of the year, and") is a deadline
            low = self._docinfo(doc).text[found[0]:found[0] + 24].lower()
            temporal = any(low.startswith(p + " ") for p in (*self._date_preps, *_EVENT_PREPS))
            return self._before_own_clause(doc, *found[:2]) if temporal else found[:2]
        a, b, _ = found
        for m in self._date_index(doc).mentions_within(doc, s, e):
            if m.start_char < b < m.end_char:
                b = m.end_char  # "in June" + " next year": the dates component's whole expression
        if self._past_year(doc, a, b):
            return None  # "signed in 2001": a past date is background, not a deadline
        if not self._closes_action(doc, b, e):
            return None
        return self._before_own_clause(doc, a, b)

    def _before_own_clause(self, doc: Doc, a: int, b: int) -> tuple[int, int]:
        """A date or event deadline ends before a clause of its own or a dangling conjunction: "on 4 and 5
        April, where he will call on …", "before the end of the year, and"."""
        m = _DEADLINE_TAIL.search(self._docinfo(doc).text, a, b)
        return (a, m.start()) if m is not None and m.start() > a else (a, b)

    def _find_deadline_raw(self, doc: Doc, c: Candidate, head: Token, s: int, e: int) -> Optional[tuple[int, int, str]]:
        sent = head.sent
        # subtrees as token indices (memoised), offsets and text from the doc's columns
        cols, info = self._columns(doc), self._docinfo(doc)
        idx, end_char = info.idx, info.end_char
        # the action head and the verbs it chains by xcomp ("keep mediating", "begin supplying"): the parser
        # hangs a closing condition or date on the last of them
        heads = [head]
        while True:
            # (also a to-infinitive the parser files as a purpose clause: "work together to mobilize support
            # ahead of the hearings")
            nxt = next((x for x in heads[-1].children if (x.dep_ == "xcomp" or (
                x.dep_ == "advcl" and x.i > heads[-1].i and any(a.dep_ == "aux" and a.lower_ == "to" for a in x.children)
                and not any(a.dep_ == "mark" for a in x.children)))
                        and (x.pos_ in ("VERB", "AUX") or x.lower_.endswith("ing"))
                        and s <= x.i < e), None)
            if nxt is None or len(heads) > 4:
                break
            heads.append(nxt)
        # 1. condition clauses attached to the action head or the trigger, after the trigger (not on a purpose
        # clause: "travel to Apia on Friday to meet X, before returning …")
        anchors = [h for h in heads if h.dep_ != "advcl" or h is head] + [c.trigger]
        if c.trigger.dep_ in ("acomp", "attr", "oprd", "dobj") and c.trigger.head.i != c.trigger.i:
            # "Panama stands ready to sell … if the dry season …", "affirmed its readiness to facilitate …,
            # provided that …"
            anchors.append(c.trigger.head)
        for anchor in anchors:
            # verbs of a further act coordinated after the anchor ("…, and stands ready to …")
            other_acts = [x.i for x in anchor.children if x.dep_ == "conj" and x.i > anchor.i
                          and x.pos_ in ("VERB", "AUX") and any(y.dep_ in ("acomp", "xcomp", "dobj") for y in x.children)]
            for ch in anchor.children:
                if anchor not in heads and ch.i < s and any(
                        x.dep_ in ("xcomp", "advcl", "conj") and x.pos_ in ("VERB", "AUX") and x.i < ch.i
                        for x in anchor.children):
                    continue  # ("agreed to launch X before the end of the year, and to complete Y by 2026": the first's)
                if ch.i > c.trigger.i or anchor in heads:
                    if other_acts and any(v < ch.i for v in other_acts):
                        continue  # ("will train … next month, and stands ready to …, should Asmara request it")
                    txt = self._condition_text(ch)
                    if txt and not (_ONWARD_TRAVEL.match(txt) and ch.i > head.i):
                        toks = cols.subtree(doc, ch.i)
                        return idx[toks[0]], idx[toks[0]] + len(txt), "cond"
        # 2. date phrases on the action head: "by 2030", "within two years", "next year"
        for ch in (x for h in heads for x in h.children):
            if ch.i < head.i or (ch.i >= e and not self._after_aside(doc, e, ch)):
                continue  # (not in an apposition cut off the action: ", the first step since … December")
            toks = cols.subtree(doc, ch.i)
            a, b = idx[toks[0]], end_char(toks[-1])
            txt = info.text[a:b]
            low = txt.lower()
            if any(low.startswith(p + " ") for p in _EVENT_PREPS) and self._event_object(ch):
                # "ahead of the summit in Kazan on October 22-24": an event as the deadline, with its date; not a
                # clause hung on the event ("after the G20 Summit in Rio to support the final days …")
                clause = [x for x in toks if doc[x].dep_ in ("acl", "relcl", "advcl") and doc[x].pos_ in ("VERB", "AUX")
                          and doc[x].i > ch.i]
                if clause:
                    first = min(min(cols.subtree(doc, x)) for x in clause)
                    toks = [x for x in toks if x < first]
                    while len(toks) > 1 and doc[toks[-1]].is_punct:
                        toks.pop()  # (", which open on 2 December")
                    b = end_char(toks[-1])
                nxt = doc[toks[-1] + 1] if toks[-1] + 1 < sent.end else None
                if nxt is not None and nxt.head.i == head.i and nxt.dep_ == "prep" and nxt.lower_ in ("on", "in") and self._has_date(doc, cols.subtree(doc, nxt.i)):
                    b = end_char(max(cols.subtree(doc, nxt.i)))
                return a, b, "event"
            # (a date inside a relative clause dates that clause: "in Vietnam's plan to build …, which Hanoi
            # revived last November")
            rel = {j for x in toks if doc[x].dep_ == "relcl" for j in cols.subtree(doc, x)}
            is_date = self._has_date(doc, [x for x in toks if x not in rel] if rel else toks) or (
                ch.dep_ == "prep" and self._time_object(ch))
            if ch.dep_ == "prep" and ch.lower_ == "on":
                # "on" only before a date itself ("on October 22"), not "on the 2030 agenda"
                obj = next((x for x in ch.children if x.dep_ == "pobj"), None)
                if obj is not None and (obj.ent_type_ in ("DATE", "TIME") or self._has_date(doc, (obj.i,))) and obj.pos_ == "PROPN":
                    return a, b, "date"
                continue
            if ch.dep_ == "prep" and is_date and any(low.startswith(p + " ") for p in self._date_preps):
                obj = next((x for x in ch.children if x.dep_ == "pobj"), None)
                if obj is not None and obj.pos_ in ("NOUN", "PROPN") and obj.ent_type_ not in ("DATE", "TIME") \
                        and not self._time_object(ch) and not self._event_object(ch) \
                        and not self._has_date(doc, [j for j in toks if j >= obj.i]):
                    continue  # "abide by the 1973 Treaty": the year names the treaty, the phrase is no deadline
                return a, b, "date"
            if ch.dep_ in ("npadvmod", "tmod") and is_date:
                return a, b, "date"
        # 2b. a date deeper inside the action: "hold talks in Seoul next year", "by the end of 2025" (the
        # model's DATE entities, then the dates component's own: "in FY2025", "from January 1, 2025")
        for ent in self._date_index(doc).date_ents_within(doc, s, e) + self._date_index(doc).mentions_within(doc, s, e):
            if not self._has_date(doc, range(ent.start, ent.end)):
                continue
            root = ent.root
            if self._in_other_conjunct(root, head):
                continue  # "agreed to share X and to coordinate Y ahead of the winter": the second act's
            if root.dep_ == "pobj" and root.head.lower_ == "of" and root.head.head.lower_ == "ahead" \
                    and max(cols.subtree(doc, root.head.head.i)) == self._trim_end(doc, s, e) - 1:
                return root.head.head.idx, ent.end_char, "date"  # "ahead of next winter", closing the action
            if self._in_modifier_clause(root, head):
                # the parser may hang a closing "within 30 days" on a clause describing the object ("lift
                # the ban imposed on trucks last March within 30 days"); a deadline preposition whose
                # phrase ends the action still dates the promised act
                if (root.dep_ == "pobj" and root.head.lower_ in _CLOSING_DEADLINE_PREPS
                        and max(cols.subtree(doc, root.head.i)) == self._trim_end(doc, s, e) - 1):
                    return root.head.idx, ent.end_char, "date"
                continue
            if root.dep_ in ("npadvmod", "tmod"):
                return ent.start_char, ent.end_char, "date"
            if root.dep_ == "pobj" and root.head.lower_ in self._date_preps:
                return root.head.idx, ent.end_char, "date"
        # 2c. an event deadline closing the action, however deep the parser hung it: "complete the
        # reforms required for membership before the first intergovernmental conference"
        dep, lower = cols.dep, cols.lower
        prep, closers = sid("prep"), (sid("before"), sid("ahead"), sid("prior"))
        for i in range(s, e):
            if dep[i] != prep or lower[i] not in closers:
                continue
            t = doc[i]
            toks = cols.subtree(doc, i)
            if toks[-1] != e - 1 or t.i == s:
                continue
            objs = [x for p in [t] + [x for x in t.children if x.dep_ == "prep"] for x in p.children if x.dep_ == "pobj"]
            if any(self._event_object(t) or self._action_noun(o) for o in objs):
                return idx[toks[0]], end_char(toks[-1]), "event"
        # 2d. a closing "subject to …" (the parser hangs the adjective anywhere): a condition to the end
        a0, b0 = doc[s].idx, doc[e - 1].idx + len(doc[e - 1])
        bound = doc[c.limit].idx if 0 <= c.limit < sent.end else sent.end_char
        m = _SUBJECT_TO.search(info.text, a0, max(b0, bound))
        if m and m.start() <= b0:
            end = max(b0, bound) if m.start(1) >= b0 else b0
            return m.start(1), len(info.text[:end].rstrip(" .;\n")), "cond"
        # 3. fixed phrases in the action or just after it ("at an early date", "as soon as possible"),
        # not reaching into a following coordinated action
        a = doc[s].idx
        b = doc[c.limit].idx if 0 <= c.limit < sent.end else sent.end_char
        m = self._phrase_re.search(info.text, a, b)
        if m:
            return m.start(), m.end(), "phrase"
        return None

    def _after_aside(self, doc: Doc, e: int, ch: Token) -> bool:
        """``ch`` closes the sentence right after a comma-bounded aside that ends the action at ``e``: "prepare a
        roadmap on the project, which the two countries are developing together, within six months"."""
        toks = self._columns(doc).subtree(doc, ch.i)
        last = max(toks)
        sent_end = ch.sent.end
        if _ONWARD_TRAVEL.match(doc[toks[0]:last + 1].text) or not self._has_date(doc, toks):
            return False  # (", where he will …, before returning to Kigali on Saturday": the next leg)
        return (e + 1 < ch.i and doc[e].text == "," and doc[ch.i - 1].text == "," and self._opens_aside(doc[e + 1])
                and not any(doc[j].text in (",", ";") for j in range(e + 1, ch.i - 1))
                and all(doc[j].is_punct or doc[j].is_space for j in range(last + 1, sent_end)))

    def _event_object(self, t: Token) -> bool:
        """"ahead of the summit", "before the elections": the object of a preposition (or of
        "ahead"'s own "of") is an event."""
        preps = [t] + [x for x in t.children if x.dep_ == "prep"]
        for p in preps:
            for obj in p.children:
                if obj.dep_ == "pobj" and (obj.lemma_.lower() in self.lex.event_nouns or obj.lower_ in self.lex.event_nouns
                                           or EVENT_CODE.fullmatch(obj.text)):
                    return True
        return False

    def _time_object(self, prep: Token) -> bool:
        """"within its first five years", "over the coming decade": a preposition whose object is a time noun."""
        obj = next((x for x in prep.children if x.dep_ == "pobj"), None)
        return obj is not None and (obj.lemma_.lower() in self.lex.time_nouns or obj.lower_ in self.lex.time_nouns)

    def _has_date(self, doc: Doc, toks: Sequence[int]) -> bool:
        """Whether the tokens (indices, in subtree order; the span runs from the first to the last)
        hold a date that is not a frequency."""
        if not toks:
            return False  # (a phrase whose every token sits in a relative clause left out)
        info = self._docinfo(doc)
        a, b = info.idx[toks[0]], info.end_char(toks[-1])
        if _FREQUENCY.search(info.text[a:b]):
            return False  # "twice a year", "annually": a frequency belongs to the action (SPEC)
        idx = self._date_index(doc)
        if idx.sets.overlaps(a, b):
            return False
        ent, date_types = self._columns(doc).ent, (sid("DATE"), sid("TIME"))
        if any(ent[i] in date_types for i in toks):
            return True
        return idx.all.overlaps(a, b)

    def _date_value(self, doc: Doc, a: int, b: int) -> Optional[str]:
        d = self._date_index(doc).first_valued(a, b)
        if d is not None:
            return d.value
        m = re.search(r"\b(19\d\d|20\d\d|21\d\d)\b", self._docinfo(doc).text[a:b])
        return m.group(1) if m else None

    # ================================================================ record
    def _segment(self, sent: Span, tok: Token) -> tuple[int, int]:
        """The part of a sentence between line breaks that holds ``tok``.

        Why: the parser sometimes runs a sentence across a paragraph break (a photo
        credit "(Ministry of Foreign Affairs)" glued to the next paragraph); the
        evidence and the subject must come from the trigger's own paragraph.
        """
        a, b = sent.start, sent.end
        info = self._docinfo(tok.doc)
        texts, is_space = info.texts, info.is_space
        for i in range(sent.start, sent.end):
            if is_space[i] and "\n" in texts[i]:
                if i < tok.i:
                    a = i + 1
                elif i > tok.i:
                    b = i
                    break
        return a, b

    def _record(self, doc: Doc, sent: Span, c: Candidate, s: int, e: int, resolver: ActorResolver) -> Optional[Commitment]:
        text = self._docinfo(doc).text  # (``Doc.text`` builds a Token per word)
        head = c.head
        subjects = c.subjects
        seg_a, seg_b = self._segment(sent, c.trigger)
        s, e = max(s, seg_a), min(e, seg_b)
        e = self._trim_end(doc, s, e)
        if e <= s:
            return None
        if subjects and not (seg_a <= subjects[0].i < seg_b):
            # subject parsed across a paragraph break: use its appositive/conjuncts inside the paragraph
            inside = [t for t in subjects[0].subtree if seg_a <= t.i < seg_b and t.dep_ in ("appos", "conj", "nsubj") and t.pos_ in ("PROPN", "NOUN", "PRON")]
            if inside:
                subjects = self._with_conjuncts(inside[0])
        actors, pids, orgs = resolver.resolve_full(subjects) if subjects else ([], [], [])
        if not actors and not pids and not orgs and c.ccomp_subjects:
            actors, pids, orgs = resolver.resolve_full(c.ccomp_subjects)
        if pids and not orgs and subjects and subjects[0].lower_ in self.lex.speaker_pronouns \
                and resolver.private_people(pids):
            return None  # '"I will not go back until the road is safe," said a returnee': no party's promise
        if len(actors) > 1 and subjects:
            # "With the exception of Eritrea, the participating States agreed …": the excepted states are out
            out = resolver.excepted_states(doc[seg_a:seg_b], subjects[0])
            actors = [a for a in actors if a not in out] or actors
        a_start, a_end = doc[s].idx, doc[e - 1].idx + len(doc[e - 1])
        if 0 <= c.lead < s and c.lead >= seg_a and c.lead > c.trigger.i:
            a_start = doc[c.lead].idx  # the tasked body opens the action
        lead_adverb = _LEAD_ADVERB.match(text, a_start, a_end)
        if lead_adverb:
            a_start = lead_adverb.end()  # "will also visit Cuttack": the act is "visit Cuttack", as annotators write it
        onward = _ONWARD_AFTER.search(text, a_start, a_end)
        if onward is not None and onward.start() > a_start:
            a_end = onward.start()  # "call on the Premier, before departing for Addis Ababa": the next leg is no part
        deadline, deadline_value, d_a, d_b = self._deadline(doc, c, head, s, e)
        if deadline and a_start < d_a < a_end and d_b < a_end - 1 and _PURPOSE_AFTER.match(text, d_b):
            # "travel to Accra next month to launch the partnership": the action ends at the deadline and
            # the purpose after it is not part of the promise (how most annotators read SPEC's action)
            d_b = a_end
        if deadline and a_start < d_a < a_end and d_b >= a_end - 1:
            # a trailing deadline goes to `deadline`, not the action ("open a consulate by the end of the year")
            cut = d_a
            while cut > a_start and (text[cut - 1].isspace() or text[cut - 1] == ","):
                cut -= 1
            if cut > a_start:
                a_end = cut
        if len(actors) == 1 and any(
                t.lower_ == "together" and t.head.lemma_.lower() not in _GATHERING_VERBS
                and not (t.i + 1 < len(doc) and doc[t.i + 1].lower_ == "with") for t in doc[s:e]):
            # "we will protect them together": an act done with the other side commits both sides of a two-state
            # meeting
            meeting = resolver.meeting_states()
            if len(meeting) == 2 and actors[0] in meeting:
                actors = sorted(meeting)
        sent_start = doc[seg_a].idx
        sent_end = doc[seg_b - 1].idx + len(doc[seg_b - 1].text)
        while sent_end > sent_start and text[sent_end - 1].isspace():
            sent_end -= 1
        while sent_start < sent_end and text[sent_start].isspace():
            sent_start += 1
        return Commitment(
            actors=list(actors),
            modality=c.modality,
            trigger=self._trigger_text(c),
            action=text[a_start:a_end],
            sentence=text[sent_start:sent_end],
            start=sent_start,
            end=sent_end,
            action_start=a_start,
            action_end=a_end,
            actor_people=list(pids),
            actor_orgs=list(orgs),
            targets=self.quantities.parse(doc, a_start, a_end),
            deadline=deadline,
            deadline_value=deadline_value,
            negated=c.negated,
            rule=c.rule,
        )

    # ================================================================ tree helpers
    @staticmethod
    def _trigger_text(c: Candidate) -> str:
        """The trigger as written; "stands ready" keeps its verb, which carries the pledge's stance."""
        t = c.trigger
        if (c.rule.startswith("adj") and t.i > 0 and t.head.i == t.i - 1 and t.head.lemma_.lower() == "stand"):
            return t.doc[t.i - 1:t.i + 1].text
        return t.text

    def _subject(self, v: Token, depth: int = 0) -> Optional[Token]:
        """The subject controlling ``v``: own nsubj, else through conj/xcomp/relcl/copula."""
        for ch in v.children:
            if ch.dep_ in ("nsubj", "nsubjpass", "csubj"):
                if ch.lower_ in _RELATIVE and v.dep_ == "relcl":
                    return v.head
                return ch
        if v.head.i == v.i:
            return self._aside_subject(v)
        if depth > 5:
            return None
        if v.dep_ == "conj":
            h = v.head
            if h.dep_ in ("advcl", "ccomp") and v.tag_ == "VBD" and h.tag_ != "VBD" and h.head.tag_ == "VBD":
                # "The ministers agreed to …, so that workers keep …, and instructed their deputies to …": a past
                # verb the parser joined to a present subordinate clause goes with the past main verb
                return self._subject(h.head, depth + 1)
            return self._subject(h, depth + 1)
        if v.dep_ in ("xcomp", "acomp", "oprd", "attr"):
            return self._subject(v.head, depth + 1)
        if v.dep_ in ("relcl", "acl") and v.head.pos_ in ("NOUN", "PROPN", "PRON"):
            return v.head
        if v.dep_ in ("advcl",) and v.tag_ in ("VBG", "VBN"):
            return self._subject(v.head, depth + 1)
        return None

    @staticmethod
    def _aside_subject(v: Token) -> Optional[Token]:
        """'France, which co-chairs the conference, will work to X': an aside between the subject
        and its verb can derail the parser, which leaves the main verb with no subject. The subject
        is then the short noun phrase that opens the sentence, up to the comma that opens the aside
        (a relative pronoun or a participle), when the aside's closing comma stands right before
        the verb group."""
        doc = v.doc
        i = v.i - 1
        while i >= 0 and (doc[i].dep_ in ("aux", "neg", "advmod") or doc[i].pos_ == "ADV"):
            i -= 1
        if i < 1 or doc[i].text != ",":
            return None
        start = v.sent.start
        first = next((t for t in doc[start:i] if t.text == ","), None)
        if first is None or first.i - start > 6 or first.i == start:
            return None
        opener = doc[first.i + 1]
        if opener.lower_ not in _RELATIVE | {"whose"} and opener.tag_ not in ("VBN", "VBG"):
            return None
        np = doc[start:first.i]
        if any(t.pos_ not in ("DET", "PROPN", "NOUN", "ADJ", "PART") for t in np):
            return None
        return next((t for t in reversed(np) if t.pos_ in ("PROPN", "NOUN")), None)

    def _own_subject(self, v: Token) -> Optional[Token]:
        return next((ch for ch in v.children if ch.dep_ in ("nsubj", "nsubjpass", "expl")), None)

    def _with_conjuncts(self, t: Optional[Token]) -> list[Token]:
        if t is None:
            return []
        return [t] + [x for x in t.conjuncts if x.i > t.i]

    def _negated(self, t: Token) -> bool:
        if any(ch.dep_ == "neg" for ch in t.children):
            return True
        if any(ch.dep_ in ("nsubj", "nsubjpass") and self._negated_subject(ch) for ch in t.children):
            return True
        cur, steps = t, 0
        while cur.head.i != cur.i and steps < 6:
            if cur.dep_ not in ("xcomp", "conj", "acomp"):
                break
            cur = cur.head
            steps += 1
            if cur.lemma_.lower() in self.lex.negating_heads:
                return True
        return False

    @staticmethod
    def _negated_subject(s: Token) -> bool:
        """"Neither side will allow …", "No party shall …": a subject that negates the act."""
        return s.lower_ in ("neither", "none") or any(d.dep_ == "det" and d.lower_ in ("neither", "no")
                                                      for d in s.children)

    def _has_to(self, v: Token) -> bool:
        return any(ch.dep_ == "aux" and ch.lower_ == "to" and ch.i < v.i for ch in v.children)

    def _is_infinitive(self, c: Token, deps: Iterable[str]) -> bool:
        if c.dep_ not in deps or c.pos_ not in ("VERB", "AUX"):
            return False
        if c.dep_ == "xcomp":
            return c.tag_ in ("VB", "VBG") or self._has_to(c)
        return self._has_to(c) and self._own_subject(c) is None

    def _has_content(self, v: Token, before: Optional[int] = None) -> bool:
        """Material of its own after ``v`` (and before the conjunct at ``before``: what the parser hung on
        the first of "finance and deliver X worth …" after the second verb is the shared object's)."""
        return any(ch.dep_ in _CONTENT_DEPS and ch.i > v.i and (before is None or ch.i < before) for ch in v.children)

    def _future_active(self, v: Token) -> bool:
        has_modal = any(ch.dep_ == "aux" and ch.lower_ in _MODALS for ch in v.children)
        passive = any(ch.dep_ in ("auxpass", "nsubjpass") for ch in v.children)
        return has_modal and not passive and v.lemma_.lower() not in self.lex.will_head_exclusions

    def _clause_prefix(self, v: Token) -> set[int]:
        """Tokens of a that-clause before its verb: mark, subject, modal ("that Russia would")."""
        out: set[int] = set()
        for ch in v.children:
            if ch.i < v.i and ch.dep_ in ("mark", "nsubj", "aux", "expl"):
                out |= self._subtree_ids(ch)
        return out

    def _gerund_of(self, prep: Token) -> Optional[Token]:
        for ch in prep.children:
            if ch.dep_ in ("pcomp", "pobj") and ch.tag_ == "VBG":
                return ch
            if ch.dep_ == "pcomp" and ch.tag_ == "VB" and any(a.dep_ == "aux" and a.lower_ == "to" for a in ch.children) \
                    and any(w.i < ch.i and w.lower_ in _WH_INFINITIVE for w in ch.children):
                # "did not agree on how to share the costs": a wh-infinitive names the act as a gerund does
                return ch
            if ch.dep_ == "pobj" and ch.lower_ in ("more", "less", "nothing"):
                # "commitment to more than doubling trade": the gerund sits behind "than"
                for than in ch.children:
                    if than.dep_ == "prep" and than.lower_ == "than":
                        ger = next((g for g in than.children if g.dep_ in ("pcomp", "pobj") and g.tag_ == "VBG"), None)
                        if ger is not None:
                            return ger
        return None

    def _action_noun(self, n: Token) -> bool:
        """Whether a noun names an action (defense, resumption, talks) rather than a principle or accord."""
        if n.pos_ not in ("NOUN", "PROPN") and n.tag_ != "VBG":
            return False
        lem = n.lemma_.lower()
        low = n.lower_
        if lem in self.lex.action_excluded or low in self.lex.action_excluded:
            return False
        if lem in self.lex.action_nouns or low in self.lex.action_nouns:
            return True
        return n.pos_ == "NOUN" and any(low.endswith(s) or lem.endswith(s) for s in self.lex.action_suffixes) and len(low) > 5

    def _governor(self, n: Token) -> Optional[Token]:
        """The verb embedding a noun: 'relayed willingness' → relayed; 'reaffirmed support for their commitment' → reaffirmed."""
        cur, steps = n, 0
        while cur.head.i != cur.i and steps < 4:
            steps += 1
            if cur.dep_ in ("dobj", "nsubj", "nsubjpass", "attr", "oprd", "appos"):
                return cur.head if cur.head.pos_ in ("VERB", "AUX") else None
            if cur.dep_ == "pobj":
                cur = cur.head  # prep
                if cur.head.pos_ in ("VERB", "AUX"):
                    return cur.head
                cur = cur.head
                continue
            if cur.dep_ == "conj":
                cur = cur.head
                continue
            return None
        return None

    def _nominal_subjects(self, n: Token, gov: Optional[Token]) -> list[Token]:
        for ch in n.children:
            if ch.dep_ == "poss":
                return self._with_conjuncts(ch)
        for ch in n.children:
            if ch.dep_ == "prep" and ch.lower_ in ("of", "by"):
                obj = next((x for x in ch.children if x.dep_ == "pobj"), None)
                if obj is not None and obj.pos_ in ("PROPN", "PRON", "NOUN"):
                    return self._with_conjuncts(obj)
        mods = [ch for ch in n.children if ch.dep_ in ("amod", "compound", "nmod") and (ch.is_title or ch.is_upper)]
        if mods:
            return mods
        if gov is not None:
            s = self._subject(gov)
            if s is not None:
                return self._with_conjuncts(s)
        return []

    @staticmethod
    def _lemmas(t: Token) -> set[str]:
        """Lemma plus crude de-inflections of the surface form: the small model lemmatises "hopes" as "hop"."""
        low = t.lower_
        out = {t.lemma_.lower(), low}
        for suf, rep in (("ies", "y"), ("es", "e"), ("es", ""), ("s", ""), ("ed", "e"), ("ed", ""), ("ing", "e"), ("ing", "")):
            if low.endswith(suf) and len(low) > len(suf) + 2:
                out.add(low[: -len(suf)] + rep)
        return out

    def _subtree_ids(self, t: Token) -> frozenset[int]:
        """``{x.i for x in t.subtree}`` (memoised per document: callers do not mutate it)."""
        return self._columns(t.doc).subtree_ids(t.doc, t.i)


class _DateIndex:
    """``doc._.dates`` and the model's DATE entities indexed by position, once per Doc, so that
    the per-candidate look-ups are bisects instead of scans of the whole document."""

    def __init__(self, doc: Doc) -> None:
        dates = doc._.dates or []
        self.key = (id(doc._.dates), len(dates))
        self.all = Intervals((d.start, d.end) for d in dates)
        self.sets = Intervals((d.start, d.end) for d in dates if d.type == "SET")
        valued = sorted((d.start, k, d) for k, d in enumerate(dates) if d.value)
        self._valued = valued
        self._valued_starts = [x[0] for x in valued]
        self._longest = max((d.end - d.start for _, _, d in valued), default=0)
        info = docinfo(doc)
        self._date_ents = [(s, e) for s, e, label in info.ents if label == "DATE"]
        self._dated = sorted((d for d in dates if d.type in ("DATE", "TIME") and d.value), key=lambda d: d.start)
        self._dated_starts = [d.start for d in self._dated]
        self._date_ent_starts = [s for s, _ in self._date_ents]

    def first_valued(self, a: int, b: int):
        """The first date (list order) with a value overlapping [a, b)."""
        lo = bisect_left(self._valued_starts, a - self._longest)
        hi = bisect_left(self._valued_starts, b)
        best = None
        for start, k, d in self._valued[lo:hi]:
            if d.end > a and (best is None or k < best[0]):
                best = (k, d)
        return best[1] if best is not None else None

    def mentions_within(self, doc: Doc, s: int, e: int) -> list[Span]:
        """The dates component's DATE/TIME mentions inside tokens [s, e), as token spans, in order."""
        if not len(doc) or s >= e:
            return []
        a, b = doc[s].idx, doc[e - 1].idx + len(doc[e - 1])
        out = []
        for d in self._dated[bisect_left(self._dated_starts, a):bisect_left(self._dated_starts, b)]:
            if d.end <= b:
                sp = doc.char_span(d.start, d.end, alignment_mode="expand")
                if sp is not None:
                    out.append(sp)
        return out

    def date_ents_within(self, doc: Doc, s: int, e: int) -> list[Span]:
        """DATE entities inside tokens [s, e), in document order."""
        out = []
        k = bisect_left(self._date_ent_starts, s)
        while k < len(self._date_ents) and self._date_ents[k][0] < e:
            es, ee = self._date_ents[k]
            if ee <= e:
                out.append(doc[es:ee])
            k += 1
        return out


def _date_index(doc: Doc) -> _DateIndex:
    cache = docinfo(doc).cache
    idx = cache.get("commit_date_index")
    dates = doc._.dates or []
    if idx is None or idx.key != (id(doc._.dates), len(dates)):
        idx = cache["commit_date_index"] = _DateIndex(doc)
    return idx
