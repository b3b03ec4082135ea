"""Regression guard on the development set (tests/devset): 14 invented press pages
annotated from SPEC independently of the code. The rules were tuned on it, so these
floors protect what works; the held-out set (tests/heldout) is the honest measure.
"""
from __future__ import annotations

from pathlib import Path

import pytest

from pipeline.evaluate import evaluate

DEVSET = Path(__file__).parent / "devset"


@pytest.fixture(scope="module")
def report(tmp_path_factory):
    import pipeline

    out = tmp_path_factory.mktemp("devset")
    pipeline.run([DEVSET / "raw"], out=out)
    return evaluate(out, DEVSET / "gold")


@pytest.mark.parametrize(
    "field, floor",
    [("people", 0.95), ("places", 0.93), ("dates_extent", 0.95), ("dates_value", 0.95), ("commitments", 0.95)],
)
def test_f1_floors(report, field, floor):
    assert report["scores"][field]["f1"] >= floor, report["misses"]


@pytest.mark.parametrize(
    "field, floor",
    [("person_role", 0.95), ("person_country", 0.85), ("place_type", 0.95), ("commit_actors", 0.95),
     ("commit_modality", 0.95), ("title", 1.0), ("author", 1.0), ("doc_date", 1.0)],
)
def test_accuracy_floors(report, field, floor):
    assert report["accuracy"][field] >= floor, report["misses"].get(f"acc:{field}")


def test_chrome(report):
    c = report["chrome"]
    assert c["kept"] == c["body_snippets"]
    assert c["removed"] == c["chrome_snippets"]
    assert c["duplicates_ok"] == c["duplicates"]
