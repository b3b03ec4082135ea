"""Shared fixtures: one spaCy pipeline per test session, paths to samples and gold."""
from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SAMPLES = ROOT / "data" / "raw"
SHARED = ROOT.parent / "shared"
GOLD = SHARED / "data" / "gold"

needs_shared = pytest.mark.skipif(not GOLD.is_dir(), reason="../shared (gold files) not present")


@pytest.fixture(scope="session")
def nlp():
    """The full pipeline (model + our components), loaded once."""
    from pipeline.nlp import load_nlp

    return load_nlp()


def doc_runner(nlp, default_date: str | None = None):
    """A function running ``nlp`` on a text with an optional document date (as metadata)."""

    def _run(text: str, doc_date: str | None = default_date):
        doc = nlp.make_doc(text)
        doc._.doc_date = doc_date
        doc._.doc_date_source = "metadata" if doc_date else "none"
        return nlp(doc)

    return _run


@pytest.fixture(scope="session")
def run_doc(nlp):
    """Run the pipeline on a text with an optional document date; returns the spaCy Doc."""
    return doc_runner(nlp)
