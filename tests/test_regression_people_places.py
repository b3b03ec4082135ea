"""Regression set: short press paragraphs (tests/regression/*.json) with expected people and places.

Each file: {"id", "doc_date", "text", "people": [{name, role, country}], "places": [{name, type, country}]}.
The pipeline must find exactly these people and places (by name), with these roles, countries and types.
"""
from __future__ import annotations

import json
from pathlib import Path

import pytest

CASES = sorted((Path(__file__).parent / "regression").glob("*.json"))


@pytest.mark.parametrize("path", CASES, ids=[p.stem for p in CASES])
def test_regression_case(run_doc, path):
    case = json.loads(path.read_text(encoding="utf-8"))
    doc = run_doc(case["text"], case.get("doc_date"))
    got_people = {p.name: (p.role, p.country) for p in doc._.people}
    want_people = {p["name"]: (p["role"], p["country"]) for p in case["people"]}
    assert got_people == want_people
    got_places = {p.name: (p.type, p.country) for p in doc._.places}
    want_places = {p["name"]: (p["type"], p["country"]) for p in case["places"]}
    assert got_places == want_places
