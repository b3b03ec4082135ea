"""Temporal expressions: TIMEX3 detection (``grammar``), anchoring (``resolve``)
and document-level discourse (``document``), with rule data in
``resources/dates.json`` (``lexicon``). Pure Python; the spaCy component in
``pipeline.components.dates`` adds sentences, tense and part-of-speech filters.
"""
from .document import Candidate, annotate, extract, normalize
from .grammar import scan

__all__ = ["Candidate", "annotate", "extract", "normalize", "scan"]
