"""Golden seeds: the commitments of the annotated samples in ../shared/data/gold.

Scoring follows the issue's measure: a predicted commitment matches a gold one when
their action texts overlap by ≥ 0.5 of tokens (multiset overlap / longer length),
matched one-to-one greedily; actor and modality accuracy are computed over matches.

The body is rebuilt from the raw sample (page chrome removed as the gold lists it),
so the test does not depend on the chrome-removal stage. Two upstream conditions
are scored: the pipeline as is (people/places/dates from the other components,
possibly empty) and gold people simulated as ``doc._.people``.
"""
from __future__ import annotations

import json
import re
from collections import Counter
from pathlib import Path

import pytest

from .conftest import GOLD, SHARED, needs_shared

_TOK = re.compile(r"\w+")


def _tokens(text: str) -> list[str]:
    return [t.lower() for t in _TOK.findall(text)]


def overlap(a: str, b: str) -> float:
    ta, tb = Counter(_tokens(a)), Counter(_tokens(b))
    if not ta or not tb:
        return 0.0
    return sum((ta & tb).values()) / max(sum(ta.values()), sum(tb.values()))


def body_of(gold: dict, raw: str) -> str:
    """The body paragraphs of a raw sample: from the first gold body snippet to the last, chrome lines and repeated captions dropped."""
    first, last = gold["body_with"][0], gold["body_with"][-1]
    a = raw.index(first)
    a = raw.rfind("\n", 0, a) + 1
    b = raw.index(last) + len(last)
    nl = raw.find("\n", b)
    b = len(raw) if nl < 0 else nl
    chrome = set(gold.get("body_without", []))
    out, seen = [], set()
    for line in raw[a:b].split("\n"):
        s = line.strip()
        if s in chrome or (s and s in seen):
            continue
        seen.add(s)
        out.append(line)
    return "\n".join(out)


def score(pred: list, gold: list[dict]) -> dict:
    pairs = sorted(
        ((overlap(p.action, g["action"]), i, j) for i, p in enumerate(pred) for j, g in enumerate(gold)),
        reverse=True,
    )
    used_p, used_g, matches = set(), set(), []
    for ov, i, j in pairs:
        if ov < 0.5 or i in used_p or j in used_g:
            continue
        used_p.add(i)
        used_g.add(j)
        matches.append((pred[i], gold[j]))
    tp = len(matches)
    return {
        "tp": tp,
        "pred": len(pred),
        "gold": len(gold),
        "actor_ok": sum(sorted(p.actors) == sorted(g["actors"]) for p, g in matches),
        "modality_ok": sum(p.modality == g["modality"] for p, g in matches),
        "negated_ok": sum(p.negated == g["negated"] for p, g in matches),
        "matches": matches,
        "missed": [g for j, g in enumerate(gold) if j not in used_g],
        "spurious": [p for i, p in enumerate(pred) if i not in used_p],
    }


def simulated_people(doc_text: str, gold: dict):
    """Gold people as Person records with every mention of the full name or a name part."""
    from pipeline.records import Mention, Person

    people = []
    for k, p in enumerate(gold.get("people", [])):
        spans = []
        parts = [p["name"]] + [x for x in re.split(r"[\s]", p["name"]) if len(x) > 2]
        for part in parts:
            for m in re.finditer(rf"\b{re.escape(part)}\b", doc_text):
                if not any(s <= m.start() < e for s, e in spans):
                    spans.append((m.start(), m.end()))
        people.append(Person(id=f"p{k}", name=p["name"], role=p.get("role"), country=p.get("country"),
                             mentions=[Mention(doc_text[s:e], s, e) for s, e in sorted(spans)]))
    return people


def gold_files() -> list[Path]:
    return sorted(GOLD.glob("*.json")) if GOLD.is_dir() else []


def run_gold(nlp, path: Path, simulate: bool):
    gold = json.loads(path.read_text(encoding="utf-8"))
    raw = (SHARED / "data" / "raw" / (path.stem + ".txt")).read_text(encoding="utf-8")
    text = body_of(gold, raw)
    doc = nlp.make_doc(text)
    doc._.doc_date = gold.get("doc_date")
    doc = nlp(doc)
    if simulate:
        doc._.people = simulated_people(doc.text, gold)
        doc = nlp.get_pipe("communique_commitments")(doc)
    return doc, gold


@needs_shared
@pytest.mark.parametrize("simulate", [False, True], ids=["pipeline", "gold_people"])
@pytest.mark.parametrize("path", gold_files(), ids=lambda p: p.stem)
def test_gold_commitments(nlp, path, simulate):
    doc, gold = run_gold(nlp, path, simulate)
    r = score(doc._.commitments, gold["commitments"])
    detail = (
        f"missed={[g['action'] for g in r['missed']]} spurious={[(p.trigger, p.action) for p in r['spurious']]} "
        f"actors={[(p.actors, g['actors']) for p, g in r['matches'] if sorted(p.actors) != sorted(g['actors'])]}"
    )
    assert r["tp"] == r["gold"] == r["pred"], detail
    assert r["actor_ok"] == r["tp"], detail
    assert r["modality_ok"] == r["tp"], detail
    assert r["negated_ok"] == r["tp"], detail


@needs_shared
@pytest.mark.parametrize("path", gold_files(), ids=lambda p: p.stem)
def test_gold_details(nlp, path):
    """Deadlines, targets and triggers of matched gold commitments."""
    doc, gold = run_gold(nlp, path, False)
    r = score(doc._.commitments, gold["commitments"])
    for p, g in r["matches"]:
        assert p.trigger == g["trigger"]
        assert (p.deadline or None) == g.get("deadline"), (p.action, p.deadline)
        if g.get("targets"):
            assert [(t.text, t.amount, t.unit) for t in p.targets] == [
                (t["text"], float(t["amount"]), t["unit"]) for t in g["targets"]
            ]
        assert doc.text[p.action_start:p.action_end] == p.action
        assert doc.text[p.start:p.end] == p.sentence
        assert p.rule
