"""The evaluation code: matching rules and scores on small synthetic outputs."""
from __future__ import annotations

import json

from pipeline.evaluate import evaluate, format_report

GOLD = {
    "id": "d",
    "title": "T",
    "author": None,
    "notes": [],
    "body_with": ["They agreed to expand trade"],
    "body_without": ["Menu"],
    "people": [{"name": "Putin", "role": "President", "country": "RUS"},
               {"name": "Lim Sung-nam", "role": "Vice Foreign Minister", "country": "KOR"}],
    "places": [{"name": "Seoul", "type": "city", "country": "KOR"}],
    "dates": [{"text": "May", "value": "2018-05", "context": "in May as well"},
              {"text": "May", "value": "2017-05", "context": "call in May to"}],
    "dates_with_doc_date": {"doc_date": "2018-06-02", "values": {"May": "2018-05"}},
    "commitments": [{"sentence": "They agreed to expand trade.", "trigger": "agreed", "actors": ["KOR", "RUS"],
                     "modality": "agreement", "action": "expand trade", "deadline": None, "negated": False}],
}
TEXT = "They agreed to expand trade. Talks in May as well. A call in May to Putin."


def pred(**over):
    p = {
        "doc_id": "d", "title": "T", "author": None, "notes": [], "text": TEXT,
        "doc_date": {"value": None, "source": "none"},
        "people": [{"name": "Vladimir Putin", "role": "President", "country": "RUS"},
                   {"name": "Lim Sung-nam", "role": "Vice Minister", "country": "KOR"}],
        "places": [{"name": "Seoul", "type": "city", "country": "KOR"}, {"name": "Moscow", "type": "city", "country": "RUS"}],
        "dates": [{"text": "May", "start": TEXT.index("May"), "end": TEXT.index("May") + 3, "value": "2018-05"},
                  {"text": "May", "start": TEXT.rindex("May"), "end": TEXT.rindex("May") + 3, "value": "2018-05"}],
        "commitments": [{"sentence": "They agreed to expand trade.", "trigger": "agreed", "actors": ["RUS", "KOR"],
                         "modality": "agreement", "action": "expand trade with Russia", "deadline": None, "negated": False}],
    }
    p.update(over)
    return p


def run_eval(tmp_path, prediction, gold=GOLD):
    (tmp_path / "out" / "json").mkdir(parents=True)
    (tmp_path / "gold").mkdir()
    (tmp_path / "gold" / "d.json").write_text(json.dumps(gold))
    (tmp_path / "out" / "json" / "d.json").write_text(json.dumps(prediction))
    return evaluate(tmp_path / "out", tmp_path / "gold")


def test_scores_and_accuracies(tmp_path):
    r = run_eval(tmp_path, pred())
    s = r["scores"]
    assert s["people"]["f1"] == 1.0  # "Putin" matches "Vladimir Putin" by containment
    assert r["accuracy"]["person_role"] == 0.5
    assert (s["places"]["precision"], s["places"]["recall"]) == (0.5, 1.0)
    assert s["dates_extent"]["f1"] == 1.0
    assert s["dates_value"]["tp"] == 1  # the second May is 2017-05 by its context
    assert s["commitments"]["f1"] == 1.0  # overlap 2/4 tokens ≥ 0.5
    assert r["accuracy"]["commit_actors"] == 1.0  # order-insensitive
    assert r["chrome"]["kept"] == 1 and r["chrome"]["removed"] == 1
    text = format_report(r)
    assert "people" in text and "commit_actors" in text


def test_doc_date_values_apply_when_run_had_that_date(tmp_path):
    r = run_eval(tmp_path, pred(doc_date={"value": "2018-06-02", "source": "metadata"}))
    assert r["scores"]["dates_value"]["tp"] == 2


def test_action_overlap_below_half_is_a_miss(tmp_path):
    p = pred()
    p["commitments"][0]["action"] = "expand cultural exchanges between the two peoples"
    r = run_eval(tmp_path, p)
    assert r["scores"]["commitments"]["tp"] == 0


def test_missing_output_counts_as_empty(tmp_path):
    (tmp_path / "out" / "json").mkdir(parents=True)
    (tmp_path / "gold").mkdir()
    (tmp_path / "gold" / "d.json").write_text(json.dumps(GOLD))
    r = evaluate(tmp_path / "out", tmp_path / "gold")
    assert r["scores"]["people"]["recall"] == 0.0


def test_dates_relaxed_extent_matches_like_tempeval(tmp_path):
    text = "They will meet later this month in Seoul."
    gold = {**GOLD, "dates": [{"text": "this month", "value": "2021-11"}], "dates_with_doc_date": None}
    p = pred(text=text, dates=[{"text": "later this month", "start": 13, "end": 29, "value": "2021-11"}])
    r = run_eval(tmp_path, p, gold)
    assert r["scores"]["dates_extent"]["tp"] == 1 and r["scores"]["dates_value"]["tp"] == 1
    assert r["scores"]["dates_strict"]["tp"] == 0
