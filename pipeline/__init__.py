"""Communiqué: diplomatic press → people, places, dates and commitments.

Library use::

    import pipeline
    doc = pipeline.extract("Russian Foreign Minister Sergei Lavrov met ...", doc_date="2021-11-24")
    doc.to_dict()["people"]

Heavy imports (spaCy, pandas) are deferred until first use so ``import pipeline``
and ``communique --help`` stay fast.
"""
from __future__ import annotations

__version__ = "0.1.0"

__all__ = ["extract", "Pipeline", "Document", "load_tables", "run", "__version__"]


def __getattr__(name: str):
    if name in {"extract", "Pipeline", "run"}:
        from . import api

        return getattr(api, name)
    if name == "Document":
        from .records import Document

        return Document
    if name == "load_tables":
        from .writers import load_tables

        return load_tables
    raise AttributeError(f"module 'pipeline' has no attribute {name!r}")
