"""The dates component: TIMEX3 detection and normalisation on a spaCy Doc.

Detection is our grammar (``pipeline.temporal.grammar``) plus spaCy's DATE/TIME
entities for forms the grammar does not know (parsed as single spans by
dateparser, never with today's date). spaCy supplies what regexes cannot:
sentence boundaries, the tense of the clause a date belongs to (past events
look back, plans look forward), and part-of-speech filters (the modal "May",
"2000 troops").

Writes ``doc._.dates`` (list of ``DateMention``) and, when the caller gave no
document date but the text has explicit full dates, ``doc._.doc_date`` with
``doc._.doc_date_source = "text"``.
"""
from __future__ import annotations

import re
from dataclasses import replace
from datetime import datetime
from functools import lru_cache
from typing import Optional

from spacy.attrs import SENT_START
from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from ..chrome import is_caption_text
from ..names.docinfo import Intervals, docinfo
from ..temporal.document import PROFILES, Candidate, annotate
from ..temporal.frames import Frame
from ..temporal.grammar import get_grammar, scan
from ..temporal.lexicon import load_lexicon

_FUTURE_AUX = {"will", "shall", "'ll", "wo", "would", "'d"}
_ASPECTUAL = {"try", "manage", "begin", "start", "continue", "fail", "refuse", "seem", "appear", "use", "happen",
              "decline", "cease", "stop", "tend", "come", "help"}
_PLAN_MODALS = {"must", "should", "can", "may", "might", "ought", "need"}
_PLAN_LEMMAS = {
    "plan", "agree", "expect", "intend", "hope", "aim", "decide", "want", "seek", "schedule", "set", "prepare",
    "promise", "pledge", "vow", "propose", "wish", "arrange", "invite", "try", "need", "commit", "consider",
}
# heads whose to-infinitive complement names a later event than the head's own time: plans and
# commitments ("agreed to meet on Friday"), directives ("urged Iran to release …"), prospective
# adjectives ("due to resume", "ready to sign") and nouns of intent ("an agreement to open …").
# Under any other head a to-infinitive is a purpose clause ("staged celebrations to mark …"),
# an infinitival relative ("the first country to ratify … in May") or a subject: its event is
# about as old as the governing clause's
_FORWARD_HEADS = _PLAN_LEMMAS | {
    # directives and commitments
    "urge", "ask", "call", "order", "tell", "allow", "permit", "persuade", "encourage", "force", "require",
    "instruct", "authorize", "authorise", "press", "request", "demand", "enable", "oblige", "compel", "advise",
    "remind", "appeal", "push", "choose", "offer", "threaten", "resolve", "undertake", "volunteer",
    "bid", "go", "slate",
    # prospective adjectives ("due to resume", "about to sign")
    "due", "ready", "likely", "unlikely", "poised", "about", "able", "unable", "eager", "willing", "keen",
    "determined", "free", "sure", "certain",
    # nouns of intent ("an agreement to open …", "the decision to withdraw …")
    "agreement", "deal", "decision", "proposal", "pledge", "promise", "commitment", "invitation", "intention",
    "deadline", "readiness", "willingness", "right", "obligation", "permission", "mandate", "chance",
    "opportunity", "ultimatum",
}
# a date after these words is a deadline or a starting point: its tense is not the clause's
# nouns whose complement names a later event ("plans for the summit in May", "preparations for …",
# "an invitation to the forum in June"): the date inside looks forward whatever the main verb
_PLAN_NOUNS = {"plan", "plans", "preparation", "preparations", "invitation", "proposal", "intention", "schedule",
               "timetable", "roadmap", "bid", "agenda", "run-up", "lead-up"}
# verbs that hand a plan over or make it public: a date after their object is the act's own time
_HANDOVER_LEMMAS = {"submit", "present", "send", "table", "hand", "deliver", "unveil", "publish", "file", "lodge",
                    "sign", "approve", "adopt", "receive", "release", "issue"}
# modifiers that put a noun's event ahead ("the upcoming summit in May", "the next round in March")
_FUTURE_MODS = {"upcoming", "forthcoming", "next", "planned", "proposed", "scheduled", "coming", "future",
                "prospective", "impending"}
# reduced relatives that schedule an event ("the summit, scheduled for Tuesday", "talks set for May");
# the second set only with "for" ("its record high set on Aug. 6" is past)
_SCHEDULE_LEMMAS = {"schedule", "slate", "timetable", "reschedule"}
_SCHEDULE_FOR_LEMMAS = {"set", "plan", "due", "expect", "earmark", "book"}
# present and past forms alike: a tagger's VBP/VBZ on these is no evidence of the present
_INVARIANT_PAST = {"hurt", "set", "put", "cut", "hit", "cost", "let", "read", "spread", "shut", "quit", "bid", "beat",
                   "cast", "burst", "split", "upset", "broadcast", "forecast", "thrust", "rid", "bet", "shed", "slit"}
# verbs and nouns whose "to" + gerund names a later act ("committed to opening", "looks forward to visiting")
_TO_GERUND_PLANS = {"commit", "commitment", "pledge", "dedicate", "forward", "devote", "move", "proceed"}
# directives whose "with <gerund>" names the task given: "tasked their ministers with preparing the agenda by April"
_WITH_GERUND_DIRECTIVES = {"task", "charge", "entrust", "mandate"}
# agreements whose past perfect under a past report is only the report's backshift ("said the two countries had
# agreed to offer … from September"): still ahead
_BACKSHIFTED_PLANS = {"agree", "decide", "pledge", "promise", "commit", "undertake", "resolve", "vow"}
# acts of a party named as nouns; with a possessor and a date right after them ("its commitment in December", "his
# visit in May") the date is the act's own
_POSSESSED_ACTS = frozenset({"commitment", "decision", "pledge", "promise", "announcement", "agreement", "visit",
                             "election", "statement", "speech", "proposal", "offer", "remarks", "call", "support"})
# present-simple verbs that place their complement's event before the subject's: "The visit
# follows the minister's trip to Rabat on 26 February", "builds on the accord of 5 May"
_RETROSPECTIVE_PRESENT = {"follow", "succeed", "build"}
# present-simple verbs that report or describe a state; other verbs in the present simple with a
# date describe a scheduled event ("The summit takes place on Tuesday", "The talks open in May")
_STATIVE_PRESENT = {
    "be", "have", "say", "tell", "report", "note", "add", "show", "indicate", "remain", "seem", "appear", "know",
    "believe", "think", "mean", "include", "contain", "own", "represent", "reflect", "compare", "estimate",
    "suggest", "claim", "insist", "argue", "acknowledge", "confirm", "deny", "cite", "quote", "recall",
    "write", "explain", "describe", "predict", "warn", "accuse", "blame", "call", "feel", "hope", "want", "need",
    "like", "see", "hear", "look", "sound", "matter", "depend", "lack", "exist", "stand", "owe", "cost", "equal",
    "total", "account", "amount", "range", "compete", "continue", "keep", "live", "work", "do", "get", "make",
}
# verbs that report speech or decisions: "would" under their past is future-in-the-past
_REPORTING = {
    "say", "tell", "announce", "state", "add", "report", "indicate", "promise", "pledge", "vow", "warn", "claim",
    "insist", "predict", "confirm", "signal", "suggest", "write", "declare", "threaten", "agree", "decide",
    "explain", "acknowledge", "hint", "forecast", "project", "assure", "disclose", "reveal", "note", "believe",
    "think", "expect",
}
_DEADLINE = {"until", "till", "til", "effective", "payable", "due", "expires", "expire"}
_SPAN_END = {"through", "thru"}
_SINCE = {"since"}
# adjectives of readiness whose infinitive names a later act ("ready to co-host … in the autumn")
_READY = frozenset({"ready", "willing", "prepared", "keen", "eager", "determined", "poised", "set"})
_RATE_BEFORE = {"million", "billion", "trillion", "thousand", "hundred", "cents", "percent", "%", "times"}
# units whose rate is a recurrence on the calendar ("a year", "per day"), read as a SET in the press profile
_CALENDAR_UNITS = frozenset({"year", "month", "week", "day", "hour", "quarter"})
_DATELINE_BEFORE = re.compile(r"(?:^|\n)[ \t]*[A-Z][A-Za-z .'\-]{1,40},[ \t]*$")
_DATELINE_AFTER = re.compile(r"[ \t]*(?:,[ \t]*\d{4}[ \t]*)?\([A-Za-z][A-Za-z .\-]{0,20}\)[ \t]*(?:--|—|–|_|-)")
_NON_YEAR_BEFORE = {"resolution", "resolutions", "no.", "no", "number", "nos.", "flight", "route", "article",
                    "section", "room", "page", "pages", "paragraph", "chapter", "vol.", "volume", "model",
                    "highway", "bus", "unit", "units", "item", "rule", "code", "channel", "block", "us$", "$",
                    "vision", "agenda", "goals", "strategy", "horizon", "roadmap", "blueprint", "expo"}
# ("ASEAN Community Vision 2045", "Agenda 2063", "the Global Goals 2030 Summit": a programme's name)
# words after which "that" opens a clause ("said that Monday's talks …") rather than pointing back ("that Monday")
_THAT_CLAUSE_HEADS = frozenset({
    "say", "tell", "announce", "note", "state", "add", "confirm", "report", "hope", "believe", "think", "know",
    "expect", "agree", "warn", "stress", "insist", "argue", "claim", "suggest", "show", "mean", "reveal", "decide",
    "ensure", "explain", "recall", "indicate", "emphasize", "emphasise", "underline", "acknowledge", "learn",
    "fear", "feel", "predict", "assure", "inform", "remind", "promise", "pledge", "signal", "fact", "news"})
_SOME_BEFORE = re.compile(r"[Ss]ome\s")
_THAT_PREFIX = re.compile(r"that\s+")
_PROGRAMME_HEADS = frozenset({"Agenda", "Vision", "Strategy", "Plan", "Programme", "Program", "Roadmap", "Framework"})
_TIME_NOUNS = {"year", "years", "season", "budget", "census", "election", "elections", "summit", "games",
               "olympics", "world", "cup", "expo", "level", "levels", "figure", "figures", "period", "quarter",
               "edition", "report", "agreement", "declaration", "statement", "accord", "act", "plan", "strategy",
               "agenda", "vision", "target", "targets", "goal", "goals", "deadline", "fiscal", "forecast"}


_UNSET = object()  # "no span given" (None is a result of ``Doc.char_span``)
# nouns for instruments and events named by their date ("the arrangement of November 27", "the attacks of 7 October")
_DATED_INSTRUMENTS = frozenset({"arrangement", "agreement", "accord", "ceasefire", "truce", "declaration", "resolution",
                                "decision", "decree", "statement", "communique", "communiqué", "memorandum", "treaty",
                                "protocol", "attack", "attacks", "elections", "election", "events", "letter"})


def _tenure_floor(doc: Doc) -> Optional[int]:
    """The latest year in which an office-holder the page names with an office took one of their offices
    (officeholders.json), or None: a page naming Prime Minister Anwar Ibrahim (in office from 2022) is not
    older than 2022. Needs ``doc._.people`` (communique_people); without it, None."""
    from ..names.lexicon import name_key, officeholders

    table = officeholders().by_name
    floor: Optional[int] = None
    for p in doc._.people or []:
        entries = table.get(name_key(p.name)) if p.role and len(p.name.split()) > 1 else None
        if not entries or len({e.name for e in entries}) != 1:
            continue
        start = min(e.start for e in entries)
        floor = start if floor is None else max(floor, start)
    return floor


def _states(doc: Doc) -> list[str]:
    """The states the page names, in order of first mention (``doc._.places``, communique_places; without
    it, none): they tell which zone an abbreviation several regions use means ("AST" in a Gulf story)."""
    out: list[str] = []
    for pl in sorted(doc._.places or [], key=lambda p: p.mentions[0].start if p.mentions else 0):
        if pl.country and pl.country not in out:
            out.append(pl.country)
    return out


_STATE_BEFORE = re.compile(r"(?:\b(?P<poss>[A-Z][\w.-]*(?: [A-Z][\w.-]*){0,3})['’]s|\b(?P<dem>[A-Z][a-z]+))\s+$")


def _named_fiscal_year(text: str, start: int) -> Optional[tuple[int, str]]:
    """The fiscal year of the state a fiscal year is written with ("Japan's fiscal year 2025", "the Indian fiscal
    year"), from ``dates.json`` fiscal_years; None when none is written or the state's is not listed."""
    from ..gazetteer import gazetteer

    m = _STATE_BEFORE.search(text, max(0, start - 40), start)
    if m is None:
        return None
    g = gazetteer()
    code = g.country_code(m.group("poss")) if m.group("poss") else g.demonym_code(m.group("dem"))
    return load_lexicon().fiscal_years.get(code) if code else None


def _subject_fiscal_year(doc: Doc, start: int, end: int) -> Optional[tuple[int, str]]:
    """The fiscal year of the state that is the subject of the clause the date is in ("Japan would provide the
    equipment in fiscal 2025"), from ``dates.json`` fiscal_years; else None."""
    from ..gazetteer import gazetteer

    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None or len(span) == 0:
        return None
    tok = span.root
    for _ in range(10):
        if tok.pos_ in ("VERB", "AUX"):
            subj = next((c for c in tok.children if c.dep_ in ("nsubj", "nsubjpass")), None)
            if subj is None and tok.dep_ in ("xcomp", "acl", "advcl", "conj") and tok.head is not tok:
                tok = tok.head  # "The Japanese side expressed its readiness to allocate … in fiscal year 2026"
                continue
            if subj is None:
                return None
            words = doc[subj.left_edge.i:subj.i + 1].text
            g = gazetteer()
            code = g.country_code(words) or g.country_code(subj.text) or next(
                (c for t in doc[subj.left_edge.i:subj.i] if t.dep_ == "amod" and (c := g.demonym_code(t.text))),
                None)  # "The Japanese side"
            return load_lexicon().fiscal_years.get(code) if code else None
        if tok.head is tok:
            return None
        tok = tok.head
    return None


def _fiscal_year(doc: Doc) -> Optional[tuple[int, str]]:
    """The fiscal year (``dates.json`` fiscal_years) of the state that issues the page — its site's header or
    text names the issuing body, or a national outlet publishes it; None when no state does."""
    from ..names.geo import outlet_state, release_state

    state, _ = release_state(doc)
    if state is None:
        state = outlet_state(doc._.page_header if Doc.has_extension("page_header") else None)
    return load_lexicon().fiscal_years.get(state) if state else None


@Language.factory("communique_dates", default_config={"profile": "press", "use_entities": True, "infer_doc_date": True})
def make_dates(nlp: Language, name: str, profile: str, use_entities: bool, infer_doc_date: bool):
    return DatesComponent(profile=profile, use_entities=use_entities, infer_doc_date=infer_doc_date)


class DatesComponent:
    """Two output profiles over the same detection and resolution.

    ``profile="press"`` (default) follows SPEC.md. SPEC names "now", "soon", "in
    the future", "going forward" as examples of a class — vague words are not
    dates — and an analyst reads "currently", "at present", "recently", "the
    past", "former" the same way: they name no calendar time a reader could put
    on a timeline, so press emits none of the PRESENT_REF/PAST_REF/FUTURE_REF
    references (TimeBank itself never marks "former", and marks "recently" only
    two times in three). Press also leaves datelines ("WASHINGTON, August 11
    (Xinhua) --") out of the list (SPEC: metadata, not body); they still anchor
    the text and can date the document.

    ``profile="timeml"`` emits the vague references and dateline dates as
    TimeML/TempEval-3 annotates them; it is the profile for measuring against
    TimeBank and the TempEval-3 platinum set. One extent differs: press lists
    "later this month" / "Earlier this week" as the period ("this month"), since
    its records have no ``mod`` field for what the adverb adds; TimeML keeps the
    adverb inside (mod=START/END, as TimeBank mostly does). Everything else —
    values, anchoring, tense rules — is shared."""

    def __init__(self, *, profile: str = "press", use_entities: bool = True, infer_doc_date: bool = True) -> None:
        if profile not in PROFILES:
            raise ValueError(f"unknown profile {profile!r}; expected one of {PROFILES}")
        self.profile = profile
        self.use_entities = use_entities
        self.infer_doc_date = infer_doc_date
        self.grammar = get_grammar()
        self.lex = load_lexicon()
        self._vague_words = frozenset(self.lex.vague_duration_words)

    def __call__(self, doc: Doc) -> Doc:
        text = docinfo(doc).text  # (``Doc.text`` builds a Token per word)
        profile = doc._.dates_profile or self.profile  # a document may ask for the other profile
        if profile not in PROFILES:
            raise ValueError(f"unknown profile {profile!r}; expected one of {PROFILES}")
        timeml = profile == "timeml"
        matches = scan(text, grammar=self.grammar, vague=timeml, split_ranges=timeml)
        sent_starts = _sent_start_chars(doc)
        cands: list[Candidate] = []
        for m in matches:
            if not timeml and self._vague_duration(text, m):
                continue
            if m.frame.kind == "weekday" and m.frame.p.get("rel") == "that":
                m = _complementiser_that(doc, text, m)
            span = doc.char_span(m.start, m.end, alignment_mode="expand")  # once for both tests
            frame, rule = m.frame, m.rule
            if not timeml and frame.kind == "abs" and frame.p.get("gran") == "year" \
                    and text[m.start:m.end].lower().startswith("fiscal"):
                # "fiscal 2025" is the fiscal year 2025 (TimeML annotates the calendar year)
                frame = Frame("fiscal", {"year": int(frame.p["value"][:4]), "start": None}, frame.type)
            if not timeml and self._rate_unit(doc, span, frame) in _CALENDAR_UNITS:
                # a rate ("four flights a week", "$2 million a year", "300 dollars per month"): the recurrence
                # is a SET, as the press annotators mark it (TimeBank leaves rates out)
                frame, rule = Frame("set", {"value": frame.p["value"]}, "SET"), "rate"
            elif not self._keep(doc, m.start, m.end, frame, span, timeml=timeml):
                continue
            # SPEC: a dateline ("WASHINGTON, August 11 (Xinhua) --") is metadata: it may date the
            # document but is not listed (press); TimeML annotates it as an ordinary mention
            listed = timeml or not _is_dateline(text, m.start, m.end)
            cands.append(Candidate(m.start, m.end, frame, rule, self._tense(doc, m.start, m.end, span),
                                   _sent_index(sent_starts, m.start), listed, _background(span),
                                   span is not None and len(span) > 0 and _had_perfect(span)))
        if self.use_entities:
            cands.extend(self._entity_candidates(doc, cands, sent_starts, timeml=timeml))
        doc_date = doc._.doc_date
        infer = self.infer_doc_date and not doc_date
        fiscal = _fiscal_year(doc) if any(c.frame.kind == "fiscal" for c in cands) else None
        for c in cands:
            if c.frame.kind == "fiscal" and ((own := _named_fiscal_year(text, c.start)) is not None
                                             or (own := _subject_fiscal_year(doc, c.start, c.end)) is not None):
                # "Japan's fiscal year 2025" in a Bangladeshi release, "Japan would provide … in fiscal 2025" in a
                # Mongolian one: Japan's year
                c.frame.p["fiscal"] = own
        mentions, inferred = annotate(text, cands, doc_date=doc_date, infer=infer, profile=profile,
                                      not_before=_tenure_floor(doc) if infer else None, states=_states(doc),
                                      fiscal=fiscal)
        if inferred and not doc_date:
            doc._.doc_date = inferred
            doc._.doc_date_source = "text"
        doc._.dates = mentions
        return doc

    # ----------------------------------------------------------------- filters
    def _vague_duration(self, text: str, m) -> bool:
        """"the coming weeks", "recent years", "for years": an unnumbered span of time told from now
        is a vague reference, like "soon" or "recently" (press leaves it out); so is "some days" ("Some days
        there is nothing to cook": which days, not how long)."""
        if m.frame.kind != "duration" or not re.match(r"PT?X", m.frame.p.get("value", "")):
            return False
        if m.rule == "duration_plural" or _SOME_BEFORE.match(text, m.start):
            return True
        return not self._vague_words.isdisjoint(re.findall(r"[a-z]+", text[m.start:m.end].lower()))


    def _keep(self, doc: Doc, start: int, end: int, frame: Frame, span=_UNSET, *, timeml: bool = False) -> bool:
        if span is _UNSET:  # not given: the span the characters cover
            span = doc.char_span(start, end, alignment_mode="expand")
        if span is None or len(span) == 0:
            return True
        first = span[0]
        if frame.kind == "month" and first.tag_ == "MD" and first.text == "May" and len(span) == 1:
            return False  # "May I …", sentence-initial modal
        if frame.kind == "month" and len(span) == 1 and first.i + 1 < len(doc):
            nxt = doc[first.i + 1]
            if first.text == "May" and nxt.pos_ in ("VERB", "AUX") and nxt.tag_ == "VB":
                return False
        if frame.kind == "duration" and len(span) == 2 and first.lower_ in ("a", "the") and span[-1].lower_ == "second":
            nxt = doc[span[-1].i + 1] if span[-1].i + 1 < len(doc) else None
            if span[-1].tag_ == "JJ" or (nxt is not None and nxt.pos_ in ("NOUN", "PROPN", "ADJ", "NUM")):
                return False  # "a second relief team": an ordinal, not one second
        if not timeml and span.text.lower() == "the year" and first.i >= 2 and doc[first.i - 1].text == "," \
                and re.fullmatch(r"(?:1[0-9]|20)\d\d", doc[first.i - 2].text):
            return False  # "since 1975, the year of its independence": the year again, already dated
        if span.text.lower() in ("fall", "the fall") and span[-1].i + 2 < len(doc) \
                and doc[span[-1].i + 1].lower_ in ("in", "of") and not doc[span[-1].i + 2].like_num:
            return False  # "the fall in global demand", "the fall of Kabul": a drop, a defeat, not autumn
        if self._rate_unit(doc, span, frame) is not None:
            # a rate: of a calendar unit the press profile reads it as a SET first ("$2 million a year"); of
            # another unit it is no date ("15 million instructions per second")
            return False
        if timeml and frame.kind == "set" and len(span) == 1 and first.dep_ == "amod" \
                and first.lower_ in self.lex.classifier_set_words:
            return False  # "the annual meeting", "a quarterly dividend": a kind of meeting, not a recurrence (TimeML)
        if frame.kind == "abs" and frame.p.get("gran") == "year" and frame.p.get("bare"):
            return self._keep_bare_year(doc, span, frame, start, end)
        last = span[-1]
        if frame.kind == "pod" and last.text[:1].isupper() and not last.is_sent_start and last.i + 1 < len(doc) \
                and doc[last.i + 1].text[:1].isupper() and doc[last.i + 1].is_alpha:
            return False  # "the Dawn Raids", "Morning Star": a capitalised name, no time of day
        if frame.kind in ("duration", "set", "offset") and span[-1].i + 1 < len(doc):
            nxt = doc[span[-1].i + 1]
            if nxt.lower_ in self.lex.non_temporal_heads or (nxt.text == "-" and span[-1].i + 2 < len(doc)
                                                               and doc[span[-1].i + 2].lower_ == "old"):
                return False
        return True

    @staticmethod
    def _rate_unit(doc: Doc, span, frame: Frame) -> Optional[str]:
        """The unit of a rate ("four flights a week", "$2 million a year", "15 million instructions per
        second"): "a"/"per" and a unit after a count, a plural noun or a currency; else None."""
        if span is None or len(span) != 2 or frame.kind not in ("duration", "set") or "value" not in frame.p:
            return None
        first = span[0]
        if first.lower_ not in ("a", "an", "per") or first.i == 0:
            return None
        prev = doc[first.i - 1]
        if prev.like_num or prev.tag_ == "NNS" or prev.lower_ in _RATE_BEFORE or prev.is_currency:
            return span[-1].lower_
        return None

    def _keep_bare_year(self, doc: Doc, span: Span, frame: Frame, a: int, b: int) -> bool:
        tok = span[-1]
        y = int(frame.p["value"][:4])
        if y < 1600:
            return False
        text = docinfo(doc).text
        if (b + 1 < len(text) and text[b] == "/" and text[b + 1].isdigit()) or (a > 0 and text[a - 1] == "/"):
            return False  # "decision 2021/30", "A/79/2025": part of a document's number
        prev = doc[tok.i - 1] if tok.i > 0 else None
        if prev is not None and prev.lower_ in _NON_YEAR_BEFORE:
            return False
        if prev is not None and prev.is_currency:
            return False
        if tok.i + 1 < len(doc):
            nxt = doc[tok.i + 1]
            if nxt.lower_ in ("%", "percent") or nxt.like_num:
                return False
            if nxt.text in _PROGRAMME_HEADS:
                return False  # "the 2030 Agenda for Sustainable Development", "Uzbekistan–2030 Strategy"
        if prev is not None and prev.pos_ == "PROPN" and prev.text[:1].isupper() and prev.is_alpha \
                and prev.lower_ not in self.lex.months and prev.lower_ not in self.lex.month_abbreviations \
                and prev.lower_ not in self.lex.weekdays and prev.lower_ not in self.lex.seasons:
            return False  # "Viksit Bharat 2047", "We the UAE 2031": a programme named with its year
        # "2000 troops": a count of a plural noun; "the 1978 resolution" stays a year
        if tok.dep_ == "nummod" and tok.head.i > tok.i and tok.head.tag_ == "NNS" \
                and tok.head.lower_ not in _TIME_NOUNS and tok.head.lemma_.lower() not in _TIME_NOUNS \
                and not (prev is not None and prev.lower_ in ("in", "since", "until", "before", "after")
                         and tok.head.i > tok.i + 1):
            return False  # (not "a row over the testing of drivers in 2020 left lorries stuck", which the parser
            # reads as a count)
        return True

    # ----------------------------------------------------------------- tense
    def _tense(self, doc: Doc, start: int, end: int, span=_UNSET) -> Optional[str]:
        if span is _UNSET:  # not given: the span the characters cover
            span = doc.char_span(start, end, alignment_mode="expand")
        if span is None or len(span) == 0:
            return None
        if _in_caption(doc, span.start_char):
            return "past"  # "… welcomes his counterpart in Banjul on Tuesday. Photo: MoFA"
        prev = doc[span[0].i - 1] if span[0].i > 0 else None
        if prev is not None:
            cue = prev.lower_
            if cue in _SINCE:
                return "past"  # "since Jan. 13": the start of a state that holds now
            before = doc[span[0].i - 2].lower_ if span[0].i > 1 else ""
            if cue in _DEADLINE or (cue == "of" and before == "ahead"):
                # ... unless the deadline itself is told in the past perfect ("had been due to expire Friday")
                return "past" if _had_perfect(span) else "future"  # "postponed until Tuesday", "effective Feb. 1": a deadline, not the event's time
            if cue == "by" and prev.dep_ == "agent" and span.root.ent_type_ == "DATE" and not _had_perfect(span):
                # "if a decision is taken by June": the parser reads a passive's agent; a date is no agent but a
                # deadline
                return "future"
            if cue in ("before", "by") and prev.dep_ == "prep" and prev.head.pos_ in ("VERB", "AUX") and any(
                    c.dep_ == "aux" and c.lower_ in ("would", "'d") for c in prev.head.children):
                # "said the two countries would install the controls before December": a deadline set in a report
                # of the document's day lies ahead
                return "future"
            if cue in _SPAN_END or (cue == "to" and before in ("up", "due")):
                return "nearest"  # "loans through January": the end of a period that may still run
            if cue == "of" and (before in _DATED_INSTRUMENTS or doc[span[0].i - 2].lemma_.lower() in _DATED_INSTRUMENTS):
                return "past"  # "the ceasefire arrangement of November 27": an instrument already made
        tok: Token = span.root
        if tok.dep_ == "poss" or (len(span) and span[-1].i + 1 < len(doc) and doc[span[-1].i + 1].lower_ == "'s"):
            # "Wednesday's ruling": the date of a noun, not of the clause's verb; where the noun stands
            # says which way it lies ("before Saturday's round", "prepares for Sunday's summit" ahead;
            # "after Monday's vote" behind), else nothing does
            return _possessed_tense(tok if tok.dep_ == "poss" else span[-1])
        if tok.dep_ in ("compound", "nmod", "amod") and tok.head.i > span[-1].i and tok.head.pos_ in ("NOUN", "PROPN") \
                and all(t.pos_ in ("NOUN", "PROPN", "ADJ", "PUNCT") for t in doc[span[-1].i + 1:tok.head.i]):
            # "the March attack", "a June agreement", "the Tuesday meeting": the date of a noun's event.
            # A past clause bounds it; a plan does not move it ahead ("will bring the perpetrators of
            # the March attack to justice"): nearest reading
            return "past" if _clause_tense(tok.head) == "past" else "nearest"
        prep_head = tok.head if tok.dep_ == "pobj" and tok.head.dep_ == "prep" else None
        if prep_head is not None and prep_head.i > 0 and prep_head.head.pos_ in ("VERB", "AUX"):
            # "discussed the upcoming forum in February": the parser hangs the date on the verb;
            # right after an object the text marks as ahead, it dates that object's event
            j = prep_head.i - 1
            while j > 0 and doc[j].text == ",":
                j -= 1  # "preparations for the celebrations, in November, of the anniversary"
            obj = doc[j]
            if obj.pos_ in ("NOUN", "PROPN") and obj.dep_ in ("dobj", "pobj", "attr", "appos") and any(
                    c.lower_ in _FUTURE_MODS and c.dep_ in ("amod", "compound", "nmod") for c in obj.children):
                return "future"
            # "briefed them on preparations for the summit in Kuala Lumpur in May": the noun phrase
            # just before the date hangs from a plan noun
            x = obj
            # (not when the verb hands the plan over: "submitted its proposals for the project in February" is
            # when it was submitted)
            for _ in range(6 if prep_head.head.lemma_.lower() not in _HANDOVER_LEMMAS else 0):
                if x.pos_ in ("VERB", "AUX") or x.head is x:
                    break
                if x.pos_ == "NOUN" and (x.lemma_.lower() in _PLAN_NOUNS or x.lower_ in _PLAN_NOUNS) \
                        and x.i < obj.i:
                    return "future"
                x = x.head
        if prep_head is not None and prep_head.head.pos_ == "NOUN" and prep_head.i == prep_head.head.i + 1 \
                and prep_head.head.lemma_.lower() in _POSSESSED_ACTS \
                and any(c.dep_ == "poss" for c in prep_head.head.children):
            # "thank Australia's government for its commitment in December to back …": the date of someone's
            # act, whatever the clause around it says (a plan to thank does not move it ahead): the nearest
            return "nearest"
        for anc in list(tok.ancestors)[:4]:
            if anc.pos_ in ("VERB", "AUX") and any(c.dep_ == "mark" and c.lower_ == "since" for c in anc.children) \
                    and _verb_tense(anc) == "past":
                return "past"  # "his first visit since he was elected to lead the legislature in May"
            if anc.dep_ not in ("xcomp", "advcl", "prep", "pobj", "ccomp"):
                break
        below = None  # the token the climb came up from
        for step in range(8):
            if tok.pos_ == "VERB" and tok.tag_ == "VBN" and tok.dep_ in ("acl", "advcl") \
                    and not any(c.dep_ in ("aux", "auxpass") for c in tok.children) and _schedules(tok, prep_head):
                # "the summit, scheduled for Tuesday": ahead of the report, unless the report is past
                # ("a service planned for Saturday was canceled"): then the nearest such day, leaning ahead ("said
                # Denmark would fund howitzers, with the first deliveries expected in Q3")
                return "reported_future" if _clause_tense(tok.head) in ("past", "reported_future") else "future"
            if tok.pos_ == "VERB" and tok.i < span[0].i and _schedules(tok, prep_head, plain=True):
                # after the verb, the date is the scheduled event's ("planned a rally on Saturday");
                # fronted, it is the time of the scheduling ("On Friday, the government planned …")
                t = _schedule_tense(tok)
                if t is not None:
                    return t
            if tok.pos_ == "VERB" and tok.lemma_.lower() == "invite" and below is not None and below.dep_ == "prep" \
                    and below.lower_ in ("for", "to") and below is not prep_head \
                    and not any(c.lemma_ == "have" and c.tag_ == "VBD" for c in tok.children):
                return "future"  # "invited the leader to Buenos Aires for the summit in July": the event invited to
            if tok.pos_ == "VERB" and tok.lemma_.lower() == "invite" and prep_head is not None and below is not None \
                    and below.i == prep_head.i \
                    and not any(t.lower_ in self.lex.weekdays for t in span) \
                    and not any(c.lemma_ == "have" and c.tag_ == "VBD" for c in tok.children) \
                    and any(c.dep_ == "prep" and c.lower_ in ("to", "for") and c.i < span[0].i for c in tok.children):
                # "invited the minister to the forum at its headquarters in October": the parser hangs the month on
                # the verb; after the event invited to, it dates that event (a weekday may date the invitation)
                return "future"
            if tok.pos_ == "VERB" and tok.lemma_.lower() in _OPEN_ATTITUDE_VERBS and below is not None and (
                    (below.dep_ == "dobj" and below.pos_ == "NOUN" and below.i < span[0].i)
                    or (prep_head is not None and below.i == prep_head.i and any(
                        c.dep_ == "dobj" and c.lower_ in _HOLDING_NOUNS and c.i < span[0].i for c in tok.children))):
                # "welcomed the holding of the Days of Culture in October": an event welcomed may lie either side
                return "nearest"
            if tok.tag_ == "VBN" and tok.dep_ == "acl" and not any(c.dep_ in ("aux", "auxpass") for c in tok.children) \
                    and not any(t.lower_ in self.lex.weekdays for t in span) \
                    and _clause_tense(tok.head) in ("future", "nearest", "reported_future"):
                # a participle describing the object of a plan: "would send a mission led by the minister to São
                # Paulo in November" lies ahead, "will implement the accord signed in May" behind: the nearest
                # month (a weekday after a participle is the act's past day: "suspend the injunction issued Thursday");
                # one expected or planned leans ahead ("with the first deliveries expected in Q3")
                return "reported_future" if tok.lemma_.lower() in _PLAN_LEMMAS else "nearest"
            if tok.pos_ == "VERB" and tok.lemma_.lower() in _REPORTING and tok.i > span[-1].i and below is not None \
                    and below.dep_ == "prep" and below.i > 0 and doc[below.i - 1].text == ",":
                # "Fiala will travel to Warsaw for talks with Tusk, in May, the office said": the parser hangs the
                # date set off by commas on the attribution after it; it dates the reported clause
                rep = next((c for c in tok.children if c.dep_ == "ccomp" and c.i < span[0].i), None)
                t = _verb_tense(rep) if rep is not None else None
                if t is not None:
                    return t
            if (tok.pos_ in ("VERB", "AUX") or any(c.dep_ == "aux" and c.tag_ == "MD" for c in tok.children)) \
                    and tok.dep_ not in ("amod",):
                # (a verb the tagger missed has its modal: "Argentina would authorise exports … from June")
                t = _verb_tense(tok)
                if t is not None:
                    return t
            if step > 0 and tok.pos_ in ("NOUN", "PROPN") and _future_noun(tok, prep_head):
                return "future"  # "briefed … on Japan's plans for the summit in May"
            if tok.head is tok:
                break
            below, tok = tok, tok.head
        return None

    # ----------------------------------------------------------------- entities
    def _entity_candidates(self, doc: Doc, cands: list[Candidate], sent_starts: list[int], *,
                           timeml: bool = False) -> list[Candidate]:
        """spaCy DATE/TIME entities the grammar missed, parsed as one span each."""
        out: list[Candidate] = []
        taken = Intervals((c.start, c.end) for c in cands)
        for ent in doc.ents:
            if ent.label_ not in ("DATE", "TIME"):
                continue
            if taken.overlaps(ent.start_char, ent.end_char):
                continue
            frame = _dateparser_frame(ent.text)
            if frame is None or not self._keep(doc, ent.start_char, ent.end_char, frame, timeml=timeml):
                continue
            out.append(Candidate(ent.start_char, ent.end_char, frame, "spacy_ent+dateparser",
                                 self._tense(doc, ent.start_char, ent.end_char),
                                 _sent_index(sent_starts, ent.start_char)))
        return out


def _complementiser_that(doc: Doc, text: str, m):
    """"said that Monday's talks …": after a verb or noun that takes a clause, "that" opens the clause and the
    date is the bare weekday; elsewhere "that Monday" points back (the tagger cannot tell them apart: it calls
    the determiner of "What happened that Monday" a complementiser too)."""
    first = doc.char_span(m.start, m.start + 4, alignment_mode="expand")
    before = doc[first[0].i - 1] if first is not None and len(first) and first[0].i > 0 else None
    if before is None or not (before.lemma_.lower() in _THAT_CLAUSE_HEADS or before.lower_ in ("so", "now", "such")):
        return m
    return replace(m, start=_THAT_PREFIX.match(text, m.start).end(),
                   frame=Frame("weekday", {**m.frame.p, "rel": None}, m.frame.type))


def _is_dateline(text: str, start: int, end: int) -> bool:
    """"CITY, Month Day (Agency) --" at the start of a line."""
    return bool(_DATELINE_AFTER.match(text, end) and _DATELINE_BEFORE.search(text[max(0, start - 50):start]))


def _had_perfect(span: Span) -> bool:
    tok = span.root
    for _ in range(8):
        if any(c.dep_ in ("aux", "auxpass") and c.lower_ in ("had", "'d") for c in tok.children):
            return True
        if tok.head is tok:
            return False
        tok = tok.head
    return False


def _sent_start_chars(doc: Doc) -> list[int]:
    """Character offsets of the sentence starts (``[s.start_char for s in doc.sents]``) from the
    SENT_START column: iterating ``doc.sents`` builds a Token per word."""
    if not doc.has_annotation("SENT_START"):
        return [0]
    info = docinfo(doc)
    flags = doc.to_array(SENT_START).tolist() if len(doc) else []
    return [info.idx[i] for i, v in enumerate(flags) if v == 1 or i == 0] or [0]


def _in_caption(doc: Doc, char: int) -> bool:
    """The line holding ``char`` is a photo caption (see ``chrome.is_caption_text``); each line is
    judged once per document."""
    cache = doc.user_data.setdefault("communique_caption_lines", {})
    text = cache.get("text")
    if text is None:
        text = cache["text"] = docinfo(doc).text  # (``Doc.text`` would build every Token)
    a = text.rfind("\n", 0, char) + 1
    found = cache.get(a)
    if found is None:
        b = text.find("\n", char)
        line = text[a:b if b >= 0 else len(text)]
        # (a caption never announces: a wire's closing paragraph with its credit does, "Eide will travel on to
        # Vilnius on Wednesday. Støre is expected in Gdańsk in the autumn. (PAP)", and is read by its verbs)
        found = cache[a] = is_caption_text(line) and not _ANNOUNCES.search(line)
    return found


_ANNOUNCES = re.compile(r"\b(?:will|shall|won't)\b|'ll\b", re.I)


_AHEAD_PREPS = frozenset({"before", "for", "until", "till"})
_BEHIND_PREPS = frozenset({"after", "since", "following"})


# verbs whose that-clause tells background to the story ("noted that the railway was launched on December 27")
_BACKGROUND_VERBS = frozenset({"note", "recall", "welcome", "acknowledge", "emphasize", "emphasise", "stress",
                               "underline", "reaffirm", "appreciate", "commend", "praise", "highlight"})


# verbs of attitude whose object, an event, may be past or ahead ("welcomed the holding of … in October")
_OPEN_ATTITUDE_VERBS = frozenset({"welcome", "support", "endorse", "hail", "applaud", "commend", "appreciate"})
# nouns of an event's holding ("welcomed the holding of the forum in Astana in October")
_HOLDING_NOUNS = frozenset({"holding", "hosting", "convening", "staging", "organisation", "organization"})
# verbs whose object is an earlier event the speaker brings up: a date inside that object is background
_RECALLING_VERBS = frozenset({"recall", "refer", "mention", "cite", "remember", "evoke"})


def _background(span) -> bool:
    """A date in a clause told as background to the story's events: a relative clause ("who paid a visit on
    Monday"), a subordinate clause with its conjunction ("before it expires on June 30"), the that-clause of
    a noting or recalling verb, or the complement of "after"/"following"."""
    if span is None or len(span) == 0:
        return False
    tok = span.root
    via_noun = False  # the date qualifies a noun on the way up ("the visit of … on 22 April 2024")
    for _ in range(8):
        if tok.dep_ == "prep" and tok.lower_ in ("after", "following") and tok is not span.root:
            return True  # "… following the opening of the ministers' meeting yesterday": an earlier event
        if tok.pos_ in ("NOUN", "PROPN") and tok is not span.root and tok.ent_type_ != "DATE":
            via_noun = True
        if tok.pos_ in ("VERB", "AUX"):
            if tok.dep_ in ("relcl", "acl"):
                return True
            if tok.lemma_.lower() in _RECALLING_VERBS and (via_noun or any(
                    (c.dep_ == "dobj" or (c.dep_ == "prep" and c.lower_ == "to")) and tok.i < c.i < span.start
                    for c in tok.children)):
                # "referred to the visit of the late President to Islamabad on 22 April 2024", "recalled the visit
                # … on 14 May 2019": the date of the event brought up, not of the recalling ("recalled on Monday")
                return True
            if tok.dep_ == "advcl" and any(c.dep_ == "mark" for c in tok.children):
                return True
            if tok.dep_ == "advcl" and tok.tag_ in ("VBD", "VBN") and tok.i > 0 \
                    and tok.doc[tok.i - 1].pos_ in ("NOUN", "PROPN") \
                    and not any(c.dep_ in ("nsubj", "nsubjpass", "aux", "auxpass") for c in tok.children):
                # a participle after a noun, parsed as a clause of its own: "congratulated him on the agreement
                # with Armenia initialled in Washington on August 8" (a reduced relative: background)
                return True
            return tok.dep_ == "ccomp" and tok.head.lemma_.lower() in _BACKGROUND_VERBS
        if tok.head is tok:
            return False
        tok = tok.head
    return False


def _possessed_tense(tok: Token) -> Optional[str]:
    """The tense a possessive date ("Saturday's round") takes from the preposition its noun follows: "ahead
    of" → future, "before/for/until" in a clause about the future → future, "after/since/following" → past;
    else None."""
    noun = tok.head
    while noun.dep_ == "compound" and noun.head is not noun:
        noun = noun.head
    prep = noun.head if noun.dep_ == "pobj" and noun.head.dep_ == "prep" else None
    if prep is None:
        return None
    word = prep.lower_
    if word == "of" and prep.i > 0 and prep.doc[prep.i - 1].lower_ == "ahead":
        word = "ahead"
    if word == "ahead":
        return "future"
    if word in _AHEAD_PREPS:
        # "will brief them before Saturday's round", "prepares for Sunday's summit"; not "its share before
        # Friday's purchases is 7%", where "before" compares
        return "future" if _clause_tense(prep.head) == "future" else None
    if word in _BEHIND_PREPS:
        return "past"
    return None


def _future_noun(n: Token, prep_head: Optional[Token]) -> bool:
    """A noun that puts the event of its complement ahead: "plans for <event in May>",
    "the upcoming <summit> in May". A plan noun counts only when the date sits inside its
    complement ("plans for the summit in May"), not when it dates the plan itself ("his
    proposal in March")."""
    if any(c.lower_ in _FUTURE_MODS and c.dep_ in ("amod", "compound", "nmod", "advmod") for c in n.children):
        return True
    if any(c.dep_ == "relcl" and any(a.dep_ == "aux" and a.lower_ in ("will", "shall") for a in c.children)
           for c in n.children):
        return True  # "the Mercosur summit in July that will close the presidency"
    if n.lemma_.lower() in _PLAN_NOUNS or n.lower_ in _PLAN_NOUNS:
        return prep_head is None or prep_head.head is not n
    return False


def _schedules(v: Token, prep_head: Optional[Token], *, plain: bool = False) -> bool:
    """``v`` schedules the event the date belongs to ("scheduled for Tuesday", "set for May");
    ``plain``: also "plan" with any date ("planned a rally on Saturday")."""
    lemma = v.lemma_.lower()
    if lemma in _SCHEDULE_LEMMAS or (plain and lemma == "plan"):
        return True
    return lemma in _SCHEDULE_FOR_LEMMAS and prep_head is not None and prep_head.lower_ == "for" and prep_head.head is v


def _schedule_tense(v: Token) -> Optional[str]:
    """Where a schedule verb puts the scheduled event: "has scheduled a news conference Thursday"
    → ahead; "planned a rally on Saturday", "had been scheduled for Friday" → made in the past for
    a day before or after the report: the nearest. None: the verb's tense decides (a future or
    present schedule is ahead anyway)."""
    auxes = [c for c in v.children if c.dep_ in ("aux", "auxpass")]
    if any(a.lemma_ == "have" and a.tag_ in ("VBZ", "VBP") for a in auxes):
        return "future"
    if any(a.lower_ in _FUTURE_AUX or a.tag_ == "MD" for a in auxes):
        return None
    if v.tag_ == "VBD" or any(a.tag_ == "VBD" for a in auxes):
        return "nearest"
    return None


def _clause_tense(tok: Token) -> Optional[str]:
    """Tense of the nearest verb governing ``tok`` (climbing the parse)."""
    for _ in range(8):
        if tok.pos_ in ("VERB", "AUX") and tok.dep_ not in ("amod",):
            t = _verb_tense(tok)
            if t is not None:
                return t
        if tok.head is tok:
            return None
        tok = tok.head
    return None


def _past_report(v: Token) -> bool:
    """``v`` is the complement of a past or perfect reporting verb ("has said it would …")."""
    h = v.head
    if h is v or v.dep_ not in ("ccomp", "xcomp", "advcl", "conj") or h.lemma_.lower() not in _REPORTING:
        return False
    auxes = [c for c in h.children if c.dep_ in ("aux", "auxpass")]
    return h.tag_ == "VBD" or any(a.lemma_ == "have" for a in auxes) or any(a.tag_ == "VBD" for a in auxes)


def _backgrounded_infinitive(v: Token) -> bool:
    """A to-infinitive that is not the complement of a plan, directive or intent (``_FORWARD_HEADS``):
    a purpose clause, an infinitival relative or a clausal subject."""
    head = v.head
    if head is v or head.lemma_.lower() in _FORWARD_HEADS or head.lower_ in _FORWARD_HEADS:
        return False
    if v.dep_ in ("advcl", "csubj", "csubjpass", "acl", "relcl"):
        return True
    # "fired rockets to disrupt …": an xcomp after the verb's own object is a purpose clause
    return v.dep_ == "xcomp" and head.pos_ == "VERB" and any(
        c.dep_ == "dobj" and c.i < v.i for c in head.children)


def _verb_tense(v: Token) -> Optional[str]:
    auxes = [c for c in v.children if c.dep_ in ("aux", "auxpass")]
    low = {a.lower_ for a in auxes}
    if low & {"would", "'d"} and not low & (_FUTURE_AUX - {"would", "'d"}) and _past_report(v):
        # future in the past: anchored to the reporting time, which lies before the document
        # date ("has said it would make a third attempt in October, but has yet to do so"): the nearest,
        # leaning ahead (a report is seldom long before the page)
        return "reported_future"
    if low & _FUTURE_AUX:
        return "future"
    if any(a.lemma_ == "have" for a in auxes):
        return "past"  # "has met", "may have met"
    if low & _PLAN_MODALS:
        return "future"  # "must be returned by Jan. 14"
    if v.tag_ == "VB" and "to" in low:
        # a to-infinitive names a later event ("agreed to meet in May", "an
        # agreement to acquire … in January"), unless its head is aspectual
        head = v.head
        if head is not v and head.lemma_.lower() in _ASPECTUAL:
            return None  # let the caller climb to the governing verb
        if head is not v and any(c.dep_ in ("aux", "auxpass") and c.lemma_ == "have" and c.tag_ == "VBD"
                                 for c in head.children):
            if head.lemma_.lower() in _BACKSHIFTED_PLANS and _past_report(head):
                return "future"  # "Bourita said the two countries had agreed to offer … from September"
            # "had been scheduled to expire Friday", "had agreed to meet in May": a plan seen from a
            # past point, superseded since: the nearest such day, not necessarily ahead
            return "nearest"
        if _backgrounded_infinitive(v) and _clause_tense(head) == "past":
            # "staged celebrations to mark the accession on Friday", "the first country to ratify
            # the treaty in May was …": as old as the past clause, or just after it
            return "nearest"
        return "future"
    if v.tag_ == "VB" and v.lower_ in _FUTURE_AUX:
        return "future"
    if v.tag_ == "MD":
        return "future" if v.lower_ in _FUTURE_AUX else None
    if v.lemma_ == "be" and any(c.dep_ == "acomp" and c.lower_ in _READY for c in v.children):
        # "Indonesia is ready to co-host a seminar in the autumn": the readiness is for a later act; told in a
        # past report ("stated that Indonesia was ready to …") it still is; a past readiness otherwise may be
        # either side of the report
        return "future" if v.tag_ in ("VBZ", "VBP") or _past_report(v) else "nearest"
    if v.tag_ == "VBG" and v.lemma_.lower() in ("prepare", "plan") and any(
            a.lemma_ == "be" for a in auxes) and any(c.dep_ == "dobj" for c in v.children):
        return "future"  # "were preparing joint celebrations … on 1 July": the event prepared lies ahead
    if v.tag_ == "VBD" or any(a.tag_ == "VBD" for a in auxes):
        return "past"
    if v.tag_ == "VBN" and "to" in low and any(a.lemma_ == "be" for a in auxes):
        return "future"  # "the summit to be held in Cairo on Tuesday"
    if v.tag_ == "VBN":
        if any(a.lemma_ == "have" for a in auxes):
            return "past"
        if any(a.lemma_ == "be" and a.tag_ in ("VBZ", "VBP") for a in auxes):
            return "future" if v.lemma_.lower() in _PLAN_LEMMAS else "present"
        return "past"
    if v.tag_ == "VBG" and any(a.lemma_ == "be" and a.tag_ in ("VBZ", "VBP") for a in auxes):
        return "future"
    if v.tag_ == "VBG" and v.dep_ == "pcomp" and v.head.lower_ == "to" and v.head.head.lemma_.lower() in _TO_GERUND_PLANS:
        return "future"  # "committed to opening a consular office in April"
    if v.tag_ == "VBG" and v.dep_ == "pcomp" and v.head.lower_ == "with" \
            and v.head.head.lemma_.lower() in _WITH_GERUND_DIRECTIVES:
        return "future"  # "tasked their foreign ministers with preparing its agenda by the end of April"
    if v.tag_ in ("VBZ", "VBP"):
        if v.lemma_.lower() in _RETROSPECTIVE_PRESENT and not auxes:
            return "past"
        if v.lemma_.lower() in _STATIVE_PRESENT or v.lower_ in _INVARIANT_PAST or any(a.lemma_ == "do" for a in auxes):
            return "present"
        return "future"  # a scheduled event: "The summit takes place on Tuesday", "talks open in May"
    return None


def _sent_index(starts: list[int], pos: int) -> int:
    lo, hi = 0, len(starts)
    while lo < hi:
        mid = (lo + hi) // 2
        if starts[mid] <= pos:
            lo = mid + 1
        else:
            hi = mid
    return lo - 1


_MONTH_OR_YEAR = re.compile(r"\b(?:1[6-9]\d\d|20\d\d)\b")


@lru_cache(maxsize=4096)
def _dateparser_frame(span_text: str) -> Optional[Frame]:
    """Parse one entity span with dateparser — only when it carries an explicit
    year, so that no part of the value can come from a base date. Cached per
    distinct span text."""
    if not _MONTH_OR_YEAR.search(span_text) or len(span_text) > 40:
        return None
    if re.search(r"\b(?:anniversar|old\b|th\b)", span_text, re.I):
        return None
    parser = _dd_parser()  # lazy: dateparser's import is slow and rarely needed
    try:
        data = parser.get_date_data(span_text)
    except Exception:  # dateparser raises on odd input; an unparsed span is simply not a date
        return None
    if data is None or data.date_obj is None:
        return None
    d, period = data.date_obj, data.period
    if str(d.year) not in span_text:
        return None
    value = {"year": f"{d.year:04d}", "month": f"{d.year:04d}-{d.month:02d}"}.get(period, d.date().isoformat())
    gran = period if period in ("year", "month") else "day"
    return Frame("abs", {"value": value, "gran": gran, "bare": bool(re.fullmatch(r"\d{4}", span_text.strip()))})


@lru_cache(maxsize=1)
def _dd_parser():
    from dateparser.date import DateDataParser

    # RELATIVE_BASE is a fixed sentinel, never today: spans without an explicit year are rejected above.
    return DateDataParser(languages=["en"], settings={"RELATIVE_BASE": datetime(1900, 1, 1), "PREFER_DAY_OF_MONTH": "first",
                                                       "RETURN_TIME_AS_PERIOD": True})
