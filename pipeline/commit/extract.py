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
from dataclasses import dataclass, field
from typing import Iterable, Optional

from spacy.tokens import Doc, Span, Token

from ..records import Commitment
from .actors import ActorResolver
from .lexicon import Lexicon
from .quantities import QuantityParser

_CONTENT_DEPS = {"dobj", "prep", "xcomp", "ccomp", "attr", "acomp", "dative", "pcomp", "advcl", "oprd", "dep", "agent", "pobj"}
_SUBJ_DEPS = {"nsubj", "nsubjpass", "csubj", "csubjpass", "expl"}
_MODALS = {"will", "would", "shall", "'ll", "wo"}
_RELATIVE = {"who", "which", "that", "whom"}
_BOUNDARY_PUNCT = {",", ";", ":", "--", "—", "–", "(", ")", "\"", "“", "”", "'", "’", "‘"}


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
    group_fallback: bool = False  # passive "it was agreed to" → the meeting's parties
    ccomp_subjects: list[Token] = field(default_factory=list)


class Extractor:
    """Finds commitments in a parsed doc; one instance per component (stateless per doc)."""

    def __init__(self, lex: Lexicon) -> None:
        self.lex = lex
        self.quantities = QuantityParser(lex)
        phrases = "|".join(re.escape(p) for p in lex.deadline_phrases)
        self._phrase_re = re.compile(rf"\b(?:{phrases})\b", re.I)
        self._cond_marks = tuple(sorted(lex.condition_marks, key=len, reverse=True))
        self._date_preps = tuple(sorted(lex.date_preps, key=len, reverse=True))

    # ================================================================ entry
    def extract(self, doc: Doc) -> list[Commitment]:
        resolver = ActorResolver(doc, self.lex)
        out: list[Commitment] = []
        for sent in doc.sents:
            out.extend(self._sentence(doc, sent, resolver))
        return out

    def _sentence(self, doc: Doc, sent: Span, resolver: ActorResolver) -> list[Commitment]:
        cands: list[Candidate] = []
        seen: set[int] = set()
        for tok in sent:
            if tok.i in seen:
                continue
            found = self._candidates(tok, resolver)
            found = [c for c in found if not self._blocked(c, resolver)]
            if found:
                seen.add(tok.i)
            cands.extend(found)
        # build spans, then drop nested candidates
        built: list[tuple[Candidate, int, int]] = []  # candidate, action start tok, action end tok (exclusive)
        for c in cands:
            for head, s, e in self._actions(c):
                if e > s:
                    built.append((Candidate(**{**c.__dict__, "head": head}), s, e))
        keep: list[tuple[Candidate, int, int]] = []
        for c, s, e in built:
            # nested: the trigger sits between another trigger and the end of its action
            nested = any(o.trigger.i != c.trigger.i and o.trigger.i < c.trigger.i < oe for o, _os, oe in built)
            if not nested:
                keep.append((c, s, e))
        results: list[Commitment] = []
        done: set[tuple[int, int, int]] = set()
        for c, s, e in keep:
            key = (c.trigger.i, s, e)
            if key in done:
                continue
            done.add(key)
            rec = self._record(doc, sent, c, s, e, resolver)
            if rec is not None:
                results.append(rec)
        return results

    # ================================================================ candidates
    def _candidates(self, tok: Token, resolver: ActorResolver) -> list[Candidate]:
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
        negated = spec.negated or self._negated(tok)
        passive = any(c.dep_ == "auxpass" for c in tok.children)
        group_fallback = False
        if passive:
            # "it was agreed to X" → the meeting; "Russia is committed to X" → Russia; "talks are planned" → nothing.
            if subj is None or subj.lower_ == "it":
                subj, group_fallback = None, True
            elif not resolver.is_party(subj):
                return []
        subjects = self._with_conjuncts(subj)
        base = dict(trigger=tok, modality=spec.modality, subjects=subjects, negated=negated, group_fallback=group_fallback)
        out: list[Candidate] = []
        lem = tok.lemma_.lower()
        if "xcomp" in spec.complements:
            for c in tok.children:
                if self._is_infinitive(c, ("xcomp", "ccomp", "advcl")):
                    out.append(Candidate(rule=f"xcomp:{lem}", head=c, **base))
            # "agreed to A; and to B": B is a subjectless conj of the trigger with its own "to"
            for c in tok.children:
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
            for p in tok.children:
                if p.dep_ == "prep" and p.lower_ in spec.preps:
                    ger = self._gerund_of(p)
                    if ger is not None and "prep_gerund" in spec.complements:
                        out.append(Candidate(rule=f"prep_gerund:{lem}", head=ger, **base))
                        continue
                    obj = next((x for x in p.children if x.dep_ == "pobj"), None)
                    if obj is not None and "pobj_action" in spec.complements and (negated or self._action_noun(obj)):
                        out.append(Candidate(rule=f"pobj_action:{lem}", head=obj, **base))
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
        for c in tok.children:
            if self._is_infinitive(c, ("xcomp", "ccomp", "advcl", "oprd")):
                out.append(Candidate(rule=f"directive:{lem}", head=c, **base))
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
                            out.append(Candidate(rule=f"directive:{lem}", head=c, **base))
        return out

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
            for p in [ch for h in holders for ch in h.children if ch.i > tok.i or h.i == tok.i]:
                if p.dep_ == "prep" and p.lower_ in spec.preps:
                    ger = self._gerund_of(p)
                    if ger is not None and "prep_gerund" in spec.complements:
                        out.append(Candidate(rule=f"prep_gerund:{lem}", head=ger, **base))
                        continue
                    obj = next((x for x in p.children if x.dep_ == "pobj"), None)
                    if obj is not None and "pobj_action" in spec.complements and self._action_noun(obj):
                        out.append(Candidate(rule=f"pobj_action:{lem}", head=obj, **base))
        return out

    def _aux_future(self, aux: Token, resolver: ActorResolver) -> list[Candidate]:
        """'Russia will X' / 'he said he would X': a pledge only with a party subject, active voice."""
        head = aux.head
        if head.pos_ not in ("VERB",) or head.lemma_.lower() in self.lex.will_head_exclusions:
            return []
        if head.lemma_.lower() in self.lex.verbal or head.lemma_.lower() in self.lex.directive:
            return []  # "will agree to" is handled by the verbal trigger itself
        if any(c.dep_ in ("auxpass", "nsubjpass") for c in head.children):
            return []  # passive future: "talks will be held"
        if head.dep_ in ("relcl", "advcl", "acl", "pcomp", "csubj", "amod", "xcomp", "pobj"):
            return []  # subordinate: "an era where the two countries will record", "when Russia will host"
        subj = self._subject(head)
        if subj is None or not resolver.is_party(subj):
            return []
        drop = {t.i for t in head.children if t.dep_ in ("aux",) and t.i < head.i}
        drop |= self._subtree_ids(subj) if subj.head.i == head.i else set()
        return [Candidate(trigger=aux, modality=self.lex.auxiliary[aux.lower_], rule=f"aux:{aux.lower_}", head=head,
                          subjects=self._with_conjuncts(subj), drop=drop)]

    # ================================================================ exclusions
    def _blocked(self, c: Candidate, resolver: ActorResolver) -> bool:
        """SPEC exclusions: hopes, suggestions, calls, expectations, should/must, conditionals."""
        lex = self.lex
        start = c.trigger.head if c.rule.startswith("aux:") else c.trigger
        # modal on the trigger or on the copula of an adjective trigger ("should be ready to")
        for t in {start, start.head if start.dep_ in ("acomp", "oprd", "attr") else start}:
            if any(x.dep_ == "aux" and x.lower_ in lex.modal_blockers for x in t.children):
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
            if dep == "conj":
                continue  # coordination is not subordination: "called for X and agreed to Y"
            lems = self._lemmas(cur)
            if cur.pos_ in ("VERB", "AUX") and lems & lex.blocking_verbs:
                return True
            if cur.pos_ in ("NOUN", "PROPN") and lems & lex.blocking_nouns:
                return True
            if cur.pos_ in ("ADJ", "VERB") and lems & lex.blocking_adjectives:
                return True
            if dep in ("xcomp", "ccomp", "acomp") and any(x.dep_ == "aux" and x.lower_ in lex.modal_blockers for x in cur.children):
                return True
        return False

    # ================================================================ actions
    def _actions(self, c: Candidate) -> list[tuple[Token, int, int]]:
        """Split coordinated actions, then cut each span. Returns (head, start, end) token ranges."""
        heads = [c.head]
        clause_conjs: list[Token] = []
        if c.head.pos_ in ("VERB", "AUX"):
            prev = c.head
            for cj in sorted(c.head.conjuncts, key=lambda t: t.i):
                if cj.i < c.head.i or cj.pos_ not in ("VERB", "AUX"):
                    continue
                if self._own_subject(cj) is not None or any(x.dep_ == "aux" and x.lower_ in _MODALS for x in cj.children):
                    clause_conjs.append(cj)  # its own clause ("…and will import X" is its own pledge)
                    continue
                if self._has_to(cj) or (self._has_content(prev) and self._has_content(cj)):
                    heads.append(cj)
                prev = cj
        out = []
        for k, h in enumerate(heads):
            excl: set[int] = set(c.drop)
            for other in heads[k + 1:] + clause_conjs:
                excl |= self._subtree_ids(other)
            s, e = self._cut(c, h, excl)
            out.append((h, s, e))
        return out

    def _cut(self, c: Candidate, head: Token, excl: set[int]) -> tuple[int, int]:
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
        sub = {t.i for t in head.subtree}
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
        neg = next((ch for ch in head.children if ch.dep_ == "neg" and ch.i < s), None)
        if neg is not None and all(doc[j].dep_ == "aux" or j == neg.i for j in range(neg.i, s)):
            s = neg.i
        sent = head.sent
        # drop leading "to"/"that"/punctuation and trailing punctuation/conjunctions
        while s < e and (doc[s].is_punct or doc[s].lower_ in ("to", "that") and doc[s].dep_ in ("aux", "mark")):
            s += 1
        while e > s and (doc[e - 1].is_punct or doc[e - 1].dep_ in ("cc",) or doc[e - 1].is_space):
            e -= 1
        # trailing attribution: "…with Pyongyang, Seoul's top diplomat said"
        nxt = e
        while nxt < sent.end and (doc[nxt].is_punct or doc[nxt].is_space):
            nxt += 1
        if nxt < sent.end and doc[nxt].lemma_.lower() in lex.reporting_verbs and doc[nxt].pos_ == "VERB":
            for i in range(e - 1, s, -1):
                if doc[i].text == "," and not any(doc[j].pos_ in ("VERB", "AUX") for j in range(i + 1, e)):
                    e = i
                    break
        while e > s and (doc[e - 1].is_punct or doc[e - 1].dep_ in ("cc",) or doc[e - 1].is_space):
            e -= 1
        return s, e

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
        if t.dep_ not in ("advcl", "advmod", "prep", "npadvmod"):
            return None
        toks = list(t.subtree)
        txt = t.doc[toks[0].i: toks[-1].i + 1].text
        low = txt.lower()
        for m in self._cond_marks:
            if low.startswith(m + " "):
                return txt
        return None

    def _deadline(self, doc: Doc, c: Candidate, head: Token, s: int, e: int) -> tuple[Optional[str], Optional[str]]:
        sent = head.sent
        # 1. condition clauses attached to the action head or the trigger, after the trigger
        for anchor in (head, c.trigger):
            for ch in anchor.children:
                if ch.i > c.trigger.i or anchor.i == head.i:
                    txt = self._condition_text(ch)
                    if txt:
                        toks = list(ch.subtree)
                        return txt, self._date_value(doc, toks[0].idx, toks[-1].idx + len(toks[-1]))
        # 2. date phrases on the action head: "by 2030", "within two years", "next year"
        for ch in head.children:
            if ch.i < head.i:
                continue
            toks = list(ch.subtree)
            a, b = toks[0].idx, toks[-1].idx + len(toks[-1])
            txt = doc.text[a:b]
            is_date = self._has_date(doc, toks)
            if ch.dep_ == "prep" and is_date and any(txt.lower().startswith(p + " ") for p in self._date_preps):
                return txt, self._date_value(doc, a, b)
            if ch.dep_ in ("npadvmod", "tmod") and is_date:
                return txt, self._date_value(doc, a, b)
        # 2b. a date deeper inside the action: "hold talks in Seoul next year", "by the end of 2025"
        for ent in doc.ents:
            if ent.label_ != "DATE" or ent.start < s or ent.end > e:
                continue
            root = ent.root
            if root.dep_ in ("npadvmod", "tmod"):
                return ent.text, self._date_value(doc, ent.start_char, ent.end_char)
            if root.dep_ == "pobj" and root.head.lower_ in self._date_preps:
                a2 = root.head.idx
                return doc.text[a2:ent.end_char], self._date_value(doc, a2, ent.end_char)
        # 3. fixed phrases in the action or just after it ("at an early date", "as soon as possible")
        a = doc[s].idx
        b = sent.end_char
        m = self._phrase_re.search(doc.text, a, b)
        if m:
            return m.group(0), self._date_value(doc, m.start(), m.end())
        return None, None

    def _has_date(self, doc: Doc, toks: list[Token]) -> bool:
        if any(t.ent_type_ in ("DATE", "TIME") for t in toks):
            return True
        a, b = toks[0].idx, toks[-1].idx + len(toks[-1])
        return any(d.start < b and d.end > a for d in (doc._.dates or []))

    def _date_value(self, doc: Doc, a: int, b: int) -> Optional[str]:
        for d in doc._.dates or []:
            if d.start < b and d.end > a and d.value:
                return d.value
        m = re.search(r"\b(19\d\d|20\d\d|21\d\d)\b", doc.text[a:b])
        return m.group(1) if m else None

    # ================================================================ record
    @staticmethod
    def _segment(sent: Span, tok: Token) -> tuple[int, int]:
        """The part of a sentence between line breaks that holds ``tok``.

        Why: the parser sometimes runs a sentence across a paragraph break (a photo
        credit "(Ministry of Foreign Affairs)" glued to the next paragraph); the
        evidence and the subject must come from the trigger's own paragraph.
        """
        a, b = sent.start, sent.end
        for t in sent:
            if "\n" in t.text and t.is_space:
                if t.i < tok.i:
                    a = t.i + 1
                elif t.i > tok.i:
                    b = t.i
                    break
        return a, b

    def _record(self, doc: Doc, sent: Span, c: Candidate, s: int, e: int, resolver: ActorResolver) -> Optional[Commitment]:
        head = c.head
        subjects = c.subjects
        seg_a, seg_b = self._segment(sent, c.trigger)
        s, e = max(s, seg_a), min(e, seg_b)
        while e > s and (doc[e - 1].is_punct or doc[e - 1].is_space):
            e -= 1
        if e <= s:
            return None
        if subjects and not (seg_a <= subjects[0].i < seg_b):
            # subject parsed across a paragraph break: use its appositive/conjuncts inside the paragraph
            inside = [t for t in subjects[0].subtree if seg_a <= t.i < seg_b and t.dep_ in ("appos", "conj", "nsubj") and t.pos_ in ("PROPN", "NOUN", "PRON")]
            if inside:
                subjects = self._with_conjuncts(inside[0])
        actors, pids = resolver.resolve(subjects) if subjects else ([], [])
        if not actors and not pids and c.ccomp_subjects:
            actors, pids = resolver.resolve(c.ccomp_subjects)
        if not actors and c.group_fallback:
            actors = resolver.meeting_states(2)
        a_start, a_end = doc[s].idx, doc[e - 1].idx + len(doc[e - 1])
        deadline, deadline_value = self._deadline(doc, c, head, s, e)
        sent_start = doc[seg_a].idx
        sent_end = doc[seg_b - 1].idx + len(doc[seg_b - 1].text)
        while sent_end > sent_start and doc.text[sent_end - 1].isspace():
            sent_end -= 1
        while sent_start < sent_end and doc.text[sent_start].isspace():
            sent_start += 1
        return Commitment(
            actors=list(actors),
            modality=c.modality,
            trigger=c.trigger.text,
            action=doc.text[a_start:a_end],
            sentence=doc.text[sent_start:sent_end],
            start=sent_start,
            end=sent_end,
            action_start=a_start,
            action_end=a_end,
            actor_people=list(pids),
            targets=self.quantities.parse(doc, a_start, a_end),
            deadline=deadline,
            deadline_value=deadline_value,
            negated=c.negated,
            rule=c.rule,
        )

    # ================================================================ tree helpers
    def _subject(self, v: Token, depth: int = 0) -> Optional[Token]:
        """The subject controlling ``v``: own nsubj, else through conj/xcomp/relcl/copula."""
        for ch in v.children:
            if ch.dep_ in ("nsubj", "nsubjpass", "csubj"):
                if ch.lower_ in _RELATIVE and v.dep_ == "relcl":
                    return v.head
                return ch
        if depth > 5 or v.head.i == v.i:
            return None
        if v.dep_ == "conj":
            return self._subject(v.head, depth + 1)
        if v.dep_ in ("xcomp", "acomp", "oprd", "attr"):
            return self._subject(v.head, depth + 1)
        if v.dep_ in ("relcl", "acl") and v.head.pos_ in ("NOUN", "PROPN", "PRON"):
            return v.head
        if v.dep_ in ("advcl",) and v.tag_ in ("VBG", "VBN"):
            return self._subject(v.head, depth + 1)
        return None

    def _own_subject(self, v: Token) -> Optional[Token]:
        return next((ch for ch in v.children if ch.dep_ in ("nsubj", "nsubjpass", "expl")), None)

    def _with_conjuncts(self, t: Optional[Token]) -> list[Token]:
        if t is None:
            return []
        return [t] + [x for x in t.conjuncts if x.i > t.i]

    def _negated(self, t: Token) -> bool:
        if any(ch.dep_ == "neg" for ch in t.children):
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

    def _has_to(self, v: Token) -> bool:
        return any(ch.dep_ == "aux" and ch.lower_ == "to" and ch.i < v.i for ch in v.children)

    def _is_infinitive(self, c: Token, deps: Iterable[str]) -> bool:
        if c.dep_ not in deps or c.pos_ not in ("VERB", "AUX"):
            return False
        if c.dep_ == "xcomp":
            return c.tag_ in ("VB", "VBG") or self._has_to(c)
        return self._has_to(c) and self._own_subject(c) is None

    def _has_content(self, v: Token) -> bool:
        return any(ch.dep_ in _CONTENT_DEPS and ch.i > v.i for ch in v.children)

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

    @staticmethod
    def _subtree_ids(t: Token) -> set[int]:
        return {x.i for x in t.subtree}
