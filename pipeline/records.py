"""Typed records: the output contract of ``SPEC.md`` as dataclasses.

Every stage after the spaCy parse speaks in these types; ``to_dict`` gives the
SPEC JSON. Records carry a ``rule`` (or ``evidence``) naming the rule or model
that produced them, so an analyst can ask *why* a row exists.

This module imports nothing from the rest of the package (bottom of the flow).
"""
from __future__ import annotations

from dataclasses import asdict, dataclass, field
from typing import Any, Optional


@dataclass
class Mention:
    """A span of the body text (character offsets into ``Document.text``)."""

    text: str
    start: int
    end: int


@dataclass
class Person:
    id: str
    name: str
    family_name: Optional[str] = None
    given_name: Optional[str] = None
    role: Optional[str] = None  # the most specific title as the text gives it (abbreviations expanded)
    role_canonical: Optional[str] = None  # the same office in a normalised vocabulary ("Foreign Minister")
    country: Optional[str] = None
    mentions: list[Mention] = field(default_factory=list)
    # Why role/country/name were chosen, e.g. {"role": "title_before", "country": "demonym"}.
    evidence: dict[str, str] = field(default_factory=dict)


@dataclass
class Place:
    id: str
    name: str
    type: str  # country | city | region
    country: Optional[str] = None
    mentions: list[Mention] = field(default_factory=list)
    rule: str = ""


@dataclass
class DateMention:
    text: str
    start: int
    end: int
    value: Optional[str]
    type: str = "DATE"  # DATE | TIME | DURATION | SET
    anchor: str = "absolute"  # absolute | doc_date | previous_date | year_inferred | none
    resolved: bool = True
    rule: str = ""


@dataclass
class Target:
    text: str
    amount: float
    unit: str


@dataclass
class Commitment:
    actors: list[str]  # ISO alpha-3 states
    modality: str  # agreement | pledge | intention
    trigger: str
    action: str
    sentence: str
    start: int  # sentence span in the body
    end: int
    action_start: int = -1
    action_end: int = -1
    actor_people: list[str] = field(default_factory=list)  # Person ids
    actor_orgs: list[str] = field(default_factory=list)  # non-state parties ("European Union", "ASEAN")
    targets: list[Target] = field(default_factory=list)
    deadline: Optional[str] = None
    deadline_value: Optional[str] = None
    negated: bool = False
    rule: str = ""


@dataclass
class DocDate:
    value: Optional[str] = None
    source: str = "none"  # metadata | dateline | text | none


@dataclass
class Removed:
    """A span of the *raw* text dropped as chrome, with the reason."""

    start: int
    end: int
    text: str
    reason: str


@dataclass
class Source:
    path: Optional[str] = None
    sha256: Optional[str] = None
    bytes: int = 0
    encoding: Optional[str] = None
    format: str = "txt"


@dataclass
class Document:
    doc_id: str
    source: Source = field(default_factory=Source)
    title: Optional[str] = None
    doc_date: DocDate = field(default_factory=DocDate)
    author: Optional[str] = None
    notes: list[str] = field(default_factory=list)
    text: str = ""
    removed: list[Removed] = field(default_factory=list)
    people: list[Person] = field(default_factory=list)
    places: list[Place] = field(default_factory=list)
    dates: list[DateMention] = field(default_factory=list)
    commitments: list[Commitment] = field(default_factory=list)
    pipeline_version: str = ""

    def to_dict(self) -> dict[str, Any]:
        """The SPEC JSON record (plain dicts, lists and scalars)."""
        return asdict(self)

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> "Document":
        """Inverse of :meth:`to_dict` (used to rebuild tables from JSON)."""
        d = dict(d)
        d["source"] = Source(**d.get("source") or {})
        d["doc_date"] = DocDate(**(d.get("doc_date") or {}))
        d["removed"] = [Removed(**r) for r in d.get("removed", [])]
        d["people"] = [
            Person(**{**p, "mentions": [Mention(**m) for m in p.get("mentions", [])]})
            for p in d.get("people", [])
        ]
        d["places"] = [
            Place(**{**p, "mentions": [Mention(**m) for m in p.get("mentions", [])]})
            for p in d.get("places", [])
        ]
        d["dates"] = [DateMention(**x) for x in d.get("dates", [])]
        d["commitments"] = [
            Commitment(**{**c, "targets": [Target(**t) for t in c.get("targets", [])]})
            for c in d.get("commitments", [])
        ]
        return cls(**d)
