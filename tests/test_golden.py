"""Golden documents: the two sample pages scored field by field against their gold
annotations through the evaluation code (the same code as ``communique eval``).

The gold files are kept in ``tests/golden`` (copies of ``../shared/data/gold``) so the
test runs in a fresh clone; when ``../shared`` is present the copies must match it.
"""
from __future__ import annotations

import json
import shutil

import pytest

from pipeline.evaluate import evaluate

from .conftest import GOLD, SAMPLES, needs_shared

GOLDEN = __import__("pathlib").Path(__file__).parent / "golden"


@pytest.fixture(scope="module")
def report(tmp_path_factory):
    import pipeline

    out = tmp_path_factory.mktemp("golden")
    pipeline.run([SAMPLES], out=out)
    return evaluate(out, GOLDEN)


@pytest.fixture(scope="module")
def report_with_doc_date(tmp_path_factory):
    """Each gold file with ``dates_with_doc_date``, run with that document date."""
    import pipeline
    from pipeline.api import Options

    out = tmp_path_factory.mktemp("golden_dd")
    gold_dir = tmp_path_factory.mktemp("gold_dd")
    for g in GOLDEN.glob("*.json"):
        gold = json.loads(g.read_text(encoding="utf-8"))
        dd = (gold.get("dates_with_doc_date") or {}).get("doc_date")
        if dd:
            shutil.copy(g, gold_dir / g.name)
            pipeline.run([SAMPLES / f"{g.stem}.txt"], out=out, options=Options(doc_date=dd))
    return evaluate(out, gold_dir)


def test_chrome_all_snippets(report):
    c = report["chrome"]
    assert c["kept"] == c["body_snippets"] > 0
    assert c["removed"] == c["chrome_snippets"] > 0
    assert c["duplicates_ok"] == c["duplicates"]
    assert report["accuracy"]["title"] == 1.0
    assert report["accuracy"]["author"] == 1.0
    assert report["accuracy"]["notes"] == 1.0


def test_people(report):
    s = report["scores"]["people"]
    assert s["f1"] >= 0.95, report["misses"]["people"]
    assert report["accuracy"]["person_role"] >= 0.9, report["misses"].get("acc:person_role")
    assert report["accuracy"]["person_country"] >= 0.9, report["misses"].get("acc:person_country")


def test_places(report):
    assert report["scores"]["places"]["f1"] >= 0.9, report["misses"]["places"]
    assert report["accuracy"]["place_type"] >= 0.9


def test_dates(report):
    assert report["scores"]["dates_extent"]["f1"] >= 0.95, report["misses"]["dates"]
    assert report["scores"]["dates_value"]["f1"] >= 0.85, report["misses"]["dates"]


def test_dates_with_doc_date(report_with_doc_date):
    assert report_with_doc_date["scores"]["dates_value"]["f1"] >= 0.85, report_with_doc_date["misses"]["dates"]


def test_commitments(report):
    assert report["scores"]["commitments"]["f1"] >= 0.8, report["misses"]["commitments"]
    assert report["accuracy"]["commit_actors"] >= 0.9, report["misses"].get("acc:commit_actors")
    assert report["accuracy"]["commit_modality"] >= 0.9


@needs_shared
def test_golden_copies_match_shared():
    for g in GOLD.glob("*.json"):
        assert json.loads(g.read_text(encoding="utf-8")) == json.loads((GOLDEN / g.name).read_text(encoding="utf-8"))
