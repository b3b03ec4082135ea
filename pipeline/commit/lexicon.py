"""The commitment trigger lexicon, loaded strictly from ``resources/commitments.json``.

Rules live in data so an analyst can add a trigger without touching code. The loader
is strict on purpose: a typo in a key ("modalty") would otherwise silently disable a
trigger, so every unknown key raises ``ValueError`` and every modality is checked.
"""
from __future__ import annotations

import re
import json
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources
from typing import Any, Optional

MODALITIES = ("agreement", "pledge", "intention")
COMPLEMENTS = ("xcomp", "prep_gerund", "ccomp_future", "pobj_action", "dobj_action")

_TOP_KEYS = {
    "_doc", "verbal_triggers", "directive_triggers", "adjective_triggers", "auxiliary_triggers",
    "nominal_triggers", "group_subjects", "speaker_pronouns", "person_pronouns", "state_pronouns",
    "blocking_heads", "modal_blockers", "conditional_marks", "will_head_exclusions", "speech_acts",
    "action_object", "reporting_verbs", "deadline", "targets", "negating_heads", "title_words", "light_verbs",
    "organisations", "trip_verbs",
}
_VERBAL_KEYS = {"modality", "complements", "preps", "negated"}
_SIMPLE_KEYS = {"modality"}
_NOMINAL_KEYS = {"modality", "blocked_under", "complements", "preps"}
NOMINAL_COMPLEMENTS = ("acl", "prep_gerund", "pobj_action")
_SECTION_KEYS = {
    "group_subjects": {"_doc", "nouns", "pronouns", "office_nouns", "non_party_nouns"},
    "speech_acts": {"_doc", "verbs"},
    "trip_verbs": {"_doc", "verbs", "purpose_preps", "object_destination"},
    "blocking_heads": {"_doc", "verbs", "nouns", "adjectives"},
    "action_object": {"_doc", "suffixes", "nouns", "excluded"},
    "deadline": {"_doc", "condition_marks", "date_preps", "phrases", "time_nouns", "event_nouns", "while_verbs",
                 "trailing_condition_marks"},
    "targets": {"_doc", "scales", "currency_symbols", "currency_words", "percent_words", "unit_nouns_excluded"},
}


@dataclass(frozen=True)
class VerbalTrigger:
    """A verb lemma, its modality and which complement shapes carry the action."""

    lemma: str
    modality: str
    complements: tuple[str, ...] = ("xcomp",)
    preps: tuple[str, ...] = ()
    negated: bool = False


@dataclass(frozen=True)
class NominalTrigger:
    """A noun lemma ("willingness"), its modality and its complement shapes."""

    lemma: str
    modality: str
    blocked_under: frozenset[str] = frozenset()
    complements: tuple[str, ...] = NOMINAL_COMPLEMENTS
    preps: tuple[str, ...] = ("to", "on", "for", "toward", "towards")


@dataclass
class Lexicon:
    """Everything the extractor reads from ``commitments.json``, as typed lookups."""

    verbal: dict[str, VerbalTrigger]
    directive: dict[str, str]
    adjective: dict[str, str]
    auxiliary: dict[str, str]
    nominal: dict[str, NominalTrigger]
    group_nouns: frozenset[str]
    group_pronouns: frozenset[str]
    office_nouns: frozenset[str]
    speaker_pronouns: frozenset[str]
    person_pronouns: frozenset[str]
    state_pronouns: frozenset[str]
    blocking_verbs: frozenset[str]
    blocking_nouns: frozenset[str]
    blocking_adjectives: frozenset[str]
    modal_blockers: frozenset[str]
    conditional_marks: frozenset[str]
    will_head_exclusions: frozenset[str]
    speech_acts: frozenset[str]  # "I will begin with an update": the speaker's talk, not a pledge
    trip_verbs: frozenset[str]  # "travel to Athens for talks with …": the trip is the act, not its purpose
    trip_purpose_preps: frozenset[str]
    trip_object_verbs: frozenset[str]  # "visit Kuala Lumpur": the object is the destination
    action_suffixes: tuple[str, ...]
    action_nouns: frozenset[str]
    action_excluded: frozenset[str]
    reporting_verbs: frozenset[str]
    condition_marks: tuple[str, ...]
    date_preps: tuple[str, ...]
    deadline_phrases: tuple[str, ...]
    time_nouns: frozenset[str]
    event_nouns: frozenset[str]
    while_verbs: frozenset[str]  # "while the migration continues": "while" opens a condition only so
    # marks that open a condition closing the action in the text, whatever the parse ("…, should Asmara request it")
    trailing_condition_marks: tuple[str, ...]
    scales: dict[str, float]
    currency_symbols: dict[str, str]
    currency_words: dict[str, str]
    percent_words: tuple[str, ...]
    unit_nouns_excluded: frozenset[str]
    negating_heads: frozenset[str]
    title_words: frozenset[str]
    light_verbs: frozenset[str]
    organisations: dict[str, tuple[str, ...]] = field(default_factory=dict)  # canonical name -> surface forms
    org_sides: dict[str, str] = field(default_factory=dict)  # institution -> the party it speaks for at a meeting
    org_members: dict[str, tuple[str, ...]] = field(default_factory=dict)  # regional bloc -> its member states
    non_party_nouns: frozenset[str] = frozenset()
    raw: dict[str, Any] = field(default_factory=dict, repr=False)


def _check_keys(where: str, obj: Any, allowed: set[str]) -> None:
    if not isinstance(obj, dict):
        raise ValueError(f"commitments.json: {where} must be an object")
    unknown = set(obj) - allowed
    if unknown:
        raise ValueError(f"commitments.json: unknown keys in {where}: {sorted(unknown)}")


def _modality(where: str, value: Any) -> str:
    if value not in MODALITIES:
        raise ValueError(f"commitments.json: {where}: modality {value!r} not in {MODALITIES}")
    return value


def _str_list(where: str, value: Any) -> list[str]:
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        raise ValueError(f"commitments.json: {where} must be a list of strings")
    return value


def parse_lexicon(data: dict[str, Any]) -> Lexicon:
    """Validate ``data`` (the parsed JSON) and build a :class:`Lexicon`.

    Raises ``ValueError`` on unknown keys, missing sections, bad modalities or
    complement names, so a broken resource fails loudly at load time.
    """
    _check_keys("top level", data, _TOP_KEYS)
    missing = _TOP_KEYS - {"_doc"} - set(data)
    if missing:
        raise ValueError(f"commitments.json: missing sections {sorted(missing)}")
    for sec, allowed in _SECTION_KEYS.items():
        _check_keys(sec, data[sec], allowed)

    verbal: dict[str, VerbalTrigger] = {}
    for lemma, spec in data["verbal_triggers"].items():
        if lemma == "_doc":
            continue
        _check_keys(f"verbal_triggers.{lemma}", spec, _VERBAL_KEYS)
        comps = tuple(_str_list(f"verbal_triggers.{lemma}.complements", spec.get("complements", ["xcomp"])))
        bad = set(comps) - set(COMPLEMENTS)
        if bad:
            raise ValueError(f"commitments.json: verbal_triggers.{lemma}: unknown complements {sorted(bad)}")
        verbal[lemma] = VerbalTrigger(
            lemma=lemma,
            modality=_modality(f"verbal_triggers.{lemma}", spec.get("modality")),
            complements=comps,
            preps=tuple(_str_list(f"verbal_triggers.{lemma}.preps", spec.get("preps", []))),
            negated=bool(spec.get("negated", False)),
        )

    def simple(section: str) -> dict[str, str]:
        out: dict[str, str] = {}
        for lemma, spec in data[section].items():
            if lemma == "_doc":
                continue
            _check_keys(f"{section}.{lemma}", spec, _SIMPLE_KEYS)
            out[lemma] = _modality(f"{section}.{lemma}", spec.get("modality"))
        return out

    nominal: dict[str, NominalTrigger] = {}
    for lemma, spec in data["nominal_triggers"].items():
        if lemma == "_doc":
            continue
        _check_keys(f"nominal_triggers.{lemma}", spec, _NOMINAL_KEYS)
        nominal[lemma] = NominalTrigger(
            lemma=lemma,
            modality=_modality(f"nominal_triggers.{lemma}", spec.get("modality")),
            blocked_under=frozenset(_str_list(f"nominal_triggers.{lemma}.blocked_under", spec.get("blocked_under", []))),
            complements=tuple(_str_list(f"nominal_triggers.{lemma}.complements", spec.get("complements", list(NOMINAL_COMPLEMENTS)))),
            preps=tuple(_str_list(f"nominal_triggers.{lemma}.preps", spec.get("preps", ["to", "on", "for", "toward", "towards"]))),
        )
        bad = set(nominal[lemma].complements) - set(NOMINAL_COMPLEMENTS)
        if bad:
            raise ValueError(f"commitments.json: nominal_triggers.{lemma}: unknown complements {sorted(bad)}")

    def fs(where: str, value: Any) -> frozenset[str]:
        return frozenset(v.lower() for v in _str_list(where, value))

    orgs: dict[str, tuple[str, ...]] = {}
    org_sides: dict[str, str] = {}
    org_members: dict[str, tuple[str, ...]] = {}
    for name, forms in data["organisations"].items():
        if name == "_side_of":
            if not isinstance(forms, dict) or not all(isinstance(v, str) for v in forms.values()):
                raise ValueError("commitments.json: organisations._side_of must map names to names")
            org_sides = dict(forms)
            continue
        if name == "_members":
            if not isinstance(forms, dict) or not all(
                    isinstance(v, list) and v and all(isinstance(c, str) and re.fullmatch(r"[A-Z]{3}", c) for c in v)
                    for v in forms.values()):
                raise ValueError("commitments.json: organisations._members must map names to lists of ISO alpha-3 codes")
            org_members = {k: tuple(sorted(v)) for k, v in forms.items()}
            continue
        if name == "_doc":
            continue
        orgs[name] = tuple(_str_list(f"organisations.{name}", forms)) or (name,)
    g, b, a, d, t = (data[k] for k in ("group_subjects", "blocking_heads", "action_object", "deadline", "targets"))
    for k in ("scales",):
        if not all(isinstance(v, (int, float)) for v in t[k].values()):
            raise ValueError("commitments.json: targets.scales values must be numbers")
    return Lexicon(
        verbal=verbal,
        directive=simple("directive_triggers"),
        adjective=simple("adjective_triggers"),
        auxiliary=simple("auxiliary_triggers"),
        nominal=nominal,
        group_nouns=fs("group_subjects.nouns", g["nouns"]),
        group_pronouns=fs("group_subjects.pronouns", g["pronouns"]),
        office_nouns=fs("group_subjects.office_nouns", g["office_nouns"]),
        speaker_pronouns=fs("speaker_pronouns", data["speaker_pronouns"]),
        person_pronouns=fs("person_pronouns", data["person_pronouns"]),
        state_pronouns=fs("state_pronouns", data["state_pronouns"]),
        blocking_verbs=fs("blocking_heads.verbs", b["verbs"]),
        blocking_nouns=fs("blocking_heads.nouns", b["nouns"]),
        blocking_adjectives=fs("blocking_heads.adjectives", b["adjectives"]),
        modal_blockers=fs("modal_blockers", data["modal_blockers"]),
        conditional_marks=fs("conditional_marks", data["conditional_marks"]),
        will_head_exclusions=fs("will_head_exclusions", data["will_head_exclusions"]),
        speech_acts=fs("speech_acts.verbs", (data.get("speech_acts") or {}).get("verbs", [])),
        trip_verbs=fs("trip_verbs.verbs", (data.get("trip_verbs") or {}).get("verbs", [])),
        trip_purpose_preps=fs("trip_verbs.purpose_preps", (data.get("trip_verbs") or {}).get("purpose_preps", [])),
        trip_object_verbs=fs("trip_verbs.object_destination",
                             (data.get("trip_verbs") or {}).get("object_destination", [])),
        action_suffixes=tuple(_str_list("action_object.suffixes", a["suffixes"])),
        action_nouns=fs("action_object.nouns", a["nouns"]),
        action_excluded=fs("action_object.excluded", a["excluded"]),
        reporting_verbs=fs("reporting_verbs", data["reporting_verbs"]),
        condition_marks=tuple(_str_list("deadline.condition_marks", d["condition_marks"])),
        date_preps=tuple(_str_list("deadline.date_preps", d["date_preps"])),
        deadline_phrases=tuple(sorted(_str_list("deadline.phrases", d["phrases"]), key=len, reverse=True)),
        time_nouns=fs("deadline.time_nouns", d.get("time_nouns", [])),
        event_nouns=fs("deadline.event_nouns", d.get("event_nouns", [])),
        while_verbs=fs("deadline.while_verbs", d.get("while_verbs", [])),
        trailing_condition_marks=tuple(sorted(_str_list("deadline.trailing_condition_marks",
                                                        d.get("trailing_condition_marks", [])), key=len, reverse=True)),
        scales={k.lower(): float(v) for k, v in t["scales"].items()},
        currency_symbols=dict(t["currency_symbols"]),
        currency_words={k.lower(): v for k, v in t["currency_words"].items()},
        percent_words=tuple(_str_list("targets.percent_words", t["percent_words"])),
        unit_nouns_excluded=fs("targets.unit_nouns_excluded", t["unit_nouns_excluded"]),
        negating_heads=fs("negating_heads", data["negating_heads"]),
        title_words=fs("title_words", data["title_words"]),
        light_verbs=fs("light_verbs", data["light_verbs"]),
        organisations=orgs,
        org_sides=org_sides,
        org_members=org_members,
        non_party_nouns=fs("group_subjects.non_party_nouns", g.get("non_party_nouns", [])),
        raw=data,
    )


def load_lexicon(path: Optional[str] = None) -> Lexicon:
    """Load and validate the lexicon (the packaged resource unless ``path`` is given)."""
    if path is None:
        with resources.files("pipeline.resources").joinpath("commitments.json").open(encoding="utf-8") as fh:
            data = json.load(fh)
    else:
        with open(path, encoding="utf-8") as fh:
            data = json.load(fh)
    return parse_lexicon(data)


@lru_cache(maxsize=1)
def lexicon() -> Lexicon:
    """The packaged lexicon, loaded once per process."""
    return load_lexicon()
