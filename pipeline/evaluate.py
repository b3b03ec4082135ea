"""Score a run's JSON output against gold files (the ``shared/data/gold`` format).

Gold file fields used: ``id``, ``title``, ``author``, ``notes``, ``body_with``
(snippets the body must keep), ``body_without`` (snippets it must not contain),
``duplicate_removed`` (a caption that must remain exactly once), ``people``
(name, role, country), ``places`` (name, type, country), ``dates`` (text,
value, optional context), ``dates_with_doc_date`` (values expected when the run
had that document date), ``commitments`` (sentence, trigger, actors, modality,
action, deadline, negated, targets).

Matching rules (one-to-one, greedy):
- people: same name (case/quote-insensitive), else one name's tokens contain
  the other's ("Putin" ~ "Vladimir Putin");
- places: same canonical name;
- dates: same surface text, else (relaxed, as TempEval-3) one extent inside the
  other; located by ``context`` when given, else in order. ``dates_extent`` is
  the relaxed score, ``dates_strict`` the exact-text one; ``dates_value`` counts
  relaxed matches with the right value;
- commitments: same sentence and action token overlap ≥ 0.5
  (|gold ∩ pred| / max(|gold|, |pred|)).
"""
from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any, Callable, Optional


def _norm(s: Optional[str]) -> str:
    if s is None:
        return ""
    s = s.replace("’", "'").replace("‘", "'").replace("“", '"').replace("”", '"')
    return re.sub(r"\s+", " ", s).strip().casefold()


def _norm_case(s: Optional[str]) -> str:
    """Like :func:`_norm` but keeping case."""
    if s is None:
        return ""
    s = s.replace("’", "'").replace("‘", "'").replace("“", '"').replace("”", '"')
    return re.sub(r"\s+", " ", s).strip()


def _tokens(s: str) -> list[str]:
    return re.findall(r"\w+(?:[-']\w+)*|\$", _norm(s))


def _prf(tp: int, n_pred: int, n_gold: int) -> dict[str, float]:
    p = tp / n_pred if n_pred else (1.0 if not n_gold else 0.0)
    r = tp / n_gold if n_gold else (1.0 if not n_pred else 0.0)
    f = 2 * p * r / (p + r) if p + r else 0.0
    return {"tp": tp, "pred": n_pred, "gold": n_gold, "precision": round(p, 4), "recall": round(r, 4), "f1": round(f, 4)}


def _match(gold: list, pred: list, passes: list[Callable[[Any, Any], bool]]) -> list[tuple[int, int]]:
    """Greedy one-to-one matching, strictest pass first."""
    used_g: set[int] = set()
    used_p: set[int] = set()
    pairs: list[tuple[int, int]] = []
    for ok in passes:
        for gi, g in enumerate(gold):
            if gi in used_g:
                continue
            for pi, p in enumerate(pred):
                if pi not in used_p and ok(g, p):
                    used_g.add(gi)
                    used_p.add(pi)
                    pairs.append((gi, pi))
                    break
    return pairs


class _Acc:
    """Counts for accuracy over matched pairs."""

    def __init__(self) -> None:
        self.right = 0
        self.total = 0
        self.misses: list[str] = []

    def add(self, ok: bool, what: str = "") -> None:
        self.total += 1
        self.right += ok
        if not ok and what:
            self.misses.append(what)

    def value(self) -> Optional[float]:
        return round(self.right / self.total, 4) if self.total else None


def _name_contains(g: dict, p: dict) -> bool:
    gt, pt = set(_tokens(g["name"])), set(_tokens(p["name"]))
    return bool(gt) and bool(pt) and (gt <= pt or pt <= gt)


def _locate_dates(gold_dates: list[dict], pred_dates: list[dict], text: str, *, relaxed: bool = True) -> list[tuple[int, int]]:
    """Pair gold dates with predicted ones, using ``context`` to pick the occurrence.

    Same surface text first; then (``relaxed``, as TempEval) a predicted extent
    that contains the gold one or lies inside it ("later this month" ~ "this month").
    """
    ntext = text.replace("’", "'")
    used_p: set[int] = set()
    done_g: set[int] = set()
    pairs: list[tuple[int, int]] = []

    def contains(a: str, b: str) -> bool:
        return bool(re.search(r"(?<!\w)" + re.escape(b) + r"(?!\w)", a))

    tests = [lambda g, p: g == p]
    if relaxed:
        tests.append(lambda g, p: contains(p, g) or contains(g, p))
    ordered = sorted(range(len(gold_dates)), key=lambda i: 0 if gold_dates[i].get("context") else 1)
    for same in tests:
        for gi in ordered:
            if gi in done_g:
                continue
            g = gold_dates[gi]
            cands = [i for i, p in enumerate(pred_dates) if i not in used_p and same(_norm(g["text"]), _norm(p["text"]))]
            if not cands:
                continue
            ctx = g.get("context")
            choice = cands[0]
            if ctx:
                pos = ntext.find(ctx.replace("’", "'"))
                if pos >= 0:
                    inside = [i for i in cands if pos <= pred_dates[i]["start"] and pred_dates[i]["end"] <= pos + len(ctx)]
                    if inside:
                        choice = inside[0]
                    else:  # context adjacent to the date (e.g. "took place in Moscow." after it)
                        choice = min(cands, key=lambda i: min(abs(pred_dates[i]["end"] - pos), abs(pred_dates[i]["start"] - pos - len(ctx))))
            used_p.add(choice)
            done_g.add(gi)
            pairs.append((gi, choice))
    return pairs


def _action_overlap(a: str, b: str) -> float:
    ta, tb = _tokens(a), _tokens(b)
    if not ta or not tb:
        return 0.0
    common = sum(min(ta.count(t), tb.count(t)) for t in set(ta))
    return common / max(len(ta), len(tb))


def _same_sentence(g: dict, p: dict) -> bool:
    gs, ps = _norm(g.get("sentence")), _norm(p.get("sentence"))
    if not gs or not ps:
        return True
    return gs == ps or gs in ps or ps in gs or _action_overlap(gs, ps) >= 0.8


def evaluate(out_dir: Path, gold_dir: Path) -> dict[str, Any]:
    """Scores for every gold file that has an output JSON (missing outputs count as empty)."""
    out_dir, gold_dir = Path(out_dir), Path(gold_dir)
    tally: dict[str, list[int]] = {k: [0, 0, 0] for k in ("people", "places", "dates_extent", "dates_strict", "dates_value", "commitments")}
    acc = {k: _Acc() for k in ("person_role", "person_country", "place_type", "place_country", "commit_actors",
                               "commit_modality", "commit_trigger", "commit_negated", "commit_deadline", "title",
                               "author", "notes", "doc_date")}
    chrome = {"kept": 0, "body_snippets": 0, "removed": 0, "chrome_snippets": 0, "duplicates_ok": 0, "duplicates": 0}
    misses: dict[str, list[str]] = {k: [] for k in ("people", "places", "dates", "commitments", "chrome")}
    docs = []

    for gold_path in sorted(gold_dir.glob("*.json")):
        gold = json.loads(gold_path.read_text(encoding="utf-8"))
        doc_id = gold.get("id") or gold_path.stem
        out_path = out_dir / "json" / f"{doc_id}.json"
        pred = json.loads(out_path.read_text(encoding="utf-8")) if out_path.exists() else {}
        docs.append(doc_id)
        text = pred.get("text", "")
        ntext = _norm(text)
        ctext = _norm_case(text)  # chrome snippets are compared case-sensitively ("END" vs "the end")

        # -- metadata and chrome -------------------------------------------
        if "title" in gold:
            acc["title"].add(_norm(gold["title"]) == _norm(pred.get("title")), f"{doc_id}: {pred.get('title')!r}")
        if "author" in gold:
            acc["author"].add(_norm(gold["author"]) == _norm(pred.get("author")), f"{doc_id}: {pred.get('author')!r}")
        if "doc_date" in gold:
            dd = pred.get("doc_date") if isinstance(pred.get("doc_date"), dict) else {"value": pred.get("doc_date"), "source": "metadata"}
            # A date the document states (metadata, dateline, stamp); one we inferred from the text counts as none.
            stated = None if dd.get("source") in ("text", "none") else dd.get("value")
            acc["doc_date"].add(gold["doc_date"] == stated, f"{doc_id}: {stated!r} != {gold['doc_date']!r}")
        if "notes" in gold:
            acc["notes"].add(sorted(map(_norm, gold["notes"])) == sorted(map(_norm, pred.get("notes", []))))
        for snip in gold.get("body_with", []):
            chrome["body_snippets"] += 1
            if _norm(snip) in ntext:
                chrome["kept"] += 1
            else:
                misses["chrome"].append(f"{doc_id}: lost body {snip[:60]!r}")
        for snip in gold.get("body_without", []):
            chrome["chrome_snippets"] += 1
            if not re.search(r"(?<!\w)" + re.escape(_norm_case(snip)) + r"(?!\w)", ctext):
                chrome["removed"] += 1
            else:
                misses["chrome"].append(f"{doc_id}: kept chrome {snip[:60]!r}")
        if gold.get("duplicate_removed"):
            chrome["duplicates"] += 1
            if ntext.count(_norm(gold["duplicate_removed"])) == 1:
                chrome["duplicates_ok"] += 1
            else:
                misses["chrome"].append(f"{doc_id}: duplicate caption count != 1")

        # -- people ----------------------------------------------------------
        gp, pp = gold.get("people", []), pred.get("people", [])
        pairs = _match(gp, pp, [lambda g, p: _norm(g["name"]) == _norm(p["name"]), _name_contains])
        _count(tally["people"], pairs, pp, gp)
        for gi, pi in pairs:
            g, p = gp[gi], pp[pi]
            acc["person_role"].add(_norm(g.get("role")) == _norm(p.get("role")), f"{doc_id}: {g['name']} role {p.get('role')!r} != {g.get('role')!r}")
            acc["person_country"].add(g.get("country") == p.get("country"), f"{doc_id}: {g['name']} country {p.get('country')} != {g.get('country')}")
        _misses(misses["people"], doc_id, gp, pp, pairs, lambda x: x["name"])

        # -- places ------------------------------------------------------------
        gl, pl = gold.get("places", []), pred.get("places", [])
        pairs = _match(gl, pl, [lambda g, p: _norm(g["name"]) == _norm(p["name"])])
        _count(tally["places"], pairs, pl, gl)
        for gi, pi in pairs:
            g, p = gl[gi], pl[pi]
            acc["place_type"].add(g.get("type") == p.get("type"), f"{doc_id}: {g['name']} type {p.get('type')} != {g.get('type')}")
            acc["place_country"].add(g.get("country") == p.get("country"), f"{doc_id}: {g['name']} country {p.get('country')} != {g.get('country')}")
        _misses(misses["places"], doc_id, gl, pl, pairs, lambda x: x["name"])

        # -- dates -------------------------------------------------------------
        gd, pd_ = gold.get("dates", []), pred.get("dates", [])
        with_dd = gold.get("dates_with_doc_date") or {}
        run_dd = (pred.get("doc_date") or {}).get("value") if isinstance(pred.get("doc_date"), dict) else pred.get("doc_date")
        override = with_dd.get("values", {}) if with_dd and run_dd == with_dd.get("doc_date") else {}
        _count(tally["dates_strict"], _locate_dates(gd, pd_, text, relaxed=False), pd_, gd)
        pairs = _locate_dates(gd, pd_, text)
        _count(tally["dates_extent"], pairs, pd_, gd)
        value_tp = 0
        for gi, pi in pairs:
            want = override.get(gd[gi]["text"], gd[gi]["value"])
            if pd_[pi].get("value") == want:
                value_tp += 1
            else:
                misses["dates"].append(f"{doc_id}: {gd[gi]['text']!r} value {pd_[pi].get('value')} != {want}")
        t = tally["dates_value"]
        t[0] += value_tp
        t[1] += len(pd_)
        t[2] += len(gd)
        _misses(misses["dates"], doc_id, gd, pd_, pairs, lambda x: x["text"])

        # -- commitments -----------------------------------------------------
        gc, pc = gold.get("commitments", []), pred.get("commitments", [])
        pairs = _match(gc, pc, [lambda g, p: _same_sentence(g, p) and _action_overlap(g["action"], p["action"]) >= 0.5])
        _count(tally["commitments"], pairs, pc, gc)
        for gi, pi in pairs:
            g, p = gc[gi], pc[pi]
            acc["commit_actors"].add(sorted(g.get("actors", [])) == sorted(p.get("actors", [])), f"{doc_id}: actors {p.get('actors')} != {g.get('actors')} ({g['action'][:40]})")
            acc["commit_modality"].add(g.get("modality") == p.get("modality"), f"{doc_id}: modality {p.get('modality')} != {g.get('modality')}")
            acc["commit_trigger"].add(_norm(g.get("trigger")) == _norm(p.get("trigger")))
            acc["commit_negated"].add(bool(g.get("negated")) == bool(p.get("negated")))
            acc["commit_deadline"].add(_norm(g.get("deadline")) == _norm(p.get("deadline")), f"{doc_id}: deadline {p.get('deadline')!r} != {g.get('deadline')!r}")
        _misses(misses["commitments"], doc_id, gc, pc, pairs, lambda x: x["action"][:70])

    scores = {k: _prf(*v) for k, v in tally.items()}
    return {
        "documents": docs,
        "scores": scores,
        "accuracy": {k: v.value() for k, v in acc.items()},
        "chrome": chrome,
        "misses": {**misses, **{f"acc:{k}": v.misses for k, v in acc.items() if v.misses}},
    }


def _count(t: list[int], pairs: list, pred: list, gold: list) -> None:
    t[0] += len(pairs)
    t[1] += len(pred)
    t[2] += len(gold)


def _misses(out: list[str], doc_id: str, gold: list, pred: list, pairs: list, label: Callable) -> None:
    mg = {g for g, _ in pairs}
    mp = {p for _, p in pairs}
    out.extend(f"{doc_id}: missed {label(g)!r}" for i, g in enumerate(gold) if i not in mg)
    out.extend(f"{doc_id}: spurious {label(p)!r}" for i, p in enumerate(pred) if i not in mp)


def format_report(report: dict[str, Any]) -> str:
    """Plain-text table of the scores (what ``communique eval`` prints)."""
    lines = [f"documents: {len(report['documents'])}", "", f"{'field':<16}{'P':>8}{'R':>8}{'F1':>8}{'tp/pred/gold':>16}"]
    for k, s in report["scores"].items():
        lines.append(f"{k:<16}{s['precision']:>8.3f}{s['recall']:>8.3f}{s['f1']:>8.3f}{s['tp']:>8}/{s['pred']}/{s['gold']}")
    lines += ["", "accuracy on matched items:"]
    for k, v in report["accuracy"].items():
        lines.append(f"  {k:<18}{'n/a' if v is None else f'{v:.3f}'}")
    c = report["chrome"]
    lines += [
        "",
        f"chrome: body snippets kept {c['kept']}/{c['body_snippets']}, chrome snippets removed "
        f"{c['removed']}/{c['chrome_snippets']}, duplicate captions once {c['duplicates_ok']}/{c['duplicates']}",
    ]
    shown = [(k, v) for k, v in report["misses"].items() if v]
    if shown:
        lines += ["", "errors:"]
        for k, v in shown:
            for m in v[:15]:
                lines.append(f"  [{k}] {m}")
            if len(v) > 15:
                lines.append(f"  [{k}] … {len(v) - 15} more")
    return "\n".join(lines)
